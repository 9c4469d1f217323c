"""`parallax bench`: the performance benchmark, every figure beside a baseline from the same run.

Sections (the JSON shape is fixed in DESIGN.md; extra keys are additions):

- ``align``: one story per size, compared by `app.core.compare.compare_story` (what
  `recompute_story` runs), against a plain difflib aligner and the raw
  `rapidfuzz.process.cdist` floor. Each size runs in a fresh Python process so its
  peak RSS is its own.
- ``upload``: `app.services.articles.add_article` into a stored story of each size.
- ``archive``: `find_story_for` (the function uploads use) and `list_stories` (the
  service behind ``/``) over a generated, cached archive.
- ``web``: uvicorn on loopback, a 20-article story page and ``/healthz`` under load.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Any

DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "parallax-bench"


@dataclass(slots=True)
class Options:
    sizes: tuple[int, ...] = (10, 50, 200)
    statements: int = 40
    archive: int = 100_000
    archive_queries: int = 40
    uploads: int = 5
    web_seconds: float = 10.0
    connections: int = 16
    web_articles: int = 20
    difflib_pairs: int = 3000
    cache_dir: Path = DEFAULT_CACHE
    seed: int = 0
    sections: tuple[str, ...] = ("align", "upload", "archive", "web")
    log: Any = field(default=None)  # a callable taking one progress line, or None

    @classmethod
    def quick(cls, **kw: Any) -> Options:
        base = dict(
            sizes=(2, 4),
            statements=12,
            archive=300,
            archive_queries=5,
            uploads=2,
            web_seconds=1.0,
            connections=4,
            web_articles=3,
            difflib_pairs=200,
        )
        base.update(kw)
        return cls(**base)  # type: ignore[arg-type]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _say(opts: Options, line: str) -> None:
    if opts.log is not None:
        opts.log(line)


def _align_in_subprocess(size: int, opts: Options) -> dict[str, Any]:
    """Run one align size in a fresh interpreter so peak RSS belongs to that size alone."""
    args = [
        sys.executable,
        "-m",
        "app.bench.align",
        str(size),
        str(opts.statements),
        str(opts.seed),
        str(opts.difflib_pairs),
    ]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"align bench for {size} articles failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(opts: Options) -> dict[str, Any]:
    """Every requested section, plus the ratios between figures taken in this run."""
    from app.bench import archive as archive_mod
    from app.bench import web as web_mod
    from app.bench.upload import upload_size
    from app.core import attribution_network

    out: dict[str, Any] = {}
    if "align" in opts.sections:
        out["align"] = []
        for size in opts.sizes:
            _say(opts, f"align: {size} articles")
            out["align"].append(_align_in_subprocess(size, opts))
    if "upload" in opts.sections:
        out["upload"] = []
        with tempfile.TemporaryDirectory(prefix="parallax-bench-") as tmp:
            for size in opts.sizes:
                _say(opts, f"upload: into a story of {size} articles")
                out["upload"].append(
                    upload_size(
                        Path(tmp) / f"upload-{size}.db",
                        size,
                        opts.uploads,
                        opts.statements,
                        opts.seed,
                    )
                )
    if "archive" in opts.sections:
        _say(opts, f"archive: {opts.archive} articles (built once, cached in {opts.cache_dir})")
        out["archive"] = archive_mod.run_archive(
            opts.cache_dir, opts.archive, opts.archive_queries, opts.seed, log=opts.log
        )
    if "web" in opts.sections:
        _say(opts, f"web: {opts.connections} connections for {opts.web_seconds:g} s per path")
        with tempfile.TemporaryDirectory(prefix="parallax-bench-web-") as tmp:
            out["web"] = web_mod.run_web(
                Path(tmp) / "web.db",
                opts.web_articles,
                opts.connections,
                opts.web_seconds,
                opts.statements,
                opts.seed,
            )
    out["ratios"] = ratios(out)
    out["meta"] = {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "seed": opts.seed,
        "statements_per_article": opts.statements,
        "attribution_tagger": attribution_network.name(),
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    return out


def ratios(out: dict[str, Any]) -> dict[str, float]:
    """Figures as ratios within this run, which hold on a noisy machine."""
    r: dict[str, float] = {}
    align = out.get("align", [])
    for a, b in zip(align, align[1:], strict=False):
        if a["seconds"] > 0:
            r[f"growth_{b['articles']}_vs_{a['articles']}"] = round(b["seconds"] / a["seconds"], 2)
    upload = out.get("upload", [])
    for a, b in zip(upload, upload[1:], strict=False):
        if a["median_ms"] > 0:
            r[f"upload_growth_{b['articles']}_vs_{a['articles']}"] = round(
                b["median_ms"] / a["median_ms"], 2
            )
    web = out.get("web")
    if web and web.get("healthz_rps"):
        r["story_vs_healthz"] = round(web["story_rps"] / web["healthz_rps"], 3)
    return r


def table(out: dict[str, Any]) -> str:
    """A readable summary of the figures (the JSON stays the contract)."""
    lines: list[str] = []
    if out.get("align"):
        lines.append(
            "align       articles statements  seconds  difflib_s (x faster)  cdist_floor_s (x)  peak_rss_mb"
        )
        for a in out["align"]:
            mark = "~" if a["difflib_extrapolated"] else " "
            lines.append(
                f"            {a['articles']:>8} {a['statements']:>10} {a['seconds']:>8.3f}"
                f"  {mark}{a['difflib_seconds']:>9.1f} ({a['speedup_vs_difflib']:>7.1f})"
                f"  {a['cdist_floor_seconds']:>12.3f} ({a['ratio_to_floor']:.2f})  {a['peak_rss_mb']:>11.0f}"
            )
        lines.append("            (~ = difflib extrapolated from a sample of pairs)")
    if out.get("upload"):
        lines.append("upload      articles  median_ms  max_ms")
        for u in out["upload"]:
            lines.append(
                f"            {u['articles']:>8} {u['median_ms']:>10.1f} {u['max_ms']:>7.1f}"
            )
    if out.get("archive"):
        a = out["archive"]
        lines.append(
            f"archive     {a['articles']} articles, {a['stories']} stories: match median {a['match_median_ms']:.1f} ms,"
            f" p95 {a['match_p95_ms']:.1f} ms ({a['match_correct']}/{a['queries']} to the right story);"
            f" story list median {a['list_median_ms']:.1f} ms"
        )
    if out.get("web"):
        w = out["web"]
        lines.append(
            f"web         {w['connections']} connections, {w['seconds']:g} s ({w['client']}):"
            f" story {w['story_rps']:.0f} rps p95 {w['story_p95_ms']:.1f} ms;"
            f" healthz {w['healthz_rps']:.0f} rps p95 {w['healthz_p95_ms']:.1f} ms"
        )
    if out.get("ratios"):
        lines.append("ratios      " + ", ".join(f"{k} {v}" for k, v in out["ratios"].items()))
    return "\n".join(lines)


__all__ = ["Options", "run", "table", "percentile", "median"]
