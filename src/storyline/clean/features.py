"""Line features for the line classifier: position, length, punctuation, words, title, repetition."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from storyline.clean.patterns import languages, merged_words, rules_for
from storyline.clean.repair import ends_sentence

FEATURE_NAMES: tuple[str, ...] = (
    "rel_pos", "is_first", "is_last", "log_chars", "log_words", "ends_sentence", "ends_colon",
    "punct_ratio", "digit_ratio", "upper_ratio", "capword_ratio", "stop_ratio", "title_overlap",
    "log_outlet_repeats", "log_corpus_repeats", "prev_removed", "next_removed", "separators", "url_like",
    "ui_ratio", "in_tail", "bullet", "quote_marks",
)
_WORDS = re.compile(r"\w+")
_SEPARATORS = re.compile(r"[|»›•·]")
_URL = re.compile(r"https?://|www\.|@\w|\.(?:de|com|org|net)\b")
_QUOTES = re.compile("[„“”\"»«]")
_LETTERS = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")  # Latin capitals: enough for German and English text
_CAPWORDS = re.compile(r"\b[A-ZÀ-ÖØ-Þ]\w*")
_PUNCT = re.compile(r"[^\w\s]")
_DIGITS = re.compile(r"\d")
_LONG = 100  # a line this long is a paragraph; lines after the last one are the article's tail


@dataclass(frozen=True)
class LineContext:
    """What a line's features need from its article."""

    position: int  # among non-blank lines
    count: int  # non-blank lines in the article
    title_words: frozenset[str]
    language: str | None
    outlet_repeats: int
    corpus_repeats: int
    prev_removed: bool
    next_removed: bool
    in_tail: bool


@functools.cache
def _stop_words(language: str | None) -> frozenset[str]:
    """Stop words of the article's language (all languages' when unknown)."""
    if language in languages():
        return rules_for(language).stop_words
    return merged_words("stop_words")


def _ratio(part: int, whole: int) -> float:
    """part/whole, 0 for an empty whole."""
    return part / whole if whole else 0.0


def line_features(text: str, ctx: LineContext) -> list[float]:
    """The feature vector of one non-blank line (order of FEATURE_NAMES)."""
    words = _WORDS.findall(text)
    lowered = text.lower()
    low_words = _WORDS.findall(lowered)
    n_words = len(words)
    n_letters = len(_LETTERS.findall(text))
    stop = _stop_words(ctx.language)
    ui = merged_words("ui_words")
    n = len(text)
    return [
        _ratio(ctx.position, max(1, ctx.count - 1)),
        float(ctx.position == 0),
        float(ctx.position == ctx.count - 1),
        math.log1p(n) / 6,
        math.log1p(n_words) / 4,
        float(ends_sentence(text)),
        float(text.endswith(":")),
        _ratio(len(_PUNCT.findall(text)), n),
        _ratio(len(_DIGITS.findall(text)), n),
        _ratio(len(_UPPER.findall(text)), n_letters),
        _ratio(len(_CAPWORDS.findall(text)), n_words),
        _ratio(sum(1 for w in low_words if w in stop), n_words),
        _ratio(len(ctx.title_words.intersection(low_words)), len(set(low_words))),
        math.log1p(max(0, ctx.outlet_repeats - 1)),
        math.log1p(max(0, ctx.corpus_repeats - 1)),
        float(ctx.prev_removed),
        float(ctx.next_removed),
        float(bool(_SEPARATORS.search(text))),
        float(bool(_URL.search(text))),
        _ratio(sum(1 for w in low_words if w in ui), n_words),
        float(ctx.in_tail),
        float(text[:1] in "-*•·–"),
        float(bool(_QUOTES.search(text))),
    ]


def tail_start(lines: list[str]) -> int:
    """Index after the last paragraph-length line: what follows is the article's tail."""
    last = -1
    for i, t in enumerate(lines):
        if len(t) >= _LONG:
            last = i
    return last + 1
