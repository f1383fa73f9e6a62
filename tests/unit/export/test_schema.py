"""The shipped JSON Schema of the export matches the model, and exports validate against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from storyline.export import exporters, get_exporter
from storyline.export.schema import generate, shipped
from storyline.model import Article, Line
from storyline.store.db import Store, UnitResult


def test_shipped_schema_equals_the_one_generated_from_the_model() -> None:
    assert shipped() == json.loads(json.dumps(generate())), "run: python -m storyline.export.schema"


def test_json_export_of_a_small_store_validates(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    article = Article(
        id="a1", path="x.txt", raw_text="Zeile eins\nLesen Sie auch: anderes", title="Titel",
        lines=[Line(index=0, text="Zeile eins"), Line(index=1, text="Lesen Sie auch: anderes", kept=False, reason="read_also")],
    )
    store.write_units([UnitResult(unit="x", articles=[article])])
    out = tmp_path / "out.json"
    result = get_exporter("json")(store, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(document, shipped())
    assert result.counts["articles"] == 1
    assert document["articles"][0]["lines"][1]["reason"] == "read_also"


def test_the_contract_formats_are_registered() -> None:
    assert {"json", "jsonl", "csv", "parquet"} <= set(exporters())
