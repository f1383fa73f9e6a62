"""Entities: recognise mentions per article, then give each one a corpus-wide identity.

Two steps, so the engine can run the first in parallel and the second once over the corpus:

- per article, :class:`EntityStage` (``name="entities"``): NER + :func:`link_in_article`, which sets an
  article-level ``canonical_name`` and a provisional ``entity_id`` (hash of the name's identity key);
- corpus, :func:`assign_entity_ids` / :func:`link_corpus`: merges variants across articles (genitives,
  transliterations, bare surnames) by blocking, and sets the final ``entity_id`` and ``canonical_name``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from storyline.cluster.embed import default_encoder
from storyline.extract.entity_article import group_key, key_id, link_in_article
from storyline.extract.entity_corpus import KeyStats, cluster_keys, display_name
from storyline.extract.entity_institutions import LOCAL, BareInstitutions, local_body_name
from storyline.extract.entity_keys import institution_level, institution_noun
from storyline.extract.entity_spans import dateline_agency_spans, occurrences, uncovered
from storyline.extract.ner import recognise, recognise_many
from storyline.model import Article, Mention

__all__ = [
    "EntityStage",
    "EntitySummary",
    "article_level",
    "assign_entity_ids",
    "link_corpus",
    "link_in_article",
    "top_entities",
    "with_own_outlet",
]


class EntityStage:
    """Per-article stage: entity mentions with article-level canonical names and provisional ids."""

    name = "entities"
    # 6–36: in-article span rules (entity_spans.py, ner.py), each measured on the dev gold; 37–45: certain
    # dateline places, facilities, more first names, cited documents, agency names, kinds of bank, untagged
    # names before a legal form, no mention in a dateline's agency code, English names of German states;
    # 46: fire brigades, clinics, councils and audit offices qualified by a place or written alone, a body's
    # place keeps its river ("Verwaltungsgericht Frankfurt (Oder)"); 47: a count after a name ends it, a
    # descriptor's name ends where the model's own name of two words does; 48: a courtesy title or an English
    # role makes a person, a facility noun opens a place's name, a located one-word "person" is a place, a legal
    # form's name grows to the words before the model's span, acronym definitions with an enumeration; 49: a
    # genitive and a noun the model joined are split ("Wendischs Wochenendhaus", "Stahl Deutschlands"); 50: a
    # one-word "person" the article writes after an article is a noun ("der Wasserstoff"); 51: quoted vessel
    # names after a vessel noun ("der Tanker „Merwede Ster“"), elided first parts ("Wasserstraßen- und
    # Schifffahrtsamt"), Czech, Slovak and other legal forms ("a.s.", "s.r.o."), the Kartellamt written alone;
    # 52: one-word laws, ordinances and treaties are MISC ("Seilbahngesetz", "Getreideabkommen"); 53: an English
    # "The" opening a name is dropped unless it is a newspaper's own ("The Harbour Times"); 54: "das
    # Verwaltungsgericht" and "die Stadtverwaltung" written alone are generic (never marked in the dev gold);
    # 55: an institution noun's acronym written alone ("das LKA") or defined after the bare noun ("das
    # Landeskriminalamt (LKA)") is the article's body of that noun, not one corpus-wide "LKA"; each mention keeps
    # its article-level name and type (local_name, local_type) for the corpus pass; 56: "Anbieter" and "Marke"
    # are descriptors, also in the genitive ("des App-Anbieters Alpicon Systems"), and a body's name ends before
    # the sentence's period after a Roman numeral ("vor dem Landgericht München II."); 57: an untagged
    # institution compound before a word the article tags as a place is that place's body ("das Kreisklinikum
    # Ohmtal" beside "Landkreis Ohmtal"); 58: the models read letters with diacritics German does not use as their
    # base letter ("Karadağ" as "Karadag"; the mentions keep the text as written); 59: a place or country name is
    # not read as a weak genitive ("Hessen" is not "Hesse"'s, its English name); 60: "đ" folds to "dj"
    # ("Đurđević" meets "Djurdjevic"); 61: a name after a product noun is a product, MISC ("die Warn-App
    # LenzAlarm", "the software ProofScan", "an e-bike called the Weserpfeil", "the LenzAlarm app"); 62: numbered
    # leagues ("2. Bundesliga") and operations ("Operation Eisvogel") are MISC, and a place's adjective opens a
    # treaty's name ("Istanbuler Getreideabkommen"); 63: a span ends before a bracket it opens but does not close
    # ("… Kriminalität (ZIT"), a compound institution named by its purpose is an organisation ("Zentralstelle zur
    # Bekämpfung der Internetkriminalität"), a federal body written without "Bundes" is the article's body of that
    # name ("des Kartellamts" beside "Bundeskartellamt"), and a family name written first ("Lin Shao-wei") is the
    # surname a bare "Lin" resolves to; 64: a person's name holds its particles ("Henk van der Veen", "Marieke ten
    # Brink", "Mr Van der Veen"; a Dutch particle before a surname: "sagte van der Veen", resolved to the article's
    # full name), and no person's name has digits or no capital ("H5N1", "lorry"); 65: technology and business
    # parks are places ("Technologiepark Adlershof"); 66: a span ends before a finite verb it runs over ("Universität
    # hatte Sönnichsen"), and a Dutch particle after a person's first name joins the surname after it whatever its
    # tag ("Marieke ten Brink")
    version = "66"
    requires = frozenset({"text", "language"})
    provides = frozenset({"mentions"})

    def run(self, article: Article) -> Article:
        """The article with ``mentions`` filled (empty when it has no clean text)."""
        text = article.text or ""
        return _with_mentions(article, recognise(text, article.language) if text else [])

    def run_many(self, articles: list[Article]) -> list[Article]:
        """``run`` on each article, the NER model batched over the articles of each language."""
        found = recognise_many([a.text or "" for a in articles], [a.language for a in articles])
        return [_with_mentions(article, mentions) for article, mentions in zip(articles, found, strict=True)]


def _with_mentions(article: Article, recognised: list[Mention]) -> Article:
    """The article with the model's mentions, its own outlet added and linked inside the article."""
    text = article.text or ""
    if not text:
        return article.model_copy(update={"mentions": []})
    found = with_own_outlet(text, recognised, article.outlet)
    return article.model_copy(update={"mentions": link_in_article(text, found, article.language)})


