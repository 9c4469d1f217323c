"""The application factory: `create_app(settings)`; `app` for uvicorn."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Settings
from app.db import make_engine
from app.routes import api, pages
from app.security import SecurityHeaders
from app.services.analysis import configure as configure_analysis
from app.services.errors import Duplicate, ServiceError
from app.services.page_cache import PageCache
from app.templating import STATIC_DIR, make_templates

log = logging.getLogger("parallax")


class ImmutableStaticFiles(StaticFiles):
    """Static files whose URLs carry a content hash, so browsers may keep them forever."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code == 200 and b"v=" in scope.get("query_string", b""):
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        return response


class BodySizeLimit:
    """Refuse request bodies over the limit (413) before reading them whole.

    A declared Content-Length is checked first; a body sent without one is read
    only up to the limit, then replayed to the app.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            if not declared.isdigit() or int(declared) > self.limit:
                await _too_large(scope, self.limit)(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > self.limit:
                await _too_large(scope, self.limit)(scope, receive, send)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


def _too_large(scope: Scope, limit: int) -> Response:
    message = f"The upload is too large: the limit is {limit / 1_000_000:g} MB."
    request = Request(scope)
    if _wants_html(request):
        return pages.error_page(request, 413, message)
    return JSONResponse({"detail": message}, status_code=413)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app: engine, templates, settings and the page cache live on app.state."""
    settings = settings or Settings()
    configure_analysis(settings)
    app = FastAPI(
        title="Parallax",
        summary="How different news outlets cover the same story, statement by statement.",
        version="0.1.0",
    )
    app.state.settings = settings
    app.state.engine = make_engine(settings)
    app.state.templates = make_templates(settings)
    app.state.page_cache = PageCache()  # one per app, so one per worker process

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", ImmutableStaticFiles(directory=STATIC_DIR), name="static")

    @app.exception_handler(ServiceError)
    async def _service_error(request: Request, exc: ServiceError) -> Response:
        if _wants_html(request):
            return pages.error_page(request, exc.status_code, exc.message)
        body: dict[str, object] = {"detail": exc.message}
        if exc.field:
            body["field"] = exc.field
        if isinstance(exc, Duplicate):
            body["article_id"] = exc.article_id
        return JSONResponse(body, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        messages = [_readable(e) for e in exc.errors()]
        if _wants_html(request):
            if any(e.get("loc", ("",))[0] == "path" for e in exc.errors()):
                return pages.error_page(request, 404, "There is no page at this address.")
            return pages.error_page(request, 422, "; ".join(messages))
        return JSONResponse({"detail": "; ".join(messages), "errors": messages}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 405:
            return _method_not_allowed(request)
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            exc = StarletteHTTPException(400, "The request body is not valid JSON (or not UTF-8).")
        if _wants_html(request):
            message = str(exc.detail)
            if exc.status_code == 404 and message == "Not Found":
                message = "There is no page at this address."
            return pages.error_page(request, exc.status_code, message)
        return JSONResponse(
            {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("Unhandled error on %s %s", request.method, request.url.path)
        message = "Something went wrong on our side. Nothing was changed; please try again."
        if _wants_html(request):
            return pages.error_page(request, 500, message)
        return JSONResponse({"detail": message}, status_code=500)

    app.add_middleware(BodySizeLimit, limit=settings.max_upload_bytes)
    app.add_middleware(SecurityHeaders)
    return app


MACHINE_PATHS = ("/api", "/healthz", "/openapi.json")


def _method_not_allowed(request: Request) -> Response:
    """405 whose Allow header names every method any route offers at this path."""
    allowed = {
        method
        for method in ("GET", "POST", "PUT", "PATCH", "DELETE")
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL
            for route in request.app.router.routes
        )
    }
    headers = {"Allow": ", ".join(sorted(allowed))}
    return JSONResponse({"detail": "Method not allowed here."}, status_code=405, headers=headers)


def _wants_html(request: Request) -> bool:
    """Errors on pages are pages; the API and machine endpoints answer in JSON."""
    return not request.url.path.startswith(MACHINE_PATHS)


def _readable(error: dict) -> str:
    if error.get("type") == "json_invalid":
        position = next((p for p in error.get("loc", ()) if isinstance(p, int)), None)
        where = f" (at character {position})" if position is not None else ""
        return f"The request body is not valid JSON{where}."
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path"))
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid"))


app = create_app()
