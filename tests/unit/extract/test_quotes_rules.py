"""Attribution and indirect-speech rules added from dev errors, on tiny German and English fixtures."""

from __future__ import annotations

from storyline.extract.quote_indirect import _finite_clause
from storyline.extract.quote_lexicon import lexicon
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
    native = "Die Gewerkschaft verlangt mehr Geld – angesichts der Teuerung, so Brodersen, sei das nötig."
    assert [q.text for q in extract_quotes(native, [], "de") if not q.direct] == []


def test_source_phrase_after_a_comma_is_translated_english_and_reports() -> None:
    # "…, laut der Firma." is "…, according to the company." word for word: reported like the English
    text = "Die neue Linie kann zwei Millionen Flaschen im Monat füllen, laut dem Verband Nordpflege."
    org = Mention(start=text.index("Verband"), end=len(text) - 1, text="Verband Nordpflege", type="ORG")
    assert [(q.text, q.speaker_text) for q in extract_quotes(text, [org], "de")] == [
        ("Die neue Linie kann zwei Millionen Flaschen im Monat füllen", "Verband Nordpflege")]
    native = "Die neue Linie kann laut dem Verband Nordpflege zwei Millionen Flaschen im Monat füllen."
    assert extract_quotes(native, [org.model_copy(update={"start": 29, "end": 47})], "de") == []


def _speakers(text: str, mentions: list[Mention], language: str) -> list[str | None]:
    return [q.speaker_entity_id or q.speaker_text for q in extract_quotes(text, mentions, language)]


def test_role_takes_the_name_in_apposition_after_it() -> None:
    # a comma, further role words, or a place may stand between the role and its holder's name
    cases = [
        ("„Das ist klar“, sagte der Vorsitzende Richter Ulrich Kreienbaum in der Begründung.", "Ulrich Kreienbaum"),
        ("„Das ist klar“, sagte der Betriebsratsvorsitzende in Sangerhausen, Olek Kowalenko.", "Olek Kowalenko"),
        ("Die Erlaubnis verstoße gegen das Gesetz, sagte die Anwältin der Verbände, Dorothee Kampmann.",
         "Dorothee Kampmann"),
    ]
    for text, name in cases:
        assert _speakers(text, [_m(text, name, "PER", name)], "de") == [name], text


def test_comma_after_role_opens_the_reported_clause_not_an_apposition() -> None:
    text = "Der Anwalt sagte, Müller habe nichts gewusst."
    quotes = extract_quotes(text, [_m(text, "Müller", "PER", "M")], "de")
    assert [q.speaker_entity_id for q in quotes] == [None]


def test_role_named_in_apposition_earlier_resolves_later() -> None:
    text = ("»Das Grundwasser gibt nichts mehr her«, sagt Dmytro Melnytschuk, der technische Leiter des Verbands. "
            "So ein Verbot habe es noch nie gegeben, sagt der technische Leiter des Verbands.")
    assert _speakers(text, [_m(text, "Dmytro Melnytschuk", "PER", "D")], "de") == ["D", "D"]
    text = ("Corinna Vogt, an automotive economist in Halle, said suppliers had moved east. "
            '"They want to be close to carmakers," the economist said.')
    assert _speakers(text, [_m(text, "Corinna Vogt", "PER", "V")], "en") == ["V", "V"]


def test_accusative_role_after_the_verb_is_no_speaker() -> None:
    text = "Die Fraktionschefin Anna Sonder forderte den Oberbürgermeister auf, sein Amt ruhen zu lassen."
    quotes = extract_quotes(text, [_m(text, "Anna Sonder", "PER", "S")], "de")
    assert [q.speaker_entity_id for q in quotes] == ["S"]


def test_organisation_after_a_preposition_is_no_subject() -> None:
    text = "Der Finanzpolitiker Benedikt Sommer von der Bürgerliste sprach von einem „Blankoscheck ohne Zukunft“."
    mentions = [_m(text, "Benedikt Sommer", "PER", "S"), _m(text, "Bürgerliste", "ORG", "B")]
    assert _speakers(text, mentions, "de") == ["S"]


def test_role_complement_names_an_organisation_in_short() -> None:
    text = ("Die Staatsanwaltschaft Wuppertal ermittelt gegen den Bürgermeister. Es bestehe der Verdacht der "
            "Bestechung, sagte ein Sprecher der Staatsanwaltschaft.")
    assert _speakers(text, [_m(text, "Staatsanwaltschaft Wuppertal", "ORG", "W")], "de") == ["W"]
    text = "Ein Sprecher von Kaiwen erklärte, das Unternehmen setze auf Wiederaufbereitung."
    assert _speakers(text, [_m(text, "Kaiwen", "ORG", "K")], "de") == ["K"]



