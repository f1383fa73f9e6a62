"""The German NER model's pretrained word feature: projected USE v3 piece embeddings."""

from __future__ import annotations

import numpy as np

from storyline.extract.ner_pieces import piece_vectors


def _cos(a: str, b: str) -> float:
    va, vb = piece_vectors().vector(a), piece_vectors().vector(b)
    return float(va @ vb / (np.linalg.norm(va) * np.linalg.norm(vb)))


def test_every_word_gets_a_vector_of_the_model_width() -> None:
    pv = piece_vectors()
    m = pv.matrix(["Selenskyj", "besuchte", "Kyjiw", ""])
    assert m.shape == (4, pv.dims) and m.dtype == np.float32
    assert np.abs(m[:3]).sum(axis=1).min() > 0  # unseen names too: they are made of pieces
    assert not m[3].any()  # empty token: zeros
    assert pv.matrix([]).shape == (0, pv.dims)


def test_vectors_carry_pretrained_similarity() -> None:
    # Transliteration variants and two cities lie closer than a city and a verb.
    assert _cos("Selenskyj", "Zelensky") > _cos("Selenskyj", "besuchte")
    assert _cos("Berlin", "Hamburg") > _cos("Berlin", "besuchte")
