"""WARC files (``.warc``, ``.warc.gz``): HTML ``response`` and ``resource`` records through the HTML reader.

``url`` is the WARC-Target-URI; a page without its own date gets the WARC-Date (``published_source=file``,
the crawl time: an upper bound, ranked last by DESIGN.md §3). Non-HTML and non-2xx records are not
articles and are skipped. Damage stops the file with E110 at the offset; records read before it are kept.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from storyline.errors import StorylineError
from storyline.ingest.base import InputUnit, Reader, ReadOptions, ReadResult, register
from storyline.ingest.errors import E105_TOO_LARGE, E110_BAD_WARC, E117_NO_PAGES
from storyline.ingest.gz import gunzip
from storyline.ingest.html import html_to_rawdoc
from storyline.ingest.metadata import parse_published
from storyline.model import PublishedSource

HTML_TYPES = ("text/html", "application/xhtml+xml")


def sniff_warc(head: bytes) -> bool:
    """Plain WARC starts with 'WARC/1.'; gzipped WARC is recognised by suffix only."""
    return head.startswith((b"WARC/1.0", b"WARC/1.1"))


def read_warc(unit: InputUnit, options: ReadOptions) -> Iterator[ReadResult]:
    """One RawDoc (or E113) per HTML record; E110 for damage, E117 when no HTML page is in the file."""
    pages = records = 0
    offset = 0
    try:
        iterator = ArchiveIterator(io.BytesIO(unit.data))
        for record in iterator:
            records += 1
            if getattr(record, "format", "warc") != "warc":  # warcio falls back to ARC for any text line
                raise ValueError("not a WARC record")
            body = _html_body(record, options)
            # warcio computes the offset by reading the record to its end: only after the body was read.
            offset = iterator.get_record_offset()
            if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended before the record's Content-Length
                raise EOFError(f"record cut off, {record.raw_stream.limit} bytes missing")
            if body is None:
                continue
            pages += 1
            yield _page(record, body, unit.path, f"offset {offset}", options)
    except Exception as exc:  # warcio raises many types on damage (ArchiveLoadFailed, EOFError, zlib.error, ...)
        detail = f"{type(exc).__name__}: {exc}"[:300]
        yield StorylineError(E110_BAD_WARC, unit.path, f"offset {offset}", detail=detail)
        return
    if unit.data[:2] == b"\x1f\x8b":
        # warcio stops quietly at a gzip member cut inside its header; inflating once more finds that damage.
        damage = gunzip(unit.data, options.max_file_bytes).damage
        if damage:
            yield StorylineError(E110_BAD_WARC, unit.path, f"offset {offset}", detail=damage)
            return
    if records == 0:
        yield StorylineError(E110_BAD_WARC, unit.path, "offset 0", detail="no WARC record found")
    elif pages == 0:
        yield StorylineError(E117_NO_PAGES, unit.path)


def _html_body(record: Any, options: ReadOptions) -> bytes | None:
    """The payload of an HTML page record (at most the size limit + 1 bytes); None for other records."""
    if record.rec_type not in ("response", "resource"):
        return None
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not (http.get_statuscode() or "").startswith("2"):
            return None  # requests' answers without a page: redirects, errors
        content_type = (http.get_header("Content-Type") or "").lower()
    else:
        content_type = (record.rec_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        return None
    body: bytes = record.content_stream().read(options.max_file_bytes + 1)
    return body


def _page(record: Any, body: bytes, path: str, position: str, options: ReadOptions) -> ReadResult:
    """The article of one HTML record: URL from WARC-Target-URI, WARC-Date when the page has no date."""
    if len(body) > options.max_file_bytes:
        return StorylineError(E105_TOO_LARGE, path, position, size=f"more than {options.max_file_bytes}",
                              limit=options.max_file_bytes)
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    doc = html_to_rawdoc(body, path, position, url, input_format="warc")
    if isinstance(doc, StorylineError):
        return doc
    doc = replace(doc, url=url or doc.url)  # the address it was fetched from, as recorded by the crawler
    warc_date = record.rec_headers.get_header("WARC-Date")
    if doc.published is not None or not warc_date:
        return doc
    try:
        published = parse_published(warc_date, path, position)
    except StorylineError:
        return doc
    return replace(doc, published=published, published_source=PublishedSource.FILE)


WARC = register(Reader(name="warc", suffixes=(".warc", ".warc.gz"), read=read_warc, sniff=sniff_warc))
