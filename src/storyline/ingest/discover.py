"""Finding the inputs of a run: files and folders (recursively), metadata sidecars, and standard input.

Discovery runs in the main process and only looks at names, sizes and sidecars; the bytes are read by
the workers (:mod:`storyline.ingest.unit`), so a run over a large folder starts at once and keeps
memory flat. The order is sorted, so two runs over the same folder see the same units.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from storyline.errors import E001_NO_INPUT, StorylineError, UsageError
from storyline.ingest.metadata import FOLDER_FILES, SIDECAR_SUFFIX, Metadata, load_folder_metadata, load_sidecar

# Standard input is cut into units of this many lines, so a long stream commits as it goes.
STDIN_LINES_PER_UNIT = 2000


@dataclass(frozen=True)
class UnitRef:
    """One input to ingest: a file on disk or a chunk of standard input, with its metadata."""

    unit: str  # store key: the absolute path, or "stdin:<hash>" for a chunk of standard input
    display: str  # the path as the user gave it (shown in errors and stored as Article.path)
    path: Path | None = None
    data: bytes | None = None
    size: int | None = None
    mtime: float | None = None
    meta: Metadata | None = None
    line_offset: int = 0  # for stdin chunks: line number of the chunk's first line, minus one
    error: StorylineError | None = None  # a problem found during discovery (the unit then holds only it)


def is_metadata_file(name: str) -> bool:
    """Sidecars and folder metadata files are read as metadata, never as articles."""
    return name.endswith(SIDECAR_SUFFIX) or name in FOLDER_FILES


def discover(inputs: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[UnitRef]:
    """Every unit under the inputs, in a stable order; missing paths raise a usage error first."""
    for item in inputs:
        if item != "-" and not Path(item).exists():
            raise UsageError(E001_NO_INPUT, input=item)
    for item in inputs:
        if item == "-":
            if stdin is not None:
                yield from _stdin_units(stdin)
            continue
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        else:
            folder_meta, folder_errors = load_folder_metadata(path.parent)
            yield from _metadata_error_units(path.parent, folder_errors)
            yield _file_unit(path, str(path), folder_meta.get(path.name))


def _walk(root: Path) -> Iterator[UnitRef]:
    """Files under ``root``, sorted, hidden files and folders skipped, symlinked folders not followed."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(folder)
        folder_meta, folder_errors = load_folder_metadata(here)
        yield from _metadata_error_units(here, folder_errors)
        for name in sorted(files):
            if name.startswith(".") or is_metadata_file(name):
                continue
            path = here / name
            yield _file_unit(path, str(path), folder_meta.get(name))


def _metadata_error_units(folder: Path, errors: list[StorylineError]) -> Iterator[UnitRef]:
    """Errors in a folder's metadata files become units of their own, so they are stored and listed."""
    for err in errors:
        source = Path(err.path) if err.path else folder
        yield UnitRef(unit=f"{source.resolve()}#{err.position or ''}", display=str(source), error=err)


def _file_unit(path: Path, display: str, folder_meta: Metadata | None) -> UnitRef:
    """A unit for one file, with its sidecar (which wins over folder metadata) and its size and mtime."""
    try:
        stat = path.stat()
    except OSError:
        stat = None
    sidecar = load_sidecar(path)
    if isinstance(sidecar, StorylineError):
        return UnitRef(unit=str(path.resolve()), display=display, path=path, error=sidecar)
    return UnitRef(
        unit=str(path.resolve()),
        display=display,
        path=path,
        size=stat.st_size if stat else None,
        mtime=stat.st_mtime if stat else None,
        meta=sidecar or folder_meta,
    )


def _stdin_units(stream: BinaryIO) -> Iterator[UnitRef]:
    """JSON Lines from standard input, in chunks keyed by their content hash (reruns are idempotent)."""
    lines: list[bytes] = []
    offset = 0
    for line in stream:
        lines.append(line)
        if len(lines) >= STDIN_LINES_PER_UNIT:
            yield _stdin_chunk(lines, offset)
            offset += len(lines)
            lines = []
    if lines:
        yield _stdin_chunk(lines, offset)


def _stdin_chunk(lines: list[bytes], offset: int) -> UnitRef:
    data = b"".join(lines)
    digest = hashlib.sha256(data).hexdigest()[:16]
    return UnitRef(unit=f"stdin:{digest}", display="-", data=data, size=len(data), line_offset=offset)
