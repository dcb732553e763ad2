# Every target sets itself up: it creates .venv and installs the project with its dev extra.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: help install generate check-generated lint lint-workflows typecheck validate-spec pytest test \
	test-pythons test-bounds demo bench fuzz drift clean

help:
	@echo "make demo             run the whole experiment lifecycle against the embedded fake server"
	@echo "make test             lint (code and workflows), type-check, validate the spec, check"
	@echo "                      generated code, run tests"
	@echo "make test-pythons     the suite under every supported Python found (.venv-3.x each)"
	@echo "make test-bounds      the suite with the lowest and the newest allowed httpx/attrs/dateutil"
	@echo "make generate         regenerate posthog_experiments_client/_generated from openapi/"
	@echo "make check-generated  fail if the committed generated code differs from a fresh generation"
	@echo "make bench            performance benchmarks (ratios against baselines measured in the same run)"
	@echo "make fuzz             long property-based fuzzing of every parse path"
	@echo "make drift SCHEMA=..  compare PostHog's published schema (file or URL) with openapi/;"
	@echo "                      DRIFT_ARGS=--whole-schema when SCHEMA is the whole /api/schema/"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(PY) scripts/generate.py
	$(PY) scripts/unasync.py

check-generated: $(STAMP)
	$(PY) scripts/generate.py --check
	$(PY) scripts/unasync.py --check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lint-workflows: $(STAMP)
	$(BIN)/actionlint

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --config-file pyproject.toml tests/typing

validate-spec: $(STAMP)
	$(PY) -m openapi_spec_validator openapi/posthog-experiments.yaml

pytest: $(STAMP)
	$(PY) -m pytest -q

test: lint lint-workflows typecheck validate-spec check-generated pytest

# MATRIX_ARGS: e.g. --light (leave out fuzzing and schemathesis), --versions 3.10,3.13, --require-all
test-pythons: $(STAMP)
	$(PY) scripts/matrix.py pythons $(MATRIX_ARGS)

test-bounds: $(STAMP)
	$(PY) scripts/matrix.py bounds $(MATRIX_ARGS)

# The demo needs only the runtime dependencies, so it gets a small venv of its own.
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed-stamp

$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install --quiet -e .
	@touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(DEMO_VENV)/bin/python scripts/demo.py

bench: $(STAMP)
	$(PY) -m benchmarks

fuzz: $(STAMP)
	FUZZ_EXAMPLES=5000 $(PY) -m pytest tests/fuzz -q

drift: $(STAMP)
	@test -n "$(SCHEMA)" || { echo "usage: make drift SCHEMA=path-or-url"; exit 2; }
	$(PY) scripts/spec_drift.py "$(SCHEMA)" $(DRIFT_ARGS)

clean:
	rm -rf $(VENV) .venv-* build dist .mypy_cache .ruff_cache
