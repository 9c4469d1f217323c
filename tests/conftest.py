"""Shared fixtures: every test gets a fresh SQLite file built by the migrations.

The storage, API and migration tests (POSTGRES_MODULES) also run against PostgreSQL:
their ``settings`` fixture is parametrised over ``sqlite`` and ``postgres``, and the
``postgres`` variant gets a fresh database on the server named by
PARALLAX_TEST_POSTGRES_URL (``.ci/run`` starts a throwaway one with
scripts/pg_throwaway.py). Without that URL those variants are skipped, except in CI
(CI=true), where a missing server is a failure.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, text
from sqlmodel import Session, select

from app.cli import migrate
from app.config import Settings
from app.main import create_app
from app.models import Article, Claim, ClaimMember, Outlet, Statement, Story
from app.services import search_index
from tests.load.server import fresh_postgres_database

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEMO = REPO / "app" / "demo"
SEED_EXPECTED = json.loads((Path(__file__).parent / "data" / "seed_expected.json").read_text())


POSTGRES_MODULES = frozenset(
    {
        "tests.test_api",
        "tests.test_bad_input",
        "tests.test_faults",
        "tests.test_incremental",
        "tests.test_migrations",
        "tests.test_postgres",
        "tests.test_search",
        "tests.test_search_index",
        "tests.test_story_matching",
    }
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Storage, API and migration tests run once per database."""
    if "settings" in metafunc.fixturenames and metafunc.module.__name__ in POSTGRES_MODULES:
        metafunc.parametrize(
            "database",
            ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
            indirect=True,
        )


@pytest.fixture
def database(request: pytest.FixtureRequest) -> str:
    """Which database the test's ``settings`` point at (sqlite unless parametrised)."""
    return getattr(request, "param", "sqlite")


def postgres_server_url() -> str | None:
    return os.environ.get("PARALLAX_TEST_POSTGRES_URL") or None


def require_postgres() -> str:
    """The test server's URL; skip without one, but fail in CI, where it must run."""
    url = postgres_server_url()
    if url:
        return url
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(
            "CI must run the PostgreSQL tests: set PARALLAX_TEST_POSTGRES_URL (.ci/run does)."
        )
    pytest.skip("no PostgreSQL server: set PARALLAX_TEST_POSTGRES_URL (scripts/pg_throwaway.py)")


def require_network() -> None:
    """Skip where the optional attribution network cannot run (the 'neural' extra is not
    installed), but fail in CI, whose `make test` installs it."""
    from app.core import attribution_network

    reason = attribution_network.missing()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must test the attribution network, but {reason}.", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def network_on() -> Iterator[None]:
    """The attribution network switched on for the test, and off again after it."""
    from app.core import attribution_network

    require_network()
    attribution_network.use(True)
    try:
        yield
    finally:
        attribution_network.use(False)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a fresh PostgreSQL database for this test."""
    with fresh_postgres_database(require_postgres()) as url:
        yield url


@pytest.fixture
def settings(database: str, tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    if database == "postgres":
        url = request.getfixturevalue("postgres_url")
        return Settings(database_url=url, debug=True)
    return Settings(database_url=f"sqlite:///{tmp_path / 'parallax.db'}", debug=True)


@pytest.fixture
def app(settings: Settings) -> Iterator[FastAPI]:
    migrate(settings)
    application = create_app(settings)
    yield application
    application.state.engine.dispose()


# The API token of `locked_app`, an app where every write needs it.
LOCKED_TOKEN = "correct-horse-battery-staple"


@pytest.fixture
def locked_app(tmp_path: Path) -> Iterator[FastAPI]:
    """An app on its own SQLite file with an API token set (`LOCKED_TOKEN`)."""
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'locked.db'}", api_token=LOCKED_TOKEN, debug=True
    )
    migrate(settings)
    application = create_app(settings)
    yield application
    application.state.engine.dispose()


@pytest.fixture
def locked(locked_app: FastAPI) -> Iterator[TestClient]:
    """A client of `locked_app` that has not signed in."""
    with TestClient(locked_app) as client:
        yield client


class Readers(NamedTuple):
    """Three browsers of one `locked_app`: nobody signed in yet in any of them."""

    anonymous: TestClient
    alice: TestClient
    bob: TestClient


@pytest.fixture
def readers(locked_app: FastAPI) -> Iterator[Readers]:
    with (
        TestClient(locked_app) as anonymous,
        TestClient(locked_app) as alice,
        TestClient(locked_app) as bob,
    ):
        yield Readers(anonymous, alice, bob)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture
def session(app: FastAPI) -> Iterator[Session]:
    with Session(app.state.engine) as s:
        yield s


@pytest.fixture
def demo_story(session: Session) -> int:
    from app.services.demo import load_demo

    story = load_demo(session)
    assert story is not None and story.id is not None
    return story.id


def script_module(name: str) -> ModuleType:
    """A module of ``scripts/`` (the offline tools), imported as those scripts import
    each other: with ``scripts/`` on the path."""
    folder = str(Path(__file__).resolve().parents[1] / "scripts")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(name)


def seed_text(name: str) -> str:
    """The raw text of a seed article ('ywn' or 'win'), exactly as supplied."""
    return (DEMO / f"{name}-iraqi-militias-halt.txt").read_text(encoding="utf-8")


def csrf_from(client: TestClient, page: str = "/upload") -> str:
    """The CSRF token a browser gets by loading a form page (its cookie stays in the client)."""
    from bs4 import BeautifulSoup

    response = client.get(page, headers={"accept": "text/html"})
    field = BeautifulSoup(response.text, "html.parser").select_one("input[name=csrf]")
    assert field is not None, f"{page} has no CSRF field"
    return str(field["value"])


def sign_in(client: TestClient) -> str:
    """Sign a browser in with `LOCKED_TOKEN`; returns its CSRF token (its cookie stays)."""
    token = csrf_from(client, "/signin")
    response = client.post(
        "/signin", data={"token": LOCKED_TOKEN, "csrf": token, "next": "/"}, follow_redirects=False
    )
    assert response.status_code == 303
    return token


TABLES = (Story, Outlet, Article, Statement, Claim, ClaimMember)


def row_counts(session: Session) -> dict[str, int]:
    """Rows in every table, read afresh (any open read transaction is ended first)."""
    session.rollback()
    counts = {
        model.__name__: session.exec(select(func.count()).select_from(model)).one()
        for model in TABLES
    }
    if search_index.available(session):
        counts["search_article"] = session.execute(
            text("SELECT count(*) FROM search_article")
        ).scalar_one()
    return counts


@contextmanager
def nothing_stored(session: Session) -> Iterator[None]:
    """Assert that the block leaves every table's row count as it was."""
    before = row_counts(session)
    yield
    assert row_counts(session) == before
