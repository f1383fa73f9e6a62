"""Provenance graph exports for Gephi/yEd: GraphML and GEXF (networkx writers)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from storyline.dedup.graph import provenance_graph
from storyline.export.base import ExportResult, atomic_text, register_exporter
from storyline.store.db import Store


def _write(store: Store, out_path: Path, fmt: str) -> ExportResult:
    graph = provenance_graph(store)
    lines = nx.generate_graphml(graph) if fmt == "graphml" else nx.generate_gexf(graph)
    with atomic_text(out_path) as handle:
        for line in lines:
            handle.write(line + "\n")
    return ExportResult(format=fmt, path=out_path,
                        counts={"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()})


def export_graphml(store: Store, out_path: Path) -> ExportResult:
    """Write the provenance graph as GraphML."""
    return _write(store, out_path, "graphml")


def export_gexf(store: Store, out_path: Path) -> ExportResult:
    """Write the provenance graph as GEXF."""
    return _write(store, out_path, "gexf")


register_exporter("graphml", export_graphml)
register_exporter("gexf", export_gexf)
