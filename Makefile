# Two commands: `make demo` and `make test`. Each sets up .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export QT_API := pyside6

.PHONY: demo test check lint types boundaries venv clean bench package reliability translations translations-update

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "storeapp needs Python 3.11 or newer; '$(PYTHON)' is older or missing."; \
	  echo "Install Python 3.11+, then run: make $(MAKECMDGOALS) PYTHON=python3.11"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

# The compiled translations (resources/translations/*.qm, not committed) from the .ts sources,
# with the pseudo-locale regenerated; `translations-update` refreshes the .ts files from the code.
translations: $(STAMP)
	$(PY) -m storeapp.devtools.translations release

translations-update: $(STAMP)
	$(PY) -m storeapp.devtools.translations update

demo: $(STAMP) translations
	$(VENV)/bin/storeapp --demo

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

boundaries: $(STAMP)
	$(PY) -m storeapp.devtools.boundaries

# Types as configured in pyproject.toml ([tool.mypy]): strict on storeapp/core.
types: $(STAMP)
	$(PY) -m mypy

test: $(STAMP) lint types boundaries translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Before a commit: lint, types, boundaries and the fast tests (domain rules and the two
# databases, no server and no window), in a few minutes. `make test` still runs everything.
check: $(STAMP) lint types boundaries
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/unit tests/offline

# The reliability proofs with a bigger N (STOREAPP_RELIABILITY_SCALE, default 4; CI runs 1
# inside `make test`), then the table: test | runs | failures | figure (docs/reliability.md).
reliability: export STOREAPP_RELIABILITY_RESULTS := build/reliability/results.jsonl
reliability: $(STAMP)
	STOREAPP_RELIABILITY_REPORT=1 STOREAPP_RELIABILITY_SCALE=$${STOREAPP_RELIABILITY_SCALE:-4} \
	  QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/reliability; \
	  status=$$?; STOREAPP_RELIABILITY_SCALE=$${STOREAPP_RELIABILITY_SCALE:-4} \
	  $(PY) -m tests.reliability.results && exit $$status

bench: $(STAMP)
	$(PY) -m bench

# The frozen app (build/dist/storeapp/) and, on Debian/Ubuntu, its .deb (installer/package.py).
$(VENV)/.installed-package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	@touch $@

# PACKAGE_FLAGS="--compression fast" for a quicker, bigger .deb (tests); see installer/package.py.
package: $(VENV)/.installed-package
	$(PY) installer/package.py $(PACKAGE_FLAGS)

clean:
	rm -rf $(VENV) build dist *.egg-info
