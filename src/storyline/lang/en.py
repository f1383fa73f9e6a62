"""English language resources, grouped by concept (STYLE.md habit 10).

Each stage owns its sections; a section starts with a comment naming the stage and what it catches.
Add sections; do not reorder or rename others' sections.
"""

from __future__ import annotations

CODE = "en"


# --- extract: quotes — cue verbs, patterns, roles, pronouns, media (extract/quotes.py) ----------
# Saying verbs as news text uses them; next to a quote or a reported clause they make it speech.
QUOTE_CUE_VERBS: frozenset[str] = frozenset({
    "said", "says", "say", "told", "tells", "added", "adds", "stressed", "stresses", "warned", "warns",
    "explained", "explains", "noted", "notes", "wrote", "writes", "stated", "states", "insisted", "insists",
    "argued", "argues", "asked", "asks", "replied", "replies", "announced", "announces", "claimed", "claims",
    "confirmed", "confirms", "reported", "reports", "criticised", "criticized", "emphasised", "emphasized",
    "declared", "declares", "admitted", "admits", "acknowledged", "acknowledges", "urged", "urges",
    "demanded", "demands", "promised", "promises", "pointed", "maintained", "maintains", "suggested",
    "suggests", "recalled", "tweeted", "posted", "predicted", "predicts", "described", "called", "continued",
    "concluded", "commented", "answered", "responded", "countered", "cautioned", "vowed", "saying", "adding",
    "warning", "insisting", "arguing", "pledged", "refused", "threatened", "denied", "denies", "revealed",
    "reveals", "found", "complained", "complains",
    # present-tense plurals of news prose ("Prosecutors allege …", "Lawyers argue …")
    "allege", "alleges", "alleged", "argue", "insist", "warn",
})
# Saying verbs followed by the listener, never by the speaker ("told Reuters"): the speaker precedes them.
QUOTE_CUE_LISTENER_AFTER: frozenset[str] = frozenset({"told", "tells"})
QUOTE_IMPERSONAL_CUES: frozenset[str] = frozenset()  # English names the source as the subject ("the report said")
QUOTE_IMPERSONAL_SOURCE_PREPS: frozenset[str] = frozenset()
QUOTE_DOCUMENT_FRONT: str = r"(?!)"
# Particle verbs are cues only with their particle later in the sentence ("pointed out").
QUOTE_CUE_PARTICLES: dict[str, tuple[str, ...]] = {"pointed": ("out",)}
# Participles after a main clause ("…, saying …"): the speaker is that clause's subject.
QUOTE_CUE_PARTICIPLES: frozenset[str] = frozenset({"saying", "adding", "warning", "insisting", "arguing"})
# Cues whose reported content may be an infinitive or gerund: "promised to publish", "denied acting".
# Not "refused": "refused to pay", "refused to inject fresh capital" report an act, not words.
QUOTE_CUE_NONFINITE: frozenset[str] = frozenset({"promised", "vowed", "pledged", "denied", "denies",
                                                  "threatened", "agreed", "offered"})
# Words that cannot open the source phrase in "…, <source> said": relatives and prepositions.
QUOTE_NOT_SOURCE_STARTS: frozenset[str] = frozenset({"which", "who", "that", "under", "in", "on", "at", "by",
                                                      "with", "for", "from", "after", "before", "as"})
