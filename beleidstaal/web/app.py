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
from pathlib import Path, PurePath
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
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # a base64 Word file travels back in a form field for the commented copy: allow the upload size plus a third
    max_field = max(max_chars * 4, max_upload * 4 // 3 + 1024) + 64 * 1024
    max_body = max_field + max_upload + 1024 * 1024

    # -- helpers -------------------------------------------------------------------------------------------------

    def base(request: Request) -> str:
        return str(request.scope.get("root_path", "")).rstrip("/")

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
    ) -> HTMLResponse:
        context = {
            "base": base(request),
            "version": __version__,
            "error": error,
            "text": text,
            "kind": kind,
            "max_upload": megabytes(max_upload),
            "max_chars": dutch_number(max_chars),
            "docx_ok": docx_available(),
            "severity_labels": render.SEVERITY_LABELS,
            "all_categories": CATEGORIES,
        }
        if checked is not None:
            views = render.finding_views(checked, categories, severities)
            context.update(
                checked=checked,
                views=views,
                marked=render.highlight(checked.source, views),
                category_counts=render.category_counts(views),
                severity_counts=render.severity_counts(views),
                figures=checked.figures or [],
                method=checked.method,
                shown=sum(1 for v in views if v.shown),
                selected_categories=categories,
                selected_severities=severities,
                docx_b64=base64.b64encode(checked.docx).decode("ascii") if checked.docx is not None else None,
                annotate_ok=annotate_available(),
            )
        html = env.get_template("page.html").render(**context)
        # the page can hold the user's text: never keep it in a cache
        return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})

    async def read_form(request: Request):
        try:
            return await request.form(max_files=2, max_fields=200, max_part_size=max_field)
        except BodyTooLarge:
            raise WebError(
                f"Wat u stuurt is te groot. U kunt bestanden tot {megabytes(max_upload)} controleren.", 413
            ) from None
        except HTTPException:
            raise WebError(
                "Het formulier kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens."
            ) from None

    async def checked_from_form(form) -> tuple[Checked, set[str] | None, set[str] | None]:
        from starlette.concurrency import run_in_threadpool

        upload = form.get("file")
        kind = str(form.get("format") or "text")
        kind = kind if kind in ("text", "markdown") else "text"
        categories = _selection(form, "cat", CATEGORIES)
        severities = _selection(form, "sev", SEVERITIES)
        if upload is not None and not isinstance(upload, str) and upload.filename:
            data = await _read_upload(upload, max_upload)
            checked = await run_in_threadpool(
                lambda: checker.check_upload(upload.filename, data, figures=True)
            )
            return checked, categories, severities
        text = str(form.get("text") or "").replace("\r\n", "\n")
        apply = form.get("apply")
        if apply:
            try:
                a = json.loads(str(apply))
                text = checker.apply(text, int(a["o"]), int(a["e"]), str(a["t"]), str(a["r"]))
            except (ValueError, KeyError, TypeError):
                raise WebError(
                    "Deze verbetering kon niet worden toegepast. Controleer de tekst opnieuw."
                ) from None
        name = form.get("name")
        checked = await run_in_threadpool(lambda: checker.check_text(text, kind=kind, figures=True))
        if isinstance(name, str) and name:
            checked.name = safe_name(name)
        return checked, categories, severities

    # -- the page ------------------------------------------------------------------------------------------------

    async def index(request: Request) -> Response:
        return page(request)

    async def check_page(request: Request) -> Response:
        form = None
        try:
            form = await read_form(request)
            checked, categories, severities = await checked_from_form(form)
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
            checked=checked,
            text=checked.editable,
            kind="markdown" if checked.kind == "markdown" else "text",
            categories=categories,
            severities=severities,
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

        form = None
        try:
            form = await read_form(request)
            try:
                data = base64.b64decode(str(form.get("docx") or ""), validate=True)
            except (binascii.Error, ValueError):
                raise WebError(
                    "Het Word-bestand ontbreekt. Kies het bestand opnieuw en controleer het."
                ) from None
            name = safe_name(str(form.get("name") or "document.docx"))
            checked = await run_in_threadpool(checker.check_upload, name, data)
            out = await run_in_threadpool(checker.annotate, checked)
        except WebError as exc:
            return page(request, error=exc.message, status=exc.status)
        finally:
            if form is not None:
                await form.close()
        return _attachment(out, f"{PurePath(name).stem}-met-opmerkingen.docx", DOCX_TYPE)

    # -- the API -------------------------------------------------------------------------------------------------

    async def api_check(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        from ..outputs.json import as_dict

        try:
            checked = await _api_input(request)
            if isinstance(checked, tuple):
                checked = await run_in_threadpool(checker.check_upload, *checked)
        except WebError as exc:
            return _json_error(exc)
        return JSONResponse(as_dict([checked.result]))

    async def _api_input(request: Request):
        """Checked (for JSON text) or (filename, bytes) for an upload."""
        from starlette.concurrency import run_in_threadpool

        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
            form = await read_form(request)
            try:
                upload = form.get("file")
                if upload is not None and not isinstance(upload, str):
                    return upload.filename or "", await _read_upload(upload, max_upload)
                text = form.get("text")
                if isinstance(text, str):
                    kind = str(form.get("format") or "text")
                    return await run_in_threadpool(checker.check_text, text, kind=kind)
            finally:
                await form.close()
            raise WebError("Stuur een bestand in het veld 'file', of tekst in het veld 'text'.")
        try:
            body = await request.body()
        except BodyTooLarge:
            raise WebError(f"Wat u stuurt is te groot (meer dan {megabytes(max_body)}).", 413) from None
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
        return await run_in_threadpool(checker.check_text, data["text"], kind=kind)

    async def api_annotate(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

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
        message = f"Wat u stuurt is te groot. U kunt bestanden tot {megabytes(max_upload)} controleren."
        if request.url.path.startswith(base(request) + "/api/"):
            return JSONResponse({"error": message}, status_code=413)
        return page(request, error=message, status=413)

    async def on_not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        message = {404: "Deze pagina bestaat niet.", 405: "Deze pagina kunt u zo niet openen."}.get(
            status, "Er ging iets mis met dit verzoek."
        )
        if request.url.path.startswith(base(request) + "/api/"):
            if status == 405:
                message = f"Dit adres werkt niet met {request.method}. Gebruik POST voor /api/check en /api/annotate, GET voor /api/rules."
            elif status == 404:
                message = "Dit adres bestaat niet. De API heeft /api/check, /api/annotate en /api/rules."
            return JSONResponse({"error": message}, status_code=status)
        return page(request, error=message, status=status)

    async def on_error(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error", exc_info=exc)
        message = "Er ging iets mis in beleidstaal. Probeer het nog eens; blijft het misgaan, meld het dan."
        if request.url.path.startswith(base(request) + "/api/"):
            return JSONResponse({"error": message}, status_code=500)
        return PlainTextResponse(message, status_code=500)

    routes = [
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
    app = Starlette(
        routes=routes,
        exception_handlers={
            BodyTooLarge: on_body_too_large,
            HTTPException: on_not_found,
            Exception: on_error,
        },
    )
    app.add_middleware(Guard, max_body=max_body)
    app.state.checker = checker
    app.state.config = config
    return app


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
