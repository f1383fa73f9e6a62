"""Name normalisation for entity identity: honorifics, articles, inflection, demonyms, transliteration keys.

Pure string functions; the word lists live in ``storyline.lang.de`` / ``storyline.lang.en``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from storyline.lang import de as lang_de
from storyline.lang import en as lang_en

# Ordered folds that make German and English transliterations of Slavic names meet:
# "Tschernow"/"Chernov", "Chodorkowski"/"Khodorkovsky", "Schukow"/"Zhukov", "Lawrow"/"Lavrov",
# "Sergej"/"Sergei"/"Sergey", "Selenskyj"/"Zelensky", "Aleksandr"/"Alexander" (ks = x).
# Upper-case letters are placeholders so later rules cannot rewrite them. German umlauts written out
# ("Huelsmann", "Kuehnhold", as English and machine-translated text spells them) meet the ASCII skeleton
# of the umlaut ("Hülsmann" → "hulsmann").
_FOLDS: tuple[tuple[str, str], ...] = (
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("schtsch", "SC"),
    ("shch", "SC"),
    ("tsch", "C"),
    ("sch", "S"),
    ("zh", "S"),
    ("sh", "S"),
    ("kh", "C"),
    ("ch", "C"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("x", "ks"),
    ("tz", "s"),
    ("ts", "s"),
    ("z", "s"),
    ("c", "k"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
    ("q", "k"),
)
_NON_LETTER = re.compile(r"[^a-zA-Z ]+")
_REPEAT = re.compile(r"(.)\1+")
_FINAL_OFF = re.compile(r"off\b")
_SPACES = re.compile(r"\s+")
_HYPHEN_SPLIT = re.compile(r"[\s\-]+")


def _lang(language: str | None) -> object:
    return lang_en if language == "en" else lang_de


# Letters that carry no combining mark to drop, so NFKD leaves them as they are: "Søren Kjærgaard" must meet
# "Soren Kjaergaard", "Michał" must meet "Michal".
# "Đurđević" is "Djurdjevic" in Latin letters without marks (Serbian and Croatian romanise "đ" as "dj").
_BASE_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "dj", "ð": "d", "þ": "th", "ı": "i",
                               "ħ": "h", "ŧ": "t"})


def ascii_fold(text: str) -> str:
    """Lower-case ASCII skeleton: diacritics dropped (ä→a, ß→ss, ø→o, ł→l), punctuation to spaces."""
    text = text.casefold().replace("ß", "ss").translate(_BASE_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _NON_LETTER.sub(" ", stripped)).strip()


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A transliteration-folding key: "Sergej Lawrow" and "Sergei Lavrov" both give "sergei lavrov"."""
    key = _FINAL_OFF.sub("ov", ascii_fold(name))
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return _REPEAT.sub(r"\1", key).lower()


def words(name: str) -> list[str]:
    """Whitespace-separated words of a name."""
    return name.split()


def strip_leading(name: str, language: str | None, person: bool) -> str:
    """Drop leading articles ("des") and, for persons, honorifics and roles ("Herr", "Ministerin")."""
    lang = lang_en if language == "en" else lang_de
    toks = words(name)
    while len(toks) > 1:
        low = toks[0].casefold().rstrip(".")
        # Only lower-case articles: "The Harbour Times" keeps its "The" (part of the name), "the UN" does not.
        if toks[0] in lang.LEADING_ARTICLES or (person and (low in lang_de.NAME_PREFIXES or low in lang_en.NAME_PREFIXES)):
            toks = toks[1:]
        else:
            break
    return " ".join(toks)


def drop_first_word(name: str, words: frozenset[str]) -> str:
    """``name`` without its first word when that word, case-folded, is one of ``words`` and more follows."""
    first, sep, rest = name.partition(" ")
    return rest if sep and first.casefold() in words else name


