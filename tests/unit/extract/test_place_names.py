"""Qualified town names: what the articles write first, else a dominant city of that short name."""

from __future__ import annotations

from storyline.extract.place_names import qualified_place

_REGIONS = frozenset({"brandenburg"})


def test_written_qualifier_names_the_town() -> None:
    assert qualified_place("Frankfurt", {"Frankfurt", "Frankfurt an der Oder"}, _REGIONS) == "Frankfurt (Oder)"
    assert qualified_place("Frankfurt", {"Frankfurt (Oder)"}, _REGIONS) == "Frankfurt (Oder)"
    assert qualified_place("Halle", {"Halle an der Saale"}, _REGIONS) == "Halle (Saale)"
    # a qualified form as written is shown as the official one
    assert qualified_place("Frankfurt an der Oder", set(), _REGIONS) == "Frankfurt (Oder)"
    assert qualified_place("Frankfurt am Main", set(), _REGIONS) == "Frankfurt am Main"
    assert qualified_place("Frankfurter Allee", set(), _REGIONS) is None


def test_a_dominant_city_is_meant_by_its_short_name() -> None:
    assert qualified_place("Frankfurt", {"Frankfurt"}, _REGIONS) == "Frankfurt am Main"
    assert qualified_place("Halle", {"Halle", "HALLE"}, _REGIONS) == "Halle (Saale)"


def test_ambiguous_small_regional_and_unknown_names_stay() -> None:
    assert qualified_place("Neustadt", {"Neustadt"}, _REGIONS) is None  # two towns of similar size
    assert qualified_place("Limburg", {"Limburg"}, _REGIONS) is None  # under 50,000: maybe the province
    assert qualified_place("Brandenburg", {"Brandenburg"}, _REGIONS) is None  # the state
    assert qualified_place("Brandenburg", {"Brandenburg an der Havel"}, _REGIONS) == "Brandenburg an der Havel"
    assert qualified_place("Köln", {"Köln"}, _REGIONS) is None
