"""Full names of towns that news writes short: "Frankfurt" → "Frankfurt am Main", "Halle" → "Halle (Saale)".

A place's display name is its qualified form when the articles write it ("Frankfurt an der Oder", "Frankfurt
(Oder)" → "Frankfurt (Oder)"), or when one town of that short name is far larger than any other of 15,000
inhabitants or more (GeoNames via ``training/place_names.py``): a reader of "Frankfurt" means Frankfurt am
Main unless told otherwise; only for cities of 50,000 or more. A short name that is also a region or country
("Brandenburg") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

# One town of a short name is meant by default when it has this many times the inhabitants of the next, and
# is a city of its own weight ("Limburg" alone may be the Dutch province, not Limburg an der Lahn)
_DOMINANCE = 3
_MIN_DEFAULT_POPULATION = 50_000
# A qualifier written after the short name: "Frankfurt (Oder)", "Frankfurt an der Oder", "Halle an der Saale",
# "Halle/Saale"
_WRITTEN = r"\s*(?:\(\s*{q}\s*\)|(?:am|an der|an|im|in der|in|ob der)\s+{q}|/\s*{q})$"


@dataclass(frozen=True)
class Town:
    short: str
    qualified: str
    qualifier: str
    population: int
    rival_population: int
    written: re.Pattern[str]  # the short name and qualifier as an article may write them


@cache
def _towns() -> dict[str, list[Town]]:
    """Short name (case-folded) → its qualified towns."""
    text = (resources.files("storyline") / "resources" / "places" / "qualified.tsv").read_text(encoding="utf-8")
    towns: dict[str, list[Town]] = {}
    for line in text.splitlines()[1:]:
        short, qualified, qualifier, population, rival = line.split("\t")
        pattern = re.compile(re.escape(short) + _WRITTEN.format(q=re.escape(qualifier)), re.IGNORECASE)
        towns.setdefault(short.casefold(), []).append(
            Town(short, qualified, qualifier, int(population), int(rival), pattern))
    return towns


def qualified_place(name: str, written: Iterable[str], regions: frozenset[str] = frozenset()) -> str | None:
    """The qualified name of the town ``name`` (a display name), reading the forms its articles wrote
    (``written``); None when it is not a short town name or stays ambiguous. ``regions`` are case-folded
    names of regions and countries that the short name must not be ("brandenburg")."""
    towns = _towns().get(name.casefold())
    if not towns:
        # a qualified form as written is shown as the official one: "Frankfurt an der Oder" → "Frankfurt (Oder)"
        towns = _towns().get(re.split(r"[\s/(]", name, maxsplit=1)[0].casefold(), [])
        written = [name]
    for town in towns:
        if any(w == town.qualified or town.written.fullmatch(w) for w in written):
            return town.qualified
    if name.casefold() in regions or name.casefold() not in _towns():
        return None
    largest = max(towns, key=lambda t: t.population)
    others = max([t.population for t in towns if t is not largest] + [largest.rival_population])
    dominant = largest.population >= max(_DOMINANCE * others, _MIN_DEFAULT_POPULATION)
    return largest.qualified if dominant else None
