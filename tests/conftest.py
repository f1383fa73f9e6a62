"""Shared fixtures: where the public data lies, and a small mixed-format corpus written by the tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def data_dir() -> Path:
    """The shared labelled data (../shared/data beside the repo, or $STORYLINE_DATA_DIR)."""
    return Path(os.environ.get("STORYLINE_DATA_DIR", REPO.parent / "shared" / "data"))


@pytest.fixture
def shared_data() -> Path:
    """The shared data folder; skips the test when it is not there."""
    path = data_dir()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path}")
    return path
