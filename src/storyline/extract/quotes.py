"""Quotes and speakers: direct quotes from quote marks, indirect speech from cues, speakers from patterns.

Rules where they are exact (quote marks), patterns where needed (cues, roles, pronouns); the heuristics are
data in ``storyline.lang.de``/``en`` ("extract: quotes" sections). Spans are offsets into the clean text;
a direct quote's span includes its marks, an indirect quote's span is the reported clause.

What counts as a direct quote: marked text that is speech. A single quoted word („Gute-Kita-Gesetz“,
"woke") is a term or a scare quote, not a quote, unless a cue sits right next to it („Nein“, sagte sie);
a quoted title after an article (der „Süddeutschen Zeitung“, das „Gesetz zur Stärkung der Tarifbindung“)
is a name, not a quote; two or three quoted words count (a partial quote) only with a cue in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from storyline.extract.quote_attribution import MISSING_REASONS, Attribution, attribute
from storyline.extract.quote_indirect import continued_clause, find_indirect, reported_before
from storyline.extract.quote_lexicon import QuoteLexicon, lexicon
from storyline.extract.quote_marks import MarkedSpan, find_marked_spans
from storyline.extract.quote_speakers import Candidate, SpeakerIndex, build_index
from storyline.extract.quote_text import WORD, sentence_bounds
from storyline.model import Article, Mention, Quote

__all__ = ["MISSING_REASONS", "QuoteStage", "extract_quotes", "find_quotes", "resolve_speakers"]

_PARTIAL_MAX_WORDS = 3  # up to this many quoted words need a cue in the sentence to count as a quote
_EARLIER_SPEAKERS = 40  # fallback-name speakers remembered as pronoun antecedents
_CONTINUATION_SENTENCES = 2  # a quote without a cue continues the speaker of a quote this close before


@dataclass
class _State:
    """What one pass over an article remembers: speakers seen (pronoun antecedents), the last attribution."""

    earlier: list[Candidate] = field(default_factory=list)
    last: Attribution | None = None
    last_sentence: int = -10
    quotes: list[Quote] = field(default_factory=list)


def extract_quotes(text: str, mentions: list[Mention], language: str | None) -> list[Quote]:
    """Direct and indirect quotes of ``text`` with speakers, cues and relaying media (pure; spans into text)."""
    lex = lexicon(language)
    marked = find_marked_spans(text)
    sentences = sentence_bounds(text, marked, lex.abbreviations)
    index = build_index(text, mentions, lex, [(q.start, q.end) for q in marked])
    state = _State()
    qi = 0
    for si, (s, e) in enumerate(sentences):
        in_sentence: list[MarkedSpan] = []
        while qi < len(marked) and marked[qi].start < e:
            if marked[qi].start >= s:
                in_sentence.append(marked[qi])
            qi += 1
        blocked = _direct_in_sentence(index, sentences, si, in_sentence, state)
        found = find_indirect(index, (s, e), blocked, state.earlier,
                              state.last if state.last_sentence == si - 1 and not in_sentence else None)
        if blocked and state.last is not None and state.last_sentence == si and state.last.speaker is not None:
            more = continued_clause(index, (s, e), max(b for _, b in blocked), state.last)
            found = [*found, more] if more else found
        # a partial quote inside a reported clause stays a quote of its own ("sie sei „enttäuscht“")
        for clause in found:
            _emit(index, state, clause.start, clause.end, False, clause.attribution, si)
        if not found and not in_sentence and lex.code == "de":
            _announce(index, state, s, e, si)
    return sorted(state.quotes, key=lambda q: (q.start, q.end))


def _announce(index: SpeakerIndex, state: _State, s: int, e: int, si: int) -> None:
    """A sentence where a named speaker speaks without a reported clause ("Anwalt Christoph Baumhöver wies die
    Vorwürfe zurück.", "Vorstandschef Chaudhuri begründete den Schritt in einer Videobotschaft.", also an
    organisation: "Das Landratsamt Weidering bezifferte den Schaden auf …") lets the
    Konjunktiv I sentences after it continue that speaker ("Die Proben seien intern falsch eingeordnet worden")."""
    att = attribute(index, (s, e), (e, e), state.earlier)
    if att is not None and att.cue is not None and att.cue.kind == "verb" and att.speaker is not None and \
            att.speaker.kind in ("mention", "name"):
        state.last, state.last_sentence = att, si


def _direct_in_sentence(index: SpeakerIndex, sentences: list[tuple[int, int]], si: int,
                        quotes: list[MarkedSpan], state: _State) -> list[tuple[int, int]]:
    """Emit the direct quotes of sentence ``si``; return the spans of full (not partial) quotes."""
    s, e = sentences[si]
    blocked: list[tuple[int, int]] = []
    for i, q in enumerate(quotes):
        left = (quotes[i - 1].end if i else s, q.start)
        right = (q.end, quotes[i + 1].start if i + 1 < len(quotes) else max(e, q.end))
        att = attribute(index, left, right, state.earlier)
        kind = _speech_kind(index, q, left, right, att)
        if kind is None:
            continue
        if kind == "full" and not _embedded(index.text, q, left) and not _ends_reported_clause(index, q, left, s):
            blocked.append((q.start, q.end))
            if att is None:
                att = _fallback(index, sentences, si, q, left, right, state)
        elif att is None and state.last is not None and state.last_sentence == si and state.last.speaker is not None:
            # a second quote woven into the same reported sentence ('sagte, die Forderungen würden „…“ kosten
            # und könnten nicht „…“') has the speaker of the first
            att = state.last.continued()
        _emit(index, state, q.start, q.end, True, att, si)
    return blocked


def _ends_reported_clause(index: SpeakerIndex, q: MarkedSpan, left: tuple[int, int], s: int) -> bool:
    """ "kündigte an, man werde streiken, „bis …“": a quote after the comma of a reported clause, closing the
    sentence, is part of that clause, which stays indirect speech around it (the quote is one of its own)."""
    inner = index.text[q.inner_start : q.inner_end].rstrip()
    return left[0] == s and not inner.endswith((".", "!", "?")) and reported_before(index, s, q.start)


def _embedded(text: str, q: MarkedSpan, left: tuple[int, int]) -> bool:
    """A quote woven into a sentence ('said the strike cost "30 million a day"'): the reported clause around
    it is still indirect speech, so it does not block indirect-speech detection in that sentence."""
    inner = text[q.inner_start : q.inner_end].rstrip()
    return bool(re.search(r"\w[ \t]*$", text[left[0] : left[1]])) and not inner.endswith((".", "!", "?"))


def _speech_kind(index: SpeakerIndex, q: MarkedSpan, left: tuple[int, int], right: tuple[int, int],
                 att: Attribution | None) -> str | None:
    """ "full" for a quote, "partial" for a few quoted words with a cue, None for a term or title."""
    text, lex = index.text, index.lex
    inner = text[q.inner_start : q.inner_end]
    ws = [m.group() for m in WORD.finditer(inner)]
    if not ws:
        return None
    has_cue = att is not None and att.cue is not None
    if _is_title(text, q, ws, lex):
        return None
    if (re.search(r"[.!?…:;,]", inner) and len(ws) > 1) or len(ws) > _PARTIAL_MAX_WORDS:
        return "full"
    said = has_cue and att is not None and (att.speaker is not None or att.surface is not None)
    adjacent = re.match(r"[ \t]*,?[ \t]*\w+", text[right[0] : right[1]])
    cue_next = has_cue and adjacent is not None and lex.is_cue_verb(adjacent.group().strip(" ,\t"))
    if cue_next and len(ws) > 1 and not text[left[0] : left[1]].strip():
        return "full"  # a short quote that opens its sentence: "„Das ist Erpressung“, sagte Müller."
    if len(ws) == 1:
        if cue_next:
            return "full" if re.search(r"[.!?]", inner) else "partial"
        # one quoted word someone is said to have used: "nannte den Streik „unverhältnismäßig“",
        # "sprach von „Erpressung“"; a capitalised term without such a frame is a name or a scare quote
        named = lex.naming.search(text[left[0] : left[1]]) is not None
        return "partial" if said and (ws[0][0].islower() or named) else None
    # two or three quoted words are a partial quote only when someone is said to have said them
    return "partial" if said else None


def _is_title(text: str, q: MarkedSpan, ws: list[str], lex: QuoteLexicon) -> bool:
    """A quoted name or title after an article: der „Süddeutschen Zeitung“, the "Harbour Times"."""
    inner = text[q.inner_start : q.inner_end]
    if re.search(r"[.!?]$", inner.strip()) or len(ws) > 6:
        return False
    if lex.naming.search(text[max(0, q.start - 40) : q.start]):
        return False  # "sprach von einem „Signal an die Reedereien“": a phrase someone used, not a title
    before = re.search(r"(\w+)[ \t]*$", text[max(0, q.start - 30) : q.start])
    after_article = before is not None and before.group(1).lower() in lex.title_articles
    capitalised = ws[0][0].isupper() and all(w[0].isupper() or w.lower() in lex.title_function_words for w in ws)
    if lex.code == "de" and len(ws) > 1 and ws[0][0].isupper():
        # German capitalises every noun: a title is recognised by its article, not by its capitals, and
        # speech gives itself away by a verb form or a speaking "wir"/"nicht"
        return after_article and not any(w.lower() in lex.subjunctive or lex.is_cue_verb(w) or
                                         w.lower() in lex.speech_words for w in ws)
    return after_article and capitalised


def _fallback(index: SpeakerIndex, sentences: list[tuple[int, int]], si: int, q: MarkedSpan,
              left: tuple[int, int], right: tuple[int, int], state: _State) -> Attribution | None:
    """Speaker from the sentence before (ending in ":"), the sentence after, or the previous quote."""
    text = index.text
    bare = len(text[left[0] : left[1]].split()) + len(text[right[0] : right[1]].split()) < 3
    if si > 0 and not text[left[0] : left[1]].strip():
        ps, pe = sentences[si - 1]
        if text[ps:pe].rstrip().endswith(":"):
            att = attribute(index, (ps, pe), (pe, pe), state.earlier)
            if att is not None:
                return att
    if bare and si + 1 < len(sentences):
        ns, ne = sentences[si + 1]
        # the next sentence names the speaker only within the paragraph: past a paragraph break it is news
        if not re.search(r"[„»«“\"]", text[ns:ne]) and "\n" not in text[q.end : ns]:
            att = attribute(index, (ne, ne), (ns, ne), state.earlier)
            if att is not None and att.speaker is not None:
                return att
    if state.last is not None and state.last.speaker is not None and si - state.last_sentence <= \
            _CONTINUATION_SENTENCES:
        return state.last.continued()
    return None


def _emit(index: SpeakerIndex, state: _State, start: int, end: int, direct: bool, att: Attribution | None,
          si: int) -> None:
    """Append the Quote record and remember its speaker for pronouns and continuations."""
    speaker = att.speaker if att else None
    surface = att.surface if att else None
    reason: str | None
    if speaker is None:
        reason = "no_cue" if att is None else "pronoun_unresolved" if surface and surface.kind == "pronoun" \
            else "no_speaker"
    elif speaker.kind == "role":
        reason = "role_only"
    else:
        reason = None if speaker.entity_id else "no_entity"
    speaker_text = speaker.text if speaker else surface.text if surface else None
    state.quotes.append(Quote(
        start=start, end=end, text=index.text[start:end], direct=direct,
        speaker_entity_id=speaker.entity_id if speaker else None, speaker_text=speaker_text,
        speaker_missing_reason=reason, cue=att.cue.word if att and att.cue else None, via=att.via if att else None,
    ))
    if speaker is not None and speaker.kind == "name" and speaker not in state.earlier:
        state.earlier.append(speaker)
        del state.earlier[:-_EARLIER_SPEAKERS]  # only recent speakers can be meant by a pronoun
    if att is not None and (speaker is not None or (not direct and att.cue is not None)):
        # reported speech continues over sentences even when its source is unnamed ("heißt es darin. Insgesamt
        # habe die BayRB …"); direct quotes continue only a named speaker (see _fallback)
        state.last, state.last_sentence = att, si


# Words dropped when comparing speaker names ("Herr Kurz" ~ "Kurz"): honorifics and titles of all languages.
_HONORIFICS = frozenset(w for code in ("de", "en") for w in (*lexicon(code).gender_honorifics,
                                                              *lexicon(code).name_titles))


def _fold(name: str) -> str:
    """Case-folded name without honorifics and punctuation, for name comparison."""
    words = [w for w in re.findall(r"[\w-]+", name.casefold()) if w not in _HONORIFICS]
    return " ".join(words)


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else ""


def _canonical_via(q: Quote, linked: list[Mention]) -> Quote:
    """The relaying medium under its canonical name when a linked mention names it ("Agentur Nordwire")."""
    if not q.via:
        return q
    want = _fold(q.via)
    for m in linked:
        if m.canonical_name and want in (_fold(m.text), _fold(m.canonical_name)):
            return q.model_copy(update={"via": m.canonical_name})
    return q


def resolve_speakers(quotes: list[Quote], mentions: list[Mention]) -> list[Quote]:
    """Fill ``speaker_entity_id`` by matching ``speaker_text`` to mentions with entity ids (full name, then surname)."""
    linked = [m for m in mentions if m.entity_id and m.type in ("PER", "ORG")]
    out: list[Quote] = []
    for q in quotes:
        q = _canonical_via(q, linked)
        if q.speaker_entity_id or not q.speaker_text or not linked:
            out.append(q)
            continue
        want = _fold(q.speaker_text)
        exact = [m for m in linked if want in (_fold(m.text), _fold(m.canonical_name or ""))]
        by_surname = {m.entity_id for m in linked if m.type == "PER" and want and
                      _surname(want) in (_surname(_fold(m.text)), _surname(_fold(m.canonical_name or "")))}
        entity = exact[0].entity_id if exact else next(iter(by_surname)) if len(by_surname) == 1 else None
        out.append(q.model_copy(update={"speaker_entity_id": entity, "speaker_missing_reason": None}) if entity
                   else q)
    return out


def _speaker_names(article: Article, quote: Quote) -> set[str]:
    """Every name a quote's speaker goes by in its article: speaker_text, canonical name, mention variants."""
    names = {quote.speaker_text or ""}
    if quote.speaker_entity_id:
        for m in article.mentions:
            if m.entity_id == quote.speaker_entity_id:
                names |= {m.text, m.canonical_name or ""}
    return {_fold(n) for n in names if n}


