"""WikiWarsDE evaluation of the date extractor: extent P/R/F1 and TIMEX2 value accuracy (issue 7, part 4).

Gold: ``wikiwarsde/WikiWarsDE_20110412/keyinline/*.key.xml`` (inline TIMEX2 with ``val``). The texts
are history narratives, so we run the extractor in narrative mode (relative expressions anchor on
the last date named, the document creation time 2011-02-16 only before any). Split: odd-numbered
documents are dev (rules were tuned on them), even-numbered ones are test (the figures we report).
Value accuracy follows the dataset README and HeidelTime's table: over gold expressions matched
leniently (overlap), the share whose ``val`` equals ours mapped to TIMEX2 form. Strict extent
compares our spans without their leading preposition, which our news convention keeps ("am …").

Run: ``python -m storyline.eval.dates_eval [--split test|dev|all] [--fast]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from storyline.eval.registry import EvalContext, MetricRow, register
from storyline.extract.date_lexicon import date_lexicon
from storyline.extract.dates import extract_dates
from storyline.model import DateMention

DATASET = "wikiwarsde"
SUBDIR = Path("wikiwarsde") / "WikiWarsDE_20110412" / "keyinline"
ANCHOR = (
    "HeidelTime (German rules) on all 22 WikiWarsDE docs, per shared/data/wikiwarsde/README.md "
    "(HeidelTime evaluation-results table): value accuracy 88.5; extraction lenient P/R/F1 98.9/88.3/93.3, "
    "strict 93.0/83.0/87.7; lenient+VAL F1 82.5"
)
FAST_DOCS = 3
_TAG = re.compile(r'<TIMEX2([^>]*)>(.*?)</TIMEX2>', re.S)
_VAL = re.compile(r'\bval="([^"]*)"')
_SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX2: span in the plain text and its normalised value."""

    start: int
    end: int
    text: str
    val: str


@dataclass(frozen=True)
class GoldDoc:
    """A WikiWarsDE document: plain text, creation time and gold expressions."""

    name: str
    text: str
    dct: dt.date
    timexes: list[GoldTimex]


def _parse(path: Path) -> GoldDoc:
    """Plain text and gold spans from one inline-annotated document."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DATETIME>.*?(\d{4}-\d{2}-\d{2})", raw, re.S)
    dct = dt.date.fromisoformat(dct_match.group(1)) if dct_match else dt.date(2011, 2, 16)
    body_match = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_match.group(1) if body_match else ""
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    pos = length = 0
    for m in _TAG.finditer(body):
        pieces.append(body[pos : m.start()])
        length += m.start() - pos
        val = _VAL.search(m.group(1))
        timexes.append(GoldTimex(length, length + len(m.group(2)), m.group(2), val.group(1) if val else ""))
        pieces.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    pieces.append(body[pos:])
    return GoldDoc(path.name.split(".")[0], "".join(pieces), dct, timexes)


def load_wikiwarsde(data_dir: Path, split: str = "test") -> list[GoldDoc]:
    """Documents of a split: ``dev`` (odd numbers), ``test`` (even numbers) or ``all``."""
    docs = [_parse(p) for p in sorted((data_dir / SUBDIR).glob("*.key.xml"))]
    if split == "all":
        return docs
    parity = 1 if split == "dev" else 0
    return [d for d in docs if int(d.name[:2]) % 2 == parity]


def to_timex(mention: DateMention) -> str | None:
    """Our value in TIMEX2 form: intervals inside one month/year (Anfang/Mitte/Ende) map to it."""
    value, gran = mention.value, mention.granularity
    if value is None:
        return None
    if value.startswith("-"):
        return f"BC{int(value[1:]) + 1:04d}"
    start = value.split("/")[0]
    if gran == "day":
        return start
    if gran == "month":
        return start[:7]
    if gran == "year":
        return start[:4]
    if gran == "quarter":
        end_month = int(value.split("/")[-1][5:7]) if "/" in value else int(start[5:7])
        first = int(start[5:7])
        if end_month - first == 5:
            return f"{start[:4]}-H{first // 6 + 1}"
        return f"{start[:4]}-Q{(first - 1) // 3 + 1}"
    if gran == "season":
        return f"{start[:4]}-{_SEASON_CODES.get(int(start[5:7]), 'XX')}"
    if gran == "decade":
        return start[:3]
    if gran == "century":
        return start[:2]
    if gran == "week":
        iso = dt.date.fromisoformat(start).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    return value


def _timex_for(gold: GoldTimex, mention: DateMention) -> str | None:
    """Our value for one gold TIMEX2; a year range is two TIMEX2 expressions, one per year.

    Our "zwischen 1891 und 1905" is one mention with value "1891/1905"; WikiWarsDE marks "1891"
    and "1905" separately, so each gold year is compared with the endpoint it names.
    """
    value = mention.value or ""
    if mention.granularity == "year" and re.fullmatch(r"\d{4}/\d{4}", value):
        first, last = value.split("/")
        return last if last in gold.text and first not in gold.text else first
    return to_timex(mention)


_LEADING_PREP = re.compile(
    "|".join(sorted((rf"{re.escape(p)}\s+" for p in date_lexicon("de").span_preps), key=len, reverse=True)),
    re.IGNORECASE,
)


def timex_span(mention: DateMention) -> tuple[int, int]:
    """Our span as TIMEX2 marks it: without the leading preposition ("am 7. Juli" → "7. Juli")."""
    lead = _LEADING_PREP.match(mention.text)
    return (mention.start + lead.end() if lead else mention.start), mention.end


@dataclass
class Tally:
    """Counts over documents."""

    gold: int = 0
    system: int = 0
    gold_lenient: int = 0
    system_lenient: int = 0
    strict: int = 0
    value_correct: int = 0

    def add(self, doc: GoldDoc, mentions: list[DateMention]) -> None:
        """Score one document's mentions against its gold."""
        self.gold += len(doc.timexes)
        self.system += len(mentions)
        spans = {timex_span(m) for m in mentions}
        for g in doc.timexes:
            hits = [m for m in mentions if m.start < g.end and g.start < m.end]
            if hits:
                self.gold_lenient += 1
                self.value_correct += _timex_for(g, hits[0]) == g.val
            self.strict += (g.start, g.end) in spans
        self.system_lenient += sum(any(m.start < g.end and g.start < m.end for g in doc.timexes) for m in mentions)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(docs: list[GoldDoc]) -> dict[str, float]:
    """Extent P/R/F1 (lenient, strict), value accuracy and lenient+VAL F1 over documents."""
    t = Tally()
    for doc in docs:
        t.add(doc, extract_dates(doc.text, doc.dct, "de", narrative=True))
    p_l, r_l = t.system_lenient / max(t.system, 1), t.gold_lenient / max(t.gold, 1)
    p_s, r_s = t.strict / max(t.system, 1), t.strict / max(t.gold, 1)
    p_v, r_v = t.value_correct / max(t.system, 1), t.value_correct / max(t.gold, 1)
    return {
        "lenient_precision": p_l, "lenient_recall": r_l, "lenient_f1": _f1(p_l, r_l),
        "strict_precision": p_s, "strict_recall": r_s, "strict_f1": _f1(p_s, r_s),
        "value_accuracy": t.value_correct / max(t.gold_lenient, 1), "lenient_val_f1": _f1(p_v, r_v),
        "gold": t.gold, "system": t.system, "matched": t.gold_lenient,
    }


