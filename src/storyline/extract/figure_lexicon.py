"""The figure words of one language and the patterns built from them."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from storyline.extract.date_lexicon import DEFAULT_LANGUAGE, SUPPORTED

# Where a number may start: not inside a word, a number or a code; a digit after "5-" ends a range
# ("5-6 Wochen"), one after a free-standing sign is negative ("-3,5 Prozent").
_NUMBER_START = r"(?:(?<![\w.,/:+\-])|(?<=\d-)|(?<=[\s(][-−]))"


def _alt(words: object) -> str:
    """Regex alternation, longest first; spaces in phrases match any whitespace."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    if not items:
        return "(?!)"  # matches nothing
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@dataclass(frozen=True)
class FigureLexicon:
    """Figure words of one language (the "extract: figures" sections of ``lang/de.py``, ``lang/en.py``)."""

    code: str
    number_words: dict[str, int]
    one_words: frozenset[str]
    one_units: frozenset[str]
    half_words: frozenset[str]
    counted_complements: dict[str, tuple[str, ...]]
    scales: dict[str, float]
    fractions: dict[str, float]
    qualifiers: dict[str, str]
    units: dict[str, str]
    not_after: frozenset[str]
    label_words: frozenset[str]
    not_counted: frozenset[str]
    counted_skip: frozenset[str]
    counted_capitalised: bool
    compound_units: dict[str, str]
    rate_words: frozenset[str]
    fraction_phrases: dict[str, float]
    counted_joiners: frozenset[str]
    dative_preps: frozenset[str]
    irregular_plurals: frozenset[str]
    preposition_qualifiers: frozenset[str]
    preposition_verbs: tuple[str, ...]
    speed_units: frozenset[str]
    measure_units: frozenset[str]
    word_compounds: bool
    plurals_in_n: frozenset[str]
    plural_n_endings: tuple[str, ...]
    months: frozenset[str]
    weekdays: frozenset[str]
    core: re.Pattern[str]
    starts: re.Pattern[str]  # where a figure may begin: a digit or a word opening like "zwe", "dut"
    qualifier_before: re.Pattern[str]
    currency_before: re.Pattern[str]
    scale_after: re.Pattern[str]
    unit_after: re.Pattern[str]
    partitive_after: re.Pattern[str]
    minus_before: re.Pattern[str]
    clock_range_after: re.Pattern[str]
    month_after: re.Pattern[str]


def _core_pattern(code: str, m: ModuleType) -> re.Pattern[str]:
    """Digits, number words, fractions and "ein" before a scale, a fraction or a unit of time, each in a named group."""
    words: dict[str, int] = m.FIGURE_NUMBER_WORDS
    ones: frozenset[str] = m.FIGURE_ONE_WORDS
    fractions: dict[str, float] = m.FIGURE_FRACTIONS
    phrases: dict[str, float] = m.FIGURE_FRACTION_PHRASES
    if code == "de":
        digits = (r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?"
                  r"|\d+,\d+|\d+\.\d{1,2}|\d+")
        # "viereinhalb", "eineinhalb", "anderthalb": halves are one word in German
        word = rf"(?:{_alt([*words, 'ein', 'und'])})+(?:halb)?|anderthalb"
    else:
        digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d+\.\d+|\d+"
        tens = _alt(w for w, v in words.items() if v % 10 == 0 and 20 <= v <= 90)
        units = _alt(w for w, v in words.items() if 1 <= v <= 9)
        word = rf"(?:(?:{tens})-(?:{units})|{_alt(words)})(?:\s+and\s+a\s+half)?"  # "three and a half"
    frac_num = rf"\d+|{_alt(list(words) + list(ones))}"
    one_next = _alt([*fractions, *_scale_words(code), *m.FIGURE_ONE_UNITS])
    # A number word glued to a compound stem: "zweitägigen", "elfmal" (German only).
    glued = rf"|\b(?P<gword>{word})(?P<gstem>{_alt(m.FIGURE_COMPOUND_UNITS)})\w*" if m.FIGURE_WORD_COMPOUNDS else ""
    return re.compile(
        rf"{_NUMBER_START}(?:(?P<fnum>{frac_num})[\s-]+(?P<frac>{_alt(fractions)})\b"
        rf"|(?P<phrase>{_alt(phrases)})\b(?!-)"
        rf"|(?P<half>{_alt(ones)})\s+(?:{_alt(m.FIGURE_HALF_WORDS)})\b"
        rf"|(?P<one>{_alt(ones)})(?=\s+(?:{one_next})\b)"
        rf"|(?P<digits>{digits})(?![\d]){glued}|\b(?P<word>{word})\b)",
        re.IGNORECASE,
    )


def _scale_words(code: str) -> list[str]:
    module = importlib.import_module(f"storyline.lang.{code}")
    return [w for w in module.FIGURE_SCALES if len(w) > 2]


