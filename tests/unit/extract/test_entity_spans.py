"""Post-model span rules: institution + place merges, first-word organisations (no model involved)."""

from __future__ import annotations

from storyline.extract.entities import link_corpus
from storyline.extract.entity_article import group_key
from storyline.extract.entity_spans import (
    acronym_bodies,
    adjective_places,
    bare_institutions,
    bracket_definitions,
    descriptor_names,
    drop_sentence_adverbs,
    federal_bodies,
    first_name_persons,
    harmonise,
    institution_names,
    known_acronyms,
    law_names,
    league_and_operation_names,
    legal_form_names,
    particle_names,
    product_names,
    propagate,
    quoted_ship_names,
    river_places,
    ship_names,
    surnames_as_persons,
    titled_persons,
)
from storyline.model import Article, EntityType, Mention


def _mentions(text: str, spans: list[tuple[str, EntityType]]) -> list[Mention]:
    out, pos = [], 0
    for surface, typ in spans:
        start = text.index(surface, pos)
        pos = start + len(surface)
        out.append(Mention(start=start, end=pos, text=surface, type=typ))
    return out


def _typed(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions]


def test_institution_word_before_place_makes_one_org() -> None:
    text = "Die Polizei Niederbayern und die Staatsanwaltschaft Dresden ermitteln in Landshut."
    got = harmonise(text, _mentions(text, [("Niederbayern", "LOC"), ("Dresden", "LOC"), ("Landshut", "LOC")]), "de")
    assert _typed(got) == [("Polizei Niederbayern", "ORG"), ("Staatsanwaltschaft Dresden", "ORG"), ("Landshut", "LOC")]



def test_institution_compound_before_a_place_is_one_organisation() -> None:
    text = "Das Landesförderinstitut Sachsen zahlte, der Freistaat Sachsen nicht, im Landkreis Meißen auch nicht."
    got = harmonise(text, _mentions(text, [("Sachsen", "LOC"), ("Freistaat Sachsen", "LOC"), ("Meißen", "LOC")]), "de")
    assert _typed(got) == [("Landesförderinstitut Sachsen", "ORG"), ("Freistaat Sachsen", "LOC"),
                           ("Landkreis Meißen", "LOC")]


def test_untagged_institution_compound_before_a_place_the_article_names_is_its_body() -> None:
    text = ("Das Kreisklinikum Ohmtal arbeitet im Notbetrieb. Die Systeme des Kreisklinikums Ohmtal laufen, "
            "sagte der Landrat des Landkreises Ohmtal. Das Kreisklinikum Weidering half, das Krankenhaus Ohmtal nicht.")
    got = harmonise(text, _mentions(text, [("Landkreises Ohmtal", "LOC")]), "de")
    # "Weidering" is no place the article tags; "Krankenhaus" is no institution compound
    assert _typed(got) == [("Kreisklinikum Ohmtal", "ORG"), ("Kreisklinikums Ohmtal", "ORG"), ("Landkreises Ohmtal", "LOC")]


def test_fire_brigade_clinic_and_council_before_a_place_are_organisations() -> None:
    text = "Die Feuerwehr Wupperfurt, das Klinikum Vilsau und der Stadtrat Herne, nicht aber Frau Wupper Herne."
    spans: list[tuple[str, EntityType]] = [("Wupperfurt", "LOC"), ("Vilsau", "LOC"), ("Herne", "LOC"),
                                           ("Wupper Herne", "PER")]
    got = harmonise(text, _mentions(text, spans), "de")
    assert _typed(got) == [("Feuerwehr Wupperfurt", "ORG"), ("Klinikum Vilsau", "ORG"), ("Stadtrat Herne", "ORG"),
                           ("Wupper Herne", "PER")]


def test_body_qualified_by_a_place_on_a_river_keeps_the_river() -> None:
    text = "Das Verwaltungsgericht Frankfurt (Oder) tagte, in Frankfurt (Oder) nicht."
    spans: list[tuple[str, EntityType]] = [("Verwaltungsgericht Frankfurt", "ORG"), ("Frankfurt", "LOC")]
    assert _typed(river_places(text, _mentions(text, spans), "de")) == [
        ("Verwaltungsgericht Frankfurt (Oder)", "ORG"), ("Frankfurt (Oder)", "LOC")]


