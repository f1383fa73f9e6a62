"""Figures in article text: value, qualifier and what is counted (issue 7, part 5).

A figure's span runs from its qualifier ("mehr als") or currency sign to the unit or the counted
noun ("mehr als 3.000 Beschäftigte"), as the sample gold annotates it. Years and dates belong to
the date extractor: spans overlapping a date are skipped. Labels ("Artikel 5", "FC 1860", "A7"),
ordinals ("am 5. Tag"), clock times, phone and version numbers are not figures.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from storyline.extract.dates import extract_dates
from storyline.extract.figure_lexicon import FigureLexicon, figure_lexicon
from storyline.extract.figure_numbers import parse_digits, parse_english_words, parse_german_word
from storyline.model import Article, Figure

# "58-Jährige", "48-Stunden(-Streik)": one segment after the hyphen; English ages keep "-old".
_COMPOUND = re.compile(r"-([^\W\d_]\w*(?:-old\b)?)")
_JOINED = re.compile(r"[ \t]+(\w+)[ \t]+([^\W\d_][\w-]*)(?![ \t]*\d)")
_RATE = re.compile(r"[ \t]+(\w+)[ \t]+([^\W\d_]\w*)")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
_PREV_TOKEN = re.compile(r"(\S+)\s*$")
_CLOCK_AFTER = re.compile(r"^[:.]\d\d\b")
_VERSION_AFTER = re.compile(r"\.\d")
_VERSION_BEFORE = re.compile(r"\d\.$")
_CODE_BEFORE = re.compile(r"(?:^|\s)[A-ZÄÖÜ]{1,4}$")
_SENTENCE_GOES_ON = re.compile(r"\s+[a-zäöü0-9]")
_TWO_TOKENS = re.compile(r"(\S*)[ \t]+(\S+)[ \t]+$")
_SENTENCE_END = frozenset(".!?:;\"„“«»()–-")
_NAME_QUOTES = "\"'„“”‚‘’«»("
# German clock times without "Uhr": "um 18.00", "halb zwei", "Viertel nach drei".
_CLOCK_PREPS = frozenset({"um", "gegen", "ab", "bis"})
_GERMAN_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")
_SPOKEN_CLOCK_BEFORE = re.compile(r"\b(?:[Vv]iertel|[Dd]reiviertel)\s+(?:(?:nach|vor)\s+)?$")
# Words before a bare number that make it an ordinal ("am 5. Tag", "der 3. Platz").
_ORDINAL_BEFORE = frozenset({
    "der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "beim", "vom", "ihr", "ihre", "ihrem",
    "ihren", "ihrer", "sein", "seine", "seinem", "seinen", "seiner", "dieser", "diesem", "jeder",
})
# Ranges: "20 bis 30 Menschen" gives the first number what the second counts.
_HYPHEN_DIGIT_AFTER = re.compile(r"-\d")  # "2-1": a result, or a range "5-6 Wochen" when something is counted
_DIGIT_HYPHEN_BEFORE = re.compile(r"\d-$")
_RANGE_JOIN = re.compile(r"^\s*(?:bis|-|–|und|oder|to|and|or)\s*$", re.IGNORECASE)


@dataclass
class _Candidate:
    """A number being extended into a figure."""

    start: int
    end: int
    value: float
    qualifier: str | None = None
    unit: str | None = None
    has_scale: bool = False
    scale: float = 1.0
    kind: str = "digits"
    notes: list[str] = field(default_factory=list)


def _core_value(m: re.Match[str], lex: FigureLexicon) -> tuple[float, str] | None:
    """Value and kind of a core match (digits, word, glued, half, fraction, one)."""
    g = m.groupdict()
    if g["digits"]:
        value = parse_digits(g["digits"], lex.code)
        return (value, "digits") if value is not None else None
    if g["one"]:
        return 1.0, "one"
    if g["half"]:
        return 0.5, "half"
    if g.get("gword"):
        glued = _word_value(g["gword"], lex)
        return (glued, "glued") if glued is not None and glued >= 2 else None
    if g["phrase"]:
        return lex.fraction_phrases[" ".join(g["phrase"].lower().split())], "fraction"
    if g["frac"]:
        numerator = _word_value(g["fnum"], lex)
        if numerator is None:
            return None
        return numerator * lex.fractions[g["frac"].lower()], "fraction"
    word_value = _word_value(g["word"], lex)
    # "zwei" and up (one is "ein", an article first), or a half ("anderthalb" = 1.5)
    return (float(word_value), "word") if word_value is not None and (word_value >= 2 or word_value % 1) else None


def _word_value(text: str, lex: FigureLexicon) -> float | None:
    """A number written as digits, a number word or a word for one; halves: "viereinhalb", "anderthalb",
    "three and a half"."""
    if text.isdigit():
        return float(text)
    low = " ".join(text.lower().split())
    if low == "anderthalb":
        return 1.5
    for half in ("einhalb", " and a half"):
        if low.endswith(half) and len(low) > len(half):
            base = _word_value(low[: -len(half)], lex)
            return base + 0.5 if base is not None else None
    if text.lower() in lex.one_words:
        return 1.0
    parsed = parse_german_word(text, lex.number_words) if lex.code == "de" else parse_english_words(
        text, lex.number_words)
    return float(parsed) if parsed is not None else None


def _prev_token(text: str, start: int) -> str:
    m = _PREV_TOKEN.search(text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _is_excluded(text: str, m: re.Match[str], kind: str, lex: FigureLexicon) -> bool:
    """Labels, names, ordinals, clock times, phone and version numbers."""
    start, end = m.start(), m.end()
    prev = _prev_token(text, start)
    if prev in lex.label_words:
        return True
    if kind == "word":
        word = m.group("word")
        if lex.code == "de" and (prev == "halb" or _SPOKEN_CLOCK_BEFORE.search(text, max(0, start - 20), start)):
            return True  # "halb zwei", "Viertel nach drei": clock times
        before = text[max(0, start - 3) : start].rstrip()
        sentence_start = not before or before[-1] in ".!?:\n„“\"«»("
        return lex.code == "de" and word[:1].isupper() and not sentence_start
    if kind != "digits":
        return False
    digits = m.group("digits")
    if lex.month_after.match(text, end):
        return True  # "28 Februar": the day of a date
    unit_after = _WORD_AFTER.match(text, end)
    if (lex.code == "de" and prev in _CLOCK_PREPS and _GERMAN_CLOCK.fullmatch(digits)
            and not (unit_after and unit_after.group(1).lower() in lex.units)):
        return True  # "um 18.00": German decimals take a comma, so hh.mm after "um" is a clock time
    after = text[end : end + 6]
    if lex.clock_range_after.match(text, end):
        return True  # "von 10 bis 12 Uhr": both ends are clock times
    if _CLOCK_AFTER.match(after) or (after[:1] in ("/", ":") and after[1:2].isdigit()):
        return True  # clock times, scores "2:1", phone numbers "0171/…"
    if (digits.startswith("0") and len(digits) > 1 and digits[1:2].isdigit()) or text[start - 1 : start] == "+":
        return True  # phone numbers and codes
    if prev.isdigit() and prev.startswith("0"):
        return True  # the rest of a phone number "030 1234567"
    if _VERSION_AFTER.match(after) or _VERSION_BEFORE.search(text, max(0, start - 2), start):
        return True  # version numbers "2.0.1"
    if after[:1] == "." and digits.isdigit() and len(digits) <= 3:
        nxt = text[end + 1 : end + 3].strip()[:1]
        if prev in _ORDINAL_BEFORE or (nxt and nxt.islower()):
            return True
    prev_raw = text[max(0, start - 6) : start].rstrip()
    # A short capitalised code right before ("FC 1860", "A 7", "B 96") makes the number part of a name.
    code = bool(_CODE_BEFORE.search(prev_raw)) and prev_raw[-1:].isupper()
    return (code and prev not in ("eu", "us", "eur", "usd", "gbp", "chf") and prev not in lex.one_words
            and prev not in lex.not_counted)


def _take_currency(text: str, cand: _Candidate, lex: FigureLexicon) -> None:
    """A currency sign before the number ("€ 20", "$3m") is the figure's unit."""
    before = text[max(0, cand.start - 5) : cand.start]
    cur = lex.currency_before.search(before)
    if cur:
        cand.start -= len(before) - cur.start()
        cand.unit = lex.units.get(cur.group("c").lower(), lex.units.get("$"))


