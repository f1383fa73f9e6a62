"""`--format csv` and `--format parquet`: a folder of flat tables derived from the same records.

Tables: articles, lines, mentions, quotes, dates, figures, errors, and one per corpus section
(duplicates, sources, events, storylines, claims) with nested fields as JSON text. Rows are
buffered per table in chunks and appended, so memory stays bounded.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from pydantic import BaseModel

from storyline.export.base import ExportResult, register_exporter, umask
from storyline.export.records import CORPUS_SECTIONS, iter_section
from storyline.model import Article
from storyline.store.db import Store

Row = dict[str, Any]
CHUNK_ROWS = 5000

ARTICLE_COLUMNS = (
    "id", "path", "position", "url", "outlet", "title", "published", "published_source", "language",
    "language_confidence", "author", "byline", "dateline", "cited_sources", "input_format", "lines_total",
    "lines_removed", "text",
)


def article_row(a: Article) -> Row:
    """One flat row per article; lists joined with '; ', the clean text (or the raw text before cleaning)."""
    return {
        "id": a.id, "path": a.path, "position": a.position, "url": a.url, "outlet": a.outlet, "title": a.title,
        "published": a.published.isoformat() if a.published else None, "published_source": a.published_source.value,
        "language": a.language, "language_confidence": a.language_confidence, "author": a.author,
        "byline": a.byline, "dateline": a.dateline, "cited_sources": "; ".join(a.cited_sources),
        "input_format": a.input_format, "lines_total": len(a.lines),
        "lines_removed": sum(1 for line in a.lines if not line.kept),
        "text": a.text if a.text is not None else a.raw_text,
    }


def child_rows(a: Article) -> dict[str, list[Row]]:
    """The per-article child tables, each row carrying the article id."""

    def rows(items: list[BaseModel]) -> list[Row]:
        return [{"article_id": a.id, **_flat(item.model_dump(mode="json"))} for item in items]

    return {
        "lines": rows(list(a.lines)),
        "mentions": rows(list(a.mentions)),
        "quotes": rows(list(a.quotes)),
        "dates": rows(list(a.dates)),
        "figures": rows(list(a.figures)),
    }


def _flat(record: dict[str, Any]) -> Row:
    """Nested values (lists, objects) as JSON text so every table is flat."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in record.items()}


class _TableSink:
    """Collects rows per table and appends them to CSV or Parquet files in chunks."""

    def __init__(self, folder: Path, fmt: str) -> None:
        self.folder, self.fmt = folder, fmt
        self.buffers: dict[str, list[Row]] = {}
        self.writers: dict[str, Any] = {}
        self.schemas: dict[str, pa.Schema] = {}
        self.counts: dict[str, int] = {}

    def add(self, table: str, rows: list[Row]) -> None:
        buffer = self.buffers.setdefault(table, [])
        buffer.extend(rows)
        self.counts[table] = self.counts.get(table, 0) + len(rows)
        if len(buffer) >= CHUNK_ROWS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        rows = self.buffers.get(table) or []
        if not rows:
            return
        columns = list(rows[0]) if table not in self.schemas else self.schemas[table].names
        data = {c: [_cell(r.get(c)) for r in rows] for c in columns}
        arrow = pa.table({c: pa.array(v, type=pa.string()) for c, v in data.items()})
        if table not in self.writers:
            self.schemas[table] = arrow.schema
            path = self.folder / f"{table}.{self.fmt}"
            self.writers[table] = (
                pq.ParquetWriter(path, arrow.schema) if self.fmt == "parquet" else pacsv.CSVWriter(path, arrow.schema)
            )
        self.writers[table].write_table(arrow)
        self.buffers[table] = []

    def close(self) -> None:
        for table in list(self.buffers):
            self._flush(table)
        for writer in self.writers.values():
            writer.close()


def _cell(value: Any) -> str | None:
    """Every column as text: CSV is text anyway, and Parquet readers cast as they need."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _export_tables(store: Store, out: Path, fmt: str) -> ExportResult:
    """Write every table into a fresh folder, then swap it in (a reader never sees half a folder)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        sink = _TableSink(staging, fmt)
        for article in store.iter_articles():
            sink.add("articles", [article_row(article)])
            for table, rows in child_rows(article).items():
                sink.add(table, rows)
        for section in (*CORPUS_SECTIONS, "errors"):
            for record in iter_section(store, section):
                sink.add(section, [_flat(record.model_dump(mode="json"))])
        sink.close()
        os.chmod(staging, 0o777 & ~umask())  # mkdtemp creates 0700; exports are ordinary folders
        if out.exists():
            shutil.rmtree(out) if out.is_dir() else out.unlink()
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ExportResult(fmt, out, sink.counts)


def _exporter(fmt: str) -> Callable[[Store, Path], ExportResult]:
    def export(store: Store, out: Path) -> ExportResult:
        return _export_tables(store, out, fmt)

    export.__doc__ = f"Write the store as a folder of {fmt} tables."
    return export


register_exporter("csv", _exporter("csv"))
register_exporter("parquet", _exporter("parquet"))