def strip_possessive(name: str) -> str:
    """Drop an apostrophe genitive: "Macron's" / "Lawrows'" → the name ("Lawrows" keeps its s here)."""
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def genitive_bases(name: str) -> list[str]:
    """Candidate uninflected forms of a German genitive/dative: "Macrons" → ["Macron"], "Amtes" → ["Amt", "Ames"]."""
    out = []
    if len(name) > 3 and name.endswith("es"):
        out.append(name[:-2])
    if len(name) > 2 and name.endswith("s") and not name.endswith("ss"):
        out.append(name[:-1])
    if len(name) > 4 and name.endswith("n"):  # dative plural: "in den Niederlanden"
        out.append(name[:-1])
    return out


def institution_noun(word: str) -> str | None:
    """The folded German institution noun a word is or inflects ("Landeskriminalamts" → "landeskriminalamt",
    "Verteidigungsministerium"), else None (lang/de.py ``ORG_BARE_INSTITUTIONS``)."""
    low = word.casefold()
    suffix = lang_de.ORG_BARE_INSTITUTION_SUFFIX
    for base in (low, *genitive_bases(low)):
        if base in lang_de.ORG_BARE_INSTITUTIONS or (base.endswith(suffix) and len(base) > len(suffix) + 2):
            return base
    return None


def is_federal(noun: str) -> bool:
    """Whether a folded institution noun names a federal body ("bundestag", "bundesverkehrsministerium")."""
    return noun.startswith(lang_de.ORG_FEDERAL_PREFIX.casefold())


def institution_level(noun: str) -> str | None:
    """The level of government of a bare institution noun ("Landtag" → "state"), None when not known
    (lang/de.py ``ORG_BARE_INSTITUTION_LEVELS``); a ministry is the state's unless federal."""
    key = institution_noun(noun)
    if key is None:
        return None
    if key.endswith(lang_de.ORG_BARE_INSTITUTION_SUFFIX):
        return None if is_federal(key) or key in lang_de.FEDERAL_MINISTRIES else "state"
    return lang_de.ORG_BARE_INSTITUTION_LEVELS.get(key)


_FIELD_LINKS = frozenset({"der", "für", "des"})


