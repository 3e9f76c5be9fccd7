"""Signs in a document's layout that a passage quotes law or policy (for ``policy_quotes.policy_quotations``): a
heading that names an article of a law in brackets (``_ARTICLE_IN_BRACKETS``), a footnote right after the name of
a law or policy text in a paragraph's first sentence (``_footnoted_source``), a line that names a member or an
article (``opens_with_member``), and italics where law or policy is named just before them (``_policy_context``).
Italics alone are no sign: plans also set a report's conclusions or the writer's own conclusion
(``draws_conclusion``) in italics.
"""

from __future__ import annotations

import re

from ..document import Document, Paragraph
from .policy_lead_ins import _reports_research
from .quote_kinds import _ITALIC_LINE, _SENTENCE, MAX_HEADING_WORDS, _source, _words, names_policy

#: a heading that names the article of a law or ordinance it discusses in brackets: *Gestapeld houden van vee
#: (artikel 2.30)*; an article without a dot is one of the plan's own rules (*Algemene gebruiksregels (Artikel 7)*)
_ARTICLE_IN_BRACKETS = re.compile(
    r"\(\s*art(?:ikel|\.)\s*\d+(?:[.:]\d+)+[a-z]?(?:\s+(?:lid|sub)\s+\w+)*\s*\)", re.I
)
#: a footnote marker in the Markdown source: a link ``[1](...)``, ``<sup>1</sup>`` or ``^1``
#: (not at the start of a line: there it opens the footnote's own text, glued to the paragraph in a PDF conversion)
_FOOTNOTE_SOURCE = re.compile(
    r"(?<=[^\n])(?:\[\d{1,2}\]\(|<sup>\s*\d{1,2}\s*</sup>|\^\d{1,2}\b|\[\^\d{1,2}\])"
)
#: a footnote number glued to a word in the text of a PDF conversion (*Ruimte1 staan*): a word of at least four
#: letters and one or two digits (not *m2*, *CO2*, *PM10*, *Natura2000*)
_FOOTNOTE_TEXT = re.compile(r"\b[^\W\d_]{3,}[a-z](\d{1,2})(?=[\s,.;:)])")


#: a line that names a member or an article of a law or ordinance and what follows is its text: *Lid 1 Ladder voor
#: duurzame verstedelijking*, *Artikel 2.1.1 Ladder*; not an article of the plan's own rules (*Artikel 4 Wonen*: no
#: dot in its number)
_MEMBER_LINE = re.compile(r"^(?:lid\s+\d+[a-z]?|art(?:ikel|\.)\s*\d+(?:[.:]\d+)+[a-z]?)\b", re.I)


def opens_with_member(text: str) -> bool:
    """``text`` is a short line that names a member or article (``_MEMBER_LINE``), no sentence of its own: the
    quoted text of that member or article follows."""
    text = text.strip().strip("*_ ")
    return (
        bool(_MEMBER_LINE.match(text)) and len(text.split()) <= MAX_HEADING_WORDS and not text.endswith(".")
    )


def _footnoted_source(document: Document, p: Paragraph) -> bool:
    """The paragraph's first sentence names a law or policy text with a footnote marker right after a word of it
    (*In de Structuurvisie Infrastructuur en Ruimte[1](...) staan ...*): the writer gives the source of what
    follows."""
    text = document.paragraph_text(p)
    first = _SENTENCE.split(text, maxsplit=1)[0]
    source = _source(document, p)
    first_source = _SENTENCE.split(source, maxsplit=1)[0]
    m = _FOOTNOTE_SOURCE.search(first_source)
    if m:
        named = first_source[: m.start()]
    elif m := _FOOTNOTE_TEXT.search(first):
        named = first[: m.start(1)]
    else:
        return False
    return names_policy(named) and not _reports_research(first, named)


def _is_italic(document: Document, p: Paragraph) -> bool:
    """The paragraph stands in italics in its source (``_ITALIC_LINE``); also read by ``report_quotes``."""
    return bool(_ITALIC_LINE.match(_source(document, p).strip()))


def _policy_context(document: Document, headings: list[bool], i: int) -> bool:
    """The italic paragraph ``i`` stands where law or policy is quoted: the paragraph before its run of italic
    paragraphs, or the heading above it, names a law or policy text (``names_policy``). Italics alone are no
    sign: plans also set a report's conclusions or an advice in italics."""
    paragraphs = document.paragraphs
    j = i - 1
    while j >= 0 and not headings[j] and _is_italic(document, paragraphs[j]):
        j -= 1
    if j >= 0 and names_policy(document.paragraph_text(paragraphs[j])):
        return True
    while j >= 0 and not headings[j]:
        j -= 1
    return j >= 0 and names_policy(document.paragraph_text(paragraphs[j]))


def draws_conclusion(text: str) -> bool:
    """A sentence of ``text`` draws the writer's own conclusion from what came before: it opens with *Uit* and a word
    that points back, and has a verb of ``conclusion_verbs`` (*Uit deze uitspraken blijkt dat ...*, *Uit het
    voorgaande volgt dat ...*). Text in italics with such a sentence is the writer's, not quoted law or policy."""
    back, verbs = _words("pointing_back") | {"het", "de"}, _words("conclusion_verbs")
    for sentence in _SENTENCE.split(text):
        words = re.findall(r"\w+", sentence.lower())
        if len(words) > 2 and words[0] == "uit" and words[1] in back and any(w in verbs for w in words[2:12]):
            return True
    return False
