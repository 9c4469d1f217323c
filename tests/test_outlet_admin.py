"""Outlets: one outlet however its articles arrive; editing, merging and the story distribution."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session, select

from app.config import Settings
from app.main import create_app
from app.models import Claim, Outlet, Statement
from app.services import outlet_admin
from tests.conftest import csrf_from, nothing_stored

BRIDGE = "Flooding closed the main bridge in Dresden on Tuesday, {who} said. "
RESCUE = "Rescuers pulled {n} people from cars on the riverbank near the old town. "
REOPEN = "The bridge will stay shut until {day}, the city said."


def copy(who: str = "police", n: str = "three", day: str = "Friday") -> str:
    return BRIDGE.format(who=who) + RESCUE.format(n=n) + REOPEN.format(day=day)


def page(body: str, head: str = "", title: str = "Dresden bridge shut by floods") -> str:
    paragraphs = "".join(f"<p>{s.strip()}</p>" for s in body.split(". ") if s.strip())
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def add(client: TestClient, **body: object) -> dict:
    response = client.post("/api/articles", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def outlet_names(session: Session) -> list[str]:
    session.rollback()
    return [o.name for o in session.exec(select(Outlet).order_by(Outlet.id))]


# --- recognition ----------------------------------------------------------------------


def test_one_outlet_however_its_articles_arrive(client: TestClient, session: Session) -> None:
    """Site name, a typed name, the domain of a saved page or a URL, a staff byline."""
    first = add(
        client,
        html=page(copy(), '<meta property="og:site_name" content="Ynetnews">'),
    )
    second = add(client, text=copy("the mayor", "four"), outlet="Ynet News")
    third = add(
        client,
        html=page(
            copy("firefighters", "five"),
            '<link rel="canonical" href="https://www.ynetnews.com/article/rk8ee11">',
        ),
    )
    fourth = add(client, text=copy("officials", "six"), url="https://www.ynetnews.com/article/b1x9")
    fifth = add(client, text="By Ynetnews Staff\n\n" + copy("witnesses", "seven"))
    assert {a["outlet"] for a in (first, second, third, fourth, fifth)} == {"Ynetnews"}
    assert outlet_names(session) == ["Ynetnews"]
    assert session.exec(select(Outlet)).one().domain == "ynetnews.com"


def test_different_outlets_stay_apart(client: TestClient, session: Session) -> None:
    add(client, text=copy(), outlet="The Times of Israel")
    add(client, text=copy("the mayor"), outlet="Israel Times")
    add(client, text=copy("firefighters"), outlet="Ynet")
    add(client, text=copy("officials"), outlet="Ynetnews")
    assert outlet_names(session) == ["The Times of Israel", "Israel Times", "Ynet", "Ynetnews"]


# --- editing ----------------------------------------------------------------------------------


@pytest.fixture
def two_outlet_story(client: TestClient) -> tuple[int, int, int]:
    """A story told by Elbe Courier (police) and City Radio News (the mayor): an attribution conflict."""
    a = add(client, text=copy("police"), outlet="Elbe Courier")
    add(client, text=copy("the mayor"), outlet="City Radio News", story_id=a["story_id"])
    outlets = {o["name"]: o["id"] for o in client.get("/api/outlets").json()}
    return a["story_id"], outlets["Elbe Courier"], outlets["City Radio News"]


def conflict_details(client: TestClient, story_id: int) -> list[str]:
    comparison = client.get(f"/api/stories/{story_id}/comparison").json()
    return [c["detail"] for claim in comparison["claims"] for c in claim["conflicts"]]


def search_outlets(session: Session) -> set[str]:
    session.rollback()
    return {row[0] for row in session.execute(text("SELECT outlet FROM search_article"))}


def test_rename_updates_search_and_recomputes_conflict_details(
    client: TestClient, session: Session, two_outlet_story: tuple[int, int, int]
) -> None:
    story_id, _, radio = two_outlet_story
    assert any("CRN" in d for d in conflict_details(client, story_id))
    response = client.patch(
        f"/api/outlets/{radio}", json={"name": "Radio Dresden", "short_name": "RD"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["name"] == "Radio Dresden" and response.json()["short_name"] == "RD"
    details = conflict_details(client, story_id)
    assert any("RD cites" in d for d in details) and not any("CRN" in d for d in details)
    assert search_outlets(session) == {"Elbe Courier", "Radio Dresden"}
    # The old name now finds the renamed outlet only by spelling: a new article under
    # the new name lands in the same outlet.
    add(client, text=copy("a witness", "nine"), outlet="radio dresden")
    assert outlet_names(session) == ["Elbe Courier", "Radio Dresden"]


def test_metadata_is_set_cleared_and_only_sent_fields_change(
    client: TestClient, two_outlet_story: tuple[int, int, int]
) -> None:
    _, courier, _ = two_outlet_story
    set_ = client.patch(
        f"/api/outlets/{courier}",
        json={"country": "Germany", "ownership": "family-owned", "lean": "centre-left"},
    )
    assert set_.status_code == 200
    assert {k: set_.json()[k] for k in ("country", "ownership", "lean")} == {
        "country": "Germany",
        "ownership": "family-owned",
        "lean": "centre-left",
    }
    cleared = client.patch(f"/api/outlets/{courier}", json={"lean": None, "ownership": "  "})
    assert cleared.json()["lean"] is None and cleared.json()["ownership"] is None
    assert cleared.json()["country"] == "Germany" and cleared.json()["name"] == "Elbe Courier"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"name": "City Radio News"}, "merge this outlet into it"),
        ({"name": "city radio  NEWS"}, "merge this outlet into it"),
        ({"name": None}, "needs a name"),
        ({"name": "   "}, "needs a name"),
        ({"rating": "good"}, "rating"),
        ({"country": "x" * 101}, "country"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    client: TestClient,
    session: Session,
    two_outlet_story: tuple[int, int, int],
    body: dict,
    message: str,
) -> None:
    _, courier, _ = two_outlet_story
    with nothing_stored(session):
        response = client.patch(f"/api/outlets/{courier}", json=body)
    assert response.status_code == 422, response.text
    assert message in response.text
    assert outlet_names(session) == ["Elbe Courier", "City Radio News"]


def test_editing_a_missing_outlet_is_404(client: TestClient) -> None:
    assert client.patch("/api/outlets/99", json={"country": "Germany"}).status_code == 404


# --- merging ---------------------------------------------------------------------------


def test_merge_moves_articles_recomputes_and_removes_the_outlet(
    client: TestClient, session: Session, two_outlet_story: tuple[int, int, int]
) -> None:
    story_id, courier, radio = two_outlet_story
    client.patch(f"/api/outlets/{radio}", json={"country": "Germany"})
    # The radio's copy of a wire story that the courier also ran, word for word.
    wire = copy("the fire service", "eleven", "Monday")
    add(client, text=wire, outlet="City Radio News", story_id=story_id)
    add(client, text=wire, outlet="Elbe Courier", story_id=story_id)

    response = client.post(f"/api/outlets/{radio}/merge", json={"into": courier})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["moved"] == 1 and result["dropped_duplicates"] == 1
    assert result["stories_recomputed"] == 1
    assert result["outlet"]["country"] == "Germany"  # filled from the merged outlet
    assert result["outlet"]["article_count"] == 3

    session.rollback()
    assert outlet_names(session) == ["Elbe Courier"]
    assert session.get(Outlet, radio) is None
    assert search_outlets(session) == {"Elbe Courier"}
    assert session.execute(text("SELECT count(*) FROM search_article")).scalar_one() == 3
    # One outlet now: no outlet cites anyone "differently" from itself any more.
    assert not any("CRN" in d for d in conflict_details(client, story_id))
    members = session.execute(
        text("SELECT count(DISTINCT statement_id) FROM claim_member")
    ).scalar_one()
    assert members == len(session.exec(select(Statement)).all())
    assert session.exec(select(Claim)).first() is not None


@pytest.mark.parametrize(
    ("source", "into", "status", "message"),
    [
        ("courier", "courier", 422, "into itself"),
        ("courier", 999, 422, "no outlet 999"),
        (999, "courier", 404, "no outlet 999"),
    ],
)
def test_bad_merges_change_nothing(
    client: TestClient,
    session: Session,
    two_outlet_story: tuple[int, int, int],
    source: object,
    into: object,
    status: int,
    message: str,
) -> None:
    _, courier, _ = two_outlet_story
    ids = {"courier": courier}
    with nothing_stored(session):
        response = client.post(
            f"/api/outlets/{ids.get(source, source)}/merge", json={"into": ids.get(into, into)}
        )
    assert response.status_code == status, response.text
    assert message in response.json()["detail"]


def test_merging_a_story_s_only_article_away_removes_the_emptied_story(
    client: TestClient, session: Session
) -> None:
    wire = copy("the fire service", "eleven", "Monday")
    kept = add(client, text=wire, outlet="Elbe Courier")
    story = client.post("/api/stories", json={"title": "Elsewhere"}).json()
    add(client, text=wire, outlet="Courier Radio", story_id=story["id"])
    outlets = {o["name"]: o["id"] for o in client.get("/api/outlets").json()}
    response = client.post(
        f"/api/outlets/{outlets['Courier Radio']}/merge", json={"into": outlets["Elbe Courier"]}
    )
    assert response.status_code == 200
    assert client.get(f"/api/stories/{story['id']}").status_code == 404
    assert client.get(f"/api/stories/{kept['story_id']}").status_code == 200


# --- access control ----------------------------------------------------------------------

TOKEN = "s3cret-token-for-tests"


@pytest.fixture
def locked(tmp_path: Path) -> TestClient:
    from app.cli import migrate

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'locked.db'}", api_token=TOKEN)
    migrate(settings)
    app = create_app(settings)
    return TestClient(app)


def test_writes_need_the_token(locked: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    created = locked.post(
        "/api/articles", json={"text": copy(), "outlet": "Elbe Courier"}, headers=auth
    )
    assert created.status_code == 201
    outlet_id = locked.get("/api/outlets").json()[0]["id"]
    assert locked.patch(f"/api/outlets/{outlet_id}", json={"country": "Germany"}).status_code == 401
    assert locked.post(f"/api/outlets/{outlet_id}/merge", json={"into": 2}).status_code == 401
    page_get = locked.get(f"/outlets/{outlet_id}/edit", follow_redirects=False)
    assert page_get.status_code == 303 and page_get.headers["location"].startswith("/signin")
    ok = locked.patch(f"/api/outlets/{outlet_id}", json={"country": "Germany"}, headers=auth)
    assert ok.status_code == 200


# --- the edit page ----------------------------------------------------------------------------

HTML = {"accept": "text/html"}


def test_edit_page_shows_the_outlet_and_saves(
    client: TestClient, session: Session, two_outlet_story: tuple[int, int, int]
) -> None:
    _, courier, radio = two_outlet_story
    response = client.get(f"/outlets/{courier}/edit", headers=HTML)
    assert response.status_code == 200
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.select_one("input#name")["value"] == "Elbe Courier"  # type: ignore[index]
    assert [o.get_text() for o in soup.select("select#into option[value!='']")] == [
        "City Radio News"
    ]
    token = str(soup.select_one("form.outlet-form input[name=csrf]")["value"])  # type: ignore[index]
    saved = client.post(
        f"/outlets/{courier}/edit",
        data={
            "csrf": token,
            "name": "Elbe Courier",
            "short_name": "EC",
            "country": "Germany",
            "ownership": "",
            "lean": "centre",
        },
        follow_redirects=False,
    )
    assert saved.status_code == 303 and saved.headers["location"] == f"/outlets/{courier}"
    session.rollback()
    outlet = session.get(Outlet, courier)
    assert outlet is not None
    assert (outlet.short_name, outlet.country, outlet.ownership, outlet.lean) == (
        "EC",
        "Germany",
        None,
        "centre",
    )


def test_edit_page_shows_errors_at_the_field(
    client: TestClient, session: Session, two_outlet_story: tuple[int, int, int]
) -> None:
    _, courier, radio = two_outlet_story
    token = csrf_from(client, f"/outlets/{courier}/edit")
    with nothing_stored(session):
        response = client.post(
            f"/outlets/{courier}/edit",
            data={"csrf": token, "name": "City Radio News"},
            headers=HTML,
        )
    assert response.status_code == 422
    soup = BeautifulSoup(response.text, "html.parser")
    assert "merge this outlet into it" in soup.select_one("#name-error").get_text()  # type: ignore[union-attr]
    assert soup.select_one("input#name")["value"] == "City Radio News"  # type: ignore[index]
    forged = client.post(
        f"/outlets/{courier}/edit", data={"csrf": "forged", "name": "X"}, headers=HTML
    )
    assert forged.status_code == 403


def test_merge_from_the_page(
    client: TestClient, session: Session, two_outlet_story: tuple[int, int, int]
) -> None:
    _, courier, radio = two_outlet_story
    token = csrf_from(client, f"/outlets/{radio}/edit")
    empty = client.post(f"/outlets/{radio}/merge", data={"csrf": token, "into": ""}, headers=HTML)
    assert empty.status_code == 422
    assert BeautifulSoup(empty.text, "html.parser").select_one("#into-error") is not None
    merged = client.post(
        f"/outlets/{radio}/merge",
        data={"csrf": token, "into": str(courier)},
        follow_redirects=False,
    )
    assert merged.status_code == 303 and merged.headers["location"] == f"/outlets/{courier}"
    assert outlet_names(session) == ["Elbe Courier"]


# --- distribution on the story page -----------------------------------------------------


def test_outlet_distribution_counts_what_users_entered(
    app: FastAPI, client: TestClient, session: Session, two_outlet_story: tuple[int, int, int]
) -> None:
    story_id, courier, radio = two_outlet_story
    third = add(client, text=copy("a witness", "ten"), outlet="Saxony Wire", story_id=story_id)
    assert third["story_id"] == story_id
    client.patch(f"/api/outlets/{courier}", json={"country": "Germany", "lean": "centre"})
    client.patch(f"/api/outlets/{radio}", json={"country": "Germany", "ownership": "public"})

    session.rollback()
    dist = outlet_admin.outlet_distribution(session, story_id)
    assert dist["outlets"] == 3 and dist["any_given"] is True
    assert [(r["label"], r["count"]) for r in dist["country"]] == [("Germany", 2), ("not given", 1)]
    assert [(r["label"], r["count"]) for r in dist["ownership"]] == [
        ("public", 1),
        ("not given", 2),
    ]
    assert [(r["label"], r["count"]) for r in dist["lean"]] == [("centre", 1), ("not given", 2)]
    assert dist["country"][1]["outlets"] == ["Saxony Wire"]

    html = app.state.templates.get_template("_outlet_distribution.html").render(distribution=dist)
    soup = BeautifulSoup(html, "html.parser")
    rows = soup.select("table[data-facet=country] tr")
    assert [(r["data-label"], r.select_one(".count").get_text()) for r in rows] == [
        ("Germany", "2"),
        ("not given", "1"),
    ]
    assert soup.select("tr.not-given")


def test_outlet_distribution_without_metadata_says_so(
    app: FastAPI, session: Session, two_outlet_story: tuple[int, int, int]
) -> None:
    story_id, _, _ = two_outlet_story
    session.rollback()
    dist = outlet_admin.outlet_distribution(session, story_id)
    assert dist["any_given"] is False
    assert [(r["label"], r["count"]) for r in dist["lean"]] == [("not given", 2)]
    html = app.state.templates.get_template("_outlet_distribution.html").render(distribution=dist)
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.select("table.distribution")
    assert "ships no ratings" in soup.get_text()


def test_the_story_page_shows_the_outlets_by_their_entered_details(client: TestClient) -> None:
    from bs4 import BeautifulSoup

    from tests.conftest import seed_text

    first = client.post(
        "/api/articles", json={"text": seed_text("ywn"), "outlet": "Yeshiva World News"}
    ).json()
    client.post(
        "/api/articles",
        json={
            "text": seed_text("win"),
            "outlet": "World Israel News",
            "story_id": first["story_id"],
        },
    )
    outlets = {o["name"]: o["id"] for o in client.get("/api/outlets").json()}
    assert (
        client.patch(
            f"/api/outlets/{outlets['World Israel News']}", json={"country": "Israel"}
        ).status_code
        == 200
    )

    page = BeautifulSoup(client.get(f"/stories/{first['story_id']}").text, "html.parser")
    rows = {
        tr["data-label"]: tr.select_one("td.count").get_text(strip=True)
        for tr in page.select('table.distribution[data-facet="country"] tr')
    }
    assert rows == {"Israel": "1", "not given": "1"}
    outlet_page = BeautifulSoup(
        client.get(f"/outlets/{outlets['World Israel News']}").text, "html.parser"
    )
    assert (
        outlet_page.select_one(f'a[href="/outlets/{outlets["World Israel News"]}/edit"]')
        is not None
    )
