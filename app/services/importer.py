"""Bulk import: files, folders and JSONL with thousands of articles, resumable.

Each article is stored in its own transaction (article, statements and search row
together), so an interrupted import loses at most the article in flight and a
re-run skips what is stored as a duplicate. Recomputing a story's comparison is
the expensive part and grows with the story, so it is not done per article:
stories that gained articles are recomputed once every ``batch_size`` articles
and at the end (in one transaction each time). A story left without its
comparison by an interrupt is found again on the re-run (an article with
statements but no claim) and recomputed, so the batch size only decides how far
a story's comparison may lag behind its articles while an import runs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import exists
from sqlmodel import Session, col, func, select

from app.core import ingest
from app.models import Article, ClaimMember, Statement, Story
from app.services import comparison, stories
from app.services.articles import Submission, add_article
from app.services.errors import Duplicate, ServiceError

IMPORTABLE = (".txt", ".html", ".htm", ".json", ".jsonl")
FIELDS = ("text", "html", "outlet", "title", "url", "published_at", "story_id")
BATCH_SIZE = 1000  # measured: see the README table (2,000 articles, 40 stories)


@dataclass(frozen=True, slots=True)
class ImportItem:
    """One article to import and where it came from (for the report)."""

    origin: str
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class BadItem:
    """Something in the input that could not become an article, and why."""

    origin: str
    reason: str


@dataclass
class ImportReport:
    added: int = 0
    skipped: int = 0
    failed: list[BadItem] = field(default_factory=list)
    stories_recomputed: int = 0

    @property
    def summary(self) -> str:
        return (
            f"Imported {self.added} article(s); {self.skipped} already stored; "
            f"{len(self.failed)} failed."
        )


def collect(paths: list[Path]) -> Iterator[Path]:
    """Importable files under the given paths, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMPORTABLE
            )
        else:
            yield path


