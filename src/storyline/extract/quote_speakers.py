"""Speaker candidates of an article (mentions, role phrases, pronouns, names) and pronoun/role resolution.

Built once per article so attributing each quote is a cheap look-up in sorted lists. Works without
NER mentions: then names come from honorifics ("Frau Berger"), known first names ("Anna Berger") and
the capitalised words next to a cue ("sagte Müller").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.model import Mention

CandidateKind = Literal["mention", "role", "pronoun", "name"]
_WORD_CHARS = re.compile(r"[\w-]+")
_ANTECEDENT_WINDOW = 40  # candidates looked at before a pronoun
_NAME_WINDOW = 80  # characters read next to a cue when looking for a name
_TOKEN = re.compile(r"\w[\w'’-]*")
_NAME_GAP = re.compile(r"\.?[ \t]*")
_COMPLEMENT_WORD = re.compile(r"\s(?:des|der|von|vom|for|of|at)\s")  # opens a role's complement (quote_lexicon)


@dataclass(frozen=True)
class Candidate:
    """A possible speaker: a span of the text with what is known about it."""

    start: int
    end: int
    text: str
    kind: CandidateKind
    gender: str | None = None  # "m", "f", or None when unknown
    entity_id: str | None = None
    canonical: str | None = None
    person: bool = True  # False for organisations and institutions ("das Ministerium")


@dataclass
class SpeakerIndex:
    """All speaker candidates of one article, sorted by start, plus role-word → named-person links."""

    text: str
    lex: QuoteLexicon
    candidates: list[Candidate]
    has_mentions: bool = False  # with NER mentions, a capitalised word that is no mention is no name
    starts: list[int] = field(default_factory=list)
    role_names: dict[str, list[Candidate]] = field(default_factory=dict)
    # role phrase start → the person it stands in apposition to ("Dorothee Kampmann, eine Anwältin der Verbände")
    apposed: dict[int, Candidate] = field(default_factory=dict)
    quoted: list[tuple[int, int]] = field(default_factory=list)  # spans of the marked (direct) quotes
    # words of the text tokenised once; cue verbs and medium nouns among them, for bisecting by frame
    cue_words: list[tuple[int, int, str]] = field(default_factory=list)
    cue_starts: list[int] = field(default_factory=list)
    prep_words: list[tuple[int, int, str]] = field(default_factory=list)
    prep_starts: list[int] = field(default_factory=list)
    medium_words: list[tuple[int, int, str]] = field(default_factory=list)
    medium_starts: list[int] = field(default_factory=list)

    def words_in(self, words: list[tuple[int, int, str]], starts: list[int], a: int, b: int,
                 ) -> list[tuple[int, int, str]]:
        """The entries of a precomputed word list lying inside [a, b)."""
        return words[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    def between(self, a: int, b: int) -> list[Candidate]:
        """Candidates lying inside [a, b), pronouns included (found on demand: frames are short)."""
        i = bisect.bisect_left(self.starts, a)
        out: list[Candidate] = []
        while i < len(self.candidates) and self.candidates[i].start < b:
            if self.candidates[i].end <= b:
                out.append(self.candidates[i])
            i += 1
        pronouns = [p for p in _pronouns(self.text, self.lex, a, b) if not any(
            c.start <= p.start < c.end for c in out)]
        return sorted(out + pronouns, key=lambda c: c.start) if pronouns else out


def build_index(text: str, mentions: list[Mention], lex: QuoteLexicon, quoted: list[tuple[int, int]]) -> SpeakerIndex:
    """Collect candidates outside direct quotes; overlapping ones keep the most informative."""
    # a possessor is not the speaker ("Mr Wisniewski's lawyer said"); nor is a mention made of role words
    # only, which is a tagging slip ("sagte Mitgründerin und Geschäftsführerin Lena Marquardt")
    per = [m for m in mentions if m.type in ("PER", "ORG") and not _possessive(text, m.end) and
           not _genitive_possessor(text, m, lex) and
           not all(lex.is_role_word(w) and not _is_institution(w, lex) for w in m.text.split())]
    heads = list(lex.determined_noun.finditer(text))
    roles = _role_phrases(text, lex, heads)
    mention_cands = [_mention_candidate(text, m, lex) for m in per]
    # A role phrase holding an organisation speaks for it ("ein Sprecher des Fanbündnisses Südkurve 1921"
    # → the Fanbündnis): the phrase becomes a candidate with the organisation's entity, and the
    # organisation inside it is not a separate candidate.
    # a role phrase whose head opens a name is that name: "the European Commission", "die EU-Kommission",
    # "die Staatsanwaltschaft Wuppertal"
    # (the role's own determiner is no complement: "der Bezirksregierung" is the Bezirksregierung)
    roles = [r for r in roles if not any(r.start < c.start < r.end <= c.end and
                                         not _COMPLEMENT_WORD.search(" " + text[r.start : c.start].partition(" ")[2])
                                         for c in mention_cands)]
    roles = [_speaks_for(r, mention_cands) for r in roles]
    mention_cands = [c for c in mention_cands if not any(r.start < c.start < r.end for r in roles)]
    names = [c for c in _known_names(text, lex, not per) if not _overlaps_any(c, mention_cands) and
             not _possessive(text, c.end)]
    quoted_starts = [a for a, _ in quoted]
    pool = [c for c in mention_cands + names + roles if not _inside(c, quoted, quoted_starts)]
    pool.sort(key=lambda c: (c.start, -c.end))
    dedup: list[Candidate] = []
    for c in pool:
        if dedup and c.start < dedup[-1].end:
            continue  # nested/overlapping: the earlier, longer span wins
        dedup.append(c)
    index = SpeakerIndex(text=text, lex=lex, candidates=dedup, starts=[c.start for c in dedup],
                         has_mentions=bool(per), quoted=quoted)
    index.cue_words = [(m.start(), m.end(), m.group()) for m in lex.cue_regex.finditer(text)]
    index.cue_starts = [t[0] for t in index.cue_words]
    index.medium_words = []
    for m in heads:
        word, end = _head_word(m, lex.is_medium_word)
        if word and not lex.is_cue_verb(word):
            index.medium_words.append((end - len(word), end, word))
    index.prep_words = [(m.start(), m.end(), m.group()) for m in lex.prep_cue.finditer(text)]
    index.prep_starts = [t[0] for t in index.prep_words]
    index.medium_starts = [t[0] for t in index.medium_words]
    for c in dedup:
        if c.kind in ("mention", "name"):
            role = word_before(text, c.start)
            if role and lex.is_role_word(role):
                index.role_names.setdefault(role.lower(), []).append(c)
    for i, c in enumerate(dedup):
        if c.kind != "role" or not c.person:
            continue
        holder = apposed_after(index, c, min(len(text), c.end + _NAME_WINDOW))
        if holder is None and i > 0:
            holder = _apposed_before(index, dedup[i - 1], c)
        if holder is not None:
            index.apposed[c.start] = holder
            held = next((w for w in c.text.split() if lex.is_role_word(w)), "")
            if held:
                index.role_names.setdefault(held.lower(), []).append(holder)
    return index


# What may stand between a role phrase and the name in apposition after it: a comma ("der Sprecher, Max
# Kurz"), more role words ("der Vorsitzende Richter Ulrich Kreienbaum"), or a place ("der
# Betriebsratsvorsitzende in Sangerhausen, Oleksandr Kowalenko").
_APPOSITION_GAP = re.compile(r"[ \t]*,?[ \t]*|[ \t]+(?:in|im|aus|bei|beim|von|vom|at|from|of)[ \t]+"
                             r"(?:[A-ZÄÖÜ][\w-]*[ \t]*){1,3},[ \t]*")
# A name in apposition is closed by punctuation, a saying verb or a preposition, not followed by its
# own verb: "sagte der Anwalt, Müller habe …" names the subject of the reported clause instead.
_APPOSITION_CLOSE = re.compile(r"[ \t]*(?:[,.;:!?)]|$)")
_LINKING = frozenset({"und", "and", "s", "'s", "’s"})  # words inside an apposition besides names and prepositions


def apposed_after(index: SpeakerIndex, role: Candidate, limit: int) -> Candidate | None:
    """The person named right after a role phrase: "die Ministerin Anna Berger", "der Sprecher, Max Kurz,",
    "der Vorsitzende Richter Ulrich Kreienbaum", "der Betriebsratsvorsitzende in Sangerhausen, Oleksandr Kowalenko"."""
    text, lex = index.text, index.lex
    nxt = [c for c in index.candidates[bisect.bisect_left(index.starts, role.end) :][:3]
           if c.start < limit and c.person and c.kind in ("mention", "name")]
    if nxt:
        gap = text[role.end : nxt[0].start]
        if re.fullmatch(r"[ \t]*,?[ \t]*", gap):
            return nxt[0]  # as before: "die Ministerin Anna Berger", "der Sprecher, Max Kurz"
        words = gap.split()
        role_gap = 0 < len(words) <= 2 and not re.search(r"[,.;:!?„“”\"»«]", gap) and \
            all(lex.is_role_word(w) for w in words)
        if role_gap or (_APPOSITION_GAP.fullmatch(gap) and _APPOSITION_CLOSE.match(text, nxt[0].end)):
            return nxt[0]
    m = _APPOSITION_GAP.match(text, role.end)
    start = m.end() if m else role.end
    if start == role.end or start >= limit:
        return None
    name = read_name(text, start, True, lex, limit)
    if name is None or name.start != start or name.kind != "name":
        return None
    if "," not in text[role.end : start] or _APPOSITION_CLOSE.match(text, name.end):
        return name
    return None


def _apposed_before(index: SpeakerIndex, prev: Candidate, role: Candidate) -> Candidate | None:
    """The person a role phrase follows as an apposition: "Dmytro Melnytschuk, der technische Leiter des
    Verbands", "Corinna Vogt, an automotive economist in Halle, said"."""
    if not prev.person or prev.kind not in ("mention", "name"):
        return None
    if not re.fullmatch(r"[ \t]*,[ \t]*", index.text[prev.end : role.start]):
        return None
    # the apposition closes before anything that could be the reported clause's verb ("Müller, die
    # Ministerin habe …" is no apposition): only names, role words and linking words up to the next comma
    tail = re.match(r"[^,.;:!?\n]{0,60}(?:[,.;:!?\n]|$)", index.text[role.end :])
    if tail is None:
        return None
    lex = index.lex
    for w in re.findall(r"[\w'’-]+", tail.group()):
        low = w.lower()
        if not (w[:1].isupper() or low in lex.prepositions or low in lex.role_determiners or
                low in _LINKING or w[:1].isdigit() or
                (lex.code == "en" and not lex.is_cue_verb(w) and low not in ("who", "which"))):
            return None
    return prev


