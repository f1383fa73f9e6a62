"""storyline.engine."""
