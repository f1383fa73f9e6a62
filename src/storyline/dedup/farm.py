"""Content-farm signals: per article from its cleaned lines, per corpus from copy links and outlets."""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from storyline.lang import de, en
from storyline.model import Article, FarmSignal

# Signal weights, combined by noisy-or (score = 1 - prod(1 - w)). Chosen on the sample dev split: a
# fake bio or foreign UI alone puts an article over the 0.5 farm threshold; weak signals (no byline,
# title suffix) never do on their own, since agencies publish without bylines and many outlets add
# their name to titles.
WEIGHTS: dict[str, float] = {
    "fake_author_bio": 0.6,
    "foreign_ui_leftover": 0.5,
    "mt_artefacts": 0.4,
    "republished_copy": 0.4,
    "injected_links": 0.3,
    "boilerplate_density": 0.25,
    "title_suffix": 0.1,
    "no_byline": 0.1,
}
OUTLET_WEIGHT = 0.8  # the outlet's mean article score, scaled: farms run whole sites, not single pages
DENSITY_MIN = 0.6  # removed / total lines; dev non-farm articles stay below 0.5 (HTML chrome included)
READ_ALSO_MIN = 2  # injected "Lesen Sie auch" links; one related box is normal for news sites

_MT = {"de": de.DEDUP_MT_ARTEFACTS, "en": en.DEDUP_MT_ARTEFACTS}


# Cheap substring checks before an artefact regex runs: each pattern needs one of these in the text.
# Only where the check is cheaper than the regex (profiled on 10kgnad text): the honorific patterns open
# with \b, which the engine tries at every position. Patterns opening with a literal or a character class
# (number formats, quote order) scan faster than a few substring checks, so they run unguarded.
_MT_TRIGGERS: dict[str, tuple[str, ...]] = {
    "english_honorific": ("Hr", "Mr", "Ms"), "german_honorific": ("Hr", "Fr"),
}


@lru_cache(maxsize=4)
def _mt_patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(p)) for name, p in _MT.get(language, {}).items())


def mt_artefacts(text: str, language: str | None) -> list[str]:
    """Names of the machine-translation artefacts found in a text of ``language``."""
    found = []
    for name, pattern in _mt_patterns(language or ""):
        triggers = _MT_TRIGGERS.get(name)
        if (triggers is None or any(t in text for t in triggers)) and pattern.search(text):
            found.append(name)
    return found


def _signal(name: str, evidence: str, scale: float = 1.0) -> FarmSignal:
    return FarmSignal(name=name, weight=round(WEIGHTS[name] * scale, 3), evidence=evidence)


def article_signals(article: Article) -> list[FarmSignal]:
    """Farm signals visible in one cleaned article (its removed lines, text and title)."""
    reasons = Counter(line.reason for line in article.lines if not line.kept)
    out: list[FarmSignal] = []
    if reasons["fake_author_bio"] or "fake_author_bio" in article.farm_flags:
        out.append(_signal("fake_author_bio", f"{reasons['fake_author_bio']} invented author-bio line(s)"))
    if reasons["foreign_ui_leftover"] or "foreign_ui_leftover" in article.farm_flags:
        out.append(_signal("foreign_ui_leftover", f"{reasons['foreign_ui_leftover']} untranslated UI line(s)"))
    if reasons["read_also"] >= READ_ALSO_MIN:
        out.append(_signal("injected_links", f"{reasons['read_also']} injected read-also links"))
    if article.lines:
        removed = sum(reasons.values())
        if removed / len(article.lines) >= DENSITY_MIN:
            out.append(_signal("boilerplate_density", f"{removed}/{len(article.lines)} lines removed"))
    text = article.text if article.text is not None else article.raw_text
    hits = mt_artefacts(text, article.language)
    if hits:
        out.append(_signal("mt_artefacts", ", ".join(hits)))
    if article.title_raw and article.title and article.title_raw != article.title:
        out.append(_signal("title_suffix", f"title suffix {article.title_raw[len(article.title):].strip()!r}"))
    if not (article.byline or article.author):
        out.append(_signal("no_byline", "no byline or author"))
    return out


def score(signals: Iterable[FarmSignal]) -> float:
    """Noisy-or of the signal weights, in [0, 1]."""
    remaining = 1.0
    for s in signals:
        remaining *= 1.0 - min(max(s.weight, 0.0), 1.0)
    return round(1.0 - remaining, 3)


def republished_signal(original_outlet: str | None, original_id: str) -> FarmSignal:
    """The article republishes another outlet's text (exact, near or partial copy)."""
    return _signal("republished_copy", f"copy of {original_id} from {original_outlet or 'another outlet'}")


def outlet_signal(outlet: str, mean_score: float) -> FarmSignal:
    """The article's outlet scores high on average (a site-wide pattern)."""
    return FarmSignal(name="outlet_profile", weight=round(OUTLET_WEIGHT * mean_score, 3),
                      evidence=f"mean farm score of {outlet}: {mean_score:.2f}")


@dataclass(frozen=True)
class OutletProfile:
    """Per outlet: how much of its content is copied, how late, and how farm-like."""

    outlet: str
    articles: int
    share_copied: float  # articles that are the copy side of some link / all its articles
    median_delay_hours: float | None  # publication delay of its copies behind their originals
    mean_farm_score: float


def outlet_profiles(
    outlet_of: Mapping[str, str],
    farm_scores: Mapping[str, float],
    copies: Iterable[tuple[str, str, float | None]],
) -> dict[str, OutletProfile]:
    """Profiles from article -> outlet, article -> farm score and (copy id, original id, delay hours)."""
    copied: dict[str, set[str]] = defaultdict(set)
    delays: dict[str, list[float]] = defaultdict(list)
    for copy_id, _original, delay in copies:
        outlet = outlet_of.get(copy_id)
        if outlet is None:
            continue
        copied[outlet].add(copy_id)
        if delay is not None:
            delays[outlet].append(delay)
    members: dict[str, list[str]] = defaultdict(list)
    for aid, outlet in outlet_of.items():
        members[outlet].append(aid)
    return {
        outlet: OutletProfile(
            outlet=outlet,
            articles=len(ids),
            share_copied=round(len(copied[outlet]) / len(ids), 3),
            median_delay_hours=round(statistics.median(delays[outlet]), 2) if delays[outlet] else None,
            mean_farm_score=round(statistics.fmean(farm_scores.get(a, 0.0) for a in ids), 3),
        )
        for outlet, ids in sorted(members.items())
    }
