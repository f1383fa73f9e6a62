"""Corpus-wide entity identity: merge name variants across articles with blocking, never all pairs.

Input: (type, article-level canonical name, mention count) per distinct identity key. Merges:
German genitives ("Macrons" → "Macron") by direct lookup; persons blocked by their folded surname,
and inside a block full names merged by string similarity ("Aleksandr Petrow" ~ "Alexander Petrov")
and a bare surname merged into the block's only full name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from storyline.cluster.embed import Encoder
from storyline.extract.entity_article import group_key
from storyline.extract.entity_keys import concept_display, drop_first_word, initials, known_place_names, translit_key
from storyline.extract.entity_translations import MIN_SHARED, holders, story_weight, translation_pairs
from storyline.extract.place_names import qualified_place
from storyline.lang import de as lang_de
from storyline.lang import en as lang_en

# Folded full names at least this similar (difflib ratio) are one person when they share a surname
# key; 0.85 joins "aleksandr petrov"/"aleksander petrov" (0.97) but not "anna petrov"/"ivan petrov" (0.73).
SIMILARITY = 0.85
# A surname block larger than this is compared only within the same first-name initial, to bound work.
MAX_BLOCK = 200
# An acronym this long or longer ties an English long name to a German one (two letters are too ambiguous).
_MIN_TRANSLATED_ACRONYM = 3
# A one-word organisation written more than this many times as often as a longer name it opens is written
# (the text itself, not the article's links to it) is not that name's short form.
RARE_LONG_FORM = 5
# A one-word organisation joins the longer name it opens when that name is written this many times as often
# as every other name it opens taken together.
DOMINANT = 5


@dataclass
class KeyStats:
    """What the corpus says about one identity key: surface names and types with mention counts."""

    names: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    preferred: Counter[str] = field(default_factory=Counter)  # names as written in German articles
    surfaces: Counter[str] = field(default_factory=Counter)  # mention texts ("BayRB" linked to its long name)
    mid_sentence_titled: set[str] = field(default_factory=set)  # "The X" written with a capital "The" mid-sentence
    english: int = 0  # mentions in English articles
    translated: bool = False  # an English name joined to its German name (:func:`_merge_translations`)

    def language(self) -> str:
        """ "en" or "de" when every mention is in articles of that language, else "mixed"."""
        return "en" if self.english == self.names.total() else "de" if not self.english else "mixed"


class UnionFind:
    """Disjoint sets over string keys (path halving; the smaller key becomes the root, for determinism)."""

    def __init__(self, keys: list[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        """The root of ``key``'s set."""
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        """Merge the sets of ``a`` and ``b``."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _inner_genitive_keys(name: str) -> list[str]:
    """Identity keys of ``name`` with one inner word's genitive "-s"/"-es" taken off."""
    words = name.split(" ")
    return [group_key("ORG", " ".join([*words[:k], w.removesuffix(sfx), *words[k + 1 :]]))
            for k, w in enumerate(words[:-1]) for sfx in ("es", "s") if w.endswith(sfx) and len(w) > 6]


def _merge_genitives(keys: list[str], uf: UnionFind, stats: dict[str, KeyStats] | None = None) -> None:
    """ "P:makrons" → "P:makron", "X:frankreiks" → "X:frankreik" when the base key exists."""
    present = set(keys)
    for key in keys:
        for suffix in ("s", "es", "n"):
            base = key.removesuffix(suffix)
            if base != key and base in present and len(base) > 4:
                uf.union(key, base)
                break
        # ... and on a head noun inside a name ("Stahlwerks Wellesweiler", "Wasserstraßen- und Schifffahrtsamts
        # Mittelrhein"), compared by the key of the name written without it
        if key.startswith("X:") and " " in key and stats is not None:
            found = next((b for name in stats[key].names for b in _inner_genitive_keys(name) if b in present), None)
            if found is not None and found != key:
                uf.union(key, found)


