"""Search: FTS5 ranking, highlights as spans, filters, statement hits, the LIKE fallback."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.services import search_index

FLOOD = (
    "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
    "Three people were rescued from cars on the riverbank.\n\n"
    "The mayor said the bridge would stay shut until Friday."
)
FLOOD_2 = (
    "The Elbe flooded parts of Dresden on Tuesday. Officials closed a bridge. "
    "Bridge inspectors said the bridge pillars were sound, and the bridge will reopen soon."
)
HARBOUR = "The harbour in Kiel reopened on Wednesday after the storm, the port authority said."
TRICKY = "Officials said <script>alert(1)</script> was printed in the bridge notice by mistake."


def _add(
    client: TestClient, text: str, outlet: str, published: str | None = None, **extra: Any
) -> dict:
    body = {"text": text, "outlet": outlet, "published_at": published, **extra}
    response = client.post("/api/articles", json=body)
    assert response.status_code == 201, response.text
    return response.json()


@pytest.fixture
def corpus(client: TestClient) -> dict[str, dict]:
    return {
        "flood": _add(client, FLOOD, "Saxony Daily", "2025-03-04"),
        "flood2": _add(client, FLOOD_2, "Elbe Courier", "2025-03-06T08:00:00+01:00"),
        "harbour": _add(client, HARBOUR, "Kiel Post", "2025-04-01"),
    }


def _search(client: TestClient, **params: Any) -> list[dict]:
    response = client.get("/api/search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_every_word_must_match_and_bm25_ranks(client: TestClient, corpus: dict[str, dict]) -> None:
    hits = _search(client, q="bridge Dresden")
    assert [h["article_id"] for h in hits] == [corpus["flood2"]["id"], corpus["flood"]["id"]]
    assert set(hits[0]) >= {"article_id", "story_id", "outlet", "title", "snippet"}
    assert _search(client, q="bridge harbour") == []
    assert [h["article_id"] for h in _search(client, q="KIEL")] == [corpus["harbour"]["id"]]


def test_highlights_are_spans_over_the_plain_snippet(
    client: TestClient, corpus: dict[str, dict]
) -> None:
    hit = _search(client, q="riverbank")[0]
    assert "\ue000" not in hit["snippet"] and "\n" not in hit["snippet"]
    assert [hit["snippet"][s:e] for s, e in hit["highlights"]] == ["riverbank"]


def test_statement_hits_name_the_statements_with_the_words(
    client: TestClient, corpus: dict[str, dict]
) -> None:
    hit = _search(client, q="bridge mayor")[0]
    assert hit["article_id"] == corpus["flood"]["id"]
    texts = [s["text"] for s in hit["statements"]]
    assert texts[0].startswith("The mayor said the bridge")  # both words before one word
    assert any(t.startswith("Flooding closed the main bridge") for t in texts)
    assert not any("rescued" in t for t in texts)
    first = hit["statements"][0]
    assert sorted(first["text"][s:e].lower() for s, e in first["highlights"]) == ["bridge", "mayor"]
    article = client.get(f"/api/articles/{hit['article_id']}").json()
    assert first["statement_id"] in {st["id"] for st in article["statements"]}


def test_filters_by_outlet_and_inclusive_date_range(
    client: TestClient, corpus: dict[str, dict]
) -> None:
    outlets = {o["name"]: o["id"] for o in client.get("/api/outlets").json()}
    only = _search(client, q="Dresden", outlet=outlets["Elbe Courier"])
    assert [h["article_id"] for h in only] == [corpus["flood2"]["id"]]
    assert _search(client, q="Dresden", outlet=outlets["Kiel Post"]) == []

    on_the_day = _search(client, q="Dresden", **{"from": "2025-03-06", "to": "2025-03-06"})
    assert [h["article_id"] for h in on_the_day] == [
        corpus["flood2"]["id"]
    ]  # a date-time on the day
    before = _search(client, q="Dresden", to="2025-03-05")
    assert [h["article_id"] for h in before] == [corpus["flood"]["id"]]
    assert len(_search(client, q="Dresden", **{"from": "2025-03-01"})) == 2
    assert len(_search(client, q="Dresden", limit=1)) == 1


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "Dresden", "from": "2025-13-01"}, "not a date"),
        ({"q": "Dresden", "from": "2025-03-07", "to": "2025-03-01"}, "after"),
        ({"q": "%%"}, "words to search"),
        ({"q": "Dresden", "limit": 0}, "limit"),
        ({"q": "Dresden", "outlet": "abc"}, "outlet"),
    ],
)
def test_bad_filters_are_readable_422s(
    client: TestClient, corpus: dict[str, dict], params: dict, message: str
) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == 422
    assert message in response.json()["detail"].lower()


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ('"bridge', "bridge"),
        ("NEAR(bridge", "near bridge"),
        ("bridge*", "bridge"),
        ("-bridge", "bridge"),
        ("title:Dresden", "title Dresden"),
        ("bridge OR harbour", "bridge or harbour"),
    ],
)
def test_query_syntax_is_read_as_plain_words(
    client: TestClient, corpus: dict[str, dict], typed: str, plain: str
) -> None:
    assert _search(client, q=typed) == _search(client, q=plain)
    assert _search(client, q="bridge OR harbour") == []  # OR is a word to find, not an operator


def test_only_latest_versions_are_found(client: TestClient) -> None:
    url = "https://saxony-daily.example/bridge"
    old = _add(client, FLOOD, "Saxony Daily", url=url)
    new = _add(client, FLOOD.replace("Three people", "Four people"), "Saxony Daily", url=url)
    assert [h["article_id"] for h in _search(client, q="riverbank")] == [new["id"]]
    assert _search(client, q="Three people") == []
    assert _search(client, q="riverbank")[0]["version"] == 2 and old["id"] != new["id"]


def test_the_page_marks_matches_and_escapes_the_text(
    client: TestClient, corpus: dict[str, dict]
) -> None:
    _add(client, TRICKY, "Prank Gazette")
    soup = BeautifulSoup(client.get("/search", params={"q": "script bridge"}).text, "html.parser")
    hit = soup.select_one("li.search-hit")
    assert hit is not None and hit.select_one("script") is None
    assert "<script>" in hit.select_one(".snippet").get_text()
    assert {m.get_text().lower() for m in hit.select(".snippet mark")} == {"script", "bridge"}
    statement = hit.select_one(".statement-hits li")
    assert statement is not None and statement.select("mark")


def test_the_page_keeps_its_filters_and_shows_statement_hits(
    client: TestClient, corpus: dict[str, dict]
) -> None:
    outlets = {o["name"]: o["id"] for o in client.get("/api/outlets").json()}
    soup = BeautifulSoup(
        client.get(
            "/search",
            params={
                "q": "bridge",
                "outlet": outlets["Saxony Daily"],
                "from": "2025-03-01",
                "to": "",
            },
        ).text,
        "html.parser",
    )
    assert soup.select_one("form.search-form")["method"] == "get"
    assert soup.select_one("#outlet option[selected]").get_text() == "Saxony Daily"
    assert soup.select_one("#from")["value"] == "2025-03-01"
    hits = soup.select("li.search-hit")
    assert [int(h["data-article-id"]) for h in hits] == [corpus["flood"]["id"]]
    assert len(hits[0].select(".statement-hits li")) == 2

    bad = BeautifulSoup(
        client.get("/search", params={"q": "bridge", "to": "soon"}).text, "html.parser"
    )
    assert "not a date" in bad.select_one("[role=alert]").get_text()
    assert bad.select_one("#to")["value"] == "soon" and not bad.select("li.search-hit")


def test_without_an_index_the_like_path_answers_the_same_way(
    client: TestClient, corpus: dict[str, dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    with_index = _search(client, q="bridge Dresden")
    monkeypatch.setattr(search_index, "available", lambda session: False)
    without = _search(client, q="bridge Dresden")
    assert {h["article_id"] for h in without} == {h["article_id"] for h in with_index}
    hit = next(h for h in without if h["article_id"] == corpus["flood"]["id"])
    assert {hit["snippet"][s:e].lower() for s, e in hit["highlights"]} == {"bridge", "dresden"}
    assert hit["statements"]
    outlets = {o["name"]: o["id"] for o in client.get("/api/outlets").json()}
    filtered = _search(client, q="Dresden", outlet=outlets["Elbe Courier"], to="2025-03-06")
    assert [h["article_id"] for h in filtered] == [corpus["flood2"]["id"]]
    assert _search(client, q="Dresden", to="2025-03-05")[0]["article_id"] == corpus["flood"]["id"]
