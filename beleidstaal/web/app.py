"""The Starlette app: its routes, security headers, request size limit and error pages. The endpoints are in
``pages.py`` (the page and its downloads) and ``api.py`` (the HTTP API); what they share is in ``common.py``.

Routes:
    GET  /                 the page
    POST /check            check pasted text or an uploaded file; apply a suggestion; filter (form post)
    POST /download/tekst   the (corrected) text as a file
    POST /download/docx    the uploaded Word file with one comment per finding
    POST /api/check        JSON {"text", "format"} or multipart "file" → the JSON of ``beleidstaal check --format json``
    POST /api/annotate     multipart "file" (.docx) → the Word file with comments
    GET  /api/rules        the rules, as ``beleidstaal rules --format json``
    GET  /health           "ok"
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..config import Config
from .api import api_annotate, api_check, api_rules
from .common import BASE_KEY, BodyTooLarge, Site, is_api, site_of
from .pages import check_page, download_docx, download_text, index, page
from .service import DEFAULT_MAX_CHARS, DEFAULT_MAX_UPLOAD, Checker, megabytes

log = logging.getLogger("beleidstaal.web")

HERE = Path(__file__).parent

#: strict: only our own script and style files, no inline script or style, no framing, forms only to us
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

__all__ = ["DEFAULT_MAX_CHARS", "DEFAULT_MAX_UPLOAD", "create_app"]


class Guard:
    """ASGI middleware: security headers on every response, and a limit on the size of a request body.

    A body over the limit makes ``receive`` raise BodyTooLarge; the endpoints turn that into a Dutch 413.
    """

    def __init__(self, app, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope[BASE_KEY] = scope.get("root_path", "")
        length = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                with contextlib.suppress(ValueError):
                    length = int(value)
        total = 0
        limit = self.max_body

        async def limited_receive():
            nonlocal total
            if length is not None and length > limit:
                raise BodyTooLarge
            message = await receive()
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > limit:
                    raise BodyTooLarge
            return message

        async def secured_send(message):
            if message["type"] == "http.response.start":
                headers = [
                    h for h in message.get("headers", []) if h[0].lower() not in dict(SECURITY_HEADERS)
                ]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        await self.app(scope, limited_receive, secured_send)


def create_app(
    config: Config | None = None,
    *,
    max_upload: int = DEFAULT_MAX_UPLOAD,
    max_chars: int = DEFAULT_MAX_CHARS,
    preload: bool = False,
) -> Starlette:
    """The web app. ``config`` is used for every check (default: the settings found from the current folder)."""
    if config is None:
        from ..config import config_for

        config = config_for(Path.cwd())
    checker = Checker(config, max_upload=max_upload, max_chars=max_chars)
    if preload:
        checker.load()
    templates = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # a base64 Word file travels back in a form field for the commented copy: allow the upload size plus a third
    max_field = max(max_chars * 4, max_upload * 4 // 3 + 1024) + 64 * 1024
    max_body = max_field + max_upload + 1024 * 1024
    app = Starlette(
        routes=ROUTES,
        exception_handlers={
            BodyTooLarge: on_body_too_large,
            HTTPException: on_not_found,
            Exception: on_error,
        },
    )
    app.add_middleware(Guard, max_body=max_body)
    app.state.site = Site(checker, templates, max_upload, max_chars, max_field, max_body)
    app.state.checker = checker
    app.state.config = config
    return app


# -- helpers ---------------------------------------------------------------------------------------------------------


# -- the API ---------------------------------------------------------------------------------------------------------


async def health(request: Request) -> Response:
    return PlainTextResponse("ok")


async def on_body_too_large(request: Request, exc: Exception) -> Response:
    message = f"Wat u stuurt is te groot. U kunt bestanden tot {megabytes(site_of(request).max_upload)} controleren."
    if is_api(request):
        return JSONResponse({"error": message}, status_code=413)
    return page(request, error=message, status=413)


async def on_not_found(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 404)
    message = {404: "Deze pagina bestaat niet.", 405: "Deze pagina kunt u zo niet openen."}.get(
        status, "Er ging iets mis met dit verzoek."
    )
    if is_api(request):
        if status == 405:
            message = f"Dit adres werkt niet met {request.method}. Gebruik POST voor /api/check en /api/annotate, GET voor /api/rules."
        elif status == 404:
            message = "Dit adres bestaat niet. De API heeft /api/check, /api/annotate en /api/rules."
        return JSONResponse({"error": message}, status_code=status)
    return page(request, error=message, status=status)


async def on_error(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error", exc_info=exc)
    message = "Er ging iets mis in beleidstaal. Probeer het nog eens; blijft het misgaan, meld het dan."
    if is_api(request):
        return JSONResponse({"error": message}, status_code=500)
    return PlainTextResponse(message, status_code=500)


ROUTES = [
    Route("/", index, methods=["GET"]),
    Route("/check", check_page, methods=["POST"]),
    Route("/check", index, methods=["GET"], name="check_get"),
    Route("/download/tekst", download_text, methods=["POST"]),
    Route("/download/docx", download_docx, methods=["POST"]),
    Route("/api/check", api_check, methods=["POST"]),
    Route("/api/annotate", api_annotate, methods=["POST"]),
    Route("/api/rules", api_rules, methods=["GET"]),
    Route("/health", health, methods=["GET"]),
    Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
]