def test_bare_quote_does_not_take_the_speaker_of_the_next_paragraph() -> None:
    text = ('"They leave them alone on a ward," Olena Hrytsenko said. "That is not what we went on strike for."\n\n'
            "Gisela Dahmen of the patients' group said operations were likely to be postponed.")
    mentions = [_m(text, "Olena Hrytsenko", "PER", "O"), _m(text, "Gisela Dahmen", "PER", "G")]
    assert _speakers(text, mentions, "en")[:2] == ["O", "O"]


def test_second_quote_woven_into_a_reported_sentence_keeps_its_speaker() -> None:
    text = ("Norbert Hülsmann sagte, die Forderungen würden „rund 380 Millionen Euro im Jahr“ kosten und könnten "
            "nicht erfüllt werden „ohne Pflegekräfte, die wir nicht haben“.")
    quotes = extract_quotes(text, [_m(text, "Norbert Hülsmann", "PER", "H")], "de")
    assert len([q for q in quotes if q.direct]) == 2
    assert all(q.speaker_entity_id == "H" for q in quotes)


def test_bracketed_party_after_a_name_is_not_the_subject() -> None:
    text = "Umweltministerin Olena Hryzenko (FHU) mahnte, niemand solle mit der Stabilität spielen."
    mentions = [_m(text, "Olena Hryzenko", "PER", "O"), _m(text, "FHU", "ORG", "F")]
    assert _speakers(text, mentions, "de") == ["O"]


def test_pronoun_after_the_clause_does_not_mean_a_name_inside_it() -> None:
    text = ("Ministerpräsident Steffen Kühnhold bedauerte den Rücktritt. Er habe Wiesner als verlässlich erlebt, "
            "ließ er mitteilen.")
    mentions = [_m(text, "Steffen Kühnhold", "PER", "K"), _m(text, "Wiesner", "PER", "W")]
    assert _speakers(text, mentions, "de") == ["K"]


def test_masculine_role_without_article_is_no_she() -> None:
    text = ("Annegret Wiesner zeigte sich empört. Zuerst müsse sich BBT-Chef Kühnhold persönlich erklären, "
            "verlangte sie.")
    mentions = [_m(text, "Annegret Wiesner", "PER", "W"), _m(text, "Kühnhold", "PER", "K")]
    assert _speakers(text, mentions, "de") == ["W"]


def test_definite_title_refers_to_the_person_named_before_but_a_spokesman_does_not() -> None:
    text = "Schlichter Hartmut Belzner legte den Vorschlag vor. „Beide Seiten haben sich bewegt“, sagte der frühere Arbeitsrichter."
    assert _speakers(text, [_m(text, "Hartmut Belzner", "PER", "B")], "de") == ["B"]
    text = "Hartmut Belzner legte den Vorschlag vor. „Wir prüfen das“, sagte der Sprecher."
    assert [q.speaker_entity_id for q in extract_quotes(text, [_m(text, "Hartmut Belzner", "PER", "B")], "de")] == [None]
    text = "Gegen Petrow wird ermittelt. „Das ist einseitig“, sagte der Anwalt."
    assert [q.speaker_entity_id for q in extract_quotes(text, [_m(text, "Petrow", "PER", "P")], "de")] == [None]


def test_sentence_ends_before_a_capital_of_any_script() -> None:
    from storyline.extract.quote_text import sentence_bounds

    text = "Er brachte Planungsfehler ins Spiel. Ćwiklińskis Firma schwieg. Øresund auch."
    assert len(sentence_bounds(text, [], frozenset())) == 3


def test_quoted_words_make_a_clause_reported_speech_but_not_after_a_naming_verb() -> None:
    text = "VKK-Chef Norbert Hülsmann erklärte, die Arbeitgeber gingen „ohne Vorbedingungen“ in die Gespräche."
    indirect = [q.text for q in extract_quotes(text, [], "de") if not q.direct]
    assert indirect == ["die Arbeitgeber gingen „ohne Vorbedingungen“ in die Gespräche"]
    text = 'Norbert Huelsmann said the agreement went "to the very limit" of what hospitals could afford.'
    assert [q.text for q in extract_quotes(text, [], "en") if not q.direct] == [
        'the agreement went "to the very limit" of what hospitals could afford']
    text = 'Benedikt Sommer called it "a blank cheque for a business model with no future".'
    assert [q for q in extract_quotes(text, [], "en") if not q.direct] == []


def test_reported_clause_ends_at_the_speakers_next_verb() -> None:
    text = ("Jarosław Ćwikliński betonte, alle Schweißnähte seien „abgenommen und dokumentiert“, und brachte "
            "stattdessen Planungsfehler ins Spiel.")
    indirect = [q.text for q in extract_quotes(text, [], "de") if not q.direct]
    assert indirect == ["alle Schweißnähte seien „abgenommen und dokumentiert“"]


