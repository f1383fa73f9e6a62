"""Candidate pairs by blocking only (never all pairs): exact hash, MinHash LSH bands, shared rare anchors."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from storyline.dedup import minhash
from storyline.dedup.fingerprint import Fingerprint
from storyline.dedup.settings import DedupSettings


def exact_pairs(exact: minhash.U64) -> minhash.I64:
    """Index pairs with equal normalised-text hashes."""
    return minhash.pairs_from_groups(exact)


def anchor_pairs(anchors: Sequence[minhash.U64], max_df: int, min_shared: int) -> minhash.I64:
    """Index pairs sharing at least ``min_shared`` anchors that occur in at most ``max_df`` articles.

    The df cap bounds the pairs per key by max_df**2 / 2, so the work grows linearly with the corpus.
    """
    if not anchors:
        return np.zeros((0, 2), dtype=np.int64)
    docs = np.repeat(np.arange(len(anchors), dtype=np.int64), [a.size for a in anchors])
    keys = np.concatenate(anchors) if docs.size else np.zeros(0, dtype=np.uint64)
    flat = minhash.pairs_from_groups(keys, max_group=max_df)
    if flat.size == 0:
        return flat
    pairs = np.stack([docs[flat[:, 0]], docs[flat[:, 1]]], axis=1)
    pairs = np.sort(pairs, axis=1)
    unique, counts = np.unique(pairs, axis=0, return_counts=True)
    return unique[counts >= min_shared]


def candidate_pairs(prints: Sequence[Fingerprint], settings: DedupSettings) -> minhash.I64:
    """All candidate index pairs (i < j) into ``prints``: exact, LSH and anchor blocking, unique."""
    # Near-empty texts (failed extractions) would all share one bucket: a quadratic block of junk pairs.
    keep = np.flatnonzero([p.n_words >= settings.min_words for p in prints])
    if keep.size < 2:
        return np.zeros((0, 2), dtype=np.int64)
    kept = [prints[int(i)] for i in keep]
    exact = np.asarray([p.exact for p in kept], dtype=np.uint64)
    signatures = np.stack([p.signature for p in kept])
    found = [
        exact_pairs(exact),
        minhash.lsh_pairs(signatures, settings.bands, settings.rows),
        anchor_pairs([p.anchors for p in kept], settings.anchor_max_df, settings.anchor_min_shared),
    ]
    return keep[minhash.unique_pairs(np.concatenate(found))]
