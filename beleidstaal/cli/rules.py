"""``beleidstaal rules`` and ``beleidstaal explain``: the rules and what each one finds."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console

from .common import Format, app, fail, format_option


@app.command()
def rules(
    format: str = format_option(),
) -> None:
    """Toon alle regels: code, naam, categorie, niveau en wat ze vinden."""
    from rich import box
    from rich.table import Table

    from ..rules.registry import all_rules

    all_ = all_rules()
    if format == Format.json:
        data = [
            {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity, "title": r.title,
             "what": r.what, "opt_in": r.opt_in}
            for r in all_
        ]  # fmt: skip
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    from ..findings import SEVERITY_LABELS

    # narrow enough for an 80-column terminal: the one-line summary wraps in the last column; the name never
    # breaks (it is what --select takes), the category stands under it
    table = Table(title="Regels van beleidstaal", box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    table.add_column("Code", no_wrap=True)
    table.add_column("Naam en categorie", no_wrap=True)
    table.add_column("Niveau", no_wrap=True)
    table.add_column("Wat het vindt", ratio=1, min_width=20)
    for r in all_:
        table.add_row(
            r.code,
            f"{r.name}\n[dim]{r.category}[/dim]",
            SEVERITY_LABELS[r.severity].lower(),
            r.summary.replace("`", ""),
        )
    out = Console(highlight=False)
    out.print(table)
    out.print("Meer uitleg over een regel: beleidstaal explain CODE")


@app.command()
def explain(
    code: str = typer.Argument(..., metavar="CODE", help="De code (BT101) of naam (jargon) van een regel."),
) -> None:
    """Leg een regel uit: wat hij vindt, waarom dat lastig is voor de lezer, en een voorbeeld."""
    from ..findings import SEVERITY_LABELS
    from ..rules.registry import all_rules, did_you_mean, get_rule, opt_in_note

    rule = get_rule(code)
    if rule is None:
        rules = all_rules()
        hint = did_you_mean(code, [r.code for r in rules] + [r.name for r in rules])
        fail(f"Er is geen regel '{code}'.{hint} Bestaande regels: {', '.join(r.code for r in rules)}.")
    out = Console(highlight=False)
    out.print(
        f"[bold]{rule.code} {rule.name}[/bold] — {rule.title} (categorie: {rule.category}, niveau: "
        f"{SEVERITY_LABELS[rule.severity].lower()})"
    )
    out.print()
    out.print("[bold]Wat het doet[/bold]")
    out.print(rule.what)
    out.print()
    out.print("[bold]Waarom is dit lastig voor de lezer?[/bold]")
    out.print(rule.why)
    if rule.opt_in:
        out.print(opt_in_note(rule))
    out.print()
    out.print("[bold]Voorbeeld[/bold]")
    for b in rule.bad:
        out.print(f"  {b}")
    out.print()
    out.print("[bold]Beter[/bold]")
    for g in rule.good:
        out.print(f"  {g}")
    if rule.extra:
        out.print()
        out.print(rule.extra())
