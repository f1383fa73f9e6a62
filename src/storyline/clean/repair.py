"""Character-level repairs of one line and the decision to join hard-wrapped lines (issue 5, part 3).

Every repair is returned as a :class:`Repair` with the whole line before and after the step, so the
original text of a line stays recoverable from its repaired form.
"""

from __future__ import annotations

import html
import re

import ftfy

from storyline.model import Repair

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Typical UTF-8-read-as-Latin-1/cp1252 sequences ("FÃ¼r", "â€ž"); ftfy only runs when one is present,
# which keeps it off the hot path of clean text.
_MOJIBAKE_HINT = re.compile(
    "[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc]|â€|Ã."
)
_SOFT_HYPHEN = "\u00ad"
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_NBSP = re.compile("[\u00a0\u202f\u2007]")
_SPACES = re.compile(r"[ \t\f\v\r]{2,}|\t")
_TERMINAL = tuple(".!?:;…\"“”»«')]„")


def _fix_entities(text: str) -> str:
    """Decode HTML entities (only when one is present, so a bare '&' stays)."""
    return html.unescape(text) if _ENTITY.search(text) else text


def _fix_mojibake(text: str) -> str:
    """Undo encoding mix-ups with ftfy when the line shows their typical traces."""
    return ftfy.fix_encoding(text) if _MOJIBAKE_HINT.search(text) else text


def _fix_whitespace(text: str) -> str:
    """Collapse runs of spaces and tabs; strip both ends."""
    return _SPACES.sub(" ", text).strip()


_STEPS = (
    ("html_entity", _fix_entities),
    ("mojibake", _fix_mojibake),
    ("soft_hyphen", lambda t: t.replace(_SOFT_HYPHEN, "")),
    ("zero_width", lambda t: _ZERO_WIDTH.sub("", t)),
    ("nbsp", lambda t: _NBSP.sub(" ", t)),
    ("whitespace", _fix_whitespace),
)


def repair_line(index: int, text: str) -> tuple[str, list[Repair]]:
    """The repaired line and one Repair per step that changed it (in the order applied)."""
    repairs: list[Repair] = []
    for kind, step in _STEPS:
        fixed = step(text)
        if fixed != text:
            repairs.append(Repair(line_index=index, kind=kind, before=text, after=fixed))
            text = fixed
    return text, repairs


def ends_sentence(text: str) -> bool:
    """Whether a line ends like a finished sentence, heading quote or list item."""
    return text.endswith(_TERMINAL)


def looks_hard_wrapped(lines: list[str]) -> bool:
    """Whether the text is wrapped at a fixed width: many long lines end mid-sentence."""
    # A wrapped text has most of its lines ending without punctuation at a similar length; paragraph-per-line
    # text (crawler dumps, extractor output) almost never does. 30 % is a conservative share.
    long_lines = [t for t in lines if len(t) >= 40]
    if len(long_lines) < 3:
        return False
    open_ended = sum(1 for t in long_lines if not ends_sentence(t))
    return open_ended / len(long_lines) >= 0.3


def join_kind(left: str, right: str, wrap_words: frozenset[str], hard_wrapped: bool) -> str | None:
    """How two adjacent kept lines join: 'space', 'hyphen' (no space), or None for a paragraph break."""
    if not left or not right or ends_sentence(left):
        return None
    first = right[0]
    last_word = left.rsplit(" ", 1)[-1].lower()
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and first.islower():
        # "Bundes-" + "regierung" joins without a space; "Nord-" + "und Ostsee" keeps the hyphen and a space.
        return "space" if last_word in wrap_words or right.split(" ", 1)[0] in wrap_words else "hyphen"
    if first.islower() or left.endswith((",", "–", "—")) or last_word in wrap_words:
        return "space"
    if hard_wrapped and len(left) >= 40 and left[-1].isalnum():
        return "space"
    return None


def join_repair(index: int, left: str, right: str, kind: str) -> tuple[str, Repair]:
    """Join two lines; the Repair shows the words around the joint before and after."""
    tail = left.rsplit(" ", 1)[-1]
    head = right.split(" ", 1)[0]
    if kind == "hyphen":  # a word split at the wrap: drop the hyphen
        joined_words = tail[:-1] + head
        return left[:-1] + right, Repair(
            line_index=index, kind="line_join", before=f"{tail}\n{head}", after=joined_words
        )
    return f"{left} {right}", Repair(
        line_index=index, kind="line_join", before=f"{tail}\n{head}", after=f"{tail} {head}"
    )
