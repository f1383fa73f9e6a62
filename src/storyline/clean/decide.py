"""Line decisions: which line of an article is boilerplate, why, and what metadata it carries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.clean.bio import bio_header, classify_bio, epithet_list, name_only, strong_fake_bio
from storyline.clean.classifier import LineModel
from storyline.clean.features import LineContext, line_features, tail_start
from storyline.clean.patterns import all_rules
from storyline.clean.rules import Hit, is_block_header, match_families, match_meta, match_ui_words
from storyline.clean.settings import CleanSettings
from storyline.clean.templates import TemplateIndex

_WORDS = re.compile(r"\w+")
_BIO_ZONE_HEAD = 3  # bios follow the byline at the top ...
_BIO_ZONE_TAIL = 0.5  # ... or sit in the second half (farms put ten or more junk lines after them)
_BLOCK_ITEM = "item of the block"
_FOOTER_GENERIC = frozenset({"credit", "related_links", "navigation", "author_bio"})
_BIO_AFTER_HEADER = 1  # a bio box is a header and one paragraph
_LEAD_SYMBOLS = " ⏱⌚🕒•▶►»›>–—*·|+#"  # icons and bullets before UI text ("⏱ 2 mins read")
# A menu is a run of this many short lines (a few words, no digits, no sentence end): list items inside
# news text are rarely this bare, and the sample pages' menus have seven or eight entries.
_MENU_MIN_RUN = 4
_MENU_MAX_RUN = 15  # longer runs of bare short lines on real pages were lists of content (names, places)
_MENU_MAX_WORDS = 3
_MENU_MAX_CHARS = 25


@dataclass(frozen=True)
class ArticleView:
    """The inputs of the line decisions for one article."""

    lines: list[str]  # repaired lines (blank = "")
    title: str | None
    language: str | None
    outlet: str | None
    author: str | None
    _repeats: dict[str, tuple[int, int]] = field(default_factory=dict)

    def repeats(self, templates: TemplateIndex, line: str) -> tuple[int, int]:
        """Template counts of a line, looked up once per article (rules, features and templates share them)."""
        found = self._repeats.get(line)
        if found is None:
            found = self._repeats[line] = templates.lookup(self.outlet, line)
        return found


@dataclass
class _State:
    """What the scan over an article's lines remembers from earlier lines."""

    block_reason: str | None = None
    block_line: int = -1
    bio_lines_left: int = 0  # lines after a bio header ("Über den Autor") that may be the bio
    bio_header_line: int | None = None  # the header's line: it takes the reason (real/fake) of its bio
    prev_line: int | None = None  # the previous non-blank line
    author: str | None = None
    hits: dict[int, Hit] = field(default_factory=dict)


def _norm(text: str) -> str:
    """Lower-cased words only, for comparing a line with the title."""
    return " ".join(_WORDS.findall(text.lower()))


def _is_item(text: str, settings: CleanSettings) -> bool:
    """Whether a line may be an item of a related-stories or comment block (short, not a full paragraph)."""
    return len(text) <= settings.block_item_max_chars and not (text.endswith(".") and len(text.split()) >= 12)


def _name_line(i: int | None, view: ArticleView, st: _State) -> bool:
    """Whether line ``i`` is a bare name or "Mehr über <Name>" (not a byline; a template hit is fine)."""
    if i is None or (i in st.hits and st.hits[i].reason not in ("site_template", "author_bio")):
        return False
    return name_only(view.lines[i]) or bio_header(view.lines[i], None) is not None


def _bio_hit(i: int, pos: int, nonblank: int, text: str, view: ArticleView, st: _State) -> Hit | None:
    """Bio headers and bios: epithet lists anywhere, other bios near the byline, at the end or after a header."""
    hit = epithet_list(text) or strong_fake_bio(text)
    author = st.author or view.author
    after_header = st.bio_lines_left > 0
    st.bio_lines_left = max(0, st.bio_lines_left - 1)
    # A line after a name-only line ("Lukas Steinmetz") may be that person's bio wherever it stands.
    named_before = _name_line(st.prev_line, view, st)
    in_zone = pos < _BIO_ZONE_HEAD or pos >= _BIO_ZONE_TAIL * nonblank or after_header or named_before
    if hit is None and (in_zone or (author is not None and author in text)):
        if bio_header(text, author) is not None:
            st.bio_lines_left, st.bio_header_line = _BIO_AFTER_HEADER, i
            return Hit("author_bio", "bio header (name)", family="author_bio")
        hit = classify_bio(text, author, after_header, named_before)
    if hit is None:
        st.bio_lines_left = 0
        return None
    header = st.bio_header_line if st.bio_header_line is not None else st.prev_line
    if header is not None and (header == st.bio_header_line or _name_line(header, view, st)):
        # The heading of a bio box (the name alone, "Mehr über …") shares the verdict on the bio itself.
        st.hits[header] = Hit(hit.reason, f"header of the bio on line {i}", family=hit.family)
    st.bio_header_line = None
    return hit


