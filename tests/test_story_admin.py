"""Editing stories: rename, move an article, merge; recomputed, authorised, all or nothing."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from app.models import Article, Claim, ClaimMember
from app.services import comparison, story_admin
from tests.conftest import LOCKED_TOKEN as TOKEN
from tests.conftest import csrf_from, row_counts

FLOOD_A = (
    "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
    "Three people were rescued from cars on the riverbank."
)
FLOOD_B = (
    "The main bridge in Dresden was closed by flooding on Tuesday, officials said. "
    "Four people were rescued from cars on the riverbank."
)


def _story_with(
    client: TestClient, title: str, *items: tuple[str, str], **extra: Any
) -> tuple[int, list[int]]:
    story = client.post("/api/stories", json={"title": title}).json()["id"]
    ids = []
    for body, outlet in items:
        added = client.post(
            "/api/articles", json={"text": body, "outlet": outlet, "story_id": story, **extra}
        )
        assert added.status_code == 201, added.text
        ids.append(added.json()["id"])
    return story, ids


def _comparison(client: TestClient, story: int) -> dict:
    response = client.get(f"/api/stories/{story}/comparison")
    assert response.status_code == 200
    return response.json()


def _snapshot(session: Session) -> dict[str, Any]:
    """Where every article is and the stored comparison, read afresh."""
    session.rollback()
    return {
        "counts": row_counts(session),
        "articles": sorted(
            (a.id, a.story_id, a.superseded_by_id) for a in session.exec(select(Article))
        ),
        "claims": sorted((c.id, c.story_id, c.status) for c in session.exec(select(Claim))),
        "members": sorted((m.claim_id, m.statement_id) for m in session.exec(select(ClaimMember))),
        "stories": session.execute(
            text("SELECT id, title, updated_at FROM story ORDER BY id")
        ).all(),
    }


# --- rename -----------------------------------------------------------------------


def test_rename_keeps_the_slug(client: TestClient, demo_story: int) -> None:
    before = client.get(f"/api/stories/{demo_story}").json()
    renamed = client.patch(
        f"/api/stories/{demo_story}", json={"title": "  Militias   pause attacks "}
    )
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["title"] == "Militias pause attacks"
    assert renamed.json()["article_count"] == 2
    after = client.get(f"/api/stories/{demo_story}").json()
    assert after["title"] == "Militias pause attacks" and after["slug"] == before["slug"]
    assert client.get(f"/stories/{before['slug']}").status_code == 200


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/api/stories/{id}", {"title": "   "}, 422),
        ("/api/stories/{id}", {"title": "x" * 301}, 422),
        ("/api/stories/{id}", {"title": "A", "slug": "b"}, 422),
        ("/api/stories/999", {"title": "A"}, 404),
    ],
)
def test_bad_renames_change_nothing(
    client: TestClient, session: Session, demo_story: int, path: str, body: dict, status: int
) -> None:
    before = _snapshot(session)
    response = client.patch(path.format(id=demo_story), json=body)
    assert response.status_code == status
    assert response.json()["detail"]
    assert _snapshot(session) == before


# --- move -------------------------------------------------------------------------


def test_move_recomputes_both_stories(client: TestClient, demo_story: int) -> None:
    other, (flood,) = _story_with(client, "Dresden floods", (FLOOD_A, "Saxony Daily"))
    win = next(
        a["id"]
        for a in _comparison(client, demo_story)["articles"]
        if a["outlet"] == "World Israel News"
    )

    moved = client.post(f"/api/articles/{win}/move", json={"story_id": other})
    assert moved.status_code == 200, moved.text
    assert moved.json() == {
        "article_id": win,
        "from_story": demo_story,
        "story_id": other,
        "articles": [win],
        "removed_story": None,
    }
    source = _comparison(client, demo_story)
    assert [a["outlet"] for a in source["articles"]] == ["Yeshiva World News"]
    assert all(c["status"] == "single" for c in source["claims"])
    target = _comparison(client, other)
    assert {a["id"] for a in target["articles"]} == {flood, win}
    assert win in {st["article_id"] for c in target["claims"] for st in c["statements"]}
    assert client.get(f"/api/articles/{win}").json()["story_id"] == other


def test_moving_the_last_article_removes_the_emptied_story(client: TestClient) -> None:
    a, (first,) = _story_with(client, "Bridge A", (FLOOD_A, "Saxony Daily"))
    b, (second,) = _story_with(client, "Bridge B", (FLOOD_B, "Elbe Courier"))
    moved = client.post(f"/api/articles/{first}/move", json={"story_id": b}).json()
    assert moved["removed_story"] == a
    assert client.get(f"/api/stories/{a}").status_code == 404
    target = _comparison(client, b)
    assert {x["id"] for x in target["articles"]} == {first, second}
    assert any(c["status"] != "single" for c in target["claims"])  # the two accounts now meet


def test_an_article_moves_with_all_its_versions(client: TestClient) -> None:
    url = "https://saxony-daily.example/bridge"
    a, (v1,) = _story_with(client, "Bridge A", (FLOOD_A, "Saxony Daily"), url=url)
    v2 = client.post(
        "/api/articles",
        json={
            "text": FLOOD_A + " Engineers will inspect it.",
            "outlet": "Saxony Daily",
            "url": url,
        },
    ).json()["id"]
    client.post("/api/articles", json={"text": FLOOD_B, "outlet": "Elbe Courier", "story_id": a})
    b, _ = _story_with(client, "Bridge B", (FLOOD_B, "Kiel Post"))
    moved = client.post(
        f"/api/articles/{v1}/move", json={"story_id": b}
    ).json()  # an earlier version
    assert sorted(moved["articles"]) == sorted([v1, v2])
    assert {client.get(f"/api/articles/{i}").json()["story_id"] for i in (v1, v2)} == {b}
    assert v2 in {x["id"] for x in _comparison(client, b)["articles"]}
    assert v1 not in {x["id"] for x in _comparison(client, b)["articles"]}


@pytest.mark.parametrize(
    ("article", "body", "status", "message"),
    [
        ("own", {"story_id": "same"}, 422, "already in story"),
        ("own", {"story_id": 999}, 422, "no story 999"),
        ("own", {"story_id": 0}, 422, "story_id"),
        ("own", {}, 422, "story_id"),
        (999, {"story_id": "same"}, 404, "no article 999"),
    ],
)
def test_bad_moves_change_nothing(
    client: TestClient,
    session: Session,
    demo_story: int,
    article: Any,
    body: dict,
    status: int,
    message: str,
) -> None:
    own = _comparison(client, demo_story)["articles"][0]["id"]
    article_id = own if article == "own" else article
    payload = {k: (demo_story if v == "same" else v) for k, v in body.items()}
    before = _snapshot(session)
    response = client.post(f"/api/articles/{article_id}/move", json=payload)
    assert response.status_code == status
    assert message in response.json()["detail"].lower()
    assert _snapshot(session) == before


# --- merge ------------------------------------------------------------------------


def test_merge_moves_everything_and_removes_the_merged_story(client: TestClient) -> None:
    a, (first,) = _story_with(client, "Bridge A", (FLOOD_A, "Saxony Daily"))
    b, (second,) = _story_with(client, "Bridge B", (FLOOD_B, "Elbe Courier"))
    merged = client.post(f"/api/stories/{a}/merge", json={"into": b})
    assert merged.status_code == 200, merged.text
    assert merged.json() == {"story_id": b, "merged": a, "articles_moved": 1}
    assert client.get(f"/api/stories/{a}").status_code == 404
    target = _comparison(client, b)
    assert target["story"]["title"] == "Bridge B"
    assert {x["id"] for x in target["articles"]} == {first, second}
    assert any(len(c["statements"]) == 2 for c in target["claims"])


@pytest.mark.parametrize(
    ("source", "into", "status", "message"),
    [("a", "a", 422, "itself"), ("a", 999, 422, "no story 999"), (999, "a", 404, "no story 999")],
)
def test_bad_merges_change_nothing(
    client: TestClient, session: Session, source: Any, into: Any, status: int, message: str
) -> None:
    a, _ = _story_with(client, "Bridge A", (FLOOD_A, "Saxony Daily"))
    before = _snapshot(session)
    response = client.post(
        f"/api/stories/{a if source == 'a' else source}/merge",
        json={"into": a if into == "a" else into},
    )
    assert response.status_code == status
    assert message in response.json()["detail"].lower()
    assert _snapshot(session) == before


# --- all or nothing ---------------------------------------------------------------


def _fail_on_call(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    real = comparison.recompute_story
    calls = {"n": 0}

    def flaky(session: Session, story_id: int) -> None:
        calls["n"] += 1
        if calls["n"] == n:
            raise RuntimeError("comparison failed")
        real(session, story_id)

    monkeypatch.setattr(comparison, "recompute_story", flaky)


@pytest.mark.parametrize("failing_call", [1, 2])
def test_a_failed_move_leaves_everything_as_it_was(
    client: TestClient,
    session: Session,
    demo_story: int,
    monkeypatch: pytest.MonkeyPatch,
    failing_call: int,
) -> None:
    other, _ = _story_with(client, "Dresden floods", (FLOOD_A, "Saxony Daily"))
    win = _comparison(client, demo_story)["articles"][0]["id"]
    before = _snapshot(session)
    _fail_on_call(monkeypatch, failing_call)
    with pytest.raises(RuntimeError):
        story_admin.move_article(session, win, other)
    assert _snapshot(session) == before


def test_a_failed_merge_leaves_everything_as_it_was(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _ = _story_with(client, "Bridge A", (FLOOD_A, "Saxony Daily"))
    b, _ = _story_with(client, "Bridge B", (FLOOD_B, "Elbe Courier"))
    before = _snapshot(session)
    _fail_on_call(monkeypatch, 1)
    with pytest.raises(RuntimeError):
        story_admin.merge_story(session, a, b)
    assert _snapshot(session) == before


# --- the edit page ----------------------------------------------------------------


def _form(client: TestClient, story: int, action: str, **fields: Any) -> Any:
    token = csrf_from(client, f"/stories/{story}/edit")
    return client.post(
        f"/stories/{story}/edit/{action}", data={"csrf": token, **fields}, follow_redirects=False
    )


def test_the_edit_page_renames_moves_and_merges(client: TestClient) -> None:
    a, (first, second) = _story_with(
        client, "Bridge A", (FLOOD_A, "Saxony Daily"), (FLOOD_B, "Elbe Courier")
    )
    b, _ = _story_with(client, "Bridge B", (FLOOD_A, "Kiel Post"))

    soup = BeautifulSoup(client.get(f"/stories/{a}/edit").text, "html.parser")
    assert soup.select_one("form.edit-title input[name=title]")["value"] == "Bridge A"
    assert {
        int(o["value"]) for o in soup.select("form.edit-move select[name=article_id] option")
    } == {first, second}
    assert [int(o["value"]) for o in soup.select("form.edit-merge option")] == [b]

    renamed = _form(client, a, "title", title="Dresden bridge")
    assert renamed.status_code == 303 and renamed.headers["location"] == f"/stories/{a}"
    assert client.get(f"/api/stories/{a}").json()["title"] == "Dresden bridge"

    assert _form(client, a, "move", article_id=second, target=b).status_code == 303
    assert second in {x["id"] for x in _comparison(client, b)["articles"]}

    merged = _form(client, a, "merge", target=b)
    assert merged.status_code == 303 and merged.headers["location"] == f"/stories/{b}"
    assert client.get(f"/api/stories/{a}").status_code == 404
    assert len(_comparison(client, b)["articles"]) == 3


@pytest.mark.parametrize(
    ("action", "fields", "message"),
    [
        ("title", {"title": "  "}, "needs a title"),
        ("merge", {"target": "999"}, "no story 999"),
        ("merge", {"target": "abc"}, "choose one"),
        ("move", {"article_id": "", "target": "1"}, "choose one"),
    ],
)
def test_bad_edit_forms_show_the_page_again(
    client: TestClient, session: Session, action: str, fields: dict, message: str
) -> None:
    a, _ = _story_with(client, "Bridge A", (FLOOD_A, "Saxony Daily"))
    before = _snapshot(session)
    response = _form(client, a, action, **fields)
    assert response.status_code == 422
    alert = BeautifulSoup(response.text, "html.parser").select_one("#form-errors")
    assert alert is not None and message in alert.get_text().lower()
    assert _snapshot(session) == before


def test_an_unknown_edit_is_404(client: TestClient) -> None:
    a, _ = _story_with(client, "Bridge A", (FLOOD_A, "Saxony Daily"))
    assert _form(client, a, "delete").status_code == 404
    assert client.get("/stories/999/edit").status_code == 404


# --- authorisation ----------------------------------------------------------------


def _locked_stories(locked: TestClient) -> tuple[int, int, int]:
    auth = {"authorization": f"Bearer {TOKEN}"}
    ids = []
    for title, body, outlet in (
        ("Bridge A", FLOOD_A, "Saxony Daily"),
        ("Bridge B", FLOOD_B, "Elbe Courier"),
    ):
        story = locked.post("/api/stories", json={"title": title}, headers=auth).json()["id"]
        added = locked.post(
            "/api/articles", json={"text": body, "outlet": outlet, "story_id": story}, headers=auth
        )
        ids.append((story, added.json()["id"]))
    return ids[0][0], ids[1][0], ids[0][1]


@pytest.mark.parametrize("auth", [None, "Bearer wrong-token-value", TOKEN])
def test_api_edits_need_the_token(locked: TestClient, auth: str | None) -> None:
    a, b, article = _locked_stories(locked)
    with Session(locked.app.state.engine) as s:  # type: ignore[attr-defined]
        before = _snapshot(s)
        headers = {"authorization": auth} if auth else {}
        for method, path, body in (
            ("PATCH", f"/api/stories/{a}", {"title": "Renamed"}),
            ("POST", f"/api/articles/{article}/move", {"story_id": b}),
            ("POST", f"/api/stories/{a}/merge", {"into": b}),
        ):
            response = locked.request(method, path, json=body, headers=headers)
            assert response.status_code == 401, (method, path)
            assert "token" in response.json()["detail"]
        assert _snapshot(s) == before
    good = {"authorization": f"Bearer {TOKEN}"}
    assert (
        locked.patch(f"/api/stories/{a}", json={"title": "Renamed"}, headers=good).status_code
        == 200
    )
    assert locked.post(f"/api/stories/{a}/merge", json={"into": b}, headers=good).status_code == 200


def test_edit_pages_need_sign_in_and_csrf(locked: TestClient) -> None:
    a, b, _ = _locked_stories(locked)
    page = locked.get(f"/stories/{a}/edit", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/signin")
    with Session(locked.app.state.engine) as s:  # type: ignore[attr-defined]
        before = _snapshot(s)
        token = csrf_from(locked, "/signin")
        no_csrf = locked.post(
            f"/stories/{a}/edit/merge", data={"target": str(b)}, follow_redirects=False
        )
        assert no_csrf.status_code == 403
        signed_out = locked.post(
            f"/stories/{a}/edit/merge",
            data={"target": str(b), "csrf": token},
            follow_redirects=False,
        )
        assert signed_out.status_code == 401
        assert _snapshot(s) == before
    signin = locked.post(
        "/signin",
        data={"token": TOKEN, "csrf": token, "next": f"/stories/{a}/edit"},
        follow_redirects=False,
    )
    assert signin.status_code == 303
    assert locked.get(f"/stories/{a}/edit").status_code == 200
    merged = locked.post(
        f"/stories/{a}/edit/merge", data={"target": str(b), "csrf": token}, follow_redirects=False
    )
    assert merged.status_code == 303
    assert locked.get(f"/api/stories/{a}").status_code == 404
