"""Time `compare_story` on the seed story and on a synthetic 50-article story.

Offline check, not part of the product: prints one JSON object with the best of
`--repeat` runs in CPU seconds (process time, so other jobs on a shared machine do not
inflate it) and wall seconds. The synthetic story is built deterministically from the
seed articles' statements, reworded and renumbered, 40 statements per article.

    python scripts/time_compare.py [--seeds ../shared/seeds]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import ingest  # noqa: E402
from app.core.attribution import attribute  # noqa: E402
from app.core.compare import ArticleInput, ClaimStatement, compare_story  # noqa: E402
from app.core.segment import segment  # noqa: E402

SWAPS = {"halt": "stop", "attacks": "strikes", "said": "stated", "two": "three", "Iraqi": "Iraq's"}


def article(number: int, label: str, body: str) -> ArticleInput:
    segments = segment(body)
    statements = []
    for i, (seg, attr) in enumerate(zip(segments, attribute(body, segments), strict=True)):
        start, end = attr.content_span
        if not (seg.start <= start < end <= seg.end):
            start, end = seg.start, seg.end
        statements.append(
            ClaimStatement(
                number,
                i,
                label,
                body[seg.start : seg.end],
                (start - seg.start, end - seg.start),
                attr.kind,
                attr.source,
                attr.hedged,
                attr.quote,
            )  # fmt: skip
        )
    return ArticleInput(number, label, number, tuple(statements))


def synthetic(sentences: list[str], articles: int, per_article: int) -> list[ArticleInput]:
    rng = random.Random(7)
    out = []
    for n in range(articles):
        picked = []
        for _ in range(per_article):
            words = rng.choice(sentences).split()
            words = [SWAPS.get(w, w) if rng.random() < 0.3 else w for w in words]
            if rng.random() < 0.3:
                words.append(f"on day {rng.randint(1, 30)}.")
            picked.append(" ".join(words))
        out.append(article(n + 1, f"Outlet {n + 1}", " ".join(picked)))
    return out


def best(inputs: list[ArticleInput], repeat: int) -> dict[str, float]:
    cpu, wall = [], []
    for _ in range(repeat):
        c, w = time.process_time(), time.perf_counter()
        result = compare_story(inputs)
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return {
        "articles": len(inputs),
        "statements": sum(len(a.statements) for a in inputs),
        "claims": len(result.claims),
        "cpu_seconds": round(min(cpu), 3),
        "wall_seconds": round(min(wall), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seeds", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "seeds"
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    seed = []
    for n, path in enumerate(sorted(args.seeds.glob("*.txt")), start=1):
        draft = ingest.parse_text(path.read_text(encoding="utf-8"))
        seed.append(article(n, path.stem, draft.body))
    sentences = [s.text for a in seed for s in a.statements]
    print(
        json.dumps(
            {
                "seed": best(seed, args.repeat),
                "synthetic": best(synthetic(sentences, 50, 40), args.repeat),
            }
        )
    )


if __name__ == "__main__":
    main()
