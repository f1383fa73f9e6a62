"""Within-article entity linking: each mention gets the article's canonical form of its name.

Resolves honorifics ("Herr Lawrow"), genitives ("Macrons" when "Macron" is in the article),
surname-only mentions (to the one full name with that surname in the article), first-word
organisation mentions ("Voltaris" → "Voltaris Batterien"), acronyms from
initials ("dpa" after "Deutsche Presse-Agentur") and LOC-typed demonyms ("Franzosen" → Frankreich).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.extract.entity_keys import (
    acronym_concepts,
    adjective_fold,
    demonym_country,
    drop_first_word,
    genitive_bases,
    initials,
    institution_noun,
    institution_nouns_of,
    known_place_names,
    place_concepts,
    strip_leading,
    strip_possessive,
    translit_key,
)
from storyline.lang import de as lang_de
from storyline.lang import en as lang_en
from storyline.model import Mention, stable_id

_BRACKET = re.compile(r"\s*\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7})\)")
# A hyphenated given name in lower case after the hyphen ("Shao-wei", "Chia-hao") follows the family name, as
# Chinese names are written: "Lin" alone is then "Lin Shao-wei".
_FAMILY_NAME_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")
# A federal body's name without "Bundes" shortens it when this long or longer: "Kartellamt" is the
# "Bundeskartellamt", but "Tag", "Rat" and "Amt" are no short forms of "Bundestag", "Bundesrat", "Bundesamt".
_MIN_FEDERAL_BODY = 5
ID_PREFIX = "n"  # entity ids: "n" + 16 hex digits ("e" is taken by error records)


def surface_name(mention: Mention, language: str | None) -> str:
    """The mention's name without honorifics, leading articles and apostrophe genitives."""
    name = strip_possessive(" ".join(mention.text.split()))
    return strip_leading(name, language, person=mention.type == "PER")


def group_key(type_: str, name: str) -> str:
    """Identity key of a normalised name: persons apart; ORG/LOC/MISC share one namespace (tagger noise)."""
    if type_ == "PER":
        return f"P:{translit_key(name)}"
    folded = adjective_fold(drop_first_word(drop_first_word(drop_first_word(name, _KEY_ARTICLES), _KEY_CLUB_PREFIXES),
                                            lang_de.LOC_SAME_PLACE_HEADS))
    concept = acronym_concepts().get(folded) or place_concepts().get(folded)
    return f"A:{concept}" if concept is not None else f"X:{translit_key(folded)}"


# For keys only, a leading article of any case goes ("Der Tagesblick" ~ "Tagesblick"), and so does a
# designator naming the same place ("Freistaat Sachsen" ~ "Sachsen").
_KEY_ARTICLES = lang_de.LEADING_ARTICLES | lang_en.LEADING_ARTICLES
# ... and a sports club's prefix ("FC Schachtwerk Herne" ~ "Schachtwerk Herne").
_KEY_CLUB_PREFIXES = frozenset(p.casefold() for p in lang_de.ORG_CLUB_PREFIXES if " " not in p)


def key_id(key: str) -> str:
    """Stable entity id of an identity key."""
    return stable_id(key, prefix=ID_PREFIX)


def _deinflect(name: str, known: set[str]) -> str:
    """Undo a German genitive on the last word when the base is known in the article or is a country."""
    head, _, last = name.rpartition(" ")
    if not head and last.casefold() in known_place_names():
        return name  # "Hessen" is a place itself, not the genitive of "Hesse" (its English name)
    for base in genitive_bases(last):
        full = f"{head} {base}" if head else base
        if full.casefold() in known or (not head and base.casefold() in known_place_names()):
            return full
    return name


