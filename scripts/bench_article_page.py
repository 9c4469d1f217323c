"""Article page and article API latency, two code trees side by side, in one run.

    git archive <base-commit> | tar -x -C /tmp/base
    .venv/bin/python scripts/bench_article_page.py /tmp/base . [ROUNDS]

Each tree is served by its own ``parallax serve`` on its own fresh SQLite file, with the
demo story and a ~90 KB article (PolNeAR dev texts joined; needs ../shared/eval). Requests
alternate between the two servers, which one goes first swapping every round. "miss" is
the first view after a write (a story rename), "hit" a repeat view. Prints the median
wall time per request and the server's mean CPU per request (from /proc, in 10 ms ticks,
so only meaningful over many rounds).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
POLNEAR_DEV = REPO.parent / "shared" / "eval" / "polnear" / "data" / "dev" / "text"


def big_article(size: int = 90_000) -> str:
    text = ""
    for path in sorted(POLNEAR_DEV.glob("*.txt")):
        if len(text) >= size:
            break
        text += path.read_text(encoding="utf-8") + "\n\n"
    return text[:size]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def serve(tree: Path, port: int, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(tree), "PARALLAX_DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.Popen(
        [sys.executable, "-c", "from app.cli import main; main()", "serve", "--port", str(port)],
        cwd=tree,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_up(client: httpx.Client) -> None:
    for _ in range(600):
        try:
            if client.get("/healthz").status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("server did not start")


def main() -> None:
    trees = {"old": Path(sys.argv[1]).resolve(), "new": Path(sys.argv[2]).resolve()}
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    ports = {"old": 8771, "new": 8772}
    big = big_article()
    tmp = Path(tempfile.mkdtemp(prefix="bench-article-"))
    procs = {n: serve(t, ports[n], tmp / f"{n}.db") for n, t in trees.items()}
    try:
        clients = {
            n: httpx.Client(base_url=f"http://127.0.0.1:{p}", timeout=300) for n, p in ports.items()
        }
        targets: dict[str, dict[str, int]] = {}
        story: dict[str, int] = {}
        for n, c in clients.items():
            wait_up(c)
            story[n] = c.get("/api/stories").json()[0]["id"]
            articles = c.get(f"/api/stories/{story[n]}").json()["articles"]
            sizes = {
                a["id"]: len(c.get(f"/api/articles/{a['id']}").json()["body"]) for a in articles
            }
            added = c.post("/api/articles", json={"text": big, "outlet": "Bench", "title": "90 KB"})
            added.raise_for_status()
            targets[n] = {"demo": max(sizes, key=sizes.__getitem__), "90kb": added.json()["id"]}
        kinds = [
            (w, k, m) for w in ("page", "api") for k in ("demo", "90kb") for m in ("miss", "hit")
        ]
        wall: dict[tuple[str, ...], list[float]] = {(n, *k): [] for n in trees for k in kinds}
        cpu: dict[tuple[str, ...], list[float]] = {key: [] for key in wall}
        for i in range(rounds):
            for what, kind, mode in kinds:
                for n in ("old", "new") if i % 2 == 0 else ("new", "old"):
                    c = clients[n]
                    if mode == "miss":
                        c.patch(f"/api/stories/{story[n]}", json={"title": f"Bench {i}"})
                    path = f"/articles/{targets[n][kind]}"
                    path = f"/api{path}" if what == "api" else path
                    c0, w0 = cpu_seconds(procs[n].pid), time.perf_counter()
                    response = c.get(path)
                    wall[(n, what, kind, mode)].append((time.perf_counter() - w0) * 1000)
                    cpu[(n, what, kind, mode)].append((cpu_seconds(procs[n].pid) - c0) * 1000)
                    response.raise_for_status()
        print(
            f"{'request':20} {'old: median wall / mean CPU ms':>32} {'new: median wall / mean CPU ms':>32}"
        )
        for what, kind, mode in kinds:
            cells = [
                f"{statistics.median(wall[(n, what, kind, mode)]):7.1f} / "
                f"{statistics.mean(cpu[(n, what, kind, mode)]):6.1f}"
                for n in ("old", "new")
            ]
            print(f"{what + ' ' + kind + ' ' + mode:20} {cells[0]:>32} {cells[1]:>32}")
    finally:
        for p in procs.values():
            p.terminate()
            p.wait(10)


if __name__ == "__main__":
    main()
