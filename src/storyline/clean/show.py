"""Text shown by ``storyline show ARTICLE_ID [--removed]``: the clean article and, on request, what was removed."""

from __future__ import annotations

import re
from collections import Counter

from storyline.model import Article

# Crawled text is hostile: terminal control characters (ANSI escapes, bells) never reach the terminal.
_CONTROL = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f]")
_SNIPPET = 100


def _safe(text: str) -> str:
    """Text with control characters replaced, safe to print."""
    return _CONTROL.sub("\ufffd", text)


def _short(text: str) -> str:
    """A one-line, shortened, safe form of a line for the removed-lines listing."""
    flat = _safe(text.replace("\t", " "))
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1] + "…"


def _header(article: Article) -> list[str]:
    """Id, title and the metadata the clean stage found."""
    out = [f"{article.id}  {_safe(article.title or '(no title)')}"]
    facts = [
        ("outlet", article.outlet), ("published", article.published.isoformat() if article.published else None),
        ("language", article.language), ("url", article.url), ("byline", article.byline), ("author", article.author),
        ("dateline", article.dateline), ("cited sources", ", ".join(article.cited_sources) or None),
        ("farm flags", ", ".join(article.farm_flags) or None),
    ]
    out += [f"  {name}: {_safe(value)}" for name, value in facts if value]
    return out


def _removed(article: Article) -> list[str]:
    """Every removed line with reason and evidence, then cut tails, the title suffix and repair counts."""
    gone = [line for line in article.lines if not line.kept]
    out = ["", f"Removed lines ({len(gone)} of {len(article.lines)}):"]
    out += [f"  [{line.index:>4}] {line.reason or '?':<20} {_short(line.text)!s}" +
            (f"\n         ↳ {_safe(line.evidence)}" if line.evidence else "") for line in gone]
    cuts = [r for r in article.repairs if r.kind in ("inline_removal", "title_suffix")]
    if cuts:
        out += ["", "Cut from kept lines and the title:"]
        for r in cuts:
            where = "title" if r.line_index < 0 else f"line {r.line_index}"
            tail = r.before[len(r.after):] if r.before.startswith(r.after) else r.before
            out.append(f"  [{where}] {r.reason or r.kind:<20} {_short(tail.strip())}" +
                       (f"\n         ↳ {_safe(r.evidence)}" if r.evidence else ""))
    counts = Counter(r.kind for r in article.repairs if r.kind not in ("inline_removal", "title_suffix"))
    if counts:
        out += ["", "Repairs: " + ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))]
    return out


def format_article(article: Article, removed: bool = False) -> str:
    """The clean article as text; with ``removed``, every removed line with its reason and evidence."""
    out = [*_header(article), ""]
    out.append(_safe(article.text) if article.text is not None else "(not cleaned yet: run the clean stage)")
    if removed:
        out += _removed(article)
    return "\n".join(out) + "\n"
