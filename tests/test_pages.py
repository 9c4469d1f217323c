"""The HTML pages, read by structure: parse the page and select elements."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from fastapi.testclient import TestClient

from app.cli import migrate
from app.config import Settings
from app.main import create_app
from tests.conftest import csrf_from

STATUSES = ("agreement", "variation", "conflict", "single")
KINDS = {"person", "organization", "media", "anonymous", "self", "none"}
# Browsers ask for HTML; error pages are only rendered as HTML for such requests.
HTML = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}

DRESDEN = (
    "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
    "Three people were rescued from cars on the riverbank. "
    "The mayor said the bridge would stay shut until Friday."
)
ARABIC = (
    "أعلنت وزارة الصحة في بيروت يوم الثلاثاء عن افتتاح مستشفى جديد في جنوب المدينة. "
    "وقال الوزير إن المستشفى سيستقبل أول المرضى الأسبوع المقبل. "
    "وأضاف أن المشروع كلف نحو عشرين مليون دولار."
)
HEBREW = (
    "עיריית חיפה הודיעה ביום שני על פתיחת קו רכבת קלה חדש לאורך המפרץ. "
    "לדברי ראש העירייה, הקו יפעל כל יום מחמש בבוקר עד חצות. "
    "העבודות על הקו נמשכו כארבע שנים."
)


def soup_of(response) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    assert "text/html" in response.headers["content-type"]
    return BeautifulSoup(response.text, "html.parser")


def get_page(client: TestClient, path: str, status: int = 200) -> BeautifulSoup:
    response = client.get(path, headers=HTML)
    assert response.status_code == status, response.text[:500]
    return soup_of(response)


def post_upload(
    client: TestClient, data: dict[str, str], file: tuple[str, bytes, str] | None = None
):  # type: ignore[no-untyped-def]
    """POST the upload form as a browser does: multipart, with the form's CSRF token and an
    empty file part if none was chosen."""
    files = {"file": file or ("", b"", "application/octet-stream")}
    data = {"csrf": csrf_from(client), **data}
    return client.post("/upload", data=data, files=files, headers=HTML, follow_redirects=False)


def only(soup: BeautifulSoup | Tag, selector: str) -> Tag:
    found = soup.select(selector)
    assert len(found) == 1, f"{selector!r} matched {len(found)} elements"
    return found[0]


# --- every page ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, status",
    [
        ("/", 200),
        ("/stories/1", 200),
        ("/articles/1", 200),
        ("/upload", 200),
        ("/stories/999", 404),
        ("/articles/999", 404),
    ],
)
def test_open_mode_banner_on_every_page(
    client: TestClient, demo_story: int, path: str, status: int
) -> None:
    soup = get_page(client, path, status)
    banner = only(soup, "[data-open-mode]")
    assert "PARALLAX_API_TOKEN" in banner.get_text()
    assert soup.select_one("html")["lang"]  # type: ignore[index]
    assert soup.select_one("main#main") is not None


def test_with_a_token_there_is_no_open_mode_banner_and_upload_needs_sign_in(
    tmp_path: Path,
) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'closed.db'}",
        api_token="correct-horse-battery",
        debug=True,
    )
    migrate(settings)
    app = create_app(settings)
    try:
        with TestClient(app) as client:
            assert get_page(client, "/").select("[data-open-mode]") == []
            response = client.get("/upload", headers=HTML, follow_redirects=False)
            assert response.status_code == 303
            assert urlsplit(response.headers["location"]).path == "/signin"
            signin = get_page(client, response.headers["location"])
            token_field = only(signin, "form input[name=token]")
            assert signin.select_one(f"label[for='{token_field['id']}']") is not None
            post = client.post(
                "/upload",
                data={"csrf": csrf_from(client, "/signin"), "text": DRESDEN, "outlet": "X"},
                files={"file": ("", b"", "application/octet-stream")},
                headers=HTML,
                follow_redirects=False,
            )
            assert post.status_code in (401, 303)
            assert client.get("/api/stories").json() == []
    finally:
        app.state.engine.dispose()


# --- index and story ----------------------------------------------------------------


def test_index_lists_the_demo_story(client: TestClient, demo_story: int) -> None:
    soup = get_page(client, "/")
    item = only(soup, f"li.story-item[data-story-id='{demo_story}']")
    link = only(item, "h2 a")
    assert link["href"] == f"/stories/{demo_story}"
    assert "Iraqi militias" in link.get_text()
    meta = item.select_one(".meta")
    assert meta is not None and "2 articles from 2 outlets" in " ".join(meta.get_text().split())


def test_index_without_stories_invites_an_upload(client: TestClient) -> None:
    soup = get_page(client, "/")
    assert soup.select("li.story-item") == []
    assert only(soup, ".empty a")["href"] == "/upload"


def test_story_page_has_a_claims_matrix(client: TestClient, demo_story: int) -> None:
    soup = get_page(client, f"/stories/{demo_story}")
    table = only(soup, "table.matrix")
    columns = table.select("thead th[data-article-id]")
    assert {th["data-outlet"] for th in columns} == {"Yeshiva World News", "World Israel News"}
    article_ids = [th["data-article-id"] for th in columns]
    assert len(set(article_ids)) == 2

    rows = table.select("tbody tr.claim")
    assert len(rows) >= 5
    for row in rows:
        status = row["data-status"]
        assert status in STATUSES
        assert status in row["class"]
        badge = only(row, "th .status[data-status]")
        assert badge["data-status"] == status and badge.get_text(strip=True)
        cells = row.select("td.cell[data-outlet]")
        assert [c["data-outlet"] for c in cells] == [th["data-outlet"] for th in columns]
        present = row.select("td.cell:not(.absent)")
        expected = 1 if status == "single" else len(columns)
        assert len(present) == expected, (status, row.get_text(" ", strip=True)[:200])
        for cell in present:
            assert cell.select_one("p.statement[dir=auto]").get_text(strip=True)  # type: ignore[union-attr]
            badge = only(cell, ".badge[data-kind]")
            assert badge["data-kind"] in KINDS
            assert badge.select_one(".badge-kind").get_text(strip=True)  # type: ignore[union-attr]
        for absent in row.select("td.cell.absent"):
            assert absent.get_text(strip=True) == "Not reported"


def test_story_page_shows_single_source_rows_and_diffs(client: TestClient, demo_story: int) -> None:
    soup = get_page(client, f"/stories/{demo_story}")
    single = soup.select("tr.claim[data-status=single]")
    assert single, "the demo story has claims only one outlet carries"
    assert all(not row.select("mark.diff") for row in single)

    aligned = soup.select("tr.claim:not([data-status=single])")
    assert aligned, "the two demo articles share claims"
    marked = [row for row in aligned if row.select("td.cell mark.diff")]
    assert marked, "aligned rows mark the words that differ"
    for row in marked:
        for mark in row.select("mark.diff"):
            assert mark.get_text().strip()
            assert mark.find_parent("p", class_="statement") is not None

    kinds = {b["data-kind"] for b in soup.select("td.cell .badge[data-kind]")}
    assert {"media", "anonymous"} <= kinds, kinds

    counts = {dd["data-count"]: int(dd.get_text()) for dd in soup.select("dd[data-count]")}
    assert counts["total"] == len(soup.select("tr.claim"))
    assert counts["single"] == len(single)
    assert sum(counts[s] for s in STATUSES) == counts["total"]


def test_story_page_by_slug(client: TestClient, demo_story: int) -> None:
    by_id = get_page(client, f"/stories/{demo_story}")
    slug = "iraqi-militias-halt-attacks-on-israel-al-akhbar-reports"
    by_slug = get_page(client, f"/stories/{slug}")
    assert only(by_slug, "article.story")["data-story-id"] == str(demo_story)
    assert len(by_slug.select("tr.claim")) == len(by_id.select("tr.claim"))
    assert only(by_slug, "h1").get_text(strip=True) == only(by_id, "h1").get_text(strip=True)


def test_article_page_lists_statements_with_attribution(
    client: TestClient, demo_story: int
) -> None:
    story = get_page(client, f"/stories/{demo_story}")
    win = only(story, "th[data-outlet='World Israel News']")["data-article-id"]
    soup = get_page(client, f"/articles/{win}")
    article = only(soup, "article.article")
    assert article["data-article-id"] == win
    assert only(soup, ".breadcrumb a")["href"] == f"/stories/{demo_story}"
    meta = {
        div.dt.get_text(strip=True): div.dd.get_text(strip=True)  # type: ignore[union-attr]
        for div in soup.select(".article-meta > div")
    }
    assert meta["Outlet"] == "World Israel News"
    assert meta["Published"] == "2024-12-23"
    items = soup.select("ol.statements > li.statement-item[data-statement-id]")
    assert len(items) >= 5
    for item in items:
        assert item.select_one("p.statement[dir=auto]").get_text(strip=True)  # type: ignore[union-attr]
        assert only(item, ".badge[data-kind]")["data-kind"]
    # WIN relays its source through Al-Akhbar: the badge names who and through whom.
    relayed = [b for b in soup.select(".badge[data-kind]") if b.select_one(".badge-via")]
    assert any("Al-Akhbar" in b.select_one(".badge-via").get_text() for b in relayed)  # type: ignore[union-attr]
    assert all(b.select_one(".badge-source") is not None for b in relayed)


@pytest.mark.parametrize("path", ["/stories/999", "/stories/no-such-story", "/articles/999"])
def test_unknown_story_or_article_is_a_readable_404(
    client: TestClient, demo_story: int, path: str
) -> None:
    soup = get_page(client, path, 404)
    assert only(soup, "h1").get_text(strip=True) == "Not found"
    message = only(soup, ".error-message")
    assert message["data-status"] == "404"
    assert message.get_text(strip=True).startswith("There is no ")
    assert soup.select_one("a[href='/']") is not None


@pytest.mark.parametrize("path", ["/articles/not-a-number", "/upload?story=not-a-number"])
def test_malformed_address_in_a_browser_gets_an_html_page(client: TestClient, path: str) -> None:
    response = client.get(path, headers=HTML)
    assert response.status_code in (404, 422)
    soup = soup_of(response)
    assert only(soup, ".error-message").get_text(strip=True)
    assert soup.select_one("[data-open-mode]") is not None


# --- the upload form ---------------------------------------------------------------


def test_upload_form_fields_are_labelled(client: TestClient, demo_story: int) -> None:
    soup = get_page(client, "/upload")
    form = only(soup, "form.upload-form")
    assert form["method"] == "post" and form["enctype"] == "multipart/form-data"
    names = {c["name"] for c in form.select("input, textarea, select")}
    assert names >= {"text", "file", "outlet", "title", "published_at", "url", "story_id"}
    for control in soup.select("input:not([type=hidden]), textarea, select"):
        assert control.get("id"), control
        label = soup.select_one(f"label[for='{control['id']}']")
        assert label is not None and label.get_text(strip=True), control["id"]
    options = {o["value"] for o in form.select("select#story_id option")}
    assert options == {"", str(demo_story)}


def test_upload_form_preselects_the_story(client: TestClient, demo_story: int) -> None:
    soup = get_page(client, f"/upload?story={demo_story}")
    assert only(soup, "select#story_id option[selected]")["value"] == str(demo_story)


def test_upload_without_the_form_token_is_refused(client: TestClient) -> None:
    csrf_from(client)  # the browser has the cookie, but the POST does not carry the field
    response = client.post(
        "/upload",
        data={"text": DRESDEN, "outlet": "Saxony Daily"},
        files={"file": ("", b"", "application/octet-stream")},
        headers=HTML,
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert only(soup_of(response), ".error-message").get_text(strip=True)
    assert client.get("/api/stories").json() == []


def test_upload_redirects_to_the_story_and_marks_the_new_article(client: TestClient) -> None:
    response = post_upload(client, {"text": DRESDEN, "outlet": "Saxony Daily"})
    assert response.status_code == 303
    location = urlsplit(response.headers["location"])
    assert location.path.startswith("/stories/")
    new_id = parse_qs(location.query)["new"][0]
    assert location.fragment == f"article-{new_id}"

    soup = get_page(client, f"{location.path}?{location.query}")
    column = only(soup, f"th#article-{new_id}")
    assert column["data-article-id"] == new_id
    assert column["data-outlet"] == "Saxony Daily"
    assert "is-new" in column["class"]
    chip = only(soup, "li.outlet-chip.is-new")
    assert chip["data-article-id"] == new_id
    assert chip.select_one(".flag-new") is not None
    assert len(soup.select("tr.claim")) == 3

    plain = get_page(client, location.path)
    assert plain.select(".is-new") == []


def test_upload_into_a_chosen_story(client: TestClient, demo_story: int) -> None:
    response = post_upload(
        client, {"text": DRESDEN, "outlet": "Saxony Daily", "story_id": str(demo_story)}
    )
    assert response.status_code == 303
    assert urlsplit(response.headers["location"]).path == f"/stories/{demo_story}"


def test_upload_empty_text_shows_the_error_at_the_field(client: TestClient) -> None:
    response = post_upload(
        client,
        {
            "text": "   ",
            "outlet": "Saxony Daily",
            "title": "Bridge closed",
            "url": "https://example.org/a",
        },
    )
    assert response.status_code == 422
    soup = soup_of(response)
    assert only(soup, ".form-errors[role=alert]")
    field = only(soup, ".field.has-error")
    textarea = only(field, "textarea#text")
    assert textarea["aria-invalid"] == "true"
    error = only(field, ".field-error")
    assert textarea["aria-describedby"] == error["id"]
    assert "no text" in error.get_text()
    assert only(soup, "input#outlet")["value"] == "Saxony Daily"
    assert only(soup, "input#title")["value"] == "Bridge closed"
    assert only(soup, "input#url")["value"] == "https://example.org/a"


def test_upload_bad_date_keeps_the_text(client: TestClient) -> None:
    response = post_upload(
        client, {"text": DRESDEN, "outlet": "Saxony Daily", "published_at": "Tuesday"}
    )
    assert response.status_code == 422
    soup = soup_of(response)
    field = only(soup, ".field.has-error")
    assert field.select_one("input#published_at") is not None
    assert "YYYY-MM-DD" in only(field, ".field-error").get_text()
    assert only(soup, "textarea#text").get_text().strip() == DRESDEN


def test_upload_duplicate_is_409_with_a_link_to_the_stored_article(client: TestClient) -> None:
    first = post_upload(client, {"text": DRESDEN, "outlet": "Saxony Daily"})
    stored = parse_qs(urlsplit(first.headers["location"]).query)["new"][0]
    again = post_upload(client, {"text": DRESDEN, "outlet": "Saxony Daily"})
    assert again.status_code == 409
    soup = soup_of(again)
    link = only(soup, ".form-errors a")
    assert link["href"] == f"/articles/{stored}"
    assert "already stored" in only(soup, "#text-error").get_text()
    assert get_page(client, link["href"]).select_one("article.article") is not None


@pytest.mark.parametrize(
    "encoding",
    [
        pytest.param("utf-8", id="utf8"),
        pytest.param("latin-1", id="latin1"),
        pytest.param("utf-16", id="utf16-bom"),
    ],
)
def test_upload_a_text_file(client: TestClient, encoding: str) -> None:
    text = (
        "Le café « Chez Müller » à Genève a fermé ses portes lundi, selon la mairie. "
        "Le propriétaire a déclaré que les loyers étaient devenus trop élevés. "
        "Une trentaine d'employés perdent leur emploi."
    )
    data = text.encode(encoding)
    if encoding == "utf-16":
        assert data.startswith((b"\xff\xfe", b"\xfe\xff"))
    response = post_upload(
        client, {"outlet": "Tribune de Genève"}, ("article.txt", data, "text/plain")
    )
    assert response.status_code == 303, response.text[:500]
    new_id = parse_qs(urlsplit(response.headers["location"]).query)["new"][0]
    stored = client.get(f"/api/articles/{new_id}").json()
    assert stored["body"] == text
    assert stored["outlet"] == "Tribune de Genève"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)), id="png"
        ),
        pytest.param(b"Looks like text at first.\x00\x00\x00\x01\x02 and then NULs.", id="nul"),
    ],
)
def test_upload_a_binary_file_is_refused(client: TestClient, data: bytes) -> None:
    response = post_upload(client, {"outlet": "Saxony Daily"}, ("article.txt", data, "text/plain"))
    assert response.status_code == 422
    soup = soup_of(response)
    field = only(soup, ".field.has-error")
    assert field.select_one("input#file[type=file]") is not None
    assert "binary" in only(field, ".field-error").get_text()
    assert client.get("/api/stories").json() == []


def test_upload_html_file_is_stored_as_text_without_scripts(client: TestClient) -> None:
    page = (
        "<!doctype html><html><head><title>Bridge closed in Dresden</title>"
        "<script>window.stolen = document.cookie;</script></head><body><article>"
        "<h1>Bridge closed in Dresden</h1>"
        "<p>Flooding closed the main bridge in Dresden on Tuesday, city officials said.</p>"
        "<script>alert('xss')</script>"
        "<p>Three people were rescued from cars on the riverbank.</p>"
        "<p>The mayor said the bridge would stay shut until <b>Friday</b>.</p>"
        "<img src=x onerror=alert(1)></article></body></html>"
    )
    response = post_upload(
        client, {"outlet": "Saxony Daily"}, ("page.html", page.encode(), "text/html")
    )
    assert response.status_code == 303, response.text[:500]
    new_id = parse_qs(urlsplit(response.headers["location"]).query)["new"][0]

    soup = get_page(client, f"/articles/{new_id}")
    statements = soup.select("ol.statements")
    assert statements
    assert soup.select("ol.statements script, ol.statements img, main script") == []
    texts = [p.get_text() for p in soup.select("ol.statements p.statement")]
    assert any("Three people were rescued" in t for t in texts)
    assert not any("alert" in t or "cookie" in t for t in texts)
    body = client.get(f"/api/articles/{new_id}").json()["body"]
    assert "<" not in body and "alert" not in body


def test_pasted_markup_is_escaped_not_rendered(client: TestClient) -> None:
    text = (
        "The council met on Tuesday to discuss the <script>alert(1)</script> budget. "
        "Members voted seven to two in favour of the plan. "
        "The mayor said the vote was a relief."
    )
    response = post_upload(client, {"text": text, "outlet": "Town Crier"})
    assert response.status_code == 303, response.text[:500]
    new_id = parse_qs(urlsplit(response.headers["location"]).query)["new"][0]
    soup = get_page(client, f"/articles/{new_id}")
    assert soup.select("main script") == []
    story = get_page(client, response.headers["location"].split("#")[0])
    assert story.select("main script") == []


def test_upload_too_large_is_a_413_page(client: TestClient) -> None:
    big = b"A sentence that repeats until the file is too large. " * 40_000
    response = post_upload(client, {"outlet": "Saxony Daily"}, ("big.txt", big, "text/plain"))
    assert response.status_code == 413
    soup = soup_of(response)
    assert "too large" in only(soup, ".error-message").get_text()
    assert client.get("/api/stories").json() == []


# --- right-to-left ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, outlet",
    [pytest.param(ARABIC, "الجزيرة", id="arabic"), pytest.param(HEBREW, "הארץ", id="hebrew")],
)
def test_right_to_left_article_is_stored_intact_and_shown_with_dir_auto(
    client: TestClient, text: str, outlet: str
) -> None:
    response = post_upload(client, {"text": text, "outlet": outlet})
    assert response.status_code == 303, response.text[:500]
    location = response.headers["location"]
    new_id = parse_qs(urlsplit(location).query)["new"][0]

    stored = client.get(f"/api/articles/{new_id}").json()
    assert stored["body"] == text
    assert stored["outlet"] == outlet
    assert len(stored["statements"]) == 3
    joined = "".join(s["text"] for s in stored["statements"])
    assert joined.replace(" ", "") == text.replace(" ", "")

    article = get_page(client, f"/articles/{new_id}")
    paragraphs = article.select("ol.statements p.statement")
    assert [p.get_text() for p in paragraphs] == [s["text"] for s in stored["statements"]]
    assert all(p["dir"] == "auto" for p in paragraphs)
    assert only(article, ".article-meta dd[dir=auto]").get_text() == outlet

    story = get_page(client, location.split("#")[0])
    assert only(story, "h1")["dir"] == "auto"
    column = only(story, f"th[data-article-id='{new_id}']")
    assert column["data-outlet"] == outlet
    assert only(column, "span[dir=auto]").get_text() == outlet
    cells = story.select(f"td.cell[data-outlet='{outlet}'] p.statement")
    assert len(cells) == 3 and all(p["dir"] == "auto" for p in cells)

    # English rules read no source here: the badges say so rather than "Unattributed".
    assert stored["attribution_read"] is False
    unread = story.select(f"td.cell[data-outlet='{outlet}'] .badge-unread")
    assert [b.get_text(strip=True) for b in unread] == ["Source not read"] * 3
    assert "not English" in only(story, f"li.outlet-chip[data-article-id='{new_id}']").get_text()
    assert len(article.select("ol.statements .badge-unread")) == 3
    assert "does not read as English" in only(article, ".notice-unread").get_text()

    # The outlet's sourcing profile leaves unread statements out rather than count
    # them as unattributed.
    profile = client.get(f"/api/outlets/{stored['outlet_id']}").json()["profile"]
    assert (profile["statements"], profile["attributed_share"]) == (0, 0.0)
    assert (profile["unread_articles"], profile["unread_statements"]) == (1, 3)
    outlet_page = get_page(client, f"/outlets/{stored['outlet_id']}")
    assert (
        "1 article not in English (3 statements) is left out"
        in only(outlet_page, ".notice-unread").get_text()
    )


def test_an_english_article_has_its_attribution_read(client: TestClient) -> None:
    response = post_upload(client, {"text": DRESDEN, "outlet": "Elbe Post"})
    new_id = parse_qs(urlsplit(response.headers["location"]).query)["new"][0]
    assert client.get(f"/api/articles/{new_id}").json()["attribution_read"] is True
    article = get_page(client, f"/articles/{new_id}")
    assert not article.select(".badge-unread, .notice-unread")
    assert article.select("ol.statements .badge")
    outlet_id = client.get(f"/api/articles/{new_id}").json()["outlet_id"]
    profile = client.get(f"/api/outlets/{outlet_id}").json()["profile"]
    assert profile["statements"] > 0
    assert (profile["unread_articles"], profile["unread_statements"]) == (0, 0)
    assert not get_page(client, f"/outlets/{outlet_id}").select(".notice-unread")
