# Two commands do everything on a fresh machine:
#   make sample   install kazkg into .venv and build the graph of the sample briefs
#   make test     install, then lint, type-check and run every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: sample test install browser lint clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(BIN)/kg

install: $(BIN)/kg

sample: install
	$(BIN)/kg build data/briefs/seed.txt --out output

# Browser tests need Debian's chromium and chromium-driver; install them when missing.
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
			|| echo "warning: could not install chromium; browser tests will be skipped"; \
		else echo "warning: chromium missing and cannot be installed here; browser tests will be skipped"; fi; \
	fi

lint: install
	$(BIN)/ruff check kg tests bench cli.py
	$(BIN)/ruff format --check kg tests bench cli.py
	$(BIN)/mypy

test: install browser lint
	$(BIN)/python -m pytest

clean:
	rm -rf output/store output/graph.* .pytest_cache .mypy_cache .ruff_cache
