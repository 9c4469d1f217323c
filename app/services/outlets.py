"""Outlets and their sourcing profiles: how each outlet attributes what it reports."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.core.ingest import headline_from
from app.core.text import reads_as_english
from app.models import Article, Outlet, Statement, Story
from app.services import charts
from app.services.errors import NotFound
from app.templating import KIND_LABELS

KINDS = ("person", "organization", "media", "anonymous", "self", "none")
TOP_SOURCES = 10
# Enough of an article's start to hold the words `reads_as_english` samples.
LANGUAGE_SAMPLE_CHARS = 8000


def list_outlets(session: Session) -> list[dict[str, Any]]:
    """Every outlet with how many articles it has."""
    counts = dict(
        session.exec(
            select(Article.outlet_id, func.count(col(Article.id))).group_by(col(Article.outlet_id))
        ).all()
    )
    return [
        {
            "id": o.id,
            "name": o.name,
            "short_name": o.short_name,
            "domain": o.domain,
            "article_count": counts.get(o.id, 0) if o.id is not None else 0,
        }
        for o in session.exec(select(Outlet).order_by(col(Outlet.name)))
    ]


def outlet_profile(session: Session, outlet_id: int) -> dict[str, Any]:
    """An outlet with its sourcing profile across all of its articles."""
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(f"There is no outlet {outlet_id}.")
    # Attribution is read in English only: an article in another language has every
    # statement "unattributed" for want of reading, so it stays out of the profile.
    unread = {
        article_id
        for article_id, start in session.exec(
            select(Article.id, func.substr(Article.body, 1, LANGUAGE_SAMPLE_CHARS)).where(
                Article.outlet_id == outlet_id
            )
        )
        if not reads_as_english(start)
    }
    rows = session.exec(
        select(Statement.kind, Statement.hedged, Statement.source, Statement.quote)
        .join(Article, col(Statement.article_id) == Article.id)
        .where(Article.outlet_id == outlet_id, col(Article.id).not_in(unread))
    ).all()
    unread_statements = (
        session.exec(select(func.count()).where(col(Statement.article_id).in_(unread))).one()
        if unread
        else 0
    )
    total = len(rows)
    kinds = Counter(kind for kind, _, _, _ in rows)
    # One source however the sentence cased it ("Prosecutors said", "prosecutors said"),
    # shown as first written.
    sources: Counter[str] = Counter()
    written: dict[str, str] = {}
    for kind, _, source, _ in rows:
        if source and kind != "self":
            name = " ".join(source.split())
            sources[written.setdefault(name.casefold(), name)] += 1
    articles = session.exec(
        select(Article, Story)
        .join(Story, col(Article.story_id) == Story.id)
        .where(Article.outlet_id == outlet_id)
        .order_by(col(Article.published_at).desc(), col(Article.id).desc())
    ).all()
    return {
        "id": outlet.id,
        "name": outlet.name,
        "short_name": outlet.short_name,
        "domain": outlet.domain,
        "article_count": len(articles),
        "profile": {
            "statements": total,
            "unread_articles": len(unread),
            "unread_statements": unread_statements,
            "attributed_share": _share(total - kinds.get("none", 0), total),
            "hedged_share": _share(sum(1 for _, hedged, _, _ in rows if hedged), total),
            "quote_share": _share(sum(1 for *_, quote in rows if quote), total),
            "by_kind": {
                k: {"count": kinds.get(k, 0), "share": _share(kinds.get(k, 0), total)}
                for k in KINDS
            },
            "top_sources": [{"source": s, "count": n} for s, n in sources.most_common(TOP_SOURCES)],
        },
        "articles": [
            {
                "id": a.id,
                "title": a.title or headline_from(a.body),
                "published_at": a.published_at,
                "story_id": s.id,
                "story_title": s.title,
            }
            for a, s in articles
        ],
    }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def outlet_page(session: Session, outlet_id: int) -> dict[str, Any]:
    """The outlet page: its sourcing profile with the attribution-profile bars."""
    data = outlet_profile(session, outlet_id)
    profile = data["profile"]
    chart = charts.attribution_bars(
        data["name"],
        [charts.Bar(KIND_LABELS[k], v["share"], v["count"]) for k, v in profile["by_kind"].items()],
        profile["hedged_share"],
        profile["quote_share"],
        [charts.Bar(s["source"], 0, s["count"]) for s in profile["top_sources"]],
    )
    return {**data, "chart": chart}
