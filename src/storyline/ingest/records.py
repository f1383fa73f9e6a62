"""Crawler records (JSON objects, CSV rows) to raw documents: field names, mapping, dates and HTML bodies.

Shared by the JSON/JSONL and CSV readers. Field names follow news-please (``maintext``, ``date_publish``,
``source_domain``) with common alternates; ``ReadOptions.field_map`` (``--field text=body``) overrides them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime

from storyline.errors import StorylineError
from storyline.ingest.base import RawDoc, ReadOptions, ReadResult, normalise_text
from storyline.ingest.errors import E103_BAD_METADATA, E108_NO_TEXT
from storyline.ingest.html import domain_of, html_fragment_to_lines, html_to_rawdoc, looks_like_html
from storyline.ingest.metadata import DATE_HINT, normalise_language, parse_published
from storyline.model import PublishedSource

# Our field -> the input names we look for, in order (news-please first, then common crawler/API names).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "text", "body", "content", "article", "article_text", "full_text", "fulltext"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url", "source_url"),
    "outlet": ("source_domain", "outlet", "source", "site_name", "sitename", "publisher", "domain"),
    "published": ("date_publish", "published", "date", "published_at", "publish_date", "pubdate",
                  "datePublished", "date_published"),
    "language": ("language", "lang"),
    "author": ("authors", "author", "byline"),
}
OUR_FIELDS = tuple(FIELD_ALIASES)


def field_names(ours: str, options: ReadOptions) -> tuple[str, ...]:
    """The input names to look up for one of our fields (only the mapped name when ``--field`` gave one)."""
    mapped = options.field_map.get(ours)
    return (mapped,) if mapped else FIELD_ALIASES[ours]


def pick(record: Mapping[str, object], ours: str, options: ReadOptions) -> object:
    """The first non-empty value among the names for one of our fields, or None."""
    for name in field_names(ours, options):
        value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def as_text(value: object) -> str | None:
    """A field value as a string: lists of strings joined by lines, {'name': ...} objects by their name."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return as_text(value.get("name"))
    if isinstance(value, list):
        parts = [t for t in (as_text(v) for v in value) if t]
        return "\n".join(parts) or None
    return None


def record_to_results(
    record: Mapping[str, object], path: str, position: str | None, input_format: str, options: ReadOptions
) -> list[ReadResult]:
    """One record as a RawDoc (plus E103 errors for a bad date or language), or E108 when it has no text."""
    raw_text = as_text(pick(record, "text", options))
    if raw_text is None or not raw_text.strip():
        fields = ", ".join(field_names("text", options))
        return [StorylineError(E108_NO_TEXT, path, position, fields=fields)]
    url = _one_line(pick(record, "url", options))
    doc = _body_doc(raw_text, path, position, input_format, url)
    if isinstance(doc, StorylineError):
        return [doc]
    results: list[ReadResult] = []
    published = _published(pick(record, "published", options), path, position, results)
    language = _language(pick(record, "language", options), path, position, results)
    authors = as_text(pick(record, "author", options))  # a list of names arrives joined by newlines
    doc = replace(
        doc,
        title=_one_line(pick(record, "title", options)) or doc.title,
        url=url or doc.url,
        outlet=_one_line(pick(record, "outlet", options)) or doc.outlet or domain_of(url),
        published=published or doc.published,
        published_source=PublishedSource.METADATA if published else doc.published_source,
        language=language,
        author=", ".join(authors.split("\n")) if authors else doc.author,
        fields_are_metadata=True,
    )
    return [doc, *results]


def _body_doc(
    raw_text: str, path: str, position: str | None, input_format: str, url: str | None
) -> RawDoc | StorylineError:
    """The text field as a RawDoc: whole pages through the HTML extractor, fragments converted to lines."""
    if looks_like_html(raw_text):
        head = raw_text.lstrip()[:1000].lower()
        if head.startswith(("<!doctype", "<html")) or "<body" in head:
            page = html_to_rawdoc(raw_text, path, position, url)
            if isinstance(page, StorylineError):
                return page
            return replace(page, input_format=input_format)
        text = html_fragment_to_lines(raw_text)
    else:
        text = normalise_text(raw_text).strip("\n")
    if not text.strip():
        return StorylineError(E108_NO_TEXT, path, position, fields="(the text field is empty after removing markup)")
    return RawDoc(text=text, path=path, input_format=input_format, position=position)


def _one_line(value: object) -> str | None:
    """A field as one whitespace-collapsed line, or None."""
    text = as_text(value)
    if text is None:
        return None
    return " ".join(normalise_text(text).split()) or None


def _published(value: object, path: str, position: str | None, errors: list[ReadResult]) -> datetime | None:
    """A date from an ISO/German/RFC string or epoch number; a bad value adds E103 and gives None."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value  # 12+ digits are milliseconds
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            errors.append(StorylineError(E103_BAD_METADATA, path, position, field="published", value=value,
                                         expected=DATE_HINT))
            return None
    text = as_text(value)
    try:
        if text is None:
            raise StorylineError(E103_BAD_METADATA, path, position, field="published", value=value, expected=DATE_HINT)
        return parse_published(text, path, position)
    except StorylineError as err:
        errors.append(err)
        return None


def _language(value: object, path: str, position: str | None, errors: list[ReadResult]) -> str | None:
    """An ISO 639-1 code; a bad value adds E103 and gives None (the language is then detected)."""
    text = as_text(value)
    if not text or not text.strip():
        return None
    try:
        return normalise_language(text, path, position)
    except StorylineError as err:
        errors.append(err)
        return None
