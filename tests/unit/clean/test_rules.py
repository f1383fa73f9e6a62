"""Rule families: each reason code fires on tiny German and English lines and stays off news sentences."""

from __future__ import annotations

import pytest

from storyline.clean.rules import match_families, match_inline_tail, match_meta, match_ui_words

FAMILY_CASES = [
    # (line, article language, expected reason)
    ("Dieser Artikel ist nur für Abonnenten verfügbar.", "de", "paywall"),
    ("Sie haben bereits ein Abo? Hier anmelden", "de", "paywall"),
    ("Subscribe now to continue reading.", "en", "paywall"),
    ("Lesen Sie auch: Waldbrand in Kalifornien – 12 Tote", "de", "read_also"),
    ("Mehr zum Thema: Neue Regeln für den Hafen", "de", "read_also"),
    ("Weiterlesen", "de", "read_also"),
    ("Read more: Port strike ends after two days", "en", "read_also"),
    ("Ähnliche Artikel", "de", "related_links"),
    ("Das könnte Sie auch interessieren", "de", "related_links"),
    ("More Stories", "en", "related_links"),
    ("You May Also Like", "en", "related_links"),
    ("Kommentare (3)", "de", "comments_widget"),
    ("Ihre E-Mail-Adresse wird nicht veröffentlicht.", "de", "comments_widget"),
    ("Leave a Reply", "en", "comments_widget"),
    ("Your email address will not be published. Required fields are marked *", "en", "comments_widget"),
    ("Zurück zum Anfang", "de", "share_ui"),
    ("Artikel drucken", "de", "share_ui"),
    ("Back to top", "en", "share_ui"),
    ("Lesezeit: 3 Minuten", "de", "read_time"),
    ("5 min read", "en", "read_time"),
    ("Melden Sie sich für unseren Newsletter an", "de", "newsletter"),
    ("Sign up for our daily newsletter", "en", "newsletter"),
    ("Diese Website verwendet Cookies, um Ihr Erlebnis zu verbessern.", "de", "cookie"),
    ("We use cookies to improve your experience.", "en", "cookie"),
    ("Anzeige", "de", "advertisement"),
    ("Advertisement", "en", "advertisement"),
    ("Startseite > Politik > Hamburg", "de", "navigation"),
    ("Tags: port, strike, Hamburg", "en", "navigation"),
    ("Veröffentlicht am 14.03.2022, 09:12 Uhr", "de", "timestamp"),
    ("March 14, 2022", "en", "timestamp"),
]

NEWS_LINES = [
    ("Die Anzeige gegen den Fahrer wurde am Montag erstattet.", "de"),
    ("Mehr als 3.000 Beschäftigte legten die Arbeit nieder.", "de"),
    ("Weitere Angaben machte die Polizei nicht.", "de"),
    ("Die Gewerkschaft will am Mittwoch weiter verhandeln, sagte Katrin Lorenzen.", "de"),
    ("Readers of the report said the figures were too low.", "en"),
    ("The union said more than 3,000 workers joined the strike.", "en"),
    ("Share prices fell by 4 percent on Monday.", "en"),
]


@pytest.mark.parametrize(("line", "lang", "reason"), FAMILY_CASES)
def test_family_fires(line: str, lang: str, reason: str) -> None:
    hit = match_families(line, lang)
    assert hit is not None, line
    assert hit.reason == reason
    assert hit.evidence.startswith(f"{lang}.{reason}")


@pytest.mark.parametrize(("line", "lang"), NEWS_LINES)
def test_news_sentences_are_not_boilerplate(line: str, lang: str) -> None:
    assert match_families(line, lang) is None
    assert match_meta(line) is None
    assert match_ui_words(line) is None


def test_english_ui_in_german_article_is_a_foreign_leftover() -> None:
    hit = match_families("Leave a Reply", "de")
    assert hit is not None
    assert hit.reason == "foreign_ui_leftover"
    assert hit.family == "comments_widget"
    assert "en.comments_widget" in hit.evidence


def test_reading_time_stays_read_time_in_another_language() -> None:
    hit = match_families("5 min read", "de")
    assert hit is not None and hit.reason == "read_time"


@pytest.mark.parametrize("line", ["Teilen Drucken WhatsApp E-Mail", "Share Tweet Email", "Facebook | X | LinkedIn"])
def test_ui_word_lines(line: str) -> None:
    hit = match_ui_words(line)
    assert hit is not None and hit.reason == "share_ui"


def test_only_weak_ui_words_are_not_ui() -> None:
    assert match_ui_words("Artikel") is None


@pytest.mark.parametrize(
    ("line", "reason", "name", "sources"),
    [
        ("Von Anna Berger", "byline", "Anna Berger", ()),
        ("Von Anna Berger und Tom Krause, Hamburg", "byline", "Anna Berger und Tom Krause", ()),
        ("Mitarbeit: Tom Krause", "byline", "Tom Krause", ()),
        ("By Fiona Marsh", "byline", "Fiona Marsh", ()),
        ("Quelle: Nordwire", "source_line", None, ("Nordwire",)),
        ("Quelle: dpa, Reuters", "source_line", None, ("dpa", "Reuters")),
        ("Mit Material von Nordwire", "source_line", None, ("Nordwire",)),
        ("Source: Continental Press Agency", "source_line", None, ("Continental Press Agency",)),
        ("Foto: Max Muster/dpa", "credit", None, ()),
        ("© 2022 Metro Dispatch", "credit", None, ()),
    ],
)
def test_meta_lines(line: str, reason: str, name: str | None, sources: tuple[str, ...]) -> None:
    hit = match_meta(line)
    assert hit is not None
    assert (hit.reason, hit.name, hit.sources) == (reason, name, sources)


def test_von_with_a_date_word_is_not_a_byline() -> None:
    assert match_meta("Von Montag an gilt die neue Regel.") is None


@pytest.mark.parametrize(
    ("line", "lang", "kept"),
    [
        ("Die Gewerkschaft sprach von einem Erfolg. Lesen Sie auch: Waldbrand in Kalifornien – 12 Tote", "de",
         "Die Gewerkschaft sprach von einem Erfolg."),
        ("The strike ended on Friday. Read more: Ten tips for summer", "en", "The strike ended on Friday."),
    ],
)
def test_inline_tail(line: str, lang: str, kept: str) -> None:
    found = match_inline_tail(line, lang)
    assert found is not None
    at, hit = found
    assert line[:at].rstrip() == kept
    assert hit.reason == "read_also"


def test_no_inline_tail_inside_a_sentence() -> None:
    assert match_inline_tail("Wer mehr zum Thema wissen will, fragt die Kammer.", "de") is None
