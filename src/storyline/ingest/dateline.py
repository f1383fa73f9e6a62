"""A publication date stated at the top of an article: "Berlin, 12. März 2024 (dpa) –", "Published: 2024-03-12".

Only the first few non-empty lines are searched, and only a date at the start of a line, after a place
("Berlin, ") or after a cue ("Veröffentlicht am", "Published:"), so a date inside a sentence is never
taken for the publication date. Nothing found means None: a date is never invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache

from storyline.lang import de, en

MAX_LINES = 3  # datelines sit in the first lines; deeper dates are event dates, not publication dates
_LANGS = {"de": (de,), "en": (en,)}


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so 'März' wins over 'Mär'."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w) for w in items)


@lru_cache(maxsize=8)
def _patterns(language: str | None) -> tuple[re.Pattern[str], dict[str, int]]:
    """The dateline regex and month table for a language (both languages when unknown)."""
    modules = _LANGS.get(language or "", (de, en))
    months: dict[str, int] = {}
    weekdays: list[str] = []
    cues: list[str] = []
    for module in modules:
        months.update(module.DATELINE_MONTHS)
        weekdays.extend(module.DATELINE_WEEKDAYS)
        cues.extend(module.DATELINE_CUES)
    month = rf"(?P<mname>{_alternation(months)})\.?"
    date = (
        rf"(?:(?P<d1>\d{{1,2}})\.\s?(?P<m1>\d{{1,2}})\.\s?(?P<y1>\d{{4}}|\d{{2}})(?!\d)"
        rf"|(?P<y2>\d{{4}})-(?P<m2>\d{{2}})-(?P<d2>\d{{2}})"
        rf"|(?P<d3>\d{{1,2}})\.?\s+{month}\s+(?P<y3>\d{{4}})"
        rf"|(?P<mname4>{_alternation(months)})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}}))"
    )
    time = r"(?:,?\s*(?:um\s+|at\s+|-\s*)?(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
    weekday = rf"(?:(?:{_alternation(weekdays)})\.?,?\s+)?"
    prefix = (
        rf"(?:(?:{_alternation(cues)})\s*:?\s*"  # Veröffentlicht am / Published:
        r"|[A-ZÄÖÜ][\w.'’/\-]*(?:\s+[\w.'’/\-]+){0,3}\s*(?:\([^)]{1,30}\))?\s*,\s*(?:den\s+)?"  # Berlin,
        r")?"
    )
    pattern = re.compile(rf"^\s*{prefix}{weekday}(?P<date>{date}){time}(?!\d)", re.IGNORECASE)
    return pattern, months


def find_dateline_date(text: str, language: str | None) -> tuple[datetime, str] | None:
    """The date (and the matched text) stated at the start of an article, or None when there is none."""
    pattern, months = _patterns(language if language in _LANGS else None)
    lines = [line for line in text.split("\n") if line.strip()][:MAX_LINES]
    for line in lines:
        match = pattern.match(line[:200])
        if match is None:
            continue
        value = _to_datetime(match, months)
        if value is not None:
            return value, match.group(0).strip()
    return None


def _to_datetime(match: re.Match[str], months: dict[str, int]) -> datetime | None:
    """The matched parts as a naive datetime (no zone is stated in datelines), or None if invalid."""
    g = match.groupdict()
    if g["d1"]:
        day, month, year = int(g["d1"]), int(g["m1"]), int(g["y1"])
    elif g["y2"]:
        day, month, year = int(g["d2"]), int(g["m2"]), int(g["y2"])
    elif g["d3"]:
        day, month, year = int(g["d3"]), months[g["mname"].lower()], int(g["y3"])
    else:
        day, month, year = int(g["d4"]), months[g["mname4"].lower()], int(g["y4"])
    if year < 100:
        year += 2000  # "12.03.24": two-digit years in news datelines are this century
    hour = int(g["hh"]) if g["hh"] else 0
    minute = int(g["mm"]) if g["mm"] else 0
    ampm = (g["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None
