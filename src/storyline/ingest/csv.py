"""CSV/TSV with a header row: one article per row, fields named and mapped as for JSON.

The delimiter of ``.csv`` is sniffed among ``,;\\t|`` (German spreadsheets write ``;``). A row that cannot
be read is E112 with its line number, and reading goes on with the next row.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from storyline.errors import StorylineError
from storyline.ingest.base import InputUnit, Reader, ReadOptions, ReadResult, decode_bytes, register
from storyline.ingest.errors import E101_EMPTY, E112_BAD_CSV
from storyline.ingest.records import record_to_results

DELIMITERS = ",;\t|"


def _allow_big_fields(limit: int) -> None:
    """Raise the csv module's 128 KiB field limit to the file size limit (article bodies can be long)."""
    wanted = min(max(limit, 1 << 17), sys.maxsize)
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


def _delimiter(text: str, suffix: str) -> str:
    """Tab for .tsv; otherwise the sniffed delimiter of the header line, comma when unsure."""
    if suffix == ".tsv":
        return "\t"
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def read_csv(unit: InputUnit, options: ReadOptions) -> Iterator[ReadResult]:
    """One RawDoc per data row; E112 for rows that cannot be read."""
    try:
        text = decode_bytes(unit.data, unit.path)
    except StorylineError as err:
        yield err
        return
    if not text.strip():
        yield StorylineError(E101_EMPTY, unit.path)
        return
    _allow_big_fields(options.max_file_bytes)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, unit.suffix))
    header = _header(reader)
    if header is None:
        yield StorylineError(E112_BAD_CSV, unit.path, "line 1", detail="the header row cannot be read")
        return
    yield from _rows(reader, header, unit.path, options)


def _header(reader: Iterator[list[str]]) -> list[str] | None:
    """The header's column names (stripped), or None when it cannot be read."""
    try:
        names = next(reader)
    except (StopIteration, csv.Error):
        return None
    names = [n.strip().lstrip("\ufeff") for n in names]
    return names if any(names) else None


def _rows(reader: Iterator[list[str]], header: list[str], path: str, options: ReadOptions) -> Iterator[ReadResult]:
    """Data rows as documents; a bad row is E112 and the next row is tried."""
    line_reader = reader if hasattr(reader, "line_num") else None
    last_line = 1
    while True:
        start = last_line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            now = getattr(line_reader, "line_num", start)
            yield StorylineError(E112_BAD_CSV, path, f"line {start}", detail=str(exc))
            if now <= last_line:  # the reader made no progress: stop rather than loop
                return
            last_line = now
            continue
        last_line = getattr(line_reader, "line_num", start)
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            yield StorylineError(E112_BAD_CSV, path, f"line {start}",
                                 detail=f"{len(row)} fields where the header has {len(header)}")
            continue
        record: dict[str, object] = {}
        for name, value in zip(header, row, strict=False):
            record.setdefault(name, value)
            record.setdefault(name.lower(), value)
        yield from record_to_results(record, path, f"line {start}", "csv", options)


CSV = register(Reader(name="csv", suffixes=(".csv", ".tsv"), read=read_csv))
