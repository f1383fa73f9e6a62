"""Corpus linking of German institution nouns written alone ("die Staatsanwaltschaft", "im Kreistag").

The article-level rule (entity_article) resolves such a noun to the article's own full name with it; many
follow-up reports never write the full name. Such a noun means the body of the story it is in, so it joins
the full name in the corpus that shares the most with the article: the organisation whose articles name the
same people, places and bodies, each weighted by how rare it is (a shared "Deutschland" says little, a shared
"Vilsau" much). Where no full name shares anything, a local noun ("Staatsanwaltschaft", "Landtag") stays an
identity of its article alone, since two articles' prosecutors need not be one; a federal noun
("Bundesregierung", "Bundestag") stays one identity across the corpus.

Memory: the identity keys of the articles that hold a bare noun or a candidate full name, not of all.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from storyline.extract.entity_corpus import UnionFind
from storyline.extract.entity_keys import institution_noun, institution_nouns_of, is_federal
from storyline.lang import de as lang_de
from storyline.model import Article, Mention


def bare_noun(mention: Mention) -> str | None:
    """The institution noun an ORG mention is written as alone, after article-level linking, else None."""
    name = mention.canonical_name or mention.text
    if mention.type != "ORG" or " " in name:
        return None
    return institution_noun(name)


class BareInstitutions:
    """Collects what :meth:`resolve` needs in the corpus pass (:meth:`note` per article)."""

    def __init__(self) -> None:
        self._df: Counter[str] = Counter()  # identity key → articles it is in
        self._bare: list[tuple[str, dict[str, str], list[str]]] = []  # article, bare key → noun, other keys
        self._candidates: list[tuple[dict[str, set[str]], list[str]]] = []  # candidate key → nouns, other keys
        self._places: dict[str, tuple[list[str], list[str]]] = {}  # article with a bare noun → place keys, dateline's
        # group (``LOCAL`` + first article) → places its articles name and places their datelines name, by
        # entity id, counted once per article; filled by :meth:`resolve`
        self.group_places: dict[str, tuple[Counter[str], Counter[str]]] = {}

    def note(self, article: Article, mention_keys: list[str]) -> None:
        """Record one article's identity keys (``mention_keys``, one per mention) where it holds a bare noun or
        a full name with one."""
        keys: dict[str, Mention] = {}
        for key, mention in zip(mention_keys, article.mentions, strict=True):
            keys.setdefault(key, mention)
        self._df.update(list(keys))
        bare = {k: noun for k, m in keys.items() if (noun := bare_noun(m)) is not None}
        nouns = {k: found for k, m in keys.items()
                 if m.type == "ORG" and " " in (name := m.canonical_name or m.text) and (found := institution_nouns_of(name))}
        if bare:
            self._bare.append((article.id, bare, [k for k in keys if k not in bare]))
            text = article.text or ""
            self._places[article.id] = (
                [k for k, m in keys.items() if m.type == "LOC"],
                [k for k, m in keys.items() if m.type == "LOC" and _opens_dateline(text, m)],
            )
        if nouns:
            self._candidates.append((nouns, list(keys)))

    def resolve(self, entity_of: Callable[[str], str]) -> dict[str, dict[str, str]]:
        """Article id → {bare identity key → where it goes}: the entity id of a full name, or
        ``LOCAL`` + the id of the first article of a group of articles that share their story (one body
        no article names in full). Keys absent from an article's dict keep their corpus identity (federal nouns)."""
        df: Counter[str] = Counter()
        for key, count in self._df.items():
            df[entity_of(key)] += count
        by_noun: dict[str, set[str]] = defaultdict(set)
        shared: dict[str, Counter[str]] = defaultdict(Counter)
        for nouns, keys in self._candidates:
            others = {entity_of(k) for k in keys}
            for key, found in nouns.items():
                entity = entity_of(key)
                for noun in found:
                    by_noun[noun].add(entity)
                shared[entity].update(others - {entity})
        out: dict[str, dict[str, str]] = defaultdict(dict)
        unresolved: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)  # noun → (article, key, context)
        for article_id, bare, other_keys in self._bare:
            context = {entity_of(k) for k in other_keys}
            for key, noun in bare.items():
                own = entity_of(key)
                scores = {c: sum(shared[c][o] / df[o] for o in context if o != c)
                          for c in by_noun.get(noun, ()) if c != own}
                best = max(sorted(scores), key=lambda c: scores[c], default=None)
                if best is not None and scores[best] > 0:
                    out[article_id][key] = best
                elif not is_federal(noun):  # a federal body's noun means the one body wherever it is written
                    unresolved[noun].append((article_id, key, context))
        for items in unresolved.values():
            for (article_id, key, _), first in zip(items, _story_groups(items, df), strict=True):
                out[article_id][key] = LOCAL + first
                named, datelines = self.group_places.setdefault(LOCAL + first, (Counter(), Counter()))
                place_keys, dateline_keys = self._places[article_id]
                named.update({entity_of(k) for k in place_keys})
                datelines.update({entity_of(k) for k in dateline_keys})
        return dict(out)


