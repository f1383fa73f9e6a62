"""Numbers as written in German and English news: digit groups, decimal marks and number words."""

from __future__ import annotations

import re

# Thin and no-break spaces group digits in typeset German ("3 000"); plain spaces do too.
GROUP_SPACES = " \u00a0\u202f\u2009"
_SPACE_GROUPED = re.compile(rf"^\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?:[.,]\d+)?$")
_SPACES = re.compile(f"[{GROUP_SPACES}]")
_GROUPED = {
    "de": re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"),
    "en": re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"),
}
_PLAIN = re.compile(r"\d+(?:[.,]\d+)?")


def parse_digits(token: str, language: str) -> float | None:
    """Value of a digit token: "3.000" and "1,5" in German, "3,000" and "1.5" in English.

    A dot (German) or comma (English) followed by exactly three digits groups thousands; with one,
    two or four+ digits it is a decimal mark, as English-style "2.5" appears in German copy too.
    """
    raw = token.strip()
    if _SPACE_GROUPED.match(raw):
        raw = _SPACES.sub("", raw)
    group, decimal = (".", ",") if language == "de" else (",", ".")
    if _GROUPED["de" if language == "de" else "en"].fullmatch(raw):
        raw = raw.replace(group, "").replace(decimal, ".")
    elif _PLAIN.fullmatch(raw):
        raw = raw.replace(",", ".")
    else:
        return None
    try:
        return float(raw)
    except ValueError:
        return None


def format_german(value: float, decimals: int = 0) -> str:
    """German number formatting: dot thousands groups, comma decimal mark ("1.234,5")."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def parse_german_word(word: str, table: dict[str, int]) -> int | None:
    """A German cardinal written as one word: "zwölf", "dreiundzwanzig", "zweihundertfünfzig"."""
    w = word.lower()
    if not w:
        return None
    if w in table:
        return table[w]
    for scale_word, scale in (("tausend", 1000), ("hundert", 100)):
        if scale_word in w:
            head, _, tail = w.rpartition(scale_word) if scale_word == "tausend" else w.partition(scale_word)
            left = 1 if head in ("", "ein") else parse_german_word(head, table)
            right = 0 if tail == "" else parse_german_word(tail, table)
            if left is None or right is None or (right >= scale):
                return None
            return left * scale + right
    if "und" in w:
        ones, _, tens = w.partition("und")
        one = 1 if ones == "ein" else table.get(ones)
        ten = table.get(tens)
        if one is not None and ten is not None and 1 <= one <= 9 and ten % 10 == 0 and 20 <= ten <= 90:
            return one + ten
    return None


def parse_english_words(words: str, table: dict[str, int]) -> int | None:
    """An English cardinal: "twelve", "twenty-five", "two hundred", "three thousand five hundred"."""
    total = current = 0
    seen = False
    for part in re.split(r"[\s-]+(?:and\s+)?", words.lower().strip()):
        if part == "":
            continue
        if part in ("hundred", "thousand"):
            current = max(current, 1) * (100 if part == "hundred" else 1000)
            if part == "thousand":
                total, current = total + current, 0
        elif part in table:
            current += table[part]
        else:
            return None
        seen = True
    return total + current if seen else None
