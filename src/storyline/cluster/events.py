"""The event stage: clusters the store's articles into events (streaming on stored state, or a full re-cluster)."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.cluster.embed import Encoder, default_encoder
from storyline.cluster.engine import Brief, ClusterResult, _brief, cluster_corpus, copy_partners
from storyline.cluster.features import article_features
from storyline.cluster.labels import build_event
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import META_ID, STATE_KIND, CorpusStats, EventCluster
from storyline.model import DuplicateLink, Event
from storyline.store.db import Store

EVENT_KIND = "event"


def _stored_state(store: Store, version: str) -> tuple[list[EventCluster], CorpusStats] | None:
    """Previous events and statistics, or None when absent or written by another stage version."""
    if not store.path.exists():
        return None
    with store.connect(read_only=True) as con:
        rows = con.execute(
            "SELECT id, record FROM corpus_records WHERE kind = ? ORDER BY id", [STATE_KIND]
        ).fetchall()
    meta = next((r for i, r in rows if i == META_ID), None)
    if meta is None:
        return None
    stats = CorpusStats.model_validate_json(meta)
    if stats.version != version:
        return None  # thresholds or features changed: streaming on old centroids would mix two models
    return [EventCluster.model_validate_json(r) for i, r in rows if i != META_ID], stats


def _briefs_for(store: Store, result: ClusterResult, ids: Sequence[str]) -> list[Brief]:
    missing = [aid for aid in ids if aid not in result.briefs]
    for article in store.get_articles(missing):
        result.briefs[article.id] = _brief(article, article_features(article))
    return [result.briefs[aid] for aid in ids if aid in result.briefs]


class EventStage:
    """Corpus stage "events": new articles join existing events or found new ones; ``recluster`` starts over."""

    name = "events"
    # 2: an event takes no article more than 7 days after its first report (was 21); 3: nor one more than 3
    # days from its nearest report (was 10); 4: similarity loses 0.04 per day from the nearest report (was 0.01);
    # 5: an article joins an event from similarity 0.09 (was 0.08)
    version = "5"

    def __init__(
        self, recluster: bool = False, settings: ClusterSettings | None = None, encoder: Encoder | None = None
    ) -> None:
        self.recluster = recluster
        self.settings = settings or ClusterSettings()
        self._encoder = encoder

    def _encoder_or_default(self) -> Encoder | None:
        if not self.settings.use_embeddings:
            return None
        return self._encoder if self._encoder is not None else default_encoder()

    def run(self, store: Store) -> dict[str, int]:
        """Cluster, then write "event" and "event_state" records; return counts."""
        previous = None if self.recluster else _stored_state(store, self.version)
        old_events = {} if previous is None else {e.id: e for e in store.iter_corpus_records(EVENT_KIND, Event)}
        links = list(store.iter_corpus_records("duplicate", DuplicateLink))
        result = cluster_corpus(store, self.settings, copy_partners(links), self._encoder_or_default(), previous)
        records: list[Event] = []
        for cluster in result.events:
            old = old_events.get(cluster.id)
            if old is not None and sorted(old.article_ids) == sorted(cluster.article_ids):
                records.append(old)  # untouched: keep its label without reading its articles again
                continue
            records.append(build_event(cluster, _briefs_for(store, result, cluster.article_ids)))
        stats = result.stats.model_copy(update={"version": self.version})
        store.replace_corpus_records(EVENT_KIND, records, self.version)
        store.replace_corpus_records(STATE_KIND, [*result.events, stats], self.version)
        return {**result.counts, "recluster": int(self.recluster or previous is None)}
