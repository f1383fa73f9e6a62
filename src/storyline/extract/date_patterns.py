"""Regular expressions for date expressions, built from a language's date words.

Each rule has a ``kind`` that says how its named groups are read (see ``date_spec.py``). The
sentence shapes differ by language ("15. August 2022" vs "August 15, 2022"), so each language has
its own rule list; the words in them come from the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from storyline.extract.date_lexicon import DateLexicon, date_lexicon


@dataclass(frozen=True)
class Rule:
    """A compiled pattern, the kind of expression it finds, and the trigger group its matches contain."""

    kind: str
    pattern: re.Pattern[str]
    trigger: str  # a key of the groups in :func:`triggers`
    back: int  # words before the trigger word where a match may start


# Words a match may start before its trigger word, by kind ("Anfang des vergangenen Jahres": 3).
_BACK: dict[str, int] = {
    "date": 3, "month": 2, "weekday": 1, "dayword": 0, "unit_shift": 4, "unit_part": 4, "count_shift": 3,
    "season": 3, "quarter": 3, "year": 4, "century": 1, "decade": 1, "bc": 0, "shifted_word": 1,
    "count_span": 5, "weekend": 2, "year_range": 3,
}


def _alt(words: object) -> str:
    """Regex alternation of words, longest first so "Jänner" beats "Jän"."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    if not items:
        return "(?!)"  # an empty word list matches nothing
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def _inflected(stems: object) -> str:
    """Adjective stems with an optional inflection ending ("vergangen" → "vergangenen")."""
    return rf"(?:{_alt(stems)})(?:em|en|er|es|e)?"


@dataclass(frozen=True)
class _Parts:
    """Regex fragments shared by the rules of one language."""

    month_full: str
    month_any: str
    weekday: str
    daypart: str
    part: str
    season: str
    deictic: str
    shift_adj: str
    unit: str
    count: str
    year_of: str
    article: str


def _parts(lex: DateLexicon) -> _Parts:
    """Build the shared fragments from the lexicon."""
    short = rf"(?:{_alt(lex.months_short)})\b\.?"
    return _Parts(
        month_full=rf"(?:{_alt(lex.months)})\b(?!-\w)",
        month_any=rf"(?:(?:{_alt(lex.months)})\b(?!-\w)|{short})",
        weekday=_alt(lex.weekdays),
        daypart=_alt(lex.dayparts),
        part=_alt(lex.part_words),
        season=_alt(lex.seasons),
        deictic=_inflected(lex.deictic),
        shift_adj=_inflected({**lex.deictic, **lex.anaphoric}),
        unit=_alt(lex.units),
        count=rf"\d{{1,3}}|{_alt({**lex.number_words, **lex.fraction_counts, **dict.fromkeys(lex.one_words, 1)})}",
        year_of=_alt(lex.year_of),
        article=_alt(lex.articles),
    )


