"""axe-core (vendored for the tests only) finds no serious or critical problems."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A page whose Content-Security-Policy lets the test inject axe (the app's stays strict)."""
    context = browser.new_context(base_url=base_url, bypass_csp=True)
    try:
        yield context.new_page()
    finally:
        context.close()


def serious_violations(page: Page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(n["target"]) for n in v["nodes"][:5])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.browser
@pytest.mark.parametrize(
    "path",
    [
        "/stories/1",
        "/stories/1?show=conflicts",
        "/stories/1/compare",
        "/articles/1",
        "/outlets/1",
        "/upload",
    ],
)
def test_no_serious_accessibility_violations(page: Page, axe_source: str, path: str) -> None:
    page.goto(path)
    assert serious_violations(page, axe_source) == []


@pytest.mark.browser
@pytest.mark.parametrize("suffix", ["", "/compare"])
def test_no_serious_violations_on_the_wide_story(
    page: Page, axe_source: str, big_story: str, suffix: str
) -> None:
    page.goto(big_story + suffix)
    assert serious_violations(page, axe_source) == []