# English frames are in English order already; the German table explains these two.
QUOTE_TRANSLATED_FRAME_VERBS: frozenset[str] = frozenset()
QUOTE_TRANSLATED_OPENING_VERBS: frozenset[str] = frozenset()
QUOTE_SUBORDINATORS: frozenset[str] = frozenset()
# A clause after "said" with no "that" whose subject opens with one of these (or a name or a number) and whose
# verb is past ("-ed" or below) is reported: "said the settlement protected taxpayers", "said its losses
# amounted to …"; "said nothing about …", "said goodbye" have no such subject.
QUOTE_CLAUSE_SUBJECTS: frozenset[str] = frozenset({
    "the", "its", "his", "her", "their", "our", "it", "he", "she", "they", "we", "i", "there", "this", "these",
    "those", "a", "an", "more", "some", "many", "most", "all", "about", "only", "nearly", "almost", "around",
    "fewer", "several", "both", "every", "each",
})
# The saying verbs that take such a clause (not "denied the charges", "called the ground …").
QUOTE_ZERO_THAT_CUES: frozenset[str] = frozenset({
    "said", "says", "say", "told", "tells", "added", "adds", "claimed", "claims", "insisted", "insists",
    "argued", "argues", "warned", "warns", "stated", "states", "believes", "believed", "acknowledged",
    "admitted", "estimated", "estimates", "saying", "adding", "reported", "allege", "alleges", "alleged",
    "argue", "insist", "warn",
})
QUOTE_PAST_FORMS: frozenset[str] = frozenset({
    "sent", "took", "made", "went", "came", "gave", "knew", "left", "lost", "saw", "found", "kept", "held",
    "paid", "rose", "fell", "cost", "put", "set", "met", "won", "ran", "began", "brought", "bought", "thought",
    "felt", "meant", "grew", "woke", "spent", "built", "led", "got", "became", "broke", "chose",
    "drove", "hit", "hurt", "let", "read", "sold", "stood", "struck", "understood", "wrote", "shut", "spoke",
})
# Finite auxiliaries and modals: after its subject, one of them makes a reported clause without "that" in any
# tense ("said they would not pay", "say there are at least four", "said that was not enough").
QUOTE_FINITE_AUXILIARIES: frozenset[str] = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may",
    "might", "does", "did",
})
# Prepositional cues: the speaker follows "according to X".
QUOTE_CUE_BEFORE_SPEAKER: tuple[str, ...] = ("according to",)
QUOTE_CUE_AFTER_SPEAKER: tuple[str, ...] = ()
# Verbs of a reported clause after a cue without "that": "said the company would cut jobs".
QUOTE_SUBJUNCTIVE: frozenset[str] = frozenset({
    "would", "will", "was", "were", "had", "has", "have", "is", "are", "could", "should", "might", "must",
    "can", "did", "does", "planned", "plans", "wanted", "wants", "needed", "needs",
})
QUOTE_COMPLEMENTISERS: frozenset[str] = frozenset({"that", "whether"})
QUOTE_NOT_VERBS: frozenset[str] = frozenset()  # German-only signal (see de.py)
# Speakers named by role ("a spokesperson for the ministry", "the minister", "police").
QUOTE_ROLE_STEMS: tuple[str, ...] = (
    "spokesperson", "spokesman", "spokeswoman", "minister", "president", "chancellor", "mayor", "chairman",
    "chairwoman", "chair", "chief", "head", "director", "expert", "lawyer", "attorney", "investigator",
    "official", "officials", "representative", "secretary", "leader", "executive", "manager", "adviser",
    "advisor", "analyst", "economist", "witness", "resident", "worker", "employee", "officer", "judge",
    "prosecutor", "ambassador", "diplomat", "source", "sources", "senator", "lawmaker", "ministry",
    "government", "police", "company", "union", "agency", "office", "department", "city", "council",
)
# Role stems of people who usually stay unnamed, or who are someone else's ("the lawyer"): "the spokesman said"
# does not refer back to the person named before.
QUOTE_ANONYMOUS_ROLES: tuple[str, ...] = (
    "spokesperson", "spokesman", "spokeswoman", "official", "officials", "source", "sources", "witness",
    "resident", "worker", "employee", "representative", "expert", "investigator", "lawyer", "attorney",
    "adviser", "advisor",
)
# Role stems that name institutions, not people: they speak ("teilte die Polizei mit") but are no "he"/"she".
QUOTE_INSTITUTION_STEMS: tuple[str, ...] = (
    "ministry", "government", "police", "company", "union", "agency", "office", "department", "city", "council",
)
QUOTE_ROLE_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "its", "his", "her", "their"})
# Prepositions: a name right after one is no subject ("Sommerfeld of the largest opposition group said").
QUOTE_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "at", "from", "with", "by", "in", "on", "to", "against"})
# English marks no case on determiners: any role after a saying verb may be its subject.
QUOTE_OBJECT_DETERMINERS: frozenset[str] = frozenset()
# "it" speaks for an organisation ("it added"): gender "n" resolves to organisations only.
QUOTE_PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "it": "n"}
# Age nouns refer back to a person like a pronoun: "the 58-year-old said" (no gender in English).
QUOTE_AGE_NOUN = "year-old"
QUOTE_AGE_DETERMINERS: dict[str, str] = {"the": ""}
QUOTE_GENDER_HONORIFICS: dict[str, str] = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m"}
# Titles before a name that are not part of it ("Dr. Berger"), and lowercase particles inside names
# ("Ursula von der Leyen"), for the fallback name reader.
QUOTE_NAME_TITLES: frozenset[str] = frozenset({"dr", "prof", "professor", "sir", "lord", "lady"})
QUOTE_NAME_PARTICLES: frozenset[str] = frozenset({"van", "von", "de", "der", "da", "di", "al", "bin", "la", "le"})
# Quoted titles and names: a short capitalised quoted phrase after an article is a name (the "Harbour Times").
QUOTE_TITLE_ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
QUOTE_TITLE_FUNCTION_WORDS: frozenset[str] = frozenset({"of", "the", "and", "for", "on", "a", "an", "to", "in"})
QUOTE_SPEECH_WORDS: frozenset[str] = frozenset({"i", "we", "you", "us", "me", "not"})
# Words before a quoted phrase that say someone used it: "spoke of a "…"", "described it as "…"".
# Verbs that name something with a quoted phrase ("called it „a blank cheque“"): what follows is an object, not a
# reported clause, even with quoted words in it.
QUOTE_NAMING_CUES: frozenset[str] = frozenset({"called", "calls", "calling", "described", "describes", "describing", "dubbed", "branded", "labelled", "labeled", "termed"})
QUOTE_NAMING_WORDS: frozenset[str] = frozenset({"of", "as"})
# Relaying media ("told Reuters", "in a statement", "in an interview with the BBC").
QUOTE_MEDIUM_NOUNS: frozenset[str] = frozenset({
    "agency", "newspaper", "paper", "magazine", "broadcaster", "channel", "station", "statement",
    "interview", "release", "conference", "podcast",
})
QUOTE_NOT_NAMES: frozenset[str] = frozenset({
    "the", "a", "an", "he", "she", "it", "we", "i", "they", "on", "in", "at", "and", "but", "so", "also",
    "this", "that", "these", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tomorrow", "then", "according", "as", "when", "if",
    "there", "here", "now", "however", "meanwhile",
})
# Abbreviations whose period does not end a sentence (compared case-folded, without the period).
QUOTE_ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt",
    "u.s", "u.k", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
})
QUOTE_FIRST_NAMES_FEMALE: frozenset[str] = frozenset({
    "anna", "mary", "elizabeth", "jennifer", "linda", "susan", "sarah", "karen", "nancy", "lisa", "emma",
    "olivia", "sophie", "kate", "catherine", "jane", "emily", "hannah", "laura", "rachel", "rebecca",
    "claire", "helen", "julia", "maria", "ursula", "angela", "kamala", "hillary", "theresa", "liz", "ruth",
    "margaret", "alice", "amy", "grace", "lucy", "natalia", "olga", "irina",
})
QUOTE_FIRST_NAMES_MALE: frozenset[str] = frozenset({
    "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "george", "peter", "paul", "mark", "andrew", "tom", "jack", "harry", "oliver", "daniel", "matthew",
    "chris", "christopher", "steven", "brian", "kevin", "jason", "joe", "donald", "boris", "emmanuel",
    "olaf", "vladimir", "sergei", "volodymyr", "alexander", "alexei", "keir", "rishi", "tony", "edward",
})


# --- extract: dates (extract/dates.py, extract/date_*.py) ---------------------------------------
# Month names → month number; short forms ("Sept. 5") count only next to a day or a year.
DATE_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}
DATE_MONTHS_SHORT: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Month names that are also verbs, modals or names ("may", "march", "June Smith"): months only next
# to a day or a year or after a cue word; matching is case-sensitive for these (capitalised only).
DATE_AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "june", "august"})
# Words before a bare month or year that make it a date ("in July", "since 2019", "late March").
DATE_CUE_WORDS: frozenset[str] = frozenset({
    "in", "since", "until", "till", "by", "from", "to", "of", "during", "early", "mid", "late", "before",
    "after", "between", "and", "or", "end", "beginning", "start", "middle", "year", "through", "throughout",
    "spring", "summer", "autumn", "fall", "winter", "around", "as",
})
DATE_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# Parts of a day after a weekday ("Monday night", "Friday morning") are still dates.
DATE_DAYPARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night")
DATE_DAY_WORDS: dict[str, int] = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
DATE_UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
    "year": "year", "years": "year", "quarter": "quarter", "quarters": "quarter", "weekend": "weekend",
}
# Words that shift a unit from the publication date ("last week", "next month", "this year").
DATE_DEICTIC: dict[str, int] = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
                                "coming": 1}
