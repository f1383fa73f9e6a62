"""Archives (zip, tar, tar.gz/bz2/xz) and single gzipped files, read in memory and never extracted to disk.

Each member goes to the reader for its suffix (or sniffed head) with the display path
``outer.zip!inner/name.txt``. Nested archives are followed up to ``max_archive_depth`` (E115).

Member names that are absolute or contain ``..`` are still read, because nothing is ever written to disk,
so they cannot traverse anything here; their display path is made safe (leading ``/`` and drive letters
dropped, ``..`` shown as ``%2E%2E``, control characters as ``?``) so no later consumer can use it to escape.

Sidecars inside an archive (``*.meta.json``, ``metadata.csv``, ``metadata.jsonl``) are not articles: they
are read first and applied to their sibling members as metadata (DESIGN.md §4 precedence).
Damage (truncated zip or tar) is E109; the members read before it are kept.
"""

from __future__ import annotations

import io
import re
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from storyline.errors import E004_INTERNAL, StorylineError
from storyline.ingest.base import (
    InputUnit,
    RawDoc,
    Reader,
    ReadOptions,
    ReadResult,
    known_suffixes,
    reader_for,
    register,
    suffix_of,
)
from storyline.ingest.errors import E105_TOO_LARGE, E106_UNKNOWN_FORMAT, E109_BAD_ARCHIVE, E115_TOO_DEEP
from storyline.ingest.gz import gunzip
from storyline.ingest.metadata import (
    FOLDER_FILES,
    SIDECAR_SUFFIX,
    Metadata,
    apply_metadata,
    parse_folder_metadata,
    parse_sidecar,
    sidecar_candidates,
)

ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
GZ_SUFFIXES = (".gz",)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")  # zip local file header (APPNOTE 4.3.7), 30 bytes


@dataclass(frozen=True)
class Member:
    """One archive member as read: its name and bytes."""

    name: str
    data: bytes


MemberItem = Member | StorylineError
MemberIter = Callable[[bytes, str, ReadOptions, Callable[[str], bool]], Iterator[MemberItem]]


def safe_member_name(name: str) -> str:
    """A display-safe member path: no leading '/', no drive, '..' as '%2E%2E', control characters as '?'."""
    cleaned = _CONTROL.sub("?", name.replace("\\", "/"))
    cleaned = re.sub(r"^[A-Za-z]:/", "", cleaned).lstrip("/")
    parts = ["%2E%2E" if part == ".." else part for part in cleaned.split("/") if part not in ("", ".")]
    return "/".join(parts) or "?"


def is_sidecar(name: str) -> bool:
    """True for metadata files that describe siblings rather than being articles."""
    base = name.rsplit("/", 1)[-1].lower()
    return base.endswith(SIDECAR_SUFFIX) or base in FOLDER_FILES


def _too_large(path: str, size: int, options: ReadOptions) -> StorylineError:
    """E105 for a member over the size limit."""
    return StorylineError(E105_TOO_LARGE, path, size=size, limit=options.max_file_bytes)


