"""Registration of the built-in stages, in pipeline order (imported once by the stage registry)."""

from __future__ import annotations

from storyline.clean import CleanStage, TemplateIndex
from storyline.engine.stage import ArticleStage
from storyline.engine.stages import register_article_stage
from storyline.extract.dates import DateStage
from storyline.extract.figures import FigureStage
from storyline.store.db import Store


def _clean(store: Store) -> ArticleStage:
    """Cleaning, with outlet-level templates counted over every article in the store."""
    return CleanStage(templates=TemplateIndex.build(store.iter_outlet_texts()))


register_article_stage("clean", _clean)
register_article_stage("dates", lambda store: DateStage())
register_article_stage("figures", lambda store: FigureStage())