def test_place_designator_is_part_of_the_place_name() -> None:
    text = "Der Freistaat Sachsen, der Landkreis Regensburg, die Halbinsel Hel und der Kreis Gifhorn."
    spans: list[tuple[str, EntityType]] = [("Sachsen", "LOC"), ("Regensburg", "LOC"), ("Hel", "LOC"), ("Gifhorn", "LOC")]
    got = harmonise(text, _mentions(text, spans), "de")
    assert _typed(got) == [("Freistaat Sachsen", "LOC"), ("Landkreis Regensburg", "LOC"), ("Halbinsel Hel", "LOC"),
                           ("Gifhorn", "LOC")]
    # "Freistaat Sachsen" is Sachsen; the district "Landkreis Regensburg" is not the city.
    assert group_key("LOC", "Freistaat Sachsen") == group_key("LOC", "Sachsen")
    assert group_key("LOC", "Landkreis Regensburg") != group_key("LOC", "Regensburg")
    # ... and it is shown as the place itself, also when no article wrote the bare name.
    linked = link_corpus([Article(id="a1", path="-", raw_text="x", text="x", mentions=[
        Mention(start=0, end=17, text="Freistaats Bayern", type="LOC", canonical_name="Freistaats Bayern")])])
    assert linked[0].mentions[0].canonical_name == "Bayern"


def test_org_followed_by_place_is_one_org_but_not_across_words() -> None:
    text = "Die Kommunal-IT Sachsen zahlte. Die Bahn in Sachsen fährt."
    spans: list[tuple[str, EntityType]] = [("Kommunal-IT", "ORG"), ("Sachsen", "LOC"), ("Bahn", "ORG"), ("Sachsen", "LOC")]
    got = harmonise(text, _mentions(text, spans), "de")
    assert _typed(got) == [("Kommunal-IT Sachsen", "ORG"), ("Bahn", "ORG"), ("Sachsen", "LOC")]


def test_first_word_standing_alone_makes_an_organisation() -> None:
    text = "Voltaris Batterien baut eine Fabrik. Voltaris sucht Investoren. Anna Keller sagte, Keller bleibe."
    spans: list[tuple[str, EntityType]] = [
        ("Voltaris Batterien", "PER"), ("Voltaris", "LOC"), ("Anna Keller", "PER"), ("Keller", "PER"),
    ]
    got = harmonise(text, _mentions(text, spans), "de")
    assert _typed(got) == [("Voltaris Batterien", "ORG"), ("Voltaris", "ORG"), ("Anna Keller", "PER"), ("Keller", "PER")]


def test_english_police_force() -> None:
    text = "Police Scotland said the ship left Leith."
    got = harmonise(text, _mentions(text, [("Scotland", "LOC"), ("Leith", "LOC")]), "en")
    assert _typed(got) == [("Police Scotland", "ORG"), ("Leith", "LOC")]


def test_company_found_again_without_its_legal_form() -> None:
    text = "Die Elbtainer AG widerspricht. Elbtainer will klagen."
    got = propagate(text, _mentions(text, [("Elbtainer AG", "ORG")]), "de")
    assert _typed(got) == [("Elbtainer AG", "ORG"), ("Elbtainer", "ORG")]


def test_institution_with_a_linked_name_is_an_organisation() -> None:
    text = ("Der Verband der Hafenbetriebe Nord und die Landesstelle für Bahnunfalluntersuchung (LBU) prüfen; "
            "eine Stiftung für Kinder hilft, das Amt des Bürgermeisters schweigt.")
    got = propagate(text, institution_names(text, [], "de"), "de")
    assert _typed(got) == [("Verband der Hafenbetriebe Nord", "ORG"), ("Landesstelle für Bahnunfalluntersuchung", "ORG"),
                           ("LBU", "ORG")]
    assert institution_names("The Institute for Fiscal Studies said.", [], "en") == []
    text = "Die Zentralstelle zur Bekämpfung der Internetkriminalität ermittelt, die Stelle zur Klärung des Falls nicht."
    assert _typed(institution_names(text, [], "de")) == [("Zentralstelle zur Bekämpfung der Internetkriminalität", "ORG")]


def test_dateline_place_is_a_place_whatever_the_model_said() -> None:
    text = "HAGEN (nw) – Die Stadt Hagen zahlt.\nDRESDEN/DEN HAAG (CPA) – Mehr dazu."
    spans: list[tuple[str, EntityType]] = [("HAGEN", "PER"), ("Hagen", "LOC"), ("DRESDEN", "LOC"), ("DEN HAAG", "ORG")]
    got = harmonise(text, _mentions(text, spans), "de")
    assert _typed(got) == [("HAGEN", "LOC"), ("Stadt Hagen", "ORG"), ("DRESDEN", "LOC"), ("DEN HAAG", "LOC")]


