"""Resolve one matched date expression to a calendar period, against publication or the text's reference.

News convention (the default, ``narrative=False``): deictic words ("gestern", "vergangene Woche",
a bare weekday or month) count from the publication date; anaphoric ones ("am folgenden Tag",
"drei Monate später") from the last date named in the text. In narrative mode (history texts such
as WikiWarsDE) everything counts from the last date named, as HeidelTime does for narratives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from storyline.extract import date_calendar as cal
from storyline.extract.date_calendar import Part, Period, Tense
from storyline.extract.date_lexicon import DateLexicon
from storyline.extract.date_tense import sentence_ends, tense_at
from storyline.model import Granularity

NO_PUBLICATION = "relative expression and the article has no publication date"
NO_REFERENCE = "refers to an earlier date and none is named before it or as publication date"
_PREV_WORD = re.compile(r"([\w.]+)[\s(,]*$")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_NEXT_WORD = re.compile(r"^[ \t]*([\w-]+)")  # a heading's year ends at the line break
# Words before a weekday or "morgen" that make it a routine or the noun, not a date.
_NOT_BEFORE_WEEKDAY = frozenset({"jeden", "jedem", "every", "each"})
_NOT_BEFORE_MORGEN = frozenset({"am", "heute", "gestern", "jeden", "guten", "den", "dem", "des", "vom", "zum", "bis"})

# English words that may follow a year ("in 2019 the company"); a noun there makes it a count.
_EN_AFTER_YEAR = frozenset({
    "was", "were", "is", "saw", "had", "has", "will", "and", "to", "the", "a", "an", "it", "he", "she", "they",
    "we", "when", "after", "before", "in", "on", "at", "for", "by", "as", "but", "or", "alone", "its", "their",
})


@dataclass
class Context:
    """What resolution needs besides the match: text, words, anchors, and the running reference."""

    text: str
    lex: DateLexicon
    published: dt.date | None
    narrative: bool = False
    reference: Period | None = None
    figure_words_before: frozenset[str] = field(default_factory=frozenset)
    figure_words_after: frozenset[str] = field(default_factory=frozenset)
    sentence_ends: list[int] | None = None  # filled on first use by the tense test


@dataclass(frozen=True)
class Resolved:
    """A resolved (or knowingly unresolved) expression."""

    period: Period | None
    value: str | None
    relative: bool
    anchor: dt.date | None = None
    reason: str | None = None
    granularity: Granularity | None = None


def _absolute(period: Period) -> Resolved:
    return Resolved(period, period.value(), relative=False, granularity=period.granularity)


def _relative(period: Period, anchor: dt.date) -> Resolved:
    return Resolved(period, period.value(), relative=True, anchor=anchor, granularity=period.granularity)


def _unresolved(reason: str) -> Resolved:
    return Resolved(None, None, relative=True, reason=reason)


def _deictic_anchor(ctx: Context) -> dt.date | None:
    """Anchor of deictic words: publication (news) or the running reference (narrative)."""
    if ctx.narrative and ctx.reference is not None:
        return ctx.reference.start
    return ctx.published


def _day_anchor(ctx: Context) -> dt.date | None:
    """Anchor of a weekday or weekend: publication (news), or the last date named if it is a day (narrative)."""
    if ctx.narrative:
        return ctx.reference.start if ctx.reference and ctx.reference.granularity == "day" else None
    return _deictic_anchor(ctx)


def _anaphoric_anchor(ctx: Context) -> dt.date | None:
    """Anchor of anaphoric words: the last date named in the text, else publication."""
    return ctx.reference.start if ctx.reference is not None else ctx.published


def _missing(ctx: Context) -> Resolved:
    return _unresolved(NO_PUBLICATION if not ctx.narrative else NO_REFERENCE)


def _prev_word(ctx: Context, start: int) -> str:
    m = _PREV_WORD.search(ctx.text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def _prev_word_past_hedges(ctx: Context, start: int) -> str:
    """The word before a match, looking past hedges ("bis mindestens Samstag" → "bis")."""
    for _ in range(3):
        m = _PREV_WORD.search(ctx.text, max(0, start - 40), start)
        if m is None or m.group(1).lower() not in ctx.lex.direction_hedges:
            return m.group(1).lower() if m else ""
        start = m.start()
    return ""


def _next_word(ctx: Context, end: int) -> str:
    m = _NEXT_WORD.match(ctx.text[end : end + 40])
    return m.group(1) if m else ""


def _tense(ctx: Context, m: re.Match[str]) -> Tense | None:
    """Tense at a match: a direction preposition in or before it wins ("bis Samstag"), else cue words."""
    first = m.group(0).split(maxsplit=1)[0].lower()
    for prep in (first, _prev_word_past_hedges(ctx, m.start())):
        if prep in ctx.lex.future_preps:
            return "future"
        if prep in ctx.lex.past_preps:
            return "past"
    if ctx.sentence_ends is None:
        ctx.sentence_ends = sentence_ends(ctx.text)
    return tense_at(ctx.text, m.start(), m.end(), ctx.lex, ctx.sentence_ends)


def _full_year(two_digits: str, ctx: Context) -> int:
    """A two-digit year in the century that puts it at most ten years after the anchor."""
    base = (_deictic_anchor(ctx) or dt.date(2000, 1, 1)).year
    full = base - base % 100 + int(two_digits)
    return full - 100 if full > base + 10 else full


def _part(ctx: Context, word: str | None) -> Part | None:
    if not word:
        return None
    part = ctx.lex.part_words.get(word.lower())
    return part if part in ("start", "mid", "end") else None  # type: ignore[return-value]


def resolve_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Day with month (and year, else from the anchor); None when it is no valid date."""
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else ctx.lex.month(g["mon"] or "")
    if not month or not 1 <= month <= 12 or not 1 <= int(g["d"]) <= 31:
        return None
    if g.get("mon") and not _month_word_ok(g["mon"], ctx, has_neighbour=True):
        return None
    day = int(g["d"])
    if g.get("y"):
        y = _full_year(g["y"], ctx) if len(g["y"]) == 2 else int(g["y"])
        d = cal.valid_day(y, month, day)
        return _absolute(cal.day(d)) if d else None
    anchor = _deictic_anchor(ctx)
    if anchor is None:
        return _missing(ctx) if cal.valid_day(2024, month, day) else None
    y = anchor.year if ctx.narrative else cal.year_for_day(anchor, month, day, _tense(ctx, m))
    d = cal.valid_day(y, month, day)
    return _relative(cal.day(d), anchor) if d else None


