"""storyline.dedup."""
