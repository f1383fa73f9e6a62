"""One identity across languages for names no table knows: "Federal Court of Justice" is the "Bundesgerichtshof".

Known places and bodies already share a concept key across languages (``entity_keys``); an organisation, place or
law that English articles write in translation ("Ohmtal District Hospital", "Hellwig Institute for Cell Biology")
needs more. A name only English articles write joins the name only German articles write when both hold:

- **same story**: the two co-occur with the same rare entities (the people, firms and places of one story), so a
  candidate is only ever a name of the stories the English name is read in (this also bounds the work: no pairs
  outside shared stories);
- **same meaning**: the multilingual sentence encoder (USE v3, already shipped for events) puts the two names
  close, closer than any other candidate by a margin.

Why our own rule: no registry package links translated organisation names, and string similarity cannot see that
"Cartel Office" is "Kartellamt".
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from storyline.cluster.embed import Encoder

# Cosine of the two names' embeddings at least this (measured on the sample dev corpus: true translations
# 0.72-0.95, the nearest wrong candidate of a shared story up to 0.70: "Federal Interior Ministry" ~
# "Außenministerium").
MIN_COSINE = 0.75
# ... and this far above the next candidate that is another entity.
MARGIN = 0.03
# Shared story evidence: the summed log inverse document frequency of the rare entities both names co-occur
# with; 10 is about three entities of one story (each in a few dozen articles of a thousand).
MIN_SHARED = 10.0
# Entities in more articles than this say nothing about a story ("Deutschland") and are not compared.
RARE = 50
TYPES = frozenset({"ORG", "LOC", "MISC"})


def holders(article_keys: Sequence[Iterable[str]]) -> dict[str, set[int]]:
    """Key → the indices of the articles that name it."""
    held: dict[str, set[int]] = defaultdict(set)
    for i, found in enumerate(article_keys):
        for key in found:
            held[key].add(i)
    return held


def _idf(held: dict[str, set[int]], key: str, n_articles: int) -> float:
    return math.log(max(n_articles, 1) / len(held[key]))


def story_weight(held: dict[str, set[int]], article_keys: Sequence[Iterable[str]], a: set[int], b: set[int]) -> float:
    """How much two sets of articles share one story: the summed log inverse document frequency of the rare keys
    (in at most ``RARE`` articles) that articles of both name."""

    def rare(articles: set[int]) -> set[str]:
        return {k for i in articles for k in article_keys[i] if len(held[k]) <= RARE}

    return sum(_idf(held, k, len(article_keys)) for k in rare(a) & rare(b))


def translation_pairs(language: dict[str, str], type_of: dict[str, str], article_roots: Sequence[set[str]],
                      display: Callable[[str], str], encoder: Callable[[], Encoder | None]) -> list[tuple[str, str]]:
    """(English root, German root) pairs that name one entity.

    ``language``: cluster root → "en", "de" or "mixed" (the articles it is written in; a German name written only
    by copies is "copied" and joins nothing), for every root that may join; ``type_of``: root → majority type;
    ``article_roots``: per article, the roots of its mentions; ``display``: root → display name; ``encoder`` gives
    the name encoder (loaded only when there are candidates).
    """
    english = [r for r in sorted(language) if language[r] == "en" and type_of.get(r) in TYPES]
    if not english:
        return []
    held = holders(article_roots)
    candidates: dict[str, dict[str, float]] = {}
    german_beside: dict[str, set[str]] = {}  # rare root → the German roots of its articles (each computed once)
    for e in english:
        context = {f for i in held[e] for f in article_roots[i] if f != e and len(held[f]) <= RARE}
        shared: dict[str, float] = defaultdict(float)  # summed idf weights
        for f in context:
            if f not in german_beside:
                german_beside[f] = {g for i in held[f] for g in article_roots[i] if language.get(g) == "de" and g != f}
            idf = _idf(held, f, len(article_roots))
            for g in german_beside[f]:
                if type_of.get(g) == type_of[e]:
                    shared[g] += idf
        kept = {g: w for g, w in shared.items() if w >= MIN_SHARED}
        if kept:
            candidates[e] = kept
    model = encoder() if candidates else None
    if model is None:
        return []
    names = sorted({display(r) for e, gs in candidates.items() for r in (e, *gs)})
    vectors = dict(zip(names, np.asarray(model.encode(names), dtype=np.float32), strict=True))
    pairs = []
    for e, gs in candidates.items():
        scored = sorted(((float(vectors[display(e)] @ vectors[display(g)]), g) for g in gs), reverse=True)
        best, g = scored[0]
        # the runner-up counts only as another entity: two clusters of one name ("Verteidigungsministerium" of
        # two stories) are told apart by the shared-story weight instead
        rivals = [c for c, h in scored[1:] if display(h) != display(g)]
        same_name = [h for c, h in scored[1:] if display(h) == display(g)]
        if same_name and gs[g] < max(gs[h] for h in same_name):
            continue
        if best >= MIN_COSINE and (not rivals or best - rivals[0] >= MARGIN):
            pairs.append((e, g))
    return pairs
