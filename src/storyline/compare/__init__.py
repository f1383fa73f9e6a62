"""storyline.compare."""
