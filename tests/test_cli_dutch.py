"""Everything the command line says is Dutch: the help of every command and the errors of bad invocations hold
none of the command-line library's English words, no traceback, and bad use gives exit code 2 (issue 21)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from beleidstaal.cli import app

#: strings of click/typer (and tomllib) that must never reach a Dutch reader
ENGLISH = (
    "Usage", "Options", "Arguments", "Commands", "Show this message", "Error", "Invalid value", "No such",
    "Missing", "Did you mean", "Possible options", "Try ", "for help", "[required]", "[default", "Got unexpected",
    "requires an argument", "does not take a value", "is not one of", "Aborted", "Value error", "env var",
    "deprecated", "not a valid", "<bool>", "<str>", "<int", "<path>", "<float", "list[str]", "Traceback",
    "Expected", "at line", "column", "Cannot", "Unclosed", "Unterminated",
)  # fmt: skip


def beleidstaal(*args):
    """In-process (fast); ``test_the_real_program`` checks the installed entry point once."""
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "100"})
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def english_in(text: str) -> list[str]:
    return [w for w in ENGLISH if re.search(r"(?<![\w-])" + re.escape(w), text)]


def _command_paths() -> list[list[str]]:
    paths = [[]]

    def walk(group, prefix):
        for name, command in group.commands.items():
            paths.append([*prefix, name])
            if hasattr(command, "commands"):
                walk(command, [*prefix, name])

    walk(typer.main.get_command(app), [])
    return paths


COMMANDS = _command_paths()


def test_every_command_is_walked():
    names = {" ".join(p) for p in COMMANDS}
    assert {"check", "rules", "explain", "batch report", "index build", "lsp", "web"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "beleidstaal")
def test_help_is_dutch(path):
    proc = beleidstaal(*path, "--help")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout + proc.stderr
    assert "Gebruik:" in out and "Toon deze uitleg." in out
    assert not english_in(out), (english_in(out), out)


BAD = [
    (["chek"], "Bedoelde u: check?"),
    (["check", "--nope", "x.md"], "Onbekende optie --nope"),
    (["check", "--format", "xml", "x.md"], "Onbekende uitvoervorm 'xml'"),
    (["check", "--format", "jsno", "x.md"], "Bedoelde u: json?"),
    (["check", "--fail-level", "warn", "x.md"], "Bedoelde u: warning?"),
    (["check", "--select", "ambtelijke", "x.md"], "Bedoelde u: ambtelijk"),
    (["check", "--ignore", "BT999", "x.md"], "Onbekende regel 'BT999'"),
    (["check", "--jobs", "0", "x.md"], "heel getal van 1 of meer"),
    (["check", "--format"], "Na --format hoort een waarde"),
    (["explain"], "Geef CODE op"),
    (["explain", "BT999"], "Er is geen regel 'BT999'"),
    (["rules", "extra"], "Te veel argumenten: extra"),
    (["rules", "--format", "html"], "Kies uit: text, json"),
    (["index", "build", "map"], "De optie --output is verplicht"),
    (["batch", "report"], "Geef MAP op"),
    (["lsp", "--debounce-ms", "veel"], "--debounce-ms"),
    (["web", "--port", "0"], "van 1 tot en met 65535"),
    (["check", "--config", "kapot.toml", "x.md"], "op regel 1, kolom"),
]


@pytest.mark.parametrize(("args", "expected"), BAD, ids=lambda a: " ".join(a) if isinstance(a, list) else "")
def test_bad_invocation_is_dutch_with_code_2(args, expected, tmp_path, monkeypatch):
    (tmp_path / "x.md").write_text("Wij halen het afval op.\n", encoding="utf-8")
    (tmp_path / "kapot.toml").write_text("select = [ambtelijk]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    proc = beleidstaal(*args)
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert expected in " ".join(proc.stderr.split()), proc.stderr
    assert not english_in(proc.stdout + proc.stderr), (english_in(proc.stdout + proc.stderr), proc.stderr)
    assert proc.stdout == "", "diagnostics belong on standard error"


def test_the_real_program(tmp_path):
    """The installed entry point (python -m beleidstaal) speaks the same Dutch and never shows a traceback."""
    for args, expected in (
        (["chek"], "Bedoelde u: check?"),
        (["check", "--format", "xml", "x.md"], "Kies uit"),
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "beleidstaal", *args], capture_output=True, text=True, cwd=tmp_path, timeout=300,
            env={**os.environ, "COLUMNS": "100"},
        )  # fmt: skip
        assert proc.returncode == 2 and expected in " ".join(proc.stderr.split()), proc.stderr
        assert not english_in(proc.stdout + proc.stderr)


@pytest.mark.parametrize("args", [[], ["index"]], ids=["beleidstaal", "index"])
def test_no_arguments_show_the_help_once(args):
    proc = beleidstaal(*args)
    assert proc.returncode == 2
    assert proc.stdout.count("Toon deze uitleg.") == 1, proc.stdout


def test_an_error_keeps_a_long_path_whole(tmp_path):
    """The error line is not broken inside a file name at the terminal's width: a reader copies the path."""
    missing = tmp_path / ("een-map-met-een-heel-lange-naam-" * 3) / "niet-bestaande-index.sqlite"
    result = CliRunner().invoke(
        app, ["check", "-", "--reference", str(missing)], input="Een korte zin.\n", terminal_width=80
    )
    assert result.exit_code == 2, result.output
    assert str(missing) in result.output
