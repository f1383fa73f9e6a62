"""Indirect speech: the clause a cue reports, "sagte, dass …", "erklärte, man werde …", "X said the firm would …".

Patterns, per sentence outside full direct quotes:
- cue first: "Müller sagte, die Lage sei ernst." → the clause after the comma, when it opens with a
  complementiser (dass/ob/that), carries a reported-speech verb (Konjunktiv I: sei, habe, werde …, or a
  subject followed by a verb in -e: "der Streik koste") or is a zu-infinitive ("warf ihm vor, … zu beschädigen");
- cue last: "Die Lage sei ernst, sagte Müller." / "…, the coastguard said." → the clause before the comma;
- source phrase at the start or end: "Laut Müller sei die Lage ernst.", "According to police, …" → the rest
  (in German only with Konjunktiv: "Laut Polizei wurden drei Menschen verletzt" reports a fact, not speech);
- continuation (German): a sentence in Konjunktiv I right after reported speech, with no cue of its own,
  continues the same speaker ("Man werde prüfen, ob …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from storyline.extract.quote_attribution import Attribution, Cue, find_cues, find_via, resolve, speaker_for
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_speakers import Candidate, SpeakerIndex, word_before
from storyline.extract.quote_text import WORD

# Unambiguous Konjunktiv I forms: enough on their own to continue reported speech over sentences.
_STRICT_SUBJUNCTIVE = frozenset({"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe",
                                 "gebe"})
_MIN_CLAUSE_WORDS = 3
_MIN_NONFINITE_WORDS = 3  # "promised to publish all contacts", "denied acting for personal gain"
_MAX_SENTENCE_CHARS = 2000  # longer "sentences" are lists or junk without punctuation, not reported speech
_SUBJUNCTIVE_WINDOW = 8  # the reported verb sits near the clause start, not deep in a later subclause
_MAX_CUE_TO_COMMA_WORDS = 8  # "sagte der Sprecher des Ministeriums am Montag in Berlin, …"
_MAX_TAIL_WORDS = 10  # after ", sagte Müller" only a short tail may follow ("am Montag in Berlin")
# ... longer after a clause in Konjunktiv I, which is reported speech whatever follows ("…, sagte der frühere
# Händler Oleksandr Hnatenko am Dienstag vor dem Landgericht Frankfurt")
_MAX_TAIL_WORDS_SUBJUNCTIVE = 16
_MAX_SOURCE_WORDS = 7  # ", a spokesman for the port authority said": a short noun phrase between comma and cue
# German: a subject (article + noun, pronoun or name) then a lowercase verb in -e is Konjunktiv I
# ("der Streik koste", "man prüfe", "er übernehme"); adjectives in -e stand before nouns, not after them.
_DE_SUBJECT_VERB_E = re.compile(
    r"(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]in|[Ee]ine|[Dd]ieser|[Dd]iese|[Dd]ieses|[Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre)\s+"
    r"(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*|[Ee]r|[Ss]ie|[Ee]s|[Mm]an"
    r"|(?!(?:Der|Die|Das|Ein|Eine|Dieser|Diese|Dieses|Sein|Seine|Ihr|Ihre)\b)[A-ZÄÖÜ][\w-]*)"
    r"\s+([a-zäöüß][\w-]{2,}e)\b"
)
# "die nicht zur Arbeit erschienen seien": a relative pronoun + lowercase word opens a relative clause
_DE_RELATIVE = re.compile(r"(?:der|die|das|welche|welcher|welches)\s+[a-zäöüß]")
# English source phrases before a cue: "The group has said", "Mr Wisniewski's lawyer said"
_SUBJECT_PHRASE = re.compile(
    r"\s*((?:(?i:the|a|an|its|his|her|their)\s+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)[\w' -]{1,60}?"
    # a bare plural opening the sentence: "Prosecutors allege …", "Lawyers for the families say …"
    # or an adjective or noun and a plural: "Local conservationists say …", "Port operators in Hamburg say …"
    r"|(?:(?:[A-Z][a-z]+\s+)?[a-z]{3,}s|[A-Z][a-z]+s|Police)(?:\s+(?:for|of|at|in|from)\s+[\w' -]{1,40}?)?)"
    r"(?:\s+(?:has|have|had|will|would))?\s*")
_ADVERBIAL_INFINITIVE_OPENERS = frozenset({"ohne", "statt", "anstatt", "anstelle"})
# "… zu prüfen", "nachzuholen", "beteiligt gewesen zu sein", also before a relative clause after its comma
# ("Einspruch einzulegen, über den das Oberlandesgericht entscheiden muss")
_ZU_INFINITIVE = re.compile(r"(?:\bzu\s+(?:[a-zäöüß]\w*en|sein|tun)|\w+zu\w+en)\s*(?:,\s+(?:\w+\s+)?(?:der|die|das|den|dem|"
                            r"denen|deren|dessen|wo|was)\s[^,]+)?$")


# ", und brachte …", " und wies … zurück": a past-tense verb with no subject of its own after "und" goes on
# with the speaker's sentence, not with the reported clause (which is in Konjunktiv)
_COORDINATED_VERB = re.compile(r",?\s+und\s+([a-zäöüß]+)\b")
_MATRIX_VERBS = frozenset({"wies", "sagte", "betonte", "erklärte", "fügte", "kündigte", "forderte", "kritisierte",
                           "warnte", "räumte", "verwies", "nannte", "sprach", "ließ", "rief", "verlangte"})


@dataclass(frozen=True)
class Indirect:
    """A reported clause with its attribution."""

    start: int
    end: int
    attribution: Attribution


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink [a, b) to exclude surrounding spaces, commas and the final sentence punctuation."""
    while a < b and text[a] in " \t\n,;:–-":
        a += 1
    while b > a and text[b - 1] in " \t\n.,;:!?":
        b -= 1
    return a, b


