"""Every record type of storyline, in one place (DESIGN.md §3).

Records are pydantic models: typed, validated on construction from untrusted JSON, and serialisable
to JSON without custom encoders. Identifiers are stable content hashes (see :func:`stable_id`) so
reruns and distributed workers agree without coordination. Bump :data:`SCHEMA_VERSION` whenever a
field is renamed or removed; adding an optional field is a minor bump.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


def stable_id(*parts: str, prefix: str = "", length: int = 16) -> str:
    """A deterministic hex id from text parts (sha256; parts joined by NUL so ("ab","c") != ("a","bc"))."""
    digest = hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:length]
    return f"{prefix}{digest}"


def normalise_for_id(text: str) -> str:
    """Text as hashed for article ids: NFC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class Record(BaseModel):
    """Base of every record: unknown fields are rejected so typos in JSON input fail loudly."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class PublishedSource(StrEnum):
    """Where an article's publication date came from, best first (DESIGN.md §3)."""

    METADATA = "metadata"  # sidecar, metadata.csv/jsonl, or a crawler's JSON field
    HTML = "html"  # <meta> tags / JSON-LD of the page
    FEED = "feed"  # RSS/Atom <pubDate>/<updated>
    TEXT = "text"  # a dateline in the article text
    FILE = "file"  # WARC record date
    UNKNOWN = "unknown"  # never invented


class Line(Record):
    """One line of the article body as ingested, kept or removed with a reason code."""

    index: int
    text: str
    kept: bool = True
    reason: str | None = None  # a Removal code (see REMOVAL_REASONS) when not kept
    evidence: str | None = None  # why: the rule, pattern or repetition count that fired


class Repair(Record):
    """A change made to the text (not a removal): before/after so original offsets stay recoverable."""

    line_index: int
    kind: str  # line_join, mojibake, soft_hyphen, zero_width, nbsp, html_entity, whitespace, inline_removal, …
    reason: str | None = None  # clean: for inline_removal/title_suffix, the Removal code of the cut part
    evidence: str | None = None  # clean: the rule or pattern that fired (inline_removal/title_suffix)
    before: str
    after: str


# Removal reason codes: an open set, documented here. Stages may add codes; they must add them here.
REMOVAL_REASONS: dict[str, str] = {
    "paywall": "paywall or registration nag",
    "read_also": "'Lesen Sie auch'/'Read more' link to another story",
    "related_links": "list of related or recommended stories",
    "comments_widget": "comment section, comment form or its UI",
    "author_bio": "author biography (kept as metadata)",
    "fake_author_bio": "invented author biography typical of content farms",
    "byline": "byline or editor/credit line (kept as metadata)",
    "source_line": "'Quelle: ...' line (kept as cited source)",
    "share_ui": "share/print/back-to-top buttons and similar UI",
    "site_template": "line repeated across an outlet's articles",
    "title_suffix": "site name appended to the title",
    "title_repeat": "title repeated in the body",
    "read_time": "reading-time line",
    "newsletter": "newsletter sign-up",
    "cookie": "cookie or consent notice",
    "advertisement": "advertising label or ad text",
    "foreign_ui_leftover": "untranslated UI text in another language",
    "navigation": "menu, breadcrumb or pagination",
    "empty": "empty or whitespace-only line",
    "classifier": "boilerplate according to the line classifier",
    "credit": "photo/image credit or copyright line",
    "contact": "press-release contact details (phone, press office)",
    "timestamp": "publication or update date on a line of its own",
}


class Article(Record):
    """One news article: raw as ingested, then cleaned and enriched by later stages."""

    id: str
    path: str  # input file; "file.zip!member.txt" inside archives, "-" for stdin
    position: str | None = None  # line/record within the file (JSONL line, WARC offset, feed item)
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: dt.datetime | None = None
    published_source: PublishedSource = PublishedSource.UNKNOWN
    language: str | None = None  # ISO 639-1; None when undetermined
    language_confidence: float | None = None
    raw_text: str
    title_raw: str | None = None  # clean: the title as ingested, before title-suffix removal
    farm_flags: list[str] = Field(default_factory=list)  # clean: content-farm signals seen in the text
    text: str | None = None  # cleaned text; None until the clean stage ran
    lines: list[Line] = Field(default_factory=list)
    repairs: list[Repair] = Field(default_factory=list)
    author: str | None = None
    byline: str | None = None
    dateline: str | None = None
    cited_sources: list[str] = Field(default_factory=list)
    input_format: str | None = None  # reader name: txt, html, jsonl, warc, feed, csv, ...
    mentions: list[Mention] = Field(default_factory=list)
    # The tagger's mentions that gave way to a corpus organisation whose name covers them ("Sachsen" in
    # "Kommunal-IT Sachsen"): kept, so nothing is silently lost and linking a store again starts from the
    # same article-level mentions as the first pass.
    absorbed_mentions: list[Mention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)

    @staticmethod
    def make_id(raw_text: str, source_key: str) -> str:
        """Stable id from the normalised text and a source key (url, else outlet + file name)."""
        return stable_id(normalise_for_id(raw_text), source_key, prefix="a")


