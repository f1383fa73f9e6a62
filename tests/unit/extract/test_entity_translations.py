"""Names written only in English join their German names when story and meaning agree."""

from __future__ import annotations

from collections import Counter

import numpy as np
from numpy.typing import NDArray

from storyline.extract.entity_corpus import KeyStats, cluster_keys
from storyline.extract.entity_translations import translation_pairs


class FakeEncoder:
    """Unit vectors from a table: names in one group point the same way, every other name elsewhere."""

    def __init__(self, groups: list[list[str]]) -> None:
        self.axis = {name: i for i, group in enumerate(groups) for name in group}

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row, self.axis.get(text, 32 + row % 32)] = 1.0
        return out


def _story(n_articles: int, names: list[str], rare: list[str]) -> list[set[str]]:
    return [set(names) | set(rare) for _ in range(n_articles)]


def test_an_english_name_joins_the_german_name_of_its_story() -> None:
    roots = {k: k for k in ("en:court", "de:bgh", "de:olg", "x:klein", "x:mann", "de:other")}
    language = {"en:court": "en", "de:bgh": "de", "de:olg": "de", "de:other": "de", "x:klein": "mixed",
                "x:mann": "mixed"}
    type_of = dict.fromkeys(roots, "ORG")
    # one story: both courts named beside two rare entities; a big corpus around it
    articles = [{"en:court", "x:klein", "x:mann"}] * 3 + [{"de:bgh", "de:olg", "x:klein", "x:mann"}] * 5
    articles += [{"de:other"}] * 2000
    names = {"en:court": "Federal Court of Justice", "de:bgh": "Bundesgerichtshof", "de:olg": "Oberlandesgericht",
             "de:other": "Bundesgerichtshof Zwei", "x:klein": "Klein", "x:mann": "Mann"}
    encoder = FakeEncoder([["Federal Court of Justice", "Bundesgerichtshof"]])
    got = translation_pairs(language, type_of, articles, names.__getitem__, lambda: encoder)
    assert got == [("en:court", "de:bgh")]
    # no shared story: nothing joins, whatever the names mean
    alone = [{"en:court"}] * 3 + [{"de:bgh"}] * 5 + [{"de:other"}] * 2000
    assert translation_pairs(language, type_of, alone, names.__getitem__, lambda: encoder) == []
    # meaning too far apart: nothing joins
    far = FakeEncoder([])
    assert translation_pairs(language, type_of, articles, names.__getitem__, lambda: far) == []


def _stats(names: dict[str, int], english: bool, preferred: bool = True) -> KeyStats:
    stats = KeyStats(names=Counter(names), types=Counter({"ORG": sum(names.values())}))
    if english:
        stats.english = sum(names.values())
    elif preferred:
        stats.preferred = Counter(names)
    return stats


def test_the_joined_cluster_is_shown_by_its_german_name_and_copies_join_nothing() -> None:
    stats = {"X:federal court of justice": _stats({"Federal Court of Justice": 3}, english=True),
             "X:bundesgerichtshof": _stats({"Bundesgerichtshof": 5}, english=False),
             "X:klein": _stats({"Klein": 8}, english=False), "X:mann": _stats({"Mann": 8}, english=False)}
    stats["X:klein"].english = stats["X:mann"].english = 3
    stats["X:klein"].preferred = stats["X:mann"].preferred = Counter()
    articles = [["X:federal court of justice", "X:klein", "X:mann"]] * 3 + \
        [["X:bundesgerichtshof", "X:klein", "X:mann"]] * 5 + [["X:other"]] * 2000
    encoder = FakeEncoder([["Federal Court of Justice", "Bundesgerichtshof"]])
    clusters = cluster_keys(stats, articles, lambda: encoder)
    joined = [c for c in clusters.values() if "X:bundesgerichtshof" in c[2]]
    assert joined[0][0] == "Bundesgerichtshof" and "X:federal court of justice" in joined[0][2]
    # the German name written only by copies (a farm's translation) is no target
    stats["X:bundesgerichtshof"] = _stats({"Bundesgerichtshof": 5}, english=False, preferred=False)
    stats["X:federal court of justice"].translated = False
    clusters = cluster_keys(stats, articles, lambda: encoder)
    assert not any("X:bundesgerichtshof" in c[2] and "X:federal court of justice" in c[2] for c in clusters.values())


def _person(name: str, n: int) -> KeyStats:
    return KeyStats(names=Counter({name: n}), types=Counter({"PER": n}), preferred=Counter({name: n}))


def test_an_abbreviated_surname_joins_the_one_full_name_of_its_story() -> None:
    stats = {"P:tobias v": _person("Tobias W.", 6), "P:tobias vernike": _person("Tobias Wernicke", 3),
             "P:tobias veber": _person("Tobias Weber", 2), "X:kabelbruke": _stats({"Kabelbrücke": 9}, english=False),
             "X:spreestrom": _stats({"Spreestrom": 9}, english=False)}
    story = ["X:kabelbruke", "X:spreestrom"]
    articles = [["P:tobias v", *story]] * 6 + [["P:tobias vernike", *story]] * 3 + [["P:tobias veber"]] * 2 + \
        [["X:other"]] * 2000
    clusters = cluster_keys(stats, articles)
    tobias = next(c for c in clusters.values() if "P:tobias v" in c[2])
    # "Weber" starts with W too, but names another story: "Wernicke" shares this one
    assert set(tobias[2]) == {"P:tobias v", "P:tobias vernike"} and tobias[0] == "Tobias Wernicke"
    apart = cluster_keys(stats, [["P:tobias v"]] * 6 + [["P:tobias vernike"]] * 3 + [["X:other"]] * 2000)
    assert not any({"P:tobias v", "P:tobias vernike"} <= set(c[2]) for c in apart.values())


def test_a_cluster_of_several_keys_takes_the_type_most_of_its_mentions_have() -> None:
    # the German cluster is mostly ORG over its two keys (5 + 1 against 2 LOC), so it meets the English ORG name
    german = _stats({"Bundesgerichtshof": 5}, english=False)
    genitive = KeyStats(names=Counter({"Bundesgerichtshofs": 3}), types=Counter({"ORG": 1, "LOC": 2}),
                        preferred=Counter({"Bundesgerichtshofs": 3}))
    stats = {"X:federal court of justice": _stats({"Federal Court of Justice": 3}, english=True),
             "X:bundesgerichtshof": german, "X:bundesgerichtshofs": genitive,
             "X:klein": _stats({"Klein": 8}, english=False), "X:mann": _stats({"Mann": 8}, english=False)}
    stats["X:klein"].english = stats["X:mann"].english = 3
    stats["X:klein"].preferred = stats["X:mann"].preferred = Counter()
    articles = [["X:federal court of justice", "X:klein", "X:mann"]] * 3 + \
        [["X:bundesgerichtshof", "X:bundesgerichtshofs", "X:klein", "X:mann"]] * 5 + [["X:other"]] * 2000
    encoder = FakeEncoder([["Federal Court of Justice", "Bundesgerichtshof"]])
    clusters = cluster_keys(stats, articles, lambda: encoder)
    joined = next(c for c in clusters.values() if "X:bundesgerichtshof" in c[2])
    assert "X:federal court of justice" in joined[2]
