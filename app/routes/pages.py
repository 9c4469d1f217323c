"""Server-rendered pages: parse the request, call one service, render a template."""

from __future__ import annotations

import functools
import hashlib
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from markupsafe import escape
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from app import security
from app.core import ingest
from app.db import SessionDep
from app.routes import api
from app.services import (
    articles,
    comparison,
    exports,
    fetch,
    outlet_admin,
    outlets,
    page_cache,
    search,
    stories,
    story_admin,
    story_page,
    versions,
)
from app.services.errors import Duplicate, InvalidInput, NotFound, ServiceError
from app.templating import STATIC_DIR, TEMPLATE_DIR

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> Response:
    context = {
        **context,
        "csrf_token": security.csrf_token(request),
        "signed_in": security.is_signed_in(request),
    }
    response = request.app.state.templates.TemplateResponse(
        request, name, context, status_code=status_code
    )
    security.issue_csrf_cookie(request, response)
    return response


def _require_signed_in(request: Request) -> Response | None:
    """A redirect to the sign-in page when this browser may not write."""
    if security.is_signed_in(request):
        return None
    return RedirectResponse(f"/signin?next={request.url.path}", status_code=303)


@router.get("/signin")
def signin_form(request: Request, next: str = "/") -> Response:
    return render(request, "signin.html", {"next": _safe_next(next), "error": None})


@router.post("/signin")
def signin(
    request: Request,
    token: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    security.check_csrf(request, csrf)
    settings = request.app.state.settings
    if settings.open_mode:
        return RedirectResponse(_safe_next(next), status_code=303)
    if not security.token_matches(settings, token.strip()):
        return render(
            request,
            "signin.html",
            {"next": _safe_next(next), "error": "That token is not right."},
            401,
        )
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        security.SESSION_COOKIE,
        security.session_cookie(settings),
        max_age=security.SESSION_MAX_AGE,
        **security.cookie_options(request),  # type: ignore[arg-type]
    )
    return response


@router.post("/signout")
def signout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    security.check_csrf(request, csrf)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(security.SESSION_COOKIE, path="/")
    return response


def _safe_next(target: str) -> str:
    """Only same-site paths: never redirect a signed-in browser to another site."""
    return (
        target
        if target.startswith("/") and not target.startswith("//") and "\\" not in target
        else "/"
    )


def error_page(request: Request, status_code: int, message: str) -> Response:
    titles = {
        404: "Not found",
        409: "Already stored",
        413: "Too large",
        422: "Cannot use this input",
    }
    return render(
        request,
        "error.html",
        {
            "status": status_code,
            "heading": titles.get(status_code, "Something went wrong"),
            "message": message,
        },
        status_code=status_code,
    )


@router.get("/favicon.ico")
def favicon() -> Response:
    return FileResponse(
        STATIC_DIR / "favicon.svg",
        media_type="image/svg+xml",
        headers={"Cache-Control": "public, max-age=86400"},
    )


@router.get("/")
def index(request: Request, session: SessionDep, sort: str = "latest", page: str = "1") -> Response:
    if not page.isdigit() or not 1 <= int(page) <= stories.MAX_PAGE:
        raise InvalidInput("The page number is a whole number from 1.", "page")
    listing = stories.story_list(session, sort, int(page))
    return render(
        request,
        "index.html",
        {"listing": listing, "stories": listing.stories, "sorts": stories.SORTS},
    )


@router.get("/stories/{key}")
async def story(
    request: Request,
    key: str,
    new: str = "",
    show: str = "all",
    sort: str = "story",
    copies: str = "show",
) -> Response:
    """The story page, from the page cache unless a write has happened since it was made.

    The cached page is the same for everyone with the same sign-in state; this
    browser's CSRF token is put into it on the way out. ``ETag`` names the write
    generation, the options, the sign-in state and the token, so a browser's copy is
    confirmed with 304 until something is written. A page found in the cache costs
    one trip to a worker thread (the generation query); only a miss renders.
    """
    # `new` only marks the article just added; a malformed marker is ignored, not an error.
    new_article = int(new) if new.isdigit() else None
    options = story_page.page_options(show, sort, copies)
    token, signed_in, generation = await run_in_threadpool(_who_and_when, request)
    etag = _etag(generation, key, options, new_article, signed_in, token)
    if (not_modified := _not_modified(request, etag)) is not None:
        return not_modified
    cache: page_cache.PageCache = request.app.state.page_cache
    cache_key = ("story", key, options, signed_in)

    def make() -> page_cache.Page:
        with Session(request.app.state.engine) as session:
            page = story_page.story_page(session, key, *options)
        context = {
            "request": request,
            "page": page,
            "new_article": new_article,
            "csrf_token": TOKEN_SLOT,
            "signed_in": signed_in,
        }
        html = request.app.state.templates.get_template("story.html").render(context)
        return page_cache.Page.of(tuple(part.encode() for part in html.split(TOKEN_SLOT)))

    if new_article is not None:  # shown once, right after an upload: not worth keeping
        cached = await run_in_threadpool(make)
    else:
        hit = cache.get(generation, cache_key)
        cached = (
            hit
            if hit is not None
            else await run_in_threadpool(cache.get_or_make, generation, cache_key, make)
        )
    return _cached_response(request, cached, etag, token)


