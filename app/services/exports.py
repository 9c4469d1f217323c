"""A story's comparison as JSON, CSV and Markdown files."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sqlmodel import Session

from app.services.comparison import story_comparison
from app.services.stories import resolve
from app.services.story_page import attribution_label

CSV_FIELDS = (
    "claim",
    "status",
    "outlet",
    "article_id",
    "statement_id",
    "text",
    "quote",
    "source",
    "cue",
    "via",
    "kind",
    "hedged",
    "conflicts",
    "source_as_written",  # 'They' where source is who it stands for ('Prosecutors')
)


def export(session: Session, key: int | str, fmt: str) -> tuple[str, str, str]:
    """(body, media type, file name) of a story's comparison in the given format."""
    story = resolve(session, key)
    comp = story_comparison(session, story.id)  # type: ignore[arg-type]
    name = f"parallax-{story.slug}.{fmt}"
    if fmt == "json":
        return json.dumps(comp, ensure_ascii=False, indent=2, default=str), "application/json", name
    if fmt == "csv":
        return to_csv(comp), "text/csv; charset=utf-8", name
    return to_markdown(comp), "text/markdown; charset=utf-8", name


def _outlets(comp: dict[str, Any]) -> dict[int, str]:
    return {a["id"]: a["outlet"] for a in comp["articles"]}


def _cell(value: Any) -> Any:
    # Spreadsheets run cells that start like a formula; quote them so a CSV is only data.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(comp: dict[str, Any]) -> str:
    """One row per statement of each claim."""
    outlets = _outlets(comp)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_FIELDS)
    for number, claim in enumerate(comp["claims"], start=1):
        conflicts = "; ".join(f"{c['type']}: {c['detail']}" for c in claim["conflicts"])
        for st in claim["statements"]:
            attr = st["attribution"]
            writer.writerow(
                _cell(v)
                for v in (
                    number,
                    claim["status"],
                    outlets.get(st["article_id"], ""),
                    st["article_id"],
                    st["statement_id"],
                    st["text"],
                    st["quote"],
                    attr["source"] or "",
                    attr["cue"] or "",
                    attr["via"] or "",
                    attr["kind"],
                    attr["hedged"],
                    conflicts,
                    attr.get("source_as_written") or "",
                )
            )
    return buf.getvalue()


def to_markdown(comp: dict[str, Any]) -> str:
    """A readable report: the outlets, then each claim with every outlet's wording."""
    outlets = _outlets(comp)
    lines = [f"# {comp['story']['title']}", "", "## Articles", ""]
    for a in comp["articles"]:
        when = a["published_at"] or "date not given"
        copy = f" (copy of article {a['syndicated_from']})" if a["syndicated_from"] else ""
        lines.append(f"- **{a['outlet']}**, {when}: {a['title'] or 'untitled'}{copy}")
    lines += ["", "## Claims", ""]
    for number, claim in enumerate(comp["claims"], start=1):
        lines.append(f"### {number}. {claim['status']}")
        lines.append("")
        for st in claim["statements"]:
            label = attribution_label(st["attribution"])
            lines.append(f"- **{outlets.get(st['article_id'], '?')}**: {st['text']} _({label})_")
        for c in claim["conflicts"]:
            lines.append(f"- Conflict ({c['type']}): {c['detail']}")
        lines.append("")
    return "\n".join(lines)
