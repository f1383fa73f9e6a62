"""storyline.extract."""