def test_definite_person_noun_after_the_cue_refers_back() -> None:
    text = ("EU-Kommissarin Hanna Lindqvist sagte Hilfe zu. „Europa hat ein Interesse daran“, sagte die Schwedin. "
            "„Das passiert mir nicht noch einmal“, sagt der Gärtner aus Briesen.")
    mentions = [_m(text, "Hanna Lindqvist", "PER", "L")]
    assert _speakers(text, mentions, "de") == ["L", "der Gärtner"]  # he is not she: no antecedent
    text = "Uwe Manthey baute eine Zisterne. „Das passiert mir nicht noch einmal“, sagt der Gärtner aus Briesen."
    assert _speakers(text, [_m(text, "Uwe Manthey", "PER", "M")], "de") == ["M"]
    text = "Peter Brandt kam. „Wir senden weiter“, sagte der Sender."
    assert [q.speaker_entity_id for q in extract_quotes(text, [_m(text, "Peter Brandt", "PER", "B")], "de")] == [None]


def test_name_after_a_role_word_speaks_though_the_tagger_missed_it() -> None:
    text = "Anna Keller kam. Geschäftsführer Weigelt sagte, man habe Schlimmeres verhindern wollen."
    quotes = extract_quotes(text, [_m(text, "Anna Keller", "PER", "K")], "de")
    assert [q.speaker_text for q in quotes] == ["Weigelt"]


def test_english_honorific_in_german_copy_and_person_in_apposition_after_a_prepositional_head() -> None:
    text = ('"Er kann uns nicht sagen, wann er dort war," Mr Eschweiler sagte. Ihr Gegenstück bei dem '
            'Arbeitgeberverband, Norbert Huelsmann, sagte, die Vereinbarung gehe "bis an die Grenze".')
    mentions = [_m(text, "Norbert Huelsmann", "PER", "H")]
    speakers = [q.speaker_entity_id or q.speaker_text for q in extract_quotes(text, mentions, "de")]
    assert speakers[0] == "Eschweiler" and set(speakers[1:]) == {"H"}


def test_genitive_name_before_a_role_is_whose_the_role_is() -> None:
    text = "„Wir respektieren die Entscheidung“, sagte Heimerdingers Verteidiger Frank-Peter Lüdecke."
    mentions = [_m(text, "Heimerdingers", "PER", "H"), _m(text, "Frank-Peter Lüdecke", "PER", "L")]
    assert _speakers(text, mentions, "de") == ["L"]


def test_pluperfect_participle_and_person_nouns_in_eur_cite() -> None:
    text = ("Oleksandr Kowalenko testete Getriebe. „Ich habe gewarnt, schriftlich und mehr als einmal“, hatte er den "
            "Abgeordneten gesagt. »Ich bin froh«, sagte der Ingenieur dem Tagesblick.")
    mentions = [_m(text, "Oleksandr Kowalenko", "PER", "K")]
    assert _speakers(text, mentions, "de") == ["K", "K"]


def test_outlet_after_the_cue_is_the_listener_when_a_person_stands_before_it() -> None:
    cases = [
        "Die Anwältin Rūta Kazlauskienė sagte dem britischen Portal Metro Dispatch, der Fall stütze sich auf Annahmen.",
        "„Letzten Winter wir lernten viel“, Ivaylo Stoyanov, Rodopas Chief Executive, sagte Metro Dispatch.",
    ]
    for text in cases:
        name = "Rūta Kazlauskienė" if "Rūta" in text else "Ivaylo Stoyanov"
        mentions = [_m(text, name, "PER", "P"), _m(text, "Metro Dispatch", "ORG", "MD")]
        assert _speakers(text, mentions, "de") == ["P"], text
    # with no person before the cue, the organisation after it speaks
    text = "„Wir prüfen das“, sagte Metro Dispatch."
    assert _speakers(text, [_m(text, "Metro Dispatch", "ORG", "MD")], "de") == ["MD"]


def test_translated_german_keeps_the_english_frame_order() -> None:
    text = "Mehr als 200 Apotheken in Wien mischen die Sirupe jetzt selbst, sie sagte."
    quotes = extract_quotes(text, [_m(text, "Wien", "LOC", "W")], "de")
    assert [(q.text, q.direct) for q in quotes] == [("Mehr als 200 Apotheken in Wien mischen die Sirupe jetzt selbst", False)]
    text = "Die Zahl beinhaltet eine einmalige Zahlung, Gewerkschaftsfunktionäre sagten."
    assert [q.speaker_text for q in extract_quotes(text, [], "de")] == ["Gewerkschaftsfunktionäre"]
    # participles, infinitives and subordinate clauses end no frame
    for text in ("Der Vorstandschef der Regionalbahn, Rupert Sailer, hat seinen Rücktritt erklärt.",
                 "Ob die Täter Geld fordern, wollte der Geschäftsführer nicht sagen.",
                 "Das war ein Papier der Führung, über das der Tagesblick zuerst berichtet hatte.",
                 "Die Lage ist ernst, was die Leute sagten."):
        assert extract_quotes(text, [], "de") == [], text


