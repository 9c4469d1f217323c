"""Finding articles by the words they contain, and the statements that hold them.

On SQLite the FTS5 index ``search_article`` answers (every word quoted, ranked by
bm25, snippets cut by FTS5 ``snippet()``); where no index is available (see
``search_index.available``) a LIKE scan does. Only latest versions are found.

Highlights never travel as markup: FTS5 wraps matches in two private-use
characters, which are turned here into ``[start, end]`` spans over the plain
snippet and into pieces a template renders, escaping every character of the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, or_, select

from app.core.text import fold
from app.models import Article, Outlet, Statement
from app.services import search_index
from app.services.comparison import pieces
from app.services.errors import InvalidInput

SNIPPET_CHARS = 90
SNIPPET_TOKENS = 24
MAX_RESULTS = 50
MAX_WORDS = 8
STATEMENT_HITS = 3
OPEN, CLOSE = "\ue000", "\ue001"  # private-use characters: FTS5's highlight markers
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Filters:
    """What narrows a search: an outlet, a publication date range (inclusive), a count."""

    outlet_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    limit: int = MAX_RESULTS


@dataclass(frozen=True, slots=True)
class SearchPage:
    """The search page's view: the query, its filters, the outlets to pick from, the hits."""

    q: str
    filters: Filters
    outlets: tuple[tuple[int, str], ...]
    results: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


