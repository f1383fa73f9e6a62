"""Tense of the statement around a date expression, from cue words in a small window."""

from __future__ import annotations

import bisect
import re

from storyline.extract.date_calendar import Tense
from storyline.extract.date_lexicon import DateLexicon

# Words this many tokens either side of the expression are read; wider windows pick up the verb
# of a neighbouring clause ("sagte am Montag, die Gespräche sollen ...") too often.
WINDOW = 6
_WORD = re.compile(r"[\w']+")
# A sentence ends at . ! ? or a line break followed by space; a date's own dots ("15.") do not end one.
_SENTENCE_END = re.compile(r"(?<![0-9])[.!?;](?=\s)|\n")


def sentence_ends(text: str) -> list[int]:
    """Offsets where sentences end, ascending (computed once per text, then searched by bisection)."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def _sentence_bounds(ends: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """Start and end offsets of the sentence around ``[start, end)``."""
    i = bisect.bisect_left(ends, start)
    left = ends[i - 1] + 1 if i > 0 else 0
    j = bisect.bisect_left(ends, end)
    right = ends[j] if j < len(ends) else length
    return left, right


def _cue(word: str, lex: DateLexicon, participles: bool = True) -> Tense | None:
    """The tense a single word signals, if any (past participles only with ``participles``)."""
    low = word.lower()
    if low in lex.future_cues:
        return "future"
    if low in lex.past_cues:
        return "past"
    if not participles:
        return None
    prefix, endings = lex.past_participle
    # Participles are lower-case in German ("gesagt", "begonnen"); capitalised words are nouns.
    if word.islower() and low.startswith(prefix) and len(low) >= len(prefix) + 4 and low.endswith(endings):
        return "past"
    return None


def tense_at(text: str, start: int, end: int, lex: DateLexicon, ends: list[int] | None = None) -> Tense | None:
    """Past or future by the nearest cue word within the window and sentence; None when no cue.

    ``ends`` are the text's :func:`sentence_ends`, passed in when several dates share one text.
    """
    left, right = _sentence_bounds(sentence_ends(text) if ends is None else ends, start, end, len(text))
    left, right = max(left, start - 200), min(right, end + 200)
    before = _WORD.findall(text[left:start])[-WINDOW:]
    # a separable particle closing the clause is no cue ("wies am Mittwoch seine Klage ab.": "ab" is "from" only
    # before what it starts from)
    after = [m.group(0) for m in _WORD.finditer(text, end, right)
             if not (m.group(0).lower() in _PARTICLES and text[m.end() : m.end() + 1] in _CLAUSE_END)][:WINDOW]
    best: tuple[int, int, Tense] | None = None
    participles = not any(w.lower() in lex.state_verbs for w in (*before, *after))
    for distance, word in enumerate(reversed(before)):
        tense = _cue(word, lex, participles)
        if tense:
            best = (distance, 0, tense)
            break
    for distance, word in enumerate(after):
        tense = _cue(word, lex, participles)
        if tense:
            # Ties go to the word before: German puts the modal before the date ("soll am Freitag").
            if best is None or (distance, 1) < best[:2]:
                best = (distance, 1, tense)
            break
    if best is None and _scheduled(before, after, lex):
        return "future"
    return best[2] if best else None


def _scheduled(before: list[str], after: list[str], lex: DateLexicon) -> bool:
    """No past or future cue, but a scheduling verb in the present near the date ("Der HSV empfängt am
    Samstag …"), not as an infinitive after "zu", with no Perfekt auxiliary or comparison near."""
    words = [w.lower() for w in (*before, *after)]
    if any(w in lex.present_blockers for w in words):
        return False
    return any(w in lex.present_cues and (i == 0 or words[i - 1] not in ("zu", "to")) for i, w in enumerate(words))


_PARTICLES = frozenset({"ab", "an"})
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", ""})
