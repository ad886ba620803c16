# Two commands for a fresh clone: `make serve` to preview, `make test` to check.
# Everything else (virtual environment, pinned packages, axe-core) is set up on demand.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Material for MkDocs prints an end-of-life banner on every run; it is not our build's output.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: help serve build check schema test test-fast lint bench audit urls new guide review clean format check-html lock properdocs

help:
	@echo "make serve   preview the site with live reload on http://127.0.0.1:8000/"
	@echo "make build   strict build of both languages into site/"
	@echo "make check   check the content and mkdocs.yml without building (about a second)"
	@echo "make schema  write the JSON Schemas of the front matter and data files into schemas/"
	@echo "make test    set up and run every test (unit, build, content, browser)"
	@echo "make test-fast  lint and the tests that need no build or browser (about a minute)"
	@echo "make lint    ruff (lint and format check) and mypy; ESLint and tsc for the JavaScript; make format applies the formatter"
	@echo "make check-html  the W3C Nu HTML Checker over the built site (needs Java)"
	@echo "make bench   build-time benchmark at 1x, 10x and 50x the content"
	@echo "make audit   Lighthouse scores for four page types"
	@echo "make urls    update the manifest of published URLs and anchors"
	@echo "make new TYPE=<type> ID=<id>   scaffold a page or data entry"
	@echo "make guide   regenerate the field tables in EDITING.md"
	@echo "make review  pages whose review is overdue or due within 60 days (KB_TODAY=YYYY-MM-DD to look ahead)"
	@echo "make properdocs  strict build with ProperDocs, the maintained fork of MkDocs 1.x"
	@echo "make lock    re-resolve requirements*.in into the hashed lock files (LOCK_ARGS=--upgrade for newer versions)"

# Python packages come only from the lock files, every one checked against its hash.
PIP_FLAGS := --quiet --disable-pip-version-check --require-hashes
PIP_INSTALL := $(BIN)/python -m pip install $(PIP_FLAGS)

$(VENV)/.site-installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -r requirements.txt
	@# hooks/ on the import path, as MkDocs puts it for the hook files: tools/ and tests
	@# import the content logic (knowledge/) without editing sys.path.
	echo "$(CURDIR)/hooks" > "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/kb-hooks.pth"
	touch $@

$(VENV)/.dev-installed: $(VENV)/.site-installed requirements-dev.txt
	$(PIP_INSTALL) -r requirements-dev.txt
	touch $@

# axe-core and vnu-jar from the lock file. --ignore-scripts: vnu-jar's install script would
# download a Java runtime from GitHub; the system's Java runs it (.ci/run installs it with apt).
node_modules/.npm-installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# mkdocs.yml is checked first: MkDocs' own message for a broken mkdocs.yml is not one line.
serve: $(VENV)/.site-installed
	@$(BIN)/python tools/check.py --config-only
	$(BIN)/mkdocs serve

build: $(VENV)/.site-installed
	@$(BIN)/python tools/check.py --config-only
	$(BIN)/mkdocs build --strict

# The build's checks of the content and the settings, without building (a pre-commit hook: EDITING.md).
check: $(VENV)/.site-installed
	@$(BIN)/python tools/check.py

# JSON Schemas of every page type and data file, from the content model (for editors' YAML tools).
schema: $(VENV)/.site-installed
	$(BIN)/python tools/schema.py

# Two parts: `make test-fast` (lint, then every test that builds no site and opens no
# browser: a verdict in about a minute), then the builds and browser tests on both cores.
test: test-fast node_modules/.npm-installed
	$(BIN)/python -m pytest -m "slow or browser" -n 2 --dist loadfile

# Lint, format check and types (settings in pyproject.toml); `make format` applies the formatter.
# Python: ruff and mypy; JavaScript: ESLint and a type check from the JSDoc (jsconfig.json).
lint: $(VENV)/.dev-installed node_modules/.npm-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	node_modules/.bin/eslint --max-warnings 0 .
	node_modules/.bin/tsc --project jsconfig.json

format: $(VENV)/.dev-installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The W3C Nu HTML Checker over every page of site/ (make test checks a fresh build the same way).
check-html: build node_modules/.npm-installed
	$(BIN)/python tools/html_check.py site

test-fast: lint
	$(BIN)/python -m pytest -m "not browser and not slow"

# Adds the URLs and anchors of new pages to urls.json (it never drops one).
urls: $(VENV)/.site-installed
	KB_UPDATE_URL_MANIFEST=1 $(BIN)/mkdocs build --strict

new: $(VENV)/.site-installed
	@test -n "$(TYPE)" -a -n "$(ID)" || { echo "usage: make new TYPE=<type> ID=<id> [SECTION=<docs folder>]"; exit 2; }
	$(BIN)/python tools/new.py $(TYPE) $(ID) $(SECTION)

bench: $(VENV)/.dev-installed
	$(BIN)/python tools/bench.py

audit: build $(VENV)/.dev-installed
	$(BIN)/python tools/audit.py

guide: $(VENV)/.site-installed
	$(BIN)/python tools/editor_guide.py

# Review dates: what is overdue or due within 60 days (a report; it never fails).
review: $(VENV)/.site-installed
	$(BIN)/python tools/review.py
# The lock files: every package, transitive ones included, pinned with the hashes of its
# files on PyPI, for any platform (--universal) and Python 3.11. --no-config: uv reads no
# local settings, so a machine's own package indexes cannot leak into the lock. uv keeps
# the pins it finds in the lock unless LOCK_ARGS says otherwise (--upgrade, --upgrade-package X).
LOCK := $(BIN)/uv pip compile --quiet --no-config --python-version 3.11 --universal --generate-hashes $(LOCK_ARGS)

lock: $(VENV)/.dev-installed
	$(LOCK) requirements.in -o requirements.txt
	$(LOCK) requirements-dev.in -o requirements-dev.txt
	$(LOCK) requirements-properdocs.in -o requirements-properdocs.txt

# The strict build with ProperDocs, the maintained fork of MkDocs 1.x, in its own
# environment (README, "A way out of MkDocs"); CI runs it so that the way stays open.
PROPERDOCS_VENV := .venv-properdocs
PROPERDOCS_INSTALL := $(PROPERDOCS_VENV)/bin/python -m pip install $(PIP_FLAGS)
$(PROPERDOCS_VENV)/.installed: requirements-properdocs.txt
	test -x $(PROPERDOCS_VENV)/bin/python || $(PYTHON) -m venv $(PROPERDOCS_VENV)
	$(PROPERDOCS_INSTALL) -r requirements-properdocs.txt
	echo "$(CURDIR)/hooks" > "$$($(PROPERDOCS_VENV)/bin/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/kb-hooks.pth"
	touch $@

properdocs: $(PROPERDOCS_VENV)/.installed
	$(PROPERDOCS_VENV)/bin/properdocs build --strict -d site-properdocs

clean:
	rm -rf site site-properdocs .pytest_cache tests/_output
