"""Hostile input: each case ends with a clear Dutch message or a normal result, and no file is written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beleidstaal import check_text
from beleidstaal.cli import app
from beleidstaal.core import check_path

runner = CliRunner()


def _snapshot(folder: Path) -> dict:
    return {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


@pytest.mark.slow  # writes a file of 50 MB; the quick loop has the other hostile inputs
def test_fifty_megabyte_file_is_refused_clearly(tmp_path):
    big = tmp_path / "groot.txt"
    with big.open("wb") as fh:
        fh.write(b"Dit is een zin. " * (50 * 1024 * 1024 // 16))
    result = check_path(big)
    assert result.error and "te groot" in result.error


def test_hundred_thousand_word_paragraph_is_reported_not_parsed():
    text = "De gemeente werkt aan plannen voor de wijk " * 12_500  # 100,000 words, no paragraph break
    findings = check_text(text)
    assert [f.rule for f in findings] == ["BT403"]
    assert "100000 woorden" in findings[0].message


def test_line_of_a_million_characters():
    text = "Korte alinea.\n\n" + "x" * 1_000_000 + "\n\nWij informeren u hierover."
    findings = check_text(text)
    assert {f.rule for f in findings} == {"BT403"}
    assert all(f.line == 3 for f in findings)


def test_deeply_nested_markdown_lists_and_quotes():
    quotes = "> " * 5000 + "Een diep citaat.\n"
    lists = "".join("  " * i + "- punt\n" for i in range(2000))
    for text in (quotes, lists, quotes + "\n" + lists):
        findings = check_text(text, kind="markdown")
        for f in findings:
            assert text[f.offset : f.end_offset] == f.text


def test_unreadable_file_gives_dutch_message(tmp_path, monkeypatch):
    f = tmp_path / "geheim.md"
    f.write_text("Tekst.", encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    result = check_path(f)
    assert result.error == "U mag dit bestand niet lezen (geen leesrechten)."


def test_folder_given_as_file_and_fifo(tmp_path):
    d = tmp_path / "map.md"
    d.mkdir()
    assert "map" in check_path(d).error


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\x00",  # broken UTF-16
        b"\xef\xbb\xbf",  # only a BOM
        "Tekst met \u0000 nul".encode(),
        b"PK\x03\x04 dit lijkt een zip",
    ],
)
def test_odd_bytes_in_text_files(tmp_path, data):
    f = tmp_path / "raar.txt"
    f.write_bytes(data)
    result = check_path(f)
    assert result.error
    assert not result.findings


def test_nothing_is_written_except_requested_output(tmp_path):
    (tmp_path / "a.md").write_text("Wij informeren u middels deze brief.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binair")
    before = _snapshot(tmp_path)
    runner.invoke(app, ["check", str(tmp_path), "--format", "json", "--no-cache"])
    assert _snapshot(tmp_path) == before
    out = tmp_path / "rapport.json"
    result = runner.invoke(app, ["check", str(tmp_path / "a.md"), "--format", "json", "-o", str(out)])
    assert result.exit_code in (0, 1)
    assert json.loads(out.read_text(encoding="utf-8"))["files"][0]["path"].endswith("a.md")
    assert set(_snapshot(tmp_path)) == set(before) | {out}
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]
