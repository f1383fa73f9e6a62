"""CSV/TSV with a header: fields, delimiters, bad rows, big fields."""

from __future__ import annotations

from datetime import datetime

from tests.unit.ingest.ingest_helpers import docs, errors, read_all

from storyline.ingest.base import ReadOptions


def test_csv_rows_become_articles() -> None:
    data = 'title,text,url,date\nEins,"Zeile 1\nZeile 2",https://a.de/1,2024-03-05\nZwei,Text zwei,,05.03.2024\n'
    found = docs(read_all("a.csv", data.encode()))
    assert [d.title for d in found] == ["Eins", "Zwei"]
    assert found[0].text == "Zeile 1\nZeile 2"
    assert found[0].outlet == "a.de"
    assert found[1].published == datetime(2024, 3, 5)
    assert [d.position for d in found] == ["line 2", "line 4"]


def test_semicolon_cp1252_and_tsv() -> None:
    data = "Titel;Text\nÄrger;„Zitat“ kostet 5 €\n".encode("cp1252")
    (doc,) = docs(read_all("b.csv", data, ReadOptions(field_map={"title": "Titel", "text": "Text"})))
    assert (doc.title, doc.text) == ("Ärger", "„Zitat“ kostet 5 €")
    (tsv,) = docs(read_all("c.tsv", b"title\tbody\nT\tB, mit Komma\n"))
    assert tsv.text == "B, mit Komma"


def test_bad_rows_are_e112_and_reading_goes_on() -> None:
    data = b"title,text\nA,eins\nB,zwei,drei\nC,\nD,vier\n"
    results = read_all("d.csv", data)
    assert [(e.code.code, e.position) for e in errors(results)] == [("E112", "line 3"), ("E108", "line 4")]
    assert [d.title for d in docs(results)] == ["A", "D"]


def test_huge_field_is_allowed() -> None:
    body = "Wort " * 60_000  # 300 kB, over the csv module's default 128 kB field limit
    (doc,) = docs(read_all("e.csv", f'title,text\nT,"{body}"\n'.encode()))
    assert doc.text == body


def test_header_only_and_empty() -> None:
    assert docs(read_all("f.csv", b"title,text\n")) == []
    assert [e.code.code for e in errors(read_all("g.csv", b""))] == ["E101"]