def _month_after() -> re.Pattern[str]:
    """A capitalised month name of any supported language after a number: "28 Februar", "am 11 March".

    That number is the day of a date the date extractor did not take (farm translations mix languages).
    """
    names = {name for code in SUPPORTED for name in importlib.import_module(f"storyline.lang.{code}").DATE_MONTHS}
    return re.compile(rf"\.?[ \t]+(?:{'|'.join(re.escape(n.capitalize()) for n in sorted(names, key=len, reverse=True))})\b")


@cache
def figure_lexicon(language: str | None) -> FigureLexicon:
    """The figure lexicon for a language code (None or unsupported → German)."""
    code = (language or DEFAULT_LANGUAGE).lower()[:2]
    code = code if code in SUPPORTED else DEFAULT_LANGUAGE
    m = importlib.import_module(f"storyline.lang.{code}")
    openers = [*m.FIGURE_NUMBER_WORDS, *m.FIGURE_ONE_WORDS, *m.FIGURE_FRACTION_PHRASES, "ein", "anderthalb"]
    # One-letter scales ("$3m", "1.5bn") only glued to the digits; "3 m" is three metres.
    short = _alt(w for w in m.FIGURE_SCALES if len(w) <= 2)
    spaced = _alt(w for w in m.FIGURE_SCALES if len(w) > 2)
    return FigureLexicon(
        code=code,
        number_words=m.FIGURE_NUMBER_WORDS,
        one_words=m.FIGURE_ONE_WORDS,
        one_units=m.FIGURE_ONE_UNITS,
        half_words=m.FIGURE_HALF_WORDS,
        counted_complements=m.FIGURE_COUNTED_COMPLEMENTS,
        scales=m.FIGURE_SCALES,
        fractions=m.FIGURE_FRACTIONS,
        qualifiers=m.FIGURE_QUALIFIERS,
        units=m.FIGURE_UNITS,
        not_after=m.FIGURE_NOT_AFTER,
        label_words=m.FIGURE_LABEL_WORDS,
        not_counted=m.FIGURE_NOT_COUNTED,
        counted_skip=m.FIGURE_COUNTED_SKIP,
        counted_capitalised=m.FIGURE_COUNTED_CAPITALISED,
        compound_units=m.FIGURE_COMPOUND_UNITS,
        rate_words=m.FIGURE_RATE_WORDS,
        fraction_phrases=m.FIGURE_FRACTION_PHRASES,
        counted_joiners=m.FIGURE_COUNTED_JOINERS,
        dative_preps=m.FIGURE_DATIVE_PREPS,
        irregular_plurals=m.FIGURE_IRREGULAR_PLURALS,
        preposition_qualifiers=m.FIGURE_PREPOSITION_QUALIFIERS,
        preposition_verbs=m.FIGURE_PREPOSITION_VERBS,
        speed_units=m.FIGURE_SPEED_UNITS,
        measure_units=m.FIGURE_MEASURE_UNITS,
        word_compounds=m.FIGURE_WORD_COMPOUNDS,
        plurals_in_n=m.FIGURE_PLURALS_IN_N,
        plural_n_endings=tuple(m.FIGURE_PLURAL_N_ENDINGS),
        months=frozenset(m.DATE_MONTHS),
        weekdays=frozenset(m.DATE_WEEKDAYS),
        starts=re.compile(
            rf"{_NUMBER_START}(?:\d|(?:{_alt({w[:3].lower() for w in openers})}))", re.IGNORECASE
        ),
        core=_core_pattern(code, m),
        # Qualifier, optional particle ("mindestens aber"), then the number on the same line.
        qualifier_before=re.compile(
            rf"(?:^|(?<=[\s(„“\"«»]))(?P<q>{_alt(m.FIGURE_QUALIFIERS)})(?:[ \t\u00a0]+(?:{_alt(m.FIGURE_QUALIFIER_PARTICLES)}))?"
            r"[ \t\u00a0]+$", re.IGNORECASE),
        # Signs, and the ISO codes agency copy writes before the amount ("EUR 1,5 Mio.", "USD 3bn").
        currency_before=re.compile(r"(?P<c>US\$|€|\$|£|(?<![A-Za-z])(?:EUR|USD|GBP|CHF)(?=\s))\s?$"),
        scale_after=re.compile(rf"(?:\s*(?P<s>{spaced})|(?P<s2>{short}))\b\.?", re.IGNORECASE),
        unit_after=re.compile(rf"\s*(?P<u>{_alt(m.FIGURE_UNITS)})(?![\w])", re.IGNORECASE),
        partitive_after=re.compile(rf"[ \t]+(?:{_alt(m.FIGURE_PARTITIVES)})\b", re.IGNORECASE),
        minus_before=re.compile(
            rf"(?:(?<![\w])(?:{_alt(m.FIGURE_MINUS_WORDS)})[ \t\u00a0]+|(?:^|(?<=[\s(]))[-−])$", re.IGNORECASE),
        month_after=_month_after(),
        clock_range_after=re.compile(
            rf"[ \t]*(?:bis|-|–|to)[ \t]*\d{{1,2}}(?:[.:]\d\d)?[ \t]*(?:{_alt(m.FIGURE_NOT_AFTER)})(?![\w])",
            re.IGNORECASE),
    )