def test_untagged_place_of_a_certain_dateline_is_added() -> None:
    text = "WUPPERFURT (nw) – Ein Feuer.\nHERNE – Razzia.\nALTRIP, Deutschland – Brand.\nGMF fordert mehr.\nEU-Kommission prüft."
    got = harmonise(text, _mentions(text, [("Deutschland", "LOC")]), "de")
    assert _typed(got) == [("WUPPERFURT", "LOC"), ("HERNE", "LOC"), ("ALTRIP", "LOC"), ("Deutschland", "LOC")]


def test_facility_is_a_place_but_the_firm_running_it_is_not() -> None:
    text = "Im Chemiepark Hollbruch und im Stadion am Kanal; das Rheinufer-Klinikum und die Parkhaus GmbH."
    spans: list[tuple[str, EntityType]] = [("Chemiepark Hollbruch", "ORG"), ("Stadion am Kanal", "ORG"),
                                           ("Rheinufer-Klinikum", "ORG"), ("Parkhaus GmbH", "ORG")]
    assert _typed(harmonise(text, _mentions(text, spans), "de")) == [
        ("Chemiepark Hollbruch", "LOC"), ("Stadion am Kanal", "LOC"), ("Rheinufer-Klinikum", "ORG"),
        ("Parkhaus GmbH", "ORG")]


def test_name_after_a_news_agency_noun_is_the_agency_not_a_place() -> None:
    text = "Sie sagte der Nachrichtenagentur Nordwire, die Polizei Niederbayern ermittle."
    spans: list[tuple[str, EntityType]] = [("Nordwire", "LOC"), ("Niederbayern", "LOC")]
    assert _typed(harmonise(text, _mentions(text, spans), "de")) == [("Nordwire", "ORG"), ("Polizei Niederbayern", "ORG")]


def test_english_names_of_german_states_are_places() -> None:
    text = "Saxony-Anhalt and Rhineland-Palatinate sued the Saxony State Bank."
    spans: list[tuple[str, EntityType]] = [("Saxony-Anhalt", "ORG"), ("Rhineland-Palatinate", "ORG"),
                                           ("Saxony State Bank", "ORG")]
    assert _typed(harmonise(text, _mentions(text, spans), "en")) == [
        ("Saxony-Anhalt", "LOC"), ("Rhineland-Palatinate", "LOC"), ("Saxony State Bank", "ORG")]


def test_agency_code_closed_by_a_full_stop_is_no_mention() -> None:
    text = "Hamburg (nw). Im Hafen wird gestreikt."
    got = harmonise(text, _mentions(text, [("Hamburg", "LOC"), ("nw", "LOC"), ("Hafen", "LOC")]), "de")
    assert _typed(got) == [("Hamburg", "LOC"), ("Hafen", "LOC")]


def test_capitalised_adverb_opening_a_sentence_is_no_name() -> None:
    text = "Kommissarisch übernimmt Wendt. Fröhlich sagte, Anna Fröhlich komme. Finanziell sei alles gut."
    spans: list[tuple[str, EntityType]] = [("Kommissarisch", "MISC"), ("Wendt", "PER"), ("Fröhlich", "PER"),
                                           ("Anna Fröhlich", "PER"), ("Finanziell", "PER")]
    got = drop_sentence_adverbs(text, _mentions(text, spans), "de")
    assert _typed(got) == [("Wendt", "PER"), ("Fröhlich", "PER"), ("Anna Fröhlich", "PER")]


def test_name_after_an_organisation_descriptor() -> None:
    text = ("Der IT-Dienstleister Kommunal-IT Sachsen zahlte. Das Leipziger Start-up Voltaris Batterien baut. "
            "Die Drogeriemarktkette Vermögenswerte entziehen, sagte Voltaris.")
    got = descriptor_names(text, _mentions(text, [("Voltaris", "PER"), ("Voltaris", "PER")]), "de")
    # the model's "Voltaris" inside the name gives way; a single plain word after a descriptor is left alone
    assert _typed(got) == [("Kommunal-IT Sachsen", "ORG"), ("Voltaris Batterien", "ORG"), ("Voltaris", "PER")]
    assert _typed(harmonise(text, got, "de"))[-1] == ("Voltaris", "ORG")  # first word of an ORG name alone
    # the model's own name of two words ends where it saw the name end: the noun after it is the object
    text = "Dann hat der Halbleiterkonzern Kaiwen Semiconductor Zugeständnisse angekündigt."
    got = descriptor_names(text, _mentions(text, [("Kaiwen Semiconductor", "ORG")]), "de")
    assert _typed(got) == [("Kaiwen Semiconductor", "ORG")]


