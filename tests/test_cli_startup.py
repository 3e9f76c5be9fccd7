"""The shells start fast: `--help`, `rules`, `explain` and `info` never load spaCy (issue 20). Timings live in
bench/cli_startup.py; this test checks the cause (what gets imported), not the clock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import sys
from beleidstaal.cli import app
try:
    app({args!r}, standalone_mode=False)
except SystemExit:
    pass
print("SPACY-LOADED" if "spacy" in sys.modules else "SPACY-NOT-LOADED", file=sys.stderr)
"""


def _quick_first(cases: list) -> list:
    """Each case a Python process (0.3-0.5 s): the quick loop runs the first, CI all of them."""
    return [case if i == 0 else pytest.param(case, marks=pytest.mark.slow) for i, case in enumerate(cases)]


@pytest.mark.parametrize(
    "args", _quick_first([["--help"], ["rules"], ["explain", "BT101"], ["explain", "lange-zin"], ["info"]])
)
def test_command_does_not_load_spacy(args, tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert "SPACY-NOT-LOADED" in proc.stderr, proc.stdout + proc.stderr


PYDANTIC_PROBE = """
import sys
from beleidstaal.cli import main
sys.argv = ["beleidstaal", *{args!r}]
try:
    main()
except SystemExit as exc:
    print("EXIT", exc.code, file=sys.stderr)
print(sorted({{m.split(".")[0] for m in sys.modules}} & {{"pydantic", "pydantic_core", "spacy"}}), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    _quick_first([["explain", "BT101"], ["--help"], ["explain", "jargon"], ["explain", "BT999"], ["rules"],
                  ["rules", "--format", "json"], ["info"], ["info", "-f", "json"], ["--version"]]),
)  # fmt: skip
def test_quick_commands_do_not_import_pydantic(args, tmp_path):
    """typer 0.29 coerces parameter values through pydantic (about 0.11 s to import); the text and switch
    parameters of the quick commands do without it (``cli/plain_params.py``)."""
    proc = subprocess.run(
        [sys.executable, "-c", PYDANTIC_PROBE.format(args=args)], capture_output=True, text=True, cwd=tmp_path,
        timeout=120,
    )  # fmt: skip
    assert proc.stderr.splitlines()[-1] == "[]", proc.stdout + proc.stderr
    assert ("EXIT 2" if args[-1] == "BT999" else "EXIT 0") in proc.stderr, proc.stdout + proc.stderr


def _probe_app(typer_class):
    """A command with every kind of parameter the CLI uses, recording the values it gets."""
    import typer

    app = typer_class()
    seen: dict = {}

    @app.command()
    def probe(
        name: str = typer.Argument(...),
        agree: bool = typer.Argument(...),
        loud: bool = typer.Option(False, "--loud"),
        label: str = typer.Option("standaard", "--label"),
        count: int = typer.Option(1, "--count"),
        jobs: int | None = typer.Option(None, "--jobs", min=1),
        output: Path | None = typer.Option(None, "--output"),
        select: list[str] | None = typer.Option(None, "--select"),
    ) -> None:
        seen.clear()
        seen.update(name=name, agree=agree, loud=loud, label=label, count=count, jobs=jobs, output=output)
        seen.update(select=select)

    @app.command()
    def other(paths: list[str] = typer.Argument(None)) -> None:
        seen.clear()
        seen.update(paths=paths)

    return typer.main.get_command(app), seen  # the click command that runs, with its parameters


def _outcome(command, args) -> int:
    """The exit code of a run (typer's own app raises its usage errors where the Dutch one reports them)."""
    try:
        return command.main(args, standalone_mode=False) or 0
    except Exception as exc:  # typer's click exceptions carry the exit code
        return exc.exit_code


PROBE_ARGS = [
    ["probe", "café", "yes", "--loud", "--count", "3"],
    ["probe", "x", "0", "--label", "ander", "--jobs", "2", "--output", "uit.json"],
    ["probe", "x", "1", "--select", "BT101", "--select", "jargon,BT2"],
    ["probe", "x", "misschien"],  # typer's own error for a yes/no argument that is neither
    ["probe", "x", "1", "--jobs", "0"],  # below the minimum
    ["probe", "x", "1", "--count", "veel"],  # not a number
    ["other", "a.md", "b.md"],
    ["other"],
]


@pytest.mark.parametrize("args", PROBE_ARGS)
def test_plain_params_give_the_values_typer_gives(args):
    """A value that was not given, a text, a switch or a list of texts comes through without typer's pydantic
    coercion; any other value (the text 'yes' for a yes/no argument, a number, a path) still goes through it,
    errors included: the values and exit codes are those of a plain typer app."""
    import typer

    from beleidstaal.cli.dutch import DutchTyper
    from beleidstaal.cli.plain_params import PlainParam

    ours, ours_seen = _probe_app(DutchTyper)
    theirs, theirs_seen = _probe_app(typer.Typer)
    assert _outcome(ours, args) == _outcome(theirs, args)
    assert ours_seen == theirs_seen
    assert {k: type(v) for k, v in ours_seen.items()} == {k: type(v) for k, v in theirs_seen.items()}
    kinds = {type(p._runtime_param).__name__ for p in ours.commands[args[0]].params}
    assert kinds == {PlainParam.__name__}


LAZY_PROBE = """
import sys
from beleidstaal.cli import app
try:
    app({args!r}, standalone_mode=False)
except SystemExit:
    pass
print(sorted(m for m in sys.modules if m.startswith("beleidstaal.")))
"""

#: what only a check needs: the detectors, the rewriters and the matchers with their patterns and language data
CHECK_ONLY = [
    "beleidstaal.language.data",
    "beleidstaal.language.morphology",
    "beleidstaal.language.names",
    "beleidstaal.language.nominalisation",
    "beleidstaal.language.passive",
    "beleidstaal.language.passive_worth",
    "beleidstaal.language.quotation",
    "beleidstaal.language.quote_kinds",
    "beleidstaal.language.realise",
    "beleidstaal.rules.copy_kinds",
    "beleidstaal.rules.copy_spans",
    "beleidstaal.rules.copy_summary",
    "beleidstaal.rules.lexicon_match",
    "beleidstaal.rules.lexicon_store",
    "beleidstaal.rules.passive_guards",
    "beleidstaal.rules.passive_phrases",
    "beleidstaal.rules.passive_rewrite",
]


@pytest.mark.parametrize("args", _quick_first([["explain", "BT101"], ["explain", "BT501"], ["rules"]]))
def test_explain_imports_the_rules_without_what_the_check_needs(args, tmp_path):
    """Every rule is registered (explain and rules show them all), but the language modules and the matchers are
    imported only when a check runs (issue 20)."""
    proc = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE.format(args=args)], capture_output=True, text=True, cwd=tmp_path,
        timeout=120,
    )  # fmt: skip
    loaded = proc.stdout.strip().splitlines()[-1]
    assert "beleidstaal.rules.tang" in loaded and "beleidstaal.rules.copy" in loaded, (
        proc.stdout + proc.stderr
    )
    assert [m for m in CHECK_ONLY if f"'{m}'" in loaded] == [], loaded


