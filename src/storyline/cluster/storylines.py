"""Storylines: events linked over time (any gap) by topic continuity and shared key entities."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import STATE_KIND, EventCluster
from storyline.cluster.text import add_into, dot, normalise, prune, top_terms
from storyline.model import Event, Storyline, stable_id
from storyline.store.db import Store

STORYLINE_KIND = "storyline"


@dataclass
class _Thread:
    """A storyline being built: its events and the running sums it is compared by."""

    id: str
    events: list[Event] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    entities: Counter[str] = field(default_factory=Counter)


def _similarity(
    vec: dict[str, float], ents: dict[str, float], thread: _Thread, settings: ClusterSettings
) -> float | None:
    """Term cosine mixed with the share of the event's entity weight the thread has seen; None when the
    event names (weighted) entities, the thread too, and too few of the event's are the thread's."""
    norm = math.sqrt(sum(w * w for w in thread.centroid.values())) or 1.0
    sim = dot(vec, thread.centroid) / norm
    total = sum(ents.values())
    if total > 0 and thread.entities:
        shared = sum(w for e, w in ents.items() if e in thread.entities) / total
        if shared < settings.storyline_min_shared:
            return None  # same kind of story, other actors: a topic, not a storyline
        sim = (1 - settings.entity_weight) * sim + settings.entity_weight * shared
    return sim


def entity_weights(clusters: Sequence[EventCluster]) -> dict[str, float]:
    """Entity id -> its weight in storyline linking: the log inverse share of events that name it.

    An entity named in a large share of all events (a news agency, an outlet quoting itself, the
    federal government) says nothing about which story an event belongs to: counting it as shared linked
    unrelated storylines on the sample DEV split ("dem Tagesblick" in many stories). Rare entities
    weigh most, as in tf-idf; an entity in every event weighs nothing.
    """
    n = len(clusters)
    df: Counter[str] = Counter()
    for cluster in clusters:
        df.update(set(cluster.entities))
    return {e: math.log((n + 1) / (k + 1)) for e, k in df.items()}


def link_events(
    events: Sequence[Event], clusters: dict[str, EventCluster], settings: ClusterSettings
) -> list[Storyline]:
    """Place events, oldest first, into the storyline they resemble most (a term index finds candidates)."""
    ordered = sorted(events, key=lambda e: (e.date or dt.date.max, e.id))
    threads: dict[str, _Thread] = {}
    index: dict[str, set[str]] = {}
    weights = entity_weights([clusters[ev.id] for ev in ordered if ev.id in clusters])
    for ev in ordered:
        cluster = clusters.get(ev.id)
        vec = normalise(cluster.centroid) if cluster is not None else {}
        # Entity ids from extraction only: the fallback key entities are capitalised words already
        # in the centroid, and counting them twice linked unrelated storylines on the sample DEV split.
        ents = {e: weights.get(e, 0.0) for e in cluster.entities} if cluster is not None else {}
        hits: Counter[str] = Counter()
        for term in top_terms(vec, settings.block_terms):
            hits.update(index.get(term, ()))
        best, best_sim = None, settings.storyline_threshold
        for tid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: settings.max_candidates]:
            sim = _similarity(vec, ents, threads[tid], settings)
            if sim is not None and sim >= best_sim:
                best, best_sim = tid, sim
        thread = threads.get(best) if best else None
        if thread is None:
            thread = threads.setdefault(stable_id(ev.id, prefix="s"), _Thread(stable_id(ev.id, prefix="s")))
        thread.events.append(ev)
        thread.centroid = prune(_plus(thread.centroid, vec), settings.centroid_terms)
        thread.entities.update(ents.keys())
        for term in top_terms(vec, settings.block_terms):
            index.setdefault(term, set()).add(thread.id)
    return [_storyline(t) for t in sorted(threads.values(), key=lambda t: t.id)]


def _plus(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    total = dict(a)
    add_into(total, b)
    return total


def _storyline(thread: _Thread) -> Storyline:
    """The record: events in time order, key entities most shared across events, a label."""
    names: Counter[str] = Counter()
    for ev in thread.events:
        names.update(set(ev.key_entities))
    key = [n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
    central = max(thread.events, key=lambda e: (len(e.article_ids), -(e.date or dt.date.max).toordinal()))
    label = central.label if len(thread.events) == 1 or not key else f"{', '.join(key[:2])}: {central.label}"
    return Storyline(id=thread.id, label=label, event_ids=[e.id for e in thread.events], key_entities=key)


class StorylineStage:
    """Corpus stage "storylines": links the stored events into storylines (recomputed each run; cheap)."""

    name = "storylines"
    # 2: entities weigh by their rarity across events; 3: an event joins no storyline that has seen too
    # little of its entity weight (storyline_min_shared), whatever the term cosine
    version = "3"

    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings or ClusterSettings()

    def run(self, store: Store) -> dict[str, int]:
        """Read "event" and "event_state" records, write "storyline" records; return counts."""
        events = list(store.iter_corpus_records("event", Event))
        clusters = {c.id: c for c in _clusters(store)}
        storylines = link_events(events, clusters, self.settings)
        store.replace_corpus_records(STORYLINE_KIND, storylines, self.version)
        return {"events": len(events), "storylines": len(storylines),
                "multi_event": sum(1 for s in storylines if len(s.event_ids) > 1)}


def _clusters(store: Store) -> list[EventCluster]:
    from storyline.cluster.state import META_ID

    with store.connect(read_only=True) as con:
        rows = con.execute("SELECT id, record FROM corpus_records WHERE kind = ?", [STATE_KIND]).fetchall()
    return [EventCluster.model_validate_json(r) for i, r in rows if i != META_ID]