def test_bare_saying_verb_and_comma_open_an_indicative_clause() -> None:
    text = "Ihre Direktorin, Henrike Kastl, sagte, die Einheit lieferte 412 Babys und musste Frauen abweisen."
    quotes = extract_quotes(text, [_m(text, "Henrike Kastl", "PER", "K")], "de")
    assert [(q.text, q.speaker_entity_id) for q in quotes] == [
        ("die Einheit lieferte 412 Babys und musste Frauen abweisen", "K")]
    text = "Die Funktionäre sagten, während die Arbeitgeber schwiegen, nichts."
    assert extract_quotes(text, [], "de") == []


def test_present_and_perfect_saying_verbs_open_an_indicative_clause_but_not_a_passive() -> None:
    # "says" → "sagt", "has said" → "hat gesagt": the clause after the comma is reported in any mood
    for text, clause in (
            ("Der Verband sagt, die wahren Kosten sind mehr als zehn Millionen Euro.",
             "die wahren Kosten sind mehr als zehn Millionen Euro"),
            ("Die Firma hat gesagt, sie hofft die Produktion bis Februar neu zu starten.",
             "sie hofft die Produktion bis Februar neu zu starten")):
        assert [q.text for q in extract_quotes(text, [], "de")] == [clause], text
    passive = "Tausenden Bewohnern wurde gesagt, drinnen zu bleiben, nachdem ein Feuer ausbrach."
    assert extract_quotes(passive, [], "de") == []


def test_inverted_frame_names_its_speaker_after_an_unknown_role() -> None:
    text = "Jedes Geschäft sei von Heimerdinger freigegeben worden, sagte der frühere Händler Oleksandr Hnatenko " \
           "am Dienstag vor dem Landgericht Frankfurt."
    mentions = [_m(text, "Heimerdinger", "PER", "H"), _m(text, "Oleksandr Hnatenko", "PER", "O"),
                _m(text, "Landgericht Frankfurt", "ORG", "L")]
    assert _speakers(text, mentions, "de") == ["O"]
    text = "Von einem Abbau an Schulen sei keine Rede, sagte er; es gehe um bis zu 800 Stellen in Behörden."
    assert [q.text for q in extract_quotes(text, [], "de")] == [
        "Von einem Abbau an Schulen sei keine Rede", "es gehe um bis zu 800 Stellen in Behörden"]


def test_agency_named_with_laut_after_a_verb_relays_the_subject() -> None:
    text = "Der Vermittler Necdet Akgündüz sagte laut der Agentur Nordwire: „Wir setzen das Abkommen aus.“"
    mentions = [_m(text, "Necdet Akgündüz", "PER", "N"), _m(text, "Nordwire", "ORG", "NW")]
    quotes = extract_quotes(text, mentions, "de")
    assert [(q.speaker_entity_id, q.via) for q in quotes] == [("N", "Nordwire")]


def test_genitive_name_before_any_noun_is_a_possessor() -> None:
    text = "Taras arbeitet in Dallmanns Schäferei. »Wir hatten Wölfe im Wald«, sagt er."
    quotes = extract_quotes(text, [_m(text, "Dallmanns", "PER", "D")], "de")
    assert [q.speaker_entity_id for q in quotes] == [None]


def test_english_finite_clause_without_that_is_reported() -> None:
    def reported(text: str) -> list[tuple[str, str | None]]:
        return [(q.text, q.speaker_text) for q in extract_quotes(text, [], "en") if not q.direct]

    assert reported("Pohlmann said the settlement protected taxpayers and soldiers.") == \
        [("the settlement protected taxpayers and soldiers", "Pohlmann")]
    assert reported("The association said more than 400,000 packs were missing.") == \
        [("more than 400,000 packs were missing", "The association")]  # a number's comma is no frame comma
    assert reported("Aydin said goodbye to his neighbours.") == []
    # a saying verb coordinated inside it reports what follows it, so the clause is not the first verb's
    assert not _finite_clause(lexicon("en"), "the charges and told the court it ended")
    assert _finite_clause(lexicon("en"), "its losses amounted to more than three million")
    # a finite auxiliary makes the clause in any tense; "that" before one is its subject, not a complementiser
    text = "Port operators in Hamburg say they are owed more than €10 million."
    assert [(q.text, q.speaker_text) for q in extract_quotes(text, [_m(text, "Hamburg", "LOC", "HH")], "en")] == \
        [("they are owed more than €10 million", "Port operators in Hamburg")]
    assert [q for q, _ in reported("The seafarers' union said that was not enough.")] == ["that was not enough"]
    assert reported("The bank, which was sold in 2019, said it had repaid the money.") == \
        [("it had repaid the money", "The bank")]
    # after a relative clause's comma, "said they …" is the clause's cue, not an inverted frame
    assert reported("Officials in the Ohmtal district in the state of Hesse, which owns the hospital, said they "
                    "would not pay.") == []
    assert reported("Critics said on Tuesday.") == []


