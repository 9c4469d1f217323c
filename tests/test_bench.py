"""`parallax bench --quick`: the JSON shape of DESIGN.md and figures that agree with each other.

No timing thresholds: only that every figure is there, positive, and consistent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.bench import percentile
from app.bench.corpus import make_story, story_articles
from app.services.stories import PAGE_SIZE

REPO = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "bench", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PARALLAX_ATTRIBUTION_NETWORK"},
    )


@pytest.fixture(scope="module")
def quick(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    cache = tmp_path_factory.mktemp("bench-cache")
    done = _run("--quick", "--table", "--cache-dir", str(cache))
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]), done.stdout


def test_last_line_is_the_json_object_and_the_table_comes_first(
    quick: tuple[dict[str, Any], str],
) -> None:
    result, stdout = quick
    assert set(result) >= {"align", "upload", "archive", "web"}
    assert result["meta"]["attribution_tagger"] == "crf"  # the default install's analysis
    head = stdout.strip().splitlines()[:-1]
    assert any(line.startswith("align") for line in head)
    assert any(line.startswith("web") for line in head)


def test_align_entries(quick: tuple[dict[str, Any], str]) -> None:
    align = quick[0]["align"]
    assert [a["articles"] for a in align] == [2, 4]
    for a in align:
        assert set(a) >= {
            "articles",
            "statements",
            "seconds",
            "difflib_seconds",
            "difflib_extrapolated",
            "cdist_floor_seconds",
            "peak_rss_mb",
        }
        assert a["statements"] >= a["articles"]
        assert a["seconds"] > 0 and a["difflib_seconds"] > 0 and a["cdist_floor_seconds"] > 0
        assert 10 < a["peak_rss_mb"] < 100_000
        assert isinstance(a["difflib_extrapolated"], bool)
        assert a["difflib_extrapolated"] == (a["difflib_pairs_timed"] < a["difflib_pairs"])
        assert a["speedup_vs_difflib"] == pytest.approx(
            a["difflib_seconds"] / a["seconds"], rel=0.05
        )
        assert a["ratio_to_floor"] == pytest.approx(
            a["seconds"] / a["cdist_floor_seconds"], rel=0.05
        )
        assert 0 < a["claims"] <= a["statements"]
    # More outlets, more statements.
    assert align[1]["statements"] > align[0]["statements"]
    # The two-article story is small enough to run the difflib aligner in full.
    assert align[0]["difflib_extrapolated"] is False


def test_upload_archive_web(quick: tuple[dict[str, Any], str]) -> None:
    result = quick[0]
    assert [u["articles"] for u in result["upload"]] == [2, 4]
    for u in result["upload"]:
        assert 0 < u["median_ms"] <= u["max_ms"]
        assert u["median_cpu_ms"] > 0
    archive = result["archive"]
    assert archive["articles"] == 300
    assert 0 < archive["match_median_ms"] <= archive["match_p95_ms"]
    assert archive["list_median_ms"] > 0
    # The list is the first page of stories, as `/` shows it.
    assert archive["listed"] == min(archive["stories"], PAGE_SIZE) > 0
    assert 0 <= archive["match_correct"] <= archive["queries"]
    web = result["web"]
    assert web["connections"] == 4 and web["seconds"] == 1.0
    for key in ("story_rps", "story_p95_ms", "healthz_rps", "healthz_p95_ms"):
        assert web[key] > 0, key
    assert web["failed_requests"] == 0


def test_ratios_are_computed_from_the_figures(quick: tuple[dict[str, Any], str]) -> None:
    result = quick[0]
    ratios = result["ratios"]
    a2, a4 = result["align"]
    assert ratios["growth_4_vs_2"] == pytest.approx(a4["seconds"] / a2["seconds"], rel=0.05)
    web = result["web"]
    assert ratios["story_vs_healthz"] == pytest.approx(
        web["story_rps"] / web["healthz_rps"], rel=0.05
    )


def test_archive_is_cached(tmp_path: Path) -> None:
    first = _run("--quick", "--sections", "archive", "--cache-dir", str(tmp_path))
    second = _run("--quick", "--sections", "archive", "--cache-dir", str(tmp_path))
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    built = json.loads(first.stdout.strip().splitlines()[-1])["archive"]
    reused = json.loads(second.stdout.strip().splitlines()[-1])["archive"]
    assert built["built_seconds"] is not None and reused["built_seconds"] is None
    assert set(json.loads(first.stdout.strip().splitlines()[-1])) == {"archive", "ratios", "meta"}


def test_bad_options_get_a_clear_message() -> None:
    done = _run("--sizes", "ten")
    assert done.returncode != 0
    assert "whole numbers" in done.stderr
    done = _run("--sections", "align,speed")
    assert done.returncode != 0
    assert "unknown section" in done.stderr and "speed" in done.stderr


def test_generated_stories_are_deterministic_and_outlets_differ() -> None:
    first = story_articles(3, statements=20, seed=7)
    again = story_articles(3, statements=20, seed=7)
    assert [a.text for a in first] == [a.text for a in again]
    assert len({a.text for a in first}) == 3
    assert len({a.outlet for a in first}) == 3
    story = make_story(0, 7)
    # Every outlet names the story's place: they report the same event.
    assert all(story.slots["place"] in a.text for a in first)
    assert story_articles(1, seed=8)[0].text != story_articles(1, seed=7)[0].text


def test_percentile_nearest_rank() -> None:
    values = [float(x) for x in range(1, 101)]
    assert percentile(values, 95) == 95.0
    assert percentile(values, 50) == 50.0
    assert percentile([3.0], 95) == 3.0
