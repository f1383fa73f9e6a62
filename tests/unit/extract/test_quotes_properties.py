"""Invariants of quote extraction (hypothesis): never raises, spans slice the text, quotes are ordered."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.quote_marks import find_marked_spans
from storyline.extract.quotes import extract_quotes

PIECES = ["„", "“", "”", '"', "»", "«", "‚", "‘", "’", "'", "sagte", "Müller", "er", "sie", ",", ".", ":", "\n",
          "\n\n", " ", "dass", "sei", "laut", "der", "Sprecher", "said", "Smith", "it's", "Wir", "gehen"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from(["de", "en", None]))
def test_spans_slice_the_text(pieces: list[str], language: str | None) -> None:
    text = " ".join(pieces)
    quotes = extract_quotes(text, [], language)
    assert all(text[q.start : q.end] == q.text and q.start < q.end for q in quotes)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="„“”\"»«‚‘’' ab\n.", max_size=60))
def test_marked_spans_are_disjoint_and_bounded(text: str) -> None:
    spans = find_marked_spans(text)
    for span in spans:
        assert 0 <= span.start < span.inner_start <= span.inner_end < span.end <= len(text)
    assert all(a.end <= b.start for a, b in pairwise(spans))
