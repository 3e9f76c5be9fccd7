"""The rule tables of the documentation, generated from the registry: the table in ``README.md`` (between the
markers) and the page ``docs/regels.md``. ``tests/test_rule_docs.py`` checks that both are up to date.

Write them again after changing a rule::

    python -m beleidstaal.rules.catalogue          # writes README.md and docs/regels.md
    python -m beleidstaal.rules.catalogue --check  # exit code 1 when one of them is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..findings import SEVERITY_LABELS
from .registry import Rule, all_rules, opt_in_note

BEGIN = "<!-- regels:begin -->"
END = "<!-- regels:end -->"
#: Dutch words for what a rule looks at
SCOPE_NL = {"sentence": "één zin", "paragraph": "één alinea", "document": "het hele document"}


def _level(rule: Rule) -> str:
    """The severity as the reader sees it everywhere: fout, let op or tip."""
    return SEVERITY_LABELS[rule.severity].lower()


def readme_table(rules: list[Rule] | None = None) -> str:
    """The rule table of the README: code, category, severity and the rule's one-line summary."""
    lines = ["| code | categorie | niveau | wat het vindt |", "|---|---|---|---|"]
    for r in rules or all_rules():
        lines.append(f"| {r.code} | {r.category} | {_level(r)} | {r.summary} |")
    return "\n".join(lines)


def with_readme_table(readme: str, rules: list[Rule] | None = None) -> str:
    """``readme`` with the text between the markers replaced by the generated table."""
    head, sep, rest = readme.partition(BEGIN)
    _old, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        raise ValueError(f"README has no {BEGIN} ... {END} markers")
    return f"{head}{BEGIN}\n{readme_table(rules)}\n{END}{tail}"


def _examples(texts: list[str]) -> list[str]:
    # inline code: the examples are shown, not checked (the bad ones are bad on purpose)
    return [f"- `{t}`" for t in texts]


def rules_page(rules: list[Rule] | None = None) -> str:
    """``docs/regels.md``: every rule with what it does, why, and its examples."""
    rules = rules or all_rules()
    out = [
        "# Alle regels",
        "",
        "<!-- Deze pagina is gemaakt met: python -m beleidstaal.rules.catalogue. Pas de regel zelf aan, niet deze "
        "pagina. -->",
        "<!-- beleidstaal-disable-file -->",
        "",
        "Deze pagina toont elke regel van beleidstaal. Dezelfde uitleg krijgt u met `beleidstaal explain CODE`.",
        "",
    ]
    for r in rules:
        out += [
            f"## {r.code} {r.name}: {r.title}",
            "",
            f"Categorie: {r.category} ({r.style.label}). Niveau: {_level(r)}. Kijkt naar: {SCOPE_NL[r.scope]}."
            + (f" {opt_in_note(r)}" if r.opt_in else ""),
            "",
            f"**Wat het doet.** {r.what}",
            "",
            f"**Waarom is dit lastig voor de lezer?** {r.why}",
            "",
            "**Voorbeeld:**",
            "",
            *_examples(r.bad),
            "",
            "**Beter:**",
            "",
            *_examples(r.good),
            "",
        ]
    return "\n".join(out)


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = root or Path(__file__).resolve().parents[2]
    targets = {
        root / "README.md": with_readme_table((root / "README.md").read_text(encoding="utf-8")),
        root / "docs" / "regels.md": rules_page(),
    }
    stale = [p for p, text in targets.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        for p in stale:
            print(f"Niet bijgewerkt: {p}. Maak het opnieuw met: python -m beleidstaal.rules.catalogue")
        return 1 if stale else 0
    for p in stale:
        p.write_text(targets[p], encoding="utf-8")
        print(f"Bijgewerkt: {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
