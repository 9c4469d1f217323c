"""Several uvicorn workers against one PostgreSQL database, with nothing kept per process.

`parallax serve --workers 2` runs two worker processes. The test pins HTTP
connections to each worker (it reads which process holds each server-side socket
from /proc), signs in through one worker and submits forms through the other, in
both directions, so every cookie (session and CSRF) is checked by a process that
did not sign it. Then API uploads run concurrently on both workers. Everything
must succeed and be stored exactly once.
"""

from __future__ import annotations

import http.client
import os
import re
import threading
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.load.articles import article
from tests.load.server import running_server

pytestmark = pytest.mark.postgres
TOKEN = "workers-test-token-0123456789"


def worker_pids(master: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) != master:
                continue
            # uvicorn spawns its workers with multiprocessing (a resource tracker may sit beside them)
            cmdline = (entry / "cmdline").read_bytes()
            if b"spawn_main" in cmdline and b"resource_tracker" not in cmdline:
                pids.append(int(entry.name))
    return pids


def server_socket_inode(server_port: int, client_port: int) -> int | None:
    """The inode of the server side of the loopback TCP connection from client_port."""
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote, state, inode = fields[1], fields[2], fields[3], fields[9]
        if (
            state == "01"
            and int(local.split(":")[1], 16) == server_port
            and int(remote.split(":")[1], 16) == client_port
        ):
            return int(inode)
    return None


def owner_of(inode: int, pids: list[int]) -> int | None:
    target = f"socket:[{inode}]"
    for pid in pids:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(fd) == target:
                    return pid
            except OSError:
                continue
    return None


class Browser:
    """One cookie jar used over connections pinned to particular workers."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}

    def request(
        self, conn: http.client.HTTPConnection, method: str, path: str, form: dict | None = None
    ) -> tuple[int, dict[str, str], str]:
        headers = {"Accept": "text/html"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        content = response.read().decode()
        for value in response.headers.get_all("set-cookie") or []:
            for name, morsel in SimpleCookie(value).items():
                self.cookies[name] = morsel.value
        return response.status, dict(response.headers.items()), content


def csrf_field(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "the page has no CSRF field"
    return found.group(1)


def pin_one_connection_per_worker(
    base: str, pids: list[int]
) -> dict[int, http.client.HTTPConnection]:
    """Open connections until each worker holds one (a worker may still be starting); close the rest."""
    port = urlsplit(base).port
    assert port is not None
    pinned: dict[int, http.client.HTTPConnection] = {}
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.05)
        for held in pinned.values():  # keep-alive: uvicorn closes connections idle for 5 s
            held.request("GET", "/healthz")
            held.getresponse().read()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", "/healthz")
        conn.getresponse().read()
        inode = server_socket_inode(port, conn.sock.getsockname()[1])
        owner = owner_of(inode, pids) if inode is not None else None
        if owner is not None and owner not in pinned:
            pinned[owner] = conn
        else:
            conn.close()
        if len(pinned) == len(pids):
            return pinned
    raise AssertionError(f"could not reach every worker: {sorted(pinned)} of {pids}")


def test_two_workers_share_sessions_forms_and_uploads(postgres_url: str, tmp_path: Path) -> None:
    with running_server(
        postgres_url, workers=2, api_token=TOKEN, log_path=tmp_path / "serve.log"
    ) as (base, proc):
        pids = worker_pids(proc.pid)
        assert len(pids) == 2, f"expected two worker processes, found {pids}"
        one, two = pin_one_connection_per_worker(base, pids).values()

        browser = Browser()
        status, _, page = browser.request(one, "GET", "/signin")
        assert status == 200
        status, headers, _ = browser.request(
            two, "POST", "/signin", {"token": TOKEN, "csrf": csrf_field(page), "next": "/upload"}
        )
        assert status == 303, "signing in on the other worker failed"
        assert "parallax_session" in browser.cookies

        stories: set[str] = set()
        for i in range(12):
            reader, writer = (one, two) if i % 2 == 0 else (two, one)
            status, _, page = browser.request(reader, "GET", "/upload")
            assert status == 200 and 'name="text"' in page, "the session was not accepted"
            piece = article(0, i)
            status, headers, body = browser.request(
                writer,
                "POST",
                "/upload",
                {
                    "text": piece.text,
                    "outlet": piece.outlet,
                    "title": piece.title,
                    "csrf": csrf_field(page),
                },
            )
            assert status == 303, f"form {i} refused on the other worker: {status} {body[:300]}"
            stories.add(headers["location"].split("?")[0])
        for conn in (one, two):
            conn.close()

        # Concurrent API uploads; fresh connections spread over both workers.
        failures: list[str] = []

        def upload(writer_no: int) -> None:
            with httpx.Client(
                base_url=base,
                headers={"Authorization": f"Bearer {TOKEN}"},
                timeout=120,
                limits=httpx.Limits(max_keepalive_connections=0),
            ) as client:
                for n in range(8):
                    piece = article(1, 100 + writer_no * 8 + n)
                    response = client.post(
                        "/api/articles",
                        json={"text": piece.text, "outlet": piece.outlet, "title": piece.title},
                    )
                    if response.status_code != 201:
                        failures.append(f"{response.status_code} {response.text[:200]}")

        threads = [threading.Thread(target=upload, args=(w,)) for w in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert failures == []

    engine = create_engine(postgres_url)
    with engine.connect() as conn:
        titles = conn.execute(text("SELECT title FROM article")).scalars().all()
        indexed = conn.execute(text("SELECT count(*) FROM search_article")).scalar_one()
    engine.dispose()
    demo = 2  # parallax serve loads the two-article demo story into an empty database
    assert len(titles) == demo + 12 + 32
    assert len(set(titles)) == len(titles)
    assert indexed == len(titles)
    assert len(stories) >= 1