# Words that shift from the last date named in the text ("the following day", "the same year").
DATE_ANAPHORIC: dict[str, int] = {"following": 1, "same": 0, "preceding": -1}
DATE_SHIFTED_UNIT_WORDS: dict[str, tuple[str, int]] = {}
# "two weeks ago" puts the word after the unit; "in two weeks" before the number.
DATE_AGO_WORDS: frozenset[str] = frozenset({"ago"})
DATE_AHEAD_WORDS: frozenset[str] = frozenset({"in"})
DATE_PART_WORDS: dict[str, str] = {
    "early": "start", "beginning": "start", "start": "start", "mid": "mid", "middle": "mid", "late": "end",
    "end": "end",
}
DATE_SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
}
DATE_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}
DATE_QUARTER_WORDS: frozenset[str] = frozenset({"quarter"})
DATE_HALF_WORDS: frozenset[str] = frozenset({"half"})
DATE_DECADE_SUFFIX: tuple[str, ...] = ("s",)
DATE_CENTURY_WORDS: frozenset[str] = frozenset({"century"})
DATE_BC_MARKERS: tuple[str, ...] = ("bc", "b.c.", "bce")
# Tense cues (nearest cue wins; no cue = past, the usual tense of news reports).
DATE_FUTURE_CUES: frozenset[str] = frozenset({
    "will", "'ll", "shall", "going", "plans", "planned", "plan", "scheduled", "due", "expected", "next",
    "coming", "upcoming", "set", "would", "aims", "intends",
    # deadlines and what is still to start or end ("stay shut until the end of January", "the strike, which ends
    # on Wednesday"); not "by", which names the agent as often ("estimated by the audit office in March")
    "until", "ends", "starts", "begins",
})
DATE_PAST_CUES: frozenset[str] = frozenset({
    "said", "was", "were", "had", "did", "told", "announced", "last", "ago", "already", "has", "have",
    "since",
})
# Present-tense forms English news uses for what is scheduled ("The trial begins on Monday").
DATE_PRESENT_CUES: frozenset[str] = frozenset({
    "begins", "begin", "starts", "start", "ends", "end", "opens", "open", "meets", "meet", "hosts", "host",
    "resumes", "resume", "takes", "expires", "closes", "votes", "vote", "plays", "play", "runs", "comes",
    "remain", "remains", "stays",
})
DATE_PRESENT_BLOCKERS: frozenset[str] = frozenset({"has", "have", "had", "than"})
# Present verbs of a lasting state: a participle with them is an adjective ("schools remain closed on Monday")
DATE_STATE_VERBS: frozenset[str] = frozenset({"remain", "remains", "stay", "stays"})
# Regular past forms ("…ed") are past cues too: prefix (none) and ending.
DATE_PAST_PARTICIPLE: tuple[str, tuple[str, ...]] = ("", ("ed",))

DATE_PLURAL_UNITS: frozenset[str] = frozenset({"days", "weeks", "months", "years", "quarters"})
DATE_LATER_WORDS: frozenset[str] = frozenset({"later"})  # "three days after X" relates to X: a figure
DATE_EARLIER_WORDS: frozenset[str] = frozenset({"earlier"})
DATE_WEEKDAY_PREPS: frozenset[str] = frozenset({"on"})
DATE_ARTICLES: frozenset[str] = frozenset({"the"})
DATE_YEAR_OF: tuple[str, ...] = ("of", "of the year", "the year", "in the year")
DATE_PART_COMPOUNDS: dict[str, tuple[str, str]] = {
    "year-end": ("year", "end"), "midyear": ("year", "mid"), "mid-year": ("year", "mid"),
    "month-end": ("month", "end"), "midweek": ("week", "mid"), "mid-week": ("week", "mid"),
}
DATE_AFTER_PREPS: frozenset[str] = frozenset({"after"})
# English spans take in "on" ("on Tuesday") but not "in"/"since" ("in March 2023" → "March 2023"),
# as the English sample gold (dev part) mostly marks them.
DATE_SPAN_PREPS: tuple[str, ...] = ("on",)
DATE_COUNT_HEDGES: frozenset[str] = frozenset({"about", "nearly", "almost", "some", "more than", "over"})
DATE_FUTURE_PREPS: frozenset[str] = frozenset({"until", "till"})
DATE_DIRECTION_HEDGES: frozenset[str] = frozenset({"least"})  # "until at least Saturday"
DATE_FRACTION_COUNTS: dict[str, float] = {"half a": 0.5, "one and a half": 1.5, "two and a half": 2.5}
# "within three years" is a figure with the qualifier up_to (samples/README.md, figure rule 1), not a date.
DATE_WITHIN_PREPS: frozenset[str] = frozenset()
DATE_SPAN_OPENERS: frozenset[str] = frozenset({"within", "in", "over", "during"})
DATE_SPAN_ARTICLES: frozenset[str] = frozenset({"the"})
DATE_WEEKEND_WORDS: frozenset[str] = frozenset({"weekend"})
DATE_WEEKEND_PREPS: frozenset[str] = frozenset({"at the", "over the", "on the", "by the", "until the", "during the",
                                                "since the"})
DATE_RANGE_WORDS: tuple[str, str] = ("between", "and")
DATE_PAST_PREPS: frozenset[str] = frozenset({"since"})
DATE_SPAN_START_PREPS: frozenset[str] = frozenset({"since"})
DATE_NIGHT_BEFORE: str = ""  # English news writes "overnight", "early on Tuesday": the day itself

# --- extract: figures (extract/figures.py, extract/figure_*.py) ---------------------------------
FIGURE_NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000,
}
# "one"/"a" count only before a scale or fraction word ("a million", "one third").
FIGURE_ONE_WORDS: frozenset[str] = frozenset({"one", "a", "an"})
# "a year" is too often a rate ("30 million euros a day"); English counts only "one year" (a number word).
# Vague quantities ("dozens", "thousands of") are not figures (samples/README.md, figure rule 3).
FIGURE_ONE_UNITS: frozenset[str] = frozenset()
FIGURE_HALF_WORDS: frozenset[str] = frozenset()
FIGURE_SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
FIGURE_FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}
FIGURE_QUALIFIERS: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "about": "about", "around": "about", "roughly": "about", "some": "about", "approximately": "about",
    "an estimated": "about", "nearly": "almost", "almost": "almost", "close to": "almost",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to", "at least": "at_least",
    "no fewer than": "at_least", "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "exactly": "exactly", "just over": "more_than", "just under": "almost",
    "within": "up_to", "no more than": "up_to", "not more than": "up_to", "as high as": "up_to",
    "no less than": "at_least", "not less than": "at_least",
}
FIGURE_PREPOSITION_VERBS: tuple[str, ...] = ()  # English "over" needs no verb list: see figures._extend_left
# What a counted span of time is of, taken into the figure: a sentence ("sechs Jahre Haft", "six years in prison").
FIGURE_COUNTED_COMPLEMENTS: dict[str, tuple[str, ...]] = {"years": ("in prison", "in jail"), "months": ("in prison", "in jail")}
FIGURE_QUALIFIER_PARTICLES: frozenset[str] = frozenset()
FIGURE_UNITS: dict[str, str] = {
    "percent": "percent", "per cent": "percent", "%": "percent", "percentage points": "percentage points",
    "euros": "euros", "euro": "euros", "€": "euros", "dollars": "dollars", "dollar": "dollars", "$": "dollars",
    "us$": "dollars", "pounds": "pounds", "£": "pounds", "cents": "cent", "kilometres": "kilometre",
    "kilometers": "kilometre", "km": "kilometre", "miles": "mile", "tonnes": "tonne", "tons": "ton",
    "kilograms": "kilogram", "kg": "kilogram", "degrees": "degree", "hectares": "hectare",
    "megawatts": "megawatt", "hours": "hours", "days": "days", "weeks": "weeks", "months": "months",
    "years": "years", "minutes": "minutes", "eur": "euros", "usd": "dollars", "gbp": "pounds", "chf": "francs",
    "km/h": "km/h", "mph": "mph",
}
FIGURE_NOT_AFTER: frozenset[str] = frozenset({"am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc"})
FIGURE_LABEL_WORDS: frozenset[str] = frozenset({
    "article", "section", "no.", "number", "page", "p.", "chapter", "paragraph", "version", "tel.",
    "phone", "room", "route", "highway", "interstate", "platform", "round", "level", "stage", "part",
    "windows", "iphone", "channel", "gate", "flight", "grade", "class", "category", "episode", "season",
})
FIGURE_NOT_COUNTED: frozenset[str] = frozenset({
    "and", "or", "to", "of", "in", "on", "at", "for", "from", "by", "with", "the", "a", "an", "is", "are",
    "was", "were", "as", "than", "that", "which", "who", "have", "has", "had",
})
# Adjectives between a number and what it counts ("3,000 new jobs"); English nouns are not
# capitalised, so the counted noun is the first word after these.
FIGURE_COUNTED_SKIP: frozenset[str] = frozenset({"new", "more", "additional", "other", "extra", "fewer",
                                                 "of", "its", "their", "the", "local", "full-time"})
