"""The recall scorer of the annotated sets (bench/quality/score_real.py) reads each sentence as the Markdown it was
copied from (escapes such as ``\\-`` and ``1\\.``), unless asked for plain text as in earlier rounds."""

from __future__ import annotations

import sys
from pathlib import Path

import beleidstaal

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality"))

import score_real  # noqa: E402

SHEET = (
    "id\tsource\tcategories\tspans\tnote\tsentence\n"
    "t1\tx\twoordkeuze\twoordkeuze=middels\t\tWij bouwen vier twee\\-onder\\-een\\-kapwoningen middels een plan.\n"
    "t2\tx\t-\t\t\tDe buren zijn blij.\n"
)


def test_sentences_are_read_as_markdown_unless_plain(tmp_path, monkeypatch):
    path = tmp_path / "set.tsv"
    path.write_text(SHEET, encoding="utf-8")
    items = score_real.load(path)
    kinds: list[str] = []
    real = beleidstaal.check_text

    def spy(text, config=None, kind="text"):
        kinds.append(kind)
        return real(text, config=config, kind=kind)

    monkeypatch.setattr(beleidstaal, "check_text", spy)
    found, *_ = score_real.score(items)
    assert kinds == ["markdown", "markdown"]
    assert found["woordkeuze"] == [1, 1]
    kinds.clear()
    score_real.score(items, "text")
    assert kinds == ["text", "text"]
