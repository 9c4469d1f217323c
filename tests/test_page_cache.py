"""The story page cache: never stale after any write, in any process; never shared state.

Every test goes through real HTTP into the app over a SQLite file built by the
migrations. "Served from the cache" is checked through the cache's own hit count,
so each check of freshness is made against a page that really was cached.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session

from app.cli import migrate
from app.config import Settings
from app.db import writer_session, writes
from app.main import create_app
from app.routes.pages import TOKEN_SLOT
from app.services import page_cache
from app.services.page_cache import Generation, Page, PageCache
from tests.conftest import LOCKED_TOKEN as TOKEN
from tests.conftest import Readers, sign_in

REPO = Path(__file__).resolve().parent.parent
FLOOD = {
    "Saxony Daily": (
        "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
        "Three people were rescued from cars on the riverbank."
    ),
    "Elbe Courier": (
        "The main bridge in Dresden was closed by flooding on Tuesday, officials said. "
        "Four people were rescued from cars on the riverbank."
    ),
    "Radio Meissen": (
        "Officials closed the main bridge in Dresden on Tuesday because of flooding. "
        "Rescuers pulled three people from cars near the river."
    ),
    "Pirna Post": (
        "The Dresden bridge stayed shut on Tuesday as the river rose, the mayor said. "
        "Three drivers were rescued from the riverbank."
    ),
}


def add(client: TestClient, outlet: str, story: int, headers: dict[str, str] | None = None) -> int:
    response = client.post(
        "/api/articles",
        json={"text": FLOOD[outlet], "outlet": outlet, "story_id": story},
        headers=headers or {},
    )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def new_story(client: TestClient, title: str, headers: dict[str, str] | None = None) -> int:
    response = client.post("/api/stories", json={"title": title}, headers=headers or {})
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def cache_of(client: TestClient) -> PageCache:
    return client.app.state.page_cache  # type: ignore[attr-defined]


def page(client: TestClient, story: int, query: str = "") -> BeautifulSoup:
    response = client.get(f"/stories/{story}{query}")
    assert response.status_code == 200, response.text
    return BeautifulSoup(response.text, "html.parser")


def cached_page(client: TestClient, story: int, query: str = "") -> BeautifulSoup:
    """The page as served from the cache: loaded once, then again as a counted hit."""
    page(client, story, query)
    hits = cache_of(client).hits
    soup = page(client, story, query)
    assert cache_of(client).hits == hits + 1, "the second load should come from the cache"
    return soup


def outlets_shown(soup: BeautifulSoup) -> list[str]:
    return [th["data-outlet"] for th in soup.select("table.matrix th[data-outlet]")]


def title(soup: BeautifulSoup) -> str:
    heading = soup.select_one("article.story h1")
    assert heading is not None
    return heading.get_text(strip=True)


def current_generation(app: FastAPI) -> Generation:
    return page_cache.read_generation(app.state.engine)


# --- every kind of write ---------------------------------------------------------------


def test_every_kind_of_write_changes_the_cached_page(client: TestClient, app: FastAPI) -> None:
    story = new_story(client, "Dresden bridge")
    add(client, "Saxony Daily", story)
    add(client, "Elbe Courier", story)
    assert sorted(outlets_shown(cached_page(client, story))) == ["Elbe Courier", "Saxony Daily"]

    # upload
    radio = add(client, "Radio Meissen", story)
    assert "Radio Meissen" in outlets_shown(cached_page(client, story))

    # edit the story's title
    assert client.patch(f"/api/stories/{story}", json={"title": "Bridge shut"}).status_code == 200
    assert title(cached_page(client, story)) == "Bridge shut"

    # edit an outlet
    outlet = next(o for o in client.get("/api/outlets").json() if o["name"] == "Radio Meissen")
    renamed = client.patch(f"/api/outlets/{outlet['id']}", json={"name": "MDR Meissen"})
    assert renamed.status_code == 200, renamed.text
    shown = outlets_shown(cached_page(client, story))
    assert "MDR Meissen" in shown and "Radio Meissen" not in shown

    # delete an article
    assert client.delete(f"/api/articles/{radio}").status_code == 204
    assert "MDR Meissen" not in outlets_shown(cached_page(client, story))

    # merge another story into this one
    other = new_story(client, "Pirna")
    add(client, "Pirna Post", other)
    merged = client.post(f"/api/stories/{other}/merge", json={"into": story})
    assert merged.status_code == 200, merged.text
    assert "Pirna Post" in outlets_shown(cached_page(client, story))

    # a write outside the app's writer sessions: raw SQL on a plain session (as a script might)
    with Session(app.state.engine) as session:
        session.execute(
            text("UPDATE story SET title = 'Written by hand' WHERE id = :id"), {"id": story}
        )
        session.commit()
    assert title(cached_page(client, story)) == "Written by hand"


def test_each_filter_and_order_is_cached_apart_and_refreshed(client: TestClient) -> None:
    story = new_story(client, "Dresden bridge")
    add(client, "Saxony Daily", story)
    add(client, "Elbe Courier", story)
    for query in ("", "?show=single", "?sort=conflict", "?show=quotes&sort=agreement"):
        soup = cached_page(client, story, query)
        table = soup.select_one("table.matrix")
        assert table is not None
        expected_show = "all" if "show=" not in query else query.split("show=")[1].split("&")[0]
        assert table["data-show"] == expected_show
    add(client, "Radio Meissen", story)
    for query in ("", "?show=single", "?sort=conflict"):
        assert "Radio Meissen" in outlets_shown(cached_page(client, story, query))


def test_reads_leave_the_generation_alone_and_each_write_moves_it(
    client: TestClient, app: FastAPI
) -> None:
    story = new_story(client, "Dresden bridge")
    add(client, "Saxony Daily", story)
    before = current_generation(app)
    page(client, story)
    client.get(f"/api/stories/{story}/comparison")
    client.get("/api/search", params={"q": "bridge"})
    client.get("/")
    assert current_generation(app) == before
    assert client.patch(f"/api/stories/{story}", json={"title": "Renamed"}).status_code == 200
    after = current_generation(app)
    assert after.epoch == before.epoch and after.value > before.value


def test_a_failed_write_leaves_the_generation_and_page_alone(
    client: TestClient, app: FastAPI
) -> None:
    story = new_story(client, "Dresden bridge")
    add(client, "Saxony Daily", story)
    cached_page(client, story)
    before = current_generation(app)
    bad = client.post(f"/api/stories/{story}/merge", json={"into": 999_999})
    assert bad.status_code in (404, 422)
    assert current_generation(app) == before
    assert title(cached_page(client, story)) == "Dresden bridge"


def test_the_generation_moves_once_per_transaction_and_rolls_back_with_it(app: FastAPI) -> None:
    engine = app.state.engine
    start = page_cache.read_generation(engine)
    with writer_session(engine) as session:
        session.execute(
            text(
                "INSERT INTO story (title, slug, created_at, updated_at) VALUES ('a', 'a', '2024-01-01', '2024-01-01')"
            )
        )
        session.execute(
            text(
                "INSERT INTO story (title, slug, created_at, updated_at) VALUES ('b', 'b', '2024-01-01', '2024-01-01')"
            )
        )
        session.commit()
    assert page_cache.read_generation(engine).value == start.value + 1
    with writer_session(engine) as session:
        session.execute(text("UPDATE story SET title = 'c' WHERE slug = 'a'"))
        session.rollback()
    assert page_cache.read_generation(engine).value == start.value + 1
    with Session(engine) as session:  # a savepoint rolled back, then a write after it
        nested = session.begin_nested()
        session.execute(text("UPDATE story SET title = 'd' WHERE slug = 'a'"))
        nested.rollback()
        session.execute(text("UPDATE story SET title = 'e' WHERE slug = 'b'"))
        session.commit()
    assert page_cache.read_generation(engine).value > start.value + 1
    with Session(engine) as session:
        assert session.execute(text("SELECT title FROM story ORDER BY slug")).scalars().all() == [
            "a",
            "e",
        ]


def test_autocommit_writes_and_writes_inside_with_move_the_generation(app: FastAPI) -> None:
    engine = app.state.engine
    with Session(engine) as session:
        session.execute(
            text(
                "INSERT INTO story (title, slug, created_at, updated_at)"
                " VALUES ('a', 'a', '2024-01-01', '2024-01-01')"
            )
        )
        session.commit()
    start = page_cache.read_generation(engine)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("UPDATE story SET title = 'b' WHERE slug = 'a'")
        conn.exec_driver_sql("UPDATE story SET title = 'c' WHERE slug = 'a'")
    assert page_cache.read_generation(engine).value == start.value + 2
    with Session(engine) as session:
        session.execute(
            text("WITH s AS (SELECT id FROM story) UPDATE story SET title = 'd' WHERE id IN s")
        )
        session.commit()
    assert page_cache.read_generation(engine).value == start.value + 3


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("INSERT INTO story VALUES (1)", True),
        ("  update story set title = 'x'", True),
        ("DELETE FROM story", True),
        ("REPLACE INTO x VALUES (1)", True),
        ("WITH s AS (SELECT 1) DELETE FROM story WHERE id IN s", True),
        ("SELECT * FROM story WHERE title = 'UPDATE'", False),
        ("WITH s AS (SELECT 1) SELECT * FROM s", False),
        ("BEGIN IMMEDIATE", False),
        ("SELECT pg_advisory_xact_lock(1)", False),
    ],
)
def test_which_statements_count_as_writes(statement: str, expected: bool) -> None:
    assert writes(statement) is expected


# --- several workers, several processes ------------------------------------------------


@pytest.fixture
def two_apps(settings: Settings) -> Iterator[tuple[TestClient, TestClient]]:
    """Two app instances on one database file: two worker processes, each with its cache."""
    migrate(settings)
    first, second = create_app(settings), create_app(settings)
    with TestClient(first) as a, TestClient(second) as b:
        yield a, b
    first.state.engine.dispose()
    second.state.engine.dispose()


def test_two_workers_never_serve_a_page_from_before_the_others_write(
    two_apps: tuple[TestClient, TestClient],
) -> None:
    a, b = two_apps
    story = new_story(a, "Dresden bridge")
    add(a, "Saxony Daily", story)
    assert outlets_shown(cached_page(a, story)) == ["Saxony Daily"]
    assert outlets_shown(cached_page(b, story)) == ["Saxony Daily"]

    add(b, "Elbe Courier", story)  # written through the second worker
    assert "Elbe Courier" in outlets_shown(cached_page(a, story))

    assert a.patch(f"/api/stories/{story}", json={"title": "Bridge shut"}).status_code == 200
    assert title(cached_page(b, story)) == "Bridge shut"
    assert title(cached_page(a, story)) == "Bridge shut"


def test_a_write_from_another_process_reaches_every_worker(
    two_apps: tuple[TestClient, TestClient], settings: Settings
) -> None:
    a, b = two_apps
    story = new_story(a, "Dresden bridge")
    add(a, "Saxony Daily", story)
    cached_page(a, story)
    cached_page(b, story)
    script = (
        "import sys\n"
        "from app.config import Settings\n"
        "from app.db import make_engine, writer_session\n"
        "from app.services import story_admin\n"
        "engine = make_engine(Settings(database_url=sys.argv[1]))\n"
        "with writer_session(engine) as session:\n"
        "    story_admin.rename_story(session, int(sys.argv[2]), sys.argv[3])\n"
        "engine.dispose()\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, settings.database_url, str(story), "From elsewhere"],
        cwd=REPO,
        check=True,
        timeout=120,
    )
    assert title(cached_page(a, story)) == "From elsewhere"
    assert title(cached_page(b, story)) == "From elsewhere"


def test_a_database_made_afresh_does_not_reuse_old_pages(tmp_path: Path) -> None:
    """Same path, new database: its generation starts at the same value but a new epoch."""
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'again.db'}", debug=True)
    migrate(settings)
    application = create_app(settings)
    with TestClient(application) as client:
        story = new_story(client, "First database")
        first = page_cache.read_generation(application.state.engine)
        cached_page(client, story)
        application.state.engine.dispose()
        for leftover in tmp_path.glob("again.db*"):
            leftover.unlink()
        migrate(settings)
        story_again = new_story(client, "Second database")
        assert story_again == story
        second = page_cache.read_generation(application.state.engine)
        assert second.epoch != first.epoch
        assert title(page(client, story)) == "Second database"
    application.state.engine.dispose()


# --- per-user parts ---------------------------------------------------------------------


def test_signed_in_and_anonymous_readers_never_see_each_others_state(readers: Readers) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    anonymous, alice, bob = readers
    story = new_story(anonymous, "Dresden bridge", auth)
    add(anonymous, "Saxony Daily", story, auth)
    alice_token, bob_token = sign_in(alice), sign_in(bob)
    assert alice_token != bob_token

    for _ in range(2):  # the second round is served from the cache
        seen = page(anonymous, story)
        assert seen.select_one("form.signout") is None
        assert seen.select_one("a[href='/signin']") is not None
        for client, token in ((alice, alice_token), (bob, bob_token)):
            mine = page(client, story)
            fields = mine.select("form.signout input[name=csrf]")
            assert [f["value"] for f in fields] == [token]
            html = str(mine)
            assert TOKEN_SLOT not in html
            assert (alice_token if token == bob_token else bob_token) not in html
    assert cache_of(alice).hits >= 3

    # The token each was given is the one their browser holds: signing out works.
    out = bob.post("/signout", data={"csrf": bob_token}, follow_redirects=False)
    assert out.status_code == 303
    assert page(bob, story).select_one("form.signout") is None
    assert page(alice, story).select_one("form.signout input[name=csrf]")["value"] == (alice_token)


def test_each_new_reader_gets_its_own_token_cookie_from_a_cached_page(
    client: TestClient,
) -> None:
    story = new_story(client, "Dresden bridge")
    add(client, "Saxony Daily", story)
    client.get(f"/stories/{story}")
    hits = cache_of(client).hits
    cookies = []
    for _ in range(2):
        with TestClient(client.app) as stranger:  # a browser with no cookies yet
            response = stranger.get(f"/stories/{story}")
            assert response.status_code == 200
            cookies.append(response.cookies["parallax_csrf"])
    assert cache_of(client).hits == hits + 2
    assert cookies[0] != cookies[1]


# --- ETag and 304 -----------------------------------------------------------------------


def test_a_matching_etag_gets_304_until_something_is_written(client: TestClient) -> None:
    story = new_story(client, "Dresden bridge")
    add(client, "Saxony Daily", story)
    client.get(f"/stories/{story}")  # the CSRF cookie is set: the page stays the same
    first = client.get(f"/stories/{story}")
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "private, no-cache"
    again = client.get(f"/stories/{story}", headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    listed = client.get(f"/stories/{story}", headers={"if-none-match": f'"nope", W/{etag}'})
    assert listed.status_code == 304
    assert client.get(f"/stories/{story}", headers={"if-none-match": '"nope"'}).status_code == 200
    other_view = client.get(f"/stories/{story}?show=single", headers={"if-none-match": etag})
    assert other_view.status_code == 200 and other_view.headers["etag"] != etag

    add(client, "Elbe Courier", story)
    changed = client.get(f"/stories/{story}", headers={"if-none-match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    assert "Elbe Courier" in outlets_shown(BeautifulSoup(changed.text, "html.parser"))


def test_an_unknown_story_is_still_404(client: TestClient) -> None:
    assert client.get("/stories/999999").status_code == 404
    assert client.get("/stories/999999").status_code == 404
    assert client.get("/stories/999999", headers={"if-none-match": "*"}).status_code == 404


# --- the cache itself -------------------------------------------------------------------


def test_the_cache_is_bounded_by_bytes_and_forgets_the_least_recently_used() -> None:
    cache = PageCache(max_bytes=1000)
    gen = Generation("e", 1)
    for i in range(5):
        cache.put(gen, i, Page((bytes(300),)))
        assert cache.size <= 1000
    assert len(cache) == 3 and cache.get(gen, 0) is None and cache.get(gen, 1) is None
    assert cache.get(gen, 2) is not None  # now the most recently used
    cache.put(gen, 5, Page((bytes(300),)))
    assert cache.get(gen, 2) is not None and cache.get(gen, 3) is None
    cache.put(gen, "huge", Page((bytes(2000),)))
    assert cache.get(gen, "huge") is None and cache.size <= 1000


def test_a_newer_generation_drops_older_pages_and_late_old_pages_are_not_kept() -> None:
    cache = PageCache()
    old, new = Generation("e", 1), Generation("e", 2)
    cache.put(old, "story", Page((b"old",)))
    cache.put(new, "story", Page((b"new",)))
    assert cache.get(old, "story") is None and len(cache) == 1
    cache.put(old, "other", Page((b"read before the write",)))
    assert cache.get(old, "other") is None and len(cache) == 1
    cache.put(Generation("another-database", 0), "story", Page((b"x",)))
    assert len(cache) == 1 and cache.size == 1


def test_one_request_makes_a_page_while_the_others_wait() -> None:
    import threading

    cache = PageCache()
    made = []
    gate = threading.Event()

    def make() -> Page:
        made.append(1)
        gate.wait(5)
        return Page((b"page",))

    results: list[bytes] = []
    threads = [
        threading.Thread(
            target=lambda: results.append(
                cache.get_or_make(Generation("e", 1), "k", make).body(b"")
            )
        )
        for _ in range(6)
    ]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join(10)
    assert results == [b"page"] * 6 and len(made) == 1


def test_the_app_cache_stays_within_its_bound(client: TestClient) -> None:
    story = new_story(client, "Dresden bridge")
    add(client, "Saxony Daily", story)
    add(client, "Elbe Courier", story)
    client.app.state.page_cache = PageCache()  # type: ignore[attr-defined]
    client.get(f"/stories/{story}")
    one_page = cache_of(client).size
    assert one_page > 0
    bound = int(one_page * 2.5)
    client.app.state.page_cache = PageCache(max_bytes=bound)  # type: ignore[attr-defined]
    queries = ("", "?show=single", "?sort=conflict", "?show=quotes", "?copies=hide&sort=agreement")
    for query in queries:
        soup = page(client, story, query)
        assert sorted(outlets_shown(soup)) == ["Elbe Courier", "Saxony Daily"]
        assert 0 < cache_of(client).size <= bound
    assert len(cache_of(client)) == 2


# --- PostgreSQL (skipped without PARALLAX_TEST_POSTGRES_URL; required in CI) ------------


@pytest.mark.postgres
def test_on_postgresql_every_write_reaches_both_workers(postgres_url: str) -> None:
    settings = Settings(database_url=postgres_url, debug=True)
    migrate(settings)
    first, second = create_app(settings), create_app(settings)
    try:
        with TestClient(first) as a, TestClient(second) as b:
            start = page_cache.read_generation(first.state.engine)
            story = new_story(a, "Dresden bridge")
            add(a, "Saxony Daily", story)
            assert outlets_shown(cached_page(b, story)) == ["Saxony Daily"]
            add(b, "Elbe Courier", story)
            assert "Elbe Courier" in outlets_shown(cached_page(a, story))
            assert b.patch(f"/api/stories/{story}", json={"title": "Shut"}).status_code == 200
            assert title(cached_page(a, story)) == "Shut"
            assert page_cache.read_generation(second.state.engine).value >= start.value + 4
            with writer_session(first.state.engine) as session:
                session.execute(text("UPDATE story SET title = 'x' WHERE id = :id"), {"id": story})
                session.rollback()
            assert title(cached_page(b, story)) == "Shut"
    finally:
        first.state.engine.dispose()
        second.state.engine.dispose()


# --- compression --------------------------------------------------------------------------


def test_browsers_that_accept_gzip_get_the_same_page_compressed(client: TestClient) -> None:
    import gzip

    story = new_story(client, "Dresden bridge")
    add(client, "Saxony Daily", story)
    add(client, "Elbe Courier", story)
    client.get(f"/stories/{story}")
    plain = client.get(f"/stories/{story}", headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers
    with client.stream(
        "GET", f"/stories/{story}", headers={"accept-encoding": "gzip, deflate"}
    ) as packed:
        raw = b"".join(packed.iter_raw())
        assert packed.headers["content-encoding"] == "gzip"
        assert "Accept-Encoding" in packed.headers["vary"]
        assert packed.headers["etag"] != plain.headers["etag"]
        packed_etag = packed.headers["etag"]
    assert len(raw) < len(plain.content) / 3
    assert gzip.decompress(raw) == plain.content
    refused = client.get(f"/stories/{story}", headers={"accept-encoding": "gzip;q=0"})
    assert "content-encoding" not in refused.headers
    assert (
        client.get(f"/stories/{story}", headers={"if-none-match": packed_etag}).status_code == 304
    )


def test_a_page_with_a_token_in_it_is_sent_uncompressed(locked_app: FastAPI) -> None:
    with TestClient(locked_app) as alice:
        auth = {"authorization": f"Bearer {TOKEN}"}
        story = new_story(alice, "Dresden bridge", auth)
        add(alice, "Saxony Daily", story, auth)
        token = sign_in(alice)
        response = alice.get(f"/stories/{story}", headers={"accept-encoding": "gzip"})
        assert "content-encoding" not in response.headers
        assert token in response.text
