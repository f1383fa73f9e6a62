"""The quote heuristics of one language, read from ``storyline.lang.<code>`` and compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from storyline.lang import de, en

_LANGS: dict[str, ModuleType] = {"de": de, "en": en}
DEFAULT_LANGUAGE = "de"  # German first (the project's main language); also used when undetermined


@dataclass(frozen=True)
class QuoteLexicon:
    """Cue words, role nouns, pronouns and media of one language, with the regexes built from them."""

    code: str
    cue_verbs: frozenset[str]
    listener_after: frozenset[str]
    cue_participles: frozenset[str]
    nonfinite_cues: frozenset[str]
    not_source_starts: frozenset[str]
    translated_frame_verbs: frozenset[str]
    translated_opening_verbs: frozenset[str]
    subordinators: frozenset[str]
    clause_subjects: frozenset[str]
    zero_that_cues: frozenset[str]
    past_forms: frozenset[str]
    finite_auxiliaries: frozenset[str]
    cue_particles: dict[str, tuple[str, ...]]
    cue_before_speaker: tuple[str, ...]
    cue_after_speaker: tuple[str, ...]
    subjunctive: frozenset[str]
    complementisers: frozenset[str]
    not_verbs: frozenset[str]
    role_stems: tuple[str, ...]
    role_determiners: frozenset[str]
    object_determiners: frozenset[str]
    prepositions: frozenset[str]
    title_articles: frozenset[str]
    title_function_words: frozenset[str]
    speech_words: frozenset[str]
    naming: re.Pattern[str]
    institution_stems: tuple[str, ...]
    anonymous_roles: tuple[str, ...]
    naming_cues: frozenset[str]
    pronouns: dict[str, str]
    gender_honorifics: dict[str, str]
    name_titles: frozenset[str]
    name_particles: frozenset[str]
    medium_nouns: frozenset[str]
    medium_suffixes: tuple[str, ...]
    not_names: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    abbreviations: frozenset[str]
    role_complement: re.Pattern[str]
    determined_noun: re.Pattern[str]
    honorific_name: re.Pattern[str]
    first_name: re.Pattern[str]
    cue_regex: re.Pattern[str]
    pronoun_regex: re.Pattern[str]
    age_noun: re.Pattern[str]
    age_genders: dict[str, str]
    prep_cue: re.Pattern[str]
    impersonal_cues: frozenset[str]
    impersonal_source_preps: frozenset[str]
    document_front: re.Pattern[str]

    def is_role_word(self, word: str) -> bool:
        """True for a role noun or a compound ending in one ("Innenministerin", "Regierungssprecher")."""
        low = word.lower()
        return low.endswith(self.role_stems) and (word[:1].isupper() or self.code == "en")

    def is_medium_word(self, word: str) -> bool:
        """True for a medium noun or a compound ending in one ("Nachrichtenagentur"); capitalised in German."""
        return word.lower().endswith(self.medium_suffixes) and (word[:1].isupper() or self.code == "en")

    def is_cue_verb(self, word: str) -> bool:
        """True for a saying verb form (German verbs are lowercase: "das Sagen" is a noun)."""
        return word.lower() in self.cue_verbs and (self.code != "de" or not word[:1].isupper())


def _alternation(items: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of literal items, longest first so "nach Angaben des" beats "nach"."""
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


