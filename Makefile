# Two commands for a new machine (see README.md): `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out

.PHONY: demo test lint unit install clean eval bench

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "storyline needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## The main job on the bundled sample corpus: ingest, all stages, JSON export, status.
demo: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/storyline run samples/corpus --store $(OUT)/demo.duckdb; test $$? -le 1
	$(BIN)/storyline export --store $(OUT)/demo.duckdb --format json --out $(OUT)/demo.json
	$(BIN)/storyline status --store $(OUT)/demo.duckdb --limit 10

## The whole test suite: lint, types, unit, property, end-to-end tests.
test: $(STAMP) lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks training samples
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/storyline eval

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
