"""Date expressions in article text, resolved to ISO values with news conventions (issue 7, part 4).

Our own resolver rather than dateparser/ctparse: those read a bare weekday ("am Montag") as the
next one, while news reports mostly tell of the past, and they know no tense; no library is used.
Rules find candidate spans (``date_patterns``), the longest non-overlapping ones win, and each is
resolved in text order (``date_resolve``) so that anaphoric expressions ("am folgenden Tag") can
use the last date named. Conventions (as the sample gold, samples/FORMAT.md): a span takes in the
preposition before it ("am Montag", "seit 2021"); values are a day, month or year, or an interval at
the precision that states it ("2023-06/2023-08" for summer 2023, "2024-03-01/2024-03-10" for
"Anfang März 2024"); a bare weekday is the last one on or before publication, the next one on or
after it in future tense, the publication day itself when the weekdays agree (see
``date_resolve.resolve_weekday``). Clock times are not dates.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from dataclasses import dataclass, field
from functools import cache

from storyline.extract.date_calendar import Period
from storyline.extract.date_lexicon import date_lexicon
from storyline.extract.date_patterns import prefix_words, rules, triggers
from storyline.extract.date_resolve import RESOLVERS, Context, Resolved
from storyline.extract.date_tense import sentence_ends
from storyline.model import Article, DateMention

# Resolutions at these granularities become the reference for later anaphoric expressions;
# decades and centuries are too coarse to anchor "am folgenden Tag".
_REFERENCE_GRANULARITIES = frozenset({"day", "week", "month", "quarter", "season", "year"})


@cache
def _figure_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a four-digit number a figure, not a year: (before it, after it).

    Before: one-word qualifiers and labels ("rund 2000", "Nr. 1860"); after: units and scales
    ("2000 Euro", "1600 km").
    """
    m = importlib.import_module(f"storyline.lang.{code}")
    before = {w for w in m.FIGURE_LABEL_WORDS if len(w) > 1}
    before.update(q for q in m.FIGURE_QUALIFIERS if " " not in q)
    after = {w for table in (m.FIGURE_UNITS, m.FIGURE_SCALES) for w in table if w.isalpha() and len(w) > 1}
    return frozenset(before), frozenset(after)


@cache
def _prep_pattern(code: str) -> re.Pattern[str]:
    """A preposition (chain) right before a date: the span takes it in ("bis zum 30. April")."""
    preps = sorted(date_lexicon(code).span_preps, key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in preps) or "(?!)"
    return re.compile(rf"(?:^|(?<=[\s(„\"]))(?:{alternation})\s+$", re.IGNORECASE)


@cache
def _opening_preps(code: str) -> frozenset[str]:
    """First words of matches that already open with a preposition ("over the weekend", "bis zum")."""
    lex = date_lexicon(code)
    words = set(lex.span_preps) | lex.weekend_preps | lex.within_preps | lex.span_openers
    words |= lex.future_preps | lex.past_preps
    return frozenset(w.split()[0] for w in words)


def _with_preposition(text: str, start: int, code: str) -> int:
    """Start of a date's span moved back over a preposition before it (none when it has one)."""
    first = text[start : start + 16].split(maxsplit=1)
    if first and first[0].lower() in _opening_preps(code):
        return start
    window = text[max(0, start - 12) : start]
    found = _prep_pattern(code).search(window)
    return start - len(window) + found.start() if found else start


@cache
def _night_pattern(code: str) -> re.Pattern[str] | None:
    night = date_lexicon(code).night_before
    return re.compile(night, re.IGNORECASE) if night else None


def _night_before(text: str, start: int, code: str) -> int | None:
    """Start of "in der Nacht zu" right before a day's match, else None."""
    pattern = _night_pattern(code)
    found = pattern.search(text, max(0, start - 40), start) if pattern is not None else None
    return found.start() if found else None


