"""Registration of the built-in stages, in pipeline order (imported once by the stage registry)."""

from __future__ import annotations

from storyline.clean import CleanStage, TemplateIndex
from storyline.cluster import EventStage, StorylineStage
from storyline.dedup import DedupStage
from storyline.engine.stage import ArticleStage
from storyline.engine.stages import register_article_stage, register_corpus_stage
from storyline.extract.dates import DateStage
from storyline.extract.entities import EntityStage
from storyline.extract.entity_link_stage import EntityLinkStage
from storyline.extract.figures import FigureStage
from storyline.extract.quotes import QuoteStage
from storyline.store.db import Store


def _clean(store: Store) -> ArticleStage:
    """Cleaning, with outlet-level templates counted over every article in the store."""
    return CleanStage(templates=TemplateIndex.build(store.iter_outlet_texts()))


# Per-article stages, in order: cleaning first (every later stage reads the clean text only).
register_article_stage("clean", _clean)
register_article_stage("entities", lambda store: EntityStage())
register_article_stage("dates", lambda store: DateStage())
register_article_stage("quotes", lambda store: QuoteStage())
register_article_stage("figures", lambda store: FigureStage())

# Corpus stages, in order.
register_corpus_stage("dedup", lambda recluster: DedupStage())
register_corpus_stage("entity_link", lambda recluster: EntityLinkStage())
register_corpus_stage("events", lambda recluster: EventStage(recluster=recluster))
register_corpus_stage("storylines", lambda recluster: StorylineStage())
