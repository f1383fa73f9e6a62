"""What streaming keeps between runs, as corpus records of kind "event_state" (store API only)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from storyline.model import Record

STATE_KIND = "event_state"
META_ID = "~meta"  # the record holding corpus-wide statistics (sorts after the hex event ids)


class EventCluster(Record):
    """One event as the online clusterer sees it: centroid, entities, dates, languages, members."""

    id: str
    article_ids: list[str]
    centroid: dict[str, float] = Field(default_factory=dict)  # sum of member unit vectors, pruned
    entities: dict[str, int] = Field(default_factory=dict)
    languages: dict[str, int] = Field(default_factory=dict)
    first: dt.date | None = None
    last: dt.date | None = None
    leads: list[str] = Field(default_factory=list)  # up to 3 member leads, embedded on demand
    embedding: list[float] | None = None


class CorpusStats(Record):
    """Document frequencies behind the IDF weights, so later runs weigh terms as earlier ones did."""

    id: str = META_ID
    n_docs: int = 0
    df: dict[str, int] = Field(default_factory=dict)
    version: str = ""