def _moves_reference(resolved: Resolved, ctx: Context, first_word: str) -> bool:
    """Whether a resolved mention becomes the reference for later anaphoric ones.

    A date after a span-start preposition ("seit 1939", "ab 1941": ``first_word`` of the span) names
    where a span begins, not where the story is, so it does not.

    A relative mention that looks back ("Ende des vorangegangenen Jahres") is an aside: the story
    goes on in the year it was in (WikiWarsDE dev documents), so it does not move the reference back.
    (Keeping bare in-sentence years from moving it back too cost a point of dev value accuracy.)
    """
    period = resolved.period
    if period is None or period.granularity not in _REFERENCE_GRANULARITIES or first_word in ctx.lex.span_start_preps:
        return False
    ref = ctx.reference
    return not (resolved.relative and ref is not None and period.start.year < ref.start.year)


_TOKEN = re.compile(r"\w+")
_ANAPHORIC_KINDS = frozenset({"unit_shift", "count_shift", "month"})


def _trigger_keys(word: str, dot: bool) -> tuple[str, ...]:
    """Keys to look a digit token up by, from its shape and whether a dot follows it."""
    if not word.isdigit():  # "1990er", "5th"
        return ("digit", "alnum", "short") if not word[2:3].isdigit() else ("digit", "alnum")
    if len(word) == 4:
        return ("digit", "year")
    if len(word) <= 2:
        return ("digit", "short", "shortdot") if dot else ("digit", "short")
    return ("digit",)


def _candidates(text: str, language: str | None) -> list[re.Match[str]]:
    """Rule matches, longest first, each rule tried only at the words just before its trigger words.

    Scanning every rule over the whole text costs ~30 ms per 600-word article; anchored matches at
    a few word starts near trigger words cost a small fraction of that.
    """
    table = triggers(language)
    all_rules = rules(language)
    openers = prefix_words(language)
    tokens = list(_TOKEN.finditer(text))
    starts = [t.start() for t in tokens]
    lows = [t.group().lower() for t in tokens]
    # Only words that can open a date expression ("Anfang", "im", "vergangenen", a number) are
    # tried as match starts before a trigger word.
    opens = [w[0].isdigit() or w in openers for w in lows]
    tried: set[tuple[int, int]] = set()
    found = []
    for i, word in enumerate(lows):
        if word[0].isdigit():
            end = tokens[i].end()
            keys = _trigger_keys(word, text[end : end + 1] == ".")
        elif word in table:
            keys = (word,)
        else:
            continue
        for key in keys:
            for index in table.get(key, ()):
                rule = all_rules[index]
                for j in range(max(0, i - rule.back), i + 1):
                    pos = starts[j]
                    if (j < i and not opens[j]) or (pos, index) in tried:
                        continue
                    tried.add((pos, index))
                    m = rule.pattern.match(text, pos)
                    if m is not None and m.end() > pos:
                        found.append((index, m))
    return [m for _, m in sorted(found, key=lambda c: (c[1].start() - c[1].end(), c[0], c[1].start()))]


