"""Sentence and word helpers for quote extraction: sentence bounds that never cut through a quote."""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.extract.quote_marks import MarkedSpan

# A sentence ends at . ! ? … (plus closing marks/brackets) before whitespace and an uppercase letter of any
# script ("Ćwikliński", "Øresund"), an opening mark or a digit; a line break always ends one (headlines,
# datelines, paragraphs).
_SENTENCE_END = re.compile(r"[.!?…][“”\"»«’')\]]*(?=\s+(\S))|\n")
_OPENERS = frozenset("\"„“»«‚‘'([")
# "15. August", "3. Liga": a one- or two-digit number before the period is an ordinal, not an end.
_ORDINAL = re.compile(r"(?:^|\s)\d{1,2}$")
WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?")


def sentence_bounds(text: str, quotes: Sequence[MarkedSpan], abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence; ends inside a direct quote are ignored so a quote is never split."""
    bounds: list[tuple[int, int]] = []
    start = 0
    qi = 0
    for m in _SENTENCE_END.finditer(text):
        nxt = m.group(1)
        if nxt is not None and not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            continue
        end = m.end()
        while qi < len(quotes) and quotes[qi].end <= m.start():
            qi += 1
        if qi < len(quotes) and quotes[qi].start < m.start() and m.end() < quotes[qi].end:
            continue
        if text[m.start()] == "." and _not_an_end(text[max(start, m.start() - 24) : m.start()], abbreviations):
            continue
        if text[start:end].strip():
            bounds.append((start, end))
        start = end
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


def _not_an_end(before: str, abbreviations: frozenset[str]) -> bool:
    """True when the period closes an abbreviation ("Dr.", "z.B.") or an ordinal ("15.")."""
    if _ORDINAL.search(before):
        return True
    last = before.rsplit(None, 1)[-1] if before.split() else ""
    return last.lower().lstrip("(„\"»") in abbreviations or (len(last) == 1 and last.isupper())

