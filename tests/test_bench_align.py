"""The align section of the benchmark: several timed runs of one story, nothing hidden."""

from __future__ import annotations

import statistics

import pytest

from app.bench.align import RUNS, align_size


def test_seconds_is_the_median_of_every_run_kept_beside_it() -> None:
    out = align_size(3, 8, 0, 50, runs=3)
    runs = out["seconds_runs"]
    assert len(runs) == 3 and all(r > 0 for r in runs)
    assert out["seconds"] == pytest.approx(statistics.median(runs), abs=1e-6)
    assert out["first_run_seconds"] == runs[0]
    cpu = out["cpu_seconds_runs"]
    assert len(cpu) == 3 and all(c > 0 for c in cpu)
    assert out["cpu_seconds"] == pytest.approx(statistics.median(cpu), abs=1e-6)
    # The contract keys stay as they were.
    assert set(out) >= {
        "articles",
        "statements",
        "seconds",
        "difflib_seconds",
        "cdist_floor_seconds",
        "peak_rss_mb",
    }
    assert out["articles"] == 3 and out["claims"] > 0


def test_one_run_is_still_a_run() -> None:
    out = align_size(2, 6, 1, 20, runs=1)
    assert out["seconds_runs"] == [out["seconds"]] == [out["first_run_seconds"]]
    assert RUNS >= 3  # the default the benchmark runs with
