"""The corpus stage on a real store, the provenance graph, GraphML/GEXF export and the show summary."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from tests.unit.dedup.fixtures import corpus

from storyline.dedup.graph import copies_summary, provenance_graph
from storyline.dedup.settings import DedupSettings
from storyline.dedup.stage import DedupStage
from storyline.export.graphml import export_gexf, export_graphml
from storyline.model import DuplicateLink, SourceAttribution
from storyline.store.db import Store, UnitResult


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "s.duckdb")
    s.write_units([UnitResult(unit="u", articles=corpus())])
    return s


def test_stage_writes_links_and_sources(store: Store) -> None:
    stage = DedupStage(DedupSettings(use_embeddings=False, page_size=3, pair_chunk=2))
    counts = stage.run(store)
    links = list(store.iter_corpus_records("duplicate", DuplicateLink))
    sources = list(store.iter_corpus_records("source", SourceAttribution))
    assert counts["links"] == len(links) > 0 and counts["articles"] == len(sources) == len(corpus())
    again = stage.run(store)  # a rerun replaces, never duplicates
    assert again["links"] == counts["links"]
    assert len(list(store.iter_corpus_records("duplicate", DuplicateLink))) == len(links)


def test_graph_and_exports(store: Store, tmp_path: Path) -> None:
    DedupStage(DedupSettings(use_embeddings=False)).run(store)
    graph = provenance_graph(store)
    assert graph.number_of_nodes() == len(corpus())
    assert graph.has_edge("a-wire", "b-exact") and graph.edges["a-wire", "b-exact"]["kind"] == "exact"
    result = export_graphml(store, tmp_path / "p.graphml")
    assert nx.read_graphml(result.path).number_of_edges() == result.counts["edges"] > 0
    assert nx.read_gexf(export_gexf(store, tmp_path / "p.gexf").path).number_of_nodes() == len(corpus())


def test_copies_summary(store: Store) -> None:
    DedupStage(DedupSettings(use_embeddings=False)).run(store)
    links = list(store.iter_corpus_records("duplicate", DuplicateLink))
    sources = list(store.iter_corpus_records("source", SourceAttribution))
    text = copies_summary("c-near", links, sources)
    assert text.startswith("Original source: Nordwire")
    assert "copied from a-wire: near" in text and "Content-farm score" in text
    assert "copied by" in copies_summary("a-wire", links, sources)
    assert copies_summary("a-wire2", links, sources).endswith("No copies found.")
