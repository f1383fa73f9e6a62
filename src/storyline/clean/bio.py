"""Author bios: real ones (kept as metadata) and the invented ones of content farms (issue 5, part 1).

Three farm styles are recognised: a list of epithets ("Kaffeeliebhaber. Reisender. Internet-Nerd."), an
invented-biography paragraph full of hobby and self-praise cues ("In seiner Freizeit liebt er …"), and the
vague "experienced editor" bio ("gehört seit 18 Jahren zum Team und berichtet über alles, was …").
"""

from __future__ import annotations

import functools
import re

from storyline.clean.patterns import LangRules, all_rules, merged_words
from storyline.clean.rules import Hit

_SEGMENTS = re.compile(r"(?<=[.!])\s+")
_EPITHET_MAX_WORDS = 4  # "Preisgekrönter Internet-Nerd" has two words; the longest seen have four
_EPITHET_MIN_SEGMENTS = 3
_BIO_MAX_CHARS = 700
_REAL_BIO_MAX_CHARS = 300


@functools.cache
def _epithet_words() -> tuple[str, ...]:
    """Epithet head nouns of every language."""
    return tuple(sorted({w for r in all_rules() for w in r.epithet_words}))


def _epithet_head(segment: str, words: tuple[str, ...]) -> bool:
    """Whether a short segment ends in an epithet noun ("Internet-Nerd", "coffee lover")."""
    last = segment.rstrip(".!").rsplit(" ", 1)[-1].lower()
    return any(last.endswith(w) for w in words)


def epithet_list(text: str) -> Hit | None:
    """A fake_author_bio hit when the line is a string of short epithets, else None."""
    segments = [s for s in _SEGMENTS.split(text.strip()) if s]
    if len(segments) < _EPITHET_MIN_SEGMENTS or len(text) > 400:
        return None
    if any(len(s.split()) > _EPITHET_MAX_WORDS or not s.endswith((".", "!")) for s in segments):
        return None
    words = _epithet_words()
    heads = sum(1 for s in segments if _epithet_head(s, words))
    # Two epithet nouns among three or more verbless fragments: no news sentence looks like that.
    if heads >= 2:
        return Hit("fake_author_bio", f"epithet list: {len(segments)} fragments, {heads} epithet nouns",
                   family="fake_author_bio")
    return None


def _cue_count(text: str, rules: LangRules) -> tuple[int, int, int]:
    """Hobby/self-praise cues, vague-claim cues and profession words found in the line."""
    lowered = text.lower()
    hobby = len(rules.fake_bio_cues.findall(lowered))
    vague = len(rules.invented_bio_cues.findall(lowered))
    pro = len(rules.profession_words.findall(text))
    return hobby, vague, pro


def bio_header(text: str, author: str | None) -> str | None:
    """The person named when the line heads a bio ("Mehr über Anna Berger", or the author's name alone)."""
    if author is not None and text.strip(" :") == author:
        return author
    for rules in all_rules():
        m = rules.bio_name_header.match(text)
        if m:
            return m.group("name")
    return None


def strong_fake_bio(text: str) -> Hit | None:
    """An invented bio recognisable anywhere: a name and a bio verb at the start, and two or more cues."""
    if len(text) > _BIO_MAX_CHARS:
        return None
    for rules in all_rules():
        if not _name_start(text, rules):
            continue
        hobby, vague, pro = _cue_count(text, rules)
        # Outside the bio zone a news sentence about a person may carry one cue ("seit 33 Jahren"); a name and
        # a bio verb at the start with two cues is a bio.
        if hobby + vague >= 2:
            return Hit("fake_author_bio", f"{rules.code}.bio: {hobby} hobby and {vague} vague-claim cues, "
                       f"{pro} profession words", family="fake_author_bio")
    return None


def name_only(text: str) -> bool:
    """Whether the line is just a personal name (a bio box heading)."""
    return any(r.name_only.match(text) for r in all_rules())


def _name_start(text: str, rules: LangRules) -> bool:
    """Whether the line starts with a personal name and a bio verb ("Anna Berger ist …", not "Doch Moreno schreibt")."""
    m = rules.bio_start.match(text)
    if m is None:
        return False
    stop = merged_words("stop_words") | merged_words("wrap_words") | merged_words("not_names")
    return not any(token.lower() in stop for token in m.group("name").split())


def classify_bio(text: str, author: str | None, after_header: bool, named_before: bool = False) -> Hit | None:
    """A real or fake author bio hit for a line in the bio zone (near the byline or the end), else None.

    ``after_header``: the line follows "Über den Autor"; ``named_before``: it follows a name-only line.
    """
    if len(text) > _BIO_MAX_CHARS:
        return None
    for rules in all_rules():
        start = _name_start(text, rules)
        names_author = author is not None and author in text
        if not (start or after_header or names_author or named_before):
            continue
        hobby, vague, pro = _cue_count(text, rules)
        # Two cues make an invented bio; one hobby cue is enough when no profession is named. One vague claim
        # alone is not: "der seit 33 Jahren fischt" is news about a person, not a bio.
        if hobby + vague >= 2 or (hobby == 1 and pro == 0):
            return Hit("fake_author_bio", f"{rules.code}.bio: {hobby} hobby and {vague} vague-claim cues, "
                       f"{pro} profession words", family="fake_author_bio")
        # A real bio is a sentence or two; a long paragraph that names a reporter is news.
        if (pro >= 1 and len(text) <= _REAL_BIO_MAX_CHARS) or after_header:
            return Hit("author_bio", f"{rules.code}.bio: {pro} profession words", family="author_bio")
    return None