def _surname_map(names: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Folded surname → full name, for surnames that belong to exactly one full name in the article."""
    by_surname: dict[str, set[str]] = {}
    for type_, name in names:
        parts = name.split()
        if type_ == "PER" and len(parts) > 1 and not _particle_surname(name):
            by_surname.setdefault(translit_key(parts[-1]), set()).add(name)
            if len(parts) == 2 and _FAMILY_NAME_FIRST.fullmatch(parts[1]):
                by_surname.setdefault(translit_key(parts[0]), set()).add(name)
    return {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1}


def _head_map(names: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Folded first word → organisation name, for first words of exactly one two-word ORG in the article:
    organisations are shortened to their first word ("Voltaris" for "Voltaris Batterien")."""
    by_head: dict[str, set[str]] = {}
    for type_, name in names:
        parts = name.split()
        if type_ == "ORG" and len(parts) == 2 and parts[0][:1].isupper():
            by_head.setdefault(parts[0].casefold(), set()).add(name)
    return {k: next(iter(v)) for k, v in by_head.items() if len(v) == 1}


def _particle_surname(name: str) -> bool:
    """Whether a person's name is a surname with its particle only ("van der Veen", "Van der Veen", "ten Brink")."""
    head = name.rsplit(" ", 1)[0].casefold()
    return head in lang_de.PERSON_NAME_PARTICLES


def _federal_map(names: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Folded body → the one-word federal organisation of the article it shortens ("kartellamt" →
    "Bundeskartellamt", "rechnungshof" → "Bundesrechnungshof"): the article writes it in full first."""
    prefix = lang_de.ORG_FEDERAL_PREFIX
    return {name[len(prefix):].casefold(): name for type_, name in names
            if type_ == "ORG" and " " not in name and name.startswith(prefix) and name[len(prefix):][:1].islower()
            and len(name) - len(prefix) >= _MIN_FEDERAL_BODY}


def _institution_map(names: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Folded institution noun → the one organisation of the article named with it ("Staatsanwaltschaft" →
    "Staatsanwaltschaft Halle", "Landtag" → "Thüringer Landtag"), for nouns that name exactly one."""
    found: dict[str, set[str]] = {}
    for type_, name in names:
        if type_ == "ORG" and " " in name:
            for key in institution_nouns_of(name):
                found.setdefault(key, set()).add(name)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _acronym_map(text: str, mentions: Sequence[Mention], names: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Acronym (case-folded) → its long form in the article: defined in brackets after the name
    ("Bayerische Regionalbahn (BayRB)"), or the one multi-word name with those initials."""
    found: dict[str, set[str]] = {}
    for type_, name in names:
        if type_ != "PER" and len(name.replace("-", " ").split()) > 1:
            for acro in initials(name):
                found.setdefault(acro, set()).add(name)
    out = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
    for mention, (type_, name) in zip(mentions, names, strict=True):
        bracket = _BRACKET.match(text, mention.end)
        # also an institution noun written alone ("das Landeskriminalamt (LKA)")
        if type_ != "PER" and (" " in name or institution_noun(name)) and bracket:
            out[bracket.group(1).casefold()] = name
    return out


def _looks_acronym(name: str) -> bool:
    """ "EZB", "UN", "dpa", "AfD": one short word, all capitals, all lower case, or two capitals or more."""
    if " " in name or not 2 <= len(name) <= 6:
        return False
    return name.isupper() or name.islower() or sum(ch.isupper() for ch in name) >= 2


def canonical_in_article(type_: str, name: str, context: dict[str, dict[str, str]], language: str | None) -> str:
    """The article-level canonical form of one normalised name."""
    if type_ == "LOC" and " " not in name:
        country = demonym_country(name, language)
        if country is not None:
            return country
    if type_ == "PER" and " " in name and _particle_surname(name):
        # "van der Veen", "ten Brink": a surname with its particle is the article's full name with that surname
        full = context["surnames"].get(translit_key(name.rsplit(" ", 1)[-1]))
        return full if full is not None and full.casefold().endswith(name.casefold()) else name
    if type_ == "PER" and " " not in name:
        # A German genitive surname before its noun ("Plessows Verteidigerin") is the article's person
        # with that surname when no bare "Plessow" was written to deinflect it against.
        bases = [] if language == "en" else [b for b in genitive_bases(name) if not name.endswith("n")]
        for candidate in (name, *bases):
            full = context["surnames"].get(translit_key(candidate))
            if full is not None:
                return full
        return name
    if type_ == "ORG" and " " not in name and language != "en":
        for base in (name, *genitive_bases(name)):
            if (federal := context["federal"].get(base.casefold())) is not None:
                return federal
    if type_ == "ORG" and " " not in name and name.casefold() in context["heads"]:
        return context["heads"][name.casefold()]
    if type_ == "ORG" and " " not in name and (key := institution_noun(name)) in context["institutions"]:
        return context["institutions"][key]
    if type_ != "PER" and _looks_acronym(name):
        long = context["acronyms"].get(name.casefold())
        if long is None and type_ == "ORG":
            long = lang_de.ORG_BARE_INSTITUTION_ACRONYMS.get(name.casefold())
        if long is not None and " " not in long and (key := institution_noun(long)) in context["institutions"]:
            # an institution noun's acronym is the article's full name with that noun, as the noun itself is
            return context["institutions"][key]
        return long or name
    return name


def link_in_article(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """Mentions with ``canonical_name`` (article-level canonical form) and a provisional ``entity_id``.

    The provisional id is the stable hash of the name's identity key, so the same name in two articles
    already agrees; :func:`storyline.extract.entities.assign_entity_ids` merges the remaining variants.
    """
    names = [(m.type, surface_name(m, language)) for m in mentions]
    known = {n.casefold() for _, n in names}
    names = [(t, _deinflect(n, known)) for t, n in names]
    context = {"surnames": _surname_map(names), "acronyms": _acronym_map(text, mentions, names), "heads": _head_map(names),
               "institutions": _institution_map(names), "federal": _federal_map(names)}
    out = []
    for mention, (type_, name) in zip(mentions, names, strict=True):
        canonical = canonical_in_article(type_, name, context, language)
        out.append(mention.model_copy(update={"canonical_name": canonical, "entity_id": key_id(group_key(type_, canonical)),
                                              "local_name": canonical, "local_type": type_}))
    return out