def _name_matches(query: str, name: str) -> bool:
    """Same name, or same surname where one side gives only a surname ("Berger" ~ "Anna Berger")."""
    if query == name:
        return True
    if _surname(query) != _surname(name):
        return False
    return len(query.split()) == 1 or len(name.split()) == 1


def find_quotes(articles: Iterable[Article], speaker: str | None) -> list[tuple[Article, Quote]]:
    """Quotes of ``articles`` whose speaker matches ``speaker`` case-insensitively (None: all quotes)."""
    query = _fold(speaker) if speaker else ""
    found: list[tuple[Article, Quote]] = []
    for article in articles:
        for quote in article.quotes:
            if not query or any(_name_matches(query, n) for n in _speaker_names(article, quote)):
                found.append((article, quote))
    return found


@dataclass(frozen=True)
class QuoteStage:
    """Per-article stage: fills ``Article.quotes`` from the clean text, mentions and language."""

    name: str = "quotes"
    # 3: a source phrase after the verb relays; a comma ends a name; 4: "und fügte hinzu, …";
    # 5: more saying verbs, short opening quotes, adjectival role nouns, the source of "hieß es";
    # 6: roles in apposition to a name, organisations named in short by a role's complement, objects and
    # prepositional phrases are no subjects; 7: paragraph-bound next-sentence speakers, woven second quotes,
    # bracketed parties, pronouns outside their clause, masculine role nouns, definite titles referring back;
    # 8: sentences end before any script's capitals, quoted words make a clause reported, coordinated verbs end it;
    # 9: "sagte die Schwedin" refers back, names after role words, "Mr" in German copy, appositions after a
    # prepositional head; 10: a genitive name before a role is its possessor, pluperfect "gesagt", "der Ingenieur";
    # 11: an outlet right after the cue is the listener of the person before it ("sagte Metro Dispatch");
    # 12: English frame order in translated German ("…, sie sagte."), "sagte," + indicative clause, speakers
    # named after an unknown role in an inverted frame, a reported clause after "sagte er;"; 13: "sagte laut der
    # Agentur X" relays the subject, a genitive name before any noun is a possessor ("in Dallmanns Schäferei");
    # 14: English past clauses without "that" ("said the settlement protected …"), no frame comma inside a
    # number ("400,000", "9,5"), no clause opening with a prepositional cue ("…, so Brodersen, sei das …");
    # 15: "ein Rodopa-Sprecher" speaks for the organisation before the hyphen; 16: an organisation in the
    # dative after the cue is the listener ("sagte der Ingenieur dem Tagesblick"), "die Gewerkschaft" refers
    # back within its paragraph; 17: a German source phrase after a comma ("…, laut der Firma.") is translated
    # English and reports even an indicative clause; 18: an inverted frame whose subject is an unknown noun
    # phrase names its source ("…, teilte das Gericht mit", "…, rechnet der Gemeindebund vor"); 19: "X sagt, …"
    # and "X hat gesagt, …" open an indicative clause; 20: "hieß es bei der DPEG" names its source; 21: an English
    # apposition's closing comma frames no clause; 22: "Laut X, <subject> <verb> …" translated from English;
    # 23: German reported speech before a full quote its colon introduces ("…, sagte Y, und sprach aus: »…«");
    # 24: Konjunktiv I after a speech act without clause ("X wies die Vorwürfe zurück. Die Proben seien …"),
    # continuations with the verb second or after adjective and noun, English bare-noun subjects before a past
    # verb, English clauses before "…, but added: “…”" end at the next saying verb; 25: an English reported
    # clause ends before a time clause after its comma ("…, after prosecutors charged him"); 26: German frames
    # opened by an auxiliary ("…, hatte er gesagt", "…, lässt X über seinen Anwalt erklären"), "ließ …
    # ausrichten", requests reported in Konjunktiv ("…, bat der Wasserverbund"), "errechnete"; 27: a translated
    # sentence-final cue after its subject and apposition ("…, das Schifffahrtsamt Mittelrhein, sagte."),
    # adverbial infinitives ("ohne Zahlen zu nennen") report nothing, a fronted "Ob …" continues no report;
    # 28: English bare plural subjects ("Prosecutors allege …", "Lawyers for the families say …"); 29: a
    # subordinate clause opening a sentence continues reported speech when the main verb is in Konjunktiv;
    # 30: Konjunktiv II ("hätten", "könnten", "lägen") continues reported speech right after it; 31: a
    # translated indicative clause after "sagte," may open with a number ("sagte, 60 Proben waren …"); 32: a
    # Konjunktiv I sentence continues reported speech also after a demonstrative subject ("Das gelte auch …")
    # or after its subject's relative clause ("Die Leitwarte, von der aus …, laufe …"); 33: a quote closing a
    # German reported clause after its comma ("man werde streiken, „bis …“") is part of the indirect quote;
    # 34-36: English clauses without "that" in any tense after a finite auxiliary ("say there are at least
    # four", "said that was not enough"), subjects of an adjective and a plural or before a relative clause, no
    # passive cues, no "refused to", no inverted frame before a pronoun or after an apposition; German
    # Konjunktiv continues an organisation's announcement ("bezifferte den Schaden") and after a long fronted phrase;
    # 37: perfect participles cue ("hat eingeräumt, …"), not after "wurde"; "zu sein" and an infinitive before a
    # relative clause report; "schilderte, wie …" reports; 38: a role phrase closed by a name is that name's speech
    # ("The consumer association Verbraucherbund Nordwest said"), not after a place preposition ("the court in …")
    version: str = "38"
    requires: frozenset[str] = frozenset({"text", "mentions", "language"})
    provides: frozenset[str] = frozenset({"quotes"})

    def run(self, article: Article) -> Article:
        """Extract quotes, then link speakers to the article's entity ids where the pipeline set them."""
        text = article.text if article.text is not None else article.raw_text
        quotes = resolve_speakers(extract_quotes(text, article.mentions, article.language), article.mentions)
        return article.model_copy(update={"quotes": quotes})
