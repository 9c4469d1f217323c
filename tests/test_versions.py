"""Article versions: re-uploading a URL with changed text, diffs, the comparison, deletion."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.config import Settings
from app.main import create_app
from app.services.articles import Submission, add_article
from app.services.versions import word_diff
from tests.conftest import csrf_from, row_counts

URL = "https://saxony-daily.example/2025/03/bridge"
V1 = (
    "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
    "Two people were rescued from cars on the riverbank. "
    "The mayor said the bridge would stay shut until Friday."
)
V2 = (
    "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
    "Three people were rescued from cars on the riverbank. "
    "The mayor said the bridge would stay shut until Friday. "
    "Engineers will inspect the pillars on Thursday."
)
OTHER = (
    "The Dresden bridge was closed by floods on Tuesday, officials said. "
    "Two people were rescued from their cars. "
    "It will stay shut until Friday, the mayor said."
)


def _post(client: TestClient, text: str, outlet: str = "Saxony Daily", **extra: Any) -> Any:
    return client.post("/api/articles", json={"text": text, "outlet": outlet, "url": URL, **extra})


def _story_with_two_versions(client: TestClient) -> tuple[dict, dict, dict]:
    first = _post(client, V1, title="Bridge shut").json()
    other = client.post(
        "/api/articles",
        json={"text": OTHER, "outlet": "Elbe Courier", "story_id": first["story_id"]},
    ).json()
    second = _post(client, V2, title="Bridge shut, pillars to be inspected")
    assert second.status_code == 201, second.text
    return first, second.json(), other


def test_changed_text_at_the_same_url_is_a_new_version_in_the_same_story(
    client: TestClient, session: Session
) -> None:
    first, second, _ = _story_with_two_versions(client)
    assert second["story_id"] == first["story_id"] and second["new_story"] is False
    assert second["id"] != first["id"]

    old = client.get(f"/api/articles/{first['id']}").json()
    new = client.get(f"/api/articles/{second['id']}").json()
    assert (old["version"], new["version"]) == (1, 2)
    assert old["superseded_by"] == second["id"] and new["superseded_by"] is None
    assert [v["id"] for v in new["versions"]] == [first["id"], second["id"]]
    assert [v["latest"] for v in old["versions"]] == [False, True]
    assert old["statements"] and "Two people" in old["body"]  # the old text and statements stay


def test_same_url_and_same_text_stays_a_duplicate(client: TestClient, session: Session) -> None:
    first = _post(client, V1).json()
    before = row_counts(session)
    again = _post(client, V1)
    assert again.status_code == 409
    assert again.json()["article_id"] == first["id"]
    assert row_counts(session) == before


def test_the_comparison_uses_only_latest_versions_and_says_the_account_changed(
    client: TestClient,
) -> None:
    first, second, other = _story_with_two_versions(client)
    comp = client.get(f"/api/stories/{first['story_id']}/comparison").json()
    by_id = {a["id"]: a for a in comp["articles"]}
    assert set(by_id) == {second["id"], other["id"]}
    assert by_id[second["id"]]["version"] == 2 and by_id[second["id"]]["previous_versions"] == 1
    assert by_id[other["id"]]["version"] == 1 and by_id[other["id"]]["previous_versions"] == 0
    members = {st["article_id"] for c in comp["claims"] for st in c["statements"]}
    assert first["id"] not in members and second["id"] in members
    assert any("Engineers" in st["text"] for c in comp["claims"] for st in c["statements"])

    detail = client.get(f"/api/stories/{first['story_id']}").json()
    assert {a["id"] for a in detail["articles"]} == {second["id"], other["id"]}
    listed = client.get("/api/stories").json()
    assert listed[0]["article_count"] == 2


def test_the_article_page_lists_versions_and_shows_a_word_diff(client: TestClient) -> None:
    first, second, _ = _story_with_two_versions(client)
    soup = BeautifulSoup(client.get(f"/articles/{second['id']}").text, "html.parser")
    items = soup.select("#versions .version-list li")
    assert [li["data-version"] for li in items] == ["1", "2"]
    assert items[1].get("aria-current") == "page"
    assert items[0].select_one(f"a[href='/articles/{first['id']}']") is not None
    diff = soup.select_one(".version-diff")
    assert diff is not None
    assert [d.get_text() for d in diff.select("del")] == ["Two "]
    inserted = " ".join(i.get_text() for i in diff.select("ins"))
    assert "Three" in inserted and "Engineers will inspect the pillars on Thursday." in inserted
    assert "Bridge shut" in soup.select_one(".title-change del").get_text()

    old = BeautifulSoup(client.get(f"/articles/{first['id']}").text, "html.parser")
    assert old.select_one("[data-superseded]") is not None
    assert old.select_one(".version-diff") is None  # the first version has nothing before it


def test_diff_markup_in_the_text_is_escaped(client: TestClient) -> None:
    _post(client, V1)
    second = _post(client, V1 + " <script>alert(1)</script> was typed here.").json()
    soup = BeautifulSoup(client.get(f"/articles/{second['id']}").text, "html.parser")
    assert soup.select_one(".version-diff script") is None
    assert "<script>" in soup.select_one(".version-diff ins").get_text()


def test_word_diff_keeps_all_of_both_texts() -> None:
    pieces = word_diff("a  b c\nd", "a b x\nd e")
    assert "".join(p.text for p in pieces if p.op != "delete") == "a b x\nd e"
    assert [p.text for p in pieces if p.op == "delete"] == ["c\n"]
    assert word_diff("", "") == ()


def test_a_third_version_and_deleting_the_latest_restores_the_previous(
    client: TestClient, session: Session
) -> None:
    first, second, other = _story_with_two_versions(client)
    third = _post(client, V2 + " Traffic is diverted.").json()
    assert client.get(f"/api/articles/{third['id']}").json()["version"] == 3
    comp = client.get(f"/api/stories/{first['story_id']}/comparison").json()
    assert {a["id"]: a["previous_versions"] for a in comp["articles"]}[third["id"]] == 2

    assert client.delete(f"/api/articles/{third['id']}").status_code == 204
    comp = client.get(f"/api/stories/{first['story_id']}/comparison").json()
    assert {a["id"] for a in comp["articles"]} == {second["id"], other["id"]}
    members = {st["article_id"] for c in comp["claims"] for st in c["statements"]}
    assert second["id"] in members
    assert client.get(f"/api/articles/{second['id']}").json()["superseded_by"] is None


def test_deleting_a_middle_version_relinks_the_chain(client: TestClient) -> None:
    first, second, _ = _story_with_two_versions(client)
    third = _post(client, V2 + " Traffic is diverted.").json()
    comp_before = client.get(f"/api/stories/{first['story_id']}/comparison").json()
    assert client.delete(f"/api/articles/{second['id']}").status_code == 204
    old = client.get(f"/api/articles/{first['id']}").json()
    assert old["superseded_by"] == third["id"]
    assert [v["version"] for v in old["versions"]] == [1, 3]
    comp_after = client.get(f"/api/stories/{first['story_id']}/comparison").json()
    assert comp_after["claims"] == comp_before["claims"]  # an earlier version was not compared
    assert {a["id"]: a["previous_versions"] for a in comp_after["articles"]}[third["id"]] == 1


def test_deleting_the_first_version_keeps_the_later_one(client: TestClient) -> None:
    first, second, _ = _story_with_two_versions(client)
    assert client.delete(f"/api/articles/{first['id']}").status_code == 204
    new = client.get(f"/api/articles/{second['id']}").json()
    assert [v["id"] for v in new["versions"]] == [second["id"]]
    assert new["version"] == 2


def test_another_outlet_at_the_same_url_is_not_a_version(client: TestClient) -> None:
    first = _post(client, V1).json()
    other = _post(client, OTHER, outlet="Elbe Courier", story_id=first["story_id"]).json()
    assert client.get(f"/api/articles/{other['id']}").json()["version"] == 1
    assert client.get(f"/api/articles/{first['id']}").json()["superseded_by"] is None


def test_a_failed_new_version_leaves_the_old_one_latest(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import comparison

    first = _post(client, V1).json()
    before = row_counts(session)

    def broken(*args: object) -> None:
        raise RuntimeError("comparison failed")

    monkeypatch.setattr(comparison, "recompute_story", broken)
    with pytest.raises(RuntimeError):
        add_article(session, Submission(text=V2, outlet="Saxony Daily", url=URL))
    assert row_counts(session) == before
    assert client.get(f"/api/articles/{first['id']}").json()["superseded_by"] is None


def test_a_new_version_through_the_upload_form(client: TestClient) -> None:
    first = _post(client, V1).json()
    token = csrf_from(client)
    response = client.post(
        "/upload",
        data={"text": V2, "outlet": "Saxony Daily", "url": URL, "csrf": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"].startswith(f"/stories/{first['story_id']}?new=")


def test_a_new_version_needs_the_token(tmp_path: Any) -> None:
    from app.cli import migrate

    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'locked.db'}",
        debug=True,
        api_token="s3cret-token-for-tests-only",
    )
    migrate(settings)
    app = create_app(settings)
    with TestClient(app) as locked:
        auth = {"Authorization": "Bearer s3cret-token-for-tests-only"}
        first = locked.post(
            "/api/articles", json={"text": V1, "outlet": "S", "url": URL}, headers=auth
        )
        assert first.status_code == 201
        refused = locked.post("/api/articles", json={"text": V2, "outlet": "S", "url": URL})
        assert refused.status_code == 401
        article = locked.get(f"/api/articles/{first.json()['id']}").json()
        assert article["superseded_by"] is None and len(article["versions"]) == 1
    app.state.engine.dispose()


def test_a_new_version_stays_with_its_story_whatever_story_is_named(client: TestClient) -> None:
    first = _post(client, V1).json()
    elsewhere = client.post("/api/stories", json={"title": "Something else"}).json()["id"]
    second = _post(client, V2, story_id=elsewhere).json()
    assert second["story_id"] == first["story_id"] != elsewhere
    assert client.get(f"/api/stories/{elsewhere}").json()["articles"] == []


def test_going_back_to_an_earlier_text_is_a_duplicate_of_that_version(
    client: TestClient, session: Session
) -> None:
    first = _post(client, V1).json()
    second = _post(client, V2).json()
    before = row_counts(session)
    back = _post(client, V1)
    assert back.status_code == 409 and back.json()["article_id"] == first["id"]
    assert row_counts(session) == before
    assert client.get(f"/api/articles/{second['id']}").json()["superseded_by"] is None


def test_the_story_page_says_which_outlet_changed_its_account(client: TestClient) -> None:
    first, second, other = _story_with_two_versions(client)
    page = BeautifulSoup(client.get(f"/stories/{first['story_id']}").text, "html.parser")
    flags = page.select("a.flag-revised")
    assert [(f["href"], f["data-previous-versions"], f.get_text(strip=True)) for f in flags] == [
        (f"/articles/{second['id']}#versions", "1", "changed: version 2")
    ]
    assert page.select_one(f'a[href="/stories/{first["story_id"]}/edit"]') is not None
