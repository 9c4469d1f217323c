"""The story page's view-model: a claims matrix, a row per claim and a column per article."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from app.services.comparison import Piece, pieces, story_comparison
from app.services.stories import resolve


@dataclass(frozen=True, slots=True)
class Cell:
    article_id: int
    statement_id: int
    pieces: tuple[Piece, ...]
    quote: bool
    attribution: dict[str, Any]
    anchor: bool

    @property
    def attribution_label(self) -> str:
        return attribution_label(self.attribution)


@dataclass(frozen=True, slots=True)
class Column:
    article_id: int
    outlet_id: int
    outlet: str
    short: str
    title: str
    published_at: str | None
    url: str | None
    syndicated_from: str | None


@dataclass(frozen=True, slots=True)
class Row:
    claim_id: int
    number: int
    status: str
    conflicts: tuple[dict[str, Any], ...]
    cells: tuple[Cell | None, ...]

    @property
    def outlets_reporting(self) -> int:
        return sum(1 for c in self.cells if c is not None)


@dataclass(frozen=True, slots=True)
class StoryPage:
    id: int
    title: str
    slug: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    counts: dict[str, int] = field(default_factory=dict)


def attribution_label(attr: dict[str, Any]) -> str:
    """A reader's phrase for an attribution: 'a senior official, via Al-Akhbar (said)'."""
    if attr.get("kind") == "none" or not attr.get("source"):
        return "hedged, unattributed" if attr.get("hedged") else "unattributed"
    text = attr["source"]
    if attr.get("via"):
        text += f", via {attr['via']}"
    if attr.get("cue"):
        text += f" ({attr['cue']})"
    if attr.get("hedged"):
        text += ", hedged"
    return text


def story_page(session: Session, key: int | str) -> StoryPage:
    """The claims matrix: a row per claim, a column per article."""
    story = resolve(session, key)
    comp = story_comparison(session, story.id)  # type: ignore[arg-type]
    by_id = {a["id"]: a for a in comp["articles"]}
    columns = tuple(
        Column(
            article_id=a["id"],
            outlet_id=a["outlet_id"],
            outlet=a["outlet"],
            short=a["outlet_short"] or a["outlet"],
            title=a["title"] or "",
            published_at=a["published_at"],
            url=a["url"],
            syndicated_from=(
                by_id[a["syndicated_from"]]["outlet"] if a["syndicated_from"] in by_id else None
            ),
        )
        for a in comp["articles"]
    )
    rows = []
    for number, claim in enumerate(comp["claims"], start=1):
        cells: dict[int, Cell] = {}
        for st in claim["statements"]:
            cells[st["article_id"]] = Cell(
                article_id=st["article_id"],
                statement_id=st["statement_id"],
                pieces=pieces(st["text"], st["diff"] if claim["status"] != "single" else []),
                quote=st["quote"],
                attribution=st["attribution"],
                anchor=st["anchor"],
            )
        rows.append(
            Row(
                claim_id=claim["id"],
                number=number,
                status=claim["status"],
                conflicts=tuple(claim["conflicts"]),
                cells=tuple(cells.get(c.article_id) for c in columns),
            )
        )
    statuses = Counter(r.status for r in rows)
    counts = {s: statuses.get(s, 0) for s in ("agreement", "variation", "conflict", "single")}
    counts["total"] = len(rows)
    return StoryPage(story.id, story.title, story.slug, columns, tuple(rows), counts)  # type: ignore[arg-type]