FIGURE_COUNTED_CAPITALISED: bool = False
FIGURE_COMPOUND_UNITS: dict[str, str] = {
    "year-old": "years (age)", "year": "years", "hour": "hours", "day": "days", "week": "weeks", "month": "months",
    "minute": "minutes", "page": "pages", "mile": "miles", "member": "members", "seat": "seats", "point": "points",
}
FIGURE_WORD_COMPOUNDS: bool = False  # "two-day" is hyphenated and handled as a compound
FIGURE_RATE_WORDS: frozenset[str] = frozenset({"per"})
FIGURE_SPEED_UNITS: frozenset[str] = frozenset({"kilometres", "kilometers", "km", "miles", "metres", "meters"})
FIGURE_MEASURE_UNITS: frozenset[str] = frozenset()  # "600 kilometres of track" reads as its own phrase
FIGURE_PARTITIVES: frozenset[str] = frozenset({"of them", "of whom", "of those"})
FIGURE_MINUS_WORDS: frozenset[str] = frozenset({"minus"})
FIGURE_FRACTION_PHRASES: dict[str, float] = {"half": 1 / 2}
FIGURE_COUNTED_JOINERS: frozenset[str] = frozenset()  # "jobs and homes" is too often two things
FIGURE_DATIVE_PREPS: frozenset[str] = frozenset()  # English nouns do not inflect for case
FIGURE_PLURALS_IN_N: frozenset[str] = frozenset()
FIGURE_PLURAL_N_ENDINGS: tuple[str, ...] = ()
# What is counted may run over a few words ("41 crew members", "60 container vessels"): it ends at
# the last plural noun, a word in -s or one of these.
FIGURE_IRREGULAR_PLURALS: frozenset[str] = frozenset({
    "people", "police", "staff", "children", "men", "women", "crew", "personnel", "cattle", "sheep", "fish",
})
# "over" right after a figure is a preposition, not a qualifier ("8.2 percent over two years").
FIGURE_PREPOSITION_QUALIFIERS: frozenset[str] = frozenset({"over"})


# ---------------------------------------------------------------------------------------------------
# clean: boilerplate, metadata lines and repairs (issue 5, storyline.clean). Same shapes as in lang/de.py:
# regular expressions matched case-insensitively from the start of a repaired line; the key is the reason.
# ---------------------------------------------------------------------------------------------------

