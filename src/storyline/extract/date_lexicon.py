"""The date words of one language, read from its ``storyline.lang`` module into a typed record."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType

# Languages with date resources; others fall back to German, the corpus's first language.
SUPPORTED: tuple[str, ...] = ("de", "en")
DEFAULT_LANGUAGE = "de"


@dataclass(frozen=True)
class DateLexicon:
    """Date words of one language (see the "extract: dates" sections of ``lang/de.py``, ``lang/en.py``)."""

    code: str
    months: dict[str, int]
    months_short: dict[str, int]
    ambiguous_months: frozenset[str]
    cue_words: frozenset[str]
    weekdays: dict[str, int]
    dayparts: tuple[str, ...]
    day_words: dict[str, int]
    units: dict[str, str]
    deictic: dict[str, int]
    anaphoric: dict[str, int]
    shifted_unit_words: dict[str, tuple[str, int]]
    ago_words: frozenset[str]
    ahead_words: frozenset[str]
    part_words: dict[str, str]
    seasons: dict[str, tuple[int, int]]
    ordinals: dict[str, int]
    quarter_words: frozenset[str]
    half_words: frozenset[str]
    decade_suffix: tuple[str, ...]
    century_words: frozenset[str]
    bc_markers: tuple[str, ...]
    future_cues: frozenset[str]
    past_cues: frozenset[str]
    past_participle: tuple[str, tuple[str, ...]]
    present_cues: frozenset[str]
    present_blockers: frozenset[str]
    state_verbs: frozenset[str]
    plural_units: frozenset[str]
    span_preps: tuple[str, ...]
    future_preps: frozenset[str]
    past_preps: frozenset[str]
    count_hedges: frozenset[str]
    part_compounds: dict[str, tuple[str, str]]
    later_words: frozenset[str]
    after_preps: frozenset[str]
    earlier_words: frozenset[str]
    weekday_preps: frozenset[str]
    articles: frozenset[str]
    year_of: tuple[str, ...]
    number_words: dict[str, int]
    one_words: frozenset[str]
    direction_hedges: frozenset[str]
    fraction_counts: dict[str, float]
    within_preps: frozenset[str]
    span_openers: frozenset[str]
    span_articles: frozenset[str]
    weekend_words: frozenset[str]
    weekend_preps: frozenset[str]
    range_words: tuple[str, str]
    span_start_preps: frozenset[str]
    night_before: str  # regex of what turns a day into the night before it ("in der Nacht zu"), "" when none

    def month(self, word: str) -> int | None:
        """Month number of a full or short month name, any case."""
        key = word.lower().rstrip(".")
        return self.months.get(key) or self.months_short.get(key)

    def deictic_shift(self, word: str) -> int | None:
        """Shift of a deictic adjective ("vergangenen" → -1), inflection endings stripped."""
        return _stem_lookup(self.deictic, word)

    def anaphoric_shift(self, word: str) -> int | None:
        """Shift of an anaphoric adjective ("folgenden" → +1), inflection endings stripped."""
        return _stem_lookup(self.anaphoric, word)

    def count(self, word: str) -> float | None:
        """A small count written in digits or as a word ("zwei", "einem", "3", "einem halben" = 0.5)."""
        low = " ".join(word.lower().split())
        if low.isdigit():
            return int(low)
        if low in self.fraction_counts:
            return self.fraction_counts[low]
        if low in self.one_words:
            return 1
        return self.number_words.get(low)


def _stem_lookup(table: dict[str, int], word: str) -> int | None:
    """Look a German or English adjective up with its inflection ending removed."""
    low = word.lower()
    if low in table:
        return table[low]
    for ending in ("em", "en", "er", "es", "e"):
        if low.endswith(ending) and low[: -len(ending)] in table:
            return table[low[: -len(ending)]]
    return None


def _module(code: str) -> ModuleType:
    """The language module for ``code`` (German when unsupported)."""
    return importlib.import_module(f"storyline.lang.{code if code in SUPPORTED else DEFAULT_LANGUAGE}")


@cache
def date_lexicon(language: str | None) -> DateLexicon:
    """The date lexicon for a language code (None or unsupported → German)."""
    code = (language or DEFAULT_LANGUAGE).lower()[:2]
    code = code if code in SUPPORTED else DEFAULT_LANGUAGE
    m = _module(code)
    return DateLexicon(
        code=code,
        months=m.DATE_MONTHS,
        months_short=m.DATE_MONTHS_SHORT,
        ambiguous_months=m.DATE_AMBIGUOUS_MONTHS,
        cue_words=m.DATE_CUE_WORDS,
        weekdays=m.DATE_WEEKDAYS,
        dayparts=m.DATE_DAYPARTS,
        day_words=m.DATE_DAY_WORDS,
        units=m.DATE_UNITS,
        deictic=m.DATE_DEICTIC,
        anaphoric=m.DATE_ANAPHORIC,
        shifted_unit_words=m.DATE_SHIFTED_UNIT_WORDS,
        ago_words=m.DATE_AGO_WORDS,
        ahead_words=m.DATE_AHEAD_WORDS,
        part_words=m.DATE_PART_WORDS,
        seasons=m.DATE_SEASONS,
        ordinals=m.DATE_ORDINALS,
        quarter_words=m.DATE_QUARTER_WORDS,
        half_words=m.DATE_HALF_WORDS,
        decade_suffix=m.DATE_DECADE_SUFFIX,
        century_words=m.DATE_CENTURY_WORDS,
        bc_markers=m.DATE_BC_MARKERS,
        future_cues=m.DATE_FUTURE_CUES,
        past_cues=m.DATE_PAST_CUES,
        past_participle=m.DATE_PAST_PARTICIPLE,
        present_cues=m.DATE_PRESENT_CUES,
        present_blockers=m.DATE_PRESENT_BLOCKERS,
        state_verbs=m.DATE_STATE_VERBS,
        plural_units=m.DATE_PLURAL_UNITS,
        span_preps=m.DATE_SPAN_PREPS,
        future_preps=m.DATE_FUTURE_PREPS,
        past_preps=m.DATE_PAST_PREPS,
        count_hedges=m.DATE_COUNT_HEDGES,
        part_compounds=m.DATE_PART_COMPOUNDS,
        later_words=m.DATE_LATER_WORDS,
        after_preps=m.DATE_AFTER_PREPS,
        earlier_words=m.DATE_EARLIER_WORDS,
        weekday_preps=m.DATE_WEEKDAY_PREPS,
        articles=m.DATE_ARTICLES,
        year_of=m.DATE_YEAR_OF,
        number_words=m.FIGURE_NUMBER_WORDS,
        one_words=m.FIGURE_ONE_WORDS,
        direction_hedges=m.DATE_DIRECTION_HEDGES,
        fraction_counts=m.DATE_FRACTION_COUNTS,
        within_preps=m.DATE_WITHIN_PREPS,
        span_openers=m.DATE_SPAN_OPENERS,
        span_articles=m.DATE_SPAN_ARTICLES,
        weekend_words=m.DATE_WEEKEND_WORDS,
        weekend_preps=m.DATE_WEEKEND_PREPS,
        range_words=m.DATE_RANGE_WORDS,
        span_start_preps=m.DATE_SPAN_START_PREPS,
        night_before=m.DATE_NIGHT_BEFORE,
    )
