"""Run the registered evaluators (`storyline eval`), print the table, write eval/results.json."""

from __future__ import annotations

import datetime as dt
import importlib
import io
import json
import os
import pkgutil
from dataclasses import asdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

import storyline.eval as eval_pkg
from storyline.errors import E002_UNKNOWN_NAME, UsageError
from storyline.eval.registry import EvalContext, Evaluator, MetricRow, evaluators

_SKIP = {"runner", "registry"}


def discover() -> dict[str, Evaluator]:
    """Import every module under storyline.eval (subpackages such as eval.public too) so they register."""
    for info in pkgutil.walk_packages(eval_pkg.__path__, prefix="storyline.eval."):
        if info.name.rsplit(".", 1)[-1] not in _SKIP:
            importlib.import_module(info.name)
    return evaluators()


def select(registered: dict[str, Evaluator], only: list[str] | None, fast: bool) -> list[Evaluator]:
    """Evaluators named in ``only`` (exact name or a dotted prefix such as "sample"), fast ones in CI mode."""
    chosen = sorted(registered.values(), key=lambda e: e.name)
    if only:
        unknown = [o for o in only if not any(e.name == o or e.name.startswith(o + ".") for e in chosen)]
        if unknown:
            raise UsageError(E002_UNKNOWN_NAME, kind="evaluator", name=unknown[0], known=", ".join(sorted(registered)))
        chosen = [e for e in chosen if any(e.name == o or e.name.startswith(o + ".") for o in only)]
    if fast:
        chosen = [e for e in chosen if e.fast]
    return chosen


def default_context(
    store_path: Path | None = None,
    samples_dir: Path | None = None,
    data_dir: Path | None = None,
    fast: bool = False,
    export: Path | None = None,
) -> EvalContext:
    """An EvalContext with defaults: ./samples, $STORYLINE_DATA_DIR or ../shared/data, ./storyline.duckdb."""
    env = os.environ.get("STORYLINE_DATA_DIR")
    options = {"export": str(export)} if export else {}
    return EvalContext(
        data_dir=data_dir or (Path(env) if env else Path.cwd().parent / "shared" / "data"),
        samples_dir=samples_dir or Path.cwd() / "samples",
        store_path=store_path or Path.cwd() / "storyline.duckdb",
        fast=fast,
        options=options,
    )


def run_eval(ctx: EvalContext, only: list[str] | None = None) -> list[MetricRow]:
    """Run the selected evaluators; an evaluator that fails yields an n/a row carrying the error."""
    rows: list[MetricRow] = []
    for ev in select(discover(), only, ctx.fast):
        try:
            rows.extend(ev.fn(ctx))
        except Exception as exc:  # one broken evaluator must not hide the others' figures
            rows.append(MetricRow(task=ev.name, dataset="-", split="-", metric="error", value=None,
                                  note=f"{type(exc).__name__}: {exc}"[:300]))
    return rows


def _value(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_table(rows: list[MetricRow]) -> str:
    """The eval table as plain text (rich layout, no colour codes)."""
    table = Table(show_lines=False, header_style="bold")
    for col, justify in (("task", "left"), ("dataset", "left"), ("split", "left"), ("metric", "left"),
                         ("value", "right"), ("n", "right"), ("anchor / note", "left")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for r in rows:
        extra = "; ".join(x for x in (r.anchor, r.note) if x)
        table.add_row(r.task, r.dataset, r.split, r.metric, _value(r.value), str(r.n), extra)
    # Render into a buffer: the caller decides where the text goes.
    console = Console(width=160, record=True, color_system=None, force_terminal=False, file=io.StringIO())
    console.print(table)
    return console.export_text()


def write_results(rows: list[MetricRow], path: Path) -> None:
    """Write rows as JSON ({"generated", "rows": [...]}) to ``path`` (e.g. eval/results.json)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "rows": [asdict(r) for r in rows]}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
