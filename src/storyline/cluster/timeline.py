"""Readable terminal views of events, storylines and one storyline's timeline (the CLI prints these)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.model import Article, Event, Storyline
from storyline.store.db import Store


@dataclass(frozen=True)
class TimelineEntry:
    """One event on a timeline: date, label, article count, outlets, first report."""

    event: Event
    outlets: list[str]
    first_article: Article | None

    @property
    def first_report(self) -> str:
        """'outlet, YYYY-MM-DD HH:MM' of the earliest dated article (or the first one)."""
        art = self.first_article
        if art is None:
            return "-"
        when = art.published.strftime("%Y-%m-%d %H:%M") if art.published else "undated"
        return f"{art.outlet or '?'}, {when}"


def _date(ev: Event) -> str:
    if ev.date is None:
        return "undated"
    return f"{ev.date.isoformat()}–{ev.date_end.isoformat()}" if ev.date_end else ev.date.isoformat()


def _oneline(text: str, width: int) -> str:
    text = " ".join(text.split())  # crawled text may carry control characters and newlines
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _utc(value: dt.datetime | None) -> dt.datetime:
    if value is None:
        return dt.datetime.max
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


def timeline_entries(store: Store, storyline: Storyline) -> list[TimelineEntry]:
    """The storyline's events in time order, with their outlets and first report."""
    events = {e.id: e for e in store.iter_corpus_records("event", Event)}
    entries = []
    for eid in storyline.event_ids:
        ev = events.get(eid)
        if ev is None:
            continue
        arts = store.get_articles(ev.article_ids)
        outlets = sorted({a.outlet for a in arts if a.outlet})
        first = min(arts, key=lambda a: (a.published is None, _utc(a.published), a.id), default=None)
        entries.append(TimelineEntry(ev, outlets, first))
    return entries


def format_events(store: Store) -> str:
    """All events, newest first: date, article count, label, id."""
    events = sorted(store.iter_corpus_records("event", Event), key=lambda e: (e.date or dt.date.min, e.id),
                    reverse=True)
    if not events:
        return "No events yet: run `storyline run` first."
    lines = [f"{'date':<10}  {'n':>4}  label  [id]"]
    for ev in events:
        date = ev.date.isoformat() if ev.date else "undated"
        lines.append(f"{date:<10}  {len(ev.article_ids):>4}  {_oneline(ev.label, 80)}  [{ev.id}]")
    return "\n".join(lines)


def format_storylines(store: Store) -> str:
    """All storylines, largest first: events, span, label, key entities, id."""
    events = {e.id: e for e in store.iter_corpus_records("event", Event)}
    stories = sorted(store.iter_corpus_records("storyline", Storyline), key=lambda s: (-len(s.event_ids), s.id))
    if not stories:
        return "No storylines yet: run `storyline run` first."
    lines = []
    for st in stories:
        dates = event_dates([events[e] for e in st.event_ids if e in events])
        span = f"{min(dates).isoformat()} … {max(dates).isoformat()}" if dates else "undated"
        lines.append(f"{st.id}  {len(st.event_ids)} events  {span}  {_oneline(st.label, 70)}")
        if st.key_entities:
            lines.append(f"    key entities: {_oneline(', '.join(st.key_entities), 90)}")
    return "\n".join(lines)


def format_timeline(store: Store, storyline_id: str) -> str:
    """One storyline's timeline: per event its date, label, article count, outlets and first report."""
    stories = {s.id: s for s in store.iter_corpus_records("storyline", Storyline)}
    matches = [s for sid, s in stories.items() if sid.startswith(storyline_id)] if storyline_id else []
    if len(matches) != 1:
        known = ", ".join(sorted(stories)[:10]) or "(none)"
        what = "matches several storylines" if matches else "is not a storyline id"
        return f"{storyline_id!r} {what}; known: {known}"
    st = matches[0]
    lines = [f"{_oneline(st.label, 100)}  [{st.id}]"]
    if st.key_entities:
        lines.append(f"key entities: {_oneline(', '.join(st.key_entities), 100)}")
    for entry in timeline_entries(store, st):
        ev = entry.event
        lines.append(f"│ {_date(ev)}  {_oneline(ev.label, 80)}")
        lines.append(f"│    {len(ev.article_ids)} articles · {_oneline(', '.join(entry.outlets), 70)}")
        lines.append(f"│    first report: {_oneline(entry.first_report, 70)}")
    return "\n".join(lines)


def event_dates(events: Sequence[Event]) -> list[dt.date]:
    """The dates of the dated events."""
    return [e.date for e in events if e.date is not None]
