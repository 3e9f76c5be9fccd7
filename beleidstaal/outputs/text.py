"""``--format text``: one line per finding, grouped per file, with a short summary. Colour only on a terminal."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.markup import escape

from ..core import FileResult
from ..findings import CATEGORIES

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def new_suggestions(f) -> list[str]:
    """The suggestions the message does not already quote ('Schrijf liever: 'met', 'via'.'), so that each one is
    printed once per line."""
    said = f.message.lower()
    return [s for s in f.suggestions if f"'{s.lower()}'" not in said]


def format_finding(f) -> str:
    line = f"{f.path}:{f.line}:{f.column}: {f.rule} [{f.category}] {f.message}"
    if new_suggestions(f):
        line += " — " + " / ".join(new_suggestions(f))
    return line


def render(results: list[FileResult], console: Console) -> None:
    """The findings and a summary of the files that were read. Files that could not be read are diagnostics: the
    command line prints them on standard error (``errors_text``)."""
    total = Counter()
    for r in results:
        if r.error:
            continue
        if not r.findings:
            continue
        console.print(f"[bold underline]{escape(r.path)}[/bold underline]", highlight=False)
        for f in r.findings:
            style = _SEVERITY_STYLE.get(f.severity, "")
            more = new_suggestions(f)
            sugg = f" [green]— {escape(' / '.join(more))}[/green]" if more else ""
            console.print(
                f"{escape(f.path or r.path)}:{f.line}:{f.column}: [{style}]{f.rule}[/{style}] "
                f"[dim]\\[{f.category}][/dim] {escape(f.message)}{sugg}",
                highlight=False,
                soft_wrap=True,
            )
            total[f.category] += 1
        console.print()
    n = sum(total.values())
    files = sum(1 for r in results if not r.error)
    word = "bestand" if files == 1 else "bestanden"
    if n:
        parts = ", ".join(f"{CATEGORIES.get(c, c).lower()}: {k}" for c, k in total.most_common())
        console.print(
            f"{n} {'melding' if n == 1 else 'meldingen'} in {files} {word} ({parts}).", highlight=False
        )
    elif files:
        console.print(f"Geen meldingen in {files} {word}.", highlight=False)


def errors_text(results: list[FileResult]) -> list[str]:
    """One line per file that could not be checked, and a count: for standard error (Rich markup)."""
    lines = [f"[bold]{escape(r.path)}[/bold]: [red]fout:[/red] {escape(r.error)}" for r in results if r.error]
    if len(lines) > 1 or (lines and len(results) > 1):
        n = len(lines)
        lines.append(
            f"[red]{n} {'bestand kon' if n == 1 else 'bestanden konden'} niet worden gecontroleerd.[/red]"
        )
    return lines
