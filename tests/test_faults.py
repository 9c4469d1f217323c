"""One upload is one transaction: a failure part-way stores nothing and the app keeps serving.

The comparison step is made to fail after it has done its work (cleared the
story's claims and written new ones), which is the worst moment: everything
before it must be rolled back, the person gets a readable 500 without a stack
trace or a file path, and the stored comparison is exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from bs4 import BeautifulSoup
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.models import Outlet
from app.services import comparison
from tests.conftest import csrf_from, row_counts

SECRET = "/srv/parallax/app/services/comparison.py line 99: disk on fire"

FOLLOW_UP = (
    "A senior militia official told Al-Akhbar on Tuesday that attacks on US forces "
    "would stay halted for the coming weeks. The official said the decision followed "
    "talks with the prime minister in Baghdad. Three commanders confirmed the order."
)
UNRELATED = (
    "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
    "Three people were rescued from cars on the riverbank. "
    "The mayor said the bridge would stay shut until Friday."
)


class Boom(RuntimeError):
    pass


@pytest.fixture
def server(app: FastAPI) -> Iterator[TestClient]:
    """A client that sees the 500 a person would see, instead of the raised exception."""
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def broken_recompute(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make recompute_story fail after doing all of its work; returns the story ids it saw."""
    real = comparison.recompute_story
    calls: list[int] = []

    def recompute_then_fail(session: Session, story_id: int) -> None:
        real(session, story_id)
        calls.append(story_id)
        raise Boom(SECRET)

    monkeypatch.setattr(comparison, "recompute_story", recompute_then_fail)
    return calls


def snapshot(client: TestClient, story_id: int) -> dict[str, Any]:
    comp = client.get(f"/api/stories/{story_id}/comparison")
    detail = client.get(f"/api/stories/{story_id}")
    assert comp.status_code == detail.status_code == 200
    return {"comparison": comp.json(), "story": detail.json()}


def assert_readable_500(response: httpx.Response) -> None:
    assert response.status_code == 500
    assert response.headers["content-type"].startswith("application/json")
    detail = response.json()["detail"]
    assert isinstance(detail, str) and len(detail) > 10
    for leak in ("Traceback", 'File "', ".py", "/srv/", "disk on fire", "Boom", "RuntimeError"):
        assert leak not in response.text, leak


def test_failed_upload_into_a_story_stores_nothing(
    server: TestClient, session: Session, demo_story: int, broken_recompute: list[int]
) -> None:
    before, state = row_counts(session), snapshot(server, demo_story)

    response = server.post(
        "/api/articles", json={"text": FOLLOW_UP, "outlet": "Baghdad Today", "story_id": demo_story}
    )

    assert broken_recompute == [demo_story], "the fault was not reached"
    assert_readable_500(response)
    assert row_counts(session) == before
    assert snapshot(server, demo_story) == state
    assert session.exec(select(Outlet).where(Outlet.name == "Baghdad Today")).first() is None


def test_failed_upload_that_would_start_a_story_stores_nothing(
    server: TestClient, session: Session, demo_story: int, broken_recompute: list[int]
) -> None:
    before, state = row_counts(session), snapshot(server, demo_story)

    response = server.post("/api/articles", json={"text": UNRELATED, "outlet": "Saxony Daily"})

    assert broken_recompute and broken_recompute[0] != demo_story
    assert_readable_500(response)
    assert row_counts(session) == before
    assert [s["id"] for s in server.get("/api/stories").json()] == [demo_story]
    assert snapshot(server, demo_story) == state


def test_failed_form_upload_shows_a_page_and_stores_nothing(
    server: TestClient, session: Session, demo_story: int, broken_recompute: list[int]
) -> None:
    before, state = row_counts(session), snapshot(server, demo_story)
    csrf = csrf_from(server)

    page = server.post(
        "/upload",
        data={
            "csrf": csrf,
            "text": FOLLOW_UP,
            "outlet": "Baghdad Today",
            "story_id": str(demo_story),
        },
        files={"file": ("", b"", "application/octet-stream")},
        headers={"accept": "text/html"},
        follow_redirects=False,
    )

    assert broken_recompute == [demo_story]
    assert page.status_code == 500
    text = BeautifulSoup(page.text, "html.parser").get_text(" ", strip=True)
    assert "went wrong" in text.lower()
    for leak in ("Traceback", ".py", "/srv/", "disk on fire", "Boom"):
        assert leak not in page.text, leak
    assert row_counts(session) == before
    assert snapshot(server, demo_story) == state


def test_failed_delete_removes_nothing(
    server: TestClient, session: Session, demo_story: int, broken_recompute: list[int]
) -> None:
    before, state = row_counts(session), snapshot(server, demo_story)
    victim = state["story"]["articles"][0]["id"]

    response = server.delete(f"/api/articles/{victim}")

    assert broken_recompute == [demo_story]
    assert_readable_500(response)
    assert row_counts(session) == before
    assert server.get(f"/api/articles/{victim}").status_code == 200
    assert snapshot(server, demo_story) == state


def test_the_app_keeps_serving_after_a_failure(
    server: TestClient,
    session: Session,
    demo_story: int,
    broken_recompute: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    failed = server.post(
        "/api/articles", json={"text": FOLLOW_UP, "outlet": "Baghdad Today", "story_id": demo_story}
    )
    assert failed.status_code == 500
    victim = snapshot(server, demo_story)["story"]["articles"][0]["id"]
    assert server.delete(f"/api/articles/{victim}").status_code == 500
    assert server.get("/healthz").json() == {"status": "ok"}
    assert server.get(f"/stories/{demo_story}", headers={"accept": "text/html"}).status_code == 200

    monkeypatch.undo()  # the fault is gone: the same requests now succeed
    before = row_counts(session)
    created = server.post(
        "/api/articles", json={"text": FOLLOW_UP, "outlet": "Baghdad Today", "story_id": demo_story}
    )
    assert created.status_code == 201, created.text
    after = row_counts(session)
    assert after["Article"] == before["Article"] + 1
    assert after["Statement"] == before["Statement"] + created.json()["statements"]
    comp = server.get(f"/api/stories/{demo_story}/comparison").json()
    assert created.json()["id"] in {a["id"] for a in comp["articles"]}
    members = {m["statement_id"] for c in comp["claims"] for m in c["statements"]}
    assert len(members) == after["Statement"] == after["ClaimMember"]

    victim = comp["articles"][-1]["id"]
    assert server.delete(f"/api/articles/{victim}").status_code == 204
    assert server.get(f"/api/articles/{victim}").status_code == 404
