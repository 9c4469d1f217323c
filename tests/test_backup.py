"""`parallax db backup` copies a live database consistently, and the copy restores."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.cli import cli, migrate
from app.config import Settings
from app.main import create_app


def test_backup_of_a_live_database_restores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = tmp_path / "live.db"
    monkeypatch.setenv("PARALLAX_DATABASE_URL", f"sqlite:///{live}")
    runner = CliRunner()
    assert runner.invoke(cli, ["demo"]).exit_code == 0
    settings = Settings(database_url=f"sqlite:///{live}")
    migrate(settings)
    app = create_app(settings)
    with TestClient(app) as client:
        stop = threading.Event()

        def writer() -> None:  # keeps writing while the backup runs
            n = 0
            while not stop.is_set() and n < 20:
                client.post("/api/stories", json={"title": f"Story {n}"})
                n += 1

        thread = threading.Thread(target=writer)
        thread.start()
        copy = tmp_path / "backup" / "copy.db"
        result = runner.invoke(cli, ["db", "backup", str(copy)])
        stop.set()
        thread.join()
        assert result.exit_code == 0, result.output
        original_demo = client.get("/api/stories/1/comparison").json()
    app.state.engine.dispose()

    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    restored = create_app(Settings(database_url=f"sqlite:///{copy}"))
    with TestClient(restored) as client:
        assert client.get("/api/stories/1/comparison").json() == original_demo
    restored.state.engine.dispose()


def test_backup_refuses_to_overwrite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = tmp_path / "live.db"
    monkeypatch.setenv("PARALLAX_DATABASE_URL", f"sqlite:///{live}")
    migrate(Settings(database_url=f"sqlite:///{live}"))
    target = tmp_path / "exists.db"
    target.write_bytes(b"keep me")
    result = CliRunner().invoke(cli, ["db", "backup", str(target)])
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert target.read_bytes() == b"keep me"
