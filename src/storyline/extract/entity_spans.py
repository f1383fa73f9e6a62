"""Text-level helpers around the NER model: a model view of the text, and mention propagation.

- :func:`model_view` title-cases all-caps datelines ("HAMBURG (nw) –" → "Hamburg (nw) –"): the model saw
  few all-caps words in training and tags them ORG; the view keeps every offset, so spans still fit.
- :func:`harmonise` gives a name one type per article and drops dateline agency markers; before voting it
  merges "<institution> <place>" and "<ORG> <place>" into one organisation ("Polizei Niederbayern",
  "Kommunal-IT Sachsen") and retypes a two-word "person" whose first word stands alone elsewhere in the
  article ("Voltaris Batterien" … "Voltaris"): people are called by their surname, organisations by their
  first word.
- :func:`propagate` adds the mentions the model missed on repeats (one name, one reading per article):
  further occurrences of a recognised name (and its genitive), a company's name without its legal form
  ("Elbtainer AG" … "Elbtainer"), a person's bare surname, and an acronym introduced in brackets after a
  name ("Bayerische Regionalbahn (BayRB)"). The first part of a compound ("DKV-Chef") is not searched:
  tried in entity stage v4, it cost canonical-name accuracy.
"""

from __future__ import annotations

import importlib.resources
import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from types import ModuleType

from storyline.extract.entity_keys import initials, institution_noun, spells
from storyline.lang import de as lang_de
from storyline.lang import en as lang_en
from storyline.model import EntityType, Mention

_DATELINE = re.compile(r"(?m)^([A-ZÄÖÜ]{3,}(?:[ -][A-ZÄÖÜ]{2,})*)(?=\s*(?:\(|–|—|-|,|/|:))")
# "BRUSSELS (CPA) –": the bracket after a dateline place names the agency, which is not a mention there.
_DATELINE_AGENCY = re.compile(
    r"(?m)^[A-ZÄÖÜ][\w./, -]{1,40}?(?:\s*\([A-ZÄÖÜ]+\))?\s*\(([^()\n]{1,20})\)\s*[–—-]"
    # "Hamburg (nw). Im Tarifkonflikt …": a lower-case agency code may end the dateline with a full stop
    r"|^[A-ZÄÖÜ][\w./, -]{1,40}?\s*\(([a-z]{2,5})\)[.:]\s"
)
# Places opening a dateline, several joined by "/" ("DRESDEN/DEN HAAG (nw) –").
_DATELINE_PLACES = re.compile(
    r"(?m)^[A-ZÄÖÜ]{2,}(?:[ -][A-ZÄÖÜ]{2,})*(?:/[A-ZÄÖÜ]{2,}(?:[ -][A-ZÄÖÜ]{2,})*)*(?=\s*(?:\(|–|—|-|,))"
)
# A dateline for certain: the places, then an agency bracket and a dash ("WUPPERFURT (nw) –"), a dash
# ("HERNE – "), or a country after a comma ("WUPPERFURT, Deutschland –"); a capitalised line opening with a
# hyphen ("EU-Kommission") or an acronym ("GMF fordert") is none.
_DATELINE_CERTAIN = re.compile(
    r"(?m)^[A-ZÄÖÜ]{4,}(?:[ -][A-ZÄÖÜ]{2,})*(?:/[A-ZÄÖÜ]{2,}(?:[ -][A-ZÄÖÜ]{2,})*)*"
    r"(?=\s*\([^()\n]{1,20}\)\s*[–—-]\s|[ \t]+[–—-]\s|,[ \t]+[A-ZÄÖÜ][\w-]+[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[–—-]\s)"
)
_BRACKET_ACRONYM = re.compile(r"\s*\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7})\)")


def _agency_span(match: re.Match[str]) -> tuple[int, int]:
    """The span of the agency code in a dateline match (either form of :data:`_DATELINE_AGENCY`)."""
    return match.span(1) if match.group(1) is not None else match.span(2)


def dateline_agency_spans(text: str) -> list[tuple[int, int]]:
    """Where a dateline names its agency ("BRUSSELS (CPA) –"): text, never a mention (samples/FORMAT.md)."""
    return [_agency_span(m) for m in _DATELINE_AGENCY.finditer(text)]