CLEAN_LINE_PATTERNS: dict[str, tuple[str, ...]] = {
    # paywall and registration nags
    "paywall": (
        r"(this|the) (article|story|content|post) is (only )?(available "
        r")?(exclusively )?(for|to) (subscribers|members|premium)",
        r"(subscribe|sign up|register|log ?in|sign in) (now |today )?(to|and) (continue|keep) reading",
        r"(already|are you) (a )?(subscriber|member)\s*\?",
        r"(subscribe|subscription) (now|today)\b.{0,80}$",
        r"(to|you must) (read|continue|access) (the full|this|the rest of (the|this)) (article|story)",
        r"(get|start your|try) (unlimited|full|digital) access",
        r"you('ve| have) (reached|read) .{0,30}(free )?(articles?|stories) (limit|this month|for this month)",
        r"(create|register for) a free account",
        r".{0,60}\bfor (just|only) [$£€]\s?\d.{0,40}(month|week|year)",
    ),
    # "Read more"-style links to another story
    "read_also": (
        r"(read (more|also|next|this)|also read|see also|related|more on this( story)?|must read|recommended|"
        r"don't miss|more:|click here)\b\s*[:›»>\-–—…|]",
        r"(read (more|also|the full (story|article))|also read|see also|continue reading|keep reading|"
        r"more on this( story)?|click here( to read more)?)\s*[:›»>\-–—….!]*\s*$",
        r"(read more|also read|read also|see also)\b",
    ),
    # block headers of related-story lists
    "related_links": (
        r"(more|related|recommended|popular|latest|trending|top|similar|recent|other|featured|most (read|popular))"
        r" (stories|articles|posts|news|reads|videos|from .{1,30}|headlines|content)\s*[:»›]?\s*$",
        r"(you (may|might) (also )?(like|enjoy|be interested in)|more from (us|our network|the web)|"
        r"around the web|from our partners|recommended for you|what to read next|editor'?s picks|"
        r"trending now|most popular|most read|related|read next|up next|don'?t miss|must reads?|"
        r"more to explore|you may have missed)\s*[:»›]?\s*$",
    ),
    # comment sections and forms
    "comments_widget": (
        r"(\d+ )?(comments?|responses?|replies)\s*(\(\d+\))?\s*:?\s*$",
        r"(leave|post|add|write|submit) (a|your) (reply|comment|response)",
        r"(add yours|join the (discussion|conversation)|be the first to comment|no comments yet)",
        r"your email address will not be published",
        r"required fields are marked",
        r"(name|email|e-mail|website|comment)\s*\*\s*$",
        r"save my name, email",
        r"(reply|cancel reply|post comment|submit comment|log in to reply|report)\s*$",
        r"(you must be )?logged in to post a comment",
        r"comments (are|have been) (closed|disabled)",
        r"(view|show|load|read|see) (all )?(\d+ )?comments?\s*$",
        r"(notify me of|sign in to comment)",
        r"(let us know|tell us|share your thoughts) in the comments",
    ),
    # share/print/back-to-top UI
    "share_ui": (
        r"(back to top|scroll to top|go to top|top of page|jump to)\s*[↑▲^]?\s*$",
        r"(share|print|email|save|tweet|bookmark)( (this|the) (article|story|post|page))?( on .{1,20})?\s*:?\s*$",
        r"(copy link|link copied|share this|share on|print this page|listen to (this )?(article|story))\b.{0,40}$",
        r"(this (article|story) (has been|was) )?shared \d+ times",
        r"follow (us|[\w.@]+( [\w.@]+){0,3}) on (twitter|facebook|instagram|x|linkedin|threads|tiktok)\b.{0,160}$",
        r".{0,80}\bdownload (the|our) .{0,40}\bapps?\b.{0,60}$",
        r"loading\s*\.{0,3}\s*$",
    ),
    # reading-time lines
    "read_time": (
        r"(estimated )?(reading|read) time\s*:?\s*(about |approx\.? |~)?\d+\s*(min|mins|minutes?)\.?\s*$",
        r"(about |approx\.? |~)?\d+\s*(-| )?(min|mins|minutes?)\s+(read|reading time)\s*$",
    ),
    # newsletter sign-up
    "newsletter": (
        r"(sign up|subscribe|register) (for|to) (our|the) .{0,40}newsletter",
        r"(our|the|free|daily|weekly|morning|evening) .{0,30}newsletter\b",
        r"newsletter\s*(sign[- ]?up|:)",
        r"get (the|our) .{0,60}(in|to|delivered to) your inbox",
        r"(sign up|subscribe) (now|here|today)\s*[!.]?\s*$",
        r"newsletter\s*$",
        r"(enter|your) (your )?e-?mail( address)?\s*$",
        r"by (signing up|subscribing),? you agree",
    ),
    # cookie and consent notices
    "cookie": (
        r".{0,80}\b(we|this (site|website)|our (site|website|partners)) (uses?|use|set|store) cookies",
        r"cookie (settings|policy|preferences|notice|consent)",
        r"(accept|reject|allow|manage) (all )?(cookies|preferences)",
        r"(accept all|reject all|i agree|i accept|got it)\s*[!.]?\s*$",
        r"by (using|continuing to use) (this|our) (site|website).{0,80}(cookies|agree)",
        # IAB consent-framework wording ("We and our partners store and access …")
        r"we and our (partners|\d+ partners|vendors) (store|process|use|access)",
        r"(agree|accept) and (continue|close)\s*$",
    ),
    # advertising labels
    "advertisement": (
        r"[-–—*\[(]?\s*(advertisement|advertising|sponsored( content)?|paid (post|content|partnership)|"
        r"promoted|ad|ads by .{1,20}|story continues below( advertisement)?)\s*[-–—*\])]?\s*$",
    ),
    # menus, breadcrumbs, pagination and tag lists
    "navigation": (
        r"(home)\s*(›|»|>|/|\||::)\s*.{0,200}$",
        r"page \d+ of \d+\s*$",
        r"(next|previous|prev) (page|article|post|story)\b.{0,150}$",
        r"(back to|return to) (home|homepage|top|the (home ?page|article|index))\s*$",
        r"(tags|tagged|filed under|posted in|categories|topics)\s*:.{0,200}$",
        r"(posted|filed) in\b.{0,80}$",
        r".{0,100}\|\s*(categories|tags|filed under)\s*:.{0,150}$",
    ),
    # publication/update timestamps on their own line
    "timestamp": (
        r"(published|updated|posted|last updated|first published)( on| at)?\s*:?\s*"
        r"(\w+,?\s*)?(\d{1,2}[ /.-]|[a-z]{3,9}\.? \d{1,2},? )\S*\s?\d{2,4}.{0,40}$",
        r"(last modified|release date|date published|publication date|last updated)\s*:?[\w\d.:, ]{0,30}$",
        r".{0,60}\b(last modified|last updated)\s*:\s*[\w\d.:, -]{0,30}$",
        r"(\w+,\s*)?(january|february|march|april|may|june|july|august|september|october|november|december|"
        r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2},? \d{4}"
        r"(,?\s*(at\s*)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([a-z]{2,4})?)?\s*$",
    ),
}

# clean: contact blocks of press releases; reason "contact"
CLEAN_CONTACT_PATTERNS: tuple[str, ...] = (
    r"(phone|tel\.?|telephone|fax|mobile|cell)\s*:?\s*[+\d(][\d\s()/+.-]{5,}$",
    r"(media contact|press contact|contact( us)?|for (further|more) information,? contact)\s*:?\s*$",
)

# clean: inline "Read more" tails after the last sentence of a paragraph
CLEAN_INLINE_TAIL_PATTERNS: dict[str, tuple[str, ...]] = {
    "read_also": (r"(read more|also read|read also|see also|related|more on this)\s*[:›»>\-–—…|]",),
}

# clean: bylines and editor/credit lines (case-sensitive; group "name" is the person)
CLEAN_BYLINE_PATTERNS: tuple[str, ...] = (
    r"(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by|[Ss]tory by) (?P<name>{NAMES})"
    r"(?:,? (?:in )?[A-Z][\w-]+)?(?:\s*[|·•–,-]\s*[\w.,: ]*\d[\w.,: ]*)?\s*$",
    r"(?:Author|Reporter|Correspondent|Editor|Writer)\s*:\s*(?P<name>{NAMES})\s*$",
    r"(?P<name>{NAMES})\s*[|·•]\s*[\w .-]{0,30}(?:[Dd]esk|[Nn]ewsroom|[Tt]eam|[Ss]taff|[Cc]orrespondent)\s*$",
    r"(?:[Ee]diting|[Ee]dited|[Aa]dditional reporting|[Rr]eporting|[Cc]ompiled|[Ww]riting) by (?P<name>{NAMES})"
    r"(?:;.{0,80})?\s*\.?\s*$",
)

# clean: lines naming the source of the text
CLEAN_SOURCE_PATTERNS: tuple[str, ...] = (
    r"(?:source|sources)\s*:\s*(?P<source>[^|]{1,120}?)\s*\.?\s*$",
    r"(?:with|including) (?:reporting|material|additional reporting|"
    r"information) (?:from|by) (?P<source>.{1,80}?)\s*\.?\s*$",
    r"(?:this (?:story|article) (?:was|is) )?(?:originally )?(?:published|"
    r"appeared) (?:by|on|in) (?P<source>.{1,60}?)\s*\.?\s*$",
)

# clean: photo/image credits and copyright lines
CLEAN_CREDIT_PATTERNS: tuple[str, ...] = (
    r"(photo|photos|image|images|picture|video|illustration|graphic|credit|photograph)s?( credit)?\s*:\s*.{1,120}$",
    r"©\s*.{0,120}$",
    r"copyright\b.{0,120}$",
    r"all rights reserved.{0,60}$",
    r"\((photo|image|picture|credit)\b.{1,100}\)\s*$",
)

# clean: headers announcing an author bio block
CLEAN_BIO_HEADERS: tuple[str, ...] = (r"(about the (author|writer)|author bio|about me)\s*:?\s*$",)

# clean: a bio sentence starts with a name and one of these verbs
CLEAN_BIO_VERBS: tuple[str, ...] = (
    "is", "was", "works", "writes", "covers", "reports", "lives", "has", "joined", "loves", "studied",
)

