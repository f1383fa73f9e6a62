"""Archives: zip/tar members dispatched by type, sidecars applied, nesting, damage, limits, unsafe names."""

from __future__ import annotations

import gzip
import io
import json
import random
import string
import tarfile
import zipfile
from datetime import datetime

from tests.unit.ingest.ingest_helpers import docs, errors, read_all

from storyline.ingest.archive import safe_member_name
from storyline.ingest.base import ReadOptions
from storyline.model import PublishedSource

PAGE = (
    b"<html><head><title>Seite</title></head><body><article><p>Ein ausreichend langer Absatz aus einer Seite,"
    b" die in einem Archiv liegt und gelesen werden soll.</p></article></body></html>"
)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buf.getvalue()


def _tar(members: dict[str, bytes], mode: str = "w:gz") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as archive:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _noise(seed: int) -> str:
    """Text that does not compress, so a cut through the archive falls inside the members."""
    rng = random.Random(seed)
    return " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(6)) for _ in range(400))


MEMBERS = {
    "texte/a.txt": "Titel A\nText A über Köln".encode(),
    "texte/a.meta.json": json.dumps({"published": "2024-03-12", "outlet": "Kölner Blatt"}).encode(),
    "texte/b.txt": b"Titel B\nText B",
    "texte/metadata.csv": b"file,url,language\nb.txt,https://b.example/1,de\n",
    "seiten/c.html": PAGE,
    "daten/d.jsonl": b'{"text": "Text D", "title": "D"}\n',
}


def test_zip_members_read_with_sidecars_applied() -> None:
    found = {d.path: d for d in docs(read_all("korpus.zip", _zip(MEMBERS)))}
    assert sorted(found) == ["korpus.zip!daten/d.jsonl", "korpus.zip!seiten/c.html", "korpus.zip!texte/a.txt",
                             "korpus.zip!texte/b.txt"]
    a = found["korpus.zip!texte/a.txt"]
    assert (a.outlet, a.published) == ("Kölner Blatt", datetime(2024, 3, 12))
    assert a.published_source is PublishedSource.METADATA
    b = found["korpus.zip!texte/b.txt"]
    assert (b.url, b.language) == ("https://b.example/1", "de")
    assert found["korpus.zip!seiten/c.html"].input_format == "html"


def test_tar_gz_and_nested_zip() -> None:
    data = _tar({"x.txt": b"X\nText", "inner.zip": _zip({"y.txt": b"Y\nText"})})
    assert sorted(d.path for d in docs(read_all("a.tar.gz", data))) == ["a.tar.gz!inner.zip!y.txt", "a.tar.gz!x.txt"]
    assert len(docs(read_all("b.tar", _tar({"x.txt": b"X\nT"}, "w")))) == 1


def test_nesting_deeper_than_limit_is_e115() -> None:
    data = _zip({"x.txt": b"X\nT"})
    for _ in range(3):
        data = _zip({"nested.zip": data})
    results = read_all("outer.zip", data, ReadOptions(max_archive_depth=2))
    assert [e.code.code for e in errors(results)] == ["E115"]
    assert docs(read_all("outer.zip", data, ReadOptions(max_archive_depth=4)))[0].title == "X"


def test_truncated_zip_keeps_earlier_members() -> None:
    members = {f"m{i}.txt": f"Titel {i}\n{_noise(i)}".encode() for i in range(5)}
    data = _zip(members)
    results = read_all("cut.zip", data[: int(len(data) * 0.6)])
    assert [e.code.code for e in errors(results)] == ["E109"]
    assert 1 <= len(docs(results)) < 5
    assert docs(results)[0].title == "Titel 0"


def test_truncated_tar_gz_keeps_earlier_members() -> None:
    members = {f"m{i}.txt": f"Titel {i}\n{_noise(i)}".encode() for i in range(5)}
    data = _tar(members)
    results = read_all("cut.tgz", data[: int(len(data) * 0.6)])
    assert [e.code.code for e in errors(results)] == ["E109"]
    assert 1 <= len(docs(results)) < 5


def test_member_over_size_limit_is_e105() -> None:
    data = _zip({"big.txt": b"Titel\n" + b"x" * 5000, "small.txt": b"T\nklein"})
    results = read_all("s.zip", data, ReadOptions(max_file_bytes=1000))
    assert [(e.code.code, e.path) for e in errors(results)] == [("E105", "s.zip!big.txt")]
    assert [d.title for d in docs(results)] == ["T"]


def test_unknown_member_is_e106_and_unsafe_names_are_shown_safely() -> None:
    data = _zip({"../../etc/evil.txt": b"Evil\nText", "/abs/x.txt": b"Abs\nText", "bild.xyz": b"\x89PNG\x00\x00"})
    results = read_all("u.zip", data)
    assert sorted(d.path for d in docs(results)) == ["u.zip!%2E%2E/%2E%2E/etc/evil.txt", "u.zip!abs/x.txt"]
    assert [e.code.code for e in errors(results)] == ["E106"]
    assert safe_member_name("a/\x1b[31m/../b") == "a/?[31m/%2E%2E/b"


def test_single_gzip_file() -> None:
    (doc,) = docs(read_all("artikel.txt.gz", gzip.compress("Titel\nÄrger im Rathaus".encode())))
    assert (doc.title, doc.text, doc.path) == ("Titel", "Ärger im Rathaus", "artikel.txt.gz")
    data = gzip.compress(b"Titel\n" + b"Text " * 1000)
    assert [e.code.code for e in errors(read_all("cut.txt.gz", data[:40]))] == ["E109"]


def test_garbage_zip_is_e109() -> None:
    assert [e.code.code for e in errors(read_all("x.zip", b"not a zip at all"))] == ["E109"]
    assert [e.code.code for e in errors(read_all("x.tar.gz", b"not a tar"))] == ["E109"]


def test_bz2_and_xz_tars_and_sniffed_zip() -> None:
    members = {"x.txt": b"X\nText"}
    assert [d.path for d in docs(read_all("a.tar.bz2", _tar(members, "w:bz2")))] == ["a.tar.bz2!x.txt"]
    assert [d.path for d in docs(read_all("a.tar.xz", _tar(members, "w:xz")))] == ["a.tar.xz!x.txt"]
    assert [d.path for d in docs(read_all("download.bin", _zip(members)))] == ["download.bin!x.txt"]
