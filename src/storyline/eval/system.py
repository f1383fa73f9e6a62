"""What the pipeline produced for the sample corpus, read from a store or a JSON export, matched to gold.

An empty record list reads as "stage not run" (its figures print n/a), since the store cannot tell a
stage that found nothing from one that never ran.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import ValidationError

from storyline.errors import StorylineError
from storyline.eval.errors import E903_BAD_EXPORT
from storyline.eval.gold import Gold
from storyline.model import Article, Claim, DuplicateLink, Event, ExportDocument, SourceAttribution, Storyline


@dataclass
class SystemOutput:
    """Stage outputs of one run; ``None`` marks a stage whose output is absent."""

    articles: list[Article]
    duplicates: list[DuplicateLink] | None = None
    sources: list[SourceAttribution] | None = None
    events: list[Event] | None = None
    storylines: list[Storyline] | None = None
    claims: list[Claim] | None = None
    gold_of: dict[str, str] = field(default_factory=dict)  # system article id -> gold article id


def from_export(doc: ExportDocument) -> SystemOutput:
    """Outputs held by a JSON export document."""
    return SystemOutput(
        articles=list(doc.articles),
        duplicates=list(doc.duplicates) or None,
        sources=list(doc.sources) or None,
        events=list(doc.events) or None,
        storylines=list(doc.storylines) or None,
        claims=list(doc.claims) or None,
    )


def load_export(path: Path) -> SystemOutput:
    """Read a `storyline export --format json` document."""
    try:
        doc = ExportDocument.model_validate_json(path.read_bytes())
    except (OSError, ValidationError, json.JSONDecodeError) as exc:
        raise StorylineError(E903_BAD_EXPORT, str(path), detail=str(exc)[:200]) from None
    return from_export(doc)


def load_store(path: Path) -> SystemOutput:
    """Read articles and corpus records from a DuckDB store (storyline.store)."""
    from storyline.store import Store  # imported here: the store pulls in DuckDB, eval of gold alone does not need it

    store = Store(path)
    return SystemOutput(
        articles=list(store.iter_articles()),
        duplicates=list(store.iter_corpus_records("duplicate", DuplicateLink)) or None,
        sources=list(store.iter_corpus_records("source", SourceAttribution)) or None,
        events=list(store.iter_corpus_records("event", Event)) or None,
        storylines=list(store.iter_corpus_records("storyline", Storyline)) or None,
        claims=list(store.iter_corpus_records("claim", Claim)) or None,
    )


def normalise_url(url: str) -> str:
    """URL as compared: lower-case host without www., no fragment/query, no trailing slash."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}"


def _path_key(path: str) -> str:
    """The part of a path below samples/corpus/ (or the whole path), with forward slashes."""
    path = path.replace("\\", "/")
    marker = "corpus/"
    return path.rsplit(marker, 1)[-1] if marker in path else path.lstrip("./")


def _position_key(position: str | None) -> str | None:
    """The number in a record position ("line 3", "item 2", "offset 7361" -> "3", "2", "7361")."""
    if position is None:
        return None
    digits = re.findall(r"\d+", position)
    return digits[-1] if digits else position


def match_to_gold(system: SystemOutput, gold: Gold) -> dict[str, str]:
    """Map system article ids to gold ids: by URL first, then by path (+ position); fills ``gold_of``."""
    by_url = {normalise_url(a.locator.url): a.id for a in gold.articles.values()}
    by_path = {(a.locator.path, _position_key(a.locator.position)): a.id for a in gold.articles.values()}
    single_path: dict[str, str] = {}
    for a in gold.articles.values():
        if a.locator.position is None:
            single_path[a.locator.path] = a.id
    taken: set[str] = set()
    out: dict[str, str] = {}
    for art in system.articles:
        gid = by_url.get(normalise_url(art.url)) if art.url else None
        if gid is None:
            key = _path_key(art.path)
            gid = by_path.get((key, _position_key(art.position))) or single_path.get(key)
        if gid is not None and gid not in taken:
            out[art.id] = gid
            taken.add(gid)
    system.gold_of = out
    return out
