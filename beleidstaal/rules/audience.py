"""Who a document is written for, read from the document itself (word-list rules, ``lexicon.py``).

A text written for developers or IT specialists shows code: a fenced code block (a command, a piece of a program, a
configuration file), or many code spans in its sentences (`npm install`, `Law.tsx`, `POST /api/laws`), and the code
is a real part of the text: not one short example in the appendix of a long policy note, not a diagram, a formula
or an example letter in a block. There the ordinary English words of the trade (an *update*, the *input* of a
request, a *dropdown*) are the words its readers know and use; editors judged replacing them not worth the
writer's time (issue 16: over every judged sheet, 14 such findings in such documents, none right). A word-list
entry marked ``audience = "it"`` is not reported there.

How a text speaks to its reader and of its writers (*u*, *je*, *we*) and whether it is about software decide whom
the passive rules' advice names as the doer (``rules/passive.py``: *wij*, *je*, a program and its users).
"""

from __future__ import annotations

import functools
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


#: *we* and *wij* at least this many times, and this many per 1,000 words, and more often than *u, uw* and *je, jij,
#: jou, jouw*: the text speaks as *we* (in the corpus 20 of 152 docs-as-code pages, no zoning plan: a plan's few
#: *we* stand in quoted policy)
WE_WORDS = 3
WE_PER_THOUSAND = 3


#: the words a text uses to speak of its writers (*we*) and to its reader (*u*, *je*), with their forms
ADDRESS_WORDS = {"we": "we|wij", "u": "u|uw", "je": "je|jij|jou|jouw"}


def address_counts(source: str) -> dict[str, int]:
    """How often the text says *we*, *u* and *je* (``ADDRESS_WORDS``), and its number of words: read once per text
    for ``speaks_as_we`` and ``addresses_with_je``. One pass over the text for the three: a whole word is
    one of them at most, and its group names which."""
    counts = dict.fromkeys(ADDRESS_WORDS, 0)
    for found in _address_pattern().finditer(source):
        counts[found.lastgroup] += 1
    counts["words"] = max(len(source.split()), 1)
    return counts


@functools.cache
def _address_pattern():
    import re

    forms = "|".join(f"(?P<{key}>{words})" for key, words in ADDRESS_WORDS.items())
    return re.compile(rf"(?<!\w)(?:{forms})(?!\w)", re.IGNORECASE)


def speaks_as_we(counts: dict[str, int]) -> bool:
    """The text says *we* of its writers: ``WE_WORDS`` times or more, ``WE_PER_THOUSAND`` per 1,000 words, more
    often than it says *u* or *je* to its reader (``address_counts``)."""
    we = counts["we"]
    return (
        we >= WE_WORDS
        and we * 1000 / counts["words"] >= WE_PER_THOUSAND
        and we > counts["u"]
        and we > counts["je"]
    )


#: *je* and its forms at least this many times, and more often than *u* and *uw*: the text says *je* to its reader
INFORMAL_ADDRESS_WORDS = 3


def addresses_with_je(counts: dict[str, int]) -> bool:
    """The text says *je* to its reader: *je, jij, jou, jouw* ``INFORMAL_ADDRESS_WORDS`` times or more, and more
    often than *u* and *uw* (``address_counts``)."""
    return counts["je"] >= INFORMAL_ADDRESS_WORDS and counts["je"] > counts["u"]


#: a text names words of software (``woordgroepen.software``: *applicatie*, *API*, *GitHub*) at least this many
#: times, and two different ones: it is about software. In the corpus no zoning plan names them more than twice (6 of 150 once or twice);
#: 62 of 152 docs-as-code pages name them, most of them three times or more
SOFTWARE_TEXT_WORDS = 3


def software_text(source: str) -> bool:
    """The document is about software: it names words of software (``SOFTWARE_TEXT_WORDS`` times or more)."""
    from ..lexicon import word_groups

    words = "|".join(re.escape(w) for w in word_groups().get("software", ()))
    if not words:
        return False
    found = [m.group(0).lower() for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", source, re.IGNORECASE)]
    # one word said often (a council page about its new 'applicatie') is no text about software: two at least
    return len(found) >= SOFTWARE_TEXT_WORDS and len(set(found)) >= 2