@register("dates_wikiwarsde", fast=True)
def evaluate(ctx: EvalContext) -> list[MetricRow]:
    """WikiWarsDE rows for ``storyline eval`` (test split; first documents only in fast mode)."""
    split = ctx.options.get("dates_split", "test")
    if not (ctx.data_dir / SUBDIR).is_dir():
        return [MetricRow("dates", DATASET, split, "value_accuracy", None, note=f"{ctx.data_dir / SUBDIR} not found")]
    docs = load_wikiwarsde(ctx.data_dir, split)
    docs = docs[:FAST_DOCS] if ctx.fast else docs
    s = score(docs)
    n_gold, note = int(s["gold"]), f"{len(docs)} docs{' (fast)' if ctx.fast else ''}, narrative anchoring"
    rows = [MetricRow("dates", DATASET, split, "value_accuracy", s["value_accuracy"], int(s["matched"]), ANCHOR, note)]
    for metric in ("lenient_f1", "strict_f1", "lenient_val_f1", "lenient_precision", "lenient_recall"):
        rows.append(MetricRow("dates", DATASET, split, metric, s[metric], n_gold, None, note))
    return rows


def _default_data_dir() -> Path:
    return Path(os.environ.get("STORYLINE_DATA_DIR", Path(__file__).resolve().parents[3].parent / "shared" / "data"))


def main() -> None:
    """Print the WikiWarsDE table for a split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", default="test", choices=["dev", "test", "all"])
    parser.add_argument("--fast", action="store_true")
    parser.add_argument("--data-dir", type=Path, default=_default_data_dir())
    args = parser.parse_args()
    ctx = EvalContext(data_dir=args.data_dir, samples_dir=Path("samples"), fast=args.fast,
                      options={"dates_split": args.split})
    for row in evaluate(ctx):
        shown = "n/a" if row.value is None else f"{100 * row.value:.1f}"
        print(f"{row.dataset:11} {row.split:5} {row.metric:18} {shown:>6}  n={row.n}  {row.note or ''}")
    print(f"anchor: {ANCHOR}")


if __name__ == "__main__":
    main()
