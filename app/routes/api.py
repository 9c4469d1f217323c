"""The JSON API: parse, call one service, return its result."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response, status

from app.db import SessionDep, SettingsDep
from app.schemas import (
    ArticleCreatedOut,
    ArticleIn,
    ArticleOut,
    ComparisonOut,
    DuplicateOut,
    ErrorOut,
    FeedIn,
    FeedReportOut,
    FromUrlIn,
    HealthOut,
    MergedOut,
    MergeIn,
    MovedOut,
    MoveIn,
    OutletAdminOut,
    OutletEditIn,
    OutletMergeIn,
    OutletMergeOut,
    OutletOut,
    OutletProfileOut,
    SearchHitOut,
    StoryDetailOut,
    StoryIn,
    StoryOut,
    StoryPatchIn,
)
from app.security import WriterDep
from app.services import (
    articles,
    comparison,
    feeds,
    fetch,
    outlet_admin,
    outlets,
    page_cache,
    search,
    stories,
    story_admin,
)

router = APIRouter()

# Ids are SQLite/PostgreSQL 64-bit integers; anything else cannot name a row.
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "The body is not valid JSON"},
    401: {
        "model": ErrorOut,
        "description": "A token is configured and none or a wrong one was sent",
    },
    404: {"model": ErrorOut, "description": "Not found"},
    422: {"model": ErrorOut, "description": "Invalid input, with a message a person understands"},
}

ADD_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    409: {
        "model": DuplicateOut,
        "description": "Exact duplicate (same text from the same outlet or URL)",
    },
    413: {"model": ErrorOut, "description": "Upload or fetched page over the size limit"},
}


@router.get("/healthz", response_model=HealthOut, tags=["meta"])
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/api/stories", response_model=list[StoryOut], responses=ERRORS, tags=["stories"])
def list_stories(
    request: Request,
    response: Response,
    session: SessionDep,
    sort: Annotated[
        str, Query(max_length=20, description="latest, outlets or conflicts")
    ] = "latest",
    page: Annotated[int, Query(ge=1, le=stories.MAX_PAGE)] = 1,
) -> list[Any]:
    """A page of stories (fixed size); the total is in X-Total-Count, neighbours in Link."""
    listing = stories.story_list(session, sort, page)
    response.headers["X-Total-Count"] = str(listing.total)
    links = [
        f'<{request.url.include_query_params(page=n)}>; rel="{rel}"'
        for rel, n in (("prev", listing.previous_page), ("next", listing.next_page))
        if n is not None
    ]
    if links:
        response.headers["Link"] = ", ".join(links)
    return list(listing.stories)


@router.post(
    "/api/stories",
    response_model=StoryOut,
    status_code=status.HTTP_201_CREATED,
    responses=ERRORS,
    tags=["stories"],
)
def create_story(body: StoryIn, session: SessionDep, _: WriterDep) -> Any:
    return stories.add_story(session, body.title)


@router.get(
    "/api/stories/{story_id:int}", response_model=StoryDetailOut, responses=ERRORS, tags=["stories"]
)
def get_story(story_id: Id, session: SessionDep) -> dict[str, Any]:
    return stories.story_detail(session, story_id)


@router.patch(
    "/api/stories/{story_id:int}", response_model=StoryOut, responses=ERRORS, tags=["stories"]
)
def rename_story(story_id: Id, body: StoryPatchIn, session: SessionDep, _: WriterDep) -> Any:
    return story_admin.rename_story(session, story_id, body.title)


@router.post(
    "/api/stories/{story_id:int}/merge",
    response_model=MergedOut,
    responses=ERRORS,
    tags=["stories"],
)
def merge_story(story_id: Id, body: MergeIn, session: SessionDep, _: WriterDep) -> Any:
    return story_admin.merge_story(session, story_id, body.into)


@router.post(
    "/api/articles/{article_id:int}/move",
    response_model=MovedOut,
    responses=ERRORS,
    tags=["articles"],
)
def move_article(article_id: Id, body: MoveIn, session: SessionDep, _: WriterDep) -> Any:
    return story_admin.move_article(session, article_id, body.story_id)


@router.get(
    "/api/stories/{story_id:int}/comparison",
    response_model=ComparisonOut,
    responses=ERRORS,
    tags=["stories"],
)
def get_comparison(story_id: Id, session: SessionDep) -> dict[str, Any]:
    return comparison.story_comparison(session, story_id)


@router.post(
    "/api/articles",
    response_model=ArticleCreatedOut,
    status_code=status.HTTP_201_CREATED,
    responses=ADD_ERRORS,
    tags=["articles"],
)
def create_article(body: ArticleIn, session: SessionDep, _: WriterDep) -> dict[str, Any]:
    added = articles.add_article(session, articles.Submission(**body.model_dump()))
    return _created(added)


@router.post(
    "/api/articles/from-url",
    response_model=ArticleCreatedOut,
    status_code=status.HTTP_201_CREATED,
    responses=ADD_ERRORS,
    tags=["articles"],
)
def create_article_from_url(
    body: FromUrlIn, session: SessionDep, settings: SettingsDep, _: WriterDep
) -> dict[str, Any]:
    added = fetch.add_from_url(
        session, settings, body.url, outlet=body.outlet, story_id=body.story_id
    )
    return _created(added)


def _created(added: articles.Added) -> dict[str, Any]:
    return {
        "id": added.article.id,
        "story_id": added.story.id,
        "outlet": added.outlet.name,
        "title": added.article.title,
        "published_at": added.article.published_at,
        "statements": added.statements,
        "new_story": added.new_story,
    }


@router.get(
    "/api/articles/{article_id:int}", response_model=ArticleOut, responses=ERRORS, tags=["articles"]
)
def get_article(article_id: Id, request: Request, session: SessionDep) -> Response:
    """Kept in the page cache per write generation, as the article page is: its list of
    every attribution runs the attribution model (half a second for a 90 KB article)."""

    def make() -> page_cache.Page:
        detail = articles.article_detail(session, article_id)
        return page_cache.Page(
            (ArticleOut.model_validate(detail, from_attributes=True).model_dump_json().encode(),)
        )

    generation = page_cache.generation(session)  # read before the data it stands for
    cache: page_cache.PageCache = request.app.state.page_cache
    page = cache.get_or_make(generation, ("api", "article", article_id), make)
    return Response(page.parts[0], media_type="application/json")


@router.delete(
    "/api/articles/{article_id:int}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=ERRORS,
    tags=["articles"],
)
def delete_article(article_id: Id, session: SessionDep, _: WriterDep) -> Response:
    articles.delete_article(session, article_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/api/search", response_model=list[SearchHitOut], responses=ERRORS, tags=["search"])
def search_articles(
    session: SessionDep,
    q: str = Query(min_length=1, max_length=200),
    outlet: Annotated[int | None, Query(ge=1, le=2**63 - 1, description="an outlet id")] = None,
    date_from: Annotated[
        str | None, Query(alias="from", max_length=10, description="YYYY-MM-DD")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", max_length=10, description="YYYY-MM-DD")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=search.MAX_RESULTS)] = search.MAX_RESULTS,
) -> list[dict[str, Any]]:
    filters = search.Filters(
        outlet, search.parse_date(date_from, "from"), search.parse_date(date_to, "to"), limit
    )
    return [search.public(hit) for hit in search.search_articles(session, q, filters)]


@router.get("/api/outlets", response_model=list[OutletOut], tags=["outlets"])
def list_outlets(session: SessionDep) -> list[dict[str, Any]]:
    return outlets.list_outlets(session)


@router.get(
    "/api/outlets/{outlet_id:int}",
    response_model=OutletProfileOut,
    responses=ERRORS,
    tags=["outlets"],
)
def get_outlet(outlet_id: Id, session: SessionDep) -> dict[str, Any]:
    return outlets.outlet_profile(session, outlet_id)


@router.patch(
    "/api/outlets/{outlet_id:int}",
    response_model=OutletAdminOut,
    responses=ERRORS,
    tags=["outlets"],
)
def edit_outlet(
    outlet_id: Id, body: OutletEditIn, session: SessionDep, _: WriterDep
) -> dict[str, Any]:
    return outlet_admin.update_outlet(session, outlet_id, body.model_dump(exclude_unset=True))


@router.post(
    "/api/outlets/{outlet_id:int}/merge",
    response_model=OutletMergeOut,
    responses=ERRORS,
    tags=["outlets"],
)
def merge_outlet(outlet_id: Id, body: OutletMergeIn, session: SessionDep, _: WriterDep) -> Any:
    return outlet_admin.merge_outlets(session, outlet_id, body.into)


@router.post(
    "/api/feeds/import", response_model=FeedReportOut, responses=ADD_ERRORS, tags=["articles"]
)
def import_feed(
    body: FeedIn, session: SessionDep, settings: SettingsDep, _: WriterDep
) -> dict[str, Any]:
    """Import every item of an RSS or Atom feed; each item's outcome is listed."""
    report = feeds.import_feed(
        session, settings, body.url, story_id=body.story_id, outlet=body.outlet, allow_files=False
    )
    return {
        "title": report.title,
        "added": report.count("added"),
        "skipped": report.count("skipped"),
        "failed": report.count("failed"),
        "items": report.items,
    }
