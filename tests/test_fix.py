"""``check --fix`` and ``--diff``: only safe replacements, capitals kept, atomic and idempotent, never a .docx."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beleidstaal import Config, check_path
from beleidstaal.cli import app
from beleidstaal.fix import fix_file, with_case

ROOT = Path(__file__).resolve().parents[1]
LEXICON = str(ROOT / "tests" / "data" / "documenten_lexicon.toml")
NOTA = ROOT / "voorbeelden" / "beleidsnota.md"
#: the safe entries of the test word list: term → replacement
SAFE = {"middels": "met", "teneinde": "om", "thans": "nu", "alsmede": "en"}


def all_safe() -> dict[str, set[str]]:
    """Every safe entry of the bundled lists and the test list: term → the alternatives --fix may use (the first
    that fits its sentence: 'middels een gesprek met de buren' → 'via', not 'met' twice)."""
    from beleidstaal.lexicon import load_lexicons

    found: dict[str, set[str]] = {}
    for lex in load_lexicons((LEXICON,)):
        for e in lex.entries:
            if e.fix:
                found.setdefault(e.term.lower(), set()).update(r.lower() for r in e.replacements)
    for term, rep in SAFE.items():
        found.setdefault(term, set()).add(rep)
    return found


runner = CliRunner()


@pytest.fixture()
def project(tmp_path):
    (tmp_path / ".beleidstaal.toml").write_text(f'lexicons = ["{LEXICON}"]\n', encoding="utf-8")
    return tmp_path


def changed_spans(before: str, after: str) -> list[tuple[str, str]]:
    """The replaced stretches of words between two texts."""
    import re

    a, b = re.findall(r"\w+|\W", before), re.findall(r"\w+|\W", after)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [
        ("".join(a[i1:i2]), "".join(b[j1:j2]))
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]


def test_case_is_kept():
    assert with_case("met", "middels") == "met"
    assert with_case("met", "Middels") == "Met"
    assert with_case("met", "MIDDELS") == "MET"


@pytest.mark.skipif(not NOTA.is_file(), reason="voorbeelden/beleidsnota.md ontbreekt")
def test_diff_writes_nothing_and_fix_changes_only_safe_spans(project):
    nota = project / "nota.md"
    shutil.copy(NOTA, nota)
    original = nota.read_bytes()
    mtime = nota.stat().st_mtime_ns

    shown = runner.invoke(app, ["check", str(nota), "--diff"])
    assert shown.exit_code == 1, shown.output
    assert "--- a/" in shown.output and "+++ b/" in shown.output
    assert "-" in shown.output and "Met deze nota" in shown.output
    assert "niets geschreven" in shown.output
    assert nota.read_bytes() == original and nota.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in project.iterdir()) == [".beleidstaal.toml", "nota.md"]  # no temp files left

    fixed = runner.invoke(app, ["check", str(nota), "--fix"])
    assert fixed.exit_code in (0, 1), fixed.output
    assert "vervangingen gedaan" in fixed.output
    before, after = original.decode("utf-8"), nota.read_text(encoding="utf-8")
    spans = changed_spans(before, after)
    assert spans, "niets vervangen"
    # every change is one flagged word replaced by its safe alternative, with the same capital
    safe = all_safe()
    for old, new in spans:
        if (old, new) == (",", ""):
            continue  # the comma before 'alsmede' goes with it ('de budgetten en de ...')
        assert new.lower() in safe.get(old.lower(), set()), (old, new)
        assert old[0].isupper() == new[0].isupper()
    assert after.count("Met deze nota") == 1 and after.count("Om deze taken") == 1
    assert "Middels deze nota" not in after and "Teneinde deze taken" not in after
    # not marked safe: stays; and the code block is not prose, so it is never changed
    assert "faciliteren" in after and "noodzakelijk" in after
    assert "middels, teneinde, derhalve" in after
    assert len(after.splitlines()) == len(before.splitlines())

    again = runner.invoke(app, ["check", str(nota), "--fix"])
    assert "Geen veilige vervangingen" in again.output
    assert nota.read_text(encoding="utf-8") == after
    diff_again = runner.invoke(app, ["check", str(nota), "--diff"])
    assert diff_again.exit_code == 0 and "--- a/" not in diff_again.output


def test_fix_word_by_word_with_exact_result(project):
    f = project / "brief.txt"
    f.write_text(
        "Wij sturen u middels deze brief het plan.\n\nThans is alles klaar, alsmede de tabel.\n\n"
        "Wij faciliteren dat. TENEINDE dat te doen, bellen wij.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(f), "--fix"])
    assert "vervangingen gedaan" in result.output
    assert f.read_text(encoding="utf-8") == (
        "Wij sturen u met deze brief het plan.\n\nNu is alles klaar en de tabel.\n\n"
        "Wij faciliteren dat. OM dat te doen, bellen wij.\n"
    )


def test_byte_order_mark_and_line_endings_are_kept(project):
    f = project / "brief.txt"
    f.write_bytes("\ufeffWij sturen u middels deze brief.\r\n\r\nDank.\r\n".encode())
    runner.invoke(app, ["check", str(f), "--fix"])
    assert f.read_bytes() == "\ufeffWij sturen u met deze brief.\r\n\r\nDank.\r\n".encode()


def test_docx_is_never_rewritten(project):
    from test_docx import generated_docx

    data, _ = generated_docx()
    f = project / "nota.docx"
    f.write_bytes(data)
    result = runner.invoke(app, ["check", str(f), "--fix"])
    assert f.read_bytes() == data
    assert "annotate" in result.output


def test_file_changed_since_it_was_read_is_not_written(project, monkeypatch):
    f = project / "brief.txt"
    f.write_text("Wij sturen u middels deze brief.\n", encoding="utf-8")
    config = Config(lexicons=(LEXICON,))
    findings = check_path(f, config=config).findings
    reads = []
    real = Path.read_bytes

    def read_then_someone_edits(self):
        data = real(self)
        reads.append(self)
        if len(reads) == 1:
            real_write = Path.write_text
            real_write(self, "Iemand anders schreef dit.\n", encoding="utf-8")
        return data

    monkeypatch.setattr(Path, "read_bytes", read_then_someone_edits)
    outcome = fix_file(f, findings, config, write=True)
    monkeypatch.undo()
    assert not outcome.written and "veranderd" in (outcome.note or "")
    assert f.read_text(encoding="utf-8") == "Iemand anders schreef dit.\n"


def test_findings_for_old_text_are_not_applied_to_new_text(project):
    f = project / "brief.txt"
    f.write_text("Wij sturen u middels deze brief.\n", encoding="utf-8")
    config = Config(lexicons=(LEXICON,))
    findings = check_path(f, config=config).findings
    f.write_text("Hier staat iets heel anders nu.\n", encoding="utf-8")
    outcome = fix_file(f, findings, config, write=True)
    assert not outcome.edits and not outcome.written


def test_a_fix_that_would_bring_a_new_finding_is_left_out(tmp_path):
    # 'door een ieder' → 'door iedereen' makes the passive one with a known actor, which the passive rule then
    # flags; the fix must not add work, so that replacement stays out; the other one in the text is made
    from beleidstaal.fix import new_findings

    f = tmp_path / "brief.md"
    f.write_text(
        "Tijdens de termijn kunnen door een ieder zienswijzen worden ingediend.\n\n"
        "Wij informeren u middels deze brief.\n",
        encoding="utf-8",
    )
    config = Config()
    before = check_path(f, config=config).findings
    assert any(f_.text == "een ieder" and f_.suggestions == ["iedereen"] for f_ in before)
    outcome = fix_file(f, before, config, write=True)
    assert [(e.old, e.new) for e in outcome.edits] == [("middels", "met")]
    text = f.read_text(encoding="utf-8")
    assert "door een ieder" in text and "u met deze brief" in text
    after = check_path(f, config=config).findings
    assert new_findings(outcome.edits, before, after) == []


def test_fix_never_changes_quoted_text(project):
    # a definition in single quotes after a colon, a list of definitions in legal style, a legal definition and a
    # short title in double quotes stay as they are; the writer's own sentences are fixed
    path = project / "citaat.md"
    text = (
        "De regio verstaat daaronder: 'het bestaande geheel van woningen ten behoeve van wonen, alsmede de "
        "daarbij behorende wegen'. Wij kijken thans naar de kaart.\n\n"
        "* winkel A: een winkel die voornamelijk is gericht op de verkoop van brood;\n\n"
        "* winkel B: een winkel die voornamelijk is gericht op de verkoop van kleding.\n\n"
        "Onder bebouwing wordt mede begrepen de verharding ten behoeve van parkeren alsmede de tuin.\n\n"
        'Wij volgen de nota "Wonen ten behoeve van ouderen". Wij werken thans aan een plan.\n'
    )
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--fix"])
    assert result.exit_code in (0, 1), result.output
    assert changed_spans(text, path.read_text(encoding="utf-8")) == [("thans", "nu"), ("thans", "nu")]
