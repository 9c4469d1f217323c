"""Every check of the seed story's expected.json, asserted on GET /api/stories/{id}/comparison,
once with the CRF tagger alone and once with the optional attribution network blended in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.core import attribution_network
from tests.conftest import SEED_EXPECTED, require_network

OUTLETS = {"ywn": "Yeshiva World News", "win": "World Israel News"}


@pytest.fixture(params=["crf", "crf+network"])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """The app's settings, with PARALLAX_ATTRIBUTION_NETWORK off and on."""
    network = request.param == "crf+network"
    if network:
        require_network()
    yield Settings(
        database_url=f"sqlite:///{tmp_path / 'parallax.db'}",
        debug=True,
        attribution_network=network,
    )
    attribution_network.use(False)


@pytest.fixture
def comparison(client: TestClient, demo_story: int) -> dict[str, Any]:
    response = client.get(f"/api/stories/{demo_story}/comparison")
    assert response.status_code == 200
    return response.json()


def _article_id(comparison: dict[str, Any], key: str) -> int:
    return next(a["id"] for a in comparison["articles"] if a["outlet"] == OUTLETS[key])


def _find(comparison: dict[str, Any], key: str, phrase: str) -> tuple[dict, dict]:
    """The (claim, statement) of outlet `key` whose text contains `phrase`."""
    article_id = _article_id(comparison, key)
    hits = [
        (claim, st)
        for claim in comparison["claims"]
        for st in claim["statements"]
        if st["article_id"] == article_id and phrase.lower() in st["text"].lower()
    ]
    assert len(hits) == 1, f"{key}: expected one statement containing {phrase!r}, found {len(hits)}"
    return hits[0]


@pytest.mark.parametrize("item", SEED_EXPECTED["same_claim"], ids=lambda i: i["why"][:40])
def test_same_claim(comparison: dict[str, Any], item: dict[str, str]) -> None:
    claim_ywn, _ = _find(comparison, "ywn", item["ywn"])
    claim_win, _ = _find(comparison, "win", item["win"])
    assert claim_ywn["id"] == claim_win["id"], item["why"]


@pytest.mark.parametrize(
    ("key", "phrase"),
    [(k, p) for k, phrases in SEED_EXPECTED["only_in"].items() for p in phrases],
)
def test_only_in_one_outlet(comparison: dict[str, Any], key: str, phrase: str) -> None:
    claim, _ = _find(comparison, key, phrase)
    own = _article_id(comparison, key)
    assert {st["article_id"] for st in claim["statements"]} == {own}
    assert claim["status"] == "single"


@pytest.mark.parametrize(
    "item", SEED_EXPECTED["attribution"], ids=lambda i: f"{i['outlet']}:{i['statement'][:30]}"
)
def test_attribution(comparison: dict[str, Any], item: dict[str, Any]) -> None:
    _, st = _find(comparison, item["outlet"], item["statement"])
    attr = st["attribution"]
    if "source_contains" in item:
        assert attr["source"] and item["source_contains"].lower() in attr["source"].lower(), attr
    if "via_contains" in item:
        assert attr["via"] and item["via_contains"].lower() in attr["via"].lower(), attr
    if "kind" in item:
        assert attr["kind"] == item["kind"], attr
    if "quote" in item:
        assert st["quote"] is item["quote"]
    if "hedged" in item:
        assert attr["hedged"] is item["hedged"], attr


def test_metadata(client: TestClient, comparison: dict[str, Any]) -> None:
    expected = SEED_EXPECTED["metadata"]
    win = client.get(f"/api/articles/{_article_id(comparison, 'win')}").json()
    assert win["published_at"] == expected["win"]["published"]
    assert expected["win"]["byline_contains"] in win["byline"]
    assert win["standfirst"].startswith(expected["win"]["standfirst_starts"])
    assert not any("Fearing blowback" in s["text"] for s in win["statements"])

    ywn = client.get(f"/api/articles/{_article_id(comparison, 'ywn')}").json()
    assert expected["ywn"]["signature_contains"] in ywn["signature"]
    assert expected["ywn"]["signature_is_not_a_statement"]
    assert not any("Israel Desk" in s["text"] for s in ywn["statements"])
    assert "Israel Desk" not in ywn["body"]


