"""Small server-side SVG pictures: pure geometry first, then escaped SVG text.

Each chart is computed as marks (label, position, size, value) that tests can
check, then written as one ``<svg role="img">`` with a ``<title>`` and ``<desc>``
so a screen reader announces what the picture shows. Every piece of text that
reaches the SVG goes through ``markupsafe.escape``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from markupsafe import Markup, escape

STATUS_FILL = {
    "agreement": "#1a7f37",
    "variation": "#9a6700",
    "conflict": "#b42318",
    "single": "#6639ba",
}
STATUS_WORDS = {
    "agreement": "all agree",
    "variation": "worded differently",
    "conflict": "conflict",
    "single": "only one outlet",
}
INK, MUTED, LINE, WASH, ACCENT = "#1b1f24", "#57606a", "#d0d7de", "#f6f8fa", "#0b5cad"
FONT = 'font-family="system-ui, sans-serif" font-size="12"'
LABEL_WIDTH = 170
DETAILED_GRID_CELLS = 600  # above this, the coverage grid drops per-square tooltips


@dataclass(frozen=True, slots=True)
class Mark:
    """One drawn thing: where it is, how big, and what it stands for."""

    label: str
    x: float
    y: float
    width: float
    height: float
    value: float | None = None


@dataclass(frozen=True, slots=True)
class Chart:
    title: str
    desc: str
    width: int
    height: int
    marks: tuple[Mark, ...]
    svg: Markup


@dataclass(frozen=True, slots=True)
class Dated:
    label: str
    published_at: str | None


@dataclass(frozen=True, slots=True)
class GridClaim:
    number: int
    status: str
    reported: tuple[bool, ...]


@dataclass(frozen=True, slots=True)
class Overlap:
    both: int
    either: int

    @property
    def share(self) -> float | None:
        return self.both / self.either if self.either else None


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    share: float
    count: int


def _svg(title: str, desc: str, width: int, height: int, body: Iterable[str]) -> Markup:
    # Ids only need to be unique within a page; the text decides them, so output is stable.
    n = hashlib.sha1(f"{title}\n{desc}".encode()).hexdigest()[:10]
    return Markup(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-labelledby="chart-{n}-title chart-{n}-desc" {FONT}>'
        f'<title id="chart-{n}-title">{escape(title)}</title>'
        f'<desc id="chart-{n}-desc">{escape(desc)}</desc>' + "".join(body) + "</svg>"
    )


def _label_width(labels: Iterable[str]) -> int:
    """Room for the longest (clipped) label at about 7 px a character."""
    return min(LABEL_WIDTH, 7 * max((len(_clip(x)) for x in labels), default=4) + 12)


def _text(
    x: float, y: float, text: str, anchor: str = "start", fill: str = INK, extra: str = ""
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}"{extra}>'
        f"{escape(_clip(text))}</text>"
    )


def _clip(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_time(value: str | None) -> datetime | None:
    """A stored publication time as a datetime: ISO text, or a date alone as its midnight;
    None where there is none or it does not read."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        try:
            return datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return None


# A timeline shorter than this labels its ends with the time of day as well as the date.
TIMED_AXIS_SECONDS = 3 * 86_400


def timeline(points: Sequence[Dated], width: int = 480) -> Chart:
    """Who published when: one lane per article, a dot at its publication time."""
    lane, top = 22, 10
    lw = _label_width(p.label for p in points)
    plot_left, plot_right = lw + 10, width - 20
    times = [t for t in (parse_time(p.published_at) for p in points) if t is not None]
    first, last = (min(times), max(times)) if times else (None, None)
    span = (last - first).total_seconds() if first and last else 0.0
    height = top + lane * max(len(points), 1) + 30
    marks, body = [], []
    for i, p in enumerate(points):
        y = top + lane * i + lane / 2
        body.append(_text(lw, y + 4, p.label, "end"))
        body.append(
            f'<line x1="{plot_left}" y1="{y:.1f}" x2="{plot_right}" y2="{y:.1f}" stroke="{LINE}"/>'
        )
        when = parse_time(p.published_at)
        if when is None or first is None:
            marks.append(Mark(p.label, plot_right, y, 0, 0, None))
            body.append(_text(plot_right, y + 4, "date not given", "end", MUTED))
            continue
        frac = (when - first).total_seconds() / span if span else 0.5
        x = plot_left + frac * (plot_right - plot_left)
        marks.append(Mark(p.label, x, y, 10, 10, frac))
        body.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{ACCENT}">'
            f"<title>{escape(p.label)}: {escape(p.published_at or '')}</title></circle>"
        )
    axis_y = top + lane * max(len(points), 1) + 16
    if first and last:
        # Within a few days the hour tells the articles apart; a same-day end shows only it.
        timed = span < TIMED_AXIS_SECONDS and any(t.time() != time() for t in times)
        start_label = first.strftime("%Y-%m-%d %H:%M") if timed else first.date().isoformat()
        end_label = last.date().isoformat()
        if timed:
            end_label = last.strftime("%H:%M" if last.date() == first.date() else "%Y-%m-%d %H:%M")
        body.append(_text(plot_left, axis_y, start_label, "start", MUTED))
        if span:
            body.append(_text(plot_right, axis_y, end_label, "end", MUTED))
    dated = sum(1 for m in marks if m.value is not None)
    title = "Coverage timeline: who published when"
    if first and last:
        desc = (
            f"{dated} of {len(points)} articles carry a date, from {first.date().isoformat()} "
            f"to {last.date().isoformat()}. In order: "
            + "; ".join(
                f"{p.label} {p.published_at or 'date not given'}"
                for p in sorted(
                    points,
                    key=lambda p: (
                        parse_time(p.published_at) is None,
                        parse_time(p.published_at) or datetime.min,
                    ),
                )
            )
            + "."
        )
    else:
        desc = f"None of the {len(points)} articles gives a publication date."
    return Chart(title, desc, width, height, tuple(marks), _svg(title, desc, width, height, body))


