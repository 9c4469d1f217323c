"""Request and response shapes of the JSON API (what /docs documents)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator

MAX_ID = 2**63 - 1


class ErrorOut(BaseModel):
    detail: str
    field: str | None = None


class DuplicateOut(BaseModel):
    detail: str
    article_id: int


class StoryIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=300)


class StoryPatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=300)


class MoveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    story_id: int = Field(
        ge=1, le=MAX_ID, description="the story to move the article (and its versions) into"
    )


class MovedOut(BaseModel):
    article_id: int
    from_story: int
    story_id: int
    articles: list[int] = Field(description="every version of the article that moved")
    removed_story: int | None = Field(description="the story left empty and removed, if any")


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    into: int = Field(ge=1, le=MAX_ID, description="the story that receives every article")


class MergedOut(BaseModel):
    story_id: int
    merged: int
    articles_moved: int


class StoryOut(BaseModel):
    id: int
    title: str
    slug: str
    article_count: int
    outlet_count: int
    updated_at: datetime


TAGGER_DESCRIPTION = (
    "what read the statements' attribution when they were stored: 'crf' (the rules and the "
    "CRF tagger) or 'crf+network' (with the optional attribution network); null for articles "
    "stored before Parallax recorded it"
)


class ArticleRef(BaseModel):
    id: int
    outlet: str
    outlet_id: int
    outlet_short: str | None
    title: str | None
    published_at: str | None
    url: str | None
    syndicated_from: int | None
    version: int = Field(
        default=1, description="this article's version (1 unless its text was re-uploaded)"
    )
    previous_versions: int = Field(
        default=0,
        description="how many earlier versions of this account are stored (the outlet changed it)",
    )
    attribution_tagger: str | None = Field(
        default=None,
        description=TAGGER_DESCRIPTION,
    )
    attribution_read: bool = Field(
        default=True,
        description=(
            "false when the text does not read as English: attribution is read in English "
            "only, so its statements name no source whatever they say"
        ),
    )


class StoryDetailOut(BaseModel):
    id: int
    title: str
    slug: str
    created_at: datetime
    updated_at: datetime
    articles: list[ArticleRef]
    claim_counts: dict[str, int]


class AttributionOut(BaseModel):
    source: str | None
    cue: str | None
    via: str | None
    kind: str
    hedged: bool
    source_as_written: str | None = Field(
        default=None,
        description="the pronoun the sentence names as its source ('They') where `source` "
        "is who it stands for, read from an earlier statement ('Prosecutors'); null otherwise",
    )


class ClaimStatementOut(BaseModel):
    article_id: int
    statement_id: int
    text: str
    quote: bool
    attribution: AttributionOut
    anchor: bool
    diff: list[list[int]] = Field(
        description="[start, end] character spans that differ from the claim's anchor"
    )


class ConflictOut(BaseModel):
    type: str
    detail: str
    article_ids: list[int]


class ClaimOut(BaseModel):
    id: int
    status: str = Field(description="agreement, variation, conflict or single")
    statements: list[ClaimStatementOut]
    conflicts: list[ConflictOut]


class StoryRef(BaseModel):
    id: int
    title: str
    slug: str


class ComparisonOut(BaseModel):
    story: StoryRef
    articles: list[ArticleRef]
    claims: list[ClaimOut]


class ArticleIn(BaseModel):
    """An article to add: exactly one of text or html."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    html: str | None = None
    outlet: str | None = Field(default=None, max_length=120)
    title: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000)
    published_at: date | datetime | None = None
    story_id: int | None = Field(default=None, ge=1, le=MAX_ID)

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class ArticleCreatedOut(BaseModel):
    id: int
    story_id: int
    outlet: str
    title: str | None
    published_at: str | None
    statements: int
    new_story: bool


class StatementOut(BaseModel):
    id: int
    index: int
    start: int
    end: int
    paragraph: int
    text: str
    quote: bool
    carried: bool
    attribution: AttributionOut


class VersionOut(BaseModel):
    id: int
    version: int
    published_at: str | None
    created_at: datetime
    latest: bool


class PieceOut(BaseModel):
    text: str
    start: int = Field(description="offset of the first character in the article's body")
    end: int = Field(description="offset just after the last character in the body")