def with_own_outlet(text: str, mentions: list[Mention], outlet: str | None) -> list[Mention]:
    """``mentions`` plus the article's own outlet where its text names it ("der dem Tagesblick vorliegt").

    Papers name themselves in their reports, and no model knows a local paper's name; the outlet comes
    from the article's metadata. Domains ("tagesblick.example") are not names and are not searched.
    """
    name = (outlet or "").strip()
    if not _outlet_name(name):
        return mentions
    forms = [name]
    article, _, rest = name.partition(" ")
    if article.casefold() in _OUTLET_ARTICLES and " " not in rest and len(rest) >= _MIN_BARE_OUTLET:
        # "Der Tagesblick" is written "dem Tagesblick", "des Tagesblicks"; short names stay whole ("Die Zeit",
        # "Die Welt", "Der Stern" are everyday nouns too)
        forms.append(rest)
    taken = [(m.start, m.end) for m in mentions] + dateline_agency_spans(text)  # "BRUSSELS (CPA) –" is no mention
    added: list[Mention] = []
    for form in forms:
        for a, b in uncovered(text, form, taken):  # checked as yielded: the full name's spans block the bare ones
            taken.append((a, b))
            added.append(Mention(start=a, end=b, text=text[a:b], type="ORG"))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _outlet_name(outlet: str | None) -> bool:
    """True when an article's outlet metadata is a name ("Der Tagesblick"), not a domain or a path."""
    name = (outlet or "").strip()
    return len(name) >= 3 and name[:1].isupper() and "." not in name and "/" not in name


_OUTLET_ARTICLES = frozenset({"der", "die", "das", "the"})
_MIN_BARE_OUTLET = 9  # letters of a one-word outlet name searched without its article ("Tagesblick")
_MIN_OUTLET_CODE = 3  # letters: two-letter codes ("DW", "HT") name too many other bodies


