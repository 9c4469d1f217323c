"""Every attribution relation found in an article: who said what, with the statements it covers.

The list is ``find_attributions(body)`` exactly, the extractor ``parallax eval polnear``
scores, only put in text order and given its text and statements; nothing is dropped
or merged, so the page shows what the evaluation measures.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from app.core.attribution import Relation, Span, find_attributions

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
    index = _StatementIndex(statements)
    return [_view(body, rel, index) for rel in ordered]


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


class _StatementIndex:
    """Statements by position, to find those a span overlaps without reading them all
    (a 90 KB article has about 900 statements and 400 relations)."""

    def __init__(self, statements: Sequence[StatementSpan]) -> None:
        self.by_start = sorted(statements, key=lambda st: (st.start, st.end))
        # The furthest end so far: everything before the first one past a span's start
        # ends before the span begins.
        self.reach = list(accumulate((st.end for st in self.by_start), max))

    def overlapping(self, pieces: Sequence[Piece]) -> list[StatementSpan]:
        """The statements sharing a character with any piece, in page order."""
        hits: dict[int, StatementSpan] = {}
        for p in pieces:
            for st in self.by_start[bisect_right(self.reach, p.start) :]:
                if st.start >= p.end:
                    break
                if st.end > p.start:
                    hits[st.id] = st
        return sorted(hits.values(), key=lambda st: st.index)


def _view(body: str, rel: Relation, statements: _StatementIndex) -> FoundRelation:
    source, cue, content, refers_to = (
        _pieces(body, s) for s in (rel.source, rel.cue, rel.content, rel.refers_to)
    )
    covered = statements.overlapping(content)
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
