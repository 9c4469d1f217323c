"""Articles from a URL, fetched from a real HTTP server started by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from bs4 import BeautifulSoup
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.config import Settings
from app.models import Article, Outlet
from app.services import fetch
from app.services.errors import InvalidInput
from tests.conftest import csrf_from, nothing_stored
from tests.local_server import Site, serve

YNET_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Iraqi militias say they will halt attacks on US bases | Ynetnews</title>
<link rel="canonical" href="https://www.ynetnews.com/article/hjx2k11">
<meta property="og:site_name" content="Ynetnews">
<meta property="og:title" content="Iraqi militias say they will halt attacks on US bases">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Iraqi militias say they will halt attacks on US bases",
 "datePublished": "2024-12-23T14:05:00+02:00", "dateModified": "2024-12-23T16:40:00+02:00",
 "author": [{"@type": "Person", "name": "Lior Ben Ari"}],
 "publisher": {"@type": "Organization", "name": "Ynetnews",
               "logo": {"@type": "ImageObject", "url": "https://www.ynetnews.com/logo.png"}}}
</script>
<script>window.dataLayer = [{"page": "article"}];</script>
</head><body>
<nav><a href="/">Home</a> <a href="/category/3082">News</a> <a href="/category/3089">Opinion</a></nav>
<main><article>
<h1>Iraqi militias say they will halt attacks on US bases</h1>
<p>Iraqi militias backed by Iran will halt their attacks on American bases in the region, a senior militia official told the Lebanese newspaper Al-Akhbar on Monday.</p>
<p>The official said the decision followed talks in Baghdad and would hold as long as the bases were not used for strikes on Iraqi territory, according to the report.</p>
<p>Two rockets were fired at a base near Erbil last week, the US military said, without causing casualties.</p>
</article></main>
<footer><p>&copy; 2024 Ynetnews. All rights reserved.</p></footer>
</body></html>"""

# A small outlet's page: Open Graph only, no JSON-LD.
OG_PAGE = """<!doctype html>
<html><head><title>Dresden bridge shut by floods</title>
<meta property="og:site_name" content="Saechsische Rundschau">
<meta name="author" content="Katrin Vogel">
<meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
</head><body><article><h1>Dresden bridge shut by floods</h1>
<p>Dresden's main bridge was shut by floodwater on Tuesday, the city said.</p>
<p>Three people had to be rescued from their cars on the riverbank, firefighters said.</p>
<p>The mayor said the bridge would not reopen before Friday.</p>
</article></body></html>"""

# A page that names no site at all: the outlet is the domain.
BARE_PAGE = """<html><head><title>Storm closes schools in Leipzig</title></head><body>
<h1>Storm closes schools in Leipzig</h1>
<p>A storm shut twelve schools in Leipzig on Wednesday, the city council said.</p>
<p>Teachers were told to stay at home until the roads were cleared, officials said.</p>
</body></html>"""

NO_ARTICLE_PAGE = """<html><head><title>Login</title></head><body>
<nav><a href="/">Home</a></nav><form><input name="user"><input name="password"></form>
</body></html>"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Fetching from the test's own server on 127.0.0.1 needs private addresses allowed."""
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'parallax.db'}", debug=True, allow_private_urls=True
    )


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as s:
        yield s


def from_url(client: TestClient, url: str, **extra: object) -> httpx.Response:
    return client.post("/api/articles/from-url", json={"url": url, **extra})


def test_from_url_takes_title_outlet_author_and_time_from_the_page(
    client: TestClient, session: Session, site: Site
) -> None:
    url = site.page("/article/hjx2k11", YNET_PAGE)
    response = from_url(client, url)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["title"] == "Iraqi militias say they will halt attacks on US bases"
    assert created["outlet"] == "Ynetnews"
    assert created["published_at"] == "2024-12-23T14:05:00+02:00"  # the time, not just the day
    article = client.get(f"/api/articles/{created['id']}").json()
    assert article["byline"] == "Lior Ben Ari"
    assert article["url"] == url
    assert "dataLayer" not in article["body"] and "rights reserved" not in article["body"]
    assert article["body"].startswith("Iraqi militias backed by Iran")