# clean: a name-only line or "More about <Name>" before a bio is its header
CLEAN_BIO_NAME_HEADERS: tuple[str, ...] = (r"(more )?about", r"(all )?(articles|stories|posts) by", r"meet")

# clean: professional words that make a bio a real one
CLEAN_BIO_PROFESSION_WORDS: tuple[str, ...] = (
    "reporter", "correspondent", "journalist", "editor", "staff writer", "bureau", "covers", "desk", "newsroom",
)

# clean: hobby/self-praise cues of invented content-farm bios
CLEAN_FAKE_BIO_CUES: tuple[str, ...] = (
    r"(in|during) (his|her|their) (spare|free) time", r"passionate", r"when (he|she|they)('s| is| are)? not writing",
    r"avid ", r"lover of", r"self-proclaimed", r"hobbies", r"enthusiast", r"aficionado", r"(loves|enjoys) ",
    r"(coffee|beer|bacon|music|travel|food|pop culture|zombie|tv|alcohol|internet|web|twitter|social media)[- ]?"
    r"(lover|fan|junkie|expert|fanatic|evangelist|pioneer|enthusiast|ninja|guru|nerd|geek|buff|addict|maven|scholar|specialist|practitioner|advocate)",
)

# clean: vague claims of invented "experienced editor" bios of content farms (two make a bio fake)
CLEAN_INVENTED_BIO_CUES: tuple[str, ...] = (
    r"for (over |more than )?\d+ years", r"with (over |more than )?\d+ years of experience",
    r"(already )?(written|published) (over |more than )?\d+ (articles|stories|posts)", r"everything (that )?matters",
    r"(a )?good stor(y|ies)", r"joined (us|the team)", r"in (several|many) (capitals|countries|newsrooms)",
    r"expert (on|in) (current )?(news|affairs|everything)", r"covers (topics|everything)",
    r"(seasoned|experienced) (editor|journalist|writer)", r"our (author|writer) ",
)

# clean: head nouns of epithet-list bios ("Coffee lover. Traveler. Internet nerd.")
CLEAN_EPITHET_WORDS: tuple[str, ...] = (
    "lover", "fan", "nerd", "guru", "junkie", "expert", "fanatic", "evangelist", "pioneer", "enthusiast", "ninja",
    "geek", "buff", "addict", "maven", "scholar", "specialist", "practitioner", "advocate", "traveler", "traveller",
    "thinker", "reader", "writer", "communicator", "troublemaker", "explorer", "student", "analyst", "aficionado",
    "creator", "gamer", "organizer", "introvert", "extrovert", "trailblazer", "devotee", "connoisseur", "buff",
)

# clean: function words that cannot end a sentence
CLEAN_WRAP_FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "as",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "its", "their", "his", "her", "our", "this",
        "these", "those", "which", "who", "whom", "whose", "into", "onto", "than", "not", "also"
    ]
)

# clean: capitalised sentence openers that are never part of a name
CLEAN_NOT_NAMES: frozenset[str] = frozenset(
    ["however", "then", "now", "today", "yesterday", "here", "there", "meanwhile", "later", "earlier", "still", "yet", "so", "thus", "hence", "also", "instead", "indeed"]
)

# clean: frequent words, for the stop-word-ratio feature and the cheap language guess
CLEAN_STOP_WORDS: frozenset[str] = frozenset(
    [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on", "not",
        "he", "i", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "they", "you", "were", "her",
        "she", "there", "been", "has", "their", "will", "would", "said", "its", "who", "more", "than", "also", "had",
        "after"
    ]
)

# clean: words of share/print/social UI lines
CLEAN_UI_WORDS: frozenset[str] = frozenset(
    [
        "share", "print", "email", "e-mail", "mail", "save", "tweet", "facebook", "twitter", "x", "whatsapp",
        "telegram", "linkedin", "pinterest", "reddit", "messenger", "flipboard", "pocket", "threads", "bluesky",
        "mastodon", "instagram", "youtube", "tiktok", "link", "copy", "this", "article", "story", "page", "on", "via",
        "follow", "us", "subscribe", "comments", "comment", "|"
    ]
)


# --- ingest: month names for datelines --------------------------------------------------------------
# Used by ingest/dateline.py to read a publication date stated at the top of an article
# ("LONDON, March 12, 2024 (Reuters) -", "Published: 12 March 2024"). Lower-case keys; abbreviations
# with or without a dot (the dot is stripped before lookup).
DATELINE_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Weekdays that may precede the date ("Tuesday, March 12, 2024").
DATELINE_WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)
# Words that introduce the publication date on its own line ("Published: 2024-03-12", "Posted on ...").
DATELINE_CUES: tuple[str, ...] = (
    "published on", "published", "first published on", "first published", "posted on", "posted", "date",
    "last updated on", "last updated", "updated on", "updated",
)


