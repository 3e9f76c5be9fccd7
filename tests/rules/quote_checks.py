"""What the quoted-text tests (test_quoted_articles, test_quoted_rules) ask of a Markdown source: its quoted blocks
(kind and text), and whether given words stand in one of them."""

from __future__ import annotations

from beleidstaal.config import Config
from beleidstaal.language.quotation import quoted_blocks
from beleidstaal.readers import document_from_text

#: the rules that read the writer's own wording, at info level and above
ALL = Config(min_severity="info", select=("BT1", "BT2", "BT3", "BT4", "BT5", "BT7"))


def blocks(source: str) -> list[tuple[str, str]]:
    doc = document_from_text(source, kind="markdown")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in quoted_blocks(doc)]


def quoted(source: str, words: str) -> bool:
    return any(words in text for _, text in blocks(source))
