"""Property: no reader lets an exception escape, whatever bytes it is given (STYLE.md habit 13)."""

from __future__ import annotations

import gzip
import io
import os
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import storyline.ingest  # noqa: F401  (registers every built-in reader)
from storyline.errors import StorylineError
from storyline.ingest.base import InputUnit, RawDoc, ReadOptions, known_suffixes, readers

READERS = sorted(readers().values(), key=lambda r: r.name)
SUFFIXES = [*known_suffixes(), ".xml", ".bin", ""]
OPTIONS = ReadOptions(max_file_bytes=200_000)
# A longer hunt: STORYLINE_FUZZ_EXAMPLES=5000 pytest tests/unit/ingest/test_ingest_property.py
EXAMPLES = int(os.environ.get("STORYLINE_FUZZ_EXAMPLES", "100"))


def _small_zip(payload: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("a.html", payload)
        archive.writestr("b.jsonl", payload)
    return buf.getvalue()


# Magic prefixes push random bytes past the first checks into each format's deeper code paths.
PREFIXES = [b"", b"\xef\xbb\xbf", b"PK\x03\x04", b"\x1f\x8b\x08\x00", b"WARC/1.0\r\n", b"<?xml version='1.0'?><rss>",
            b"<!DOCTYPE html><html><body><p>", b'{"text": "', b"title,text\n", b"\xff\xfe"]

payloads = st.one_of(
    st.binary(max_size=2000),
    st.builds(lambda p, b: p + b, st.sampled_from(PREFIXES), st.binary(max_size=1500)),
    st.builds(lambda b, cut: gzip.compress(b)[:cut], st.binary(max_size=500), st.integers(0, 600)),
    st.builds(lambda b, cut: _small_zip(b)[:cut], st.binary(max_size=300), st.integers(0, 900)),
    st.text(max_size=800).map(lambda s: s.encode("utf-8")),
)


def _check(unit: InputUnit) -> None:
    for reader in READERS:
        for result in reader.read(unit, OPTIONS):
            assert isinstance(result, RawDoc | StorylineError), (reader.name, result)
            if isinstance(result, RawDoc):
                assert isinstance(result.text, str) and result.path.startswith("fuzz")
            else:
                assert result.code.code.startswith("E")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=payloads)
def test_readers_never_raise(data: bytes) -> None:
    _check(InputUnit(path="fuzz", data=data, suffix=""))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=payloads, suffix=st.sampled_from(SUFFIXES))
def test_readers_never_raise_with_known_suffixes(data: bytes, suffix: str) -> None:
    _check(InputUnit(path=f"fuzz{suffix}", data=data, suffix=suffix))
