"""Milliseconds per article for attribution on the seed articles (and optionally a PolNeAR split).

    .venv/bin/python scripts/attribution_speed.py [../shared/seeds] [--polnear DIR] [--repeat 20]

Times ``attribute(body, segment(body))`` as the app calls it on upload (segmentation
excluded) and prints one JSON object: best wall and best CPU (``process_time``) time.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from app.core.attribution import attribute
from app.core.segment import segment


def _ms_per_article(texts: list[str], repeat: int) -> tuple[float, float]:
    """Best wall and best CPU milliseconds per article over ``repeat`` rounds."""
    segs = [segment(t) for t in texts]
    best = best_cpu = float("inf")
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        for t, s in zip(texts, segs, strict=True):
            attribute(t, s)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return round(1000 * best / len(texts), 2), round(1000 * best_cpu / len(texts), 2)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("seeds", type=Path, nargs="?", default=Path("../shared/seeds"))
    ap.add_argument("--polnear", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    wall, cpu = _ms_per_article(seeds, args.repeat)
    out = {"seed_articles": len(seeds), "seed_ms_per_article": wall, "seed_cpu_ms_per_article": cpu}
    if args.polnear:
        texts = [
            p.read_text(encoding="utf-8") for p in sorted((args.polnear / "text").glob("*.txt"))
        ]
        out["polnear_articles"] = len(texts)
        wall, cpu = _ms_per_article(texts, max(1, args.repeat // 10))
        out["polnear_ms_per_article"] = wall
        out["polnear_cpu_ms_per_article"] = cpu
    print(json.dumps(out))


if __name__ == "__main__":
    main()