def search_articles(
    session: Session, query: str, filters: Filters | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Latest articles holding every word of the query, best first, with snippets and statements."""
    filters = filters or Filters()
    if limit is not None:
        filters = Filters(filters.outlet_id, filters.date_from, filters.date_to, limit)
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise InvalidInput("The 'from' date is after the 'to' date.", "from")
    terms = list(dict.fromkeys(_WORD.findall(query)))[:MAX_WORDS]
    if not terms:
        raise InvalidInput("Type one or more words to search for.", "q")
    if search_index.available(session) and session.get_bind().dialect.name == "sqlite":
        hits = _fts_hits(session, terms, filters)
    elif search_index.available(session):
        hits = _index_hits(session, terms, filters)
    else:
        hits = _like_hits(session, terms, filters)
    _add_statement_hits(session, hits, terms)
    return hits


def search_page(session: Session, q: str, filters: Filters, error: str | None = None) -> SearchPage:
    """Everything the search page shows; a query a person can fix becomes a message."""
    outlets = tuple(
        (o.id, o.name)
        for o in session.exec(select(Outlet).order_by(col(Outlet.name)))
        if o.id is not None
    )
    if error or not q.strip():
        return SearchPage(q, filters, outlets, [], error)
    try:
        return SearchPage(q, filters, outlets, search_articles(session, q[:200], filters))
    except InvalidInput as exc:
        return SearchPage(q, filters, outlets, [], exc.message)


def parse_date(value: str | None, name: str) -> date | None:
    """A filter date from a form or query string (YYYY-MM-DD); empty means none."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"'{value}' is not a date: use the form YYYY-MM-DD.", name) from None


# --- the FTS5 path ------------------------------------------------------------------


def _fts_hits(session: Session, terms: list[str], filters: Filters) -> list[dict[str, Any]]:
    where, params = _filter_sql(filters)
    rows = session.execute(
        text(
            "SELECT a.id, a.story_id, o.name, a.title, a.published_at, a.version, "
            f"snippet(search_article, -1, '{OPEN}', '{CLOSE}', '\u2026', {SNIPPET_TOKENS}) "
            "FROM search_article "
            "JOIN article AS a ON a.id = search_article.rowid "
            "JOIN outlet AS o ON o.id = a.outlet_id "
            "WHERE search_article MATCH :q AND a.superseded_by_id IS NULL"
            f"{where} ORDER BY bm25(search_article), a.id LIMIT :n"
        ),
        {"q": search_index.match_query(terms, all_words=True), "n": filters.limit, **params},
    )
    return [
        _hit(aid, story_id, outlet, title, published, version, *_unmark(snip))
        for aid, story_id, outlet, title, published, version, snip in rows
    ]


def _filter_sql(filters: Filters) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if filters.outlet_id is not None:
        clauses.append("a.outlet_id = :outlet_id")
        params["outlet_id"] = filters.outlet_id
    if filters.date_from is not None:
        clauses.append("a.published_at >= :date_from")
        params["date_from"] = filters.date_from.isoformat()
    if filters.date_to is not None:
        # published_at is an ISO date or date-time, so "before the next day" includes the day.
        clauses.append("a.published_at < :date_after")
        params["date_after"] = (filters.date_to + timedelta(days=1)).isoformat()
    return "".join(f" AND {c}" for c in clauses), params


def _unmark(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet without FTS5's markers, and the [start, end] spans they enclosed."""
    plain: list[str] = []
    spans: list[list[int]] = []
    length, opened = 0, None
    for ch in snippet:
        if ch == OPEN:
            opened = length
        elif ch == CLOSE:
            if opened is not None and length > opened:
                spans.append([opened, length])
            opened = None
        else:
            plain.append(ch)
            length += 1
    text_ = "".join(plain)
    collapsed, spans = _collapse_spaces(text_, spans)
    return collapsed, spans


def _collapse_spaces(value: str, spans: list[list[int]]) -> tuple[str, list[list[int]]]:
    """Runs of whitespace (paragraph breaks) become one space; spans follow the shift."""
    out: list[str] = []
    where: list[int] = []  # where[i] = position in the output of input character i
    for ch in value:
        where.append(len(out))
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            out.append(" ")
        else:
            out.append(ch)
    where.append(len(out))
    return "".join(out), [[where[s], where[e - 1] + 1] for s, e in spans]


# --- another database's index (PostgreSQL: tsvector), through search_index -------------

INDEX_CANDIDATES = 500


def _index_hits(session: Session, terms: list[str], filters: Filters) -> list[dict[str, Any]]:
    """Ranked ids from the index, then the filters and latest versions applied in SQL."""
    ranked = search_index.matching_articles(session, terms, all_words=True, limit=INDEX_CANDIDATES)
    if not ranked:
        return []
    stmt = (
        select(Article, Outlet)
        .join(Outlet, col(Article.outlet_id) == Outlet.id)
        .where(col(Article.id).in_(ranked), col(Article.superseded_by_id).is_(None))
    )
    stmt = _filtered(stmt, filters)
    rank = {article_id: i for i, article_id in enumerate(ranked)}
    rows = sorted(session.exec(stmt), key=lambda r: rank[r[0].id])[: filters.limit]  # type: ignore[index]
    # Snippets are cut here, not by ts_headline: its parser drops anything shaped like
    # a tag ("<script>"), and a reader must see the text exactly as it was stored.
    out = []
    for a, o in rows:
        plain = snippet(a.body, terms)
        spans = word_spans(plain, terms)
        out.append(
            _hit(a.id, a.story_id, o.name, a.title, a.published_at, a.version, plain, spans)  # type: ignore[arg-type]
        )
    return out


def _filtered(stmt: Any, filters: Filters) -> Any:
    if filters.outlet_id is not None:
        stmt = stmt.where(Article.outlet_id == filters.outlet_id)
    if filters.date_from is not None:
        stmt = stmt.where(col(Article.published_at) >= filters.date_from.isoformat())
    if filters.date_to is not None:
        stmt = stmt.where(
            col(Article.published_at) < (filters.date_to + timedelta(days=1)).isoformat()
        )
    return stmt


# --- the LIKE path (no full-text index) -------------------------------------------


def _like_hits(session: Session, terms: list[str], filters: Filters) -> list[dict[str, Any]]:
    stmt = (
        select(Article, Outlet)
        .join(Outlet, col(Article.outlet_id) == Outlet.id)
        .where(col(Article.superseded_by_id).is_(None))
    )
    for term in terms:
        like = f"%{_escape_like(term)}%"
        stmt = stmt.where(
            or_(
                col(Article.body).ilike(like, escape="\\"),
                col(Article.title).ilike(like, escape="\\"),
            )
        )
    stmt = _filtered(stmt, filters).order_by(col(Article.created_at).desc()).limit(filters.limit)
    out = []
    for a, o in session.exec(stmt):
        plain = snippet(a.body, terms)
        out.append(
            _hit(
                a.id,  # type: ignore[arg-type]
                a.story_id,
                o.name,
                a.title,
                a.published_at,
                a.version,
                plain,
                word_spans(plain, terms),
            )
        )
    return out


def snippet(body: str, terms: list[str]) -> str:
    """The text around the first query word, with ellipses where it was cut."""
    lowered = body.casefold()
    hits = [i for i in (lowered.find(t.casefold()) for t in terms) if i >= 0]
    at = min(hits) if hits else 0
    start = max(0, at - SNIPPET_CHARS)
    end = min(len(body), at + SNIPPET_CHARS)
    text_ = " ".join(body[start:end].split())
    return ("\u2026" if start else "") + text_ + ("\u2026" if end < len(body) else "")


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- shared -------------------------------------------------------------------------


def word_spans(value: str, terms: list[str]) -> list[list[int]]:
    """[start, end] of every word of ``value`` that is one of the terms (case and accents folded)."""
    wanted = {fold(t) for t in terms}
    return [[m.start(), m.end()] for m in _WORD.finditer(value) if fold(m.group()) in wanted]


def _hit(
    article_id: int,
    story_id: int,
    outlet: str,
    title: str | None,
    published_at: str | None,
    version: int,
    plain: str,
    spans: list[list[int]],
) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "story_id": story_id,
        "outlet": outlet,
        "title": title,
        "published_at": published_at,
        "version": version,
        "snippet": plain,
        "highlights": spans,
        "pieces": pieces(plain, spans),
        "statements": [],
    }


def _add_statement_hits(session: Session, hits: list[dict[str, Any]], terms: list[str]) -> None:
    """Under each hit, the statements that hold the most query words (up to three)."""
    if not hits:
        return
    by_article: dict[int, list[Statement]] = defaultdict(list)
    for st in session.exec(
        select(Statement)
        .where(col(Statement.article_id).in_([h["article_id"] for h in hits]))
        .order_by(col(Statement.article_id), col(Statement.index))
    ):
        by_article[st.article_id].append(st)
    for hit in hits:
        found = []
        for st in by_article[hit["article_id"]]:
            spans = word_spans(st.text, terms)
            distinct = len({fold(st.text[s:e]) for s, e in spans})
            if distinct:
                found.append((distinct, st, spans))
        found.sort(key=lambda f: (-f[0], f[1].index))
        hit["statements"] = [
            {
                "statement_id": st.id,
                "index": st.index,
                "text": st.text,
                "highlights": spans,
                "pieces": pieces(st.text, spans),
            }
            for _, st, spans in found[:STATEMENT_HITS]
        ]


def public(hit: dict[str, Any]) -> dict[str, Any]:
    """A hit in the API's shape: the contract's keys plus highlights and statements, no pieces."""
    return {
        **{k: v for k, v in hit.items() if k != "pieces"},
        "statements": [{k: v for k, v in s.items() if k != "pieces"} for s in hit["statements"]],
    }
