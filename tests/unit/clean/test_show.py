"""`storyline show` text: clean article, and with --removed every removed line with reason and evidence."""

from __future__ import annotations

from storyline.clean import clean_text, format_article


def test_format_article_shows_text_and_removed_lines() -> None:
    art = clean_text("Von Anna Berger\n\nDer Streik geht weiter. Lesen Sie auch: Alles über Katzen\nTeilen Drucken",
                     title="Streik im Hafen | Weltnachrichten", language="de")
    plain = format_article(art, removed=False)
    assert "Der Streik geht weiter." in plain and "Removed lines" not in plain and "Katzen" not in plain
    full = format_article(art, removed=True)
    assert "Removed lines (2 of 4):" in full
    assert "byline" in full and "share_ui" in full and "ui words: teilen drucken" in full
    assert "read_also" in full and "Lesen Sie auch: Alles über Katzen" in full
    assert "title_suffix" in full and "| Weltnachrichten" in full


def test_control_characters_never_reach_the_terminal() -> None:
    art = clean_text("Ein Satz mit \x1b[31mFarbe\x07.", language="de")
    out = format_article(art, removed=True)
    assert "\x1b" not in out and "\x07" not in out
