"""The story page's view-model and its HTML: summary, filters and sorting in the URL,
conflicts in words, attribution badges, pictures; on the demo story and on 20 articles."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.services.comparison import CONFLICT_TYPES
from app.services.story_page import FILTERS, SORTS, explain, when_label
from tests.browser.story20 import build_story
from tests.test_pages import get_page, only


@pytest.fixture
def big_story(session: Session) -> int:
    return build_story(session)


def visible(soup: BeautifulSoup) -> list:  # type: ignore[type-arg]
    return [r for r in soup.select("tr.claim") if not r.has_attr("hidden")]


def test_header_summarises_the_coverage(client: TestClient, demo_story: int) -> None:
    soup = get_page(client, f"/stories/{demo_story}")
    rows = soup.select("tr.claim")
    summary = only(soup, "[data-summary]")
    count = {s["data-count"]: int(s.get_text()) for s in summary.select("[data-count]")}
    assert count["all-report"] == sum(1 for r in rows if r["data-outlets"] == "2") > 0
    assert count["in-conflict"] == sum(1 for r in rows if r["data-status"] == "conflict")
    assert count["single-outlet"] == sum(1 for r in rows if r["data-status"] == "single") > 0
    text = summary.get_text(" ", strip=True)
    assert (
        "2 articles from 2 outlets" in text and "2024-12-23" in text and "1 without a date" in text
    )
    chips = {
        li.select_one("strong").get_text(): li.select_one("time").get_text()
        for li in soup.select("li.outlet-chip")
    }  # type: ignore[union-attr]
    assert chips == {"World Israel News": "2024-12-23", "Yeshiva World News": "date not given"}
    assert soup.select_one(".syndicated") is None  # two different texts: no copies


@pytest.mark.parametrize("show", list(FILTERS))
def test_filters_work_on_the_server(client: TestClient, demo_story: int, show: str) -> None:
    soup = get_page(client, f"/stories/{demo_story}?show={show}")
    rows = soup.select("tr.claim")
    shown = visible(soup)
    for row in rows:
        assert (show in row["data-shows"].split()) == (row in shown)
    assert only(soup, "p.filter-status")["data-visible"] == str(len(shown))
    current = only(soup, "a.filter[aria-current]")
    assert current["data-show"] == show
    assert int(only(current, ".filter-count").get_text()) == len(shown)
    empty = only(soup, ".empty-filter")
    assert empty.has_attr("hidden") == bool(shown)
    if show == "single":
        assert shown and {r["data-status"] for r in shown} == {"single"}
    if show == "quotes":
        assert shown and all(r.select("p.statement.is-quote") for r in shown)
    if show == "attribution":
        assert shown and all(len(r.select("td.cell:not(.absent)")) > 1 for r in shown)


def test_unknown_filter_and_sort_fall_back(client: TestClient, demo_story: int) -> None:
    soup = get_page(client, f"/stories/{demo_story}?show=<script>&sort=nonsense")
    assert len(visible(soup)) == len(soup.select("tr.claim"))
    assert only(soup, "table.matrix")["data-show"] == "all"
    assert only(soup, "table.matrix")["data-sort"] == "story"


def test_sorting_and_links_keep_each_other(client: TestClient, demo_story: int) -> None:
    story = get_page(client, f"/stories/{demo_story}")
    numbers = [int(r["data-number"]) for r in story.select("tr.claim")]
    assert numbers == sorted(numbers)

    agreed = get_page(client, f"/stories/{demo_story}?sort=agreement&show=quotes")
    outlets = [int(r["data-outlets"]) for r in agreed.select("tr.claim")]
    assert outlets == sorted(outlets, reverse=True) and outlets[0] > outlets[-1]
    assert sorted(int(r["data-number"]) for r in agreed.select("tr.claim")) == sorted(numbers)
    for a in agreed.select("a.filter"):
        query = parse_qs(urlsplit(a["href"]).query)
        assert query.get("sort") == ["agreement"]
    for a in agreed.select("a.sort"):
        query = parse_qs(urlsplit(a["href"]).query)
        assert query.get("show") == ["quotes"]
        assert query.get("sort", ["story"]) == [a["data-sort"]]
    assert {a["data-sort"] for a in agreed.select("a.sort")} == set(SORTS)


def test_conflicts_explained_and_sorted_first(
    client: TestClient, session: Session, big_story: int
) -> None:
    soup = get_page(client, f"/stories/{big_story}?sort=conflict")
    rows = soup.select("tr.claim")
    statuses = [r["data-status"] for r in rows]
    n = statuses.count("conflict")
    assert n > 0 and statuses[:n] == ["conflict"] * n
    for row in rows[:n]:
        items = row.select("li.conflict-item[dir=auto]")
        assert items
        for item in items:
            text = item.get_text(" ", strip=True)
            assert ":" in text and text.split(":")[0] in CONFLICT_TYPES.values()
    words = [li.get_text(" ", strip=True) for li in soup.select("li.conflict-item")]
    assert any(" vs " in w and "(between " in w for w in words), words


def test_twenty_article_story(client: TestClient, big_story: int) -> None:
    soup = get_page(client, f"/stories/{big_story}")
    columns = soup.select("table.matrix thead th.outlet-col")
    assert len(columns) == 20
    assert "is-wide" in only(soup, "table.matrix")["class"]
    assert all(c.select_one("[dir=auto]") for c in columns)
    # The copy the generator made is named as one.
    chip = [li for li in soup.select("li.outlet-chip") if "Regional Wire Service" in li.get_text()]
    assert chip and chip[0].select_one(".flag-syndicated")
    assert int(only(soup, ".syndicated")["data-syndicated"]) >= 1
    # The coverage grid has a square for every statement the matrix shows.
    grid = only(soup, ".chart-grid svg[role=img]")
    cells = soup.select("td.cell:not(.absent)")
    filled = [r for r in grid.select("rect") if "not reported" not in r.title.get_text()]  # type: ignore[union-attr]
    assert len(filled) == len(cells)
    heat = only(soup, ".chart-heatmap svg[role=img]")
    assert len(heat.select("rect title")) == 20 * 19
    timeline = only(soup, ".chart-timeline svg[role=img]")
    assert len(timeline.select("circle")) == 19  # one of the twenty has no date
    for svg in (grid, heat, timeline):
        assert svg.find("title").get_text() and svg.find("desc").get_text()  # type: ignore[union-attr]


def test_displayed_text_has_dir_auto(client: TestClient, demo_story: int) -> None:
    soup = get_page(client, f"/stories/{demo_story}")
    assert only(soup, "h1")["dir"] == "auto"
    assert all(p.get("dir") == "auto" for p in soup.select("p.statement"))
    assert all(s.get("dir") == "auto" for s in soup.select(".badge-source"))
    assert all(th.select_one("span[dir=auto]") for th in soup.select("th.outlet-col"))
    assert all(li.select_one("strong[dir=auto]") for li in soup.select("li.outlet-chip"))


def test_attribution_badges_are_focusable_with_the_chain(
    client: TestClient, demo_story: int
) -> None:
    soup = get_page(client, f"/stories/{demo_story}")
    plain = soup.select("td.cell .badge-plain")
    # A plain unattributed statement has nothing to reveal: its badge is a label only.
    assert plain and all(
        b.get_text(strip=True) == "Unattributed" and not b.select("button, .badge-tip")
        for b in plain
    )
    badges = soup.select("td.cell .badge:not(.badge-plain)")
    assert badges
    for badge in badges:
        button = only(badge, "button.badge-button[type=button]")
        assert only(button, ".badge-kind").get_text(strip=True)
        only(badge, ".badge-tip")
    relayed = [b for b in badges if b.select_one(".badge-tip .badge-via")]
    assert relayed, "the demo story relays sources through Al-Akhbar"
    for badge in relayed:
        via = only(badge, ".badge-tip .badge-via").get_text(" ", strip=True)
        # A screen reader hears the whole chain from the button itself.
        assert via.removeprefix("Via ").strip() in only(badge, "button").get_text(" ", strip=True)


def test_outlet_page_draws_its_attribution_profile(client: TestClient, demo_story: int) -> None:
    soup = get_page(client, "/outlets/1")
    svg = only(soup, ".chart-profile svg[role=img]")
    name = only(soup, "h1").get_text(strip=True)
    assert svg.find("title").get_text() == f"How {name} attributes what it reports"  # type: ignore[union-attr]
    labels = {t.get_text() for t in svg.select("text")}
    assert {"By kind of source", "Hedging and quotes", "Anonymous source"} <= labels


def test_words_for_conflicts_and_times() -> None:
    names = {1: "WIN", 2: "YWN"}
    number = {"type": "number", "detail": "two vs three soldiers", "article_ids": [1, 2]}
    assert (
        explain(number, names) == "Different numbers: two vs three soldiers (between WIN and YWN)"
    )
    negation = {
        "type": "negation",
        "detail": "negated in WIN, affirmed in YWN",
        "article_ids": [1, 2],
    }
    assert explain(negation, names) == "One says the opposite: negated in WIN, affirmed in YWN"
    assert when_label("2024-12-22T06:00:00") == "2024-12-22 06:00"
    assert when_label("2024-12-22T00:00:00") == "2024-12-22"
    assert when_label("2024-12-22") == "2024-12-22"
    assert when_label(None) == ""


def test_syndicated_copies_fold_away(client: TestClient, big_story: int) -> None:
    full = get_page(client, f"/stories/{big_story}?show=conflicts&sort=conflict")
    toggle = only(full, "a[data-copies=hide]")
    copies = int(only(full, ".syndicated")["data-syndicated"])
    assert f"{copies} syndicated" in toggle.get_text()
    query = parse_qs(urlsplit(toggle["href"]).query)
    assert query == {"show": ["conflicts"], "sort": ["conflict"], "copies": ["hide"]}

    folded = get_page(client, toggle["href"])
    columns = folded.select("table.matrix thead th.outlet-col")
    assert len(columns) == 20 - copies
    chips = {li.select_one("strong").get_text(): li for li in folded.select("li.outlet-chip")}  # type: ignore[union-attr]
    names = {c["data-outlet"] for c in columns}
    assert names == {n for n, li in chips.items() if not li.select_one(".flag-syndicated")}
    for row in folded.select("tr.claim"):
        assert [c["data-outlet"] for c in row.select("td.cell")] == [
            c["data-outlet"] for c in columns
        ]
        if not row.select("td.cell:not(.absent)"):
            assert row.has_attr("hidden") and row.has_attr("data-blank")
    # Filter links keep the folded columns; the toggle brings them back.
    for a in folded.select("a.filter"):
        assert parse_qs(urlsplit(a["href"]).query).get("copies") == ["hide"]
    back = only(folded, "a[data-copies=show]")
    assert "copies" not in parse_qs(urlsplit(back["href"]).query)


def test_a_member_whose_article_is_not_listed_does_not_break_the_page(
    session: Session, demo_story: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under concurrent writes on PostgreSQL, story_comparison's queries each read their
    own snapshot: a claim can gain a member from an article its article list missed."""
    from app.services import story_page as module

    real = module.story_comparison

    def with_a_stray_member(session: Session, story_id: int) -> dict:  # type: ignore[type-arg]
        comp = real(session, story_id)
        stray = {**comp["claims"][0]["statements"][0], "article_id": 10**6, "statement_id": 10**6}
        comp["claims"][0]["statements"].append(stray)
        return comp

    monkeypatch.setattr(module, "story_comparison", with_a_stray_member)
    page = module.story_page(session, demo_story)
    assert len(page.rows) == len(real(session, demo_story)["claims"])
    assert all(c is None or c.attribution["read"] for r in page.rows for c in r.cells)
