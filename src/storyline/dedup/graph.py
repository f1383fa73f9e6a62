"""The provenance graph (networkx) and the text `storyline show` prints about an article's copies."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import networkx as nx

from storyline.model import Article, DuplicateLink, SourceAttribution
from storyline.store.db import Store


def build_graph(
    articles: Iterable[Article], links: Iterable[DuplicateLink], sources: Iterable[SourceAttribution]
) -> nx.DiGraph:
    """Articles as nodes, copy links as edges original -> copy (a -> b when the direction is unknown)."""
    graph = nx.DiGraph()
    attrs = {s.article_id: s for s in sources}
    for art in articles:
        attr = attrs.get(art.id)
        graph.add_node(
            art.id, label=art.title or art.id, outlet=art.outlet or "", language=art.language or "",
            published=art.published.isoformat() if art.published else "",
            original_source=attr.original_source if attr else "", farm_score=attr.farm_score if attr else 0.0,
        )
    for link in links:
        d = link.direction
        src, dst = (d.original, d.copied) if d else (link.a, link.b)
        graph.add_edge(
            src, dst, kind=link.kind, similarity=link.similarity, confidence=link.confidence,
            directed=d is not None, direction_confidence=d.confidence if d else 0.0,
            evidence="; ".join(d.evidence) if d else "",
        )
    return graph


def provenance_graph(store: Store) -> nx.DiGraph:
    """The provenance graph of a store's articles, duplicate links and source attributions."""
    return build_graph(store.iter_articles(), store.iter_corpus_records("duplicate", DuplicateLink),
                       store.iter_corpus_records("source", SourceAttribution))


def copies_summary(article_id: str, links: Sequence[DuplicateLink], sources: Sequence[SourceAttribution]) -> str:
    """Plain-text lines: the article's origin, what it copied, and who copied it."""
    attr = next((s for s in sources if s.article_id == article_id), None)
    lines: list[str] = []
    if attr is not None:
        root = f" (article {attr.original_article_id})" if attr.original_article_id not in (None, article_id) else ""
        lines.append(f"Original source: {attr.original_source}{root}")
        if attr.farm_score:
            names = ", ".join(s.name for s in attr.farm_signals if s.weight >= 0.2) or "weak signals only"
            lines.append(f"Content-farm score: {attr.farm_score:.2f} ({names})")
    mine = [lk for lk in links if article_id in (lk.a, lk.b)]
    for lk in sorted(mine, key=lambda x: (-x.similarity, x.a, x.b)):
        other = lk.b if lk.a == article_id else lk.a
        d = lk.direction
        if d is None:
            role = "related copy"
        elif d.copied == article_id:
            role = "copied from"
        else:
            role = "copied by"
        why = f"; {', '.join(d.evidence)}" if d and d.evidence else ""
        lines.append(f"{role} {other}: {lk.kind}, similarity {lk.similarity:.2f}{why}")
    if not mine:
        lines.append("No copies found.")
    return "\n".join(lines)
