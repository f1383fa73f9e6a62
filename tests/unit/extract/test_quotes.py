"""Quotes and speakers: tiny German and English fixtures, one per pattern, plus tricky negatives."""

from __future__ import annotations

import pickle
import re

import pytest

from storyline.extract.quotes import QuoteStage, extract_quotes, find_quotes, resolve_speakers
from storyline.model import Article, EntityType, Mention, Quote


def ments(text: str, *names: tuple[str, str | None], kind: EntityType = "PER") -> list[Mention]:
    """Mentions for every occurrence of each (surface, entity id) in ``text``."""
    out = [
        Mention(start=m.start(), end=m.end(), text=name, type=kind, entity_id=eid, canonical_name=None)
        for name, eid in names
        for m in re.finditer(re.escape(name), text)
    ]
    return sorted(out, key=lambda m: m.start)


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, quotes
    return quotes[0]


def check_spans(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert text[q.start : q.end] == q.text


# --- German direct quotes -------------------------------------------------------------------------


def test_de_quote_then_cue_and_name_links_entity() -> None:
    text = "„Wir bleiben draußen, bis die Löhne steigen“, sagte Anna Berger am Montag in Hamburg."
    q = only(extract_quotes(text, ments(text, ("Anna Berger", "anna-berger")), "de"))
    assert q.text == "„Wir bleiben draußen, bis die Löhne steigen“"  # span includes the marks
    assert (q.direct, q.cue, q.speaker_entity_id, q.speaker_text) == (True, "sagte", "anna-berger", "Anna Berger")
    assert q.speaker_missing_reason is None


def test_de_speaker_before_colon_and_chevrons() -> None:
    text = "Peter Kurz sagte: »Der Hafen bleibt zu.« Danach ging er."
    q = only(extract_quotes(text, ments(text, ("Peter Kurz", "kurz")), "de"))
    assert q.text == "»Der Hafen bleibt zu.«"
    assert q.speaker_entity_id == "kurz"


def test_de_swiss_guillemets_and_so_x() -> None:
    text = "«Das ist ein schwarzer Tag für den Hafen», so Müller."
    q = only(extract_quotes(text, [], "de"))
    assert (q.cue, q.speaker_text) == ("so", "Müller")


def test_de_partial_quotes_and_scare_quotes() -> None:
    text = (
        "Berger nannte den Streik „eine historische Chance“. Das sogenannte „Gute-Kita-Gesetz“ gilt seit Mai. "
        "Der Minister sprach von „Erpressung“. Das „Gesetz zur Stärkung der Tarifbindung“ kommt."
    )
    quotes = extract_quotes(text, [], "de")
    assert [q.text for q in quotes] == ["„eine historische Chance“", "„Erpressung“"]
    assert quotes[0].speaker_text == "Berger"
    assert quotes[1].speaker_text == "Der Minister"


def test_de_title_after_article_is_via_not_quote() -> None:
    text = "„Wir haben keine Wahl“, sagte Berger der „Süddeutschen Zeitung“."
    q = only(extract_quotes(text, [], "de"))
    assert (q.speaker_text, q.via) == ("Berger", "Süddeutschen Zeitung")


def test_de_role_speaker_unnamed_and_named_later() -> None:
    text = "Der Sprecher des Ministeriums erklärte: „Wir prüfen den Vorgang sorgfältig.“"
    q = only(extract_quotes(text, [], "de"))
    assert q.speaker_entity_id is None
    assert q.speaker_text == "Der Sprecher des Ministeriums"
    assert q.speaker_missing_reason == "role_only"
    named = "„Wir geben nicht nach“, sagte die Ministerin. Innenministerin Anna Berger war zuvor in Kiel."
    q2 = extract_quotes(named, ments(named, ("Anna Berger", "anna-berger")), "de")[0]
    assert q2.speaker_entity_id == "anna-berger"


def test_de_speaker_named_in_next_sentence() -> None:
    text = "„Wir haben keine Wahl.“ Das sagte Innenministerin Anna Berger am Montag."
    q = only(extract_quotes(text, ments(text, ("Anna Berger", "anna-berger")), "de"))
    assert (q.speaker_entity_id, q.cue) == ("anna-berger", "sagte")


def test_de_pronoun_resolves_to_nearest_person_of_fitting_gender() -> None:
    text = "Anna Berger traf Peter Kurz im Rathaus. „Wir werden weiter streiken“, sagte sie."
    q = only(extract_quotes(text, ments(text, ("Anna Berger", "berger"), ("Peter Kurz", "kurz")), "de"))
    assert q.speaker_entity_id == "berger"
    he = "Anna Berger traf Peter Kurz im Rathaus. „Wir werden weiter streiken“, sagte er."
    assert (
        only(extract_quotes(he, ments(he, ("Anna Berger", "berger"), ("Peter Kurz", "kurz")), "de")).speaker_entity_id
        == "kurz"
    )


def test_de_via_agency_and_statement() -> None:
    text = "„Der Hafen bleibt zu“, sagte Berger laut der Agentur Nordwire."
    assert only(extract_quotes(text, [], "de")).via == "Nordwire"
    stmt = "„Das Verfahren ist abgeschlossen“, hieß es in einer Erklärung des Präsidialamts."
    q = only(extract_quotes(stmt, [], "de"))
    assert q.via == "Präsidialamts"
    assert q.cue == "hieß"
    # The agency after the verb relays what the speaker said; it is neither the speaker nor part of the clause.
    relayed = "Sergej Lawrow sagte nach Angaben der Agentur Interfax, Russland sei zu Gesprächen bereit."
    q = only(extract_quotes(relayed, ments(relayed, ("Sergej Lawrow", "lawrow")), "de"))
    assert (q.text, q.speaker_entity_id, q.via, q.direct) == ("Russland sei zu Gesprächen bereit", "lawrow", "Interfax", False)


def test_de_quote_over_paragraphs_and_nested_quote() -> None:
    text = "„Der erste Absatz endet offen.\n\n„Der zweite schließt das Zitat.“ Das sagte Kurz.\n„Offen ohne Ende"
    q = only(extract_quotes(text, [], "de"))
    assert q.text.startswith("„Der erste") and q.text.endswith("Zitat.“")
    assert q.speaker_text == "Kurz"
    nested = "„Er sagte mir: ‚Das geht nicht.‘ Dann ging er“, berichtete Kurz."
    q2 = only(extract_quotes(nested, [], "de"))
    assert q2.text == "„Er sagte mir: ‚Das geht nicht.‘ Dann ging er“"


def test_de_manner_of_speaking_cue_with_pronoun() -> None:
    text = "Berger ist wütend. „Wir erfahren alles aus der Zeitung“, klagte sie."
    q = only(extract_quotes(text, ments(text, ("Berger", "berger")), "de"))
    assert (q.cue, q.speaker_entity_id) == ("klagte", "berger")


def test_de_particle_cue_needs_its_particle() -> None:
    # "machte" is a cue only with "deutlich"/"klar"; "führte" only with "aus"
    assert extract_quotes("Die Firma machte Verluste, sie sei aber solide.", [], "de") == []
    text = "„Das Werk bleibt“, führte Müller aus."
    assert only(extract_quotes(text, ments(text, ("Müller", "m")), "de")).cue == "führte"


def test_de_role_of_an_adjectival_noun_finds_its_holder_in_any_case() -> None:
    text = "Betriebsratsvorsitzender Oleksandr Kowalenko kam. „Erst die anderen, dann wir“, sagte der Betriebsratsvorsitzende."
    q = only(extract_quotes(text, ments(text, ("Oleksandr Kowalenko", "kowalenko")), "de"))
    assert q.speaker_entity_id == "kowalenko"


def test_de_hiess_es_takes_its_source_from_the_phrase_after_or_the_document_before() -> None:
    text = ("Die Fans schweigen. Man wolle erst abwarten, hieß es im Fanbündnis Südkurve. "
            "Die Landesstelle LBU legte ihren Bericht vor. Darin heißt es, ein Schienenstoß sei gebrochen. "
            "Man prüfe alles, hieß es.")
    mentions = ments(text, ("Fanbündnis Südkurve", "fans"), ("Landesstelle LBU", "lbu"), kind="ORG")
    quotes = extract_quotes(text, mentions, "de")
    assert [(q.text, q.speaker_entity_id, q.speaker_missing_reason) for q in quotes] == [
        ("Man wolle erst abwarten", "fans", None),
        ("ein Schienenstoß sei gebrochen", "lbu", None),
        ("Man prüfe alles", None, "no_speaker"),
    ]


def test_de_follow_up_quote_keeps_the_speaker() -> None:
    text = "„Wir streiken“, sagte Anna Berger. „Und zwar so lange, bis sich etwas bewegt.“"
    quotes = extract_quotes(text, ments(text, ("Anna Berger", "berger")), "de")
    assert [q.speaker_entity_id for q in quotes] == ["berger", "berger"]


# --- German indirect speech -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        ("Müller sagte, dass die Lage ernst sei.", "dass die Lage ernst sei", "Müller"),
        (
            "Die Ministerin erklärte, man werde die Hilfe aufstocken.",
            "man werde die Hilfe aufstocken",
            "Die Ministerin",
        ),
        ("Die Lage sei ernst, sagte Müller am Montag.", "Die Lage sei ernst", "Müller"),
        ("Laut Polizei seien drei Menschen verletzt worden.", "seien drei Menschen verletzt worden", "Polizei"),
        # manner-of-speaking and particle cues
        ("Die Lage sei verfahren, klagte Müller.", "Die Lage sei verfahren", "Müller"),
        ("Müller machte deutlich, dass er nicht zurücktreten werde.", "dass er nicht zurücktreten werde", "Müller"),
        ("Die Stadt ließ mitteilen, man prüfe den Antrag.", "man prüfe den Antrag", "Die Stadt"),
        ("Müller zeigte sich enttäuscht, dass die Gespräche gescheitert seien.",
         "dass die Gespräche gescheitert seien", "Müller"),
    ],
)
def test_de_indirect_speech(text: str, clause: str, speaker: str) -> None:
    q = only(extract_quotes(text, [], "de"))
    assert (q.direct, q.text, q.speaker_text) == (False, clause, speaker)


