"""storyline.cluster."""
