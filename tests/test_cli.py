"""`beleidstaal check` and friends: output, exit codes and every kind of bad input, with Dutch messages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from beleidstaal.cli import app

runner = CliRunner()


@pytest.fixture()
def project(tmp_path, root):
    """A folder with the core's test word list configured."""
    shutil.copy(root / "tests" / "data" / "kern_lexicon.toml", tmp_path / "lijst.toml")
    (tmp_path / ".beleidstaal.toml").write_text(
        'lexicons = ["lijst.toml"]\nbuiltin-lexicons = false\n', encoding="utf-8"
    )
    return tmp_path


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_findings_give_exit_1_and_text_lines(project):
    f = project / "nota.md"
    f.write_text("# Nota\n\nWij informeren u middels deze brief.\n", encoding="utf-8")
    result = run("check", str(f))
    assert result.exit_code == 1
    assert f"{f}:3:18: BT101 [ambtelijk]" in result.output
    assert "Schrijf liever: 'met' of 'via'." in result.output
    assert "— met / via" not in result.output  # each suggestion once per line (issue 21)
    assert "1 melding in 1 bestand" in result.output


def test_the_output_is_rendered_with_the_collector_off_and_it_is_on_again_after(project, monkeypatch):
    """A full collection while the findings are rendered walks the loaded pipeline too (issue 24): the collector is
    off while the output is made, and on again afterwards."""
    import gc

    from beleidstaal.outputs import json as json_output

    seen = []
    real_render = json_output.render

    def render(results, config):
        seen.append(gc.isenabled())
        return real_render(results, config)

    monkeypatch.setattr(json_output, "render", render)
    f = project / "nota.md"
    f.write_text("# Nota\n\nWij informeren u middels deze brief.\n", encoding="utf-8")
    result = run("check", str(f), "--format", "json")
    assert result.exit_code == 1 and json.loads(result.output)["files"]
    assert seen == [False] and gc.isenabled()


def test_the_objects_left_at_exit_are_frozen_so_the_last_collection_skips_them():
    """The collection Python makes when the command ends would walk every object still alive, the loaded pipeline
    included (0.2-0.3 s after a check, issue 24): ``main`` freezes them after every other exit handler has run."""
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: sys.stderr.write(f'bevroren {gc.get_freeze_count()}\\n'))\n"
        "from beleidstaal.cli import main\n"
        "sys.argv = ['beleidstaal', 'rules']\n"
        "main()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "BT801" in proc.stdout
    frozen = int(proc.stderr.split("bevroren ")[1].split()[0])
    assert frozen > 1000


def test_a_command_line_check_of_one_file_freezes_what_it_made_before_the_collector_is_on_again(project):
    """After a check of one file the process ends: what the check made is frozen before the collector is on again,
    so its next collections do not walk all of it (issue 24). Not where the command runs inside another program (the
    tests' own process), and not for a check of several files."""
    from beleidstaal import core

    f = project / "nota.md"
    f.write_text("# Nota\n\nWij informeren u middels deze brief.\n", encoding="utf-8")
    code = (
        "import atexit, gc, sys\n"
        "seen = []\n"
        "real = gc.enable\n"
        "gc.enable = lambda: (seen.append(gc.get_freeze_count()), real())\n"
        "atexit.register(lambda: sys.stderr.write(f'bevroren {seen}\\n'))\n"
        "from beleidstaal.cli import main\n"
        f"sys.argv = ['beleidstaal', 'check', '--format', 'json', {str(f)!r}] + sys.argv[1:]\n"
        "main()\n"
    )

    def frozen(*more: str) -> list[int]:
        proc = subprocess.run(
            [sys.executable, "-c", code, *more], capture_output=True, text=True, timeout=300, cwd=project
        )
        assert proc.returncode == 1, proc.stderr
        return json.loads(proc.stderr.split("bevroren ")[1].splitlines()[0])

    one = frozen()
    assert one and one[-1] > 1000  # the collector on again after the check and the output: its objects frozen
    g = project / "brief.md"
    g.write_text("# Brief\n\nWij informeren u middels deze brief.\n", encoding="utf-8")
    assert not any(frozen(str(g)))  # two files: nothing frozen
    assert run("check", str(f)).exit_code == 1 and not core.freeze_after_check


def test_clean_file_gives_exit_0(project):
    f = project / "brief.txt"
    f.write_text("We halen uw afval op dinsdag op.\n", encoding="utf-8")
    result = run("check", str(f), "--select", "BT101")
    assert result.exit_code == 0, result.output
    assert "Geen meldingen" in result.output


def test_fail_level_error_passes_on_warnings(project):
    f = project / "nota.txt"
    f.write_text("Wij informeren u middels deze brief.\n", encoding="utf-8")
    assert run("check", str(f), "--fail-level", "error").exit_code == 0
    assert run("check", str(f), "--ignore", "ambtelijk").exit_code == 0


def test_json_output_contract(project):
    f = project / "nota.txt"
    f.write_text("Wij informeren u middels deze brief.\n", encoding="utf-8")
    result = run("check", str(f), "--format", "json")
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "files"}
    [file] = data["files"]
    assert {k: file[k] for k in ("path", "words", "error")} == {"path": str(f), "words": 6, "error": None}
    summary = file["summary"]
    assert summary["taalniveau"] in ("A2", "B1", "B2", "C1")
    assert summary["categories"]["ambtelijk"] == sum(x["category"] == "ambtelijk" for x in data["findings"])
    assert summary["priorities"][0]["example"] == "middels" and summary["priorities"][0]["rewrite"] == "met"
    [finding] = [x for x in data["findings"] if x["rule"] == "BT101"]
    assert finding["text"] == "middels" and finding["suggestions"] == ["met", "via"]


