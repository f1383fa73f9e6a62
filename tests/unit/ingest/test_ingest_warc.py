"""WARC: HTML responses and resources, skipped records, WARC-Date fallback, truncation."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone

from tests.unit.ingest.ingest_helpers import docs, errors, read_all
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.model import PublishedSource

ARTICLE = (
    "<html><head><title>{title}</title>{meta}</head><body><article>"
    "<p>Die Gewerkschaft hat für Donnerstag zu einem bundesweiten Warnstreik im Nahverkehr aufgerufen.</p>"
    "<p>Betroffen sind nach Angaben der Verkehrsbetriebe mehr als zweihundert Buslinien im ganzen Land.</p>"
    "</article></body></html>"
)


def _warc(gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    date_meta = '<meta property="article:published_time" content="2024-03-12T08:00:00+01:00">'
    pages = [
        ("https://news.example/a", "Streik", date_meta, "200 OK", "text/html; charset=utf-8"),
        ("https://news.example/b", "Zweiter", "", "200 OK", "text/html"),
        ("https://news.example/logo.png", "", "", "200 OK", "image/png"),
        ("https://news.example/old", "", "", "301 Moved Permanently", "text/html"),
    ]
    for url, title, meta, status, ctype in pages:
        body = ARTICLE.format(title=title, meta=meta).encode("utf-8")
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-03-13T09:30:00Z"},
        )
        writer.write_record(record)
    resource = writer.create_warc_record(
        "https://news.example/c", "resource", payload=io.BytesIO(ARTICLE.format(title="Drei", meta="").encode()),
        warc_content_type="text/html",
    )
    writer.write_record(resource)
    writer.write_record(writer.create_warc_record("https://news.example/a", "request", payload=io.BytesIO(b"GET /")))
    return buf.getvalue()


def test_warc_html_records_become_articles() -> None:
    for gz, name in ((True, "crawl.warc.gz"), (False, "crawl.warc")):
        found = docs(read_all(name, _warc(gz)))
        assert [d.url for d in found] == ["https://news.example/a", "https://news.example/b", "https://news.example/c"]
        assert all("Warnstreik" in d.text and d.input_format == "warc" for d in found)
        assert found[0].published == datetime(2024, 3, 12, 8, 0, tzinfo=timezone(timedelta(hours=1)))
        assert found[0].published_source is PublishedSource.HTML
        assert found[1].published == datetime(2024, 3, 13, 9, 30, tzinfo=UTC)
        assert found[1].published_source is PublishedSource.FILE
        assert all(d.position and d.position.startswith("offset ") for d in found)


def test_truncated_warc_keeps_earlier_records() -> None:
    for gz, name in ((True, "crawl.warc.gz"), (False, "crawl.warc")):
        data = _warc(gz)
        results = read_all(name, data[: int(len(data) * 0.3)])
        assert [e.code.code for e in errors(results)] == ["E110"]
        assert errors(results)[0].position is not None
        assert 1 <= len(docs(results)) < 3


def test_warc_without_pages_and_garbage() -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    writer.write_record(writer.create_warc_record("https://x", "request", payload=io.BytesIO(b"GET /")))
    assert [e.code.code for e in errors(read_all("r.warc", buf.getvalue()))] == ["E117"]
    assert [e.code.code for e in errors(read_all("g.warc", b"this is not a warc file at all"))] == ["E110"]
