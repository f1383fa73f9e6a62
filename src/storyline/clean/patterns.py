"""Compiled language resources of the clean stage (the data lives in lang/de.py and lang/en.py)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import ModuleType

from storyline.lang import de, en

_LANG_MODULES: dict[str, ModuleType] = {"de": de, "en": en}

# A personal name in a byline: two to four capitalised tokens, particles allowed ("Anna von Berg").
_TOKEN = r"[A-ZÄÖÜÉÅØ][\w'’.-]*"
_NAME = rf"{_TOKEN}(?: (?:(?:von|van|de|der|zu|di|da|al|bin|ten|ter|le|la) )?{_TOKEN}){{1,3}}"
NAMES = rf"{_NAME}(?:(?:, | und | and | & | / ){_NAME})*"
_PERSON = r"[A-ZÄÖÜÉ][a-zäöüßéèáíóúçñ'’-]+(?: [A-ZÄÖÜÉ][a-zäöüßéèáíóúçñ'’-]+){1,2}"


@dataclass(frozen=True)
class LangRules:
    """Everything one language contributes to line cleaning, compiled once per process."""

    code: str
    families: re.Pattern[str]  # every family as one named group, in priority order; lastgroup = reason
    inline_tails: tuple[tuple[str, re.Pattern[str]], ...]
    bylines: tuple[re.Pattern[str], ...]
    sources: tuple[re.Pattern[str], ...]
    credits: re.Pattern[str]
    contacts: re.Pattern[str]
    bio_headers: re.Pattern[str]
    bio_start: re.Pattern[str]
    bio_name_header: re.Pattern[str]  # "Mehr über Anna Berger", "More about Anna Berger"
    name_only: re.Pattern[str]  # a line that is only a name
    profession_words: re.Pattern[str]  # at word starts: "redakteur" finds "Redakteurin", "desk" not "Desktop"
    fake_bio_cues: re.Pattern[str]
    invented_bio_cues: re.Pattern[str]
    epithet_words: tuple[str, ...]
    wrap_words: frozenset[str]
    not_names: frozenset[str]
    stop_words: frozenset[str]
    ui_words: frozenset[str]


def _alternation(patterns: tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex matching any of the patterns."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def _inline(pattern: str) -> re.Pattern[str]:
    """A tail pattern that must follow the end of a sentence; group 1 is where the cut starts."""
    return re.compile(rf"[.!?“”\"»«)…]\s+((?:{pattern}).*)$", re.IGNORECASE)


@functools.cache
def rules_for(code: str) -> LangRules:
    """The compiled rules of one language (``de`` or ``en``); KeyError names the known codes."""
    if code not in _LANG_MODULES:
        raise KeyError(f"no clean rules for language {code!r}; known: {sorted(_LANG_MODULES)}")
    mod = _LANG_MODULES[code]
    verbs = "|".join(mod.CLEAN_BIO_VERBS)
    return LangRules(
        code=code,
        # One regex per language: a single C-level scan instead of one match call per family.
        families=re.compile(
            "|".join(
                f"(?P<{reason}>{'|'.join(f'(?:{p})' for p in pats)})"
                for reason, pats in mod.CLEAN_LINE_PATTERNS.items()
            ),
            re.IGNORECASE,
        ),
        inline_tails=tuple(
            (reason, _inline(p)) for reason, pats in mod.CLEAN_INLINE_TAIL_PATTERNS.items() for p in pats
        ),
        bylines=tuple(re.compile(p.replace("{NAMES}", NAMES)) for p in mod.CLEAN_BYLINE_PATTERNS),
        sources=tuple(re.compile(p, re.IGNORECASE) for p in mod.CLEAN_SOURCE_PATTERNS),
        credits=_alternation(mod.CLEAN_CREDIT_PATTERNS),
        contacts=_alternation(mod.CLEAN_CONTACT_PATTERNS),
        bio_headers=_alternation(mod.CLEAN_BIO_HEADERS),
        bio_start=re.compile(rf"(?P<name>{_NAME}) (?:{verbs})\b"),
        name_only=re.compile(rf"{_PERSON}\s*$"),
        # Header words in any case, the name strictly as a person's ("Mehr über Anna Berger", not "Über Nordex SE").
        bio_name_header=re.compile(rf"(?i:{'|'.join(mod.CLEAN_BIO_NAME_HEADERS)}) (?P<name>{_PERSON})\s*:?\s*$"),
        profession_words=re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in mod.CLEAN_BIO_PROFESSION_WORDS) + r")(?:in|innen|en|e|n|s|es)?\b", re.IGNORECASE
        ),
        fake_bio_cues=_alternation(mod.CLEAN_FAKE_BIO_CUES),
        invented_bio_cues=_alternation(mod.CLEAN_INVENTED_BIO_CUES),
        epithet_words=tuple(mod.CLEAN_EPITHET_WORDS),
        wrap_words=mod.CLEAN_WRAP_FUNCTION_WORDS,
        not_names=mod.CLEAN_NOT_NAMES,
        stop_words=mod.CLEAN_STOP_WORDS,
        ui_words=mod.CLEAN_UI_WORDS,
    )


@functools.cache
def merged_words(attr: str) -> frozenset[str]:
    """The union of one word-set field (``ui_words``, ``wrap_words`` …) over every language."""
    return frozenset().union(*(getattr(r, attr) for r in all_rules()))


@functools.cache
def all_rules() -> tuple[LangRules, ...]:
    """Rules of every language with clean resources, in a fixed order."""
    return tuple(rules_for(code) for code in sorted(_LANG_MODULES))


def languages() -> tuple[str, ...]:
    """Language codes that have clean resources."""
    return tuple(sorted(_LANG_MODULES))
