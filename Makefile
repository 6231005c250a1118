# Two commands for a fresh machine with Python 3.11+:
#   make demo   — set up .venv and scan the bundled sample documents
#   make test   — set up .venv and run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test setup clean evaluate lexicon-check benchmark samples screenshot

$(BIN)/policyscan: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

setup: $(BIN)/policyscan

demo: setup
	$(BIN)/policyscan scan sample_docs/

test: setup
	$(BIN)/python -m pytest

evaluate: setup
	$(BIN)/policyscan evaluate evaluation/dev.jsonl
	$(BIN)/policyscan evaluate evaluation/heldout.jsonl --errors 0

lexicon-check: setup
	$(BIN)/policyscan lexicon check

samples: setup
	$(BIN)/python scripts/build_sample_docs.py

# Refresh the README's picture of the HTML report (needs Chromium: apt-get install chromium).
screenshot: setup
	POLICYSCAN_SCREENSHOT=docs/img/html-report.png $(BIN)/python -m pytest -q tests/test_browser.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