def _outlet_code(name: str) -> str | None:
    """The code an outlet goes by: the initials of its capitalised words, its article left out ("Continental
    Press Agency" → "CPA"), when three or more; else None."""
    words = [w for w in name.split() if w[:1].isupper() and w.casefold() not in _OUTLET_ARTICLES]
    code = "".join(w[0] for w in words)
    return code if len(code) >= _MIN_OUTLET_CODE and code.isalpha() else None


class Linked(NamedTuple):
    """Where an identity key ends up: the corpus-wide entity id, its canonical name and its type."""

    entity_id: str
    canonical_name: str
    type: str


def _mention_key(mention: Mention) -> str:
    return group_key(mention.type, mention.canonical_name or mention.text)


def assign_entity_ids(articles: Iterable[Article], copies: frozenset[str] = frozenset()) -> dict[str, Linked]:
    """Provisional entity id → where it ends up (:class:`Linked`), over all mentions of ``articles``.

    ``copies`` are the ids of articles that dedup found copied, rewritten or translated from another: they do
    not vote for the German spelling of a name (a farm's machine translation keeps "Kharkiv" where the German
    press writes "Charkiw", and its copies repeat it)."""
    stats: dict[str, KeyStats] = defaultdict(KeyStats)
    institutions = BareInstitutions()
    outlets: dict[str, Counter[str]] = defaultdict(Counter)  # identity key → outlet names from the metadata
    article_keys: list[list[str]] = []
    for article in articles:
        keys = [_mention_key(mention) for mention in article.mentions]
        article_keys.append(keys)
        institutions.note(article, keys)
        if _outlet_name(article.outlet):
            name = (article.outlet or "").strip()
            outlets[group_key("ORG", name)][name] += 1
            code = _outlet_code(name)
            if code:
                outlets[group_key("ORG", code)][name] += 1  # "told CPA" is the Continental Press Agency
        for key, mention in zip(keys, article.mentions, strict=True):
            entry = stats[key]
            name = mention.canonical_name or mention.text
            entry.names[name] += 1
            entry.surfaces[mention.text] += 1
            entry.types[mention.type] += 1
            if mention.text.startswith(("The ", "Die ")) and _inside_sentence(article.text or "", mention.start):
                entry.mid_sentence_titled.add(mention.text)  # the text itself: its article-level name may come from elsewhere
            if article.language in (None, "de") and article.id not in copies:
                entry.preferred[name] += 1
            elif article.language == "en":
                entry.english += 1
    mapping: dict[str, Linked] = {}
    for canonical, type_, members in cluster_keys(dict(stats), article_keys, default_encoder).values():
        # an outlet is shown by the name its own articles carry in their metadata ("Der Tagesblick")
        named = [outlets[k] for k in members if k in outlets and type_ == "ORG"]
        canonical = max(named, key=lambda c: c.total()).most_common(1)[0][0] if named else canonical
        final = key_id(group_key(type_, canonical))
        for key in members:
            mapping[key_id(key)] = Linked(final, canonical, type_)
    by_entity = {linked.entity_id: linked for linked in mapping.values()}

    def entity_name(entity: str) -> str:
        return by_entity[entity].canonical_name

    for article_id, decided in institutions.resolve(lambda key: mapping[key_id(key)].entity_id).items():
        for key, entity in decided.items():
            own = mapping[key_id(key)]
            group = entity.removeprefix(LOCAL)
            # a body no article names in full is shown by its own noun ("Landeskriminalamt"), not by the name
            # of the cluster its key fell into elsewhere ("Landeskriminalamt Sachsen" in another story)
            if group == entity:
                mapping[_scoped(article_id, key_id(key))] = by_entity[entity]
                continue
            noun = display_name([key], stats)
            name = local_body_name(noun, institution_level(noun), institutions.group_places[entity], entity_name)
            mapping[_scoped(article_id, key_id(key))] = Linked(key_id(f"{group}:{key}"), name, own.type)
    return mapping


