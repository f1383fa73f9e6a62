"""JSON Lines (``.jsonl``, ``.ndjson``, gzipped, or stdin) and JSON (an object, a list, or ``{"articles": [...]}``).

An invalid line is an E107 error with its line number and the rest of the file is still read; a record
without text is E108. Fields are mapped by :mod:`storyline.ingest.records`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from storyline.errors import StorylineError
from storyline.ingest.base import InputUnit, Reader, ReadOptions, ReadResult, decode_bytes, register
from storyline.ingest.errors import E101_EMPTY, E105_TOO_LARGE, E107_BAD_JSON, E109_BAD_ARCHIVE
from storyline.ingest.gz import gunzip
from storyline.ingest.records import record_to_results

# Keys under which JSON exports and news APIs put their list of articles.
LIST_KEYS = ("articles", "items", "results", "data", "documents", "docs")
GZ_SUFFIXES = (".jsonl.gz", ".json.gz", ".ndjson.gz")


def read_json_any(unit: InputUnit, options: ReadOptions) -> Iterator[ReadResult]:
    """JSON Lines or a JSON document, by suffix; gzip is inflated first."""
    data = unit.data
    if unit.suffix in GZ_SUFFIXES or data[:2] == b"\x1f\x8b":
        inflated = gunzip(data, options.max_file_bytes)
        if inflated.too_large:
            yield StorylineError(E105_TOO_LARGE, unit.path, size=f"more than {options.max_file_bytes}",
                                 limit=options.max_file_bytes)
            return
        data = inflated.data
        if inflated.damage:
            yield StorylineError(E109_BAD_ARCHIVE, unit.path, detail=inflated.damage)
            data = data[: data.rfind(b"\n") + 1]  # the last line is cut: drop it, keep complete ones
    try:
        text = decode_bytes(data, unit.path)
    except StorylineError as err:
        yield err
        return
    if not text.strip():
        yield StorylineError(E101_EMPTY, unit.path)
        return
    fmt = "json" if unit.suffix in (".json", ".json.gz") else "jsonl"
    if fmt == "json":
        yield from _read_json(text, unit.path, options)
    else:
        yield from _read_lines(text, unit.path, options)


def _read_lines(text: str, path: str, options: ReadOptions) -> Iterator[ReadResult]:
    """One object per non-empty line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        position = f"line {number}"
        record = _loads(line, path, position)
        if isinstance(record, StorylineError):
            yield record
        elif isinstance(record, dict):
            yield from record_to_results(record, path, position, "jsonl", options)
        else:
            yield StorylineError(E107_BAD_JSON, path, position, detail="each line must be a JSON object")


def _read_json(text: str, path: str, options: ReadOptions) -> Iterator[ReadResult]:
    """One object, a list of objects, or an object holding the list; JSON Lines saved as .json also work."""
    try:
        document = json.loads(text)
    except RecursionError:
        yield StorylineError(E107_BAD_JSON, path, detail="nested too deeply")
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects, one per line: JSON Lines with a .json name
            yield from _read_lines(text, path, options)
        else:
            yield StorylineError(E107_BAD_JSON, path, f"line {exc.lineno}", detail=exc.msg)
        return
    if isinstance(document, dict):
        inner = next((document[k] for k in LIST_KEYS if isinstance(document.get(k), list)), None)
        records = inner if inner is not None else [document]
    elif isinstance(document, list):
        records = document
    else:
        yield StorylineError(E107_BAD_JSON, path, detail="expected an object or a list of objects")
        return
    single = len(records) == 1 and records[0] is document
    for number, record in enumerate(records, start=1):
        position = None if single else f"record {number}"
        if isinstance(record, dict):
            yield from record_to_results(record, path, position, "json", options)
        else:
            yield StorylineError(E107_BAD_JSON, path, position, detail="each article must be a JSON object")


def _loads(line: str, path: str, position: str) -> object:
    """json.loads, with errors (including absurd nesting) as E107."""
    try:
        return json.loads(line)
    except RecursionError:
        return StorylineError(E107_BAD_JSON, path, position, detail="nested too deeply")
    except json.JSONDecodeError as exc:
        return StorylineError(E107_BAD_JSON, path, position, detail=f"{exc.msg} at column {exc.colno}")


def sniff_jsonl(head: bytes) -> bool:
    """Starts with '{' (after a BOM/whitespace) and the first line closes: JSON Lines."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    first = start.split(b"\n", 1)[0].rstrip()
    return start.startswith(b"{") and first.endswith(b"}") and b"\n" in start


JSONL = register(
    Reader(name="jsonl", suffixes=(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"), read=read_json_any,
           sniff=sniff_jsonl)
)
JSON = register(Reader(name="json", suffixes=(".json", ".json.gz"), read=read_json_any))