def institution_nouns_of(name: str) -> set[str]:
    """The institution nouns a full name may be written as alone: its own ("Thüringer Landtag" → "landtag")
    and a ministry's compound from its field ("Bundesministerium der Verteidigung" → "verteidigungsministerium",
    "Ministerium für Klimaschutz und Energie" → "klimaschutzministerium", "energieministerium")."""
    words = name.split()
    # the noun heads the name, first or last ("Landtag von Sachsen-Anhalt", "Thüringer Landtag"), uninflected:
    # "Kammer des Landgerichts" is a chamber, not the court
    found = {key for w in {words[0], words[-1]} if (key := institution_noun(w)) == w.casefold()}
    suffix = lang_de.ORG_BARE_INSTITUTION_SUFFIX
    if suffix and any(w.casefold().endswith(suffix) for w in words):
        for i, w in enumerate(words[1:], 1):
            if words[i - 1].casefold() in _FIELD_LINKS | {"und"} and w[:1].isupper():
                field = w.casefold()
                found |= {field + suffix, field + "s" + suffix}
    return found


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Country names from the demonym tables (German and English), case-folded."""
    names = set(lang_de.DEMONYMS.values()) | set(lang_de.DEMONYM_NOUNS.values()) | set(lang_en.DEMONYMS.values())
    return frozenset(n.casefold() for n in names)


def demonym_country(word: str, language: str | None) -> str | None:
    """The country of a demonym or country adjective ("französischen" → "Frankreich"), else None."""
    low = word.casefold()
    if language == "en":
        return lang_en.DEMONYMS.get(low.removesuffix("s"))
    for ending in ("", *lang_de.ADJECTIVE_ENDINGS):
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)] if ending else low
        if stem in lang_de.DEMONYMS:
            return lang_de.DEMONYMS[stem]
        if stem in lang_de.DEMONYM_NOUNS:
            return lang_de.DEMONYM_NOUNS[stem]
    for ending in ("n", "en", "nen"):  # noun plurals: "Franzosen", "Ukrainern"
        if low.endswith(ending) and low[: -len(ending)] in lang_de.DEMONYM_NOUNS:
            return lang_de.DEMONYM_NOUNS[low[: -len(ending)]]
    return None


def adjective_fold(name: str) -> str:
    """Case-folded name with German adjective endings cut from all but the last word.

    "Vereinten Nationen", "Vereinte Nationen" → "vereint nationen"; "Deutschen Bank" → "deutsch bank".
    """
    toks = name.casefold().split()
    for i, tok in enumerate(toks[:-1]):
        for ending in lang_de.ADJECTIVE_ENDINGS:
            if tok.endswith(ending) and len(tok) - len(ending) >= 4:
                toks[i] = tok[: -len(ending)]
                break
    return " ".join(toks)


@lru_cache(maxsize=1)
def acronym_concepts() -> dict[str, str]:
    """Every acronym and long form (German and English, :func:`adjective_fold`-ed) → its concept key.

    The key is the acronym ("UN"), or the place concept when a form is a territory name, so "BRD",
    "Deutschland" and "Germany" meet.
    """
    places = place_concepts()
    table: dict[str, str] = {}
    for source in (lang_de.ACRONYMS, lang_en.ACRONYMS):
        for acro, longs in source.items():
            forms = [acro.casefold(), *(adjective_fold(long) for long in longs)]
            concept = next((places[f] for f in forms if f in places), table.get(forms[0], acro))
            for form in forms:
                table[form] = concept
    return table


def initials(name: str) -> set[str]:
    """Acronym candidates of a long name: all initials, and initials of capitalised words only."""
    toks = [t for t in _HYPHEN_SPLIT.split(name) if t]
    every = "".join(t[0] for t in toks).casefold()
    capital = "".join(t[0] for t in toks if t[0].isupper()).casefold()
    return {s for s in (every, capital) if len(s) >= 2}


def spells(acronym: str, name: str) -> bool:
    """True when ``acronym`` spells ``name`` with the parts of compounds: every capitalised word gives its
    initial, in order, and a word may give further letters from inside it ("BBT" = "Bürgerbund Thüringen",
    "BayRB" = "Bayerische Regionalbahn")."""
    letters = acronym.casefold()
    toks = [t.casefold() for t in _HYPHEN_SPLIT.split(name) if t and t[0].isupper()]
    if not toks or len(letters) > 2 * len(toks) + 2:
        return False

    def match(i: int, k: int) -> bool:
        if k == len(toks):
            return i == len(letters)
        if i >= len(letters) or letters[i] != toks[k][0]:
            return False
        word, j = toks[k], 1
        # the initial, then any further letters of the acronym found in order inside this word
        for extra in range(0, len(letters) - i):
            if extra:
                j = word.find(letters[i + extra], j) + 1
                if j == 0:
                    return False
            if match(i + 1 + extra, k + 1):
                return True
        return False

    return match(0, 0)


@lru_cache(maxsize=1)
def known_place_names() -> frozenset[str]:
    """Case-folded names of countries, states, regions and exonym cities (:func:`country_names` and the keys of
    :func:`place_concepts`): words that name a place themselves."""
    return country_names() | frozenset(place_concepts())


@lru_cache(maxsize=1)
def place_concepts() -> dict[str, str]:
    """Country/region names in German and English (CLDR via babel) and city exonyms → a shared concept key."""
    table: dict[str, str] = {}
    try:
        from babel import Locale  # installed with trafilatura; optional here, so the key just gets coarser

        for code in ("en", "de"):
            for tid, name in Locale(code).territories.items():
                table.setdefault(adjective_fold(name), f"T{tid}")
    except ImportError:  # pragma: no cover - babel missing: exonym table only
        pass
    for german, others in lang_de.EXONYMS.items():
        for name in (german, *others):
            table[adjective_fold(name)] = f"C{german}"
    return table


def concept_display(concept: str) -> str | None:
    """The German display name of an acronym or territory concept ("TSE" → "Schweden", "dpa" → its long form)."""
    if concept.startswith("T"):
        try:
            from babel import Locale

            name = Locale("de").territories.get(concept[1:])
            return str(name) if name else None
        except ImportError:  # pragma: no cover
            return None
    longs = lang_de.ACRONYMS.get(concept)
    return longs[0] if longs else None