def _reported(index: SpeakerIndex, a: int, b: int, strict: bool = False, quoted_words: bool = True,
              narrative: bool = False) -> bool:
    """True when [a, b) reads as a reported clause (see the module docstring for the signals); with
    ``quoted_words``, a direct quote inside the clause is one (not after a naming verb: "called it „…“")."""
    ws = [m.group().lower() for m in WORD.finditer(index.text, a, b)]
    if len(ws) < _MIN_CLAUSE_WORDS:
        return False
    if index.lex.code == "de" and _DE_RELATIVE.match(index.text, a, b) and _after_noun(index.text, a):
        return False  # "…, sagte Müller, der …" (a relative clause needs a noun before it; "kündigte an, die …" not)
    if strict:
        return any(w in _STRICT_SUBJUNCTIVE for w in ws)
    if ws[0] in index.lex.complementisers or any(w in index.lex.subjunctive for w in ws[:_SUBJUNCTIVE_WINDOW]):
        return True
    if ws[0] == "wie" and narrative:
        return True  # "schilderte, wie Beschäftigte … hätten reinigen müssen": what the account told
    if quoted_words and any(a <= qa and qb <= b for qa, qb in index.quoted):
        return True  # "erklärte, die Arbeitgeber gingen „ohne Vorbedingungen“ in die Gespräche": words quoted in it
    if index.lex.code != "de":
        return False
    clause = index.text[a:b]
    # "ohne Zahlen zu nennen", "um … zu prüfen": an adverbial infinitive of the speaker's own sentence
    infinitive = bool(_ZU_INFINITIVE.search(clause)) and ws[0] not in _ADVERBIAL_INFINITIVE_OPENERS
    return _subjunctive_after_subject(index, clause) or infinitive


def _finite_clause(lex: QuoteLexicon, clause: str) -> bool:
    """ "the settlement protected taxpayers", "more than 400,000 packs went missing": a subject opening
    (``clause_subjects``, a name, a number) and a past verb or a finite auxiliary after it ("they would not
    pay", "there are at least four"), near the start, and no saying verb
    coordinated in it (a later cue reports what follows it: "denied the charges and told the court …")."""
    ws = [m.group().lower() for m in WORD.finditer(clause)]
    first = clause.lstrip()[:1]
    if len(ws) < _MIN_BARE_CLAUSE_WORDS:
        return False
    if ws[0] == "that" and ws[1] in lex.finite_auxiliaries:
        return True  # "said that was not enough": the demonstrative is the clause's subject
    # a bare noun opening the clause is its subject when a past verb follows within three words ("said
    # hydrogen-based steel remained …", "said energy in Germany cost …"), not an adverbial ("said on Tuesday")
    bare_noun = first.isalpha() and first.islower() and ws[0] not in _NOT_SUBJECT_OPENERS and \
        not lex.is_cue_verb(ws[0]) and any(_past_word(lex, w) for w in ws[1:4])
    if not (ws[0] in lex.clause_subjects or first.isupper() or first.isdigit() or bare_noun):
        return False
    if any(lex.is_cue_verb(w) and prev == "and" for prev, w in pairwise(ws)):
        return False
    return any(_past_word(lex, w) or w in lex.finite_auxiliaries for w in ws[1:_SUBJUNCTIVE_WINDOW])


def _past_word(lex: QuoteLexicon, w: str) -> bool:
    return w in lex.past_forms or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST)


_NOT_SUBJECT_OPENERS = frozenset({
    "on", "in", "at", "by", "for", "to", "with", "from", "of", "last", "this", "next", "yesterday", "today",
    "that", "so", "as", "if", "when", "after", "before", "while", "nothing", "no", "not", "also", "again",
    "earlier", "later", "was", "were", "had", "has", "have", "would", "will", "could", "may", "might", "and",
    "but", "or", "then", "there", "here", "now", "only", "just", "recently", "previously",
})


_NOT_PAST = frozenset({"hundred", "hundreds", "indeed", "speed", "breed", "greed", "creed"})


def _after_noun(text: str, a: int) -> bool:
    """True when the last word before ``a`` (across the comma) is capitalised, as a relative clause's noun is."""
    m = re.search(r"(\w+)\W*$", text[max(0, a - 40) : a])
    return m is None or m.group(1)[:1].isupper()


def _subjunctive_after_subject(index: SpeakerIndex, clause: str) -> bool:
    """ "der Streik koste …", "man prüfe …": a verb in -e after the subject (not a past tense in -te)."""
    verb = _DE_SUBJECT_VERB_E.match(clause)
    if verb is None:
        return False
    return _subjunctive_form(index, verb.group(1))


def find_indirect(index: SpeakerIndex, sent: tuple[int, int], blocked: list[tuple[int, int]],
                  earlier: list[Candidate], previous: Attribution | None) -> list[Indirect]:
    """The reported clauses of one sentence; ``blocked`` are full direct quotes to stay out of."""
    s, e = sent
    inside = [a for a, b in blocked if a < e and s < b]
    if e - s > _MAX_SENTENCE_CHARS:
        return []
    if inside:
        # "Der Zeuge habe ruhig ausgesagt, sagte Richter Kreienbaum, und sprach dann aus: »…«": reported speech
        # may come before a full quote its colon introduces; a quote after a comma may belong to the clause
        # ("man werde streiken, „bis …“"), so the sentence is left alone then
        if s < min(inside) and index.text[s : min(inside)].rstrip().endswith(":"):
            e = min(inside)
            sent = (s, e)
        else:
            return []
    cues = find_cues(index, s, e, False)
    # English before a colon: only a clause after its cue ("said the deal was a victory, but added: …"); a
    # phrase before a later cue is none ("In one message from October 2022, Wendisch wrote: …")
    finders = (_cue_first,) if inside and index.lex.code != "de" else (_source_phrase, _cue_first, _cue_last)
    for finder in finders:
        found = [_cut_at_next_cue(index, c) for c in finder(index, sent, cues, earlier) if c.start < c.end <= e]
        if found:
            return found
    if previous is not None and not cues and index.lex.code == "de" and _continues(index, s, e):
        a, b = _trim(index.text, s, e)
        return [Indirect(a, b, previous.continued())]
    return []


# After a direct quote and its attribution, the sentence may go on with more reported speech of the same
# speaker: "„…“, sagte Keller und fügte hinzu, man werde …", "\"…,\" Keller said, adding that …".
_CONTINUATION = {
    "de": re.compile(r"\s+und\s+(?P<cue>fügte|ergänzte|betonte|erklärte|sagte|warnte)\s+(?:\w+\s+)?(?:hinzu\s*)?,\s*"),
    "en": re.compile(r",\s+(?P<cue>adding|saying|noting|stressing|warning)\s+(?:that\s+)?"),
}