CACHED_PAGE_HEADERS = {"Cache-Control": "private, no-cache", "Vary": "Accept-Encoding, Cookie"}


def _gzip_etag(etag: str) -> str:
    return etag[:-1] + '-gzip"'  # the compressed page is another representation


def _not_modified(request: Request, etag: str) -> Response | None:
    """A 304 when the browser's copy carries this ETag (plain or gzip), else None."""
    match = request.headers.get("if-none-match")
    seen = next((e for e in (etag, _gzip_etag(etag)) if _etag_matches(match, e)), None)
    if seen is None:
        return None
    response = Response(status_code=304, headers={**CACHED_PAGE_HEADERS, "ETag": seen})
    security.issue_csrf_cookie(request, response)
    return response


def _cached_response(request: Request, cached: page_cache.Page, etag: str, token: str) -> Response:
    """A cached page as this browser gets it: gzipped if it accepts that, else with its token."""
    headers = dict(CACHED_PAGE_HEADERS)
    if cached.gzipped is not None and _accepts_gzip(request.headers.get("accept-encoding")):
        headers.update({"ETag": _gzip_etag(etag), "Content-Encoding": "gzip"})
        body = cached.gzipped
    else:
        headers["ETag"] = etag
        body = cached.body(str(escape(token)).encode())
    response = Response(body, media_type="text/html; charset=utf-8", headers=headers)
    security.issue_csrf_cookie(request, response)
    return response


def _who_and_when(request: Request) -> tuple[str, bool, page_cache.Generation]:
    """This browser's CSRF token and sign-in state, and the database's write generation."""
    token = security.csrf_token(request)
    signed_in = security.is_signed_in(request)
    return token, signed_in, page_cache.read_generation(request.app.state.engine)


# Stands for the CSRF token in a cached page: random per process, so no stored text
# can contain it.
TOKEN_SLOT = f"parallax-token-slot-{secrets.token_hex(16)}"


@functools.cache
def _build() -> str:
    """A digest of the templates and static files: a new release changes every ETag."""
    digest = hashlib.sha256()
    for folder in (TEMPLATE_DIR, STATIC_DIR):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _etag(*parts: object) -> str:
    digest = hashlib.sha256(repr((_build(), *(str(p) for p in parts))).encode())
    return f'"{digest.hexdigest()[:32]}"'


def _accepts_gzip(header: str | None) -> bool:
    """Whether Accept-Encoding allows gzip (named, or ``*``, with a q above zero)."""
    for item in (header or "").split(","):
        name, _, params = item.partition(";")
        if name.strip().lower() in ("gzip", "x-gzip", "*"):
            q = params.strip().lower().removeprefix("q=")
            try:
                return not q or float(q) > 0
            except ValueError:
                return False
    return False


def _etag_matches(header: str | None, etag: str) -> bool:
    """If-None-Match against our ETag (weak comparison, as RFC 9110 asks for GET).

    ``*`` is not honoured: it would answer 304 for a story that does not exist.
    """
    if not header:
        return False
    return any(t.strip().removeprefix("W/") == etag for t in header.split(","))


@router.get("/stories/{key}/edit")
def story_edit_form(request: Request, key: str, session: SessionDep) -> Response:
    if (redirect := _require_signed_in(request)) is not None:
        return redirect
    return render(
        request, "story_edit.html", {**story_admin.edit_page(session, key), "error": None}
    )


@router.post("/stories/{story_id:int}/edit/{action}")
def story_edit(
    request: Request,
    story_id: api.Id,
    action: str,
    session: SessionDep,
    csrf: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    article_id: Annotated[str, Form()] = "",
    target: Annotated[str, Form()] = "",
) -> Response:
    security.check_csrf(request, csrf)
    if not security.is_signed_in(request):
        raise security.Unauthorized("Sign in with the server's token to edit stories.")
    try:
        if action == "title":
            story_admin.rename_story(session, story_id, title)
            destination = story_id
        elif action == "move":
            moved = story_admin.move_article(
                session, _form_id(article_id, "article_id"), _form_id(target, "target")
            )
            destination = story_id if moved.removed_story is None else moved.story_id
        elif action == "merge":
            destination = story_admin.merge_story(
                session, story_id, _form_id(target, "target")
            ).story_id
        else:
            raise NotFound("There is no such edit.")
    except InvalidInput as exc:
        context = {**story_admin.edit_page(session, story_id), "error": exc.message}
        return render(request, "story_edit.html", context, status_code=exc.status_code)
    return RedirectResponse(f"/stories/{destination}", status_code=303)


