"""Metric functions on hand-computed examples."""

from __future__ import annotations

import pytest

from storyline.eval.metrics import (
    accuracy,
    align_lines,
    bcubed,
    f1_of,
    match_spans,
    match_spans_lenient,
    prf,
    set_prf,
    token_overlap,
)


def test_prf_counts() -> None:
    r = prf(tp=6, fp=2, fn=4)
    assert r.precision == pytest.approx(0.75)
    assert r.recall == pytest.approx(0.6)
    assert r.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_prf_empty_is_none_not_zero() -> None:
    r = prf(0, 0, 0)
    assert r.precision is None and r.recall is None and r.f1 is None
    assert prf(0, 3, 0).precision == 0.0 and prf(0, 3, 0).recall is None
    assert f1_of(0.0, 0.0) == 0.0


def test_set_prf() -> None:
    r = set_prf({"a", "b", "c", "d"}, {"b", "c", "x"})
    assert (r.tp, r.fp, r.fn) == (2, 1, 2)
    assert r.precision == pytest.approx(2 / 3) and r.recall == pytest.approx(0.5)


def test_accuracy() -> None:
    assert accuracy(3, 4) == 0.75
    assert accuracy(0, 0) is None


def test_bcubed_hand_example() -> None:
    # gold: {a,b} {c}; pred: {a} {b,c}
    # precision per item: a 1/1, b 1/2, c 1/2 -> 2/3; recall: a 1/2, b 1/2, c 1/1 -> 2/3
    r = bcubed({"a": 1, "b": 1, "c": 2}, {"a": "X", "b": "Y", "c": "Y"})
    assert r.precision == pytest.approx(2 / 3)
    assert r.recall == pytest.approx(2 / 3)
    assert r.f1 == pytest.approx(2 / 3)


def test_bcubed_one_big_cluster() -> None:
    # gold {a,b} {c,d}; pred one cluster: precision 2/4 per item, recall 1 -> F1 = 2/3
    r = bcubed({"a": 1, "b": 1, "c": 2, "d": 2}, dict.fromkeys("abcd", "X"))
    assert r.precision == pytest.approx(0.5) and r.recall == pytest.approx(1.0) and r.f1 == pytest.approx(2 / 3)


def test_bcubed_missing_items_are_singletons_and_extra_ignored() -> None:
    r = bcubed({"a": 1, "b": 1}, {"a": "X", "z": "X"})
    assert r.precision == pytest.approx(1.0) and r.recall == pytest.approx(0.5)
    assert bcubed({}, {}).f1 is None


def test_bcubed_perfect() -> None:
    assert bcubed({"a": 1, "b": 1, "c": 2}, {"a": 9, "b": 9, "c": 7}).f1 == pytest.approx(1.0)


def test_match_spans_nearest_offset_one_to_one() -> None:
    gold = [("Kiel", 10), ("Kiel", 50), ("Berger", 70)]
    pred = [("Kiel", 48), ("Kiel", 200), ("Hamburg", 5)]
    assert match_spans(gold, pred) == [(0, 1), (1, 0)]


def test_match_spans_lenient_pairs_containment_after_exact_matches() -> None:
    gold = [("Januar", 10), ("2019", 40), ("am Montag", 80), ("März", 300)]
    pred = [("seit Januar", 5), ("Montag", 83), ("am Montag", 500), ("Mai", 300)]
    exact = match_spans(gold, pred)
    assert exact == [(2, 2)]  # the exact text wins even far away
    # "seit Januar" holds "Januar"; "Montag" finds no leftover gold ("am Montag" is taken), and
    # "2019" and "März" have no partner whose text holds theirs or lies inside it ("Mai" ≠ "März").
    assert match_spans_lenient(gold, pred) == [(0, 0), (2, 2)]
    assert match_spans_lenient([("Monday", 3)], [("on Monday", 0), ("monday", 90)]) == [(0, 0)]


def test_align_lines_in_order_with_normalised_space() -> None:
    assert align_lines(["a", "b  c", "d"], ["a", " b c ", "x", "d"]) == [(0, 0), (1, 1), (2, 3)]


def test_token_overlap_ignores_quote_marks_and_case() -> None:
    assert token_overlap("„Wir bleiben draußen“", "wir bleiben draußen") == 1.0
    assert token_overlap("a b", "c d") == 0.0
