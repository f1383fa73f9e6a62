"""Cited sources and outlet names: extraction from text, outlet keys, agency aliases learned per corpus."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import product

from storyline.lang import de, en

_LANG = {"de": de, "en": en}
SELF_CREDIT_SHARE = 0.5  # an outlet naming itself on half its articles is a wire service ("(dpa)" at dpa)
# An outlet "owns" a credit that is not its name ("nw" for Nordwire) when it carries it on nearly all its
# articles: wire services credit themselves everywhere (sample: 100%), while outlets that merely copy the
# wire carry it on some (sample farms: 55-65%; a newspaper crediting dpa is never dpa).
OWNER_SHARE = 0.8
_ARTICLES = frozenset({"the", "der", "die", "das"})  # articles opening an outlet's name


@lru_cache(maxsize=4)
def _patterns(language: str) -> tuple[tuple[str, re.Pattern[str], str | None], ...]:
    mod = _LANG.get(language)
    if mod is None:
        return ()
    named = [(trigger, re.compile(p), None) for trigger, p in mod.DEDUP_SOURCE_PATTERNS.items()]
    fixed = [(trigger, re.compile(p), name) for trigger, (p, name) in mod.DEDUP_SOURCE_PHRASES.items()]
    return tuple(named + fixed)


def mentioned_sources(text: str, language: str | None) -> list[str]:
    """Sources named in running text ("laut der Agentur X", "Quelle: X", credit lines), in order."""
    found: list[str] = []
    for trigger, pattern, fixed in _patterns(language or ""):
        if trigger not in text:  # the regex runs only where its trigger word occurs
            continue
        for match in pattern.finditer(text):
            name = (fixed or match.group("source")).strip(" .:-–")
            if name and name not in found:
                found.append(name)
    return found


@lru_cache(maxsize=4)
def _first_hand(language: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None, tuple[str, ...]]:
    mod = _LANG.get(language)
    if mod is None:
        return (), None, ()
    named = tuple(re.compile(p) for p in mod.DEDUP_FIRST_HAND_PATTERNS)
    self_phrases = re.compile("|".join(mod.DEDUP_FIRST_HAND_SELF)) if mod.DEDUP_FIRST_HAND_SELF else None
    return named, self_phrases, mod.DEDUP_NAME_ENDINGS


def own_keys(names: Iterable[str | None]) -> set[str]:
    """Outlet keys an outlet is named by in its own text: its spellings, and the initials of a name of
    several words ("Continental Press Agency" writes "told CPA")."""
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        keys.add(outlet_key(name))
        words = name.split()
        if len(words) > 1 and words[0].casefold() in _ARTICLES:
            words = words[1:]
        if len(words) >= 3:  # initials of two words ("RR") would meet other names too often
            keys.add("".join(w[0] for w in words).casefold())
    return keys - {""}


def _inflected_keys(name: str, endings: tuple[str, ...]) -> set[str]:
    """Outlet keys of a name as written and with a case ending off each word ("des Tagesblicks")."""
    options = [[w] + [w[: -len(e)] for e in endings if w.endswith(e) and len(w) > len(e) + 2] for w in name.split()]
    return {outlet_key(" ".join(combo)) for combo in product(*options)}


def reports_first_hand(text: str, language: str | None, own: set[str]) -> bool:
    """Whether the text reports first-hand: it names its own outlet (``own``: keys from :func:`own_keys`) as
    the one told something or holding a document ("sagte er dem Tagesblick", "told The Harbour Times"), or
    speaks of itself ("nach Informationen dieser Zeitung")."""
    named, self_phrases, endings = _first_hand(language or "")
    if self_phrases is not None and self_phrases.search(text):
        return True
    if not own:
        return False
    return any(_inflected_keys(match.group("source"), endings) & own
               for pattern in named for match in pattern.finditer(text))


def outlet_key(name: str) -> str:
    """Comparable outlet key: "www.tagesblick.example", "Der Tagesblick" and "tagesblick" agree."""
    value = name.strip().casefold()
    if " " not in value and "." in value:
        labels = [x for x in value.removeprefix("www.").split(".") if x]
        value = labels[-2] if len(labels) >= 2 else labels[0]
    words = [w for w in re.split(r"\W+", value) if w]
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return "".join(words)


class SourceNames:
    """Resolves outlet spellings and cited credits to one display name per outlet or agency."""

    def __init__(self, outlets: Iterable[tuple[str | None, tuple[str, ...], str | None]]) -> None:
        """``outlets``: per article its outlet spelling, cited credits and URL host."""
        rows = [(o, c, h) for o, c, h in outlets if o]
        self._canon = _host_aliases((outlet_key(o), outlet_key(h) if h else None) for o, _, h in rows if o)
        spellings: dict[str, Counter[str]] = defaultdict(Counter)
        credits: dict[str, Counter[str]] = defaultdict(Counter)
        totals: Counter[str] = Counter()
        for outlet, cited, _host in rows:
            if not outlet:
                continue
            key = self.key(outlet)
            spellings[key][outlet] += 1
            totals[key] += 1
            for credit in set(cited):
                credits[key][outlet_key(credit)] += 1
        self._display = {k: _best_spelling(c) for k, c in spellings.items()}
        self._alias: dict[str, str] = {}
        self._agencies: set[str] = set()  # outlets crediting themselves on most articles: wire services
        owners: dict[str, tuple[float, int, str]] = {}
        for key, counter in credits.items():
            for credit, n in counter.items():
                if n < max(2, SELF_CREDIT_SHARE * totals[key]):
                    continue
                if credit == key:
                    self._agencies.add(key)
                elif credit not in self._display and n >= OWNER_SHARE * totals[key]:
                    # Copiers keep the credit too ("(nw)" in a farm's copy): the owner is the outlet
                    # that carries it on the largest share of its articles.
                    owners[credit] = max(owners.get(credit, (0.0, 0, "")), (n / totals[key], totals[key], key))
        for credit, (_share, _n, key) in owners.items():
            self._alias[credit] = key
            self._agencies.add(key)

    def key(self, name: str) -> str:
        """The outlet key of a spelling, domain spellings joined to the outlet's name via URL hosts."""
        key = outlet_key(name)
        return self._canon.get(key, key)

    def outlet(self, name: str | None) -> str | None:
        """Display name of an outlet spelling."""
        if not name:
            return None
        return self._display.get(self.key(name), name)

    def resolve(self, credit: str) -> str:
        """Display name of a cited credit: an outlet of the corpus, an outlet's own credit, or as written."""
        key = self.key(credit)
        key = self._alias.get(key, key)
        return self._display.get(key, credit.strip())

    def is_agency(self, outlet: str | None) -> bool:
        """Whether an outlet credits itself on most of its articles ("(nw)", "(dpa)"), as wire services do."""
        return bool(outlet) and self.key(outlet or "") in self._agencies

    def same(self, a: str | None, b: str | None) -> bool:
        """Whether two names (outlets or credits) denote the same source."""
        if not a or not b:
            return False
        return self.key(self.resolve(a)) == self.key(self.resolve(b))


def _best_spelling(counter: Counter[str]) -> str:
    """The most frequent spelling, preferring names over domains."""
    names = [(n, s) for s, n in counter.items() if " " in s or "." not in s]
    pool = names or [(n, s) for s, n in counter.items()]
    return max(pool, key=lambda x: (x[0], x[1]))[1]


def _host_aliases(pairs: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Host key -> the outlet key most articles from that host are spelled with ("contipress" ->
    "continentalpressagency"), so a page that only gives its domain joins its outlet."""
    by_host: dict[str, Counter[str]] = defaultdict(Counter)
    for key, host in pairs:
        if host:
            by_host[host][key] += 1
    aliases: dict[str, str] = {}
    for host, counter in by_host.items():
        names = [(n, k) for k, n in counter.items() if k != host]
        if names:
            aliases[host] = max(names)[1]
    return aliases
