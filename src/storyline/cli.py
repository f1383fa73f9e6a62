"""The command line: thin verbs over :mod:`storyline.api`, with progress, clear errors and exit codes.

Exit codes (DESIGN.md §4): 0 ok; 1 some inputs failed (recorded, the rest done) or the store could
not be used; 2 usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline import __version__, api
from storyline.engine.pipeline import Progress as RunProgress
from storyline.engine.pipeline import RunSummary
from storyline.errors import StorylineError, UsageError
from storyline.settings import DEFAULT_STORE, RunSettings

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def store_option(fn: F) -> F:
    """The `--store PATH` option shared by every command."""
    return click.option(
        "--store", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_STORE, show_default=True,
        envvar="STORYLINE_STORE", help="The DuckDB store file (created on first run).",
    )(fn)


@contextmanager
def handle_errors() -> Iterator[None]:
    """Turn storyline errors into a one-line message and the right exit code."""
    try:
        yield
    except UsageError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        sys.exit(EXIT_USAGE)
    except StorylineError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        sys.exit(EXIT_FAILED)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
def main() -> None:
    """storyline: turn a pile or a stream of news articles into a sourced picture of the stories in them.

    Start with `storyline run FOLDER`, then `storyline status` and `storyline export --format json --out FILE`.
    """


def _run_options(fn: F) -> F:
    options = [
        click.argument("inputs", nargs=-1, required=True),
        store_option,
        click.option("--workers", type=click.IntRange(1, 64), default=None, help="Worker processes [default: CPU count]."),
        click.option("--field", "fields", multiple=True, metavar="OURS=THEIRS",
                     help="Map an input field for JSON/CSV input, e.g. --field text=body (repeatable)."),
        click.option("--max-file-mb", type=click.IntRange(1, 4096), default=None,
                     help="Skip (and record) files larger than this [default: 20]."),
        click.option("--force", is_flag=True, help="Re-read inputs even when unchanged since the last run."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar; only errors and the summary line."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _settings(store: Path, workers: int | None, fields: Sequence[str], max_file_mb: int | None) -> RunSettings:
    return RunSettings().with_overrides(
        store=store, workers=workers, field_map=api.parse_field_map(fields) if fields else None,
        max_file_bytes=max_file_mb * 1024 * 1024 if max_file_mb else None,
    )


class _Bar:
    """A rich progress bar fed by the pipeline's progress callback."""

    def __init__(self, enabled: bool) -> None:
        self.progress = Progress(
            TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[info]}"),
            TimeElapsedColumn(), console=err, disable=not enabled, transient=False,
        )
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, p: RunProgress) -> None:
        if p.phase not in self.tasks:
            self.tasks[p.phase] = self.progress.add_task(p.phase, total=p.total, info="")
        task = self.tasks[p.phase]
        elapsed = self.progress.tasks[task].elapsed or 0.0
        rate = f"{p.articles / elapsed:,.0f} articles/s" if elapsed > 0.5 and p.articles else ""
        info = p.detail or f"{p.articles:,} articles, {p.errors:,} errors {rate}"
        self.progress.update(task, completed=p.done, total=p.total, info=info)


def _print_summary(summary: RunSummary, store: Path) -> None:
    s = summary
    out.print(
        f"{s.articles:,} articles from {s.inputs_read:,} inputs ({s.inputs_unchanged:,} unchanged, skipped); "
        f"{s.errors:,} input errors; stages ran on {s.stage_articles:,} articles ({s.stage_errors:,} errors) "
        f"→ {escape(str(store))}"
    )
    if s.errors_by_code:
        codes = ", ".join(f"{code}×{n}" for code, n in sorted(s.errors_by_code.items()))
        out.print(f"errors by code: {codes}; list them with: storyline status --store {escape(str(store))}")


def _do_run(inputs: Sequence[str], store: Path, workers: int | None, fields: Sequence[str],
            max_file_mb: int | None, force: bool, quiet: bool, stages: bool, recluster: bool = False) -> None:
    with handle_errors():
        settings = _settings(store, workers, fields, max_file_mb)
        bar = _Bar(enabled=not quiet)
        stdin = sys.stdin.buffer if "-" in inputs else None
        with bar.progress:
            summary = api.run(inputs, settings=settings, progress=bar, stdin=stdin, force=force, stages=stages,
                              recluster=recluster)
        _print_summary(summary, store)
    sys.exit(EXIT_FAILED if summary.errors or summary.stage_errors else EXIT_OK)


