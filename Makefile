# powtext: `make run` annotates the bundled corpus, `make test` runs the tests.
# Both set up .venv first from the hash-locked requirements (no network needed after that).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
INPUT ?= corpus
OUTPUT ?= out/annotations.jsonl

.PHONY: install run test lint bench eval clean lock

install: $(STAMP)

$(STAMP): requirements/main.txt requirements/dev.txt pyproject.toml examples/powtext-german/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps \
		-r requirements/main.txt -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	# The example language plugin (German): the tests show a fourth language end to end.
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e examples/powtext-german
	# Byte-compile once: where PYTHONDONTWRITEBYTECODE is set, every run would otherwise
	# recompile spaCy and friends (about a second of start-up).
	$(BIN)/python -m compileall -q -j 0 $(VENV)/lib src >/dev/null
	touch $(STAMP)

run: install
	$(BIN)/powtext run $(INPUT) --output $(OUTPUT)
	$(BIN)/powtext validate $(OUTPUT)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench

bench: install
	$(BIN)/python bench/bench_pipeline.py

eval: install
	$(BIN)/python bench/eval_langid.py
	$(BIN)/python bench/eval_numbers_dates.py
	$(BIN)/python bench/eval_ner.py

# Re-pin every dependency with hashes after editing requirements/*.in (needs the network).
lock:
	$(BIN)/python -m pip install --quiet uv
	cd requirements && ../$(BIN)/uv pip compile main.in --generate-hashes -o main.txt \
		&& ../$(BIN)/uv pip compile dev.in --generate-hashes -o dev.txt

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
