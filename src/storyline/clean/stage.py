"""The clean stage: every line of ``raw_text`` kept or removed with a reason, text repaired and reassembled."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.clean.classifier import LineModel, load_model
from storyline.clean.decide import ArticleView, decide_lines
from storyline.clean.patterns import languages, merged_words, rules_for
from storyline.clean.repair import join_kind, join_repair, looks_hard_wrapped, repair_line
from storyline.clean.rules import Hit, match_inline_tail
from storyline.clean.settings import CleanSettings
from storyline.clean.templates import TemplateIndex
from storyline.clean.title import clean_title
from storyline.model import Article, Line, Repair

_WORDS = re.compile(r"\w+")
# "HAMBURG (nw) – …", "Berlin (dpa) - …", "LONDON, March 14 (Reuters) - …": place, optional date, agency.
_DATELINE = re.compile(
    r"(?P<dateline>(?P<place>[A-ZÄÖÜ][\w.\-/ ]{1,40}?)(?:, [\w .]{1,25}?)?\s*\((?P<agency>[^()\d]{1,25})\))\s*[-–—:]\s"
)
# Content-farm signals in the text, by the number of removed lines of a reason it takes.
_FARM_FLAG_MIN: dict[str, int] = {"fake_author_bio": 1, "paywall": 2, "read_also": 3, "foreign_ui_leftover": 1}


def guess_language(lines: list[str]) -> str | None:
    """The language with most stop words in the first ~400 words (None below 3 hits): cheap, for the rules."""
    words = [w.lower() for t in lines for w in _WORDS.findall(t)][:400]
    scores = {code: sum(1 for w in words if w in rules_for(code).stop_words) for code in languages()}
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] >= 3 else None


@dataclass(frozen=True)
class _Meta:
    """Metadata collected from removed lines and the first kept line."""

    byline: str | None
    author: str | None
    cited_sources: list[str]
    dateline: str | None
    farm_flags: list[str]


def _metadata(lines: list[str], hits: dict[int, Hit], first_kept: str | None, author: str | None) -> _Meta:
    """Byline, author, cited sources, dateline and farm flags of an article."""
    bylines = [(i, h) for i, h in sorted(hits.items()) if h.reason == "byline"]
    sources: list[str] = []
    for _, h in sorted(hits.items()):
        sources.extend(s for s in h.sources if s not in sources)
    dateline = None
    if first_kept:
        m = _DATELINE.match(first_kept)
        if m:
            dateline = m.group("dateline")
            for agency in m.group("agency").split("/"):
                if agency.strip() and agency.strip() not in sources:
                    sources.append(agency.strip())
    reasons = [h.reason for h in hits.values()]
    flags = [r for r, n in _FARM_FLAG_MIN.items() if reasons.count(r) >= n]
    named = next((h.name for _, h in bylines if h.name), None)
    return _Meta(
        byline=lines[bylines[0][0]] if bylines else None,
        author=named or author,
        cited_sources=sources,
        dateline=dateline,
        farm_flags=flags,
    )


def _cut_tails(lines: list[str], hits: dict[int, Hit], language: str | None) -> tuple[dict[int, str], list[Repair]]:
    """Kept lines with an inline "Lesen Sie auch" tail: the content part, and an inline_removal repair each."""
    cut: dict[int, str] = {}
    repairs: list[Repair] = []
    for i, text in enumerate(lines):
        if not text or i in hits:
            continue
        found = match_inline_tail(text, language)
        if found is None:
            continue
        at, hit = found
        kept = text[:at].rstrip()
        cut[i] = kept
        repairs.append(Repair(line_index=i, kind="inline_removal", before=text, after=kept,
                              reason=hit.reason, evidence=hit.evidence))
    return cut, repairs


def _assemble(lines: list[str], kept: list[bool], join_wraps: bool) -> tuple[str, list[Repair]]:
    """Kept lines as paragraphs separated by a blank line; wrapped lines of one paragraph joined."""
    wrap_words = merged_words("wrap_words")
    hard = looks_hard_wrapped([t for t, k in zip(lines, kept, strict=True) if k and t])
    paragraphs: list[str] = []
    repairs: list[Repair] = []
    current: str | None = None
    current_index = -1
    for i, text in enumerate(lines):
        if not text:  # a blank line ends the paragraph
            if current is not None:
                paragraphs.append(current)
            current = None
            continue
        if not kept[i]:  # removed lines are transparent: "sagte der" / "Anzeige" / "Minister." still joins
            continue
        kind = join_kind(current, text, wrap_words, hard) if (join_wraps and current is not None) else None
        if current is not None and kind is not None:
            current, repair = join_repair(current_index, current, text, kind)
            repairs.append(repair)
        else:
            if current is not None:
                paragraphs.append(current)
            current = text
        current_index = i
    if current is not None:
        paragraphs.append(current)
    return "\n\n".join(paragraphs), repairs


def clean_article(
    article: Article, templates: TemplateIndex | None, model: LineModel | None, settings: CleanSettings
) -> Article:
    """The article with lines, repairs, text, title and metadata of the clean stage filled."""
    raw_lines = article.raw_text.split("\n")
    repaired: list[str] = []
    repairs: list[Repair] = []
    for i, raw in enumerate(raw_lines):
        text, line_repairs = repair_line(i, raw)
        repaired.append(text)
        repairs.extend(line_repairs)
    title_raw = article.title_raw if article.title_raw is not None else article.title
    title, title_repairs = clean_title(title_raw, article.outlet)
    language = article.language if article.language in languages() else guess_language(repaired)
    view = ArticleView(lines=repaired, title=title, language=language, outlet=article.outlet, author=article.author)
    if article.input_format in settings.classifier_skip_formats:
        model = None
    hits = decide_lines(view, templates, model, settings)
    cut, cut_repairs = _cut_tails(repaired, hits, language) if settings.use_rules else ({}, [])
    body = [cut.get(i, t) for i, t in enumerate(repaired)]
    kept = [i not in hits for i in range(len(raw_lines))]
    text, join_repairs = _assemble(body, kept, settings.join_wraps)
    first_kept = next((t for t, k in zip(body, kept, strict=True) if k and t), None)
    meta = _metadata(repaired, hits, first_kept, article.author)
    lines = [
        Line(index=i, text=raw, kept=i not in hits, reason=hits[i].reason if i in hits else None,
             evidence=hits[i].evidence if i in hits else None)
        for i, raw in enumerate(raw_lines)
    ]
    all_repairs = title_repairs + sorted(repairs + cut_repairs + join_repairs, key=lambda r: r.line_index)
    return article.model_copy(update={
        "lines": lines, "text": text, "repairs": all_repairs, "title": title, "title_raw": title_raw,
        "byline": meta.byline, "author": meta.author, "cited_sources": meta.cited_sources,
        "dateline": meta.dateline, "farm_flags": meta.farm_flags,
    })


class CleanStage:
    """Per-article stage ``clean`` (engine/stage.py protocol); picklable for worker processes."""

    name = "clean"
    version = "1.0"
    requires: frozenset[str] = frozenset({"raw_text", "title"})
    provides: frozenset[str] = frozenset(
        {"lines", "text", "repairs", "byline", "author", "cited_sources", "dateline", "title", "title_raw",
         "farm_flags"}
    )

    def __init__(self, templates: TemplateIndex | None = None, settings: CleanSettings | None = None) -> None:
        self.templates = templates
        self.settings = settings or CleanSettings()
        self.model = load_model() if self.settings.use_classifier else None

    def run(self, article: Article) -> Article:
        """Clean one article (deterministic; odd text never raises)."""
        return clean_article(article, self.templates, self.model, self.settings)


def clean_text(
    raw_text: str,
    title: str | None = None,
    language: str | None = None,
    outlet: str | None = None,
    input_format: str | None = None,
    stage: CleanStage | None = None,
) -> Article:
    """Clean one text outside a store (the HTML path and quick use): the cleaned Article."""
    article = Article(id=Article.make_id(raw_text, outlet or ""), path="-", raw_text=raw_text, title=title,
                      language=language, outlet=outlet, input_format=input_format)
    return (stage or CleanStage()).run(article)
