"""The side-by-side view, exports, outlet profiles and search, parsed structurally."""

from __future__ import annotations

import csv
import io

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

HTML = {"accept": "text/html"}


def _soup(client: TestClient, path: str, status: int = 200) -> BeautifulSoup:
    response = client.get(path, headers=HTML)
    assert response.status_code == status, response.text[:300]
    return BeautifulSoup(response.text, "html.parser")


def _article_ids(client: TestClient, story: int) -> dict[str, int]:
    arts = client.get(f"/api/stories/{story}").json()["articles"]
    return {a["outlet_short"]: a["id"] for a in arts}


def test_compare_pairs_aligned_statements_and_marks_the_rest(
    client: TestClient, demo_story: int
) -> None:
    ids = _article_ids(client, demo_story)
    soup = _soup(client, f"/stories/{demo_story}/compare?a={ids['YWN']}&b={ids['WIN']}")
    heads = [int(th["data-article-id"]) for th in soup.select("table.pair thead th")]
    assert heads == [ids["YWN"], ids["WIN"]]
    aligned = soup.select("tr.pair-row.aligned")
    only = soup.select("tr.pair-row.only")
    assert len(aligned) == 3  # the three claims both outlets report (expected.json)
    assert only and all(len(row.select("td.absent")) == 1 for row in only)
    assert all(row.select("mark.diff") for row in aligned)
    # Each side reads in its own article's order.
    for column in (0, 1):
        sids = [
            int(td["data-statement-id"])
            for row in soup.select("tr.pair-row")
            if (td := row.select("td")[column]).has_attr("data-statement-id")
        ]
        assert sids == sorted(sids)
    swap = soup.select_one("a[href*='compare?a=']")
    assert swap is not None and f"a={ids['WIN']}" in swap["href"]


def test_compare_defaults_and_errors(client: TestClient, demo_story: int) -> None:
    assert len(_soup(client, f"/stories/{demo_story}/compare").select("tr.pair-row.aligned")) == 3
    _soup(client, f"/stories/{demo_story}/compare?a=1&b=999", 404)
    created = client.post(
        "/api/articles",
        json={
            "text": "The central bank raised rates on Thursday. Analysts expected less.",
            "outlet": "Money Wire",
        },
    ).json()
    message = _soup(client, f"/stories/{created['story_id']}/compare", 422).select_one(
        ".error-message"
    )
    assert message is not None and "only one article" in message.get_text()


def test_compare_names_what_the_two_outlets_differ_on(client: TestClient) -> None:
    """Each aligned row lists the conflicts between the two outlets shown, not those the
    claim has with a third outlet."""
    accounts = [
        ("Quake Wire", "2026-11-18T09:10:00Z", "at least 42 people", "the disaster agency AFAD"),
        ("Anatolia Daily", "2026-11-18T10:02:00Z", "38 people", "AFAD"),
        ("Mus Courier", "2026-11-18T11:30:00Z", "38 people", "AFAD"),
    ]
    ids, story = [], None
    for outlet, when, toll, source in accounts:
        text = (
            f"A magnitude 6.4 earthquake struck eastern Turkey on Wednesday, killing {toll}, "
            f"{source} said.\n\nThe quake hit near the town of Malazgirt in Mus province."
        )
        body = {"text": text, "outlet": outlet, "published_at": when}
        created = client.post("/api/articles", json=body | ({"story_id": story} if story else {}))
        assert created.status_code == 201, created.text
        story = created.json()["story_id"]
        ids.append(created.json()["id"])

    def notes(a: int, b: int) -> list[str]:
        soup = _soup(client, f"/stories/{story}/compare?a={a}&b={b}")
        assert len(soup.select("tr.pair-row.aligned")) == 2
        return [li.get_text() for li in soup.select("tr.pair-notes li.conflict-item")]

    assert notes(ids[0], ids[1]) == ["Different numbers: at least 42 vs 38 people"]
    assert notes(ids[1], ids[2]) == []  # the same figure: the first outlet's is not theirs
    soup = _soup(client, f"/stories/{story}/compare?a={ids[1]}&b={ids[2]}")
    assert {row["data-status"] for row in soup.select("tr.pair-row.aligned")} == {"agreement"}
    # the pickers tell same-day articles apart by the time of day
    options = [o.get_text() for o in soup.select("#pick-a option")]
    assert [o.split("(")[1].strip(")\u2069") for o in options] == [
        "2026-11-18 09:10",
        "2026-11-18 10:02",
        "2026-11-18 11:30",
    ]


