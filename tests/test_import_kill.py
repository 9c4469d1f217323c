"""`parallax import` killed mid-folder leaves a sound database, and re-running finishes the job."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

TOWNS = [
    "Dresden",
    "Leipzig",
    "Chemnitz",
    "Zwickau",
    "Plauen",
    "Görlitz",
    "Bautzen",
    "Freiberg",
    "Pirna",
    "Meissen",
    "Riesa",
    "Torgau",
]


def _write_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        (folder / f"{i:03d}.txt").write_text(
            f"Flooding closed {i + 2} bridges in {town} on Tuesday, officials said. "
            f"Rescuers pulled {i + 3} people from cars near the {town} riverbank. "
            f"The {town} council will meet on day {i + 10} of the month to count the damage.",
            encoding="utf-8",
        )


def _count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        try:
            return conn.execute("SELECT count(*) FROM article").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def test_sigkill_mid_import_then_resume(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _write_articles(folder, 40)
    db = tmp_path / "import.db"
    env = {**os.environ, "PARALLAX_DATABASE_URL": f"sqlite:///{db}"}
    command = [sys.executable, "-m", "app.cli", "import", str(folder), "--outlet", "Saxony Daily"]

    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _count(db) < 5 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    stored = _count(db)
    assert 0 < stored < 40, "the import should have been killed part-way through"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{stored} already stored" in again.stdout or "already stored" in again.stdout
    with sqlite3.connect(db) as conn:
        total = conn.execute("SELECT count(*) FROM article").fetchone()[0]
        distinct = conn.execute("SELECT count(DISTINCT content_hash) FROM article").fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM statement WHERE article_id NOT IN (SELECT id FROM article)"
        ).fetchone()[0]
    assert total == distinct == 40
    assert orphans == 0