def _extend_left(text: str, cand: _Candidate, lex: FigureLexicon, previous_end: int) -> None:
    """Take a qualifier phrase before the number (or its currency sign) into the figure."""
    window = text[max(0, cand.start - 30) : cand.start]
    q = lex.qualifier_before.search(window)
    if q and q.group("q").lower() in lex.preposition_qualifiers:
        q_start = cand.start - len(window) + q.start("q")
        if previous_end >= 0 and not text[previous_end:q_start].strip():
            return  # "8,2 Prozent über zwei Jahre": a preposition right after a figure
        before = _PREV_TOKEN.search(window[: q.start("q")])
        noun = before and before.group(1)[:1].isupper() and before.group(1)[-1:].isalpha()
        if lex.counted_capitalised and noun:
            return  # "eine Bürgschaft über 95 Millionen Euro": a preposition after a noun
        if before and before.group(1).lower().startswith(lex.preposition_verbs):
            return  # "verfügt über 57 Sitze", "stimmte über 48 Anträge ab": the verb's preposition
    if q:
        cand.qualifier = lex.qualifiers[" ".join(q.group("q").lower().split())]
        cand.start -= len(window) - q.start("q")


def _extend_right(text: str, cand: _Candidate, lex: FigureLexicon) -> bool:
    """Take a scale, a unit and the counted noun after the number; False when it is a clock time."""
    s = lex.scale_after.match(text, cand.end)
    if s and cand.kind in ("digits", "word", "one", "half"):
        cand.scale = lex.scales[(s.group("s") or s.group("s2")).lower()]
        cand.value *= cand.scale
        cand.end, cand.has_scale = s.end(), True
        if text[cand.end - 1 : cand.end] == "." and not _SENTENCE_GOES_ON.match(text, cand.end):
            cand.end -= 1 if (s.group("s") or "").lower() not in ("mio", "mrd", "tsd", "bio") else 0
    elif cand.kind == "one":
        nxt = _WORD_AFTER.match(text, cand.end)
        if nxt is None or nxt.group(1).lower() not in lex.one_units:
            return False  # "ein" before a fraction is handled as the fraction's numerator
        cand.unit, cand.end = nxt.group(1), nxt.end()  # "für ein Jahr": one unit of time
        return True
    if cand.kind == "glued":
        return True  # "zweitägigen": the stem gave the unit
    compound = _COMPOUND.match(text, cand.end)
    if compound and cand.kind in ("digits", "word") and not cand.has_scale:
        stem = compound.group(1).lower()
        key = max((k for k in lex.compound_units if stem.startswith(k)), key=len, default=None)
        cand.unit, cand.end = lex.compound_units[key] if key else compound.group(1), compound.end()
        return True
    if text[cand.end : cand.end + 1].isalnum():
        return False  # glued to letters: a name or code such as "3D", "A380neo"
    u = lex.unit_after.match(text, cand.end)
    if u and cand.kind != "fraction":
        if u.group("u").lower() in lex.not_after:
            return False
        if cand.unit is None:
            cand.unit = lex.units[" ".join(u.group("u").lower().split())]
            cand.end = u.end()
            _take_measured(text, cand, lex)
            _take_rate(text, cand, lex)
            return True
    nxt = _WORD_AFTER.match(text, cand.end)
    if nxt and nxt.group(1).lower() in lex.not_after:
        return False
    following = text[cand.end : cand.end + 8].lstrip().lower()
    if any(following.startswith(w) for w in lex.not_after if not w.isalpha()):
        return False  # "4.30 p.m."
    partitive = lex.partitive_after.match(text, cand.end)
    if partitive and cand.unit is None:
        cand.end = partitive.end()  # "zwei von ihnen", "95 Millionen davon"
        return True
    if cand.unit is None and cand.kind != "fraction":
        _take_counted(text, cand, lex)
    _take_rate(text, cand, lex)
    return True


