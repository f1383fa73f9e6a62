"""Parse and validate storyline YAML files (samples/FORMAT.md) and strip their inline tags into spans.

Spans computed here are local to one paragraph (or the title); build.py shifts them when it joins
paragraphs into an article's clean text, so every gold span equals its text slice by construction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

ENTITY_TYPES = {"PER", "ORG", "LOC", "MISC"}
QUALIFIERS = {"more_than", "about", "up_to", "less_than", "almost", "at_least", "exactly"}
ARTICLE_KINDS = {"original", "independent", "rewrite", "translation"}
COPY_KINDS = {"exact", "near", "partial"}
CLAIM_KINDS = {"quote", "figure", "statement"}
CLAIM_STATUSES = {"corroborated", "single_source", "conflicting"}
META_PREFIXES = {"@byline": "byline", "@editor": "editor", "@source": "source", "@bio": "bio"}
SPLITS = {"dev", "heldout"}

_TAG_RE = re.compile(r"<(/?)([eqdf])((?:\s+[A-Za-z_]+=\"[^\"]*\")*)\s*(/?)>")
_ATTR_RE = re.compile(r"([A-Za-z_]+)=\"([^\"]*)\"")
_STRAY_RE = re.compile(r"</?[eqdf][\s>/]|</?[a-z]+\s*=|</[a-z]")
_ISO_PART = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_DATE_VALUE_RE = re.compile(rf"^{_ISO_PART}(?:/{_ISO_PART})?$")


class StoryError(Exception):
    """One or more problems in the storyline files; each message names file, article and the fix."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# --- annotations -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MentionAnn:
    """An entity mention (span into the enclosing text)."""

    start: int
    end: int
    text: str
    type: str
    entity: str


@dataclass(frozen=True)
class QuoteAnn:
    """A direct or indirect quote; speaker None when the text names none ("-")."""

    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None
    cue: str | None
    via: str | None


@dataclass(frozen=True)
class DateAnn:
    """A date expression with its ISO value."""

    start: int
    end: int
    text: str
    value: str
    relative: bool


@dataclass(frozen=True)
class FigureAnn:
    """A figure with value, qualifier and what is counted."""

    start: int
    end: int
    text: str
    value: float
    qualifier: str | None
    counted: str | None


Ann = MentionAnn | QuoteAnn | DateAnn | FigureAnn


@dataclass(frozen=True)
class Annotated:
    """Plain text with its annotations (spans local to ``text``)."""

    text: str
    anns: tuple[Ann, ...] = ()

    def shifted(self, offset: int) -> tuple[Ann, ...]:
        """The annotations with spans moved by ``offset``."""
        return tuple(replace(a, start=a.start + offset, end=a.end + offset) for a in self.anns)


@dataclass(frozen=True)
class BodyUnit:
    """A content paragraph or a meta line (byline, editor, source, bio) of an authored article."""

    kind: str  # content | byline | editor | source | bio
    body: Annotated


# --- specs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CopySpec:
    """A farm/duplicate copy that build.py generates from an authored article."""

    id: str
    outlet: str
    kind: str
    delay_hours: float
    paragraphs: tuple[int, ...] | None
    names_source: bool | None


@dataclass(frozen=True)
class ArticleSpec:
    """An article as a writer authored it."""

    id: str
    storyline: str
    event: str
    outlet: str
    published: dt.datetime | None
    language: str
    kind: str
    copy_of: str | None
    names_source: bool | None
    title: Annotated
    units: tuple[BodyUnit, ...]
    copies: tuple[CopySpec, ...]

    def content(self) -> list[Annotated]:
        """The content paragraphs in order."""
        return [u.body for u in self.units if u.kind == "content"]


@dataclass(frozen=True)
class ClaimSpec:
    """A checkable statement compared across sources."""

    id: str
    event: str
    kind: str
    content: str
    status: str
    articles: tuple[str, ...]
    first: str | None


@dataclass(frozen=True)
class EventSpec:
    """A happening with its articles and claims."""

    id: str
    storyline: str
    date: str
    label: str
    claims: tuple[ClaimSpec, ...]
    articles: tuple[ArticleSpec, ...]


