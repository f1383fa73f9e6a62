"""Rule families: a repaired line matched against the phrase patterns of lang/de.py and lang/en.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.clean.patterns import LangRules, all_rules, merged_words

_WORD = re.compile(r"[\w-]+|\|")
# UI words too generic to make a line UI on their own ("Artikel", "on", "page").
_WEAK_UI = frozenset({"artikel", "beitrag", "seite", "per", "via", "auf", "this", "article", "story", "page", "on",
                      "us", "link", "|", "x", "mail", "copy", "follow", "folgen", "comments", "kommentare"})
# Reasons that stay themselves in a page of another language: a reading time or a date is metadata, not UI.
_LANGUAGE_NEUTRAL = frozenset({"read_time", "timestamp"})
_SPLIT_SOURCES = re.compile(r"\s*(?:,|/|;| und | and | & )\s*")
_META_MAX_CHARS = 200  # bylines, source and credit lines are short; longer lines are sentences
_EVIDENCE_CHARS = 60  # matched text kept as evidence, enough to recognise the phrase


@dataclass(frozen=True)
class Hit:
    """A rule that fired on a line: the removal reason, the evidence, and metadata it carries."""

    reason: str
    evidence: str
    name: str | None = None  # the person of a byline
    sources: tuple[str, ...] = ()  # cited sources of a "Quelle:" line
    family: str = ""  # the pattern family that fired (differs from reason for foreign UI leftovers)


def _snippet(text: str) -> str:
    """The matched text, shortened for evidence."""
    return text if len(text) <= _EVIDENCE_CHARS else text[: _EVIDENCE_CHARS - 1] + "…"


def _ordered(lang: str | None) -> tuple[LangRules, ...]:
    """All rules, the article's own language first (its hits win over foreign ones)."""
    rules = all_rules()
    return tuple(sorted(rules, key=lambda r: r.code != lang))


def match_families(text: str, lang: str | None) -> Hit | None:
    """The first pattern family matching the line; another language's hit is a foreign UI leftover."""
    for rules in _ordered(lang):
        m = rules.families.match(text)
        if m is None or m.lastgroup is None:
            continue
        reason = m.lastgroup
        evidence = f"{rules.code}.{reason}: '{_snippet(m.group(0))}'"
        if lang is not None and rules.code != lang and reason not in _LANGUAGE_NEUTRAL:
            return Hit("foreign_ui_leftover", evidence, family=reason)
        return Hit(reason, evidence, family=reason)
    return None


def match_ui_words(text: str) -> Hit | None:
    """A short line made only of share/print/social UI words ("Teilen Drucken WhatsApp E-Mail")."""
    words = _WORD.findall(text.lower())
    if not 1 <= len(words) <= 10:
        return None
    ui = merged_words("ui_words")
    if all(w in ui for w in words) and any(w not in _WEAK_UI for w in words):
        return Hit("share_ui", f"ui words: {' '.join(words[:6])}")
    return None


def match_meta(text: str) -> Hit | None:
    """Byline, source line or credit line (kept as metadata, removed from the body)."""
    if len(text) > _META_MAX_CHARS:
        return None
    for rules in all_rules():
        for pattern in rules.bylines:
            m = pattern.match(text)
            if m:
                return Hit("byline", f"{rules.code}.byline: '{_snippet(text)}'", name=m.group("name"))
        for pattern in rules.sources:
            m = pattern.match(text)
            if m:
                named = m.groupdict().get("source") or ""
                found = tuple(s.strip(" .:;") for s in _SPLIT_SOURCES.split(named) if s.strip(" .:;"))
                return Hit("source_line", f"{rules.code}.source: '{_snippet(text)}'", sources=found)
        m = rules.credits.match(text)
        if m:
            return Hit("credit", f"{rules.code}.credit: '{_snippet(m.group(0))}'")
        m = rules.contacts.match(text)
        if m:
            return Hit("contact", f"{rules.code}.contact: '{_snippet(m.group(0))}'")
    return None


def match_inline_tail(text: str, lang: str | None) -> tuple[int, Hit] | None:
    """Where a "Lesen Sie auch: …" tail starts after the last sentence of a paragraph, with its hit."""
    for rules in _ordered(lang):
        for reason, pattern in rules.inline_tails:
            m = pattern.search(text)
            if m is None or m.start(1) < 2:  # a sentence must end before the tail
                continue
            evidence = f"{rules.code}.inline_{reason}: '{_snippet(m.group(1))}'"
            return m.start(1), Hit(reason, evidence)
    return None


def is_block_header(hit: Hit | None) -> bool:
    """Whether a hit opens a block whose following short lines belong to it (related stories, comments)."""
    return hit is not None and (hit.family or hit.reason) in {"related_links", "comments_widget"}
