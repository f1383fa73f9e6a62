"""Metadata sidecars and folder files, date parsing, language codes, precedence."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyline.errors import StorylineError
from storyline.ingest.base import RawDoc
from storyline.ingest.metadata import (
    Metadata,
    apply_metadata,
    load_folder_metadata,
    load_sidecar,
    normalise_language,
    parse_published,
)
from storyline.model import PublishedSource


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-12", datetime(2024, 3, 12)),
        ("2024-03-12T14:05:00", datetime(2024, 3, 12, 14, 5)),
        ("2024-03-12 14:05:00", datetime(2024, 3, 12, 14, 5)),
        ("2024-03-12T14:05:00Z", datetime(2024, 3, 12, 14, 5, tzinfo=UTC)),
        ("2024-03-12T14:05:00+01:00", datetime(2024, 3, 12, 14, 5, tzinfo=timezone(timedelta(hours=1)))),
        ("2024-03-12 14:05:00 +0100", datetime(2024, 3, 12, 14, 5, tzinfo=timezone(timedelta(hours=1)))),
        ("12.03.2024", datetime(2024, 3, 12)),
        ("12.03.2024 14:05 Uhr", datetime(2024, 3, 12, 14, 5)),
        ("1710252300", datetime(2024, 3, 12, 14, 5, tzinfo=UTC)),
        ("1710252300000", datetime(2024, 3, 12, 14, 5, tzinfo=UTC)),
        ("Tue, 12 Mar 2024 14:05:00 +0100", datetime(2024, 3, 12, 14, 5, tzinfo=timezone(timedelta(hours=1)))),
    ],
)
def test_parse_published_accepts(value: str, expected: datetime) -> None:
    assert parse_published(value, "x", None) == expected


@pytest.mark.parametrize("value", ["31.02.2024", "gestern", "", "2024-13-01", "12/03/2024x"])
def test_parse_published_rejects_with_e103(value: str) -> None:
    with pytest.raises(StorylineError) as info:
        parse_published(value, "metadata.csv", "line 7")
    err = info.value
    assert err.code.code == "E103"
    assert str(err).startswith("E103 metadata.csv line 7:")
    assert "YYYY-MM-DD" in str(err)


def test_language_codes() -> None:
    assert [normalise_language(v, "x", None) for v in ("de", "DE", "de-AT", "en_GB", "deu", "German")] == [
        "de", "de", "de", "en", "de", "de"
    ]
    with pytest.raises(StorylineError):
        normalise_language("x1", "x", None)


def test_sidecar_beside_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("T\nText")
    assert load_sidecar(article) is None
    (tmp_path / "a.meta.json").write_text(json.dumps({"url": "https://x.example/a", "published": "12.03.2024",
                                                       "language": "de", "title": "Titel", "other": 1}))
    assert load_sidecar(article) == Metadata(url="https://x.example/a", published=datetime(2024, 3, 12),
                                             language="de", title="Titel")
    page = tmp_path / "b.html"
    (tmp_path / "b.html.meta.json").write_text('{"published": "kaputt"}')
    bad = load_sidecar(page)
    assert isinstance(bad, StorylineError) and bad.code.code == "E103"
    (tmp_path / "c.meta.json").write_text("[1, 2]")
    wrong = load_sidecar(tmp_path / "c.txt")
    assert isinstance(wrong, StorylineError) and wrong.code.code == "E107"


def test_folder_metadata_csv_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "metadata.csv").write_text(
        "file,url,outlet,published,language,title\n"
        "a.txt,https://x.example/a,Blatt,2024-03-12,de,A\n"
        "./sub/b.txt,,,31.02.2024,,B\n"
        ",,,,,\n"
        "sub\\c.txt,,Blatt,,en,C\n",
        encoding="utf-8",
    )
    (tmp_path / "metadata.jsonl").write_text('{"file": "d.txt", "outlet": "Echo"}\n{"file": "a.txt"}\nnope\n')
    table, errs = load_folder_metadata(tmp_path)
    assert sorted(table) == ["a.txt", "d.txt", "sub/c.txt"]
    assert table["a.txt"].outlet == "Blatt"  # metadata.csv wins over metadata.jsonl
    assert table["sub/c.txt"].language == "en"
    assert [(e.code.code, e.position) for e in errs] == [("E103", "line 3"), ("E103", "line 4"), ("E107", "line 3")]
    assert "31.02.2024" in str(errs[0])


def test_apply_metadata_takes_precedence() -> None:
    doc = RawDoc(text="x", path="a.html", input_format="html", title="Seitentitel", outlet="seite.de",
                 published=datetime(2024, 1, 1), published_source=PublishedSource.HTML)
    merged = apply_metadata(doc, Metadata(published=datetime(2024, 3, 12), outlet="Blatt"))
    assert (merged.published, merged.published_source, merged.outlet, merged.title) == (
        datetime(2024, 3, 12), PublishedSource.METADATA, "Blatt", "Seitentitel")
    unchanged = apply_metadata(doc, Metadata(language="de"))
    assert unchanged.published_source is PublishedSource.HTML and unchanged.language == "de"