def _form_id(value: str, field: str) -> int:
    if not value.strip().isdigit() or not 1 <= int(value) <= stories.MAX_ID:
        raise InvalidInput("Choose one from the list.", field)
    return int(value)


@router.get("/stories/{key}/compare")
def compare(
    request: Request, key: str, session: SessionDep, a: int | None = None, b: int | None = None
) -> Response:
    story = stories.resolve(session, key)
    pair = comparison.article_pair(session, story.id, a, b)  # type: ignore[arg-type]
    return render(request, "compare.html", {"pair": pair})


@router.get("/stories/{key}/export.{fmt}")
def export(key: str, fmt: str, session: SessionDep) -> Response:
    if fmt not in ("json", "csv", "md"):
        raise NotFound("Exports come as .json, .csv or .md.")
    body, media_type, filename = exports.export(session, key, fmt)
    return Response(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/outlets/{outlet_id:int}")
def outlet(request: Request, outlet_id: api.Id, session: SessionDep) -> Response:
    return render(request, "outlet.html", {"outlet": outlets.outlet_page(session, outlet_id)})


@router.get("/outlets/{outlet_id:int}/edit")
def outlet_edit_form(request: Request, outlet_id: api.Id, session: SessionDep) -> Response:
    if (redirect := _require_signed_in(request)) is not None:
        return redirect
    page = outlet_admin.edit_page(session, outlet_id)
    return render(request, "outlet_edit.html", {**page, "values": page["outlet"], "errors": {}})


@router.post("/outlets/{outlet_id:int}/edit")
def outlet_edit(
    request: Request,
    outlet_id: api.Id,
    session: SessionDep,
    name: Annotated[str, Form()] = "",
    short_name: Annotated[str, Form()] = "",
    country: Annotated[str, Form()] = "",
    ownership: Annotated[str, Form()] = "",
    lean: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    security.check_csrf(request, csrf)
    if not security.is_signed_in(request):
        raise security.Unauthorized("Sign in with the server's token to edit outlets.")
    values = {
        "name": name,
        "short_name": short_name,
        "country": country,
        "ownership": ownership,
        "lean": lean,
    }
    try:
        outlet_admin.update_outlet(session, outlet_id, values)
    except InvalidInput as exc:
        page = outlet_admin.edit_page(session, outlet_id)
        errors = {exc.field or "name": exc.message}
        return render(
            request, "outlet_edit.html", {**page, "values": values, "errors": errors}, 422
        )
    return RedirectResponse(f"/outlets/{outlet_id}", status_code=303)


@router.post("/outlets/{outlet_id:int}/merge")
def outlet_merge(
    request: Request,
    outlet_id: api.Id,
    session: SessionDep,
    into: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    security.check_csrf(request, csrf)
    if not security.is_signed_in(request):
        raise security.Unauthorized("Sign in with the server's token to merge outlets.")
    try:
        if not into.strip().isdigit():
            raise InvalidInput("Choose the outlet to merge into.", "into")
        result = outlet_admin.merge_outlets(session, outlet_id, int(into))
    except InvalidInput as exc:
        page = outlet_admin.edit_page(session, outlet_id)
        return render(
            request,
            "outlet_edit.html",
            {**page, "values": page["outlet"], "errors": {"into": exc.message}},
            422,
        )
    return RedirectResponse(f"/outlets/{result.outlet['id']}", status_code=303)


@router.get("/search")
def search_page(
    request: Request,
    session: SessionDep,
    q: str = "",
    outlet: str = "",
    date_from: Annotated[str, Query(alias="from")] = "",
    date_to: Annotated[str, Query(alias="to")] = "",
) -> Response:
    filters, error = search.Filters(), None
    try:
        filters = search.Filters(
            int(outlet) if outlet.isdigit() and int(outlet) <= stories.MAX_ID else None,
            search.parse_date(date_from[:10], "from"),
            search.parse_date(date_to[:10], "to"),
        )
    except InvalidInput as exc:
        error = exc.message
    form = {"outlet": outlet, "from": date_from, "to": date_to}
    return render(
        request,
        "search.html",
        {"page": search.search_page(session, q, filters, error), "form": form},
    )


@router.get("/articles/{article_id:int}")
def article(request: Request, article_id: api.Id) -> Response:
    """The article page, from the page cache unless a write has happened since it was made.

    Finding every attribution in the body runs the attribution model (about 10 ms for
    a news article, half a second for 90 KB), so the page is kept as the story page
    is: per write generation and sign-in state, with this browser's CSRF token put in
    on the way out, and confirmed with 304 while nothing has been written.
    """
    token, signed_in, generation = _who_and_when(request)
    etag = _etag(generation, "article", article_id, signed_in, token)
    if (not_modified := _not_modified(request, etag)) is not None:
        return not_modified

    def make() -> page_cache.Page:
        with Session(request.app.state.engine) as session:
            page = versions.article_page(session, article_id)
        context = {**page, "request": request, "csrf_token": TOKEN_SLOT, "signed_in": signed_in}
        html = request.app.state.templates.get_template("article.html").render(context)
        return page_cache.Page.of(tuple(part.encode() for part in html.split(TOKEN_SLOT)))

    cache: page_cache.PageCache = request.app.state.page_cache
    cached = cache.get_or_make(generation, ("article", article_id, signed_in), make)
    return _cached_response(request, cached, etag, token)


@router.get("/upload")
def upload_form(request: Request, session: SessionDep, story: int | None = None) -> Response:
    if (redirect := _require_signed_in(request)) is not None:
        return redirect
    return _upload_page(request, session, {"story_id": str(story) if story else ""}, {})


def _upload_page(
    request: Request,
    session: SessionDep,
    values: dict[str, str],
    errors: dict[str, str],
    status_code: int = 200,
    duplicate_of: int | None = None,
) -> Response:
    return render(
        request,
        "upload.html",
        {
            "values": values,
            "errors": errors,
            "stories": stories.story_choices(session),
            "duplicate_of": duplicate_of,
        },
        status_code=status_code,
    )


@router.post("/upload")
def upload(
    request: Request,
    session: SessionDep,
    text: Annotated[str, Form()] = "",
    outlet: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    published_at: Annotated[str, Form()] = "",
    url: Annotated[str, Form()] = "",
    story_id: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    security.check_csrf(request, csrf)
    if not security.is_signed_in(request):
        raise security.Unauthorized("Sign in with the server's token to add articles.")
    values = {
        "text": text,
        "outlet": outlet,
        "title": title,
        "published_at": published_at,
        "url": url,
        "story_id": story_id,
    }
    try:
        submission = _submission(values, file)
    except ServiceError as exc:
        return _upload_page(request, session, values, {exc.field or "text": exc.message}, 422)
    try:
        if _fetch_instead(values, file):
            added = fetch.add_from_url(
                session,
                request.app.state.settings,
                submission.url or "",
                outlet=submission.outlet,
                story_id=submission.story_id,
                title=submission.title,
                published_at=submission.published_at,
            )
        else:
            added = articles.add_article(session, submission)
    except Duplicate as exc:
        return _upload_page(request, session, values, {"text": exc.message}, 409, exc.article_id)
    except ServiceError as exc:
        return _upload_page(
            request, session, values, {exc.field or "text": exc.message}, exc.status_code
        )
    target = f"/stories/{added.story.id}?new={added.article.id}#article-{added.article.id}"
    return RedirectResponse(target, status_code=303)


def _fetch_instead(values: dict[str, str], file: UploadFile | None) -> bool:
    """A URL with the text box left untouched and no file: fetch the page it names."""
    return (
        bool(values["url"].strip())
        and values["text"] == ""
        and not (file is not None and file.filename)
    )


def _submission(values: dict[str, str], file: UploadFile | None) -> articles.Submission:
    text = values["text"]
    filename = None
    if file is not None and file.filename:
        data = file.file.read()
        filename = file.filename
        try:
            text = ingest.decode_upload(data)
        except ingest.IngestError as exc:
            raise InvalidInput(str(exc), "file") from exc
        if not text.strip():
            raise InvalidInput("The chosen file is empty.", "file")
    story_id = None
    if values["story_id"].strip():
        if not values["story_id"].strip().isdigit():
            raise InvalidInput("Choose a story from the list.", "story_id")
        story_id = int(values["story_id"])
    is_html = ingest.looks_like_html(text, filename)
    return articles.Submission(
        text=None if is_html else text,
        html=text if is_html else None,
        outlet=values["outlet"].strip() or None,
        title=values["title"].strip() or None,
        url=values["url"].strip() or None,
        published_at=values["published_at"].strip() or None,
        story_id=story_id,
    )
