"""Compute a story's comparison with the core, store it, and read it back.

The comparison is computed when a story's articles change and stored as claims
and claim members; pages and the API only read what is stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC
from typing import Any

from sqlalchemy import bindparam, func, insert, update
from sqlmodel import Session, col, delete, select

from app.core import align, incremental
from app.core.compare import (
    ArticleInput,
    ClaimResult,
    ClaimState,
    ClaimStatement,
    Conflict,
    align_text,
    compare_claim,
    compare_story,
    report_inside,
)
from app.core.text import reads_as_english
from app.models import AlignmentSummary, Article, Claim, ClaimMember, Outlet, Statement, Story
from app.services import versions
from app.services.charts import parse_time
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
    session.exec(delete(Claim).where(col(Claim.story_id) == story_id))  # type: ignore[call-overload]
    session.exec(delete(AlignmentSummary).where(col(AlignmentSummary.story_id) == story_id))  # type: ignore[call-overload]


def recompute_story(session: Session, story_id: int, *, full: bool = False) -> None:
    """Store the comparison of a story's current articles (no commit).

    When the stored claims cover every article but the latest one (an article was just
    added), only that article is aligned into them (`app.core.incremental`); otherwise,
    or with ``full``, the whole story is aligned and compared again. Only the latest
    version of each article takes part.
    """
    if not full:
        with align.gc_paused():
            if _add_latest(session, story_id):
                return
    rows = list(
        session.exec(
            select(Article, Outlet)
            .join(Outlet, col(Article.outlet_id) == Outlet.id)
            .where(Article.story_id == story_id, col(Article.superseded_by_id).is_(None))
        ).all()
    )
    ordered = _publication_order(rows)
    inputs = _article_inputs(session, ordered)
    clear_story(session, story_id)
    result = compare_story(inputs)
    summary = incremental.summarize(
        _story_keys(session, inputs),
        ((k, [(m.article, m.statement) for m in c.members]) for k, c in enumerate(result.claims)),
    )
    terms = {c.claim: c.terms for c in summary.claims}
    ids = _insert_claims(
        session,
        story_id,
        [(k * STRIDE, c) for k, c in enumerate(result.claims)],
        [terms[k] for k in range(len(result.claims))],
    )
    if ids:
        _store_summary(
            session,
            story_id,
            replace(summary, claims=tuple(c._replace(claim=ids[c.claim]) for c in summary.claims)),
        )
    for article, _ in rows:
        article.syndicated_from_id = result.syndicated_from.get(article.id)  # type: ignore[arg-type]
    session.flush()


# What compare reads of a stored statement, in `_claim_statement`'s order.
_STATEMENT_FIELDS = (
    "id",
    "article_id",
    "start",
    "text",
    "content_start",
    "content_end",
    "kind",
    "source",
    "hedged",
    "quote",
    "cue_start",
)
_STATEMENT_COLUMNS = tuple(getattr(Statement, name) for name in _STATEMENT_FIELDS)


def _claim_statement(row: Any, label: str) -> ClaimStatement:
    sid, article_id, start, text, c_start, c_end, kind, source, hedged, quote, cue_start = row
    return ClaimStatement(
        article=article_id,
        statement=sid,
        label=label,
        text=text,
        content=(c_start - start, c_end - start),
        kind=kind,
        source=source,
        hedged=hedged,
        quote=quote,
        report_inside=report_inside(
            text, (c_start - start, c_end - start), None if cue_start is None else cue_start - start
        ),
    )


def _article_inputs(session: Session, ordered: list[tuple[Article, Outlet]]) -> list[ArticleInput]:
    """The articles as compare takes them, in publication order (statements read as plain rows)."""
    ids = [a.id for a, _ in ordered]
    grouped: dict[int, list[Any]] = defaultdict(list)
    if ids:
        for row in session.connection().execute(
            select(*_STATEMENT_COLUMNS)  # type: ignore[call-overload]  # SQLModel types select() up to 4 columns
            .where(col(Statement.article_id).in_(ids))
            .order_by(col(Statement.article_id), col(Statement.index))
        ):
            grouped[row[1]].append(row)
    inputs = []
    for order, (article, outlet) in enumerate(ordered):
        label = outlet.short_name or outlet.name
        inputs.append(
            ArticleInput(
                article=article.id,  # type: ignore[arg-type]
                label=label,
                order=order,
                statements=tuple(_claim_statement(row, label) for row in grouped[article.id]),  # type: ignore[index]
            )
        )
    return inputs


class _Statements:
    """Statements as compare takes them, read from the database in batches when first asked for."""

    def __init__(self, session: Session, labels: dict[int, str]) -> None:
        self.session, self.labels = session, labels
        self.known: dict[tuple[int, int], ClaimStatement] = {}

    def __call__(self, keys: Iterable[tuple[int, int]]) -> dict[tuple[int, int], ClaimStatement]:
        keys = list(keys)
        missing = sorted({k[1] for k in keys if k not in self.known})
        conn = self.session.connection()
        for at in range(0, len(missing), _BATCH):
            for row in conn.execute(
                select(*_STATEMENT_COLUMNS).where(col(Statement.id).in_(missing[at : at + _BATCH]))  # type: ignore[call-overload]  # SQLModel types select() up to 4 columns
            ):
                self.known[(row[1], row[0])] = _claim_statement(row, self.labels[row[1]])
        return {k: self.known[k] for k in keys}


_BATCH = 5000  # ids per IN (...) list, well under SQLite's bound parameter limit


@dataclass(slots=True)
class _StoredMember:
    id: int
    is_anchor: bool
    diff: list[list[int]] | None  # None: not read (a claim with a state, see _stored_results)


def _add_latest(session: Session, story_id: int) -> bool:
    """Align the latest article into the stored claims, if they hold exactly all the others.

    Reads the story's summary (`incremental.Summary`: one row, made from every
    statement's stored keys when missing), the texts only of the statements the step
    compares, the stored comparison only of the claims the article joins, and writes
    only what changed: those claims, their new members, the new claims, moved
    positions, syndication and the summary.
    """
    articles = session.exec(
        select(  # type: ignore[call-overload]  # SQLModel types select() up to 4 columns
            Article.id,
            Article.published_at,
            Article.syndicated_from_id,
            Outlet.short_name,
            Outlet.name,
        )
        .join(Outlet, col(Article.outlet_id) == Outlet.id)
        .where(Article.story_id == story_id, col(Article.superseded_by_id).is_(None))
    ).all()
    if len(articles) < 2:
        return False
    articles = sorted(articles, key=lambda r: (r[1] is None, r[1] or "", r[0]))
    latest = articles[-1][0]
    conn = session.connection()
    # How many statements each article has: the claims must hold every one of the
    # earlier articles' statements once, and the new article's none.
    sizes = {
        article_id: (n, top)
        for article_id, n, top in conn.execute(
            select(Statement.article_id, func.count(), func.max(Statement.index))
            .join(Article, col(Statement.article_id) == Article.id)
            .where(Article.story_id == story_id, col(Article.superseded_by_id).is_(None))
            .group_by(col(Statement.article_id))
        )
    }
    if any(top != n - 1 for n, top in sizes.values()):
        return False  # statements were removed from an article: start afresh
    positions: dict[int, int] = {}
    terms: dict[int, str | None] = {}
    for claim_id, position, held in conn.execute(
        select(Claim.id, Claim.position, Claim.terms).where(Claim.story_id == story_id)
    ):
        positions[claim_id] = position
        terms[claim_id] = held
    if not positions:
        return False
    earlier = [a[0] for a in articles[:-1]]
    summary = _stored_summary(session, story_id, earlier, sizes, terms)
    if summary is None:
        summary = _summary_from_rows(session, story_id, articles, sizes)
        if summary is None:
            return False  # the stored claims do not fit the articles: start afresh
    slots: list[Any] = [None] * sizes.get(latest, (0, 0))[0]
    unset: list[int] = []
    for sid, index, keys, whole in conn.execute(
        select(Statement.id, Statement.index, Statement.terms, Statement.whole).where(
            Statement.article_id == latest
        )
    ):
        slots[index] = (sid, keys, whole)
        if keys is None or whole is None:
            unset.append(sid)
    if unset:
        _fill_keys(session, unset, {latest: slots})

    labels = {a[0]: a[3] or a[4] for a in articles}
    syndication = {a[0]: a[2] for a in articles}
    statements = _Statements(session, labels)
    claim_ids = [c.claim for c in summary.claims]
    kept: dict[int, list[_StoredMember]] = {}

    def stored_results(indexes: Sequence[int]) -> dict[int, ClaimResult]:
        ids = {claim_ids[i]: i for i in indexes}
        found = _stored_results(session, ids, statements, kept)
        return {ids[c]: r for c, r in found.items()}

    outcome = incremental.add_article(
        summary,
        incremental.StoryArticle(latest, tuple(slots)),
        _same_text(session, story_id, latest, {w for _, _, w in slots}),
        syndication,
        statements,
        stored_results,
    )
    stored_as = _write_outcome(session, story_id, outcome, claim_ids, positions, kept)
    _write_terms(session, summary, outcome.summary, stored_as)
    _store_summary(
        session,
        story_id,
        replace(
            outcome.summary,
            claims=tuple(
                c._replace(claim=_stored_id(c.claim, stored_as)) for c in outcome.summary.claims
            ),
        ),
    )
    for article_id, original in outcome.syndicated_from.items():
        if original != syndication[article_id]:
            session.execute(
                update(Article)
                .where(col(Article.id) == article_id)
                .values(syndicated_from_id=original)
            )
    session.flush()
    return True


def _stored_summary(
    session: Session,
    story_id: int,
    earlier: list[int],
    sizes: dict[int, tuple[int, int]],
    terms: dict[int, str | None],
) -> incremental.Summary | None:
    """The story's stored summary, if it describes the stored claims and these articles.

    It must hold the articles before the latest (with their numbers of statements) and
    the claims stored (by id), and the claims as many members as those articles have
    statements; otherwise (claims changed outside an upload) None.
    """
    data = (
        session.connection()
        .execute(select(AlignmentSummary.data).where(AlignmentSummary.story_id == story_id))
        .scalar()
    )
    summary = incremental.Summary.from_json(data, terms) if data is not None else None
    if summary is None:
        return None
    if summary.articles != tuple((a, sizes.get(a, (0, 0))[0]) for a in earlier):
        return None
    held = sum(len(c.members) for c in summary.claims)
    members = (
        session.connection()
        .execute(
            select(func.count())
            .select_from(ClaimMember)
            .join(Claim, col(ClaimMember.claim_id) == Claim.id)
            .where(Claim.story_id == story_id)
        )
        .scalar()
    )
    if held != members or held != sum(n for _, n in summary.articles):
        return None
    return summary


def _summary_from_rows(
    session: Session, story_id: int, articles: Sequence[Any], sizes: dict[int, tuple[int, int]]
) -> incremental.Summary | None:
    """The story's summary from every statement's stored keys (filled where missing), or
    None when the stored claims do not hold every earlier statement exactly once."""
    latest = articles[-1][0]
    slots: dict[int, list[Any]] = {a[0]: [None] * sizes.get(a[0], (0, 0))[0] for a in articles[:-1]}
    members: dict[int, list[tuple[int, int]]] = defaultdict(list)
    covered = 0
    unset: list[int] = []
    for claim_id, article_id, statement_id, of, index, terms, whole in session.connection().execute(
        select(  # type: ignore[call-overload]  # SQLModel types select() up to 4 columns
            Claim.id,
            ClaimMember.article_id,
            ClaimMember.statement_id,
            Statement.article_id,
            Statement.index,
            Statement.terms,
            Statement.whole,
        )
        .join(ClaimMember, col(ClaimMember.claim_id) == Claim.id, isouter=True)
        .join(Statement, col(Statement.id) == ClaimMember.statement_id, isouter=True)
        .where(Claim.story_id == story_id)
        .order_by(col(ClaimMember.id))
    ):
        if of is None or of != article_id or article_id == latest:
            return None  # a claim without members, or not as stored
        row = slots.get(article_id)
        if row is None or row[index] is not None:
            return None  # an article no longer current, or a statement in two claims
        row[index] = (statement_id, terms, whole)
        members[claim_id].append((article_id, statement_id))
        covered += 1
        if terms is None or whole is None:
            unset.append(statement_id)
    if not covered or covered != sum(len(row) for row in slots.values()):
        return None
    if unset:
        _fill_keys(session, unset, slots)
    return incremental.summarize(
        [incremental.StoryArticle(a[0], tuple(slots[a[0]])) for a in articles[:-1]],
        members.items(),
    )


def _same_text(
    session: Session, story_id: int, latest: int, digests: set[str]
) -> dict[str, set[int]]:
    """The stored claims (by id) holding a statement of the story with one of these
    whole-text digests, by digest."""
    found: dict[str, set[int]] = defaultdict(set)
    for digest, claim_id in session.connection().execute(
        select(Statement.whole, ClaimMember.claim_id)
        .join(ClaimMember, col(ClaimMember.statement_id) == Statement.id)
        .join(Article, col(Statement.article_id) == Article.id)
        .where(
            Article.story_id == story_id,
            col(Article.superseded_by_id).is_(None),
            Statement.article_id != latest,
            col(Statement.whole).in_(sorted(digests)),
        )
    ):
        found[digest].add(claim_id)
    return found


def _stored_id(claim: int, stored_as: dict[int, int]) -> int:
    """A summary claim's stored id: a claim stored anew is numbered -1 - its index."""
    return stored_as[-1 - claim] if claim < 0 else claim


