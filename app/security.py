"""Who may write, and protections every response carries.

- With ``PARALLAX_API_TOKEN`` set, every write needs it: the API as
  ``Authorization: Bearer <token>``, the pages through a sign-in that sets a
  signed, HttpOnly, SameSite session cookie. Unset, the app is in open mode.
- Every form carries a CSRF token: a random value in a signed cookie, repeated in
  a hidden field; a POST whose two copies differ is refused.
- Every response carries security headers, including a Content-Security-Policy
  that allows no inline script.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Depends, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.engine import make_url
from starlette.datastructures import MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Settings
from app.db import stored_secret
from app.services.errors import ServiceError

SESSION_COOKIE = "parallax_session"
CSRF_COOKIE = "parallax_csrf"
SESSION_MAX_AGE = 14 * 24 * 3600

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# FastAPI's interactive docs are generated pages with inline script from a CDN; they
# get their own policy and show no user content.
DOCS_CSP = (
    "default-src 'self' https://cdn.jsdelivr.net; script-src 'self' 'unsafe-inline' "
    "https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "img-src 'self' data: https://fastapi.tiangolo.com; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")


class Unauthorized(ServiceError):
    status_code = 401


class Forbidden(ServiceError):
    status_code = 403


class SecurityHeaders:
    """Add security headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope["path"].startswith(DOCS_PATHS)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", DOCS_CSP if docs else CSP)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "same-origin")
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
            await send(message)

        await self.app(scope, receive, send_with_headers)


# Secrets read from each database once per process (see signing_secret).
_stored_secrets: dict[str, str] = {}


def signing_secret(settings: Settings) -> str:
    """PARALLAX_SECRET_KEY when set, else the database's own secret (app/db.stored_secret).

    Never a per-process random value: with several workers a cookie signed by one
    must be accepted by the others. An in-memory SQLite database is private to one
    process, so it gets a random secret for that process.
    """
    if settings.secret_key:
        return settings.secret_key
    url = settings.database_url
    if url not in _stored_secrets:
        if make_url(url).get_backend_name() == "sqlite" and make_url(url).database in (
            None,
            "",
            ":memory:",
        ):
            _stored_secrets[url] = secrets.token_urlsafe(32)
        else:
            _stored_secrets[url] = stored_secret(settings)
    return _stored_secrets[url]


def _signer(settings: Settings, purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(signing_secret(settings), salt=f"parallax-{purpose}")


def token_matches(settings: Settings, offered: str | None) -> bool:
    """Constant-time check of an offered token against the configured one."""
    if not settings.api_token or not offered:
        return False
    return hmac.compare_digest(offered.encode(), settings.api_token.encode())


# --- sessions (pages) -----------------------------------------------------------------


def session_cookie(settings: Settings) -> str:
    """The value of a signed-in session cookie."""
    return _signer(settings, "session").dumps({"writer": True})


def is_signed_in(request: Request) -> bool:
    settings: Settings = request.app.state.settings
    if settings.open_mode:
        return True
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return False
    try:
        data = _signer(settings, "session").loads(raw, max_age=SESSION_MAX_AGE)
    except BadSignature:
        return False
    return isinstance(data, dict) and data.get("writer") is True


def cookie_options(request: Request) -> dict[str, object]:
    return {
        "httponly": True,
        "samesite": "lax",
        "secure": request.url.scheme == "https",
        "path": "/",
    }


# --- API writes ---------------------------------------------------------------------------


def require_writer(request: Request) -> None:
    """Dependency for API writes: the Bearer token when one is configured."""
    settings: Settings = request.app.state.settings
    if settings.open_mode:
        return
    scheme, _, offered = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token_matches(settings, offered.strip()):
        return
    if is_signed_in(request):
        return
    raise Unauthorized(
        "This server needs a token for changes: send 'Authorization: Bearer <token>'."
    )


WriterDep = Annotated[None, Depends(require_writer)]


# --- CSRF ------------------------------------------------------------------------------------


def csrf_token(request: Request) -> str:
    """The form token for this browser; set as a cookie by CSRFCookie when new."""
    token = getattr(request.state, "csrf_token", None)
    if token is None:
        token = _read_csrf_cookie(request) or secrets.token_urlsafe(24)
        request.state.csrf_token = token
    return token


def _read_csrf_cookie(request: Request) -> str | None:
    raw = request.cookies.get(CSRF_COOKIE)
    if not raw:
        return None
    try:
        value = _signer(request.app.state.settings, "csrf").loads(raw)
    except BadSignature:
        return None
    return value if isinstance(value, str) else None


def check_csrf(request: Request, submitted: str | None) -> None:
    """Refuse a form POST whose token does not match this browser's cookie."""
    expected = _read_csrf_cookie(request)
    if not expected or not submitted or not hmac.compare_digest(expected, submitted):
        raise Forbidden(
            "This form has expired or did not come from this site. Reload the page and try again."
        )


def issue_csrf_cookie(request: Request, response: Response) -> None:
    """Store a token issued while rendering this page in its signed cookie."""
    token = getattr(request.state, "csrf_token", None)
    if token is None or _read_csrf_cookie(request) == token:
        return
    response.set_cookie(
        CSRF_COOKIE,
        _signer(request.app.state.settings, "csrf").dumps(token),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