def test_organisation_found_again_without_its_region_word() -> None:
    text = "Die Hafenunion Nord streikt. Die Hafenunion fordert mehr Geld."
    got = propagate(text, _mentions(text, [("Hafenunion Nord", "ORG")]), "de")
    assert _typed(got) == [("Hafenunion Nord", "ORG"), ("Hafenunion", "ORG")]


def test_ship_names_are_misc_and_found_again_bare() -> None:
    text = "Die Fähre MV Kestrel lief auf Grund. Die Kestrel hatte 340 Menschen an Bord."
    got = ship_names(text, _mentions(text, [("Kestrel", "ORG"), ("Kestrel", "PER")]), "de")
    assert _typed(got) == [("MV Kestrel", "MISC"), ("Kestrel", "MISC")]
    assert _typed(propagate(text, got[:1], "de")) == [("MV Kestrel", "MISC"), ("Kestrel", "MISC")]


def test_name_ending_in_a_geography_noun_is_a_place() -> None:
    text = "In der Deutschen Bucht warten Schiffe; the German Bight is full."
    got = harmonise(text, _mentions(text, [("Deutschen Bucht", "ORG")]), "de")
    assert _typed(got) == [("Deutschen Bucht", "LOC")]
    assert _typed(harmonise(text, _mentions(text, [("German Bight", "PER")]), "en")) == [("German Bight", "LOC")]


def test_known_acronyms_are_found_also_as_the_first_part_of_a_compound() -> None:
    text = "Der EU-Gipfel und die USA streiten, Nicht-EU-Staaten schweigen, das BKA ermittelt, EUROPA nicht."
    assert _typed(known_acronyms(text, [], "de")) == [("EU", "ORG"), ("USA", "LOC"), ("BKA", "ORG")]
    assert _typed(known_acronyms("Die EU-Kommission tagt.", [], "de")) == [("EU-Kommission", "ORG")]  # a short form
    assert known_acronyms("BERLIN (AFP) – Die Lage.", [], "de") == []  # a dateline's agency code is text
    covered = _mentions(text, [("EU-Gipfel", "MISC")])
    assert _typed(known_acronyms(text, covered, "de")) == [("EU-Gipfel", "MISC"), ("USA", "LOC"), ("BKA", "ORG")]


def test_an_organisation_or_place_opening_a_compound_is_a_mention() -> None:
    text = "Die Elbtainer AG streikt. Berger kam aus Leipzig. Elbtainer-Chef Kurz lobt den Berger-Plan der Leipzig-Zentrale."
    spans: list[tuple[str, EntityType]] = [("Elbtainer AG", "ORG"), ("Berger", "PER"), ("Leipzig", "LOC"), ("Kurz", "PER")]
    got = _typed(propagate(text, _mentions(text, spans), "de"))
    assert ("Elbtainer", "ORG") in got and ("Leipzig", "LOC") in got
    assert got.count(("Berger", "PER")) == 1  # "Berger-Plan" names a plan: persons are not searched in compounds
    assert got.count(("Leipzig", "LOC")) == 2


def test_acronym_in_brackets_makes_the_words_it_spells_one_name() -> None:
    text = "Die Gewerkschaft Metall und Fahrzeugbau (GMF) droht. Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnt."
    model = _mentions(text, [("Gewerkschaft Metall", "ORG"), ("Fahrzeugbau", "ORG"), ("Bundesamt", "ORG")])
    assert _typed(bracket_definitions(text, model, "de")) == [
        ("Gewerkschaft Metall und Fahrzeugbau", "ORG"), ("Bundesamt für Sicherheit in der Informationstechnik", "ORG")]


def test_acronym_in_brackets_spans_a_place_that_closes_the_name() -> None:
    text = "Der Verband Kommunaler Krankenhäuser NRW (VKK) lehnt ab. Das Amt in Dresden (AID) schweigt."
    model = _mentions(text, [("NRW", "LOC"), ("VKK", "ORG"), ("Dresden", "LOC"), ("AID", "ORG")])
    got = _typed(bracket_definitions(text, model, "de"))
    assert got[:2] == [("Verband Kommunaler Krankenhäuser NRW", "ORG"), ("VKK", "ORG")]
    assert ("Amt in Dresden", "ORG") in got  # the initials spell the whole phrase here, place included


