"""Fetching an article page by URL, safely.

Every hop of the request (the first URL and each redirect) is resolved and
refused when it points at loopback, private, link-local or reserved networks,
unless the settings allow it. Responses are capped in size and must be HTML.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

import httpx
from sqlmodel import Session

from app.config import Settings
from app.services import articles
from app.services.errors import InvalidInput, TooLarge

MAX_REDIRECTS = 3
TIMEOUT_SECONDS = 10.0
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/x-rss+xml",
)
USER_AGENT = "Parallax/0.1 (+self-hosted news comparison)"


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    html: str


def check_address(url: str, allow_private: bool) -> None:
    """Refuse a URL whose host resolves to a non-public address (SSRF guard)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput("The URL must start with http:// or https:// and name a host.", "url")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 0, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise InvalidInput(f"The host {parts.hostname} could not be found.", "url") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global or address.is_multicast:
            raise InvalidInput(
                f"Refusing to fetch {parts.hostname}: it points at a private or reserved "
                f"network address ({address}).",
                "url",
            )


HopCheck = Callable[[str, bool], None]


def fetch_page(
    url: str,
    settings: Settings,
    client: httpx.Client | None = None,
    check: HopCheck = check_address,
    accept: tuple[str, ...] = HTML_TYPES,
) -> Page:
    """GET an HTML page (or what ``accept`` names), following at most three redirects,
    each one checked by ``check``."""
    url = url.strip()
    own_client = client is None
    client = client or httpx.Client(
        timeout=TIMEOUT_SECONDS, follow_redirects=False, headers={"User-Agent": USER_AGENT}
    )
    try:
        for _ in range(MAX_REDIRECTS + 1):
            check(url, settings.allow_private_urls)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise InvalidInput(
                                "The page redirected without saying where to.", "url"
                            )
                        url = urljoin(url, location)
                        continue
                    return _read(url, response, settings.max_upload_bytes, accept)
            except httpx.TimeoutException as exc:
                raise InvalidInput(
                    f"The site took too long to answer ({url}). Try again later, or save the "
                    "page and upload the file.",
                    "url",
                ) from exc
            except httpx.ConnectError as exc:
                raise InvalidInput(f"Could not connect to the site ({url}).", "url") from exc
            except httpx.HTTPError as exc:
                raise InvalidInput(f"The page could not be fetched: {exc}.", "url") from exc
        raise InvalidInput(f"The page redirected more than {MAX_REDIRECTS} times.", "url")
    finally:
        if own_client:
            client.close()


def _read(url: str, response: httpx.Response, limit: int, accept: tuple[str, ...]) -> Page:
    if response.status_code == 404:
        raise InvalidInput(f"The page was not found (404): {url}", "url")
    if response.status_code in (401, 403):
        raise InvalidInput(
            f"The site refused to give us the page ({response.status_code}): it may need a "
            f"subscription or block robots. Save the page and upload the file instead. {url}",
            "url",
        )
    if response.status_code >= 500:
        raise InvalidInput(
            f"The site had a problem answering ({response.status_code}); try again later: {url}",
            "url",
        )
    if response.status_code >= 400:
        raise InvalidInput(
            f"The site answered with an error ({response.status_code}): {url}", "url"
        )
    if not 200 <= response.status_code < 300:
        raise InvalidInput(
            f"The site did not return the page ({response.status_code}): {url}", "url"
        )
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in accept:
        wanted = "an RSS or Atom feed" if accept == FEED_TYPES else "a web page"
        raise InvalidInput(
            f"The URL is not {wanted} (it is {media_type or 'of unknown type'}).",
            "url",
        )
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"The page is too large: the limit is {limit / 1_000_000:g} MB.")
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > limit:
            raise TooLarge(f"The page is too large: the limit is {limit / 1_000_000:g} MB.")
    encoding = response.encoding or "utf-8"
    try:
        html = body.decode(encoding, errors="replace")
    except LookupError:
        html = body.decode("utf-8", errors="replace")
    return Page(url=url, html=html)


def add_from_url(
    session: Session,
    settings: Settings,
    url: str,
    *,
    outlet: str | None = None,
    story_id: int | None = None,
    title: str | None = None,
    published_at: date | str | None = None,
    client: httpx.Client | None = None,
) -> articles.Added:
    """Fetch an article's page and store it with the page's own metadata (what is given wins)."""
    page = fetch_page(url, settings, client)
    submission = articles.Submission(
        html=page.html,
        url=page.url,
        outlet=outlet,
        story_id=story_id,
        title=title,
        published_at=published_at,
    )
    try:
        return articles.add_article(session, submission)
    except InvalidInput as exc:
        if exc.field == "html":
            raise InvalidInput(
                f"We could not find an article on that page ({page.url}): {exc.message}", "url"
            ) from exc
        raise
