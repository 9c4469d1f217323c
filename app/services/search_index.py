"""The full-text index over articles, kept in step with the article table.

One row per article holding its title, outlet name and body, on both databases:

- SQLite: the FTS5 table ``search_article`` (rowid = article id) from migration 0002,
  ranked by bm25.
- PostgreSQL: the table ``search_article`` (article_id primary key, removed with its
  article) from migration 0003, whose ``document`` tsvector ('simple' configuration,
  title weighted A, outlet B, body C) has a GIN index; ranked by ts_rank. Text is
  folded here the way FTS5's ``remove_diacritics`` folds it, so "Zürich" and
  "Zurich" find each other on both.

Every write happens inside the caller's transaction, so the index can never
disagree with what was committed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

_WORD = re.compile(r"\w+")
# Highlight markers for snippets: control characters no stored text keeps
# (articles.py removes them from what it stores), split out again below.
_START, _STOP = "\x02", "\x03"
SNIPPET_WORDS = 24

PG_DOCUMENT = (
    "setweight(to_tsvector('simple', :title_folded), 'A') || "
    "setweight(to_tsvector('simple', :outlet_folded), 'B') || "
    "setweight(to_tsvector('simple', :body_folded), 'C')"
)
PG_INSERT = text(
    "INSERT INTO search_article (article_id, title, outlet, body, document) "
    f"VALUES (:id, :title, :outlet, :body, {PG_DOCUMENT})"
)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def available(session: Session) -> bool:
    return _dialect(session) in ("sqlite", "postgresql")


def fold(value: str) -> str:
    """Lower-cased, with diacritics removed ("Zürich" -> "zurich"), as FTS5 does."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words_only(value: str) -> str:
    """Folded words separated by spaces: what FTS5's unicode61 tokenizer sees. Without this,
    PostgreSQL's parser would read "<script>" as a tag and drop the word, or keep
    "bridge-notice" whole where FTS5 finds "bridge"."""
    return " ".join(_WORD.findall(fold(value)))


def pg_row(article_id: int, title: str | None, outlet: str, body: str) -> dict[str, Any]:
    """The parameters of PG_INSERT for one article."""
    return {
        "id": article_id,
        "title": title or "",
        "outlet": outlet,
        "body": body,
        "title_folded": _words_only(title or ""),
        "outlet_folded": _words_only(outlet),
        "body_folded": _words_only(body),
    }


def index_article(
    session: Session, article_id: int, title: str | None, outlet: str, body: str
) -> None:
    """Add or replace one article's row."""
    if not available(session):
        return
    unindex_article(session, article_id)
    if _dialect(session) == "postgresql":
        session.execute(PG_INSERT, pg_row(article_id, title, outlet, body))
        return
    session.execute(
        text(
            "INSERT INTO search_article (rowid, title, outlet, body) VALUES (:id, :title, :outlet, :body)"
        ),
        {"id": article_id, "title": title or "", "outlet": outlet, "body": body},
    )


def unindex_article(session: Session, article_id: int) -> None:
    if not available(session):
        return
    key = "article_id" if _dialect(session) == "postgresql" else "rowid"
    session.execute(text(f"DELETE FROM search_article WHERE {key} = :id"), {"id": article_id})


def rename_outlet(session: Session, old_name: str, new_name: str) -> None:
    """Keep the outlet column right after an outlet is renamed or merged."""
    if not available(session):
        return
    if _dialect(session) == "postgresql":
        rows = session.execute(
            text("SELECT article_id, title, body FROM search_article WHERE outlet = :old"),
            {"old": old_name},
        ).all()
        for article_id, title, body in rows:
            index_article(session, article_id, title, new_name, body)
        return
    session.execute(
        text("UPDATE search_article SET outlet = :new WHERE outlet = :old"),
        {"new": new_name, "old": old_name},
    )


def _words(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(_WORD.findall(" ".join(words))))


def match_query(words: Iterable[str], *, all_words: bool) -> str:
    """An FTS5 query from free words: each word quoted, so no word is read as an operator."""
    quoted = [f'"{w}"' for w in _words(words)]
    return (" AND " if all_words else " OR ").join(quoted)


def tsquery(words: Iterable[str], *, all_words: bool) -> str:
    """A PostgreSQL to_tsquery text from free words: each word folded and quoted as a lexeme."""
    quoted = []
    for word in _words(fold(w) for w in words):
        quoted.append("'" + word.replace("'", "''").replace("\\", "\\\\") + "'")
    return (" & " if all_words else " | ").join(quoted)


def matching_articles(
    session: Session, words: Iterable[str], *, all_words: bool, limit: int
) -> list[int]:
    """Article ids whose indexed text holds the words (all, or any ranked best first)."""
    words = list(words)
    if not available(session):
        return []
    if _dialect(session) == "postgresql":
        query = tsquery(words, all_words=all_words)
        if not query:
            return []
        rows = session.execute(
            text(
                "SELECT article_id FROM search_article, to_tsquery('simple', :q) AS q "
                "WHERE document @@ q ORDER BY ts_rank(document, q) DESC, article_id LIMIT :n"
            ),
            {"q": query, "n": limit},
        )
        return [r[0] for r in rows]
    query = match_query(words, all_words=all_words)
    if not query:
        return []
    rows = session.execute(
        text(
            "SELECT rowid FROM search_article WHERE search_article MATCH :q ORDER BY rank LIMIT :n"
        ),
        {"q": query, "n": limit},
    )
    return [r[0] for r in rows]


Snippet = list[tuple[str, bool]]


def snippets(
    session: Session, article_ids: Iterable[int], words: Iterable[str]
) -> dict[int, Snippet]:
    """For each article, a short passage of its body around the words, as (text, is_match) pieces.

    Pieces are plain text (escape them when rendering). Articles not in the index, or
    a database without one, get no entry; callers fall back to their own excerpt.
    """
    ids = [int(i) for i in article_ids]
    words = list(words)
    if not ids or not available(session):
        return {}
    if _dialect(session) == "postgresql":
        query = tsquery(words, all_words=False)
        if not query:
            return {}
        options = (
            f"StartSel={_START}, StopSel={_STOP}, MaxWords={SNIPPET_WORDS}, "
            f"MinWords={SNIPPET_WORDS // 2}, ShortWord=0, MaxFragments=1, FragmentDelimiter=\u2026"
        )
        rows = session.execute(
            text(
                "SELECT article_id, ts_headline('simple', body, to_tsquery('simple', :q), :opts) "
                "FROM search_article WHERE article_id = ANY(:ids)"
            ),
            {"q": query, "opts": options, "ids": ids},
        )
    else:
        query = match_query(words, all_words=False)
        if not query:
            return {}
        marks = ", ".join(f":id{i}" for i in range(len(ids)))
        rows = session.execute(
            text(
                f"SELECT rowid, snippet(search_article, 2, :start, :stop, '\u2026', {SNIPPET_WORDS}) "
                f"FROM search_article WHERE search_article MATCH :q AND rowid IN ({marks})"
            ),
            {
                "q": query,
                "start": _START,
                "stop": _STOP,
                **{f"id{i}": v for i, v in enumerate(ids)},
            },
        )
    return {article_id: _pieces(raw) for article_id, raw in rows}


def _pieces(raw: str) -> Snippet:
    pieces: Snippet = []
    for i, part in enumerate(re.split(f"[{_START}{_STOP}]", " ".join(raw.split()))):
        if part:
            pieces.append((part, i % 2 == 1))
    return pieces