def continued_clause(index: SpeakerIndex, sent: tuple[int, int], after: int,
                     attribution: Attribution) -> Indirect | None:
    """The reported clause that continues a direct quote's sentence after ``after`` (the quote's end), with the
    quote's speaker; German needs reported-speech form there ("man werde"), as elsewhere."""
    pattern = _CONTINUATION.get(index.lex.code)
    m = pattern.search(index.text, after, sent[1]) if pattern else None
    if m is None:
        return None
    a, b = _trim(index.text, m.end(), _clause_end(index.text, m.end(), sent[1]))
    if len(index.text[a:b].split()) < _MIN_CLAUSE_WORDS or (index.lex.code == "de" and not _reported(index, a, b)):
        return None
    cue = Cue(m.start("cue"), m.end("cue"), m.group("cue"), "verb")
    return Indirect(a, b, Attribution(cue, attribution.speaker, attribution.surface, attribution.via))


# ", but added", " and told reporters": the speaker's next saying verb ends an English reported clause
_EN_NEXT_CUE = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?([a-z]+)\b")


# ", after prosecutors charged him", ", as prosecutors searched …": a time clause after the comma tells when the
# speaker spoke, not what was said
_EN_MATRIX_ADVERBIAL = re.compile(r",\s+(?:after|as|while|when|before|hours after|days after)\s")


def _cut_at_next_cue(index: SpeakerIndex, clause: Indirect) -> Indirect:
    """The clause up to the speaker's next saying verb ("the deal was a victory, but added: …")."""
    if index.lex.code != "en":
        return clause
    tail = _EN_MATRIX_ADVERBIAL.search(index.text, clause.start, clause.end)
    if tail is not None and len(index.text[clause.start : tail.start()].split()) >= _MIN_CLAUSE_WORDS:
        clause = Indirect(clause.start, tail.start(), clause.attribution)
    for m in _EN_NEXT_CUE.finditer(index.text, clause.start, clause.end):
        if index.lex.is_cue_verb(m.group(1)) and m.group(1).endswith("ed"):
            a, b = _trim(index.text, clause.start, m.start())
            return Indirect(a, b, clause.attribution) if b > a else clause
    return clause


def _continues(index: SpeakerIndex, s: int, e: int) -> bool:
    """A cue-less sentence that continues reported speech: Konjunktiv I ("Man führe Gespräche …"), also with
    the verb second after a fronted phrase ("An der Stilllegung halte der Konzern fest") or after an adjective
    and noun ("Grüner Stahl koste noch mehr")."""
    a, b = _trim(index.text, s, e)
    clause = index.text[a:b]
    first = WORD.match(index.text, a)
    if first is not None and first.group().casefold() in _QUESTION_OPENERS:
        # "Ob er den Zuschlag gesteuert habe, blieb offen": the question, not more of the report; but "Ob …,
        # sei weiter ungeklärt" and "Wenn sich kein Käufer finde, sei das Geld umsonst": the matrix verb after
        # the subordinate clause is in Konjunktiv, so the sentence reports
        comma = clause.find(",")
        matrix = WORD.search(clause, comma + 1) if comma >= 0 else None
        return matrix is not None and matrix.group().casefold() in index.lex.subjunctive
    if _reported(index, a, b, strict=True) or _subjunctive_after_subject(index, clause):
        return True
    ws = [m.group().lower() for m in WORD.finditer(index.text, a, b)]
    if len(ws) >= _MIN_CLAUSE_WORDS and any(w in _CONTINUING_SUBJUNCTIVE_II for w in ws[:_SUBJUNCTIVE_WINDOW]):
        return True  # "Einige Zuhörer hätten den Saal verlassen": Konjunktiv II where the plural of I is the indicative
    verb = _V2_SUBJUNCTIVE.match(clause) or _ADJECTIVE_SUBJECT_VERB_E.match(clause) or \
        _PRONOUN_VERB_E.match(clause) or _RELATIVE_THEN_VERB_E.match(clause)
    return verb is not None and _subjunctive_form(index, verb.group(1))


def reported_before(index: SpeakerIndex, s: int, q: int) -> bool:
    """ "…, man werde streiken, „bis …“": the clause before the comma that precedes a quote at ``q`` (back to the
    comma before it, or the sentence start ``s``) is German reported speech, so the quote ends that clause."""
    if index.lex.code != "de":
        return False
    head = index.text[s:q].rstrip()
    if not head.endswith(","):
        return False
    head = head[:-1]
    a = s + head.rfind(",") + 1 if "," in head else s
    a, b = _trim(index.text, a, s + len(head))
    return len(index.text[a:b].split()) >= _MIN_CLAUSE_WORDS and (_reported(index, a, b) or _continues(index, a, b))


# Konjunktiv II forms that stand for Konjunktiv I in reported speech (its plural equals the indicative):
# right after reported speech they continue it; not "sollten"/"wollten", which are also past indicative
_CONTINUING_SUBJUNCTIVE_II = frozenset({"hätten", "hätte", "wären", "wäre", "könnten", "müssten", "dürften", "lägen",
                                        "gäbe", "kämen", "würden", "stünden"})
# A subordinate clause opening a sentence is what the matrix says something about, not reported speech
_QUESTION_OPENERS = frozenset({"ob", "dass", "daß", "wenn", "weil", "obwohl", "falls", "wer", "was", "warum", "wann"})
# "An der Stilllegung des Hochofens halte der Konzern fest": a verb in -e in second position, its subject after it
# (after a fronted phrase of up to 14 words: "Bei den hohen Energiepreisen in Deutschland und … sehe der Konzern …")
_V2_SUBJUNCTIVE = re.compile(r"(?:[\w.,-]+\s+){1,14}?([a-zäöüß]{3,}e)\s+(?:der|die|das|man|er|sie|es|ein|eine)\b")
# "Das gelte auch für …", "Dies sei …": a demonstrative subject, then the verb; a lower-case word or a
# comma after it (before a capital it is an adjective: "Das neue Gesetz")
_PRONOUN_VERB_E = re.compile(r"(?:Das|Dies|Dieses|Dieser|Diese)\s+([a-zäöüß]{3,}e)(?=\s+[a-zäöüß]|\s*[,;])")
# "Die Leitwarte, von der aus die Netze gesteuert würden, laufe …": the subject, a relative clause between
# commas, then the verb
_RELATIVE_THEN_VERB_E = re.compile(
    r"(?:Der|Die|Das|Ein|Eine)\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*,\s+(?:[a-zäöüß]+\s+)?"
    r"(?:der|die|das|dem|den|denen|deren|dessen|welche|welcher|welches|welchem|welchen)\s+[^,]{3,120},\s+"
    r"([a-zäöüß]{3,}e)\b")
