"""The load test (tests/load/run.py) in a reduced mode: its consistency verdicts, not its timings.

The full run is a documented command (see tests/load/run.py); this proves the script
and its checks work, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO, require_postgres

SMALL = [
    "--writers",
    "2",
    "--articles",
    "5",
    "--readers",
    "4",
    "--read-seconds",
    "3",
    "--stories",
    "2",
]


def run_load(*extra: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.load.run", *SMALL, *extra],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.stdout, done.stderr[-2000:]
    return json.loads(done.stdout) | {"exit": done.returncode}


def check(report: dict) -> None:
    assert report["problems"] == []
    assert report["verdicts"] == {
        "no_5xx": True,
        "all_writes_201": True,
        "all_reads_200": True,
        "no_server_errors_logged": True,
        "stored_exactly_once": True,
        "comparisons_consistent": True,
        "ok": True,
    }
    assert report["writes"]["statuses"] == {"201": 10}
    assert report["reads"]["requests"] > 0
    assert report["exit"] == 0


def test_small_load_on_sqlite() -> None:
    report = run_load()
    assert report["database"] == "sqlite"
    check(report)


@pytest.mark.postgres
def test_small_load_on_postgres_with_two_workers() -> None:
    report = run_load("--postgres-server", require_postgres(), "--workers", "2")
    assert report["database"] == "postgresql" and report["workers"] == 2
    check(report)


def test_the_checks_catch_a_broken_comparison_and_a_missing_article(session, settings) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from app.services.articles import Submission, add_article
    from app.services.comparison import story_comparison
    from app.services.stories import add_story
    from tests.load.articles import article
    from tests.load.run import check_database

    story = add_story(session, "Checked story").id
    sent = {}
    for serial in range(3):
        piece = article(0, serial)
        add_article(
            session,
            Submission(text=piece.text, outlet=piece.outlet, title=piece.title, story_id=story),
        )
        sent[piece.title] = story
    session.commit()
    url = settings.database_url

    def verdicts() -> dict:
        session.rollback()
        return check_database(url, [story], sent, {story: story_comparison(session, story)})

    good = verdicts()
    assert good["stored_exactly_once"] and good["comparisons_consistent"] and good["problems"] == []

    session.execute(text("DELETE FROM claim_member WHERE id = (SELECT min(id) FROM claim_member)"))
    session.commit()
    broken = verdicts()
    assert not broken["comparisons_consistent"]
    assert any("in no claim" in p for p in broken["problems"])

    missing = {**sent, "An article that never arrived": story}
    session.rollback()
    lost = check_database(url, [story], missing, {story: story_comparison(session, story)})
    assert not lost["stored_exactly_once"]
    assert any("missing" in p for p in lost["problems"])
