"""German language resources, grouped by concept (STYLE.md habit 10).

Each stage owns its sections; a section starts with a comment naming the stage and what it catches.
Add sections; do not reorder or rename others' sections.
"""

from __future__ import annotations

CODE = "de"


# --- entities (extract/ner.py, extract/entities.py) ---------------------------------------------
# Country adjectives and demonym stems → the country's German name. Catches "französische Regierung",
# "die Franzosen" (NER types these MISC/LOC; the entity step links LOC-typed ones to the country) and
# feeds the NER gazetteer. Stems: the inflection endings -e/-en/-er/-es/-em are stripped before lookup.
DEMONYMS: dict[str, str] = {
    "deutsch": "Deutschland", "französisch": "Frankreich", "britisch": "Großbritannien",
    "englisch": "England", "schottisch": "Schottland", "irisch": "Irland", "italienisch": "Italien",
    "spanisch": "Spanien", "portugiesisch": "Portugal", "niederländisch": "Niederlande",
    "holländisch": "Niederlande", "belgisch": "Belgien", "luxemburgisch": "Luxemburg",
    "österreichisch": "Österreich", "schweizerisch": "Schweiz", "schweizer": "Schweiz",
    "polnisch": "Polen", "tschechisch": "Tschechien", "slowakisch": "Slowakei", "ungarisch": "Ungarn",
    "rumänisch": "Rumänien", "bulgarisch": "Bulgarien", "griechisch": "Griechenland",
    "türkisch": "Türkei", "russisch": "Russland", "ukrainisch": "Ukraine", "belarussisch": "Belarus",
    "weißrussisch": "Belarus", "litauisch": "Litauen", "lettisch": "Lettland", "estnisch": "Estland",
    "finnisch": "Finnland", "schwedisch": "Schweden", "norwegisch": "Norwegen", "dänisch": "Dänemark",
    "isländisch": "Island", "kroatisch": "Kroatien", "serbisch": "Serbien", "bosnisch": "Bosnien und Herzegowina",
    "slowenisch": "Slowenien", "albanisch": "Albanien", "mazedonisch": "Nordmazedonien",
    "kosovarisch": "Kosovo", "moldauisch": "Moldau", "georgisch": "Georgien", "armenisch": "Armenien",
    "aserbaidschanisch": "Aserbaidschan", "kasachisch": "Kasachstan", "usbekisch": "Usbekistan",
    "amerikanisch": "Vereinigte Staaten", "us-amerikanisch": "Vereinigte Staaten", "kanadisch": "Kanada",
    "mexikanisch": "Mexiko", "brasilianisch": "Brasilien", "argentinisch": "Argentinien",
    "chilenisch": "Chile", "kolumbianisch": "Kolumbien", "venezolanisch": "Venezuela", "peruanisch": "Peru",
    "kubanisch": "Kuba", "chinesisch": "China", "japanisch": "Japan", "koreanisch": "Korea",
    "südkoreanisch": "Südkorea", "nordkoreanisch": "Nordkorea", "indisch": "Indien",
    "pakistanisch": "Pakistan", "afghanisch": "Afghanistan", "iranisch": "Iran", "irakisch": "Irak",
    "syrisch": "Syrien", "israelisch": "Israel", "palästinensisch": "Palästina", "libanesisch": "Libanon",
    "jordanisch": "Jordanien", "saudi-arabisch": "Saudi-Arabien", "saudisch": "Saudi-Arabien",
    "katarisch": "Katar", "jemenitisch": "Jemen", "ägyptisch": "Ägypten", "libysch": "Libyen",
    "tunesisch": "Tunesien", "algerisch": "Algerien", "marokkanisch": "Marokko", "sudanesisch": "Sudan",
    "äthiopisch": "Äthiopien", "kenianisch": "Kenia", "nigerianisch": "Nigeria", "ghanaisch": "Ghana",
    "südafrikanisch": "Südafrika", "malisch": "Mali", "kongolesisch": "Kongo", "somalisch": "Somalia",
    "australisch": "Australien", "neuseeländisch": "Neuseeland", "indonesisch": "Indonesien",
    "thailändisch": "Thailand", "vietnamesisch": "Vietnam", "philippinisch": "Philippinen",
    "malaysisch": "Malaysia", "taiwanisch": "Taiwan", "mongolisch": "Mongolei", "europäisch": "Europa",
    "afrikanisch": "Afrika", "asiatisch": "Asien", "bayerisch": "Bayern", "sächsisch": "Sachsen",
    "hessisch": "Hessen", "thüringisch": "Thüringen", "brandenburgisch": "Brandenburg",
    "niedersächsisch": "Niedersachsen", "schwäbisch": "Schwaben", "berliner": "Berlin",
    "hamburger": "Hamburg", "münchner": "München", "kölner": "Köln", "wiener": "Wien",
}
# Demonym nouns (people) → country; inflected forms ("Franzosen", "Deutschen") are reduced by the
# entity step's stemmer before lookup.
DEMONYM_NOUNS: dict[str, str] = {
    "franzose": "Frankreich", "französin": "Frankreich", "brite": "Großbritannien", "britin": "Großbritannien",
    "italiener": "Italien", "spanier": "Spanien", "russe": "Russland", "russin": "Russland",
    "ukrainer": "Ukraine", "pole": "Polen", "türke": "Türkei", "grieche": "Griechenland",
    "amerikaner": "Vereinigte Staaten", "chinese": "China", "japaner": "Japan", "israeli": "Israel",
    "österreicher": "Österreich", "niederländer": "Niederlande", "schwede": "Schweden", "däne": "Dänemark",
}
# Inflection endings of German adjectives, longest first, stripped to reach a DEMONYMS stem.
ADJECTIVE_ENDINGS: tuple[str, ...] = ("en", "er", "es", "em", "e")
# Words in front of a name that are not part of the name: honorifics, titles and roles. Catches
# "Herr Lawrow", "Hr. Meier", "Ministerin Baerbock", "Bundeskanzler Scholz". Compared case-folded, '.' stripped.
NAME_PREFIXES: frozenset[str] = frozenset({
    "herr", "herrn", "hr", "frau", "fr", "dr", "prof", "professor", "professorin", "präsident", "präsidentin",
    "präsidenten", "minister", "ministerin", "ministers", "bundeskanzler", "bundeskanzlerin", "kanzler",
    "kanzlerin", "ministerpräsident", "ministerpräsidentin", "bürgermeister", "bürgermeisterin",
    "oberbürgermeister", "oberbürgermeisterin", "außenminister", "außenministerin", "innenminister",
    "innenministerin", "finanzminister", "finanzministerin", "verteidigungsminister",
    "verteidigungsministerin", "wirtschaftsminister", "wirtschaftsministerin", "gesundheitsminister",
    "gesundheitsministerin", "bundespräsident", "bundespräsidentin", "staatschef", "staatschefin",
    "regierungschef", "regierungschefin", "sprecher", "sprecherin", "chef", "chefin", "vorsitzende",
    "vorsitzender", "general", "papst", "könig", "königin", "prinz", "prinzessin", "senator", "senatorin",
    "abgeordnete", "abgeordneter", "kommissarin", "kommissar", "trainer", "trainerin",
})
# Acronyms of organisations and places → German long forms (one concept per key; en.py has the English
# forms under the same keys, so "UN" = "Vereinte Nationen" = "United Nations").
# Acronyms of the table below that name a country, not an organisation.
ACRONYM_PLACES: frozenset[str] = frozenset({"USA", "BRD", "DDR", "UK", "UdSSR", "VAE", "GB"})
ACRONYMS: dict[str, tuple[str, ...]] = {
    "dpa": ("Deutsche Presse-Agentur",), "UN": ("Vereinte Nationen", "UNO"), "EU": ("Europäische Union",),
    # short forms of EU bodies, written as compounds: one identity with the long names in both languages
    "EU-Kommission": ("Europäische Kommission", "European Commission", "EU Commission"),
    "EU-Parlament": ("Europäisches Parlament", "European Parliament"),
    "USA": ("Vereinigte Staaten", "Vereinigte Staaten von Amerika", "US"), "NATO": ("Nato", "Nordatlantikpakt"),
    "EZB": ("Europäische Zentralbank",), "IWF": ("Internationaler Währungsfonds",),
    "WHO": ("Weltgesundheitsorganisation",), "BGH": ("Bundesgerichtshof",),
    "BVerfG": ("Bundesverfassungsgericht",), "SPD": ("Sozialdemokratische Partei Deutschlands",),
    "CDU": ("Christlich Demokratische Union",), "CSU": ("Christlich-Soziale Union",),
    "FDP": ("Freie Demokratische Partei",), "AfD": ("Alternative für Deutschland",),
    "BND": ("Bundesnachrichtendienst",), "BKA": ("Bundeskriminalamt",), "DGB": ("Deutscher Gewerkschaftsbund",),
    "AFP": ("Agence France-Presse",), "AP": ("Associated Press",), "KNA": ("Katholische Nachrichten-Agentur",),
    "epd": ("Evangelischer Pressedienst",), "ARD": ("Arbeitsgemeinschaft der öffentlich-rechtlichen Rundfunkanstalten",),
    "ZDF": ("Zweites Deutsches Fernsehen",), "BRD": ("Bundesrepublik Deutschland", "Deutschland"),
    "DDR": ("Deutsche Demokratische Republik",), "OSZE": ("Organisation für Sicherheit und Zusammenarbeit in Europa",),
    "UK": ("Vereinigtes Königreich", "Großbritannien"), "IOC": ("Internationales Olympisches Komitee",),
    "DFB": ("Deutscher Fußball-Bund",), "BMW": ("Bayerische Motoren Werke",), "VW": ("Volkswagen",),
}
# German names of places → their local and English names, so "Danzig", "Gdańsk" and "Gdansk" are one place.
# Countries and regions need no entry: the entity step maps CLDR territory names (babel) in both languages.
EXONYMS: dict[str, tuple[str, ...]] = {
    "Danzig": ("Gdańsk", "Gdansk"), "Köln": ("Cologne",), "München": ("Munich",), "Warschau": ("Warsaw", "Warszawa"),
    "Brüssel": ("Brussels", "Bruxelles"), "Moskau": ("Moscow", "Moskva"), "Kiew": ("Kyiv", "Kiev", "Kyjiw"),
    "Prag": ("Prague", "Praha"), "Wien": ("Vienna",), "Rom": ("Rome", "Roma"), "Mailand": ("Milan", "Milano"),
    "Venedig": ("Venice",), "Lissabon": ("Lisbon",), "Kopenhagen": ("Copenhagen",), "Athen": ("Athens",),
    "Peking": ("Beijing",), "Genf": ("Geneva", "Genève"), "Nürnberg": ("Nuremberg",), "Hannover": ("Hanover",),
    "Den Haag": ("The Hague",), "Breslau": ("Wrocław", "Wroclaw"), "Stettin": ("Szczecin",),
    "Krakau": ("Kraków", "Krakow", "Cracow"), "Sankt Petersburg": ("St. Petersburg", "Saint Petersburg"),
    "Belgrad": ("Belgrade",), "Bukarest": ("Bucharest",), "Nordsee": ("North Sea",), "Ostsee": ("Baltic Sea",),
    "Sachsen": ("Saxony",), "Bayern": ("Bavaria",), "Niedersachsen": ("Lower Saxony",), "Hessen": ("Hesse",),
    "Thüringen": ("Thuringia",), "Nordrhein-Westfalen": ("North Rhine-Westphalia",), "Mittelmeer": ("Mediterranean",),
    "Rhein": ("Rhine",), "Donau": ("Danube",), "Elbe": ("Elbe River",), "Lüttich": ("Liège", "Liege"),
    "Schwarzes Meer": ("Black Sea",), "Rotes Meer": ("Red Sea",), "Kaspisches Meer": ("Caspian Sea",),
    "Asowsches Meer": ("Sea of Azov", "Azov Sea"), "Ärmelkanal": ("English Channel",), "Bosporus": ("Bosphorus",),
    "Atlantik": ("Atlantic", "Atlantic Ocean"), "Pazifik": ("Pacific", "Pacific Ocean"),
    "Naher Osten": ("Middle East",), "Nordafrika": ("North Africa",), "Türkei": ("Turkey", "Türkiye"),
    "Posen": ("Poznań", "Poznan"), "Odessa": ("Odesa",), "Charkiw": ("Kharkiv", "Charkow", "Kharkov"),
    "Lemberg": ("Lviv", "Lwiw", "Lwów"), "Saporischschja": ("Zaporizhzhia", "Saporoschje"),
    "Sachsen-Anhalt": ("Saxony-Anhalt",), "Rheinland-Pfalz": ("Rhineland-Palatinate",),
    "Mecklenburg-Vorpommern": ("Mecklenburg-Western Pomerania",), "Baden-Württemberg": ("Baden-Wuerttemberg",),
}
# Suffix words that mark organisations; a gazetteer feature of the NER model.
ORG_CUE_WORDS: frozenset[str] = frozenset({
    "ag", "gmbh", "kg", "se", "e.v.", "partei", "verein", "verband", "bank", "universität", "institut",
    "ministerium", "bundesamt", "amt", "gericht", "stiftung", "gewerkschaft", "konzern", "gruppe", "agentur",
    "rat", "kommission", "behörde", "polizei", "fc", "sv", "vfl", "vfb", "tsv", "union", "holding", "inc",
    "ltd", "corp", "zeitung", "rundfunk",
})