def _rule_hit(i: int, pos: int, nonblank: int, view: ArticleView, st: _State, settings: CleanSettings) -> Hit | None:
    """The rule verdict for one non-blank line (None = no rule fired)."""
    text = view.lines[i]
    if pos < 3 and view.title and _norm(text) == _norm(view.title):
        return Hit("title_repeat", "line equals the title", family="title_repeat")
    hit: Hit | None = None
    if len(text) <= settings.max_rule_line_chars:
        probe = text.lstrip(_LEAD_SYMBOLS) or text
        hit = match_families(probe, view.language) or match_meta(probe) or match_ui_words(probe)
        if hit is None and any(r.bio_headers.match(text) for r in all_rules()):
            st.bio_lines_left, st.bio_header_line = _BIO_AFTER_HEADER, i
            return Hit("author_bio", "bio header", family="author_bio")
    if hit is None:
        hit = _bio_hit(i, pos, nonblank, text, view, st)
    if hit is None and st.block_reason is not None:
        if _is_item(text, settings):
            return Hit(st.block_reason, f"{_BLOCK_ITEM} opened at line {st.block_line}", family=st.block_reason)
        st.block_reason = None
    if hit is not None and hit.name and st.author is None:
        st.author = hit.name
    if hit is not None and is_block_header(hit):
        st.block_reason, st.block_line = hit.family, i
    return hit


def _menu_item(text: str) -> bool:
    """Whether a line could be a menu entry ("Politik", "Home", "Opinion")."""
    return (len(text) <= _MENU_MAX_CHARS and len(text.split()) <= _MENU_MAX_WORDS and text[:1].isupper()
            and not any(c.isdigit() for c in text) and not text.endswith((".", "!", "?", ":", "“", '"')))


def _menu_lines(lines: list[str], order: list[int]) -> dict[int, Hit]:
    """navigation hits for runs of at least _MENU_MIN_RUN menu-like lines."""
    out: dict[int, Hit] = {}
    run: list[int] = []
    for i in [*order, -1]:
        if i >= 0 and _menu_item(lines[i]):
            run.append(i)
            continue
        if _MENU_MIN_RUN <= len(run) <= _MENU_MAX_RUN:
            for j in run:
                evidence = f"menu: run of {len(run)} short lines from line {run[0]}"
                out[j] = Hit("navigation", evidence, family="navigation")
        run = []
    return out


def _footer(
    hit: Hit, i: int, order: list[int], view: ArticleView, templates: TemplateIndex | None, settings: CleanSettings
) -> Hit:
    """The last line, when it is also the outlet's template, is its footer: site_template, the rule as evidence."""
    # Only generic verdicts give way: a cookie or newsletter line stays what it is wherever it stands.
    generic = hit.reason in _FOOTER_GENERIC or hit.evidence.startswith(_BLOCK_ITEM)
    if i != order[-1] or not generic or templates is None or not settings.use_templates:
        return hit
    template = _template_hit(view.lines[i], view, templates, settings)
    if template is None:
        return hit
    return Hit("site_template", f"{template.evidence}; {hit.evidence}", family="site_template")


def _template_hit(text: str, view: ArticleView, templates: TemplateIndex, settings: CleanSettings) -> Hit | None:
    """site_template when the line's shape recurs in enough unrelated articles."""
    if len(text) > settings.template_max_chars:
        return None
    by_outlet, corpus = view.repeats(templates, text)
    if view.outlet and by_outlet >= settings.template_min_outlet:
        return Hit("site_template", f"shape in {by_outlet} unrelated articles of {view.outlet}", family="site_template")
    if corpus >= settings.template_min_global:
        return Hit("site_template", f"shape in {corpus} unrelated articles of the store", family="site_template")
    return None


def decide_lines(
    view: ArticleView, templates: TemplateIndex | None, model: LineModel | None, settings: CleanSettings
) -> dict[int, Hit]:
    """Removal hits by line index for every line judged boilerplate (blank lines are never in it)."""
    st = _State()
    order = [i for i, t in enumerate(view.lines) if t]
    menu = _menu_lines(view.lines, order) if settings.use_rules else {}
    for pos, i in enumerate(order):
        hit = _rule_hit(i, pos, len(order), view, st, settings) if settings.use_rules else None
        # Priority: a named rule, then a menu run, then a block item, then the outlet template.
        if hit is None or hit.evidence.startswith(_BLOCK_ITEM):
            hit = menu.get(i) or hit
        if hit is None and settings.use_templates and templates is not None:
            hit = _template_hit(view.lines[i], view, templates, settings)
        if hit is not None:
            st.hits[i] = _footer(hit, i, order, view, templates, settings)
        st.prev_line = i
    if model is not None and settings.use_classifier:
        _classify_rest(view, order, st.hits, templates, model, settings)
    return st.hits


def contexts(
    view: ArticleView, order: list[int], hits: dict[int, Hit], templates: TemplateIndex | None,
    include_removed: bool = False,
) -> dict[int, LineContext]:
    """Feature contexts of the lines no rule or template removed (of all lines for training)."""
    title_words = frozenset(_norm(view.title or "").split())
    tail = tail_start([view.lines[i] for i in order])
    out: dict[int, LineContext] = {}
    for pos, i in enumerate(order):
        if i in hits and not include_removed:
            continue
        by_outlet, corpus = view.repeats(templates, view.lines[i]) if templates is not None else (1, 1)
        out[i] = LineContext(
            position=pos, count=len(order), title_words=title_words, language=view.language,
            outlet_repeats=by_outlet, corpus_repeats=corpus,
            prev_removed=pos > 0 and order[pos - 1] in hits,
            next_removed=pos + 1 < len(order) and order[pos + 1] in hits,
            in_tail=pos >= tail,
        )
    return out


def _classify_rest(
    view: ArticleView, order: list[int], hits: dict[int, Hit], templates: TemplateIndex | None,
    model: LineModel, settings: CleanSettings,
) -> None:
    """Add classifier hits for lines the rules and templates kept."""
    threshold = model.threshold if settings.classifier_threshold is None else settings.classifier_threshold
    for i, ctx in contexts(view, order, hits, templates).items():
        p = model.probability(line_features(view.lines[i], ctx))
        if p >= threshold:
            hits[i] = Hit("classifier", f"line classifier p={p:.2f}", family="classifier")