def test_the_modules_the_probe_looks_for_exist():
    """Every name in CHECK_ONLY is a real module, so the test above cannot pass because of a typo or a rename."""
    import importlib

    for name in CHECK_ONLY:
        importlib.import_module(name)


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_check_still_loads_the_model(tmp_path):
    """The probe can tell: a real check does load spaCy."""
    note = tmp_path / "nota.md"
    note.write_text("Wij halen het afval op.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=["check", "--no-cache", str(note)])],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert "SPACY-LOADED" in proc.stderr and "SPACY-NOT-LOADED" not in proc.stderr, proc.stderr


ADAPTER_PROBE = """
import sys
from beleidstaal.cli import main
sys.argv = ["beleidstaal", "check", "--no-cache", {note!r}]
try:
    main()
except SystemExit as exc:
    print("EXIT", exc.code, file=sys.stderr)
print("ADAPTERS" if "typer._adapters" in sys.modules else "NO-ADAPTERS", file=sys.stderr)
"""


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_a_check_of_a_file_does_without_typers_pydantic_coercion(tmp_path):
    """A check with a file and switches builds no pydantic adapter in typer (``cli/plain_params.py``)."""
    note = tmp_path / "nota.md"
    note.write_text("Wij halen het afval op.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", ADAPTER_PROBE.format(note=str(note))], capture_output=True, text=True,
        cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert proc.stderr.splitlines()[-2:] == ["EXIT 0", "NO-ADAPTERS"], proc.stdout + proc.stderr


def test_package_face_still_offers_the_api():
    import beleidstaal

    assert callable(beleidstaal.check_text) and beleidstaal.Finding.__name__ == "Finding"
    assert "check_text" in dir(beleidstaal)
    with pytest.raises(AttributeError):
        _ = beleidstaal.no_such_name


def test_explain_reads_only_the_word_lists_of_its_rule():
    from beleidstaal.lexicon import DEFAULT_RULES, builtin_lexicons_for, load_lexicons

    everything = [e for lex in load_lexicons() for e in lex.entries]
    for code in {*DEFAULT_RULES.values(), "BT103", "BT202"}:
        own = [e for lex in builtin_lexicons_for(code) for e in lex.entries]
        assert own and own == [e for e in everything if e.rule == code], code
    assert builtin_lexicons_for("BT401") == ()


SPACY_PROBE = """
import sys
import beleidstaal.nlp
print("CLI-LOADED" if "spacy.cli" in sys.modules or "weasel" in sys.modules else "CLI-NOT-LOADED")
import spacy
info = spacy.info  # spaCy's own names are all there, imported on first use
from spacy.cli import download
print(info.__module__, download.__module__, spacy.cli.download is download, spacy.cli.info is info)
try:
    spacy.no_such_name
except AttributeError as exc:
    print("AttributeError", exc)
"""


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_the_check_imports_spacy_without_its_command_line(tmp_path):
    """spaCy's package imports its command line (weasel, requests, every command) only to offer ``spacy.info``;
    beleidstaal imports spaCy without it, and spaCy's command line is still there for whoever asks."""
    proc = subprocess.run(
        [sys.executable, "-c", SPACY_PROBE], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert proc.stdout.splitlines() == [
        "CLI-NOT-LOADED",
        "spacy.cli.info spacy.cli.download True True",
        "AttributeError module 'spacy' has no attribute 'no_such_name'",
    ], proc.stdout + proc.stderr


FALLBACK_PROBE = """
import sys
from beleidstaal.model import import_spacy

class FailOnce:  # a spaCy whose package fails while the stand-in is there (as one needing more of spacy.cli would)
    failed = False

    def find_spec(self, name, path=None, target=None):
        if name == "spacy.about" and not FailOnce.failed:
            FailOnce.failed = True
            raise ImportError("simulated")

sys.meta_path.insert(0, FailOnce())
import_spacy()
import spacy
print(FailOnce.failed, spacy.info.__module__, "spacy.cli" in sys.modules)
"""


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_a_spacy_that_needs_its_command_line_is_imported_as_usual(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", FALLBACK_PROBE], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert proc.stdout.split() == ["True", "spacy.cli.info", "True"], proc.stdout + proc.stderr


YAML_PROBE = """
import sys
{setup}
print("RUAMEL" if any("ruamel" in m for m in sys.modules) else "NO-RUAMEL")
import srsly
path = {path!r}
srsly.write_yaml(path, {{"regels": ["BT101", "BT102"], "taal": "nl", "n": 3}})
print(repr(srsly.read_yaml(path)), repr(srsly.yaml_dumps({{"a": [1, {{"b": "c"}}]}})))
print(repr(srsly.yaml_loads("a: 1\\nb: [x, y]")), srsly.is_yaml_serializable({{"x": 1}}), srsly.is_yaml_serializable(object()))
from srsly._yaml_api import CustomYaml
print(CustomYaml.__name__, srsly.yaml_dumps.__module__, "RUAMEL" if "srsly.ruamel_yaml" in sys.modules else "NO-RUAMEL")
"""


def test_spacy_loads_without_srslys_yaml_and_yaml_still_works(tmp_path):
    """beleidstaal imports spaCy without srsly's YAML module (ruamel.yaml, about 25 ms); srsly's YAML functions
    import it on first use and give what they give in a process that imported srsly as usual."""

    def run(setup: str) -> list[str]:
        code = YAML_PROBE.format(setup=setup, path=str(tmp_path / f"{len(setup)}.yaml"))
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.splitlines()

    ours = run("import beleidstaal.nlp")
    plain = run("import srsly, spacy")
    assert ours[0] == "NO-RUAMEL" and plain[0] == "RUAMEL"
    assert ours[1:] == plain[1:]
    assert ours[-1] == "CustomYaml srsly._yaml_api RUAMEL"
