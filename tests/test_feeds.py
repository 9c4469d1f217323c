"""`parallax import-feed`: real RSS and Atom files, served by a local HTTP server or read from disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from app.cli import cli
from app.config import Settings
from app.db import make_engine
from app.models import Article, Outlet
from tests.local_server import Site, serve

FLOOD_FULL = (
    "<p>Floodwater from the Elbe closed the Augustus Bridge in Dresden on Tuesday morning, "
    "city officials said, after the river rose more than two metres overnight.</p>"
    "<p>Rescuers pulled three people from cars stranded on the riverbank road below the old "
    "town, the fire service said. None of them was badly hurt, according to a spokeswoman "
    "for the city's emergency services, who said the three had ignored barriers put up on "
    "Monday evening.</p>"
    "<p>The mayor told reporters the bridge would stay closed until Friday at the earliest, "
    "because engineers had to inspect its piers once the water went down. Trams that cross "
    "the river were diverted over the Albert Bridge, and the city asked drivers to avoid the "
    "centre. Schools on both banks stayed open, but two kindergartens near the river were "
    "closed as a precaution, the education office said.</p>"
    "<p>The state flood centre said the Elbe was expected to peak on Wednesday evening at "
    "about seven metres, well below the record of 2002, when the river reached nearly nine "
    "metres and flooded much of the old town. Residents of low-lying streets in Laubegast "
    "were told to move cars and valuables to higher ground.</p>"
)

STORM_PAGE = """<!doctype html><html><head><title>Storm shuts Leipzig schools</title>
<meta property="og:site_name" content="Rhine Post">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm shuts Leipzig schools",
"datePublished": "2025-03-05T07:45:00+01:00", "author": {"@type": "Person", "name": "Jan Ort"},
"publisher": {"@type": "Organization", "name": "Rhine Post"}}</script></head>
<body><article><h1>Storm shuts Leipzig schools</h1>
<p>A storm shut twelve schools in Leipzig on Wednesday, the city council said.</p>
<p>Fallen trees blocked roads in three districts, and the fire brigade said it had answered more than two hundred calls overnight.</p>
<p>The council said the schools would reopen on Thursday if the roads were cleared.</p>
</article></body></html>"""

STRIKE_PAGE = """<!doctype html><html><head><title>Rail strike cancels trains</title>
<meta property="og:site_name" content="Northern Wire"></head>
<body><article><h1>Rail strike cancels trains in Saxony</h1>
<p>A rail strike cancelled most regional trains in Saxony on Thursday, the operator said.</p>
<p>The union said the strike would last until Friday morning unless talks resumed.</p>
</article></body></html>"""


def rss(site: Site) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Elbe Courier - Latest news</title>
  <link>https://www.elbecourier.de/</link>
  <description>News from Saxony</description>
  <item>
    <title>Floods close Dresden bridge</title>
    <link>https://www.elbecourier.de/dresden/floods-close-bridge</link>
    <guid>https://www.elbecourier.de/dresden/floods-close-bridge</guid>
    <pubDate>Tue, 04 Mar 2025 08:15:00 +0100</pubDate>
    <description>The Augustus Bridge is closed.</description>
    <content:encoded><![CDATA[{FLOOD_FULL}]]></content:encoded>
  </item>
  <item>
    <title>Storm shuts Leipzig schools</title>
    <link>{site.url("/leipzig/storm")}</link>
    <pubDate>Wed, 05 Mar 2025 07:45:00 +0100</pubDate>
    <description>Twelve schools are closed.</description>
  </item>
  <item>
    <title>A page that has gone</title>
    <link>{site.url("/gone")}</link>
    <description>Removed.</description>
  </item>
</channel></rss>"""


def atom(site: Site) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Northern Wire</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-03-06T10:00:00Z</updated>
  <entry>
    <title>Dresden bridge stays shut after floods</title>
    <link href="https://northernwire.net/2025/03/dresden-bridge"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2025-03-04T10:30:00Z</published>
    <updated>2025-03-04T11:00:00Z</updated>
    <summary>The bridge is shut.</summary>
    <content type="html">{FLOOD_FULL.replace("Augustus Bridge", "Augustus bridge").replace("<", "&lt;")}</content>
  </entry>
  <entry>
    <title>Rail strike cancels trains</title>
    <link href="{site.url("/saxony/strike")}"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
    <updated>2025-03-06T09:00:00Z</updated>
    <summary>Most trains are cancelled.</summary>
  </entry>
</feed>"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'feeds.db'}"
    monkeypatch.setenv("PARALLAX_DATABASE_URL", url)
    monkeypatch.setenv("PARALLAX_ALLOW_PRIVATE_URLS", "1")  # the test's own server
    monkeypatch.delenv("PARALLAX_API_TOKEN", raising=False)
    engine = make_engine(Settings(database_url=url))
    yield engine
    engine.dispose()


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as s:
        s.page("/leipzig/storm", STORM_PAGE)
        s.page("/saxony/strike", STRIKE_PAGE)
        yield s


def stored(engine: Engine) -> dict[str, tuple[Article, Outlet]]:
    with Session(engine) as session:
        rows = session.exec(
            select(Article, Outlet).join(Outlet, col(Article.outlet_id) == Outlet.id)
        )
        return {article.url or "": (article, outlet) for article, outlet in rows}


def lines_with(output: str, status: str) -> list[str]:
    return [ln for ln in output.splitlines() if ln.startswith(status)]


