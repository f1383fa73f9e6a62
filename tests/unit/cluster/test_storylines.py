"""Storyline linking: which shared entities count."""

from __future__ import annotations

import datetime as dt

from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import EventCluster
from storyline.cluster.storylines import entity_weights, link_events
from storyline.model import Event


def _event(i: int, topic: str, entities: list[str]) -> tuple[Event, EventCluster]:
    eid = f"e{i}"
    # one weak shared term makes every pair a candidate; the topic terms keep their cosine near zero
    cluster = EventCluster(id=eid, article_ids=[f"a{i}"], centroid={"bericht": 0.1, topic: 0.99},
                           entities={e: 1 for e in entities})
    return Event(id=eid, label=topic, date=dt.date(2024, 1, 1 + i), article_ids=[f"a{i}"]), cluster


def test_an_entity_every_event_names_links_nothing_and_a_rare_one_links() -> None:
    pairs = [_event(1, "hafen", ["outlet", "werft"]), _event(2, "schule", ["outlet"]),
             _event(3, "kran", ["outlet", "werft"]), _event(4, "wahl", ["outlet"])]
    events = [e for e, _ in pairs]
    clusters = {c.id: c for _, c in pairs}
    weights = entity_weights(list(clusters.values()))
    assert weights["outlet"] == 0.0 and weights["werft"] > 0.0
    stories = {tuple(s.event_ids) for s in link_events(events, clusters, ClusterSettings())}
    assert stories == {("e1", "e3"), ("e2",), ("e4",)}


def test_one_kind_of_story_with_other_actors_is_another_storyline() -> None:
    # All three are about hackers (term cosine ~1); the second names none of the first's entities.
    pairs = [_event(1, "hacker", ["stadtwerke", "klinikum"]), _event(2, "hacker", ["rathaus", "gemeindebund"]),
             _event(3, "hacker", ["stadtwerke", "darknet"])]
    events = [e for e, _ in pairs]
    clusters = {c.id: c for _, c in pairs}
    stories = {tuple(s.event_ids) for s in link_events(events, clusters, ClusterSettings())}
    assert stories == {("e1", "e3"), ("e2",)}
    # Without the entity floor the topic alone links all three.
    loose = ClusterSettings(storyline_min_shared=0.0)
    assert {tuple(s.event_ids) for s in link_events(events, clusters, loose)} == {("e1", "e2", "e3")}