def _person_blocks(keys: list[str]) -> dict[str, list[str]]:
    """Person keys grouped by their folded surname (last word)."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if key.startswith("P:"):
            blocks[key[2:].rsplit(" ", 1)[-1]].append(key)
    # A genitive surname written alone ("Overbecks Gewerkschaft") belongs to the block of its base
    # surname when that block has a full name and the genitive has none of its own.
    for surname in [s for s, block in blocks.items() if not any(" " in k for k in block)]:
        for suffix in ("es", "s"):
            base = surname.removesuffix(suffix)
            if base != surname and len(base) > 3 and any(" " in k for k in blocks.get(base, ())):
                blocks[base].extend(blocks.pop(surname))
                break
    return blocks


# Particles before a surname ("van Wijngaarden", "von der Heyde", "de la Cruz"), as identity keys spell them
_NAME_PARTICLES = frozenset({"van", "von", "vom", "der", "den", "de", "la", "le", "du", "di", "da", "zu", "ter", "ten",
                             "dos", "das", "del", "al", "el", "bin", "ibn"})


def _full_person_name(name: str) -> bool:
    """A first name and a surname: "Gerrit van Wijngaarden", not "van Wijngaarden", "Wijngaarden" or "Tobias W."."""
    words = name.split()
    return len(words) > 1 and not all(w.casefold() in _NAME_PARTICLES for w in words[:-1]) and \
        not _ABBREVIATED.fullmatch(name)


def _merge_block(block: list[str], uf: UnionFind) -> None:
    """Inside one surname block: similar full names merge; a bare surname joins a unique full name (a surname
    with its particle, "van Wijngaarden", "von der Heyde", is a bare surname too)."""
    full = sorted(k for k in block if " " in k and not all(w in _NAME_PARTICLES for w in k[2:].split()[:-1]))
    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            if len(full) > MAX_BLOCK and a[2] != b[2]:
                continue
            if SequenceMatcher(None, a[2:], b[2:]).ratio() >= SIMILARITY:
                uf.union(a, b)
    roots = {uf.find(k) for k in full}
    if len(roots) == 1:
        for key in block:
            uf.union(key, full[0])


def _acronym_like(name: str) -> bool:
    """ "BayRB", "EFA", "dpa": one word with two capitals or more in one of its parts, or short and
    lower-case; "Nordrhein-Westfalen" has two capitals, one per part, and is a full name."""
    if " " in name:
        return False
    return any(sum(ch.isupper() for ch in part) >= 2 for part in name.split("-")) or \
        (name.islower() and len(name) <= 4)


def _nominative(name: str) -> int:
    """How many inner words carry an oblique adjective ending ("Bayerischen Regionalbahn": 1); 0 is best.

    "-er" is not counted: it is the strong nominative ("Deutscher Kutterfischerverband"), a genitive
    plural inside a name ("Verband Kommunaler Krankenhäuser") or a noun ("Krankenhäuser")."""
    return sum(w.endswith(("en", "es", "em")) for w in name.split()[:-1])


def display_name(members: list[str], stats: dict[str, KeyStats]) -> str:
    """The name a cluster of identity keys is shown by (:func:`_canonical`)."""
    return _canonical(members, stats)[0]


def _canonical(members: list[str], stats: dict[str, KeyStats]) -> tuple[str, str]:
    """(display name, most frequent type) of a cluster.

    Preference, in order: a full name for persons and a long form for organisations, not all capitals
    (datelines), nominative form, with diacritics, most often written so in German articles (German
    first), most frequent overall, longest.
    """
    names: Counter[str] = Counter()
    preferred: Counter[str] = Counter()
    types: Counter[str] = Counter()
    mid_sentence: set[str] = set()
    # an English name joined to its German one is not shown ("Federal Court of Justice" is the "Bundesgerichtshof")
    shown = [key for key in members if not stats[key].translated] or members
    for key in members:
        mid_sentence |= stats[key].mid_sentence_titled
        if key in shown:
            names.update(stats[key].names)
        preferred.update(stats[key].preferred)
        types.update(stats[key].types)
    type_ = _majority_type(types)
    if type_ == "LOC":
        # A dateline's capitals are the German article's spelling of the place: "KÖLN" votes for "Köln".
        for name in [n for n in names if n.isupper() and len(n) >= 4]:
            titled = _title(name)
            names[titled] += names.pop(name)
            preferred[titled] += preferred.pop(name, 0)

    texts: Counter[str] = Counter()  # how often each name is written as such, not reached through an article's link
    for key in members:
        texts.update(stats[key].surfaces)
    texts = texts or names  # statistics without mention texts: the names stand for them

    def short_form(name: str) -> bool:
        # "Kaiwen" beside "Kaiwen Semiconductor", "Wupperstein Bau" beside "Wupperstein Bau GmbH", "Schachtwerk
        # Herne" beside "FC Schachtwerk Herne": an organisation is shown by its full name, legal form and club
        # prefix included
        if type_ != "ORG":
            return False
        # a genitive counts as its base ("Kaiwens" beside "Kaiwen Semiconductor")
        bases = (name, name[:-1]) if name.endswith("s") and " " not in name else (name,)
        # ("LenzAlarm" 27 times is not short for "LenzAlarm Warnungen" written twice: a long form written rarely is
        # a tagger's span, not the full name)
        return any((" " not in name and any(other.startswith(b + " ") for b in bases)
                    and texts[other] * RARE_LONG_FORM >= names[name]) or
                   (other.startswith(name + " ") and without_legal_form(other) == name) or
                   (other.endswith(" " + name) and other[: -len(name) - 1] in lang_de.ORG_CLUB_PREFIXES)
                   for other in names)

    acronyms = {n for key in members for n in stats[key].surfaces if _acronym_like(n) and n.isupper()} \
        if type_ == "ORG" else set()

    def spelled(name: str) -> bool:
        # "European Fisheries Authority" beside "Europäische Fischereibehörde" and "EFA": the form whose
        # initials the organisation's acronym spells is its own name, the other a translation ("Verband
        # Kommunaler Krankenhäuser NRW" keeps its place name after the letters of "VKK")
        letters = "".join(w[0] for w in name.split() if w[:1].isupper())
        return any(len(a) >= 2 and letters.startswith(a) for a in acronyms)

    def rank(name: str) -> tuple[bool, bool, bool, bool, bool, int, bool, int, int, int, int, str]:
        # A leading "The"/"Die" belongs to the name where it was capitalised inside a sentence ("told The
        # Harbour Times", "laut Die Linke"), and then that form is the full name; at a sentence start it is
        # just the article.
        titled = name in mid_sentence
        article_first = name.startswith(("The ", "Die ")) and not titled
        full = (_full_person_name(name) if type_ == "PER" else not _acronym_like(name)) and not article_first
        shouting = name.isupper() and len(name) >= 4
        accents = sum(not ch.isascii() for ch in name)  # "Gdańsk" over "Gdansk": the ASCII form is a fold
        words = name.split(" ")
        # "Elbkuriers" beside "Elbkurier"; "Stahlwerks Wellesweiler" beside "Stahlwerk Wellesweiler", also with
        # the head inside ("Wasserstraßen- und Schifffahrtsamts Mittelrhein")
        genitive = (name.endswith("s") and name[:-1] in names) or any(
            w.endswith("s") and " ".join([*words[:k], w[:-1], *words[k + 1 :]]) in names
            for k, w in enumerate(words[:-1]))
        return (full, not short_form(name), not shouting, titled, spelled(name), -_nominative(name), not genitive,
                accents, preferred[name], names[name], len(name), name)

    def written(head: str = "") -> set[str]:
        # the names and mention texts the cluster's articles wrote; with ``head``, what follows that first word
        forms = {n for key in members for n in (*stats[key].names, *stats[key].surfaces)}
        return {n.partition(" ")[2] for n in forms if n.partition(" ")[0] == head} if head else forms

    best = max(names, key=rank)
    # A known concept shows its German name ("EU", "Sweden" → "Europäische Union", "Schweden"); cities
    # ("C…" concepts) keep their ranked form, so "Gdańsk" is not forced to "Danzig".
    for key in members:
        if key.startswith("A:") and not key.startswith("A:C"):
            display = concept_display(key[2:])
            if display:
                return display, type_
    if type_ == "MISC":
        best = _nominative_head(best)  # "des Wasserhaushaltsgesetzes", where no article wrote the nominative
    if type_ == "ORG":
        best = _nominative_head(best)
        seat, _, noun = _strong_nominative(best).partition(" ")
        if noun == "Landtag" and seat in lang_de.SEAT_PARLIAMENTS:
            return lang_de.SEAT_PARLIAMENTS[seat], type_  # "Erfurter Landtag" → "Thüringer Landtag"
        head, _, seat = best.partition(" ")
        if head.casefold() in lang_de.ORG_SEAT_HEADS and " " not in seat:
            # "Landgericht Frankfurt" → "Landgericht Frankfurt am Main", read against what the articles wrote
            qualified = qualified_place(seat, written(head), known_place_names())
            best = f"{head} {qualified}" if qualified else best
    if type_ == "LOC":
        best = drop_first_word(best, lang_de.LOC_STATE_TITLES)  # "Freistaats Bayern" is shown as "Bayern"
        if best.endswith("-Kreises"):
            best = best[: -len("es")]  # "des Rhein-Hunsrück-Kreises", where no article wrote the nominative
        best = qualified_place(_title(best) if best.isupper() else best, written(), known_place_names()) or best
    return (_strong_nominative(best) if type_ in ("ORG", "LOC", "MISC") else best), type_


def _majority_type(types: Counter[str]) -> str:
    """The type written most often, ties by name (a stable choice)."""
    return max(types.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _nominative_head(name: str) -> str:
    """ "Landgerichts Dresden" → "Landgericht Dresden", "Cyberabwehrzentrums" → "Cyberabwehrzentrum".

    An organisation whose first word is the genitive of a masculine or neuter institution noun (read from
    its ending, ``NAME_HEAD_GENDER_ENDINGS``) and whose other words are names ("für", "der" between them)
    is shown in the nominative;
    the genitive is the display name only when no article wrote the name otherwise.
    """
    first, *rest = name.split(" ")
    if not all(w[:1].isupper() or w in ("für", "der", "des", "von", "und") for w in rest):
        return name
    for suffix in ("es", "s"):
        base = first[: -len(suffix)]
        if first.endswith(suffix) and first[:1].isupper() and _gender(base) in ("m", "n"):
            return " ".join([base, *rest])
    return name


_STRONG_ENDINGS = {"f": "e", "m": "er", "n": "es"}


def _strong_nominative(name: str) -> str:
    """ "Deutschen Kutterfischerverband" → "Deutscher Kutterfischerverband", "Deutschen Bucht" → "Deutsche Bucht",
    "Deutschen Verbands ambulanter Kinderärzte" → "Deutscher Verband ambulanter Kinderärzte".

    German names of the form "<adjective> … <noun> [attributes]" are shown with the adjectives' strong
    nominative ending, which needs the noun's gender: read from its ending (``NAME_HEAD_GENDER_ENDINGS``);
    a genitive head is shown in the nominative. What follows the head (a place, a genitive attribute) stays
    as written. Names whose head gives no gender, or that open with no adjective, are left as they are.
    """
    words = name.split()
    stems = []
    for word in words[:-1]:
        # A lower-case adjective opens a name only as written in a sentence ("im sächsischen Landtag").
        m = re.fullmatch(r"([A-ZÄÖÜa-zäöü][a-zäöüß]+?)(en|er|es|em|e)", word)
        stem = m.group(1)[:1].upper() + m.group(1)[1:] if m else ""
        if not stem or not (stem.casefold().endswith(lang_de.NAME_ADJECTIVE_STEM_ENDINGS)
                            or stem.casefold() in lang_de.NAME_ADJECTIVE_STEMS):
            break
        stems.append(stem)
    if not stems:
        return name
    head, rest = words[len(stems)], words[len(stems) + 1 :]
    gender = _gender(head)
    for suffix in ("es", "s"):  # the genitive of a masculine or neuter head: "Kommunalverbunds"
        if gender is None and head.endswith(suffix) and _gender(head[: -len(suffix)]) in ("m", "n"):
            head = head[: -len(suffix)]
            gender = _gender(head)
    if gender is None or not head[:1].isupper():
        return name
    return " ".join([*(stem + _STRONG_ENDINGS[gender] for stem in stems), head, *rest])


def _gender(noun: str) -> str | None:
    """ "f", "m" or "n" for a head noun by its ending, None when the ending does not tell."""
    low = noun.casefold()
    return next((g for g, endings in lang_de.NAME_HEAD_GENDER_ENDINGS.items() if low.endswith(endings)), None)


def _title(name: str) -> str:
    """ "DEN HAAG" → "Den Haag": each run of letters capitalised."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name)


