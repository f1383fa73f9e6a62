"""Metadata sidecars (DESIGN.md §4): ``NAME.meta.json`` beside a file, or ``metadata.csv``/``.jsonl`` per folder.

Fields: ``url``, ``outlet``, ``published``, ``language``, ``title`` (folder files add ``file``, the path
relative to the folder). Other fields are ignored. A bad date or language code is an E103 error naming the
file, the line and the accepted forms; the rest of the file is still used.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePath, PurePosixPath
from typing import TypeVar

from storyline.errors import StorylineError
from storyline.ingest.base import RawDoc, decode_bytes, suffix_of
from storyline.ingest.errors import E103_BAD_METADATA, E107_BAD_JSON, E114_UNREADABLE
from storyline.model import PublishedSource

SIDECAR_SUFFIX = ".meta.json"
FOLDER_FILES = ("metadata.csv", "metadata.jsonl")
FIELDS = ("url", "outlet", "published", "language", "title")
DATE_HINT = "not a valid date; use YYYY-MM-DD, DD.MM.YYYY, ISO 8601 (2024-03-12T14:05:00+01:00) or epoch seconds"
LANGUAGE_HINT = "use an ISO 639-1 code such as 'de' or 'en' (a region such as 'de-AT' is dropped)"

# Epoch numbers: 9-10 digits are seconds (2001-2286), 12-13 digits milliseconds.
_EPOCH = re.compile(r"^\d{9,13}(\.\d+)?$")
_GERMAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*Uhr)?)?$")
_SPACE_BEFORE_OFFSET = re.compile(r"(\d)\s+([+-]\d{2}:?\d{2}|Z)$")
# ISO 639-2/B and /T codes seen in crawler output, mapped to ISO 639-1.
_THREE_LETTER = {"deu": "de", "ger": "de", "eng": "en", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it",
                 "nld": "nl", "dut": "nl", "pol": "pl", "por": "pt", "rus": "ru", "tur": "tr", "ukr": "uk"}
_LANGUAGE_NAMES = {"german": "de", "deutsch": "de", "english": "en", "englisch": "en", "french": "fr"}
_MIN_YEAR, _MAX_YEAR = 1800, 2200
_P = TypeVar("_P", bound=PurePath)


@dataclass(frozen=True)
class Metadata:
    """What a sidecar says about one file; None where it says nothing."""

    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    language: str | None = None
    title: str | None = None


def parse_published(value: str, path: str, position: str | None) -> datetime:
    """A publication date from ISO 8601, YYYY-MM-DD, DD.MM.YYYY[ HH:MM], RFC 2822 or epoch; E103 otherwise.

    Timezone-aware inputs stay aware; naive inputs stay naive (we do not guess a zone); epochs are UTC.
    """
    text = value.strip()
    parsed = _parse_date_text(text)
    if parsed is None or not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        raise StorylineError(E103_BAD_METADATA, path, position, field="published", value=value, expected=DATE_HINT)
    return parsed


def _parse_date_text(text: str) -> datetime | None:
    """The parsed date, or None when no accepted form matches."""
    if not text:
        return None
    if _EPOCH.match(text):
        seconds = float(text)
        if len(text.split(".")[0]) >= 12:
            seconds /= 1000
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if m := _GERMAN.match(text):
        day, month, year, hour, minute, second = m.groups()
        try:
            return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
        except ValueError:
            return None
    iso = _SPACE_BEFORE_OFFSET.sub(r"\1\2", text.replace("/", "-") if re.match(r"^\d{4}/", text) else text)
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    if re.search(r"[A-Za-z]{3}", text) and re.search(r"\d{4}", text):
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return None


def normalise_language(value: str, path: str, position: str | None) -> str:
    """An ISO 639-1 code from 'de', 'DE', 'de-AT', 'de_DE', 'deu' or 'German'; E103 otherwise."""
    text = value.strip().lower()
    primary = re.split(r"[-_]", text, maxsplit=1)[0]
    if re.fullmatch(r"[a-z]{2}", primary):
        return primary
    code = _THREE_LETTER.get(primary) or _LANGUAGE_NAMES.get(text)
    if code:
        return code
    raise StorylineError(E103_BAD_METADATA, path, position, field="language", value=value, expected=LANGUAGE_HINT)


def metadata_from_mapping(record: Mapping[str, object], path: str, position: str | None) -> Metadata:
    """A Metadata from a JSON object or CSV row; raises E103 for a bad date, language or field type."""
    values: dict[str, str] = {}
    for name in FIELDS:
        raw = record.get(name)
        if raw is None or raw == "":
            continue
        if isinstance(raw, bool) or not isinstance(raw, str | int | float):
            raise StorylineError(E103_BAD_METADATA, path, position, field=name, value=raw, expected="give a string")
        values[name] = str(raw).strip()
    published = parse_published(values["published"], path, position) if values.get("published") else None
    language = normalise_language(values["language"], path, position) if values.get("language") else None
    return Metadata(
        url=values.get("url") or None,
        outlet=values.get("outlet") or None,
        published=published,
        language=language,
        title=values.get("title") or None,
    )


def sidecar_candidates(path: _P) -> list[_P]:
    """Where a file's sidecar may lie: ``NAME.meta.json`` for ``NAME.txt``, else ``NAME.txt.meta.json``."""
    name = path.name
    if not name:
        return []
    suffix = suffix_of(name)
    stem = name[: len(name) - len(suffix)] if suffix else name
    return list(dict.fromkeys([path.with_name(stem + SIDECAR_SUFFIX), path.with_name(name + SIDECAR_SUFFIX)]))


