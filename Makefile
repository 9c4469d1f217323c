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
	$(BIN)/pip install --quiet -e '.[dev,neural]'
	touch $(STAMP)

run: install
	$(BIN)/alembic upgrade head
	$(BIN)/parallax demo --if-empty
	$(BIN)/parallax serve --host 127.0.0.1 --port 8000

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check app tests migrations scripts
	$(BIN)/ruff format --check app tests migrations scripts
	$(BIN)/mypy

bench: install
	$(BIN)/parallax bench --table

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts

.PHONY: test-postgres load load-postgres

# The suite against SQLite and a throwaway PostgreSQL server (as .ci/run does; needs root
# or sudo for the postgres user, and Debian's postgresql-15).
test-postgres: install
	eval "$$(python3 scripts/pg_throwaway.py start)"; \
	trap 'python3 scripts/pg_throwaway.py stop "$$PARALLAX_PG_DIR"' EXIT; \
	CI=true $(BIN)/pytest

# The load test: 8 writers x 50 uploads while 32 readers read for 30 s (see tests/load/run.py).
load: install
	$(BIN)/python -m tests.load.run

load-postgres: install
	eval "$$(python3 scripts/pg_throwaway.py start)"; \
	trap 'python3 scripts/pg_throwaway.py stop "$$PARALLAX_PG_DIR"' EXIT; \
	$(BIN)/python -m tests.load.run --postgres-server "$$PARALLAX_TEST_POSTGRES_URL" --workers 2
