"""Load test: concurrent writers and readers against `parallax serve` on loopback.

    .venv/bin/python -m tests.load.run                      # 8 writers x 50, 32 readers x 30 s, SQLite
    .venv/bin/python -m tests.load.run --postgres-server URL  # the same on a fresh PostgreSQL database
    .venv/bin/python -m tests.load.run --database-url URL     # on a given (empty) database

It starts `parallax serve` (migrations, demo story, uvicorn) with an API token on a
temporary SQLite file (or PostgreSQL), creates a few stories, then at the same time
- W writers each POST /api/articles N distinct real-looking articles (Bearer token),
  spread over the stories, one after the other per writer;
- R readers fetch story pages (/stories/{id}) and comparisons for a fixed time.
Afterwards it checks, reading the database itself:
- no response was a 5xx and every upload was a 201; the server logged no error;
- every uploaded article is stored exactly once, in the story it was sent to,
  and its story holds nothing else;
- every story's stored comparison is consistent with its articles: the comparison
  lists exactly the story's current articles, every claim member's article belongs
  to the story, and every statement of those articles is in exactly one claim member.
It prints one JSON object: throughput and latency (median, p95, max) for writes and
reads, and the verdicts. Exit status 0 when every verdict holds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text

from tests.load.articles import article
from tests.load.server import fresh_postgres_database, running_server

TOKEN = "load-test-token-0123456789"


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def summary(latencies: list[float], seconds: float) -> dict[str, float]:
    return {
        "requests": len(latencies),
        "seconds": round(seconds, 2),
        "per_second": round(len(latencies) / seconds, 2) if seconds else 0.0,
        "median_ms": round(statistics.median(latencies) * 1000, 1) if latencies else 0.0,
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "max_ms": round(max(latencies, default=0.0) * 1000, 1),
    }


class Tally:
    def __init__(self) -> None:
        self.statuses: Counter[str] = Counter()
        self.latencies: list[float] = []
        self.failures: list[str] = []


async def writer(
    client: httpx.AsyncClient,
    number: int,
    count: int,
    story_ids: list[int],
    tally: Tally,
    sent: dict[str, int],
) -> None:
    for n in range(count):
        serial = number * count + n
        slot = serial % len(story_ids)
        piece = article(slot, serial)
        sent[piece.title] = story_ids[slot]
        started = time.perf_counter()
        try:
            response = await client.post(
                "/api/articles",
                json={
                    "text": piece.text,
                    "outlet": piece.outlet,
                    "title": piece.title,
                    "story_id": story_ids[slot],
                },
            )
        except httpx.HTTPError as exc:
            tally.statuses["error"] += 1
            tally.failures.append(f"write {serial}: {type(exc).__name__} {exc}")
            continue
        tally.latencies.append(time.perf_counter() - started)
        tally.statuses[str(response.status_code)] += 1
        if response.status_code != 201:
            tally.failures.append(f"write {serial}: {response.status_code} {response.text[:200]}")


async def reader(
    client: httpx.AsyncClient, seed: int, story_ids: list[int], until: float, tally: Tally
) -> None:
    rng = random.Random(seed)
    while time.perf_counter() < until:
        story = rng.choice(story_ids)
        path = f"/stories/{story}" if rng.random() < 0.75 else f"/api/stories/{story}/comparison"
        started = time.perf_counter()
        try:
            response = await client.get(path, headers={"accept": "text/html"})
        except httpx.HTTPError as exc:
            tally.statuses["error"] += 1
            tally.failures.append(f"read {path}: {type(exc).__name__} {exc}")
            continue
        tally.latencies.append(time.perf_counter() - started)
        tally.statuses[str(response.status_code)] += 1
        if response.status_code != 200:
            tally.failures.append(f"read {path}: {response.status_code} {response.text[:200]}")


async def drive(base: str, args: argparse.Namespace) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    limits = httpx.Limits(max_connections=args.writers + args.readers + 4)
    timeout = httpx.Timeout(args.request_timeout)
    async with httpx.AsyncClient(
        base_url=base, headers=headers, timeout=timeout, limits=limits
    ) as setup:
        story_ids = []
        for i in range(args.stories):
            response = await setup.post("/api/stories", json={"title": f"Load story {i + 1}"})
            response.raise_for_status()
            story_ids.append(response.json()["id"])
    writes, reads = Tally(), Tally()
    sent: dict[str, int] = {}
    async with (
        httpx.AsyncClient(base_url=base, headers=headers, timeout=timeout, limits=limits) as wc,
        httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as rc,
    ):
        started = time.perf_counter()
        until = started + args.read_seconds
        write_tasks = [
            asyncio.create_task(writer(wc, w, args.articles, story_ids, writes, sent))
            for w in range(args.writers)
        ]
        read_tasks = [
            asyncio.create_task(reader(rc, r, story_ids, until, reads)) for r in range(args.readers)
        ]

        async def timed(tasks: list[asyncio.Task]) -> float:
            await asyncio.gather(*tasks)
            return time.perf_counter() - started

        write_seconds, read_seconds = await asyncio.gather(timed(write_tasks), timed(read_tasks))
        comparisons = {}
        for story in story_ids:
            response = await rc.get(f"/api/stories/{story}/comparison")
            comparisons[story] = response.json() if response.status_code == 200 else None
    return {
        "story_ids": story_ids,
        "sent": sent,
        "writes": writes,
        "reads": reads,
        "write_seconds": write_seconds,
        "read_seconds": read_seconds,
        "comparisons": comparisons,
    }


def check_database(
    url: str, story_ids: list[int], sent: dict[str, int], comparisons: dict
) -> dict[str, Any]:
    """The verdicts that need the stored rows."""
    engine = create_engine(url)
    problems: list[str] = []
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, story_id, title, superseded_by_id FROM article WHERE story_id IN ("
                + ", ".join(str(int(s)) for s in story_ids)
                + ")"
            )
        ).all()
        stored = Counter(r.title for r in rows)
        once = all(stored[title] == 1 for title in sent) and len(rows) == len(sent)
        missing = [t for t in sent if stored[t] == 0]
        doubled = [t for t, n in stored.items() if n > 1]
        strays = [t for t in stored if t not in sent]
        wrong_story = [r.title for r in rows if sent.get(r.title) not in (None, r.story_id)]
        if missing:
            problems.append(f"{len(missing)} uploaded articles are missing, e.g. {missing[:3]}")
        if doubled:
            problems.append(
                f"{len(doubled)} articles are stored more than once, e.g. {doubled[:3]}"
            )
        if strays:
            problems.append(f"{len(strays)} articles nobody sent are in the load stories")
        if wrong_story:
            problems.append(f"{len(wrong_story)} articles landed in another story than sent")

        consistent = True
        for story in story_ids:
            current = {r.id for r in rows if r.story_id == story and r.superseded_by_id is None}
            comparison = comparisons.get(story)
            if comparison is None:
                problems.append(f"story {story}: no comparison")
                consistent = False
                continue
            listed = {a["id"] for a in comparison["articles"]}
            if not current <= listed:
                problems.append(
                    f"story {story}: {len(current - listed)} articles missing from the comparison"
                )
                consistent = False
            members = conn.execute(
                text(
                    "SELECT m.statement_id, m.article_id, a.story_id AS article_story, "
                    "s.article_id AS statement_article FROM claim_member AS m "
                    "JOIN claim AS c ON c.id = m.claim_id "
                    "JOIN article AS a ON a.id = m.article_id "
                    "JOIN statement AS s ON s.id = m.statement_id WHERE c.story_id = :story"
                ),
                {"story": story},
            ).all()
            statements = set(
                conn.execute(
                    text(
                        "SELECT s.id FROM statement AS s JOIN article AS a ON a.id = s.article_id "
                        "WHERE a.story_id = :story"
                    ),
                    {"story": story},
                ).scalars()
            )
            per_statement = Counter(m.statement_id for m in members)
            outsiders = [
                m
                for m in members
                if m.article_story != story or m.statement_article != m.article_id
            ]
            twice = [s for s, n in per_statement.items() if n > 1]
            unaligned = statements - set(per_statement)
            api_members = Counter(
                (st["article_id"], st["statement_id"])
                for claim in comparison["claims"]
                for st in claim["statements"]
            )
            if outsiders:
                problems.append(
                    f"story {story}: {len(outsiders)} claim members from outside the story"
                )
            if twice:
                problems.append(
                    f"story {story}: {len(twice)} statements in more than one claim member"
                )
            if unaligned:
                problems.append(f"story {story}: {len(unaligned)} statements in no claim")
            if sum(api_members.values()) != len(members):
                problems.append(f"story {story}: the API shows a different comparison than stored")
            if outsiders or twice or unaligned or sum(api_members.values()) != len(members):
                consistent = False
    engine.dispose()
    return {"stored_exactly_once": once, "comparisons_consistent": consistent, "problems": problems}


@contextmanager
def target_database(args: argparse.Namespace) -> Iterator[str]:
    if args.database_url:
        yield args.database_url
    elif args.postgres_server:
        with fresh_postgres_database(args.postgres_server) as url:
            yield url
    else:
        with tempfile.TemporaryDirectory(prefix="parallax-load-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'load.db'}"


def run(args: argparse.Namespace) -> dict[str, Any]:
    with target_database(args) as url, tempfile.TemporaryDirectory() as logs:
        log_path = Path(logs) / "serve.log"
        with running_server(url, workers=args.workers, api_token=TOKEN, log_path=log_path) as (
            base,
            _,
        ):
            outcome = asyncio.run(drive(base, args))
        log = log_path.read_text(errors="replace")
        verdicts = check_database(
            url, outcome["story_ids"], outcome["sent"], outcome["comparisons"]
        )
    writes, reads = outcome["writes"], outcome["reads"]
    five_xx = sum(n for s, n in (writes.statuses + reads.statuses).items() if s.startswith("5"))
    errors_logged = [line for line in log.splitlines() if "Traceback" in line or "ERROR" in line]
    locked = log.count("database is locked")
    verdicts = {
        "no_5xx": five_xx == 0,
        "all_writes_201": writes.statuses.get("201", 0) == args.writers * args.articles,
        "all_reads_200": set(reads.statuses) <= {"200"} and reads.statuses.get("200", 0) > 0,
        "no_server_errors_logged": not errors_logged and locked == 0,
        **verdicts,
    }
    problems = (
        verdicts.pop("problems") + writes.failures[:10] + reads.failures[:10] + errors_logged[:5]
    )
    verdicts["ok"] = all(verdicts.values())
    # The server's log outlives the run only when something went wrong, to read then.
    kept = None
    if not verdicts["ok"]:
        kept = Path(tempfile.gettempdir()) / f"parallax-load-serve-{int(time.time())}.log"
        kept.write_text(log)
    database = "sqlite" if url.startswith("sqlite") else "postgresql"
    return {
        "database": database,
        "workers": args.workers,
        "writers": args.writers,
        "articles_per_writer": args.articles,
        "readers": args.readers,
        "read_seconds": args.read_seconds,
        "stories": args.stories,
        "writes": {
            **summary(writes.latencies, outcome["write_seconds"]),
            "statuses": dict(writes.statuses),
        },
        "reads": {
            **summary(reads.latencies, outcome["read_seconds"]),
            "statuses": dict(reads.statuses),
        },
        "verdicts": verdicts,
        "problems": problems,
        "server_log": str(kept) if kept else None,
    }


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m tests.load.run", description=__doc__.split("\n\n")[0]
    )
    p.add_argument("--writers", type=int, default=8)
    p.add_argument("--articles", type=int, default=50, help="articles per writer")
    p.add_argument("--readers", type=int, default=32)
    p.add_argument("--read-seconds", type=float, default=30.0)
    p.add_argument("--stories", type=int, default=4)
    p.add_argument(
        "--workers", type=int, default=1, help="uvicorn workers (use PostgreSQL for more)"
    )
    p.add_argument("--request-timeout", type=float, default=300.0)
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--database-url", help="an empty database to use (default: a temporary SQLite file)"
    )
    where.add_argument(
        "--postgres-server", help="make a fresh database on this PostgreSQL server URL"
    )
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    report = run(parse(argv))
    print(json.dumps(report, indent=2))
    return 0 if report["verdicts"]["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