# "Grüner Stahl koste derzeit mehr": an adjective and a noun, then the verb
_ADJECTIVE_SUBJECT_VERB_E = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|er|es|en)\s+[A-ZÄÖÜ][\w-]*\s+([a-zäöüß]{3,}e)\b")


def _subjunctive_form(index: SpeakerIndex, word: str) -> bool:
    """A verb form in -e that can be Konjunktiv I: not a past tense in -te, not a determiner or adverb."""
    return word in index.lex.subjunctive or not (word in index.lex.not_verbs or word.endswith("te"))


def _attribution(index: SpeakerIndex, cue: Cue, a: int, b: int, sent: tuple[int, int],
                 earlier: list[Candidate]) -> Attribution:
    surface = speaker_for(index, cue, a, b)
    # "Er habe Wiesner … erlebt, ließ er mitteilen": a pronoun after the clause does not mean a name inside it
    bound = sent[0] if a > sent[0] else None
    speaker = resolve(index, surface, earlier, bound) if surface is not None else None
    return Attribution(cue, speaker, surface, find_via(index, sent, sent))


def _split_coordinated(index: SpeakerIndex, a: int, b: int) -> list[tuple[int, int]]:
    """ "that X and that Y" / "dass X und dass Y": two reported clauses."""
    text = index.text
    m = re.search(r",?\s+(?:and|und)\s+(?=(?:that|dass|daß)\b)", text[a:b])
    if not m:
        return [(a, b)]
    return [_trim(text, a, a + m.start()), _trim(text, a + m.end(), b)]


# First words of prepositional cues ("so X", "laut X", "nach Angaben …", "according to X").
_PREP_CUE_WORDS = frozenset({"so", "laut", "according"})
# A comma or colon after the cue, not one inside a number ("400,000", "1,5 Millionen", "10:30").
_FRAME_SEPARATOR = re.compile(r"(?<!\d)[,:]|[,:](?!\d)")


def _cue_first(index: SpeakerIndex, sent: tuple[int, int], cues: list[Cue],
               earlier: list[Candidate]) -> list[Indirect]:
    text = index.text
    for cue in (c for c in cues if c.kind == "verb"):
        if index.lex.code == "de" and (word_before(text, cue.start) or "").casefold() in _WERDEN:
            continue  # "Ihm wurde eingeräumt, …", "Bewohnern wurde gesagt, …": a passive reports no one's words
        # "sagte, die Lage sei ernst", "begründete das mit der Inflation: Man wolle …"
        found_sep = _FRAME_SEPARATOR.search(text, cue.end, sent[1])
        comma = found_sep.start() if found_sep else -1
        if comma >= 0 and len(text[cue.end : comma].split()) <= _MAX_CUE_TO_COMMA_WORDS:
            a, b = _trim(text, comma + 1, _clause_end(text, comma + 1, sent[1]))
            first = WORD.match(text, a)
            if first is not None and (index.lex.is_cue_verb(first.group()) or first.group().lower() in _PREP_CUE_WORDS):
                continue  # "urged the union to return, saying …", "…, so Brodersen, sei das …": the later cue reports it
            reported = _reported(index, a, b, quoted_words=cue.word.lower() not in index.lex.naming_cues,
                                 narrative=cue.word.lower() in _NARRATIVE_CUES)
            if reported and cue.word in _REQUEST_VERBS and not _reported(index, a, b, strict=True):
                continue  # "bat ihn, … zu versetzen": a request, not reported speech
            if not reported and index.lex.code == "de" and not text[cue.end : comma].strip() and \
                    cue.word in index.lex.translated_opening_verbs and not _passive(text, cue):
                # "Henrike Kastl sagte, die Einheit lieferte 412 Babys … und musste …": a past saying verb and its
                # comma open a reported clause in any mood (machine-translated German keeps the English
                # indicative), up to a semicolon or dash; not a subordinate clause ("sagten, während …")
                c, d = _trim(text, comma + 1, _clause_end(text, comma + 1, sent[1], coordinated=False))
                first = WORD.match(text, c)
                opens = text[c : c + 1].isdigit() or (first is not None and  # "…, 60 Proben waren …"
                                                      first.group().casefold() not in index.lex.subordinators)
                if opens and len(text[c:d].split()) >= _MIN_BARE_CLAUSE_WORDS:
                    a, b, reported = c, d, True
            if reported:
                att = _attribution(index, cue, sent[0], comma, sent, earlier)
                return [Indirect(x, y, att) for x, y in _split_coordinated(index, a, b)]
        if index.lex.code == "en":
            found = _english_clause(index, cue, sent, earlier)
            if found:
                return found
    return []


_PERFECT_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten", "habe"})


def _passive(text: str, cue: Cue) -> bool:
    """ "Bewohnern wurde gesagt, drinnen zu bleiben": a participle cue without a form of "haben" before it
    reports no one's words."""
    if not cue.word.startswith("ge"):
        return False
    before = text[max(0, cue.start - 12) : cue.start].split()
    return not before or before[-1].casefold() not in _PERFECT_AUXILIARIES


def _clause_end(text: str, a: int, b: int, coordinated: bool = True) -> int:
    """Where a reported clause ends inside its sentence: at a semicolon or a dash, at the speaker's next verb
    ("…, die Abgeordneten hätten „wie vereinbart“ gestimmt und wies Andeutungen zurück"; not with
    ``coordinated=False``, for an indicative clause whose own verbs are past tense), else the sentence end."""
    m = re.search(r";| [—–] ", text[a:b])
    end = a + m.start() if m else b
    for c in _COORDINATED_VERB.finditer(text, a, end if coordinated else a):
        verb = c.group(1)
        if verb in _MATRIX_VERBS or (verb.endswith("te") and not verb.endswith(("ätte", "önnte", "ürde", "ollte",
                                                                                  "üsste", "ürfte", "öchte"))):
            return c.start()
    return end


