"""The story list: sorting, paging, counts over latest versions, a fixed number of queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlmodel import Session

from app.services import stories

CONFLICT_A = (
    "Two soldiers were killed in the attack on the base on Monday, the army said. "
    "The base was hit by rockets fired from the north."
)
CONFLICT_B = (
    "Three soldiers were killed in the attack on the base on Monday, the army said. "
    "The base was hit by rockets fired from the north."
)
WIDE = "The harbour in Kiel reopened on Wednesday after the storm, the port authority said."


def _empty_stories(session: Session, n: int) -> list[int]:
    ids = [stories.create_story(session, f"Quiet story {i}").id for i in range(n)]
    session.commit()
    return ids  # type: ignore[return-value]


def _conflict_story(client: TestClient, n: int = 0) -> int:
    story = client.post("/api/stories", json={"title": f"Base attack {n}"}).json()["id"]
    for text, outlet in ((CONFLICT_A, f"North Post {n}"), (CONFLICT_B, f"South Post {n}")):
        added = client.post(
            "/api/articles", json={"text": text, "outlet": outlet, "story_id": story}
        )
        assert added.status_code == 201, added.text
    return story


def _wide_story(client: TestClient) -> int:
    story = client.post("/api/stories", json={"title": "Kiel harbour"}).json()["id"]
    for outlet in ("Kiel One", "Kiel Two", "Kiel Three"):
        added = client.post(
            "/api/articles", json={"text": WIDE, "outlet": outlet, "story_id": story}
        )
        assert added.status_code == 201, added.text
    return story


@contextmanager
def count_queries(client: TestClient) -> Iterator[list[str]]:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_sorting_by_latest_outlets_and_conflicts(client: TestClient, session: Session) -> None:
    conflict = _conflict_story(client)
    wide = _wide_story(client)
    quiet = _empty_stories(session, 3)

    latest = [s["id"] for s in client.get("/api/stories").json()]
    assert latest[:3] == quiet[::-1]

    by_outlets = client.get("/api/stories", params={"sort": "outlets"}).json()
    assert [s["id"] for s in by_outlets[:2]] == [wide, conflict]
    assert [s["outlet_count"] for s in by_outlets[:2]] == [3, 2]

    by_conflicts = client.get("/api/stories", params={"sort": "conflicts"}).json()
    assert by_conflicts[0]["id"] == conflict

    soup = BeautifulSoup(client.get("/?sort=conflicts").text, "html.parser")
    first = soup.select("li.story-item")[0]
    assert int(first["data-story-id"]) == conflict
    assert first.select_one(".status-conflict") is not None
    assert soup.select_one(".story-sort [aria-current]")["data-sort"] == "conflicts"


def test_paging_with_total_and_links(client: TestClient, session: Session) -> None:
    ids = _empty_stories(session, stories.PAGE_SIZE * 2 + 5)
    newest_first = ids[::-1]

    page1 = client.get("/api/stories")
    assert page1.headers["x-total-count"] == str(len(ids))
    assert [s["id"] for s in page1.json()] == newest_first[: stories.PAGE_SIZE]
    assert 'rel="next"' in page1.headers["link"] and 'rel="prev"' not in page1.headers["link"]

    page3 = client.get("/api/stories", params={"page": 3})
    assert [s["id"] for s in page3.json()] == newest_first[2 * stories.PAGE_SIZE :]
    assert 'rel="prev"' in page3.headers["link"] and 'rel="next"' not in page3.headers["link"]
    assert client.get("/api/stories", params={"page": 4}).json() == []

    soup = BeautifulSoup(client.get("/?page=2").text, "html.parser")
    assert len(soup.select("li.story-item")) == stories.PAGE_SIZE
    assert soup.select_one("a[rel=prev]")["href"] == "/?sort=latest&page=1"
    assert soup.select_one("a[rel=next]")["href"] == "/?sort=latest&page=3"
    assert soup.select_one("[data-total]")["data-total"] == str(len(ids))

    beyond = BeautifulSoup(client.get("/?page=9").text, "html.parser")
    assert not beyond.select("li.story-item") and beyond.select_one("p.empty") is not None


def test_every_page_of_every_sort_lists_each_story_once(
    client: TestClient, session: Session
) -> None:
    _conflict_story(client)
    ids = set(_empty_stories(session, stories.PAGE_SIZE + 3)) | {1}
    for sort in stories.SORTS:
        seen = [
            s["id"]
            for page in (1, 2)
            for s in client.get("/api/stories", params={"sort": sort, "page": page}).json()
        ]
        assert len(seen) == len(set(seen)) == len(ids)


@pytest.mark.parametrize("sort", list(stories.SORTS))
def test_the_list_takes_a_fixed_number_of_queries(
    client: TestClient, session: Session, sort: str
) -> None:
    _conflict_story(client)
    _wide_story(client)
    with count_queries(client) as few:
        client.get("/api/stories", params={"sort": sort})
    _empty_stories(session, 40)
    for n in range(1, 4):
        _conflict_story(client, n)
    with count_queries(client) as many:
        assert len(client.get("/api/stories", params={"sort": sort}).json()) == 45
    assert len(many) == len(few) <= 4


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/api/stories?sort=popular", 422, "sort by one of"),
        ("/api/stories?page=0", 422, "page"),
        ("/api/stories?page=x", 422, "page"),
    ],
)
def test_bad_sort_or_page_is_a_readable_error(
    client: TestClient, path: str, status: int, message: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert message in response.json()["detail"].lower()


@pytest.mark.parametrize("query", ["sort=popular", "page=0", "page=abc"])
def test_bad_sort_or_page_on_the_page_is_an_html_error(client: TestClient, query: str) -> None:
    response = client.get(f"/?{query}")
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