def _month_word_ok(word: str, ctx: Context, *, has_neighbour: bool) -> bool:
    """Ambiguous month names must be capitalised (English) and, alone, follow a cue word."""
    low = word.lower().rstrip(".")
    if low in ctx.lex.months_short and low not in ctx.lex.months and not has_neighbour:
        return False
    return low not in ctx.lex.ambiguous_months or word[:1].isupper()


def resolve_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A month with a year, a deictic year ("Juli dieses Jahres"), or none (from the anchor)."""
    g = m.groupdict()
    month = ctx.lex.month(g["mon"])
    cue = bool(g.get("part") or g.get("prep")) or _prev_word(ctx, m.start()) in ctx.lex.cue_words
    if month is None or not _month_word_ok(g["mon"], ctx, has_neighbour=bool(g.get("y"))):
        return None
    low = g["mon"].lower().rstrip(".")
    if low in ctx.lex.ambiguous_months and not (cue or g.get("y")):
        return None
    part = _part(ctx, g.get("part"))
    if g.get("y"):
        period = cal.month(int(g["y"]), month)
        return _absolute(cal.part_of(period, part) if part else period)
    anchor = _deictic_anchor(ctx)
    if anchor is None:
        return _missing(ctx)
    if g.get("yadj") or g.get("yword"):
        deictic = ctx.lex.deictic_shift(g["yadj"]) if g.get("yadj") else -1
        if deictic is None:  # "im März des folgenden Jahres" counts from the story's last date
            anchor = _anaphoric_anchor(ctx) or anchor
        shift = deictic if deictic is not None else ctx.lex.anaphoric_shift(g["yadj"])
        y = anchor.year + (shift or 0)
    elif g.get("madj") and ctx.lex.deictic_shift(g["madj"]):
        # "im vergangenen September": the last one before the anchor's month; "kommenden Mai" the next after.
        shift = ctx.lex.deictic_shift(g["madj"]) or 0
        y = anchor.year - (month >= anchor.month) if shift < 0 else anchor.year + (month <= anchor.month)
    elif ctx.narrative:
        y = anchor.year
    else:
        y = cal.year_for_month(anchor, month, _tense(ctx, m))
    period = cal.month(y, month)
    return _relative(cal.part_of(period, part) if part else period, anchor)


def resolve_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A four-digit year, when the context says it is one (not "2000 Menschen")."""
    g = m.groupdict()
    y = int(g["y"])
    # "im Jahr 2019", "Ende 2023" are years whatever follows; a bare number must pass the context test.
    if m.start("y") == m.start() and not _year_context_ok(m, ctx):
        return None
    period = cal.year(y)
    part = _part(ctx, g.get("part"))
    return _absolute(cal.part_of(period, part) if part else period)


