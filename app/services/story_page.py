"""The story page's view-model: a claims matrix, a row per claim and a column per article."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from app.core.compare import source_groups
from app.services import analysis, charts, outlet_admin
from app.services.comparison import (
    Piece,
    conflict_in_words,
    pieces,
    published_apart,
    story_comparison,
)
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
    attribution_read: bool = True  # False: not English, so no source was read
    version: int = 1
    previous_versions: int = 0

    @property
    def when(self) -> str:
        """The publication time as a reader scans it: '2024-12-22 06:00' or '2024-12-22'."""
        return when_label(self.published_at)


@dataclass(frozen=True, slots=True)
class Row:
    claim_id: int
    number: int
    status: str
    conflicts: tuple[dict[str, Any], ...]
    cells: tuple[Cell | None, ...]
    explanations: tuple[str, ...] = ()
    shows: tuple[str, ...] = ("all",)
    hidden: bool = False
    blank: bool = False  # only the folded-away columns report it

    @property
    def outlets_reporting(self) -> int:
        return sum(1 for c in self.cells if c is not None)


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of a filter or sort control, with the link that selects it."""

    key: str
    label: str
    count: int | None
    href: str
    current: bool


@dataclass(frozen=True, slots=True)
class Summary:
    """The header's sentence-sized facts about the coverage."""

    outlets: int
    all_report: int
    conflicts: int
    single: int
    syndicated: tuple[tuple[str, str], ...]  # (copy's outlet, original's outlet)
    first_published: str | None
    last_published: str | None
    undated: int = 0


@dataclass(frozen=True, slots=True)
class StoryPage:
    id: int
    title: str
    slug: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    counts: dict[str, int] = field(default_factory=dict)
    summary: Summary | None = None
    show: str = "all"
    sort: str = "story"
    filters: tuple[Option, ...] = ()
    sorts: tuple[Option, ...] = ()
    visible: int = 0
    shown: tuple[int, ...] = ()  # indexes of the columns the matrix shows
    copies: Option | None = None  # the link that folds away (or brings back) syndicated copies
    charts: dict[str, charts.Chart] = field(default_factory=dict)
    distribution: dict[str, Any] = field(default_factory=dict)  # outlets by user-entered metadata
    # (what read the attribution, how many articles) when the articles were read differently
    mixed_taggers: tuple[tuple[str, int], ...] = ()


FILTERS = {
    "all": "All claims",
    "conflicts": "Conflicts",
    "single": "Only one outlet",
    "quotes": "Quotes",
    "attribution": "Attribution differs",
}
SORTS = {"story": "Story order", "agreement": "Most agreed first", "conflict": "Conflicts first"}
STATUS_RANK = {"agreement": 0, "variation": 1, "conflict": 2, "single": 3}


def when_label(value: str | None) -> str:
    """'2024-12-22T06:00:00' -> '2024-12-22 06:00'; a date alone stays a date."""
    if not value:
        return ""
    text = str(value).replace("T", " ")
    if len(text) >= 16 and text[10] == " " and text[11:16] != "00:00":
        return text[:16]
    return text[:10]


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


def page_options(show: str, sort: str, copies: str) -> tuple[str, str, str]:
    """The (show, sort, copies) a request asks for, as the page understands them."""
    return (
        show if show in FILTERS else "all",
        sort if sort in SORTS else "story",
        "hide" if copies == "hide" else "show",
    )


