"""The story page, the upload form and the hover linking in real Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

DEMO_STORY = "/stories/1"
OUTLETS = ("Yeshiva World News", "World Israel News")
# About another event, so it starts its own story and the demo story stays as loaded.
NEW_ARTICLE = (
    "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
    "Three people were rescued from cars on the riverbank. "
    "The mayor said the bridge would stay shut until Friday."
)
PAGES = ("/", DEMO_STORY, "/articles/1", "/upload")


@pytest.mark.browser
def test_demo_story_shows_its_claims(page: Page) -> None:
    page.goto(DEMO_STORY)
    expect(page.locator("h1")).to_contain_text("Iraqi militias")
    rows = page.locator("table.matrix tbody tr.claim")
    assert rows.count() > 0
    for outlet in OUTLETS:
        expect(page.locator(f"table.matrix th[data-outlet='{outlet}']")).to_be_visible()
    statuses = page.locator("tr.claim .status[data-status]")
    assert statuses.count() == rows.count()
    expect(statuses.first).to_be_visible()
    expect(page.locator("tr.claim[data-status=single]").first).to_be_visible()
    expect(page.locator("[data-open-mode]")).to_be_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('table.matrix')).borderCollapse")


@pytest.mark.browser
def test_story_page_loads_without_console_errors(page: Page) -> None:
    # Console errors include Content-Security-Policy violations (inline script or style)
    # and failed static files. The favicon has its own test: Chromium asks for it once.
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico"):
            problems.append(f"{message.text} ({message.location.get('url')})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(DEMO_STORY)
    page.locator("td.cell:not(.absent)").first.hover()
    assert problems == []


@pytest.mark.browser
def test_the_site_has_a_favicon(page: Page) -> None:
    # Without one, every browser's first visit logs a 404 for /favicon.ico.
    page.goto("/")
    icons = page.locator("link[rel~=icon]")
    href = icons.first.get_attribute("href") if icons.count() else "/favicon.ico"
    assert href is not None
    if not href.startswith("data:"):
        response = page.request.get(href)
        assert response.ok, f"{href} answers {response.status}"


@pytest.mark.browser
def test_hovering_a_statement_links_its_partners(page: Page) -> None:
    page.goto(DEMO_STORY)
    row = page.locator("tr.claim:not([data-status=single])").first
    cells = row.locator("td.cell:not(.absent)")
    assert cells.count() >= 2
    cells.nth(0).locator("p.statement").hover()
    for i in range(cells.count()):
        expect(cells.nth(i)).to_have_class(re.compile(r"\bis-linked\b"))
    # Only this claim's statements are linked.
    assert page.locator("td.cell.is-linked").count() == cells.count()

    single = page.locator("tr.claim[data-status=single] td.cell:not(.absent)").first
    single.hover()
    expect(cells.nth(1)).not_to_have_class(re.compile(r"\bis-linked\b"))
    expect(single).to_have_class(re.compile(r"\bis-linked\b"))


@pytest.mark.browser
def test_upload_through_the_form_lands_on_the_story(page: Page) -> None:
    page.goto("/upload")
    page.get_by_label("Article text").fill(NEW_ARTICLE)
    page.get_by_label("Outlet").fill("Saxony Daily")
    page.get_by_role("button", name="Add and compare").click()
    page.wait_for_url(re.compile(r"/stories/\d+\?new=\d+#article-\d+$"))
    new_id = re.search(r"new=(\d+)", page.url).group(1)  # type: ignore[union-attr]
    column = page.locator(f"th#article-{new_id}")
    expect(column).to_have_class(re.compile(r"\bis-new\b"))
    expect(column).to_have_attribute("data-outlet", "Saxony Daily")
    expect(page.locator("li.outlet-chip.is-new .flag-new")).to_be_visible()
    assert page.locator("tr.claim").count() > 0


@pytest.mark.browser
def test_screenshots_of_the_story_page(page: Page, artifacts: Path) -> None:
    for width, height in ((1280, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.goto(DEMO_STORY)
        expect(page.locator("table.matrix")).to_be_visible()
        page.screenshot(path=artifacts / f"story-{width}.png", full_page=True)
        # A matrix wider than the screen scrolls inside its own region.
        wrap = page.locator(".matrix-wrap")
        assert wrap.evaluate("el => getComputedStyle(el).overflowX") in ("auto", "scroll")
        assert wrap.evaluate("el => el.getBoundingClientRect().right") <= width


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_no_sideways_scrolling_on_a_phone(page: Page, path: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(path)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    wide = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(el => !el.closest('.matrix-wrap'))
            .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
            .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''))"""
    )
    assert overflow <= 1, f"{path} scrolls sideways by {overflow}px at 390px; too wide: {wide}"


@pytest.mark.browser
def test_screenshot_of_the_upload_error(page: Page, artifacts: Path) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/upload")
    page.get_by_label("Outlet").fill("Saxony Daily")
    page.get_by_label("Headline").fill("Militias pause attacks")
    page.get_by_role("button", name="Add and compare").click()
    error = page.locator("#text-error")
    expect(error).to_be_visible()
    expect(page.get_by_label("Outlet")).to_have_value("Saxony Daily")
    expect(page.get_by_label("Headline")).to_have_value("Militias pause attacks")
    expect(page.get_by_label("Article text")).to_have_attribute("aria-invalid", "true")
    page.screenshot(path=artifacts / "upload-error.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    expect(error).to_be_visible()
    page.screenshot(path=artifacts / "upload-error-390.png", full_page=True)