def test_exports(client: TestClient, demo_story: int) -> None:
    comparison = client.get(f"/api/stories/{demo_story}/comparison").json()
    as_json = client.get(f"/stories/{demo_story}/export.json")
    assert as_json.status_code == 200 and "attachment" in as_json.headers["content-disposition"]
    assert as_json.json() == comparison

    rows = list(csv.DictReader(io.StringIO(client.get(f"/stories/{demo_story}/export.csv").text)))
    assert len(rows) == sum(len(c["statements"]) for c in comparison["claims"])
    assert {r["outlet"] for r in rows} == {"Yeshiva World News", "World Israel News"}
    assert {r["status"] for r in rows} <= {"agreement", "variation", "conflict", "single"}

    markdown = client.get(f"/stories/{demo_story}/export.md").text
    assert markdown.startswith(f"# {comparison['story']['title']}")
    assert markdown.count("\n### ") == len(comparison["claims"])
    assert client.get(f"/stories/{demo_story}/export.xml", headers=HTML).status_code == 404


def test_csv_export_neutralises_formulas(client: TestClient) -> None:
    created = client.post(
        "/api/articles",
        json={
            "text": '=HYPERLINK("http://evil.example") said the bridge was closed on Tuesday.',
            "outlet": "Saxony Daily",
        },
    ).json()
    rows = list(
        csv.DictReader(io.StringIO(client.get(f"/stories/{created['story_id']}/export.csv").text))
    )
    assert rows and all(not r["text"].startswith("=") for r in rows)


def test_outlet_profile(client: TestClient, demo_story: int) -> None:
    outlets = {o["name"]: o for o in client.get("/api/outlets").json()}
    ywn = client.get(f"/api/outlets/{outlets['Yeshiva World News']['id']}").json()
    profile = ywn["profile"]
    assert profile["statements"] == sum(k["count"] for k in profile["by_kind"].values())
    assert profile["by_kind"]["self"]["count"] >= 1  # "As YWN reported last week"
    assert 0 < profile["attributed_share"] < 1
    assert any("Nujaba" in s["source"] for s in profile["top_sources"])
    soup = _soup(client, f"/outlets/{ywn['id']}")
    assert {tr["data-kind"] for tr in soup.select("tr[data-kind]")} == set(profile["by_kind"])
    assert soup.select_one(f"a[href='/stories/{demo_story}']") is not None
    assert client.get("/api/outlets/999").status_code == 404


def test_search(client: TestClient, demo_story: int) -> None:
    hits = client.get("/api/search", params={"q": "Ramon Airbase"}).json()
    assert [h["outlet"] for h in hits] == ["Yeshiva World News"]
    assert "Ramon Airbase" in hits[0]["snippet"] and hits[0]["story_id"] == demo_story
    assert client.get("/api/search", params={"q": "zebra giraffe"}).json() == []
    assert client.get("/api/search", params={"q": "%"}).status_code == 422  # no word to find
    assert (
        client.get("/api/search", params={"q": "_"}).json() == []
    )  # a literal, not a LIKE wildcard
    soup = _soup(client, "/search?q=Al-Akhbar")
    assert soup.select_one("[data-results]")["data-results"] == "2"
    assert len(soup.select("li.search-hit")) == 2


def test_an_outlets_sources_are_counted_whatever_their_case(client: TestClient) -> None:
    text = (
        "Prosecutors said the mayor took bribes from three construction firms in 2021.\n\n"
        "The contracts went to the firms without a tender, prosecutors said on Friday."
    )
    created = client.post("/api/articles", json={"text": text, "outlet": "Halden Today"})
    assert created.status_code == 201, created.text
    outlet_id = client.get(f"/api/articles/{created.json()['id']}").json()["outlet_id"]
    profile = client.get(f"/api/outlets/{outlet_id}").json()["profile"]
    assert profile["top_sources"] == [{"source": "Prosecutors", "count": 2}]
