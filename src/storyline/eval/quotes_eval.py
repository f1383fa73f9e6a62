"""Quote detection on Corpus REDEWIEDERGABE (historical German, 1840–1919): token-level P/R/F1.

Data: ``<data_dir>/redewiedergabe/main-tsv`` (CC BY-NC-SA 4.0; read in place, never copied). We use the
non-fiction samples (news, reportage, commentary: closest to our texts), sorted by file name and split
alternately: even positions are ``dev`` (rules were tuned looking at these), odd positions are ``heldout``
(only reported). ``fast`` evaluates the first 30 files of each part.

Matching rule: token level, as in the published taggers' evaluation. A token is gold-direct when any of its
STWR levels has type ``direct`` (speech, thought and writing alike; the corpus marks include the quote
marks), gold-indirect likewise for ``indirect``. A token is predicted direct/indirect when a quote span of
that kind from :func:`extract_quotes` overlaps it. P/R/F1 are micro-averaged over all tokens of a part.
Tokens are joined into text with German spacing rules; no NER mentions are passed (the fallback path).
"""

from __future__ import annotations

import csv
import gzip
from dataclasses import dataclass
from pathlib import Path

from storyline.eval.registry import EvalContext, MetricRow, register
from storyline.extract.quotes import extract_quotes

ANCHOR = ("Brunner et al. 2020, 'To BERT or not to BERT' (CEUR Vol-2624 paper5), token-level taggers on "
          "their own split of this corpus incl. fiction: direct F1 0.85 (FLAIR), indirect F1 0.76 (BERT)")
_FAST_FILES = 30
_NO_SPACE_BEFORE = frozenset({".", ",", ";", ":", "!", "?", ")", "]", "“", "'", "’", "…"})
_NO_SPACE_AFTER = frozenset({"(", "[", "„", "‚"})


@dataclass
class _Counts:
    """True positives, predicted and gold token counts of one quote kind."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, pred: set[int], gold: set[int]) -> None:
        """Count one file's predicted and gold token indices."""
        self.tp += len(pred & gold)
        self.pred += len(pred)
        self.gold += len(gold)

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 (0 where undefined)."""
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text from tokens with German spacing (marks hug the quote they open/close), and each token's span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    glue = True
    low_open = False  # a „ waits for its closer, which old print often sets as "
    open_marks: dict[str, bool] = {'"': False, "»«": False}
    for tok in tokens:
        closing = tok in _NO_SPACE_BEFORE or (tok[:1] in "'’" and tok[1:].isalpha())  # "war 's" → "war's"
        opening = tok in _NO_SPACE_AFTER
        if tok == "„":
            low_open = True
        elif tok in ('"', "“") and low_open:
            closing, opening, low_open = True, False, False
        else:
            for key, is_open in open_marks.items():
                if tok in key:
                    closing, opening = is_open, not is_open
                    open_marks[key] = not is_open
        if not glue and not closing:
            parts.append(" ")
            pos += 1
        spans.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        glue = opening
    return "".join(parts), spans


def _read(path: Path) -> tuple[list[str], list[str]]:
    """Tokens and their ``stwr`` column of one sample file."""
    tokens: list[str] = []
    stwr: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            tokens.append(row["tok"])
            stwr.append(row["stwr"])
    return tokens, stwr


def _gold(stwr: list[str], kind: str) -> set[int]:
    # a level's type may list alternatives separated by a space ("indirect freeIndirect": annotators unsure)
    return {i for i, tag in enumerate(stwr)
            if any(kind in level.split(".")[0].split() for level in tag.split("|"))}


def _predicted(spans: list[tuple[int, int]], quotes: list[tuple[int, int, bool]], direct: bool) -> set[int]:
    out: set[int] = set()
    for start, end, is_direct in quotes:
        if is_direct == direct:
            out |= {i for i, (a, b) in enumerate(spans) if a < end and start < b}
    return out


def sample_files(folder: Path) -> dict[str, list[Path]]:
    """The non-fiction sample files split into ``dev`` and ``heldout`` (alternating over sorted names)."""
    with (folder / "metadata.tsv").open(encoding="utf-8") as fh:
        names = sorted(row["file"] for row in csv.DictReader(fh, delimiter="\t") if row["fictional"] == "no")
    paths = [folder / f"{name}.gz" for name in names]
    return {"dev": paths[0::2], "heldout": paths[1::2]}


def score_files(paths: list[Path]) -> dict[str, _Counts]:
    """Token counts for direct and indirect quotes over ``paths``."""
    counts = {"direct": _Counts(), "indirect": _Counts()}
    for path in paths:
        tokens, stwr = _read(path)
        text, spans = _detokenise(tokens)
        quotes = [(q.start, q.end, q.direct) for q in extract_quotes(text, [], "de")]
        for kind in counts:
            counts[kind].add(_predicted(spans, quotes, kind == "direct"), _gold(stwr, kind))
    return counts


@register("quotes_redewiedergabe", fast=True)
def evaluate(ctx: EvalContext) -> list[MetricRow]:
    """Direct and indirect quote detection, token-level P/R/F1, on the dev and held-out non-fiction parts."""
    folder = ctx.data_dir / "redewiedergabe" / "main-tsv"
    if not (folder / "metadata.tsv").exists():
        return [MetricRow("quotes", "redewiedergabe", "heldout", "f1", None, note=f"data not found at {folder}")]
    rows: list[MetricRow] = []
    for split, paths in sample_files(folder).items():
        chosen = paths[:_FAST_FILES] if ctx.fast else paths
        for kind, counts in score_files(chosen).items():
            p, r, f = counts.prf()
            note = f"{len(chosen)} non-fiction files, token level" + (" (fast subset)" if ctx.fast else "")
            for metric, value in (("precision", p), ("recall", r), ("f1", f)):
                rows.append(MetricRow(f"quotes_{kind}", "redewiedergabe", split, metric, round(value, 4),
                                      n=counts.gold, anchor=ANCHOR if metric == "f1" else None, note=note))
    return rows