@main.command()
@_run_options
@click.option("--recluster", is_flag=True, help="Rebuild events from scratch instead of adding to them (streaming).")
def run(inputs: tuple[str, ...], store: Path, workers: int | None, fields: tuple[str, ...],
        max_file_mb: int | None, force: bool, quiet: bool, recluster: bool) -> None:
    """Ingest INPUTS (files, folders, archives, or - for JSON Lines on stdin) and run every stage.

    Incremental: unchanged inputs are skipped and stages rerun only where their version changed,
    so an interrupted run is finished by running it again.
    """
    _do_run(inputs, store, workers, fields, max_file_mb, force, quiet, stages=True, recluster=recluster)


@main.command()
@_run_options
def ingest(inputs: tuple[str, ...], store: Path, workers: int | None, fields: tuple[str, ...],
           max_file_mb: int | None, force: bool, quiet: bool) -> None:
    """Only read INPUTS into the store; `storyline run` later runs the stages on them."""
    _do_run(inputs, store, workers, fields, max_file_mb, force, quiet, stages=False)


@main.command()
@store_option
@click.option("--limit", type=int, default=50, show_default=True, help="Show at most this many errors.")
def status(store: Path, limit: int) -> None:
    """Show what the store holds: articles by language and format, stages, and every recorded error."""
    with handle_errors():
        st = api.status(store)
    counts = st.counts
    out.print(f"store {escape(str(st.path))}: {counts['articles']:,} articles from {counts['inputs']:,} inputs")
    for key in ("by_language", "by_format", "stages", "corpus_records", "errors_by_code"):
        values = counts.get(key) or {}
        if isinstance(values, dict) and values:
            out.print(f"  {key.replace('_', ' ')}: " + ", ".join(f"{escape(str(k))} {v:,}" for k, v in values.items()))
    if st.last_run:
        out.print(f"  last run: {st.last_run['finished']} ({st.last_run['status']})")
    if st.errors:
        table = Table("code", "file", "position", "message", "what to do", title=f"{len(st.errors)} recorded errors")
        for e in st.errors[:limit]:
            table.add_row(e.code, escape(e.path), escape(e.position or ""), escape(e.message), escape(e.hint))
        out.print(table)
        if len(st.errors) > limit:
            out.print(f"… {len(st.errors) - limit} more; see them all with --limit {len(st.errors)}")


@main.command()
@store_option
@click.option("--format", "fmt", required=True, help="json, jsonl, csv, parquet (csv/parquet write a folder of tables).")
@click.option("--out", "out_path", required=True, type=click.Path(path_type=Path), help="Output file (or folder).")
def export(store: Path, fmt: str, out_path: Path) -> None:
    """Export the store: every article, duplicate, source, event, storyline, claim and error."""
    with handle_errors():
        result = api.export(fmt, out_path, store=store)
    counts = ", ".join(f"{k} {v:,}" for k, v in result.counts.items())
    out.print(f"wrote {escape(str(result.path))} ({result.format}): {counts}")


@main.command()
@store_option
@click.argument("article_id")
@click.option("--removed", is_flag=True, help="Also list every removed line with its reason.")
def show(store: Path, article_id: str, removed: bool) -> None:
    """Print one article (ARTICLE_ID or a unique prefix): metadata and clean text."""
    from storyline.clean import format_article
    from storyline.dedup import copies_summary
    from storyline.model import DuplicateLink, SourceAttribution

    with handle_errors():
        article = api.get_article(article_id, store=store)
        db = api.Store(store)
        links = [link for link in db.iter_corpus_records("duplicate", DuplicateLink) if article.id in (link.a, link.b)]
        sources = [s for s in db.iter_corpus_records("source", SourceAttribution) if s.article_id == article.id]
    out.print(format_article(article, removed=removed), markup=False)
    out.print()
    out.print(copies_summary(article.id, links, sources), markup=False)


def _open_store(store: Path) -> api.Store:
    db = api.Store(store)
    db.counts()  # fails early with E304 when there is no store
    return db