def test_de_indirect_continues_over_sentences_and_facts_are_not_speech() -> None:
    text = "Berger sagte, die Lage sei ernst. Man werde aber nicht aufgeben. Der Hafen ist seit Montag zu."
    quotes = extract_quotes(text, [], "de")
    assert [q.text for q in quotes] == ["die Lage sei ernst", "Man werde aber nicht aufgeben"]
    assert {q.speaker_text for q in quotes} == {"Berger"}


# --- English --------------------------------------------------------------------------------------


def test_en_direct_quotes_and_speakers() -> None:
    text = (
        '"We will not back down," said John Smith, the union leader. Mary Jones arrived late. '
        '"We\'re staying out until wages rise," she said.'
    )
    quotes = extract_quotes(text, ments(text, ("John Smith", "smith"), ("Mary Jones", "jones")), "en")
    assert [(q.text[:9], q.speaker_entity_id) for q in quotes] == [('"We will ', "smith"), ("\"We're st", "jones")]


def test_en_role_speaker_and_told_medium() -> None:
    text = '"It\'s a disaster," a spokesperson for the ministry told Reuters.'
    q = only(extract_quotes(text, [], "en"))
    assert (q.speaker_text, q.via, q.speaker_missing_reason) == (
        "a spokesperson for the ministry",
        "Reuters",
        "role_only",
    )