def _merge_acronyms(keys: list[str], stats: dict[str, KeyStats], uf: UnionFind) -> None:
    """A one-word ORG key ("X:efa") joins the one multi-word name in the corpus with those initials."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if key.startswith(("X:", "A:")) and " " in key:
            for name in stats[key].names:
                for acro in initials(name):
                    by_initials[acro].add(key)
    # An acronym some article linked to its long name ("Bayerische Regionalbahn (BayRB)") is that name elsewhere too.
    by_surface: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if " " in key:
            for surface in stats[key].surfaces:
                if _acronym_like(surface) and surface not in stats[key].names:
                    by_surface[surface.casefold()].add(key)
    for key in keys:
        if key.startswith("X:") and " " not in key:
            # the acronym as written ("BBT"; the key folds "bb" to "b"): first a long name some article
            # defined it as, else the one long name with those initials
            written = {name.casefold() for name in stats[key].names} | {key[2:]}
            defined = {uf.find(k) for acro in written for k in by_surface.get(acro, set())}
            if defined:
                # every long name an article defined this acronym as is one name ("Bürgerbund Thüringen",
                # "Bürgerbunds Thüringen"), and the acronym is it
                for target in defined:
                    uf.union(key, target)
                continue
            targets = {uf.find(k) for acro in written for k in by_initials.get(acro, set())}
            if len(targets) == 1:
                uf.union(key, targets.pop())
    # An acronym that English articles define as one long name and German articles as another ("ZIS": "Central
    # Institute for Infection Protection", "Zentralinstitut für Infektionsschutz") is one body in two languages:
    # the one English name joins the German name written far more often than any other German name of it (a
    # machine translation's "Institut für Infektion Schutz" stays apart).
    for acro, defined in by_surface.items():
        roots: dict[str, Counter[str]] = defaultdict(Counter)
        for key in defined:
            roots[stats[key].language()][uf.find(key)] += stats[key].names.total()
        if len(acro) < _MIN_TRANSLATED_ACRONYM or set(roots) != {"de", "en"} or len(roots["en"]) != 1:
            continue
        (german, count), = roots["de"].most_common(1)
        if count >= DOMINANT * (roots["de"].total() - count):
            uf.union(german, next(iter(roots["en"])))


# and the partnership suffix written as two words ("Bankhaus Hallerstein & Co.")
_LEGAL_FORMS = lang_de.ORG_LEGAL_FORMS | lang_en.ORG_LEGAL_FORMS | {"& co.", "& co"}


def _merge_legal_forms(keys: list[str], stats: dict[str, KeyStats], uf: UnionFind) -> None:
    """ "Wupperstein Bau GmbH" is "Wupperstein Bau": a name with its legal form joins the name without it,
    also a form of several words ("Wessendorf Fleischwaren GmbH & Co. KG") or one the key spells as two ("A/S")."""
    present = set(keys)
    for key in keys:
        if not key.startswith("X:") or " " not in key:
            continue
        for name in stats[key].names:
            bare = without_legal_form(name)
            base = group_key("ORG", bare) if bare != name else None
            if base is not None and base != key and base in present and len(base) > len("X:") + 3:
                uf.union(key, base)
                break


def without_legal_form(name: str) -> str:
    """``name`` without the legal form closing it: "GmbH", "GmbH & Co. KG", "& Co.", "A/S"."""
    words = name.split()
    while len(words) > 1:
        if len(words) > 2 and f"{words[-2]} {words[-1]}".casefold() in _LEGAL_FORMS:
            words = words[:-2]
        elif words[-1].casefold() in _LEGAL_FORMS or words[-1] in ("&", "+"):
            words = words[:-1]
        else:
            break
    return " ".join(words)


def _generic_org_word(word: str) -> bool:
    """ "Landgericht", "Pflegebund", "Verband": an institution noun names whichever body the article means,
    so it is no short form of one particular name."""
    low = word.casefold()
    return low in lang_de.ORG_CUE_WORDS or low in lang_de.ORG_PLACE_HEADS or \
        low.endswith(lang_de.ORG_FIRST_WORD_ENDINGS + lang_de.ORG_PLACE_HEAD_ENDINGS)


def _merge_first_words(keys: list[str], stats: dict[str, KeyStats], uf: UnionFind) -> None:
    """A one-word organisation ("Kaiwen", "Wupperstein") joins the one organisation in the corpus whose
    longer name opens with that word ("Kaiwen Semiconductor", "Wupperstein Bau GmbH"); the article-level
    rule does the same where both are written in one article."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if key.startswith("X:") and " " in key and stats[key].types.most_common(1)[0][0] == "ORG":
            for name in stats[key].names:
                first, *rest = name.split()
                by_first[(rest[0] if first in lang_de.ORG_CLUB_PREFIXES and rest else first).casefold()].add(key)
    for key in keys:
        if not key.startswith("X:") or " " in key or stats[key].types.most_common(1)[0][0] != "ORG":
            continue
        words = {name.casefold() for name in stats[key].names if not _acronym_like(name) and not _generic_org_word(name)}
        weight: Counter[str] = Counter()
        for word in words:
            for k in by_first.get(word, set()):
                weight[uf.find(k)] += stats[k].names.total()
        # one long name, or one that the corpus writes far more often than the others ("Kaiwen
        # Semiconductor" beside a tagger's "Kaiwen Semiconductor Zugeständnisse")
        if weight:
            (best, count), = weight.most_common(1)
            if count >= DOMINANT * (weight.total() - count):
                uf.union(key, best)


