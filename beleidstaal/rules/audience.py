"""Who a document is written for, read from the document itself (word-list rules, ``lexicon.py``).

A text written for developers or IT specialists shows code: a fenced code block (a command, a piece of a program, a
configuration file), or many code spans in its sentences (`npm install`, `Law.tsx`, `POST /api/laws`), and the code
is a real part of the text: not one short example in the appendix of a long policy note, not a diagram, a formula
or an example letter in a block. There the ordinary English words of the trade (an *update*, the *input* of a
request, a *dropdown*) are the words its readers know and use; editors judged replacing them not worth the
writer's time (issue 16: over every judged sheet, 14 such findings in such documents, none right). A word-list
entry marked ``audience = "it"`` is not reported there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document

#: a text with at least this many code spans outside its code blocks is written for developers. In the corpus, no
#: zoning plan has one; the docs-as-code pages that have five or more are READMEs, installation guides, developer
#: and API documentation and instructions for a program (SKILL files)
DEVELOPER_CODE_SPANS = 5
#: and code is a real part of it: at least this share of its lines (not empty) is code, in a block or with a code
#: span. A policy note of a hundred lines with one example of an API call in an appendix is written for the
#: council or the managers; its prose keeps its findings. Every developer text of the corpus's dev half has 0.12 or
#: more (a CONTRIBUTING file with three short commands), most over 0.4
DEVELOPER_CODE_SHARE = 0.1
#: the language of a fenced block that is no code: a diagram (a picture of a process), a formula
NOT_CODE_LANGUAGES = frozenset(
    {"mermaid", "plantuml", "puml", "dot", "graphviz", "math", "latex", "tex", "katex", "asciimath"}
)
#: the language of a fenced block that may hold plain text: code only when its lines do not read as sentences
TEXT_LANGUAGES = frozenset({"", "text", "txt", "plain", "plaintext", "markdown", "md"})
#: a MyST directive that shows code (```{code-block} python); every other one (```{note}, ```{figure}) is no code
CODE_DIRECTIVES = frozenset({"code", "code-block", "code-cell", "sourcecode", "literalinclude"})
#: a line of Dutch prose in a block: a capital and a small letter at the start (not RUN or SELECT), three words or
#: more, none of the characters of code (an example letter: *Geachte heer Jansen,*)
_PROSE_LINE = re.compile(r"^[ \t>]*[A-ZÀ-Ý](?![A-ZÀ-Ý])[^{}\[\]<>=;$|\\]*\s\S+\s\S+[^{}\[\]<>=;$|\\]*$")


def _block_is_code(language: str, lines: list[str]) -> bool:
    """A fenced block with this info word and these lines is code: not a diagram or formula, not a MyST note, and
    not a block of plain sentences (an example letter, a quoted text)."""
    language = language.lower()
    if language.startswith("{"):
        return language.strip("{}") in CODE_DIRECTIVES
    if language in NOT_CODE_LANGUAGES:
        return False
    if language in TEXT_LANGUAGES:
        filled = [line for line in lines if line.strip()]
        prose = sum(1 for line in filled if _PROSE_LINE.match(line))
        return not filled or prose * 2 < len(filled)
    return True


def developer_text(document: Document) -> bool:
    """The document is written for developers: it holds a fenced code block (``_block_is_code``) or at least
    ``DEVELOPER_CODE_SPANS`` code spans outside its blocks, and at least ``DEVELOPER_CODE_SHARE`` of its lines are
    code. The blocks and spans are the Markdown reader's (markdown-it's fences, also inside a list item or a
    quotation); a text or Word file has none."""
    blocks = [b for b in document.code_blocks if _block_is_code(b.language, list(b.lines))]
    spans = document.code_spans
    if not blocks and len(spans) < DEVELOPER_CODE_SPANS:
        return False
    lines = sum(1 for line in document.source.splitlines() if line.strip())
    in_blocks = sum(sum(1 for line in b.lines if line.strip()) + 2 for b in blocks)
    span_lines = len({document.line_column(offset)[0] for offset in spans})
    return in_blocks + span_lines >= DEVELOPER_CODE_SHARE * lines


#: the key of the answer of ``for_developers`` in a dict of answers per document (``lexicon._document_names``'s)
_DEVELOPERS = "\0developers"


def for_developers(document: Document, answers: dict) -> bool:
    """``developer_text`` of the document, kept in ``answers`` (one dict per document)."""
    if _DEVELOPERS not in answers:
        answers[_DEVELOPERS] = developer_text(document)
    return answers[_DEVELOPERS]