def _english_clause(index: SpeakerIndex, cue: Cue, sent: tuple[int, int],
                    earlier: list[Candidate]) -> list[Indirect]:
    """ "X said (that) the firm would …", "X told reporters (that) …", "X said in a statement that …"."""
    text = index.text
    if (word_before(text, cue.start) or "").lower() in _ENGLISH_BE:
        return []  # "its products were recalled over an outbreak", "he was told": a passive reports no one's words
    rest = text[cue.end : sent[1]]
    # "that" opens the clause, unless a finite verb follows it ("said that was not enough": its subject)
    that = re.match(r"((?:\s+[\w-]+){0,6}?)\s+that\s(?!(?:was|is|were|would|will|had|has)\b)", rest)
    if that:
        start = cue.end + that.end()
    else:
        skip = re.match(r"[ \t]*", rest)
        offset = skip.end() if skip else 0
        if cue.word.lower() in index.lex.listener_after:
            # the addressee is not part of the clause: "told reporters", "told Reuters", "told the BBC"
            obj = re.match(r"[ \t]+(?:reporters|journalists|the[ \t]+\w+(?:[ \t]+[A-Z][\w&-]*)*|[A-Z][\w&-]*"
                           r"(?:[ \t]+[A-Z][\w&-]*)*)", rest)
            offset = obj.end() if obj else offset
        start = cue.end + offset
    a, b = _trim(text, start, sent[1])
    to = re.match(r"(?:(?:on|in|at|last|this|next)\s+\w+\s+)?(?=to\s|\w+ing\b)", text[a:b])
    nonfinite = cue.word.lower() in index.lex.nonfinite_cues and to is not None
    if nonfinite and to is not None:
        a += to.end()  # the adverbial belongs to the cue, not to what was promised
        # "promised to try", "denied falsifying data": too short to be what someone said, rather an act
        nonfinite = len(text[a:b].split()) >= _MIN_NONFINITE_WORDS
    if not (that and len(text[a:b].split()) >= _MIN_CLAUSE_WORDS) and not nonfinite and \
            not _reported(index, a, b, quoted_words=cue.word.lower() not in index.lex.naming_cues) and \
            not (cue.word.lower() in index.lex.zero_that_cues and _finite_clause(index.lex, text[a:b])):
        return []
    att = _attribution(index, cue, sent[0], cue.start, sent, earlier)
    if nonfinite and att.surface is not None and _bare_plural(index.text, att.surface, sent[0]):
        return []  # "Conservationists vowed to fight on": a bare plural's promise, no one's words
    if att.surface is None:
        subject = _subject_phrase(index, sent[0], cue.start)
        relative = _RELATIVE_AFTER_SUBJECT.fullmatch(text, sent[0], cue.start)
        if subject is None and relative is not None:
            # "Officials in the Ohmtal district, which owns the hospital, said they …": the subject is the phrase
            # before the relative clause
            subject = _subject_phrase(index, sent[0], relative.end(1))
        if subject is None:
            return []
        if nonfinite and _bare_plural(index.text, subject, sent[0]):
            return []
        att = Attribution(cue, subject, subject, att.via)
    return [Indirect(x, y, att) for x, y in _split_coordinated(index, a, b)]


_RELATIVE_AFTER_SUBJECT = re.compile(r"\s*([^,]{3,80}?),\s+(?:which|who|whose|where)\s[^,]{1,100},\s*")


def _bare_plural(text: str, subject: Candidate, start: int) -> bool:
    """ "Conservationists", "Lawyers for the families", "Local opponents": a plural noun without determiner
    opening the sentence (its head is the last word before a preposition)."""
    words = subject.text.split()
    if not words or text[start : subject.start].strip() or not words[0][:1].isupper() or \
            words[0].lower() in ("the", "its", "his", "this", "her", "their"):
        return False
    following = [*words[1:], ""]
    head = next((w for w, after in zip(words, following, strict=True) if after.lower() in _PP_OPENERS), "")
    return head.lower().endswith("s") and subject.kind in ("name", "role")


_PP_OPENERS = frozenset({"for", "of", "at", "in", "from", ""})


def _subject_phrase(index: SpeakerIndex, a: int, b: int) -> Candidate | None:
    """ "The group has said …": a short subject noun phrase (determiner first) before the cue and its auxiliary."""
    text = index.text
    m = _SUBJECT_PHRASE.fullmatch(text, a, b)
    if m is None or len(m.group(1).split()) > _MAX_SOURCE_WORDS:
        return None
    return Candidate(m.start(1), m.end(1), m.group(1), "role", person=False)