# Function words that tell German text from English when an article has no language yet (ner.py).
NER_FUNCTION_WORDS: frozenset[str] = frozenset({
    "der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "auf", "für", "von", "den", "dem", "sich", "auch",
})
# Articles a span may start with; stripped from mentions (GermEval never includes them).
LEADING_ARTICLES: frozenset[str] = frozenset({"der", "die", "das", "des", "dem", "den"})
# Role words as the end of a compound ("Gewerkschaftschefin", "Regierungssprecher"): a leading word of a
# person span ending in one of these is a role, not part of the name.
ROLE_SUFFIXES: tuple[str, ...] = (
    "chef", "chefin", "gründer", "gründerin", "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin",
    "vorsitzende", "vorsitzender", "direktor", "direktorin", "leiter", "leiterin", "führer", "führerin",
    "meister", "meisterin", "trainer", "trainerin", "kanzler", "kanzlerin", "senator", "senatorin",
    "experte", "expertin", "analyst", "analystin", "kommissar", "kommissarin", "sekretär", "sekretärin",
)
# Words the GermEval-trained model tags but our MISC excludes (currencies, generic words; samples/FORMAT.md:
# MISC is named events, laws and products). Compared case-folded against the whole mention.
NOT_ENTITIES: frozenset[str] = frozenset({
    "euro", "euros", "dollar", "us-dollar", "pfund", "franken", "rubel", "yuan", "yen", "cent", "bitcoin",
    "internet", "darknet",
    # documents cited as a source ("Laut Anklage", "laut Gutachten"): the model takes them for a name there
    "anklage", "anklageschrift", "urteil", "gutachten", "studie", "umfrage", "statistik", "haftbefehl",
    "polizeibericht",
})
# Nouns that follow a name as the object of a verb in second position ("hat die Staatsanwaltschaft Bochum
# Anklage erhoben", "legte Halle Berufung ein") and never end one: trimmed off a mention's end.
# Finite verbs no name holds: a span the model ran over one ends before it ("Universität hatte Sönnichsen").
NAME_BREAKING_VERBS: frozenset[str] = frozenset({
    "hat", "hatte", "hatten", "haben", "ist", "war", "waren", "sind", "wird", "wurde", "wurden", "werden", "soll",
    "sollen", "kann", "können", "muss", "müssen", "sagte", "sagt", "teilte", "erklärte",
})
NOT_NAME_LAST_WORDS: frozenset[str] = frozenset({
    "anklage", "klage", "berufung", "revision", "beschwerde", "einspruch", "strafanzeige", "anzeige", "insolvenz",
    "widerspruch",
})
# Nouns that say what kind of organisation a name is ("die Gewerkschaft Hafenunion Nord", "der
# Wagniskapitalfonds Elstertal Ventures"): before a capitalised name they are no part of it, as in
# the sample gold and GermEval. Compounds count by their head ("Investmentgesellschaft"). Words that
# start real names ("Verband der …", "Bank of …", "Sparkasse") are not listed; a lower-case word
# after the descriptor keeps it ("Verband der Hafenbetriebe Nord").
ORG_DESCRIPTOR_HEADS: tuple[str, ...] = (
    "gewerkschaft", "konzern", "unternehmen", "firma", "gesellschaft", "fonds", "club", "klub", "verein",
    "partei", "hersteller", "betreiber", "reederei", "agentur", "zeitung", "sender", "start-up", "startup",
    "investor", "dienstleister", "versorger", "versicherer", "discounter", "kette", "gruppe",
    "holding", "autobauer", "airline", "wählervereinigung", "wählergemeinschaft", "anbieter", "marke",
    # kinds of bank ("die Privatbank Bankhaus Hallerstein & Co."); "Landesbank", "Bank" open real names
    "privatbank", "großbank", "investmentbank", "direktbank", "regionalbank",
)
# Words right before a repeated surname that make it a common noun ("im Keller", "ein Koch"): ner.py
# does not propagate a person's name there.
NOT_NAME_BEFORE: frozenset[str] = frozenset({
    "der", "die", "das", "des", "dem", "den", "im", "am", "vom", "zum", "zur", "beim", "ein", "eine", "einen",
    "einem", "einer", "eines", "kein", "keine", "keinen",
})
# Last words that make a name an organisation whatever the model says ("Halvorsen Capital", "Baltic
# Meridian Lines", "Elbtainer AG"); ner.py retypes PER/LOC mentions ending in one (case-folded).
# Legal forms after a company name ("Elbtainer AG"): the article calls it by the name alone too
# ("Elbtainer"), so entity_spans.py looks for the bare name again.
# Landmarks named by a place adjective ("Hamburger Hafen", "Frankfurter Flughafen"): the model reads
# the adjective as LOCderiv; with one of these nouns right after it, the two words are one place.
LOC_LANDMARK_HEADS: frozenset[str] = frozenset({
    "hafen", "hafens", "flughafen", "flughafens", "hauptbahnhof", "hauptbahnhofs", "dom", "doms", "hafencity",
    "innenstadt", "altstadt", "hafengebiet", "bucht",
})
# Elected bodies named by a place adjective ("Kölner Stadtrat", "sächsischen Landtag") are one organisation
# the same way: the body of that place, as the sample gold annotates them (GermEval tags only the adjective,
# as LOCderiv).
ORG_DERIV_HEADS: frozenset[str] = frozenset({
    "stadtrat", "stadtrats", "stadtrates", "gemeinderat", "gemeinderats", "kreistag", "kreistags", "landtag",
    "landtags", "landtages", "stadtparlament", "stadtparlaments", "bürgerschaft", "abgeordnetenhaus",
    "abgeordnetenhauses",
})
# "<institution> der/für <name>" is one organisation the model often misses ("Verband der Hafenbetriebe
# Nord", "Landesstelle für Bahnunfalluntersuchung", "Bundesamt für Migration und Flüchtlinge"):
# the head word ends in one of these, the name after the linking word is one or two capitalised words.
ORG_INSTITUTION_ENDINGS: tuple[str, ...] = (
    "verband", "stelle", "anstalt", "institut", "amt", "ministerium", "kammer", "behörde", "kommission",
    "agentur", "stiftung", "akademie", "gewerkschaft", "zentrale", "bundesverband", "vereinigung",
)
# "zur"/"zum" mostly start a purpose ("Ministerium zur Vorbereitung"), and the bare words "Amt" and
# "Stelle" an office or a place ("Amt des Bürgermeisters", "Stelle des Unfalls"): seen on 10kGNAD text.
ORG_INSTITUTION_LINKS: frozenset[str] = frozenset({"der", "des", "für"})
ORG_INSTITUTION_NOT_ALONE: frozenset[str] = frozenset({"amt", "stelle"})
# A purpose opens a name where a compound institution head, "zur"/"zum", a noun in "-ung" and its genitive or
# "von" object follow each other ("Zentralstelle zur Bekämpfung der Internetkriminalität"); one such span in
# the 10kGNAD test split ("Opferschutzkommission zur Aufarbeitung von Missbrauchsfällen"), a name too.
ORG_PURPOSE_LINKS: frozenset[str] = frozenset({"zur", "zum"})
# Heads of German water and region names that open with an inflected adjective ("am Schwarzen Meer",
# "das Rote Meer", "im Nahen Osten"); the adjective is capitalised only because it is part of the name.
PLACE_ADJECTIVE_HEADS: frozenset[str] = frozenset({"Meer", "Meeres", "Ozean", "Ozeans"})
# Regions named by a fixed adjective + "Osten"/"Westen" (not every adjective: "der Wilde Westen" is a myth).
PLACE_ADJECTIVE_REGIONS: frozenset[str] = frozenset({
    "Nahe Osten", "Nahen Osten", "Nahen Ostens", "Mittlere Osten", "Mittleren Osten", "Mittleren Ostens",
    "Ferne Osten", "Fernen Osten", "Fernen Ostens",
})
# An acronym that opens a compound names the whole organisation when the second part is one of its bodies
# ("EU-Kommission", "UN-Sicherheitsrat"), but not a role or a topic ("EU-Fischereiminister", "EU-Gipfel").
ACRONYM_BODY_HEADS: tuple[str, ...] = (
    "kommission", "parlament", "sicherheitsrat", "rat", "gericht", "gerichtshof", "behörde", "agentur",
    "zentrale", "generalversammlung", "vollversammlung", "mission",
)
# Endings of adverbs and adjectives that open a sentence capitalised ("Kommissarisch übernimmt …",
# "Finanziell steht …"): a lone such word there, capitalised nowhere else in the article, is no name.
NOT_NAME_ENDINGS_AT_SENTENCE_START: tuple[str, ...] = ("isch", "lich", "weise", "ell")
# Region words closing an organisation's name ("Hafenunion Nord"): the article calls it by the rest
# alone too ("die Hafenunion"), so entity_spans.py looks for that short form again.
ORG_REGION_SUFFIXES: frozenset[str] = frozenset({"nord", "süd", "ost", "west", "nordost", "nordwest", "südost", "südwest", "mitte"})
# Ship prefixes: "MV Kestrel", "MS Europa" name a vessel (MISC, as GermEval's OTH), and the article
# calls it by the bare name too ("die Kestrel").
SHIP_PREFIXES: frozenset[str] = frozenset({"MV", "MS", "MT", "MY", "SS", "RMS", "HMS", "USS", "FGS", "HMAS"})
# Endings of one-word names of laws, ordinances and treaties ("Seilbahngesetz", "Getreideabkommen"): MISC
MISC_LAW_ENDINGS: tuple[str, ...] = ("gesetz", "gesetzes", "gesetzbuch", "gesetzbuchs", "gesetzbuches", "verordnung",
                                     "abkommen", "abkommens")
# ... except the general words: "das Gesetz", "ein Landesgesetz", "die Verordnung", "ein Abkommen"
MISC_LAW_GENERIC: frozenset[str] = frozenset({
    "gesetz", "gesetzes", "landesgesetz", "landesgesetzes", "bundesgesetz", "bundesgesetzes", "verordnung",
    "abkommen", "abkommens", "gesetzbuch", "gesetzbuchs", "rechtsverordnung", "landesverordnung",
    "bundesverordnung", "sondergesetz", "änderungsgesetz", "änderungsgesetzes", "freihandelsabkommen",
    "rahmenabkommen", "zusatzabkommen", "teilabkommen",
})
# Vessel nouns (and compounds ending in one) before a quoted name: "der Tanker „Merwede Ster“" names a ship
VESSEL_NOUN_ENDINGS: tuple[str, ...] = ("schiff", "schiffs", "schiffes", "tanker", "tankers", "frachter", "frachters",
                                        "fähre", "kutter", "kutters", "schlepper", "schleppers", "jacht", "yacht")
# Product nouns (and compounds ending in one) before a product's name: "die Warn-App LenzAlarm", "der
# Transporthubschrauber VK90 Condor", "die Schadsoftware MantisLock", "das Tourenrad Nordstern"
PRODUCT_NOUN_ENDINGS: tuple[str, ...] = (
    "app", "software", "marke", "hubschrauber", "hubschraubers", "modell", "modells", "medikament", "medikaments",
    "präparat", "präparats", "antibiotikum", "impfstoff", "impfstoffs", "tourenrad", "rennrad", "e-bike",
)
PRODUCT_NOUNS_AFTER: frozenset[str] = frozenset()
# Rivers: "die Oder", "an der Elbe", "Frankfurt (Oder)", "Landsberg an der Warthe". The model misses a river
# whose name is also a word ("Oder"), so a river after an article or preposition is a place.
RIVERS: frozenset[str] = frozenset({
    "Oder", "Elbe", "Rhein", "Donau", "Main", "Weser", "Neiße", "Spree", "Havel", "Mosel", "Saale", "Ems", "Isar",
    "Ruhr", "Lahn", "Neckar", "Warthe", "Weichsel", "Moldau", "Wolga", "Dnipro", "Dnjepr", "Themse", "Seine", "Loire",
    "Maas", "Schelde", "Memel", "Peene", "Unstrut", "Werra", "Fulda", "Lippe", "Sieg", "Ahr", "Nahe", "Saar",
})
# Nouns of geography closing a name of two or more words make it a place whatever the model said
# ("Deutsche Bucht", "German Bight"): entity_spans.harmonise retypes such names.
LOC_FEATURE_LAST_WORDS: frozenset[str] = frozenset({"bucht", "see", "meer", "insel", "inseln", "halbinsel", "küste", "tal", "gebirge", "kanal", "förde", "nehrung", "bodden"})
# German place names come from the model's gazetteer features (ner._gazetteer_place); see en.py.
KNOWN_PLACES: frozenset[str] = frozenset()
# Facilities are places (samples/FORMAT.md writes the convention down): an organisation-typed name holding a
# word with one of these endings is one ("Chemiepark Hollbruch", "Stadion am Kanal", "Rheinpfeil-Arena").
LOC_FACILITY_ENDINGS: tuple[str, ...] = ("chemiepark", "chemieparks", "industriepark", "industrieparks", "stadion",
                                         "stadions", "arena", "brücke", "stahlwerk", "stahlwerks", "kraftwerk",
                                         "kraftwerks", "hüttenwerk", "hüttenwerks", "campus", "technologiepark",
                                         "technologieparks", "gewerbepark", "gewerbeparks")
# ... which name the facility when they open its name ("Stahlwerk Wellesweiler": entity_spans._facility_names)
LOC_FACILITY_HEADS: tuple[str, ...] = LOC_FACILITY_ENDINGS
# Prepositions that put a one-word name somewhere: "aus Wellesweiler" is a place, never a person (not "nach",
# "bei" or "von": "nach Müller", "bei Müller", "von Müller" name people)
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"in", "aus", "nahe"})
# Grammatical gender of a name's head noun by its ending, for the display form of "<adjective> <noun>"
# names seen only inflected ("des Deutschen Kutterfischerverbands" → "Deutscher Kutterfischerverband",
# "in der Deutschen Bucht" → "Deutsche Bucht"): entity_corpus.py writes the adjective's strong ending.
NAME_HEAD_GENDER_ENDINGS: dict[str, tuple[str, ...]] = {
    "f": ("ung", "heit", "keit", "schaft", "ion", "tät", "bahn", "bank", "bucht", "behörde", "union", "agentur",
          "kommission", "partei", "kammer", "stiftung", "akademie", "hochschule", "universität", "küste", "insel",
          "armee", "polizei", "regierung", "zeitung", "liga", "kirche", "initiative", "vereinigung"),
    "m": ("verband", "verbund", "bund", "rat", "tag", "verein", "konzern", "club", "klub", "kreis", "fonds", "senat",
          "gerichtshof", "dienst", "rundfunk", "sender", "ozean", "osten", "krieg"),
    "n": ("institut", "amt", "ministerium", "werk", "gericht", "zentrum", "kreuz", "parlament", "komitee", "büro",
          "forum", "museum", "theater", "orchester", "meer", "haus", "land", "gesetz"),
}
# Adjective stems that take those endings ("Deutsch-", "Sächsisch-", "Europäisch-", "Rot-").
NAME_ADJECTIVE_STEM_ENDINGS: tuple[str, ...] = ("isch", "sch", "lich", "ig", "al", "ell")
NAME_ADJECTIVE_STEMS: frozenset[str] = frozenset({"neu", "alt", "rot", "grün", "schwarz", "weiß", "hoh", "groß",
                                                  "klein", "frei", "vereinigt", "erst", "zweit", "tot", "nah",
                                                  "fern", "mittler"})
