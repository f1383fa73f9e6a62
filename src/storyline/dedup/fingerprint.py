"""Per-article fingerprints: a pure function of one article, small enough to keep for a whole corpus."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import numpy as np

from storyline.dedup import minhash
from storyline.dedup.farm import article_signals
from storyline.dedup.settings import DedupSettings
from storyline.dedup.sources import mentioned_sources, own_keys, reports_first_hand
from storyline.dedup.text import anchor_hashes, clean_text, exact_hash, normalise, word_hashes, words
from storyline.model import Article, FarmSignal
from storyline.store.db import published_utc


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup keeps per article instead of its text: hashes, signature, anchors and metadata."""

    article_id: str
    exact: int
    signature: minhash.U32
    anchors: minhash.U64  # sorted hashes of the anchor keys (the smallest anchors_per_article)
    n_words: int
    language: str | None
    outlet: str | None
    host: str | None  # the URL's host, which joins an outlet's spellings ("www.x.example" and "X")
    published: dt.datetime | None  # naive UTC
    cited_sources: tuple[str, ...]  # structural credits from cleaning: dateline agency, source line
    mentioned_sources: tuple[str, ...]  # sources named in the text ("laut der Agentur X")
    has_byline: bool
    signals: tuple[FarmSignal, ...] = field(default_factory=tuple)
    first_hand: bool = False  # the text names its own outlet as told or shown something: own reporting


def fingerprint(article: Article, settings: DedupSettings | None = None) -> Fingerprint:
    """Fingerprint one article's clean text (raw text before cleaning has run)."""
    s = settings or DedupSettings()
    text = clean_text(article)
    norm = normalise(text)
    tokens = words(norm, normalised=True)
    shingles = minhash.shingle_hashes(word_hashes(tokens), s.shingle_words)
    # Bottom-k by hash: a consistent sample, so two articles sharing keys keep the same shared ones.
    hashes = sorted(anchor_hashes(text))[: s.anchors_per_article]
    anchors = np.asarray(hashes, dtype=np.uint64)
    host = urlsplit(article.url).hostname if article.url else None
    return Fingerprint(
        article_id=article.id,
        exact=exact_hash(norm, normalised=True),
        signature=minhash.signature(shingles, s.num_perm, s.seed),
        anchors=anchors,
        n_words=len(tokens),
        language=article.language,
        outlet=article.outlet,
        host=host,
        published=published_utc(article.published),
        cited_sources=tuple(article.cited_sources),
        mentioned_sources=tuple(mentioned_sources(text, article.language)),
        has_byline=bool(article.byline or article.author),
        signals=tuple(article_signals(article)),
        first_hand=reports_first_hand(text, article.language, own_keys((article.outlet, host))),
    )
