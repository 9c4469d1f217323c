"""Real Chromium against a real uvicorn server on a free local port.

The server runs in a background thread for the whole session, on a migrated
temporary SQLite file that holds the demo story and a generated 20-article story.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlmodel import Session

from app.cli import migrate
from app.config import Settings
from app.main import create_app
from app.services.demo import load_demo
from tests.browser.story20 import TITLE, build_story

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """The system's Chromium, never a downloaded one; missing it fails in CI, skips elsewhere."""
    executable = shutil.which("chromium")
    if executable is None:
        message = "Chromium is not installed (no `chromium` on PATH)."
        if "CI" in os.environ:
            pytest.fail(f"{message} Browser tests must run in CI.", pytrace=False)
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a uvicorn server holding the demo story and a 20-article story."""
    tmp = tmp_path_factory.mktemp("browser")
    settings = Settings(database_url=f"sqlite:///{tmp}/db.sqlite", debug=True)
    migrate(settings)
    app = create_app(settings)
    with Session(app.state.engine) as session:
        story = load_demo(session)
        assert story is not None
        build_story(session)

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", ws="none", lifespan="auto"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        app.state.engine.dispose()
        assert not thread.is_alive(), "uvicorn did not stop"


@pytest.fixture(scope="session")
def base_url(live_server: str) -> str:
    """pytest-playwright's base URL, so `page.goto("/stories/1")` reaches the live server."""
    return live_server


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def big_story(live_server: str) -> str:
    """Path of the generated 20-article story's page."""
    import httpx

    listed = httpx.get(f"{live_server}/api/stories").json()
    return f"/stories/{next(s['id'] for s in listed if s['title'] == TITLE)}"


@pytest.fixture(scope="session")
def axe_source() -> str:
    return (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
