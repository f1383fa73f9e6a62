"""Corpus-level evaluators on the sample corpus: copies and provenance, farms, events, storylines, claims."""

from __future__ import annotations

from collections.abc import Hashable

from storyline.eval.gold import Gold
from storyline.eval.metrics import accuracy, bcubed, prf, safe_div
from storyline.eval.registry import EvalContext, MetricRow, register
from storyline.eval.sample_common import SPLITS, Loaded, gate, prf_rows, row
from storyline.eval.system import SystemOutput

FARM_THRESHOLD = 0.5  # farm_score at or above which an article counts as predicted content farm
CLAIM_MIN_JACCARD = 0.5  # article-set overlap for a system claim to count as the gold claim


def copy_families(gold: Gold) -> dict[str, str]:
    """Gold article id -> the root of its copy family (union of all copy links)."""
    parent = {aid: aid for aid in gold.articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in gold.links:
        parent[find(link.copy)] = find(link.original)
    return {aid: find(aid) for aid in gold.articles}


def _norm(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


@register("sample.dedup")
def eval_dedup(ctx: EvalContext) -> list[MetricRow]:
    """Copy-pair P/R/F1, direction and kind accuracy on found gold links."""
    metrics = ("pair_precision", "pair_recall", "pair_f1", "direction_accuracy", "kind_accuracy")
    loaded, na = gate(ctx, "dedup", metrics, lambda s: s.duplicates is not None, "dedup")
    if na:
        return na
    assert loaded.gold is not None and loaded.system is not None and loaded.system.duplicates is not None
    gold, gmap = loaded.gold, loaded.system.gold_of
    family = copy_families(gold)
    out = []
    for split in SPLITS:
        links = {frozenset((lk.original, lk.copy)): lk for lk in gold.links if gold.articles[lk.copy].split == split}
        sys_pairs = {}
        for d in loaded.system.duplicates:
            a, b = gmap.get(d.a), gmap.get(d.b)
            if a and b and a != b and gold.articles[a].split == split:
                sys_pairs[frozenset((a, b))] = d
        # Precision: any pair inside one gold copy family is right (copies of one original are copies of
        # each other); recall: share of the direct gold links found.
        in_family = sum(1 for p in sys_pairs if len({family[x] for x in p}) == 1)
        found = [key for key in links if key in sys_pairs]
        p = safe_div(in_family, len(sys_pairs))
        r = safe_div(len(found), len(links))
        f1 = None if p is None or r is None else (0.0 if p + r == 0 else 2 * p * r / (p + r))
        out += [
            row("dedup", split, "pair_precision", p, len(sys_pairs)),
            row("dedup", split, "pair_recall", r, len(links)),
            row("dedup", split, "pair_f1", f1, len(links)),
        ]
        dir_ok = 0
        for key in found:
            direction = sys_pairs[key].direction
            dir_ok += direction is not None and gmap.get(direction.original) == links[key].original
        kind_ok = sum(1 for key in found if sys_pairs[key].kind == links[key].kind)
        out.append(row("dedup", split, "direction_accuracy", accuracy(dir_ok, len(found)), len(found)))
        out.append(row("dedup", split, "kind_accuracy", accuracy(kind_ok, len(found)), len(found)))
    return out


@register("sample.sources")
def eval_sources(ctx: EvalContext) -> list[MetricRow]:
    """Original-source accuracy and content-farm detection P/R/F1 (farm_score >= 0.5)."""
    metrics = ("original_source_accuracy", "farm_precision", "farm_recall", "farm_f1")
    loaded, na = gate(ctx, "sources", metrics, lambda s: s.sources is not None, "provenance")
    if na:
        return na
    assert loaded.system is not None and loaded.system.sources is not None
    by_article = {s.article_id: s for s in loaded.system.sources}
    out = []
    for split in SPLITS:
        ok = n = tp = fp = fn = 0
        for g, s in loaded.pairs(split):
            n += 1
            attr = by_article.get(s.id)
            accepted = {_norm(g.original_source), _norm(g.original_source_outlet)}
            ok += attr is not None and _norm(attr.original_source) in accepted
            predicted = attr is not None and attr.farm_score >= FARM_THRESHOLD
            tp, fp, fn = tp + (predicted and g.farm), fp + (predicted and not g.farm), fn + (g.farm and not predicted)
        out.append(row("sources", split, "original_source_accuracy", accuracy(ok, n), n))
        out += prf_rows("sources", split, prf(tp, fp, fn), n, prefix="farm_")
    return out


def _article_clusters(system: SystemOutput, attr: str) -> dict[str, Hashable]:
    """System article id -> its event id (attr='event') or storyline id (attr='storyline')."""
    event_of: dict[str, str] = {}
    for ev in system.events or []:
        for aid in ev.article_ids:
            event_of.setdefault(aid, ev.id)
    if attr == "event":
        return dict(event_of)
    story_of_event: dict[str, str] = {}
    for st in system.storylines or []:
        for eid in st.event_ids:
            story_of_event.setdefault(eid, st.id)
    return {aid: story_of_event[eid] for aid, eid in event_of.items() if eid in story_of_event}


def _cluster_rows(loaded: Loaded, task: str, attr: str) -> list[MetricRow]:
    assert loaded.gold is not None and loaded.system is not None
    pred_of = _article_clusters(loaded.system, attr)
    out = []
    for split in SPLITS:
        gold_c: dict[str, Hashable] = {}
        pred_c: dict[str, Hashable] = {}
        for g, s in loaded.pairs(split):
            gold_c[g.id] = g.event if attr == "event" else g.storyline
            if s.id in pred_of:
                pred_c[g.id] = pred_of[s.id]
        res = bcubed(gold_c, pred_c)
        out += prf_rows(task, split, res, len(gold_c), prefix="bcubed_")
    return out


@register("sample.events")
def eval_events(ctx: EvalContext) -> list[MetricRow]:
    """Event clustering B-cubed P/R/F1 over matched articles (unclustered articles are singletons)."""
    metrics = ("bcubed_precision", "bcubed_recall", "bcubed_f1")
    loaded, na = gate(ctx, "events", metrics, lambda s: s.events is not None, "event clustering")
    return na or _cluster_rows(loaded, "events", "event")


@register("sample.storylines")
def eval_storylines(ctx: EvalContext) -> list[MetricRow]:
    """Storyline B-cubed P/R/F1 over matched articles (article -> event -> storyline)."""
    metrics = ("bcubed_precision", "bcubed_recall", "bcubed_f1")
    loaded, na = gate(ctx, "storylines", metrics, lambda s: s.storylines is not None and s.events is not None,
                      "storyline linking")
    return na or _cluster_rows(loaded, "storylines", "storyline")


@register("sample.claims")
def eval_claims(ctx: EvalContext) -> list[MetricRow]:
    """Claim-status and first-report accuracy; a gold claim is matched to the system claim with the most
    similar article set (Jaccard >= 0.5); unmatched gold claims count as wrong."""
    metrics = ("status_accuracy", "first_report_accuracy", "claim_recall")
    loaded, na = gate(ctx, "claims", metrics, lambda s: s.claims is not None, "claim comparison")
    if na:
        return na
    assert loaded.gold is not None and loaded.system is not None and loaded.system.claims is not None
    gmap = loaded.system.gold_of
    sys_sets = [({gmap[a] for a in c.supporting_article_ids if a in gmap}, c) for c in loaded.system.claims]
    out = []
    for split in SPLITS:
        status_ok = first_ok = matched = total = 0
        for claim in loaded.gold.claims.values():
            if loaded.gold.storylines[loaded.gold.events[claim.event].storyline].split != split:
                continue
            total += 1
            gset = set(claim.articles)
            best = max(sys_sets, key=lambda sc: len(gset & sc[0]) / len(gset | sc[0]) if gset | sc[0] else 0.0,
                       default=None)
            if best is None or len(gset & best[0]) / len(gset | best[0]) < CLAIM_MIN_JACCARD:
                continue
            matched += 1
            status_ok += best[1].status == claim.status
            first = best[1].first_reported
            first_ok += first is not None and gmap.get(first.article_id) == claim.first
        out.append(row("claims", split, "status_accuracy", accuracy(status_ok, total), total))
        out.append(row("claims", split, "first_report_accuracy", accuracy(first_ok, total), total))
        out.append(row("claims", split, "claim_recall", accuracy(matched, total), total))
    return out