def _cue_last(index: SpeakerIndex, sent: tuple[int, int], cues: list[Cue],
              earlier: list[Candidate]) -> list[Indirect]:
    """ "Die Lage sei ernst, sagte Müller." / "…, the coastguard said." / "…, hieß es."."""
    text = index.text
    for cue in reversed([c for c in cues if c.kind == "verb"]):
        comma = text.rfind(",", sent[0], cue.start)
        if comma < 0 or len(text[comma + 1 : cue.start].split()) > _MAX_SOURCE_WORDS:
            continue
        # "…, sagte er; es gehe um …": a semicolon ends the frame, and what follows may go on reporting
        semicolon = text.find(";", cue.end, sent[1])
        frame_end = semicolon if semicolon >= 0 else sent[1]
        tail_limit = _MAX_TAIL_WORDS if not _reported(index, *_trim(text, sent[0], comma), strict=True) else \
            _MAX_TAIL_WORDS_SUBJUNCTIVE
        if len(text[cue.end : frame_end].split()) > tail_limit or "," in text[comma + 1 : cue.start]:
            continue
        att = _attribution(index, cue, comma + 1, frame_end, sent, earlier)
        subject = text[comma + 1 : cue.start].strip()
        if index.lex.code == "de" and subject:
            # "…, hatte er gesagt", "…, lässt Brennecke über seinen Anwalt erklären": the finite auxiliary comes
            # first, as German inverts, and the cue closes the frame
            auxiliary = subject.split()[0] in _FRAME_AUXILIARIES and len(text[cue.end : frame_end].split()) <= 3 \
                and _reported(index, *_trim(text, sent[0], comma))
            if not auxiliary and not _translated_frame(index, subject, cue, frame_end):
                continue  # German inverts after the clause: ", sagte Müller", ", hieß es" — the verb comes first
            att = _attribution(index, cue, comma + 1, cue.end, sent, earlier)  # the subject is before the cue
        impersonal = "es" in index.lex.cue_particles.get(cue.word.lower(), ())
        if index.lex.code == "de" and not subject and att.surface is None and impersonal:
            found = _impersonal_source(index, cue.end, frame_end)
            if found is not None:
                att = Attribution(cue, found if found.kind != "mention" else resolve(index, found, earlier, sent[0]),
                                  found, att.via)
        if index.lex.code == "de" and not subject and att.surface is None and not impersonal:
            found = _tail_name(index, cue.end, frame_end)
            if found is not None:
                att = Attribution(cue, resolve(index, found, earlier, sent[0]), found, att.via)
            elif (np := _inverted_subject(index, cue.end, frame_end)) is not None and \
                    _reported(index, *_trim(text, sent[0], comma)):
                # "…, teilte das Gericht am Dienstag mit", "…, rechnet der Gemeindebund Anhalt-Elbe vor": a
                # Konjunktiv clause and a nominative noun phrase after the cue; the phrase names the source
                att = Attribution(cue, _named_by_head(index, np), np, att.via)
            elif (fronted := _fronted_subject(index, sent[0], comma, cue, frame_end)) is not None:
                # "…, das regionale Wasserstraßen Büro, das Wasserstraßen- und Schifffahrtsamt Mittelrhein, sagte.":
                # English order translated word for word, the subject and its apposition before the final cue
                comma, np = fronted
                found_name = _tail_name(index, np.start, np.end)
                att = Attribution(cue, resolve(index, found_name, earlier, sent[0]) if found_name else np, np, att.via)
            else:
                continue
        if index.lex.code != "de" and subject.lower() in ("has", "had", "have", "will", "would"):
            continue  # "The builder, Zuraw Mosty, has said little": the subject stands before its apposition
        if index.lex.code != "de" and not subject and att.surface is None and _apposition_before(text, sent[0], comma):
            continue  # "Tomasz Wroblewski, the obstetrician who …, called the unit …": an apposition closes there
        after = WORD.search(text, cue.end, frame_end)
        if index.lex.code != "de" and not subject and after is not None and \
                after.group().lower() in _ENGLISH_CLAUSE_PRONOUNS:
            continue  # "…, which owns the hospital, said they would not pay", "…, refused to …": no inverted subject
        first = WORD.search(text, comma + 1, cue.start)
        if first is not None and first.group().lower() in index.lex.not_source_starts and index.lex.code != "de":
            continue  # ", which the club says", ", under a settlement announced": no source phrase
        if att.surface is None and subject:
            # ", the coastguard said": a plain noun phrase names the source, without being an entity
            np_start, np_end = _trim(text, comma + 1, cue.start)
            np = Candidate(np_start, np_end, text[np_start:np_end], "role", person=False)
            att = Attribution(cue, np, np, att.via)
        a, b = _trim(text, sent[0], comma)
        if len(text[a:b].split()) >= _MIN_CLAUSE_WORDS:
            found_clauses = [Indirect(a, b, att)]
            if semicolon >= 0:
                c, d = _trim(text, semicolon + 1, sent[1])
                if _reported(index, c, d, strict=True) or _subjunctive_after_subject(index, text[c:d]):
                    found_clauses.append(Indirect(c, d, att.continued()))
            return found_clauses
    return []


_REQUEST_VERBS = frozenset({"bat", "baten", "bittet"})
_WERDEN = frozenset({"wurde", "wurden", "worden", "wird", "werden"})
# Verbs of an account, whose "wie …" clause is what was told ("schilderte, wie …"), not a comparison
_NARRATIVE_CUES = frozenset({"schilderte", "schildert", "schilderten", "beschrieb", "beschreibt", "erzählte",
                             "erzählt", "erzählten", "berichtete", "berichtet", "berichteten"})
_ENGLISH_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_ENGLISH_CLAUSE_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "there", "that", "this", "to"})
_FRAME_AUXILIARIES = frozenset({"hatte", "hatten", "hat", "haben", "lässt", "ließ", "ließen", "habe"})
_APPOSITION_OPENERS = frozenset({"who", "which", "whose", "the", "a", "an"})
_MAX_APPOSED_WORDS = 6  # "Health minister Ulrike Brandhorst, who …": a name or a short noun phrase, no clause


def _apposition_before(text: str, a: int, comma: int) -> bool:
    """True when [a, comma) is a short noun phrase and an apposition or relative clause after it ("Mr
    Zemaitis, who was extradited …", "Zuraw Mosty, the Polish firm that built it"), not a reported clause."""
    first, sep, rest = text[a:comma].partition(",")
    words = rest.split()
    if not (sep and len(first.split()) <= _MAX_APPOSED_WORDS and words):
        return False
    if words[0].lower() in _APPOSITION_OPENERS:
        return True
    # "Joost van der Wiel, chief executive of Veldkamp, called …", "Its Indian owner, Nandavar Steel, had …",
    # "Andrei Munteanu, 31, was …": a role with its organisation, a name or an age, and no verb before them
    role = words[0][:1].islower() and any(w in ("of", "for", "at") for w in words[1:4])
    named = words[0][:1].isupper() or words[0].isdigit()
    verbless = not any(w.lower() in _ENGLISH_FINITE or w.endswith("ed") for w in first.split()[1:])
    return len(words) <= _MAX_APPOSED_WORDS and (role or named) and verbless


_ENGLISH_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                             "did", "does", "said", "says"})


def _translated_frame(index: SpeakerIndex, subject: str, cue: Cue, end: int) -> bool:
    """ "…, sie sagte." / "…, Mr Lin sagte." / "…, eine Person nahe dem Deal sagte.": English word order in
    machine-translated German, a past-tense cue after its subject at the end of the sentence. Not a relative
    or subordinate clause ("…, was die Leute sagten", "…, die er sagte")."""
    words = subject.split()
    tail = index.text[cue.end : end].split(",")[0]  # "…, Gewerkschaftsfunktionäre sagten, während …"
    if cue.word not in index.lex.translated_frame_verbs or words[0].casefold() in index.lex.subordinators or \
            len(tail.split()) > _MAX_TRANSLATED_TAIL:
        return False
    return not (words[0].casefold() in ("der", "die", "das", "den", "dem") and len(words) > 1 and words[1][:1].islower())


