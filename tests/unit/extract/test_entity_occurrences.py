"""Repeats of a name found by ``str.find`` agree with the word-boundary regex they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.entity_spans import occurrences, propagate
from storyline.model import Mention

_ALPHABET = "Bers -_1äs"


def _regex(text: str, name: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])", text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.text(alphabet=_ALPHABET, min_size=1, max_size=4))
def test_occurrences_equal_the_regex(text: str, name: str) -> None:
    assert occurrences(text, name) == _regex(text, name)


def test_occurrences_fixtures() -> None:
    text = "Berger, Bergers Rede, der Berger-Plan, Bergerhof, Berger-1 und xBerger."
    assert [text[s:e] for s, e in occurrences(text, "Berger")] == ["Berger", "Bergers"]


def test_propagate_adds_repeats_and_genitives() -> None:
    text = "Anna Berger sprach. Bergers Plan gefiel. Berger-Kritiker schwiegen."
    found = propagate(text, [Mention(start=0, end=11, text="Anna Berger", type="PER")], "de")
    assert [(m.text, m.type) for m in found] == [("Anna Berger", "PER"), ("Bergers", "PER")]
