"""The built-in demo story: two real articles about one event, loaded like any upload."""

from __future__ import annotations

import json
from importlib import resources

from sqlmodel import Session, select

from app.models import Story
from app.services import stories
from app.services.articles import Submission, add_article


def load_demo(session: Session, only_if_empty: bool = False) -> Story | None:
    """Load the seed story through the ordinary ingest path; None if skipped."""
    if only_if_empty and session.exec(select(Story.id)).first() is not None:
        return None
    folder = resources.files("app") / "demo"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    story = stories.create_story(session, manifest["story"])
    session.commit()
    for item in manifest["articles"]:
        add_article(
            session,
            Submission(
                text=(folder / item["file"]).read_text(encoding="utf-8"),
                outlet=item["outlet"],
                outlet_short_name=item.get("outlet_short"),
                title=item.get("title"),
                url=item.get("url"),
                published_at=item.get("published"),
                story_id=story.id,
            ),
        )
    session.refresh(story)
    return story
