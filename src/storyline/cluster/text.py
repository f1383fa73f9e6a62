"""Text to sparse term vectors: tokens, a light stemmer, TF-IDF weights and cosine on dicts."""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping

from storyline.lang import de, en

Vector = dict[str, float]

_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_STOP = de.CLUSTER_STOPWORDS | en.CLUSTER_STOPWORDS
# Prefix stemming: German and English inflect mostly at the end, so 7 leading letters join "Hamburger"
# and "Hamburg", "Streiks" and "Streik" without a lemmatiser; names rarely collide at that length.
_STEM = 7
# Cap on text per article: leads carry the event, long tails add noise and time.
MAX_CHARS = 4000


_CACHE: dict[str, str] = {}  # word -> stem ("" = dropped); a news vocabulary is a few 100k words
_CACHE_MAX = 500_000


def _stem(word: str) -> str:
    """The word's term, or "" for stopwords and one-letter or short non-numeric words."""
    if word in _STOP or len(word) < 2 or (len(word) < 3 and not word.isdigit()):
        return ""
    return sys.intern(word[:_STEM])  # interned: millions of repeats share one string


def tokens(text: str) -> list[str]:
    """Lower-cased content tokens, stemmed, without stopwords and one-letter or pure-punctuation words."""
    if len(_CACHE) > _CACHE_MAX:
        _CACHE.clear()
    out = []
    for word in _TOKEN.findall(text[:MAX_CHARS].lower()):
        term = _CACHE.get(word)
        if term is None:
            term = _CACHE[word] = _stem(word)
        if term:
            out.append(term)
    return out


def term_set(text: str) -> set[str]:
    """The distinct terms of a text (document frequencies need no counts: each word is stemmed once)."""
    out = set()
    for word in set(_TOKEN.findall(text[:MAX_CHARS].lower())):
        term = _CACHE.get(word)
        if term is None:
            term = _CACHE[word] = _stem(word)
        if term:
            out.add(term)
    return out


def term_counts(title: str, body: str, title_weight: int = 3) -> Counter[str]:
    """Term counts of an article, the title counted ``title_weight`` times (headlines name the event)."""
    counts: Counter[str] = Counter(tokens(body))
    for term in tokens(title):
        counts[term] += title_weight
    return counts


def idf_table(df: Mapping[str, int], n_docs: int) -> dict[str, float]:
    """Smoothed inverse document frequencies, computed once per run."""
    return {t: math.log((1.0 + n_docs) / (1.0 + n)) for t, n in df.items()}


def tfidf(counts: Mapping[str, int], df: Mapping[str, int], n_docs: int, keep: int,
          idf: Mapping[str, float] | None = None) -> Vector:
    """Unit-length sublinear TF-IDF vector of the ``keep`` heaviest terms (``idf`` from :func:`idf_table`)."""
    unseen = math.log(1.0 + n_docs)
    if idf is None:
        idf = idf_table({t: df.get(t, 0) for t in counts}, n_docs)
    weights = {t: (1.0 + math.log(c)) * idf.get(t, unseen) for t, c in counts.items()}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]
    return normalise(dict(top))


def normalise(vec: Mapping[str, float]) -> Vector:
    """The vector scaled to unit length (empty stays empty)."""
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm > 0 else {}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Sparse dot product (iterates the smaller vector)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def top_terms(vec: Mapping[str, float], k: int) -> list[str]:
    """The ``k`` heaviest terms, ties by term."""
    return [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def add_into(total: dict[str, float], vec: Mapping[str, float], scale: float = 1.0) -> None:
    """``total += scale * vec`` in place."""
    for t, w in vec.items():
        total[t] = total.get(t, 0.0) + scale * w


def prune(vec: dict[str, float], keep: int) -> dict[str, float]:
    """The ``keep`` heaviest entries (centroids stay bounded)."""
    if len(vec) <= keep:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])


def document_frequencies(docs: Iterable[Counter[str]]) -> Counter[str]:
    """In how many documents each term occurs."""
    df: Counter[str] = Counter()
    for counts in docs:
        df.update(counts.keys())
    return df