def _take_rate(text: str, cand: _Candidate, lex: FigureLexicon) -> None:
    """"4.500 Fahrgäste pro Tag" counts "Fahrgäste pro Tag"; the span ends before the rate, except for speed."""
    rate = _RATE.match(text, cand.end)
    if cand.unit and rate and rate.group(1).lower() in lex.rate_words:
        speed = text[cand.start : cand.end].rsplit(None, 1)[-1].lower() in lex.speed_units
        cand.unit = f"{cand.unit} {rate.group(1)} {rate.group(2)}"
        cand.end = rate.end() if speed else cand.end


def _take_measured(text: str, cand: _Candidate, lex: FigureLexicon) -> None:
    """"600 Kilometer Regionalstrecken": the noun after a measure is what it measures."""
    nxt = _WORD_AFTER.match(text, cand.end)
    if cand.unit in lex.measure_units and nxt and nxt.group(1)[:1].isupper():
        cand.unit, cand.end = f"{cand.unit} {nxt.group(1)}", nxt.end()


def _take_counted(text: str, cand: _Candidate, lex: FigureLexicon) -> None:
    """The noun after the number (skipping an adjective or two) is what the figure counts."""
    pos = cand.end
    for _ in range(3):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            return
        word, low = m.group(1), m.group(1).lower()
        # German adjectives end in -e/-en/-er/-es/-em ("neue", "zusätzlichen"); other lower-case words stop.
        inflected = word[:1].islower() and low.endswith(("e", "en", "er", "es", "em")) and low not in lex.not_counted
        if low in lex.counted_skip or (lex.counted_capitalised and inflected):
            pos = m.end()  # an adjective ("neue") or "of" in "dozens of"
            continue
        if low in lex.not_counted or low in lex.months or low in lex.weekdays:
            return
        if lex.counted_capitalised and not word[:1].isupper():
            return
        before = cand.end
        cand.unit, cand.end = word, m.end()
        if not lex.counted_capitalised:
            _extend_phrase(text, cand, lex)
            if cand.value != 1 and not _plural(cand.unit.rsplit(" ", 1)[-1].lower(), lex):
                cand.unit, cand.end = None, before  # "the Südkurve 1921 alliance": a singular is not counted
                return
        joined = _JOINED.match(text, cand.end)
        if joined and joined.group(1).lower() in lex.counted_joiners and joined.group(2)[:1].isupper():
            cand.unit, cand.end = f"{word} {joined.group(1)} {joined.group(2)}", joined.end()
        return


