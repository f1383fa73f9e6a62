"""NER: label mapping, span trimming, and the shipped German and English models on tiny texts."""

from __future__ import annotations

import pytest
import spacy

from storyline.errors import StorylineError
from storyline.extract.entity_spans import model_view
from storyline.extract.ner import Recogniser, chunks, guess_language, load_ner, product_type, recognise
from storyline.extract.ner_moves import keep_moves
from storyline.lang import en as lang_en


def test_product_types() -> None:
    assert product_type("PER", "de") == "PER"
    assert product_type("OTH", "de") == "MISC"
    assert product_type("LOCderiv", "de") is None
    assert product_type("ORGpart", "de") is None
    assert product_type("GPE", "en") == "LOC"
    assert product_type("NORP", "en") is None
    assert product_type("EVENT", "en") == "MISC"
    assert product_type("DATE", "en") is None


def test_guess_language() -> None:
    assert guess_language("Der Minister sagte, dass die Regierung nicht zurücktritt.") == "de"
    assert guess_language("The minister said that the government is not resigning.") == "en"
    assert guess_language("") == "de"


def _ruler_recogniser(patterns: list[dict[str, str]], language: str = "de") -> Recogniser:
    """A recogniser over a blank pipeline whose entity ruler marks fixed phrases (no model needed)."""
    nlp = spacy.blank(language)
    nlp.add_pipe("entity_ruler").add_patterns(patterns)  # type: ignore[attr-defined]
    return Recogniser(nlp, language)


def test_span_convention_roles_out_courtesy_titles_in() -> None:
    rec = _ruler_recogniser(
        [
            {"label": "PER", "pattern": "Präsident Lawrow"},
            {"label": "PER", "pattern": "Berger"},
            {"label": "ORG", "pattern": "der Bundestag"},
            {"label": "ORGpart", "pattern": "SPD-Chef"},
            {"label": "LOCderiv", "pattern": "deutsche"},
        ]
    )
    text = "Präsident Lawrow sprach vor der Bundestag mit Herrn Berger, dem SPD-Chef und der deutsche Presse."
    mentions = rec.recognise(text)
    assert [(m.text, m.type) for m in mentions] == [
        ("Lawrow", "PER"),
        ("Bundestag", "ORG"),
        ("Herrn Berger", "PER"),
        ("SPD", "ORG"),  # the model's ORGpart "SPD-Chef" is no mention; the known acronym in it is one
    ]
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_a_span_ends_before_a_bracket_it_does_not_close() -> None:
    rec = _ruler_recogniser([{"label": "ORG", "pattern": "Büro für Internet Kriminalität (ZIT"}])
    text = "Ermittler beim Büro für Internet Kriminalität (ZIT) in Frankfurt."
    assert next(m.text for m in rec.recognise(text) if m.type == "ORG") == "Büro für Internet Kriminalität"


def test_no_person_has_digits_or_no_capital() -> None:
    rec = _ruler_recogniser([{"label": "PER", "pattern": "H5N1"}, {"label": "PER", "pattern": "lorry"},
                             {"label": "PER", "pattern": "Henk"}])
    assert [m.text for m in rec.recognise("Henk saw the H5N1 lorry.")] == ["Henk"]


def test_a_name_ends_before_a_finite_verb() -> None:
    rec = _ruler_recogniser([{"label": "ORG", "pattern": "Förde-Universität hatte Sönnichsen"},
                             {"label": "ORG", "pattern": "Universität hatte Berger"}])
    text = "Die Förde-Universität hatte Sönnichsen den Titel entzogen. Die Universität hatte Berger angehört."
    # what is left of the second is a generic noun, no name
    assert [m.text for m in rec.recognise(text)] == ["Förde-Universität"]


