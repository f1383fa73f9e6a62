"""Reading one unit of input into articles and error records: the ingest work a worker process does.

Pure with respect to the store: it reads the file (or the bytes of a stdin chunk) and returns a
:class:`UnitResult`. It never raises for bad input; an unexpected exception in a reader becomes an
E004 record for that file, so one bad file never stops a batch.
"""

from __future__ import annotations

from storyline.errors import E004_INTERNAL, StorylineError
from storyline.ingest.base import InputUnit, ReadOptions, known_suffixes, reader_for, suffix_of
from storyline.ingest.build import build_article
from storyline.ingest.discover import UnitRef
from storyline.ingest.errors import E105_TOO_LARGE, E106_UNKNOWN_FORMAT, E114_UNREADABLE
from storyline.store.db import UnitResult


def read_unit(ref: UnitRef, options: ReadOptions) -> UnitResult:
    """Every article and error of one unit."""
    result = UnitResult(unit=ref.unit, size=ref.size, mtime=ref.mtime)
    if ref.error is not None:
        result.errors.append(ref.error.to_record())
        return result
    try:
        _read_into(ref, options, result)
    except Exception as exc:  # a reader bug must not stop the batch; record it with the file
        err = StorylineError(E004_INTERNAL, ref.display, stage="ingest", detail=f"{type(exc).__name__}: {exc}"[:300])
        result.errors.append(err.to_record())
    return result


def _read_into(ref: UnitRef, options: ReadOptions, result: UnitResult) -> None:
    data = _load(ref, options, result)
    if data is None:
        return
    suffix = ".jsonl" if ref.display == "-" else suffix_of(ref.display)
    reader = reader_for(suffix, data[:2048])
    if reader is None:
        known = ", ".join(known_suffixes())
        result.errors.append(StorylineError(E106_UNKNOWN_FORMAT, ref.display, suffix=suffix, known=known).to_record())
        return
    unit = InputUnit(path=ref.display, data=data, suffix=suffix)
    for item in reader.read(unit, options):
        if isinstance(item, StorylineError):
            result.errors.append(_shift(item, ref.line_offset).to_record())
            continue
        if ref.line_offset and item.position and item.position.startswith("line "):
            item.position = _shift_position(item.position, ref.line_offset)
        try:
            result.articles.append(build_article(item, ref.meta))
        except StorylineError as err:
            result.errors.append(err.to_record())


def _load(ref: UnitRef, options: ReadOptions, result: UnitResult) -> bytes | None:
    """The unit's bytes, or None with an error recorded (too large, unreadable)."""
    if ref.data is not None:
        return ref.data
    assert ref.path is not None  # discovery gives every non-stdin unit a path
    size = ref.size if ref.size is not None else 0
    if size > options.max_file_bytes:
        result.errors.append(
            StorylineError(E105_TOO_LARGE, ref.display, size=size, limit=options.max_file_bytes).to_record()
        )
        return None
    try:
        return ref.path.read_bytes()
    except OSError as exc:
        result.errors.append(StorylineError(E114_UNREADABLE, ref.display, detail=exc.strerror or str(exc)).to_record())
        return None


def _shift_position(position: str, offset: int) -> str:
    number = position.removeprefix("line ").split()[0]
    return f"line {int(number) + offset}" if number.isdigit() else position


def _shift(err: StorylineError, offset: int) -> StorylineError:
    if offset and err.position and err.position.startswith("line "):
        err.position = _shift_position(err.position, offset)
    return err

