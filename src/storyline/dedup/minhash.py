"""MinHash signatures and LSH banding, vectorised with numpy.

Our own implementation rather than datasketch's ``MinHash``/``MinHashLSH``: shingles are hashed by
combining per-word crc32 values in numpy (no shingle strings, no sha1 per shingle), permutations use
multiply-shift hashing (no modulo), and banding sorts one uint64 array per band instead of filling
dicts of byte keys. benchmarks/dedup.py measures both in one run (CPU seconds, synthetic 10k-100k):
signatures 2,580-3,030 vs 1,880-1,930 articles/s; candidate generation 2.0 vs 3.0 s at 10k, 5.3 vs
11.0 s at 50k, 5.8 vs 28.1 s at 100k (ours including exact-hash and anchor blocking), peak memory
718 vs 1,290 MiB at 100k, and higher recall on partial and paraphrase-like copies.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

_EMPTY = np.uint32(0xFFFFFFFF)
_MIX = (np.uint64(0x9E3779B1), np.uint64(0x85EBCA77), np.uint64(0xC2B2AE3D))


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[U64, U64]:
    """The (a, b) coefficients of the multiply-shift hash family (a odd), fixed by the seed."""
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
    return a, b


def shingle_hashes(word_hashes: list[int], k: int) -> U64:
    """32-bit hashes of the word k-grams, repeats kept (fewer words than k: one shingle of them all).

    Repeats do not change a minimum, so the signature needs no np.unique (a sort per article)."""
    if not word_hashes:
        return np.zeros(0, dtype=np.uint64)
    w = np.asarray(word_hashes, dtype=np.uint64)
    n = max(1, len(w) - k + 1)
    h = np.zeros(n, dtype=np.uint64)
    for i in range(min(k, len(w))):
        # uint64 arithmetic wraps; the low 32 bits are a well-mixed combination of the k word hashes.
        h = (h * _MIX[i % 3] + w[i : i + n] + np.uint64(i)) & np.uint64(0xFFFFFFFF)
    return h


def signature(shingles: U64, num_perm: int, seed: int) -> U32:
    """MinHash signature: per permutation the minimum of the high 32 bits of a*x + b (mod 2**64)."""
    if shingles.size == 0:
        return np.full(num_perm, _EMPTY, dtype=np.uint32)
    a, b = _permutations(num_perm, seed)
    # Multiply-shift hashing (Dietzfelbinger et al. 1997): wrapping uint64 arithmetic and a shift, no
    # modulo by a prime, which is the slow step of the classic (a*x + b) mod p scheme in numpy. The shift
    # is monotone, so min(x >> 32) == min(x) >> 32: shift the num_perm minima, not the whole matrix, and
    # add b in place (one (num_perm, n) array instead of three).
    permuted = np.multiply.outer(a, shingles)
    permuted += b[:, None]
    result: U32 = (permuted.min(axis=1) >> np.uint64(32)).astype(np.uint32)
    return result


def band_hashes(signatures: U32, bands: int, rows: int) -> U64:
    """One uint64 per (article, band): the band's rows hashed together. Shape (n, bands)."""
    n = signatures.shape[0]
    sig = signatures[:, : bands * rows].reshape(n, bands, rows).astype(np.uint64)
    h = np.zeros((n, bands), dtype=np.uint64)
    for r in range(rows):
        h = h * np.uint64(0x100000001B3) + sig[:, :, r] + np.uint64(r + 1)  # FNV-style, wrapping
    return h


def pairs_from_groups(keys: U64, max_group: int | None = None) -> I64:
    """Index pairs (i < j) of entries with equal keys, as an (m, 2) array; groups above max_group skipped."""
    if keys.size < 2:
        return np.zeros((0, 2), dtype=np.int64)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    group = np.cumsum(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    sizes = np.bincount(group)
    keep = sizes[group] > 1 if max_group is None else (sizes[group] > 1) & (sizes[group] <= max_group)
    order, group = order[keep], group[keep]
    out: list[I64] = []
    # Offset d pairs each entry with the one d places later in the same group: all pairs of every
    # group in (largest group - 1) vectorised steps instead of a Python loop over groups.
    for d in range(1, int(sizes[group].max()) if group.size else 1):
        same = group[d:] == group[:-d]
        if not same.any():
            break
        left, right = order[:-d][same], order[d:][same]
        out.append(np.stack([np.minimum(left, right), np.maximum(left, right)], axis=1))
    return np.concatenate(out).astype(np.int64) if out else np.zeros((0, 2), dtype=np.int64)


def lsh_pairs(signatures: U32, bands: int, rows: int) -> I64:
    """Candidate index pairs sharing at least one LSH band, unique, as an (m, 2) array."""
    if signatures.shape[0] < 2:
        return np.zeros((0, 2), dtype=np.int64)
    hashes = band_hashes(signatures, bands, rows)
    found = [pairs_from_groups(hashes[:, band]) for band in range(bands)]
    return unique_pairs(np.concatenate(found))


def unique_pairs(pairs: I64) -> I64:
    """Distinct rows of an (m, 2) pair array, sorted."""
    if pairs.size == 0:
        return pairs.reshape(0, 2)
    return np.unique(pairs, axis=0)


def estimate_jaccard(a: U32, b: U32) -> float:
    """Jaccard similarity estimated from two signatures."""
    return float(np.mean(a == b))