def _write_terms(
    session: Session,
    before: incremental.Summary,
    after: incremental.Summary,
    stored_as: dict[int, int],
) -> None:
    """Store the terms of the claims whose terms the upload changed or made."""
    held = {c.claim: c.terms for c in before.claims}
    changes = [
        {"claim_id": _stored_id(c.claim, stored_as), "new_terms": c.terms}
        for c in after.claims
        if held.get(c.claim) != c.terms
    ]
    if changes:
        table = Claim.__table__  # type: ignore[attr-defined]
        session.connection().execute(
            update(table)
            .where(table.c.id == bindparam("claim_id"))
            .values(terms=bindparam("new_terms")),
            changes,
        )


def _store_summary(session: Session, story_id: int, summary: incremental.Summary) -> None:
    table = AlignmentSummary.__table__  # type: ignore[attr-defined]
    conn = session.connection()
    done = conn.execute(
        update(table).where(table.c.story_id == story_id).values(data=summary.to_json())
    )
    if not done.rowcount:
        conn.execute(insert(table).values(story_id=story_id, data=summary.to_json()))


def _story_keys(session: Session, inputs: Sequence[ArticleInput]) -> list[incremental.StoryArticle]:
    """The articles with each statement's stored keys (filled where missing), in order."""
    keys: dict[int, tuple[str, str]] = {}
    unset: list[int] = []
    ids = [a.article for a in inputs]
    conn = session.connection()
    for at in range(0, len(ids), _BATCH):
        for sid, terms, whole in conn.execute(
            select(Statement.id, Statement.terms, Statement.whole).where(
                col(Statement.article_id).in_(ids[at : at + _BATCH])
            )
        ):
            keys[sid] = (terms, whole)
            if terms is None or whole is None:
                unset.append(sid)
    if unset:
        keys.update(_fill_keys(session, unset, {}))
    return [
        incremental.StoryArticle(
            a.article, tuple((st.statement, *keys[st.statement]) for st in a.statements)
        )
        for a in inputs
    ]


