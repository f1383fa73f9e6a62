"""Language identification on short snippets written for these tests."""

from __future__ import annotations

import pytest

from storyline.ingest.langid import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bundestag beschließt Rentenreform. Die Abgeordneten stimmten am Freitag mehrheitlich zu.", "de"),
        ("Merkel trifft Macron in Paris", "de"),
        ("Streik legt Nahverkehr lahm", "de"),
        ("Parliament passes pension reform. Lawmakers voted on Friday to approve the bill.", "en"),
        ("Storm leaves thousands without power", "en"),
        ("Le gouvernement a présenté mardi un nouveau projet de loi sur les retraites.", "fr"),
        ("El gobierno presentó el martes un nuevo proyecto de ley sobre las pensiones.", "es"),
    ],
)
def test_detects_language(text: str, code: str) -> None:
    found, confidence = detect_language(text)
    assert found == code
    assert 0.0 < confidence <= 1.0


def test_no_letters_gives_none() -> None:
    assert detect_language("") == (None, 0.0)
    assert detect_language("12:30 – 4,5 %") == (None, 0.0)


def test_long_text_uses_prefix_and_is_confident() -> None:
    text = "Die Stadt Köln hat am Montag neue Pläne für den Ausbau des Nahverkehrs vorgestellt. " * 40
    code, confidence = detect_language(text)
    assert code == "de" and confidence > 0.9
