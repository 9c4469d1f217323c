"""Importing the items of an RSS or Atom feed (feedparser).

An item whose feed carries its full text (``content:encoded`` in RSS, ``content``
in Atom) is stored from that text; an item with only a teaser is stored by
fetching its page through app.services.fetch (SSRF guard, size cap, redirects).
Items already stored (same URL, or the same text from the same outlet) are
skipped without fetching anything.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser
import httpx
from sqlmodel import Session, select

from app.config import Settings
from app.core.text import words
from app.models import Article
from app.services import articles, fetch
from app.services.errors import Duplicate, InvalidInput, ServiceError

MIN_FULL_TEXT_WORDS = 120  # fewer words than this is a teaser: fetch the page instead
_TAG = re.compile(r"<[^>]+>")
_SITE_SUFFIX = re.compile(r"\s+[-|:\u2013\u2014]\s+.*$")


@dataclass(frozen=True, slots=True)
class ItemResult:
    """What happened to one feed item."""

    link: str | None
    title: str | None
    status: str  # added | skipped | failed
    message: str
    article_id: int | None = None


@dataclass
class FeedReport:
    title: str | None
    items: list[ItemResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def summary(self) -> str:
        return (
            f"Feed: {self.count('added')} added; {self.count('skipped')} already stored; "
            f"{self.count('failed')} failed."
        )


def load_feed(source: str, settings: Settings, client: httpx.Client | None = None) -> Any:
    """Read a feed from a URL (fetched safely) or a file; refuse what is not RSS or Atom."""
    if re.match(r"(?i)https?://", source.strip()):
        page = fetch.fetch_page(source, settings, client, accept=fetch.FEED_TYPES)
        data: bytes | str = page.html
        base = page.url
    else:
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidInput(
                f"Cannot read the feed file {source}: {exc.strerror}.", "feed"
            ) from exc
        if len(data) > settings.max_upload_bytes * 10:
            raise InvalidInput("The feed file is too large.", "feed")
        base = None
    parsed = feedparser.parse(data, response_headers={"content-location": base} if base else None)
    version = getattr(parsed, "version", "")
    if not version and not parsed.entries:
        raise InvalidInput(f"{source} is not an RSS or Atom feed.", "feed")
    return parsed


def import_feed(
    session: Session,
    settings: Settings,
    source: str,
    *,
    story_id: int | None = None,
    outlet: str | None = None,
    client: httpx.Client | None = None,
    allow_files: bool = True,
) -> FeedReport:
    """Import every item of a feed; each item's outcome is in the report.

    ``allow_files=False`` (the web API) accepts only http(s) URLs, never a server path.
    """
    if not allow_files and not re.match(r"(?i)https?://", source.strip()):
        raise InvalidInput("Give the feed's address, starting with http:// or https://.", "url")
    parsed = load_feed(source, settings, client)
    feed_title = _clean(parsed.feed.get("title"))
    report = FeedReport(feed_title)
    # The feed's own name ("Ynetnews - Top Stories" -> "Ynetnews") stands in for items
    # whose copy names no outlet; a known domain or a page's site name comes first.
    fallback = outlet or (_SITE_SUFFIX.sub("", feed_title) if feed_title else None)
    for entry in parsed.entries:
        report.items.append(
            _import_entry(session, settings, entry, story_id, outlet, fallback, client)
        )
    return report


def _import_entry(
    session: Session,
    settings: Settings,
    entry: Any,
    story_id: int | None,
    outlet: str | None,
    fallback: str | None,
    client: httpx.Client | None,
) -> ItemResult:
    link = _clean(entry.get("link"))
    title = _clean(entry.get("title"))
    if link:
        stored = session.exec(select(Article.id).where(Article.url == link)).first()
        if stored is not None:
            return ItemResult(link, title, "skipped", f"already stored (article {stored})", stored)
    content = _full_content(entry)
    try:
        if content is not None:
            added = articles.add_article(
                session,
                articles.Submission(
                    html=content,
                    url=link,
                    title=title,
                    outlet=outlet,
                    published_at=_published(entry),
                    story_id=story_id,
                    fallback_outlet=fallback,
                ),
            )
            how = "from the feed's full text"
        elif link:
            added = fetch.add_from_url(
                session, settings, link, outlet=outlet, story_id=story_id, client=client
            )
            how = "fetched from its page"
        else:
            return ItemResult(None, title, "failed", "the item has neither full text nor a link")
    except Duplicate as exc:
        return ItemResult(
            link, title, "skipped", f"already stored (article {exc.article_id})", exc.article_id
        )
    except ServiceError as exc:
        return ItemResult(link, title, "failed", exc.message)
    return ItemResult(link, title, "added", how, added.article.id)


def _full_content(entry: Any) -> str | None:
    """The item's full text as HTML, when the feed carries more than a teaser."""
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if len(words(_TAG.sub(" ", value))) >= MIN_FULL_TEXT_WORDS:
            return value if "<" in value else "".join(f"<p>{p}</p>" for p in value.split("\n\n"))
    return None


def _published(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), UTC).isoformat()
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