# --- entities (extract/ner.py, extract/entities.py) ---------------------------------------------
# Function words that tell English text from German when an article has no language yet (ner.py).
NER_FUNCTION_WORDS: frozenset[str] = frozenset({
    "the", "and", "is", "not", "with", "a", "an", "on", "for", "of", "to", "that", "was", "it", "he", "she",
})
# OntoNotes labels of the English model → our types; unlisted labels (DATE, MONEY, …) are not entities here.
# NORP ("French", "Democrats") and LANGUAGE are left out, as German demonym adjectives are: our MISC is
# named events, laws and products (samples/FORMAT.md).
ONTONOTES_TYPES: dict[str, str] = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC",
}
# The OntoNotes labels whose moves the English recogniser keeps (extract/ner_moves.py): ours, NORP (a
# nationality before an organisation joins it), and CARDINAL and DATE as sinks, so numbers and dates do
# not fall to a name type. The other six (MONEY, PERCENT, TIME, …) cost a third of its moves.
NER_MODEL_LABELS: frozenset[str] = frozenset({*ONTONOTES_TYPES, "NORP", "CARDINAL", "DATE"})
# Words in front of a name that are not part of it: honorifics and roles ("Mr Lavrov", "President Macron").
NAME_PREFIXES: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
    "minister", "prime", "chancellor", "secretary", "senator", "governor", "mayor", "general", "pope",
    "king", "queen", "prince", "princess", "spokesman", "spokeswoman", "chief", "judge", "rep", "sen", "gov",
})
# Adjectives of nationality → the country's English name (linked like German DEMONYMS).
DEMONYMS: dict[str, str] = {
    "german": "Germany", "french": "France", "british": "United Kingdom", "english": "England",
    "italian": "Italy", "spanish": "Spain", "russian": "Russia", "ukrainian": "Ukraine", "polish": "Poland",
    "american": "United States", "chinese": "China", "japanese": "Japan", "indian": "India",
    "israeli": "Israel", "turkish": "Turkey", "greek": "Greece", "austrian": "Austria", "swiss": "Switzerland",
    "dutch": "Netherlands", "belgian": "Belgium", "swedish": "Sweden", "norwegian": "Norway",
    "danish": "Denmark", "finnish": "Finland", "canadian": "Canada", "mexican": "Mexico",
    "brazilian": "Brazil", "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria", "egyptian": "Egypt",
    "european": "Europe", "african": "Africa", "asian": "Asia", "australian": "Australia",
}
# English long forms of the acronyms in de.ACRONYMS (same keys = same organisation).
# Acronyms of the table below that name a country, not an organisation.
ACRONYM_PLACES: frozenset[str] = frozenset({"USA", "UK", "UAE", "USSR", "GDR", "FRG"})
ACRONYMS: dict[str, tuple[str, ...]] = {
    "UN": ("United Nations",), "EU": ("European Union",), "USA": ("United States", "United States of America", "US", "U.S."),
    "NATO": ("North Atlantic Treaty Organization",), "EZB": ("European Central Bank", "ECB"),
    "IWF": ("International Monetary Fund", "IMF"), "WHO": ("World Health Organization",),
    "AFP": ("Agence France-Presse",), "AP": ("Associated Press",), "dpa": ("German Press Agency",),
    "UK": ("United Kingdom", "Britain", "Great Britain"), "IOC": ("International Olympic Committee",),
    "FBI": ("Federal Bureau of Investigation",), "CIA": ("Central Intelligence Agency",),
}
# Last words of newspaper names whose "The" is their own ("The Harbour Times"): ner.py keeps it there only
MEDIA_TITLE_WORDS: frozenset[str] = frozenset({
    "times", "post", "herald", "journal", "dispatch", "tribune", "guardian", "economist", "independent",
    "telegraph", "observer", "globe", "chronicle", "news", "gazette", "mail", "sun", "mirror", "star", "courier",
    "express", "examiner", "register", "standard", "review", "monitor", "atlantic", "spectator", "week",
})
# Articles the English model includes in ORG/LOC spans ("the United Nations"); stripped from mentions.
LEADING_ARTICLES: frozenset[str] = frozenset({"the"})
# Role nouns right before a name of two or three words that make it a person whatever the model said
# ("chief executive Anirudh Choudhury", "Its chief executive, Anirudh Choudhury,"): entity_spans.titled_persons.
PERSON_ROLE_WORDS: frozenset[str] = frozenset({
    "executive", "director", "spokesperson", "spokesman", "spokeswoman", "minister", "president", "chancellor",
    "mayor", "chairman", "chairwoman", "lawyer", "attorney", "prosecutor", "judge", "analyst", "economist",
    "researcher", "officer", "manager", "founder", "co-founder", "commissioner", "secretary", "senator",
    "lawmaker", "ambassador", "adviser", "advisor", "captain", "coach", "professor", "dr", "dr.",
})
# Courtesy titles that belong to a person mention's span ("Mr Keller"); roles ("President") stay outside.
COURTESY_TITLES: frozenset[str] = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"})


