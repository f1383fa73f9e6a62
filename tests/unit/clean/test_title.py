"""Title suffixes: site names after '|' are cut; after a dash only when they name the outlet."""

from __future__ import annotations

import pytest

from storyline.clean.title import clean_title


@pytest.mark.parametrize(
    ("title", "outlet", "clean"),
    [
        ("Warnstreik legt Hamburger Hafen lahm | Weltnachrichten", None, "Warnstreik legt Hamburger Hafen lahm"),
        ("Warnstreik legt Hafen lahm - Nachrichten Heute 24", "nachrichten-heute-24", "Warnstreik legt Hafen lahm"),
        ("Dock workers walk out – The Harbour Times", "The Harbour Times", "Dock workers walk out"),
        ("Streik im Hafen geht weiter - Politik | Tagesblick", "Der Tagesblick", "Streik im Hafen geht weiter"),
        ("Hamburg – Stadt der Brücken und Kanäle", "Elbkurier", "Hamburg – Stadt der Brücken und Kanäle"),
        ("Kurz | Knapp", None, "Kurz | Knapp"),
        ("Reeder warnen vor langen Staus | Ein sehr langer Untertitel mit vielen Wörtern drin", None,
         "Reeder warnen vor langen Staus | Ein sehr langer Untertitel mit vielen Wörtern drin"),
    ],
)
def test_clean_title(title: str, outlet: str | None, clean: str) -> None:
    assert clean_title(title, outlet)[0] == clean


def test_title_suffix_is_recorded_as_a_repair() -> None:
    cleaned, repairs = clean_title("Warnstreik legt Hamburger Hafen lahm | Weltnachrichten", None)
    assert cleaned == "Warnstreik legt Hamburger Hafen lahm"
    (repair,) = repairs
    assert (repair.line_index, repair.kind, repair.reason) == (-1, "title_suffix", "title_suffix")
    assert repair.before.endswith("| Weltnachrichten") and repair.after == cleaned and repair.evidence


def test_no_title() -> None:
    assert clean_title(None, "x") == (None, [])