class AlignedPassage(Record):
    """A passage shared by two articles: character spans in each article's clean text."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float


class Direction(Record):
    """Who copied whom, with the evidence that decided it."""

    original: str  # article id of the original
    copied: str  # article id of the copy
    evidence: list[str] = Field(default_factory=list)
    confidence: float = 0.0


DuplicateKind = Literal["exact", "near", "rewrite", "translation", "partial"]


class DuplicateLink(Record):
    """A copy relation between two articles (a < b by id, so each pair is stored once)."""

    a: str
    b: str
    kind: DuplicateKind
    similarity: float
    containment_a_in_b: float | None = None
    containment_b_in_a: float | None = None
    aligned_passages: list[AlignedPassage] = Field(default_factory=list)
    direction: Direction | None = None
    confidence: float = 0.0


class FarmSignal(Record):
    """One named content-farm signal with its weight and the evidence behind it."""

    name: str
    weight: float
    evidence: str


class SourceAttribution(Record):
    """Per article: the original source at the root of its copy chain, and content-farm signals."""

    article_id: str
    original_source: str  # agency or outlet name, or the article's own outlet for original reporting
    original_article_id: str | None = None
    evidence: list[str] = Field(default_factory=list)
    farm_signals: list[FarmSignal] = Field(default_factory=list)
    farm_score: float = 0.0


EntityType = Literal["PER", "ORG", "LOC", "MISC"]


class Mention(Record):
    """A named-entity mention: span into the article's clean text, with its corpus-wide identity."""

    start: int
    end: int
    text: str
    type: EntityType
    entity_id: str | None = None
    canonical_name: str | None = None
    # The article-level form and the tagger's type, before corpus linking renamed or retyped the mention: the
    # corpus pass starts from them, so linking a grown store again gives what one pass over it gives.
    local_name: str | None = None
    local_type: EntityType | None = None


class Quote(Record):
    """A direct or indirect quote with its speaker (or the reason there is none)."""

    start: int
    end: int
    text: str
    direct: bool = True
    speaker_entity_id: str | None = None
    speaker_text: str | None = None
    speaker_missing_reason: str | None = None
    cue: str | None = None
    via: str | None = None


Granularity = Literal["day", "week", "month", "quarter", "season", "year", "decade", "century"]


class DateMention(Record):
    """A date expression, resolved to an ISO value (date or 'start/end' interval) where possible."""

    start: int
    end: int
    text: str
    value: str | None = None  # "2024-03-05", "2024-03", "2024", or "2024-03-01/2024-03-10"
    granularity: Granularity | None = None
    relative: bool = False
    anchor: dt.date | None = None  # the date a relative expression was resolved against
    unresolved_reason: str | None = None


class Figure(Record):
    """A number in the text with its qualifier and what is counted."""

    start: int
    end: int
    text: str
    value: float
    qualifier: str | None = None  # more_than, about, up_to, less_than, almost, at_least, exactly
    unit_or_counted: str | None = None


class Event(Record):
    """Articles about one happening, across outlets and languages."""

    id: str
    label: str
    date: dt.date | None = None
    date_end: dt.date | None = None
    article_ids: list[str]
    key_entities: list[str] = Field(default_factory=list)
    representative_sentences: list[str] = Field(default_factory=list)


class Storyline(Record):
    """Events linked over time; ``event_ids`` in time order is the timeline."""

    id: str
    label: str
    event_ids: list[str]
    key_entities: list[str] = Field(default_factory=list)


ClaimStatus = Literal["corroborated", "single_source", "conflicting"]


class FirstReport(Record):
    """The earliest article that carried a claim."""

    article_id: str
    published: dt.datetime | None = None


class Claim(Record):
    """A checkable statement of an event, compared across independent sources."""

    id: str
    event_id: str
    content: str
    kind: Literal["quote", "figure", "statement"]
    supporting_article_ids: list[str]
    independent_sources: int
    status: ClaimStatus
    conflicts_with: list[str] = Field(default_factory=list)
    first_reported: FirstReport | None = None


class ErrorRecord(Record):
    """An input that could not be (fully) read: code, file, position, message, what to do next."""

    id: str
    code: str
    path: str
    position: str | None = None
    message: str
    hint: str
    stage: str = "ingest"


class ExportDocument(Record):
    """The JSON export (DESIGN.md §4): one document holding every record of a store."""

    schema_version: str = SCHEMA_VERSION
    generated: dt.datetime | None = None
    articles: list[Article] = Field(default_factory=list)
    duplicates: list[DuplicateLink] = Field(default_factory=list)
    sources: list[SourceAttribution] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    storylines: list[Storyline] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)


Article.model_rebuild()
