"""Dedup figures that sample.dedup lacks: recall per copy kind (translation recall is a target of issue 6)."""

from __future__ import annotations

from storyline.eval.metrics import safe_div
from storyline.eval.registry import EvalContext, MetricRow, register
from storyline.eval.sample_common import SPLITS, gate, row

KINDS = ("exact", "near", "partial", "rewrite", "translation")


@register("sample.dedup_kinds")
def eval_dedup_kinds(ctx: EvalContext) -> list[MetricRow]:
    """Share of gold links of each kind found as a system pair (any kind), per split."""
    metrics = tuple(f"{k}_recall" for k in KINDS)
    loaded, na = gate(ctx, "dedup", metrics, lambda s: s.duplicates is not None, "dedup")
    if na:
        return na
    assert loaded.gold is not None and loaded.system is not None and loaded.system.duplicates is not None
    gold, gmap = loaded.gold, loaded.system.gold_of
    found = {frozenset((gmap.get(d.a), gmap.get(d.b))) for d in loaded.system.duplicates}
    out: list[MetricRow] = []
    for split in SPLITS:
        for kind in KINDS:
            links = [lk for lk in gold.links if lk.kind == kind and gold.articles[lk.copy].split == split]
            hits = sum(1 for lk in links if frozenset((lk.original, lk.copy)) in found)
            out.append(row("dedup", split, f"{kind}_recall", safe_div(hits, len(links)), len(links)))
    return out