def test_organisation_descriptors_stay_outside_the_name() -> None:
    rec = _ruler_recogniser(
        [
            {"label": "ORG", "pattern": "Gewerkschaft Hafenunion Nord"},
            {"label": "ORG", "pattern": "Kölner Traditionsclub FC Rheinpfeil"},
            {"label": "ORG", "pattern": "Investmentgesellschaft Halvorsen Capital"},
            {"label": "ORG", "pattern": "Verband der Hafenbetriebe Nord"},
            {"label": "ORG", "pattern": "Kölner Stadtrat"},
            {"label": "ORG", "pattern": "Privatbank Bankhaus Hallerstein"},
        ]
    )
    text = ("Die Gewerkschaft Hafenunion Nord und der Kölner Traditionsclub FC Rheinpfeil trafen die "
            "Investmentgesellschaft Halvorsen Capital, den Verband der Hafenbetriebe Nord, den Kölner Stadtrat "
            "und die Privatbank Bankhaus Hallerstein.")
    assert [m.text for m in rec.recognise(text)] == [
        "Hafenunion Nord", "FC Rheinpfeil", "Halvorsen Capital", "Verband der Hafenbetriebe Nord", "Kölner Stadtrat",
        "Bankhaus Hallerstein",
    ]


def test_place_adjective_with_a_landmark_is_a_place() -> None:
    rec = _ruler_recogniser([{"label": "LOCderiv", "pattern": "Hamburger"}, {"label": "LOCderiv", "pattern": "Kölner"}])
    text = "Im Hamburger Hafen stehen die Kräne still, sagte ein Kölner Händler."
    assert [(m.text, m.type) for m in rec.recognise(text)] == [("Hamburger Hafen", "LOC")]


def test_place_adjective_with_an_elected_body_is_an_organisation() -> None:
    rec = _ruler_recogniser([{"label": "LOCderiv", "pattern": "Kölner"}, {"label": "LOCderiv", "pattern": "sächsischen"}])
    text = "Der Kölner Stadtrat tagte, im sächsischen Landtag nicht, ein Kölner Händler schon."
    assert [(m.text, m.type) for m in rec.recognise(text)] == [("Kölner Stadtrat", "ORG"), ("sächsischen Landtag", "ORG")]


def test_lower_case_adjective_opening_a_place_is_trimmed() -> None:
    rec = _ruler_recogniser([{"label": "LOC", "pattern": "maroden Laabertalbrücke"}, {"label": "PER", "pattern": "von Stein"}])
    text = "Die Sperrung der maroden Laabertalbrücke ärgert Frau von Stein. Die Laabertalbrücke bleibt zu."
    assert [(m.text, m.type) for m in rec.recognise(text)] == [
        ("Laabertalbrücke", "LOC"), ("Frau von Stein", "PER"), ("Laabertalbrücke", "LOC"),
    ]


def test_english_nationality_before_an_organisation_is_part_of_its_name() -> None:
    rec = _ruler_recogniser(
        [{"label": "NORP", "pattern": "Polish"}, {"label": "ORG", "pattern": "Maritime Safety Commission"}], "en")
    mentions = rec.recognise("The Polish Maritime Safety Commission said. Polish prosecutors agreed.")
    assert [(m.text, m.type) for m in mentions] == [("Polish Maritime Safety Commission", "ORG")]


def test_english_possessive_is_outside_the_name() -> None:
    mentions = _ruler_recogniser([{"label": "LOC", "pattern": "North Sea's"}], "en").recognise(
        "Fish stocks in the North Sea's south fell.")
    assert [(m.text, m.type) for m in mentions] == [("North Sea", "LOC")]


def test_unknown_language_is_a_usage_error() -> None:
    with pytest.raises(StorylineError) as err:
        load_ner("xx")
    assert "E002" in str(err.value)


def test_german_model_loads_once_and_finds_entities() -> None:
    rec = load_ner("de")
    assert load_ner("de") is rec  # cached per process
    text = "Bundeskanzlerin Angela Merkel reiste am Montag nach Paris, wie die Deutsche Bahn mitteilte."
    found = {(m.text, m.type) for m in recognise(text, "de")}
    assert ("Angela Merkel", "PER") in found
    assert ("Paris", "LOC") in found
    for m in recognise(text, "de"):
        assert text[m.start : m.end] == m.text


def test_german_tags_pretokenised_sentences() -> None:
    tags = load_ner("de").tag_tokens([["Angela", "Merkel", "besuchte", "Berlin", "."]])
    assert tags[0][:2] == ["B-PER", "I-PER"] and tags[0][3] == "B-LOC" and tags[0][4] == "O"


