"""Invariants of figure extraction (hypothesis): German formatting round-trips, spans slice the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.figure_numbers import format_german, parse_digits
from storyline.extract.figures import extract_figures

WORDS = [
    "mehr",
    "als",
    "3.000",
    "rund",
    "1,5",
    "Millionen",
    "Euro",
    "12",
    "%",
    "Prozent",
    "zwei",
    "Drittel",
    "Menschen",
    "um",
    "15.30",
    "Uhr",
    "Artikel",
    "5",
    "2019",
    "am",
    "Montag",
    "more",
    "than",
    "2.5",
    "million",
    "people",
    ".",
    ",",
    "\n",
    "FC",
    "1860",
    "$3m",
    "€",
    "20",
]


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=2))
def test_german_format_round_trips(whole: int, decimals: int) -> None:
    value = whole / 10**decimals
    assert parse_digits(format_german(value, decimals), "de") == round(value, decimals)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=2, max_value=10**9))
def test_german_figure_in_sentence(number: int) -> None:
    text = f"Es kamen {format_german(number)} Menschen."
    found = extract_figures(text, "de")
    assert [(f.value, f.unit_or_counted) for f in found] == [(number, "Menschen")]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from(["de", "en"]))
def test_spans_slice_and_do_not_overlap(words: list[str], language: str) -> None:
    text = " ".join(words)
    previous_end = 0
    for f in extract_figures(text, language):
        assert text[f.start : f.end] == f.text and f.start >= previous_end
        previous_end = f.end


# Arbitrary text, and digit-heavy text that exercises the number and date patterns.
ANY_TEXT = st.one_of(st.text(max_size=200), st.text(alphabet="0123456789 .,-:/%€$–\nMärzJahrvoamiMo", max_size=120))


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT, st.sampled_from(["de", "en", None]))
def test_never_raises_on_arbitrary_text(text: str, language: str | None) -> None:
    for f in extract_figures(text, language):
        assert text[f.start : f.end] == f.text