def _common_rules(p: _Parts, lex: DateLexicon) -> list[tuple[str, str, str]]:
    """Rules whose shape is the same in German and English."""
    art = rf"(?:(?:{p.article})\s+)?"
    # German keeps "im" in a season's span ("im Sommer 2023"); English starts at "the".
    season_prefix = rf"(?:\b(?:im|in)\s+{art})?" if lex.code == "de" else r"(?:\b(?:since|over|during)\s+)?(?:\bthe\s+)?"
    # "im Herbst vergangenen Jahres", "im Sommer des kommenden Jahres".
    season_year = rf"\s+(?:des\s+)?(?P<yadj>{p.deictic})\s+(?:jahres|jahrs)\b" if lex.code == "de" else "(?!)"
    return [
        ("date", "year", r"(?<![\w.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])"),
        ("bc", "digit", rf"\b(?P<y>\d{{1,4}})\s*(?:{_alt(lex.bc_markers)})(?!\w)"),
        ("weekday", "weekday", rf"(?:\b(?P<prep>{_alt(lex.weekday_preps)}|{p.deictic})\s+)?\b(?P<wd>{p.weekday})"
                    rf"(?P<dp1>{p.daypart})?\b(?:\s+(?P<dp2>{p.daypart})\b)?"),
        ("dayword", "dayword", rf"\b(?P<w>{_alt(lex.day_words)})\b(?:\s+(?P<dp>{p.daypart})\b)?"),
        ("unit_shift", "unit", rf"(?:\b(?P<part>{p.part})[\s-]+(?:of\s+)?{art})?"
                       rf"(?:\b(?:im|in|am|an|seit|bis|ab|earlier|later)\s+{art})?{art}\b(?P<adj>{p.shift_adj})\s+(?P<unit>{p.unit})\b"),
        ("unit_part", "unit", rf"(?:\bthe\s+)?\b(?P<part>{p.part})[\s-]+(?:of\s+)?(?:{p.article})\s+(?P<unit>{p.unit})\b(?!\s*\d)"),
        ("unit_part", "compound", rf"\b(?P<w>{_alt(lex.part_compounds)})\b(?:\s+(?P<y>\d{{4}})(?!\d))?"),
        ("count_shift", "unit", rf"\b(?P<dir>{_alt(lex.ago_words | lex.ahead_words)})\s+(?:(?:{_alt(lex.count_hedges)})\s+)?"
                                rf"(?P<n>{p.count})\s+"
                        rf"(?P<unit>{p.unit})\b"),
        ("count_shift", "unit", rf"\b(?P<dir>{_alt(lex.after_preps)})\s+(?P<n>{p.count})\s+(?P<unit>{p.unit})\b"),
        # "binnen drei Monaten", "within three months"; "in den kommenden zwei Wochen", "over the past two weeks".
        ("count_span", "unit", rf"\b(?P<within>{_alt(lex.within_preps)})\s+(?P<n>{p.count})\s+(?P<unit>{p.unit})\b"),
        ("count_span", "unit", rf"\b(?:{_alt(lex.span_openers)})\s+(?:{_alt(lex.span_articles)})\s+(?P<adj>{p.deictic})\s+"
                               rf"(?P<n>{p.count})\s+(?P<unit>{p.unit})\b"),
        ("weekend", "weekendword", rf"\b(?P<prep>{_alt(lex.weekend_preps)})\s+(?P<w>{_alt(lex.weekend_words)})\b"),
        ("year_range", "year", rf"\b{lex.range_words[0]}\s+(?P<y>[12]\d{{3}})\s+{lex.range_words[1]}\s+"
                               r"(?P<y2>[12]\d{3})(?![\d%]|[.,]\d)"),
        ("count_shift", "unit", rf"\b(?P<n>{p.count})\s+(?P<unit>{p.unit})\s+"
                        rf"(?P<dir>{_alt(lex.ago_words | lex.later_words | lex.earlier_words)})\b"),
        ("season", "season", rf"{season_prefix}(?:\b(?P<adj>{p.deictic})\s+)?"
                   rf"\b(?P<season>{p.season})\b"
                   rf"(?:\s+(?:{p.year_of}|von(?=\s+\d{{4}}))\s*)?(?:\s*(?P<y>\d{{4}})(?!\d)|{season_year})?"),
        ("quarter", "quarterword", rf"\b{art}(?P<ord>{_alt(lex.ordinals)})\s+"
                    rf"(?P<q>{_alt(lex.quarter_words | lex.half_words)})\b"
                    rf"(?:\s+(?:{p.year_of})\s*)?(?:\s*(?P<y>\d{{4}})(?!\d))?"),
        ("quarter", "qtoken", r"\bQ(?P<qn>[1-4])(?:\s*/\s*|\s+)(?P<y>\d{4})(?!\d)"),
        ("year", "year", rf"(?:(?:\bthe\s+)?\b(?P<part>{p.part})[\s-]+(?:of\s+)?{art})?(?:\b(?:{p.year_of})\s+)?"
                 r"(?<![\d.,'’])(?P<y>[12]\d{3})(?![\d%]|[.,]\d)"),
    ]


def _german_rules(p: _Parts, lex: DateLexicon) -> list[tuple[str, str, str]]:
    """Rules in German word order."""
    wd = rf"(?:\b(?P<wd>{p.weekday}),?\s+(?:(?:den|dem)\s+)?)?"
    return [
        ("date", "shortdot", rf"{wd}(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}})?(?!\d|\.\d)"),
        ("date", "shortdot", rf"{wd}(?<![\d.])(?P<d>\d{{1,2}})\.\s*(?P<mon>{p.month_any})(?:\s+(?P<y>\d{{4}})(?!\d))?"),
        # Without the dot, as machine-translated copies write it ("vor 28 Februar", "am 11 March 2023").
        ("date", "short", rf"{wd}(?<![\d.,])(?P<d>\d{{1,2}})\s+(?P<mon>{p.month_any})(?:\s+(?P<y>\d{{4}})(?!\d))?"),
        ("date", "shortdot", rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?=\s*(?:bis(?:\s+zum)?|und|–|-|/)\s*\d{{1,2}}\.\s*"
                 rf"(?P<mon>{p.month_any})(?:\s+(?P<y>\d{{4}})(?!\d))?)"),
        ("month", "month", rf"(?:\b(?P<prep>im|seit|ab|bis|vom|von)\s+)?\b(?P<mon>{p.month_full})"
                  rf"(?=\s*(?:/|bis|und|–|-)\s*{p.month_full}\s+(?P<y>\d{{4}})(?!\d))"),
        ("month", "month", rf"(?:\b(?P<part>{p.part})\s+)?(?:\b(?P<prep>im|seit|ab|bis|vom|zum|von)\s+)?"
                  rf"(?:\b(?P<madj>{p.deictic})\s+)?\b(?P<mon>{p.month_any})"
                  rf"(?:\s+(?:(?:des\s+)?(?P<yadj>{p.shift_adj})\s+(?:jahres|jahrs)\b|(?:des\s+)?(?P<yword>vorjahres)\b|"
                  rf"(?P<y>\d{{4}})(?!\d)))?"),
        ("century", "shortdot", rf"\b(?P<c>\d{{1,2}})\.\s*(?:{_alt(lex.century_words)})(?!\w)"),
        ("decade", "alnum", r"\b(?P<dec>\d{2}|1\d{3}|20\d{2})er(?:[\s-]*jahren?\b)?"),
        ("quarter", "shortdot", rf"\b(?P<qn>[1-4])\.\s*(?P<q>{_alt(lex.quarter_words | lex.half_words)})\b"
                    rf"(?:\s+(?:{p.year_of})\s*)?(?:\s*(?P<y>\d{{4}})(?!\d))?"),
        ("shifted_word", "shifted", rf"(?:\b(?:im|seit|vom|des)\s+)?\b(?P<w>{_alt(lex.shifted_unit_words)})\b"),
    ]