_MAX_TRANSLATED_TAIL = 5
_MIN_BARE_CLAUSE_WORDS = 4  # "…, sie sagte Reportern in Düsseldorf am Montag."


_INVERTED_SUBJECT = re.compile(r"[ \t]+((?:der|die|das)[ \t]+[A-ZÄÖÜ][\w-]*(?:[ \t]+[A-ZÄÖÜ][\w-]*)*)")


def _inverted_subject(index: SpeakerIndex, a: int, b: int) -> Candidate | None:
    """The nominative noun phrase right after an inverted cue ("teilte das Gericht mit" → "das Gericht";
    "das Niedersächsische Oberverwaltungsgericht"), capitalised words only, else None."""
    m = _INVERTED_SUBJECT.match(index.text, a, b)
    return Candidate(m.start(1), m.end(1), m.group(1), "role", person=False) if m else None


def _named_by_head(index: SpeakerIndex, phrase: Candidate) -> Candidate:
    """The organisation named before ``phrase`` whose name holds the phrase's words ("der Gemeindebund" →
    "Gemeindebund Anhalt-Elbe"; "das Gericht" → "Verwaltungsgericht Koblenz", a compound ending in the
    noun), the nearest one; a name inside the phrase comes first ("der Tagesblick", "das LKA"); else the phrase
    itself."""
    inside = [c for c in index.between(phrase.start, phrase.end) if c.kind == "mention"]
    if inside:
        return inside[0]
    words = [w.casefold() for w in phrase.text.split() if w.casefold() not in index.lex.role_determiners]
    return (_organisation_holding(index, words, phrase.start) if words else None) or phrase


def _organisation_holding(index: SpeakerIndex, words: list[str], before: int) -> Candidate | None:
    """The nearest organisation named before ``before`` whose name holds ``words`` (see ``_holds``)."""
    for cand in reversed(index.between(0, before)):
        if cand.kind == "mention" and not cand.person and cand.entity_id and \
                any(_holds(n.casefold().split(), words) for n in (cand.text, cand.canonical or "") if n):
            return cand
    return None


_MIN_HEAD = 5  # letters of a noun that may end a compound name ("Gericht" in "Verwaltungsgericht")


def _holds(name: list[str], words: list[str]) -> bool:
    """True when every one of ``words`` is a word of ``name`` or ends one of its compounds."""
    return len(words) <= len(name) and all(
        any(x == w or (x.endswith(w) and len(w) >= _MIN_HEAD) for x in name) for w in words)


# "hieß es bei der DPEG", "heißt es beim Verband", "hieß es aus dem Ministerium", "heißt es im Bericht der
# Bezirksregierung": the place the words come from, after the impersonal cue
_IMPERSONAL_FROM = re.compile(r"[ \t]+(?:es[ \t]+)?(?:(?:dazu|darin|nur|zudem|weiter|am[ \t]+\w+)[ \t]+)*"
                              r"(?:bei|beim|aus|vom|im|in)[ \t]+(?:(?:der|dem|den|des|einer|einem)[ \t]+)?")
_IMPERSONAL_DOCUMENTS = re.compile(r"(?:Bericht|Mitteilung|Erklärung|Stellungnahme|Schreiben|Papier|Brief|Antwort|"
                                   r"Pressemitteilung|Gutachten|Urteil|Beschluss)\w*[ \t]+(?:des|der)[ \t]+")


def _impersonal_source(index: SpeakerIndex, a: int, b: int) -> Candidate | None:
    """Who speaks in "…, hieß es bei der DPEG" (the name after "bei", "aus", "im Bericht der …"), the
    organisation named before whose name holds a bare noun there ("beim Verband" → "Verband Kommunaler
    Krankenhäuser"), else None ("hieß es", "heißt es in dem Brief": no one named)."""
    m = _IMPERSONAL_FROM.match(index.text, a, b)
    if m is None:
        return None
    start = m.end()
    doc = _IMPERSONAL_DOCUMENTS.match(index.text, start, b)
    if doc is not None:
        start = doc.end()
    elif {"im", "in", "einer", "einem"} & set(m.group().split()):
        return None  # "heißt es in einem Papier": a document, no author named
    # the name itself, or a role phrase around it ("der Bezirksregierung"), which names whom it holds
    first = next((c for c in index.between(start - _MAX_DETERMINER, b) if c.start <= start < c.end), None)
    if first is not None and first.kind in ("mention", "name") and not first.person:
        return first
    if first is not None and first.kind == "role" and not first.person:
        named = _named_by_head(index, first)
        return named if named is not first else None
    noun = _CAPITALISED.match(index.text, start, b)
    return _organisation_holding(index, [noun.group().casefold()], start) if noun else None


_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\w-]*")
_MAX_DETERMINER = len("einer ")


def _fronted_subject(index: SpeakerIndex, start: int, comma: int, cue: Cue, end: int,
                    ) -> tuple[int, Candidate] | None:
    """The subject of a sentence-final translated cue ("…, das Schifffahrtsamt Mittelrhein, sagte."): one or
    two noun phrases between commas right before it (a name and its apposition), each short and opening with
    a determiner or a capital; the clause ends at the comma before them. Returns (that comma, the phrases)."""
    text = index.text
    if cue.word not in index.lex.translated_frame_verbs or text[cue.end : end].strip(" \t.!?\n"):
        return None
    found: tuple[int, Candidate] | None = None
    right = comma
    for _ in range(2):
        left = text.rfind(",", start, right)
        if left < 0 or not _noun_phrase_like(text[left + 1 : right]) or \
                len(text[start:left].split()) < _MIN_BARE_CLAUSE_WORDS:
            break
        a, b = _trim(text, left + 1, comma)
        found, right = (left, Candidate(a, b, text[a:b], "role", person=False)), left
    return found