def _plural(word: str, lex: FigureLexicon) -> bool:
    """An English plural: a word in -s or an irregular plural ("people")."""
    return word.endswith("s") or word in lex.irregular_plurals


def _extend_phrase(text: str, cand: _Candidate, lex: FigureLexicon) -> None:
    """English: what is counted runs to the last plural noun within two more words ("crew members")."""
    pos, best = cand.end, None
    words = [cand.unit or ""]
    for _ in range(2):
        m = _WORD_AFTER.match(text, pos)
        if m is None or not m.group(1).islower() or m.group(1) in lex.not_counted:
            break
        words.append(m.group(1))
        pos = m.end()
        if _plural(m.group(1), lex):
            best = (" ".join(words), pos)
    if best:
        cand.unit, cand.end = best


def _nominative(text: str, cand: _Candidate, lex: FigureLexicon) -> str | None:
    """What is counted in the nominative: "seit 33 Jahren" counts "Jahre", "mit 90 Fahrgästen" "Fahrgäste"."""
    unit = cand.unit or ""
    if _prev_token(text, cand.start) not in lex.dative_preps:
        return unit
    words = unit.split(" ")
    for i, word in enumerate(words):
        low = word.lower()
        in_n = low in lex.plurals_in_n or low.endswith(lex.plural_n_endings)
        if word[:1].isupper() and low.endswith(("en", "ern", "eln")) and not in_n:
            words[i] = word[:-1]
    return " ".join(words)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]], ends: list[int]) -> bool:
    """Whether [start, end) overlaps a span; ``spans`` sorted and not overlapping, ``ends`` their ends."""
    i = bisect.bisect_right(ends, start)
    return i < len(spans) and spans[i][0] < end


