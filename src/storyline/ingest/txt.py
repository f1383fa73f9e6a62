"""Plain text as scrapers and content farms dump it: first non-empty line is the title, the rest the body."""

from __future__ import annotations

from collections.abc import Iterator

from storyline.errors import StorylineError
from storyline.ingest.base import InputUnit, RawDoc, Reader, ReadOptions, ReadResult, decode_bytes, register
from storyline.ingest.errors import E101_EMPTY


def split_title(text: str) -> tuple[str | None, str]:
    """The first non-empty line as title and everything after it as body, line structure untouched."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[i + 1 :]).strip("\n")
    return None, ""


def read_txt(unit: InputUnit, options: ReadOptions) -> Iterator[ReadResult]:
    """One article per file."""
    try:
        text = decode_bytes(unit.data, unit.path)
    except StorylineError as err:
        yield err
        return
    title, body = split_title(text)
    if title is None:
        yield StorylineError(E101_EMPTY, unit.path)
        return
    yield RawDoc(text=body, title=title, path=unit.path, input_format="txt")


TXT = register(Reader(name="txt", suffixes=(".txt", ".text", ".md"), read=read_txt))