class RelationOut(BaseModel):
    """One attribution relation found in the article's body (PolNeAR style)."""

    source: list[PieceOut] = Field(description="who is quoted; empty when no source is named")
    refers_to: list[PieceOut] = Field(
        default_factory=list,
        description="what a relative pronoun source ('who said') stands for, where it was found",
    )
    cue: list[PieceOut] = Field(description="the word(s) that attribute: said, according to")
    content: list[PieceOut] = Field(description="what is attributed, in one or more pieces")
    statement_ids: list[int] = Field(description="the article's statements the content overlaps")
    relays: int | None = Field(
        default=None,
        description="with no content of its own: the number (from 1, in this list) of the "
        "relation it reports ('A leader confirmed …, the outlet reported')",
    )


class ArticleOut(BaseModel):
    id: int
    story_id: int
    story_title: str | None
    outlet: str | None
    outlet_id: int
    title: str | None
    display_title: str = Field(
        description="the title, or the article's first words when it names none"
    )
    byline: str | None
    url: str | None
    published_at: str | None
    standfirst: str | None
    signature: str | None
    syndicated_from: int | None
    body: str
    created_at: datetime
    version: int = 1
    superseded_by: int | None = Field(
        default=None, description="the newer version's id, if there is one"
    )
    attribution_tagger: str | None = Field(
        default=None,
        description=TAGGER_DESCRIPTION,
    )
    attribution_read: bool = Field(
        default=True,
        description=(
            "false when the text does not read as English: attribution is read in English "
            "only, so its statements name no source whatever they say"
        ),
    )
    attributions_tagger: str = Field(
        default="crf",
        description="what read `attributions`, which are found afresh when asked for",
    )
    versions: list[VersionOut] = Field(
        default_factory=list, description="every version, oldest first"
    )
    statements: list[StatementOut]
    attributions: list[RelationOut] = Field(
        default_factory=list,
        description=(
            "every attribution relation found in the body, in text order: exactly what "
            "`parallax eval polnear` scores"
        ),
    )


class HealthOut(BaseModel):
    status: str


class FromUrlIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(min_length=1, max_length=2000)
    story_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    outlet: str | None = Field(default=None, max_length=120)


class StatementHitOut(BaseModel):
    statement_id: int
    index: int
    text: str
    highlights: list[list[int]] = Field(description="[start, end] spans of the query words in text")


class SearchHitOut(BaseModel):
    article_id: int
    story_id: int
    outlet: str
    title: str | None
    snippet: str
    published_at: str | None = None
    version: int = 1
    highlights: list[list[int]] = Field(
        default_factory=list, description="[start, end] spans of the matched words in snippet"
    )
    statements: list[StatementHitOut] = Field(
        default_factory=list, description="the article's statements that hold the words, best first"
    )


class OutletOut(BaseModel):
    id: int
    name: str
    short_name: str | None
    domain: str | None
    article_count: int


class KindShareOut(BaseModel):
    count: int
    share: float


class SourceCountOut(BaseModel):
    source: str
    count: int


class SourcingProfileOut(BaseModel):
    statements: int = Field(description="statements counted: those of articles read as English")
    unread_articles: int = Field(
        description="articles not in English, whose attribution Parallax cannot read; "
        "their statements are left out of the shares"
    )
    unread_statements: int
    attributed_share: float
    hedged_share: float
    quote_share: float
    by_kind: dict[str, KindShareOut]
    top_sources: list[SourceCountOut]


class OutletArticleOut(BaseModel):
    id: int
    title: str | None
    published_at: str | None
    story_id: int
    story_title: str


class OutletProfileOut(OutletOut):
    profile: SourcingProfileOut
    articles: list[OutletArticleOut]


class OutletEditIn(BaseModel):
    """Only the fields sent change; null or "" clears one (the name cannot be cleared)."""

    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, max_length=120)
    short_name: str | None = Field(default=None, max_length=40)
    country: str | None = Field(default=None, max_length=100)
    ownership: str | None = Field(default=None, max_length=200)
    lean: str | None = Field(default=None, max_length=60, description="a label of your choosing")


class OutletMergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    into: int = Field(ge=1, le=MAX_ID, description="the outlet that absorbs this one")


class OutletAdminOut(OutletOut):
    country: str | None
    ownership: str | None
    lean: str | None


class FeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(min_length=1, max_length=2000, description="the feed's http(s) address")
    story_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    outlet: str | None = Field(default=None, max_length=120)


class FeedItemOut(BaseModel):
    link: str | None
    title: str | None
    status: str = Field(description="added | skipped | failed")
    message: str
    article_id: int | None


class FeedReportOut(BaseModel):
    title: str | None
    added: int
    skipped: int
    failed: int
    items: list[FeedItemOut]


class OutletMergeOut(BaseModel):
    outlet: OutletAdminOut
    moved: int
    dropped_duplicates: int
    stories_recomputed: int