def extract_figures(
    text: str, language: str | None, date_spans: list[tuple[int, int]] | None = None
) -> list[Figure]:
    """Figures in ``text``; numbers inside ``date_spans`` are dates (computed here when None)."""
    lex = figure_lexicon(language)
    if date_spans is None:
        date_spans = [(d.start, d.end) for d in extract_dates(text, None, lex.code)]
    spans = sorted(date_spans)
    ends = [e for _, e in spans]
    found: list[_Candidate] = []
    for start in lex.starts.finditer(text):
        # Numbers start with a digit or a number word; trying the pattern only there is ~3x faster.
        if found and start.start() < found[-1].end:
            continue
        m = lex.core.match(text, start.start())
        if m is None or _overlaps(m.start(), m.end(), spans, ends):
            continue
        core = _core_value(m, lex)
        if core is None or _is_excluded(text, m, core[1], lex):
            continue
        cand = _Candidate(m.start(), m.end(), core[0], kind=core[1])
        if cand.kind == "digits" and _english_grouping(text, m, lex):
            cand.value = float(m.group("digits").replace(",", ""))
        if cand.kind == "glued":
            cand.unit = lex.compound_units[m.group("gstem").lower()]
        _take_currency(text, cand, lex)
        _take_sign(text, cand, lex)
        if not _extend_right(text, cand, lex) or _is_bare_year(text, cand, lex):
            continue
        _extend_left(text, cand, lex, found[-1].end if found else -1)
        if _is_name_number(text, cand):
            continue
        if cand.unit and cand.kind != "fraction" and cand.unit not in lex.units.values():
            cand.unit = _nominative(text, cand, lex)
        _take_complement(text, cand, lex)
        if found and found[-1].end > cand.start:
            continue
        found.append(cand)
    _share_range_units(text, found)
    found = [c for c in found if not _is_score(text, c)]
    return [
        Figure.model_construct(
            start=c.start, end=c.end, text=text[c.start : c.end], value=c.value, qualifier=c.qualifier,
            unit_or_counted=c.unit,
        )
        for c in found
    ]


def _take_complement(text: str, cand: _Candidate, lex: FigureLexicon) -> None:
    """ "sechs Jahre Haft", "six years in prison": a sentence is counted with what it is of."""
    unit = cand.unit or ""
    if unit not in lex.counted_complements and unit.endswith("n") and unit[:-1] in lex.counted_complements:
        unit = unit[:-1]  # "sechs Jahren Haft": the dative plural, counted in the nominative
    complements = lex.counted_complements.get(unit)
    if not complements:
        return
    m = re.match(rf"[ \t]+({'|'.join(re.escape(c) for c in complements)})(?![\w-])", text[cand.end : cand.end + 40])
    if m:
        cand.end += m.end()
        cand.unit = f"{unit} {m.group(1)}"


_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")