def test_rss_from_a_url_full_text_fetched_pages_and_a_failure(
    runner: CliRunner, database: Engine, site: Site
) -> None:
    feed_url = site.page("/feed.xml", rss(site), content_type="application/rss+xml")
    result = runner.invoke(cli, ["import-feed", feed_url])
    assert result.exit_code == 1, result.output  # one item failed
    assert result.stdout.strip().splitlines()[-1] == "Feed: 2 added; 0 already stored; 1 failed."
    assert len(lines_with(result.stdout, "added")) == 2
    failed = lines_with(result.stderr, "failed")
    assert len(failed) == 1 and "/gone" in failed[0] and "not found (404)" in failed[0]

    articles = stored(database)
    flood, courier = articles["https://www.elbecourier.de/dresden/floods-close-bridge"]
    assert flood.title == "Floods close Dresden bridge"
    assert flood.published_at == "2025-03-04T07:15:00+00:00"
    assert "Augustus Bridge" in flood.body and "<p>" not in flood.body
    assert courier.name == "Elbe Courier"  # the feed's name, its " - Latest news" dropped
    assert courier.domain == "elbecourier.de"
    storm, rhine = articles[site.url("/leipzig/storm")]
    assert rhine.name == "Rhine Post"  # the fetched page's own metadata
    assert storm.byline == "Jan Ort" and storm.published_at == "2025-03-05T07:45:00+01:00"
    assert site.requests == [
        "/feed.xml",
        "/leipzig/storm",
        "/gone",
    ]  # the full text was not fetched

    again = runner.invoke(cli, ["import-feed", feed_url])
    assert again.exit_code == 1
    assert again.stdout.strip().splitlines()[-1] == "Feed: 0 added; 2 already stored; 1 failed."
    assert site.requests[3:] == ["/feed.xml", "/gone"]  # stored items are not fetched again
    assert len(stored(database)) == 2


def test_atom_from_a_file_into_a_story(
    runner: CliRunner, database: Engine, site: Site, tmp_path: Path
) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(atom(site), encoding="utf-8")
    assert runner.invoke(cli, ["db", "upgrade"]).exit_code == 0
    assert runner.invoke(cli, ["demo"]).exit_code == 0
    result = runner.invoke(cli, ["import-feed", str(path), "--story", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == "Feed: 2 added; 0 already stored; 0 failed."
    articles = stored(database)
    bridge, wire = articles["https://northernwire.net/2025/03/dresden-bridge"]
    assert wire.name == "Northern Wire" and bridge.published_at == "2025-03-04T10:30:00+00:00"
    strike, wire2 = articles[site.url("/saxony/strike")]
    assert wire2.id == wire.id  # the page's site name meets the feed's name: one outlet
    assert {bridge.story_id, strike.story_id} == {1}


def test_the_same_text_under_another_url_is_skipped_as_a_duplicate(
    runner: CliRunner, database: Engine, site: Site, tmp_path: Path
) -> None:
    first = tmp_path / "a.atom"
    first.write_text(atom(site), encoding="utf-8")
    assert runner.invoke(cli, ["import-feed", str(first)]).exit_code == 0
    moved = atom(site).replace("2025/03/dresden-bridge", "2025/03/dresden-bridge-closed")
    second = tmp_path / "b.atom"
    second.write_text(moved, encoding="utf-8")
    result = runner.invoke(cli, ["import-feed", str(second)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == "Feed: 0 added; 2 already stored; 0 failed."


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (STORM_PAGE, "text/html", "is not an RSS or Atom feed (it is text/html)"),
        ("this is not xml at all", "application/xml", "is not an RSS or Atom feed"),
    ],
)
def test_what_is_not_a_feed_is_refused_with_a_sentence(
    runner: CliRunner, database: Engine, site: Site, body: str, content_type: str, message: str
) -> None:
    url = site.page("/not-a-feed", body, content_type=content_type)
    result = runner.invoke(cli, ["import-feed", url])
    assert result.exit_code == 1
    assert message in result.stderr


def test_a_missing_feed_file_is_reported(
    runner: CliRunner, database: Engine, tmp_path: Path
) -> None:
    result = runner.invoke(cli, ["import-feed", str(tmp_path / "nope.xml")])
    assert result.exit_code == 1
    assert "Cannot read the feed file" in result.stderr


# --- the same through the API -----------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'api.db'}", debug=True, allow_private_urls=True
    )


def test_the_api_imports_a_feed_and_lists_each_item(client: TestClient, site: Site) -> None:
    feed_url = site.page("/feed.xml", rss(site), content_type="application/rss+xml")
    response = client.post("/api/feeds/import", json={"url": feed_url})
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["added"], report["skipped"], report["failed"]) == (2, 0, 1)
    assert report["title"] == "Elbe Courier - Latest news"
    statuses = {item["link"]: item["status"] for item in report["items"]}
    assert statuses[site.url("/gone")] == "failed"
    assert statuses[site.url("/leipzig/storm")] == "added"
    again = client.post("/api/feeds/import", json={"url": feed_url}).json()
    assert (again["added"], again["skipped"]) == (0, 2)


@pytest.mark.parametrize("source", ["/etc/passwd", "file:///etc/passwd", "feeds/local.xml"])
def test_the_api_never_reads_a_file_on_the_server(client: TestClient, source: str) -> None:
    response = client.post("/api/feeds/import", json={"url": source})
    assert response.status_code == 422
    assert "http://" in response.json()["detail"]


def test_the_api_refuses_a_private_feed_address_when_not_allowed(
    client: TestClient, app: FastAPI, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.state.settings, "allow_private_urls", False)
    feed_url = site.page("/feed.xml", rss(site), content_type="application/rss+xml")
    response = client.post("/api/feeds/import", json={"url": feed_url})
    assert response.status_code == 422
    assert "private or reserved" in response.json()["detail"]
    assert site.requests == []