def test_english_model_from_package() -> None:
    text = "Russian Foreign Minister Sergei Lavrov met officials in Geneva, the United Nations said."
    found = {(m.text, m.type) for m in recognise(text, "en")}
    assert ("Sergei Lavrov", "PER") in found
    assert ("Geneva", "LOC") in found
    assert ("United Nations", "ORG") in found
    assert not any(m.text == "Russian" for m in recognise(text, "en"))  # nationality adjectives: no mention


def test_long_texts_are_cut_and_offsets_kept() -> None:
    rec = _ruler_recogniser([{"label": "LOC", "pattern": "Berlin"}])
    line = "Wir fahren nach Berlin.\n"
    text = line * 12
    assert chunks(text, size=50)[1][0] > 0
    assert "".join(piece for _, piece in chunks(text, size=50)) == text
    rec.chunk_chars = 50
    many = rec.recognise_many([text, "", "Berlin"])
    assert len(many[0]) == 12 and many[1] == [] and many[2][0].text == "Berlin"
    for m in many[0]:
        assert text[m.start : m.end] == "Berlin"


def test_model_view_and_propagation() -> None:
    text = "HAMBURG (nw) – Die Bayerische Regionalbahn (BayRB) und Katrin Lorenzen. Frau Lorenzen sagte, BayRB fahre."
    view = model_view(text)
    assert view.startswith("Hamburg (nw)") and len(view) == len(text)
    rec = _ruler_recogniser(
        [
            {"label": "ORG", "pattern": "Bayerische Regionalbahn"},
            {"label": "PER", "pattern": "Katrin Lorenzen"},
        ]
    )
    found = [(m.text, m.type) for m in rec.recognise(text)]
    assert found == [
        ("HAMBURG", "LOC"),  # the dateline's place, though the ruler does not know it
        ("Bayerische Regionalbahn", "ORG"),
        ("BayRB", "ORG"),
        ("Katrin Lorenzen", "PER"),
        ("Frau Lorenzen", "PER"),
        ("BayRB", "ORG"),
    ]
    assert rec.recognise("Katrin Keller ging in den Keller.")[1:] == []  # "den Keller" is a noun


def test_dateline_agency_marker_is_no_mention() -> None:
    rec = _ruler_recogniser([{"label": "LOC", "pattern": "CPA"}, {"label": "ORG", "pattern": "Halvorsen Capital"}])
    text = "STRAUBING, Germany (CPA) – Halvorsen Capital told CPA so."
    found = [(m.text, m.type, m.start) for m in rec.recognise(text)]
    assert found == [("STRAUBING", "LOC", 0), ("Halvorsen Capital", "ORG", 27), ("CPA", "LOC", 50)]


def test_one_type_per_name_and_org_cue_words() -> None:
    rec = _ruler_recogniser(
        [
            {"label": "PER", "pattern": "Halvorsen Capital"},
            {"label": "ORG", "pattern": "Voltaris"},
            {"label": "PER", "pattern": [{"TEXT": "Voltaris"}, {"TEXT": "sagte"}]},
        ]
    )
    found = [(m.text, m.type) for m in rec.recognise("Halvorsen Capital kauft Voltaris. Voltaris schweigt.")]
    assert found == [("Halvorsen Capital", "ORG"), ("Voltaris", "ORG"), ("Voltaris", "ORG")]


def test_vocabulary_is_bounded_and_a_fresh_pipeline_gives_the_same_mentions() -> None:
    shared = load_ner("en")
    rec = Recogniser(shared.nlp, "en", max_vocab=len(shared.nlp.vocab) + 5)
    texts = ["Angela Merkel met Emmanuel Macron in Paris on Tuesday.", "Quintessential zebras wander through Xylophone Park."]
    first = rec.recognise_many(texts)
    assert rec.nlp is not shared.nlp  # the vocabulary grew past the bound: a fresh pipeline was loaded
    assert len(rec.nlp.vocab) < len(shared.nlp.vocab)
    assert rec.recognise_many(texts) == first


