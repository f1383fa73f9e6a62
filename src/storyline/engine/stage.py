"""The per-article stage contract: a pure function over one article, with declared needs and outputs.

A stage never knows which engine runs it (STYLE.md habit 5). The pipeline checks, before any work,
that every field a stage requires is provided by the input or an earlier stage, and reruns a stage
on a stored article only when the stage's ``version`` differs from the one recorded for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from storyline.model import Article

# Fields that ingest itself fills, so stages may require them.
INGEST_PROVIDES: frozenset[str] = frozenset(
    {"raw_text", "title", "url", "outlet", "published", "language", "path", "author"}
)


class ArticleStage(Protocol):
    """One per-article stage: ``run`` returns the article with the ``provides`` fields filled."""

    @property
    def name(self) -> str:
        """The stage's registry name."""
        ...

    @property
    def version(self) -> str:
        """Bumped when behaviour changes, so stored articles are processed again."""
        ...

    @property
    def requires(self) -> frozenset[str]:
        """Article fields the stage reads."""
        ...

    @property
    def provides(self) -> frozenset[str]:
        """Article fields the stage fills."""
        ...

    def run(self, article: Article) -> Article:
        """Process one article; must be deterministic and must not raise on odd text.

        A stage may also offer ``setup()`` (load models once per process) and ``run_many(articles)``
        (the same results as ``run`` on each, computed together, e.g. one model batch); the pipeline's
        worker task calls them when present.
        """
        ...


@dataclass(frozen=True)
class StageCounts:
    """What a stage did in one run: the counts shown by the run summary and ``storyline status``."""

    name: str
    processed: int = 0
    errors: int = 0
    seconds: float = 0.0
    extra: dict[str, int] = field(default_factory=dict)


def check_order(stages: list[ArticleStage]) -> None:
    """Raise ValueError naming the stage and field when a requirement is not provided earlier."""
    available = set(INGEST_PROVIDES)
    for stage in stages:
        missing = stage.requires - available
        if missing:
            raise ValueError(
                f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage provides; "
                "reorder the stages or add the stage that provides them"
            )
        available |= stage.provides