def _fill_keys(
    session: Session, ids: list[int], slots: dict[int, list[Any]]
) -> dict[int, tuple[str, str]]:
    """Work out and store the keys of statements stored before they were kept (NULL).

    Puts them in ``slots`` (rows of (id, terms, whole)) and returns them by id.
    """
    conn = session.connection()
    keys: dict[int, tuple[str, str]] = {}
    for at in range(0, len(ids), _BATCH):
        for sid, start, text, c_start, c_end in conn.execute(
            select(  # type: ignore[call-overload]  # SQLModel types select() up to 4 columns
                Statement.id, Statement.start, Statement.text, Statement.content_start,
                Statement.content_end,
            ).where(col(Statement.id).in_(ids[at : at + _BATCH]))
        ):  # fmt: skip
            keys[sid] = incremental.statement_keys(
                align_text(text, (c_start - start, c_end - start))
            )
    table = Statement.__table__  # type: ignore[attr-defined]
    conn.execute(
        update(table)
        .where(table.c.id == bindparam("sid"))
        .values(terms=bindparam("new_terms"), whole=bindparam("digest")),
        [{"sid": sid, "new_terms": t, "digest": w} for sid, (t, w) in keys.items()],
    )
    for row in slots.values():
        row[:] = [(s[0], *keys[s[0]]) if s[0] in keys else s for s in row]
    return keys


