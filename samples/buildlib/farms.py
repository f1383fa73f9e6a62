"""Outlet profiles and the boilerplate build.py adds around article text (samples/source/outlets.yaml).

Each outlet draws its template lines (header, footer, nag, share/comment blocks, fake authors) once
from the phrase families with a seed of its own, so the same lines recur across its articles and an
outlet-level template detector has something to find; per-article choices use a seed of the article id.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from buildlib import phrases as ph
from buildlib.story import Ann, Annotated, BodyUnit, load_yaml

META_REASON = {"byline": "byline", "editor": "byline", "source": "source_line", "bio": "author_bio"}


@dataclass(frozen=True)
class Outlet:
    """An outlet of the corpus with its boilerplate profile."""

    key: str
    name: str
    short: str
    kind: str  # agency | national | regional | english | farm
    language: str
    domain: str
    sections: tuple[str, ...]
    profile: tuple[tuple[str, Any], ...]

    @property
    def farm(self) -> bool:
        """True for content farms."""
        return self.kind == "farm"

    def get(self, key: str, default: Any = None) -> Any:
        """A profile value."""
        return dict(self.profile).get(key, default)


def load_outlets(path: Path) -> dict[str, Outlet]:
    """Read samples/source/outlets.yaml."""
    raw = load_yaml(path)
    out: dict[str, Outlet] = {}
    for key, spec in raw.items():
        out[key] = Outlet(
            key=key,
            name=spec["name"],
            short=spec.get("short", spec["name"]),
            kind=spec["kind"],
            language=spec["language"],
            domain=spec["domain"],
            sections=tuple(spec["sections"]),
            profile=tuple(sorted((spec.get("profile") or {}).items())),
        )
    return out


@dataclass
class GoldLine:
    """One rendered body line and its gold label."""

    text: str
    label: str  # content | boilerplate
    reason: str | None = None
    join_next: bool = False  # a hard-wrapped fragment: joins the next line with one space
    template: bool = False  # the same text recurs in >= 3 articles of this outlet (set later)
    tail: str | None = None  # boilerplate glued to the end of a content line
    tail_reason: str | None = None
    zone: str = "body"  # body | page (HTML chrome around the article)


@dataclass
class Decorated:
    """An article as rendered: lines with labels, clean text and annotations into it."""

    lines: list[GoldLine]
    clean_text: str
    anns: tuple[Ann, ...]
    title_raw: str
    title: Annotated
    title_suffix: str | None
    fake_bio: bool = False
    source_line: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Templates:
    """The lines one outlet reuses across its articles."""

    header: str
    footer: str
    read_time: str
    paywall: tuple[str, str]
    read_also: tuple[str, str]
    share: tuple[str, ...]
    comments: tuple[str, ...]
    newsletter: str
    cookie: str
    byline: str
    source: str
    bio_head: str
    authors: tuple[tuple[str, str], ...]  # (name, bio)
    related_head: str


def _fmt(template: str, outlet: Outlet, **kw: Any) -> str:
    return template.format(name=outlet.name, short=outlet.short, domain=outlet.domain, section="News", **kw)


@cache
def templates(outlet: Outlet) -> Templates:
    """The outlet's template lines, drawn once with the outlet's own seed."""
    rng = random.Random(f"templates:{outlet.key}")
    en = outlet.language == "en"
    comments = ph.COMMENTS_EN if outlet.get("comments") == "en" else ph.COMMENTS_DE
    share = ph.SHARE_EN if outlet.get("share") == "en" else ph.SHARE_DE
    read_time = ph.READ_TIME_EN if outlet.get("read_time") == "en" else ph.READ_TIME_DE
    authors = []
    for name in rng.sample(ph.FAKE_AUTHORS, 3):
        if outlet.get("fake_bio") == "biography":
            bio = rng.choice(ph.BIOGRAPHY_DE).format(
                author=name,
                n=rng.randint(8, 25),
                m=rng.choice(["500", "1.000", "2.000"]),
                subject=rng.choice(ph.SUBJECTS_DE),
            )
        else:
            bio = ". ".join(rng.sample(ph.EPITHETS_DE, rng.randint(4, 6))) + "."
        authors.append((name, bio))
    return Templates(
        header=_fmt(rng.choice(ph.HEADER), outlet),
        footer=_fmt(rng.choice(ph.FOOTER_EN if en else ph.FOOTER), outlet),
        read_time=rng.choice(read_time),
        paywall=tuple(_fmt(p, outlet) for p in rng.sample(ph.PAYWALL_DE, 2)),  # type: ignore[arg-type]
        read_also=tuple(rng.sample(ph.READ_ALSO_PREFIX_DE, 2)),  # type: ignore[arg-type]
        share=tuple(rng.sample(share, rng.randint(2, 3))),
        comments=tuple(rng.sample(comments, rng.randint(2, 3))),
        newsletter=_fmt(rng.choice(ph.NEWSLETTER_EN if en else ph.NEWSLETTER_DE), outlet),
        cookie=rng.choice(ph.COOKIE_EN if en else ph.COOKIE_DE),
        byline=rng.choice(ph.BYLINE_FARM),
        source=rng.choice(ph.SOURCE_LINE),
        bio_head=rng.choice(ph.BIO_HEAD_DE),
        authors=tuple(authors),
        related_head=rng.choice(ph.RELATED_HEAD_EN),
    )


def wrap_paragraph(text: str, rng: random.Random) -> list[str]:
    """Hard-wrap a paragraph at ~70 characters; unchanged when joining with spaces would not restore it."""
    parts = textwrap.wrap(text, width=rng.randint(62, 76), break_long_words=False, break_on_hyphens=False)
    return parts if len(parts) > 1 and " ".join(parts) == text else [text]


@dataclass(frozen=True)
class DecorateInput:
    """What decorate() needs about one article."""

    article_id: str
    outlet: Outlet
    title: Annotated
    units: tuple[BodyUnit, ...]
    add_boilerplate: bool  # False for exact copies: text as the source had it
    names_source: bool
    source_name: str | None  # whom a "Quelle:" line names
    allow_wrap: bool  # hard wraps only in formats that keep line breaks (txt, jsonl)
    headlines: tuple[str, ...]  # unrelated headlines for "Lesen Sie auch" spam


def decorate(inp: DecorateInput) -> Decorated:
    """Render an article's body lines with its outlet's boilerplate and compute clean text and spans."""
    rng = random.Random(f"decorate:{inp.article_id}")
    out = inp.outlet
    t = templates(out)
    boiler = inp.add_boilerplate
    paras = [u for u in inp.units if u.kind == "content"]
    n_words = sum(len(u.body.text.split()) for u in paras)
    top: list[GoldLine] = []
    bottom: list[GoldLine] = []
    fake_bio = False
    source_line = None
    if boiler:
        if out.get("header"):
            top.append(GoldLine(t.header, "boilerplate", "site_template"))
        if out.get("read_time"):
            top.append(GoldLine(t.read_time.format(n=max(2, round(n_words / 180))), "boilerplate", "read_time"))
        author = rng.choice(t.authors)
        if rng.random() < float(out.get("byline", 0)):
            top.append(GoldLine(_fmt(t.byline, out, author=author[0]), "boilerplate", "byline"))
        has_source = any(u.kind == "source" for u in inp.units)  # the writer already wrote one
        if inp.names_source and inp.source_name and out.farm and not has_source:
            source_line = _fmt(t.source, out, source=inp.source_name)
            bottom.append(GoldLine(source_line, "boilerplate", "source_line"))
        if out.get("fake_bio"):
            fake_bio = True
            bottom.append(GoldLine(_fmt(t.bio_head, out, author=author[0]), "boilerplate", "fake_author_bio"))
            bottom.append(GoldLine(author[1], "boilerplate", "fake_author_bio"))
        bottom.extend(_bottom_blocks(out, t, rng, inp.headlines))
    middle, clean, anns = _body(inp, rng, t)
    suffix = out.get("title_suffix") if boiler else None
    return Decorated(
        lines=top + middle + bottom,
        clean_text=clean,
        anns=anns,
        title_raw=inp.title.text + (suffix or ""),
        title=inp.title,
        title_suffix=suffix,
        fake_bio=fake_bio,
        source_line=source_line,
    )


def _bottom_blocks(out: Outlet, t: Templates, rng: random.Random, headlines: tuple[str, ...]) -> list[GoldLine]:
    """Related box, share and comment UI, newsletter, cookie and footer lines."""
    lines: list[GoldLine] = []
    if out.get("related"):
        lines.append(GoldLine(t.related_head, "boilerplate", "foreign_ui_leftover"))
        pool = list(headlines) + ph.SPAM_HEADLINES_EN
        lines.extend(GoldLine(h, "boilerplate", "related_links") for h in rng.sample(pool, min(3, len(pool))))
    lines.extend(GoldLine(s, "boilerplate", "share_ui") for s in (t.share if out.get("share") else ()))
    reason = "foreign_ui_leftover" if out.get("comments") == "en" and out.language == "de" else "comments_widget"
    lines.extend(GoldLine(c, "boilerplate", reason) for c in (t.comments if out.get("comments") else ()))
    if rng.random() < float(out.get("newsletter", 0)):
        lines.append(GoldLine(t.newsletter, "boilerplate", "newsletter"))
    if rng.random() < float(out.get("cookie", 0)):
        lines.append(GoldLine(t.cookie, "boilerplate", "cookie"))
    if out.get("footer"):
        lines.append(GoldLine(t.footer, "boilerplate", "site_template"))
    return lines


def _spam(rng: random.Random, t: Templates, headlines: tuple[str, ...], which: int) -> str:
    pool = list(headlines) + ph.SPAM_HEADLINES_DE
    return f"{t.read_also[which]} {rng.choice(pool)}"


def _body(inp: DecorateInput, rng: random.Random, t: Templates) -> tuple[list[GoldLine], str, tuple[Ann, ...]]:
    """Content and meta lines with paywall/read-also insertions; the clean text joins content by newlines."""
    out = inp.outlet
    boiler = inp.add_boilerplate
    paras_total = sum(1 for u in inp.units if u.kind == "content")
    n_paywall = int(out.get("paywall", 0)) if boiler else 0
    n_spam = int(out.get("read_also", 0)) if boiler else 0
    paywall_after = {max(0, (k + 1) * paras_total // (n_paywall + 1) - 1) for k in range(n_paywall)}
    gaps = list(range(max(1, paras_total - 1)))
    spam_after = set(rng.sample(gaps, min(n_spam, len(gaps))))
    lines: list[GoldLine] = []
    pieces: list[str] = []
    anns: list[Ann] = []
    offset = 0
    p_index = 0
    for unit in inp.units:
        if unit.kind != "content":
            lines.append(GoldLine(unit.body.text, "boilerplate", META_REASON[unit.kind]))
            continue
        text = unit.body.text
        anns.extend(unit.body.shifted(offset))
        pieces.append(text)
        offset += len(text) + 1  # +1: the newline joining paragraphs in the clean text
        frags = wrap_paragraph(text, rng) if inp.allow_wrap and rng.random() < float(out.get("wrap", 0)) else [text]
        for k, frag in enumerate(frags):
            lines.append(GoldLine(frag, "content", join_next=k < len(frags) - 1))
        last = p_index == paras_total - 1
        if boiler and not last and rng.random() < float(out.get("read_also_inline", 0)):
            tail = _spam(rng, t, inp.headlines, 1)
            lines[-1].text = f"{lines[-1].text} {tail}"
            lines[-1].tail, lines[-1].tail_reason = tail, "read_also"
        if p_index in paywall_after and not last:
            lines.append(GoldLine(t.paywall[len(lines) % 2 if n_paywall > 2 else 0], "boilerplate", "paywall"))
        if p_index in spam_after and not last:
            lines.append(GoldLine(_spam(rng, t, inp.headlines, 0), "boilerplate", "read_also"))
        p_index += 1
    return lines, "\n".join(pieces), tuple(anns)