def _noun_phrase_like(phrase: str) -> bool:
    """A short noun phrase: a determiner or a capital first, lower-case words only as determiners or
    adjectives (no verb such as "sperrte" or "waren")."""
    words = phrase.split()
    if not 1 <= len(words) <= _MAX_SOURCE_WORDS or not (words[0][:1].isupper() or words[0] in _NP_DETERMINERS):
        return False
    return all(w[:1].isupper() or w in _NP_DETERMINERS or w in ("und", "von", "für") or
               (w.endswith(("e", "en", "er", "es", "em")) and not w.endswith(("te", "ten"))) for w in words)


_NP_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines"})


def _tail_name(index: SpeakerIndex, a: int, b: int) -> Candidate | None:
    """The speaker named in an inverted frame whose head the rules do not know: "sagte der frühere Händler
    Oleksandr Hnatenko am Dienstag", "sagte der Obmann der Opposition, Hauke Brüning": the first person
    named in the frame, else None."""
    return next((c for c in index.between(a, b) if c.person and c.kind in ("mention", "name")), None)


def _source_phrase(index: SpeakerIndex, sent: tuple[int, int], cues: list[Cue],
                   earlier: list[Candidate]) -> list[Indirect]:
    """ "Laut X …", "X zufolge …", "According to X, …", "…, so X."; the clause is the rest."""
    text = index.text
    for cue in (c for c in cues if c.kind in ("before", "after")):
        att = _attribution(index, cue, sent[0], sent[1], sent, earlier)
        if att.surface is None:
            np = _noun_phrase_after(index, cue.end, sent[1]) if cue.kind == "before" else None
            if np is None and " " not in cue.word:
                continue  # "nach eigenen Angaben", "nach Polizeiangaben" carry their source in themselves
            # "so das Gericht" → the court named before ("Oberverwaltungsgericht Lüneburg")
            speaker = _named_by_head(index, np) if np is not None and index.lex.code == "de" else np
            att = Attribution(cue, speaker, np, att.via)
        src_start = min(cue.start, att.surface.start) if att.surface else cue.start
        src_end = max(cue.end, att.surface.end) if att.surface else cue.end
        after_comma = False
        if not text[sent[0] : src_start].strip(" \t\n,"):
            a, b = _trim(text, src_end, sent[1])
            opened = _translated_opening(index, cue, src_end, sent[1])
            if opened is not None and not _reportative(index, a, b):
                (a, b), after_comma = opened, True  # "Laut zwei Personen vertraut mit …, Kehrwieder schuldet …"
        elif re.search(r",[ \t]*$", text[sent[0] : src_start]):
            a, b = _trim(text, sent[0], src_start)  # "…, according to police, and nine were …"
            after_comma = cue.word.lower() != "so"  # "…, so Brodersen, sei das …" is native German
        elif cue.word.lower() == "so":
            continue  # "…, so Brodersen, sei das „das Minimum“": the partial quote is the quote
        elif any(c.kind == "verb" and c.end <= src_start for c in cues):
            continue  # "Lawrow sagte nach Angaben der Agentur Interfax, …": the agency relays what the verb reports
        else:
            a, b = _trim(text, sent[0], sent[1])
        if len(text[a:b].split()) < _MIN_CLAUSE_WORDS:
            continue
        if index.lex.code == "de" and not after_comma and not _reportative(index, a, b):
            # "Laut Polizei wurden drei Menschen verletzt": a sourced fact, not reported speech. German sets
            # no comma before "laut X"; "…, laut der Firma." is English "…, according to the company."
            # translated word for word, and reported like it
            continue
        return [Indirect(a, b, att)]
    return []


def _translated_opening(index: SpeakerIndex, cue: Cue, a: int, b: int) -> tuple[int, int] | None:
    """The clause after "Laut X, …" in German translated from "According to X, …" (native German has no comma
    there and puts the verb second: "Laut X schuldet …"): the words after the first comma, a capitalised
    subject and a lower-case verb first, else None."""
    if index.lex.code != "de" or cue.kind != "before":
        return None
    comma = index.text.find(",", a, b)
    if comma < 0 or len(index.text[a:comma].split()) > 2 * _MAX_SOURCE_WORDS:
        return None
    c, d = _trim(index.text, comma + 1, b)
    words = index.text[c:d].split()
    if len(words) < _MIN_BARE_CLAUSE_WORDS or not words[0][:1].isupper() or not words[1][:1].islower() or \
            words[1] in _LIST_WORDS:
        return None  # a subject and its verb open the clause ("Kehrwieder schuldet …"), not a list ("…, Insulingaben und …")
    return c, d


_LIST_WORDS = frozenset({"und", "oder", "sowie", "bzw.", "als", "wie"})


def _reportative(index: SpeakerIndex, a: int, b: int) -> bool:
    """German reported speech after a source phrase: Konjunktiv, or reportative "soll(en)"."""
    ws = {m.group().lower() for m in WORD.finditer(index.text, a, b)}
    return bool(ws & index.lex.subjunctive) or bool(ws & {"soll", "sollen"}) or \
        _subjunctive_after_subject(index, index.text[a:b])


# "der Verwaltung", "der Stadt Köln"; translated from English also with its article or a number: "laut einer
# Person", "laut dem Joint Inspection Centre", "Laut zwei Personen"
_DE_SOURCE_PHRASE = re.compile(r"[ \t]*((?:(?:der|die|das|des|dem|den|ein|eine|einer|einem|eines|zwei|drei|mehreren)"
                               r"[ \t]+)?[A-ZÄÖÜ][\w-]*(?:[ \t]+[A-ZÄÖÜ][\w-]*)?)")


def _noun_phrase_after(index: SpeakerIndex, a: int, b: int) -> Candidate | None:
    """ "according to a person with knowledge of the claim": the unnamed source up to the next comma."""
    text = index.text
    if index.lex.code == "de":
        # German sources are genitive noun phrases: "nach Angaben der Verwaltung", "der Stadt Köln"
        m = _DE_SOURCE_PHRASE.match(text, a, b)
        return Candidate(m.start(1), m.end(1), m.group(1), "role", person=False) if m else None
    end = text.find(",", a, b)
    start, stop = _trim(text, a, end if end >= 0 else b)
    words = text[start:stop].split()
    if not words or len(words) > 2 * _MAX_SOURCE_WORDS:
        return None
    return Candidate(start, stop, text[start:stop], "role", person=False)
