"""Access control, CSRF and security headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy import func
from sqlmodel import Session, select
from typer.testing import CliRunner

from app.cli import cli
from app.config import Settings
from app.models import Article
from tests.conftest import LOCKED_TOKEN as TOKEN
from tests.conftest import csrf_from

TEXT = (
    "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
    "Three people were rescued from cars on the riverbank."
)
HTML = {"accept": "text/html"}


def _articles(client: TestClient) -> int:
    with Session(client.app.state.engine) as s:  # type: ignore[attr-defined]
        return s.exec(select(func.count()).select_from(Article)).one()


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", "/api/articles", {"text": TEXT, "outlet": "Saxony Daily"}),
        ("post", "/api/stories", {"title": "Dresden floods"}),
        ("post", "/api/articles/from-url", {"url": "https://example.com/a"}),
        ("delete", "/api/articles/1", None),
    ],
)
@pytest.mark.parametrize("auth", [None, "Bearer wrong-token-value", f"Basic {TOKEN}", TOKEN])
def test_api_writes_need_the_token(
    locked: TestClient, method: str, path: str, body: dict | None, auth: str | None
) -> None:
    headers = {"authorization": auth} if auth else {}
    response = locked.request(method, path, json=body, headers=headers)
    assert response.status_code == 401
    assert "token" in response.json()["detail"]
    assert _articles(locked) == 0


def test_api_write_with_the_token_works_and_reads_need_none(locked: TestClient) -> None:
    created = locked.post(
        "/api/articles",
        json={"text": TEXT, "outlet": "Saxony Daily"},
        headers={"authorization": f"Bearer {TOKEN}"},
    )
    assert created.status_code == 201
    assert locked.get("/api/stories").status_code == 200
    assert locked.get(f"/api/articles/{created.json()['id']}").status_code == 200
    assert locked.get("/").status_code == 200


def test_pages_sign_in_then_upload(locked: TestClient) -> None:
    page = locked.get("/upload", headers=HTML, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/signin")
    assert (
        BeautifulSoup(locked.get("/", headers=HTML).text, "html.parser").select_one(
            "[data-open-mode]"
        )
        is None
    )

    csrf = csrf_from(locked, "/signin")
    wrong = locked.post("/signin", data={"token": "nope", "csrf": csrf}, headers=HTML)
    assert wrong.status_code == 401
    assert (
        "not right"
        in BeautifulSoup(wrong.text, "html.parser").select_one("[role=alert]").get_text()
    )

    right = locked.post(
        "/signin", data={"token": TOKEN, "csrf": csrf, "next": "/upload"}, follow_redirects=False
    )
    assert right.status_code == 303 and right.headers["location"] == "/upload"
    cookie = right.headers["set-cookie"]
    assert "parallax_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie

    csrf = csrf_from(locked, "/upload")
    posted = locked.post(
        "/upload",
        data={"text": TEXT, "outlet": "Saxony Daily", "csrf": csrf},
        follow_redirects=False,
    )
    assert posted.status_code == 303
    assert _articles(locked) == 1

    out = locked.post("/signout", data={"csrf": csrf}, follow_redirects=False)
    assert out.status_code == 303
    assert locked.get("/upload", headers=HTML, follow_redirects=False).status_code == 303


def test_signin_never_redirects_off_site(locked: TestClient) -> None:
    csrf = csrf_from(locked, "/signin")
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        response = locked.post(
            "/signin", data={"token": TOKEN, "csrf": csrf, "next": target}, follow_redirects=False
        )
        assert response.headers["location"] == "/"


def test_a_forged_session_cookie_is_not_signed_in(locked: TestClient) -> None:
    locked.cookies.set("parallax_session", "eyJ3cml0ZXIiOnRydWV9.forged.signature")
    assert locked.get("/upload", headers=HTML, follow_redirects=False).status_code == 303
    response = locked.post("/api/articles", json={"text": TEXT, "outlet": "Saxony Daily"})
    assert response.status_code == 401


@pytest.mark.parametrize("csrf", [None, "", "made-up-token"])
def test_form_posts_without_the_right_csrf_token_are_refused(
    client: TestClient, csrf: str | None
) -> None:
    csrf_from(client)  # the browser has a CSRF cookie; the form below does not match it
    data = {"text": TEXT, "outlet": "Saxony Daily"}
    if csrf is not None:
        data["csrf"] = csrf
    response = client.post("/upload", data=data, headers=HTML)
    assert response.status_code == 403
    message = BeautifulSoup(response.text, "html.parser").select_one(".error-message")
    assert message is not None and "reload the page" in message.get_text().lower()
    assert _articles(client) == 0


def test_csrf_cookie_is_signed_httponly_and_strict(client: TestClient) -> None:
    response = client.get("/upload", headers=HTML)
    cookie = response.headers["set-cookie"]
    assert (
        cookie.startswith("parallax_csrf=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
    )
    token = BeautifulSoup(response.text, "html.parser").select_one("input[name=csrf]")["value"]
    assert token not in cookie.split(";")[0]  # the cookie holds a signed value, not the bare token


@pytest.mark.parametrize("path", ["/", "/upload", "/healthz", "/api/stories", "/stories/999"])
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    headers = client.get(path, headers=HTML).headers
    csp = headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"]


def test_open_mode_serve_refuses_public_addresses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARALLAX_DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    monkeypatch.delenv("PARALLAX_API_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "open mode" in result.output


def test_short_tokens_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 12"):
        Settings(api_token="short")


def test_an_empty_variable_means_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    # compose files and shells often leave `PARALLAX_X=`; that must not refuse to start
    for name in ("API_TOKEN", "ATTRIBUTION_NETWORK", "DATABASE_URL", "MAX_UPLOAD_BYTES"):
        monkeypatch.setenv(f"PARALLAX_{name}", "")
    settings = Settings()
    assert settings.open_mode and settings.api_token is None
    assert settings.attribution_network is False
    assert settings.database_url == Settings.model_fields["database_url"].default
    assert settings.max_upload_bytes == 2_000_000
    monkeypatch.setenv("PARALLAX_ATTRIBUTION_NETWORK", "maybe")
    with pytest.raises(ValueError, match="valid boolean"):
        Settings()
