"""The ``align`` section: one story size, run as ``python -m app.bench.align N ...``.

The story's articles are ingested, segmented and attributed as uploads are (not
timed: that is ingest work, measured by the upload section); then the timed part
is `compare_story`, exactly what `app.services.comparison.recompute_story` runs, timed
`RUNS` times on the same story (the median is `seconds`; each run, the cold first one
and the CPU times are kept beside it). Peak RSS is read right after, before the
baselines allocate anything.

Baselines, on the same statements (their claim content, as alignment sees it):
- difflib: the plain aligner, `SequenceMatcher(None, a, b).ratio() >= 0.6` for every
  pair of statements from different articles, joined by union-find. Timed on a
  seeded sample of pairs and extrapolated to all pairs when there are more.
- cdist floor: one `rapidfuzz.process.cdist(texts, texts)` over all statement pairs
  with `fuzz.ratio` (normalised Indel similarity, bit-parallel: the cheapest real
  similarity scorer rapidfuzz has), ``processor=None``, ``workers=1``, uint8 output.
"""

from __future__ import annotations

import difflib
import json
import random
import resource
import statistics
import sys
import time
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from app.bench.corpus import story_articles
from app.core import ingest
from app.core.attribution import attribute
from app.core.compare import ArticleInput, ClaimStatement, compare_story, report_inside
from app.core.segment import segment

DIFFLIB_THRESHOLD = 0.6
# compare_story is timed this many times on the same story in the one fresh process;
# `seconds` is the median, every run is kept (`seconds_runs`, the first, cold one also as
# `first_run_seconds`), and CPU time beside wall time (`cpu_seconds`, `cpu_seconds_runs`).
RUNS = 3


def build_inputs(articles: int, statements: int, seed: int) -> list[ArticleInput]:
    inputs: list[ArticleInput] = []
    sid = 0
    for i, gen in enumerate(story_articles(articles, statements, seed)):
        draft = ingest.validate(ingest.parse_text(gen.text))
        body = draft.body
        segs = segment(body)
        rows = []
        for seg, attr in zip(segs, attribute(body, segs, [gen.outlet]), strict=True):
            sid += 1
            rows.append(
                ClaimStatement(
                    article=i + 1,
                    statement=sid,
                    label=gen.outlet,
                    text=body[seg.start : seg.end],
                    content=(attr.content_span[0] - seg.start, attr.content_span[1] - seg.start),
                    kind=attr.kind,
                    source=attr.source,
                    hedged=attr.hedged,
                    quote=attr.quote,
                    report_inside=report_inside(
                        body[seg.start : seg.end],
                        (attr.content_span[0] - seg.start, attr.content_span[1] - seg.start),
                        None if attr.cue_span is None else attr.cue_span[0] - seg.start,
                    ),
                )
            )
        inputs.append(
            ArticleInput(article=i + 1, label=gen.outlet, order=i, statements=tuple(rows))
        )
    return inputs


def difflib_seconds(
    items: list[tuple[int, str]], sample: int, seed: int
) -> tuple[float, bool, int]:
    """Seconds the all-pairs difflib aligner takes: (seconds, extrapolated, pairs)."""
    n = len(items)
    same_article: dict[int, int] = {}
    for art, _ in items:
        same_article[art] = same_article.get(art, 0) + 1
    pairs = n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in same_article.values())
    if pairs <= sample:
        start = time.perf_counter()
        parent = list(range(n))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for i in range(n):
            for j in range(i + 1, n):
                if items[i][0] == items[j][0]:
                    continue
                if (
                    difflib.SequenceMatcher(None, items[i][1], items[j][1]).ratio()
                    >= DIFFLIB_THRESHOLD
                ):
                    parent[find(i)] = find(j)
        return time.perf_counter() - start, False, pairs
    rng = random.Random(f"difflib-{seed}")
    chosen: list[tuple[str, str]] = []
    while len(chosen) < sample:
        i, j = rng.randrange(n), rng.randrange(n)
        if items[i][0] != items[j][0]:
            chosen.append((items[i][1], items[j][1]))
    start = time.perf_counter()
    for a, b in chosen:
        difflib.SequenceMatcher(None, a, b).ratio() >= DIFFLIB_THRESHOLD  # noqa: B015
    per_pair = (time.perf_counter() - start) / len(chosen)
    return per_pair * pairs, True, pairs


def cdist_floor_seconds(texts: list[str]) -> float:
    start = time.perf_counter()
    process.cdist(texts, texts, scorer=fuzz.ratio, processor=None, dtype=np.uint8, workers=1)
    return time.perf_counter() - start


def align_size(
    articles: int,
    statements: int = 40,
    seed: int = 0,
    difflib_pairs: int = 3000,
    runs: int = RUNS,
) -> dict[str, Any]:
    inputs = build_inputs(articles, statements, seed)
    seconds_runs: list[float] = []
    cpu_runs: list[float] = []
    claims = 0
    for _ in range(max(1, runs)):
        start, cpu = time.perf_counter(), time.process_time()
        result = compare_story(inputs)
        cpu_runs.append(time.process_time() - cpu)
        seconds_runs.append(time.perf_counter() - start)
        claims = len(result.claims)
        del result  # the next run starts with nothing of this one alive
    seconds = statistics.median(seconds_runs)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    items = [(st.article, st.alignment_text) for a in inputs for st in a.statements]
    dl_seconds, extrapolated, pairs = difflib_seconds(items, difflib_pairs, seed)
    floor = cdist_floor_seconds([t for _, t in items])
    return {
        "articles": articles,
        "statements": len(items),
        "seconds": round(seconds, 6),
        "difflib_seconds": round(dl_seconds, 4),
        "difflib_extrapolated": extrapolated,
        "cdist_floor_seconds": round(floor, 6),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "seconds_runs": [round(x, 6) for x in seconds_runs],
        "first_run_seconds": round(seconds_runs[0], 6),
        "cpu_seconds": round(statistics.median(cpu_runs), 6),
        "cpu_seconds_runs": [round(x, 6) for x in cpu_runs],
        "claims": claims,
        "difflib_pairs": pairs,
        "difflib_pairs_timed": min(pairs, difflib_pairs),
        "cdist_scorer": "rapidfuzz.fuzz.ratio, processor=None, workers=1",
        "speedup_vs_difflib": round(dl_seconds / seconds, 1) if seconds else None,
        "ratio_to_floor": round(seconds / floor, 3) if floor else None,
    }


if __name__ == "__main__":
    from app.config import Settings
    from app.services.analysis import configure

    configure(Settings())  # the same analysis as the parent `parallax bench`
    size, stmts, seed_arg, sample = (int(x) for x in sys.argv[1:5])
    runs_arg = int(sys.argv[5]) if len(sys.argv) > 5 else RUNS
    print(json.dumps(align_size(size, stmts, seed_arg, sample, runs_arg)))
