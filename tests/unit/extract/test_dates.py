"""Date extraction and resolution with news conventions, on tiny German and English fixtures."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from storyline.extract.date_resolve import NO_PUBLICATION
from storyline.extract.dates import DateStage, extract_dates
from storyline.model import Article

THURSDAY = dt.datetime(2024, 3, 14, 9, 30)  # publication date of the fixtures


def one(text: str, language: str = "de", published: dt.datetime | None = THURSDAY) -> tuple[str, str | None]:
    """The single date mention in ``text``: its text and value."""
    found = extract_dates(text, published, language)
    assert len(found) == 1, found
    return found[0].text, found[0].value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Der Vertrag vom 15. August 2022 gilt.", "vom 15. August 2022", "2022-08-15"),
        ("Stichtag war der 15.08.2022.", "15.08.2022", "2022-08-15"),
        ("Stichtag war der 15.8.22 laut Akte.", "15.8.22", "2022-08-15"),
        ("Im August 2022 wuchs die Zahl.", "Im August 2022", "2022-08"),
        ("Die Zahl wuchs 2019 stark.", "2019", "2019"),
        ("Mitte 2024 soll alles fertig sein.", "Mitte 2024", "2024-05/2024-07"),
        ("Ende 2023 war Schluss.", "Ende 2023", "2023-10/2023-12"),
        ("Das gilt im ersten Quartal 2024.", "im ersten Quartal 2024", "2024-01/2024-03"),
        ("Das war im Sommer 2023 so.", "im Sommer 2023", "2023-06/2023-08"),
        ("Termin: 2024-03-05.", "2024-03-05", "2024-03-05"),
        ("Die 1990er Jahre waren anders.", "1990er Jahre", "1990/1999"),
        ("Kriege des 20. Jahrhunderts.", "20. Jahrhunderts", "1900/1999"),
        ("Die Schlacht 490 v. Chr. endete.", "490 v. Chr.", "-0489"),
    ],
)
def test_german_absolute(text: str, mention: str, value: str) -> None:
    found = extract_dates(text, THURSDAY, "de")
    assert [(m.text, m.value, m.relative) for m in found] == [(mention, value, False)]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Der Minister sagte am Montag, er sei zufrieden.", "am Montag", "2024-03-11"),
        ("Die Konferenz soll am Freitag beginnen.", "am Freitag", "2024-03-15"),
        ("Er wird am Dienstag kommen.", "am Dienstag", "2024-03-19"),
        ("Am Donnerstag hatte er gesprochen.", "Am Donnerstag", "2024-03-14"),  # same weekday = today
        ("Vergangenen Donnerstag war er da.", "Vergangenen Donnerstag", "2024-03-07"),
        ("Am Montagabend kam es zu Protesten.", "Am Montagabend", "2024-03-11"),
        ("Im Juli hatte er gekündigt.", "Im Juli", "2023-07"),
        ("Er wird im Juli kommen.", "im Juli", "2024-07"),
        ("Im März wurde gestreikt.", "Im März", "2024-03"),
        ("Seit Februar streiken sie.", "Seit Februar", "2024-02"),
        ("Anfang März wurde verhandelt.", "Anfang März", "2024-03-01/2024-03-10"),
        ("Das war Anfang dieses Monats.", "Anfang dieses Monats", "2024-03-01/2024-03-10"),
        ("Das war im vergangenen Monat.", "im vergangenen Monat", "2024-02"),
        ("Das passiert in diesem Monat.", "in diesem Monat", "2024-03"),
        ("Das kommt im nächsten Jahr.", "im nächsten Jahr", "2025"),
        ("Das war vergangene Woche.", "vergangene Woche", "2024-03-04/2024-03-10"),
        ("Das war vor zwei Wochen.", "vor zwei Wochen", "2024-02-29"),  # the day, as the sample writers resolve it
        ("Das war vor einem Jahr.", "vor einem Jahr", "2023-03"),  # this time last year: the month
        ("Die Firma soll übernommen werden, wie der Verwalter am Dienstag mitteilte.", "am Dienstag", "2024-03-12"),
        ("Das war vor drei Jahren.", "vor drei Jahren", "2021"),
        ("Er kam gestern an.", "gestern", "2024-03-13"),
        ("Er kommt heute an.", "heute", "2024-03-14"),
        ("Er kommt morgen an.", "morgen", "2024-03-15"),
        ("Er kam vorgestern an.", "vorgestern", "2024-03-12"),
        ("Der Umsatz lag über dem Vorjahr.", "dem Vorjahr", None),
        ("Bis zum Jahresende bleibt es so.", "Bis zum Jahresende", "2024-12"),
        ("Die Sitzung wurde auf September vertagt.", "September", "2024-09"),
        ("Die Strecke bleibt bis Samstag gesperrt.", "bis Samstag", "2024-03-16"),
        ("Erst im vergangenen September hatte sie gewarnt.", "im vergangenen September", "2023-09"),
        ("Das war vor gut einem Jahr.", "vor gut einem Jahr", "2023-03"),
        ("Die Strecke bleibt bis mindestens Samstag gesperrt.", "Samstag", "2024-03-16"),  # hedge keeps "bis"
        ("Es gibt Verzögerungen bis zum Wochenende.", "bis zum Wochenende", "2024-03-16/2024-03-17"),
        ("Am Wochenende hatte es geregnet.", "Am Wochenende", "2024-03-09/2024-03-10"),
        ("Ein Bericht soll in einem halben Jahr kommen.", "in einem halben Jahr", "2024-09"),
        ("In zweieinhalb Jahren sollen hier Zellen vom Band laufen.", "In zweieinhalb Jahren", "2026-09"),
        ("Sie will binnen drei Monaten prüfen.", "binnen drei Monaten", "2024-03-14/2024-06-14"),
        ("Das geschieht innerhalb von zwei Wochen.", "innerhalb von zwei Wochen", "2024-03-14/2024-03-28"),
        ("Sie werden in den kommenden zwei Wochen informiert.", "in den kommenden zwei Wochen",
         "2024-03-15/2024-03-28"),
        ("In den vergangenen drei Tagen regnete es.", "In den vergangenen drei Tagen", "2024-03-11/2024-03-13"),
        ("Sie war im Herbst vergangenen Jahres in Not geraten.", "im Herbst vergangenen Jahres", "2023-09/2023-11"),
        ("Er kündigte an, abzustimmen vor 28 Februar.", "28 Februar", "2024-02-28"),
        ("In der Nacht zu Dienstag brannte eine Kabelbrücke.", "In der Nacht zu Dienstag", "2024-03-11/2024-03-12"),
        ("Mit einem Ergebnis sei frühestens im Juli zu rechnen.", "im Juli", "2024-07"),
    ],
)
def test_german_relative(text: str, mention: str, value: str | None) -> None:
    found = extract_dates(text, THURSDAY, "de")
    if value is None:  # only checks that no wrong span is produced
        assert all(m.text != mention for m in found)
        return
    assert [(m.text, m.value) for m in found] == [(mention, value)]
    assert found[0].relative and found[0].anchor == THURSDAY.date()


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("It was signed on March 5, 2024.", "on March 5, 2024", "2024-03-05"),
        ("It was signed on 5 March 2024.", "on 5 March 2024", "2024-03-05"),
        ("Sales fell in March 2024.", "March 2024", "2024-03"),
        ("The minister said on Monday he was pleased.", "on Monday", "2024-03-11"),
        ("Talks will start on Friday.", "on Friday", "2024-03-15"),
        ("He arrived yesterday.", "yesterday", "2024-03-13"),
        ("It happened last week.", "last week", "2024-03-04/2024-03-10"),
        ("It happened two weeks ago.", "two weeks ago", "2024-02-29"),
        ("It opens next month.", "next month", "2024-04"),
        ("Prices rose in early March.", "early March", "2024-03-01/2024-03-10"),
        ("Output grew in the first quarter of 2024.", "the first quarter of 2024", "2024-01/2024-03"),
        ("Growth slowed in mid-2024.", "mid-2024", "2024-05/2024-07"),
        ("A verdict is expected by the end of the year.", "the end of the year", "2024-12"),
        ("The port stood still in the summer of 2023.", "the summer of 2023", "2023-06/2023-08"),
        ("Production has slowed since the summer.", "since the summer", "2023-06/2023-08"),
        ("It happened on at least 11 occasions between 2020 and 2022.", "between 2020 and 2022", "2020/2022"),
        ("Talks went on over the weekend.", "over the weekend", "2024-03-09/2024-03-10"),
        ("Fares will rise in the next two weeks.", "in the next two weeks", "2024-03-15/2024-03-28"),
    ],
)
def test_english(text: str, mention: str, value: str) -> None:
    assert one(text, "en") == (mention, value)


@pytest.mark.parametrize(
    "text",
    [
        "Der Streik begann um 15.30 Uhr.",  # clock time
        "Rund 2000 Menschen kamen.",  # a count, not a year
        "Am Morgen kam die Polizei.",  # the noun Morgen
        "August Bebel sprach.",  # a first name
        "Er trainiert jeden Montag.",  # a routine, not a date
        "In den letzten Jahren stiegen die Preise.",  # a span of time
        "They may agree to march.",  # modal and verb
        "More than 2000 people came.",
    ],
)
def test_not_dates(text: str) -> None:
    language = "en" if text.startswith(("They", "More")) else "de"
    assert extract_dates(text, THURSDAY, language) == []


def test_german_year_range_and_english_month_left_by_a_translation() -> None:
    assert one("Das geschah zwischen 2020 und 2022 mehrfach.") == ("zwischen 2020 und 2022", "2020/2022")
    # A machine-translated copy keeps the English month name; alone it stays a name ("Theresa May").
    assert one("Das Schiff traf am 11 March 2023 eine Sandbank.") == ("am 11 March 2023", "2023-03-11")
    assert extract_dates("Theresa May sprach.", THURSDAY, "de") == []


def test_without_publication_relative_stays_unresolved() -> None:
    found = extract_dates("Am Montag kam er, am 15. August 2022 ging er.", None, "de")
    assert [(m.text, m.value) for m in found] == [("Am Montag", None), ("am 15. August 2022", "2022-08-15")]
    assert found[0].unresolved_reason == NO_PUBLICATION and found[0].relative
    assert found[1].unresolved_reason is None


def test_anaphoric_follows_last_named_date() -> None:
    found = extract_dates("Am 3. Mai 2023 begann es. Am folgenden Tag endete es.", THURSDAY, "de")
    assert [m.value for m in found] == ["2023-05-03", "2023-05-04"]


def test_narrative_mode_takes_year_from_text() -> None:
    text = "Der Krieg 1862\n\nIm Mai griffen sie an. Am 5. September folgte die Schlacht."
    found = extract_dates(text, dt.date(2011, 2, 16), "de", narrative=True)
    assert [m.value for m in found] == ["1862", "1862-05", "1862-09-05"]


def test_span_start_does_not_move_the_narrative_reference() -> None:
    text = "Am 28. Oktober 1940 griff Italien an, mit Truppen, die seit 1939 bereitstanden. Am 3. November kam es zur Wende."
    found = extract_dates(text, dt.date(2011, 2, 16), "de", narrative=True)
    assert [m.value for m in found] == ["1940-10-28", "1939", "1940-11-03"]


def test_stage_is_picklable_and_fills_dates() -> None:
    stage = pickle.loads(pickle.dumps(DateStage()))
    assert stage.name == "dates" and stage.provides == frozenset({"dates"})
    article = Article(id="a1", path="x.txt", raw_text="", text="Gestern kam er.", published=THURSDAY, language="de")
    out = stage.run(article)
    assert [m.value for m in out.dates] == ["2024-03-13"] and article.dates == []
    assert stage.run(article.model_copy(update={"text": None})).dates == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # published Thursday 2024-03-14: what is scheduled, hoped for or would happen lies ahead
        ("Die Wahl ist für Dienstag angesetzt.", "de", "2024-03-19"),
        ("Nun hofft er auf einen Termin im Mai.", "de", "2024-05"),
        ("Ursprünglich sollten die ersten Züge im Dezember rollen.", "de", "2024-12"),
        ("The bridge will stay shut until the end of January.", "en", "2025-01-21/2025-01-31"),
        ("The strike, which ends on Tuesday, is about pay.", "en", "2024-03-19"),
    ],
)
def test_scheduled_and_hoped_for_dates_lie_ahead(text: str, language: str, value: str) -> None:
    assert one(text, language)[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # published Thursday 2024-03-14: the present of a scheduling verb points ahead ...
        ("Der HSV empfängt am Samstag die TSG Mainhausen.", "2024-03-16"),
        ("Seine Sperre endet im August.", "2024-08"),
        ("Im Oktober verhandelt das Arbeitsgericht seine Klage.", "2024-10"),
        # ... not a separable particle closing a past clause, a Perfekt, an infinitive or a comparison
        ("Die Kammer wies am Mittwoch seine Klage ab.", "2024-03-13"),
        ("Die Garantie, die sie im Februar vereinbart haben, gilt nur für 780 Beschäftigte.", "2024-02"),
        ("Er kam unter Druck, zur Seite zu treten am Dienstag.", "2024-03-12"),
        ("An den Linien stehen weit weniger Menschen als im Februar.", "2024-02"),
    ],
)
def test_present_tense_schedules_ahead(text: str, value: str) -> None:
    assert one(text)[1] == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # published Thursday 2024-03-14: what could happen, what stays or goes on, and anniversaries lie ahead ...
        ("Das Gericht könnte im Dezember ein Urteil sprechen.", "de", "2024-12"),
        ("Die Schulen im Ort bleiben am Montag geschlossen.", "de", "2024-03-18"),
        ("Weiter geht es im Oktober.", "de", "2024-10"),
        ("Am Samstag jährt sich die Flut zum ersten Mal.", "de", "2024-03-16"),
        ("Schools remain closed on Monday.", "en", "2024-03-18"),
        # ... but not in the past, nor with "hätte … können"
        ("Die Schulen blieben am Montag geschlossen.", "de", "2024-03-11"),
        ("Das Gericht hätte im Dezember ein Urteil sprechen können.", "de", "2023-12"),
        ("Schools remained closed on Monday.", "en", "2024-03-11"),
    ],
)
def test_states_and_possibilities_lie_ahead(text: str, language: str, value: str) -> None:
    assert one(text, language)[1] == value


def test_agentive_by_is_no_deadline() -> None:
    # published 2024-03-14: a cost the audit office estimated in March is this March, not next
    assert one("The overrun was estimated by the Federal Audit Office in March.", "en")[1] == "2024-03"
