"""Readable labels, key entities, dates and representative sentences of events, from their articles."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from storyline.clean.title import clean_title as _clean_title
from storyline.cluster.engine import Brief
from storyline.cluster.state import EventCluster
from storyline.cluster.text import dot, normalise, tokens, top_terms
from storyline.model import Event

_SUFFIX = re.compile(r"\s+[|·•»]\s+[^|·•»]{1,40}$")  # "… | Weltnachrichten" when clean is absent
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")
_WORD = re.compile(r"[^\W\d_][\w-]{3,}")
KEY_ENTITIES = 5


def clean_label(title: str, outlet: str = "") -> str:
    """A headline without site-name suffixes and surplus whitespace."""
    text = " ".join(title.split())
    cleaned, _ = _clean_title(text, outlet or None)
    text = cleaned or text
    return _SUFFIX.sub("", text).strip()


def central(briefs: Sequence[Brief], centroid: Mapping[str, float]) -> Brief:
    """The member whose headline and lead best match the event centroid (ties: earliest, then id)."""

    def key(b: Brief) -> tuple[float, dt.datetime, str]:
        vec = normalise(Counter(tokens(f"{b.title} {b.title} {b.lead}")))
        when = b.published.replace(tzinfo=None) if b.published else dt.datetime.max
        return (-dot(vec, centroid), when, b.id)

    return min(briefs, key=key)


def key_entities(briefs: Sequence[Brief], centroid: Mapping[str, float], k: int = KEY_ENTITIES) -> list[str]:
    """Most mentioned entities; without extraction, capitalised words of the event's top terms."""
    names: Counter[str] = Counter()
    for b in briefs:
        names.update(set(b.entities))
    if names:
        return [n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]
    top = top_terms(centroid, 3 * k)
    surface: dict[str, Counter[str]] = {}
    for b in briefs:
        for word in _WORD.findall(f"{b.title} {b.lead}"):
            if word[0].isupper():
                stem = tokens(word)
                if stem and stem[0] in top:
                    surface.setdefault(stem[0], Counter())[word] += 1
    ranked = [t for t in top if t in surface]
    return [surface[t].most_common(1)[0][0] for t in ranked[:k]]


def event_date(briefs: Sequence[Brief]) -> tuple[dt.date | None, dt.date | None]:
    """The happening's date from resolved text dates (most named), else the first publication; and an end."""
    named: Counter[dt.date] = Counter(d for b in briefs for d in set(b.text_dates))
    published = sorted(b.published.date() for b in briefs if b.published is not None)
    if named:
        start = max(named.items(), key=lambda kv: (kv[1], -kv[0].toordinal()))[0]
    elif published:
        start = published[0]
    else:
        return None, None
    end = published[-1] if published and published[-1] > start + dt.timedelta(days=1) else None
    return start, end


def first_sentence(text: str) -> str:
    """The lead's first sentence (at most 240 characters)."""
    parts = _SENTENCE.split(" ".join(text.split()), maxsplit=1)
    return parts[0][:240] if parts else ""


def build_event(cluster: EventCluster, briefs: Sequence[Brief]) -> Event:
    """The Event record of a cluster: label, date, members in publication order, key entities."""
    if not briefs:
        return Event(id=cluster.id, label="(no articles)", article_ids=list(cluster.article_ids))
    best = central(briefs, cluster.centroid)
    start, end = event_date(briefs)
    ordered = sorted(briefs, key=lambda b: (b.published is None, _naive(b.published), b.id))
    lead = best.lead[len(best.title) + 2 :] if best.title and best.lead.startswith(best.title) else best.lead
    return Event(
        id=cluster.id,
        label=clean_label(best.title or first_sentence(best.lead), best.outlet) or cluster.id,
        date=start,
        date_end=end,
        article_ids=[b.id for b in ordered],
        key_entities=key_entities(briefs, cluster.centroid),
        representative_sentences=[s for s in [first_sentence(lead)] if s],
    )


def _naive(value: dt.datetime | None) -> dt.datetime:
    if value is None:
        return dt.datetime.max
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