@dataclass(frozen=True)
class EntitySpec:
    """A canonical entity."""

    id: str
    type: str
    name: str


@dataclass(frozen=True)
class StorySpec:
    """One storyline file."""

    id: str
    label: str
    split: str
    path: str
    entities: dict[str, EntitySpec]
    events: tuple[EventSpec, ...]


# --- YAML loading ------------------------------------------------------------------------------


class _Loader(yaml.SafeLoader):  # type: ignore[misc]  # no stubs for PyYAML installed
    """SafeLoader that keeps timestamps as strings, so we validate ISO syntax ourselves."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: Path) -> Any:
    """Load a YAML file with timestamps left as strings."""
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)  # _Loader derives from SafeLoader


@dataclass
class _Ctx:
    """Where we are while parsing, so each problem names file and article."""

    path: str
    entities: dict[str, EntitySpec]
    problems: list[str] = field(default_factory=list)
    where: str = ""

    def err(self, msg: str) -> None:
        self.problems.append(f"{self.path}: {self.where or '(file)'}: {msg}")


# --- tag stripping -----------------------------------------------------------------------------


def strip_tags(source: str, ctx: _Ctx) -> Annotated:
    """Remove inline tags from ``source``, returning plain text and annotations with exact spans."""
    out: list[str] = []
    pos = 0
    length = 0
    stack: list[tuple[str, dict[str, str], int]] = []
    anns: list[Ann] = []
    for m in _TAG_RE.finditer(source):
        chunk = source[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag, attr_text, selfclose = m.group(1), m.group(2), m.group(3), m.group(4)
        if selfclose:
            ctx.err(f"self-closing tag {m.group(0)!r}; wrap the text: <{tag} ...>text</{tag}>")
            continue
        if closing:
            if not stack or stack[-1][0] != tag:
                open_tag = stack[-1][0] if stack else None
                near = source[max(0, m.start() - 30) : m.end()]
                ctx.err(f"closing </{tag}> does not match the open tag <{open_tag}> near {near!r}")
                continue
            _, attrs, start = stack.pop()
            ann = _make_ann(tag, attrs, start, length, "".join(out)[start:length], ctx)
            if ann is not None:
                anns.append(ann)
        else:
            stack.append((tag, dict(_ATTR_RE.findall(attr_text)), length))
    out.append(source[pos:])
    text = "".join(out)
    for tag, _, start in stack:
        ctx.err(f"<{tag}> opened at {text[start : start + 30]!r} is never closed; add </{tag}>")
    stray = _STRAY_RE.search(text)
    if stray:
        ctx.err(f"malformed tag near {text[max(0, stray.start() - 20) : stray.end() + 20]!r}; check quotes and names")
    anns.sort(key=lambda a: (a.start, -a.end))
    return Annotated(text=text, anns=tuple(anns))


def _make_ann(tag: str, attrs: dict[str, str], start: int, end: int, text: str, ctx: _Ctx) -> Ann | None:
    """Build one annotation from a closed tag, reporting bad attributes."""
    if not text.strip() or text != text.strip():
        ctx.err(f"<{tag}> span {text!r} is empty or has leading/trailing spaces; move the tag to the word")
    allowed = {"e": {"t", "id"}, "q": {"s", "t", "cue", "via"}, "d": {"v", "rel"}, "f": {"v", "q", "c"}}[tag]
    unknown = set(attrs) - allowed
    if unknown:
        ctx.err(f"<{tag}> on {text!r} has unknown attributes {sorted(unknown)}; allowed: {sorted(allowed)}")
    if tag == "e":
        return _mention(attrs, start, end, text, ctx)
    if tag == "q":
        return _quote(attrs, start, end, text, ctx)
    if tag == "d":
        value = attrs.get("v", "")
        if not valid_date_value(value):
            ctx.err(f"<d> on {text!r}: v={value!r} is not an ISO date/month/year/interval (e.g. 2022-03-14)")
        return DateAnn(start, end, text, value, attrs.get("rel", "0") == "1")
    return _figure(attrs, start, end, text, ctx)


def _mention(attrs: dict[str, str], start: int, end: int, text: str, ctx: _Ctx) -> MentionAnn | None:
    etype, eid = attrs.get("t", ""), attrs.get("id", "")
    if etype not in ENTITY_TYPES:
        ctx.err(f"<e> on {text!r}: t={etype!r} must be one of PER, ORG, LOC, MISC")
    if eid not in ctx.entities:
        ctx.err(f"<e> on {text!r}: id={eid!r} is not declared under entities:; add it there")
    elif ctx.entities[eid].type != etype:
        ctx.err(f"<e> on {text!r}: t={etype} but entity {eid!r} is declared as {ctx.entities[eid].type}")
    return MentionAnn(start, end, text, etype, eid)


def _quote(attrs: dict[str, str], start: int, end: int, text: str, ctx: _Ctx) -> QuoteAnn | None:
    speaker = attrs.get("s", "")
    if speaker != "-" and speaker not in ctx.entities:
        ctx.err(f"<q> {text[:40]!r}: speaker s={speaker!r} is not declared under entities: (use '-' for none)")
    via = attrs.get("via")
    if via is not None and via not in ctx.entities:
        ctx.err(f"<q> {text[:40]!r}: via={via!r} is not declared under entities:")
    qtype = attrs.get("t", "")
    if qtype not in {"direct", "indirect"}:
        ctx.err(f"<q> {text[:40]!r}: t={qtype!r} must be direct or indirect")
    return QuoteAnn(start, end, text, qtype != "indirect", None if speaker == "-" else speaker, attrs.get("cue"), via)


def _figure(attrs: dict[str, str], start: int, end: int, text: str, ctx: _Ctx) -> FigureAnn | None:
    raw = attrs.get("v", "")
    try:
        value = float(raw)
    except ValueError:
        ctx.err(f"<f> on {text!r}: v={raw!r} is not a number (write 1500000, 0.6667, 12)")
        value = 0.0
    qualifier = attrs.get("q")
    if qualifier is not None and qualifier not in QUALIFIERS:
        ctx.err(f"<f> on {text!r}: q={qualifier!r} must be one of {sorted(QUALIFIERS)} or omitted")
    return FigureAnn(start, end, text, value, qualifier, attrs.get("c"))


def valid_date_value(value: str) -> bool:
    """True for ISO day, month, year or an interval of those."""
    if not _DATE_VALUE_RE.match(value):
        return False
    for part in value.split("/"):
        padded = part + "-01" * (2 - part.count("-"))
        try:
            dt.date.fromisoformat(padded)
        except ValueError:
            return False
    return True


# --- body --------------------------------------------------------------------------------------


def parse_body(body: str, ctx: _Ctx) -> tuple[BodyUnit, ...]:
    """Paragraphs (blank-line separated; single newlines inside one are soft wraps) and @meta lines."""
    units: list[BodyUnit] = []
    for chunk in re.split(r"\n[ \t]*\n", body.strip()):
        pending: list[str] = []
        for line in chunk.split("\n"):
            stripped = line.strip()
            if not stripped:
                continue
            if stripped.startswith("@"):
                if pending:
                    units.append(BodyUnit("content", strip_tags(" ".join(pending), ctx)))
                    pending = []
                prefix, _, rest = stripped.partition(" ")
                if prefix not in META_PREFIXES or not rest.strip():
                    ctx.err(f"meta line {stripped[:40]!r}: use one of {sorted(META_PREFIXES)} followed by text")
                    continue
                units.append(BodyUnit(META_PREFIXES[prefix], strip_tags(rest.strip(), ctx)))
            else:
                pending.append(stripped)
        if pending:
            units.append(BodyUnit("content", strip_tags(" ".join(pending), ctx)))
    if not any(u.kind == "content" for u in units):
        ctx.err("body has no content paragraph")
    return tuple(units)


def parse_datetime(value: Any, ctx: _Ctx, what: str) -> dt.datetime | None:
    """An ISO datetime with time zone, or None (reported) when malformed."""
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        ctx.err(f"{what}={value!r} is not ISO 8601 (2022-03-14T09:12:00+01:00)")
        return None
    if parsed.tzinfo is None:
        ctx.err(f"{what}={value!r} has no time zone; add +01:00/+02:00")
        return None
    return parsed
