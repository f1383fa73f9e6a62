"""Direct-quote spans from quotation marks: „…“, "…", »…«, «…», ‚…‘, '…', with nesting and paragraphs.

Quote marks are exact evidence, so this is a rule-based scanner, not a model. Each mark is classified by
its flanking (is it followed by text, preceded by text?) and matched against a stack of open quotes.
Only outermost quotes are returned; a nested quote stays part of the text of the quote around it.
An apostrophe between letters ("geht's", "don't", "Merkel's") never opens or closes a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark → the marks that may close it. „ is closed by “ in German print, by ” or " in sloppy text.
_CLOSERS: dict[str, str] = {
    "„": "“”\"",
    "‚": "‘’'",
    "»": "«",
    "«": "»",
    "“": "”\"",
    "‘": "’'",
    '"': '"',
    "'": "'",
}
# Marks that only ever open (their closing partner looks different).
_ALWAYS_OPEN = "„‚"
# Characters after which a mark still counts as left-flanking (opening position).
_OPEN_CONTEXT = " \t\n([{/-–—:;,"
# Characters before which a mark still counts as right-flanking (closing position).
_CLOSE_CONTEXT = " \t\n)]}/-–—.,;:!?…"
ALL_MARKS = "„“”\"»«‚‘’'"
_MARK_OR_NEWLINE = re.compile("[" + re.escape(ALL_MARKS) + "\n]")
# Single marks double as apostrophes, so a pair of them further apart than this is not one quote.
_MAX_SINGLE_QUOTE_CHARS = 400
_MAX_DEPTH = 8  # open quotes kept on the stack


@dataclass(frozen=True)
class MarkedSpan:
    """An outermost quote: ``start``/``end`` include the marks; ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int


@dataclass
class _Open:
    pos: int
    mark: str


def _left_flanking(text: str, i: int) -> bool:
    """True when the mark at ``i`` sits where a quote opens: after space/start, before text."""
    before_ok = i == 0 or text[i - 1] in _OPEN_CONTEXT or text[i - 1] in ALL_MARKS
    return before_ok and i + 1 < len(text) and not text[i + 1].isspace()


def _right_flanking(text: str, i: int) -> bool:
    """True when the mark at ``i`` sits where a quote closes: after text, before space/punctuation/end."""
    after_ok = i + 1 >= len(text) or text[i + 1] in _CLOSE_CONTEXT or text[i + 1] in ALL_MARKS
    return after_ok and i > 0 and not text[i - 1].isspace()


def _is_apostrophe(text: str, i: int) -> bool:
    """An apostrophe inside a word ("geht's", "don't") or before a year ("'90s")."""
    prev_alnum = i > 0 and text[i - 1].isalnum()
    next_alnum = i + 1 < len(text) and text[i + 1].isalnum()
    next_digit = i + 1 < len(text) and text[i + 1].isdigit()
    return (prev_alnum and next_alnum) or (not prev_alnum and next_digit)


def _next_paragraph_opens(text: str, i: int, mark: str) -> int | None:
    """Position of ``mark`` when the paragraph after the newline at ``i`` starts with it, else None."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    return j if j < len(text) and text[j] == mark else None


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """All outermost quotes in ``text``, in order; unclosed quotes that do not continue are dropped."""
    spans: list[MarkedSpan] = []
    stack: list[_Open] = []
    skip: int = -1
    for m in _MARK_OR_NEWLINE.finditer(text):
        i, ch = m.start(), m.group()
        if i == skip:
            continue
        if ch == "\n":
            if stack:
                # A quote running over a paragraph break continues only when the next paragraph opens
                # with the same mark (the typographic convention); otherwise its mark was stray.
                cont = _next_paragraph_opens(text, i, stack[0].mark)
                stack = stack[:1] if cont is not None else []
                skip = cont if cont is not None else -1
            continue
        if ch in "'’" and _is_apostrophe(text, i):
            continue
        _step(text, i, ch, stack, spans)
    return _outermost(spans)


def _outermost(spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """Closed quotes not inside another closed quote; a stray unclosed mark never hides a real quote."""
    out: list[MarkedSpan] = []
    for span in sorted(spans, key=lambda q: (q.start, -q.end)):
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def _step(text: str, i: int, ch: str, stack: list[_Open], spans: list[MarkedSpan]) -> None:
    """Process one mark: close the quote it matches, or open a new one."""
    closing_depth = _matching_depth(text, i, ch, stack)
    if closing_depth is not None:
        opener = stack[closing_depth]
        del stack[closing_depth:]
        if opener.mark not in "'‘‚" or i - opener.pos <= _MAX_SINGLE_QUOTE_CHARS:
            spans.append(MarkedSpan(opener.pos, i + 1, opener.pos + 1, i))
        return
    if ch in _CLOSERS and (ch in _ALWAYS_OPEN or _left_flanking(text, i)):
        if stack and stack[-1].mark == ch and ch in "\"'":
            stack.pop()  # the earlier identical mark was unmatched; this one starts afresh
        if len(stack) >= _MAX_DEPTH:
            del stack[0]  # real quotes nest two or three deep; a pile of stray marks must not cost O(n²)
        stack.append(_Open(i, ch))


def _matching_depth(text: str, i: int, ch: str, stack: list[_Open]) -> int | None:
    """Index in ``stack`` of the open quote that ``ch`` closes, or None when it closes nothing."""
    if not stack:
        return None
    top = stack[-1]
    if ch in _CLOSERS[top.mark] and (ch not in "\"'" or _right_flanking(text, i) or not _left_flanking(text, i)):
        if ch in "»«" and _left_flanking(text, i) and not _right_flanking(text, i):
            return None  # »…« vs «…»: a mark in opening position opens
        return len(stack) - 1
    if ch in "'‘’":
        return None  # single marks close only the innermost quote (they double as apostrophes)
    for depth in range(len(stack) - 2, -1, -1):
        if ch in _CLOSERS[stack[depth].mark] and not _left_flanking(text, i):
            return depth  # an inner quote was left open: close the outer one anyway
    return None