# Institutions a German article names by the bare noun once it has named the body ("die Staatsanwaltschaft",
# "im Kreistag", "des Landeskriminalamts"): each means one particular body, so the noun alone is an ORG mention
# (entity_spans.bare_institutions) and resolves to the article's full name with that noun (entity_article).
# Generic nouns that need not mean one body stay out ("das Gericht", "die Polizei", "das Ministerium").
ORG_BARE_INSTITUTIONS: frozenset[str] = frozenset({
    "staatsanwaltschaft", "generalstaatsanwaltschaft", "kreistag", "kreisverwaltung", "landeskriminalamt",
    "landratsamt", "landgericht", "oberlandesgericht", "oberverwaltungsgericht", "bezirksregierung",
    "landesregierung", "bundesregierung", "landtag", "bundestag", "stadtrat", "gemeinderat", "senatsverwaltung",
    "rechnungshof", "landesrechnungshof", "amtsgericht",
    "landesdirektion", "veterinäramt", "kreisveterinäramt", "gesundheitsamt", "landesamt", "kartellamt",
    "wasserschutzpolizei",
})
# Acronyms of those nouns ("das LKA" = "das Landeskriminalamt"): as generic as the noun, so an acronym written
# alone is the article's body of that noun, not one corpus-wide "LKA" (every state has one). Only acronyms
# with no other common reading ("LG", "AG" are firms too).
ORG_BARE_INSTITUTION_ACRONYMS: dict[str, str] = {
    "lka": "Landeskriminalamt", "sta": "Staatsanwaltschaft", "olg": "Oberlandesgericht",
    "ovg": "Oberverwaltungsgericht", "lra": "Landratsamt", "gsta": "Generalstaatsanwaltschaft",
}
# The level of government a bare noun's body belongs to: a body no article names in full is shown with the
# place of its level that its story names ("Landtag" in a story about Niedersachsen → "Landtag Niedersachsen",
# "Stadtrat" under a Dresden dateline → "Stadtrat Dresden"; entity_institutions). Ministries ("…ministerium")
# are the state's unless federal ("Bundes…"). Nouns not listed keep the bare noun.
ORG_BARE_INSTITUTION_LEVELS: dict[str, str] = {
    "landtag": "state", "landesregierung": "state", "landeskriminalamt": "state", "landesamt": "state",
    "landesrechnungshof": "state", "landesdirektion": "state",
    "kreistag": "county", "kreisverwaltung": "county", "landratsamt": "county", "kreisveterinäramt": "county",
    "veterinäramt": "county",
    "stadtrat": "city", "gemeinderat": "city", "staatsanwaltschaft": "city", "landgericht": "city",
    "amtsgericht": "city", "oberlandesgericht": "city", "gesundheitsamt": "city",
    "wasserschutzpolizei": "city", "bezirksregierung": "city",
}
# Ministries only the federal government has: never a state's.
FEDERAL_MINISTRIES: frozenset[str] = frozenset({"verteidigungsministerium", "außenministerium"})
# German and Austrian states, the places of the "state" level. The city states are left out: their bodies
# have other names (Senat, Bürgerschaft, Abgeordnetenhaus), and a story names Berlin or Hamburg as a city.
STATES: frozenset[str] = frozenset({
    "Baden-Württemberg", "Bayern", "Brandenburg", "Hessen", "Mecklenburg-Vorpommern",
    "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt",
    "Schleswig-Holstein", "Thüringen", "Tirol", "Vorarlberg", "Kärnten", "Steiermark", "Oberösterreich",
    "Niederösterreich", "Burgenland",
})
# A state parliament named after its seat ("der Erfurter Landtag", "im Magdeburger Landtag") is shown by its
# official name (the parliaments' own usage; Berlin, Bremen and Hamburg have no "Landtag").
SEAT_PARLIAMENTS: dict[str, str] = {
    "Stuttgarter": "Landtag von Baden-Württemberg", "Münchner": "Bayerischer Landtag",
    "Potsdamer": "Landtag Brandenburg", "Wiesbadener": "Hessischer Landtag",
    "Schweriner": "Landtag Mecklenburg-Vorpommern", "Hannoverscher": "Niedersächsischer Landtag",
    "Düsseldorfer": "Landtag Nordrhein-Westfalen", "Mainzer": "Landtag Rheinland-Pfalz",
    "Saarbrücker": "Landtag des Saarlandes", "Dresdner": "Sächsischer Landtag",
    "Magdeburger": "Landtag von Sachsen-Anhalt", "Kieler": "Schleswig-Holsteinischer Landtag",
    "Erfurter": "Thüringer Landtag",
}
# Particles inside a person's name ("Henk van der Veen", "Marieke ten Brink", "Ursula von der Leyen"), longest
# first. The Dutch ones also open a surname written without its first name ("sagte van der Veen", "Frau ten
# Brink"); the German "von"/"zu" are prepositions as often, so they join only two parts the model tagged a person.
PERSON_NAME_PARTICLES: tuple[str, ...] = (
    "van der", "van den", "van de", "van het", "von der", "von dem", "de la", "van", "von", "vom", "ten", "ter",
    "te", "de", "del", "della", "da", "di", "dos", "du", "zu",
)
PERSON_SURNAME_PARTICLES: frozenset[str] = frozenset({"van der", "van den", "van de", "van het", "van", "ten", "ter"})
# Words that open a county's name and are left out after the body's noun ("Landkreis Vilsau" → "Kreistag Vilsau").
COUNTY_PREFIXES: tuple[str, ...] = ("Landkreis ", "Kreis ")
# ... and compounds ending in this noun, with a field before it ("Verteidigungsministerium",
# "Gesundheitsministeriums"); "Ministerium" alone is generic.
ORG_BARE_INSTITUTION_SUFFIX: str = "ministerium"
# Sports-club prefixes that belong to the club's full name ("FC Schachtwerk Herne" beside "Schachtwerk Herne").
ORG_CLUB_PREFIXES: frozenset[str] = frozenset({"FC", "SC", "SV", "TSV", "VfB", "VfL", "SpVgg", "TuS", "BV", "FSV",
                                               "SG", "SSV", "TSG", "1. FC", "1. FSV", "AC", "AS", "CF", "FK", "KS"})
ORG_LEGAL_FORMS: frozenset[str] = frozenset({"ag", "gmbh", "se", "kg", "kgaa", "e.v.", "ev", "mbh", "ug", "ohg", "gbr",
                                               "s.a.", "n.v.", "b.v.", "s.p.a.", "a/s", "plc", "ltd", "ltd.", "inc", "inc.",
                                               "a.s.", "s.r.o.", "d.o.o.", "kft.", "s.r.l.", "oy", "oyj", "asa", "nv",
                                               "bv", "llc", "llp"})
# Federal bodies are one word: "Bundes" + an institution noun ("Bundesrechnungshof", "Bundeskartellamt"); each
# names the one national body, an organisation the model often leaves untagged.
ORG_FEDERAL_PREFIX: str = "Bundes"
ORG_FEDERAL_ENDINGS: tuple[str, ...] = (
    "hof", "amt", "agentur", "gericht", "bank", "wehr", "tag", "rat", "regierung", "anstalt", "zentrale", "kammer",
    "behörde", "polizei", "verwaltung", "archiv", "institut", "ministerium", "kanzleramt", "präsidialamt",
)
# Endings of a first word that make a name of two or more words an organisation ("Bauernverband Elbe-Weser",
# "Landgericht Dresden", "Pflegebund West"), whatever the model said.
ORG_FIRST_WORD_ENDINGS: tuple[str, ...] = (
    "verband", "verein", "bund", "gewerkschaft", "partei", "institut", "stiftung", "konzern", "werke", "kammer",
    "genossenschaft", "gericht", "ministerium", "behörde", "agentur", "klinikum", "forum",
)
ORG_LAST_WORDS: frozenset[str] = frozenset({
    "ag", "gmbh", "kg", "se", "e.v.", "verband", "verein", "bank", "stiftung", "gewerkschaft", "konzern",
    "gruppe", "holding", "capital", "group", "lines", "airlines", "energy", "partners", "holdings", "systems",
    "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.", "plc", "werke", "union", "partei", "institut",
})
# Institution words that make "<word> <place>" one organisation name ("Stadt Köln", "Polizei Niederbayern",
# "Staatsanwaltschaft Dresden", "Landgericht Dresden"): entity_spans.py merges the word and the model's LOC
# mention after it into one ORG. Not "Landkreis"/"Freistaat": those name places (samples/FORMAT.md).
ORG_PLACE_HEADS: frozenset[str] = frozenset({
    "stadt", "gemeinde", "polizei", "polizeidirektion", "polizeipräsidium", "staatsanwaltschaft",
    "generalstaatsanwaltschaft", "landgericht", "landgerichts", "amtsgericht", "amtsgerichts",
    "oberlandesgericht", "oberlandesgerichts", "verwaltungsgericht", "verwaltungsgerichts", "universität",
    "hochschule", "stadtwerke", "handelskammer", "handwerkskammer", "bistum", "erzbistum", "landesregierung",
    "stadtrat", "gemeinderat", "kreistag", "stadtverwaltung", "kreisverwaltung",
})
# ... of which courts, prosecutors and police headquarters carry their seat's full name: "Landgericht Frankfurt"
# is the "Landgericht Frankfurt am Main", "Amtsgericht Halle" the "Amtsgericht Halle (Saale)"
ORG_SEAT_HEADS: frozenset[str] = frozenset({
    "staatsanwaltschaft", "generalstaatsanwaltschaft", "landgericht", "amtsgericht", "oberlandesgericht",
    "verwaltungsgericht", "sozialgericht", "arbeitsgericht", "finanzgericht", "polizeipräsidium",
})
# Words that make "<word> <place>" one place name ("Freistaat Sachsen", "Landkreis Regensburg", "Halbinsel
# Hel"): the official name includes them. Not "Kreis": news writes "im Kreis Gifhorn" for the place Gifhorn.
LOC_PLACE_HEADS: frozenset[str] = frozenset({"freistaat", "freistaats", "landkreis", "landkreises", "halbinsel"})
# ... of which these name the same place as the bare name ("Freistaat Sachsen" is Sachsen), while a
# "Landkreis Regensburg" is another entity than the city: identity keys drop only these.
LOC_SAME_PLACE_HEADS: frozenset[str] = frozenset({"freistaat", "freistaats", "halbinsel"})
# ... and of those, the state titles are not shown either ("Freistaats Bayern" is shown as "Bayern"), while
# "Halbinsel Hel" is the name the place goes by.
LOC_STATE_TITLES: frozenset[str] = frozenset({"freistaat", "freistaats"})
# Heads of institution compounds that do the same ("Landesförderinstitut Sachsen", "Steuerzahlerinitiative
# Mitteldeutschland", "Landesamt Sachsen"): matched as the end of the word before the place.
ORG_PLACE_HEAD_ENDINGS: tuple[str, ...] = (
    "institut", "initiative", "verband", "verbund", "kammer", "gericht", "behörde", "agentur", "ministerium",
    "anstalt", "stiftung", "amt", "direktion", "staatsanwaltschaft", "polizei", "regierung", "werke",
    "feuerwehr", "klinikum", "kliniken", "bund",
)
# Role nouns before a name that make it a person (entity_spans.titled_persons): the German model finds
# persons after roles well, so only the courtesy titles below decide there.
PERSON_ROLE_WORDS: frozenset[str] = frozenset()
# Courtesy titles that belong to a person mention's span ("Herr Berger", "Hr Keller" in farm copies),
# unlike roles ("Präsident"), which stay outside it. ner.py extends PER spans over them.
COURTESY_TITLES: frozenset[str] = frozenset({"herr", "herrn", "frau", "hr", "hr.", "fr.", "hrn."})