def test_english_recogniser_keeps_the_moves_of_the_labels_we_read() -> None:
    ner = load_ner("en").nlp.get_pipe("ner")
    assert set(ner.labels) == set(lang_en.NER_MODEL_LABELS)
    assert ner.moves.n_moves == 4 * len(lang_en.NER_MODEL_LABELS) + 2  # B/I/L/U per label, O and the missing move
    de = load_ner("de").nlp.get_pipe("ner")
    assert set(de.labels) == {"PER", "LOC", "ORG", "OTH", "LOCderiv", "ORGpart"}  # pruned when committed


def test_english_pipeline_runs_only_its_recogniser() -> None:
    # The NER of en_core_web_sm has its own internal tok2vec; the shared one feeds only tagger and parser.
    nlp = load_ner("en").nlp
    assert nlp.pipe_names == ["ner"]
    assert [(e.text, e.label_) for e in nlp("Angela Merkel met Emmanuel Macron in Paris.").ents] == [
        ("Angela Merkel", "PERSON"), ("Emmanuel Macron", "PERSON"), ("Paris", "GPE")]


def test_keep_moves_refuses_labels_the_model_lacks() -> None:
    with pytest.raises(ValueError, match="MONEY"):
        keep_moves(load_ner("de").nlp, {"PER", "MONEY"})


def test_english_nationality_adjective_alone_is_no_mention() -> None:
    rec = _ruler_recogniser([{"label": "GPE", "pattern": "Ukrainian"}, {"label": "GPE", "pattern": "Ukraine"}], "en")
    found = [(m.text, m.type) for m in rec.recognise("Grain is stuck in Ukrainian silos, Ukraine says.")]
    assert found == [("Ukraine", "LOC")]


def test_organisation_made_of_gazetteer_places_is_a_place() -> None:
    import numpy as np

    # the ruler reads the model's view of the text, where "Gorzów" is "Gorzow"; the gazetteer is read as written
    rec = _ruler_recogniser([{"label": "ORG", "pattern": "Gorzow Wielkopolski"}, {"label": "ORG", "pattern": "Stadt Köln"},
                             {"label": "PER", "pattern": "Anna Lebus"}, {"label": "PER", "pattern": "Lebus Gorzow"}])
    rec.nlp.vocab.reset_vectors(width=9)
    city = np.zeros(9, dtype="float32")
    city[1] = 1.0
    for word in ("gorzów", "wielkopolski", "köln", "stadt", "lebus", "anna"):
        rec.nlp.vocab.set_vector(word, city)
    rec.nlp.get_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "BEW"}])  # type: ignore[attr-defined]
    rec.nlp.vocab.set_vector("bew", city)
    text = "Die Firma aus Gorzów Wielkopolski. Die Stadt Köln zahlt. Anna Lebus kam, Lebus Gorzów auch. Der BEW klagt."
    assert [(m.text, m.type) for m in rec.recognise(text)] == [
        ("Gorzów Wielkopolski", "LOC"), ("Stadt Köln", "ORG"), ("Anna Lebus", "PER"), ("Lebus Gorzów", "LOC"),
        ("BEW", "ORG")]  # an acronym is no place, whatever the gazetteer lists


def test_bare_institution_noun_with_a_place_is_one_organisation() -> None:
    def found(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.type) for m in recognise(text, "de")]

    assert found("Die Staatsanwaltschaft Halle ermittelt gegen zwei Männer.") == [("Staatsanwaltschaft Halle", "ORG")]
    assert found("Der Kreistag Vilsau beschloss die Fusion.") == [("Kreistag Vilsau", "ORG")]  # the model's own place
    assert found("Das teilte die Staatsanwaltschaft am Montag mit.") == [("Staatsanwaltschaft", "ORG")]


def test_cited_documents_and_trailing_object_nouns_are_no_names() -> None:
    rec = _ruler_recogniser([{"label": "ORG", "pattern": "Staatsanwaltschaft Bochum Anklage"},
                             {"label": "PER", "pattern": "Anklage"}, {"label": "ORG", "pattern": "Bitcoin"}])
    text = "Nun hat die Staatsanwaltschaft Bochum Anklage erhoben. Laut Anklage floss Geld in Bitcoin."
    assert [(m.text, m.type) for m in rec.recognise(text)] == [("Staatsanwaltschaft Bochum", "ORG")]


