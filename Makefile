# Everything runs from .venv, which the first target that needs it creates from a bare
# Python >= 3.11. Nothing else has to be installed by hand.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Re-install when the project's metadata changes.
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install demo generate check-generated lint typecheck pytest test docs install-matrix record soak soak-distributed bench clean

help:
	@echo "make demo              a full POS sale on BonifiQ and Gameball, on an embedded sandbox"
	@echo "make test              check-generated + lint + typecheck + pytest (what CI runs)"
	@echo "make docs              the documentation site (guides and API reference) into build/site/"
	@echo "make record            re-record the cassettes from a fresh sandbox"
	@echo "make soak              10,000 randomized POS sales under faults, reconciled (SEED=N to replay)"
	@echo "make soak-distributed  5,000 sales by 4 worker processes over one PostgreSQL journal, SIGKILLed mid-run"
	@echo "make bench             benchmarks, written to bench/results.md"
	@echo "make generate          regenerate generated/ from specs/"
	@echo "make check-generated   fail if generated/ differs from what specs/ produce"
	@echo "make install-matrix    the wheel in fresh venvs: core only, + [cli], [testing] (part of pytest)"
	@echo "make lint | typecheck | pytest"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required (set PYTHON=...)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/loyaltykit demo

generate: $(STAMP)
	$(BIN)/python scripts/generate.py

check-generated: $(STAMP)
	$(BIN)/python scripts/generate.py --check

lint: $(STAMP)
	$(BIN)/ruff check src scripts tests bench docs
	$(BIN)/ruff format --check src scripts tests bench docs

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

test: check-generated lint typecheck pytest

# Strict (mkdocs.yml): a broken link, anchor or cross-reference fails it (not with -q, which
# hides the warnings strict mode counts). Offline once .venv exists. tests/test_docs.py builds
# the same site, so `make pytest` checks it too.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build
	@echo "open build/site/index.html"

# The built wheel in fresh venvs (core only, core + [cli], [testing]); `make pytest` runs it too.
install-matrix: $(STAMP)
	$(BIN)/pytest tests/test_packaging.py -q

# Cassettes are replayed by `make test`; this re-records them from a fresh sandbox (fixed
# port and seed) and scrubs secrets and personal data on the way (loyaltykit.testing).
record: $(STAMP)
	LOYALTYKIT_RECORD=1 $(BIN)/pytest tests/replay --record-mode=rewrite -p no:cacheprovider -q

# SEED=N replays a run (default: a random one, printed); SALES, WORKERS and ONLY=17,42 as run.py's options.
SALES ?= 10000
soak: $(STAMP)
	$(BIN)/python tests/soak/run.py --sales $(SALES) $(if $(SEED),--seed $(SEED)) $(if $(WORKERS),--workers $(WORKERS)) $(if $(ONLY),--only $(ONLY))

# The same sales on worker processes over one PostgreSQL journal, as run_distributed.py's options:
# SEED=N, SALES (default 5000 here), WORKERS (processes, 4), KILLS (SIGKILLed mid-run, 6), ONLY=17,42.
soak-distributed: $(STAMP)
	$(BIN)/python tests/soak/run_distributed.py --sales $(if $(filter file,$(origin SALES)),5000,$(SALES)) $(if $(SEED),--seed $(SEED)) $(if $(WORKERS),--workers $(WORKERS)) $(if $(KILLS),--kills $(KILLS)) $(if $(ONLY),--only $(ONLY))

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
