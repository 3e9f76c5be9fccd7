"""The parts of ``README.md`` that the command line itself writes: the sample output at the top (the real output
of ``beleidstaal check`` on the sample sentence) and the options table of ``check`` (from the command's own
options and help texts). ``tests/test_readme.py`` checks that both are up to date.

Write them again after changing an option or the output::

    python -m beleidstaal.cli.readme          # writes README.md
    python -m beleidstaal.cli.readme --check  # exit code 1 when README.md is out of date
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

SAMPLE = ("<!-- voorbeeld:begin -->", "<!-- voorbeeld:end -->")
OPTIONS = ("<!-- opties:begin -->", "<!-- opties:end -->")
#: the sentence the README shows, and the file name it is checked under
SAMPLE_TEXT = "Middels deze nota informeert het college de raad.\n"
SAMPLE_FILE = "nota.md"


def replace_between(text: str, markers: tuple[str, str], body: str) -> str:
    head, sep, rest = text.partition(markers[0])
    _old, sep2, tail = rest.partition(markers[1])
    if not sep or not sep2:
        raise ValueError(f"README has no {markers[0]} ... {markers[1]} markers")
    return f"{head}{markers[0]}\n{body}\n{markers[1]}{tail}"


def sample_output() -> str:
    """What ``beleidstaal check nota.md`` prints for the sample sentence, as a fenced block."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / SAMPLE_FILE).write_text(SAMPLE_TEXT, encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "beleidstaal", "check", "--no-cache", SAMPLE_FILE],
            cwd=folder, capture_output=True, text=True, timeout=300,
            env={"BELEIDSTAAL_CACHE_DIR": folder, "COLUMNS": "200", "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        # exit code 1 also means "findings", so an empty output is the sign that the check itself failed
        # (for instance 'No module named beleidstaal' where the package is not installed)
        raise RuntimeError(proc.stderr or "check gave no output")
    return "```\n" + proc.stdout.rstrip("\n") + "\n```"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def options_table(*path: str) -> str:
    """The options of a command (default ``check``) as a Markdown table: option, value, what it does."""
    import typer

    from . import app

    command = typer.main.get_command(app)
    for name in path or ("check",):
        command = command.commands[name]
    ctx = typer.Context(command)
    lines = ["| optie | waarde | wat het doet |", "|---|---|---|"]
    for param in command.get_params(ctx):
        if param.param_type_name != "option" or getattr(param, "hidden", False):
            continue
        names = ", ".join(f"`{o}`" for o in [*param.opts, *param.secondary_opts])
        value = param.display_type_rich(ctx) or ""
        lines.append(f"| {names} | {_cell(f'`{value}`') if value else ''} | {_cell(param.help or '')} |")
    return "\n".join(lines)


def with_generated_parts(readme: str) -> str:
    readme = replace_between(readme, SAMPLE, sample_output())
    # the help texts name stiff words as examples ('middels'): beleidstaal does not check its own table
    table = f"<!-- beleidstaal: uit -->\n{options_table()}\n<!-- beleidstaal: aan -->"
    return replace_between(readme, OPTIONS, table)


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = (root or Path(__file__).resolve().parents[2]) / "README.md"
    old = path.read_text(encoding="utf-8")
    new = with_generated_parts(old)
    if "--check" in argv:
        if new != old:
            print(f"Niet bijgewerkt: {path}. Maak het opnieuw met: python -m beleidstaal.cli.readme")
        return int(new != old)
    if new != old:
        path.write_text(new, encoding="utf-8")
        print(f"Bijgewerkt: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
