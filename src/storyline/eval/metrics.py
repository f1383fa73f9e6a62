"""Pure metric functions: P/R/F1 on sets, B-cubed for clusterings, accuracy, span and line alignment."""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
C = TypeVar("C", bound=Hashable)


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 with the counts behind them (None where the denominator is 0)."""

    precision: float | None
    recall: float | None
    f1: float | None
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0


def safe_div(num: float, den: float) -> float | None:
    """num/den, or None when den is 0 (a figure over nothing is "n/a", not 0)."""
    return num / den if den else None


def f1_of(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean; 0 when both are 0, None when either is undefined."""
    if precision is None or recall is None:
        return None
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def prf(tp: float, fp: float, fn: float) -> PRF:
    """P/R/F1 from counts."""
    p, r = safe_div(tp, tp + fp), safe_div(tp, tp + fn)
    return PRF(p, r, f1_of(p, r), tp, fp, fn)


def set_prf(gold: Iterable[K], pred: Iterable[K]) -> PRF:
    """P/R/F1 of a predicted set against a gold set."""
    g, p = set(gold), set(pred)
    tp = len(g & p)
    return prf(tp, len(p) - tp, len(g) - tp)


def accuracy(correct: int, total: int) -> float | None:
    """correct/total, None for an empty total."""
    return safe_div(correct, total)


def bcubed(gold: Mapping[K, C], pred: Mapping[K, Hashable]) -> PRF:
    """B-cubed P/R/F1 (Bagga & Baldwin 1998) over the items of ``gold``.

    Items missing from ``pred`` count as singletons; items of ``pred`` not in ``gold`` are ignored.
    """
    items = list(gold)
    if not items:
        return PRF(None, None, None)
    pred_full: dict[K, Hashable] = {k: pred.get(k, ("__singleton__", k)) for k in items}
    gold_members: dict[C, set[K]] = defaultdict(set)
    pred_members: dict[Hashable, set[K]] = defaultdict(set)
    for k in items:
        gold_members[gold[k]].add(k)
        pred_members[pred_full[k]].add(k)
    p_sum = r_sum = 0.0
    for k in items:
        g, p = gold_members[gold[k]], pred_members[pred_full[k]]
        overlap = len(g & p)
        p_sum += overlap / len(p)
        r_sum += overlap / len(g)
    precision, recall = p_sum / len(items), r_sum / len(items)
    return PRF(precision, recall, f1_of(precision, recall))


def match_spans(gold: Sequence[tuple[str, int]], pred: Sequence[tuple[str, int]]) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, pred index) between items with equal key, nearest offset first.

    Keys are the surface text (plus type where it matters); offsets may differ between the system's
    clean text and the gold's, so equal keys are paired greedily by smallest offset distance.
    """
    by_key: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, (key, _) in enumerate(gold):
        by_key[key][0].append(i)
    for j, (key, _) in enumerate(pred):
        by_key[key][1].append(j)
    pairs: list[tuple[int, int]] = []
    for g_idx, p_idx in by_key.values():
        if not g_idx or not p_idx:
            continue
        candidates = sorted((abs(gold[i][1] - pred[j][1]), i, j) for i in g_idx for j in p_idx)
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, i, j in candidates:
            if i not in used_g and j not in used_p:
                pairs.append((i, j))
                used_g.add(i)
                used_p.add(j)
    return sorted(pairs)


def match_spans_lenient(
    gold: Sequence[tuple[str, int]], pred: Sequence[tuple[str, int]], *, taken: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Exact matches (``taken``, else :func:`match_spans`) plus lenient ones: one text inside the other.

    Lenient extent is how TIMEX evaluations (TempEval, the WikiWarsDE README) match expressions
    before they compare values: "seit Januar" and "Januar" are the same date mention whether or
    not the preposition is in the span. Leftover items pair one-to-one, case-folded containment
    required, nearest offset first.
    """
    pairs = list(taken) if taken is not None else match_spans(gold, pred)
    used_g = {i for i, _ in pairs}
    used_p = {j for _, j in pairs}
    candidates = []
    for i, (g_text, g_off) in enumerate(gold):
        if i in used_g:
            continue
        g_low = g_text.casefold()
        for j, (p_text, p_off) in enumerate(pred):
            p_low = p_text.casefold()
            if j not in used_p and (g_low in p_low or p_low in g_low):
                candidates.append((abs(g_off - p_off), i, j))
    for _, i, j in sorted(candidates):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return sorted(pairs)


def normalise_line(text: str) -> str:
    """A line as compared across systems: NFC, whitespace collapsed, case kept."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def align_lines(gold: Sequence[str], pred: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index) of equal normalised lines, in order (difflib matching blocks)."""
    g = [normalise_line(t) for t in gold]
    p = [normalise_line(t) for t in pred]
    matcher = difflib.SequenceMatcher(a=g, b=p, autojunk=False)
    pairs: list[tuple[int, int]] = []
    for block in matcher.get_matching_blocks():
        pairs.extend((block.a + k, block.b + k) for k in range(block.size))
    return pairs


def token_overlap(a: str, b: str) -> float:
    """Jaccard overlap of the lower-cased word sets of two texts (0 for two empty texts)."""
    ta = {w.strip("„“”\"»«‚‘’'.,;:!?()").lower() for w in a.split()} - {""}
    tb = {w.strip("„“”\"»«‚‘’'.,;:!?()").lower() for w in b.split()} - {""}
    union = ta | tb
    return len(ta & tb) / len(union) if union else 0.0
