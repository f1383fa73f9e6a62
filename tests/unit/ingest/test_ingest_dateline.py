"""Datelines: a publication date stated at the top of an article, never invented."""

from __future__ import annotations

from datetime import datetime

import pytest

from storyline.ingest.dateline import find_dateline_date


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Berlin, 12. März 2024 (nw) – Die Regierung hat...", "de", datetime(2024, 3, 12)),
        ("12.03.2024 – Der Stadtrat tagte.", "de", datetime(2024, 3, 12)),
        ("Veröffentlicht am 12.03.2024, 14:05 Uhr\nDer Text.", "de", datetime(2024, 3, 12, 14, 5)),
        ("Stand: 05.01.24 09:30 Uhr\nText", "de", datetime(2024, 1, 5, 9, 30)),
        ("Frankfurt am Main, den 3. Okt. 2023 – Die Börse", None, datetime(2023, 10, 3)),
        ("March 12, 2024\nThe council met.", "en", datetime(2024, 3, 12)),
        ("Published: 2024-03-12\nText", "en", datetime(2024, 3, 12)),
        ("LONDON, March 12, 2024 (Reuters) - Shares fell", "en", datetime(2024, 3, 12)),
        ("Tuesday, 12 March 2024 at 2:05 pm\nText", "en", datetime(2024, 3, 12, 14, 5)),
        ("\n\nTitelzeile\nDienstag, 12. März 2024\nText", "de", datetime(2024, 3, 12)),
    ],
)
def test_dateline_found(text: str, language: str | None, expected: datetime) -> None:
    found = find_dateline_date(text, language)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März 2024 trat das Gesetz in Kraft.",
        "Der Vertrag von 1990 gilt noch.\nZeile zwei\nZeile drei",
        "Eins\nZwei\nDrei\n12.03.2024 – zu spät",
        "Berlin, 31. Februar 2024 – unmöglich",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline_date(text, "de") is None


def test_matched_text_is_returned() -> None:
    found = find_dateline_date("Berlin, 12. März 2024 (dpa) – Text", "de")
    assert found is not None and found[1] == "Berlin, 12. März 2024"
