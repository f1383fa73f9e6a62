"""What clustering reads from an article: terms, entities, dates, language, a lead for embeddings."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from storyline.cluster.text import Vector, term_counts, term_set
from storyline.model import Article

# Text dates count as the event's date only near publication: reports name the day of the happening
# (within two weeks before), while dates further off are background ("im Juni 2022", "bis 2030").
EVENT_DATE_BEFORE = dt.timedelta(days=14)
EVENT_DATE_AFTER = dt.timedelta(days=1)
_LEAD_CHARS = 300


@dataclass
class ArticleFeatures:
    """Features of one article for clustering (vector filled once document frequencies are known)."""

    id: str
    language: str
    published: dt.date | None
    text_dates: list[dt.date]
    title: str
    lead: str
    counts: Counter[str]
    entities: frozenset[str]
    outlet: str = ""
    vector: Vector = field(default_factory=dict)

    @property
    def when(self) -> dt.date | None:
        """The date that places the article in time: publication, else its most named text date."""
        if self.published is not None:
            return self.published
        if self.text_dates:
            return Counter(self.text_dates).most_common(1)[0][0]
        return None


def _day(value: str | None) -> dt.date | None:
    if not value or "/" in value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def text_dates(article: Article, published: dt.date | None) -> list[dt.date]:
    """Day-precise resolved dates of the text (near publication when the publication date is known)."""
    days = [d for d in (_day(m.value) for m in article.dates) if d is not None]
    if published is None:
        return days
    return [d for d in days if published - EVENT_DATE_BEFORE <= d <= published + EVENT_DATE_AFTER]


def article_terms(article: Article) -> set[str]:
    """The distinct terms of title and body (first pass: document frequencies)."""
    body = article.text if article.text is not None else article.raw_text
    return term_set(body) | term_set(article.title or "")


def article_when(article: Article) -> dt.date | None:
    """Publication day, else the most named text date (first pass: time order)."""
    published = article.published.date() if article.published is not None else None
    if published is not None:
        return published
    days = text_dates(article, None)
    return Counter(days).most_common(1)[0][0] if days else None


def article_features(article: Article) -> ArticleFeatures:
    """Features of one article; cleaned text when the clean stage ran, else the raw text."""
    body = article.text if article.text is not None else article.raw_text
    title = article.title or ""
    published = article.published.date() if article.published is not None else None
    entities = frozenset(m.entity_id for m in article.mentions if m.entity_id)
    lead = f"{title}. {body[:_LEAD_CHARS]}" if title else body[:_LEAD_CHARS]
    return ArticleFeatures(
        id=article.id,
        language=article.language or "?",
        published=published,
        text_dates=text_dates(article, published),
        title=title,
        lead=lead,
        counts=term_counts(title, body),
        entities=entities,
        outlet=article.outlet or "",
    )