def test_count_after_a_name_ends_the_name() -> None:
    rec = _ruler_recogniser([{"label": "ORG", "pattern": "Landtag 42 Stimmen"},
                             {"label": "ORG", "pattern": "Fanbündnis Südkurve 1921"}])
    text = "Er erhielt im Landtag 42 Stimmen. Das Fanbündnis Südkurve 1921 protestierte."
    assert [m.text for m in rec.recognise(text)] == ["Landtag", "Fanbündnis Südkurve 1921"]


def test_voters_association_is_a_descriptor_not_part_of_the_name() -> None:
    rec = _ruler_recogniser([{"label": "ORG", "pattern": "Wählervereinigung Bürgerforum Elbflorenz"}])
    text = "Die Wählervereinigung Bürgerforum Elbflorenz erhielt Spenden."
    assert [m.text for m in rec.recognise(text)] == ["Bürgerforum Elbflorenz"]


def test_providers_and_brands_are_descriptors_also_in_the_genitive() -> None:
    rec = _ruler_recogniser([
        {"label": "ORG", "pattern": "Münchner Anbieter Alpicon Systems"},
        {"label": "ORG", "pattern": "App-Anbieters Alpicon Systems"},
        {"label": "ORG", "pattern": "Traditionsmarke Brakenhoff"},
        {"label": "ORG", "pattern": "Autobauers Velmora"},
    ])
    text = ("Der Münchner Anbieter Alpicon Systems widerspricht. Die Server des App-Anbieters Alpicon Systems liefen. "
            "Die Traditionsmarke Brakenhoff ist zurück, die Aktie des Autobauers Velmora nicht.")
    assert [m.text for m in rec.recognise(text)] == ["Alpicon Systems", "Alpicon Systems", "Brakenhoff", "Velmora"]


def test_sentence_period_after_a_roman_numeral_ends_a_body_but_not_a_persons_ordinal() -> None:
    rec = _ruler_recogniser([
        {"label": "ORG", "pattern": "Landgericht München II."},
        {"label": "PER", "pattern": "Wilhelm II."},
    ])
    text = "Er steht vor dem Landgericht München II. Kaiser Wilhelm II. reiste ab."
    assert [(m.text, m.type) for m in rec.recognise(text)] == [("Landgericht München II", "ORG"), ("Wilhelm II.", "PER")]


def test_genitive_and_noun_the_model_joined_are_split() -> None:
    rec = _ruler_recogniser([{"label": "PER", "pattern": "Torsten Wendisch"},
                             {"label": "LOC", "pattern": "Wendischs Wochenendhaus"},
                             {"label": "ORG", "pattern": "Stahl Deutschlands"}])
    text = "Torsten Wendisch trat zurück. In Wendischs Wochenendhaus lagen Akten. Der beste Stahl Deutschlands."
    rec._known_place = lambda word: word == "Deutschland"  # type: ignore[method-assign]  # the gazetteer's answer
    assert [(m.text, m.type) for m in rec.recognise(text)] == [
        ("Torsten Wendisch", "PER"), ("Wendischs", "PER"), ("Deutschlands", "LOC")]


def test_english_sentence_initial_the_is_dropped_except_from_newspaper_names() -> None:
    rec = _ruler_recogniser([{"label": "ORG", "pattern": "The European Commission"},
                             {"label": "ORG", "pattern": "The Harbour Times"}], "en")
    text = "The European Commission approved the aid. The Harbour Times reported it first."
    assert [m.text for m in rec.recognise(text)] == ["European Commission", "The Harbour Times"]


def test_the_model_reads_foreign_diacritics_as_base_letters_and_mentions_keep_them() -> None:
    text = "Für Yasemin Karadağ, Łukasz Żółtowski und Jürgen Weiß ist das zu wenig."
    view = model_view(text)
    assert view == "Für Yasemin Karadag, Lukasz Zoltowski und Jürgen Weiß ist das zu wenig."
    assert len(view) == len(text)
    names = [m.text for m in load_ner("de").recognise(text) if m.type == "PER"]
    assert "Yasemin Karadağ" in names and "Łukasz Żółtowski" in names
