"""The Starlette app: the page (works without JavaScript), the downloads and the HTTP API.

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

import base64
import binascii
import contextlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import NamedTuple
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..config import Config
from ..findings import CATEGORIES, SEVERITIES
from . import render
from .figures import dutch_number
from .service import (
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_UPLOAD,
    UPLOAD_KINDS,
    Checked,
    Checker,
    WebError,
    annotate_available,
    docx_available,
    megabytes,
    safe_name,
)

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


#: where Guard keeps the app's root path, before any Mount changes ``root_path``
BASE_KEY = "beleidstaal.base"


class BodyTooLarge(Exception):
    pass


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


@dataclass
class Site:
    """What every endpoint needs, kept on ``app.state.site``: the checker, the page template and the limits."""

    checker: Checker
    templates: Environment
    max_upload: int
    max_chars: int
    #: the largest form field (a base64 Word file travels back in one) and the largest request body
    max_field: int
    max_body: int


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


def _site(request: Request) -> Site:
    return request.app.state.site


def base(request: Request) -> str:
    """The app's own root path. Not ``root_path`` of the request itself: under ``Mount("/static")`` that also
    holds ``/static`` (a 404 there would link to ``/static/static/app.css``)."""
    return str(request.scope.get(BASE_KEY, request.scope.get("root_path", ""))).rstrip("/")


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(base(request) + "/api/")


def page(
    request: Request,
    *,
    checked: Checked | None = None,
    error: str | None = None,
    status: int = 200,
    text: str = "",
    kind: str = "text",
    categories: set[str] | None = None,
    severities: set[str] | None = None,
    applied_at: int | None = None,
) -> HTMLResponse:
    site = _site(request)
    context = {
        "base": base(request),
        "version": __version__,
        "error": error,
        "text": text,
        "kind": kind,
        "max_upload": megabytes(site.max_upload),
        "max_chars": dutch_number(site.max_chars),
        "docx_ok": docx_available(),
        "accept": ",".join(sorted(UPLOAD_KINDS)),
        "severity_labels": render.SEVERITY_LABELS,
        "all_categories": CATEGORIES,
    }
    if checked is not None:
        views = render.finding_views(checked, categories, severities)
        context.update(
            checked=checked,
            views=views,
            marked=render.highlight(checked.shown, views),
            category_counts=render.category_counts(views),
            severity_counts=render.severity_counts(views),
            figures=checked.figures or [],
            method=checked.method,
            shown=sum(1 for v in views if v.shown),
            selected_categories=categories,
            selected_severities=severities,
            docx_b64=base64.b64encode(checked.docx).decode("ascii") if checked.docx is not None else None,
            annotate_ok=annotate_available(),
            unchecked=checked.unchecked,
            focus=render.focus_after(views, applied_at) if applied_at is not None else None,
        )
    html = site.templates.get_template("page.html").render(**context)
    # the page can hold the user's text: never keep it in a cache
    return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})


async def read_form(request: Request):
    site = _site(request)
    try:
        return await request.form(max_files=2, max_fields=200, max_part_size=site.max_field)
    except BodyTooLarge:
        raise WebError(
            f"Wat u stuurt is te groot. U kunt bestanden tot {megabytes(site.max_upload)} controleren.", 413
        ) from None
    except HTTPException:
        raise WebError(
            "Het formulier kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens."
        ) from None


def _applied(form) -> tuple[int, int, str, str] | None:
    """The suggestion chosen on the page: (offset, end offset, the text there now, the replacement)."""
    apply = form.get("apply")
    if not apply:
        return None
    try:
        a = json.loads(str(apply))
        return int(a["o"]), int(a["e"]), str(a["t"]), str(a["r"])
    except (ValueError, KeyError, TypeError):
        raise WebError("Deze verbetering kon niet worden toegepast. Controleer de tekst opnieuw.") from None


def _docx_field(form) -> bytes:
    try:
        return base64.b64decode(str(form.get("docx") or ""), validate=True)
    except (binascii.Error, ValueError):
        raise WebError("Het Word-bestand ontbreekt. Kies het bestand opnieuw en controleer het.") from None


class FormCheck(NamedTuple):
    checked: Checked
    categories: set[str] | None
    severities: set[str] | None
    #: where the applied suggestion ends in the new text (for the focus), or None
    applied_at: int | None


async def checked_from_form(site: Site, form) -> FormCheck:
    """Check what the page's form sent: an upload, a Word file sent back (to filter or to apply a suggestion in
    it) or the text."""
    from starlette.concurrency import run_in_threadpool

    checker = site.checker
    upload = form.get("file")
    kind = str(form.get("format") or "text")
    kind = kind if kind in ("text", "markdown") else "text"
    categories = _selection(form, "cat", CATEGORIES)
    severities = _selection(form, "sev", SEVERITIES)
    if upload is not None and not isinstance(upload, str) and upload.filename:
        data = await _read_upload(upload, site.max_upload)
        checked = await run_in_threadpool(lambda: checker.check_upload(upload.filename, data, figures=True))
        return FormCheck(checked, categories, severities, None)
    applied = _applied(form)
    applied_at = applied[0] + len(applied[3]) if applied else None
    if form.get("docx"):  # a Word result stays a Word result: the suggestion goes into the file itself
        data = _docx_field(form)
        name = safe_name(str(form.get("name") or "document.docx"))
        if applied:
            data = await run_in_threadpool(checker.apply_docx, data, *applied)
        checked = await run_in_threadpool(lambda: checker.check_upload(name, data, figures=True))
        return FormCheck(checked, categories, severities, applied_at)
    text = str(form.get("text") or "").replace("\r\n", "\n")
    if applied:
        text = checker.apply(text, *applied)
    name = form.get("name")
    checked = await run_in_threadpool(lambda: checker.check_text(text, kind=kind, figures=True))
    if isinstance(name, str) and name:
        checked.name = safe_name(name)
    return FormCheck(checked, categories, severities, applied_at)


# -- the page --------------------------------------------------------------------------------------------------------


async def index(request: Request) -> Response:
    return page(request)


async def check_page(request: Request) -> Response:
    form = None
    try:
        form = await read_form(request)
        got = await checked_from_form(_site(request), form)
    except WebError as exc:
        text = ""
        if form is not None and isinstance(form.get("text"), str):
            text = form.get("text")
        return page(request, error=exc.message, status=exc.status, text=text)
    finally:
        if form is not None:
            await form.close()
    return page(
        request,
        checked=got.checked,
        text=got.checked.editable,
        kind="markdown" if got.checked.kind == "markdown" else "text",
        categories=got.categories,
        severities=got.severities,
        applied_at=got.applied_at,
    )


async def download_text(request: Request) -> Response:
    form = None
    try:
        form = await read_form(request)
        text = str(form.get("text") or "").replace("\r\n", "\n")
        if not text.strip():
            raise WebError("Er is geen tekst om te downloaden.")
        name = safe_name(str(form.get("name") or "tekst.txt"))
    except WebError as exc:
        return page(request, error=exc.message, status=exc.status)
    finally:
        if form is not None:
            await form.close()
    stem = PurePath(name).stem or "tekst"
    suffix = ".md" if form.get("format") == "markdown" else ".txt"
    return _attachment(text.encode("utf-8"), f"{stem}-verbeterd{suffix}", "text/plain; charset=utf-8")


async def download_docx(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    checker = _site(request).checker
    form = None
    try:
        form = await read_form(request)
        data = _docx_field(form)
        name = safe_name(str(form.get("name") or "document.docx"))
        checked = await run_in_threadpool(checker.check_upload, name, data)
        out = await run_in_threadpool(checker.annotate, checked)
    except WebError as exc:
        return page(request, error=exc.message, status=exc.status)
    finally:
        if form is not None:
            await form.close()
    return _attachment(out, f"{PurePath(name).stem}-met-opmerkingen.docx", DOCX_TYPE)


# -- the API ---------------------------------------------------------------------------------------------------------


async def api_check(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    from ..outputs.json import as_dict

    try:
        checked = await _api_input(request)
        if isinstance(checked, tuple):
            checked = await run_in_threadpool(_site(request).checker.check_upload, *checked)
    except WebError as exc:
        return _json_error(exc)
    return JSONResponse(as_dict([checked.result]))


async def _api_input(request: Request):
    """Checked (for JSON text) or (filename, bytes) for an upload."""
    from starlette.concurrency import run_in_threadpool

    site = _site(request)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await read_form(request)
        try:
            upload = form.get("file")
            if upload is not None and not isinstance(upload, str):
                return upload.filename or "", await _read_upload(upload, site.max_upload)
            text = form.get("text")
            if isinstance(text, str):
                kind = str(form.get("format") or "text")
                return await run_in_threadpool(site.checker.check_text, text, kind=kind)
        finally:
            await form.close()
        raise WebError("Stuur een bestand in het veld 'file', of tekst in het veld 'text'.")
    try:
        body = await request.body()
    except BodyTooLarge:
        raise WebError(f"Wat u stuurt is te groot (meer dan {megabytes(site.max_body)}).", 413) from None
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise WebError(
            'Stuur JSON zoals {"text": "...", "format": "markdown"}, of een bestand in het veld \'file\' '
            "(multipart/form-data).",
            415 if content_type not in ("application/json", "") else 400,
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise WebError('Het veld "text" ontbreekt of is geen tekst.')
    kind = data.get("format") or "text"
    if not isinstance(kind, str):
        raise WebError("Kies als soort tekst 'text' (gewone tekst) of 'markdown'.")
    return await run_in_threadpool(site.checker.check_text, data["text"], kind=kind)


async def api_annotate(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    checker = _site(request).checker
    try:
        got = await _api_input(request)
        if not isinstance(got, tuple):
            raise WebError("Stuur een Word-bestand (.docx) in het veld 'file'.")
        name = safe_name(got[0])
        if PurePath(name).suffix.lower() != ".docx":
            raise WebError("Opmerkingen toevoegen kan alleen in een Word-bestand (.docx).", 415)
        checked = await run_in_threadpool(checker.check_upload, *got)
        out = await run_in_threadpool(checker.annotate, checked)
    except WebError as exc:
        return _json_error(exc)
    return _attachment(out, f"{PurePath(name).stem}-met-opmerkingen.docx", DOCX_TYPE)


async def api_rules(request: Request) -> Response:
    from ..rules.registry import all_rules

    data = [
        {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity, "title": r.title,
         "what": r.what, "opt_in": r.opt_in}
        for r in all_rules()
    ]  # fmt: skip
    return JSONResponse(data)


async def health(request: Request) -> Response:
    return PlainTextResponse("ok")


async def on_body_too_large(request: Request, exc: Exception) -> Response:
    message = (
        f"Wat u stuurt is te groot. U kunt bestanden tot {megabytes(_site(request).max_upload)} controleren."
    )
    if _is_api(request):
        return JSONResponse({"error": message}, status_code=413)
    return page(request, error=message, status=413)


async def on_not_found(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 404)
    message = {404: "Deze pagina bestaat niet.", 405: "Deze pagina kunt u zo niet openen."}.get(
        status, "Er ging iets mis met dit verzoek."
    )
    if _is_api(request):
        if status == 405:
            message = f"Dit adres werkt niet met {request.method}. Gebruik POST voor /api/check en /api/annotate, GET voor /api/rules."
        elif status == 404:
            message = "Dit adres bestaat niet. De API heeft /api/check, /api/annotate en /api/rules."
        return JSONResponse({"error": message}, status_code=status)
    return page(request, error=message, status=status)


async def on_error(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error", exc_info=exc)
    message = "Er ging iets mis in beleidstaal. Probeer het nog eens; blijft het misgaan, meld het dan."
    if _is_api(request):
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


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _selection(form, key: str, known) -> set[str] | None:
    """The categories or severities ticked in the filter; None when the form has no filter (show all)."""
    if form.get(f"{key}_filter") is None:
        return None
    return {v for v in form.getlist(key) if isinstance(v, str) and v in known}


async def _read_upload(upload, limit: int) -> bytes:
    """Read an uploaded file into memory, refusing anything over the limit without reading it all."""
    chunks = []
    size = 0
    while True:
        chunk = await upload.read(1024 * 1024)
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            raise WebError(
                f"Het bestand is te groot (meer dan {megabytes(limit)}). "
                f"U kunt bestanden tot {megabytes(limit)} controleren. Splits het bestand op.",
                413,
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _json_error(exc: WebError) -> JSONResponse:
    return JSONResponse({"error": exc.message}, status_code=exc.status)


def _attachment(data: bytes, filename: str, media_type: str) -> Response:
    ascii_name = filename.encode("ascii", "replace").decode("ascii").replace("?", "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(
        data, media_type=media_type, headers={"content-disposition": disposition, "cache-control": "no-store"}
    )
