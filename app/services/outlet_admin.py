"""Editing outlets: names, user-supplied metadata, merging two outlets into one.

Parallax ships no ratings: country, ownership and lean are whatever the people
running it enter, and the story page shows their distribution as entered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.core import ingest
from app.models import Article, Outlet, Story
from app.services import comparison, search_index
from app.services.articles import MAX_OUTLET_NAME, _clean_line
from app.services.errors import InvalidInput, NotFound

EDITABLE = ("name", "short_name", "country", "ownership", "lean")
LIMITS = {"name": MAX_OUTLET_NAME, "short_name": 40, "country": 100, "ownership": 200, "lean": 60}
NOT_GIVEN = "not given"
FACETS = ("country", "ownership", "lean")


@dataclass(frozen=True, slots=True)
class MergeResult:
    outlet: dict[str, Any]
    moved: int
    dropped_duplicates: int
    stories_recomputed: int


def outlet_view(session: Session, outlet: Outlet) -> dict[str, Any]:
    """An outlet with its editable fields and article count."""
    count = session.exec(
        select(func.count(col(Article.id))).where(Article.outlet_id == outlet.id)
    ).one()
    return {
        "id": outlet.id,
        "name": outlet.name,
        "short_name": outlet.short_name,
        "domain": outlet.domain,
        "country": outlet.country,
        "ownership": outlet.ownership,
        "lean": outlet.lean,
        "article_count": count,
    }


def get_outlet(session: Session, outlet_id: int) -> Outlet:
    outlet = session.get(Outlet, outlet_id) if 0 < outlet_id <= 2**63 - 1 else None
    if outlet is None:
        raise NotFound(f"There is no outlet {outlet_id}.")
    return outlet


def edit_page(session: Session, outlet_id: int) -> dict[str, Any]:
    """What the edit page shows: the outlet and the others it could be merged into."""
    outlet = get_outlet(session, outlet_id)
    others = session.exec(
        select(Outlet.id, Outlet.name).where(Outlet.id != outlet_id).order_by(col(Outlet.name))
    ).all()
    return {
        "outlet": outlet_view(session, outlet),
        "merge_choices": [{"id": i, "name": n} for i, n in others],
    }


def update_outlet(
    session: Session, outlet_id: int, changes: Mapping[str, str | None]
) -> dict[str, Any]:
    """Change an outlet's name, short name or metadata; only the keys given change.

    An empty value clears a field (the name cannot be cleared). A new name that
    another outlet already has is refused: merge the two instead.
    """
    outlet = get_outlet(session, outlet_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"These fields cannot be edited: {', '.join(sorted(unknown))}.")
    old_name, old_short = outlet.name, outlet.short_name
    try:
        for key, value in changes.items():
            cleaned = _cleaned(key, value)
            if key == "name":
                if cleaned is None:
                    raise InvalidInput("An outlet needs a name.", "name")
                _check_free(session, outlet, cleaned)
                outlet.name, outlet.name_key = cleaned, ingest.fold_name(cleaned)
            else:
                setattr(outlet, key, cleaned)
        session.flush()
        if outlet.name != old_name:
            search_index.rename_outlet(session, old_name, outlet.name)
        if (outlet.name, outlet.short_name) != (old_name, old_short):
            # Conflict details name outlets ("negated in WIN, affirmed in YWN").
            _recompute(session, _stories_of(session, outlet_id))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    session.refresh(outlet)
    return outlet_view(session, outlet)


def merge_outlets(session: Session, source_id: int, into_id: int) -> MergeResult:
    """Move every article of one outlet to another, then remove the first; all or nothing.

    An article whose exact text the target outlet already has is the same article
    twice once the outlets are one: the copy from the merged outlet is dropped.
    """
    if source_id == into_id:
        raise InvalidInput("An outlet cannot be merged into itself.", "into")
    source = get_outlet(session, source_id)
    into = session.get(Outlet, into_id) if 0 < into_id <= 2**63 - 1 else None
    if into is None:
        raise InvalidInput(f"There is no outlet {into_id} to merge into.", "into")
    try:
        stories = _stories_of(session, source_id)
        target_hashes = set(
            session.exec(select(Article.content_hash).where(Article.outlet_id == into_id)).all()
        )
        moved = dropped = 0
        for article in session.exec(select(Article).where(Article.outlet_id == source_id)).all():
            if article.content_hash in target_hashes:
                for copy in session.exec(
                    select(Article).where(Article.syndicated_from_id == article.id)
                ):
                    copy.syndicated_from_id = None
                search_index.unindex_article(session, article.id)  # type: ignore[arg-type]
                session.delete(article)
                dropped += 1
            else:
                article.outlet_id = into_id
                target_hashes.add(article.content_hash)
                moved += 1
        session.flush()
        search_index.rename_outlet(session, source.name, into.name)
        for key in ("short_name", "domain", "country", "ownership", "lean"):
            if getattr(into, key) is None and getattr(source, key) is not None:
                setattr(into, key, getattr(source, key))
        session.delete(source)
        session.flush()
        emptied = [sid for sid in stories if not _has_articles(session, sid)]
        for sid in emptied:
            story = session.get(Story, sid)
            if story is not None:
                session.delete(story)
        stories = [sid for sid in stories if sid not in emptied]
        _recompute(session, stories)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    session.refresh(into)
    return MergeResult(outlet_view(session, into), moved, dropped, len(stories))


def outlet_distribution(session: Session, story_id: int) -> dict[str, Any]:
    """How the story's outlets split by country, ownership and lean, as users entered them.

    Each facet is a list of ``{"label", "count", "outlets"}``, largest first, with
    outlets that have no value counted under "not given" (always last).
    """
    outlets = session.exec(
        select(Outlet)
        .where(col(Outlet.id).in_(select(Article.outlet_id).where(Article.story_id == story_id)))
        .order_by(col(Outlet.name))
    ).all()
    result: dict[str, Any] = {"story_id": story_id, "outlets": len(outlets)}
    for facet in FACETS:
        counts = Counter(getattr(o, facet) or NOT_GIVEN for o in outlets)
        given = sorted(
            ((label, n) for label, n in counts.items() if label != NOT_GIVEN),
            key=lambda pair: (-pair[1], pair[0].casefold()),
        )
        if NOT_GIVEN in counts:
            given.append((NOT_GIVEN, counts[NOT_GIVEN]))
        result[facet] = [
            {
                "label": label,
                "count": n,
                "outlets": [o.name for o in outlets if (getattr(o, facet) or NOT_GIVEN) == label],
            }
            for label, n in given
        ]
    result["any_given"] = any(
        entry["label"] != NOT_GIVEN for facet in FACETS for entry in result[facet]
    )
    return result


# --- helpers -------------------------------------------------------------------------


def _cleaned(key: str, value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"The {key.replace('_', ' ')} must be text.", key)
    if not value.strip():
        return None
    return _clean_line(value, key.replace("_", " "), LIMITS[key])


def _check_free(session: Session, outlet: Outlet, name: str) -> None:
    key = ingest.fold_name(name)
    if not key:
        raise InvalidInput("The name needs letters or digits.", "name")
    other = session.exec(
        select(Outlet).where(Outlet.name_key == key, Outlet.id != outlet.id)
    ).first()
    if other is not None:
        raise InvalidInput(
            f"Another outlet is already called {other.name} (outlet {other.id}). "
            "To make them one, merge this outlet into it.",
            "name",
        )


def _stories_of(session: Session, outlet_id: int) -> list[int]:
    return sorted(
        set(session.exec(select(Article.story_id).where(Article.outlet_id == outlet_id)).all())
    )


def _has_articles(session: Session, story_id: int) -> bool:
    return session.exec(select(Article.id).where(Article.story_id == story_id)).first() is not None


def _recompute(session: Session, story_ids: list[int]) -> None:
    for story_id in story_ids:
        comparison.recompute_story(session, story_id)
