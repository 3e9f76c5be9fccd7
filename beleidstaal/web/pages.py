"""The page (works without JavaScript) and its downloads: check, apply a suggestion, filter, download."""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import PurePath
from typing import NamedTuple

from markupsafe import Markup
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from .. import __version__
from ..findings import CATEGORIES, SEVERITIES, SEVERITY_LABELS
from ..numbers import dutch_number
from ..outputs.copy_html import CopyMark, copy_view_html, is_copy
from ..outputs.summary_html import heat_html, priorities_html
from . import render
from .common import DOCX_TYPE, BodyTooLarge, Site, attachment, base, read_upload, site_of
from .service import (
    UPLOAD_KINDS,
    Checked,
    WebError,
    megabytes,
    safe_name,
)


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
    site = site_of(request)
    context = {
        "base": base(request),
        "version": __version__,
        "error": error,
        "text": text,
        "kind": kind,
        "max_upload": megabytes(site.max_upload),
        "max_chars": dutch_number(site.max_chars),
        "accept": ",".join(sorted(UPLOAD_KINDS)),
        "severity_labels": SEVERITY_LABELS,
        "all_categories": CATEGORIES,
    }
    if checked is not None:
        views = render.finding_views(checked, categories, severities)
        summary = checked.result.summary
        context.update(
            priorities=Markup(priorities_html(summary, "eerst-kop", "h3")),
            heat=Markup(heat_html(summary, "moeilijk-kop", "h3")),
            copyview=Markup(copy_view(checked, views)),
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
            unchecked=checked.unchecked,
            focus=render.focus_after(views, applied_at) if applied_at is not None else None,
        )
    html = site.templates.get_template("page.html").render(**context)
    # the page can hold the user's text: never keep it in a cache
    return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})


def copy_view(checked: Checked, views: list) -> str:
    """The copy view (``outputs.copy_html``) of the checked text: its marks link to the cards. Passages whose
    cards the filter hides are not marked; with none left, there is no copy view."""
    marks = [
        CopyMark(v.at, v.to, v.number, v.finding)
        for v in views
        if v.shown and v.marked and is_copy(v.finding)
    ]
    return copy_view_html(
        checked.shown,
        marks,
        checked.result.findings,
        checked.result.words,
        prefix="kopie",
        link=lambda n: f"#f{n}",
    )


async def read_form(request: Request):
    site = site_of(request)
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
        data = await read_upload(upload, site.max_upload)
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
        got = await checked_from_form(site_of(request), form)
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
    return attachment(text.encode("utf-8"), f"{stem}-verbeterd{suffix}", "text/plain; charset=utf-8")


async def download_docx(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    checker = site_of(request).checker
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
    return attachment(out, f"{PurePath(name).stem}-met-opmerkingen.docx", DOCX_TYPE)


def _selection(form, key: str, known) -> set[str] | None:
    """The categories or severities ticked in the filter; None when the form has no filter (show all)."""
    if form.get(f"{key}_filter") is None:
        return None
    return {v for v in form.getlist(key) if isinstance(v, str) and v in known}
