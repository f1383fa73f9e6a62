"""Markdown and HTML dossiers: per storyline a timeline chart (SVG we draw) and per event its articles,
outlets and origin. Crawled text is hostile: HTML escapes every string taken from articles."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from storyline.cluster.timeline import TimelineEntry, timeline_entries
from storyline.export.base import ExportResult, atomic_text, register_exporter
from storyline.model import Article, SourceAttribution, Storyline
from storyline.store.db import Store

_W, _H, _PAD = 760, 120, 40


def _md(text: str) -> str:
    """Markdown-safe one-line text: control characters out, markup characters escaped."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    for ch in "\\`*_[]<>|#":
        flat = flat.replace(ch, "\\" + ch)
    return flat


def timeline_svg(entries: list[TimelineEntry]) -> str:
    """An SVG timeline: one dot per dated event, sized by article count, on a date axis."""
    dated = [e for e in entries if e.event.date is not None]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{_W}" height="{_H}" role="img" '
             f'aria-label="timeline"><line x1="{_PAD}" y1="60" x2="{_W - _PAD}" y2="60" stroke="#555"/>']
    if dated:
        days = [e.event.date.toordinal() for e in dated if e.event.date]
        lo, hi = min(days), max(days)
        span = max(hi - lo, 1)
        for i, entry in enumerate(dated):
            day = entry.event.date or dt.date.min
            x = _PAD + (day.toordinal() - lo) * (_W - 2 * _PAD) / span
            r = min(4 + 2 * len(entry.event.article_ids) ** 0.5, 16)
            y_text = 30 if i % 2 == 0 else 100
            label = html.escape(day.isoformat(), quote=True)
            title = html.escape(entry.event.label, quote=True)
            parts.append(f'<circle cx="{x:.1f}" cy="60" r="{r:.1f}" fill="#3a6ea5"><title>{title}</title></circle>'
                         f'<text x="{x:.1f}" y="{y_text}" font-size="11" text-anchor="middle">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _origin(art: Article, sources: dict[str, SourceAttribution]) -> str:
    attr = sources.get(art.id)
    return attr.original_source if attr is not None else "-"


def _when(art: Article) -> str:
    return art.published.strftime("%Y-%m-%d %H:%M") if art.published else "undated"


def _storylines(store: Store) -> list[Storyline]:
    return sorted(store.iter_corpus_records("storyline", Storyline), key=lambda s: (-len(s.event_ids), s.id))


def markdown_dossier(store: Store) -> tuple[str, dict[str, int]]:
    """The dossier as Markdown (SVG charts inline, which most renderers show)."""
    sources = {s.article_id: s for s in store.iter_corpus_records("source", SourceAttribution)}
    out, counts = ["# Storyline dossier", ""], {"storylines": 0, "events": 0, "articles": 0}
    for st in _storylines(store):
        entries = timeline_entries(store, st)
        counts["storylines"] += 1
        out += [f"## {_md(st.label)}", "", f"Key entities: {_md(', '.join(st.key_entities)) or '-'}", "",
                timeline_svg(entries), ""]
        for entry in entries:
            ev = entry.event
            counts["events"] += 1
            date = ev.date.isoformat() if ev.date else "undated"
            out += [f"### {date} — {_md(ev.label)}", "",
                    f"{len(ev.article_ids)} articles · outlets: {_md(', '.join(entry.outlets)) or '-'} · "
                    f"first report: {_md(entry.first_report)}", "",
                    "| published | outlet | title | origin |", "| --- | --- | --- | --- |"]
            for art in store.get_articles(ev.article_ids):
                counts["articles"] += 1
                out.append(f"| {_when(art)} | {_md(art.outlet or '-')} | {_md(art.title or '-')} | "
                           f"{_md(_origin(art, sources))} |")
            out.append("")
    return "\n".join(out) + "\n", counts


def html_dossier(store: Store) -> tuple[str, dict[str, int]]:
    """The dossier as one self-contained HTML page; every article-derived string escaped."""
    esc = html.escape
    sources = {s.article_id: s for s in store.iter_corpus_records("source", SourceAttribution)}
    out = ['<!doctype html><html><head><meta charset="utf-8"><title>Storyline dossier</title>',
           "<style>body{font-family:sans-serif;max-width:60em;margin:auto}table{border-collapse:collapse}"
           "td,th{border:1px solid #ccc;padding:2px 6px;font-size:90%}</style></head><body>",
           "<h1>Storyline dossier</h1>"]
    counts = {"storylines": 0, "events": 0, "articles": 0}
    for st in _storylines(store):
        entries = timeline_entries(store, st)
        counts["storylines"] += 1
        out += [f"<section><h2>{esc(st.label)}</h2>",
                f"<p>Key entities: {esc(', '.join(st.key_entities)) or '-'}</p>", timeline_svg(entries)]
        for entry in entries:
            ev = entry.event
            counts["events"] += 1
            date = ev.date.isoformat() if ev.date else "undated"
            out += [f"<h3>{esc(date)} — {esc(ev.label)}</h3>",
                    f"<p>{len(ev.article_ids)} articles · outlets: {esc(', '.join(entry.outlets)) or '-'} · "
                    f"first report: {esc(entry.first_report)}</p>",
                    "<table><tr><th>published</th><th>outlet</th><th>title</th><th>origin</th></tr>"]
            for art in store.get_articles(ev.article_ids):
                counts["articles"] += 1
                title = esc(art.title or "-")
                if art.url and art.url.startswith(("http://", "https://")):
                    title = f'<a href="{esc(art.url, quote=True)}" rel="noopener noreferrer">{title}</a>'
                out.append(f"<tr><td>{esc(_when(art))}</td><td>{esc(art.outlet or '-')}</td><td>{title}</td>"
                           f"<td>{esc(_origin(art, sources))}</td></tr>")
            out.append("</table>")
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n", counts


Renderer = Callable[[Store], tuple[str, dict[str, int]]]


def _exporter(name: str, render: Renderer) -> Callable[[Store, Path], ExportResult]:
    def export(store: Store, out_path: Path) -> ExportResult:
        text, counts = render(store)
        with atomic_text(out_path) as handle:
            handle.write(text)
        return ExportResult(format=name, path=out_path, counts=counts)

    return export


export_markdown = _exporter("markdown", markdown_dossier)
export_html = _exporter("html", html_dossier)
register_exporter("markdown", export_markdown)
register_exporter("html", export_html)
