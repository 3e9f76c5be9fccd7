"""The HTTP API: ``POST /api/check`` (the JSON of ``beleidstaal check --format json``), ``POST /api/annotate``
(a Word file with comments) and ``GET /api/rules``."""

from __future__ import annotations

import json
from pathlib import PurePath

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .common import DOCX_TYPE, BodyTooLarge, attachment, json_error, read_upload, site_of
from .pages import read_form
from .service import WebError, megabytes, safe_name


async def api_check(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    from ..outputs.json import as_dict

    try:
        checked = await _api_input(request)
        if isinstance(checked, tuple):
            checked = await run_in_threadpool(site_of(request).checker.check_upload, *checked)
    except WebError as exc:
        return json_error(exc)
    return JSONResponse(as_dict([checked.result]))


async def _api_input(request: Request):
    """Checked (for JSON text) or (filename, bytes) for an upload."""
    from starlette.concurrency import run_in_threadpool

    site = site_of(request)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await read_form(request)
        try:
            upload = form.get("file")
            if upload is not None and not isinstance(upload, str):
                return upload.filename or "", await read_upload(upload, site.max_upload)
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

    checker = site_of(request).checker
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
        return json_error(exc)
    return attachment(out, f"{PurePath(name).stem}-met-opmerkingen.docx", DOCX_TYPE)


async def api_rules(request: Request) -> Response:
    from ..rules.registry import all_rules

    data = [
        {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity, "title": r.title,
         "what": r.what, "opt_in": r.opt_in}
        for r in all_rules()
    ]  # fmt: skip
    return JSONResponse(data)
