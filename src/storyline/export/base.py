"""The exporter registry: one module per format, registered by name (`--format NAME`)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from storyline.errors import E002_UNKNOWN_NAME, UsageError
from storyline.store.db import Store


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    format: str
    path: Path
    counts: dict[str, int]


ExportFn = Callable[[Store, Path], ExportResult]
_EXPORTERS: dict[str, ExportFn] = {}


def register_exporter(name: str, fn: ExportFn) -> None:
    """Make an export format available by name."""
    _EXPORTERS[name] = fn


def exporters() -> list[str]:
    """Names of the export formats, sorted."""
    return sorted(_EXPORTERS)


def get_exporter(name: str) -> ExportFn:
    """The exporter for ``name``; an unknown name lists the known formats."""
    if name not in _EXPORTERS:
        raise UsageError(E002_UNKNOWN_NAME, kind="export format", name=name, known=", ".join(exporters()))
    return _EXPORTERS[name]


def umask() -> int:
    """The process umask (reading it means setting it, so set it straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_text(path: Path) -> Iterator[IO[str]]:
    """Write a text file under a temporary name and rename it into place only when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.chmod(tmp, 0o666 & ~umask())  # mkstemp creates 0600; exports are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