def complement_organisation(index: SpeakerIndex, role: Candidate) -> Candidate | None:
    """The organisation a role's complement names in short: "ein Sprecher der Staatsanwaltschaft" →
    "Staatsanwaltschaft Wuppertal", "des Verbands" → "Wasserverband Lebuser Land" (the nearest such mention)."""
    m = re.search(r"\s(?:des|der|of|for|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}([\w-]+)$", role.text)
    if m is None:
        return None
    word = m.group(1).lower()
    stems = {word} | ({word[:-1], word[:-2]} if index.lex.code == "de" else set())
    stems = {x for x in stems if len(x) >= 5}
    orgs = [c for c in index.candidates if c.kind == "mention" and not c.person and c.entity_id and
            any(w in stems or (len(w) > len(x) and w.endswith(x)) for w in c.text.lower().split() for x in stems)]
    return _nearest(orgs, role)


def _nearest(orgs: list[Candidate], role: Candidate) -> Candidate | None:
    """The organisation nearest the role, one before it first."""
    return min(orgs, key=lambda c: (c.start > role.start, abs(c.start - role.start)), default=None)


# "ein Rodopa-Sprecher", "Eine Hesselbarth-Sprecherin", "ein DPV-Sprecher": the spokesperson of the body
# named before the hyphen speaks for it (unlike "der BBT-Vorsitzende", a person of their own)
_SPOKES_COMPOUND = re.compile(r"(?:^|\s)([A-ZÄÖÜ][\w]*)-(?:Sprecher|Sprecherin|Sprechers)\b")