def _iter_zip(data: bytes, path: str, options: ReadOptions, wanted: Callable[[str], bool]) -> Iterator[MemberItem]:
    """Members of a zip; a damaged central directory falls back to scanning local headers."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        yield from _scan_zip(data, path, options, wanted, f"{type(exc).__name__}: {exc}")
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir() or not wanted(info.filename):
                continue
            display = f"{path}!{safe_member_name(info.filename)}"
            if info.file_size > options.max_file_bytes:
                yield _too_large(display, info.file_size, options)
                continue
            try:
                with archive.open(info) as handle:
                    body = handle.read(options.max_file_bytes + 1)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError,
                    zlib.error) as exc:
                yield StorylineError(E109_BAD_ARCHIVE, display, detail=f"{type(exc).__name__}: {exc}"[:200])
                continue
            if len(body) > options.max_file_bytes:
                yield _too_large(display, len(body), options)
                continue
            yield Member(info.filename, body)


def _scan_zip(
    data: bytes, path: str, options: ReadOptions, wanted: Callable[[str], bool], why: str
) -> Iterator[MemberItem]:
    """Members found by their local headers (a truncated zip has lost its central directory)."""
    pos = data.find(b"PK\x03\x04")
    while pos >= 0 and pos + _LOCAL_HEADER.size <= len(data):
        _sig, _ver, flags, method, _t, _d, _crc, csize, _usize, nlen, elen = _LOCAL_HEADER.unpack_from(data, pos)
        start = pos + _LOCAL_HEADER.size + nlen + elen
        name = data[pos + 30 : pos + 30 + nlen].decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
        stored_size = None if flags & 0x08 else csize  # bit 3: sizes follow the data, unknown here
        body, end, complete = _inflate_member(data, start, method, stored_size, options.max_file_bytes)
        if not complete:
            yield StorylineError(E109_BAD_ARCHIVE, path, f"offset {pos}", detail=f"{why}; member {name!r} is cut off")
            return
        if not name.endswith("/") and wanted(name):
            display = f"{path}!{safe_member_name(name)}"
            yield _too_large(display, len(body), options) if len(body) > options.max_file_bytes else Member(name, body)
        pos = data.find(b"PK\x03\x04", max(end, pos + 1))
    if pos < 0 or pos + _LOCAL_HEADER.size > len(data):
        yield StorylineError(E109_BAD_ARCHIVE, path, detail=why[:200])


def _inflate_member(data: bytes, start: int, method: int, size: int | None, limit: int) -> tuple[bytes, int, bool]:
    """(bytes, end offset, complete) of one stored (0) or deflated (8) member."""
    if method == 0 and size is not None:
        body = data[start : start + size]
        return body, start + size, len(body) == size
    if method != 8:
        return b"", start, False
    engine = zlib.decompressobj(-zlib.MAX_WBITS)
    chunk = data[start : start + size] if size is not None else data[start:]
    try:
        body = engine.decompress(chunk, limit + 1)
    except zlib.error:
        return b"", start, False
    used = len(chunk) - len(engine.unused_data) - len(engine.unconsumed_tail)
    return body, start + used, engine.eof or len(body) > limit


def _iter_tar(data: bytes, path: str, options: ReadOptions, wanted: Callable[[str], bool]) -> Iterator[MemberItem]:
    """Regular-file members of a (compressed) tar, in order; damage ends the walk with E109."""
    try:
        archive = tarfile.open(fileobj=io.BytesIO(data), mode="r:*")  # noqa: SIM115 (closed by the with below)
    except (tarfile.TarError, OSError, EOFError, zlib.error, ValueError) as exc:
        yield StorylineError(E109_BAD_ARCHIVE, path, detail=f"{type(exc).__name__}: {exc}"[:200])
        return
    with archive:
        count = 0
        while True:
            try:
                info = archive.next()
                if info is None:
                    return
                count += 1
                if not info.isfile() or not wanted(info.name):
                    continue
                display = f"{path}!{safe_member_name(info.name)}"
                if info.size > options.max_file_bytes:
                    yield _too_large(display, info.size, options)
                    continue
                handle = archive.extractfile(info)
                body = handle.read() if handle is not None else b""
                if len(body) < info.size:
                    raise EOFError(f"member {info.name!r} is cut off")
            except (tarfile.TarError, OSError, EOFError, zlib.error, ValueError) as exc:
                detail = f"{type(exc).__name__}: {exc}"[:200]
                yield StorylineError(E109_BAD_ARCHIVE, path, f"member {count}", detail=detail)
                return
            yield Member(info.name, body)


def _collect_metadata(members: Iterator[MemberItem], path: str) -> tuple[dict[str, Metadata], list[StorylineError]]:
    """Sidecar metadata by member name (sidecars first pass); damage errors are left to the second pass."""
    table: dict[str, Metadata] = {}
    errors: list[StorylineError] = []
    for item in members:
        if isinstance(item, StorylineError):
            if item.code is not E109_BAD_ARCHIVE:
                errors.append(item)
            continue
        name = PurePosixPath(member_key(item.name))
        display = f"{path}!{safe_member_name(item.name)}"
        if name.name.lower() in FOLDER_FILES:
            found, errs = parse_folder_metadata(name.name.lower(), item.data, display)
            errors.extend(errs)
            for key, meta in found.items():
                table.setdefault(member_key(f"{name.parent}/{key}"), meta)
        else:
            parsed = parse_sidecar(item.data, display)
            if isinstance(parsed, StorylineError):
                errors.append(parsed)
            else:
                table[f"sidecar:{name.as_posix()}"] = parsed
    return table, errors


def member_key(name: str) -> str:
    """A member name as a lookup key: posix separators, './' parts dropped."""
    return PurePosixPath(name.replace("\\", "/")).as_posix()


def _metadata_for(name: str, table: dict[str, Metadata]) -> Metadata | None:
    """The member's sidecar (NAME.meta.json) else its folder's metadata file entry."""
    posix = PurePosixPath(member_key(name))
    for candidate in sidecar_candidates(posix):
        found = table.get(f"sidecar:{candidate.as_posix()}")
        if found is not None:
            return found
    return table.get(posix.as_posix())


def read_archive(unit: InputUnit, options: ReadOptions) -> Iterator[ReadResult]:
    """Every member of a zip or tar through its own reader, with sidecar metadata applied."""
    iterate: MemberIter = _iter_zip if unit.suffix in ZIP_SUFFIXES or unit.data[:2] == b"PK" else _iter_tar
    if unit.depth >= options.max_archive_depth:
        yield StorylineError(E115_TOO_DEEP, unit.path, limit=options.max_archive_depth)
        return
    table, errors = _collect_metadata(iterate(unit.data, unit.path, options, is_sidecar), unit.path)
    yield from errors
    for item in iterate(unit.data, unit.path, options, lambda name: not is_sidecar(name)):
        if isinstance(item, StorylineError):
            yield item
            continue
        meta = _metadata_for(item.name, table)
        member = InputUnit(
            path=f"{unit.path}!{safe_member_name(item.name)}",
            data=item.data,
            suffix=suffix_of(item.name),
            depth=unit.depth + 1,
        )
        for result in dispatch(member, options):
            yield apply_metadata(result, meta) if meta is not None and isinstance(result, RawDoc) else result


def dispatch(unit: InputUnit, options: ReadOptions) -> Iterator[ReadResult]:
    """Read one unit with the reader for its suffix or sniffed head; a reader bug becomes E004, not a crash."""
    reader = reader_for(unit.suffix, unit.data[:4096])
    if reader is None:
        yield StorylineError(E106_UNKNOWN_FORMAT, unit.path, suffix=unit.suffix, known=", ".join(known_suffixes()))
        return
    try:
        yield from reader.read(unit, options)
    except Exception as exc:  # readers must not raise; if one does, keep the rest of the archive going
        yield StorylineError(E004_INTERNAL, unit.path, stage=f"ingest/{reader.name}", detail=repr(exc)[:200])


def read_gzip(unit: InputUnit, options: ReadOptions) -> Iterator[ReadResult]:
    """A single gzipped file (``a.txt.gz``): inflated and read as the file inside."""
    if unit.depth >= options.max_archive_depth:
        yield StorylineError(E115_TOO_DEEP, unit.path, limit=options.max_archive_depth)
        return
    inflated = gunzip(unit.data, options.max_file_bytes)
    if inflated.too_large:
        yield _too_large(unit.path, len(inflated.data), options)
        return
    if inflated.damage:
        yield StorylineError(E109_BAD_ARCHIVE, unit.path, detail=inflated.damage)
        return
    inner = unit.path[:-3] if unit.path.lower().endswith(".gz") else unit.path
    yield from dispatch(InputUnit(path=unit.path, data=inflated.data, suffix=suffix_of(inner), depth=unit.depth + 1),
                        options)


def sniff_archive(head: bytes) -> bool:
    """Zip local header, or the 'ustar' magic of a tar."""
    return head.startswith(b"PK\x03\x04") or head[257:262] == b"ustar"


ARCHIVE = register(Reader(name="archive", suffixes=ZIP_SUFFIXES + TAR_SUFFIXES, read=read_archive,
                          sniff=sniff_archive))
GZIP = register(Reader(name="gzip", suffixes=GZ_SUFFIXES, read=read_gzip, sniff=lambda head: head[:2] == b"\x1f\x8b"))
