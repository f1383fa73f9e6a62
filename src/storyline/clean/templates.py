"""Outlet-level template detection: line shapes repeated across unrelated articles are boilerplate.

The index keeps 64-bit hashes and counts only, never texts. A line counts once per *unrelated* article:
copies of one story repeat its content lines, so each occurrence is tagged with a fingerprint of the
rest of its article (the smallest hash among the article's other long lines) and only distinct
fingerprints are counted. Copies share that fingerprint; unrelated articles do not.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"[\s\u00a0\u200b\u00ad]+")
_EDGE_PUNCT = " \t.,;:!?-–—|•·*»«›‹\"'“”„"
_LONG_LINE = 100  # lines this long are paragraphs: they fingerprint the article they belong to
_COARSE_MAX = 80  # only short lines get a coarse shape (names folded), long ones would collide less anyway
_FP_CAP = 64  # distinct fingerprints remembered per key; counts beyond are not needed by any threshold


def _h(*parts: str) -> int:
    """A deterministic 64-bit hash (Python's hash() is salted per process; workers must agree)."""
    return int.from_bytes(hashlib.blake2b("\x00".join(parts).encode("utf-8"), digest_size=8).digest(), "little")


def line_shape(line: str) -> str:
    """A line as compared across articles: case-folded, digits as 0, whitespace and edge punctuation squashed."""
    return _DIGITS.sub("0", _SPACE.sub(" ", line).strip(_EDGE_PUNCT).casefold())


def coarse_shape(line: str) -> str | None:
    """For short lines: the shape with capitalised words after the first folded to 'N' (names, nouns)."""
    squashed = _SPACE.sub(" ", line).strip(_EDGE_PUNCT)
    if not squashed or len(squashed) > _COARSE_MAX:
        return None
    words = squashed.split(" ")
    folded = [words[0].casefold()] + ["N" if w[:1].isupper() else w.casefold() for w in words[1:]]
    return _DIGITS.sub("0", " ".join(folded))


def _keys(outlet: str, line: str) -> tuple[int, ...]:
    """Hash keys of a line: exact shape corpus-wide and per outlet, coarse shape per outlet (short lines)."""
    shape = line_shape(line)
    if len(shape) < 3:
        return ()
    keys = [_h("g", shape), _h("o", outlet, shape)]
    coarse = coarse_shape(line)
    if coarse is not None and coarse != shape:
        # Per outlet only: corpus-wide, folded short lines ("Die N im N") collide across unrelated subheads.
        keys.append(_h("O", outlet, coarse))
    return tuple(keys)


@dataclass
class _Counter:
    """Distinct-fingerprint counting with bounded memory (keys seen once are pruned first)."""

    max_entries: int
    first: dict[int, int] = field(default_factory=dict)
    multi: dict[int, set[int]] = field(default_factory=dict)

    def add(self, key: int, fp: int) -> None:
        """Record that ``key`` occurred in an article with fingerprint ``fp``."""
        seen = self.multi.get(key)
        if seen is not None:
            if len(seen) < _FP_CAP:
                seen.add(fp)
            return
        previous = self.first.get(key)
        if previous is None:
            if len(self.first) >= self.max_entries:
                # Memory bound: forget the older half of the keys seen once so far. A line that recurs
                # later is then undercounted by one, which only delays its detection.
                for k in list(self.first)[: self.max_entries // 2]:
                    del self.first[k]
            self.first[key] = fp
        elif previous != fp:
            self.multi[key] = {previous, fp}
            del self.first[key]


class TemplateIndex:
    """Counts of unrelated articles per line shape, corpus-wide and per outlet (picklable, hashes only)."""

    def __init__(self, counts: dict[int, int], articles: int) -> None:
        self.counts = counts
        self.articles = articles

    @classmethod
    def build(cls, items: Iterable[tuple[str | None, str]], max_entries: int = 2_000_000) -> TemplateIndex:
        """Index (outlet, raw_text) pairs of a whole store in one pass."""
        counter = _Counter(max_entries=max_entries)
        n = 0
        for outlet, raw_text in items:
            n += 1
            lines = [t for t in raw_text.split("\n") if t.strip()]
            # Fingerprints hash the text itself, not its shape: digit-folded shapes of different stories agree.
            long_hashes = sorted({_h(" ".join(t.split())) for t in lines if len(t) >= _LONG_LINE})
            own = _h("article", raw_text)
            for line in set(lines):
                lh = _h(" ".join(line.split())) if len(line) >= _LONG_LINE else None
                others = [x for x in long_hashes[:2] if x != lh]
                fp = others[0] if others else own
                for key in _keys(outlet or "", line):
                    counter.add(key, fp)
        counts = {k: len(v) for k, v in counter.multi.items()}
        return cls(counts, n)

    def lookup(self, outlet: str | None, line: str) -> tuple[int, int]:
        """(unrelated articles of this outlet, unrelated articles anywhere) sharing the line's shape."""
        keys = _keys(outlet or "", line)
        if not keys:
            return 0, 0
        get = self.counts.get
        # keys: g, o[, O]; a count of 1 (not stored) means the line is this article's own.
        by_outlet = max(get(k, 1) for k in keys[1:])
        return by_outlet, get(keys[0], 1)

    def __len__(self) -> int:
        """Number of line shapes seen in two or more unrelated articles."""
        return len(self.counts)
