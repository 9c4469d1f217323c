"""Milliseconds per article for attribution on the seed articles (and optionally a PolNeAR split).

    .venv/bin/python scripts/attribution_speed.py [../shared/seeds] [--polnear DIR] [--repeat 20]

Times ``attribute(body, segment(body))`` as the app calls it on upload (segmentation
excluded) and prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from app.core.attribution import attribute
from app.core.segment import segment


def _ms_per_article(texts: list[str], repeat: int) -> float:
    segs = [segment(t) for t in texts]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for t, s in zip(texts, segs, strict=True):
            attribute(t, s)
        best = min(best, time.perf_counter() - start)
    return round(1000 * best / len(texts), 2)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("seeds", type=Path, nargs="?", default=Path("../shared/seeds"))
    ap.add_argument("--polnear", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    out = {"seed_articles": len(seeds), "seed_ms_per_article": _ms_per_article(seeds, args.repeat)}
    if args.polnear:
        texts = [
            p.read_text(encoding="utf-8") for p in sorted((args.polnear / "text").glob("*.txt"))
        ]
        out["polnear_articles"] = len(texts)
        out["polnear_ms_per_article"] = _ms_per_article(texts, max(1, args.repeat // 10))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
