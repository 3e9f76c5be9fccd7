"""Who a document is written for, read from the document itself (word-list rules, ``lexicon.py``).

A text written for developers or IT specialists shows code: a fenced code block (a command, a piece of a program, a
configuration file), or many code spans in its sentences (`npm install`, `Law.tsx`, `POST /api/laws`). There the
ordinary English words of the trade (an *update*, the *input* of a request, a *dropdown*) are the words its readers
know and use; editors judged replacing them not worth the writer's time (issue 16: over every judged sheet, 14 such
findings in such documents, none right). A word-list entry marked ``audience = "it"`` is not reported there.
"""

from __future__ import annotations

import re

#: a text with at least this many code spans outside its code blocks is written for developers. In the corpus, no
#: zoning plan has one; the docs-as-code pages that have five or more are READMEs, installation guides, developer
#: and API documentation and instructions for a program (SKILL files)
DEVELOPER_CODE_SPANS = 5
#: the language of a fenced block that draws a diagram: that is a picture of a process, not code for developers
DIAGRAM_LANGUAGES = frozenset({"mermaid", "plantuml"})
#: the opening or closing line of a fenced block (CommonMark: up to three spaces, three or more backticks or tildes)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)")
#: a code span in a line: text between single backticks (a fence line is no span)
_CODE_SPAN = re.compile(r"(?<!`)`[^`\n]+`(?!`)")


def developer_text(source: str) -> bool:
    """The document is written for developers: it holds a fenced code block that is not a diagram, or at least
    ``DEVELOPER_CODE_SPANS`` code spans outside its blocks."""
    if "`" not in source and "~~~" not in source:
        return False
    spans = 0
    fence = None  # the marker of the block we are in (``` or ~~~), None outside a block
    for line in source.splitlines():
        m = _FENCE.match(line)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not m.group(2):
                fence = None
            continue
        if m:
            if m.group(2).lower() not in DIAGRAM_LANGUAGES:
                return True  # code in a block of its own
            fence = m.group(1)
            continue
        spans += len(_CODE_SPAN.findall(line))
        if spans >= DEVELOPER_CODE_SPANS:
            return True
    return False


#: the key of the answer of ``for_developers`` in a dict of answers per document (``lexicon._document_names``'s)
_DEVELOPERS = "\0developers"


def for_developers(source: str, answers: dict) -> bool:
    """``developer_text`` of the document, kept in ``answers`` (one dict per document)."""
    if _DEVELOPERS not in answers:
        answers[_DEVELOPERS] = developer_text(source)
    return answers[_DEVELOPERS]
