# Two commands for a fresh clone: `make serve` to preview, `make test` to check.
# Everything else (virtual environment, pinned packages, axe-core) is set up on demand.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Material for MkDocs prints an end-of-life banner on every run; it is not our build's output.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: help serve build test test-fast lint bench audit urls new guide clean format

help:
	@echo "make serve   preview the site with live reload on http://127.0.0.1:8000/"
	@echo "make build   strict build of both languages into site/"
	@echo "make test    set up and run every test (unit, build, content, browser)"
	@echo "make lint    ruff (lint and format check); make format applies the formatter"
	@echo "make bench   build-time benchmark at 1x, 10x and 50x the content"
	@echo "make audit   Lighthouse scores for four page types"
	@echo "make urls    update the manifest of published URLs and anchors"
	@echo "make new TYPE=<type> ID=<id>   scaffold a page or data entry"
	@echo "make guide   regenerate the field tables in EDITING.md"

$(VENV)/.site-installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@# hooks/ on the import path, as MkDocs puts it for the hook files: tools/ and tests
	@# import the content logic (knowledge/) without editing sys.path.
	echo "$(CURDIR)/hooks" > "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/kb-hooks.pth"
	touch $@

$(VENV)/.dev-installed: $(VENV)/.site-installed requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/.axe-installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve

build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict

test: lint node_modules/.axe-installed
	$(BIN)/python -m pytest

# Lint and format check (settings in pyproject.toml); `make format` applies the formatter.
lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev-installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test-fast: $(VENV)/.dev-installed
	$(BIN)/python -m pytest -m "not browser and not slow"

# Adds the URLs and anchors of new pages to urls.json (it never drops one).
urls: $(VENV)/.site-installed
	KB_UPDATE_URL_MANIFEST=1 $(BIN)/mkdocs build --strict

new: $(VENV)/.site-installed
	@test -n "$(TYPE)" -a -n "$(ID)" || { echo "usage: make new TYPE=<type> ID=<id> [SECTION=<docs folder>]"; exit 2; }
	$(BIN)/python tools/new.py $(TYPE) $(ID) $(SECTION)

bench: $(VENV)/.site-installed
	$(BIN)/python tools/bench.py

audit: build $(VENV)/.dev-installed
	$(BIN)/python tools/audit.py

guide: $(VENV)/.site-installed
	$(BIN)/python tools/editor_guide.py

clean:
	rm -rf site .pytest_cache tests/_output
