"""What the web front end does with a text or a file, without any HTTP: check, apply a suggestion, annotate.

Every check goes through the core (``read_bytes`` → ``check_document``), exactly as ``beleidstaal check`` does, so
the API returns the same JSON as the command line. Checks run one at a time behind a lock: the spaCy pipeline and
the analysis cache are shared by all requests.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import PurePath, PureWindowsPath

from ..config import Config
from ..core import FileResult, check_document
from ..errors import BeleidstaalError, InputError
from ..limits import MAX_FILE_BYTES
from ..numbers import dutch_number
from ..readers import SUFFIXES
from ..readers.text import looks_binary

log = logging.getLogger("beleidstaal.web")

#: largest upload, in bytes: the largest file the readers take
DEFAULT_MAX_UPLOAD = MAX_FILE_BYTES
#: longest text that is checked, in characters (about 30,000 words: a long nota)
DEFAULT_MAX_CHARS = 200_000

#: the files the page accepts, and the reader kind for each: the same as ``beleidstaal check`` reads
UPLOAD_KINDS = SUFFIXES
#: the Word kinds: uploaded as a zip package, checked with figures, annotated and edited in place
WORD_KINDS = ("docx", "odt")

ACCEPTED = "een Word-bestand (.docx), een OpenDocument-bestand (.odt), een Markdown-bestand (.md) of een tekstbestand (.txt)"


class WebError(Exception):
    """A problem with what the user sent: a Dutch message and the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class Checked:
    """One checked text: the core's result and what the page needs to show it again."""

    result: FileResult
    #: the text as the user wrote it; finding offsets point into it
    source: str
    #: text, markdown, docx or odt
    kind: str
    #: the uploaded file's name, if any
    name: str | None = None
    #: the uploaded Word file, kept only for the length of the request (for the commented copy and for applying
    #: a suggestion in the file itself)
    docx: bytes | None = None
    #: readability figures for the page: (label, value) rows, and how they are computed
    figures: list[tuple[str, str]] | None = None
    method: str | None = None

    @property
    def editable(self) -> str:
        """The text for the text box and for applying suggestions. A Word file's paragraphs are one line each in
        ``source``; here they are separated by a blank line, so that they stay paragraphs when checked as text."""
        return self.source.replace("\n", "\n\n") if self.kind in WORD_KINDS else self.source

    def editable_offset(self, offset: int) -> int:
        """Where a source offset is in ``editable``."""
        return offset + self.source.count("\n", 0, offset) if self.kind in WORD_KINDS else offset

    @property
    def shown(self) -> str:
        """The text the page shows with the findings marked: the source, but for Markdown the analysed text
        (without ``#``, front matter, code and link targets), so that no raw Markdown syntax is shown."""
        document = self.result.document
        if self.kind == "markdown" and document is not None:
            return document.text
        return self.source

    def shown_span(self, finding) -> tuple[int, int]:
        """Where a finding is in ``shown``."""
        if self.kind == "markdown" and self.result.document is not None:
            return finding.start, finding.end
        return finding.offset, finding.end_offset

    @property
    def unchecked(self) -> list:
        """Parts of the source that were not checked (HTML blocks in Markdown): ``document.Unchecked`` items."""
        document = self.result.document
        return list(document.unchecked) if document is not None else []


def megabytes(n: int) -> str:
    mb = n / (1024 * 1024)
    return f"{mb:.0f} MB" if mb >= 1 else f"{max(1, round(n / 1024))} kB"


def safe_name(filename: str | None) -> str:
    """The bare file name of an upload (browsers on Windows may send a whole path), without control characters."""
    name = PureWindowsPath(PurePath(filename or "").name).name
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '"\\/')
    return name.strip()[:200] or "tekst.txt"


