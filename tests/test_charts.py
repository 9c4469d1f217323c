"""The SVG pictures: geometry that follows the data, labels a screen reader can read."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

import pytest

from app.services import charts

SVG = "{http://www.w3.org/2000/svg}"


def parsed(chart: charts.Chart) -> ET.Element:
    root = ET.fromstring(str(chart.svg))
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text == chart.title
    assert desc is not None and desc.text == chart.desc
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    return root


def test_timeline_places_articles_in_time_order() -> None:
    chart = charts.timeline(
        [
            charts.Dated("WIN", "2024-12-23"),
            charts.Dated("YWN", None),
            charts.Dated("Reuters", "2024-12-21"),
            charts.Dated("AP", "2024-12-22T12:00:00"),
        ]
    )
    parsed(chart)
    x = {m.label: m.x for m in chart.marks}
    value = {m.label: m.value for m in chart.marks}
    assert x["Reuters"] < x["AP"] < x["WIN"]
    assert value["Reuters"] == 0 and value["WIN"] == 1
    assert value["AP"] == pytest.approx(0.75)
    assert value["YWN"] is None
    ys = [m.y for m in chart.marks]
    assert ys == sorted(ys) and len(set(ys)) == 4
    assert "from 2024-12-21 to 2024-12-23" in chart.desc
    assert chart.desc.index("Reuters") < chart.desc.index("AP") < chart.desc.index("WIN")
    assert "YWN date not given" in chart.desc


def axis_labels(chart: charts.Chart) -> list[str]:
    texts = parsed(chart).iter(f"{SVG}text")
    return [t.text or "" for t in texts if (t.text or "")[:1].isdigit()]


@pytest.mark.parametrize(
    ("times", "labels"),
    [
        # one day's coverage: the hours tell the articles apart
        (["2026-11-18T09:10:00", "2026-11-18T11:30:00"], ["2026-11-18 09:10", "11:30"]),
        # a few days: date and time at both ends
        (["2026-11-18T09:10:00", "2026-11-19T07:05:00"], ["2026-11-18 09:10", "2026-11-19 07:05"]),
        # weeks apart, or dates without a time: the dates alone
        (["2026-11-01T09:10:00", "2026-11-18T11:30:00"], ["2026-11-01", "2026-11-18"]),
        (["2026-11-18", "2026-11-19"], ["2026-11-18", "2026-11-19"]),
    ],
)
def test_timeline_axis_shows_the_time_of_day_for_a_short_story(
    times: list[str], labels: list[str]
) -> None:
    chart = charts.timeline([charts.Dated(f"Outlet {i}", t) for i, t in enumerate(times)])
    assert axis_labels(chart) == labels


def test_timeline_without_dates_says_so() -> None:
    chart = charts.timeline([charts.Dated("A", None), charts.Dated("B", "not a date")])
    parsed(chart)
    assert "None of the 2 articles" in chart.desc
    assert all(m.value is None for m in chart.marks)


def test_coverage_grid_draws_a_square_per_report() -> None:
    claims = [
        charts.GridClaim(1, "agreement", (True, True, True)),
        charts.GridClaim(2, "conflict", (True, False, True)),
        charts.GridClaim(3, "single", (False, True, False)),
    ]
    chart = charts.coverage_grid(["A", "B", "C"], claims)
    root = parsed(chart)
    assert {m.label for m in chart.marks} == {"A|1", "B|1", "C|1", "A|2", "C|2", "B|3"}
    rects = root.findall(f"{SVG}rect")
    assert len(rects) == 9
    filled = [r for r in rects if r.get("fill") == charts.STATUS_FILL["conflict"]]
    assert len(filled) == 2
    tips = [r.find(f"{SVG}title").text for r in rects]  # type: ignore[union-attr]
    assert "Claim 2 (conflict): not reported by B" in tips
    # Squares for the same claim share a column; outlets go down in order.
    a2, c2 = (next(m for m in chart.marks if m.label == k) for k in ("A|2", "C|2"))
    assert a2.x == c2.x and c2.y > a2.y
    assert "Claims reported: A 2; B 2; C 2" in chart.desc


def test_heatmap_shares_and_extremes() -> None:
    ov = charts.Overlap
    overlaps = [
        [ov(5, 5), ov(3, 4), ov(1, 5)],
        [ov(3, 4), ov(4, 4), ov(0, 4)],
        [ov(1, 5), ov(0, 4), ov(2, 2)],
    ]
    chart = charts.agreement_heatmap(["A", "B", "C"], overlaps)
    parsed(chart)
    share = {m.label: m.value for m in chart.marks}
    assert len(chart.marks) == 6  # the diagonal is not a pair
    assert share["A|B"] == 0.75 and share["B|A"] == 0.75
    assert share["A|C"] == 0.2 and share["B|C"] == 0
    assert "Most in common: A and B (75%)" in chart.desc
    assert "Least: B and C (0%)" in chart.desc
    assert charts._blend(0) == "#f6f8fa" and charts._blend(1) == "#0b5cad"


def test_heatmap_leaves_room_for_the_last_leaning_label() -> None:
    # "BBC News" over the last column was cut to "BBC Ne": a label leaning at 45 degrees
    # reaches as far right of its column as it rises above the grid.
    ov = charts.Overlap
    names = ["TNYT", "BBC News"]
    chart = charts.agreement_heatmap(names, [[ov(1, 1), ov(1, 2)], [ov(1, 2), ov(1, 1)]])
    parsed(chart)
    last = max(m.x + m.width for m in chart.marks)
    reach = 7 * len(names[-1]) * math.cos(math.radians(45))
    assert chart.width >= last - 20 + reach  # the label starts at the column's middle


def test_attribution_bars_are_proportional() -> None:
    chart = charts.attribution_bars(
        "World Israel News",
        [charts.Bar("Named person", 0.5, 5), charts.Bar("Anonymous source", 0.25, 2)],
        hedged=0.1,
        quotes=0.3,
        sources=[charts.Bar("the official", 0, 4), charts.Bar("Al-Akhbar", 0, 2)],
    )
    parsed(chart)
    width = {m.label: m.width for m in chart.marks}
    assert width["Named person"] == pytest.approx(2 * width["Anonymous source"])
    assert width["Hedged"] == pytest.approx(width["Named person"] / 5)
    assert width["the official"] == pytest.approx(2 * width["Al-Akhbar"])
    assert width["the official"] > width["Named person"]  # the top source fills its bar
    assert chart.title == "How World Israel News attributes what it reports"
    assert "Named person 50%" in chart.desc and "the official (4)" in chart.desc


def test_text_is_escaped() -> None:
    chart = charts.timeline([charts.Dated('<script>alert("x")</script> & Co', "2024-01-01")])
    root = parsed(chart)
    assert root.find(f".//{SVG}script") is None
    assert "<script>" not in str(chart.svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert any(t and t.startswith("<script>") for t in texts)


def test_a_large_coverage_grid_stays_light_and_complete() -> None:
    outlets = [f"Outlet {i}" for i in range(20)]
    claims = [
        charts.GridClaim(
            n, "agreement" if n % 3 else "single", tuple(i % (n % 4 + 1) == 0 for i in range(20))
        )
        for n in range(1, 401)
    ]
    chart = charts.coverage_grid(outlets, claims)
    reported = sum(sum(c.reported) for c in claims)
    assert len(chart.marks) == reported
    root = parsed(chart)
    paths = root.findall(f"{SVG}path")
    # One path per outlet and status, each drawing one closed square per report.
    assert sum(p.get("d", "").count("z") for p in paths) == reported
    assert len(paths) <= 20 * len(charts.STATUS_FILL)
    assert len(str(chart.svg)) < 200_000
    assert "400 claims across 20 outlets" in chart.desc