def story_page(
    session: Session,
    key: int | str,
    show: str = "all",
    sort: str = "story",
    copies: str = "show",
) -> StoryPage:
    """The claims matrix: a row per claim, a column per article, filtered and sorted.

    Unknown ``show`` or ``sort`` values fall back to all claims in story order. Rows
    that the filter leaves out are kept and marked hidden, so the page can switch
    filters in place; without JavaScript they stay hidden by the ``hidden`` attribute.
    ``copies="hide"`` folds away the columns of syndicated copies (they repeat
    another column), which keeps a story with many outlets readable.
    """
    show = show if show in FILTERS else "all"
    sort = sort if sort in SORTS else "story"
    hide_copies = copies == "hide"
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
            attribution_read=a["attribution_read"],
            version=a["version"],
            previous_versions=a["previous_versions"],
        )
        for a in comp["articles"]
    )
    names = {c.article_id: c.short for c in columns}
    published = {c.article_id: c.published_at for c in columns}
    shown = tuple(
        i for i, c in enumerate(columns) if not (hide_copies and c.syndicated_from is not None)
    )
    # A write between story_comparison's reads (PostgreSQL reads each query's own
    # snapshot) can give a claim a member whose article is not listed: it reads as read.
    unread = {c.article_id for c in columns if not c.attribution_read}
    rows = []
    for number, claim in enumerate(comp["claims"], start=1):
        cells: dict[int, Cell] = {}
        for st in claim["statements"]:
            cells[st["article_id"]] = Cell(
                article_id=st["article_id"],
                statement_id=st["statement_id"],
                pieces=pieces(st["text"], st["diff"] if claim["status"] != "single" else []),
                quote=st["quote"],
                attribution=st["attribution"] | {"read": st["article_id"] not in unread},
                anchor=st["anchor"],
            )
        shows = _shows(claim["status"], list(cells.values()), claim["conflicts"])
        blank = not any(columns[i].article_id in cells for i in shown)
        rows.append(
            Row(
                claim_id=claim["id"],
                number=number,
                status=claim["status"],
                conflicts=tuple(claim["conflicts"]),
                cells=tuple(cells.get(c.article_id) for c in columns),
                explanations=tuple(explain(c, names, published) for c in claim["conflicts"]),
                shows=shows,
                blank=blank,
                hidden=show not in shows or blank,
            )
        )
    statuses = Counter(r.status for r in rows)
    counts = {s: statuses.get(s, 0) for s in ("agreement", "variation", "conflict", "single")}
    counts["total"] = len(rows)
    per_filter = Counter(f for r in rows for f in r.shows)
    ordered = tuple(sort_rows(rows, sort))
    base = f"/stories/{story.id}"
    n_copies = sum(1 for c in columns if c.syndicated_from is not None)
    keep = "hide" if hide_copies else "show"
    return StoryPage(
        mixed_taggers=_mixed_taggers(comp["articles"]),
        distribution=outlet_admin.outlet_distribution(session, story.id),  # type: ignore[arg-type]
        id=story.id,  # type: ignore[arg-type]
        title=story.title,
        slug=story.slug,
        columns=columns,
        rows=ordered,
        counts=counts,
        summary=_summary(columns, rows),
        show=show,
        sort=sort,
        filters=tuple(
            Option(k, label, per_filter.get(k, 0), _href(base, k, sort, keep), k == show)
            for k, label in FILTERS.items()
        ),
        sorts=tuple(
            Option(k, label, None, _href(base, show, k, keep), k == sort)
            for k, label in SORTS.items()
        ),
        shown=shown,
        copies=(
            Option(
                "show" if hide_copies else "hide",
                f"Show the {n_copies} syndicated cop{'ies' if n_copies != 1 else 'y'}"
                if hide_copies
                else f"Fold away {n_copies} syndicated cop{'ies' if n_copies != 1 else 'y'}",
                n_copies,
                _href(base, show, sort, "show" if hide_copies else "hide"),
                hide_copies,
            )
            if n_copies
            else None
        ),
        visible=sum(1 for r in rows if not r.hidden),
        charts=_charts(columns, rows),
    )


def _href(base: str, show: str, sort: str, copies: str = "show") -> str:
    params = [
        p
        for p in (
            f"show={show}" if show != "all" else "",
            f"sort={sort}" if sort != "story" else "",
            "copies=hide" if copies == "hide" else "",
        )
        if p
    ]
    return base + ("?" + "&".join(params) if params else "") + "#claims"


