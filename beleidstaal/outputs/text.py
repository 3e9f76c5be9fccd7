"""``--format text``: one line per finding, grouped per file, with a short summary. Colour only on a terminal."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.markup import escape

from ..core import FileResult
from ..findings import CATEGORIES

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def format_finding(f) -> str:
    line = f"{f.path}:{f.line}:{f.column}: {f.rule} [{f.category}] {f.message}"
    if f.suggestions:
        line += " — " + " / ".join(f.suggestions)
    return line


def render(results: list[FileResult], console: Console) -> None:
    total = Counter()
    errors = 0
    for r in results:
        if r.error:
            errors += 1
            console.print(
                f"[bold]{escape(r.path)}[/bold]: [red]fout:[/red] {escape(r.error)}", highlight=False
            )
            continue
        if not r.findings:
            continue
        console.print(f"[bold underline]{escape(r.path)}[/bold underline]", highlight=False)
        for f in r.findings:
            style = _SEVERITY_STYLE.get(f.severity, "")
            sugg = f" [green]— {escape(' / '.join(f.suggestions))}[/green]" if f.suggestions else ""
            console.print(
                f"{escape(f.path or r.path)}:{f.line}:{f.column}: [{style}]{f.rule}[/{style}] "
                f"[dim]\\[{f.category}][/dim] {escape(f.message)}{sugg}",
                highlight=False,
                soft_wrap=True,
            )
            total[f.category] += 1
        console.print()
    n = sum(total.values())
    files = len(results)
    word = "bestand" if files == 1 else "bestanden"
    if n:
        parts = ", ".join(f"{CATEGORIES.get(c, c).lower()}: {k}" for c, k in total.most_common())
        console.print(
            f"{n} {'melding' if n == 1 else 'meldingen'} in {files} {word} ({parts}).", highlight=False
        )
    else:
        console.print(f"Geen meldingen in {files} {word}.", highlight=False)
    if errors:
        console.print(
            f"[red]{errors} {'bestand kon' if errors == 1 else 'bestanden konden'} niet worden gecontroleerd.[/red]",
            highlight=False,
        )