def test_acronym_in_brackets_leaves_persons_and_mismatches_alone() -> None:
    text = "Anna Berger (SPD) und die Europäische Zentralbank (EZB) schweigen."
    model = _mentions(text, [("Anna Berger", "PER"), ("Europäische Zentralbank", "ORG")])
    assert bracket_definitions(text, model, "de") == model  # "SPD" is not her initials; "EZ" is not "EZB"


def test_seas_and_regions_with_an_inflected_adjective_are_places() -> None:
    text = "Schiffe im Schwarzen Meer warten, das Rote Meer ist ruhig. Im Nahen Osten auch. Das Meer ist weit."
    model = _mentions(text, [("Schwarzen", "MISC"), ("Rote Meer ist", "ORG")])
    assert _typed(adjective_places(text, model, "de")) == [
        ("Schwarzen Meer", "LOC"), ("Rote Meer", "LOC"), ("Nahen Osten", "LOC")]


def test_acronym_opening_a_body_compound_names_the_body() -> None:
    text = "Die EU-Kommission und der UN-Sicherheitsrat tagen, die EU-Agrarminister und der EU-Gipfel auch."
    model = _mentions(text, [("EU", "ORG"), ("UN", "ORG"), ("EU", "ORG"), ("EU", "ORG")])
    assert _typed(acronym_bodies(text, model, "de")) == [
        ("EU-Kommission", "ORG"), ("UN-Sicherheitsrat", "ORG"), ("EU", "ORG"), ("EU", "ORG")]


def test_a_first_name_takes_its_surname() -> None:
    text = "Der Vorsitzende Konrad Vielhaber und Birgit Kampmann klagen. Paul Stiftung nicht. Frank kam."
    model = _mentions(text, [("Konrad", "PER")])
    assert _typed(first_name_persons(text, model, "de")) == [("Konrad Vielhaber", "PER"), ("Birgit Kampmann", "PER")]
    # first names of other languages (training/first_names.py reads Faker's tables too); a noun after an
    # article is none, though some first names are nouns ("der Wolf Schafe riss")
    text = "„Das fiel auf“, sagte Dörte Meinken. Dass der Wolf Schafe riss, sagte Mantas Petraitis."
    assert _typed(first_name_persons(text, [], "de")) == [("Dörte Meinken", "PER"), ("Mantas Petraitis", "PER")]


def test_rivers_are_places_and_a_place_on_a_river_is_one_place() -> None:
    text = "FRANKFURT (ODER) (nw) – Die Brücke über die Oder zwischen Frankfurt (Oder) und Landsberg an der Warthe."
    spans: list[tuple[str, EntityType]] = [("FRANKFURT", "LOC"), ("ODER", "ORG"), ("Frankfurt", "LOC"),
                                           ("Landsberg", "LOC")]
    got = river_places(text, _mentions(text, spans), "de")
    assert _typed(got) == [("FRANKFURT (ODER)", "LOC"), ("Oder", "LOC"), ("Frankfurt (Oder)", "LOC"),
                           ("Landsberg an der Warthe", "LOC")]
    # the conjunction is no river, nor is a river name the model gave to a person's longer name
    text = "Oder sie bleibt. Ob Frankfurt oder Bonn, sagte Eva Main Müller."
    assert _typed(river_places(text, _mentions(text, [("Eva Main Müller", "PER")]), "de")) == [
        ("Eva Main Müller", "PER")]



def test_one_word_federal_bodies_are_organisations() -> None:
    text = "Das geht aus einem Bericht des Bundesrechnungshofs hervor; das Bundeskartellamt prüft. Die Bundesliga spielt."
    assert _typed(federal_bodies(text, [], "de")) == [("Bundesrechnungshofs", "ORG"), ("Bundeskartellamt", "ORG")]


def test_surname_of_a_person_named_in_full_is_the_person() -> None:
    text = "Staatssekretär Jörg Tessendorf trat zurück. Tessendorf schwieg, Tessendorfs Sprecher auch. In Berlin."
    spans: list[tuple[str, EntityType]] = [("Jörg Tessendorf", "PER"), ("Tessendorf", "LOC"), ("Tessendorfs", "ORG"),
                                           ("Berlin", "LOC")]
    assert _typed(surnames_as_persons(text, _mentions(text, spans), "de")) == [
        ("Jörg Tessendorf", "PER"), ("Tessendorf", "PER"), ("Tessendorfs", "PER"), ("Berlin", "LOC")]


