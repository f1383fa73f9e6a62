"""`--format json`: one document with `schema_version` and every section (DESIGN.md §4), streamed.

The document follows ``resources/export.schema.json`` (generated from :class:`ExportDocument`).
Records are written one at a time, so memory does not grow with the corpus.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from storyline.export.base import ExportResult, atomic_text, register_exporter
from storyline.export.records import SECTIONS, iter_section
from storyline.model import SCHEMA_VERSION
from storyline.store.db import Store


def export_json(store: Store, out: Path) -> ExportResult:
    """Write the whole store as one JSON document."""
    counts: dict[str, int] = {}
    generated = dt.datetime.now(dt.UTC).isoformat()
    with atomic_text(out) as handle:
        handle.write(f'{{"schema_version": {json.dumps(SCHEMA_VERSION)}, "generated": {json.dumps(generated)}')
        for section in SECTIONS:
            handle.write(f', "{section}": [')
            n = 0
            for record in iter_section(store, section):
                handle.write(("," if n else "") + "\n" + record.model_dump_json())
                n += 1
            handle.write("]")
            counts[section] = n
        handle.write("}\n")
    return ExportResult("json", out, counts)


register_exporter("json", export_json)