# --- extract: quotes — cue verbs, patterns, roles, pronouns, media (extract/quotes.py) ----------
# Saying verbs in the forms news text uses (3rd person present/past, singular and plural). A cue next to
# a quote or a reported clause is what makes it speech; "hinzu"/"mit"/"an"/"ein" particles are allowed
# after the speaker ("fügte er hinzu", "teilte das Ministerium mit").
QUOTE_CUE_VERBS: frozenset[str] = frozenset({
    # participles of the perfect and pluperfect ("„…“, hatte er den Abgeordneten gesagt", "hat eingeräumt, …")
    "gesagt", "mitgeteilt", "eingeräumt", "angekündigt",
    "sagte", "sagten", "sagt", "sagen", "erklärte", "erklärten", "erklärt", "betonte", "betonten", "betont",
    "kritisierte", "kritisierten", "kritisiert", "warnte", "warnten", "warnt", "fügte", "fügten", "fügt",
    "teilte", "teilten", "teilt", "meinte", "meint", "ergänzte", "ergänzt", "unterstrich", "unterstreicht",
    "versicherte", "versichert", "bekräftigte", "bekräftigt", "räumte", "räumt", "forderte", "fordert",
    "kündigte", "kündigt", "bestätigte", "bestätigt", "berichtete", "berichteten", "berichtet", "schrieb",
    "schreibt", "verkündete", "verkündet", "sprach", "spricht", "mahnte", "mahnt", "stellte", "stellt",
    "hieß", "heißt", "argumentierte", "argumentiert", "beklagte", "beklagt", "lobte", "lobt", "rief",
    "erinnerte", "erinnert", "kommentierte", "kommentiert", "bilanzierte", "resümierte", "zitierte",
    "verwies", "verweist", "wies", "weist", "glaubt", "glaubte", "hofft", "hoffte", "fragte", "fragt", "antwortete",
    "entgegnete", "widersprach", "verteidigte", "bezeichnete", "bezeichnet", "nannte", "nennt", "gab",
    "gibt", "äußerte", "äußert", "erwiderte", "bekannte", "zeigte", "schilderte", "beschrieb", "twitterte",
    "schrie", "sprachen", "riefen", "meldete", "meldet", "behauptete", "behauptet", "versprach",
    "verspricht", "drohte", "droht", "kündigten", "erklären", "betonen", "fordern", "warnen", "erzählte",
    "erzählt", "dachte", "denkt", "fürchtete", "fürchtet", "befürchtete", "befürchtet", "vermutete", "vermutet",
    "schätzte", "schätzt", "wertete", "wertet", "glauben", "meinen", "vermuten",
    "behaupten", "versicherten", "bemängelte", "bemängelt", "bemängeln", "bestritt", "bestreitet", "warf",
    "wirft", "werfen", "begründete", "begründet", "enthüllte", "enthüllt", "rechnet", "rechnete", "monierte",
    "moniert", "kritisieren",
    # a figure put on record: "Das Landratsamt bezifferte den Schaden auf …" (its Konjunktiv sentences follow)
    "bezifferte", "beziffert", "bezifferten",
    # advice and accusation: "…, rät das Ministerium", "Ihm wird vorgeworfen, … zu …"
    "rät", "riet", "empfahl", "empfiehlt", "vorgeworfen",
    # complaint, assurance, explanation, denial and the manner-of-speaking verbs of news prose
    "klagte", "klagt", "klagten", "beklagten", "erläuterte", "erläutert", "erläuterten", "beteuerte", "beteuert",
    "beteuerten", "bedauerte", "bedauert", "verlangte", "verlangt", "verlangten", "forderten", "mahnten",
    "bestätigten", "bekräftigten", "ergänzten", "dementierte", "dementiert", "dementierten", "gestand", "gesteht",
    "prognostizierte", "prognostiziert", "urteilte", "urteilt", "präzisierte", "spottete", "schimpfte", "jubelte",
    "seufzte", "polterte", "wetterte", "stöhnte", "appellierte", "appelliert", "hob", "hebt", "machte", "macht",
    "hielt", "hält", "führte", "wandte", "wendet", "ließ", "sicherte", "sichert", "schloss", "gaben", "räumten",
    "zeigten", "dankte", "dankt", "wiederholte", "wiederholt",
    # "…, bat der Wasserverband", "…, errechnete das Amt", "…, lässt er über seinen Anwalt erklären"
    "bat", "baten", "bittet", "errechnete", "errechnet", "lässt", "ließen",
})
# Particle verbs are cues only with their particle later in the sentence: "fügte … hinzu", "teilte … mit",
# "gab … an"; without it they mean something else ("gab ihr einen Schlag", "stellte die Weichen").
QUOTE_CUE_PARTICLES: dict[str, tuple[str, ...]] = {
    "fügte": ("hinzu",), "fügten": ("hinzu",), "fügt": ("hinzu",), "teilte": ("mit",), "teilten": ("mit",),
    "teilt": ("mit",), "räumte": ("ein",), "räumt": ("ein",), "kündigte": ("an",), "kündigten": ("an",),
    "kündigt": ("an",), "gab": ("an", "bekannt", "zu"), "gibt": ("an", "bekannt", "zu"), "stellte": ("klar", "fest"),
    "stellt": ("klar", "fest"), "zeigte": ("überzeugt", "zuversichtlich", "optimistisch", "besorgt", "enttäuscht", "erleichtert", "empört",
               "zufrieden", "skeptisch", "entsetzt", "überrascht"),
    "zeigten": ("überzeugt", "zuversichtlich", "optimistisch", "besorgt", "enttäuscht", "erleichtert", "empört",
                "zufrieden", "skeptisch", "entsetzt", "überrascht"),
    "rief": ("auf", "zu"), "sprach": ("von", "vom"), "spricht": ("von", "vom"), "verwies": ("darauf",), "verweist": ("darauf",),
    "hieß": ("es",), "heißt": ("es",), "erinnerte": ("daran",), "erinnert": ("daran",), "bekannte": ("sich",),
    "wies": ("hin", "zurück"), "weist": ("hin", "zurück"), "warf": ("vor",), "wirft": ("vor",), "werfen": ("vor",),
    "rechnet": ("damit", "vor"), "rechnete": ("damit", "vor"),
    "appellierte": ("an",), "appelliert": ("an",), "hob": ("hervor",), "hebt": ("hervor",),
    "machte": ("deutlich", "klar"), "macht": ("deutlich", "klar"), "hielt": ("dagegen", "entgegen", "fest", "für"),
    "hält": ("dagegen", "entgegen", "fest", "für"), "führte": ("aus",), "wandte": ("ein",), "wendet": ("ein",),
    "ließ": ("mitteilen", "wissen", "verlauten", "erklären", "ausrichten"),
    "lässt": ("mitteilen", "wissen", "verlauten", "erklären", "ausrichten"),
    "ließen": ("mitteilen", "wissen", "verlauten", "erklären", "ausrichten"), "sicherte": ("zu",), "sichert": ("zu",),
    "schloss": ("aus",), "gaben": ("an", "bekannt", "zu"), "räumten": ("ein",),
}
# Saying verbs followed by the listener, never by the speaker ("told Reuters"): the speaker precedes them.
QUOTE_CUE_LISTENER_AFTER: frozenset[str] = frozenset()
# "…, hieß es im Fanbündnis Südkurve 1921": an impersonal cue names its source in a prepositional phrase after
# "es"; "Darin heißt es, …" quotes a document, which is the organisation named just before it.
QUOTE_IMPERSONAL_CUES: frozenset[str] = frozenset({"hieß", "heißt"})
QUOTE_IMPERSONAL_SOURCE_PREPS: frozenset[str] = frozenset({"aus", "im", "in", "beim", "bei", "von", "vom", "seitens"})
QUOTE_DOCUMENT_FRONT: str = (
    r"^\W*(?:darin|dort|(?:in|im)\s+(?:dem|der|einem|einer|ihrem|seinem|seiner|ihrer)?\s*"
    r"(?:bericht|zwischenbericht|abschlussbericht|schreiben|brief|papier|mitteilung|erklärung|stellungnahme|"
    r"gutachten|urteil|entwurf|antrag|dokument|protokoll|beschluss)\w*)\s*$"
)
# Participles after a main clause: none in German news style ("…, sagend" is translationese).
QUOTE_CUE_PARTICIPLES: frozenset[str] = frozenset()
# Cues with a zu-infinitive as content are handled by the clause test ("warf ihm vor, … zu beschädigen").
QUOTE_CUE_NONFINITE: frozenset[str] = frozenset()
# Words that cannot open a source phrase before a clause-final cue (German inverts: ", sagte Müller").
QUOTE_NOT_SOURCE_STARTS: frozenset[str] = frozenset({"der", "die", "das", "welche", "welcher", "welches"})
# Machine-translated German keeps the English order of "…, she said." ("…, sie sagte."): these past forms end
# such a frame after their subject (quote_indirect._translated_frame); participles and infinitives do not
# ("hat … erklärt", "wollte … nicht sagen").
QUOTE_TRANSLATED_FRAME_VERBS: frozenset[str] = frozenset({
    "sagte", "sagten", "erzählte", "erzählten", "erklärte", "erklärten", "warnte", "warnten", "schrieb", "schrieben",
})
# Before its clause ("X sagt, die Kosten sind höher", "X hat gesagt, die Arbeit war unvermeidbar") a present or
# perfect saying verb opens a reported clause in any mood too: "says" and "has said" translated word for word,
# and colloquial German besides. Only before the clause; at the end these forms are native order.
QUOTE_TRANSLATED_OPENING_VERBS: frozenset[str] = QUOTE_TRANSLATED_FRAME_VERBS | frozenset({
    "sagt", "sagen", "gesagt", "erklärt", "schreibt",
})
# English zero-"that" clauses (see en.py); German reported clauses carry Konjunktiv or "dass".
QUOTE_CLAUSE_SUBJECTS: frozenset[str] = frozenset()
QUOTE_PAST_FORMS: frozenset[str] = frozenset()
QUOTE_FINITE_AUXILIARIES: frozenset[str] = frozenset()
QUOTE_ZERO_THAT_CUES: frozenset[str] = frozenset()
# Words opening a subordinate clause: a verb at its end belongs to it, not to a frame ("…, was die Leute sagten").
QUOTE_SUBORDINATORS: frozenset[str] = frozenset({
    "was", "wie", "wo", "als", "wenn", "weil", "dass", "daß", "ob", "obwohl", "während", "nachdem", "bevor",
    "damit", "wer", "welche", "welcher", "welches", "deren", "dessen", "womit", "worüber", "wofür", "wovor", "so",
    "und", "aber", "oder", "denn", "sondern", "doch", "seit", "bis", "falls", "sobald", "solange", "über", "von",
})
# Prepositions: a name right after one is no subject ("Sommerfeld von der größten Oppositionsfraktion sprach").
QUOTE_PREPOSITIONS: frozenset[str] = frozenset({
    "von", "vom", "bei", "beim", "aus", "mit", "für", "in", "im", "an", "am", "auf", "gegen", "über", "zu", "zum", "zur",
})
# Determiners of an object after a saying verb, never its subject: "forderte den Oberbürgermeister auf, …".
QUOTE_OBJECT_DETERMINERS: frozenset[str] = frozenset({"den", "dem", "einen", "einem"})
# Prepositional cues: the speaker follows "laut X", "nach Angaben von X"; precedes "X zufolge".
QUOTE_CUE_BEFORE_SPEAKER: tuple[str, ...] = (
    "nach Angaben von", "nach Angaben der", "nach Angaben des", "nach Worten von", "nach Worten der",
    "nach Worten des", "nach Aussage von", "nach Ansicht von", "nach Angaben aus", "nach Angaben",
    "nach eigenen Angaben", "nach seinen Angaben", "nach ihren Angaben", "nach eigenen Worten",
    "nach Polizeiangaben", "nach Vereinsangaben", "nach Unternehmensangaben", "nach Behördenangaben",
    "nach Regierungsangaben", "nach Informationen", "laut", "so",
)
QUOTE_CUE_AFTER_SPEAKER: tuple[str, ...] = ("zufolge",)
# Konjunktiv I (and the Konjunktiv II forms that replace it) marks reported speech: "er sei", "man werde".
QUOTE_SUBJUNCTIVE: frozenset[str] = frozenset({
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge",
    "gebe", "liege", "stehe", "gehe", "komme", "bleibe", "wisse", "brauche", "handle", "handele", "wäre",
    "wären", "hätte", "hätten", "würde", "würden", "könnten", "müssten", "sollten", "dürften", "plane",
    "arbeite", "halte", "sehe", "trage", "fehle", "lasse", "biete", "zeige", "spiele", "denke", "finde",
    # Konjunktiv I forms ending in -te/-de, which the "-te is past tense" test would otherwise refuse
    "koste", "leiste", "gelte", "bedeute", "fürchte", "warte", "achte", "leite", "richte", "erwarte", "starte",
    "rate", "trete", "vertrete", "werte", "melde", "wende", "sende", "bilde", "entscheide", "leide",
})
# Lowercase words in -e after a subject that are not verbs, so "der Streik koste" reads as Konjunktiv I
# but "die Firma keine …" does not.
QUOTE_NOT_VERBS: frozenset[str] = frozenset({
    "eine", "keine", "seine", "ihre", "diese", "jede", "alle", "viele", "gerne", "heute", "ohne", "beide",
    "einige", "meine", "unsere", "welche", "solche", "ganze", "große", "erste", "neue", "hohe", "kleine",
    "lange", "gute", "deine", "eure", "manche", "wenige", "andere", "gestern", "bereits", "nie", "ebenfalls",
    "wurde", "gerade", "sehr", "nächste", "letzte", "größte", "beste", "halbe", "eigene", "ebenso",
})
# Complementisers that open a reported clause after a cue: "sagte, dass …", "fragte, ob …".
QUOTE_COMPLEMENTISERS: frozenset[str] = frozenset({"dass", "daß", "ob"})
# Speakers named by role. A capitalised word ending in one of these stems is a role noun
# ("Innenministerin", "Regierungssprecher", "Gewerkschaftschefin"); institutions speak too ("das Ministerium").
QUOTE_ROLE_STEMS: tuple[str, ...] = (
    "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin",
    "bürgermeister", "bürgermeisterin", "vorsitzende", "vorsitzender", "chef", "chefin", "leiter", "leiterin",
    "direktor", "direktorin", "experte", "expertin", "anwalt", "anwältin", "ermittler", "ermittlerin",
    "abgeordnete", "abgeordneter", "vertreter", "vertreterin", "staatsanwalt", "staatsanwältin", "sekretär",
    "sekretärin", "führer", "führerin", "geschäftsführer", "geschäftsführerin", "vorstand", "berater",
    "beraterin", "analyst", "analystin", "ökonom", "ökonomin", "beamte", "beamter", "beamtin", "zeuge",
    "zeugin", "augenzeuge", "augenzeugin", "bewohner", "bewohnerin", "anwohner", "anwohnerin", "mitarbeiter",
    "mitarbeiterin", "gewerkschafter", "gewerkschafterin", "polizist", "polizistin", "richter", "richterin",
    "kommissar", "kommissarin", "botschafter", "botschafterin", "diplomat", "diplomatin", "insider",
    "manager", "managerin", "trainer", "trainerin", "politiker", "politikerin", "senator", "senatorin",
    "ministerium", "regierung", "polizei", "behörde", "staatsanwaltschaft", "gewerkschaft", "unternehmen",
    "firma", "konzern", "verband", "stadt", "gemeinde", "feuerwehr", "präsidialamt", "kanzleramt", "rathaus",
    "verteidiger", "verteidigerin", "veranstalter", "organisatoren", "retter", "rettungskräfte",
)
# Role stems of people who usually stay unnamed, or who are someone else's: "sagte der Sprecher" does not refer
# back to the person named before.
QUOTE_ANONYMOUS_ROLES: tuple[str, ...] = (
    "sprecher", "sprecherin", "mitarbeiter", "mitarbeiterin", "insider", "zeuge", "zeugin", "augenzeuge",
    "augenzeugin", "anwohner", "anwohnerin", "bewohner", "bewohnerin", "vertreter", "vertreterin", "beamte",
    "beamter", "beamtin", "polizist", "polizistin", "experte", "expertin", "ermittler", "ermittlerin",
    # someone's lawyer or adviser: the person named before is the client, not the speaker
    "anwalt", "anwältin", "verteidiger", "verteidigerin", "berater", "beraterin",
)
# Role stems that name institutions, not people: they speak ("teilte die Polizei mit") but are no "he"/"she".
QUOTE_INSTITUTION_STEMS: tuple[str, ...] = (
    "ministerium", "regierung", "polizei", "behörde", "staatsanwaltschaft", "gewerkschaft", "unternehmen", "firma",
    "konzern", "verband", "stadt", "gemeinde", "feuerwehr", "amt", "rathaus", "veranstalter", "organisatoren", "rettungskräfte",
)
# Determiners that open a role phrase ("der Sprecher", "eine Sprecherin des Hafens").
QUOTE_ROLE_DETERMINERS: frozenset[str] = frozenset({
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "sein", "seine",
    "ihr", "ihre",
})
# Personal pronouns that can be a speaker, with grammatical gender ("sie" as plural is excluded by
# the verb: "sagten sie").
QUOTE_PRONOUNS: dict[str, str] = {"er": "m", "sie": "f"}
# Age nouns refer back to a person like a pronoun: "versicherte der 58-Jährige"; the article gives the gender.
QUOTE_AGE_NOUN = "Jährige"
QUOTE_AGE_DETERMINERS: dict[str, str] = {"der": "m", "die": "f"}
# Honorifics that reveal a person's gender ("Herr Meier", "Frau Berger").
QUOTE_GENDER_HONORIFICS: dict[str, str] = {
    "herr": "m", "herrn": "m", "hr": "m", "frau": "f", "fr": "f",
    # English leftovers in machine-translated German copy ("sagte Mr Eschweiler")
    "mr": "m", "mrs": "f", "ms": "f",
}
# Titles before a name that are not part of it ("Dr. Berger"), and lowercase particles inside names
# ("Ursula von der Leyen"), for the fallback name reader.
QUOTE_NAME_TITLES: frozenset[str] = frozenset({"dr", "prof", "professor", "professorin"})
QUOTE_NAME_PARTICLES: frozenset[str] = frozenset({
    "von", "van", "de", "der", "zu", "den", "da", "di", "al", "bin", "ter",
})
# Quoted titles and names: a short capitalised quoted phrase after one of these articles is a name
# (der „Süddeutschen Zeitung“, das „Gute-Kita-Gesetz“), not a quote; function words may sit inside titles.
QUOTE_TITLE_ARTICLES: frozenset[str] = frozenset({
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "im",
})
QUOTE_TITLE_FUNCTION_WORDS: frozenset[str] = frozenset({
    "für", "der", "die", "das", "des", "und", "zur", "zum", "von", "im", "in", "am",
})
# Words that show quoted words are speech, not a title ("das „Wir schaffen das“").
QUOTE_SPEECH_WORDS: frozenset[str] = frozenset({"ich", "wir", "du", "ihr", "uns", "mich", "mir", "nicht"})
# Words before a quoted phrase that say someone used it: "sprach von (einer) „…“", "bezeichnete als „…“".
# Verbs that name something with a quoted phrase ("called it „a blank cheque“"): what follows is an object, not a
# reported clause, even with quoted words in it.
QUOTE_NAMING_CUES: frozenset[str] = frozenset({"nannte", "nennt", "nennen", "nannten", "bezeichnete", "bezeichnet", "bezeichneten"})
QUOTE_NAMING_WORDS: frozenset[str] = frozenset({"von", "vom", "als", "vor"})
# Relaying media: nouns naming the channel a statement reached the reporter through ("laut der Agentur
# Nordwire", "wie die Zeitung berichtete", "in einer Erklärung des Präsidialamts", "sagte dem Sender").
QUOTE_MEDIUM_NOUNS: frozenset[str] = frozenset({
    "agentur", "nachrichtenagentur", "presseagentur", "zeitung", "tageszeitung", "wochenzeitung", "zeitschrift",
    "magazin", "nachrichtenmagazin", "sender", "fernsehsender", "radiosender", "rundfunk", "portal",
    "nachrichtenportal", "blatt", "erklärung", "mitteilung", "pressemitteilung", "stellungnahme",
    "interview", "sendung", "pressekonferenz", "podcast", "talkshow",
})
# Words that are capitalised but never a speaker name (sentence starts, time words, function words),
# used by the fallback name pattern when no NER mentions are available.
QUOTE_NOT_NAMES: frozenset[str] = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "er", "sie", "es", "wir", "ich", "man", "am",
    "im", "in", "auf", "nach", "vor", "bei", "mit", "und", "aber", "doch", "so", "auch", "dies", "dieser",
    "diese", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "heute", "gestern", "morgen", "dann", "zudem", "außerdem", "laut", "wie",
    "zufolge", "als", "wenn", "dass", "ob", "noch", "schon", "bereits", "hier", "dort", "jetzt", "nun",
    "darin", "dabei", "damit", "dazu", "darauf", "daher", "deshalb", "sein", "seine", "ihr", "ihre",
})
# Abbreviations whose period does not end a sentence (compared case-folded, without the period).
QUOTE_ABBREVIATIONS: frozenset[str] = frozenset({
    "dr", "prof", "nr", "z.b", "bzw", "ca", "st", "hr", "fr", "u.a", "d.h", "vgl", "usw", "etc", "mio", "mrd",
    "bzgl", "ggf", "inkl", "evtl", "jan", "feb", "okt", "nov", "dez", "abs", "art", "str", "sog", "gen",
})
# First names with their gender, for pronoun agreement ("sagte sie" after "Anna Berger").
QUOTE_FIRST_NAMES_FEMALE: frozenset[str] = frozenset({
    "anna", "maria", "ursula", "angela", "annalena", "nancy", "julia", "katharina", "sabine", "petra",
    "claudia", "susanne", "andrea", "stefanie", "nicole", "christine", "monika", "karin", "birgit", "martina",
    "sandra", "laura", "lena", "lisa", "sarah", "sara", "hannah", "johanna", "elena", "olga", "tatjana",
    "natalia", "irina", "svenja", "franziska", "ricarda", "saskia", "manuela", "heike", "silke", "anke",
    "eva", "greta", "ines", "jana", "kathrin", "katrin", "lea", "marie", "miriam", "nina", "ruth", "sophie",
    "tanja", "ulrike", "vera", "yvonne", "helga", "ingrid", "gisela", "renate", "brigitte", "sonja", "marta",
})
QUOTE_FIRST_NAMES_MALE: frozenset[str] = frozenset({
    "olaf", "friedrich", "robert", "christian", "markus", "thomas", "michael", "andreas", "stefan", "peter",
    "klaus", "wolfgang", "jürgen", "hans", "frank", "karl", "lars", "boris", "hubertus", "karl-heinz",
    "martin", "matthias", "alexander", "aleksandr", "sergej", "wladimir", "wolodymyr", "emmanuel", "tobias",
    "jan", "jens", "jonas", "lukas", "felix", "max", "paul", "david", "daniel", "sebastian", "florian",
    "johannes", "philipp", "dirk", "uwe", "bernd", "heiko", "cem", "volker", "horst", "armin", "norbert",
    "gerhard", "helmut", "walter", "werner", "günter", "dieter", "rainer", "ralf", "holger", "erik", "nils",
    "tim", "timo", "kai", "oliver", "henrik", "georg", "joachim", "ulrich", "mehmet", "ahmed", "igor",
})