def test_first_word_naming_an_organisation_makes_the_name_one() -> None:
    text = "Der Bauernverband Elbe-Weser klagt vor dem Landgericht Dresden."
    spans: list[tuple[str, EntityType]] = [("Bauernverband Elbe-Weser", "MISC"), ("Landgericht Dresden", "LOC")]
    assert _typed(harmonise(text, _mentions(text, spans), "de")) == [
        ("Bauernverband Elbe-Weser", "ORG"), ("Landgericht Dresden", "ORG")]


def test_legal_form_after_a_name_makes_one_organisation() -> None:
    text = "Die Holmsted Shipping A/S und Thalassini Container Lines S.A. verhandeln, Elbtainer AG schweigt."
    model = _mentions(text, [("Holmsted Shipping", "PER"), ("Thalassini Container Lines", "ORG"), ("Elbtainer", "ORG")])
    assert _typed(legal_form_names(text, model, "de")) == [
        ("Holmsted Shipping A/S", "ORG"), ("Thalassini Container Lines S.A.", "ORG"), ("Elbtainer AG", "ORG")]
    text = "Anna Berger AG und Keller se fragten."  # a person with a first name; a lower-case word is no form
    model = _mentions(text, [("Anna Berger", "PER"), ("Keller", "ORG")])
    assert legal_form_names(text, model, "de") == model
    # a name the model left untagged: the capitalised words before the form, without an article or descriptor
    text = "Eigner ist die dänische Holmsted Shipping A/S. Laut der Reederei Kehrwieder GmbH nicht."
    assert _typed(legal_form_names(text, [], "de")) == [("Holmsted Shipping A/S", "ORG"), ("Kehrwieder GmbH", "ORG")]


def test_bare_institution_nouns_are_organisations() -> None:
    text = ("Die Staatsanwaltschaft ermittelt, eine Staatsanwaltschaft in Kiel nicht; Staatsanwaltschaften "
            "und das Verteidigungsministerium, des Landeskriminalamts Sprecher, das Ministerium, der Landtagswahlkampf.")
    got = bare_institutions(text, _mentions(text, [("Kiel", "LOC")]), "de")
    assert _typed(got) == [("Staatsanwaltschaft", "ORG"), ("Kiel", "LOC"), ("Verteidigungsministerium", "ORG"),
                           ("Landeskriminalamts", "ORG")]
    # an audit office means one body; "das Verwaltungsgericht" and "die Stadtverwaltung" are left generic,
    # as the dev gold never marks them written alone
    audit = "Laut dem Bericht des Rechnungshofs und dem Urteil des Verwaltungsgerichts fehlten Belege der Stadtverwaltung."
    assert _typed(bare_institutions(audit, [], "de")) == [("Rechnungshofs", "ORG")]
    assert bare_institutions("The Landtag met.", [], "en") == []
    inside = _mentions(text, [("Staatsanwaltschaft ermittelt", "ORG")])
    assert bare_institutions(text, inside, "de")[0] == inside[0]  # a mention already there stays whole


def test_courtesy_title_or_english_role_before_a_name_makes_a_person() -> None:
    text = ("chief executive Anirudh Choudhury said. Mr Choudhury added. Its chief executive, Anirudh Choudhury, "
            "spoke; the executive Nandavar Steel Group did not; its director, Civic Ledger Watch said.")
    spans: list[tuple[str, EntityType]] = [("Anirudh Choudhury", "ORG"), ("Choudhury", "ORG"),
                                           ("Anirudh Choudhury", "ORG"), ("Nandavar Steel Group", "ORG"),
                                           ("Civic Ledger Watch", "ORG")]
    got = titled_persons(text, _mentions(text, spans), "en")
    # an organisation word keeps the organisation; a role's comma needs the apposition's closing comma
    assert _typed(got) == [("Anirudh Choudhury", "PER"), ("Mr Choudhury", "PER"), ("Anirudh Choudhury", "PER"),
                           ("Nandavar Steel Group", "ORG"), ("Civic Ledger Watch", "ORG")]
    text = "Das sagte Hr Choudhury, nicht der Sprecher Nandavar Steel."
    got = titled_persons(text, _mentions(text, [("Choudhury", "ORG"), ("Nandavar Steel", "ORG")]), "de")
    assert _typed(got) == [("Hr Choudhury", "PER"), ("Nandavar Steel", "ORG")]


