"""Event clustering over a corpus: two passes (document frequencies, then placing articles in time
order), batch from scratch or streaming on top of stored state."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from storyline.cluster.embed import Encoder
from storyline.cluster.features import ArticleFeatures, article_features, article_terms, article_when
from storyline.cluster.online import OnlineClusterer
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import CorpusStats, EventCluster
from storyline.cluster.text import idf_table, tfidf
from storyline.model import Article, DuplicateLink

PAGE = 500


class ArticleSource(Protocol):
    """Where articles come from: the store, or a synthetic stream in benchmarks."""

    def article_ids(self) -> list[str]:
        """Every article id."""
        ...

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        """The articles with these ids, in order."""
        ...


@dataclass
class Brief:
    """What labels and timelines need of an article, kept light (title, lead, date, outlet, language)."""

    id: str
    title: str
    lead: str
    published: dt.datetime | None
    outlet: str
    language: str
    text_dates: list[dt.date]
    entities: Counter[str] = field(default_factory=Counter)  # canonical name -> mentions


@dataclass
class ClusterResult:
    """The events after a run, the statistics behind them, and what the run did."""

    events: list[EventCluster]
    stats: CorpusStats
    briefs: dict[str, Brief]
    counts: dict[str, int]


def copy_partners(links: Iterable[DuplicateLink]) -> dict[str, set[str]]:
    """Article id -> the articles it is a copy of or that copy it."""
    partners: dict[str, set[str]] = {}
    for link in links:
        partners.setdefault(link.a, set()).add(link.b)
        partners.setdefault(link.b, set()).add(link.a)
    return partners


def _pages(source: ArticleSource, ids: Sequence[str]) -> Iterator[Article]:
    for start in range(0, len(ids), PAGE):
        yield from source.get_articles(ids[start : start + PAGE])


def _brief(article: Article, feats: ArticleFeatures) -> Brief:
    names: Counter[str] = Counter(m.canonical_name or m.text for m in article.mentions if m.entity_id)
    return Brief(article.id, feats.title, feats.lead, article.published, feats.outlet, feats.language,
                 feats.text_dates, names)


def _sort_key(item: tuple[str, dt.date | None]) -> tuple[int, dt.date, str]:
    # Undated articles go last, where most events they could belong to already exist.
    return (item[1] is None, item[1] or dt.date.max, item[0])


def cluster_corpus(
    source: ArticleSource,
    settings: ClusterSettings,
    copies: Mapping[str, set[str]] | None = None,
    encoder: Encoder | None = None,
    previous: tuple[list[EventCluster], CorpusStats] | None = None,
) -> ClusterResult:
    """Place every article not yet in ``previous`` events (all of them when there is no previous state)."""
    clusterer = OnlineClusterer(settings, encoder)
    stats = CorpusStats()
    if previous is not None:
        clusterer.load(previous[0])
        stats = previous[1]
    present = source.article_ids()
    new_ids = [aid for aid in present if aid not in clusterer.event_of]
    order: list[tuple[str, dt.date | None]] = []
    df = Counter(stats.df)
    for article in _pages(source, new_ids):  # pass 1: document frequencies and time order
        df.update(article_terms(article))
        order.append((article.id, article_when(article)))
    n_docs = stats.n_docs + len(order)
    idf = idf_table(df, n_docs)
    order.sort(key=_sort_key)
    briefs: dict[str, Brief] = {}
    copies = copies or {}
    for article in _pages(source, [aid for aid, _ in order]):  # pass 2: place in time order
        feats = article_features(article)
        feats.vector = tfidf(feats.counts, df, n_docs, settings.article_terms, idf)
        feats.counts = Counter()
        briefs[article.id] = _brief(article, feats)
        clusterer.add(feats, sorted(copies.get(article.id, ())))
    merged = clusterer.merge_pass()
    removed = _drop_missing(clusterer, set(present))
    events = sorted(clusterer.events.values(), key=lambda e: e.id)
    counts = {"articles_new": len(order), "events": len(events), "events_touched": len(clusterer.touched),
              "events_merged": merged, "articles_removed": removed, "embedded": clusterer.embedded}
    return ClusterResult(events, CorpusStats(n_docs=n_docs, df=dict(df)), briefs, counts)


def _drop_missing(clusterer: OnlineClusterer, present: set[str]) -> int:
    """Forget articles no longer in the store (their events' centroids keep their trace until a re-cluster)."""
    removed = 0
    for eid in list(clusterer.events):
        ev = clusterer.events[eid]
        kept = [a for a in ev.article_ids if a in present]
        removed += len(ev.article_ids) - len(kept)
        ev.article_ids = kept
        if not kept:
            del clusterer.events[eid]
    return removed
