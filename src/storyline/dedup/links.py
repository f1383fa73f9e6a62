"""Candidate pair -> DuplicateLink (or nothing): alignment in one language, embeddings across languages."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from storyline.dedup.align import Alignment, align, decide_kind, shingle_set
from storyline.dedup.crosslingual import ParagraphEmbedder, translation_match
from storyline.dedup.fingerprint import Fingerprint
from storyline.dedup.paraphrase import paraphrase_match
from storyline.dedup.settings import DedupSettings
from storyline.model import DuplicateLink


class Texts(NamedTuple):
    """An article's texts as dedup needs them: clean text to compare, raw text to tell exact from near."""

    clean: str
    raw: str


def _ordered(fa: Fingerprint, fb: Fingerprint, ta: Texts, tb: Texts) -> tuple[Fingerprint, Fingerprint, Texts, Texts]:
    """The pair with a < b by id (each pair is stored once)."""
    return (fa, fb, ta, tb) if fa.article_id < fb.article_id else (fb, fa, tb, ta)


def page_containment(ta: Texts, tb: Texts, settings: DedupSettings) -> tuple[float, float]:
    """Shares of a's and of b's raw page (word shingles) found in the other's page."""
    sa, sb = shingle_set(ta.raw, settings.shingle_words), shingle_set(tb.raw, settings.shingle_words)
    inter = len(sa & sb)
    return (inter / len(sa) if sa else 1.0, inter / len(sb) if sb else 1.0)


def cross_language(fa: Fingerprint, fb: Fingerprint) -> bool:
    """Whether two articles are in different (known) languages."""
    return fa.language is not None and fb.language is not None and fa.language != fb.language


def anchor_jaccard(fa: Fingerprint, fb: Fingerprint) -> float:
    """Jaccard similarity of two articles' anchor samples (names, numbers)."""
    shared = np.intersect1d(fa.anchors, fb.anchors, assume_unique=True).size
    union = fa.anchors.size + fb.anchors.size - shared
    return shared / union if union else 0.0


def too_far_apart_for_a_rewrite(fa: Fingerprint, fb: Fingerprint, settings: DedupSettings) -> bool:
    """Whether two articles were published further apart than a rewrite follows its original (unknown: no)."""
    if fa.published is None or fb.published is None:
        return False
    return abs((fa.published - fb.published).total_seconds()) > settings.rewrite_max_days * 86400


def _paraphrase(fa: Fingerprint, fb: Fingerprint, ta: Texts, tb: Texts, al: Alignment,
                settings: DedupSettings, embedder: ParagraphEmbedder) -> tuple[DuplicateLink, None] | None:
    """A same-language rewrite the lexical rules missed, confirmed by sentence embeddings (paraphrase.py)."""
    if al.word_jaccard < settings.paraphrase_min_words or al.rewrite_score < settings.paraphrase_min_lexical:
        return None
    found = paraphrase_match(embedder, (fa.article_id, fb.article_id), ta.clean, tb.clean,
                             settings.paraphrase_min_score, settings.paraphrase_sentence_match)
    if found is None:
        return None
    score, passages = found
    return DuplicateLink(a=fa.article_id, b=fb.article_id, kind="rewrite", similarity=score,
                         containment_a_in_b=round(al.a_in_b, 3), containment_b_in_a=round(al.b_in_a, 3),
                         aligned_passages=passages, confidence=score), None


def link_pair(
    fa: Fingerprint, fb: Fingerprint, ta: Texts, tb: Texts, settings: DedupSettings, embedder: ParagraphEmbedder
) -> tuple[DuplicateLink, tuple[float, float] | None] | None:
    """The copy relation between two candidate articles, without direction, and for the same story text
    the raw pages' containment both ways (exact vs near is decided once the direction is known)."""
    fa, fb, ta, tb = _ordered(fa, fb, ta, tb)
    if cross_language(fa, fb):
        if anchor_jaccard(fa, fb) < settings.translation_min_anchor_jaccard:
            return None
        found = translation_match(embedder, (fa.article_id, fb.article_id), ta.clean, tb.clean,
                                  settings.translation_min_similarity)
        if found is None:
            return None
        score, passages = found
        return DuplicateLink(a=fa.article_id, b=fb.article_id, kind="translation", similarity=score,
                             aligned_passages=passages, confidence=score), None
    al = align(ta.clean, tb.clean, settings)
    kind = decide_kind(al, settings)
    if kind in (None, "rewrite") and too_far_apart_for_a_rewrite(fa, fb, settings):
        return None
    if kind is None:
        return _paraphrase(fa, fb, ta, tb, al, settings, embedder)
    page = page_containment(ta, tb, settings) if kind == "exact" else None
    similarity = {"exact": 1.0, "near": al.jaccard, "partial": al.jaccard}.get(kind, al.rewrite_score)
    confidence = {"exact": 1.0, "near": al.jaccard, "partial": max(al.a_in_b, al.b_in_a)}.get(kind, al.rewrite_score)
    return DuplicateLink(
        a=fa.article_id, b=fb.article_id, kind=kind, similarity=round(similarity, 3),
        containment_a_in_b=round(al.a_in_b, 3), containment_b_in_a=round(al.b_in_a, 3),
        aligned_passages=al.passages, confidence=round(min(1.0, confidence), 3),
    ), page
