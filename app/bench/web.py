"""The ``web`` section: uvicorn on loopback, a story page and ``/healthz`` under load.

The server is a separate process (``python -m uvicorn app.main:app``, one worker)
on a free loopback port, over a SQLite file holding one stored story. Each path is
loaded for the same time with the same number of connections: by ``wrk`` when it is
on PATH (a small Lua script reports the 95th percentile), otherwise by a bounded
asyncio client (httpx, one task per connection, each sending its next request when
the previous one is answered).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sqlmodel import Session

from app.bench.corpus import article, make_story
from app.bench.upload import migrated_engine, store_story

WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("JSON {\\"requests\\": %d, \\"seconds\\": %f, \\"p95_us\\": %f, \\"errors\\": %d, \\"non2xx\\": %d}\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(95),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the server stopped before it answered")
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server did not answer {url} within {timeout:g} s")


def load_wrk(url: str, connections: int, seconds: float) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(WRK_SCRIPT)
        script = f.name
    try:
        threads = max(1, min(2, connections))
        done = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{max(1, round(seconds))}s",
                "--timeout",
                "30s",
                "-s",
                script,
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(script)
    line = next(x for x in done.stdout.splitlines() if x.startswith("JSON "))
    r = json.loads(line[5:])
    failed = r["errors"] + r["non2xx"]
    return {
        "rps": r["requests"] / r["seconds"],
        "p95_ms": r["p95_us"] / 1000,
        "requests": r["requests"],
        "failed": failed,
    }


async def _load_async(url: str, connections: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    failed = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(limits=limits, timeout=30.0) as client:
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal failed
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                try:
                    response = await client.get(url)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - start)
                failed += not ok

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.perf_counter() - started
    from app.bench import percentile

    return {
        "rps": len(latencies) / elapsed,
        "p95_ms": percentile(latencies, 95) * 1000,
        "requests": len(latencies),
        "failed": failed,
    }


def load(url: str, connections: int, seconds: float) -> tuple[dict[str, float], str]:
    if shutil.which("wrk"):
        return load_wrk(url, connections, seconds), "wrk"
    return asyncio.run(_load_async(url, connections, seconds)), "httpx-async"


def run_web(
    path: Path, articles: int, connections: int, seconds: float, statements: int, seed: int
) -> dict[str, Any]:
    engine = migrated_engine(path)
    story = make_story(0, seed)
    try:
        with Session(engine) as session:
            story_id = store_story(
                session, [article(story, i, statements, seed) for i in range(articles)], "Web story"
            )
    finally:
        engine.dispose()
    port = _free_port()
    env = dict(os.environ, PARALLAX_DATABASE_URL=f"sqlite:///{path}")
    env.pop("PARALLAX_API_TOKEN", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(f"{base}/healthz", proc)
        page = httpx.get(f"{base}/stories/{story_id}", timeout=30.0)
        if page.status_code != 200:
            raise RuntimeError(f"the story page answered {page.status_code}")
        story_load, client = load(f"{base}/stories/{story_id}", connections, seconds)
        health_load, _ = load(f"{base}/healthz", connections, seconds)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return {
        "connections": connections,
        "seconds": seconds,
        "story_rps": round(story_load["rps"], 1),
        "story_p95_ms": round(story_load["p95_ms"], 2),
        "healthz_rps": round(health_load["rps"], 1),
        "healthz_p95_ms": round(health_load["p95_ms"], 2),
        "story_articles": articles,
        "story_page_bytes": len(page.content),
        "failed_requests": int(story_load["failed"] + health_load["failed"]),
        "client": client,
    }