def estimate(files: list[Path]) -> int:
    """How many items the files hold, for the progress bar (lines of JSONL, else one each)."""
    total = 0
    for path in files:
        if path.suffix.lower() == ".jsonl":
            try:
                with path.open("rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def read_items(path: Path) -> Iterator[ImportItem | BadItem]:
    """Articles in a file, or a BadItem for what cannot be read."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path)
        return
    try:
        text = ingest.decode_upload(path.read_bytes())
    except (OSError, ingest.IngestError) as exc:
        yield BadItem(str(path), str(exc))
        return
    if suffix in (".txt", ".html", ".htm"):
        key = "html" if ingest.looks_like_html(text, path.name) else "text"
        yield ImportItem(str(path), {key: text})
        return
    if suffix == ".json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            yield BadItem(str(path), f"not valid JSON: {exc}")
            return
        records = data if isinstance(data, list) else [data]
        for i, record in enumerate(records, start=1):
            origin = f"{path}[{i}]" if isinstance(data, list) else str(path)
            yield (
                ImportItem(origin, record)
                if isinstance(record, dict)
                else BadItem(origin, "not a JSON object")
            )
        return
    yield BadItem(
        str(path),
        f"cannot import {suffix or 'files without an extension'}; use {', '.join(IMPORTABLE)}",
    )


def _read_jsonl(path: Path) -> Iterator[ImportItem | BadItem]:
    """One record per line, read as it goes (a JSONL file may be large)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield BadItem(str(path), str(exc))
        return
    with handle:
        for n, raw in enumerate(handle, start=1):
            origin = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                record = json.loads(ingest.decode_upload(raw))
            except ingest.IngestError as exc:
                yield BadItem(origin, str(exc))
                continue
            except ValueError as exc:
                yield BadItem(origin, f"not valid JSON: {exc}")
                continue
            if isinstance(record, dict):
                yield ImportItem(origin, record)
            else:
                yield BadItem(origin, "not a JSON object")


class Importer:
    """Adds items one by one and keeps the touched stories' comparisons up to date."""

    def __init__(
        self,
        session: Session,
        *,
        story_id: int | None = None,
        fallback_outlet: str | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.session = session
        self.story_id = story_id
        self.fallback_outlet = fallback_outlet
        self.batch_size = batch_size
        self.report = ImportReport()
        self._dirty: set[int] = set()
        self._checked: set[int] = set()
        self._since_flush = 0
        self._stories_by_title: dict[str, int] = {}
        self._created_stories: set[int] = set()

    def add(self, item: ImportItem | BadItem) -> str:
        """Import one item: 'added', 'skipped' (already stored) or 'failed'."""
        if isinstance(item, BadItem):
            self.report.failed.append(item)
            return "failed"
        try:
            submission = self._submission(item.fields)
            added = add_article(self.session, submission, recompute=False)
        except Duplicate as exc:
            self.report.skipped += 1
            self._check_stale(exc.article_id)
            return "skipped"
        except ServiceError as exc:
            self.report.failed.append(BadItem(item.origin, exc.message))
            return "failed"
        except (TypeError, ValueError) as exc:
            self.report.failed.append(BadItem(item.origin, f"unusable fields: {exc}"))
            return "failed"
        self.report.added += 1
        self._dirty.add(added.story.id)  # type: ignore[arg-type]
        self._since_flush += 1
        if self._since_flush >= self.batch_size:
            self.flush()
        return "added"

    def flush(self) -> None:
        """Recompute the comparison of every story that gained articles; one transaction."""
        self._since_flush = 0
        if not self._dirty:
            return
        try:
            for story_id in sorted(self._dirty):
                comparison.recompute_story(self.session, story_id)
            self.session.commit()
        except BaseException:
            self.session.rollback()
            raise
        self.report.stories_recomputed += len(self._dirty)
        self._checked |= self._dirty
        self._dirty.clear()

    def finish(self) -> ImportReport:
        """Recompute what is left and drop stories this run created but filled with nothing."""
        self.flush()
        empty = [
            sid
            for sid in self._created_stories
            if self.session.exec(select(Article.id).where(Article.story_id == sid)).first() is None
        ]
        for sid in empty:
            story = self.session.get(Story, sid)
            if story is not None:
                self.session.delete(story)
        self.session.commit()
        return self.report

    # --- helpers -------------------------------------------------------------------

    def _submission(self, record: dict[str, Any]) -> Submission:
        fields = {k: v for k, v in record.items() if k in FIELDS}
        for key in ("text", "html", "outlet", "title", "url", "published_at"):
            if fields.get(key) is not None and not isinstance(fields[key], str):
                raise ServiceError(f"'{key}' must be a string.", key)
        fields["fallback_outlet"] = self.fallback_outlet
        if self.story_id is not None:
            fields["story_id"] = self.story_id
        elif fields.get("story_id") is None and isinstance(record.get("story"), str):
            fields["story_id"] = self._story_named(record["story"])
        elif fields.get("story_id") is not None and not isinstance(fields["story_id"], int):
            raise ServiceError("'story_id' must be a number.", "story_id")
        return Submission(**fields)

    def _story_named(self, title: str) -> int:
        """The story a record names by title (or slug); created, and committed, when new."""
        key = " ".join(title.split()).casefold()
        if key in self._stories_by_title:
            return self._stories_by_title[key]
        found = self.session.exec(
            select(Story.id).where(
                (func.lower(Story.title) == key) | (Story.slug == stories.slugify(title))
            )
        ).first()
        if found is None:
            story = stories.create_story(self.session, title)
            self.session.commit()
            found = story.id
            self._created_stories.add(found)  # type: ignore[arg-type]
        self._stories_by_title[key] = found  # type: ignore[assignment]
        return found  # type: ignore[return-value]

    def _check_stale(self, article_id: int) -> None:
        """After a skip: is the stored article's story missing its comparison (an interrupt)?"""
        story_id = self.session.exec(
            select(Article.story_id).where(Article.id == article_id)
        ).first()
        if story_id is None or story_id in self._checked or story_id in self._dirty:
            return
        self._checked.add(story_id)
        if story_stale(self.session, story_id):
            self._dirty.add(story_id)


def story_stale(session: Session, story_id: int) -> bool:
    """Whether some current article of the story has statements but is in no claim.

    Superseded versions leave the comparison by design, so they do not count.
    """
    has_statements = exists().where(col(Statement.article_id) == Article.id)
    in_a_claim = exists().where(col(ClaimMember.article_id) == Article.id)
    current = col(Article.superseded_by_id).is_(None)
    row = session.exec(
        select(Article.id)
        .where(Article.story_id == story_id, current, has_statements, ~in_a_claim)
        .limit(1)
    ).first()
    return row is not None


def import_paths(
    session: Session,
    paths: list[Path],
    *,
    story_id: int | None = None,
    fallback_outlet: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import every item under the paths; ``progress`` is told each item's outcome."""
    importer = Importer(
        session, story_id=story_id, fallback_outlet=fallback_outlet, batch_size=batch_size
    )
    for path in collect(paths):
        for item in read_items(path):
            outcome = importer.add(item)
            if progress is not None:
                progress(outcome)
    return importer.finish()