# --- extract: dates (extract/dates.py, extract/date_*.py) ---------------------------------------
# Month names → month number: full names, Austrian "Jänner"/"Feber", and the short forms agencies
# use before a day or year ("3. Okt. 2023"); short forms count only next to a day or a year.
DATE_MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
DATE_MONTHS_SHORT: dict[str, int] = {
    "jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dez": 12,
    # English names that machine-translated copies keep ("am 11 March 2023"); like the short forms
    # they count only next to a day or a year, so "Theresa May" stays a name.
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "december": 12,
}
# Month names that are also first names or words ("August Bebel"): a month only next to a day or a
# year or after a cue word such as "im", "seit", "Anfang".
DATE_AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"august"})
# Words before a bare month or year that make it a date ("im Juli", "seit 2019", "Ende März").
DATE_CUE_WORDS: frozenset[str] = frozenset({
    "im", "in", "seit", "bis", "ab", "von", "vom", "zum", "des", "den", "dem", "um", "gegen", "nach",
    "vor", "jahr", "jahre", "jahres", "anfang", "beginn", "mitte", "ende", "zwischen", "und", "oder",
    "monat", "frühjahr", "sommer", "herbst", "winter", "frühling", "laufe", "während", "zu",
})
# Weekdays → Python weekday number (Monday = 0); "Sonnabend" is the northern Saturday.
DATE_WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
# Parts of a day glued to a weekday or following it: "Montagabend", "Freitag früh" are still dates.
DATE_DAYPARTS: tuple[str, ...] = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh")
# Deictic day words → days from the publication date. "morgen" only in lower case (noun "Morgen").
DATE_DAY_WORDS: dict[str, int] = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
# Calendar units as written after a number or an adjective ("vor zwei Wochen", "im vergangenen Monat").
DATE_UNITS: dict[str, str] = {
    "tag": "day", "tage": "day", "tagen": "day", "tages": "day", "woche": "week", "wochen": "week",
    "monat": "month", "monate": "month", "monaten": "month", "monats": "month", "jahr": "year",
    "jahre": "year", "jahren": "year", "jahres": "year", "jahrs": "year", "quartal": "quarter",
    "quartals": "quarter", "quartale": "quarter", "quartalen": "quarter", "wochenende": "weekend",
    "wochenendes": "weekend",
}
# Adjective stems that shift a unit from the publication date ("vergangene Woche", "im nächsten
# Jahr", "Anfang dieses Monats"); the endings -e/-en/-er/-es/-em are stripped before lookup.
DATE_DEICTIC: dict[str, int] = {
    "vergangen": -1, "letzt": -1, "vorig": -1, "dies": 0, "laufend": 0, "kommend": 1, "nächst": 1,
}
# Adjective stems that shift from the last date named in the text, not from publication
# ("am folgenden Tag", "im selben Jahr"): narrative reference, as in WikiWarsDE.
DATE_ANAPHORIC: dict[str, int] = {
    "folgend": 1, "darauffolgend": 1, "darauf folgend": 1, "neu": 1, "selb": 0, "gleich": 0, "vorangegangen": -1,
    "vorhergehend": -1,
}
# Single words naming a shifted unit: "im Vorjahr" = last year.
DATE_SHIFTED_UNIT_WORDS: dict[str, tuple[str, int]] = {
    "vorjahr": ("year", -1), "vorjahres": ("year", -1), "vormonat": ("month", -1),
    "vormonats": ("month", -1), "vorwoche": ("week", -1),
}
# Prepositions with a counted unit: "vor zwei Wochen" (ago), "in drei Tagen" (ahead).
DATE_AGO_WORDS: frozenset[str] = frozenset({"vor"})
DATE_AHEAD_WORDS: frozenset[str] = frozenset({"in"})
# Parts of a period → start / mid / end ("Anfang März", "Mitte 2024", "Ende dieses Monats").
DATE_PART_WORDS: dict[str, str] = {
    "anfang": "start", "beginn": "start", "mitte": "mid", "ende": "end", "ausgang": "end",
}
# Seasons → (first month, last month), meteorological as German weather and news use them.
DATE_SEASONS: dict[str, tuple[int, int]] = {
    "frühling": (3, 5), "frühjahr": (3, 5), "sommer": (6, 8), "herbst": (9, 11), "winter": (12, 2),
}
# Ordinal words for quarters and halves ("im ersten Quartal", "im zweiten Halbjahr").
DATE_ORDINALS: dict[str, int] = {
    "erste": 1, "ersten": 1, "erstes": 1, "zweite": 2, "zweiten": 2, "zweites": 2, "dritte": 3,
    "dritten": 3, "drittes": 3, "vierte": 4, "vierten": 4, "viertes": 4, "letzte": 4, "letzten": 4,
}
DATE_QUARTER_WORDS: frozenset[str] = frozenset({"quartal", "quartals", "vierteljahr"})
DATE_HALF_WORDS: frozenset[str] = frozenset({"halbjahr", "halbjahres", "jahreshälfte"})
# Decades and centuries: "in den 1990er Jahren", "des 20. Jahrhunderts".
DATE_DECADE_SUFFIX: tuple[str, ...] = ("er jahre", "er jahren", "er-jahre", "er-jahren", "ern")
DATE_CENTURY_WORDS: frozenset[str] = frozenset({"jahrhundert", "jahrhunderts", "jh."})
# Era markers after a year: "490 v. Chr." is a year before the common era.
DATE_BC_MARKERS: tuple[str, ...] = ("v. chr.", "v.chr.", "vor christus")
# Tense cues in a small window around a date: they decide whether a bare weekday or month lies
# before or after publication ("soll am Freitag beginnen" → next Friday). Nearest cue wins; no cue = past.
DATE_FUTURE_CUES: frozenset[str] = frozenset({
    "soll", "sollen", "solle", "wird", "werden", "werde", "wirst", "will", "wollen", "wolle", "plant", "planen",
    "geplant",
    "ab", "kommende", "kommenden", "kommender", "nächste", "nächsten", "nächster", "bevorstehend",
    "bevorstehenden", "voraussichtlich", "anstehend", "anstehenden", "künftig", "demnächst",
    # what is scheduled, hoped for or would happen ("ist für Donnerstag angesetzt", "hofft auf einen Termin im
    # Mai", "würden im Juni abstimmen", "sollten bereits im Dezember rollen")
    "angesetzt", "terminiert", "vorgesehen", "hofft", "hoffen", "erwartet", "erwarten", "würde", "würden",
    "sollte", "sollten", "frühestens",
    # what could happen ("könnte im Dezember ein Urteil sprechen"); its past ("hätte … können") has a participle
    # or "hätte" nearer
    "könnte", "könnten",
})
DATE_PAST_CUES: frozenset[str] = frozenset({
    "hatte", "hatten", "war", "waren", "wurde", "wurden", "sagte", "sagten", "erklärte", "erklärten",
    "teilte", "teilten", "berichtete", "berichteten", "kam", "kamen", "gab", "ging", "fand", "starb",
    "starben", "begann", "endete", "vergangene", "vergangenen", "letzte", "letzten", "bereits", "seit",
    # past forms of the reporting and deciding verbs of news ("wie der Verwalter am Dienstag mitteilte")
    "mitteilte", "mitteilten", "bekanntgab", "ankündigte", "ankündigten", "kündigte", "kündigten",
    "bestätigte", "bestätigten", "betonte", "forderte", "warnte", "sprach", "sprachen", "stimmte", "stimmten",
    "beschloss", "beschlossen", "entschied", "einigten", "unterzeichnete", "unterzeichneten", "traf", "trafen",
    "verkündete", "meldete", "meldeten", "informierte", "hieß", "stieg", "sank", "fiel", "lag", "verlor",
    "gewann", "kritisierte", "legte", "stellte", "vorstellte", "eröffnete", "schloss", "wählte", "wählten",
})  # not "ist"/"hat": present tense and Perfekt auxiliaries; the participle marks the Perfekt
# Present-tense forms of the verbs news uses for what is scheduled ("Der HSV empfängt am Samstag …", "Seine
# Sperre endet im August", "Im Oktober verhandelt das Gericht"): German news states the coming event in the
# present, so with no past or future cue near the date these point ahead.
DATE_PRESENT_CUES: frozenset[str] = frozenset({
    "beginnt", "beginnen", "endet", "enden", "tagt", "tagen", "verhandelt", "verhandeln", "empfängt", "gilt",
    "gelten", "läuft", "laufen", "entscheidet", "entscheiden", "berät", "beraten", "trifft", "treffen", "spielt",
    "spielen", "startet", "starten", "öffnet", "öffnen", "reist", "besucht", "besuchen", "findet", "finden",
    "kommt", "kommen", "folgt", "folgen", "fällt", "wählt", "wählen",
    "stimmt", "stimmen", "eröffnet", "schließt", "präsentiert", "legt",
    # what stays or goes on ("Die Schulen bleiben am Montag geschlossen", "Weiter geht es im Oktober") and
    # anniversaries ("Am Samstag jährt sich die Flut")
    "bleibt", "bleiben", "geht", "jährt",
})
# ... unless a Perfekt auxiliary is near ("die Velmora Mitte Februar vereinbart haben, gilt …": "vereinbart" is a
# participle without "ge-"), the cue verb is an infinitive ("zur Seite zu treten am Dienstag") or the date is
# compared with ("weniger als im Frühjahr").
DATE_PRESENT_BLOCKERS: frozenset[str] = frozenset({"hat", "haben", "habe", "ist", "sind", "sei", "als"})
# Present verbs of a lasting state: a participle with them is an adjective, not a Perfekt ("Die Schulen bleiben
# am Montag geschlossen")
DATE_STATE_VERBS: frozenset[str] = frozenset({"bleibt", "bleiben"})
# Past participles ("ge…t", "ge…en") are past cues too: prefix and endings of the pattern.
DATE_PAST_PARTICIPLE: tuple[str, tuple[str, ...]] = ("ge", ("t", "en"))

# Plural unit forms: with a deictic adjective they name a span, not a date ("in den letzten Jahren").
DATE_PLURAL_UNITS: frozenset[str] = frozenset({"tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren",
                                               "quartale", "quartalen"})
# Words after a count that shift from the last date in the text ("drei Monate später", "zwei Tage zuvor").
DATE_LATER_WORDS: frozenset[str] = frozenset({"später", "danach", "darauf"})
DATE_EARLIER_WORDS: frozenset[str] = frozenset({"zuvor", "davor", "früher", "vorher"})
# Weekday prepositions kept in the span ("am Montag"), articles, and the filler before a year ("Mitte des Jahres 2024").
DATE_WEEKDAY_PREPS: frozenset[str] = frozenset({"am", "an"})
DATE_ARTICLES: frozenset[str] = frozenset({"der", "die", "das", "dem", "den", "des"})
DATE_YEAR_OF: tuple[str, ...] = ("des jahres", "im jahr", "im jahre", "jahr", "jahre", "jahres")
# Compounds naming part of a unit ("Jahresende" = end of the year) → (unit, start/mid/end).
DATE_PART_COMPOUNDS: dict[str, tuple[str, str]] = {
    "jahresende": ("year", "end"), "jahresbeginn": ("year", "start"), "jahresanfang": ("year", "start"),
    "jahresmitte": ("year", "mid"), "monatsende": ("month", "end"), "monatsanfang": ("month", "start"),
    "monatsbeginn": ("month", "start"), "monatsmitte": ("month", "mid"), "wochenbeginn": ("week", "start"),
    "wochenmitte": ("week", "mid"),
}
# Prepositions before a count that shift from the last date named ("nach zwei Tagen").
DATE_AFTER_PREPS: frozenset[str] = frozenset({"nach"})
# Prepositions taken into a date's span when they stand right before it ("am 12. Dezember",
# "bis zum 30. April", "seit 2021"), as the sample gold annotates dates.
DATE_SPAN_PREPS: tuple[str, ...] = (
    "am", "im", "seit", "bis", "ab", "vom", "zum", "bis zum", "bis zur", "seit dem", "seit der", "ab dem", "ab der",
    "bis ende", "bis anfang", "bis mitte", "den",
)
# Hedges between "vor" and a count ("vor gut einem Jahr", "vor knapp drei Wochen").
DATE_COUNT_HEDGES: frozenset[str] = frozenset({"gut", "knapp", "rund", "etwa", "fast", "über", "mehr als"})
# Prepositions before a bare weekday or month that fix its direction: "auf September vertagt",
# "bis Samstag" look ahead; "seit Dienstag" looks back.
DATE_FUTURE_PREPS: frozenset[str] = frozenset({"auf", "bis", "ab"})  # not "zum": "rückwirkend zum 1. Januar"
# Hedges between such a preposition and the date: "bis mindestens Samstag" still looks ahead.
DATE_DIRECTION_HEDGES: frozenset[str] = frozenset({"mindestens", "spätestens", "frühestens", "voraussichtlich",
                                                   "längstens"})