def test_stdin(project):
    os.chdir(project)
    result = run("check", "-", "--format", "json", input="Wij informeren u middels deze brief.")
    data = json.loads(result.stdout)
    assert data["files"][0]["path"] == "-"
    assert any(x["text"] == "middels" for x in data["findings"])


BAD_INPUTS = {
    "leeg.txt": (b"", "leeg"),
    "spaties.md": (b"  \n\n \n", "leeg"),
    "binair.txt": (b"\x00\x01\x02\x03PNG\x00" * 50, "binaire"),
    "latin1.txt": ("Café met één crème".encode("latin-1"), "UTF-8"),
    "kapot.docx": (b"dit is geen zip-bestand", None),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gives_dutch_error_exit_2_and_other_files_still_checked(project, name):
    data, words = BAD_INPUTS[name]
    bad = project / name
    bad.write_bytes(data)
    good = project / "goed.txt"
    good.write_text("Wij informeren u middels deze brief.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(bad), str(good), "--format", "json"])
    assert result.exit_code == 2
    out = json.loads(result.stdout)
    errors = {f["path"]: f["error"] for f in out["files"]}
    assert errors[str(good)] is None
    assert errors[str(bad)]
    if words:
        assert words in errors[str(bad)]
    assert any(f["path"] == str(good) for f in out["findings"])
    assert "Traceback" not in result.output
    assert bad.read_bytes() == data  # nothing a user wrote is changed


def test_utf16_with_bom_is_read(project):
    f = project / "utf16.txt"
    f.write_bytes("Wij informeren u middels deze brief.\n".encode("utf-16"))
    result = run("check", str(f), "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["findings"][0]["text"] == "middels"


def test_missing_path_and_empty_folder(tmp_path):
    result = run("check", str(tmp_path / "bestaat-niet.md"))
    assert result.exit_code == 2
    assert "bestaat niet" in result.output
    empty = tmp_path / "leeg"
    empty.mkdir()
    result = run("check", str(empty))
    assert result.exit_code == 2
    assert "geen bestanden" in result.output


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root mag elk bestand lezen; deze test heeft een gewone gebruiker nodig"
)
def test_unreadable_file(project):
    f = project / "geheim.txt"
    f.write_text("tekst", encoding="utf-8")
    f.chmod(0)
    result = run("check", str(f))
    assert result.exit_code == 2
    assert "leesrechten" in result.output


def test_folder_is_searched_and_symlink_loop_is_safe(project):
    sub = project / "beleid"
    sub.mkdir()
    (sub / "a.md").write_text("Wij informeren u middels deze brief.\n", encoding="utf-8")
    (sub / "b.txt").write_text("Dat is prima.\n", encoding="utf-8")
    (sub / "plaatje.png").write_bytes(b"\x89PNG\x00")
    (sub / "lus").symlink_to(sub, target_is_directory=True)
    result = run("check", str(sub), "--format", "json")
    paths = sorted(f["path"] for f in json.loads(result.stdout)["files"])
    assert paths == [str(sub / "a.md"), str(sub / "b.txt")]


def test_no_paths_is_a_usage_error():
    result = run("check")
    assert result.exit_code == 2
    assert "Geef een of meer bestanden" in result.output


def test_unknown_model_gives_dutch_error(project):
    f = project / "nota.txt"
    f.write_text("Tekst.\n", encoding="utf-8")
    result = run("check", str(f), "--model", "nl_core_news_xx")
    assert result.exit_code == 2
    assert "niet geïnstalleerd" in result.output


def test_rules_and_explain():
    result = run("rules")
    assert result.exit_code == 0
    assert "BT101" in result.output and "BT401" in result.output
    result = run("explain", "BT101")
    assert result.exit_code == 0
    for heading in ("Wat het doet", "Waarom is dit lastig voor de lezer?", "Voorbeeld", "Beter"):
        assert heading in result.output
    assert run("explain", "BT999").exit_code == 2


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_info_json_model_path_loads_with_spacy():
    import spacy

    data = json.loads(run("info", "--format", "json").stdout)
    assert data["version"]
    assert data["model"]["name"] and data["model"]["version"]
    nlp = spacy.load(data["model"]["path"])
    assert nlp.lang == "nl"


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_console_script_runs_without_traceback(tmp_path):
    """The installed entry point, as a user runs it."""
    exe = shutil.which("beleidstaal")
    cmd = [exe] if exe else [sys.executable, "-m", "beleidstaal"]
    proc = subprocess.run([*cmd, "check", str(tmp_path / "nee.md")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout


def test_table_commands_accept_only_text_or_json():
    """rules/info/config/stats print a table or JSON: other formats are refused, not silently ignored."""
    from typer.testing import CliRunner

    from beleidstaal.cli import app

    runner = CliRunner()
    for args in (["rules"], ["info"], ["config"]):
        result = runner.invoke(app, [*args, "--format", "sarif"])
        assert result.exit_code == 2, args
        assert "text" in result.output and "json" in result.output
        assert runner.invoke(app, [*args, "--format", "json"]).exit_code == 0, args