def _shows(status: str, cells: list[Cell], conflicts: list[dict[str, Any]]) -> tuple[str, ...]:
    """The filters a claim appears under."""
    shows = ["all"]
    if status == "conflict":
        shows.append("conflicts")
    if status == "single":
        shows.append("single")
    if any(c.quote for c in cells):
        shows.append("quotes")
    sources = source_groups(
        (c.attribution.get("kind") or "none", c.attribution.get("source")) for c in cells
    )
    if len(cells) > 1 and (sources > 1 or any(c["type"] == "attribution" for c in conflicts)):
        shows.append("attribution")
    return tuple(shows)


def explain(
    conflict: dict[str, Any], names: dict[int, str], published: dict[int, Any] | None = None
) -> str:
    """A conflict in words: 'Different numbers: two vs three soldiers (between WIN and
    YWN)', with how far apart the articles came out where a figure may have changed."""
    outlets = [names[i] for i in conflict.get("article_ids", []) if i in names]
    text = conflict_in_words(conflict)
    if outlets and conflict["type"] in ("number", "entity"):
        text += f" (between {_and(outlets)})"
    return text + published_apart(conflict, published)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def sort_rows(rows: list[Row], sort: str) -> list[Row]:
    """Rows in story order, most agreed first, or conflicts first (stable within ties)."""
    if sort == "agreement":
        return sorted(rows, key=lambda r: (-r.outlets_reporting, STATUS_RANK[r.status], r.number))
    if sort == "conflict":
        return sorted(
            rows,
            key=lambda r: (
                r.status != "conflict",
                "attribution" not in r.shows,
                -len(r.conflicts),
                r.number,
            ),
        )
    return sorted(rows, key=lambda r: r.number)


def _summary(columns: tuple[Column, ...], rows: list[Row]) -> Summary:
    dates = sorted(c.published_at for c in columns if c.published_at)
    n = len(columns)
    return Summary(
        outlets=len({c.outlet_id for c in columns}),
        all_report=sum(1 for r in rows if n > 1 and r.outlets_reporting == n),
        conflicts=sum(1 for r in rows if r.status == "conflict"),
        single=sum(1 for r in rows if r.status == "single"),
        syndicated=tuple((c.outlet, c.syndicated_from) for c in columns if c.syndicated_from),
        first_published=when_label(dates[0]) if dates else None,
        last_published=when_label(dates[-1]) if dates else None,
        undated=sum(1 for c in columns if not c.published_at),
    )


def _charts(
    columns: tuple[Column, ...], rows: list[Row] | tuple[Row, ...]
) -> dict[str, charts.Chart]:
    outlets = [c.short for c in columns]
    reported = [
        charts.GridClaim(r.number, r.status, tuple(c is not None for c in r.cells)) for r in rows
    ]
    # Which claims each article reports, as bits of one integer: a pair's overlap is
    # then two bit counts instead of a pass over every claim (20 articles: 400 pairs).
    reports = [0] * len(columns)
    for bit, r in enumerate(rows):
        for i, cell in enumerate(r.cells):
            if cell is not None:
                reports[i] |= 1 << bit
    shared = [
        [
            charts.Overlap(both=(mine & theirs).bit_count(), either=(mine | theirs).bit_count())
            for theirs in reports
        ]
        for mine in reports
    ]
    return {
        "timeline": charts.timeline(
            [
                charts.Dated(c.short, str(c.published_at) if c.published_at else None)
                for c in columns
            ]
        ),
        "grid": charts.coverage_grid(outlets, reported),
        "heatmap": charts.agreement_heatmap(outlets, shared),
    }


def _mixed_taggers(articles: list[dict[str, Any]]) -> tuple[tuple[str, int], ...]:
    """(what read the attribution, how many articles), most first, when a story's articles
    were read by more than one tagger; empty when they were all read alike."""
    taggers = Counter(a["attribution_tagger"] for a in articles)
    if len(taggers) < 2:
        return ()
    ordered = sorted(taggers.items(), key=lambda kv: (-kv[1], kv[0] or ""))
    return tuple((analysis.tagger_label(name), n) for name, n in ordered)
