"""RSS and Atom feeds (feedparser): one article per item, full ``content:encoded`` preferred over the summary."""

from __future__ import annotations

import calendar
import io
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from storyline.errors import StorylineError
from storyline.ingest.base import InputUnit, RawDoc, Reader, ReadOptions, ReadResult, normalise_text, register
from storyline.ingest.errors import E108_NO_TEXT, E111_BAD_FEED
from storyline.ingest.html import domain_of, html_fragment_to_lines
from storyline.ingest.metadata import parse_published
from storyline.model import PublishedSource

FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")
TEXT_FIELDS = "content:encoded, content, summary, description"


def sniff_feed(head: bytes) -> bool:
    """An RSS, Atom or RDF root element near the start (after the XML declaration and comments)."""
    start = head[:2048].lower()
    return any(marker in start for marker in FEED_MARKERS)


def read_feed(unit: InputUnit, options: ReadOptions) -> Iterator[ReadResult]:
    """One RawDoc per feed item; E111 when the bytes are not a feed."""
    try:
        parsed = feedparser.parse(io.BytesIO(unit.data), sanitize_html=True, resolve_relative_uris=False)
    except Exception as exc:  # feedparser wraps many parsers; any failure here is a bad feed, never a crash
        yield StorylineError(E111_BAD_FEED, unit.path, detail=type(exc).__name__)
        return
    entries: list[Any] = list(parsed.get("entries") or [])
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = str(problem)[:200] if problem else "it holds no items"
        yield StorylineError(E111_BAD_FEED, unit.path, detail=detail)
        return
    channel = parsed.get("feed") or {}
    outlet = _clean(channel.get("title")) or domain_of(channel.get("link"))
    for number, entry in enumerate(entries, start=1):
        yield _entry_doc(entry, unit.path, f"item {number}", outlet)


def _entry_doc(entry: Any, path: str, position: str, outlet: str | None) -> ReadResult:
    """One item as a RawDoc, or E108 when it carries no text."""
    text = _entry_text(entry)
    if not text:
        return StorylineError(E108_NO_TEXT, path, position, fields=TEXT_FIELDS)
    link = _clean(entry.get("link"))
    published = _entry_date(entry)
    return RawDoc(
        text=text,
        path=path,
        input_format="feed",
        position=position,
        title=_clean(entry.get("title")),
        url=link,
        outlet=outlet or domain_of(link),
        published=published,
        published_source=PublishedSource.FEED if published else PublishedSource.UNKNOWN,
        author=_clean(entry.get("author")),
    )


def _entry_text(entry: Any) -> str:
    """The longest full content (content:encoded / atom content), else the summary, as lines."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if isinstance(value, str) and value.strip():
            candidates.append((value, str(content.get("type") or "text/html")))
    if not candidates:
        summary = entry.get("summary")
        if isinstance(summary, str) and summary.strip():
            detail = entry.get("summary_detail") or {}
            candidates.append((summary, str(detail.get("type") or "text/html")))
    if not candidates:
        return ""
    value, kind = max(candidates, key=lambda c: len(c[0]))
    if "html" in kind:
        return html_fragment_to_lines(value)
    return normalise_text(value).strip()


def _entry_date(entry: Any) -> datetime | None:
    """published, else updated: the raw string keeps its zone; feedparser's parsed tuple is UTC."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            try:
                return parse_published(raw, "", None)
            except StorylineError:
                pass
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, OSError, ValueError):
                continue
    return None


def _clean(value: object) -> str | None:
    """A whitespace-collapsed NFC string, or None."""
    if not isinstance(value, str):
        return None
    return " ".join(normalise_text(value).split()) or None


FEED = register(Reader(name="feed", suffixes=(".rss", ".atom"), read=read_feed, sniff=sniff_feed))
