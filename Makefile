# quotearchive: the targets read like the README.
#   make serve   set up everything, ingest seeds/, serve on 127.0.0.1:$(PORT)
#   make test    set up everything, run the test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8001
DB ?= data/quotes.db
SHARED ?= ../shared

.PHONY: install data serve test eval eval-html bench bench-db browser clean

install: $(VENV)/.installed

# Re-install whenever pyproject.toml changes; the stamp keeps `make` cheap otherwise.
$(VENV)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

data: install
	@mkdir -p $(dir $(DB))
	$(BIN)/quotearchive ingest $(DB) seeds/

serve: data
	$(BIN)/quotearchive serve $(DB) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/python -m quotearchive.evaluation $(SHARED)/corpora/bbc-gold-dev.jsonl --corpus $(SHARED)/corpora/bbc --misses

clean:
	rm -rf $(VENV) data/*.db data/*.db-* .pytest_cache
