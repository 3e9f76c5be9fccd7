"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::warning file=nota.md,line=3,col=18,endLine=3,endColumn=25,title=BT101 ambtelijke-taal::bericht``. Levels:
error → ``error``, warning → ``warning``, info → ``notice``. A file that could not be read is an ``error``.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..result import FileResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _file(path: str | None) -> str:
    if not path or path == "-":
        return "-"
    return Path(path).as_posix()


def annotation(f) -> str:
    props = [
        f"file={escape_property(_file(f.path))}",
        f"line={f.line}",
        f"col={f.column}",
        f"endLine={f.end_line or f.line}",
        f"endColumn={f.end_column or f.column}",
        f"title={escape_property(f'{f.rule} {f.name}')}",
    ]
    message = f.message
    if f.suggestions and not all(f"'{s.lower()}'" in message.lower() for s in f.suggestions):
        message += " Suggestie: " + " / ".join(f.suggestions) + "."
    return f"::{COMMANDS.get(f.severity, 'warning')} {','.join(props)}::{escape_data(message)}"


def render(results: list[FileResult], config: Config | None = None) -> str:
    lines = []
    for r in results:
        if r.error:
            lines.append(
                f"::error file={escape_property(_file(r.path))},title=beleidstaal::{escape_data(r.error)}"
            )
        lines.extend(annotation(f) for f in r.findings)
    return "\n".join(lines) + ("\n" if lines else "")
