"""Invariants of date extraction (hypothesis): spans slice the text, values are ISO, resolution is consistent."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract import date_calendar as cal
from storyline.extract.dates import extract_dates
from storyline.lang import de

WORDS = [
    "am",
    "Montag",
    "im",
    "Juli",
    "2019",
    "15.",
    "August",
    "2022",
    "vor",
    "zwei",
    "Wochen",
    "gestern",
    "soll",
    "Anfang",
    "dieses",
    "Monats",
    "seit",
    "Februar",
    "Mitte",
    "2024",
    "Ende",
    "15.08.2022",
    "Sommer",
    "3.000",
    "Menschen",
    "um",
    "15.30",
    "Uhr",
    "vergangene",
    "Woche",
    "nächsten",
    "Jahr",
    "on",
    "Friday",
    "last",
    "week",
    ",",
    ".",
    "\n",
    "der",
    "1990er",
    "Jahre",
    "v.",
    "Chr.",
    "Quartal",
    "ersten",
]
ISO = re.compile(r"^-?\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.one_of(st.none(), DAYS), st.sampled_from(["de", "en"]))
def test_spans_slice_and_values_are_iso(words: list[str], published: dt.date | None, language: str) -> None:
    text = " ".join(words)
    found = extract_dates(text, published, language)
    previous_end = 0
    for m in found:
        assert text[m.start : m.end] == m.text and m.start >= previous_end
        previous_end = m.end
        assert m.value is None or ISO.match(m.value), m.value
        assert (m.value is None) == (m.unresolved_reason is not None)


@settings(max_examples=150, deadline=None)
@given(DAYS, DAYS)
def test_written_dates_resolve_to_themselves(day: dt.date, published: dt.date) -> None:
    month = next(name for name, number in de.DATE_MONTHS.items() if number == day.month and name != "jänner")
    text = f"Es geschah am {day.day}. {month.capitalize()} {day.year}."
    assert [m.value for m in extract_dates(text, published, "de")] == [day.isoformat()]


@given(DAYS, st.integers(0, 6))
def test_weekday_past_and_future_windows(anchor: dt.date, weekday: int) -> None:
    past = cal.weekday_near(anchor, weekday, "past")
    future = cal.weekday_near(anchor, weekday, "future")
    assert past.weekday() == weekday == future.weekday()
    assert 0 <= (anchor - past).days <= 6 and 0 <= (future - anchor).days <= 6


# Arbitrary text, and digit-heavy text that exercises the number and date patterns.
ANY_TEXT = st.one_of(st.text(max_size=200), st.text(alphabet="0123456789 .,-:/%€$–\nMärzJahrvoamiMo", max_size=120))


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT, st.one_of(st.none(), DAYS), st.sampled_from(["de", "en", None, "fr"]))
def test_never_raises_on_arbitrary_text(text: str, published: dt.date | None, language: str | None) -> None:
    for m in extract_dates(text, published, language):
        assert text[m.start : m.end] == m.text