def _year_context_ok(m: re.Match[str], ctx: Context) -> bool:
    """A bare four-digit number is a year unless a counted noun, unit or label sits next to it."""
    prev = _prev_word(ctx, m.start())
    nxt = _next_word(ctx, m.end())
    if prev in ctx.figure_words_before or nxt.lower() in ctx.figure_words_after:
        return False
    if ctx.text[max(0, m.start() - 1) : m.start()] == "(" or not nxt:
        return True
    if ctx.text[m.end() : m.end() + 1] in (",", ".", ";", ")", ":", "/", "–", "-"):
        return True
    if ctx.lex.code == "de":
        # German nouns are capitalised: "2000 Menschen" counts, "2019 wurde" dates.
        return not nxt[:1].isupper() or nxt.lower() in ctx.lex.months
    return prev in ctx.lex.cue_words and nxt.lower() in _EN_AFTER_YEAR


def resolve_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A weekday: last such day on/before the anchor in past tense, next on/after in future tense.

    A weekday equal to the publication weekday means the publication day itself in both tenses:
    agency copy names the weekday even for "today" because papers print it the next day.
    "vergangenen Montag" / "nächsten Montag" exclude the publication day.
    """
    g = m.groupdict()
    if _prev_word(ctx, m.start()) in _NOT_BEFORE_WEEKDAY:
        return None
    anchor = _day_anchor(ctx)
    if anchor is None:
        return _missing(ctx)
    weekday = ctx.lex.weekdays[g["wd"].lower()]
    shift = ctx.lex.deictic_shift(g["prep"]) if g.get("prep") else None
    if shift:
        return _relative(cal.day(cal.weekday_near(anchor, weekday, "past" if shift < 0 else "future", True)), anchor)
    tense = _tense(ctx, m) or "past"
    return _relative(cal.day(cal.weekday_near(anchor, weekday, tense)), anchor)


def resolve_dayword(m: re.Match[str], ctx: Context) -> Resolved | None:
    """gestern/heute/morgen/yesterday/…: days from the anchor; "Morgen" (noun) is no date."""
    word = m.group("w")
    before = _WORD_BEFORE.search(ctx.text[max(0, m.start() - 20) : m.start()])
    if word.lower() == "morgen" and (word != "morgen" or (before and before.group(1).lower() in _NOT_BEFORE_MORGEN)):
        return None
    anchor = _deictic_anchor(ctx)
    if anchor is None:
        return _missing(ctx)
    return _relative(cal.day(anchor + dt.timedelta(days=ctx.lex.day_words[word.lower()])), anchor)


def resolve_unit_shift(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"vergangene Woche", "Anfang dieses Monats", "am folgenden Tag", "next year"."""
    g = m.groupdict()
    unit_word = g["unit"].lower()
    if unit_word in ctx.lex.plural_units:
        return None  # "in den letzten Jahren" is a span of time, not a date
    unit = ctx.lex.units[unit_word]
    deictic = ctx.lex.deictic_shift(g["adj"])
    anaphoric = ctx.lex.anaphoric_shift(g["adj"])
    shift = deictic if deictic is not None else anaphoric
    if shift is None:
        return None
    # "am nächsten Tag" tells of the day after the story's last date, not of tomorrow.
    use_reference = (anaphoric is not None and deictic is None) or unit == "day"
    anchor = _anaphoric_anchor(ctx) if use_reference else _deictic_anchor(ctx)
    if anchor is None:
        return _missing(ctx)
    period = cal.unit_period(anchor, unit, shift)
    part = _part(ctx, g.get("part"))
    return _relative(cal.part_of(period, part) if part else period, anchor)


