"""Article versions: the chain of texts one outlet published at one URL, and their diffs.

Re-uploading an article with the same URL from the same outlet and changed text
stores a new row: the old row keeps its text and statements and points at its
successor through ``superseded_by_id``. Only latest versions (``superseded_by_id``
is null) take part in a story's comparison. Versions of one article always share
a story: moving an article moves its whole chain.

Deleting a version relinks the chain around it: deleting the latest makes the
previous one the latest again (and it rejoins the comparison); deleting an
earlier one leaves the others as they are. Version numbers are never reused or
renumbered, so a gap shows that a version was deleted.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from app.models import Article
from app.services import analysis

# A word with the whitespace after it: the diff compares words, the text keeps its spacing.
_TOKEN = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True, slots=True)
class DiffPiece:
    """A run of text that is unchanged (``equal``), added (``insert``) or removed (``delete``)."""

    op: str
    text: str


def word_diff(old: str, new: str) -> tuple[DiffPiece, ...]:
    """Word-level diff of two texts, as runs a template renders with <ins> and <del>.

    >>> [(p.op, p.text) for p in word_diff("two soldiers died", "three soldiers died")]
    [('delete', 'two '), ('insert', 'three '), ('equal', 'soldiers died')]
    """
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(
        None, [t.strip() for t in a], [t.strip() for t in b], autojunk=False
    )
    out: list[DiffPiece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(out, "equal", "".join(b[j1:j2]))
            continue
        if i2 > i1:
            _append(out, "delete", "".join(a[i1:i2]))
        if j2 > j1:
            _append(out, "insert", "".join(b[j1:j2]))
    return tuple(out)


def _append(out: list[DiffPiece], op: str, text: str) -> None:
    if not text:
        return
    if out and out[-1].op == op:
        out[-1] = DiffPiece(op, out[-1].text + text)
    else:
        out.append(DiffPiece(op, text))


def previous_version_of(session: Session, outlet_id: int, url: str | None) -> Article | None:
    """The latest stored version of the article this outlet published at this URL."""
    latest = [
        a for a in _at_url(session, url) if a.outlet_id == outlet_id and a.superseded_by_id is None
    ]
    return max(latest, key=lambda a: (a.version, a.id or 0), default=None)


def _at_url(session: Session, url: str | None) -> list[Article]:
    # Only the URL in the query, so the planner takes the url index: a URL holds a handful
    # of rows, while an outlet may hold thousands and nearly every row is a latest version.
    if not url:
        return []
    return list(session.exec(select(Article).where(Article.url == url)))


def chain(session: Session, article: Article) -> list[Article]:
    """Every version of this article, oldest first."""
    rows = [
        a
        for a in _at_url(session, article.url)
        if a.story_id == article.story_id and a.outlet_id == article.outlet_id
    ] or [article]
    by_successor = {a.superseded_by_id: a for a in rows if a.superseded_by_id is not None}
    by_id = {a.id: a for a in rows}
    # Walk to the latest, then back to the first: rows at this URL outside the chain stay out.
    latest = article
    while latest.superseded_by_id is not None and latest.superseded_by_id in by_id:
        latest = by_id[latest.superseded_by_id]
    out = [latest]
    while out[-1].id in by_successor:
        out.append(by_successor[out[-1].id])
    return out[::-1]


def article_versions(session: Session, article: Article) -> list[dict[str, Any]]:
    """The versions of an article for the API and the article page, oldest first."""
    return [
        {
            "id": a.id,
            "version": a.version,
            "published_at": a.published_at,
            "created_at": a.created_at,
            "latest": a.superseded_by_id is None,
        }
        for a in chain(session, article)
    ]


def changes_from_previous(session: Session, article: Article) -> dict[str, Any] | None:
    """What changed between this version and the one before it, or None for a first version."""
    versions = chain(session, article)
    at = next(i for i, a in enumerate(versions) if a.id == article.id)
    if at == 0:
        return None
    before = versions[at - 1]
    return {
        "from_id": before.id,
        "from_version": before.version,
        "title_before": before.title if before.title != article.title else None,
        "pieces": word_diff(before.body, article.body),
    }


def previous_counts(session: Session, story_id: int) -> dict[int, int]:
    """For each latest article of a story, how many earlier versions it has (absent: none)."""
    superseded = session.exec(
        select(Article.id, Article.superseded_by_id).where(
            Article.story_id == story_id, col(Article.superseded_by_id).is_not(None)
        )
    ).all()
    predecessor = {succ: aid for aid, succ in superseded}
    counts: dict[int, int] = defaultdict(int)
    superseded_ids = {aid for aid, _ in superseded}
    for succ in predecessor:
        if succ in superseded_ids:
            continue  # not a latest version
        n, cursor = 0, succ
        while cursor in predecessor:
            cursor, n = predecessor[cursor], n + 1
        counts[succ] = n  # type: ignore[index]
    return dict(counts)  # type: ignore[arg-type]


def unlink(session: Session, article: Article) -> bool:
    """Take a version out of its chain before it is deleted; True if it was the latest.

    Its predecessor now points at its successor, or becomes the latest if it had none.
    """
    predecessor = session.exec(
        select(Article).where(Article.superseded_by_id == article.id)
    ).first()
    if predecessor is not None:
        predecessor.superseded_by_id = article.superseded_by_id
        session.add(predecessor)
    session.flush()
    return article.superseded_by_id is None


def article_page(session: Session, article_id: int) -> dict[str, Any]:
    """The article page's view: the article with its versions and its changes from the last one."""
    from app.services.articles import article_detail

    detail = article_detail(session, article_id)
    article = session.get(Article, article_id)
    stored, now = detail["attribution_tagger"], detail["attributions_tagger"]
    tagger = {
        "stored": analysis.tagger_label(stored),
        "now": analysis.tagger_label(now),
        "differs": stored != now,
    }
    return {
        "article": detail,
        "changes": changes_from_previous(session, article),  # type: ignore[arg-type]
        "tagger": tagger,
    }