def compound_organisation(index: SpeakerIndex, role: Candidate) -> Candidate | None:
    """The organisation a German spokesperson compound names: "ein Rodopa-Sprecher" → "Rodopa Pharma" (an ORG
    mention of the article whose first word or acronym is the prefix; the nearest one)."""
    m = _SPOKES_COMPOUND.search(role.text)
    if m is None:
        return None
    prefix = m.group(1).casefold()
    orgs = [c for c in index.candidates if c.kind == "mention" and not c.person and c.entity_id and
            prefix in {c.text.split()[0].casefold(), (c.canonical or c.text).split()[0].casefold()}]
    return _nearest(orgs, role)


def _speaks_for(role: Candidate, mentions: list[Candidate]) -> Candidate:
    """The role phrase as the organisation it speaks for, when its complement is an ORG mention."""
    org = next((c for c in mentions if not c.person and role.start < c.start < role.end), None)
    # only a complement names whom the role speaks for: "a senior EFA official" is no EFA statement
    if org is None or org.entity_id is None or not _COMPLEMENT_WORD.search(role.text[: org.start - role.start]):
        return role
    end = max(role.end, org.end)
    return Candidate(role.start, end, role.text[: end - role.start] if end == role.end else
                     role.text + org.text[role.end - org.start :], "mention", role.gender, org.entity_id,
                     org.canonical, person=role.person)