def test_en_indirect_and_according_to() -> None:
    said = "Smith said the company would cut 200 jobs."
    q = only(extract_quotes(said, [], "en"))
    assert (q.direct, q.text, q.speaker_text) == (False, "the company would cut 200 jobs", "Smith")
    acc = "According to police, three people were injured in the blast."
    q2 = only(extract_quotes(acc, [], "en"))
    assert (q2.text, q2.speaker_text) == ("three people were injured in the blast", "police")


def test_en_apostrophes_are_not_quotes() -> None:
    text = "Merkel's party doesn't agree, and the '90s are over. Jones' view: it's fine."
    assert extract_quotes(text, [], "en") == []


# --- API helpers ----------------------------------------------------------------------------------


def test_spans_round_trip_on_mixed_text() -> None:
    text = "„Eins“, sagte sie. »Zwei und drei«, erklärte Kurz. Er sagte, es sei spät. 'Vier' hier, \"fünf\" dort."
    quotes = extract_quotes(text, [], "de")
    check_spans(text, quotes)
    assert quotes == sorted(quotes, key=lambda q: q.start)


def test_resolve_speakers_maps_text_to_entity_ids() -> None:
    text = "„Wir streiken“, sagte Berger. Gewerkschaftschefin Anna Berger kam später."
    quotes = extract_quotes(text, [], "de")
    assert quotes[0].speaker_entity_id is None and quotes[0].speaker_missing_reason == "no_entity"
    linked = resolve_speakers(quotes, ments(text, ("Anna Berger", "berger")))
    assert (linked[0].speaker_entity_id, linked[0].speaker_missing_reason) == ("berger", None)


def _article(text: str, quotes: list[Quote], mentions: list[Mention]) -> Article:
    return Article(id="a1", path="x.txt", raw_text=text, text=text, language="de", quotes=quotes, mentions=mentions)


def test_find_quotes_matches_names_case_insensitively_and_by_surname() -> None:
    text = "„Wir streiken“, sagte Anna Berger. „Nein“, sagte Kurz."
    mentions = [m.model_copy(update={"canonical_name": "Anna Berger"}) for m in ments(text, ("Anna Berger", "b"))]
    mentions += ments(text, ("Kurz", None))
    art = _article(text, extract_quotes(text, mentions, "de"), mentions)
    assert [q.text for _, q in find_quotes([art], "berger")] == ["„Wir streiken“"]
    assert [q.text for _, q in find_quotes([art], "ANNA BERGER")] == ["„Wir streiken“"]
    assert [q.text for _, q in find_quotes([art], "Herr Kurz")] == ["„Nein“"]
    assert find_quotes([art], "Maria Berger") == []
    assert len(find_quotes([art], None)) == 2


