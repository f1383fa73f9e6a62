"""Event clustering on tiny German/English fixtures: joins, separations, copies, streaming, properties."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.cluster.cluster_fixtures import (
    ALL,
    BACKGROUND,
    FIRE,
    GOLD_EVENT,
    STRIKE_2022,
    STRIKE_2023,
    FakeEncoder,
    art,
)

from storyline.cluster.engine import cluster_corpus
from storyline.cluster.events import EventStage
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.storylines import StorylineStage
from storyline.eval.cluster_eval import ListSource, cross_language_recall, pairwise_prf
from storyline.model import Article, DuplicateLink, Event, Storyline
from storyline.store.db import Store, UnitResult

NO_EMBED = ClusterSettings(use_embeddings=False)


def partition(result_events: list[list[str]]) -> set[frozenset[str]]:
    """Events as a set of article-id sets."""
    return {frozenset(ids) for ids in result_events}


def test_same_happening_joins_and_others_stay_apart() -> None:
    res = cluster_corpus(ListSource(ALL + BACKGROUND), ClusterSettings(), encoder=FakeEncoder())
    parts = partition([e.article_ids for e in res.events])
    assert frozenset({"a1", "a2", "a3"}) in parts  # German and English reports of one strike
    assert frozenset({"b1", "b2"}) in parts
    assert frozenset({"c1", "c2"}) in parts  # the same union a year later: another event


def test_copies_always_join_their_original() -> None:
    odd = art("x1", "Börse schließt fester", "Der DAX stieg um ein Prozent.", "2022-06-15")
    res = cluster_corpus(ListSource([*FIRE, odd]), NO_EMBED, copies={"x1": {"b1"}, "b1": {"x1"}})
    assert any({"b1", "x1"} <= set(e.article_ids) for e in res.events)


def test_streaming_adds_to_stored_events(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    store.write_units([UnitResult(unit="one", articles=[*STRIKE_2022[:2], FIRE[0]])])
    stage = EventStage(settings=NO_EMBED)
    assert stage.run(store)["articles_new"] == 3
    store.write_units([UnitResult(unit="two", articles=[FIRE[1], *STRIKE_2023])])
    counts = stage.run(store)
    assert counts["articles_new"] == 3 and counts["recluster"] == 0
    events = list(store.iter_corpus_records("event", Event))
    assert partition([e.article_ids for e in events]) == {
        frozenset({"a1", "a2"}), frozenset({"b1", "b2"}), frozenset({"c1", "c2"})}
    assert EventStage(recluster=True, settings=NO_EMBED).run(store)["articles_new"] == 6
    assert StorylineStage().run(store)["storylines"] >= 1
    stories = list(store.iter_corpus_records("storyline", Storyline))
    by_event = {eid: s.id for s in stories for eid in s.event_ids}
    strike = [e.id for e in events if "a1" in e.article_ids or "c1" in e.article_ids]
    assert len({by_event[e] for e in strike}) == 1  # both strikes: one storyline, oldest first
    fire = next(e.id for e in events if "b1" in e.article_ids)
    assert by_event[fire] != by_event[strike[0]]


def test_duplicate_links_from_store_are_used(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    odd = art("x1", "Börse schließt fester", "Der DAX stieg um ein Prozent.", "2022-06-15")
    store.write_units([UnitResult(unit="one", articles=[*FIRE, odd])])
    link = DuplicateLink(a="b1", b="x1", kind="near", similarity=0.9)
    store.replace_corpus_records("duplicate", [link], "1")
    EventStage(settings=NO_EMBED).run(store)
    events = list(store.iter_corpus_records("event", Event))
    assert any({"b1", "x1"} <= set(e.article_ids) for e in events)
    assert all(e.label for e in events)


@settings(max_examples=15, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(min_value=1, max_value=len(ALL)))
def test_events_partition_articles_in_any_order(rnd: random.Random, n: int) -> None:
    arts = list(ALL)
    rnd.shuffle(arts)
    subset = arts[:n]
    res = cluster_corpus(ListSource(subset), NO_EMBED)
    ids = [aid for e in res.events for aid in e.article_ids]
    assert sorted(ids) == sorted(a.id for a in subset)  # every article in exactly one event
    again = cluster_corpus(ListSource(list(reversed(subset))), NO_EMBED)
    assert partition([e.article_ids for e in again.events]) == partition([e.article_ids for e in res.events])


def test_metrics() -> None:
    pred = {"a1": 1, "a2": 1, "a3": 2, "b1": 3, "b2": 3, "c1": 4, "c2": 4}
    lang = {k: ("en" if k == "a3" else "de") for k in GOLD_EVENT}
    assert cross_language_recall(GOLD_EVENT, lang, pred) == (0.0, 2)
    res = pairwise_prf(GOLD_EVENT, pred)
    assert res.precision == 1.0 and res.recall == 3 / 5


def test_an_event_does_not_chain_beyond_its_span() -> None:
    text = "Die Hafenunion Nord bestreikt Waltershof und Steinwerder im Hamburger Hafen."
    days = ["2022-06-01", "2022-06-03", "2022-06-05", "2022-06-07", "2022-06-09", "2022-06-11"]
    chain = [art(f"k{i}", "Streik im Hamburger Hafen", text, day) for i, day in enumerate(days)]
    res = cluster_corpus(ListSource(chain + BACKGROUND), NO_EMBED)
    parts = partition([e.article_ids for e in res.events])
    assert frozenset({"k0", "k1", "k2", "k3"}) in parts  # within 7 days of the first report
    assert frozenset({"k4", "k5"}) in parts  # a follow-up: a new event of the storyline


def test_a_lull_ends_an_event() -> None:
    text = "Die Hafenunion Nord bestreikt Waltershof und Steinwerder im Hamburger Hafen."
    days = ["2022-06-01", "2022-06-02", "2022-06-06", "2022-06-06"]  # four quiet days, then the next turn
    chain = [art(f"k{i}", "Streik im Hamburger Hafen", text, day) for i, day in enumerate(days)]
    parts = partition([e.article_ids for e in cluster_corpus(ListSource(chain + BACKGROUND), NO_EMBED).events])
    assert parts >= {frozenset({"k0", "k1"}), frozenset({"k2", "k3"})}
    # A report 3 days after the last still joins.
    three_days = [art("m0", "Streik im Hamburger Hafen", text, "2022-06-01"),
                  art("m1", "Streik im Hamburger Hafen", text, "2022-06-04")]
    parts = partition([e.article_ids for e in cluster_corpus(ListSource(three_days + BACKGROUND), NO_EMBED).events])
    assert frozenset({"m0", "m1"}) in parts


def test_a_related_report_days_later_founds_the_next_event() -> None:
    flood = art("f0", "Sturzflut in Sulzbrunn", "Eine Sturzflut hat in Sulzbrunn drei Menschen getötet. Die Lenzach "
                "trat über die Ufer, Hubschrauber retteten Bewohner von Dächern.", "2024-07-13")

    def warning(day: str) -> Article:
        return art("f1", "Sturzflut: Warnung kam zu spät", "In Sulzbrunn streiten Landrat und App-Betreiber, warum die "
                   "Warnung vor der Sturzflut vier Stunden zu spät kam. Der Betreiber weist die Vorwürfe zurück, das "
                   "Innenministerium prüft die Warnkette.", day)

    def together(day: str) -> bool:
        res = cluster_corpus(ListSource([flood, warning(day), *BACKGROUND]), NO_EMBED)
        return any({"f0", "f1"} <= set(e.article_ids) for e in res.events)

    assert together("2024-07-14")  # the next day: one happening, told from another side
    assert not together("2024-07-16")  # three days on, sharing only part of its words: the storyline's next turn
