"""Who said it: the cue next to a quote, the speaker that cue points at, and the medium relaying it.

A frame is the text of a quote's sentence outside the quote. The cue nearest to the quote decides the
pattern: a saying verb takes the speaker right after it ("sagte Müller", "fügte er hinzu") or before it
("Müller sagte"); "laut"/"according to"/"so" take the speaker after, "zufolge" the speaker before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.extract.quote_speakers import (
    Candidate,
    SpeakerIndex,
    antecedent,
    apposed_after,
    complement_organisation,
    compound_organisation,
    named_role,
    read_name,
    word_before,
)
from storyline.extract.quote_text import WORD

# Reasons a quote has no speaker entity (Quote.speaker_missing_reason); documented for users.
MISSING_REASONS: dict[str, str] = {
    "no_cue": "no saying verb or attribution pattern near the quote",
    "no_speaker": "a cue was found but no speaker next to it (\"hieß es\")",
    "role_only": "the speaker is named only by role and no named person holds that role in the text",
    "pronoun_unresolved": "a pronoun with no fitting person before it",
    "no_entity": "a speaker was found but it has no entity id (NER unavailable or unlinked)",
}
_MAX_GAP_WORDS = 3  # "sagte am Montag Müller": a few words may sit between an inverted cue and its speaker


@dataclass(frozen=True)
class Cue:
    """A cue word in a frame; ``kind`` says where its speaker sits."""

    start: int
    end: int
    word: str
    kind: str  # "verb", "before" (speaker follows: laut, so), "after" (speaker precedes: zufolge)


@dataclass(frozen=True)
class Attribution:
    """The outcome for one quote: its speaker (resolved), cue and relaying medium."""

    cue: Cue | None
    speaker: Candidate | None
    surface: Candidate | None  # what the text says (a pronoun or role) before resolution
    via: str | None

    def continued(self) -> Attribution:
        """The same speaker, surface and medium without a cue: for quotes that go on from this one."""
        return Attribution(None, self.speaker, self.surface, self.via)


def find_cues(index: SpeakerIndex, a: int, b: int, right_frame: bool) -> list[Cue]:
    """Cues inside [a, b) in text order."""
    lex = index.lex
    cues = [Cue(s, e, w, "verb") for s, e, w in index.words_in(index.cue_words, index.cue_starts, a, b)
            if _particle_ok(index, w, e, b)]
    for start, end, word in index.words_in(index.prep_words, index.prep_starts, a, b):
        low = word.lower()
        if end > b or (low == "so" and not _so_cue(index, start, end, a, b, right_frame)):
            continue
        kind = "after" if low in lex.cue_after_speaker else "before"
        cues.append(Cue(start, end, word, kind))
    return sorted(cues, key=lambda c: c.start)


def _particle_ok(index: SpeakerIndex, verb: str, end: int, b: int) -> bool:
    """A particle verb counts only with its particle after it in the frame ("fügte er hinzu")."""
    particles = index.lex.cue_particles.get(verb.lower())
    if not particles:
        return True
    later = {w.lower() for w in WORD.findall(index.text, end, max(b, end))}
    return any(p in later for p in particles)


def _so_cue(index: SpeakerIndex, start: int, end: int, a: int, b: int, right_frame: bool) -> bool:
    """ "so" cites only opening a frame after a quote („…“, so Müller) or after a comma (…, so die Ministerin)."""
    text = index.text
    if right_frame and not WORD.search(text, a, start):
        return True
    nxt = WORD.search(text, end, b)
    after_comma = re.search(r",[ \t]*$", text[max(a, start - 3) : start]) is not None
    return after_comma and nxt is not None and (nxt.group()[0].isupper() or nxt.group() in index.lex.role_determiners)


def speaker_for(index: SpeakerIndex, cue: Cue, a: int, b: int) -> Candidate | None:
    """The candidate the cue points at inside [a, b), else a capitalised name next to the cue."""
    if cue.kind == "verb" and cue.word.lower() in index.lex.impersonal_cues:
        return _impersonal_source(index, cue, a, b)
    after = [c for c in index.between(cue.end, b) if _gap_ok(index.text, cue.end, c.start)
             and not index.lex.prep_cue.search(index.text, cue.end, c.start)]  # "sagte laut der Agentur X"
    before = [c for c in index.between(a, cue.start) if "„" not in index.text[c.end : cue.start]]
    # "Sommerfeld von der größten Oppositionsfraktion sprach": what follows a preposition is no subject
    before = [c for c in before if c is before[0] or not _after_preposition(index, c.start)]
    # "Umweltministerin Olena Hryzenko (FHU) mahnte": the bracketed party is the person's, not the subject
    before = [c for c in before if c is before[0] or not _bracketed(index.text, c)]
    found: Candidate | None = None
    if cue.word.lower() in index.lex.listener_after:
        after = []  # "told Reuters": who follows is the listener
    if cue.kind == "verb":
        # "forderte den Oberbürgermeister auf, …": an accusative or dative role is the object, not the speaker
        after = [c for c in after if c.kind != "role" or c.text.split()[0].lower() not in index.lex.object_determiners]
        # "sagte der Ingenieur dem Tagesblick": an organisation in the dative is the listener
        after = [c for c in after if c.kind != "mention" or c.person or
                 (word_before(index.text, c.start) or "").lower() not in index.lex.object_determiners]
    if index.lex.code == "en":
        # English does not invert with pronouns: in 'said it would' the pronoun opens the reported clause
        after = [c for c in after if c.kind != "pronoun" or re.match(r"[ \t]*[.,;]", index.text[c.end : c.end + 2])]
        if before and WORD.search(index.text, a, cue.start):
            # English inverts only right after a quote ('"…," said Keller'); with words before the cue,
            # its subject is there and what follows opens the reported clause ("She said the company …")
            after = []
    if cue.kind == "verb" and before and _fronted_subject(index, before[-1], a, cue.start):
        after = []  # "Keller warf der Gewerkschaft vor, …": the subject fills the front; what follows is an object
    if cue.word.lower() in index.lex.cue_participles:
        # "Keller urged the union to return, saying …": the sentence's subject speaks
        people = [c for c in index.between(a, cue.start) if c.kind != "pronoun"]
        return next((c for c in people if c.person), people[0] if people else None)
    if cue.kind in ("verb", "before") and after and not _dative_medium(index, cue, after[0], before):
        found = _prefer_person(index, after)
    elif cue.kind in ("verb", "after") and before:
        found = _subject_before(index, before, cue.start)
    if found is None and cue.kind in ("verb", "before") and cue.word.lower() not in index.lex.listener_after:
        found = _fallback_name(index, read_name(index.text, cue.end + 1, True, index.lex, b))
    if found is None and cue.kind in ("verb", "after"):
        found = _fallback_name(index, read_name(index.text, _skip_space_back(index.text, cue.start), False,
                                                 index.lex, a))
        if found is not None and cue.kind == "verb" and WORD.search(index.text, a, found.start) and \
                _after_preposition(index, found.start):
            found = None  # "Port operators in Hamburg say …": a name after a preposition inside the subject
    if found is None and cue.kind == "verb" and index.lex.code == "de":
        found = _anaphoric_noun(index, cue.end, b)
    if found is not None and found.kind == "role":
        found = apposed_after(index, found, b) or found
    return found


# Characters back to the organisation a definite "die Behörde" refers to, or whose document "Darin heißt es" quotes.
_BACK_WINDOW = 400


def _impersonal_source(index: SpeakerIndex, cue: Cue, a: int, b: int) -> Candidate | None:
    """The source of "hieß es"/"heißt es": an organisation in the phrase after "es" ("hieß es im Fanbündnis
    Südkurve 1921", "heißt es beim Verband Nord"), or, when the clause opens with a document ("Darin heißt
    es", "Im Zwischenbericht heißt es"), the organisation named just before; otherwise no one ("hieß es")."""
    text, lex = index.text, index.lex
    after = re.match(r"[ \t]+es\b[ \t]*(\w+)", text[cue.end : b])
    if after is not None and after.group(1).lower() in lex.impersonal_source_preps:
        stop = re.search(r"[.,;:!?]", text[cue.end : b])
        end = cue.end + stop.start() if stop else b
        orgs = [c for c in index.between(cue.end, end) if c.kind == "mention" and not c.person]
        return orgs[0] if orgs else None
    if lex.document_front.search(text[a : cue.start]):
        orgs = _organisations_before(index, cue.start)
        return orgs[-1] if orgs else None
    return None


def _organisations_before(index: SpeakerIndex, pos: int) -> list[Candidate]:
    """Organisation mentions in the :data:`_BACK_WINDOW` characters before ``pos``, in text order."""
    return [c for c in index.between(max(0, pos - _BACK_WINDOW), pos) if c.kind == "mention" and not c.person]


_FRONT_WORDS = 2  # words besides the subject before a verb-second cue: "Elbtainer-Vorstandschef Matthias Keller"


def _fronted_subject(index: SpeakerIndex, cand: Candidate, a: int, cue_start: int) -> bool:
    """True when ``cand`` is the whole front of its clause right before the cue: the subject, not inverted."""
    if cand.kind == "pronoun" or index.text[cand.end : cue_start].strip():
        return False
    front = index.text[a : cand.start]
    return not re.search(r"[„“”\"»«]", front) and len(WORD.findall(front)) <= _FRONT_WORDS and \
        all(index.lex.is_role_word(w) or w[:1].isupper() for w in WORD.findall(front))


def _fallback_name(index: SpeakerIndex, found: Candidate | None) -> Candidate | None:
    """A capitalised name next to a cue counts only without NER (with NER it would have been a mention), or
    after a role word that introduces it ("Geschäftsführer Weigelt sagte", "commission chair Ewa Zielińska said")."""
    if found is None or found.kind == "role" or not index.has_mentions:
        return found
    before = word_before(index.text, found.start)
    if before is not None and index.lex.is_role_word(before) and not before.lower().endswith(index.lex.institution_stems):
        return found
    return None


def _anaphoric_noun(index: SpeakerIndex, pos: int, b: int) -> Candidate | None:
    """ "sagte die Schwedin", "sagt der Gärtner aus Briesen": a definite person noun right after the cue refers
    back like a pronoun (its article gives the gender); institutions and media are not persons."""
    m = _ANAPHORIC_NOUN.match(index.text, pos, b)
    if m is None:
        return None
    noun = m.group(2)
    low = noun.lower()
    if index.lex.is_medium_word(noun) or low.endswith(index.lex.institution_stems) or low in index.lex.not_names:
        return None
    if m.end() < b and re.match(r"[ \t]+[A-ZÄÖÜ]", index.text[m.end() : m.end() + 2]):
        return None  # "sagte die Ministerin Anna Berger": a name follows, read elsewhere
    gender = "f" if m.group(1) == "die" else "m"
    return Candidate(m.start(1), m.end(), index.text[m.start(1) : m.end()], "pronoun", gender)


# German only: "der/die" + an optional adjective + a noun of person shape (-in, -er, -e: "Schwedin", "Gärtner").
_ANAPHORIC_NOUN = re.compile(
    r"[ \t]+(der|die)[ \t]+(?:[a-zäöüß][\w-]*[ \t]+)?([A-ZÄÖÜ][\w-]*(?:in|er|e|eur|ant|ent|ist|or))\b")


def _dative_medium(index: SpeakerIndex, cue: Cue, first: Candidate, before: list[Candidate]) -> bool:
    """ "Kearney, Sprecherin der Reederei, sagte der Harbour Times", "sagte dem britischen Portal Metro
    Dispatch", and in machine-translated German "Stoyanov, Rodopas Chief Executive, sagte Metro Dispatch":
    an organisation right after the cue is the listener when a person stands before the cue."""
    return (first.kind == "mention" and not first.person and any(c.person for c in before)
            and _LISTENER_GAP.fullmatch(index.text[cue.end : first.start]) is not None)


# Between a cue and the organisation it was said to: nothing, or "dem"/"der" and up to three words
# ("dem britischen Portal").
_LISTENER_GAP = re.compile(r"[ \t]+(?:(?:dem|der)[ \t]+(?:[\w-]+[ \t]+){0,3})?")


def _prefer_person(index: SpeakerIndex, after: list[Candidate]) -> Candidate:
    """The first candidate, unless it is an organisation modifying a person: "sagte EFA-Direktor Petrow"."""
    first = after[0]
    if not first.person and len(after) > 1 and after[1].person and \
            len(index.text[first.end : after[1].start].split()) <= _MAX_GAP_WORDS:
        return after[1]
    if not first.person:
        # "said Elbtainer AG chief executive Matthias Keller": the person past the organisation's role words
        nxt = [c for c in index.between(first.end, first.end + 80) if c.person and c.kind in ("mention", "name")]
        if nxt and _role_words_only(index, index.text[first.end : nxt[0].start]):
            return nxt[0]
    return first


def _role_words_only(index: SpeakerIndex, gap: str) -> bool:
    """True for a short gap of role words ("chief executive", "-Chef"), no punctuation."""
    words = gap.split()
    return 0 < len(words) <= _MAX_GAP_WORDS and not re.search(r"[,.;:!?„“”\"»«]", gap) and \
        any(index.lex.is_role_word(w) for w in words)


def _subject_before(index: SpeakerIndex, before: list[Candidate], cue_start: int) -> Candidate:
    """The candidate before the cue; across an apposition to its head: "Petrov, who led the agency, said"."""
    text = index.text
    last_comma = text.rfind(",", before[0].start, cue_start)
    if last_comma >= 0 and not text[last_comma + 1 : cue_start].strip():
        inner = text.rfind(",", before[0].start, last_comma)
        heads = [c for c in before if inner >= 0 and c.end <= inner and not text[c.end : inner].strip()]
        # "Ihr Gegenstück bei dem Arbeitgeberverband, Mr Norbert Huelsmann, sagte": a head after a preposition
        # is no subject; the person in apposition is
        if heads and not (_after_preposition(index, heads[-1].start) and before[-1].person and
                          before[-1].kind in ("mention", "name")):
            return heads[-1]
    return before[-1]


def _bracketed(text: str, c: Candidate) -> bool:
    """True for a candidate that is the whole of a bracket: "(FHU)", "(VKK)"."""
    return text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")"


def _after_preposition(index: SpeakerIndex, pos: int) -> bool:
    """True when the word before ``pos`` is a preposition (the candidate's own determiner skipped)."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", index.text[max(0, pos - 40) : pos])]
    if words and words[-1] in index.lex.role_determiners:
        words.pop()  # "von der Bürgerliste"
    return bool(words) and words[-1] in index.lex.prepositions


def _skip_space_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def _gap_ok(text: str, a: int, b: int) -> bool:
    """True when only a few plain words (no punctuation) separate an inverted cue from its speaker."""
    gap = text[a:b]
    return not re.search(r"[,.;:!?„“”\"»«]", gap) and len(gap.split()) <= _MAX_GAP_WORDS


def resolve(index: SpeakerIndex, surface: Candidate, earlier: list[Candidate],
            bound: int | None = None) -> Candidate | None:
    """Pronoun → nearest fitting person (before ``bound`` where given); role → the named holder of the role;
    others as they are."""
    if surface.kind == "pronoun":
        found = antecedent(index, surface, earlier, bound)
        # "it added" → "the company" → the company named earlier ("the company Baltic Meridian Lines")
        return (named_role(index, found) or found) if found is not None and found.kind == "role" else found
    if surface.kind == "role":
        return (index.apposed.get(surface.start) or _named_inside(index, surface) or named_role(index, surface) or
                complement_organisation(index, surface) or compound_organisation(index, surface) or
                _institution_antecedent(index, surface) or
                _title_antecedent(index, surface) or surface)
    return surface


# A name inside a role phrase after one of these is where the body sits, not who speaks ("the court in Osnabrück").
_PLACE_PREPOSITIONS = frozenset({"in", "of", "at", "from", "near", "im", "aus", "bei", "von", "vom", "nahe"})


def _named_inside(index: SpeakerIndex, role: Candidate) -> Candidate | None:
    """The name that closes a role phrase: "The consumer association Verbraucherbund Nordwest", "The GMF union"
    is not (the name does not close it), "The Förde-Universität Kiel" is; not after a place preposition."""
    inside = [c for c in index.candidates if c.kind == "mention" and c.entity_id and c is not role and
              role.start <= c.start and c.end == role.end]
    if not inside:
        return None
    found = min(inside, key=lambda c: c.start)
    before = index.text[role.start : found.start].split()
    return None if before and before[-1].casefold() in _PLACE_PREPOSITIONS else found


_DEFINITE = frozenset({"der", "die", "das", "des", "the"})  # subject or "nach Angaben des …"; not "für den …"


_TITLE_WINDOW = 300  # characters back to the person a definite title refers to


def _title_antecedent(index: SpeakerIndex, role: Candidate) -> Candidate | None:
    """ "Die Wahl Kühnholds ist für Donnerstag angesetzt. „…“, sagte der BBT-Vorsitzende": a definite title
    without a named holder refers to the person named just before, as a pronoun would. Words for people who
    usually stay anonymous ("der Sprecher", "the official") do not."""
    words = role.text.split()
    if not role.person or words[0].lower() not in _DEFINITE:
        return None
    head = next((w for w in words[1:] if index.lex.is_role_word(w)), "")
    if not head or head.lower().endswith(index.lex.anonymous_roles):
        return None
    pool = [c for c in index.between(max(0, role.start - _TITLE_WINDOW), role.start)
            if c.person and c.kind in ("mention", "name") and c.entity_id]
    pool = [c for c in pool if c.gender is None or role.gender is None or c.gender == role.gender]
    return pool[-1] if pool else None


def _institution_antecedent(index: SpeakerIndex, role: Candidate) -> Candidate | None:
    """ "…, teilte die Behörde mit" → the organisation named just before ("Die Staatsanwaltschaft in Danzig"):
    a definite institution noun without a complement refers back like "it" does."""
    words = role.text.split()
    if role.person or len(words) > 3 or words[0].lower() not in _DEFINITE or \
            index.lex.role_complement.match(index.text, role.start + len(words[0])) is not None:
        return None
    paragraph = index.text.rfind("\n\n", 0, role.start)  # as "it" would, within its paragraph
    orgs = [c for c in _organisations_before(index, role.start) if c.entity_id and c.start > paragraph]
    return orgs[-1] if orgs else None


def attribute(index: SpeakerIndex, left: tuple[int, int], right: tuple[int, int], earlier: list[Candidate],
              ) -> Attribution | None:
    """The attribution from the cue nearest the quote that names a speaker, or None when there is no cue."""
    options: list[tuple[int, Cue, tuple[int, int]]] = []
    rcues = find_cues(index, right[0], right[1], True)
    lcues = find_cues(index, left[0], left[1], False)
    if rcues:
        options.append((len(index.text[right[0] : rcues[0].start].split()), rcues[0], right))
    if lcues:
        # "Müller sagte: „…“": a cue before a colon introduces the quote, whatever the distance
        colon = index.text[left[0] : left[1]].rstrip().endswith(":")
        cue = lcues[-1]
        verbs = [c for c in lcues if c.kind == "verb"]
        if cue.kind == "before" and verbs and _via_in(index, cue.start, left[1]):
            # "Akgündüz sagte laut der Agentur Nordwire: „…“": the agency relays what the verb's subject said
            cue = verbs[-1]
        options.append((-1 if colon else len(index.text[cue.end : left[1]].split()), cue, left))
    if not options:
        return _colon_speaker(index, left)
    options.sort(key=lambda o: o[0])
    via = find_via(index, left, right)
    first: Attribution | None = None
    for _, cue, (a, b) in options:
        surface = speaker_for(index, cue, a, b)
        speaker = resolve(index, surface, earlier) if surface is not None else None
        if speaker is None and surface is None and via is not None:
            # "hieß es in einer Erklärung des Präsidialamts": the relaying body is the only source named
            speaker = Candidate(a, a, via, "name", person=False)
        att = Attribution(cue, speaker, surface, via)
        if speaker is not None:
            return att
        if first is None or (first.surface is None and surface is not None):
            first = att  # no speaker resolved: prefer the cue that at least names one ("he", "die Ministerin")
    return first


def _colon_speaker(index: SpeakerIndex, left: tuple[int, int]) -> Attribution | None:
    """ "Club-Präsident Bernd Lückerath sieht das anders: „…“": the subject before a colon speaks."""
    if not index.text[left[0] : left[1]].rstrip().endswith(":"):
        return None
    people = [c for c in index.between(left[0], left[1]) if c.person and c.kind != "pronoun"]
    return Attribution(None, people[0], people[0], None) if people else None


def find_via(index: SpeakerIndex, left: tuple[int, int], right: tuple[int, int]) -> str | None:
    """The relaying medium named in the frames: "laut der Agentur Nordwire", "told Reuters"."""
    for a, b in (right, left):
        found = _via_in(index, a, b)
        if found:
            return found
    return None


def _via_in(index: SpeakerIndex, a: int, b: int) -> str | None:
    text, lex = index.text, index.lex
    # a quoted title may sit just past the frame, which ends where the next marked span starts
    titled = re.search(r"\b(?:der|dem|the)\s+[„\"»“]([^“”\"«»\n]{2,60})[“”\"«]", text[a : b + 64])
    if titled and titled.start() < b - a:
        return titled.group(1)
    if lex.code == "en":
        told = re.search(r"\btold\s+(?:the\s+)?((?:[A-Z][\w&-]*\s?){1,4})", text[a:b])
        if told:
            return told.group(1).strip()
    for _, end, word in index.words_in(index.medium_words, index.medium_starts, a, b):
        return _medium_name(index, end, b) or word
    return None


def _medium_name(index: SpeakerIndex, pos: int, b: int) -> str | None:
    """The name after a medium noun: "Agentur Nordwire", "Erklärung des Präsidialamts", "statement by X"."""
    m = re.match(r"[ \t]+(?:(?:des|der|von|by|of|from)[ \t]+(?:the[ \t]+)?)?", index.text[pos:b])
    start = pos + (m.end() if m else 0)
    for c in index.between(start, b):
        if c.start == start and c.kind in ("mention", "name", "role"):
            return c.canonical or c.text
        break
    name = read_name(index.text, start, True, index.lex, b)
    return name.text if name is not None and name.start == start else None
