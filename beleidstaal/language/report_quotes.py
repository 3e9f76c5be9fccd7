"""Text quoted from the plan's own research (``report_quotations``): a soil, ecology or noise report's conclusions,
which are no quotation of law or policy, also in quotation marks, in italics or after *luiden als volgt:*. The
counterpart of ``policy_quotes.policy_quotations``, for telling a quotation from a copy (``rules.copy``)."""

from __future__ import annotations

import re

from ..document import Document, Paragraph, remembered
from .policy_lead_ins import _research_intro
from .policy_marks import _is_italic
from .quotation import QuotedText, _merge, quoted_paragraph
from .quote_kinds import _SENTENCE, MAX_INTRO_CHARS, QuotedBlock, _after_intro, _source, paragraph_headings


def report_quotations(document: Document) -> QuotedText:
    """Text quoted from the plan's own research (a report's conclusions), which is no quotation of law or policy
    even in quotation marks or italics: what a sentence that names the research introduces with a colon (*De
    conclusies luiden (letterlijk) als volgt:*, *Navolgende conclusies komen voort uit het onderzoek:*), and a run
    of paragraphs in italics or quotation marks right after a sentence that names it (*Uit de quickscan blijkt het
    volgende.*)."""
    return remembered(
        document.memo, "report_quotations", lambda: QuotedText(_merge(_report_blocks(document)))
    )


def _report_blocks(document: Document) -> list[QuotedBlock]:
    """The blocks of ``report_quotations``, before they are merged and kept (once per document)."""
    paragraphs = document.paragraphs
    headings = paragraph_headings(document)
    blocks = []
    i = 0
    while i < len(paragraphs):
        if headings[i]:
            i += 1
            continue
        text = document.paragraph_text(paragraphs[i])
        at = next(
            (
                m.end()
                for m in re.finditer(r":", text)
                if _research_intro(_SENTENCE.split(text[: m.start()][-MAX_INTRO_CHARS:])[-1])
            ),
            None,
        )
        if at is not None:
            block, j = _after_intro(document, headings, i, at, "rapport")
            # the report's words go on over the paragraphs in italics or quotation marks after it
            while j < len(paragraphs) and not headings[j] and _quoted_paragraph(document, paragraphs[j]):
                block = QuotedBlock(
                    block.start if block else paragraphs[j].start, paragraphs[j].end, "rapport"
                )
                j += 1
            if block is not None:
                blocks.append(block)
            i = j
            continue
        # 'Uit de quickscan blijkt het volgende.' and the report's words in italics or quotation marks after it
        j = i + 1
        while j < len(paragraphs) and not headings[j] and _quoted_paragraph(document, paragraphs[j]):
            j += 1
        if j > i + 1 and _research_intro(_SENTENCE.split(text.rstrip())[-1]):
            blocks.append(QuotedBlock(paragraphs[i + 1].start, paragraphs[j - 1].end, "rapport"))
            i = j
            continue
        i += 1
    return blocks


def _quoted_paragraph(document: Document, p: Paragraph) -> bool:
    """A paragraph all in italics, or one that opens with a quotation mark (a report's words, quoted); the same
    paragraphs as ``quotation.quoted_paragraph`` (italics with bold inside, a report's questions in bold)."""
    source = _source(document, p).strip()
    return (
        _is_italic(document, p)
        or source[:2].lstrip("*_")[:1] in ('"', "“", "„", "'", "‘")
        or quoted_paragraph(document, p)
    )
