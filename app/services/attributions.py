"""Every attribution relation found in an article: who said what, with the statements it covers.

The list is ``find_attributions(body)`` exactly, the extractor ``parallax eval polnear``
scores, only put in text order and given its text and statements; nothing is dropped
or merged, so the page shows what the evaluation measures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.attribution import Relation, Span, find_attributions
from app.core.spans import SpanIndex

# Content longer than this is shown shortened (the whole of it one click away).
SHORT_CHARS = 220
JOIN = " … "


@dataclass(frozen=True, slots=True)
class Piece:
    """One span of the body: its text and its [start, end) character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class StatementRef:
    """A statement a relation's content overlaps: its id and its number on the page (from 1)."""

    id: int
    number: int


@dataclass(frozen=True, slots=True)
class FoundRelation:
    """One relation as the article page and ``GET /api/articles/{id}`` show it."""

    source: tuple[Piece, ...]  # empty: no source named ("reportedly")
    cue: tuple[Piece, ...]
    content: tuple[Piece, ...]
    statement_ids: tuple[int, ...]
    statements: tuple[StatementRef, ...]
    who: str | None  # the source's pieces joined, None when no source is named
    refers_to: tuple[Piece, ...]  # what a 'who' source stands for, where the rules found it
    who_is: str | None  # refers_to joined, None when there is nothing to add
    says: str  # the cue's pieces joined
    what: str  # the content's pieces joined with " … "
    what_short: str | None  # ``what`` shortened at a word, None when it is short enough
    relays: int | None = None  # with no content: the number of the relation it reports


@dataclass(frozen=True, slots=True)
class StatementSpan:
    """Where a stored statement lies in the body (Statement.start/end are body offsets)."""

    id: int
    index: int
    start: int
    end: int


def relations_in(body: str, statements: Sequence[StatementSpan]) -> list[FoundRelation]:
    """Every relation ``find_attributions(body)`` returns, in text order, ready to show.

    A relation's statements are those whose [start, end) span shares a character
    with one of its content pieces.
    """
    found = find_attributions(body)
    ordered = sorted(found, key=_first_offset)  # stable: ties keep the extractor's order
    index = SpanIndex([(st.start, st.end, st) for st in statements])
    views = [_view(body, rel, index) for rel in ordered]
    return [
        replace(v, relays=_relayed(body, ordered, k)) if not v.content else v
        for k, v in enumerate(views)
    ]


def _relayed(body: str, ordered: Sequence[Relation], k: int) -> int | None:
    """The list number (from 1) of the relation a content-less relation reports: the one
    just before it, when only a comma or dash lies between them ("A leader confirmed that
    the militias agreed to halt their attacks, the outlet reported": the extractor marks
    the inner report, and the outer one's content is that whole report)."""
    if k == 0:
        return None
    rel, before = ordered[k], ordered[k - 1]
    start = min(a for a, _ in (*rel.source, *rel.cue))
    end = max(b for _, b in (*before.source, *before.cue, *before.content))
    return k if end <= start and not body[end:start].strip(" ,;\u2014\u2013-") else None


def shorten(text: str, limit: int = SHORT_CHARS) -> str | None:
    """``text`` cut at a word before ``limit`` characters with "…" added; None if it fits.

    >>> shorten("one two three four", 12)
    'one two…'
    >>> shorten("short", 12) is None
    True
    """
    if len(text) <= limit:
        return None
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:…") + "…"


def _first_offset(rel: Relation) -> tuple[int, int]:
    starts = [a for a, _ in (*rel.source, *rel.cue, *rel.content)]
    cue_start = min((a for a, _ in rel.cue), default=0)
    return (min(starts, default=0), cue_start)


def _pieces(body: str, spans: Sequence[Span]) -> tuple[Piece, ...]:
    return tuple(Piece(body[a:b], a, b) for a, b in spans)


def _covered(statements: SpanIndex[StatementSpan], pieces: Sequence[Piece]) -> list[StatementSpan]:
    """The statements sharing a character with any piece, in page order (looked up by
    position: a 90 KB article has about 900 statements and 400 relations)."""
    hits = {st.id: st for p in pieces for st in statements.overlapping(p.start, p.end)}
    return sorted(hits.values(), key=lambda st: st.index)


def _view(body: str, rel: Relation, statements: SpanIndex[StatementSpan]) -> FoundRelation:
    source, cue, content, refers_to = (
        _pieces(body, s) for s in (rel.source, rel.cue, rel.content, rel.refers_to)
    )
    covered = _covered(statements, content)
    what = JOIN.join(p.text for p in content)
    return FoundRelation(
        source=source,
        cue=cue,
        content=content,
        statement_ids=tuple(st.id for st in covered),
        statements=tuple(StatementRef(st.id, st.index + 1) for st in covered),
        who=JOIN.join(p.text for p in source) or None,
        refers_to=refers_to,
        who_is=JOIN.join(p.text for p in refers_to) or None,
        says=JOIN.join(p.text for p in cue),
        what=what,
        what_short=shorten(what),
    )
