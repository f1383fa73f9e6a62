"""Plain-text rendering of one article for `storyline show` (the terminal escapes nothing, so no markup)."""

from __future__ import annotations

from storyline.model import Article


def format_article(article: Article, removed: bool = False) -> str:
    """Metadata, the clean text (raw text before cleaning), and with ``removed`` every removed line."""
    published = article.published.isoformat() if article.published else "unknown"
    head = [
        f"id:        {article.id}",
        f"title:     {article.title or ''}",
        f"outlet:    {article.outlet or 'unknown'}",
        f"published: {published} ({article.published_source.value})",
        f"language:  {article.language or 'unknown'}",
        f"source:    {article.path}{' ' + article.position if article.position else ''}",
    ]
    if article.url:
        head.append(f"url:       {article.url}")
    if article.byline or article.author:
        head.append(f"byline:    {article.byline or article.author}")
    if article.cited_sources:
        head.append(f"cites:     {', '.join(article.cited_sources)}")
    body = article.text if article.text is not None else article.raw_text
    parts = ["\n".join(head), "", body]
    if removed:
        gone = [line for line in article.lines if not line.kept]
        parts += ["", f"removed lines ({len(gone)}):"]
        parts += [f"  [{line.index}] {line.reason}: {line.text}" + (f"  ({line.evidence})" if line.evidence else "")
                  for line in gone]
    return "\n".join(parts)