def _merge_translations(keys: list[str], stats: dict[str, KeyStats], uf: UnionFind,
                        article_keys: Sequence[Sequence[str]], encoder: Callable[[], Encoder | None]) -> None:
    """A name only English articles write joins the German name of the same story and meaning
    (:func:`storyline.extract.entity_translations.translation_pairs`)."""
    roots = {key: uf.find(key) for key in keys}
    members: dict[str, list[str]] = defaultdict(list)
    for key, root in roots.items():
        members[root].append(key)
    language: dict[str, str] = {}
    type_of: dict[str, str] = {}
    for root, ms in members.items():
        if any(k.startswith(("A:", "P:")) for k in ms):
            continue  # persons are matched by spelling; known concepts already share their key across languages
        languages = {stats[k].language() for k in ms}
        language[root] = languages.pop() if len(languages) == 1 else "mixed"
        if language[root] == "de" and not any(stats[k].preferred for k in ms):
            language[root] = "copied"  # written only by copies: a farm's translation ("Universität von Wessex")
        type_of[root] = _majority_type(sum((stats[k].types for k in ms), Counter()))
    shown: dict[str, str] = {}

    def display(root: str) -> str:
        if root not in shown:
            shown[root] = _canonical(members[root], stats)[0]
        return shown[root]

    article_roots = [{roots[k] for k in ks if k in roots} for ks in article_keys]
    for english, german in translation_pairs(language, type_of, article_roots, display, encoder):
        for key in members[english]:
            stats[key].translated = True
        uf.union(english, german)