def _scoped(article_id: str, entity_id: str) -> str:
    """Mapping key of an identity that holds in one article only (a bare institution noun, entity_institutions)."""
    return f"{article_id}\x1f{entity_id}"


def _inside_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows other words of its sentence ("reviewed by The Harbour Times")."""
    before = text[max(0, start - 40) : start].rpartition("\n")[2].rstrip(" \t\u00a0„“\"'»«(")  # a line starts anew
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;")


def apply_entity_ids(article: Article, mapping: dict[str, Linked]) -> Article:
    """The article with each mention's final id, canonical name and type from ``mapping``.

    One entity has one type: an organisation, place or other name takes its cluster's most frequent
    type ("BayRB" tagged a place in one article is the railway company the corpus mostly tags).
    Persons are keyed apart from the rest; a full name joins the cluster of the same full name typed
    otherwise, and takes the cluster's type either way ("Ewa Zielińska" tagged a place once is the person,
    "Holmsted Shipping" tagged a person in one article is the company). A single word never changes to
    or from a person ("Merkel" may be a place), unless the corpus never names a person with it in full and
    writes it more often as something else (``entity_corpus.cluster_keys``).
    """
    mentions = []
    for mention in article.mentions:
        provisional = key_id(_mention_key(mention))
        final = mapping.get(_scoped(article.id, provisional)) or mapping.get(provisional)
        if final is not None:
            update: dict[str, object] = {"entity_id": final.entity_id, "canonical_name": final.canonical_name}
            # a person takes the cluster's type; anything else becomes a person only as a full name
            if final.type != mention.type and (mention.type == "PER" or final.type != "PER" or " " in mention.text):
                update["type"] = final.type
            mention = mention.model_copy(update=update)
        mentions.append(mention)
    return article.model_copy(update={"mentions": mentions})


def link_corpus(articles: Iterable[Article]) -> list[Article]:
    """All articles with corpus-wide entity ids (two passes over the list; idempotent)."""
    items = [article_level(a) for a in articles]
    orgs = CorpusOrganisations()
    mapping = assign_entity_ids(orgs.watch(items))
    return [orgs.add_to(apply_entity_ids(a, mapping), mapping) for a in items]


def article_level(article: Article) -> Article:
    """The article with its mentions as the article-level step left them (name and type before corpus
    linking), so the corpus pass over a store linked before starts where a first pass starts: mentions
    corpus linking added (``CorpusOrganisations``: no article-level form in an article whose other mentions
    have one) are left out, since the pass adds them again, and the mentions that gave way to them
    (``absorbed_mentions``) are back."""
    stepped = any(m.local_type is not None for m in (*article.mentions, *article.absorbed_mentions))
    if not stepped:
        return article
    own = [m for m in (*article.mentions, *article.absorbed_mentions) if m.local_type is not None]
    mentions = [m.model_copy(update={"canonical_name": m.local_name, "type": m.local_type})
                for m in sorted(own, key=lambda m: (m.start, m.end))]
    return article.model_copy(update={"mentions": mentions, "absorbed_mentions": []})


# An organisation name the tagger found in this many articles is one wherever its exact name appears.
CORPUS_ORG_MIN_ARTICLES = 2


class CorpusOrganisations:
    """Organisations the tagger found in several articles, added where other articles name them.

    Local organisations ("Hafenunion Nord", "Kommunal-IT Sachsen") are what a news NER model misses
    most; when two articles have it as an organisation, the corpus knows the name. On the sample dev
    gold this added 18 correct mentions and 1 wrong one; persons and places, tried the same way,
    added about as many wrong mentions as right ones, so only organisations are propagated. A mention
    inside such a name ("Sachsen" in "Kommunal-IT Sachsen") is part of it and gives way; one reaching
    outside the name keeps its span.
    """

    def __init__(self) -> None:
        self._articles: dict[str, set[str]] = defaultdict(set)
        self._types: dict[str, Counter[str]] = defaultdict(Counter)
        self._keys: dict[str, str] = {}
        self._names: dict[str, str] | None = None  # computed once, after watch() has seen every article

    def watch(self, articles: Iterable[Article]) -> Iterable[Article]:
        """Pass ``articles`` through, noting the organisation names in them (one pass, as the store streams)."""
        for article in articles:
            for m in article.mentions:
                self._types[m.text][m.type] += 1
                if m.type == "ORG":
                    self._articles[m.text].add(article.id)
                    self._keys.setdefault(m.text, _mention_key(m))
            yield article

    def names(self) -> dict[str, str]:
        """Name → identity key of the organisations seen in enough articles (longest first; call after watch())."""
        if self._names is None:
            found = {
                name: self._keys[name] for name, ids in self._articles.items()
                if len(ids) >= CORPUS_ORG_MIN_ARTICLES and len(name) >= 3 and name[:1].isupper()
                and (" " in name or institution_noun(name) is None)  # "Staatsanwaltschaft" means the article's own
                and self._types[name].most_common(1)[0][0] == "ORG"
            }
            self._names = {name: found[name] for name in sorted(found, key=len, reverse=True)}
        return self._names

    def add_to(self, article: Article, mapping: dict[str, Linked]) -> Article:
        """The article plus mentions of known organisations its tagger missed, with their corpus ids."""
        text = article.text or ""
        names = self.names()
        if not text or not names:
            return article
        kept = list(article.mentions)
        absorbed = list(article.absorbed_mentions)
        added: list[Mention] = []
        markers = dateline_agency_spans(text)  # "BRUSSELS (CPA) –": the agency code is no mention there
        for name, key in names.items():
            final = mapping.get(key_id(key))
            for a, b in occurrences(text, name):
                if any(s <= a and b <= e for s, e in markers):
                    continue
                overlapping = [m for m in [*kept, *added] if m.start < b and a < m.end]
                if any(m.start < a or m.end > b or m in added or ((m.start, m.end) == (a, b) and m.type == "ORG")
                       for m in overlapping):
                    # a mention reaching outside the name, one added already, or the tagger's own mention of
                    # the name (whose identity the article knows: "BBT" defined as "Bürgerbund Thüringen") stays
                    continue
                # Mentions inside the known name are parts of it: "Sachsen" in "Kommunal-IT Sachsen".
                kept = [m for m in kept if m not in overlapping]
                absorbed.extend(overlapping)
                added.append(Mention(start=a, end=b, text=text[a:b], type="ORG",
                                     entity_id=final.entity_id if final else None,
                                     canonical_name=final.canonical_name if final else name))
        if not added:
            return article
        return article.model_copy(update={"mentions": sorted([*kept, *added], key=lambda m: (m.start, m.end)),
                                          "absorbed_mentions": sorted(absorbed, key=lambda m: (m.start, m.end))})


@dataclass(frozen=True)
class EntitySummary:
    """One entity of the corpus for listings (``storyline entities``)."""

    entity_id: str
    canonical_name: str
    type: str
    count: int
    articles: int
    variants: tuple[str, ...]  # surface forms, most frequent first


def top_entities(articles: Iterable[Article], limit: int = 20) -> list[EntitySummary]:
    """The ``limit`` most mentioned entities (ties by name), from linked articles."""
    counts: Counter[str] = Counter()
    names: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    variants: dict[str, Counter[str]] = defaultdict(Counter)
    docs: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for m in article.mentions:
            eid = m.entity_id or key_id(_mention_key(m))
            counts[eid] += 1
            names[eid][m.canonical_name or m.text] += 1
            types[eid][m.type] += 1
            variants[eid][" ".join(m.text.split())] += 1
            docs[eid].add(article.id)
    ranked = sorted(counts, key=lambda e: (-counts[e], names[e].most_common(1)[0][0], e))[: max(limit, 0)]
    return [
        EntitySummary(
            entity_id=e,
            canonical_name=names[e].most_common(1)[0][0],
            type=types[e].most_common(1)[0][0],
            count=counts[e],
            articles=len(docs[e]),
            variants=tuple(v for v, _ in variants[e].most_common()),
        )
        for e in ranked
    ]