# Fractional counts before a unit ("in einem halben Jahr", "vor zweieinhalb Jahren").
DATE_FRACTION_COUNTS: dict[str, float] = {
    "einem halben": 0.5, "einen halben": 0.5, "ein halbes": 0.5, "eines halben": 0.5, "anderthalb": 1.5,
    "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5, "fünfeinhalb": 5.5,
}
# Words that open a span of counted units from publication: "binnen drei Monaten" (from today),
# "in den kommenden zwei Wochen" (from tomorrow, with a deictic adjective).
DATE_WITHIN_PREPS: frozenset[str] = frozenset({"binnen", "innerhalb von", "innerhalb"})
DATE_SPAN_OPENERS: frozenset[str] = frozenset({"in", "während", "innerhalb"})
DATE_SPAN_ARTICLES: frozenset[str] = frozenset({"den", "der"})
# The weekend after a preposition ("bis zum Wochenende", "am Wochenende"); without one it is a noun.
DATE_WEEKEND_WORDS: frozenset[str] = frozenset({"wochenende"})
DATE_WEEKEND_PREPS: frozenset[str] = frozenset({"am", "übers", "über das", "bis zum", "zum", "vom", "seit dem",
                                                "bis", "ab dem", "an diesem", "nach dem", "vor dem"})
# A range of two years: "zwischen 2020 und 2022" is one mention, "2020/2022".
DATE_RANGE_WORDS: tuple[str, str] = ("zwischen", "und")
DATE_PAST_PREPS: frozenset[str] = frozenset({"seit", "seit dem"})
# Prepositions that name where a span starts ("seit 1939", "ab 1941"): such a date is not where the
# story is, so it does not become the reference for the dates after it (WikiWarsDE dev documents).
DATE_SPAN_START_PREPS: frozenset[str] = frozenset({"seit", "ab"})
# "in der Nacht zu Dienstag", "seit der Nacht zum 11. Februar": the night that ends on that day, from the day
# before to it (the span takes these words in).
DATE_NIGHT_BEFORE: str = r"(?:\b(?:in|seit|über|während|nach|vor)\s+)?\b(?:der|die)\s+Nacht\s+(?:zu|zum|auf)\s+$"

# --- extract: figures (extract/figures.py, extract/figure_*.py) ---------------------------------
# Cardinal number words; compounds ("dreiundzwanzig", "zweihundert") are built from these.
FIGURE_NUMBER_WORDS: dict[str, int] = {
    "null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "hundert": 100, "tausend": 1000,
}
# "ein"/"eine" count only before a scale or fraction word ("eine Million", "ein Drittel").
FIGURE_ONE_WORDS: frozenset[str] = frozenset({"ein", "eine", "einen", "einem", "einer"})
# Units of time after "ein"/"eine": the article counts one of them ("für ein Jahr", "binnen einer
# Stunde"; samples/README.md, figure rule 4). Vague quantities ("Dutzende", "Tausende") state no
# number and are not figures (rule 3).
FIGURE_ONE_UNITS: frozenset[str] = frozenset({
    "jahr", "jahrzehnt", "monat", "woche", "tag", "stunde", "minute", "sekunde", "quartal", "halbjahr",
})
# "ein halbes Jahr", "eine halbe Million": the adjective halves what follows.
FIGURE_HALF_WORDS: frozenset[str] = frozenset({"halbe", "halben", "halbes", "halber", "halbem"})
# Scale words after a number: "1,5 Millionen", "3 Mrd.", "20 Tsd.".
FIGURE_SCALES: dict[str, float] = {
    "tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
    "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12, "bio": 1e12,
}
# Fractions as words: "zwei Drittel" = 2/3, "die Hälfte" = 1/2, "ein Viertel" = 1/4.
FIGURE_FRACTIONS: dict[str, float] = {
    "hälfte": 1 / 2, "halb": 1 / 2, "drittel": 1 / 3, "viertel": 1 / 4, "fünftel": 1 / 5,
    "sechstel": 1 / 6, "achtel": 1 / 8, "zehntel": 1 / 10,
}
# Particles between a qualifier and its number: "mindestens aber 400 Euro".
# What a counted span of time is of, taken into the figure: a sentence ("sechs Jahre Haft", "six years in prison").
FIGURE_COUNTED_COMPLEMENTS: dict[str, tuple[str, ...]] = {"Jahre": ("Haft", "Gefängnis", "Jugendhaft", "Freiheitsstrafe"), "Monate": ("Haft", "Gefängnis", "Jugendhaft")}
FIGURE_QUALIFIER_PARTICLES: frozenset[str] = frozenset({"aber", "jedoch", "allerdings", "sogar"})
# Qualifiers before a number → qualifier code (longest phrase wins).
FIGURE_QUALIFIERS: dict[str, str] = {
    "mehr als": "more_than", "über": "more_than", "weit über": "more_than", "jenseits von": "more_than",
    "rund": "about", "etwa": "about", "circa": "about", "ca.": "about", "ungefähr": "about",
    "zirka": "about", "gut": "more_than", "annähernd": "almost", "knapp": "almost", "fast": "almost",
    "beinahe": "almost", "nahezu": "almost", "bis zu": "up_to", "höchstens": "up_to",
    "maximal": "up_to", "mindestens": "at_least", "wenigstens": "at_least", "weniger als": "less_than",
    "unter": "less_than", "genau": "exactly", "exakt": "exactly", "schätzungsweise": "about",
    "knapp über": "more_than", "knapp unter": "almost", "so viel wie": "up_to", "so viele wie": "up_to",
    "nicht mehr als": "up_to", "nicht über": "up_to", "nicht weniger als": "at_least", "keine": "less_than",
}
# Units written as words or signs after (or before) a number; value is the canonical unit name.
FIGURE_UNITS: dict[str, str] = {
    "prozent": "Prozent", "%": "Prozent", "prozentpunkte": "Prozentpunkte", "euro": "Euro", "€": "Euro",
    "eur": "Euro", "cent": "Cent", "dollar": "Dollar", "us-dollar": "Dollar", "$": "Dollar",
    "pfund": "Pfund", "£": "Pfund", "franken": "Franken", "chf": "Franken", "rubel": "Rubel",
    "yuan": "Yuan", "kilometer": "Kilometer", "km": "Kilometer", "meter": "Meter", "m": "Meter",
    "tonnen": "Tonnen", "t": "Tonnen", "kilogramm": "Kilogramm", "kg": "Kilogramm", "grad": "Grad",
    "°c": "Grad", "hektar": "Hektar", "quadratmeter": "Quadratmeter", "qm": "Quadratmeter",
    "liter": "Liter", "megawatt": "Megawatt", "mw": "Megawatt", "stunden": "Stunden", "tage": "Tage",
    "minuten": "Minuten", "wochen": "Wochen", "monate": "Monate", "jahre": "Jahre", "usd": "Dollar", "gbp": "Pfund",
    "km/h": "km/h", "stundenkilometer": "km/h", "stundenkilometern": "km/h",
}
# Words after a number that make it not a figure: clock times, ordinals-as-names, page numbers.
FIGURE_NOT_AFTER: frozenset[str] = frozenset({"uhr", "h"})
# Words before a number that make it a label, not a quantity ("Artikel 5", "Paragraf 218", "Nr. 3").
FIGURE_LABEL_WORDS: frozenset[str] = frozenset({
    "artikel", "art.", "paragraf", "paragraph", "§", "§§", "nr.", "nummer", "seite", "s.", "kapitel",
    "absatz", "abs.", "version", "tel.", "telefon", "fax", "kanal", "linie", "gleis", "zimmer",
    "raum", "tor", "bus", "tram", "runde", "spieltag", "folge", "teil", "band", "bd.", "platz",
    "fc", "tsv", "sv", "vfb", "vfl", "bundesstraße", "autobahn", "b", "a", "windows", "iphone",
    "stufe", "level", "klasse", "gruppe", "punkt", "ziffer", "az.", "aktenzeichen", "ps",
})
# Nouns that are never what a figure counts (function words after a number).
FIGURE_NOT_COUNTED: frozenset[str] = frozenset({
    "und", "oder", "bis", "von", "vom", "der", "die", "das", "den", "dem", "des", "in", "im", "auf",
    "mit", "nach", "bei", "für", "zu", "zum", "zur", "ist", "sind", "war", "waren", "als", "auch",
})
# Adjectives between a number and what it counts ("3.000 neue Stellen"); German nouns are capitalised,
# so the counted noun is the first capitalised word after the number (within a few words).
FIGURE_COUNTED_SKIP: frozenset[str] = frozenset({"weitere", "weiteren", "neue", "neuen", "zusätzliche",
                                                 "zusätzlichen", "andere", "anderen", "eigene", "eigenen"})
FIGURE_COUNTED_CAPITALISED: bool = True
# Hyphenated compounds whose number is a figure ("58-Jährige", "48-stündigen"): stem after the
# hyphen → what is counted; other stems count themselves.
FIGURE_COMPOUND_UNITS: dict[str, str] = {
    "jährig": "Jahre (Alter)", "stündig": "Stunden", "seitig": "Seiten", "tägig": "Tage", "wöchig": "Wochen",
    "monatig": "Monate", "köpfig": "Köpfe", "minütig": "Minuten", "prozentig": "Prozent", "mal": "Mal",
    "fach": "fach",
}
# The same stems glued to a number word are figures too: "zweitägigen", "elfmal", "dreifache".
FIGURE_WORD_COMPOUNDS: bool = True
# Rates after what is counted: "4.500 Fahrgäste pro Tag" counts "Fahrgäste pro Tag", but the rate
# stays outside the span (figure rule 2) ...
FIGURE_RATE_WORDS: frozenset[str] = frozenset({"pro", "je"})
# ... except after a length, where "pro Stunde" makes one unit of speed ("60 Kilometern pro Stunde").
FIGURE_SPEED_UNITS: frozenset[str] = frozenset({"kilometer", "kilometern", "km", "meter", "metern", "m"})
# Measures followed by the noun they measure: "600 Kilometer Regionalstrecken", "3 Tonnen Müll".
FIGURE_MEASURE_UNITS: frozenset[str] = frozenset({
    "Kilometer", "Meter", "Tonnen", "Kilogramm", "Hektar", "Quadratmeter", "Liter", "Megawatt",
})
# A partitive right after the number belongs to the figure: "zwei von ihnen", "zwei davon".
FIGURE_PARTITIVES: frozenset[str] = frozenset({"von ihnen", "davon", "von denen"})
# A word before the number that makes it negative ("minus zwölf Grad"); a sign "-"/"−" does too.
FIGURE_MINUS_WORDS: frozenset[str] = frozenset({"minus"})
# Fractions named with an article rather than a number: "die Hälfte" = 1/2.
FIGURE_FRACTION_PHRASES: dict[str, float] = {"die hälfte": 1 / 2, "der hälfte": 1 / 2, "zur hälfte": 1 / 2}
# Words joining a second counted noun: "120 Städte und Gemeinden".
FIGURE_COUNTED_JOINERS: frozenset[str] = frozenset({"und", "oder"})
FIGURE_IRREGULAR_PLURALS: frozenset[str] = frozenset()  # German counts one capitalised noun
# "über" after a noun or a figure is a preposition, not a qualifier ("eine Bürgschaft über 95 Millionen
# Euro", "8,2 Prozent über zwei Jahre").
FIGURE_PREPOSITION_QUALIFIERS: frozenset[str] = frozenset({"über"})
# ... nor after a verb that takes "über" ("verfügt über 57 Sitze", "berät über 48 Anträge"): stems of such verbs.
FIGURE_PREPOSITION_VERBS: tuple[str, ...] = (
    "verfüg", "berät", "berat", "beriet", "sprach", "sprech", "spricht", "bericht", "entscheid", "entschied",
    "diskutier", "verhandel", "stimm", "informier", "klag", "streit", "stritt", "freu", "ärger", "wach",
)
# After these prepositions a counted noun is in the dative plural ("mit 4.500 Fahrgästen"); what is
# counted is given in the nominative ("Fahrgäste") by dropping the dative -n ...
FIGURE_DATIVE_PREPS: frozenset[str] = frozenset({
    "mit", "von", "vom", "bei", "nach", "aus", "zu", "zum", "zur", "seit", "vor", "in", "an", "gegenüber", "unter",
})
# ... except for plurals that end in -n in every case ("Menschen", "Stellen", "Wochen").
FIGURE_PLURALS_IN_N: frozenset[str] = frozenset({
    "menschen", "stellen", "wochen", "frauen", "tonnen", "stunden", "minuten", "personen", "kunden", "patienten",
    "studenten", "soldaten", "polizisten", "demonstranten", "experten", "zeugen", "kollegen", "familien", "firmen",
    "unternehmen", "kliniken", "gemeinden", "kommunen", "proben", "stufen", "betten", "kontrollen", "brücken",
    "wagen", "millionen", "milliarden", "unterschriften", "schulen", "straßen", "seiten", "runden", "zellen",
})
# ... and for the suffixes whose plural is always -en ("in 49 neuen Gesellschaften", "mit 300 Teilnehmerinnen").
FIGURE_PLURAL_N_ENDINGS: tuple[str, ...] = (
    "ungen", "heiten", "keiten", "schaften", "ionen", "täten", "innen", "enten", "anten", "isten", "ologen", "eien",
)


# ---------------------------------------------------------------------------------------------------
# clean: boilerplate, metadata lines and repairs (issue 5, storyline.clean). Patterns are regular
# expressions matched case-insensitively from the start of a repaired line (re.match); a pattern that
# must cover the whole line ends in "$". The key of each group is the removal reason code
# (model.REMOVAL_REASONS). Lines longer than CLEAN_MAX_RULE_LINE_CHARS are never removed by these.
# ---------------------------------------------------------------------------------------------------

