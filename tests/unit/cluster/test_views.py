"""Terminal views and the Markdown/HTML dossier, on a tiny store; hostile text stays escaped."""

from __future__ import annotations

from pathlib import Path

from tests.unit.cluster.cluster_fixtures import BACKGROUND, FIRE, STRIKE_2022, STRIKE_2023, art

from storyline.cluster.events import EventStage
from storyline.cluster.labels import clean_label
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.storylines import StorylineStage
from storyline.cluster.timeline import format_events, format_storylines, format_timeline
from storyline.export.base import get_exporter
from storyline.model import Storyline
from storyline.store.db import Store, UnitResult

EVIL = art("e1", "<script>alert(1)</script> Hafenstreik | Weltnachrichten",
           "Die Hafenunion Nord streikt in Waltershof und Steinwerder im Hamburger Hafen. "
           "<img src=x onerror=alert(1)>",
           "2022-06-14", outlet="<b>evil</b>")


def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.duckdb")
    store.write_units([UnitResult(unit="u", articles=[*STRIKE_2022[:2], EVIL, *FIRE, *STRIKE_2023, *BACKGROUND])])
    EventStage(settings=ClusterSettings(use_embeddings=False)).run(store)
    StorylineStage().run(store)
    return store


def test_clean_label_cuts_site_suffix() -> None:
    label = clean_label("Warnstreik legt Hamburger Hafen lahm | Weltnachrichten")
    assert label == "Warnstreik legt Hamburger Hafen lahm"


def test_terminal_views(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert "2023-08-21" in format_events(store)
    assert "events" in format_storylines(store)
    story = max(store.iter_corpus_records("storyline", Storyline), key=lambda s: len(s.event_ids))
    text = format_timeline(store, story.id[:8])
    assert "first report" in text and "2022-06-14" in text and "2023-08-21" in text
    assert "is not a storyline id" in format_timeline(store, "nope")


def test_dossiers_escape_article_text(tmp_path: Path) -> None:
    import storyline.export.dossier  # noqa: F401  (registers markdown and html)

    store = _store(tmp_path)
    html_out = get_exporter("html")(store, tmp_path / "d.html")
    page = html_out.path.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<b>evil" not in page and "&lt;b&gt;evil" in page
    assert "<svg" in page and html_out.counts["storylines"] >= 1
    md = get_exporter("markdown")(store, tmp_path / "d.md").path.read_text(encoding="utf-8")
    assert "\\<script\\>" in md and "## " in md
