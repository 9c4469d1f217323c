"""The story page as a reader's tool, in real Chromium: filters, keys, badges, pairs, exports."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

DEMO_STORY = "/stories/1"


def visible_statuses(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        "tr.claim",
        "rows => rows.filter(r => !r.hidden && r.offsetParent !== null).map(r => r.dataset.status)",
    )


@pytest.mark.browser
def test_filter_click_switches_in_place_and_keeps_the_url(page: Page) -> None:
    page.goto(DEMO_STORY)
    total = page.locator("tr.claim").count()
    page.evaluate("window.__sameDocument = true")
    page.locator("a.filter[data-show=single]").click()
    statuses = visible_statuses(page)
    assert statuses and set(statuses) == {"single"} and len(statuses) < total
    assert re.search(r"[?&]show=single\b", page.url)
    assert page.evaluate("window.__sameDocument") is True  # no reload
    expect(page.locator("a.filter[data-show=single]")).to_have_attribute("aria-current", "true")
    expect(page.locator(".filter-status")).to_contain_text(f"Showing {len(statuses)} of {total}")
    # Sorting is a link that keeps the chosen filter.
    page.locator("a.sort[data-sort=agreement]").click()
    page.wait_for_url(re.compile(r"sort=agreement"))
    assert "show=single" in page.url
    assert set(visible_statuses(page)) == {"single"}
    page.locator("a.filter[data-show=all]").click()
    assert len(visible_statuses(page)) == total
    assert "show=" not in page.url


@pytest.mark.browser
def test_filters_and_sorting_work_without_javascript(
    browser: Browser, base_url: str, big_story: str
) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=base_url)
    page = context.new_page()
    try:
        page.goto(f"{big_story}?show=conflicts")
        statuses = visible_statuses(page)
        assert statuses and set(statuses) == {"conflict"}
        assert page.locator("tr.claim[hidden]").count() > 0
        page.locator("a.filter[data-show=all]").click()
        page.wait_for_load_state()
        assert "show=" not in page.url
        assert len(visible_statuses(page)) == page.locator("tr.claim").count()
        page.goto(f"{big_story}?sort=conflict")
        first = page.locator("tr.claim").first
        expect(first).to_have_attribute("data-status", "conflict")
        page.goto(f"{big_story}?sort=agreement")
        outlets = [
            int(x)
            for x in page.eval_on_selector_all("tr.claim", "rs => rs.map(r => r.dataset.outlets)")
        ]
        assert outlets == sorted(outlets, reverse=True)
    finally:
        context.close()


@pytest.mark.browser
def test_keyboard_moves_between_visible_claims(page: Page, big_story: str) -> None:
    page.goto(f"{big_story}?show=conflicts")
    expect(page.locator(".keys")).to_contain_text("j")
    ids = page.eval_on_selector_all("tr.claim:not([hidden])", "rs => rs.map(r => r.id)")
    assert len(ids) >= 2
    focused = "() => document.activeElement.closest('tr.claim')?.id"
    page.keyboard.press("j")
    assert page.evaluate(focused) == ids[0]
    page.keyboard.press("j")
    assert page.evaluate(focused) == ids[1]
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == ids[2 if len(ids) > 2 else 1]
    page.keyboard.press("k")
    page.keyboard.press("ArrowUp")
    assert page.evaluate(focused) == ids[0]
    expect(page.locator(f"#{ids[0]}")).to_have_class(re.compile(r"\bis-current\b"))
    # Focusing a claim links its statements, as hovering does.
    linked = page.locator(f"#{ids[0]} td.cell.is-linked")
    assert linked.count() == page.locator(f"#{ids[0]} td.cell:not(.absent)").count()


@pytest.mark.browser
def test_attribution_badge_shows_the_chain_on_hover_and_on_focus(page: Page) -> None:
    page.goto(DEMO_STORY)
    badge = page.locator(".badge").filter(has=page.locator(".badge-via")).first
    tip = badge.locator(".badge-tip")
    expect(tip).to_be_hidden()
    badge.locator(".badge-button").hover()
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("Via")
    page.mouse.move(0, 0)
    expect(tip).to_be_hidden()
    badge.locator(".badge-button").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
    expect(tip).to_be_visible()
    page.keyboard.press("Escape")  # dismissible without moving focus (WCAG 1.4.13)
    expect(tip).to_be_hidden()
    name = badge.locator(".badge-button").evaluate("b => b.textContent")
    assert "via" in name and "cue:" in name  # the whole chain reaches a screen reader too


@pytest.mark.browser
def test_side_by_side_and_one_click_pair_change(page: Page, big_story: str) -> None:
    page.goto(f"{DEMO_STORY}/compare")
    assert page.locator("tr.pair-row.only").count() > 0
    # Aligned statements sit level with each other, with their word differences marked.
    aligned = page.locator("tr.pair-row.aligned")
    assert aligned.count() > 0
    for i in range(aligned.count()):
        tops = (
            aligned.nth(i)
            .locator("td.cell")
            .evaluate_all(
                "cs => cs.map(c => c.querySelector('p.statement').getBoundingClientRect().top)"
            )
        )
        assert len(tops) == 2 and abs(tops[0] - tops[1]) < 1
    assert page.locator("tr.pair-row.aligned mark.diff").count() > 0
    page.locator("a", has_text="Swap").click()
    page.wait_for_url(re.compile(r"compare\?a=\d+&b=\d+"))

    page.goto(f"{big_story}/compare")
    left = page.locator("table.pair thead th").first.inner_text()
    links = page.locator(".pair-links a:not(.is-current)")
    assert links.count() == 18  # every other article, one click each
    target = links.nth(3)
    name = target.inner_text()
    target.click()
    page.wait_for_url(re.compile(r"compare\?a=\d+&b=\d+"))
    expect(page.locator("table.pair thead th").nth(1)).to_contain_text(name)
    expect(page.locator("table.pair thead th").first).to_have_text(left)
    expect(page.locator(".pair-links a.is-current")).to_have_text(name)


@pytest.mark.browser
@pytest.mark.parametrize("fmt", ["json", "csv", "md"])
def test_export_downloads(page: Page, fmt: str, tmp_path: Path) -> None:
    page.goto(DEMO_STORY)
    with page.expect_download() as info:
        page.locator(f".exports a[href$='export.{fmt}']").click()
    download = info.value
    assert download.suggested_filename.endswith(f".{fmt}")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    text = path.read_text(encoding="utf-8")
    claims = page.locator("tr.claim").count()
    if fmt == "json":
        data = json.loads(text)
        assert len(data["claims"]) == claims and len(data["articles"]) == 2
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert {int(r["claim"]) for r in rows} == set(range(1, claims + 1))
    else:
        assert text.startswith("# Iraqi militias")
        assert len(re.findall(r"^### \d+\. ", text, flags=re.M)) == claims


@pytest.mark.browser
def test_wide_story_scrolls_with_the_claim_column_pinned(
    page: Page, big_story: str, artifacts: Path
) -> None:
    for width, height in ((1280, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.goto(big_story)
        assert page.locator("table.matrix thead th.outlet-col").count() == 20
        wrap = page.locator(".matrix-wrap")
        assert wrap.evaluate("el => el.scrollWidth > el.clientWidth")
        wrap.evaluate("el => { el.scrollLeft = 1500; }")
        claim = page.locator("tr.claim th.claim-col").first
        wrap_left = wrap.evaluate("el => el.getBoundingClientRect().left")
        assert abs(claim.evaluate("el => el.getBoundingClientRect().left") - wrap_left) < 2
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"the page scrolls sideways by {overflow}px at {width}px"
        wrap.evaluate("el => { el.scrollLeft = 0; }")
        page.screenshot(path=artifacts / f"story20-{width}.png", full_page=True)
        for chart in ("chart-timeline", "chart-grid", "chart-heatmap"):
            svg = page.locator(f".{chart} svg[role=img]")
            expect(svg).to_be_attached()
            assert svg.locator(":scope > title").text_content()
            assert svg.locator(":scope > desc").text_content()


@pytest.mark.browser
def test_readme_screenshot(page: Page, artifacts: Path) -> None:
    # Saved with the other artefacts; docs/story-page.png is a copy of it, so test runs
    # never change tracked files.
    page.set_viewport_size({"width": 1280, "height": 1200})
    page.goto(DEMO_STORY)
    page.locator("tr.claim .badge-button").first.hover()  # show one attribution chain
    expect(page.locator("tr.claim .badge-tip").first).to_be_visible()
    page.screenshot(path=artifacts / "story-page.png", full_page=False)
    assert (artifacts / "story-page.png").stat().st_size > 10_000


@pytest.mark.browser
def test_no_attribution_in_the_last_row_is_cut_off_by_the_table(
    page: Page, live_server: str
) -> None:
    # The claims table scrolls sideways, so it clips what overflows it: a tooltip that
    # opened downwards from the last row would be cut off; it opens upwards.
    import httpx

    story = None
    for outlet, text in [
        ("Tooltip Times", "The Lindby council approved its budget on Monday.\n\n"
         "The mayor of Lindby, Eva Holt, said the vote was a victory for the town."),
        ("Tooltip Post", "Lindby's council approved the budget on Monday.\n\n"
         "Mayor Eva Holt told the Tooltip Post the vote was a victory for Lindby."),
    ]:  # fmt: skip
        body = {"text": text, "outlet": outlet, "story_id": story}
        story = httpx.post(f"{live_server}/api/articles", json=body).json()["story_id"]
    page.goto(f"/stories/{story}")
    last = page.locator("tr.claim").last.locator(".badge:has(.badge-button)").last
    last.locator(".badge-button").hover()
    tip = last.locator(".badge-tip")
    expect(tip).to_be_visible()
    box, wrap = tip.bounding_box(), page.locator(".matrix-wrap").bounding_box()
    assert box and wrap
    assert wrap["y"] <= box["y"] and box["y"] + box["height"] <= wrap["y"] + wrap["height"]
    expect(last).to_have_class(re.compile(r"\btip-up\b"))
    # One with room below still opens downwards.
    page.mouse.move(0, 0)
    page.goto(DEMO_STORY)
    first = page.locator("tr.claim").first.locator(".badge:has(.badge-button)").first
    first.locator(".badge-button").hover()
    expect(first.locator(".badge-tip")).to_be_visible()
    expect(first).not_to_have_class(re.compile(r"\btip-up\b"))
