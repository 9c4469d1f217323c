"""SQLModel tables. Schema changes go through Alembic migrations only."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Outlet(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    name_key: str = Field(max_length=200, unique=True, description="folded name, for matching")
    short_name: str | None = Field(default=None, max_length=40)
    domain: str | None = Field(default=None, max_length=253, index=True)
    # Supplied by users, never by us: Parallax ships no ratings of its own.
    country: str | None = Field(default=None, max_length=100)
    ownership: str | None = Field(default=None, max_length=200)
    lean: str | None = Field(
        default=None, max_length=60, description="a label of the user's choosing"
    )
    created_at: datetime = Field(default_factory=utcnow)


class Story(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=300)
    slug: str = Field(max_length=120, unique=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)


class Article(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("outlet_id", "content_hash", name="uq_article_outlet_content"),
    )

    id: int | None = Field(default=None, primary_key=True)
    story_id: int = Field(foreign_key="story.id", index=True, ondelete="CASCADE")
    outlet_id: int = Field(foreign_key="outlet.id", index=True)
    title: str | None = Field(default=None, max_length=500)
    byline: str | None = Field(default=None, max_length=300)
    url: str | None = Field(default=None, max_length=2000, index=True)
    published_at: str | None = Field(
        default=None, max_length=32, description="ISO date or date-time, as the source gave it"
    )
    standfirst: str | None = Field(default=None, sa_type=Text)
    signature: str | None = Field(default=None, max_length=300)
    body: str = Field(sa_type=Text)
    content_hash: str = Field(max_length=64, index=True)
    syndicated_from_id: int | None = Field(
        default=None, foreign_key="article.id", ondelete="SET NULL"
    )
    # Versions: re-uploading the same URL with changed text stores a new row; the old one
    # points at its successor and leaves the comparison (which uses latest versions only).
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    superseded_by_id: int | None = Field(
        default=None, foreign_key="article.id", index=True, ondelete="SET NULL"
    )
    created_at: datetime = Field(default_factory=utcnow)
    # What read the statements' attribution when they were stored ('crf', 'crf+network':
    # `attribution_network.name()`); None for articles stored before it was recorded.
    attribution_tagger: str | None = Field(default=None, max_length=32)


class Statement(SQLModel, table=True):
    __table_args__ = (Index("ix_statement_article_index", "article_id", "index", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE")
    index: int
    start: int
    end: int
    paragraph: int = 0
    text: str = Field(sa_type=Text)
    quote: bool = False
    source: str | None = Field(default=None, max_length=500)
    cue: str | None = Field(default=None, max_length=100)
    via: str | None = Field(default=None, max_length=500)
    kind: str = Field(default="none", max_length=20)
    hedged: bool = False
    carried: bool = False
    # 'They' where ``source`` is who it stands for ('Prosecutors'); NULL otherwise
    source_as_written: str | None = Field(default=None, max_length=500)
    source_start: int | None = None
    source_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    content_start: int
    content_end: int
    # What an upload reads instead of every statement's text (app.core.incremental
    # statement_keys): the content's distinct terms and a digest of its whole-text key.
    # NULL for rows stored before migration 0005, until an upload fills them.
    terms: str | None = Field(default=None, sa_type=Text)
    whole: str | None = Field(default=None, max_length=32)


class Claim(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    story_id: int = Field(foreign_key="story.id", index=True, ondelete="CASCADE")
    position: int
    status: str = Field(max_length=20)
    conflicts: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))
    # What an upload needs of the members' texts to extend a large claim
    # (app.core.compare.ClaimState, as JSON); NULL for a claim of fewer than
    # ANCHOR_SAMPLE members, and for rows stored before migration 0006 until an upload
    # into the claim compares it again.
    # Its members' distinct stored terms (app.core.incremental.SummaryClaim), which an
    # upload builds its blocking index from; NULL for rows stored before migration 0006.
    terms: str | None = Field(default=None, sa_type=Text)
    state: dict[str, Any] | None = Field(
        default=None, sa_column=Column(JSON(none_as_null=True), nullable=True)
    )


class ClaimMember(SQLModel, table=True):
    __tablename__ = "claim_member"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True, ondelete="CASCADE")
    statement_id: int = Field(foreign_key="statement.id", index=True, ondelete="CASCADE")
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    is_anchor: bool = False
    diff: list[list[int]] = Field(
        default_factory=list, sa_column=Column(JSON), description="changed [start, end] spans"
    )


class AlignmentSummary(SQLModel, table=True):
    """What an upload reads of a story instead of every statement's row.

    One row per story with a stored comparison (app.core.incremental.Summary as JSON:
    the articles, each term's count, each claim's members and place; each claim's
    terms are in its row), written with the claims in the same transaction. Missing (a story stored before migration
    0006, or one whose claims were cleared) it is made from the statements' rows by the
    next upload.
    """

    __tablename__ = "alignment_summary"

    story_id: int = Field(foreign_key="story.id", primary_key=True, ondelete="CASCADE")
    data: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