def _opens_dateline(text: str, mention: Mention) -> bool:
    """Whether the place opens the article as its dateline ("DRESDEN (nw) –", "Frankfurt (nw).", "KOBLENZ –")."""
    return mention.start == 0 and text[mention.end : mention.end + 3].startswith((" (", " –", " -", "/", ","))


def local_body_name(noun: str, level: str | None, places: tuple[Counter[str], Counter[str]],
                    name_of: Callable[[str], str]) -> str:
    """The display name of a body its story writes only by its bare noun (``noun``, nominative): the noun and
    the place of the body's ``level`` that the story names, else the noun alone.

    state: the German or Austrian state the story's articles name most ("Landtag Niedersachsen"); county: the
    county they name most, its "Landkreis" left out ("Kreistag Vilsau"); city: the place their datelines name
    most ("Stadtrat Dresden"). ``name_of`` gives an entity id's display name.
    """
    named, datelines = places
    candidates: list[str] = []
    if level == "state":
        candidates = [name for e in _by_count(named) if (name := name_of(e)) in lang_de.STATES]
    elif level == "county":
        for e in _by_count(named):
            name = name_of(e)
            prefix = next((p for p in lang_de.COUNTY_PREFIXES if name.startswith(p)), None)
            if prefix is not None or name.endswith("-Kreis"):
                candidates.append(name.removeprefix(prefix or ""))
    elif level == "city":
        candidates = [name for e in _by_count(datelines) if (name := name_of(e)) not in lang_de.STATES]
    return f"{noun} {candidates[0]}" if candidates else noun


def _by_count(counts: Counter[str]) -> list[str]:
    """Keys by falling count, ties by key (a stable choice)."""
    return sorted(counts, key=lambda k: (-counts[k], k))


# Prefix of :meth:`BareInstitutions.resolve` targets that name a group of articles, not an entity.
LOCAL = "@"
# Two articles with one bare noun share its body when the entities they share weigh this much, each entity
# 1 / the number of articles it is in (one entity in just two articles, or three in ten each); entities in
# more than RARE articles are not compared (bounds the pairs, and say little).
SAME_STORY = 0.3
RARE = 50


def _story_groups(items: list[tuple[str, str, set[str]]], df: Counter[str]) -> list[str]:
    """For each (article, key, context): the smallest article id of its group; articles join when their
    contexts share enough rare entities (``SAME_STORY``), transitively."""
    holders: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, context) in enumerate(items):
        for entity in context:
            if df[entity] <= RARE:
                holders[entity].append(i)
    weight: dict[tuple[int, int], float] = defaultdict(float)
    for entity, held in holders.items():
        for n, i in enumerate(held):
            for j in held[n + 1 :]:
                weight[(i, j)] += 1 / df[entity]
    groups = UnionFind([str(i) for i in range(len(items))])
    for (i, j), w in weight.items():
        if w >= SAME_STORY:
            groups.union(str(i), str(j))
    first: dict[str, str] = {}
    for i, (article_id, _, _) in enumerate(items):
        root = groups.find(str(i))
        first[root] = min(first.get(root, article_id), article_id)
    return [first[groups.find(str(i))] for i in range(len(items))]
