"""A 2,000-article JSONL import, killed part-way and resumed: no loss, no duplicates.

This is the slowest test of the suite (about a minute of CPU: it stores 2,000
articles). It runs in `make test` on purpose: bulk import is a promise the README makes.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlmodel import Session, col, func, select

from app.models import Article, ClaimMember, Statement, Story
from app.services import importer

OUTLETS = [
    ("Elbe Courier", "elbecourier.de"),
    ("Rhine Post", "rhinepost.com"),
    ("Northern Wire", "northernwire.net"),
    ("Harbour Times", "harbourtimes.co.uk"),
    ("Valley Herald", "valleyherald.org"),
    ("City Radio News", "cityradio.news"),
]
TOWNS = ["Dresden", "Leipzig", "Chemnitz", "Zwickau", "Plauen", "Görlitz", "Bautzen", "Freiberg"]
EVENTS = [
    ("Flooding", "bridges", "closed"),
    ("A storm", "schools", "shut"),
    ("A fire", "homes", "damaged"),
    ("A strike", "trains", "cancelled"),
    ("A power cut", "hospitals", "hit"),
]
SOURCES = [
    "the mayor said",
    "police said",
    "according to the fire service",
    "a council spokeswoman told reporters",
    "officials said",
    "residents said",
]
ARTICLES = 2000
STORIES = 40


def write_jsonl(path: Path, n: int = ARTICLES, stories: int = STORIES) -> None:
    """Deterministic, newsy copy: `stories` events, each followed by every outlet in updates."""
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            s, k = i % stories, i // stories
            town = TOWNS[s % len(TOWNS)]
            what, things, verb = EVENTS[s % len(EVENTS)]
            outlet, domain = OUTLETS[k % len(OUTLETS)]
            text = " ".join(
                [
                    f"{what} {verb} {k + 2} {things} in {town} on Tuesday, {rng.choice(SOURCES)}.",
                    f"Rescuers reached {k + 3} people near the {town} riverbank by the evening, "
                    f"{rng.choice(SOURCES)}.",
                    f"The {town} council will meet on day {s % 28 + 1} of the month to count the damage.",
                    f"Crews expect the {things} to reopen within {k % 9 + 2} days, {rng.choice(SOURCES)}.",
                    f"Insurers estimated the cost at {rng.randint(2, 90)} million euros.",
                ]
            )
            record = {
                "text": text,
                "outlet": outlet,
                "title": f"{what} in {town}: update {k}",
                "url": f"https://www.{domain}/{town.lower()}/{s}/{k}",
                "published_at": f"2024-03-{s % 28 + 1:02d}T{k % 24:02d}:15:00+01:00",
                "story": f"{what} in {town} (event {s})",
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM article").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_two_thousand_articles_killed_and_resumed(tmp_path: Path) -> None:
    source = tmp_path / "archive.jsonl"
    write_jsonl(source)
    # One bad line among the good ones: reported at the end with its reason.
    with source.open("a", encoding="utf-8") as f:
        f.write('{"text": "cut off in the middle\n')
    db = tmp_path / "bulk.db"
    env = {**os.environ, "PARALLAX_DATABASE_URL": f"sqlite:///{db}"}
    env.pop("PARALLAX_API_TOKEN", None)
    command = [sys.executable, "-m", "app.cli", "import", str(source)]

    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    # Before the first recompute (every 1,000): the resume must find the stale stories.
    while _count(db) < 300 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    stored = _count(db)
    assert 0 < stored < ARTICLES, "the import should have been killed part-way through"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1200)
    assert again.returncode == 1, again.stderr  # the bad line
    summary = again.stdout.strip().splitlines()[-1]
    assert summary == (
        f"Imported {ARTICLES - stored} article(s); {stored} already stored; 1 failed."
    ), again.stdout
    assert f"archive.jsonl:{ARTICLES + 1}: not valid JSON" in again.stderr
    assert f"{ARTICLES + 1}/{ARTICLES + 1}" in again.stderr  # the progress bar reached the end
    assert "/s" in again.stderr  # with its rate

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM article").fetchone()[0] == ARTICLES
        assert conn.execute("SELECT count(DISTINCT url) FROM article").fetchone()[0] == ARTICLES
        assert (
            conn.execute(
                "SELECT count(DISTINCT outlet_id || ':' || content_hash) FROM article"
            ).fetchone()[0]
            == ARTICLES
        )
        assert conn.execute("SELECT count(*) FROM story").fetchone()[0] == STORIES
        assert conn.execute("SELECT count(*) FROM outlet").fetchone()[0] == len(OUTLETS)
        assert conn.execute("SELECT count(*) FROM search_article").fetchone()[0] == ARTICLES
        # Every statement of every article is in its story's stored comparison, including
        # the articles stored just before the kill, whose batch never got recomputed.
        unclaimed = conn.execute(
            "SELECT count(*) FROM statement WHERE id NOT IN (SELECT statement_id FROM claim_member)"
        ).fetchone()[0]
        assert unclaimed == 0


def test_a_story_left_without_its_comparison_is_recomputed_on_resume(
    session: Session, tmp_path: Path
) -> None:
    """An interrupt between an article's commit and its batch's recompute, then a re-run."""
    source = tmp_path / "small.jsonl"
    write_jsonl(source, n=12, stories=3)
    interrupted = importer.Importer(session, batch_size=1000)
    for item in importer.read_items(source):
        assert interrupted.add(item) == "added"
    # No flush, no finish: as if the process died here. The articles are stored ...
    session.rollback()
    assert session.exec(select(func.count()).select_from(Article)).one() == 12
    stale = [s for s in session.exec(select(Story.id)).all() if importer.story_stale(session, s)]
    assert len(stale) == 3  # ... but their stories have no comparison yet.

    report = importer.import_paths(session, [source])
    assert (report.added, report.skipped, report.stories_recomputed) == (0, 12, 3)
    assert not any(importer.story_stale(session, s) for s in session.exec(select(Story.id)).all())
    unclaimed = session.exec(
        select(func.count())
        .select_from(Statement)
        .where(col(Statement.id).not_in(select(ClaimMember.statement_id)))
    ).one()
    assert unclaimed == 0

    # A second re-run finds nothing stale and recomputes nothing.
    again = importer.import_paths(session, [source])
    assert (again.skipped, again.stories_recomputed) == (12, 0)


def test_a_new_version_in_a_bulk_import_does_not_look_stale(
    session: Session, tmp_path: Path
) -> None:
    """The same URL with changed text is a new version; the old one leaves the comparison."""
    source = tmp_path / "versions.jsonl"
    write_jsonl(source, n=4, stories=2)
    first = json.loads(source.read_text(encoding="utf-8").splitlines()[0])
    first["text"] = first["text"].replace("on Tuesday", "on Tuesday night")
    with source.open("a", encoding="utf-8") as f:
        f.write(json.dumps(first) + "\n")
    report = importer.import_paths(session, [source])
    assert (report.added, report.skipped, len(report.failed)) == (5, 0, 0)
    session.rollback()
    assert session.exec(select(func.count()).select_from(Article)).one() == 5
    assert not any(importer.story_stale(session, s) for s in session.exec(select(Story.id)).all())
    again = importer.import_paths(session, [source])
    assert (again.skipped, again.stories_recomputed) == (5, 0)