def test_facility_noun_opens_a_place_name_and_a_located_one_word_name_is_a_place() -> None:
    text = ("Der Hochofen des Stahlwerks Wellesweiler steht. Heute kommt aus Wellesweiler Stahl, Wellesweiler "
            "braucht Kunden. Anna Kessel kommt in Kessel an.")
    spans: list[tuple[str, EntityType]] = [("Wellesweiler", "PER"), ("Wellesweiler", "PER"), ("Wellesweiler", "PER"),
                                           ("Anna Kessel", "PER"), ("Kessel", "PER")]
    got = harmonise(text, _mentions(text, spans), "de")
    # a surname the article gives a person stays the person's, preposition or not
    assert _typed(got) == [("Stahlwerks Wellesweiler", "LOC"), ("Wellesweiler", "LOC"), ("Wellesweiler", "LOC"),
                           ("Anna Kessel", "PER"), ("Kessel", "PER")]


def test_legal_form_name_the_model_started_late_grows_to_the_words_before() -> None:
    text = "Den Auftrag erhielt die Kaltofen Bau GmbH, die Wessendorf Fleischwaren GmbH & Co. KG nicht."
    spans: list[tuple[str, EntityType]] = [("Bau GmbH", "ORG"), ("Fleischwaren GmbH & Co. KG", "ORG")]
    assert _typed(legal_form_names(text, _mentions(text, spans), "de")) == [
        ("Kaltofen Bau GmbH", "ORG"), ("Wessendorf Fleischwaren GmbH & Co. KG", "ORG")]


def test_acronym_definition_with_an_enumeration_inside() -> None:
    text = "Die Gewerkschaft Hütte, Stahl und Metall (GHSM) streikt, in Köln, Bonn und Aachen (KBA) nicht."
    got = bracket_definitions(text, _mentions(text, [("Köln", "LOC"), ("Bonn", "LOC"), ("Aachen", "LOC")]), "de")
    assert _typed(got) == [("Gewerkschaft Hütte, Stahl und Metall", "ORG"), ("Köln", "LOC"), ("Bonn", "LOC"),
                           ("Aachen", "LOC")]


def test_one_word_person_the_article_writes_after_an_article_is_a_noun() -> None:
    text = ("Wer grünen Stahl will, braucht Wasserstoff. Der Wasserstoff kommt aus Norwegen. Das Subunternehmen, "
            "bei dem Dowhaljuk angestellt war, schweigt. Anna Koch lachte, der Koch nicht, Koch auch nicht.")
    spans: list[tuple[str, EntityType]] = [("Wasserstoff", "PER"), ("Wasserstoff", "PER"), ("Norwegen", "LOC"),
                                           ("Dowhaljuk", "PER"), ("Anna Koch", "PER"), ("Koch", "PER")]
    got = harmonise(text, _mentions(text, spans), "de")
    # a relative pronoun after a comma is no article; a surname of the article's person is left alone
    assert _typed(got) == [("Norwegen", "LOC"), ("Dowhaljuk", "PER"), ("Anna Koch", "PER"), ("Koch", "PER")]


def test_quoted_name_after_a_vessel_noun_is_a_ship_wherever_quoted() -> None:
    text = ("Das Tankmotorschiff „Merwede Ster“ stieß zusammen. Im Steuerhaus der „Merwede Ster“ stand er. "
            "Die „Süddeutsche Zeitung“ berichtete.")
    got = quoted_ship_names(text, _mentions(text, [("Merwede Ster", "ORG"), ("Süddeutsche Zeitung", "ORG")]), "de")
    assert _typed(got) == [("Merwede Ster", "MISC"), ("Merwede Ster", "MISC"), ("Süddeutsche Zeitung", "ORG")]
    assert quoted_ship_names(text, [], "en") == []


def test_elided_first_part_belongs_to_the_name_after_und() -> None:
    text = "Das Wasserstraßen- und Schifffahrtsamt Mittelrhein und die Industrie- und Handelskammer Koblenz."
    spans: list[tuple[str, EntityType]] = [("Schifffahrtsamt Mittelrhein", "ORG"), ("Handelskammer Koblenz", "ORG")]
    assert _typed(harmonise(text, _mentions(text, spans), "de")) == [
        ("Wasserstraßen- und Schifffahrtsamt Mittelrhein", "ORG"), ("Industrie- und Handelskammer Koblenz", "ORG")]