def _stored_results(
    session: Session,
    ids: dict[int, int],
    statements: _Statements,
    kept: dict[int, list[_StoredMember]],
) -> dict[int, ClaimResult]:
    """The stored comparison of the claims ``ids``, as `compare_claim` returned it.

    Fills ``kept`` with each claim's member rows, so the write only touches what changed.
    The diffs of a claim with a state (`ClaimState`: it holds `ANCHOR_SAMPLE` members or
    more) are not read: its anchor stays, so its members' diffs do too (`extend_claim`),
    and they stand in as empty ones that are never written.
    """
    heads = {
        cid: (status, conflicts, state)
        for cid, status, conflicts, state in session.connection().execute(
            select(Claim.id, Claim.status, Claim.conflicts, Claim.state).where(
                col(Claim.id).in_(list(ids))
            )
        )
    }
    found: dict[int, list[Any]] = defaultdict(list)
    # The members with their statements, in one pass (the statements join the cache).
    for row in session.connection().execute(
        select(  # type: ignore[call-overload]  # SQLModel types select() up to 4 columns
            ClaimMember.claim_id,
            ClaimMember.id,
            ClaimMember.article_id,
            ClaimMember.statement_id,
            ClaimMember.is_anchor,
            *_STATEMENT_COLUMNS,
        )
        .join(Statement, col(Statement.id) == ClaimMember.statement_id)
        .where(col(ClaimMember.claim_id).in_(list(ids)))
        .order_by(col(ClaimMember.id))
    ):
        found[row[0]].append(row)
        key = (row[6], row[5])
        if key not in statements.known:
            statements.known[key] = _claim_statement(row[5:], statements.labels[row[6]])
    unstated = [cid for cid in ids if heads.get(cid, (None, None, None))[2] is None]
    diffs: dict[int, list[list[int]]] = {}
    if unstated:
        diffs = dict(
            session.connection()
            .execute(
                select(ClaimMember.id, ClaimMember.diff).where(
                    col(ClaimMember.claim_id).in_(unstated)
                )
            )
            .all()  # type: ignore[arg-type]
        )
    read = statements((r[2], r[3]) for rows in found.values() for r in rows)
    results = {}
    for cid, rows in found.items():
        kept[cid] = [_StoredMember(r[1], r[4], diffs.get(r[1])) for r in rows]
        anchors = [i for i, r in enumerate(rows) if r[4]]
        if cid not in heads or len(anchors) != 1:
            continue  # not as compare_claim leaves a claim: it is compared afresh
        status, conflicts, state = heads[cid]
        results[cid] = ClaimResult(
            members=tuple(read[(r[2], r[3])] for r in rows),
            status=status,
            conflicts=tuple(
                Conflict(c["type"], c["detail"], tuple(c["article_ids"])) for c in conflicts
            ),
            anchor=anchors[0],
            diffs=tuple(tuple(tuple(span) for span in diffs.get(r[1], ())) for r in rows),  # type: ignore[misc]
            position=0.0,
            state=None if state is None else ClaimState.from_json(state),
        )
    return results


