"""Start ``parallax serve`` in a child process on loopback and stop it again."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(
    database_url: str,
    *,
    workers: int = 1,
    api_token: str | None = None,
    log_path: Path | None = None,
    startup_seconds: float = 120.0,
) -> Iterator[tuple[str, subprocess.Popen]]:
    """``parallax serve`` (migrations, then uvicorn) on 127.0.0.1; yields (base URL, process)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARALLAX_")}
    env["PARALLAX_DATABASE_URL"] = database_url
    if api_token:
        env["PARALLAX_API_TOKEN"] = api_token
    log = open(log_path, "wb") if log_path else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_seconds
        while True:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"parallax serve exited with {proc.returncode} (log: {log_path})"
                )
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"parallax serve did not answer within {startup_seconds:.0f} s")
            time.sleep(0.2)
        yield base, proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if log_path:
            log.close()  # type: ignore[union-attr]


@contextmanager
def fresh_postgres_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the test server for one test; dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(server_url)
    name = f"parallax_test_{secrets.token_hex(6)}"
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        for attempt in range(5):  # a server process may still be leaving the database
            try:
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                break
            except (psycopg.errors.OperationalError, psycopg.errors.InsufficientPrivilege):
                if attempt == 4:
                    raise
                time.sleep(0.5)
