"""One home for each shared fact: the file kinds, the size limits and the Dutch numbers are defined once and
every front end uses that definition."""

from __future__ import annotations

import re
from pathlib import Path

from beleidstaal import limits
from beleidstaal.nlp import Analyser
from beleidstaal.numbers import decimal, dutch_number
from beleidstaal.readers import SUFFIXES, kind_for

ROOT = Path(__file__).resolve().parent.parent


def test_the_hook_types_let_every_file_kind_through():
    # pre-commit tags a file by its extension, else by its content: '.text' gets no extension tag (only 'text' from
    # its content) and .docx/.odt are 'binary'; the file pattern itself is tested in test_readme.py
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    for types in re.findall(r"^\s*types_or:\s*\[([^\]]*)\]", hooks, flags=re.M):
        assert {t.strip() for t in types.split(",")} >= {"text", "binary"}, types
    assert len(re.findall(r"^\s*types_or:", hooks, flags=re.M)) == 2


def test_the_web_page_takes_the_readers_kinds_and_size():
    from beleidstaal.web.service import DEFAULT_MAX_UPLOAD, UPLOAD_KINDS

    assert UPLOAD_KINDS == SUFFIXES
    assert DEFAULT_MAX_UPLOAD == limits.MAX_FILE_BYTES


def test_one_paragraph_limit():
    from beleidstaal.rules.registry import get_rule

    assert Analyser.MAX_CHARS == limits.MAX_PARAGRAPH_CHARS
    assert dutch_number(limits.MAX_PARAGRAPH_CHARS) in get_rule("BT403").what


def test_kind_for_is_case_blind():
    assert (
        kind_for("NOTA.MD") == "markdown" and kind_for("brief.Docx") == "docx" and kind_for("x.pdf") is None
    )


def test_dutch_numbers():
    assert dutch_number(1234567) == "1.234.567"
    assert dutch_number(1234.56, 1) == "1.234,6"
    assert decimal(12.345) == "12,3"
    assert decimal(1234.5) == "1234,5"
