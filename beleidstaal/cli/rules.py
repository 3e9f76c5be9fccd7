"""``beleidstaal rules`` and ``beleidstaal explain``: the rules and what each one finds."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console

from .common import Format, TextOrJson, app, choice, fail, metavar


@app.command()
def rules(
    format: str = typer.Option(
        "text",
        "--format",
        "-f",
        metavar=metavar(TextOrJson),
        callback=choice(TextOrJson, "Onbekende uitvoervorm"),
        help="text of json.",
    ),
) -> None:
    """Toon alle regels: code, naam, categorie, niveau en wat ze vinden."""
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
    table = Table(title="Regels van beleidstaal", show_lines=False)
    for col in ("Code", "Naam", "Categorie", "Niveau", "Wat het vindt"):
        table.add_column(col)
    for r in all_:
        what = r.what + (f"\n[dim]{r.extra().splitlines()[0]}[/dim]" if r.extra else "")
        table.add_row(r.code, r.name, r.category, r.severity, what)
    Console(highlight=False).print(table)
    Console(highlight=False).print("Meer uitleg over een regel: beleidstaal explain CODE")


@app.command()
def explain(
    code: str = typer.Argument(..., metavar="CODE", help="De code (BT101) of naam (jargon) van een regel."),
) -> None:
    """Leg een regel uit: wat hij vindt, waarom dat lastig is voor de lezer, en een voorbeeld."""
    from ..rules.registry import all_rules, did_you_mean, get_rule

    rule = get_rule(code)
    if rule is None:
        rules = all_rules()
        hint = did_you_mean(code, [r.code for r in rules] + [r.name for r in rules])
        fail(f"Er is geen regel '{code}'.{hint} Bestaande regels: {', '.join(r.code for r in rules)}.")
    out = Console(highlight=False)
    out.print(
        f"[bold]{rule.code} {rule.name}[/bold] — {rule.title} (categorie: {rule.category}, niveau: {rule.severity})"
    )
    out.print()
    out.print("[bold]Wat het doet[/bold]")
    out.print(rule.what)
    out.print()
    out.print("[bold]Waarom is dit lastig voor de lezer?[/bold]")
    out.print(rule.why)
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