def resolve_shifted_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"im Vorjahr", "Vormonat": one unit before the anchor."""
    unit, shift = ctx.lex.shifted_unit_words[m.group("w").lower()]
    anchor = _deictic_anchor(ctx)
    if anchor is None:
        return _missing(ctx)
    return _relative(cal.unit_period(anchor, unit, shift), anchor)


def resolve_count_shift(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"vor zwei Wochen", "in drei Tagen", "two weeks ago", "drei Monate später"."""
    g = m.groupdict()
    counted = _whole_count(ctx.lex.count(g["n"]), ctx.lex.units[g["unit"].lower()])
    direction = g["dir"].lower()
    if counted is None:
        return None
    n, unit = counted
    lex = ctx.lex
    if direction in lex.ago_words or direction in lex.ahead_words:
        sign, anchor = (-1 if direction in lex.ago_words else 1), _deictic_anchor(ctx)
    else:
        later = direction in lex.later_words or direction in lex.after_preps
        sign, anchor = (1 if later else -1), _anaphoric_anchor(ctx)
    if anchor is None:
        return _missing(ctx)
    anaphoric = direction not in lex.ago_words and direction not in lex.ahead_words
    if anaphoric and ctx.reference is not None:
        # "zwei Wochen später" after a day names a day; after a month, a month (TIMEX2 convention).
        return _relative(cal.shift_reference(ctx.reference, unit, sign * n), anchor)
    # News convention (all four writers of the sample corpus resolve it so): "vor zwei Wochen" names
    # the day two weeks back, not that calendar week; "vor einem Jahr" the month a year back ("this time
    # last year"); "vor drei Jahren" stays that year.
    if unit == "week" and not anaphoric:
        return _relative(cal.unit_period(anchor, "day", sign * 7 * n), anchor)
    if unit == "year" and n == 1 and not anaphoric:
        return _relative(cal.unit_period(anchor, "month", sign * 12), anchor)
    return _relative(cal.unit_period(anchor, unit, sign * n), anchor)


def _whole_count(n: float | None, unit: str) -> tuple[int, str] | None:
    """A count of whole units: half years become months, half weeks days ("in einem halben Jahr" = 6 months).

    None for counts too large to be a date, weekends, and fractions of other units.
    """
    if n is None or n > 500 or unit == "weekend":
        return None
    if n == int(n):
        return int(n), unit
    if unit in ("year", "week"):
        factor = 12 if unit == "year" else 7
        return round(n * factor), ("month" if unit == "year" else "day")
    return None