def _english_rules(p: _Parts, lex: DateLexicon) -> list[tuple[str, str, str]]:
    """Rules in English word order."""
    wd = rf"(?:\b(?P<wd>{p.weekday}),?\s+)?"
    return [
        ("date", "month", rf"{wd}\b(?P<mon>{p.month_any})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
                 r"(?:,?\s+(?P<y>\d{4})(?!\d))?(?![:.]\d)"),
        ("date", "short", rf"{wd}\b(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{p.month_any})"
                 r"(?:,?\s+(?P<y>\d{4})(?!\d))?"),
        ("month", "month", rf"(?:\b(?P<part>{p.part})[\s-]+(?:of\s+)?)?"
                  rf"(?:\b(?P<madj>{p.deictic})\s+)?\b(?P<mon>{p.month_any})(?:,?\s+(?:of\s+)?(?:(?P<yadj>{p.deictic})\s+year\b|(?P<y>\d{{4}})(?!\d)))?"),
        ("century", "digit", rf"\b(?:the\s+)?(?P<c>\d{{1,2}})(?:st|nd|rd|th)\s+(?:{_alt(lex.century_words)})\b"),
        ("decade", "alnum", r"\b(?:the\s+)?(?:'|’)?(?P<dec>\d{2}|1\d{3}|20\d{2})'?s\b"),
    ]


@cache
def rules(language: str | None) -> tuple[Rule, ...]:
    """Compiled rules for a language (German when unsupported); cached per language."""
    lex = date_lexicon(language)
    p = _parts(lex)
    specific = _german_rules(p, lex) if lex.code == "de" else _english_rules(p, lex)
    return tuple(
        Rule(kind, re.compile(rx, re.IGNORECASE), trigger, _BACK[kind])
        for kind, trigger, rx in specific + _common_rules(p, lex)
    )


@cache
def triggers(language: str | None) -> dict[str, frozenset[int]]:
    """Lower-case word → indices of the rules whose matches contain it.

    Digit tokens are looked up by shape: "year" (four digits), "short" (one or two), "shortdot" (one
    or two before a dot: "15." in German dates), "alnum" (digits with letters: "1990er"), "digit" (any).

    Running every rule over the whole text costs ~30 ms per 600-word article; running each only
    near its trigger words costs a tenth of that (see the speed figure in the module report).
    """
    lex = date_lexicon(language)
    groups: dict[str, set[str]] = {
        "month": set(lex.months) | set(lex.months_short),
        "weekday": set(lex.weekdays) | {w + d for w in lex.weekdays for d in lex.dayparts},
        "dayword": set(lex.day_words),
        "unit": set(lex.units),
        "compound": set(lex.part_compounds),
        "season": set(lex.seasons),
        "quarterword": set(lex.quarter_words | lex.half_words),
        "qtoken": {f"q{n}" for n in range(1, 5)},
        "shifted": set(lex.shifted_unit_words),
        "weekendword": set(lex.weekend_words),
        "digit": {"digit"},
        "year": {"year"},
        "short": {"short"},
        "shortdot": {"shortdot"},
        "alnum": {"alnum"},
    }
    table: dict[str, set[int]] = {}
    for index, rule in enumerate(rules(language)):
        for word in groups[rule.trigger]:
            table.setdefault(word, set()).add(index)
    return {word: frozenset(indices) for word, indices in table.items()}


@cache
def prefix_words(language: str | None) -> frozenset[str]:
    """Lower-case words that may open a date expression before its trigger word ("Anfang", "im", "the")."""
    lex = date_lexicon(language)
    words = set(lex.part_words) | lex.cue_words | lex.weekday_preps | lex.articles | set(lex.weekdays)
    words |= lex.ago_words | lex.ahead_words | lex.after_preps | set(lex.ordinals) | set(lex.number_words)
    words |= lex.one_words | set(lex.seasons) | {w.split()[0] for w in lex.year_of}
    words |= {"im", "in", "am", "an", "seit", "bis", "ab", "vom", "zum", "von", "des", "earlier", "later", "the", "of"}
    words |= {w.split()[0] for w in lex.within_preps | lex.span_openers | lex.weekend_preps} | {lex.range_words[0]}
    for stem in {**lex.deictic, **lex.anaphoric}:
        words |= {stem.split()[0] + ending for ending in ("", "e", "en", "er", "es", "em")}
    return frozenset(words)