def model_view(text: str) -> str:
    """The text as the model should read it: all-caps datelines title-cased, letters with diacritics German
    does not use folded to their base letter ("Karadağ" → "Karadag", "Żółtowski" → "Zoltowski"), offsets
    unchanged."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(1)
        titled = re.sub(r"[A-ZÄÖÜ]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), word)
        return titled if len(titled) == len(word) else word

    return _DATELINE.sub(fix, text).translate(_folding())


@cache
def _folding() -> dict[int, str]:
    """Latin letters with diacritics, except German's own (ä ö ü ß), mapped to one base letter. The model saw
    few such letters in training and splits names at a rare one ("Yasemin Karadağ" was "Yasemin")."""
    import unicodedata

    table = {ord(k): v for k, v in {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                                     "ħ": "h", "Ħ": "H"}.items()}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        if ch in "äöüÄÖÜß" or not ch.isalpha():
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[code] = base
    return table


def _looks_acronym(word: str) -> bool:
    return sum(ch.isupper() for ch in word) >= 2


def _candidates(text: str, mentions: list[Mention], lang: ModuleType) -> dict[str, EntityType]:
    """Names worth finding again, with the type the article gave them most often."""
    courtesy, legal_forms, regions = lang.COURTESY_TITLES, lang.ORG_LEGAL_FORMS, lang.ORG_REGION_SUFFIXES
    votes: dict[str, Counter[EntityType]] = {}
    for m in mentions:
        words = m.text.split()
        if m.type == "PER" and words and words[0].lower() in courtesy:
            words = words[1:]
        names = [" ".join(words)]
        if m.type == "PER" and len(words) > 1:
            names.append(words[-1])
        if m.type == "MISC" and len(words) > 1 and words[0] in lang.SHIP_PREFIXES:
            names.append(" ".join(words[1:]))  # "MV Kestrel" … "die Kestrel"
        if m.type == "ORG" and len(words) > 1 and words[-1].casefold() in legal_forms | regions:
            names.append(" ".join(words[:-1]))  # "Elbtainer AG" … "Elbtainer", "Hafenunion Nord" … "Hafenunion"
        if m.type != "PER":
            bracket = _BRACKET_ACRONYM.match(text, m.end)
            if bracket and _looks_acronym(bracket.group(1)):
                names.append(bracket.group(1))
        for name in names:
            if len(name) >= 3 and name[0].isupper():
                votes.setdefault(name, Counter())[m.type] += 1
    return {name: c.most_common(1)[0][0] for name, c in votes.items()}


def propagate(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` plus further occurrences of their names (and genitive "-s" forms) not yet covered."""
    lang = lang_en if language == "en" else lang_de
    taken = [(m.start, m.end) for m in mentions] + [_agency_span(m) for m in _DATELINE_AGENCY.finditer(text)]
    added: list[Mention] = []
    for name, type_ in sorted(_candidates(text, mentions, lang).items(), key=lambda kv: -len(kv[0])):
        if name.casefold() in lang.NOT_ENTITIES:
            continue
        for start, end in uncovered(text, name, taken):
            before = text[max(0, start - 12) : start].split()
            if type_ == "PER" and before and before[-1] in lang.NOT_NAME_BEFORE:
                continue  # "im Keller", "the Lord": a common noun, not the surname
            taken.append((start, end))
            added.append(Mention(start=start, end=end, text=text[start:end], type=type_))
        if type_ in ("ORG", "LOC") and f"{name}-" in text:
            # The first part of a compound is a mention too ("Elbtainer-Chef", "Leipzig-based"), as
            # samples/FORMAT.md annotates it; not for persons ("Berger-Plan" names a plan).
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?=-[^\W\d_])", text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    taken.append(m.span())
                    added.append(Mention(start=m.start(), end=m.end(), text=name, type=type_))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def uncovered(text: str, name: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The :func:`occurrences` of ``name`` overlapping no span in ``taken``, checked as each is yielded,
    so spans the caller appends to ``taken`` meanwhile count too."""
    for start, end in occurrences(text, name):
        if not any(s < end and start < e for s, e in taken):
            yield start, end


def known_acronyms(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` plus the well-known acronyms of our tables ("EU", "UN", "BKA") where the model missed them.

    Written exactly as listed (case-sensitive), as a word of their own or opening a compound; one naming a
    country ("USA", "DDR") is a place, the others are organisations. Only these tables' acronyms, whose
    meaning does not depend on the article, so no guess is made for unknown capitals. An agency code in a
    dateline ("BERLIN (AFP) –") is text, not a mention (samples/FORMAT.md).
    """
    lang = lang_en if language == "en" else lang_de
    types, pattern = _acronym_types(lang.__name__)
    taken = [(m.start, m.end) for m in mentions] + [_agency_span(m) for m in _DATELINE_AGENCY.finditer(text)]
    added: list[Mention] = []
    for m in pattern.finditer(text):
        start, end = m.span()
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            added.append(Mention(start=start, end=end, text=m.group(), type=types[m.group()]))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


@cache
def _acronym_types(module: str) -> tuple[dict[str, EntityType], re.Pattern[str]]:
    """Acronym → type for a language module's ``ACRONYMS`` (LOC for those naming a country, ``ACRONYM_PLACES``),
    and the pattern finding them: a word of its own or the first part of a compound ("EU-Kommission", as
    samples/FORMAT.md annotates it), not after a hyphen ("Nicht-EU-Staaten") and with no genitive "s"."""
    lang = lang_en if module == lang_en.__name__ else lang_de
    types: dict[str, EntityType] = {
        acronym: "LOC" if acronym in lang.ACRONYM_PLACES else "ORG" for acronym in lang.ACRONYMS
        if len(acronym) >= 2 and acronym[:1].isupper()  # "dpa", "epd": lower-case agency codes
    }
    alternation = "|".join(re.escape(a) for a in sorted(types, key=len, reverse=True))
    return types, re.compile(rf"(?<![\w-])(?:{alternation})(?!\w)")


def _word_char(ch: str) -> bool:
    """Whether ``ch`` is a regex word character (``\\w``: alphanumeric or underscore)."""
    return ch.isalnum() or ch == "_"


def _name_may_end(text: str, pos: int) -> bool:
    """Whether a name may end at ``pos``: neither a word character nor a hyphen follows ("Berger-Plan" is no repeat)."""
    return pos >= len(text) or not (_word_char(text[pos]) or text[pos] == "-")


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Spans of ``name`` (or its genitive ``name`` + "s") standing as a word of its own, left to right.

    The same spans as ``re.finditer(rf"(?<![\\w-]){re.escape(name)}s?(?![\\w-])", text)``,
    found with ``str.find``: compiling one pattern per name and article cost more than the scan itself.
    """
    out: list[tuple[int, int]] = []
    size = len(name)
    i = text.find(name)
    while i >= 0:
        end = -1
        if i == 0 or not (_word_char(text[i - 1]) or text[i - 1] == "-"):
            if text.startswith("s", i + size) and _name_may_end(text, i + size + 1):
                end = i + size + 1
            elif _name_may_end(text, i + size):
                end = i + size
        if end >= 0:
            out.append((i, end))
            i = text.find(name, end)
        else:
            i = text.find(name, i + 1)
    return out


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)[„\"»(]?$")


def drop_sentence_adverbs(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` without lone words that open a sentence only because they are capitalised there.

    "Kommissarisch übernimmt …", "Finanziell steht …": one word with an adverb or adjective ending
    (``NOT_NAME_ENDINGS_AT_SENTENCE_START``) right at a sentence start, which the article never writes
    capitalised inside a sentence ("Anna Fröhlich" … "Fröhlich sagte" keeps the surname).
    """
    lang = lang_en if language == "en" else lang_de
    endings = lang.NOT_NAME_ENDINGS_AT_SENTENCE_START
    if not endings:
        return mentions
    out = []
    for m in mentions:
        word = m.text
        if (" " not in word and word.lower().endswith(endings)
                and _SENTENCE_START.search(text, max(0, m.start - 4), m.start)
                and not any(not _SENTENCE_START.search(text, max(0, s - 4), s) for s, _ in occurrences(text, word))):
            continue
        out.append(m)
    return out


_INDEFINITE = frozenset({"ein", "eine", "einer", "eines", "einem", "einen", "jede", "jeder", "jedes"})


def institution_names(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` plus "<institution> der/für <Name>" organisations the model missed, and the compound
    institutions named by their purpose ("Zentralstelle zur Bekämpfung der Internetkriminalität").

    "Verband der Hafenbetriebe Nord", "Landesstelle für Bahnunfalluntersuchung": a capitalised word
    ending in an institution head, a linking word, then one or two capitalised words (joined by "und"
    too). Not after an indefinite article ("eine Stiftung für Kinder" names no one), and not where a
    mention already is; an acronym in brackets right after it is then found by :func:`propagate`.
    """
    lang = lang_en if language == "en" else lang_de
    if not lang.ORG_INSTITUTION_ENDINGS:
        return mentions
    added: list[Mention] = []
    purposes = [m for m in _purpose_pattern(lang.ORG_PURPOSE_LINKS).finditer(text)
                if m.group(1).casefold() not in lang.ORG_INSTITUTION_ENDINGS] if lang.ORG_PURPOSE_LINKS else []
    for m in [*purposes, *_institution_pattern(lang.ORG_INSTITUTION_LINKS).finditer(text)]:
        head = m.group(1).casefold()
        if not head.endswith(lang.ORG_INSTITUTION_ENDINGS) or head in lang.ORG_INSTITUTION_NOT_ALONE:
            continue
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1].casefold() in _INDEFINITE:
            continue
        if any(x.start < m.end() and m.start() < x.end for x in [*mentions, *added]):
            continue
        added.append(Mention(start=m.start(), end=m.end(), text=m.group(0), type="ORG"))
    return sorted([*mentions, *added], key=lambda x: (x.start, x.end)) if added else mentions


_BARE_NOUN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?![\w-])")


def bare_institutions(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` plus German institution nouns written alone ("die Staatsanwaltschaft", "im Kreistag", "des
    Landeskriminalamts", "das Verteidigungsministerium"): ``ORG_BARE_INSTITUTIONS`` each mean one body, the one
    the article names (samples/FORMAT.md annotates them). Not after an indefinite article, not inside a mention."""
    if not (lang_en if language == "en" else lang_de).ORG_BARE_INSTITUTIONS:
        return mentions
    added: list[Mention] = []
    for m in _BARE_NOUN.finditer(text):
        word = m.group().casefold()
        base = institution_noun(word)
        if base is None or (word.endswith("n") and base != word):
            continue
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1].casefold() in _INDEFINITE:
            continue
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        added.append(Mention(start=m.start(), end=m.end(), text=m.group(), type="ORG"))
    return sorted([*mentions, *added], key=lambda x: (x.start, x.end)) if added else mentions


@cache
def _institution_pattern(links: frozenset[str]) -> re.Pattern[str]:
    """ "<Head> der/für <Name> [und <Name>]", compiled once per set of linking words."""
    alternation = "|".join(sorted(links))
    name = r"[A-ZÄÖÜ][\w-]+"
    return re.compile(rf"(?<![\w-])({name})\s+(?:{alternation})\s+{name}(?:\s+(?:und\s+)?{name})?(?![\w-])")


@cache
def _purpose_pattern(links: frozenset[str]) -> re.Pattern[str]:
    """ "<Head> zur <Noun>ung der/des/von <Name>" ("Zentralstelle zur Bekämpfung der Internetkriminalität")."""
    alternation = "|".join(sorted(links))
    name = r"[A-ZÄÖÜ][\w-]+"
    return re.compile(rf"(?<![\w-])({name})\s+(?:{alternation})\s+[A-ZÄÖÜ]\w+ung\s+(?:der|des|von)\s+{name}(?![\w-])")


@cache
def _ship_pattern(prefixes: frozenset[str]) -> re.Pattern[str]:
    """A ship prefix and one or two capitalised words ("MV Kestrel"), compiled once per prefix set."""
    alternation = "|".join(sorted(prefixes))
    return re.compile(rf"(?<![\w-])(?:{alternation})[ \t]+[A-ZÄÖÜ][\w-]+(?:[ \t]+[A-ZÄÖÜ][\w-]+)?(?![\w-])")


def ship_names(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with "MV Kestrel"-style vessel names as MISC; model pieces inside them give way."""
    lang = lang_en if language == "en" else lang_de
    out = list(mentions)
    for m in _ship_pattern(lang.SHIP_PREFIXES).finditer(text):
        start, end = m.span()
        # a second capitalised word after the name is kept only when the model saw it as part of the name
        words = m.group(0).split()
        if len(words) == 3 and not any(x.start <= m.start() + len(" ".join(words[:2])) < x.end for x in mentions
                                       if x.end >= end):
            end = start + len(" ".join(words[:2]))
        if any(x.start < end and start < x.end and not (start <= x.start and x.end <= end) for x in out):
            continue
        out = [x for x in out if not (start <= x.start and x.end <= end)]
        out.append(Mention(start=start, end=end, text=text[start:end], type="MISC"))
        bare = text[start:end].split(maxsplit=1)[1]
        out = [x.model_copy(update={"type": "MISC"}) if x.text == bare else x for x in out]  # "the Kestrel"
    return sorted(out, key=lambda x: (x.start, x.end))


_QUOTED_NAME = re.compile(r"[„\"»]([A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ0-9][\w-]*){0,2})[“\"«]")


def quoted_ship_names(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with vessel names German writes in quotes after a vessel noun as MISC ("der Tanker „Merwede
    Ster“", "das Tankmotorschiff „Merwede Ster“"), and that quoted name wherever else the article writes it
    ("im Steuerhaus der „Merwede Ster“"); the model's pieces inside give way."""
    lang = lang_en if language == "en" else lang_de
    nouns = lang.VESSEL_NOUN_ENDINGS
    if not nouns:
        return mentions
    names = set()
    for m in _QUOTED_NAME.finditer(text):
        before = re.search(r"(?<![\w-])([A-ZÄÖÜ][\w-]*)[ \t]+$", text[max(0, m.start() - 40) : m.start()])
        if before and before.group(1).casefold().endswith(nouns):
            names.add(m.group(1))
    out = list(mentions)
    for m in _QUOTED_NAME.finditer(text):
        if m.group(1) not in names:
            continue
        start, end = m.span(1)
        if any(x.start < end and start < x.end and not (start <= x.start and x.end <= end) for x in out):
            continue
        out = [x for x in out if not (start <= x.start and x.end <= end)]
        out.append(Mention(start=start, end=end, text=text[start:end], type="MISC"))
    return sorted(out, key=lambda x: (x.start, x.end))


def descriptor_names(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` plus names right after an organisation descriptor the model missed.

    "der IT-Dienstleister Kommunal-IT Sachsen", "das Leipziger Start-up Voltaris Batterien", "die
    Gewerkschaft Hafenunion Nord": a word ending in a descriptor head (``ORG_DESCRIPTOR_HEADS``), then
    one to three capitalised words up to the next lower-case word or punctuation. The descriptor is
    not part of the name (see ``Recogniser._after_descriptor``).
    """
    lang = lang_en if language == "en" else lang_de
    heads = lang.ORG_DESCRIPTOR_HEADS
    if not heads:
        return mentions
    added: list[Mention] = []
    for m in _DESCRIPTOR_NAME.finditer(text):
        if not m.group(1).casefold().endswith(heads) or not _name_shaped(m.group(2)):
            continue
        start, end = m.span(2)
        inside = [x for x in mentions if start <= x.start and x.end <= end]
        if any(x.start < end and start < x.end for x in added) or any(
                x.start < end and start < x.end and x not in inside for x in mentions):
            continue
        if any(x.type == "ORG" and x.start == start and (x.end == end or " " in x.text) for x in inside):
            # the model's own organisation of two words or more opens the run and ends where it saw the name
            # end: "der Halbleiterkonzern Kaiwen Semiconductor Zugeständnisse angekündigt"
            continue
        # The model's pieces inside the name ("Voltaris" as a person in "Voltaris Batterien") give way.
        mentions = [x for x in mentions if x not in inside]
        added.append(Mention(start=start, end=end, text=m.group(2), type="ORG"))
    return sorted([*mentions, *added], key=lambda x: (x.start, x.end)) if added else mentions


def _name_shaped(name: str) -> bool:
    """Two or more words, or one with an inner capital, hyphen or digit ("PwC", "ADAC", "Kommunal-IT").

    A single plain capitalised word after a descriptor is as often a noun ("der Drogeriemarktkette
    Vermögenswerte entziehen", "dem Start-up Förderungen") as a name (10kGNAD sample), so it is left
    to the model.
    """
    return " " in name or any(ch.isupper() or ch.isdigit() or ch == "-" for ch in name[1:])


# A descriptor word, then a name of one to three capitalised words ("Kommunal-IT Sachsen", "FC 1921").
_DESCRIPTOR_NAME = re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][\w-]*)(?=[ \t]+([A-ZÄÖÜ][\w-]*[A-Za-zäöüß](?:[ \t]+(?:[A-ZÄÖÜ][\w-]*|\d{1,4}(?![,.]\d))){0,2})"
    r"(?![\w-]))"  # a lookahead, so the name may itself be the next match's descriptor word
)


def harmonise(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """One type per name in an article (majority, first seen on ties), organisation cue words win,
    and no mention of the agency marker in a dateline."""
    lang = lang_en if language == "en" else lang_de
    markers = [_agency_span(m) for m in _DATELINE_AGENCY.finditer(text)]
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in markers)]
    # The all-caps words opening a dateline ("HAGEN (nw) –", "DEN HAAG (CPA) –") name a place.
    places = {(start, end) for start, end, _ in _dateline_parts(_DATELINE_PLACES, text)}
    kept = [m.model_copy(update={"type": "LOC"}) if (m.start, m.end) in places and m.type != "LOC" else m for m in kept]
    kept = _dateline_places(text, kept)
    kept = _first_word_orgs(_merge_org_place(text, kept, lang.ORG_PLACE_HEADS, lang.ORG_PLACE_HEAD_ENDINGS))
    kept = _place_designators(text, kept, lang.LOC_PLACE_HEADS)
    kept = _bodies_of_named_places(text, kept, lang.ORG_PLACE_HEAD_ENDINGS, lang.LOC_PLACE_HEADS)
    kept = _located_surnames(text, _facility_names(text, kept, lang.LOC_FACILITY_HEADS), lang.LOCATIVE_PREPOSITIONS)
    kept = _determined_nouns(text, kept, lang.NOT_NAME_BEFORE if language != "en" else frozenset())
    kept = _elided_coordination(text, kept) if language != "en" else kept
    votes: dict[str, Counter[EntityType]] = {}
    for m in kept:
        votes.setdefault(m.text, Counter())[m.type] += 1
    out = []
    for m in kept:
        words = m.text.split()
        if len(words) > 1 and (words[-1].casefold() in lang.ORG_LAST_WORDS or
                               words[0].casefold().endswith(lang.ORG_FIRST_WORD_ENDINGS)):
            type_: EntityType = "ORG"  # "Elbtainer AG"; "Bauernverband Elbe-Weser", "Landgericht Dresden"
        elif _named_place(m, votes[m.text], lang):
            type_ = "LOC"
        else:
            type_ = max(votes[m.text].items(), key=lambda kv: kv[1])[0]
        out.append(m if type_ == m.type else m.model_copy(update={"type": type_}))
    return out


def _facility_names(text: str, mentions: list[Mention], endings: tuple[str, ...]) -> list[Mention]:
    """ "Stahlwerk Wellesweiler", "Schulcampus Leubnitz": a name right after a facility noun is the facility's
    name with it, a place (samples/FORMAT.md), whatever the model made of the name alone."""
    if not endings:
        return mentions
    return _places_over_head(text, mentions, lambda m, head: m.type != "ORG" and head.endswith(endings))


_ELIDED_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w]*-[ \t]+(?:und|oder|sowie)[ \t]+$")


def _elided_coordination(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Wasserstraßen- und Schifffahrtsamt Mittelrhein", "Industrie- und Handelskammer": a first part whose
    head the hyphen leaves out belongs to the name after "und"."""
    out: list[Mention] = []
    for m in mentions:
        found = _ELIDED_BEFORE.search(text, max(0, m.start - 60), m.start)
        if found and m.type != "PER" and (not out or out[-1].end <= found.start()):
            m = Mention(start=found.start(), end=m.end, text=text[found.start() : m.end], type=m.type)
        out.append(m)
    return out


def full_name_surnames(mentions: list[Mention]) -> set[str]:
    """The last words of the person mentions of two words or more: the surnames the article names in full."""
    return {m.text.split()[-1] for m in mentions if m.type == "PER" and " " in m.text}


def _lone_person_words(mentions: list[Mention]) -> set[str]:
    """One-word person mentions that are no surname of a person the article names in full."""
    surnames = full_name_surnames(mentions)
    return {m.text for m in mentions if m.type == "PER" and " " not in m.text and m.text not in surnames and
            m.text[:1].isupper()}


def _determined_nouns(text: str, mentions: list[Mention], determiners: frozenset[str]) -> list[Mention]:
    """Without one-word "persons" the article also writes after a determiner ("der Wasserstoff", "die
    Hubschrauber"): German news does not put an article before a person's name, so the word is a noun, unless
    the article names a person with it as surname ("Anna Koch … der Koch" is left to the rules that know)."""
    if not determiners:
        return mentions
    alone = _lone_person_words(mentions)
    # a relative pronoun after a comma is no article: "Das Subunternehmen, bei dem Dowhaljuk angestellt war"
    nouns = {word for word in alone if any(
        found.group(1).casefold() in determiners and not re.search(r",[ \t]*(?:\w+[ \t]+)?$",
                                                                    text[max(0, found.start() - 30) : found.start()])
        for found in re.finditer(rf"(?<![\w-])(\w+)[ \t]+{re.escape(word)}(?![\w-])", text))}
    if not nouns:
        return mentions
    return [m for m in mentions if not (m.type == "PER" and m.text in nouns)]


def _located_surnames(text: str, mentions: list[Mention], prepositions: frozenset[str]) -> list[Mention]:
    """A one-word "person" the article puts somewhere ("aus Wellesweiler", "in Wellesweiler") is a place, and so
    are its other mentions, unless the article names a person with it as surname ("Anna Wellesweiler")."""
    if not prepositions:
        return mentions
    alone = _lone_person_words(mentions)
    placed = set()
    for m in mentions:
        if m.type != "PER" or m.text not in alone:
            continue
        before = re.search(r"(?<![\w-])(\w+)[ \t]+$", text[max(0, m.start - 20) : m.start])
        if before and before.group(1) in prepositions:
            placed.add(m.text)
    if not placed:
        return mentions
    return [m.model_copy(update={"type": "LOC"}) if m.type == "PER" and m.text in placed else m for m in mentions]


def _named_place(m: Mention, votes: Counter[EntityType], lang: ModuleType) -> bool:
    """A place by its name's form: a feature word last ("Deutsche Bucht"), a place the model mistypes
    ("Saxony-Anhalt"), or a facility ("Chemiepark Hollbruch", "Stadion am Kanal")."""
    words = m.text.split()
    return (len(words) > 1 and words[-1].casefold() in lang.LOC_FEATURE_LAST_WORDS and m.type != "MISC") or \
        m.text in lang.KNOWN_PLACES or \
        (votes.most_common(1)[0][0] == "ORG" and any(w.casefold().endswith(lang.LOC_FACILITY_ENDINGS) for w in words))


def _dateline_parts(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """Start, end and text of each place a dateline ``pattern`` matches, several joined by "/" ("DRESDEN/DEN HAAG")."""
    out = []
    for match in pattern.finditer(text):
        pos = match.start()
        for part in match.group(0).split("/"):
            out.append((pos, pos + len(part), part))
            pos += len(part) + 1
    return out


def _dateline_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus the places of a certain dateline the model left untagged: a town it does not know
    ("WUPPERFURT (nw) –", title-cased for it but still unseen) is a place there all the same."""
    added = [Mention(start=start, end=end, text=part, type="LOC")
             for start, end, part in _dateline_parts(_DATELINE_CERTAIN, text) if not _overlapping(mentions, start, end)]
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _merge_org_place(text: str, mentions: list[Mention], heads: frozenset[str],
                     endings: tuple[str, ...] = ()) -> list[Mention]:
    """ "Polizei Niederbayern", "Kommunal-IT Sachsen": a LOC right after an institution word or an ORG
    mention (one space between) is the ORG's place qualifier, so the two are one ORG mention."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if m.type == "LOC" and prev is not None and prev.type == "ORG" and text[prev.end : m.start] == " ":
            out[-1] = Mention(start=prev.start, end=m.end, text=text[prev.start : m.end], type="ORG")
            continue
        head = _word_before(text, m.start)
        if m.type == "LOC" and head and head.casefold().endswith(_MEDIA_DESCRIPTORS):
            out.append(m.model_copy(update={"type": "ORG"}))  # "Nachrichtenagentur Nordwire": the agency's name
            continue
        if m.type == "LOC" and head and (head.casefold() in heads or (endings and head.casefold().endswith(endings))):
            start = m.start - len(head) - 1
            if prev is None or prev.end <= start:
                out.append(Mention(start=start, end=m.end, text=text[start : m.end], type="ORG"))
                continue
        out.append(m)
    return out


# two capitalised words; the second is read ahead, so each word is tried as the first of a pair
_BODY_THEN_WORD = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\wäöüß-]*) (?=([A-ZÄÖÜ][\wäöüß-]*)(?![\w-]))")


def _bodies_of_named_places(text: str, mentions: list[Mention], endings: tuple[str, ...],
                            designators: frozenset[str]) -> list[Mention]:
    """ "das Kreisklinikum Ohmtal" where the article names "Landkreis Ohmtal" elsewhere: an institution
    compound ("-klinikum", "-amt", also in the genitive) and, right after it, a word the article tags as a
    place are one organisation, as with a place the model tagged there (:func:`_merge_org_place`); the
    model misses such bodies of places it does not know, when neither word is tagged."""
    if not endings:
        return mentions
    places: set[str] = set()
    for m in mentions:
        if m.type == "LOC":
            head, _, rest = m.text.partition(" ")
            places.add(rest if rest and head.casefold() in designators else m.text)
    added: list[Mention] = []
    for match in _BODY_THEN_WORD.finditer(text):
        body, word = match.group(1).casefold(), match.group(2)
        if word not in places or not (body.endswith(endings) or (body.endswith("s") and body[:-1].endswith(endings))):
            continue
        a, b = match.start(), match.end() + len(word)
        if any(m.start < b and a < m.end for m in (*mentions, *added)):
            continue
        added.append(Mention(start=a, end=b, text=text[a:b], type="ORG"))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# Media nouns before a name: what follows is the medium's own name, never a place qualifying it.
_MEDIA_DESCRIPTORS = ("nachrichtenagentur", "presseagentur")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\wäöüß-]*) $")


def _word_before(text: str, start: int) -> str | None:
    """The capitalised word one space before ``start`` ("Polizei" before "Niederbayern"), if there is one."""
    m = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return m.group(1) if m else None


def _place_designators(text: str, mentions: list[Mention], heads: frozenset[str]) -> list[Mention]:
    """ "Freistaat Sachsen", "Landkreis Regensburg": a place right after a designator word is one place
    with it (the mention then starts at the designator, which is not a mention of its own)."""
    if not heads:
        return mentions
    return _places_over_head(text, mentions, lambda m, head: m.type == "LOC" and head in heads)


def _places_over_head(text: str, mentions: list[Mention], fits: Callable[[Mention, str], bool]) -> list[Mention]:
    """``mentions`` where each one ``fits`` the capitalised word right before it (case-folded) becomes one
    place starting at that word, unless the mention before already reaches into it."""
    out: list[Mention] = []
    for m in mentions:
        head = _word_before(text, m.start)
        start = m.start - len(head) - 1 if head else m.start
        if head and fits(m, head.casefold()) and (not out or out[-1].end <= start):
            m = Mention(start=start, end=m.end, text=text[start : m.end], type="LOC")
        out.append(m)
    return out


def _first_word_orgs(mentions: list[Mention]) -> list[Mention]:
    """Two-word non-ORG names whose first word is a mention of its own in the article become ORG, and so
    does that word: a person is called by the surname alone ("Keller"), never by the first name."""
    alone = {m.text for m in mentions if " " not in m.text}
    heads = {m.text.split()[0] for m in mentions if m.type == "PER" and len(m.text.split()) == 2 and m.text.split()[0] in alone}
    heads -= {m.text.split()[-1] for m in mentions if m.type == "PER" and len(m.text.split()) > 1}  # also a surname
    # "Voltaris Batterien" (ORG) … "Voltaris": the first word alone is the organisation too
    org_heads = {m.text.split()[0] for m in mentions if m.type == "ORG" and len(m.text.split()) > 1} & alone
    out = []
    for m in mentions:
        words = m.text.split()
        if words and m.type != "ORG" and (
                (words[0] in heads and len(words) <= 2) or (len(words) == 1 and words[0] in org_heads)):
            m = m.model_copy(update={"type": "ORG"})
        out.append(m)
    return out


@cache
def _river_patterns(rivers: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a place on a river: "Frankfurt (Oder)", "FRANKFURT (ODER)", "Landsberg an der Warthe", "Frankfurt am
    Main"; a river after an article or preposition: "die Oder", "an der Elbe", "the Oder")."""
    names = "|".join(re.escape(r) for r in sorted(rivers | {r.upper() for r in rivers}, key=len, reverse=True))
    on_river = re.compile(rf"(?<![\w-])[A-ZÄÖÜ][\w-]+(?: \((?:{names})\)| an der (?:{names})| am (?:{names}))(?![\w-])")
    after = re.compile(rf"(?<![\w-])(?:[Dd](?:er|ie|en|em)|[Tt]he|über|entlang)\s+({names})(?![\w-])")
    return on_river, after


def river_places(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with rivers as places: "Frankfurt (Oder)" and "Landsberg an der Warthe" as one place each,
    and a river after an article ("über die Oder"), which the model misses where its name is also a word."""
    lang = lang_en if language == "en" else lang_de
    if not lang.RIVERS:
        return mentions
    on_river, after = _river_patterns(lang.RIVERS)
    out = mentions
    for m in on_river.finditer(text):
        start, end = m.span()
        inside = _overlapping(out, start, end)
        word_end = start + len(text[start:end].split(" ", 1)[0])
        body = [x for x in inside if x.type == "ORG" and x.start < start and x.end == word_end]
        if body:
            # "Verwaltungsgericht Frankfurt (Oder)": the place qualifying a body keeps its river
            out = _replace(out, body[0].start, end, Mention(start=body[0].start, end=end,
                                                             text=text[body[0].start : end], type="ORG"))
            continue
        place = [x for x in inside if x.start == start]
        # the place must be a name the model saw, or an all-caps dateline ("FRANKFURT (ODER) (nw) –")
        if not (place and place[0].type == "LOC") and not (text[start:end].isupper() and _line_start(text, start)):
            continue
        if any(x.type == "PER" for x in inside):
            continue
        out = _replace(out, start, end, Mention(start=start, end=end, text=text[start:end], type="LOC"))
    for m in after.finditer(text):
        start, end = m.span(1)
        inside = _overlapping(out, start, end)
        if not inside or (len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end)):
            out = _replace(out, start, end, Mention(start=start, end=end, text=text[start:end], type="LOC"))
    return out


@cache
def _federal_pattern(prefix: str, endings: tuple[str, ...]) -> re.Pattern[str]:
    tails = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
    return re.compile(rf"(?<![\w-]){prefix}[a-zäöüß]*(?:{tails})(?:e?s)?(?![\w-])")


_TITLE_BEFORE = re.compile(r"(?<![\w-])([A-Za-zÄÖÜäöü]+\.?)[ \t]+$")
_ROLE_BEFORE = re.compile(r"(?<![\w-])([a-z][\w-]*)(,?)[ \t]+$")
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?")


@cache
def _org_words(language: str | None) -> frozenset[str]:
    """Organisation words of a language, case-folded: a name holding one is no person (``titled_persons``)."""
    lang = lang_en if language == "en" else lang_de
    return frozenset(w.casefold() for w in lang.ORG_LAST_WORDS | lang.ORG_CUE_WORDS)


def titled_persons(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with names the model typed otherwise made persons by the word before them: a courtesy title
    ("Mr Choudhury", which then joins the span) or, in English, a role noun before a name of two or three words
    ("chief executive Anirudh Choudhury", "its chief executive, Anirudh Choudhury,"), none an organisation word."""
    lang = lang_en if language == "en" else lang_de
    org_words = _org_words(language)
    out: list[Mention] = []
    for m in mentions:
        if m.type == "PER":
            out.append(m)
            continue
        before = text[max(0, m.start - 40) : m.start]
        title = _TITLE_BEFORE.search(before)
        if title and title.group(1).casefold() in lang.COURTESY_TITLES and (not out or out[-1].end <= m.start - len(
                title.group(0))):
            start = m.start - len(title.group(0))
            out.append(Mention(start=start, end=m.end, text=text[start : m.end], type="PER"))
            continue
        words = m.text.split()
        role = _ROLE_BEFORE.search(before)
        named = 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words) and \
            not any(w.casefold() in org_words for w in words)
        closed = not role or not role.group(2) or text[m.end : m.end + 1] == ","  # an apposition closes
        if role and named and closed and role.group(1) in lang.PERSON_ROLE_WORDS:
            out.append(m.model_copy(update={"type": "PER"}))
            continue
        out.append(m)
    return out


@cache
def _law_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    tails = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])[A-ZÄÖÜ][\w-]*(?:{tails})(?![\w-])")


def law_names(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with German laws, ordinances and treaties named by one compound ("Seilbahngesetz",
    "Mittelrhein-Radarverordnung", "Getreideabkommen") as MISC (samples/FORMAT.md: named laws are MISC); the
    bare heads and general words ("das Gesetz", "ein Landesgesetz") name none."""
    lang = lang_en if language == "en" else lang_de
    endings = lang.MISC_LAW_ENDINGS
    if not endings:
        return mentions
    out = list(mentions)
    for m in _law_pattern(endings).finditer(text):
        place = re.search(r"(?<![\w-])[A-ZÄÖÜ][\w-]*er[ \t]+$", text[max(0, m.start() - 30) : m.start()])
        if m.group().casefold() in lang.MISC_LAW_GENERIC and place is None:
            continue
        # "das Istanbuler Getreideabkommen", "des Straßburger Übereinkommens": a place's adjective opens the name
        start, end = (m.start() - len(place.group()), m.end()) if place else m.span()
        inside = _overlapping(out, start, end)
        if all(start <= x.start and x.end <= end for x in inside):
            out = _replace(out, start, end, Mention(start=start, end=end, text=text[start:end], type="MISC"))
        elif len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end) and inside[0].type != "MISC":
            out = [x.model_copy(update={"type": "MISC"}) if x is inside[0] else x for x in out]
    return sorted(out, key=lambda x: (x.start, x.end))


_LEAGUE = re.compile(r"(?<![\w.])[1-4]\.[ \t](?:Bundesliga|Liga|[A-ZÄÖÜ][\w]*-(?:Bundesliga|Liga))(?![\w-])")
_OPERATION = re.compile(r"(?<![\w-])(?:Operation|Aktion)[ \t]+[A-ZÄÖÜ][\w-]+(?![\w-])")


def league_and_operation_names(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with the numbered leagues ("in der 2. Bundesliga", "die 3. Liga", "2. Handball-Liga") and
    named police or military operations ("der Operation Eisvogel") as MISC, named events (samples/FORMAT.md);
    the model's pieces inside give way."""
    if language == "en":
        return mentions
    out = list(mentions)
    for pattern in (_LEAGUE, _OPERATION):
        for m in pattern.finditer(text):
            start, end = m.span()
            if all(start <= x.start and x.end <= end for x in _overlapping(out, start, end)):
                out = _replace(out, start, end, Mention(start=start, end=end, text=m.group(), type="MISC"))
    return sorted(out, key=lambda x: (x.start, x.end))


def product_names(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with products named by the noun before them as MISC (samples/FORMAT.md: named products are
    MISC): "die Warn-App LenzAlarm", "der Transporthubschrauber VK90 Condor", "die Software ProofScan", "der
    Eigenmarke Korbfrisch", "the LenzAlarm app"; every mention of that name in the article then is the product.
    A company its brand is named after stays the company by the corpus's vote ("Traditionsmarke Brakenhoff")."""
    lang = lang_en if language == "en" else lang_de
    before_nouns, after_nouns = lang.PRODUCT_NOUN_ENDINGS, lang.PRODUCT_NOUNS_AFTER
    products: set[str] = set()
    out: list[Mention] = []
    for m in mentions:
        first, _, rest = m.text.partition(" ")
        if m.type != "PER" and rest and first.casefold().endswith(before_nouns):
            # the model took the noun in: "Warn-App LenzAlarm" is the app "LenzAlarm"
            start = m.start + len(first) + 1
            m = Mention(start=start, end=m.end, text=text[start : m.end], type="MISC")
            products.add(m.text)
        out.append(m)
    mentions = out
    for m in mentions:
        if m.type not in ("ORG", "LOC", "MISC"):
            continue
        noun = re.search(r"(?<![\w-])([\w-]+),?[ \t]+(?:(?:called|named|known as)[ \t]+(?:the[ \t]+)?)?$",
                         text[max(0, m.start - 50) : m.start])
        after = re.match(r"[ \t]+([\w-]+)", text[m.end : m.end + 30])
        if (noun and noun.group(1).casefold().endswith(before_nouns)) or \
                (after and after.group(1).casefold() in after_nouns):
            products.add(m.text)
    if not products:
        return mentions
    return [m.model_copy(update={"type": "MISC"}) if m.text in products and m.type != "PER" else m for m in mentions]


def federal_bodies(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` plus the one-word federal bodies ("des Bundesrechnungshofs", "das Bundeskartellamt") no
    mention covers: each names the one national body, an organisation."""
    lang = lang_en if language == "en" else lang_de
    if not lang.ORG_FEDERAL_PREFIX:
        return mentions
    added = [Mention(start=m.start(), end=m.end(), text=m.group(), type="ORG")
             for m in _federal_pattern(lang.ORG_FEDERAL_PREFIX, lang.ORG_FEDERAL_ENDINGS).finditer(text)
             if not _overlapping(mentions, m.start(), m.end())]
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def surnames_as_persons(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """A one-word place or organisation that is the surname of a person named in full in the article is the
    person ("Staatssekretär Jörg Tessendorf … Tessendorf trat zurück"): names in -dorf, -berg or -hausen
    look like places to the model."""
    del text
    lang = lang_en if language == "en" else lang_de
    surnames = {m.text.split()[-1] for m in mentions if m.type == "PER" and len(m.text.split()) > 1}
    if not surnames:
        return mentions
    out = []
    for m in mentions:
        base = m.text[:-1] if m.text.endswith("s") and m.text[:-1] in surnames else m.text
        if m.type in ("LOC", "ORG") and " " not in m.text and base in surnames and \
                m.text.casefold() not in lang.NOT_ENTITIES and not _looks_acronym(m.text):
            m = m.model_copy(update={"type": "PER"})
        out.append(m)
    return out


_NEXT_WORD = re.compile(r" ([\w/&]+(?:\.[\w/&]+)*\.?)")


def legal_form_names(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """A name followed by a legal form is an organisation with it: "Holmsted Shipping A/S", "Elbtainer AG",
    "Thalassini Container Lines S.A." (the model stops before "A/S" and may call the rest a person or product).
    Only the forms of our tables, written with a capital, a full stop or a slash, so "se" in a sentence is
    not one; a person named with a known first name stays a person."""
    lang = lang_en if language == "en" else lang_de
    starts = [m.start for m in mentions]
    out = []
    for k, m in enumerate(mentions):
        nxt = _NEXT_WORD.match(text, m.end)
        form = _legal_form(nxt.group(1), lang) if nxt else None
        end = m.end + 1 + len(form or "")
        person = m.type == "PER" and (" " not in m.text or m.text.split()[0] in first_names())
        if form and not person and (k + 1 == len(mentions) or starts[k + 1] >= end):
            m = Mention(start=m.start, end=end, text=text[m.start : end], type="ORG")
        out.append(m)
    return _untagged_legal_form_names(text, out, lang)


def _legal_form(word: str, lang: ModuleType) -> str | None:
    """``word`` as a legal form of our tables, the sentence's full stop left off ("… kauft die Elbtainer AG."),
    written with a capital, a full stop or a slash ("se" in a sentence is none); else None."""
    if word.endswith(".") and word.casefold() not in lang.ORG_LEGAL_FORMS:
        word = word[:-1]
    written = word != word.casefold() or "." in word or "/" in word
    return word if word and word.casefold() in lang.ORG_LEGAL_FORMS and written else None


# A legal form after a space, and the capitalised words before it: "die dänische Holmsted Shipping A/S"
_FORM_TOKEN = re.compile(r"(?<=[ \t])[\w/&]+(?:\.[\w/&]+)*\.?(?![\w/])")
_CAPITALISED_BEFORE = re.compile(r"(?:(?<![\w&./-])[A-ZÄÖÜ][\w&-]*[ \t]+){1,3}$")
_NOT_NAME_OPENERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "laut",
                               "bei", "beim", "mit", "von", "vom", "für", "auch", "the", "a", "an", "at", "by", "of"})


def _untagged_legal_form_names(text: str, mentions: list[Mention], lang: ModuleType) -> list[Mention]:
    """``mentions`` plus names the model left untagged before a legal form ("die dänische Holmsted Shipping
    A/S": no mention at all); an article, preposition or descriptor word opening the run is no part of it."""
    added: list[Mention] = []
    for token in _FORM_TOKEN.finditer(text):
        form = _legal_form(token.group(), lang)
        if form is None:
            continue
        run = _CAPITALISED_BEFORE.search(text, max(0, token.start() - 80), token.start())
        words = run.group().split() if run else []
        while words and (words[0].casefold() in _NOT_NAME_OPENERS or
                         words[0].casefold().endswith(lang.ORG_DESCRIPTOR_HEADS)):
            words = words[1:]
        if not words:
            continue
        end = token.start() + len(form)
        start = token.start() - 1 - len(" ".join(words))
        if text[start:end] != f"{' '.join(words)} {form}":
            continue
        inside = _overlapping([*mentions, *added], start, end)
        if len(inside) == 1 and inside[0].type == "ORG" and start < inside[0].start and inside[0].end >= end:
            # the model's name starts late ("die Kaltofen Bau GmbH" → "Bau GmbH"): the run before belongs to it
            grown = Mention(start=start, end=inside[0].end, text=text[start : inside[0].end], type="ORG")
            mentions = [grown if x is inside[0] else x for x in mentions]
            added = [grown if x is inside[0] else x for x in added]
            continue
        if inside:
            continue
        added.append(Mention(start=start, end=end, text=text[start:end], type="ORG"))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _line_start(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


def _overlapping(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.start < end and start < m.end]


def _replace(mentions: list[Mention], start: int, end: int, new: Mention) -> list[Mention]:
    """``mentions`` with those overlapping ``start``–``end`` replaced by ``new``."""
    inside = _overlapping(mentions, start, end)
    return sorted([*(m for m in mentions if m not in inside), new], key=lambda m: (m.start, m.end))


_DEFINED_ACRONYM = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7})\)")
_DEFINITION_WORD = re.compile(r"[^\W\d_][\w-]*")
_DEFINITION_MAX_WORDS = 9


def bracket_definitions(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with each name an acronym in brackets defines as one mention.

    "Gewerkschaft Metall und Fahrzeugbau (GMF)", "Bundesamt für Sicherheit in der Informationstechnik
    (BSI)": the shortest run of words right before the bracket, opening with a capital, whose initials
    spell the acronym is one name, though the model split it at "und" or missed it. Model mentions inside
    give way and lend their type (organisation otherwise); a person's name is never rewritten.
    """
    del language  # the initials rule is the same in German and English
    out = mentions
    for m in _DEFINED_ACRONYM.finditer(text):
        acro = m.group(1)
        if not _looks_acronym(acro):
            continue
        left = max(0, m.start() - 160)
        words = list(_DEFINITION_WORD.finditer(text, left, m.start()))
        if not words or text[words[-1].end() : m.start()].strip():
            continue
        for k in range(len(words) - 2, max(-1, len(words) - 1 - _DEFINITION_MAX_WORDS), -1):
            start, end = words[k].start(), words[-1].end()
            phrase = text[start:end]
            if re.search(r"[.;:!?\"„“”»«()\n]", phrase):
                break
            if "," in phrase and not re.search(r"\b(?:und|and)\b", phrase[phrase.rindex(",") :]):
                break  # a comma only inside an enumeration of the name ("Gewerkschaft Hütte, Stahl und Metall")
            # A place closing the name qualifies it and is not in the acronym: "Verband Kommunaler
            # Krankenhäuser NRW (VKK)"
            core = text[start : words[-2].end()] if k < len(words) - 2 and any(
                x.type == "LOC" and (x.start, x.end) == words[-1].span() for x in out) else phrase
            if not text[start].isupper() or not any(
                    acro.casefold() in initials(p) or spells(acro, p) for p in {phrase, core}):
                continue
            inside = _overlapping(out, start, end)
            if any(x.type == "PER" for x in inside) or any(x.start < start or x.end > end for x in inside):
                break
            if "," in phrase and len(inside) > 1:
                break  # "Köln, Bonn und Aachen (KBA)": names the model found one by one stay apart
            if not (len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end)):
                type_ = Counter(x.type for x in inside).most_common(1)[0][0] if inside else "ORG"
                if type_ == "LOC" and not any(x.start == start for x in inside):
                    type_ = "ORG"  # "Bürgerbund Thüringen (BBT)": a place inside a name does not make it one
                out = _replace(out, start, end, Mention(start=start, end=end, text=text[start:end], type=type_))
            break
    return out


@cache
def _adjective_place_pattern(heads: frozenset[str], regions: frozenset[str]) -> re.Pattern[str]:
    """ "Schwarzen Meer", "Indischen Ozean" and the fixed regions ("Nahen Osten"), compiled once per language."""
    head = "|".join(sorted(heads))
    region = "|".join(re.escape(r) for r in sorted(regions, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:([A-ZÄÖÜ][a-zäöüß]+e[nrs]?)\s+(?:{head})|(?:{region}))(?![\w-])")


_DETERMINERS = frozenset({
    "die", "der", "das", "des", "dem", "den", "eine", "einer", "eines", "einem", "einen", "diese", "dieser",
    "dieses", "diesem", "diesen", "jene", "jenes", "jenem", "jenen", "keine", "keinen", "unsere", "unseres",
    "unserem", "unseren", "ganze", "ganzen", "ganzes", "offene", "offenen", "offenes", "weite", "weiten",
})


def adjective_places(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with the water and region names that open with an inflected adjective ("am Schwarzen
    Meer", "das Rote Meer", "im Nahen Osten") as places; model pieces overlapping them give way."""
    lang = lang_en if language == "en" else lang_de
    if not lang.PLACE_ADJECTIVE_HEADS:
        return mentions
    out = mentions
    for m in _adjective_place_pattern(lang.PLACE_ADJECTIVE_HEADS, lang.PLACE_ADJECTIVE_REGIONS).finditer(text):
        if m.group(1) is not None and m.group(1).casefold() in _DETERMINERS:
            continue
        start, end = m.span()
        inside = _overlapping(out, start, end)
        if any(x.type == "PER" for x in inside):
            continue
        if not (len(inside) == 1 and (inside[0].start, inside[0].end, inside[0].type) == (start, end, "LOC")):
            out = _replace(out, start, end, Mention(start=start, end=end, text=text[start:end], type="LOC"))
    return out


def acronym_bodies(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with an organisation's acronym that opens a compound naming one of its bodies widened
    to the compound ("EU-Kommission", "UN-Sicherheitsrat"); roles and topics stay outside ("EU-Gipfel")."""
    lang = lang_en if language == "en" else lang_de
    if not lang.ACRONYM_BODY_HEADS:
        return mentions
    out = mentions
    for m in mentions:
        if m.type != "ORG" or not _looks_acronym(m.text) or not text.startswith("-", m.end):
            continue
        word = re.match(r"-([^\W\d_]+)(?![\w-])", text[m.end :])
        if word is None:
            continue
        second = word.group(1).casefold()
        if second.endswith(lang.ACRONYM_BODY_HEADS) or second.removesuffix("s").endswith(lang.ACRONYM_BODY_HEADS):
            end = m.end + word.end()
            out = _replace(out, m.start, end, Mention(start=m.start, end=end, text=text[m.start : end], type="ORG"))
    return out


@cache
def first_names() -> frozenset[str]:
    """First names: those seen in GermEval 2014 train (``training/first_names.py``) and the quote lexicons'."""
    path = importlib.resources.files("storyline") / "resources" / "ner" / "first_names.txt"
    listed = {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    for lang in (lang_de, lang_en):
        listed |= {n.capitalize() for n in lang.QUOTE_FIRST_NAMES_FEMALE | lang.QUOTE_FIRST_NAMES_MALE}
    return frozenset(listed)


_SURNAME_AFTER = re.compile(r" ((?:[A-ZÄÖÜ][a-zäöüßéèçñ]+)(?:-[A-ZÄÖÜ][a-zäöüßéèçñ]+)?)(?![\w-])")
_FIRST_NAME_AT = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüßéè]+)(?= [A-ZÄÖÜ])")
# Common-noun endings: "Paul Stiftung" is no person; a surname rarely ends so.
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "ium", "ei", "nis")


_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer",
                          "the", "a", "an"})


def _determined(text: str, start: int) -> bool:
    """True when an article stands right before ``start``."""
    before = text[max(0, start - 8) : start].split()
    return bool(before) and before[-1].casefold() in _DETERMINERS and text[start - 1] == " "


@cache
def _particle_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(particles between two parts of a name, Dutch particles right before a surname), compiled once."""
    run = "|".join(re.escape(p) for p in lang_de.PERSON_NAME_PARTICLES)
    loose = "|".join(re.escape(p) for p in sorted(lang_de.PERSON_SURNAME_PARTICLES, key=len, reverse=True))
    between = re.compile(rf"[ \t]+((?i:{run}))[ \t]+(?=[A-ZÄÖÜ])")
    before = re.compile(rf"(?<![\w-])((?i:{loose}))[ \t]+$")
    return between, before


def _trailing_particle(name: str) -> list[str]:
    """The particle words a tagged name ends with ("Henk van der" → ["van", "der"], "Van" → ["Van"]), else []."""
    words = name.split()
    for n in (2, 1):
        if len(words) >= n and " ".join(words[-n:]).casefold() in lang_de.PERSON_NAME_PARTICLES:
            return words[-n:]
    return []


# A surname after its particle ("Brink" of "ten Brink").
_SURNAME_WORD = r"[A-ZÄÖÜ][\w'’-]*[\w]"
_SURNAME_AT = re.compile(_SURNAME_WORD)
# ... with the particle's second word between ("Mr Van" + "der Veen").
_NAME_WORD_AFTER = re.compile(rf"[ \t]+(?:((?i:der|den|de|het))[ \t]+)?({_SURNAME_WORD})")


def particle_names(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """Persons whose names hold a particle are one mention: "Henk van der Veen" where the model tagged "Henk van
    der" and "Veen" (or nothing after the particle), "Marieke ten Brink" where it tagged "Marieke" and "Brink",
    "Mr Van der Veen" where it tagged "Van" and "Veen"; and a Dutch particle before a surname belongs to it
    ("sagte van der Veen", "Frau ten Brink")."""
    del language  # names of every origin appear in German and English news alike
    between, before = _particle_patterns()
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    k = 0
    while k < len(out):
        a = out[k]
        b = out[k + 1] if k + 1 < len(out) else None
        tail = _trailing_particle(a.text) if a.type == "PER" else []
        # after a name that ends in a particle, the next word is its surname whatever its tag ("Mr Van" + "der" +
        # "Veen", which is a Dutch place too); between two tagged parts, the particles must stand alone
        inner = between.match(text, a.end) if a.type == "PER" else None
        if a.type == "PER" and b is not None and (b.type == "PER" or tail):
            gap = text[a.end : b.start]
            run = " ".join([*tail, *gap.split()]).casefold()
            if (tail and not gap.strip(" \t") and gap) or (inner is not None and inner.end() == b.start
                                                         and b.type == "PER") or \
                    (tail and gap.strip(" \t") and run in lang_de.PERSON_NAME_PARTICLES and "\n" not in gap):
                out[k : k + 2] = [Mention(start=a.start, end=b.end, text=text[a.start : b.end], type="PER")]
                continue
        dutch = inner if not tail else None
        if dutch is not None and dutch.group(1).casefold() in lang_de.PERSON_SURNAME_PARTICLES:
            # "Marieke" + "ten" + "Brink" whatever the model made of "Brink": a Dutch particle joins
            surname = _SURNAME_AT.match(text, dutch.end())
            if surname is not None:
                end = max([surname.end(), *(x.end for x in out if x.start == surname.start())])
                new = Mention(start=a.start, end=end, text=text[a.start : end], type="PER")
                out = [x for x in out if not (x is not a and surname.start() <= x.start < end)]
                out[out.index(a)] = new
                k += 1
                continue
        word = _NAME_WORD_AFTER.match(text, a.end) if tail and len(tail) < len(a.text.split()) else None
        if word is not None and not _overlapping(out, word.start(2), word.end(2)) and \
                " ".join([*tail, *([word.group(1)] if word.group(1) else [])]).casefold() in lang_de.PERSON_NAME_PARTICLES:
            out[k] = Mention(start=a.start, end=word.end(2), text=text[a.start : word.end(2)], type="PER")
        k += 1
    extended: list[Mention] = []
    for m in out:
        if m.type == "PER" and not _trailing_particle(m.text) and \
                m.text.split()[0].casefold() not in lang_de.PERSON_SURNAME_PARTICLES:
            found = before.search(text, max(0, m.start - 12), m.start)
            if found is not None and not _overlapping(extended, found.start(), m.start):
                m = Mention(start=found.start(), end=m.end, text=text[found.start() : m.end], type="PER")
        extended.append(m)
    return extended


def first_name_persons(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` with "<first name> <Surname>" as one person where the model stopped after the first
    name ("Konrad" of "Konrad Vielhaber") or missed both ("Dorothee Kampmann"); the surname must look
    like a name (capitalised, no common-noun ending) and not already belong to another mention."""
    del language  # the first names are shared: German news names people of every origin
    names = first_names()
    out = mentions
    starts = {m.start: m for m in mentions}
    for m in _FIRST_NAME_AT.finditer(text):
        if m.group(1) not in names:
            continue
        start = m.start()
        mention = starts.get(start)
        if mention is not None and (mention.type != "PER" or mention.end != m.end()):
            continue  # the model saw more, or something else, here
        if mention is None and (_overlapping(out, start, m.end()) or _determined(text, start)):
            continue  # "der Wolf Schafe riss": a noun after an article is no first name
        surname = _SURNAME_AFTER.match(text, m.end())
        if surname is None or surname.group(1).casefold().endswith(_NOUN_ENDINGS):
            continue
        end = surname.end()
        if _overlapping([x for x in out if x is not mention], m.end(), end):
            continue
        out = _replace(out, start, end, Mention(start=start, end=end, text=text[start:end], type="PER"))
        starts = {x.start: x for x in out}
    return out
