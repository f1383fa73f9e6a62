"""Shared fixtures: the samples/ build code on sys.path and a corpus built from the test storylines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SAMPLES = REPO / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

if str(SAMPLES) not in sys.path:
    sys.path.insert(0, str(SAMPLES))


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """samples/build.py run on tests/unit/samples/fixtures/storylines into a temp folder."""
    import build  # samples/build.py

    out = tmp_path_factory.mktemp("fixture_build")
    build.build(SAMPLES / "source", out, FIXTURES / "storylines")
    return out