def test_prepositional_cue_after_a_comma_opens_no_clause() -> None:
    text = "Die Hafenunion verlangt 9,5 Prozent mehr Geld – angesichts der Teuerung, so Brodersen, sei das „das Minimum“."
    assert [q.text for q in extract_quotes(text, [], "de") if not q.direct] == []


def test_spokesperson_compound_speaks_for_the_organisation_before_the_hyphen() -> None:
    text = "Rodopa Pharma liefert weniger. Der Anteil liege »unter einem Viertel«, teilte ein Rodopa-Sprecher mit."
    quotes = extract_quotes(text, [_m(text, "Rodopa Pharma", "ORG", "R")], "de")
    assert quotes and all(q.speaker_entity_id == "R" for q in quotes)
    chair = "Der BBT wählt. Es gebe »eine Mehrheit«, sagte der BBT-Vorsitzende."
    assert all(q.speaker_entity_id != "B" for q in extract_quotes(chair, [_m(chair, "BBT", "ORG", "B")], "de"))


def test_organisation_in_the_dative_after_the_cue_is_the_listener() -> None:
    text = "Kowalenko wartete lange. »Ich bin froh«, sagte der Ingenieur dem Tagesblick."
    quotes = extract_quotes(text, [_m(text, "Kowalenko", "PER", "K"), _m(text, "Tagesblick", "ORG", "T")], "de")
    assert quotes and all(q.speaker_entity_id != "T" for q in quotes)


def test_inverted_frame_with_an_unknown_noun_names_its_source() -> None:
    # "Gericht" and "Gemeindebund" are no role words: the noun phrase after the cue is the source, and the
    # organisation named before whose name holds the noun is its entity
    text = "Das Verwaltungsgericht Koblenz lehnte ab. Die Genehmigung sei rechtmäßig, teilte das Gericht mit."
    court = Mention(start=4, end=29, text="Verwaltungsgericht Koblenz", type="ORG", entity_id="vg")
    [q] = extract_quotes(text, [court], "de")
    assert (q.text, q.speaker_text, q.speaker_entity_id) == ("Die Genehmigung sei rechtmäßig", "Verwaltungsgericht Koblenz", "vg")
    bare = "Der Schaden liege bei zehn Millionen Euro, rechnet der Gemeindebund vor."
    assert [(q.text, q.speaker_text) for q in extract_quotes(bare, [], "de")] == [
        ("Der Schaden liege bei zehn Millionen Euro", "der Gemeindebund")]
    # an indicative clause is a fact the noun phrase states, not reported speech
    assert extract_quotes("Der Schaden liegt bei zehn Millionen Euro, rechnet der Gemeindebund vor.", [], "de") == []


def test_impersonal_frame_names_the_body_it_comes_from() -> None:
    # "hieß es bei der DPEG", "heißt es beim Verband" (the organisation named before whose name holds the noun),
    # "heißt es im Bericht der Bezirksregierung"; "heißt es in einem Papier" names no one
    def speaker(text: str, mentions: list[Mention]) -> list[str | None]:
        return [q.speaker_entity_id for q in extract_quotes(text, mentions, "de") if not q.direct]

    text = "Das Papier bilde einen ungünstigen Fall ab, hieß es dazu bei der DPEG."
    assert speaker(text, [_m(text, "DPEG", "ORG", "D")]) == ["D"]
    text = "Der Verband Kommunaler Krankenhäuser zählt nach. Viele warteten noch auf ihre Anerkennung, heißt es beim Verband."
    assert speaker(text, [_m(text, "Verband Kommunaler Krankenhäuser", "ORG", "V")]) == ["V"]
    text = "Mit der Brandserie hänge das Feuer nicht zusammen, heißt es im Bericht der Bezirksregierung."
    assert speaker(text, [_m(text, "Bezirksregierung", "ORG", "B")]) == ["B"]
    text = "Mit der Brandserie hänge das Feuer nicht zusammen, heißt es in einem Papier der Gutachter."
    assert speaker(text, []) == [None]


def test_comma_closing_an_apposition_before_the_verb_frames_no_quote() -> None:
    for text in ('Tomasz Wroblewski, the obstetrician who ran the ward, called the unit "a good compromise".',
                 "Mr Zemaitis, who was extradited from Lithuania last October, denies the charges."):
        assert [q.text for q in extract_quotes(text, [], "en") if not q.direct] == [], text
    text = "Inspectors had found cracks in welds on the steel arch, the bridge's operator, the company DPEG, said."
    quotes = extract_quotes(text, [], "en")  # a long clause before the source's apposition still reports
    assert len(quotes) == 1 and quotes[0].text.startswith("Inspectors had found cracks in welds on the steel arch")


