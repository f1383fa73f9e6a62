"""`--format jsonl`: one JSON object per line, `{"type": SECTION, "record": {...}}`, for streaming tools."""

from __future__ import annotations

from pathlib import Path

from storyline.export.base import ExportResult, atomic_text, register_exporter
from storyline.export.records import SECTIONS, iter_section
from storyline.store.db import Store


def export_jsonl(store: Store, out: Path) -> ExportResult:
    """Write every record as a line."""
    counts: dict[str, int] = {}
    with atomic_text(out) as handle:
        for section in SECTIONS:
            n = 0
            for record in iter_section(store, section):
                handle.write(f'{{"type": "{section}", "record": {record.model_dump_json()}}}\n')
                n += 1
            counts[section] = n
    return ExportResult("jsonl", out, counts)


register_exporter("jsonl", export_jsonl)
