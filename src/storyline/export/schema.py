"""The JSON Schema of the JSON export, shipped as ``resources/export.schema.json``.

Regenerate after changing model.py: ``python -m storyline.export.schema`` (a test fails when the
shipped file and the model disagree).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.model import SCHEMA_VERSION, ExportDocument

SCHEMA_FILE = "export.schema.json"


def generate() -> dict[str, Any]:
    """The schema as derived from the model."""
    schema = ExportDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://storyline.invalid/schema/export-{SCHEMA_VERSION}.json"
    return schema


def shipped() -> dict[str, Any]:
    """The schema file shipped in the package."""
    text = resources.files("storyline.resources").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def write(path: Path | None = None) -> Path:
    """Write the generated schema into the package resources (or ``path``)."""
    target = path or Path(str(resources.files("storyline.resources").joinpath(SCHEMA_FILE)))
    target.write_text(json.dumps(generate(), indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write())