def test_quote_stage_contract_and_pickling() -> None:
    stage = pickle.loads(pickle.dumps(QuoteStage()))
    assert stage.name == "quotes"
    assert stage.requires == {"text", "mentions", "language"} and stage.provides == {"quotes"}
    text = "„Wir streiken“, sagte Anna Berger."
    out = stage.run(_article(text, [], ments(text, ("Anna Berger", "berger"))))
    assert only(out.quotes).speaker_entity_id == "berger"


def test_empty_and_odd_text_do_not_raise() -> None:
    for text in ("", "„", '"', "'''", "„a“ „", "sagte, dass", "»«", "\n\n„\n"):
        check_spans(text, extract_quotes(text, [], None))


def test_de_age_noun_and_hiess_es() -> None:
    text = "Investor Erik Halvorsen stellte sich vor. Einmischen werde er sich nicht, versicherte der 58-Jährige."
    q = only(extract_quotes(text, ments(text, ("Erik Halvorsen", "halvorsen")), "de"))
    assert (q.direct, q.speaker_entity_id) == (False, "halvorsen")
    anon = "Man arbeite an einem tragfähigen Konzept, hieß es aus dem Verein."
    q2 = only(extract_quotes(anon, [], "de"))
    assert (q2.text, q2.speaker_entity_id, q2.cue) == ("Man arbeite an einem tragfähigen Konzept", None, "hieß")


def test_en_it_added_and_saying() -> None:
    text = (
        "The ferry is run by the company Baltic Lines. The crew was experienced, it added. "
        "Mr Keller urged the union to return to talks, saying customers were watching closely."
    )
    mentions = ments(text, ("Baltic Lines", "baltic"), kind="ORG") + ments(text, ("Keller", "keller"))
    quotes = extract_quotes(text, sorted(mentions, key=lambda m: m.start), "en")
    assert [(q.text, q.speaker_entity_id) for q in quotes] == [
        ("The crew was experienced", "baltic"),
        ("customers were watching closely", "keller"),
    ]


def test_stage_reports_medium_under_its_canonical_name() -> None:
    text = "„Der Hafen bleibt zu“, sagte Berger laut der Agentur Nordwire."
    mentions = [m.model_copy(update={"canonical_name": "Nordwire (nw)"})
                for m in ments(text, ("Nordwire", "nordwire"), kind="ORG")]
    out = QuoteStage().run(_article(text, [], mentions))
    assert only(out.quotes).via == "Nordwire (nw)"


def test_en_partial_quote_with_unresolved_pronoun_keeps_reason() -> None:
    text = "He called the decision “deeply unfair” and left."
    q = only(extract_quotes(text, [], "en"))
    assert (q.text, q.speaker_text, q.speaker_missing_reason) == ("“deeply unfair”", "He", "pronoun_unresolved")


def test_reported_speech_continuing_a_direct_quote_in_its_sentence() -> None:
    de = "„Das ist erst der Anfang“, sagte Keller und fügte hinzu, man werde weiter kämpfen."
    got = extract_quotes(de, ments(de, ("Keller", "keller")), "de")
    assert [(q.text, q.direct, q.speaker_entity_id, q.cue) for q in got] == [
        ("„Das ist erst der Anfang“", True, "keller", "sagte"), ("man werde weiter kämpfen", False, "keller", "fügte")]
    indicative = "„Das ist erst der Anfang“, sagte Keller und betonte, die Lage ist ernst."
    assert [q.direct for q in extract_quotes(indicative, ments(indicative, ("Keller", "keller")), "de")] == [True]
    en = '"This is a dark day," said Jan Ohlsen, adding that strikes would continue.'
    got = extract_quotes(en, ments(en, ("Jan Ohlsen", "ohlsen")), "en")
    assert [(q.text, q.direct, q.speaker_entity_id) for q in got] == [
        ('"This is a dark day,"', True, "ohlsen"), ("strikes would continue", False, "ohlsen")]


def test_en_role_phrase_closed_by_a_name_is_that_name() -> None:
    text = ("The consumer association Verbraucherbund Nordwest said more than 2,300 people had joined its claim. "
            "The administrative court in Osnabrück said the farmer could not be held responsible.")
    mentions = sorted([*ments(text, ("Verbraucherbund Nordwest", "vbnw"), kind="ORG"),
                       *ments(text, ("Osnabrück", "osnabrueck"), kind="LOC")], key=lambda m: m.start)
    first, second = extract_quotes(text, mentions, "en")
    assert (first.speaker_entity_id, first.speaker_text) == ("vbnw", "Verbraucherbund Nordwest")
    # the place the court sits in is not who speaks
    assert second.speaker_entity_id is None and second.speaker_missing_reason == "role_only"