CLEAN_LINE_PATTERNS: dict[str, tuple[str, ...]] = {
    # paywall and registration nags: subscription offers, "already subscribed? log in", plus articles
    "paywall": (
        r"(dieser|der) (artikel|beitrag|inhalt|text) ist (nur |exklusiv "
        r")?für (abonnent|abonnentinnen|plus|digital|registrierte)",
        r"(jetzt |direkt )?(weiterlesen|lesen sie weiter|freischalten) "
        r"(mit|im|für) .{0,60}(plus|abo|digital|zugang|monat)",
        r".{0,80}\b(nur|exklusiv) für (abonnenten|abonnentinnen|abonnierende|plus-kunden|registrierte nutzer)",
        r"(sie haben|haben sie) (bereits|schon) ein (abo|abonnement|konto|nutzerkonto)",
        r"(bereits|schon) (abonnent|abonnentin|registriert)\s*\??",
        r"(um|wenn sie) (den|diesen) (ganzen |vollständigen |kompletten |gesamten )?(artikel|beitrag|text) "
        r"(zu )?(lesen|weiterlesen|lesen möchten)",
        r"(jetzt )?(kostenlos )?registrieren( sie sich)?( und weiterlesen| und lesen|, um)",
        r"(jetzt |\d+ (tage?|wochen?|monate?) )?(gratis|kostenlos) (testen|lesen|weiterlesen)\b",
        r"(jetzt )?(abo|abonnement|probeabo|digitalabo) (abschließen|wählen|sichern|testen)\b",
        r"(lesen sie|sichern sie sich) (jetzt )?(alle|unbegrenzt) .{0,40}(artikel|inhalte|beiträge)",
        r"[\w-]*plus[- ]?(artikel|inhalt|abo)\s*$",
        r"sie haben (das|ihr) (monatliche )?limit .{0,40}(artikel|beiträge|texte)",
        r"registrieren sie sich,? um (weiter|alle|den|diesen|mehr)",
        r"(weiter|mehr) (lesen|erfahren) (mit|im) .{0,30}(abo|plus)",
    ),
    # "Lesen Sie auch"-style links to another story (the inline form is in CLEAN_INLINE_TAIL_PATTERNS)
    "read_also": (
        r"(lesen sie (auch|mehr|dazu|hier|weiter)|lies auch|siehe auch|mehr zum thema|auch interessant|"
        r"ebenfalls interessant|passend (dazu|zum thema)|zum thema|das könnte sie (auch )?interessieren|"
        r"lesetipps?|leseempfehlung(en)?|unsere empfehlung|empfohlener artikel)\b\s*[:›»>\-–—…|]",
        r"(lesen sie (auch|mehr|dazu)|siehe auch|mehr zum thema|auch interessant|weiterlesen|mehr dazu|"
        r"zum artikel|zum beitrag|mehr lesen|artikel lesen)\s*[:›»>\-–—….!]*\s*$",
        r"(lesen sie auch|siehe auch|mehr zum thema|auch interessant)\b",
        r"weiterlesen\s*[:›»>\-–—…]",
        r"mehr dazu\s*[:›»>]",
        r"zum weiterlesen\s*:?",
    ),
    # block headers of related-story lists; the short headline lines after them are removed too
    "related_links": (
        r"(ähnliche|verwandte|weitere|passende|beliebte|meistgelesene|neueste|aktuelle) "
        r"(artikel|beiträge|nachrichten|themen|meldungen|news|geschichten|videos)\s*[:»›]?\s*$",
        r"(das könnte sie (auch )?interessieren|empfehlungen( der redaktion| für sie)?|"
        r"meistgelesen|top[- ]?themen|top[- ]?artikel|am meisten gelesen|unsere empfehlungen|"
        r"mehr aus (dem ressort|der rubrik|diesem ressort)|auch lesenswert|leserempfehlungen?)\s*[:»›]?\s*$",
        r"mehr (nachrichten|artikel|meldungen|beiträge|news) (aus|zu|über|zum|von|auf|bei) .{1,40}$",
        r"sie (könnten|könnte|dürften) (auch|außerdem) .{0,40}interessier.{0,30}$",
        r"weitere [\w-]+( (zum|zur|zu|aus|der|des|von|über|bei|im|in) [^.!?]{0,40})?\s*:?\s*$",
        r"(mehr|top|alle)[- ](themen|artikel|news|beiträge|nachrichten)\b[^.!?]{0,40}:?\s*$",
        r"((meist|am meisten)[- ]?(gelesen|diskutiert|kommentiert|geteilt)e?|kommentierte artikel)\s*:?\s*$",
    ),
    # comment sections, comment forms and their UI
    "comments_widget": (
        r"(\d+ )?(kommentare?|leserkommentare|lesermeinungen)\s*(\(\d+\))?\s*:?\s*$",
        r"(einen |ihren )?kommentar (schreiben|verfassen|abgeben|hinterlassen|absenden|abschicken)",
        r"(schreiben|hinterlassen|verfassen) sie (einen|ihren|den ersten) kommentar",
        r"(ihre |deine )?e-?mail-?adresse wird nicht veröffentlicht",
        r"erforderliche felder sind .{0,20}markiert",
        r"(diskutieren sie mit|zur diskussion|jetzt kommentieren|kommentieren|antworten|abbrechen)\s*[:!]?\s*$",
        r"diskutieren sie mit\b.{0,60}$",
        r"(name|e-?mail|webseite|website|kommentar)\s*\*\s*$",
        r"meinen namen, (meine )?e-?mail",
        r"(um|zum) (zu )?kommentieren,? (müssen|bitte)",
        r"noch keine kommentare",
        r"(die )?kommentarfunktion (ist|wurde)",
        r".{0,60}\b(in den kommentaren|kommentare zu schreiben)\s*[:!]?\s*$",
        r"(verraten|schreiben|sagen|erzählen) sie (uns )?(es )?(gerne? )?(uns )?in den kommentaren",
        r"(du musst|sie müssen) .{0,20}(eingeloggt|angemeldet|registriert) sein,? um (einen )?kommentar",
    ),
    # share, print, read-aloud and back-to-top UI that survived as text
    "share_ui": (
        r"(zurück )?(zum|nach|zum seiten)\s*(anfang|seitenanfang|oben|top)\s*[↑▲^]?\s*$",
        r"(jetzt |artikel |beitrag |seite )?(teilen|drucken|merken|vorlesen|anhören|versenden|empfehlen)"
        r"( (per|via|auf) .{1,25})?\s*[:!]?\s*$",
        r"(dieser )?(artikel|beitrag) (wurde )?(\d+ ?(mal|x) )?geteilt",
        r"(link kopieren|link teilen|schriftgröße|artikel merken|zur merkliste|teilen mit)\s*:?\s*$",
        r"(wird geladen|lädt)\s*\.{0,3}\s*$",
        r"folgen sie uns (auf|bei) .{0,60}$",
    ),
    # reading-time lines
    "read_time": (
        r"(geschätzte |ungefähre )?(lesezeit|lesedauer)\s*:?\s*(ca\.?\s*|"
        r"etwa\s*|rund\s*)?\d+\s*(min|minuten|minute)\.?\s*$",
        r"(ca\.\s*|etwa\s*)?\d+\s*(min\.?|minuten)\s+(lesezeit|lesedauer|zum lesen)\s*$",
        r".{0,30}\b(lesezeit|lesedauer)\b.{0,25}$",
    ),
    # newsletter sign-up boxes
    "newsletter": (
        r".{0,60}\b(unser(em|en)?|den|zum|jetzt( den)?|kostenlose[nr]?|"
        r"tägliche[nr]?|wöchentliche[nr]?) .{0,30}newsletter",
        r"newsletter\s*(abonnieren|bestellen|anmelden|abbestellen|:)",
        r"(melden sie sich|registrieren sie sich|abonnieren sie|bestellen sie) .{0,60}newsletter",
        r"(hier|jetzt) (anmelden|abonnieren|eintragen)\s*[!.]?\s*$",
        r"die wichtigsten (nachrichten|news|meldungen|themen) .{0,60}(postfach|e-?mail|inbox)",
        r"mit (der|ihrer) (registrierung|anmeldung) (akzeptieren|stimmen) sie",
        r"newsletter\s*$",
    ),
    # cookie and consent notices
    "cookie": (
        r".{0,80}\b(wir|diese (website|webseite|seite)|unsere (website|webseite|seite)) "
        r"(verwende[tn]|nutz(en|t)|setz(en|t)|benutz(en|t)) cookies",
        r"cookie[- ]?(einstellungen|hinweis|richtlinie|banner|zustimmung)",
        r"(alle )?cookies (akzeptieren|zulassen|ablehnen|erlauben)",
        r"(datenschutz|privatsphäre)[- ]?(einstellungen|hinweis)\s*$",
        r"(alle )?(akzeptieren|zustimmen|ablehnen)\s*$",
        r"(mit der nutzung|durch die nutzung) (dieser|unserer) (website|webseite|seite) .{0,60}(cookies|zu)",
        # IAB consent-framework wording ("Wir und unsere Partner speichern …")
        r"wir und unsere (partner|\d+ partner) (speichern|verarbeiten|nutzen|greifen)",
        r"(durch|mit) (die|der) (weitere[n]? )?nutzung (der|dieser|unserer) (seite|website|webseite) "
        r"(stimmen|erklären) sie .{0,60}(cookies|datenschutz)",
        r"(zustimmen|akzeptieren) und (weiter|schließen)\s*$",
    ),
    # advertising labels (whole line only: "Anzeige gegen …" is news)
    "advertisement": (
        r"[-–—*\[(]?\s*(anzeige|werbung|gesponsert|sponsored|advertorial|"
        r"promotion|bezahlte partnerschaft)\s*[-–—*\])]?\s*$",
        r"(anzeige|werbung)\s*[-–—:|]\s*(scrollen sie|weiter)",
        r"\*?(werbung|anzeige)?\s*[.:]?\s*(dieser|der) (beitrag|artikel|text) enthält (werbung|affiliate|werbelinks)",
    ),
    # menus, breadcrumbs, pagination and tag lists
    "navigation": (
        r"(startseite|home)\s*(›|»|>|/|\||::)\s*.{0,200}$",
        r"seite \d+ (von|/) \d+\s*$",
        r"(nächste|vorherige|vorige|zur nächsten|zur vorherigen) (seite|artikel|beitrag)\b.{0,150}$",
        r"(zurück|weiter) (zur|zum) (übersicht|startseite|artikel|ressort)\s*$",
        r"(zur|zum) (startseite|übersicht)\s*$",
        r"(schlagworte?|schlagwörter|stichworte?|themen|mehr zu|ressort|rubrik|kategorien?)\s*:.{0,200}$",
        r".{0,100}\|\s*(kategorien?|schlagworte?|schlagwörter|themen)\s*:.{0,150}$",
        r"(online-)?pressemappe\b.{0,120}$",
        r".{0,80}\brss-?feed (abonnieren|bestellen)\b.{0,40}$",
    ),
    # publication/update timestamps on a line of their own
    "timestamp": (
        r"(veröffentlicht|aktualisiert|erstellt|stand|zuletzt aktualisiert|publiziert|erschienen)( am)?\s*:?\s*"
        r"(\w+,?\s*)?\d{1,2}\.\s?(\d{1,2}\.|[a-zä]+)\s?\d{2,4}.{0,30}$",
        r"(\w+,\s*)?\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4},?\s*(\d{1,2}[:.]\d{2}\s*(uhr)?)?\s*$",
        r"(\w+,\s*)?\d{1,2}\.\s?(januar|februar|märz|april|mai|juni|juli|august|september|oktober|"
        r"november|dezember) \d{4}(,?\s*(um\s*)?\d{1,2}[:.]\d{2}\s*(uhr)?)?\s*$",
        r"(letzte änderung|zuletzt geändert|veröffentlichungsdatum|erscheinungsdatum|aktualisiert am|"
        r"veröffentlicht am)\s*:?[\d.:, ]{0,30}(uhr)?\s*$",
    ),
}

# clean: contact blocks of press releases ("Pressekontakt:", "Telefon: +49 40 …"); reason "contact"
CLEAN_CONTACT_PATTERNS: tuple[str, ...] = (
    r"(telefon|tel\.?|fax|telefax|mobil|handy)\s*:?\s*[+\d(][\d\s()/+.-]{5,}$",
    r"(pressekontakt|medienkontakt|kontakt für (die )?(presse|medien)|ansprechpartner(in)?( für (die )?presse)?|"
    r"pressestelle|kontakt)\s*:?\s*$",
    r"(pressesprecher|pressereferent|ansprechpartner)\S*\s*:?\s+[A-ZÄÖÜ][\w.-]+( [A-ZÄÖÜ][\w.-]+){1,2}\s*$",
)

# clean: inline "Lesen Sie auch" tails after the last sentence of a paragraph; the match from the cue to the
# end of the line is cut off (kept as an inline_removal repair), the content before it stays.
CLEAN_INLINE_TAIL_PATTERNS: dict[str, tuple[str, ...]] = {
    "read_also": (
        r"(lesen sie (auch|mehr|dazu)|siehe auch|mehr zum thema|auch interessant|weiterlesen|mehr dazu)\s*[:›»>\-–—…|]",
        r"(lesen sie auch|siehe auch|mehr zum thema)\b",
    ),
    "paywall": (r"(jetzt )?(weiterlesen|lesen sie weiter) (mit|im) .{0,60}(plus|abo)\b",),
}

# clean: bylines and editor/credit lines, kept as metadata; case-sensitive, group "name" is the person.
CLEAN_BYLINE_PATTERNS: tuple[str, ...] = (
    r"(?:(?:Ein )?(?:Kommentar|Bericht|Analyse|Interview|Gastbeitrag|Text|Beitrag) )?[Vv]on (?P<name>{NAMES})"
    r"(?:,? (?:\w+ )?(?:in|aus) [A-ZÄÖÜ][\w-]+|, [A-ZÄÖÜ][\w-]+)?(?:\s*[|·•–-]\s*[\d.,: ]+(?:Uhr)?)?\s*$",
    r"(?:Autor|Autorin|Autoren|Text|Reporter|Reporterin|Korrespondent|Korrespondentin|Redakteur|Redakteurin)"
    r"\s*:\s*(?P<name>{NAMES})\s*$",
    r"(?P<name>{NAMES})\s*[|·•]\s*[\w .-]{0,30}(?:[Dd]esk|[Rr]edaktion|[Tt]eam|[Kk]orrespondent\w*)\s*$",
    r"(?:Redaktion|Bearbeitung|Mitarbeit|Recherche|Mitwirkung|Redigiert|Bearbeitet|Redaktion von|Zusammengestellt)"
    r"(?: von)?\s*:?\s+(?P<name>{NAMES})\s*\.?\s*$",
)

# clean: lines naming the source of the text ("Quelle: Nordwire"); group "source" becomes a cited source.
CLEAN_SOURCE_PATTERNS: tuple[str, ...] = (
    r"(?:quellen?|nachrichtenquelle|textquelle)\s*:\s*(?P<source>[^|]{1,120}?)\s*\.?\s*$",
    r"mit (?:material|informationen|agenturmaterial|berichten|angaben) "
    r"(?:von|der|des|aus) (?P<source>.{1,80}?)\s*\.?\s*$",
    r"(?P<source>mit agenturmaterial|agenturmaterial)\s*\.?\s*$",
    r"text\s*:\s*(?P<source>[^|]{1,60}?)\s*\.?\s*$",  # "Text: Nordwire" (a person is a byline, tried first)
    r"(?:quellenangaben|quellen|einzelnachweise|quellenverzeichnis|originalpublikation|"
    r"originalveröffentlichung)\s*:?\s*$",  # a header, no name
)

# clean: photo/image credits and copyright lines (removed as "credit"; not a text source)
CLEAN_CREDIT_PATTERNS: tuple[str, ...] = (
    r"(foto|fotos|bild|bilder|grafik|video|titelbild|symbolbild|bildquelle|illustration|karte)\s*:\s*.{1,120}$",
    r"©\s*.{0,120}$",
    r"copyright\b.{0,120}$",
    r"alle rechte vorbehalten.{0,60}$",
    r"\(?(alle )?angaben ohne gewähr.{0,80}$",
)