class Checker:
    """Checks texts and uploads with one configuration; safe to call from many threads."""

    def __init__(
        self,
        config: Config | None = None,
        *,
        max_upload: int = DEFAULT_MAX_UPLOAD,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.config = config or Config()
        self.max_upload = max_upload
        self.max_chars = max_chars
        self._lock = threading.Lock()

    def load(self) -> None:
        """Load the language model and the rules now, so the first check is not slow. Raises ModelError."""
        from ..nlp import get_analyser
        from ..rules.registry import all_rules

        get_analyser(self.config.model)
        all_rules()
        # one small check builds the rules' word lists and indexes now, not during the first user's request
        self.check_text("Middels deze korte zin wordt alles klaargezet.", figures=True)

    # -- checking -------------------------------------------------------------------------------------------------

    def check_text(self, text: str, *, kind: str = "text", path: str = "-", figures: bool = False) -> Checked:
        """A pasted text. ``path`` is ``-``, as ``beleidstaal check -`` prints it for standard input."""
        if kind not in ("text", "markdown"):
            from ..rules.registry import did_you_mean

            hint = did_you_mean(kind, ("text", "markdown")) if isinstance(kind, str) else ""
            raise WebError(f"Kies als soort tekst 'text' (gewone tekst) of 'markdown'.{hint}", 400)
        if not isinstance(text, str) or not text.strip():
            raise WebError("Er is geen tekst om te controleren. Plak een tekst of kies een bestand.", 400)
        self._check_length(len(text), "De tekst")
        return self._run(text.encode("utf-8"), kind=kind, path=path, name=None, figures=figures)

    def check_upload(self, filename: str | None, data: bytes, *, figures: bool = False) -> Checked:
        """An uploaded file of a kind that ``beleidstaal check`` reads (.docx, .odt, .md, .txt)."""
        name = safe_name(filename)
        suffix = PurePath(name).suffix.lower()
        kind = UPLOAD_KINDS.get(suffix)
        if kind is None:
            what = f"een {suffix}-bestand" if suffix else "een bestand zonder extensie"
            raise WebError(f"Dit is {what}. beleidstaal kan alleen {ACCEPTED} lezen.", 415)
        if len(data) > self.max_upload:
            raise WebError(
                f"Het bestand is te groot ({megabytes(len(data))}). "
                f"U kunt bestanden tot {megabytes(self.max_upload)} controleren. Splits het bestand op.",
                413,
            )
        if not data.strip():
            raise WebError("Het bestand is leeg. Er is niets te controleren.", 400)
        if kind in WORD_KINDS:
            if not data.startswith(b"PK\x03\x04"):
                raise WebError(
                    f"Dit bestand is geen geldig {suffix}-bestand. Het is beschadigd of een ander soort bestand "
                    f"met de naam {suffix}. Open het in uw tekstverwerker en sla het opnieuw op als {suffix}.",
                    400,
                )
        elif looks_binary(data):
            raise WebError(
                f"Dit bestand bevat geen tekst maar binaire gegevens. Kies {ACCEPTED}.",
                415,
            )
        return self._run(data, kind=kind, path=name, name=name, figures=figures)

    def _check_length(self, n: int, what: str) -> None:
        if n > self.max_chars:
            raise WebError(
                f"{what} is te lang ({dutch_number(n)} tekens). U kunt hier teksten tot "
                f"{dutch_number(self.max_chars)} tekens controleren. Splits de tekst op in delen.",
                413,
            )

    def _run(self, data: bytes, *, kind: str, path: str, name: str | None, figures: bool = False) -> Checked:
        from ..readers import read_bytes

        try:
            document = read_bytes(data, kind=kind, path=path)
        except BeleidstaalError as exc:
            raise WebError(str(exc), 400) from None
        except Exception:  # a broken file must never take the server down
            log.exception("reading %s failed", path)
            raise WebError(
                "Het bestand kan niet worden gelezen. Misschien is het beschadigd. "
                "Open het in Word of een teksteditor, sla het opnieuw op en probeer het nog eens.",
                400,
            ) from None
        self._check_length(len(document.text), "De tekst in het bestand" if name else "De tekst")
        rows = method = None
        with self._lock:
            try:
                result = check_document(document, self.config)
            except BeleidstaalError as exc:
                raise WebError(str(exc), 400) from None
            if figures:
                from .figures import readability

                rows, method = readability(result.figures)
        source = document.source if isinstance(document.source, str) else document.text
        return Checked(result, source, kind, name, data if kind == "docx" else None, rows, method)

    # -- suggestions and downloads --------------------------------------------------------------------------------

    @staticmethod
    def apply(source: str, offset: int, end_offset: int, expected: str, replacement: str) -> str:
        """Put ``replacement`` in place of ``source[offset:end_offset]``, if that still is ``expected``."""
        if not (0 <= offset <= end_offset <= len(source)) or source[offset:end_offset] != expected:
            raise WebError(
                "Deze verbetering past niet meer bij de tekst. Controleer de tekst opnieuw en kies dan een verbetering.",
                400,
            )
        return source[:offset] + replacement + source[end_offset:]

    def apply_docx(self, data: bytes, offset: int, end_offset: int, expected: str, replacement: str) -> bytes:
        """A copy of the Word file ``data`` with ``replacement`` in place of ``expected`` at source offsets
        ``offset:end_offset`` (the source of a Word file has one line per paragraph)."""
        from ..outputs.docx_comments import replace_text
        from ..readers import read_bytes

        try:
            document = read_bytes(data, kind="docx", path="document.docx")
        except Exception:
            raise WebError(
                "Het Word-bestand kan niet worden gelezen. Kies het bestand opnieuw.", 400
            ) from None
        if document.source[offset:end_offset] != expected or "\n" in expected:
            self.apply(document.source, offset, end_offset, expected, replacement)  # raises the Dutch error
        line, column = document.line_column(offset)
        try:
            return replace_text(data, line, column - 1, column - 1 + len(expected), expected, replacement)
        except InputError as exc:
            raise WebError(str(exc), 400) from None

    def annotate(self, checked: Checked) -> bytes:
        """The uploaded Word file with one comment per finding."""
        from ..outputs.docx_comments import annotate_docx as fn

        if checked.docx is None or checked.kind != "docx":
            raise WebError(
                "Een Word-bestand met opmerkingen kan alleen voor een geüpload Word-bestand (.docx).", 400
            )
        try:
            with self._lock:
                return _call_annotator(fn, checked)
        except WebError:
            raise
        except InputError as exc:
            raise WebError(str(exc), 400) from None
        except Exception:
            log.exception("annotating %s failed", checked.name)
            raise WebError("Het Word-bestand met opmerkingen kon niet worden gemaakt.", 500) from None


def _call_annotator(fn, checked: Checked) -> bytes:
    out = fn(checked.docx, checked.result.findings, summary=checked.result.summary)
    if isinstance(out, tuple):
        out = out[0]
    if isinstance(out, bytes | bytearray):
        return bytes(out)
    raise TypeError(f"annotate_docx returned {type(out).__name__}")