def coverage_grid(outlets: Sequence[str], claims: Sequence[GridClaim], width: int = 900) -> Chart:
    """Which outlet reports which claim: a square per (outlet, claim), coloured by status."""
    lw = _label_width(outlets)
    top, left = 24, lw + 10
    size = max(6.0, min(18.0, (width - left - 10) / max(len(claims), 1)))
    width = int(left + size * len(claims) + 10)
    height = int(top + size * len(outlets) + 8)
    marks, body = [], []
    for i, name in enumerate(outlets):
        body.append(_text(lw, top + size * i + size / 2 + 4, name, "end"))
    step = max(1, round(30 / size))
    # A small grid gets a square with its own tooltip per (outlet, claim). A large one (a
    # 20-outlet story has thousands of cells) gets one band per outlet and one path per
    # outlet and status, so the page stays light; its description carries the figures.
    detailed = len(outlets) * len(claims) <= DETAILED_GRID_CELLS
    paths: dict[tuple[int, str], list[str]] = {}
    if not detailed:
        for i in range(len(outlets)):
            body.append(
                f'<rect x="{left}" y="{top + size * i + 1:.1f}" width="{size * len(claims):.1f}" '
                f'height="{size - 2:.1f}" fill="{WASH}"/>'
            )
    for j, claim in enumerate(claims):
        x = left + size * j
        if j % step == 0:
            body.append(_text(x + size / 2, top - 8, str(claim.number), "middle", MUTED))
        for i, name in enumerate(outlets):
            y = top + size * i
            on = i < len(claim.reported) and claim.reported[i]
            fill = STATUS_FILL.get(claim.status, INK) if on else WASH
            if on:
                marks.append(Mark(f"{name}|{claim.number}", x, y, size, size, 1.0))
            if not detailed:
                if on:
                    paths.setdefault((i, fill), []).append(
                        f"M{x + 1:.1f} {y + 1:.1f}h{size - 2:.1f}v{size - 2:.1f}h{2 - size:.1f}z"
                    )
                continue
            what = STATUS_WORDS.get(claim.status, claim.status)
            tip = f"Claim {claim.number} ({what}): {'reported' if on else 'not reported'} by {name}"
            body.append(
                f'<rect x="{x + 1:.1f}" y="{y + 1:.1f}" width="{size - 2:.1f}" height="{size - 2:.1f}" '
                f'fill="{fill}" stroke="{LINE if not on else fill}"><title>{escape(tip)}</title></rect>'
            )
    for (i, fill), squares in paths.items():
        body.append(
            f'<path fill="{fill}" d="{"".join(squares)}"><title>{escape(outlets[i])}</title></path>'
        )
    per_outlet = [
        sum(1 for c in claims if i < len(c.reported) and c.reported[i]) for i in range(len(outlets))
    ]
    title = "Coverage grid: which outlet reports which claim"
    desc = (
        f"{len(claims)} claims across {len(outlets)} outlets. Claims reported: "
        + "; ".join(f"{n} {k}" for n, k in zip(outlets, per_outlet, strict=True))
        + ". Colour shows each claim's status: green all agree, amber worded differently, "
        "red conflict, purple only one outlet."
    )
    return Chart(title, desc, width, height, tuple(marks), _svg(title, desc, width, height, body))