# "Tobias W.": German news shortens a suspect's surname to its initial; the article names no one else so.
_ABBREVIATED = re.compile(r"(\S+) ([A-ZÄÖÜ])\.")


def _merge_abbreviated_surnames(keys: list[str], stats: dict[str, KeyStats], uf: UnionFind,
                                article_keys: Sequence[Sequence[str]]) -> None:
    """ "Tobias W." is "Tobias Wernicke" when that is the one full name with that first name and initial that
    shares a story with it (``entity_translations.MIN_SHARED``; the English press writes the name in full)."""
    short = [(key, m) for key in keys if key.startswith("P:") for name in stats[key].names
             if (m := _ABBREVIATED.fullmatch(name))]
    if not short:
        return
    full: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in keys:
        if key.startswith("P:"):
            for name in stats[key].names:
                words = name.split()
                if len(words) == 2 and len(words[1]) > 2 and not _ABBREVIATED.fullmatch(name):
                    full[(translit_key(words[0]), translit_key(words[1])[:1])].add(uf.find(key))
    held = holders(article_keys)
    roots = {key: uf.find(key) for key in keys}
    by_root: dict[str, set[int]] = defaultdict(set)
    for key, root in roots.items():
        by_root[root] |= held.get(key, set())
    for key, m in short:
        targets = [t for t in sorted(full.get((translit_key(m.group(1)), translit_key(m.group(2))), set()))
                   if story_weight(held, article_keys, held.get(key, set()), by_root[t]) >= MIN_SHARED]
        if len(targets) == 1:
            uf.union(key, targets[0])


