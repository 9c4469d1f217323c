"""Finding articles by the words they contain."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session, col, or_, select

from app.models import Article, Outlet
from app.services.errors import InvalidInput

SNIPPET_CHARS = 90
MAX_RESULTS = 50


def search_articles(session: Session, query: str, limit: int = MAX_RESULTS) -> list[dict[str, Any]]:
    """Articles whose title or text holds every word of the query, with a snippet."""
    terms = [t for t in re.findall(r"\w+", query) if t][:8]
    if not terms:
        raise InvalidInput("Type one or more words to search for.", "q")
    stmt = select(Article, Outlet).join(Outlet, col(Article.outlet_id) == Outlet.id)
    for term in terms:
        like = f"%{_escape_like(term)}%"
        stmt = stmt.where(
            or_(col(Article.body).ilike(like, escape="\\"), col(Article.title).ilike(like, escape="\\"))
        )
    stmt = stmt.order_by(col(Article.created_at).desc()).limit(limit)
    return [
        {
            "article_id": a.id,
            "story_id": a.story_id,
            "outlet": o.name,
            "title": a.title,
            "snippet": snippet(a.body, terms),
        }
        for a, o in session.exec(stmt)
    ]


def snippet(body: str, terms: list[str]) -> str:
    """The text around the first query word, with ellipses where it was cut."""
    lowered = body.casefold()
    hits = [i for i in (lowered.find(t.casefold()) for t in terms) if i >= 0]
    at = min(hits) if hits else 0
    start = max(0, at - SNIPPET_CHARS)
    end = min(len(body), at + SNIPPET_CHARS)
    text = " ".join(body[start:end].split())
    return ("\u2026" if start else "") + text + ("\u2026" if end < len(body) else "")


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
