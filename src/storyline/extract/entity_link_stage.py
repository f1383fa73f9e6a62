"""Corpus stage: one identity per entity across the corpus (runs after the per-article stages).

Per-article extraction gives mentions provisional ids; this pass merges variants across articles
(:func:`assign_entity_ids`, blocked by surname and initials, never all pairs) and rewrites every
article's mentions — and the speaker ids of its quotes, which point at those mentions.
"""

from __future__ import annotations

from storyline.extract.entities import (
    CorpusOrganisations,
    Linked,
    apply_entity_ids,
    article_level,
    assign_entity_ids,
)
from storyline.model import Article, DuplicateLink
from storyline.store.db import Store

PAGE = 500


def relink(article: Article, mapping: dict[str, Linked]) -> Article:
    """The article with final entity ids on its mentions and on its quotes' speakers."""
    linked = apply_entity_ids(article_level(article), mapping)
    # the ids the quotes point at now, of the mentions the pass starts from: not of an organisation the last
    # pass added over a tagger's mention of the same span ("Rodopas"), whose id is no rename of that mention's
    own = [m for m in (*article.mentions, *article.absorbed_mentions) if m.local_type is not None] or article.mentions
    stored = {(m.start, m.end): m.entity_id for m in own}
    renamed = {old: new.entity_id for new in linked.mentions
               if (old := stored.get((new.start, new.end))) and new.entity_id and old != new.entity_id}
    if not renamed:
        return linked
    quotes = [q.model_copy(update={"speaker_entity_id": renamed.get(q.speaker_entity_id, q.speaker_entity_id)})
              if q.speaker_entity_id else q for q in linked.quotes]
    return linked.model_copy(update={"quotes": quotes})


class EntityLinkStage:
    """Corpus-wide entity ids: two streaming passes over the store, rewriting only changed articles."""

    name = "entity_link"
    # 2: dateline spelling, acronyms, genitives; 3: corpus ORGs; 4: strong nominative; 5: genitive heads;
    # 6: one type per entity; 7: a mid-sentence "The"/"Die" is part of the name; 8: "Freistaat Bayern" shown as "Bayern";
    # 9: a corpus organisation replaces mentions inside it; 10: lower-case adjective names, "Halbinsel" shown;
    # 11: seas, EU bodies and more exonyms as one identity across languages; 12: an acronym defined anywhere is
    # its long name everywhere, written-out umlauts, hyphenated full names, the tagger's own ORG mentions stay;
    # 15: a bare institution noun joins the full name its article shares most with, else stays the article's;
    # 16: an outlet is shown by its metadata name ("Der Tagesblick"); 17: a one-word genitive ("Kaiwens") is a
    # short form of the long name its base opens, never the display name; 18: "& Co." is a legal form, no corpus
    # organisation inside a dateline's agency code, an outlet's code ("CPA") is shown by the outlet's name;
    # 19: a full name tagged a person takes its cluster's type, a legal form of two key words ("A/S") joins;
    # 20: a one-word person the corpus never names in full joins the place or organisation of that word, a
    # genitive head noun ("Stahlwerks Wellesweiler") joins and is shown in the nominative; 21: legal forms of
    # several words ("GmbH & Co. KG") join the name without them; 22: a genitive head inside a name joins the
    # nominative form and is shown in it ("Wasserstraßen- und Schifffahrtsamts Mittelrhein"); 23: a surname with
    # its particle ("van Wijngaarden") joins the one full name of its block; 24: a bare institution noun no
    # article names in full is shown by its own noun, not by a full name its key joined in another story, or with
    # the place of its level that its story names ("Landtag Niedersachsen"); the pass starts from each mention's
    # article-level name and type, so linking a store again changes nothing; 25: the mentions a corpus
    # organisation covers are kept as the article's absorbed_mentions, so a second pass starts from every
    # article-level mention too, and a quote's speaker is renamed only from those mentions' ids (a second
    # pass over the sample store changes no article); 26: an organisation is shown by the form its acronym
    # spells ("European Fisheries Authority" over "Europäische Fischereibehörde" beside "EFA"), and a town written
    # short by its qualified name ("Frankfurt" → "Frankfurt am Main", "Frankfurt an der Oder" → "Frankfurt (Oder)");
    # 27: so is a court's or prosecutor's seat ("Landgericht Frankfurt am Main"), and "Đurđević" meets
    # "Djurdjevic"; 28: a district written only in the genitive is shown in the nominative ("Rhein-Hunsrück-Kreises"
    # → "Rhein-Hunsrück-Kreis"); 29: articles dedup found copied, rewritten or translated do not vote for a name's
    # German spelling ("Charkiw" over a farm translation's "Kharkiv"), an acronym English and German articles define
    # as one long name each ties the two ("ZIS"), and a one-word organisation written more than ten times as often
    # as a longer name it opens is not its short form ("Frostmantis" beside "Frostmantis Ransomware Bande"); 30: a
    # state parliament named after its seat is shown by its official name ("Erfurter Landtag" → "Thüringer Landtag");
    # 31: named events and laws are shown in the nominative too ("Zweiten Weltkrieg", "Wasserhaushaltsgesetzes"), and
    # "-haus", "-land", "-krieg", "-gesetz" give a head's gender ("Neues Rathaus", "Bergisches Land"); 32: a name only
    # English articles write joins the German name of the same story and meaning (``entity_translations``:
    # "Federal Court of Justice" → "Bundesgerichtshof") and is shown by it; 33: "Tobias W." joins the one full name
    # of its story with that first name and initial ("Tobias Wernicke"), and a longer name counts as written only
    # where its text is, five times as rarely as the one word it opens at most
    version = "33"

    def run(self, store: Store) -> dict[str, int]:
        """Assign corpus-wide ids; returns how many entities and changed articles."""
        orgs = CorpusOrganisations()
        copies = frozenset(link.direction.copied for link in store.iter_corpus_records("duplicate", DuplicateLink)
                           if link.direction is not None)
        mapping = assign_entity_ids(orgs.watch(article_level(a) for a in store.iter_articles()), copies)
        ids = store.article_ids()
        changed = 0
        for start in range(0, len(ids), PAGE):
            updates: list[tuple[Article, dict[str, str]]] = []
            for article in store.get_articles(ids[start : start + PAGE]):
                linked = orgs.add_to(relink(article, mapping), mapping)
                if linked != article:
                    updates.append((linked, {}))
            store.write_stage_results(updates)
            changed += len(updates)
        return {"entities": len({linked.entity_id for linked in mapping.values()}), "articles_changed": changed}