def test_translated_according_to_opening_and_sources_with_an_article() -> None:
    # "According to X, …" word for word: a comma after the source, then subject and verb
    text = "Laut zwei Personen vertraut mit den Finanzen der Firma, Kehrwieder schuldet Gläubigern 450 Millionen Euro."
    assert [q.text for q in extract_quotes(text, [], "de")] == ["Kehrwieder schuldet Gläubigern 450 Millionen Euro"]
    native = "Laut Anklage rechnete der Pflegedienst Hausbesuche, Insulingaben und Verbandswechsel ab."
    assert extract_quotes(native, [], "de") == []
    text = "Die Reparaturen dauerten 14 Wochen und kosteten 6,5 Millionen Euro, laut einer Person mit Wissen davon."
    assert [(q.text, q.speaker_text) for q in extract_quotes(text, [], "de")] == [
        ("Die Reparaturen dauerten 14 Wochen und kosteten 6,5 Millionen Euro", "einer Person")]


def test_source_phrase_noun_names_the_organisation_before() -> None:
    text = "Das Oberverwaltungsgericht Lüneburg hob die Genehmigung auf. Das Land habe nichts belegt, so das Gericht."
    court = _m(text, "Oberverwaltungsgericht Lüneburg", "ORG", "OVG")
    assert [q.speaker_entity_id for q in extract_quotes(text, [court], "de")] == ["OVG"]


def test_reported_clause_before_a_full_quote_its_colon_introduces() -> None:
    text = ("Der Zeuge habe ruhig und detailreich ausgesagt, sagte Richter Ulrich Kreienbaum, und sprach dann den "
            "Kern des Urteils aus: »Herr Kessebohm hat das Rathaus behandelt, als gehöre es ihm.«")
    judge = _m(text, "Ulrich Kreienbaum", "PER", "UK")
    quotes = extract_quotes(text, [judge], "de")
    assert [(q.direct, q.text[:22], q.speaker_entity_id) for q in quotes] == [
        (False, "Der Zeuge habe ruhig u", "UK"), (True, "»Herr Kessebohm hat da", "UK")]
    # a full quote after a comma may be the reported clause's own end: no clause is cut off before it
    text = "Sie kündigte an, man werde streiken, „bis auf den Stationen wieder Menschen arbeiten können.“"
    assert "man werde streiken" not in [q.text for q in extract_quotes(text, [], "de")]


def test_konjunktiv_after_a_speech_act_without_clause_continues_its_speaker() -> None:
    text = ("Anwalt Christoph Baumhöver wies die Vorwürfe zurück. Die Proben seien intern falsch eingeordnet worden. "
            "An der Schließung halte der Konzern aber fest. Grüner Stahl koste noch mehr. Das Gericht tagt im Mai.")
    lawyer = _m(text, "Christoph Baumhöver", "PER", "CB")
    quotes = extract_quotes(text, [lawyer], "de")
    assert [(q.text, q.speaker_entity_id) for q in quotes] == [
        ("Die Proben seien intern falsch eingeordnet worden", "CB"), ("An der Schließung halte der Konzern aber fest", "CB"),
        ("Grüner Stahl koste noch mehr", "CB")]
    # an indicative sentence after a speech act reports nothing
    assert extract_quotes("Müller wies die Vorwürfe zurück. Der Prozess beginnt im Mai.", [], "de") == []


def test_english_bare_noun_subject_and_clause_before_but_added() -> None:
    text = "Priya Raman, an analyst in London, said hydrogen-based steel remained 30 percent more expensive."
    analyst = _m(text, "Priya Raman", "PER", "PR")
    assert [(q.text, q.speaker_entity_id) for q in extract_quotes(text, [analyst], "en")] == [
        ("hydrogen-based steel remained 30 percent more expensive", "PR")]
    assert extract_quotes("The mayor said on Tuesday nothing changed.", [], "en") == []
    text = 'Sabine Recktenwald said the deal was a victory for the workforce, but added: "Today is not a good day."'
    chair = _m(text, "Sabine Recktenwald", "PER", "SR")
    assert [(q.direct, q.text) for q in extract_quotes(text, [chair], "en")] == [
        (False, "the deal was a victory for the workforce"), (True, '"Today is not a good day."')]


def test_english_time_clause_after_the_reported_clause_is_the_speakers() -> None:
    text = "Torsten Wendisch said on Tuesday that he would resign, after prosecutors charged him on Monday."
    official = _m(text, "Torsten Wendisch", "PER", "TW")
    assert [q.text for q in extract_quotes(text, [official], "en")] == ["he would resign"]