def _write_outcome(
    session: Session,
    story_id: int,
    outcome: incremental.Outcome,
    claim_ids: list[int],
    positions: dict[int, int],
    kept: dict[int, list[_StoredMember]],
) -> dict[int, int]:
    """Store what the new article changed: rows of claims it extended, new claims, moves.

    Returns the ids of the claims stored anew, by their index in ``outcome.claims``.
    """
    claim_table, member_table = Claim.__table__, ClaimMember.__table__  # type: ignore[attr-defined]
    gone = [claim_ids[i] for i in outcome.gone]
    if gone:
        session.exec(delete(ClaimMember).where(col(ClaimMember.claim_id).in_(gone)))  # type: ignore[call-overload]
        session.exec(delete(Claim).where(col(Claim.id).in_(gone)))  # type: ignore[call-overload]
    moves, rewrites, member_changes, anchor_changes, added = [], [], [], [], []
    fresh: list[tuple[int, ClaimResult]] = []
    fresh_at: list[int] = []
    numbers = _positions(
        [
            positions[claim_ids[p.stored]] if p.stored is not None and p.result is None else None
            for p in outcome.claims
        ]
    )
    for k, (position, placed) in enumerate(zip(numbers, outcome.claims, strict=True)):
        result = placed.result
        if placed.stored is None:
            fresh.append((position, result))  # type: ignore[arg-type]
            fresh_at.append(k)
            continue
        claim_id = claim_ids[placed.stored]
        if result is None:
            if positions[claim_id] != position:
                moves.append({"claim_id": claim_id, "position": position})
            continue
        rewrites.append(
            {
                "claim_id": claim_id,
                "position": position,
                "status": result.status,
                "conflicts": _conflicts_json(result),
                "state": _state_json(result),
            }
        )
        before = kept.get(claim_id, [])
        for i, (member, diff) in enumerate(zip(result.members, result.diffs, strict=True)):
            spans = [list(span) for span in diff]
            if i < len(before):
                held = before[i].diff
                if held is None:  # not read: as stored (see _stored_results)
                    spans = held = []
                    if before[i].is_anchor != (i == result.anchor):
                        anchor_changes.append(
                            {"member_id": before[i].id, "is_anchor": i == result.anchor}
                        )
                elif before[i].is_anchor != (i == result.anchor) or held != spans:
                    member_changes.append(
                        {"member_id": before[i].id, "is_anchor": i == result.anchor, "diff": spans}
                    )
                continue
            added.append(
                {
                    "claim_id": claim_id,
                    "statement_id": member.statement,
                    "article_id": member.article,
                    "is_anchor": i == result.anchor,
                    "diff": spans,
                }
            )
    by_id = claim_table.c.id == bindparam("claim_id")
    if moves:
        session.connection().execute(update(claim_table).where(by_id), moves)
    if rewrites:
        session.connection().execute(update(claim_table).where(by_id), rewrites)
    for changes in (member_changes, anchor_changes):
        if changes:
            session.connection().execute(
                update(member_table).where(member_table.c.id == bindparam("member_id")), changes
            )
    if added:
        session.execute(insert(member_table), added)
    return dict(zip(fresh_at, _insert_claims(session, story_id, fresh), strict=True))