def parse_sidecar(data: bytes, path: str) -> Metadata | StorylineError:
    """The Metadata in a sidecar's bytes, or the coded error that explains why not."""
    try:
        record = json.loads(decode_bytes(data, path))
    except StorylineError as err:
        return err
    except ValueError as exc:
        return StorylineError(E107_BAD_JSON, path, detail=str(exc))
    if not isinstance(record, dict):
        return StorylineError(E107_BAD_JSON, path, detail="a sidecar must hold one JSON object")
    try:
        return metadata_from_mapping(record, path, None)
    except StorylineError as err:
        return err


def load_sidecar(path: Path) -> Metadata | StorylineError | None:
    """The sidecar of an article file (``path`` itself when it is a ``.meta.json``); None when there is none."""
    candidates = [path] if path.name.endswith(SIDECAR_SUFFIX) else sidecar_candidates(path)
    for candidate in candidates:
        if not candidate.is_file():
            continue
        try:
            data = candidate.read_bytes()
        except OSError as exc:
            return StorylineError(E114_UNREADABLE, str(candidate), detail=exc.strerror or str(exc))
        return parse_sidecar(data, str(candidate))
    return None


def load_folder_metadata(folder: Path) -> tuple[dict[str, Metadata], list[StorylineError]]:
    """Metadata from ``metadata.csv``/``metadata.jsonl`` in a folder, keyed by posix path relative to it."""
    table: dict[str, Metadata] = {}
    errors: list[StorylineError] = []
    for name in FOLDER_FILES:
        file = folder / name
        if not file.is_file():
            continue
        try:
            data = file.read_bytes()
        except OSError as exc:
            errors.append(StorylineError(E114_UNREADABLE, str(file), detail=exc.strerror or str(exc)))
            continue
        found, errs = parse_folder_metadata(name, data, str(file))
        errors.extend(errs)
        for key, meta in found.items():
            table.setdefault(key, meta)  # metadata.csv wins over metadata.jsonl for the same file
    return table, errors


def parse_folder_metadata(name: str, data: bytes, path: str) -> tuple[dict[str, Metadata], list[StorylineError]]:
    """Parse the bytes of a ``metadata.csv`` or ``metadata.jsonl`` (``name`` picks the format)."""
    table: dict[str, Metadata] = {}
    errors: list[StorylineError] = []
    try:
        text = decode_bytes(data, path)
    except StorylineError as err:
        return table, [err]
    rows = _csv_rows(text, path) if name.endswith(".csv") else _jsonl_rows(text, path)
    for position, row in rows:
        if isinstance(row, StorylineError):
            errors.append(row)
            continue
        key = folder_key(str(row.get("file") or ""))
        if key is None:
            errors.append(StorylineError(E103_BAD_METADATA, path, position, field="file", value=row.get("file"),
                                         expected="give the file's path relative to this folder"))
            continue
        try:
            meta = metadata_from_mapping(row, path, position)
        except StorylineError as err:
            errors.append(err)
            continue
        if key in table:
            errors.append(StorylineError(E103_BAD_METADATA, path, position, field="file", value=key,
                                         expected="list each file once; this row was ignored"))
            continue
        table[key] = meta
    return table, errors


def folder_key(value: str) -> str | None:
    """A relative posix path ('./a/b.txt' and 'a\\b.txt' → 'a/b.txt'); None when empty, absolute or '..'."""
    cleaned = value.strip().replace("\\", "/")
    pure = PurePosixPath(cleaned)
    if not cleaned or pure.is_absolute() or ".." in pure.parts:
        return None
    key = pure.as_posix()
    return None if key in {"", "."} else key


def _csv_rows(text: str, path: str) -> Iterator[tuple[str, dict[str, object] | StorylineError]]:
    """(position, row) for every data row of a CSV with a header."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield f"line {reader.line_num}", StorylineError(E103_BAD_METADATA, path, f"line {reader.line_num}",
                                                            field="row", value=str(exc), expected="fix the quoting")
            return
        yield f"line {reader.line_num}", {k: v for k, v in row.items() if isinstance(k, str)}


def _jsonl_rows(text: str, path: str) -> Iterator[tuple[str, dict[str, object] | StorylineError]]:
    """(position, object) for every non-empty line of a JSON Lines file."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        position = f"line {number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield position, StorylineError(E107_BAD_JSON, path, position, detail=str(exc))
            continue
        if not isinstance(record, dict):
            yield position, StorylineError(E107_BAD_JSON, path, position, detail="each line must be a JSON object")
            continue
        yield position, record


def apply_metadata(doc: RawDoc, meta: Metadata) -> RawDoc:
    """The document with the sidecar's fields taking precedence (metadata beats HTML, feed and text)."""
    return replace(
        doc,
        url=meta.url or doc.url,
        outlet=meta.outlet or doc.outlet,
        title=meta.title or doc.title,
        language=meta.language or doc.language,
        published=meta.published or doc.published,
        published_source=PublishedSource.METADATA if meta.published else doc.published_source,
    )
