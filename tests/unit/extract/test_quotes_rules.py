"""Attribution and indirect-speech rules added from dev errors, on tiny German and English fixtures."""

from __future__ import annotations

from storyline.extract.quotes import extract_quotes
from storyline.model import Mention


def _m(text: str, name: str, type_: str, eid: str) -> Mention:
    start = text.index(name)
    return Mention(start=start, end=start + len(name), text=name, type=type_, entity_id=eid)  # type: ignore[arg-type]


def test_role_with_organisation_complement_speaks_for_it() -> None:
    text = "Ein Sprecher des Fanbündnisses Nord kündigte an, man werde „jede Sitzung begleiten“."
    quotes = extract_quotes(text, [_m(text, "Fanbündnisses Nord", "ORG", "F")], "de")
    assert quotes and all(q.speaker_entity_id == "F" for q in quotes)


def test_fronted_german_subject_beats_the_object_after_the_verb() -> None:
    text = "Vorstandschef Max Keller warf der Gewerkschaft vor, den Standort zu beschädigen."
    quotes = extract_quotes(text, [_m(text, "Max Keller", "PER", "K")], "de")
    assert [q.speaker_entity_id for q in quotes] == ["K"]


def test_english_subject_before_said_is_the_speaker() -> None:
    text = 'Anna Berger said the company expected "substantial" support from the state.'
    quotes = extract_quotes(text, [_m(text, "Anna Berger", "PER", "B")], "en")
    assert quotes and all(q.speaker_text == "Anna Berger" for q in quotes)


def test_possessor_is_not_the_speaker() -> None:
    text = "Mr Nowak's lawyer said his client had followed an approved route."
    quotes = extract_quotes(text, [], "en")
    assert quotes and all(q.speaker_text != "Nowak" for q in quotes)


def test_konjunktiv_in_te_and_colon_clause_are_reported() -> None:
    text = "Max Keller sagte, der Streik koste die Firma viel Geld. Sie begründete das so: Man wolle nicht zahlen."
    found = {q.text for q in extract_quotes(text, [], "de") if not q.direct}
    assert "der Streik koste die Firma viel Geld" in found
    assert "Man wolle nicht zahlen" in found


def test_clause_after_particle_is_not_a_relative_clause() -> None:
    text = "Anna Wendt kündigte an, die überfälligen Prüfungen bald nachzuholen."
    assert [q.text for q in extract_quotes(text, [], "de")] == ["die überfälligen Prüfungen bald nachzuholen"]


def test_unnamed_reported_speech_continues() -> None:
    text = "Darin heißt es, ein Bauteil sei übersehen worden. Insgesamt habe die Bahn viele Prüfungen verschoben."
    assert len([q for q in extract_quotes(text, [], "de") if not q.direct]) == 2


def test_fact_after_source_phrase_stays_no_quote() -> None:
    text = "Laut Polizei wurden drei Menschen verletzt."
    assert extract_quotes(text, [], "de") == []
