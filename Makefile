# One entry point for every task. Each target sets up .venv on first use and
# reinstalls only when pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
RAW    ?= raw
OUT    ?= out

.DEFAULT_GOAL := help
.PHONY: help export check collect test lint format bench golden render clean

help: ## List every target
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

export: $(STAMP) ## Parse, validate and write every deliverable for raw/ into out/
	$(BIN)/pipeline export $(RAW) --out $(OUT)

check: $(STAMP) ## Validate raw/ only; the exit code says valid (0) or not (1)
	$(BIN)/pipeline validate $(RAW)

collect: $(STAMP) ## Read returned department workbooks (RETURNS=dir) back into OUT/progress/
	@test -n "$(RETURNS)" || { echo "usage: make collect RETURNS=dir [ROUND=2026-12]"; exit 2; }
	$(BIN)/pipeline collect $(RETURNS) --out $(OUT) $(if $(ROUND),--round $(ROUND))

test: $(STAMP) ## Run the test suite
	$(BIN)/python -m pytest

lint: $(STAMP) ## Run ruff and mypy
	$(BIN)/ruff check pipeline schemas tests benchmarks
	$(BIN)/ruff format --check pipeline schemas tests benchmarks
	$(BIN)/mypy

format: $(STAMP) ## Format the code with ruff
	$(BIN)/ruff check --fix pipeline schemas tests benchmarks
	$(BIN)/ruff format pipeline schemas tests benchmarks

golden: $(STAMP) ## Regenerate the golden CSV/JSON files in tests/golden/
	$(BIN)/python -m tests.regenerate_golden

bench: $(STAMP) ## Benchmark the pipeline at corpus scale against a plain baseline
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

render: $(STAMP) ## Render out/'s workbooks to PDF and PNG with LibreOffice (out/render/)
	$(BIN)/python benchmarks/render.py $(OUT)

clean: ## Remove .venv, generated output and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
	find $(OUT) -mindepth 1 ! -name README.md ! -name .gitignore -exec rm -rf {} +
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