def _no_encoder() -> Encoder | None:
    return None


def cluster_keys(stats: dict[str, KeyStats], article_keys: Sequence[Sequence[str]] = (),
                 encoder: Callable[[], Encoder | None] = _no_encoder) -> dict[str, tuple[str, str, list[str]]]:
    """Root key → (canonical name, type, member keys) for every cluster of identity keys.

    ``article_keys`` (the keys of each article's mentions) and ``encoder`` (a name encoder, loaded on demand)
    let names written only in English join their German names (:func:`_merge_translations`)."""
    keys = sorted(stats)
    uf = UnionFind(keys)
    _merge_genitives(keys, uf, stats)
    # a full name the tagger typed a place or an organisation somewhere ("Ewa Zielińska" as LOC) is the
    # person of that name elsewhere in the corpus; the cluster then takes the majority type
    for key in keys:
        if key.startswith("X:") and " " in key and f"P:{key[2:]}" in uf.parent:
            uf.union(key, f"P:{key[2:]}")
    # a one-word "person" the corpus never names in full is that word's place or organisation where the
    # corpus has one ("Wellesweiler" tagged a person beside the district): news introduces a person by full name
    surnames = {key.rsplit(" ", 1)[-1] for key in keys if key.startswith("P:") and " " in key}
    for key in keys:
        if key.startswith("P:") and " " not in key and key[2:] not in surnames and f"X:{key[2:]}" in uf.parent and \
                stats[f"X:{key[2:]}"].types.total() > stats[key].types.total():
            uf.union(key, f"X:{key[2:]}")
    _merge_acronyms(keys, stats, uf)
    _merge_legal_forms(keys, stats, uf)
    _merge_first_words(keys, stats, uf)
    for block in _person_blocks(keys).values():
        _merge_block(block, uf)
    if article_keys:
        _merge_abbreviated_surnames(keys, stats, uf, article_keys)
        _merge_translations(keys, stats, uf, article_keys, encoder)
    members: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        members[uf.find(key)].append(key)
    return {root: (*_canonical(ms, stats), ms) for root, ms in members.items()}
