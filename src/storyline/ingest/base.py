"""What every reader shares: the unit of input, the raw document a reader yields, and the registry.

A reader turns the bytes of one input (a file, an archive member, or standard input) into raw
documents; it never raises for bad input but yields :class:`StorylineError` values, so one bad
record never stops the rest of the file. Readers register by suffix and may sniff the first bytes.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

import charset_normalizer

from storyline.errors import StorylineError
from storyline.ingest.errors import E102_BINARY, E104_UNDECODABLE
from storyline.model import PublishedSource


@dataclass(frozen=True)
class ReadOptions:
    """Options readers honour: field mapping for JSON/CSV (``--field text=body``) and limits."""

    field_map: dict[str, str] = field(default_factory=dict)  # our field name -> the input's field name
    max_file_bytes: int = 20 * 1024 * 1024
    max_archive_depth: int = 3


@dataclass(frozen=True)
class InputUnit:
    """One input to read: a display path, its bytes, and the suffix that picks the reader."""

    path: str  # "dir/a.txt", "dump.zip!inner/b.html", "-" for stdin
    data: bytes
    suffix: str  # lower-case, with the dot, compound kept: ".warc.gz", ".tar.gz"
    depth: int = 0  # how many archives (or gzip layers) this unit sits inside; limited by max_archive_depth


@dataclass
class RawDoc:
    """A document as a reader found it, before metadata merge, language detection and ids."""

    text: str  # body text; lines preserved (cleaning works on lines)
    path: str
    input_format: str
    position: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    published_source: PublishedSource = PublishedSource.UNKNOWN
    language: str | None = None
    author: str | None = None
    # Where the document's own fields came from: crawler JSON fields count as metadata.
    fields_are_metadata: bool = False


ReadResult = RawDoc | StorylineError
ReaderFn = Callable[[InputUnit, ReadOptions], Iterator[ReadResult]]


@dataclass(frozen=True)
class Reader:
    """A registered reader: its name, the suffixes it owns, an optional sniffer, and the function."""

    name: str
    suffixes: tuple[str, ...]
    read: ReaderFn
    sniff: Callable[[bytes], bool] | None = None


_READERS: dict[str, Reader] = {}


def register(reader: Reader) -> Reader:
    """Add a reader to the registry (by name; a later registration with the same name replaces)."""
    _READERS[reader.name] = reader
    return reader


def readers() -> dict[str, Reader]:
    """All registered readers by name (importing :mod:`storyline.ingest` registers the built-ins)."""
    return dict(_READERS)


def known_suffixes() -> list[str]:
    """Every suffix some reader owns, sorted."""
    return sorted({s for r in _READERS.values() for s in r.suffixes})


def reader_for(suffix: str, head: bytes) -> Reader | None:
    """The reader for a suffix, else the first whose sniffer accepts the first bytes."""
    for reader in _READERS.values():
        if suffix in reader.suffixes:
            return reader
    for reader in _READERS.values():
        if reader.sniff is not None and reader.sniff(head):
            return reader
    return None


def suffix_of(name: str) -> str:
    """The lower-case suffix, keeping compound ones (.warc.gz, .tar.gz, .jsonl.gz)."""
    lower = name.lower().rsplit("/", 1)[-1]
    for compound in (".warc.gz", ".tar.gz", ".tar.bz2", ".tar.xz", ".jsonl.gz", ".json.gz", ".meta.json"):
        if lower.endswith(compound):
            return compound
    dot = lower.rfind(".")
    return lower[dot:] if dot > 0 else ""


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_binary(data: bytes) -> str | None:
    """A reason when the bytes are not text (NUL bytes outside UTF-16/32, control-byte density)."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        # UTF-16 without BOM has NULs in every other byte; accept that pattern only.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if len(head) > 16 and (odd > len(head) * 0.4 or even > len(head) * 0.4) and min(even, odd) < len(head) * 0.05:
            return None
        return "contains NUL bytes"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return "many control bytes"
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """The codec name when the bytes look like BOM-less UTF-16 (NULs in alternate positions)."""
    head = data[:8192]
    if len(head) < 16:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > len(head) * 0.4 and even < len(head) * 0.05:
        return "utf-16-le"
    if even > len(head) * 0.4 and odd < len(head) * 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, path: str) -> str:
    """Bytes to NFC text with LF line ends: BOM, then UTF-8, then detection (cp1252, latin-1, ...).

    Raises :class:`StorylineError` (E102 binary, E104 undecodable); never returns mojibake silently
    when a detector is confident of another encoding.
    """
    reason = looks_binary(data)
    if reason:
        raise StorylineError(E102_BINARY, path, detail=reason)
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            break
    if text is None and (codec16 := utf16_without_bom(data)):
        text = data.decode(codec16, errors="replace")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_detected(data, path)
    return normalise_text(text)


def _decode_detected(data: bytes, path: str) -> str:
    """Decode non-UTF-8 bytes: cp1252 when it yields plausible Western text, else charset detection.

    Detectors guess poorly on short Western texts (charset_normalizer called a 40-byte German cp1252 line
    'johab'), and our corpus is German/English first, so cp1252 is tried first and kept when it looks right.
    """
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausible_western(western):
        return western
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    # Latin-1 and cp1252 disagree only on 0x80-0x9F; news text there means cp1252 quotes/dashes.
    if encoding in {"latin_1", "iso8859_1", "ascii"}:
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        if western is not None:
            return western
        try:
            return data.decode("cp1252")  # fails here: raises with the position of the first bad byte
        except UnicodeDecodeError as exc:
            raise StorylineError(E104_UNDECODABLE, path, position=f"byte {exc.start}", detail=exc.reason) from None


# Non-ASCII characters that cp1252 text in Western languages is made of: letters plus typographic marks.
_WESTERN_MARKS = frozenset("„“”‘’‚–—…€•«»°§·´×½¼¾©®™")


def _plausible_western(text: str) -> bool:
    """True when non-ASCII characters are rare letters/typography, as in German, English or French text.

    In German news ~1-3% of letters are umlauts or ß; cp1251 Cyrillic or Greek read as cp1252 turns most
    letters non-ASCII, so a share above 30% means another encoding.
    """
    high = [c for c in text if ord(c) > 127]
    if not high:
        return True
    good = sum(1 for c in high if c.isalpha() or c in _WESTERN_MARKS)
    letters = sum(1 for c in text if c.isalpha())
    return good / len(high) >= 0.9 and len(high) <= 0.3 * max(letters, 1)


def normalise_text(text: str) -> str:
    """NFC, CRLF/CR to LF, BOM removed: the form every later offset refers to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)
