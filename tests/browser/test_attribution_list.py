"""The article page's list of every attribution found, in real Chromium: visible, readable
on a wide and a narrow window, its statement links scroll to the statement, long content
opens in place. Screenshots go to /tmp/attrpage/ for a person to look at."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

SHOTS = Path("/tmp/attrpage")


def demo_article(base_url: str, outlet: str) -> str:
    story = httpx.get(f"{base_url}/api/stories/1").json()
    return f"/articles/{next(a['id'] for a in story['articles'] if a['outlet'] == outlet)}"


def in_view(page: Page, selector: str) -> bool:
    return bool(
        page.eval_on_selector(
            selector,
            "el => { const r = el.getBoundingClientRect();"
            " return r.top > -2 && r.top < window.innerHeight && r.height > 0; }",
        )
    )


@pytest.mark.browser
@pytest.mark.parametrize(("width", "name"), [(1280, "wide"), (380, "narrow")])
def test_the_list_is_visible_and_its_links_scroll_to_the_statement(
    page: Page, base_url: str, width: int, name: str
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(demo_article(base_url, "World Israel News"))
    section = page.locator("section#attributions")
    expect(section.locator("h2")).to_have_text("Every attribution found in this article")
    rows = section.locator("tr.attribution-row")
    assert rows.count() > 0
    section.scroll_into_view_if_needed()
    expect(rows.first).to_be_visible()
    # Nothing spills out sideways, on either window.
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1, f"the page scrolls sideways by {overflow}px at {width}px"
    # Each row's parts are on screen and readable (not squeezed to nothing).
    for cell in ("td.attr-who", "td.attr-cue", "td.attr-what"):
        box = rows.first.locator(cell).bounding_box()
        assert box is not None and box["width"] > 20 and box["height"] > 8
    section.screenshot(path=str(SHOTS / f"attributions-{name}.png"))

    # A statement link scrolls the statement into view and marks it.
    link = section.locator("td.attr-statements a").last
    target = str(link.get_attribute("href"))
    page.evaluate("window.scrollTo(0, 0)")
    link.click()
    page.wait_for_function("h => location.hash === h", arg=target)
    assert in_view(page, f"li{target}")
    background = page.eval_on_selector(f"li{target}", "el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # :target highlight
    page.screenshot(path=str(SHOTS / f"statement-target-{name}.png"))


@pytest.mark.browser
def test_long_content_opens_in_place(page: Page, base_url: str) -> None:
    page.goto(demo_article(base_url, "World Israel News"))
    details = page.locator("section#attributions details.attr-content").first
    expect(details).to_be_attached()
    full = details.locator(".attr-full")
    short = details.locator(".attr-short")
    details.scroll_into_view_if_needed()
    expect(short).to_be_visible()
    expect(full).to_be_hidden()
    details.locator("summary").click()
    expect(full).to_be_visible()
    expect(short).to_be_hidden()
    expect(details.locator(".attr-less")).to_be_visible()
    details.screenshot(path=str(SHOTS / "attributions-open.png"))