@main.command()
@store_option
def events(store: Path) -> None:
    """List the events: date, label, articles and outlets."""
    from storyline.cluster import format_events

    with handle_errors():
        text = format_events(_open_store(store))
    out.print(text, markup=False)


@main.command()
@store_option
def storylines(store: Path) -> None:
    """List the storylines with their events."""
    from storyline.cluster import format_storylines

    with handle_errors():
        text = format_storylines(_open_store(store))
    out.print(text, markup=False)


@main.command()
@store_option
@click.argument("storyline_id")
def timeline(store: Path, storyline_id: str) -> None:
    """Print the timeline of STORYLINE_ID (or a unique prefix): date, event, articles, outlets, first report."""
    from storyline.cluster import format_timeline

    with handle_errors():
        text = format_timeline(_open_store(store), storyline_id)
    out.print(text, markup=False)


@main.command()
@store_option
@click.option("--limit", type=int, default=30, show_default=True, help="How many entities to list.")
def entities(store: Path, limit: int) -> None:
    """The most mentioned people, organisations and places, with their name variants."""
    from storyline.extract.entities import top_entities

    with handle_errors():
        rows = top_entities(_open_store(store).iter_articles(), limit)
    table = Table("entity", "type", "mentions", "articles", "variants", "id")
    for row in rows:
        table.add_row(escape(row.canonical_name), row.type, str(row.count), str(row.articles),
                      escape(", ".join(row.variants[:6])), row.entity_id)
    out.print(table)


@main.command()
@store_option
@click.option("--speaker", default=None, help="Only quotes of this speaker (full name or surname).")
@click.option("--limit", type=int, default=50, show_default=True, help="Show at most this many quotes.")
def quotes(store: Path, speaker: str | None, limit: int) -> None:
    """Who said what: quotes with speaker, cue and article."""
    from storyline.extract.quotes import find_quotes

    with handle_errors():
        found = find_quotes(_open_store(store).iter_articles(), speaker)
    for article, quote in found[:limit]:
        who = quote.speaker_text or quote.speaker_entity_id or "?"
        kind = "direct" if quote.direct else "indirect"
        line = f"{who} ({kind}, {quote.cue or '-'}): {quote.text}  [{article.id} {article.outlet or ''}]"
        out.print(line, markup=False)
    out.print(f"{len(found)} quotes" + (f", first {limit} shown" if len(found) > limit else ""))


@main.command("eval")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path), default=Path("eval/samples.duckdb"),
              show_default=True, help="Store built from the sample corpus (built first when missing).")
@click.option("--samples", type=click.Path(file_okay=False, path_type=Path), default=Path("samples"), show_default=True,
              help="The sample corpus folder (corpus/ and gold/).")
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Public data sets [default: $STORYLINE_DATA_DIR or ../shared/data].")
@click.option("--only", multiple=True, help="Run only these evaluators (name or prefix, repeatable).")
@click.option("--fast", is_flag=True, help="The quick subset CI runs (smaller samples of the public sets).")
@click.option("--rebuild", is_flag=True, help="Delete the sample store and build it again (after a code change).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("eval/results.json"),
              show_default=True, help="Where to write the results as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def eval_command(store: Path, samples: Path, data: Path | None, only: tuple[str, ...], fast: bool, rebuild: bool,
                 out_path: Path, quiet: bool) -> None:
    """Measure quality: the sample corpus gold (dev and held-out) and the public data sets.

    Prints one table (stages not built yet show n/a) and writes the figures as JSON.
    """
    from storyline.eval.runner import default_context, format_table, run_eval, write_results

    with handle_errors():
        if rebuild or not store.exists():
            store.parent.mkdir(parents=True, exist_ok=True)
            # A run into an existing store is incremental (stages at the same version are skipped), so a
            # rebuild after a code change must start from an empty store to measure the new code.
            for stale in (store, store.with_name(store.name + ".wal")):
                stale.unlink(missing_ok=True)
            bar = _Bar(enabled=not quiet)
            with bar.progress:
                api.run([str(samples / "corpus")], store=store, progress=bar)
        ctx = default_context(store_path=store, samples_dir=samples, data_dir=data, fast=fast)
        rows = run_eval(ctx, list(only) or None)
    out.print(format_table(rows), markup=False)
    write_results(rows, out_path)
    out.print(f"wrote {escape(str(out_path))}")


if __name__ == "__main__":
    main()
