"""The embedded DuckDB store (DESIGN.md §2, §7): schema, migrations, reads and transactional writes."""

from collections.abc import Iterator
from pathlib import Path

from storyline.model import Article
from storyline.store.db import Store, UnitResult


def iter_articles(store_path: Path | str) -> Iterator[Article]:
    """Every article of the store at ``store_path``, page by page."""
    return Store(store_path).iter_articles()


__all__ = ["Store", "UnitResult", "iter_articles"]