def resolve_count_span(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"binnen drei Monaten" (today to then), "in den kommenden zwei Wochen" (tomorrow to then), and back.

    Day-precise intervals from the anchor: "innerhalb von drei Monaten" on 21 Nov 2023 is
    2023-11-21/2024-02-21, "in den vergangenen zwei Wochen" the fourteen days before publication.
    """
    g = m.groupdict()
    if g.get("adj"):
        shift = ctx.lex.deictic_shift(g["adj"])
        if not shift:
            return None
    else:
        shift = 1
    counted = _whole_count(ctx.lex.count(g["n"]), ctx.lex.units[g["unit"].lower()])
    anchor = _deictic_anchor(ctx)
    if counted is None:
        return None
    if anchor is None:
        return _missing(ctx)
    n, unit = counted
    far = cal.shift_day(anchor, unit, n * shift)
    near = anchor if not g.get("adj") else anchor + dt.timedelta(days=shift)
    start, end = (near, far) if shift > 0 else (far, near)
    granularity: Granularity = "day" if unit == "day" else unit  # type: ignore[assignment]
    return _relative(Period(start, end, granularity), anchor)


def resolve_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"am Wochenende", "bis zum Wochenende", "over the weekend": the weekend the tense points to.

    Past: the last Saturday-Sunday on or before the anchor (this one when published at the
    weekend); future: the coming one (this one when published at the weekend).
    """
    anchor = _day_anchor(ctx)
    if anchor is None:
        return _missing(ctx)
    tense = _tense(ctx, m) or "past"
    if tense == "past" and anchor.weekday() < 5:
        return _relative(cal.weekend_of(anchor - dt.timedelta(days=7)), anchor)
    return _relative(cal.weekend_of(anchor), anchor)


def resolve_year_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"zwischen 2020 und 2022", "between 2020 and 2022": one interval of whole years."""
    first, last = int(m.group("y")), int(m.group("y2"))
    if not first < last <= first + 200:
        return None
    return _absolute(Period(dt.date(first, 1, 1), dt.date(last, 12, 31), "year"))


def resolve_unit_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Ende des Jahres", "Anfang der Woche", "Jahresende": part of the current unit."""
    g = m.groupdict()
    if g.get("w"):
        unit, part_word = ctx.lex.part_compounds[g["w"].lower()]
        part: Part | None = part_word if part_word in ("start", "mid", "end") else None  # type: ignore[assignment]
    else:
        if g["unit"].lower() in ctx.lex.plural_units:
            return None
        unit, part = ctx.lex.units[g["unit"].lower()], _part(ctx, g["part"])
    if g.get("y"):
        period = cal.unit_period(dt.date(int(g["y"]), 1, 1), unit, 0)
        return _absolute(cal.part_of(period, part) if part else period)
    anchor = _deictic_anchor(ctx)
    if anchor is None:
        return _missing(ctx)
    period = cal.unit_period(anchor, unit, 0)
    if unit == "year" and part in ("start", "end"):
        # "Ende des Jahres", "Jahresende" name its last month (sample gold); "Ende 2024" the last quarter.
        first = 1 if part == "start" else 12
        return _relative(cal.Period(dt.date(anchor.year, first, 1), cal.month_end(anchor.year, first), "year"), anchor)
    return _relative(cal.part_of(period, part) if part else period, anchor)


def resolve_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A season with a year, with "vergangenen"/"nächsten", or alone (by tense)."""
    g = m.groupdict()
    months = ctx.lex.seasons[g["season"].lower()]
    if g.get("y"):
        return _absolute(cal.season(int(g["y"]), months))
    opener = m.group(0).lower().startswith(("in", "this", "last", "next", "since", "over", "during"))
    if ctx.lex.code == "en" and not (g.get("adj") or opener):
        return None  # "fall" and "spring" are verbs and nouns too
    anchor = _deictic_anchor(ctx)
    if anchor is None:
        return _missing(ctx)
    if g.get("yadj"):
        year_shift = ctx.lex.deictic_shift(g["yadj"])
        return None if year_shift is None else _relative(cal.season(anchor.year + year_shift, months), anchor)
    shift = ctx.lex.deictic_shift(g["adj"]) if g.get("adj") else None
    options = [cal.season(y, months) for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)]
    if ctx.narrative:
        return _relative(cal.season(anchor.year, months), anchor)
    if shift == 0:
        chosen = next((p for p in options if p.start <= anchor <= p.end), options[2])
    elif shift == -1 or (shift is None and (_tense(ctx, m) or "past") == "past"):
        pick = [p for p in options if (p.end < anchor if shift == -1 else p.start <= anchor)]
        chosen = pick[-1]
    else:
        pick = [p for p in options if (p.start > anchor if shift == 1 else p.end >= anchor)]
        chosen = pick[0] if pick else options[-1]
    return _relative(chosen, anchor)


def resolve_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"im ersten Quartal 2024", "Q1 2024", "im zweiten Halbjahr" (year from the anchor when missing)."""
    g = m.groupdict()
    is_half = bool(g.get("q")) and g["q"].lower() in ctx.lex.half_words
    number = int(g["qn"]) if g.get("qn") else ctx.lex.ordinals[g["ord"].lower()]
    number = min(number, 2) if is_half else number
    make: Callable[[int, int], Period] = cal.half if is_half else cal.quarter
    if g.get("y"):
        return _absolute(make(int(g["y"]), number))
    anchor = _deictic_anchor(ctx)
    if anchor is None:
        return _missing(ctx)
    return _relative(make(anchor.year, number), anchor)


def resolve_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"des 20. Jahrhunderts" → 1900-1999."""
    c = int(m.group("c"))
    return _absolute(cal.century(c)) if 1 <= c <= 21 else None


def resolve_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"die 1990er Jahre", "the '90s" (two digits → 1900s)."""
    text = m.group("dec")
    first = int(text) + (1900 if len(text) == 2 else 0)
    return _absolute(cal.decade(first)) if first % 10 == 0 and 1000 <= first <= 2090 else None


def resolve_bc(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"490 v. Chr." → ISO 8601 expanded year "-0489" (astronomical numbering; no calendar period)."""
    y = int(m.group("y"))
    if y == 0:
        return None
    return Resolved(None, f"-{y - 1:04d}", relative=False, granularity="year")


RESOLVERS: dict[str, Callable[[re.Match[str], Context], Resolved | None]] = {
    "date": resolve_date,
    "month": resolve_month,
    "year": resolve_year,
    "weekday": resolve_weekday,
    "dayword": resolve_dayword,
    "unit_shift": resolve_unit_shift,
    "shifted_word": resolve_shifted_word,
    "count_shift": resolve_count_shift,
    "unit_part": resolve_unit_part,
    "season": resolve_season,
    "quarter": resolve_quarter,
    "century": resolve_century,
    "decade": resolve_decade,
    "bc": resolve_bc,
    "count_span": resolve_count_span,
    "weekend": resolve_weekend,
    "year_range": resolve_year_range,
}