def test_highlight_deal_claim_shows_attribution_difference(comparison: dict[str, Any]) -> None:
    claim, _ = _find(comparison, "ywn", "reached an agreement with Iraqi Prime Minister")
    kinds = {c["type"] for c in claim["conflicts"]}
    assert "attribution" in kinds
    by_article = {st["article_id"]: st["attribution"]["kind"] for st in claim["statements"]}
    assert by_article[_article_id(comparison, "win")] == "none"
    assert by_article[_article_id(comparison, "ywn")] != "none"


def test_highlight_translated_quote_is_one_claim_with_a_word_diff(
    comparison: dict[str, Any],
) -> None:
    claim, ywn = _find(comparison, "ywn", "observe the situation from afar")
    _, win = _find(comparison, "win", "monitor the situation from a distance")
    assert win in claim["statements"]
    assert win["quote"] and "\u201c" in ywn["text"]
    for st in (ywn, win):
        assert st["diff"], "each wording shows which words differ"
        assert all(0 <= a < b <= len(st["text"]) for a, b in st["diff"])


def test_highlight_each_outlet_has_single_source_claims(comparison: dict[str, Any]) -> None:
    singles = [c for c in comparison["claims"] if c["status"] == "single"]
    outlets = {c["statements"][0]["article_id"] for c in singles}
    assert outlets == {_article_id(comparison, "ywn"), _article_id(comparison, "win")}


THIRD_OUTLET = """Iraq's Iran-backed militias stop attacks on Israel

By Baghdad Today staff

Pro-Iranian armed factions in Iraq have agreed to stop their attacks on Israel, a commander of the Nujaba movement told the Lebanese newspaper Al-Akhbar on Monday.

The factions will "watch the situation from afar" and wait for the policies of US President-elect Donald Trump, the commander said.

The agreement was reached with Prime Minister Mohammed Shia al-Sudani, according to Al-Akhbar.
"""


def test_a_third_outlet_does_not_split_the_seed_claims(client: TestClient, demo_story: int) -> None:
    """Articles are aligned one at a time; a newcomer must not split claims the seeds share."""
    added = client.post(
        "/api/articles",
        json={
            "text": THIRD_OUTLET,
            "outlet": "Baghdad Today",
            "story_id": demo_story,
            "published_at": "2024-12-24",
        },
    )
    assert added.status_code == 201, added.text
    comparison = client.get(f"/api/stories/{demo_story}/comparison").json()
    for item in SEED_EXPECTED["same_claim"]:
        claim_ywn, _ = _find(comparison, "ywn", item["ywn"])
        claim_win, _ = _find(comparison, "win", item["win"])
        assert claim_ywn["id"] == claim_win["id"], item["why"]
    core, _ = _find(comparison, "ywn", "agreed to halt their attacks on Israel")
    assert added.json()["id"] in {st["article_id"] for st in core["statements"]}


PAUSED_LEAD = (
    "Iraqi militias aligned with Iran have paused their attacks on Israel, a militia commander "
    "told the Lebanese daily Al-Akhbar on Monday.\n\n"
    "The commander said the groups would watch the situation from a distance, according to "
    "the newspaper.\n\n"
    "Officials in Baghdad did not comment on the report, which could not be independently verified."
)


def test_an_upload_whose_lead_says_paused_joins_the_core_claim(
    client: TestClient, demo_story: int
) -> None:
    """A new user's upload in the browser walk-through: the lead's verb ('paused') is what
    the militias did, not who said it, so the claim stays whole and joins the seeds' core one."""
    added = client.post(
        "/api/articles",
        json={"text": PAUSED_LEAD, "outlet": "Baghdad Wire", "story_id": demo_story},
    )
    assert added.status_code == 201, added.text
    article = added.json()["id"]
    comparison = client.get(f"/api/stories/{demo_story}/comparison").json()
    lead = next(
        st
        for claim in comparison["claims"]
        for st in claim["statements"]
        if st["article_id"] == article and "paused their attacks" in st["text"]
    )
    assert lead["attribution"]["source"] == "a militia commander"
    core, _ = _find(comparison, "ywn", "agreed to halt their attacks on Israel")
    assert article in {st["article_id"] for st in core["statements"]}
