"""Exports, one module per format, registered by name; every format derives from the same records."""

from storyline.export import dossier, graphml, json_doc, jsonl, tables  # noqa: F401  (register the formats)
from storyline.export.base import ExportResult, exporters, get_exporter

__all__ = ["ExportResult", "exporters", "get_exporter"]
