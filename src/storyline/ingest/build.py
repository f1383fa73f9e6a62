"""From a reader's raw document to an :class:`Article`: metadata precedence, language, id.

Publication date precedence (issue 3): metadata (sidecar, folder file, crawler fields) > HTML/feed
metadata > a dateline in the text > unknown. A date is never invented.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.errors import StorylineError
from storyline.ingest.base import RawDoc
from storyline.ingest.dateline import find_dateline_date
from storyline.ingest.errors import E113_NO_ARTICLE
from storyline.ingest.html import domain_of
from storyline.ingest.langid import detect_language
from storyline.ingest.metadata import Metadata, apply_metadata
from storyline.model import Article, PublishedSource

# Language identification looks at the first 300 characters of title + body (about 40 words):
# lingua's cost grows with the sample (0.6 ms at 250 characters, 4-5 ms at 600, measured here),
# and at 20+ words it labelled every held-out 10kgnad and English test snippet correctly
# (ingest/langid.py docstring), so a longer sample buys nothing but time.
LANGID_CHARS = 300


def source_key(doc: RawDoc) -> str:
    """What makes two equal texts different articles: the URL, else outlet + file name + record position."""
    if doc.url:
        return doc.url
    name = doc.path.rsplit("/", 1)[-1]
    return f"{doc.outlet or ''}|{name}|{doc.position or ''}"


def build_article(doc: RawDoc, meta: Metadata | None) -> Article:
    """Merge metadata into a raw document and make the article; raises E113 when there is no text."""
    if meta is not None:
        doc = apply_metadata(doc, meta)
    if not doc.text.strip():
        raise StorylineError(E113_NO_ARTICLE, doc.path, doc.position)
    outlet = _tidy_outlet(doc.outlet) or domain_of(doc.url)
    published, published_source = doc.published, doc.published_source
    dateline = None
    if published is None:
        found = find_dateline_date(doc.text, doc.language)
        if found is not None:
            published, dateline = found
            published_source = PublishedSource.TEXT
    if published is None:
        published_source = PublishedSource.UNKNOWN
    language, confidence = doc.language, 1.0 if doc.language else None
    if not language:
        language, confidence = detect_language(f"{doc.title or ''}\n{doc.text}"[:LANGID_CHARS])
    full_text = f"{doc.title}\n\n{doc.text}" if doc.title else doc.text
    key_doc = doc if doc.outlet == outlet else replace(doc, outlet=outlet)
    return Article(
        id=Article.make_id(full_text, source_key(key_doc)),
        path=doc.path,
        position=doc.position,
        url=doc.url,
        outlet=outlet,
        title=doc.title,
        published=published,
        published_source=published_source,
        language=language,
        language_confidence=confidence,
        raw_text=doc.text,
        author=doc.author,
        dateline=dateline,
        input_format=doc.input_format,
    )



def _tidy_outlet(outlet: str | None) -> str | None:
    """Crawlers give outlets as host names ('www.elbkurier.example'): drop the 'www.' as for URLs."""
    if outlet and " " not in outlet and outlet.lower().startswith("www."):
        return outlet[4:]
    return outlet