def test_inverted_frames_with_an_auxiliary_and_request_verbs() -> None:
    text = "Er habe davon nichts gewusst, lässt Hartmut Brennecke über seinen Anwalt erklären."
    ceo = _m(text, "Hartmut Brennecke", "PER", "HB")
    assert [(q.text, q.speaker_entity_id) for q in extract_quotes(text, [ceo], "de")] == [
        ("Er habe davon nichts gewusst", "HB")]
    text = "Brennecke ließ über einen Sprecher ausrichten, man habe nichts zu verbergen."
    assert [q.text for q in extract_quotes(text, [], "de")] == ["man habe nichts zu verbergen"]
    text = "Die Kunden sollten sparsam mit Wasser umgehen, bat der Wasserverbund."
    assert [q.text for q in extract_quotes(text, [], "de")] == ["Die Kunden sollten sparsam mit Wasser umgehen"]
    # an indicative clause before "hat … gesagt" with more after it is no frame; a request is no report
    assert extract_quotes("Der Erbauer, Zuraw Mosty, hat wenig gesagt über den Streit.", [], "de") == []
    assert extract_quotes("Er bat den Minister, ihn in den Ruhestand zu versetzen.", [], "de") == []


def test_translated_sentence_final_cue_and_adverbial_infinitives() -> None:
    text = ("Rund 20.000 Liter Diesel waren aus einem Tank entwichen, das regionale Wasserstraßen Büro, das "
            "Schifffahrtsamt Mittelrhein, sagte.")
    assert [(q.text, q.speaker_text) for q in extract_quotes(text, [], "de")] == [
        ("Rund 20.000 Liter Diesel waren aus einem Tank entwichen",
         "das regionale Wasserstraßen Büro, das Schifffahrtsamt Mittelrhein")]
    # "ohne … zu nennen" belongs to the speaker's sentence; the clause before the cue is the report
    text = "Deutsche Bürger waren unter den Toten, das Auswärtige Amt sagte in Berlin, ohne Zahlen zu nennen."
    assert [q.text for q in extract_quotes(text, [], "de")] == ["Deutsche Bürger waren unter den Toten"]
    # a question opening a sentence does not continue reported speech
    text = "Er habe nichts gewusst, sagte Kessel. Ob er den Zuschlag gesteuert habe, blieb offen."
    assert [q.text for q in extract_quotes(text, [_m(text, "Kessel", "PER", "K")], "de")] == ["Er habe nichts gewusst"]
    # ... unless its own verb after the subordinate clause is in Konjunktiv
    text = "Er habe nichts gewusst, sagte Kessel. Ob das der Eigentümer sei oder ein Käufer, sei zweitrangig."
    assert len(extract_quotes(text, [_m(text, "Kessel", "PER", "K")], "de")) == 2


def test_english_bare_plural_subjects_report_but_do_not_promise() -> None:
    text = "Lawyers for the families say springs fitted by his technicians had less clamping force than required."
    assert [(q.text, q.speaker_text) for q in extract_quotes(text, [], "en")] == [
        ("springs fitted by his technicians had less clamping force than required", "Lawyers for the families")]
    text = "Prosecutors allege the mayor accepted donations from the company."
    assert [q.text for q in extract_quotes(text, [], "en")] == ["the mayor accepted donations from the company"]
    assert extract_quotes("Conservationists vowed to fight on against the new law.", [], "en") == []


def test_konjunktiv_ii_continues_reported_speech_only_right_after_it() -> None:
    text = ("Die Versammlung sei laut geworden, sagte Gisela Thommes. Einige Zuhörer hätten den Saal verlassen. "
            "Die Gemeinde hätte gern mehr Geld gehabt.")
    speaker = _m(text, "Gisela Thommes", "PER", "GT")
    quotes = extract_quotes(text, [speaker], "de")
    assert [(q.text, q.speaker_entity_id) for q in quotes[:2]] == [
        ("Die Versammlung sei laut geworden", "GT"), ("Einige Zuhörer hätten den Saal verlassen", "GT")]
    assert extract_quotes("Die Gemeinde hätte gern mehr Geld gehabt.", [], "de") == []


def test_translated_indicative_clause_may_open_with_a_number() -> None:
    text = "Das Veterinäramt sagte, 60 Proben waren genommen worden und neun waren positiv."
    assert [q.text for q in extract_quotes(text, [], "de")] == ["60 Proben waren genommen worden und neun waren positiv"]


