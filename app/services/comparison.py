"""Compute a story's comparison with the core, store it, and read it back.

The comparison is computed when a story's articles change and stored as claims
and claim members; pages and the API only read what is stored.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, delete, select

from app.core.compare import ArticleInput, ClaimStatement, compare_story
from app.models import Article, Claim, ClaimMember, Outlet, Statement, Story
from app.services import versions
from app.services.errors import InvalidInput, NotFound


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    changed: bool


def pieces(text: str, spans: list[list[int]]) -> tuple[Piece, ...]:
    """Cut a statement into runs, marking the changed ones, so templates only loop."""
    out: list[Piece] = []
    cursor = 0
    for start, end in sorted(spans):
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        if start > cursor:
            out.append(Piece(text[cursor:start], False))
        out.append(Piece(text[start:end], True))
        cursor = end
    if cursor < len(text):
        out.append(Piece(text[cursor:], False))
    return tuple(out)


def clear_story(session: Session, story_id: int) -> None:
    """Remove a story's stored comparison (before its articles change)."""
    claim_ids = select(Claim.id).where(Claim.story_id == story_id)
    session.exec(delete(ClaimMember).where(col(ClaimMember.claim_id).in_(claim_ids)))  # type: ignore[call-overload]
    session.exec(delete(Claim).where(Claim.story_id == story_id))  # type: ignore[call-overload]


def recompute_story(session: Session, story_id: int) -> None:
    """Align and compare all articles of a story and store the result (no commit)."""
    clear_story(session, story_id)
    rows = session.exec(
        select(Article, Outlet)
        .join(Outlet, col(Article.outlet_id) == Outlet.id)
        .where(Article.story_id == story_id, col(Article.superseded_by_id).is_(None))
    ).all()
    statements = _statements_by_article(session, [a.id for a, _ in rows])  # type: ignore[misc]
    inputs = []
    for order, (article, outlet) in enumerate(_publication_order(rows)):
        label = outlet.short_name or outlet.name
        inputs.append(
            ArticleInput(
                article=article.id,  # type: ignore[arg-type]
                label=label,
                order=order,
                statements=tuple(
                    ClaimStatement(
                        article=article.id,  # type: ignore[arg-type]
                        statement=st.id,  # type: ignore[arg-type]
                        label=label,
                        text=st.text,
                        content=(st.content_start - st.start, st.content_end - st.start),
                        kind=st.kind,
                        source=st.source,
                        hedged=st.hedged,
                        quote=st.quote,
                    )
                    for st in statements[article.id]  # type: ignore[index]
                ),
            )
        )
    result = compare_story(inputs)
    for position, claim in enumerate(result.claims):
        row = Claim(
            story_id=story_id,
            position=position,
            status=claim.status,
            conflicts=[
                {"type": c.type, "detail": c.detail, "article_ids": list(c.articles)}
                for c in claim.conflicts
            ],
        )
        session.add(row)
        session.flush()
        for i, (member, diff) in enumerate(zip(claim.members, claim.diffs, strict=True)):
            session.add(
                ClaimMember(
                    claim_id=row.id,  # type: ignore[arg-type]
                    statement_id=member.statement,
                    article_id=member.article,
                    is_anchor=i == claim.anchor,
                    diff=[list(span) for span in diff],
                )
            )
    for article, _ in rows:
        article.syndicated_from_id = result.syndicated_from.get(article.id)  # type: ignore[arg-type]
    session.flush()


def _publication_order(rows: list[tuple[Article, Outlet]]) -> list[tuple[Article, Outlet]]:
    # Undated articles sort after dated ones, then by when they were added.
    return sorted(rows, key=lambda r: (r[0].published_at is None, r[0].published_at or "", r[0].id))


def _statements_by_article(session: Session, article_ids: list[int]) -> dict[int, list[Statement]]:
    grouped: dict[int, list[Statement]] = defaultdict(list)
    if not article_ids:
        return grouped
    for st in session.exec(
        select(Statement)
        .where(col(Statement.article_id).in_(article_ids))
        .order_by(col(Statement.article_id), col(Statement.index))
    ):
        grouped[st.article_id].append(st)
    return grouped


def attribution_dict(st: Statement) -> dict[str, Any]:
    return {
        "source": st.source,
        "cue": st.cue,
        "via": st.via,
        "kind": st.kind,
        "hedged": st.hedged,
    }