def _possessive(text: str, end: int) -> bool:
    """True when a name at ``end`` is a possessor ("Wisniewski's lawyer")."""
    return text[end : end + 2] in ("'s", "’s")


def _genitive_possessor(text: str, m: Mention, lex: QuoteLexicon) -> bool:
    """German "Heimerdingers Verteidiger Frank-Peter Lüdecke", "Hnatenkos Anwältin", "in Dallmanns Schäferei",
    "Mr Stoyanovs Bemerkungen": a name in the genitive right before a role or another noun is whose the thing
    is, not the speaker."""
    if lex.code != "de" or not m.text.endswith("s"):
        return False
    nxt = re.match(r"[ \t]+([\w-]+)", text[m.end : m.end + 40])
    if nxt is None:
        return False
    word = nxt.group(1)
    return lex.is_role_word(word) or (m.type == "PER" and word[:1].isupper() and not word.isupper() and
                                      word not in lex.pronouns and not lex.is_cue_verb(word))


def _overlaps_any(c: Candidate, others: list[Candidate]) -> bool:
    return any(o.start < c.end and c.start < o.end for o in others)


def _inside(c: Candidate, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when ``c`` lies inside one of the (sorted, non-overlapping) ``spans``."""
    i = bisect.bisect_right(starts, c.start) - 1
    return i >= 0 and spans[i][0] <= c.start and c.end <= spans[i][1]


def word_before(text: str, pos: int) -> str | None:
    """The word right before ``pos`` (separated by spaces only), or None."""
    m = re.search(r"([\w-]+)[ \t]+$", text[max(0, pos - 60) : pos])
    return m.group(1) if m else None


def _gender_of_name(name: str, lex: QuoteLexicon) -> str | None:
    """Gender from the first name ("Anna Berger" → f), or None when the table does not know it."""
    first = name.split()[0].lower() if name.split() else ""
    if first in lex.female_names:
        return "f"
    if first in lex.male_names:
        return "m"
    return None


def _gender_before(text: str, start: int, lex: QuoteLexicon) -> str | None:
    """Gender from an honorific or role word right before a name ("Frau Berger", "Ministerin Berger")."""
    word = word_before(text, start) or ""
    low = word.lower().rstrip(".")
    if low in lex.gender_honorifics:
        return lex.gender_honorifics[low]
    if lex.is_role_word(word):
        return _role_gender(word, None, lex)
    return None


def _role_gender(head: str, determiner: str | None, lex: QuoteLexicon) -> str | None:
    """Natural gender of a role noun: "Ministerin"/"spokeswoman" → f, "der Sprecher"/"spokesman" → m."""
    low = head.lower()
    if lex.code == "de":
        if low.endswith("in"):
            return "f"
        if determiner in ("der", "ein", "einem", "einen", "den", "dem", "des", "eines"):
            return "m"
        # a role noun whose feminine form is known is masculine without it ("BBT-Chef", "Sprecher");
        # "Vorsitzende", "Abgeordnete" say nothing
        return "m" if (low + "in").endswith(lex.role_stems) else None
    if low.endswith("woman"):
        return "f"
    return "m" if low.endswith("man") else None


def _mention_candidate(text: str, m: Mention, lex: QuoteLexicon) -> Candidate:
    name = m.canonical_name or m.text
    gender = _gender_before(text, m.start, lex) or _gender_of_name(name, lex) or _gender_of_name(m.text, lex)
    return Candidate(m.start, m.end, m.text, "mention", gender, m.entity_id, m.canonical_name, m.type == "PER")


def _role_phrases(text: str, lex: QuoteLexicon, heads: list[re.Match[str]]) -> list[Candidate]:
    """Determiner + adjectives + role noun (+ complement): "der Sprecher des Ministeriums", "a spokesperson"."""
    out: list[Candidate] = []
    for m in heads:
        word, end = _head_word(m, lex.is_role_word)
        if not word:
            continue
        comp = lex.role_complement.match(text, end)
        stop = comp.end() if comp else end
        institution = _is_institution(word, lex)
        gender = None if institution else _role_gender(word, m.group(1).lower(), lex)
        out.append(Candidate(m.start(), stop, text[m.start() : stop], "role", gender, person=not institution))
    return out


def _head_word(m: re.Match[str], test: Callable[[str], bool]) -> tuple[str, int]:
    """The first word after the determiner that passes ``test`` ("a spokesperson for …"), with its end."""
    if test(m.group(2)):
        return m.group(2), m.end()
    if m.end(1) + 1 == m.start(2) or m.group(2)[:1].isupper():
        # no adjectives in between, or a German capitalised noun: the lowercase words before it are adjectives
        return "", -1
    for w in _WORD_CHARS.finditer(m.string, m.end(1), m.start(2)):
        if test(w.group()):
            return w.group(), w.end()
    return "", -1


def _is_institution(word: str, lex: QuoteLexicon) -> bool:
    """True for role nouns naming an institution ("Ministerium", "police"), which are not he or she."""
    return word.lower().endswith(lex.institution_stems)


def _known_names(text: str, lex: QuoteLexicon, with_first_names: bool) -> list[Candidate]:
    """Names recognisable without NER: after an honorific ("Frau Berger") or a known first name ("Anna Berger")."""
    out: list[Candidate] = []
    for m in lex.honorific_name.finditer(text):
        out.append(Candidate(m.start(2), m.end(2), m.group(2), "name", lex.gender_honorifics[m.group(1).lower()]))
    if not with_first_names:
        return out  # with NER, names are mentions and their first name gives the gender already
    for m in lex.first_name.finditer(text):
        gender = "f" if m.group(1).lower() in lex.female_names else "m"
        out.append(Candidate(m.start(1), m.end(2), text[m.start(1) : m.end(2)], "name", gender))
    return out


def _pronouns(text: str, lex: QuoteLexicon, a: int, b: int) -> list[Candidate]:
    """Pronouns in [a, b), and age nouns that refer back like them ("der 58-Jährige", "the 58-year-old")."""
    out = [Candidate(m.start(), m.end(), m.group(), "pronoun", lex.pronouns[m.group().lower()])
           for m in lex.pronoun_regex.finditer(text, a, b)]
    for m in lex.age_noun.finditer(text, a, b):
        out.append(Candidate(m.start(), m.end(), m.group(), "pronoun", lex.age_genders.get(m.group(1).lower())))
    return out


def read_name(text: str, pos: int, forward: bool, lex: QuoteLexicon, limit: int) -> Candidate | None:
    """A capitalised name right after (or right before) ``pos``: the fallback when no candidate is there."""
    if forward:
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, pos, min(limit, pos + _NAME_WINDOW))]
        gap = text[pos : tokens[0][0]] if tokens else ""
    else:
        start = max(limit, pos - _NAME_WINDOW)
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, pos)][::-1]
        gap = text[tokens[0][1] : pos] if tokens else ""
    if not tokens or not re.fullmatch(r"[ \t]*", gap):
        return None
    picked: list[tuple[int, int, str]] = []
    role: tuple[int, int, str] | None = None
    for s, e, tok in tokens[:5]:
        low = tok.lower()
        if picked and not _NAME_GAP.fullmatch(text, min(e, picked[-1][1]), max(s, picked[-1][0])):
            break  # a comma ends the name: "Agentur Interfax, Russland sei …" (not the dot of "Peter J. Smith")
        if lex.is_role_word(tok) and not picked and role is None:
            role = (s, e, tok)  # "sagte Streikführer Müller": the name after the role word speaks
            continue
        if (tok[0].isupper() and low not in lex.not_names) or (picked and low in lex.name_particles):
            if lex.is_role_word(tok) or low in lex.gender_honorifics or low in lex.name_titles:
                if picked and not forward:
                    break  # "Verdi-Chef Frank Werneke sagte": the role word ends the name going back
                continue
            picked.append((s, e, tok))
            continue
        break
    while picked and picked[-1][2].lower() in lex.name_particles:
        picked.pop()
    if not picked:
        # "laut Polizei", "according to police": the role word alone is the speaker
        return Candidate(role[0], role[1], role[2], "role", person=not _is_institution(role[2], lex)) if role \
            else None
    picked.sort()
    start, end = picked[0][0], picked[-1][1]
    return Candidate(start, end, text[start:end], "name", _gender_before(text, start, lex)
                     or _gender_of_name(text[start:end], lex))


def antecedent(index: SpeakerIndex, pronoun: Candidate, extra: list[Candidate],
               bound: int | None = None) -> Candidate | None:
    """The nearest preceding person that agrees in gender with ``pronoun`` (mentions, names, roles), starting
    before ``bound`` where given (not inside the reported clause the pronoun's cue reports)."""
    limit = pronoun.start if bound is None else min(bound, pronoun.start)
    i = bisect.bisect_left(index.starts, limit)
    if pronoun.gender == "n":
        # "it added": the nearest organisation
        orgs = [c for c in index.candidates[max(0, i - _ANTECEDENT_WINDOW) : i]
                if not c.person and c.kind in ("mention", "role")]
        return orgs[-1] if orgs else None
    # walk back from the pronoun over a bounded window: antecedents are near, and long texts stay linear
    pool = [c for c in index.candidates[max(0, i - _ANTECEDENT_WINDOW) : i] if c.person]
    pool += [c for c in extra[-_ANTECEDENT_WINDOW:] if c.start < limit and c.person]
    pool.sort(key=lambda c: c.start, reverse=True)
    for c in pool:
        if c.gender is None or pronoun.gender is None or c.gender == pronoun.gender:
            return c
    return None


def _role_stem(word: str) -> str:
    """A role noun without the case ending of an adjectival noun: "Vorsitzender", "Vorsitzenden" → "vorsitzende"."""
    return re.sub(r"e[rn]$", "e", word)


def named_role(index: SpeakerIndex, role: Candidate) -> Candidate | None:
    """The named person holding ``role`` elsewhere in the text ("die Ministerin" → "Ministerin Anna Berger")."""
    words = [w for w in role.text.split() if index.lex.is_role_word(w)]
    if not words:
        return None
    head = _role_stem(words[0].lower())
    matches = [c for key, cands in index.role_names.items() if _role_stem(key).endswith(head) for c in cands]
    if not matches:
        return None
    return min(matches, key=lambda c: abs(c.start - role.start))
