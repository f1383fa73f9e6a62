"""storyline.clean."""
