"""End to end: `storyline run` on a folder in every format with broken files, then status and export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from storyline.export.schema import shipped
from tests.e2e.corpus import write_mixed_corpus

pytestmark = pytest.mark.slow


def cli(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the storyline CLI in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "storyline", *args], input=stdin.decode() if stdin else None, capture_output=True,
        text=True, timeout=300, env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, int], subprocess.CompletedProcess[str]]:
    root = tmp_path_factory.mktemp("mixed")
    expected = write_mixed_corpus(root / "in")
    store = root / "store.duckdb"
    result = cli("run", str(root / "in"), "--store", str(store), "--workers", "2", "--quiet")
    return root, store, expected, result


def test_run_ingests_good_files_records_bad_ones_and_exits_1(mixed_run: tuple) -> None:  # type: ignore[type-arg]
    _, store, _, result = mixed_run
    assert result.returncode == 1, result.stderr
    status = cli("status", "--store", str(store), "--limit", "100")
    assert status.returncode == 0
    for code in ("E101", "E102", "E106", "E107", "E109"):
        assert code in status.stdout, status.stdout


def test_json_export_is_valid_against_the_shipped_schema(mixed_run: tuple) -> None:  # type: ignore[type-arg]
    root, store, expected, _ = mixed_run
    out = root / "export.json"
    result = cli("export", "--store", str(store), "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(document, shipped())
    # The truncated gzip keeps the records before the damage; everything else is counted exactly.
    intact = [a for a in document["articles"] if "truncated" not in a["path"]]
    assert len(intact) == expected["articles"]
    assert len(document["errors"]) >= expected["errors"]
    by_path = {Path(a["path"]).name: a for a in document["articles"]}
    assert by_path["txt0.txt"]["outlet"] == "Nordwire"
    assert by_path["txt0.txt"]["published_source"] == "metadata"
    assert by_path["nested.txt"]["outlet"] == "Elbkurier"
    assert "„Zitat“ – Straße, 5 €." in by_path["cp1252.txt"]["raw_text"]
    languages = {a["language"] for a in document["articles"]}
    assert {"de", "en"} <= languages
    formats = {a["input_format"] for a in document["articles"]}
    assert {"txt", "html", "jsonl", "warc", "feed", "csv"} <= formats


def test_rerun_is_idempotent(mixed_run: tuple) -> None:  # type: ignore[type-arg]
    root, store, _, _ = mixed_run
    first = root / "first.jsonl"
    cli("export", "--store", str(store), "--format", "jsonl", "--out", str(first))
    again = cli("run", str(root / "in"), "--store", str(store), "--quiet")
    assert "unchanged, skipped" in again.stdout
    forced = cli("run", str(root / "in"), "--store", str(store), "--quiet", "--force")
    assert "0 unchanged" in forced.stdout
    second = root / "second.jsonl"
    cli("export", "--store", str(store), "--format", "jsonl", "--out", str(second))

    def records(path: Path) -> list[str]:
        return sorted(json.dumps(json.loads(line)["record"], sort_keys=True) for line in path.read_text().splitlines())

    assert records(first) == records(second)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_table_exports_write_one_file_per_table(mixed_run: tuple, fmt: str) -> None:  # type: ignore[type-arg]
    root, store, _, _ = mixed_run
    out = root / f"tables-{fmt}"
    result = cli("export", "--store", str(store), "--format", fmt, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert (out / f"articles.{fmt}").is_file()
    assert (out / f"errors.{fmt}").is_file()


def test_stdin_jsonl_is_read(tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    payload = b"".join(
        json.dumps({"title": f"T{i}", "text": f"Ein Artikel Nummer {i} mit etwas Text.", "url": f"https://x.example/{i}"}).encode()
        + b"\n"
        for i in range(5)
    )
    result = cli("run", "-", "--store", str(store), "--quiet", stdin=payload)
    assert result.returncode == 0, result.stderr
    assert "5 articles" in result.stdout


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert cli("run", str(tmp_path / "missing"), "--store", str(tmp_path / "s.duckdb")).returncode == 2
    assert cli("export", "--store", str(tmp_path / "s.duckdb"), "--format", "nope", "--out", "x").returncode == 2
    assert cli("run").returncode == 2


COMMANDS = ["run", "ingest", "status", "export", "show", "eval", "events", "storylines", "timeline", "entities", "quotes"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = cli(command, "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout
