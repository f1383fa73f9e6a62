"""JSON Lines and JSON: crawler field names, mapping, bad lines, dates, HTML bodies, gzip, stdin."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta, timezone

from tests.unit.ingest.ingest_helpers import docs, errors, read_all

from storyline.ingest.base import InputUnit, ReadOptions
from storyline.ingest.jsonl import read_json_any, sniff_jsonl
from storyline.model import PublishedSource

NEWS_PLEASE = {
    "title": "Hochwasser in Passau",
    "maintext": "Die Donau ist über die Ufer getreten.\nDie Altstadt wurde evakuiert.",
    "date_publish": "2024-06-03 10:00:00",
    "url": "https://www.pnp.de/hochwasser",
    "source_domain": "pnp.de",
    "language": "de",
    "authors": ["Anna Beispiel", "Bernd Muster"],
}


def _lines(*records: object) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records).encode()


def test_news_please_record() -> None:
    (doc,) = read_all("crawl.jsonl", _lines(NEWS_PLEASE))
    assert not isinstance(doc, Exception)
    assert doc.title == "Hochwasser in Passau"
    assert doc.text == "Die Donau ist über die Ufer getreten.\nDie Altstadt wurde evakuiert."
    assert doc.outlet == "pnp.de"
    assert doc.url == "https://www.pnp.de/hochwasser"
    assert doc.published == datetime(2024, 6, 3, 10, 0)  # naive stays naive
    assert doc.published_source is PublishedSource.METADATA
    assert doc.language == "de"
    assert doc.author == "Anna Beispiel, Bernd Muster"
    assert doc.fields_are_metadata
    assert doc.position == "line 1"


def test_invalid_line_is_e107_and_rest_is_read() -> None:
    data = _lines(NEWS_PLEASE, "{not json", {"title": "ohne Text"}, {"text": "Zweiter Artikel", "date": 1717408800})
    results = read_all("crawl.ndjson", data)
    assert [(e.code.code, e.position) for e in errors(results)] == [("E107", "line 2"), ("E108", "line 3")]
    found = docs(results)
    assert [d.position for d in found] == ["line 1", "line 4"]
    assert found[1].published == datetime(2024, 6, 3, 10, 0, tzinfo=UTC)


def test_field_map_and_alternate_names() -> None:
    record = {"headline": "Titel", "story": "Der Text.", "when": "2024-06-03T10:00:00+02:00", "site": "Blatt"}
    options = ReadOptions(field_map={"text": "story", "published": "when", "outlet": "site"})
    (doc,) = docs(read_all("x.jsonl", _lines(record), options))
    assert doc.text == "Der Text."
    assert doc.outlet == "Blatt"
    assert doc.published == datetime(2024, 6, 3, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    assert [e.code.code for e in errors(read_all("x.jsonl", _lines(record)))] == ["E108"]


def test_bad_date_and_language_are_reported_but_article_kept() -> None:
    results = read_all("x.jsonl", _lines({"body": "Text", "published": "31.02.2024", "lang": "klingon"}))
    assert sorted(e.code.code for e in errors(results)) == ["E103", "E103"]
    (doc,) = docs(results)
    assert doc.published is None and doc.language is None


def test_html_body_is_converted_to_lines() -> None:
    (doc,) = docs(read_all("x.jsonl", _lines({"content": "<p>Erster Absatz.</p><p>Zweiter <b>Absatz</b>.</p>"})))
    assert doc.text == "Erster Absatz.\nZweiter Absatz."


def test_json_shapes() -> None:
    single = read_all("one.json", json.dumps(NEWS_PLEASE).encode())
    assert len(docs(single)) == 1 and docs(single)[0].position is None
    listed = read_all("list.json", json.dumps([NEWS_PLEASE, {"text": "B"}, 3]).encode())
    assert [d.position for d in docs(listed)] == ["record 1", "record 2"]
    assert [e.code.code for e in errors(listed)] == ["E107"]
    wrapped = read_all("w.json", json.dumps({"status": "ok", "articles": [NEWS_PLEASE, NEWS_PLEASE]}).encode())
    assert len(docs(wrapped)) == 2
    broken = read_all("b.json", b'{"text": "a",\n "title": }')
    assert [(e.code.code, e.position) for e in errors(broken)] == [("E107", "line 2")]
    as_lines = read_all("l.json", _lines(NEWS_PLEASE, NEWS_PLEASE))  # JSON Lines saved as .json
    assert len(docs(as_lines)) == 2


def test_gzipped_jsonl_and_truncation() -> None:
    data = gzip.compress(_lines(*([NEWS_PLEASE] * 200)))
    assert len(docs(read_all("c.jsonl.gz", data))) == 200
    cut = read_all("c.jsonl.gz", data[: len(data) // 2])
    assert [e.code.code for e in errors(cut)] == ["E109"]
    assert 0 < len(docs(cut)) < 200
    too_big = read_all("c.jsonl.gz", data, ReadOptions(max_file_bytes=1000))
    assert [e.code.code for e in errors(too_big)] == ["E105"]


def test_stdin_unit() -> None:
    unit = InputUnit(path="-", data=_lines(NEWS_PLEASE), suffix=".jsonl")
    (doc,) = list(read_json_any(unit, ReadOptions()))
    assert not isinstance(doc, Exception) and doc.path == "-"


def test_sniff_jsonl() -> None:
    assert sniff_jsonl(b'{"a": 1}\n{"a": 2}\n')
    assert not sniff_jsonl(b"<html>")
