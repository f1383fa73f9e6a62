"""Content-farm signals of single articles, the noisy-or score and outlet profiles."""

from __future__ import annotations

from storyline.dedup.farm import article_signals, mt_artefacts, outlet_profiles, score
from storyline.model import Article, FarmSignal, Line


def _article(text: str, removed: list[str], language: str = "de", **extra: object) -> Article:
    lines = [Line(index=0, text=text)] + [Line(index=i + 1, text="x", kept=False, reason=r) for i, r in enumerate(removed)]
    return Article(id="a", path="a.txt", raw_text=text, text=text, language=language, lines=lines, **extra)  # type: ignore[arg-type]


def test_farm_page_signals() -> None:
    art = _article("Hr Keller sagte, 3,000 Beschäftigte streiken.",
                   ["fake_author_bio", "foreign_ui_leftover", "read_also", "read_also", "share_ui"],
                   title="Streik", title_raw="Streik | Weltnachrichten")
    names = {s.name for s in article_signals(art)}
    assert names == {"fake_author_bio", "foreign_ui_leftover", "injected_links", "boilerplate_density",
                     "mt_artefacts", "title_suffix", "no_byline"}
    assert score(article_signals(art)) > 0.9


def test_newsroom_article_scores_low() -> None:
    art = _article("Herr Keller sagte, 3.000 Beschäftigte streiken.", ["byline"], byline="Von Nora Falk")
    assert [s.name for s in article_signals(art)] == []
    assert score([]) == 0.0


def test_mt_artefacts_by_language() -> None:
    assert mt_artefacts('"Die Geduld ist am Ende," Gewerkschaftschefin Lorenzen sagte Reportern.', "de") == [
        "english_quote_order"]
    assert mt_artefacts("Mr Keller said 3,000 workers joined.", "en") == []
    assert mt_artefacts("Hr. Keller said 3.000 workers joined.", "en") == ["german_honorific", "german_number_format"]


def test_noisy_or_and_profiles() -> None:
    signals = [FarmSignal(name="a", weight=0.5, evidence=""), FarmSignal(name="b", weight=0.5, evidence="")]
    assert score(signals) == 0.75
    profiles = outlet_profiles({"x": "Farm", "y": "Farm", "z": "Wire"}, {"x": 0.9, "y": 0.7, "z": 0.1},
                               [("x", "z", 3.0), ("y", "z", 5.0)])
    assert profiles["Farm"].share_copied == 1.0 and profiles["Farm"].median_delay_hours == 4.0
    assert profiles["Farm"].mean_farm_score == 0.8 and profiles["Wire"].share_copied == 0.0
