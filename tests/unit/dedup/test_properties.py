"""Invariants: dedup is idempotent and independent of input order (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.dedup.fixtures import corpus

from storyline.dedup.settings import DedupSettings
from storyline.dedup.stage import dedup_articles
from storyline.model import Article

SETTINGS = DedupSettings(use_embeddings=False)
ARTICLES = corpus()


def _key(articles: list[Article]) -> tuple[str, str]:
    result = dedup_articles(articles, SETTINGS)
    links = "\n".join(lk.model_dump_json() for lk in result.links)
    sources = "\n".join(s.model_dump_json() for s in sorted(result.sources, key=lambda s: s.article_id))
    return links, sources


BASELINE = _key(ARTICLES)


@settings(max_examples=15, deadline=None)
@given(st.permutations(ARTICLES))
def test_shuffled_input_gives_the_same_links(shuffled: list[Article]) -> None:
    assert _key(list(shuffled)) == BASELINE


def test_idempotent() -> None:
    assert _key(ARTICLES) == _key(ARTICLES) == BASELINE


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(ARTICLES), min_size=0, max_size=6, unique_by=lambda a: a.id))
def test_links_only_between_given_articles(subset: list[Article]) -> None:
    result = dedup_articles(subset, SETTINGS)
    ids = {a.id for a in subset}
    assert all(lk.a in ids and lk.b in ids and lk.a < lk.b for lk in result.links)
    assert {s.article_id for s in result.sources} == ids
