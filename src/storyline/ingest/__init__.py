"""storyline.ingest: readers by format, registered on import (txt, html, json/jsonl, warc, feed, csv, archives)."""

from storyline.ingest import archive, csv, feed, html, jsonl, txt, warc
from storyline.ingest.base import InputUnit, RawDoc, Reader, ReadOptions, reader_for, readers, register, suffix_of

__all__ = [
    "InputUnit",
    "RawDoc",
    "ReadOptions",
    "Reader",
    "archive",
    "csv",
    "feed",
    "html",
    "jsonl",
    "reader_for",
    "readers",
    "register",
    "suffix_of",
    "txt",
    "warc",
]