def _english_grouping(text: str, m: re.Match[str], lex: FigureLexicon) -> bool:
    """ "etwa 3,900 Krankenschwestern" in German copy machine-translated from English: a comma before exactly
    three digits groups thousands when a counted noun follows; before a unit or scale ("1,375 Prozent",
    "2,500 Millionen") it stays the German decimal comma."""
    if lex.code != "de" or not _COMMA_THOUSANDS.fullmatch(m.group("digits")):
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt is None or not nxt.group(1)[:1].isupper():
        return False
    word = nxt.group(1).lower()
    return word not in lex.units and word not in lex.scales and word not in lex.not_counted


def _is_name_number(text: str, cand: _Candidate) -> bool:
    """A bare number right after a word with a capital inside a sentence names something ("Silent Hill 2", "iOS 9")."""
    if cand.kind != "digits" or cand.unit is not None or cand.qualifier is not None:
        return False
    m = _TWO_TOKENS.search(text, max(0, cand.start - 60), cand.start)
    if m is None:
        return False
    # A capital anywhere in the word before: "Silent Hill 2", "iOS 9", also inside quotes ("ZiB 2").
    word = m.group(2).lstrip(_NAME_QUOTES)
    if not any(ch.isupper() for ch in word) or not word[-1:].isalpha():
        return False
    if word != m.group(2):
        return True  # the quote opens the name: what came before does not matter
    return m.group(1)[-1:] not in _SENTENCE_END


def _is_bare_year(text: str, cand: _Candidate, lex: FigureLexicon) -> bool:
    """A plain four-digit number 1800-2099 with nothing counted is a year or part of a name ("Südkurve 1921")."""
    token = text[cand.start : cand.end]
    return cand.unit is None and len(token) == 4 and token.isdigit() and 1800 <= int(token) <= 2099


def _take_sign(text: str, cand: _Candidate, lex: FigureLexicon) -> None:
    """ "minus zwölf Grad", "-3,5 Prozent": the sign or the word is part of a negative figure."""
    if cand.unit is not None:
        return  # a currency sign came first ("-€5" is not how news writes it) or a glued unit
    window = text[max(0, cand.start - 12) : cand.start]
    sign = lex.minus_before.search(window)
    if sign:
        cand.start -= len(window) - sign.start()
        cand.value = -cand.value


def _share_range_units(text: str, found: list[_Candidate]) -> None:
    """In "20 bis 30 Menschen" the first number counts Menschen too, in "3 bis 4 Millionen Euro" it is millions."""
    for first, second in itertools.pairwise(found):
        if first.unit is None and second.unit and _RANGE_JOIN.match(text[first.end : second.start]):
            first.unit = second.unit
            if not first.has_scale and second.has_scale and 0 < first.value <= second.value / second.scale:
                first.value *= second.scale


def _is_score(text: str, cand: _Candidate) -> bool:
    """ "won 2-1": two bare numbers joined by a hyphen, with nothing counted, are a result, not figures."""
    if cand.unit is not None or cand.kind != "digits":
        return False
    return bool(_HYPHEN_DIGIT_AFTER.match(text, cand.end)) or bool(_DIGIT_HYPHEN_BEFORE.search(text, max(0, cand.start - 2), cand.start))


@dataclass(frozen=True)
class FigureStage:
    """Per-article stage: fill ``figures`` from the clean text, skipping the spans of ``dates``."""

    name: str = "figures"
    version: str = "7"  # 4: ISO currency codes, km/h and mph, negative figures, range scales, results; 5: "as much as";
    # 6: "nicht mehr als", "keine", "as high as"; "verfügt über 57"; English grouping in translated German;
    # 7: halves ("viereinhalb", "anderthalb", "three and a half") and sentences ("sechs Jahre Haft")
    requires: frozenset[str] = field(default=frozenset({"text", "language", "dates"}))
    provides: frozenset[str] = field(default=frozenset({"figures"}))

    def run(self, article: Article) -> Article:
        """Return the article with its figures (none when the text is missing)."""
        spans = [(d.start, d.end) for d in article.dates]
        return article.model_copy(update={"figures": extract_figures(article.text or "", article.language, spans)})
