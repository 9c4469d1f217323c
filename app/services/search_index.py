"""The full-text index over articles, kept in step with the article table.

One row per article (rowid = article id) holding its title, outlet name and body.
On SQLite it is the FTS5 table ``search_article`` built by migration 0002. Other
databases have no index here yet: ``available`` says so and callers fall back.
Every write happens inside the caller's transaction, so the index can never
disagree with what was committed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

_WORD = re.compile(r"\w+")


def available(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def index_article(
    session: Session, article_id: int, title: str | None, outlet: str, body: str
) -> None:
    """Add or replace one article's row."""
    if not available(session):
        return
    unindex_article(session, article_id)
    session.execute(
        text(
            "INSERT INTO search_article (rowid, title, outlet, body) VALUES (:id, :title, :outlet, :body)"
        ),
        {"id": article_id, "title": title or "", "outlet": outlet, "body": body},
    )


def unindex_article(session: Session, article_id: int) -> None:
    if not available(session):
        return
    session.execute(text("DELETE FROM search_article WHERE rowid = :id"), {"id": article_id})


def rename_outlet(session: Session, old_name: str, new_name: str) -> None:
    """Keep the outlet column right after an outlet is renamed or merged."""
    if not available(session):
        return
    session.execute(
        text("UPDATE search_article SET outlet = :new WHERE outlet = :old"),
        {"new": new_name, "old": old_name},
    )


def match_query(words: Iterable[str], *, all_words: bool) -> str:
    """An FTS5 query from free words: each word quoted, so no word is read as an operator."""
    quoted = [f'"{w}"' for w in dict.fromkeys(_WORD.findall(" ".join(words)))]
    return (" AND " if all_words else " OR ").join(quoted)


def matching_articles(
    session: Session, words: Iterable[str], *, all_words: bool, limit: int
) -> list[int]:
    """Article ids whose indexed text holds the words (all, or any ranked by bm25), best first."""
    query = match_query(words, all_words=all_words)
    if not query or not available(session):
        return []
    rows = session.execute(
        text(
            "SELECT rowid FROM search_article WHERE search_article MATCH :q ORDER BY rank LIMIT :n"
        ),
        {"q": query, "n": limit},
    )
    return [r[0] for r in rows]