def story_comparison(session: Session, story_id: int) -> dict[str, Any]:
    """The stored comparison in the JSON shape of the API contract."""
    story = session.get(Story, story_id)
    if story is None:
        raise NotFound(f"There is no story {story_id}.")
    rows = session.exec(
        select(Article, Outlet)
        .join(Outlet, col(Article.outlet_id) == Outlet.id)
        .where(Article.story_id == story_id, col(Article.superseded_by_id).is_(None))
    ).all()
    earlier = versions.previous_counts(session, story_id)
    articles = [
        {
            "id": a.id,
            "outlet": o.name,
            "outlet_id": o.id,
            "outlet_short": o.short_name,
            "title": a.title,
            "published_at": a.published_at,
            "url": a.url,
            "syndicated_from": a.syndicated_from_id,
            "version": a.version,
            "previous_versions": earlier.get(a.id, 0),  # type: ignore[arg-type]
        }
        for a, o in _publication_order(list(rows))
    ]
    claims = session.exec(
        select(Claim).where(Claim.story_id == story_id).order_by(col(Claim.position))
    ).all()
    members = session.exec(
        select(ClaimMember, Statement)
        .join(Statement, col(ClaimMember.statement_id) == Statement.id)
        .where(col(ClaimMember.claim_id).in_([c.id for c in claims]))
        .order_by(col(ClaimMember.id))
    ).all()
    by_claim: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for m, st in members:
        by_claim[m.claim_id].append(
            {
                "article_id": m.article_id,
                "statement_id": st.id,
                "text": st.text,
                "quote": st.quote,
                "attribution": attribution_dict(st),
                "anchor": m.is_anchor,
                "diff": m.diff,
            }
        )
    return {
        "story": {"id": story.id, "title": story.title, "slug": story.slug},
        "articles": articles,
        "claims": [
            {
                "id": c.id,
                "status": c.status,
                "statements": by_claim[c.id],  # type: ignore[index]
                "conflicts": c.conflicts,
            }
            for c in claims
        ],
    }


def article_pair(
    session: Session, story_id: int, a: int | None = None, b: int | None = None
) -> dict[str, Any]:
    """Two articles of a story in reading order, aligned statements side by side.

    Rows follow article ``a``; a statement of ``b`` that ``a`` lacks is placed just
    before the next statement of ``b`` that ``a`` does share, so both read in order.
    Left out, ``a`` is the story's first article and ``b`` the next other one.
    """
    comp = story_comparison(session, story_id)
    ordered = [x["id"] for x in comp["articles"]]
    if len(ordered) < 2:
        raise InvalidInput("This story has only one article; add another to compare.")
    a = ordered[0] if a is None else a
    b = next(i for i in ordered if i != a) if b is None else b
    ids = set(ordered)
    for article_id in (a, b):
        if article_id not in ids:
            raise NotFound(f"Article {article_id} is not part of story {story_id}.")
    if a == b:
        raise NotFound("Choose two different articles to compare.")
    statements = _statements_by_article(session, [a, b])
    partner: dict[int, int] = {}
    status: dict[int, str] = {}
    for claim in comp["claims"]:
        members = {st["article_id"]: st["statement_id"] for st in claim["statements"]}
        if a in members and b in members:
            partner[members[a]] = members[b]
        for sid in members.values():
            status[sid] = claim["status"]
    b_order = [st.id for st in statements[b]]
    b_by_id = {st.id: st for st in statements[b]}
    emitted: set[int] = set()
    rows: list[dict[str, Any]] = []
    for st in statements[a]:
        match = partner.get(st.id)  # type: ignore[arg-type]
        if match is not None:
            for sid in b_order[: b_order.index(match)]:
                if sid not in emitted and sid not in partner.values():
                    rows.append({"a": None, "b": _side(b_by_id[sid], ()), "status": "single"})
                    emitted.add(sid)  # type: ignore[arg-type]
            diff_a, diff_b = _content_diff(st, b_by_id[match])
            rows.append({"a": _side(st, diff_a), "b": _side(b_by_id[match], diff_b),
                         "status": status.get(match, "variation")})
            emitted.add(match)
        else:
            rows.append({"a": _side(st, ()), "b": None, "status": "single"})
    for sid in b_order:
        if sid not in emitted and sid not in partner.values():
            rows.append({"a": None, "b": _side(b_by_id[sid], ()), "status": "single"})  # type: ignore[index]
    articles = {x["id"]: x for x in comp["articles"]}
    return {"story": comp["story"], "articles": comp["articles"], "a": articles[a], "b": articles[b],
            "rows": rows, "shared": len(partner)}


def _content_diff(a: Statement, b: Statement) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Word diff of two statements' claim content, as spans into each statement's text."""
    from app.core.compare import word_diff

    def content(st: Statement) -> tuple[int, str]:
        offset = st.content_start - st.start
        return offset, st.text[offset : st.content_end - st.start]

    (off_a, text_a), (off_b, text_b) = content(a), content(b)
    spans_a, spans_b = word_diff(text_a, text_b)
    return (
        tuple((x + off_a, y + off_a) for x, y in spans_a),
        tuple((x + off_b, y + off_b) for x, y in spans_b),
    )


def _side(st: Statement, diff: tuple[tuple[int, int], ...] | tuple[()]) -> dict[str, Any]:
    return {"statement_id": st.id, "text": st.text, "quote": st.quote,
            "attribution": attribution_dict(st), "pieces": pieces(st.text, [list(d) for d in diff])}