def _resolve(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Resolve a rule match with the resolver of its kind."""
    return RESOLVERS[_kinds(ctx.lex.code)[m.re]](m, ctx)


@cache
def _kinds(code: str) -> dict[re.Pattern[str], str]:
    """Pattern → kind of the rules of a language."""
    return {rule.pattern: rule.kind for rule in rules(code)}


def _select(text: str, ctx: Context) -> list[tuple[re.Match[str], Resolved]]:
    """Longest valid candidates first, then earlier rules; overlapping ones are dropped."""
    taken: list[tuple[re.Match[str], Resolved]] = []
    occupied = bytearray(len(text) + 1)
    for m in _candidates(text, ctx.lex.code):
        start, end = m.span()
        if any(occupied[start:end]):
            continue
        resolved = _resolve(m, ctx)
        if resolved is None:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append((m, resolved))
    return sorted(taken, key=lambda t: t[0].start())


def _first_absolute(selected: list[tuple[re.Match[str], Resolved]]) -> Period | None:
    """The first explicitly dated period: a narrative's dates before it belong to its time, not to today."""
    for _, resolved in selected:
        period = resolved.period
        if not resolved.relative and period is not None and period.granularity not in ("decade", "century"):
            return period
    return None


def extract_dates(
    text: str, published: dt.datetime | dt.date | None, language: str | None, *, narrative: bool = False
) -> list[DateMention]:
    """Date mentions in ``text`` resolved against ``published`` (pure; relative ones unresolved without it).

    ``narrative=True`` anchors deictic expressions on the last date named in the text instead of the
    publication date, for history texts such as WikiWarsDE; news articles use the default.
    """
    lex = date_lexicon(language)
    day = published.date() if isinstance(published, dt.datetime) else published
    before, after = _figure_words(lex.code)
    ends = sentence_ends(text)
    ctx = Context(text, lex, day, narrative, figure_words_before=before, figure_words_after=after, sentence_ends=ends)
    # Selection resolves without a running reference; absolute dates do not need one, so their
    # resolution is kept, and relative ones are resolved again in text order below.
    probe = Context(text, lex, day, narrative, figure_words_before=before, figure_words_after=after, sentence_ends=ends)
    selected = _select(text, probe)
    if narrative:
        ctx.reference = _first_absolute(selected)
    mentions = []
    for m, first in selected:
        # Only anaphoric kinds (and everything in narrative mode) read the running reference.
        again = first.relative and (narrative or _kinds(lex.code)[m.re] in _ANAPHORIC_KINDS)
        resolved = _resolve(m, ctx) if again else first
        if resolved is None:
            continue
        start, end = _with_preposition(text, m.start(), lex.code), m.end()
        night = _night_before(text, m.start(), lex.code)
        if night is not None and resolved.period is not None and resolved.period.granularity == "day" and \
                resolved.period.start == resolved.period.end:
            day_of = resolved.period.start
            period = Period(day_of - dt.timedelta(days=1), day_of, "day")
            resolved = Resolved(period, period.value(), resolved.relative, resolved.anchor, resolved.reason, "day")
            start = night
        if _moves_reference(resolved, ctx, text[start:end].split(maxsplit=1)[0].lower()):
            ctx.reference = resolved.period
        mentions.append(
            DateMention.model_construct(
                start=start, end=end, text=text[start:end], value=resolved.value,
                granularity=resolved.granularity, relative=resolved.relative, anchor=resolved.anchor,
                unresolved_reason=resolved.reason,
            )
        )
    return mentions


@dataclass(frozen=True)
class DateStage:
    """Per-article stage: fill ``dates`` from the clean text, the publication date and the language."""

    name: str = "dates"
    version: str = "9"  # 4: "vor zwei Wochen" is a day, "vor einem Jahr" a month; more past verbs;
    # 5: scheduled, hoped-for and deadline cues read as future ("angesetzt", "hofft", "until"); 6: not "by";
    # 7: a scheduling verb in the present points ahead ("empfängt am Samstag"), a clause-final "ab" is no cue;
    # 8: "könnte" points ahead, so do verbs of what stays or goes on ("bleiben am Montag geschlossen", "Weiter
    # geht es im Oktober", "jährt sich"), and a participle with "bleiben"/"remain" is a state, not a Perfekt;
    # 9: "in der Nacht zu Dienstag" is the night from Monday to Tuesday, and "frühestens" points ahead
    requires: frozenset[str] = field(default=frozenset({"text", "published", "language"}))
    provides: frozenset[str] = field(default=frozenset({"dates"}))

    def run(self, article: Article) -> Article:
        """Return the article with its date mentions (none when the text is missing)."""
        dates = extract_dates(article.text or "", article.published, article.language)
        return article.model_copy(update={"dates": dates})