def test_open_graph_metadata_is_used_without_json_ld(client: TestClient, site: Site) -> None:
    created = from_url(client, site.page("/dresden", OG_PAGE)).json()
    assert created["outlet"] == "Saechsische Rundschau"
    assert created["title"] == "Dresden bridge shut by floods"
    assert created["published_at"].startswith("2025-03-04")
    assert client.get(f"/api/articles/{created['id']}").json()["byline"] == "Katrin Vogel"


def test_a_page_naming_no_site_is_filed_under_its_domain(
    client: TestClient, session: Session, site: Site
) -> None:
    site.page("/leipzig", BARE_PAGE)
    response = from_url(client, site.url("/leipzig", host="localhost"))
    assert response.status_code == 201, response.text
    assert response.json()["outlet"] == "localhost"
    outlet = session.exec(select(Outlet)).one()
    assert outlet.domain == "localhost"


def test_the_outlet_given_wins_over_the_page(client: TestClient, site: Site) -> None:
    created = from_url(client, site.page("/a", YNET_PAGE), outlet="Yedioth Ahronoth").json()
    assert created["outlet"] == "Yedioth Ahronoth"


def test_redirects_are_followed_up_to_three(client: TestClient, site: Site) -> None:
    final = site.page("/final", OG_PAGE)
    site.redirect("/r3", final)
    site.redirect("/r2", "/r3")  # a relative Location
    first = site.redirect("/r1", site.url("/r2"), status=301)
    response = from_url(client, first)
    assert response.status_code == 201, response.text
    assert site.requests == ["/r1", "/r2", "/r3", "/final"]
    article = client.get(f"/api/articles/{response.json()['id']}").json()
    assert article["url"] == final


def test_a_fourth_redirect_is_refused(client: TestClient, session: Session, site: Site) -> None:
    site.page("/final", OG_PAGE)
    for n in range(4, 0, -1):
        site.redirect(f"/r{n}", f"/r{n + 1}" if n < 4 else "/final")
    with nothing_stored(session):
        response = from_url(client, site.url("/r1"))
    assert response.status_code == 422
    assert "redirected more than 3 times" in response.json()["detail"]
    assert "/final" not in site.requests


@pytest.mark.parametrize(
    ("route", "status", "message"),
    [
        ({"body": "<h1>Gone</h1>", "status": 404}, 422, "not found (404)"),
        ({"body": "<h1>Oops</h1>", "status": 503}, 422, "had a problem answering (503)"),
        ({"body": "<h1>No</h1>", "status": 403}, 422, "refused to give us the page"),
        (
            {"body": b"%PDF-1.7 ...", "content_type": "application/pdf"},
            422,
            "is not a web page (it is application/",
        ),
        (
            {"body": '{"a": 1}', "content_type": "application/json"},
            422,
            "is not a web page (it is application/",
        ),
        ({"body": NO_ARTICLE_PAGE}, 422, "could not find an article on that page"),
    ],
)
def test_pages_that_cannot_be_used_get_a_sentence(
    client: TestClient, session: Session, site: Site, route: dict, status: int, message: str
) -> None:
    url = site.page("/p", **route)
    with nothing_stored(session):
        response = from_url(client, url)
    assert response.status_code == status, response.text
    assert message in response.json()["detail"]
    assert response.json()["detail"].endswith((".", url)) or url in response.json()["detail"]


def test_a_page_over_the_size_limit_is_413(
    client: TestClient, app: FastAPI, session: Session, site: Site
) -> None:
    big = "<html><body>" + "<p>Words of the article go on and on.</p>" * 60_000 + "</body></html>"
    url = site.page("/big", big)
    with nothing_stored(session):
        response = from_url(client, url)
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


def test_a_slow_site_times_out_with_a_sentence(settings: Settings, site: Site) -> None:
    url = site.page("/slow", OG_PAGE, delay=2.0)
    with httpx.Client(timeout=0.3) as client, pytest.raises(InvalidInput) as caught:
        fetch.fetch_page(url, settings, client)
    assert "took too long to answer" in caught.value.message


def test_an_unreachable_site_gets_a_sentence(settings: Settings) -> None:
    with serve() as closed:
        dead = closed.url("/x")
    with pytest.raises(InvalidInput) as caught:
        fetch.fetch_page(dead, settings)
    assert "Could not connect" in caught.value.message