STRIDE = 1024  # gap between stored claim positions, so an upload places claims between them


def _positions(fixed: list[int | None]) -> list[int]:
    """Position numbers for claims in story order: ``fixed`` gives a kept claim's stored one.

    Claims to place (None) get numbers spread between their kept neighbours, so the kept
    claims' rows stay as they are; when they do not fit (or the kept numbers are out of
    order), every claim is numbered afresh, `STRIDE` apart.

    >>> _positions([None, 1024, None, None, 2048, None])
    [0, 1024, 1365, 1706, 2048, 3072]
    >>> _positions([0, None, 1])
    [0, 1024, 2048]
    """
    kept = [(i, p) for i, p in enumerate(fixed) if p is not None]
    if not kept or any(a[1] >= b[1] for a, b in zip(kept, kept[1:], strict=False)):
        return [i * STRIDE for i in range(len(fixed))]
    out = list(fixed)
    first, last = kept[0], kept[-1]
    # Past the ends, numbers continue STRIDE apart.
    bounds = [
        (-1, first[1] - STRIDE * (first[0] + 1)),
        *kept,
        (len(fixed), last[1] + STRIDE * (len(fixed) - last[0])),
    ]
    for (i, lo), (j, hi) in zip(bounds, bounds[1:], strict=False):
        gap = j - i  # the claims to place between them, plus one
        if gap == 1:
            continue
        step = (hi - lo) // gap
        if step < 1:
            return [k * STRIDE for k in range(len(fixed))]
        for k in range(i + 1, j):
            out[k] = lo + step * (k - i)
    return out  # type: ignore[return-value]


