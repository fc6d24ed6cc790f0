# govtimeline: two commands for a fresh machine (Python 3.11+ and the package index).
#   make demo   rebuild the timeline of the bundled example articles, write report and charts
#   make test   ruff, mypy, the import contracts and the default test suite (slow tests skipped)
#   make test-slow   the tests marked slow (fuzzing, notebooks, ten-megabyte inputs); CI runs both
#   make test-all    everything in one go (.ci/run runs test, then test-slow)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= build/demo

.PHONY: demo test test-slow test-all lint typecheck pytest pytest-all bench clean venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-model: $(BIN)/python requirements/spacy-model.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/spacy-model.txt
	touch $@

$(VENV)/.installed-base: $(BIN)/python pyproject.toml $(VENV)/.installed-model
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml $(VENV)/.installed-model
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

venv: $(VENV)/.installed-base

demo: $(VENV)/.installed-base
	$(BIN)/python -m govtimeline demo --out $(OUT)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

pytest: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q -m "not slow"

test: lint typecheck pytest

test-slow: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q -m slow

pytest-all: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

test-all: lint typecheck pytest-all

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/linearity.py

clean:
	rm -rf $(VENV) build .mypy_cache .pytest_cache .ruff_cache .hypothesis

.PHONY: gallery
gallery: $(VENV)/.installed-base  # redraw every image of docs/gallery.md from the code
	$(BIN)/python docs/gallery.py
