"""Passage alignment of a candidate pair in one language: shared sentences, containment, kind of copy."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from storyline.dedup import minhash
from storyline.dedup.settings import DedupSettings
from storyline.dedup.text import Span, exact_hash, name_keys, number_keys, sentences, word_hashes, words
from storyline.model import AlignedPassage, DuplicateKind


@dataclass(frozen=True)
class Alignment:
    """How two texts overlap: shingle overlap both ways, aligned sentences, and paraphrase evidence."""

    jaccard: float
    a_in_b: float  # share of a's shingles found in b
    b_in_a: float
    word_jaccard: float  # word sets: paraphrases keep most words, reorder them
    number_jaccard: float
    name_jaccard: float
    sentence_coverage: float  # share of the shorter text's sentences aligned to one of the other
    passages: list[AlignedPassage]
    exact: bool

    @property
    def rewrite_score(self) -> float:
        """Paraphrase evidence: word overlap with shared names and numbers, and aligned sentences."""
        return (0.4 * self.word_jaccard + 0.2 * self.number_jaccard + 0.2 * self.name_jaccard
                + 0.2 * self.sentence_coverage)


def _jaccard(a: Set[str], b: Set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def shingle_set(text: str, k: int) -> set[int]:
    """The set of word k-shingle hashes of a text."""
    return {int(h) for h in minhash.shingle_hashes(word_hashes(words(text)), k)}


def _sentence_sets(text: str) -> list[tuple[Span, frozenset[str]]]:
    return [(s, frozenset(words(text[s.start : s.end]))) for s in sentences(text)]


def align_sentences(a: str, b: str, threshold: float) -> tuple[list[AlignedPassage], float]:
    """Greedy one-to-one sentence alignment by word-set Jaccard; passages and shorter-side coverage."""
    sa, sb = _sentence_sets(a), _sentence_sets(b)
    if not sa or not sb:
        return [], 0.0
    scored = sorted(
        ((_jaccard(x, y), i, j) for i, (_, x) in enumerate(sa) for j, (_, y) in enumerate(sb)),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    passages: list[AlignedPassage] = []
    for sim, i, j in scored:
        if sim < threshold:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        span_a, span_b = sa[i][0], sb[j][0]
        passages.append(AlignedPassage(a_start=span_a.start, a_end=span_a.end, b_start=span_b.start,
                                       b_end=span_b.end, similarity=round(sim, 3)))
    passages.sort(key=lambda p: (p.a_start, p.b_start))
    return passages, len(passages) / min(len(sa), len(sb))


def align(a: str, b: str, settings: DedupSettings) -> Alignment:
    """Compare two clean texts of one language."""
    sh_a, sh_b = shingle_set(a, settings.shingle_words), shingle_set(b, settings.shingle_words)
    inter = len(sh_a & sh_b)
    passages, coverage = align_sentences(a, b, settings.sentence_match)
    return Alignment(
        jaccard=inter / len(sh_a | sh_b) if sh_a or sh_b else 0.0,
        a_in_b=inter / len(sh_a) if sh_a else 0.0,
        b_in_a=inter / len(sh_b) if sh_b else 0.0,
        word_jaccard=_jaccard(set(words(a)), set(words(b))),
        number_jaccard=_jaccard(number_keys(a), number_keys(b)),
        name_jaccard=_jaccard(name_keys(a), name_keys(b)),
        sentence_coverage=coverage,
        passages=passages,
        exact=exact_hash(a) == exact_hash(b),
    )


def decide_kind(al: Alignment, settings: DedupSettings) -> DuplicateKind | None:
    """The kind of copy an alignment shows, or None when the pair is not a copy."""
    if al.exact:
        return "exact"
    high, low = max(al.a_in_b, al.b_in_a), min(al.a_in_b, al.b_in_a)
    partial = high >= settings.partial_containment and low < settings.partial_max_reverse
    if partial and al.jaccard >= settings.partial_min_jaccard:
        return "partial"
    if al.jaccard >= settings.near_jaccard:
        return "near"
    if al.rewrite_score >= settings.rewrite_min_score and al.word_jaccard >= settings.rewrite_min_words:
        return "rewrite"
    return None