def _conflicts_json(claim: ClaimResult) -> list[dict[str, Any]]:
    return [
        {"type": c.type, "detail": c.detail, "article_ids": list(c.articles)}
        for c in claim.conflicts
    ]


def _state_json(claim: ClaimResult) -> dict[str, Any] | None:
    return None if claim.state is None else claim.state.to_json()


def _insert_claims(
    session: Session,
    story_id: int,
    claims: list[tuple[int, ClaimResult]],
    terms: list[str] | None = None,
) -> list[int]:
    """Store claims with their members: one insert batch for the claims, one for the members.

    ``terms`` gives each claim's members' terms (`incremental.SummaryClaim`) if known
    (else they are written after). Returns the new claims' ids, in order.
    """
    if not claims:
        return []
    claim_table, member_table = Claim.__table__, ClaimMember.__table__  # type: ignore[attr-defined]
    ids = (
        session.execute(
            insert(claim_table).returning(claim_table.c.id, sort_by_parameter_order=True),
            [
                {
                    "story_id": story_id,
                    "position": position,
                    "status": claim.status,
                    "conflicts": _conflicts_json(claim),
                    "state": _state_json(claim),
                    "terms": terms[k] if terms is not None else None,
                }
                for k, (position, claim) in enumerate(claims)
            ],
        )
        .scalars()
        .all()
    )
    session.execute(
        insert(member_table),
        [
            {
                "claim_id": claim_id,
                "statement_id": member.statement,
                "article_id": member.article,
                "is_anchor": i == claim.anchor,
                "diff": [list(span) for span in diff],
            }
            for claim_id, (_, claim) in zip(ids, claims, strict=True)
            for i, (member, diff) in enumerate(zip(claim.members, claim.diffs, strict=True))
        ],
    )
    return list(ids)


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
        "source_as_written": st.source_as_written,
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
            "attribution_tagger": a.attribution_tagger,
            # False: not English, so nobody read who each statement cites
            "attribution_read": reads_as_english(a.body),
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


# How the pages name each type of conflict.
CONFLICT_TYPES = {
    "number": "Different numbers",
    "negation": "One says the opposite",
    "entity": "Different names",
    "attribution": "Attributed differently",
    "certainty": "Different certainty",
}


def conflict_in_words(conflict: dict[str, Any], published: Mapping[int, Any] | None = None) -> str:
    """'Different numbers: two vs three soldiers', and, given the articles' publication
    times, how far apart they came out where a figure may have changed (`published_apart`)."""
    label = CONFLICT_TYPES.get(conflict["type"], conflict["type"].capitalize())
    return f"{label}: {conflict['detail']}" + published_apart(conflict, published)


def published_apart(conflict: dict[str, Any], published: Mapping[int, Any] | None) -> str:
    """For a number conflict between articles that came out far apart, how far: a toll
    told on Wednesday and another on Thursday may both have been right when told (' —
    published 21 hours apart; the figure may have changed in between'); '' otherwise."""
    if conflict["type"] != "number" or not published:
        return ""
    apart = _hours_apart([published.get(i) for i in conflict.get("article_ids", ())])
    if apart is None or apart < FIGURE_MAY_CHANGE_HOURS:
        return ""
    return f" \u2014 published {_span_of(apart)} apart; the figure may have changed in between"


