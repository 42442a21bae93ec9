# quotearchive: the targets read like the README.
#   make serve   set up everything, ingest seeds/, serve on 127.0.0.1:$(PORT)
#   make test    set up everything, run the test suite
SHELL := /bin/bash
# The interpreter the virtualenv is built from: Debian's own CPython 3.11 where it can make one
# (built with profile-guided optimisation and LTO, it ingests the BBC corpus in ~17% less CPU
# than the unoptimised build pyenv compiles, the same wheels and the same output:
# docs/scaling.md), else the first python3 on PATH.  `make install PYTHON=...` overrides it.
PYTHON ?= $(shell /usr/bin/python3.11 -c 'import ensurepip, venv' 2>/dev/null && echo /usr/bin/python3.11 || echo python3)
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8001
DB ?= data/quotes.db
SHARED ?= ../shared
# adbar/htmldate's tests/ folder (public; dates only), fetched beside the shared corpora; skipped if absent.
HTMLDATE_EVAL ?= $(SHARED)/../htmldate-eval/tests
# A checkout of flairNLP/fundus (only its tests/resources/parser/test_data is read): a third date set.
FUNDUS_EVAL ?= $(SHARED)/../fundus-eval/checkout
# A checkout of postlight/parser (Mercury; its fixtures/ and per-site tests): titles, dates and bylines.
MERCURY_EVAL ?= $(SHARED)/../mercury-eval/checkout
# A checkout of smallrivers/snacktory at skyshard-master (b489095): titles, dates and bylines, split by outlet.
SNACKTORY_EVAL ?= $(SHARED)/../snacktory-eval/checkout

.PHONY: install data serve test eval eval-html bench bench-db browser clean readme

# An editable install leaves the package's own bytecode unwritten, and where
# PYTHONDONTWRITEBYTECODE is set (this project's machines) every run, and every
# ingest worker, compiled the sources again: ~0.1 s of CPU an ingest. compileall
# skips what is up to date, so this costs ~50 ms when nothing changed.
install: $(VENV)/.installed
	@$(BIN)/python -m compileall -q src

# Re-install whenever pyproject.toml changes; the stamp keeps `make` cheap otherwise.
$(VENV)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,parse,tagger,export]'
	touch $@

data: install
	@mkdir -p $(dir $(DB))
	$(BIN)/quotearchive ingest $(DB) seeds/

serve: data
	$(BIN)/quotearchive serve $(DB) --port $(PORT)

test: install browser
	$(BIN)/python -m pytest -q

# The UI tests drive Debian's Chromium; install it where we can (root + apt),
# otherwise those tests skip with a message saying why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "note: could not install chromium; browser tests will be skipped"; \
	  else echo "note: chromium not found and cannot be installed here; browser tests will be skipped"; fi; }

eval: install
	@test -d $(SHARED)/corpora || { echo "make $@ reads the research corpora in $(SHARED)/corpora, which is not there (SHARED=/path/to/shared)"; exit 2; }
	$(BIN)/python -m quotearchive.tools.evaluation $(SHARED)/corpora/bbc-gold-dev.jsonl --corpus $(SHARED)/corpora/bbc --misses --polnear $(SHARED)/corpora/polnear --check --parse-off
	$(if $(wildcard $(SHARED)/corpora/html/INDEX.tsv),$(BIN)/python -m quotearchive.tools.evaluation_web $(SHARED)/corpora/html --parse-off,@echo "web pages: skipped, $(SHARED)/corpora/html is not there")
	$(BIN)/python -m quotearchive.tools.evaluation_web --train --parse-off $(if $(wildcard $(FUNDUS_EVAL)/tests/resources/parser/test_data),--fundus $(FUNDUS_EVAL)) \
	  $(if $(wildcard $(MERCURY_EVAL)/fixtures),--mercury $(MERCURY_EVAL)) $(if $(wildcard $(HTMLDATE_EVAL)/eval_default.json),--htmldate $(HTMLDATE_EVAL))
	$(BIN)/python -m quotearchive.tools.evaluation_reported $(SHARED)/corpora/polnear
	$(BIN)/python -m quotearchive.tools.evaluation_topics --bbc $(SHARED)/corpora/bbc --reuters $(SHARED)/corpora/reuters

eval-html: install
	@test -d $(SHARED)/corpora || { echo "make $@ reads the research corpora in $(SHARED)/corpora, which is not there (SHARED=/path/to/shared)"; exit 2; }
	$(BIN)/python -m quotearchive.tools.evaluation_html $(SHARED)/corpora/html $(if $(wildcard $(HTMLDATE_EVAL)/eval_default.json),--htmldate $(HTMLDATE_EVAL)) \
	  $(if $(wildcard $(FUNDUS_EVAL)/tests/resources/parser/test_data),--fundus $(FUNDUS_EVAL)) \
	  $(if $(wildcard $(MERCURY_EVAL)/src/extractors/custom),--mercury $(MERCURY_EVAL)) \
	  $(if $(wildcard $(SNACKTORY_EVAL)/src/test/java/de/jetwick/snacktory/ArticleTextExtractorTest.java),--snacktory $(SNACKTORY_EVAL))

# Benchmarks (issue 5; not tests, nothing is asserted): ingest ratio to the
# sqlite-utils floor, articles/s, peak memory, and search latencies over HTTP
# against the database bench-db builds (docs/scaling.md explains the figures).
BENCH_DB ?= bench/quotes-1m.db
BENCH_QUOTES ?= 1000000

bench: install
	@test -d $(SHARED)/corpora || { echo "make $@ reads the research corpora in $(SHARED)/corpora, which is not there (SHARED=/path/to/shared)"; exit 2; }
	QUOTEARCHIVE_SHARED=$(SHARED) $(BIN)/python -m quotearchive.tools.bench all --db $(BENCH_DB) --json bench/figures.json

bench-db: install $(BENCH_DB)

$(BENCH_DB):
	@mkdir -p $(dir $(BENCH_DB))
	QUOTEARCHIVE_SHARED=$(SHARED) $(BIN)/python -m quotearchive.tools.benchdb $(BENCH_DB) --quotes $(BENCH_QUOTES)

clean:
	rm -rf $(VENV) data/*.db data/*.db-* .pytest_cache

# Regenerate the README's --help text and schema from the code.
readme: install
	$(BIN)/cog -r README.md