def _trie(words: frozenset[str] | tuple[str, ...]) -> str:
    """A regex matching exactly ``words``, factored by common prefixes: much faster than a flat alternation."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _capitalised(name: str) -> str:
    """ "karl-heinz" → "Karl-Heinz"."""
    return "-".join(part.capitalize() for part in name.split("-"))


def _role_complement(code: str) -> re.Pattern[str]:
    """The genitive/of-complement after a role noun: "(der Sprecher) des Ministeriums", "(a spokesperson) for X"."""
    if code == "de":
        return re.compile(r"\s+(?:des|der|vom|von(?:\s+(?:der|dem|den))?)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
                          r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?")
    return re.compile(r"\s+(?:for|of|at)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|[a-z][\w-]*)")


@cache
def lexicon(language: str | None) -> QuoteLexicon:
    """The lexicon for ``language`` (ISO 639-1); unknown or None falls back to German."""
    code = language if language in _LANGS else DEFAULT_LANGUAGE
    mod = _LANGS[code]
    prep = tuple(mod.QUOTE_CUE_BEFORE_SPEAKER) + tuple(mod.QUOTE_CUE_AFTER_SPEAKER)
    # adjectives between determiner and role noun: lowercase words ("der neue Sprecher", "a senior official")
    adjectives = r"(?:[a-zäöüß][\w-]*\s+){0,2}"
    noun = r"[A-ZÄÖÜ][\w-]*" if code == "de" else r"[\w-]+"
    determiners = frozenset(mod.QUOTE_ROLE_DETERMINERS) | {d.capitalize() for d in mod.QUOTE_ROLE_DETERMINERS}
    first_names = frozenset(_capitalised(n) for n in mod.QUOTE_FIRST_NAMES_FEMALE | mod.QUOTE_FIRST_NAMES_MALE)
    return QuoteLexicon(
        code=code,
        cue_verbs=mod.QUOTE_CUE_VERBS,
        impersonal_cues=mod.QUOTE_IMPERSONAL_CUES,
        impersonal_source_preps=mod.QUOTE_IMPERSONAL_SOURCE_PREPS,
        document_front=re.compile(mod.QUOTE_DOCUMENT_FRONT, re.IGNORECASE),
        listener_after=mod.QUOTE_CUE_LISTENER_AFTER,
        cue_participles=mod.QUOTE_CUE_PARTICIPLES,
        nonfinite_cues=mod.QUOTE_CUE_NONFINITE,
        not_source_starts=mod.QUOTE_NOT_SOURCE_STARTS,
        translated_frame_verbs=mod.QUOTE_TRANSLATED_FRAME_VERBS,
        translated_opening_verbs=mod.QUOTE_TRANSLATED_OPENING_VERBS,
        subordinators=mod.QUOTE_SUBORDINATORS,
        clause_subjects=mod.QUOTE_CLAUSE_SUBJECTS,
        zero_that_cues=mod.QUOTE_ZERO_THAT_CUES,
        past_forms=mod.QUOTE_PAST_FORMS,
        finite_auxiliaries=mod.QUOTE_FINITE_AUXILIARIES,
        cue_particles=mod.QUOTE_CUE_PARTICLES,
        cue_before_speaker=mod.QUOTE_CUE_BEFORE_SPEAKER,
        cue_after_speaker=mod.QUOTE_CUE_AFTER_SPEAKER,
        subjunctive=mod.QUOTE_SUBJUNCTIVE,
        complementisers=mod.QUOTE_COMPLEMENTISERS,
        not_verbs=mod.QUOTE_NOT_VERBS,
        role_stems=mod.QUOTE_ROLE_STEMS,
        role_determiners=mod.QUOTE_ROLE_DETERMINERS,
        object_determiners=mod.QUOTE_OBJECT_DETERMINERS,
        prepositions=mod.QUOTE_PREPOSITIONS,
        title_articles=mod.QUOTE_TITLE_ARTICLES,
        title_function_words=mod.QUOTE_TITLE_FUNCTION_WORDS,
        speech_words=mod.QUOTE_SPEECH_WORDS,
        naming=re.compile(rf"\b(?:{_trie(mod.QUOTE_NAMING_WORDS)})"
                          rf"(?:[ \t]+(?:{_trie(mod.QUOTE_TITLE_ARTICLES)}))?[ \t]*$", re.IGNORECASE),
        institution_stems=mod.QUOTE_INSTITUTION_STEMS,
        anonymous_roles=mod.QUOTE_ANONYMOUS_ROLES,
        naming_cues=mod.QUOTE_NAMING_CUES,
        pronouns=mod.QUOTE_PRONOUNS,
        gender_honorifics=mod.QUOTE_GENDER_HONORIFICS,
        name_titles=mod.QUOTE_NAME_TITLES,
        name_particles=mod.QUOTE_NAME_PARTICLES,
        medium_nouns=mod.QUOTE_MEDIUM_NOUNS,
        medium_suffixes=tuple(sorted(mod.QUOTE_MEDIUM_NOUNS)),
        not_names=mod.QUOTE_NOT_NAMES,
        female_names=mod.QUOTE_FIRST_NAMES_FEMALE,
        male_names=mod.QUOTE_FIRST_NAMES_MALE,
        abbreviations=mod.QUOTE_ABBREVIATIONS,
        age_noun=re.compile(rf"\b({_alternation(frozenset(mod.QUOTE_AGE_DETERMINERS))})\s+\d{{1,3}}-{mod.QUOTE_AGE_NOUN}\b",
                            re.IGNORECASE),
        age_genders=mod.QUOTE_AGE_DETERMINERS,
        role_complement=_role_complement(code),
        # determiner + up to two adjectives + noun: where role nouns ("der Sprecher") and media ("der Agentur") sit
        # both cases spelled out: a case-sensitive alternation is several times faster than (?i:…)
        determined_noun=re.compile(rf"\b({_trie(determiners)})\s+{adjectives}({noun})",
                                   re.IGNORECASE if code == "en" else 0),
        honorific_name=re.compile(rf"\b({_alternation(frozenset(mod.QUOTE_GENDER_HONORIFICS))})\.?[ \t]+"
                                  r"([A-ZÄÖÜ][\w-]+)", re.IGNORECASE),
        # a lookahead, so overlapping pairs are all seen: "Gewerkschaftschefin Anna Berger" → "Anna Berger"
        first_name=re.compile(rf"\b({_trie(first_names)})[ \t]+([A-ZÄÖÜ][\w-]+)"),
        cue_regex=re.compile(rf"\b{_trie(mod.QUOTE_CUE_VERBS)}\b", 0 if code == "de" else re.IGNORECASE),
        pronoun_regex=re.compile(rf"\b(?:{_alternation(frozenset(mod.QUOTE_PRONOUNS))})\b", re.IGNORECASE),
        prep_cue=re.compile(rf"\b(?i:{_alternation(prep)})\b") if prep else re.compile(r"(?!x)x"),
    )