def _blend(share: float) -> str:
    """WASH at 0 to ACCENT at 1."""
    a, b = (0xF6, 0xF8, 0xFA), (0x0B, 0x5C, 0xAD)
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def agreement_heatmap(outlets: Sequence[str], overlaps: Sequence[Sequence[Overlap]]) -> Chart:
    """Outlet-pair overlap: of the claims either of two outlets reports, the share both report."""
    n = len(outlets)
    lw = _label_width(outlets)
    size = 40 if n <= 8 else max(18, 320 // max(n, 1))
    left, top = lw + 10, int(lw * 0.75) + 10
    # The column labels lean right as far as they rise: the last one needs room past the grid.
    width, height = int(left + size * n + top), int(top + size * n + 10)
    marks, body, pairs = [], [], []
    for i, name in enumerate(outlets):
        body.append(_text(lw, top + size * i + size / 2 + 4, name, "end"))
        cx, cy = left + size * i + size / 2, top - 6
        body.append(
            _text(cx, cy, name, "start", INK, f' transform="rotate(-45 {cx:.1f} {cy:.1f})"')
        )
    for i in range(n):
        for j in range(n):
            x, y = left + size * j, top + size * i
            if i == j:
                body.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{size}" height="{size}" fill="#ffffff" stroke="{LINE}"/>'
                )
                continue
            ov = overlaps[i][j]
            share = ov.share
            fill = _blend(share) if share is not None else "#ffffff"
            tip = f"{outlets[i]} and {outlets[j]}: " + (
                f"{ov.both} of {ov.either} claims in common ({round(share * 100)}%)"
                if share is not None
                else "no claims"
            )
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{size}" height="{size}" fill="{fill}" '
                f'stroke="#ffffff"><title>{escape(tip)}</title></rect>'
            )
            marks.append(Mark(f"{outlets[i]}|{outlets[j]}", x, y, size, size, share))
            if share is not None and size >= 30:
                colour = "#ffffff" if share > 0.45 else INK
                body.append(
                    _text(
                        x + size / 2, y + size / 2 + 4, f"{round(share * 100)}%", "middle", colour
                    )
                )
            if i < j and share is not None:
                pairs.append((share, outlets[i], outlets[j]))
    pairs.sort(key=lambda p: -p[0])
    title = "Agreement heatmap: how much each pair of outlets reports in common"
    if pairs:
        most, least = pairs[0], pairs[-1]
        desc = (
            f"Each square is the share of claims, of those either outlet reports, that both report. "
            f"Most in common: {most[1]} and {most[2]} ({round(most[0] * 100)}%). "
            f"Least: {least[1]} and {least[2]} ({round(least[0] * 100)}%)."
        )
    else:
        desc = "Fewer than two outlets, so no pairs to compare."
    return Chart(title, desc, width, height, tuple(marks), _svg(title, desc, width, height, body))


def attribution_bars(
    outlet: str,
    by_kind: Sequence[Bar],
    hedged: float,
    quotes: float,
    sources: Sequence[Bar],
    width: int = 560,
) -> Chart:
    """An outlet's sourcing profile: share by kind of source, hedged, quoted, top sources."""
    row, left = 22, LABEL_WIDTH + 10
    plot = width - left - 60
    rows: list[tuple[str, Bar, str]] = [("kind", b, ACCENT) for b in by_kind]
    rows += [
        ("flag", Bar("Hedged", hedged, 0), "#9a6700"),
        ("flag", Bar("Direct quotes", quotes, 0), "#6639ba"),
    ]
    top_count = max((s.count for s in sources), default=0)
    rows += [
        ("source", Bar(s.label, s.count / top_count if top_count else 0, s.count), "#57606a")
        for s in sources
    ]
    headings = {
        "kind": "By kind of source",
        "flag": "Hedging and quotes",
        "source": "Sources relied on most",
    }
    marks, body, y, section = [], [], 0.0, ""
    for group, bar, colour in rows:
        if group != section:
            section = group
            y += 18
            body.append(_text(0, y, headings[group], "start", INK, ' font-weight="600"'))
            y += 6
        w = max(0.0, min(1.0, bar.share)) * plot
        body.append(_text(LABEL_WIDTH, y + row / 2 + 4, bar.label, "end"))
        body.append(
            f'<rect x="{left}" y="{y + 3:.1f}" width="{plot}" height="{row - 6}" fill="{WASH}"/>'
            f'<rect x="{left}" y="{y + 3:.1f}" width="{w:.1f}" height="{row - 6}" fill="{colour}">'
            f"<title>{escape(bar.label)}: {escape(_value(group, bar))}</title></rect>"
        )
        body.append(_text(left + plot + 6, y + row / 2 + 4, _value(group, bar), "start", MUTED))
        marks.append(Mark(bar.label, left, y + 3, w, row - 6, bar.share))
        y += row
    height = int(y + 8)
    title = f"How {outlet} attributes what it reports"
    desc = (
        "Share of statements by kind of source: "
        + "; ".join(f"{b.label} {round(b.share * 100)}%" for b in by_kind)
        + f". Hedged {round(hedged * 100)}%, direct quotes {round(quotes * 100)}%."
        + (
            " Sources relied on most: " + "; ".join(f"{s.label} ({s.count})" for s in sources) + "."
            if sources
            else ""
        )
    )
    return Chart(title, desc, width, height, tuple(marks), _svg(title, desc, width, height, body))


def _value(group: str, bar: Bar) -> str:
    return f"{bar.count}" if group == "source" else f"{round(bar.share * 100)}%"
