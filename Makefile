# The README's commands. `make run` and `make test` are the whole set-up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint demo bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/alembic upgrade head
	$(BIN)/parallax demo --if-empty
	$(BIN)/parallax serve --host 127.0.0.1 --port 8000

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check app tests migrations
	$(BIN)/mypy

bench: install
	$(BIN)/parallax bench --table

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts
