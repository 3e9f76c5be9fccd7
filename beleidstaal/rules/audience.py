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
#: the opening or closing line of a fenced block (CommonMark), also inside a list item or a quotation (``> ```bash``)
_FENCE = re.compile(r"^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})[ \t]*([^\s`]*)")
#: a code span in a line: text between single backticks (a fence line is no span)
_CODE_SPAN = re.compile(r"(?<!`)`[^`\n]+`(?!`)")
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


def developer_text(source: str) -> bool:
    """The document is written for developers: it holds a fenced code block (``_block_is_code``) or at least
    ``DEVELOPER_CODE_SPANS`` code spans outside its blocks, and at least ``DEVELOPER_CODE_SHARE`` of its lines are
    code."""
    if "`" not in source and "~~~" not in source:
        return False
    spans = lines = code_lines = 0
    has_block = False
    fence = None  # the marker of the block we are in (``` or ~~~), None outside a block
    language, block = "", []
    for line in source.splitlines():
        if not line.strip():
            continue
        lines += 1
        m = _FENCE.match(line)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not m.group(2):
                fence = None
                if _block_is_code(language, block):
                    has_block = True
                    code_lines += len(block) + 2
            else:
                block.append(line)
            continue
        if m:
            fence, language, block = m.group(1), m.group(2), []
            continue
        found = len(_CODE_SPAN.findall(line))
        spans += found
        code_lines += found > 0
    if fence is not None and _block_is_code(language, block):  # a block left open runs to the end
        has_block = True
        code_lines += len(block) + 1
    return (has_block or spans >= DEVELOPER_CODE_SPANS) and code_lines >= DEVELOPER_CODE_SHARE * lines


#: the key of the answer of ``for_developers`` in a dict of answers per document (``lexicon._document_names``'s)
_DEVELOPERS = "\0developers"


def for_developers(source: str, answers: dict) -> bool:
    """``developer_text`` of the document, kept in ``answers`` (one dict per document)."""
    if _DEVELOPERS not in answers:
        answers[_DEVELOPERS] = developer_text(source)
    return answers[_DEVELOPERS]
