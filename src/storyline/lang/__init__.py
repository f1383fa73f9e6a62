"""storyline.lang."""