# Hours between two articles' publication from which different figures for one thing
# may both have been right when told: a death toll, a count still rising.
FIGURE_MAY_CHANGE_HOURS = 12


def _hours_apart(times: Iterable[Any]) -> float | None:
    """Hours between the earliest and the latest of some publication times (as stored;
    a date alone counts as its midnight), or None with fewer than two."""
    when = [parse_time(str(t)) for t in times if t is not None]
    known = [w.replace(tzinfo=w.tzinfo or UTC) for w in when if w is not None]
    if len(known) < 2:
        return None
    return (max(known) - min(known)).total_seconds() / 3600


def _span_of(hours: float) -> str:
    """'21 hours', '3 days'."""
    if hours < 48:
        return f"{round(hours)} hours"
    return f"{round(hours / 24)} days"


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
    for claim in comp["claims"]:
        members = {st["article_id"]: st["statement_id"] for st in claim["statements"]}
        if a in members and b in members:
            partner[members[a]] = members[b]
    labels = {x["id"]: x["outlet_short"] or x["outlet"] for x in comp["articles"]}
    read = {x["id"]: x["attribution_read"] for x in comp["articles"]}
    published = {x["id"]: x["published_at"] for x in comp["articles"]}
    b_order = [st.id for st in statements[b]]
    b_by_id = {st.id: st for st in statements[b]}
    emitted: set[int] = set()
    rows: list[dict[str, Any]] = []
    for st in statements[a]:
        match = partner.get(st.id)  # type: ignore[arg-type]
        if match is not None:
            for sid in b_order[: b_order.index(match)]:
                if sid not in emitted and sid not in partner.values():
                    rows.append(_only(None, _side(b_by_id[sid], (), read[b])))
                    emitted.add(sid)  # type: ignore[arg-type]
            diff_a, diff_b = _content_diff(st, b_by_id[match])
            # The two outlets against each other, not the whole claim: a third outlet's
            # figure is no conflict between these two.
            between = compare_claim(
                [_pair_member(st, labels[a]), _pair_member(b_by_id[match], labels[b])]
            )
            conflicts = [{"type": c.type, "detail": c.detail} for c in between.conflicts]
            rows.append(
                {
                    "a": _side(st, diff_a, read[a]),
                    "b": _side(b_by_id[match], diff_b, read[b]),
                    "status": between.status,
                    "conflicts": [
                        {**c, "words": conflict_in_words(c | {"article_ids": [a, b]}, published)}
                        for c in conflicts
                    ],
                }
            )
            emitted.add(match)
        else:
            rows.append(_only(_side(st, (), read[a]), None))
    for sid in b_order:
        if sid not in emitted and sid not in partner.values():
            rows.append(_only(None, _side(b_by_id[sid], (), read[b])))  # type: ignore[index]
    articles = {x["id"]: x for x in comp["articles"]}
    return {
        "story": comp["story"],
        "articles": comp["articles"],
        "a": articles[a],
        "b": articles[b],
        "rows": rows,
        "shared": len(partner),
    }


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


def _only(a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, Any]:
    """A row of the side-by-side view holding a statement only one of the two reports."""
    return {"a": a, "b": b, "status": "single", "conflicts": []}


def _pair_member(st: Statement, label: str) -> ClaimStatement:
    """A stored statement as compare takes it, read as the comparison's own rows are."""
    return _claim_statement([getattr(st, name) for name in _STATEMENT_FIELDS], label)


def _side(
    st: Statement, diff: tuple[tuple[int, int], ...] | tuple[()], read: bool
) -> dict[str, Any]:
    return {
        "statement_id": st.id,
        "text": st.text,
        "quote": st.quote,
        "attribution": attribution_dict(st) | {"read": read},
        "pieces": pieces(st.text, [list(d) for d in diff]),
    }