def test_konjunktiv_continues_after_a_demonstrative_subject_or_the_subjects_relative_clause() -> None:
    text = ("Die Löhne seien für drei Monate gesichert, sagte Carsten Oltmanns. Das gelte auch für die Löhne für "
            "Januar. Die Leitwarte, von der aus die Netze gesteuert würden, laufe auf einem getrennten System.")
    quotes = extract_quotes(text, [_m(text, "Carsten Oltmanns", "PER", "CO")], "de")
    assert [(q.text, q.speaker_entity_id) for q in quotes] == [
        ("Die Löhne seien für drei Monate gesichert", "CO"),
        ("Das gelte auch für die Löhne für Januar", "CO"),
        ("Die Leitwarte, von der aus die Netze gesteuert würden, laufe auf einem getrennten System", "CO"),
    ]
    # an adjective before a noun is no verb; an indicative after a relative clause continues nothing
    text = ("Die Löhne seien gesichert, sagte Carsten Oltmanns. Das neue Werk entsteht in Nienburg. "
            "Die Löhne seien gesichert, sagte er. Die Halle, in der die Räder gebaut werden, steht leer.")
    assert [q.text for q in extract_quotes(text, [_m(text, "Carsten Oltmanns", "PER", "CO")], "de")] == [
        "Die Löhne seien gesichert", "Die Löhne seien gesichert"]


def test_a_quote_closing_a_reported_clause_after_its_comma_is_part_of_it() -> None:
    text = "Martina Overbeck kündigte an, man werde streiken, „bis wieder Menschen auf den Stationen arbeiten“."
    quotes = extract_quotes(text, [_m(text, "Martina Overbeck", "PER", "MO")], "de")
    assert [(q.text, q.direct, q.speaker_entity_id) for q in quotes] == [
        ("man werde streiken, „bis wieder Menschen auf den Stationen arbeiten“", False, "MO"),
        ("„bis wieder Menschen auf den Stationen arbeiten“", True, "MO"),
    ]
    # a full sentence quoted after the comma, or an indicative clause before it, stays a direct quote alone
    text = "Martina Overbeck sagte am Montag, sie kämpfe weiter, „Wir geben nicht auf.“"
    assert [q.direct for q in extract_quotes(text, [_m(text, "Martina Overbeck", "PER", "MO")], "de")] == [True]
    text = "Die Streikenden zogen vor das Rathaus, „bis die Stadt zuhört“, riefen sie."
    assert [q.direct for q in extract_quotes(text, [], "de")] == [True]


def test_english_passive_refusal_and_apposition_before_a_cue_report_nothing() -> None:
    def reported(text: str) -> list[str]:
        return [q.text for q in extract_quotes(text, [], "en") if not q.direct]

    assert reported("Its products were recalled over an outbreak that has now killed five people.") == []
    assert reported("The firm failed after its owner, Holmsted Shipping, refused to inject fresh capital.") == []
    assert reported("Local opponents vowed to fight on.") == []
    assert reported("Its Indian owner, Nandavar Steel, had announced the closure of the plant, and jobs looked lost.") == []
    assert reported("EFA promised to publish all contacts between staff and industry.") == [
        "to publish all contacts between staff and industry"]
    assert reported("The plant will close next year, the company said on Monday.") == ["The plant will close next year"]


def test_konjunktiv_continues_an_organisations_figure_and_after_a_long_fronted_phrase() -> None:
    text = ("Das Landratsamt Weidering bezifferte den Schaden auf 160 Millionen Euro. Rund 430 Gebäude seien "
            "beschädigt. Der Rest ist offen.")
    quotes = extract_quotes(text, [_m(text, "Landratsamt Weidering", "ORG", "LW")], "de")
    assert [(q.text, q.speaker_entity_id) for q in quotes] == [("Rund 430 Gebäude seien beschädigt", "LW")]
    text = ("Anirudh Chaudhuri sagte, das Werk schreibe Verluste. Bei den hohen Energiepreisen in Deutschland und der "
            "Flut billiger Importe aus Asien sehe der Konzern keinen Weg zurück. Der Betriebsrat ist entsetzt.")
    quotes = extract_quotes(text, [_m(text, "Anirudh Chaudhuri", "PER", "AC")], "de")
    assert [q.speaker_entity_id for q in quotes] == ["AC", "AC"]
    assert quotes[1].text.startswith("Bei den hohen Energiepreisen")


def test_perfect_participles_infinitives_with_sein_and_accounts_report_but_passives_do_not() -> None:
    def reported(text: str) -> list[str]:
        return [q.text for q in extract_quotes(text, [], "de") if not q.direct]

    assert reported("Die Stadt hat angekündigt, die Brücke zu sperren.") == ["die Brücke zu sperren"]
    assert reported("Die Anklage wirft ihm vor, an dem Angriff beteiligt gewesen zu sein.") == [
        "an dem Angriff beteiligt gewesen zu sein"]
    assert reported("Der Konzern kündigte an, Einspruch einzulegen, über den das Gericht entscheiden muss.") == [
        "Einspruch einzulegen, über den das Gericht entscheiden muss"]
    assert reported("Der Zeuge schilderte, wie die Hallen unter Zeitdruck hätten gereinigt werden müssen.") == [
        "wie die Hallen unter Zeitdruck hätten gereinigt werden müssen"]
    assert reported("Ihm wurde eingeräumt, das Amt zu behalten.") == []
    assert reported("Der Minister sagte, wie immer, nichts.") == []
