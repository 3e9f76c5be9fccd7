"""What the page, the downloads and the API share: the site's state, the app's base path, uploads and attachments."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from jinja2 import Environment
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .service import Checker, WebError, megabytes

#: where Guard keeps the app's root path, before any Mount changes ``root_path``
BASE_KEY = "beleidstaal.base"


class BodyTooLarge(Exception):
    pass


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


def site_of(request: Request) -> Site:
    return request.app.state.site


def base(request: Request) -> str:
    """The app's own root path. Not ``root_path`` of the request itself: under ``Mount("/static")`` that also
    holds ``/static`` (a 404 there would link to ``/static/static/app.css``)."""
    return str(request.scope.get(BASE_KEY, request.scope.get("root_path", ""))).rstrip("/")


def is_api(request: Request) -> bool:
    return request.url.path.startswith(base(request) + "/api/")


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


async def read_upload(upload, limit: int) -> bytes:
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


def json_error(exc: WebError) -> JSONResponse:
    return JSONResponse({"error": exc.message}, status_code=exc.status)


def attachment(data: bytes, filename: str, media_type: str) -> Response:
    ascii_name = filename.encode("ascii", "replace").decode("ascii").replace("?", "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(
        data, media_type=media_type, headers={"content-disposition": disposition, "cache-control": "no-store"}
    )
