"""The registry of stages, in pipeline order: per-article stages (built per run) and corpus stages.

A stage package registers a factory here; the pipeline asks for all of them (or those named with
``--stages``) and checks their order before any work starts. An unknown name lists the known ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from storyline.engine.stage import ArticleStage
from storyline.errors import E002_UNKNOWN_NAME, UsageError
from storyline.store.db import Store


class CorpusStage(Protocol):
    """A stage over the whole corpus (dedup, entity identity, events, ...): reads and writes the store."""

    @property
    def name(self) -> str:
        """The stage's registry name."""
        ...

    @property
    def version(self) -> str:
        """The stage's version, stored with its records."""
        ...

    def run(self, store: Store) -> dict[str, int]:
        """Recompute this stage's records; return counts for the run summary."""
        ...


ArticleStageFactory = Callable[[Store], ArticleStage]
CorpusStageFactory = Callable[[bool], CorpusStage]  # argument: recluster

_ARTICLE: dict[str, ArticleStageFactory] = {}
_CORPUS: dict[str, CorpusStageFactory] = {}


def register_article_stage(name: str, factory: ArticleStageFactory) -> None:
    """Add a per-article stage; registration order is pipeline order."""
    _ARTICLE[name] = factory


def register_corpus_stage(name: str, factory: CorpusStageFactory) -> None:
    """Add a corpus stage; registration order is pipeline order."""
    _CORPUS[name] = factory


def _pick(registry: dict[str, object], names: Sequence[str] | None, kind: str) -> list[str]:
    if names is None:
        return list(registry)
    unknown = [n for n in names if n not in registry]
    if unknown:
        raise UsageError(E002_UNKNOWN_NAME, kind=kind, name=unknown[0], known=", ".join(registry) or "(none)")
    return [n for n in registry if n in names]


def article_stages(store: Store, names: Sequence[str] | None = None) -> list[ArticleStage]:
    """The per-article stages, built for this store, in pipeline order."""
    _load_builtin()
    return [_ARTICLE[n](store) for n in _pick(dict(_ARTICLE), names, "stage")]


def corpus_stages(names: Sequence[str] | None = None, recluster: bool = False) -> list[CorpusStage]:
    """The corpus stages in pipeline order; ``recluster`` asks stages that keep state to start afresh."""
    _load_builtin()
    return [_CORPUS[n](recluster) for n in _pick(dict(_CORPUS), names, "corpus stage")]


def stage_names() -> list[str]:
    """Names of every registered stage, per-article first."""
    _load_builtin()
    return list(_ARTICLE) + list(_CORPUS)


def _load_builtin() -> None:
    """Import the stage packages that register built-in stages."""
    import storyline.engine.builtin  # noqa: F401