# clean: headers announcing an author bio block ("Über den Autor")
CLEAN_BIO_HEADERS: tuple[str, ...] = (
    r"(über (den|die) (autor|autorin|verfasser|verfasserin)|zur person|die autorin|der autor|zum autor)\s*:?\s*$",
)

# clean: a bio sentence starts with a name and one of these verbs ("Anna Berger ist Redakteurin …")
CLEAN_BIO_VERBS: tuple[str, ...] = (
    "ist", "war", "arbeitet", "schreibt", "berichtet", "lebt", "studierte", "leitet", "hat", "gehört", "liebt",
    "deckt", "recherchiert", "kam", "kümmert",
)

# clean: a name-only line or "Mehr über <Name>" before a bio is its header
CLEAN_BIO_NAME_HEADERS: tuple[str, ...] = (r"(mehr )?über", r"alle (artikel|beiträge) von", r"zum autor")

# clean: professional words that make a bio a real one (kept as author_bio metadata)
CLEAN_BIO_PROFESSION_WORDS: tuple[str, ...] = (
    "redakteur", "korrespondent", "journalist", "reporter", "ressort", "volontär", "chefredakt", "autor",
    "redaktion", "berichtet über", "büro", "agentur",
)

# clean: hobby/self-praise cues of invented content-farm bios ("In seiner Freizeit …", "leidenschaftlicher …")
CLEAN_FAKE_BIO_CUES: tuple[str, ...] = (
    r"in (seiner|ihrer) freizeit", r"leidenschaftlich", r"wenn (er|sie) nicht (gerade )?schreibt",
    r"liebt (er|sie)? ?(es|kaffee|reisen|bücher|hunde|katzen)", r"(ausgewiesene[rn]?|selbsternannte[rn]?) ",
    r"begeisterte[rn]? ", r"hobbys?", r"(mit|und) (seiner|ihrer) katze",
    r"(seit|über) (über |mehr als )?\d+ jahren? (über|schreibt)",
    r"(kaffee|bier|tee|schokoladen|pizza|speck|musik|reise|bücher|popkultur|zombie)[- ]?"
    r"(liebhaber|fan|junkie|kenner|experte|fanatiker)",
    r"(internet|web|twitter|social[- ]media|fernseh|tv|alkohol|musik|reise|essens|kaffee|bier)[- ]?"
    r"(nerd|fan|guru|junkie|experte|fanatiker|evangelist|pionier|liebhaber|enthusiast|ninja|fachmann|kenner|freak|praktiker|spezialist)",
)

# clean: vague claims of invented "experienced editor" bios of content farms (two make a bio fake)
CLEAN_INVENTED_BIO_CUES: tuple[str, ...] = (
    r"seit (über |mehr als )?\d+ jahren", r"mit (über |mehr als )?\d+ jahren (berufserfahrung|erfahrung)",
    r"bereits (über |mehr als )?\d+ (artikel|beiträge|texte)", r"(über|zu) alle[ms]?,? was", r"gute geschichten",
    r"zum team", r"zu uns (kam|gekommen|gestoßen)", r"in mehreren (hauptstädten|ländern|redaktionen)",
    r"experte für (aktuelle )?(nachrichten|themen|alles)", r"(deckt|behandelt) .{0,40}\bthemen .{3,80}ab",
    r"erfahrene[rn]? (redakteur|journalist|autor)", r"unser(e)? (autor|autorin) ",
)

# clean: head nouns of the one-to-three-word epithets in "Kaffeeliebhaber. Reisender. Internet-Nerd." bios
CLEAN_EPITHET_WORDS: tuple[str, ...] = (
    "liebhaber", "fan", "nerd", "guru", "junkie", "experte", "expertin", "fanatiker", "evangelist", "pionier",
    "enthusiast", "ninja", "kenner", "freak", "praktiker", "spezialist", "reisender", "reisende", "denker",
    "denkerin", "leser", "leserin", "schriftsteller", "kommunikator", "unruhestifter", "forscher", "befürworter",
    "aficionado", "gelehrter", "student", "studentin", "analytiker", "fachmann", "problemlöser", "entdecker",
    "tüftler", "bastler", "gamer", "spieler", "organisator", "anhänger", "wegbereiter", "vordenker", "maven",
)

# clean: function words that cannot end a sentence, so a line ending in one continues on the next line
CLEAN_WRAP_FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
        "aber", "sowie", "mit", "von", "zu", "zum", "zur", "im", "in", "am", "an", "auf", "für", "bei", "nach", "über",
        "unter", "vor", "aus", "um", "als", "wie", "dass", "ob", "wenn", "weil", "seit", "bis", "durch", "gegen",
        "ohne", "sich", "sein", "seine", "seiner", "ihr", "ihre", "ihrer", "es", "er", "sie", "wir", "nicht", "auch",
        "noch", "nur", "schon", "sehr", "mehr"
    ]
)

# clean: capitalised sentence openers that are never part of a name ("Doch Moreno schreibt …" has no
# person "Doch Moreno")
CLEAN_NOT_NAMES: frozenset[str] = frozenset(
    ["doch", "denn", "dann", "nun", "jetzt", "heute", "gestern", "hier", "dort", "zudem", "außerdem", "laut", "also", "so", "nur", "selbst", "sogar", "bereits", "schon", "inzwischen", "später", "damals", "zuvor", "danach", "deshalb", "daher", "trotzdem", "dennoch", "allerdings"]
)

# clean: frequent words, for the stop-word-ratio feature and the cheap language guess
CLEAN_STOP_WORDS: frozenset[str] = frozenset(
    [
        "der", "die", "das", "und", "in", "zu", "den", "von", "mit", "sich", "des", "auf", "für", "ist", "im", "dem",
        "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird",
        "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über", "einen", "so", "zum", "war", "haben", "nur",
        "oder", "aber", "vor", "zur", "bis", "mehr", "durch", "man", "sein", "wurde", "sei", "hatte", "kann", "gegen",
        "vom", "seit", "wir", "ich", "wenn"
    ]
)

# clean: words of share/print/social UI lines ("Teilen Drucken Facebook WhatsApp E-Mail")
CLEAN_UI_WORDS: frozenset[str] = frozenset(
    [
        "teilen", "drucken", "senden", "versenden", "merken", "speichern", "vorlesen", "anhören", "kopieren", "link",
        "e-mail", "email", "mail", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "xing", "pinterest",
        "messenger", "flipboard", "pocket", "reddit", "threads", "bluesky", "mastodon", "instagram", "youtube",
        "tiktok", "artikel", "beitrag", "seite", "per", "via", "auf", "kommentieren", "kommentare", "folgen",
        "abonnieren", "empfehlen", "|"
    ]
)


# --- ingest: month names for datelines --------------------------------------------------------------
# Used by ingest/dateline.py to read a publication date stated at the top of an article
# ("Berlin, 12. März 2024 (dpa) –", "Veröffentlicht am 12.03.2024, 14:05 Uhr"). Lower-case keys;
# Austrian "Jänner" and abbreviations with or without a dot (the dot is stripped before lookup).
DATELINE_MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12,
    "dez": 12,
}
# Weekdays that may precede the date ("Dienstag, 12. März 2024").
DATELINE_WEEKDAYS: tuple[str, ...] = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "mo", "di", "mi", "do", "fr", "sa", "so",
)
# Words that introduce the publication date on its own line ("Veröffentlicht am 12.03.2024", "Stand: ...").
DATELINE_CUES: tuple[str, ...] = (
    "veröffentlicht am", "veröffentlicht", "erschienen am", "erstellt am", "publiziert am", "datum", "stand",
    "zuletzt aktualisiert am", "aktualisiert am", "aktualisiert",
)


# --- cluster: words that carry no topic (cluster/text.py) ---------------------------------------------
# Function words and news filler dropped before TF-IDF, so two articles match on what happened and who
# was involved, not on "sagte", "heute" or "worden". Lower case.
CLUSTER_STOPWORDS: frozenset[str] = frozenset(
    ["aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "andere", "anderen", "auch", "auf", "aus", "bei", "beim", "bereits", "bis", "bisher", "da", "dabei", "damit", "dann", "darauf", "darf", "das", "dass", "daß", "dem", "den", "denen", "der", "deren", "des", "dessen", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "einige", "er", "es", "etwa", "für", "gegen", "gibt", "habe", "haben", "hat", "hatte", "hatten", "hier", "hin", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "in", "ist", "ja", "jahr", "jahre", "jahren", "jedoch", "jetzt", "kann", "kein", "keine", "können", "könne", "könnte", "laut", "man", "mehr", "mit", "muss", "müsse", "nach", "nachdem", "nicht", "noch", "nun", "nur", "ob", "oder", "ohne", "rund", "schon", "sei", "seien", "sein", "seine", "seinem", "seinen", "seiner", "seit", "sich", "sie", "sind", "so", "soll", "sollen", "sollte", "sowie", "über", "um", "und", "uns", "unter", "vom", "von", "vor", "war", "waren", "was", "weil", "weiter", "weitere", "weiteren", "wenn", "wer", "werde", "werden", "wie", "wieder", "will", "wir", "wird", "wo", "worden", "wurde", "wurden", "zu", "zum", "zur", "zwei", "drei", "sagte", "sagt", "sagten", "erklärte", "teilte", "mitteilte", "heute", "gestern", "morgen", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "uhr", "prozent", "millionen", "milliarden", "euro", "neue", "neuen", "neuer", "ersten", "mehrere"]
)


# --- dedup: cited sources and machine-translation artefacts (dedup/sources.py, dedup/farm.py) -------------
# Phrases naming where a text came from; group "source" is the agency or outlet. Catches farm source
# lines ("Quelle: Nordwire"), relaying phrases ("laut der Agentur X", "wie die Zeitung X berichtete").
DEDUP_SOURCE_PATTERNS: dict[str, str] = {  # a word the text must contain -> the pattern (a cheap pre-check)
    "Quelle": r"\bQuelle:\s*(?P<source>[^\n;,.()]{2,60})",
    "Angaben": r"\bnach Angaben (?:der |des |dem )?(?:Nachrichtenagentur|Agentur|Zeitung|Sender|Portals?) "
    r"(?P<source>[A-ZÄÖÜ][\w\-]+(?: [A-ZÄÖÜ][\w\-]+){0,3})",
    "laut": r"\blaut (?:der |des |dem )?(?:Nachrichtenagentur|Agentur|Zeitung|Sender|Portals?) "
    r"(?P<source>[A-ZÄÖÜ][\w\-]+(?: [A-ZÄÖÜ][\w\-]+){0,3})",
    "berichtete": r"\bwie (?:die |der |das )?(?:Nachrichtenagentur|Agentur|Zeitung|Sender) (?P<source>[A-ZÄÖÜ][\w\-]+"
    r"(?: [A-ZÄÖÜ][\w\-]+){0,3}) berichtete",
    "Material": r"\bMit Material (?:von|der) (?P<source>[A-ZÄÖÜ][\w\-]+(?: [A-ZÄÖÜ][\w\-]+){0,2})",
}
# Source phrases without a name in them → the kind of source they reveal.
DEDUP_SOURCE_PHRASES: dict[str, tuple[str, str]] = {  # trigger word -> (pattern, source it reveals)
    "Staatsmedien": (r"\bberichteten Staatsmedien\b", "Staatsmedien"),
    "Redaktion": (r"\bBerichterstattung von [^;\n]{2,80}; Redaktion von", "Reuters"),  # Reuters' German credits
}
# First-hand reporting: the medium named as the one a statement was given to, a document lies with, or that
# did the research ("sagte er dem Tagesblick", "ein Papier, das der Agentur Nordwire vorliegt", "nach
# Recherchen des Tagesblicks", "eines Nordwire-Reporters"). Group "source" is the medium; dedup compares it
# with the article's own outlet (provenance.py: a text with its own reporting is no rewrite of another).
# The name forms are loose on purpose: a match only counts when it is the article's own outlet.
_FIRST_HAND_NAME = r"(?P<source>[A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜ][\w\-]*){0,3})"
_FIRST_HAND_MEDIUM = r"(?:Nachrichtenagentur |Agentur |Zeitung |Redaktion )?"
DEDUP_FIRST_HAND_PATTERNS: tuple[str, ...] = (
    rf"\b(?:dem|der) {_FIRST_HAND_MEDIUM}{_FIRST_HAND_NAME} vor(?:liegt|liegen|lag|lagen)?\b",  # document
    rf"\b(?:dem|der) {_FIRST_HAND_MEDIUM}{_FIRST_HAND_NAME}(?=\s*[.,;:!?]|\s+(?:am Telefon|auf Anfrage|mit\b))",
    rf"\b(?:gegenüber|mit) (?:dem|der) {_FIRST_HAND_MEDIUM}{_FIRST_HAND_NAME}",  # "im Gespräch mit dem X"
    rf"\b(?:Informationen|Recherchen|Berechnungen|Zählung|Beobachtungen|Umfrage|Stichprobe|Auswertung) "
    rf"(?:des|der|von) {_FIRST_HAND_MEDIUM}{_FIRST_HAND_NAME}",
    r"\b(?P<source>[A-ZÄÖÜ][\w]+)-(?:Reporter|Reporters|Reporterin|Korrespondent|Korrespondenten|Korrespondentin)\b",
    # the medium as the subject of finding out: "Wie der Tagesblick aus dem Umfeld … erfuhr", "mit denen der
    # Tagesblick gesprochen hat", "die der Tagesblick ausgewertet hat"
    rf"\b(?:der|die|das) {_FIRST_HAND_MEDIUM}{_FIRST_HAND_NAME} (?:[^.,;]{{0,60}} )?(?:erfuhr|erfahren hat|"
    r"gesprochen hat|ausgewertet hat|einsehen konnte|eingesehen hat)\b",
)
# The same without a name: the paper speaking of itself.
DEDUP_FIRST_HAND_SELF: tuple[str, ...] = (r"\b(?:dieser|unserer) (?:Zeitung|Redaktion)\b",)
# Case endings a name takes after "des", "dem" or an adjective ("des Tagesblicks", "der Rheinischen
# Rundschau", "des Hauptstadt-Anzeigers"): stripped per word before a name is compared with an outlet.
DEDUP_NAME_ENDINGS: tuple[str, ...] = ("s", "es", "n", "en")
# Machine-translation leftovers in German text: English honorifics ("Hr Keller", "Mr Keller"), English
# thousands separators ("3,000 Beschäftigte"), English word order after a quote ("…," Chefin X sagte).
# The number pattern means \b\d{1,3},\d{3}\b, written separator first (one fixed-width lookbehind per
# digit count) so the regex engine scans for the comma instead of trying \b at every position: 17x faster.
DEDUP_MT_ARTEFACTS: dict[str, str] = {
    "english_honorific": r"\b(?:Hr|Mr|Mrs|Ms)\.?\s+[A-ZÄÖÜ]",
    "english_number_format": r",(?:(?<=\b\d,)|(?<=\b\d\d,)|(?<=\b\d\d\d,))\d{3}\b",
    "english_quote_order": r"[,.!?][\"“”]\s+(?:[A-ZÄÖÜ][\w\-]+\s+){1,4}(?:sagte|erklärte|fügte|teilte|betonte)\b",
}