def test_one_word_laws_and_treaties_are_misc_but_not_the_general_words() -> None:
    text = "Das Seilbahngesetz und das Getreideabkommen gelten; das Gesetz und ein Landesgesetz nicht."
    got = law_names(text, _mentions(text, [("Getreideabkommen", "ORG")]), "de")
    assert _typed(got) == [("Seilbahngesetz", "MISC"), ("Getreideabkommen", "MISC")]
    assert law_names("The Seilbahngesetz applies.", [], "en") == []


def test_a_name_after_or_before_a_product_noun_is_a_product_everywhere_in_its_article() -> None:
    text = "Die Warn-App LenzAlarm hat versagt. LenzAlarm wird abgeschaltet, sagte die Stadt Sulzbrunn."
    got = product_names(text, _mentions(text, [("Warn-App LenzAlarm", "ORG"), ("LenzAlarm", "ORG"),
                                                ("Sulzbrunn", "LOC")]), "de")
    assert _typed(got) == [("LenzAlarm", "MISC"), ("LenzAlarm", "MISC"), ("Sulzbrunn", "LOC")]
    text = "Its malware, known as MantisLock, spread. The LenzAlarm app failed. The Weserpfeil is an e-bike."
    got = product_names(text, _mentions(text, [("MantisLock", "ORG"), ("LenzAlarm", "ORG"), ("Weserpfeil", "LOC")]),
                        "en")
    assert _typed(got) == [("MantisLock", "MISC"), ("LenzAlarm", "MISC"), ("Weserpfeil", "LOC")]
    # a person after such a noun stays a person
    text = "Das Modell Anna Berger lief."
    assert _typed(product_names(text, _mentions(text, [("Anna Berger", "PER")]), "de")) == [("Anna Berger", "PER")]


def test_numbered_leagues_operations_and_a_treaty_with_its_place_adjective_are_misc() -> None:
    text = "Der Club spielt in der 2. Bundesliga, nicht in der 3. Liga. Im Zuge der Operation Eisvogel gab es Razzien."
    got = league_and_operation_names(text, _mentions(text, [("Eisvogel", "LOC")]), "de")
    assert _typed(got) == [("2. Bundesliga", "MISC"), ("3. Liga", "MISC"), ("Operation Eisvogel", "MISC")]
    assert league_and_operation_names("Am 2. Liga-Spieltag", [], "de") == []
    text = "Das Istanbuler Getreideabkommen gilt, das Abkommen auch."
    got = law_names(text, _mentions(text, [("Istanbuler", "MISC")]), "de")
    assert _typed(got) == [("Istanbuler Getreideabkommen", "MISC")]


def test_a_name_holds_its_particles() -> None:
    text = "Henk van der Veen kam. Mr Van der Veen sagte, Marieke ten Brink auch. Dann sprach van der Veen."
    spans: list[tuple[str, EntityType]] = [("Henk van der", "PER"), ("Mr Van", "PER"), ("Veen", "LOC"),
                                           ("Marieke", "PER"), ("Brink", "PER"), ("Veen", "PER")]
    got = particle_names(text, _mentions(text, spans), "de")
    assert _typed(got) == [("Henk van der Veen", "PER"), ("Mr Van der Veen", "PER"), ("Marieke ten Brink", "PER"),
                           ("van der Veen", "PER")]
    for m in got:
        assert text[m.start : m.end] == m.text


def test_a_german_preposition_joins_no_person_to_what_follows() -> None:
    text = "Ein Brief von Müller an die Polizei. Schmidt von der Polizei schwieg. Ursula von der Leyen kam."
    spans: list[tuple[str, EntityType]] = [("Müller", "PER"), ("Polizei", "ORG"), ("Schmidt", "PER"),
                                           ("Polizei", "ORG"), ("Ursula", "PER"), ("Leyen", "PER")]
    got = particle_names(text, _mentions(text, spans), "de")
    assert _typed(got) == [("Müller", "PER"), ("Polizei", "ORG"), ("Schmidt", "PER"), ("Polizei", "ORG"),
                           ("Ursula von der Leyen", "PER")]


def test_a_dutch_particle_after_a_first_name_joins_the_surname_whatever_its_tag() -> None:
    text = "Am Telefon hat er Marieke ten Brink aus Gramsbergen, und Jan van Dijk kam."
    spans: list[tuple[str, EntityType]] = [("Marieke", "PER"), ("Gramsbergen", "LOC"), ("Jan", "PER"), ("Dijk", "LOC")]
    got = particle_names(text, _mentions(text, spans), "de")
    assert _typed(got) == [("Marieke ten Brink", "PER"), ("Gramsbergen", "LOC"), ("Jan van Dijk", "PER")]