# --- SSRF: private addresses refused, on the first hop and on every redirect -------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8000/admin",
        "http://10.0.0.5/",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
    ],
)
def test_the_hop_validator_refuses_private_and_reserved_addresses(url: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        fetch.check_address(url, allow_private=False)
    assert "private or reserved" in caught.value.message
    fetch.check_address(url, allow_private=True)  # the setting lets tests and intranets through


@pytest.mark.parametrize("url", ["ftp://example.com/a", "file:///etc/passwd", "http:///nohost"])
def test_the_hop_validator_refuses_other_schemes(url: str) -> None:
    with pytest.raises(InvalidInput):
        fetch.check_address(url, allow_private=True)


def test_a_public_address_passes_the_validator() -> None:
    fetch.check_address("http://93.184.216.34/news", allow_private=False)  # no DNS needed


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/internal",
        "http://10.1.2.3/",
        "http://169.254.169.254/latest/meta-data/iam/",
        "http://[::1]:{port}/internal",
        "/internal",  # a relative redirect back onto the same (private) host
    ],
)
def test_every_redirect_hop_is_checked(settings: Settings, site: Site, target: str) -> None:
    """The first hop stands in for a public site; the redirect must be refused on its own."""
    site.page("/internal", OG_PAGE)
    start = site.redirect("/start", target.format(port=site.port))
    checked: list[str] = []

    def public_first_hop(url: str, allow_private: bool) -> None:
        checked.append(url)
        if url != start:
            fetch.check_address(url, allow_private=False)

    with pytest.raises(InvalidInput) as caught:
        fetch.fetch_page(start, settings, check=public_first_hop)
    assert "private or reserved" in caught.value.message
    assert len(checked) == 2
    assert site.requests == ["/start"]  # the private target was never requested


def test_with_the_setting_off_the_first_loopback_hop_is_refused(
    client: TestClient, app: FastAPI, session: Session, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.state.settings, "allow_private_urls", False)
    url = site.page("/a", YNET_PAGE)
    with nothing_stored(session):
        response = from_url(client, url)
        via_name = from_url(client, site.url("/a", host="localhost"))
    assert response.status_code == 422
    assert "private or reserved" in response.json()["detail"]
    assert via_name.status_code == 422  # after DNS resolution, not by the name
    assert site.requests == []


# --- the upload form's URL field -------------------------------------------------------------


def test_the_upload_form_fetches_a_url_given_alone(
    client: TestClient, session: Session, site: Site
) -> None:
    url = site.page("/article/hjx2k11", YNET_PAGE)
    token = csrf_from(client)
    response = client.post(
        "/upload", data={"url": url, "csrf": token, "text": ""}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    article = session.exec(select(Article)).one()
    assert article.url == url and article.published_at == "2024-12-23T14:05:00+02:00"
    assert session.get(Outlet, article.outlet_id).name == "Ynetnews"  # type: ignore[union-attr]


def test_the_upload_form_shows_a_fetch_error_at_the_url_field(
    client: TestClient, session: Session, site: Site
) -> None:
    url = site.page("/gone", "<h1>Gone</h1>", status=404)
    token = csrf_from(client)
    with nothing_stored(session):
        response = client.post("/upload", data={"url": url, "csrf": token})
    assert response.status_code == 422
    error = BeautifulSoup(response.text, "html.parser").select_one("#url-error")
    assert error is not None and "not found (404)" in error.get_text()


def test_the_upload_form_reads_a_saved_page_like_a_fetched_one(
    client: TestClient, session: Session
) -> None:
    token = csrf_from(client)
    response = client.post(
        "/upload",
        data={"csrf": token, "text": ""},
        files={"file": ("militias.html", YNET_PAGE.encode(), "text/html")},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    article = session.exec(select(Article)).one()
    outlet = session.get(Outlet, article.outlet_id)
    assert article.url == "https://www.ynetnews.com/article/hjx2k11"  # the page's canonical link
    assert outlet is not None and outlet.name == "Ynetnews" and outlet.domain == "ynetnews.com"
    assert article.byline == "Lior Ben Ari"
    assert article.published_at == "2024-12-23T14:05:00+02:00"
