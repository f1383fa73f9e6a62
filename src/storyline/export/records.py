"""The record streams every export is derived from (DESIGN.md §4: one set of records, many formats)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from storyline.model import Claim, DuplicateLink, Event, SourceAttribution, Storyline
from storyline.store.db import Store

# Export section name -> (corpus record kind in the store, record type).
CORPUS_SECTIONS: dict[str, tuple[str, type[BaseModel]]] = {
    "duplicates": ("duplicate", DuplicateLink),
    "sources": ("source", SourceAttribution),
    "events": ("event", Event),
    "storylines": ("storyline", Storyline),
    "claims": ("claim", Claim),
}

SECTIONS: tuple[str, ...] = ("articles", *CORPUS_SECTIONS, "errors")


def iter_section(store: Store, section: str) -> Iterator[BaseModel]:
    """The records of one export section, streamed from the store."""
    if section == "articles":
        yield from store.iter_articles()
    elif section == "errors":
        yield from store.iter_errors()
    else:
        kind, model = CORPUS_SECTIONS[section]
        yield from store.iter_corpus_records(kind, model)
