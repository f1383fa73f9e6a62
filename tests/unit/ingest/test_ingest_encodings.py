"""Encoding detection and normalisation through the txt reader and decode_bytes."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from tests.unit.ingest.ingest_helpers import docs, errors, read_all

from storyline.errors import StorylineError
from storyline.ingest.base import decode_bytes

GERMAN = "Bürger „fordern“ 5 € mehr\nÄrger über Straßenbau in Köln – weiß man's?\n"


@pytest.mark.parametrize(
    "data",
    [
        GERMAN.encode("utf-8"),
        codecs.BOM_UTF8 + GERMAN.encode("utf-8"),
        GERMAN.encode("cp1252"),
        codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"),
        GERMAN.encode("utf-16-le"),
        GERMAN.encode("utf-16-be"),
        GERMAN.replace("\n", "\r\n").encode("utf-8"),
        unicodedata.normalize("NFD", GERMAN).encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "crlf", "nfd"],
)
def test_decode_bytes_recovers_german_text(data: bytes) -> None:
    assert decode_bytes(data, "a.txt") == GERMAN


def test_latin1_umlauts_decode() -> None:
    text = "Die Größe der Bäume überrascht die Förster in Göttingen sehr.\n"
    assert decode_bytes(text.encode("latin-1"), "a.txt") == text


def test_txt_reader_splits_title_and_keeps_lines() -> None:
    results = read_all("a.txt", "\n\nÜberschrift\r\nZeile eins\r\n\r\nZeile zwei\r\n".encode("cp1252"))
    (doc,) = docs(results)
    assert doc.title == "Überschrift"
    assert doc.text == "Zeile eins\n\nZeile zwei"


def test_binary_and_empty_files_become_errors() -> None:
    assert [e.code.code for e in errors(read_all("a.txt", b"\x00\x01\x02\x03" * 50))] == ["E102"]
    assert [e.code.code for e in errors(read_all("a.txt", b"   \n\n"))] == ["E101"]


def test_decode_bytes_raises_coded_error_for_binary() -> None:
    with pytest.raises(StorylineError) as info:
        decode_bytes(bytes(range(256)) * 4, "x.bin")
    assert info.value.code.code == "E102"