# --- cluster: words that carry no topic (cluster/text.py) ---------------------------------------------
# Function words and news filler dropped before TF-IDF, so two articles match on what happened and who
# was involved, not on "said", "today" or "would". Lower case.
CLUSTER_STOPWORDS: frozenset[str] = frozenset(
    ["a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "more", "most", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "said", "says", "told", "according", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "percent", "million", "billion", "new", "first", "two", "three", "year", "years"]
)
# Role words as the end of a compound; English rarely compounds, so only a few hyphenated ones.
ROLE_SUFFIXES: tuple[str, ...] = ("-in-chief", "spokesman", "spokeswoman", "spokesperson")
# Words the model tags but our MISC excludes (currencies, generic words). Compared case-folded.
# A bare nationality adjective ("Ukrainian silos", "Ukrainian, Turkish and EU officials") is no name, as
# German adjectives are not (samples/FORMAT.md); the model sometimes takes it for a place.
NOT_ENTITIES: frozenset[str] = frozenset({"euro", "euros", "dollar", "dollars", "pound", "pounds", "bitcoin", "internet",
                                          "darknet"}) | frozenset(DEMONYMS)
NAME_BREAKING_VERBS: frozenset[str] = frozenset({
    "has", "had", "have", "is", "was", "were", "are", "will", "would", "said", "says", "told",
})
NOT_NAME_LAST_WORDS: frozenset[str] = frozenset()  # English objects follow the verb, not the subject
# English descriptors precede names in lower case ("the carmaker Volkswagen"); the model leaves them out.
ORG_DESCRIPTOR_HEADS: tuple[str, ...] = ()
# Words right before a repeated surname that make it a common noun ("the Baker"): no propagation there.
NOT_NAME_BEFORE: frozenset[str] = frozenset({"a", "an", "the", "this", "that", "no"})


# --- dedup: cited sources and machine-translation artefacts (dedup/sources.py, dedup/farm.py) -------------
# Phrases naming where a text came from; group "source" is the agency or outlet ("according to the
# agency X", "X reported", "Source: X").
DEDUP_SOURCE_PATTERNS: dict[str, str] = {  # a word the text must contain -> the pattern (a cheap pre-check)
    "Source": r"\bSource:\s*(?P<source>[^\n;,.()]{2,60})",
    "according": r"\baccording to (?:the )?(?:news agency|agency|newspaper|broadcaster) "
    r"(?P<source>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,3})",
    "reporting": r"\b(?:Additional reporting|With reporting) by (?P<source>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})",
}
# Source phrases without a name in them → the kind of source they reveal.
DEDUP_SOURCE_PHRASES: dict[str, tuple[str, str]] = {  # trigger word -> (pattern, source it reveals)
    "state media": (r"\bstate media reported\b", "state media"),
    "Editing": (r"\bReporting by [^;\n]{2,80}; Editing by", "Reuters"),  # Reuters' credit line
}
# First-hand reporting: the medium named as the one told something, that saw a document or found it out
# ("told The Harbour Times", "seen by Metro Dispatch", "Metro Dispatch understands"). Group "source" is the
# medium; dedup compares it with the article's own outlet (provenance.py: a text with its own reporting is
# no rewrite of another), so the name forms are loose.
_FIRST_HAND_NAME = r"(?P<source>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3})"
DEDUP_FIRST_HAND_PATTERNS: tuple[str, ...] = (
    rf"\b(?:told|telling|interview with|spoke to|speaking to) {_FIRST_HAND_NAME}",
    rf"\b(?:seen|reviewed|obtained|verified|analysed|analyzed) by {_FIRST_HAND_NAME}",
    rf"\b{_FIRST_HAND_NAME} (?:understands|has learned|has learnt|revealed|has seen)\b",
)
# The same without a name: the paper speaking of itself.
DEDUP_FIRST_HAND_SELF: tuple[str, ...] = (r"\b(?:this|our) newspaper\b",)
DEDUP_NAME_ENDINGS: tuple[str, ...] = ()  # English names do not inflect (a possessive is not a credit)
# Machine-translation leftovers in English text: German honorifics and German number formats. The number
# pattern means \b\d{1,3}\.\d{3}\b(?!\.\d), written separator first so the engine scans for the dot.
DEDUP_MT_ARTEFACTS: dict[str, str] = {
    "german_honorific": r"\b(?:Hr|Hrn|Fr)\.?\s+[A-Z]",
    "german_number_format": r"\.(?:(?<=\b\d\.)|(?<=\b\d\d\.)|(?<=\b\d\d\d\.))\d{3}\b(?!\.\d)",
}
# Last words that make a name an organisation whatever the model says ("Halvorsen Capital").
# Legal forms after a company name ("Elbtainer AG"): the article calls it by the name alone too
# ("Elbtainer"), so entity_spans.py looks for the bare name again.
LOC_LANDMARK_HEADS: frozenset[str] = frozenset()  # English names the place itself ("Hamburg port")
ORG_DERIV_HEADS: frozenset[str] = frozenset()
ORG_INSTITUTION_ENDINGS: tuple[str, ...] = ()  # English names are capitalised throughout: the model sees them
ORG_INSTITUTION_LINKS: frozenset[str] = frozenset()
ORG_PURPOSE_LINKS: frozenset[str] = frozenset()
ORG_INSTITUTION_NOT_ALONE: frozenset[str] = frozenset()
PLACE_ADJECTIVE_HEADS: frozenset[str] = frozenset()  # "the Black Sea": capitalised, the model sees it
PLACE_ADJECTIVE_REGIONS: frozenset[str] = frozenset()
ACRONYM_BODY_HEADS: tuple[str, ...] = ()
NOT_NAME_ENDINGS_AT_SENTENCE_START: tuple[str, ...] = ()  # "-ly" would take "Italy", "Kelly"
# Region words closing an organisation's name ("Hafenunion Nord"): the article calls it by the rest
# alone too ("die Hafenunion"), so entity_spans.py looks for that short form again.
ORG_REGION_SUFFIXES: frozenset[str] = frozenset({"north", "south", "east", "west"})
# Ship prefixes: "MV Kestrel", "MS Europa" name a vessel (MISC, as GermEval's OTH), and the article
# calls it by the bare name too ("die Kestrel").
SHIP_PREFIXES: frozenset[str] = frozenset({"MV", "MS", "MT", "MY", "SS", "RMS", "HMS", "USS", "FGS", "HMAS"})
# Rivers: "the Oder", "Frankfurt (Oder)", "Frankfurt an der Oder"; a river after "the" is a place.
RIVERS: frozenset[str] = frozenset({
    "Oder", "Elbe", "Rhine", "Danube", "Main", "Weser", "Neisse", "Spree", "Havel", "Moselle", "Saale", "Vistula",
    "Warta", "Thames", "Seine", "Loire", "Meuse", "Scheldt", "Dnieper", "Dnipro", "Volga", "Ruhr", "Saar",
})
# Nouns of geography closing a name of two or more words make it a place whatever the model said
# ("Deutsche Bucht", "German Bight"): entity_spans.harmonise retypes such names.
LOC_FEATURE_LAST_WORDS: frozenset[str] = frozenset({"sea", "bay", "bight", "island", "islands", "peninsula", "coast", "valley", "channel", "strait", "gulf", "lake"})
LOC_FACILITY_ENDINGS: tuple[str, ...] = ("stadium", "arena", "bridge")
LOC_FACILITY_HEADS: tuple[str, ...] = ()  # English writes the facility noun after the name ("Wellesweiler steelworks")
# English writes ship names without quotes and laws in words ("Political Parties Act"): the German one-word
# rules for them (entity_spans.quoted_ship_names, law_names) do not apply, nor German organisation cue words
VESSEL_NOUN_ENDINGS: tuple[str, ...] = ()
MISC_LAW_ENDINGS: tuple[str, ...] = ()
MISC_LAW_GENERIC: frozenset[str] = frozenset()
ORG_CUE_WORDS: frozenset[str] = frozenset()
# Prepositions that put a one-word name somewhere ("in Wellesweiler"; not "from": "a letter from Smith")
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"in", "near"})
# English names of German and Austrian states and regions, which the English model takes for organisations
# ("Saxony-Anhalt's interior ministry", "Rhineland-Palatinate"): always places.
KNOWN_PLACES: frozenset[str] = frozenset({
    "Baden-Württemberg", "Bavaria", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hesse", "Lower Saxony",
    "Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern", "North Rhine-Westphalia", "Rhineland-Palatinate",
    "Saarland", "Saxony", "Saxony-Anhalt", "Schleswig-Holstein", "Thuringia", "Lower Bavaria", "Upper Bavaria",
    "Franconia", "Swabia", "Lower Austria", "Upper Austria", "Styria", "Carinthia", "Tyrol", "Vorarlberg",
    "Burgenland", "Salzburg", "Vienna", "Ruhr", "Rhineland", "Westphalia", "Lusatia", "Silesia", "Pomerania",
})
# German bare institution nouns (see de.py); English articles name the body in full or generically.
ORG_BARE_INSTITUTIONS: frozenset[str] = frozenset()
ORG_BARE_INSTITUTION_SUFFIX: str = ""
ORG_LEGAL_FORMS: frozenset[str] = frozenset({"inc", "inc.", "ltd", "ltd.", "plc", "llc", "corp", "corp.", "co.", "ag", "se", "gmbh",
                                               "s.a.", "n.v.", "b.v.", "s.p.a.", "a/s"})
ORG_FEDERAL_PREFIX: str = ""  # German one-word federal bodies only (see de.py)
ORG_FEDERAL_ENDINGS: tuple[str, ...] = ()
# English organisations end with their head noun (ORG_LAST_WORDS); no first-word endings.
ORG_FIRST_WORD_ENDINGS: tuple[str, ...] = ()
ORG_LAST_WORDS: frozenset[str] = frozenset({
    "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.", "plc", "llc", "ag", "gmbh", "group", "capital",
    "holdings", "partners", "lines", "airlines", "energy", "systems", "bank", "union", "association", "agency",
})
# Institution words that make "<word> <place>" one organisation name ("City of ..." aside): "Police Scotland".
# entity_spans.py merges the word and the model's LOC mention after it into one ORG.
ORG_PLACE_HEADS: frozenset[str] = frozenset({"police", "university"})
LOC_PLACE_HEADS: frozenset[str] = frozenset()  # English news names such places without one ("Saxony")
ORG_PLACE_HEAD_ENDINGS: tuple[str, ...] = ()  # English puts the place first ("Saxony State Bank")
# Product nouns before a product's name ("the software ProofScan", "an e-bike called the Weserpfeil") and after it
# ("the LenzAlarm app"): the name is a product (MISC)
PRODUCT_NOUN_ENDINGS: tuple[str, ...] = ("software", "malware", "helicopter", "e-bike", "drug", "vaccine", "brand")
PRODUCT_NOUNS_AFTER: frozenset[str] = frozenset({"app", "software", "helicopter", "helicopters", "e-bike"})
