# The two commands: `make book` builds everything (creating .venv on first use), `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: book test help clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' Makefile | sed 's/:.*## /\t/'

book: $(STAMP)  ## create .venv if needed, run the pipeline, build the book into _build/html
	$(BIN)/vnhealth build
	@bash tools/ensure_chromium.sh && $(BIN)/python tools/screenshots.py || echo "screenshots skipped: no chromium (apt-get install chromium)"

test: $(STAMP)  ## run the whole test suite
	$(BIN)/python -m pytest

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

clean:  ## remove built files (keeps .venv)
	rm -rf _build generated
