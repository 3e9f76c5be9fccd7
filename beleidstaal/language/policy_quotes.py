"""Quotations of law and policy (``policy_quotations``), for telling a quotation from a copy (``rules.copy``): the
quoted blocks of ``language.quotation``, and the text that a sentence naming a law or policy text introduces. The
other way, text quoted from the plan's own research, is ``report_quotes.report_quotations``.

This module walks the document and gathers the blocks; the signs it reads are asked elsewhere: a lead-in
(``policy_lead_ins``), the layout (``policy_marks``: an article in a heading, a footnoted source, a member's line,
italics where law is named), sentences that carry a law's words (``policy_sentences``), a government's own voice and
a vision's section (``policy_voice``), and a definition a law announces (``policy_definitions``)."""

from __future__ import annotations

import re

from ..document import Document, remembered
from .policy_definitions import announced_definitions
from .policy_lead_ins import (
    _before_the_plan,
    _introduces_policy,
    _lists_policy,
    _opens_unclosed_quote,
    _under_own_section,
    rule_list,
)
from .policy_marks import (
    _ARTICLE_IN_BRACKETS,
    _footnoted_source,
    _policy_context,
    draws_conclusion,
    opens_with_member,
)
from .policy_sentences import PRESCRIBED, _rule_blocks, _sentence_blocks, prescribed_sentence, reports_article
from .policy_voice import (
    GOVERNMENT,
    HELD_KINDS,
    VISION,
    _vision_section,
    heading_names_policy,
    lead_in_names_policy,
    names_itself,
    section_vision,
    speaks_for_government,
)
from .quotation import _merge, quoted_blocks
from .quote_kinds import (
    _SENTENCE,
    MAX_INTRO_PARAGRAPHS,
    QuotedBlock,
    _after_intro,
    _is_item,
    _words,
    names_policy,
    paragraph_headings,
    sentence_spans,
)

#: quoted text that counts for BT702 but not for telling a copy (``quote_leads``): a maker's copyright notice and a
#: resident's reaction are no law or policy; a condition repeated to answer it repeats the plan's own quotation (an
#: internal repeat, as the copy editors judge it)
NOT_POLICY = frozenset({"disclaimer", "reactie", "herhaald"})


def _voice_start(text: str) -> int:
    """Where a government body's own text starts in paragraph ``text`` that speaks for it
    (``speaks_for_government``): after the opening sentences that name a policy text in the third person without
    the body's will (*De Omgevingsvisie Drenthe bevat de visie van de provincie op ...*), the writer's description
    of the text, as at the start of a vision's section (``policy_voice._vision_section``)."""
    for a, b in sentence_spans(text):
        if speaks_for_government(text[a:b]) or not names_policy(text[a:b]):
            return a
    return 0


#: a quotation mark that closes quoted text at the end of a paragraph
_CLOSING_MARK = re.compile(r"[\"'”’][*_)\]]*\s*[.!?]?\s*$")


def _unclosed_quote(document: Document, headings: list[bool], i: int, at: int) -> tuple[QuotedBlock, int]:
    """The quotation that opens at offset ``at`` of paragraph ``i`` (``_opens_unclosed_quote``): up to the paragraph
    that ends with a closing quotation mark, else up to the next heading, at most ``MAX_INTRO_PARAGRAPHS`` on.
    Returns the block and the paragraph after it."""
    paragraphs = document.paragraphs
    j = i
    while (
        j + 1 < len(paragraphs)
        and not headings[j + 1]
        and j + 1 - i <= MAX_INTRO_PARAGRAPHS
        and (j == i or not _CLOSING_MARK.search(document.paragraph_text(paragraphs[j])))
    ):
        j += 1
    return QuotedBlock(paragraphs[i].start + at, paragraphs[j].end, "beleid"), j + 1


def _sentence_start(text: str, at: int) -> int:
    """The offset in ``text`` where the sentence that holds offset ``at`` starts."""
    starts = [m.end() for m in _SENTENCE.finditer(text, 0, at)]
    return starts[-1] if starts else 0


def _previous_text(document: Document, headings: list[bool], i: int) -> str:
    """The text of the paragraph before paragraph ``i``, if it is no heading (else '')."""
    return document.paragraph_text(document.paragraphs[i - 1]) if i > 0 and not headings[i - 1] else ""


def _section_end(headings: list[bool], i: int) -> int:
    """The index of the next heading after paragraph ``i`` (or the number of paragraphs)."""
    j = i + 1
    while j < len(headings) and not headings[j]:
        j += 1
    return j


def _section_context(document: Document, headings: list[bool], i: int, heading: str) -> str:
    """What the text under heading ``i`` (``heading``) is about, for the tests that ask whether the heading names a
    law or policy text: the heading itself, unless it names none and a section that holds it names a provincial or
    national vision (``section_vision``): *4.1.1.2 Vier prioriteiten* under
    *4.1.1 Nationale Omgevingsvisie (NOVI)* sets out the NOVI's priorities; then that section's heading. A plan's
    own chapter on policy (*Hoofdstuk 4 Beleidskader*) names no vision, so the writer's text under it stays theirs."""
    if heading_names_policy(heading):
        return heading
    return section_vision(document, headings, i) or heading


def _outside(block: QuotedBlock, others: list[QuotedBlock]) -> list[QuotedBlock]:
    """The parts of ``block`` that no block of ``others`` overlaps, each of the same kind."""
    parts, at = [], block.start
    for o in sorted(
        (o for o in others if o.start < block.end and block.start < o.end), key=lambda o: o.start
    ):
        if o.start > at:
            parts.append(QuotedBlock(at, o.start, block.kind))
        at = max(at, o.end)
    if at < block.end:
        parts.append(QuotedBlock(at, block.end, block.kind))
    return parts


def policy_quotations(document: Document) -> list[QuotedBlock]:
    """Quoted text of law or policy, for telling a quotation from a copy (``rules.copy``): the blocks of
    ``quoted_blocks``, except a copyright notice, a reaction or a repeated condition (``NOT_POLICY``) and a
    paragraph in italics that does not stand where law or policy is quoted (``_policy_context``), and with the text
    that a sentence naming a law or policy text introduces (``_introduces_policy``: *In de Omgevingsvisie staat:*,
    *het Rijk heeft drie hoofddoelen:*), the section that
    opens with a footnoted source (``_footnoted_source``), the text under a heading that names an article in
    brackets (*Gestapeld houden van vee (artikel 2.30)*), up to the next heading, the text after a line that names a
    member or article (``opens_with_member``: *Lid 1 Ladder ...*) where a law or policy text is named there, in the
    paragraph before or in the heading, and a paragraph in which a government body speaks of its own policy
    (``speaks_for_government``: *De provincie heeft de ladder in de verordening opgenomen ...*) where it, its
    heading or the lead-in right above that heading names a law or policy text (``lead_in_names_policy``), and under
    a heading that names a law or policy text or after a sentence of the paragraph that names one, a sentence that
    states its rule (``rule_sentence``, ``_rule_blocks``: *Een ruimtelijk plan kan uitsluitend voorzien in ...*), and a paragraph in which a policy text names itself by its title
    (``names_itself``: *... onderdeel is van deze Visie Ruimte en Mobiliteit*)."""
    return list(remembered(document.memo, "policy_quotations", lambda: tuple(_policy_quotations(document))))


def _policy_quotations(document: Document) -> list[QuotedBlock]:
    """What ``policy_quotations`` finds, worked out (once per document)."""
    paragraphs = document.paragraphs
    headings = paragraph_headings(document)
    index = {p.start: i for i, p in enumerate(paragraphs)}
    found = [
        b
        for b in quoted_blocks(document)
        if (
            b.kind != "cursief"
            or (
                _policy_context(document, headings, index.get(b.start, 0))
                and not draws_conclusion(document.text[b.start : b.end])
            )
        )
        and not (b.kind == "kop" and _under_own_section(document, headings, index.get(b.start, 0)))
        and b.kind not in NOT_POLICY
    ]
    # a section under a heading that names a law's text ends where the writer applies it to the plan
    found = [c for b in found if (c := _before_the_plan(document, b) if b.kind == "kop" else b) is not None]
    heading = ""
    heading_at = -1  # the paragraph of that heading
    # the heading, or the heading of a section that holds it and names a vision (``_section_context``)
    context = ""
    sections: list[QuotedBlock] = []  # the text of a vision under its heading (``_vision_section``)
    reported: list[QuotedBlock] = []  # sentences that report an article's text (``reports_article``)
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        if headings[i]:
            heading, heading_at = document.paragraph_text(p), i
            context = _section_context(document, headings, i, heading)
            end = _section_end(headings, i)
            if _ARTICLE_IN_BRACKETS.search(heading) and end > i + 1:
                block = QuotedBlock(paragraphs[i + 1].start, paragraphs[end - 1].end, "kop")
                found.extend(b for b in [_before_the_plan(document, block)] if b is not None)
            elif end > i + 1 and (vision := _vision_section(document, headings, i)) is not None:
                sections.append(vision)
            i += 1
            continue
        if _footnoted_source(document, p):
            end = _section_end(headings, i)
            block = QuotedBlock(p.start, paragraphs[end - 1].end, "bron")
            found.extend(b for b in [_before_the_plan(document, block)] if b is not None)
            i = end
            continue
        text = document.paragraph_text(p)
        reported.extend(_sentence_blocks(text, p.start, reports_article, "indirect"))
        found.extend(_sentence_blocks(text, p.start, prescribed_sentence, PRESCRIBED))
        rules = _rule_blocks(text, p.start, heading_names_policy(context))
        found.extend(rules)
        if rules and (items := rule_list(document, headings, i, rules[-1])) is not None:
            found.append(items)  # the requirements a rule's sentence announces with a colon
        found.extend(announced_definitions(text, p.start))
        if names_itself(text):
            # the paragraph of a policy text that names itself (*... van deze Visie Ruimte en Mobiliteit*)
            found.append(QuotedBlock(p.start, p.end, VISION))
        if (
            opens_with_member(text)
            and i + 1 < len(paragraphs)
            and not headings[i + 1]
            and (
                names_policy(f"{text} {_previous_text(document, headings, i)}")
                or heading_names_policy(context)
            )
        ):
            # 'Lid 1 Ladder voor duurzame verstedelijking' after a sentence naming the ordinance: the member's text
            # and its items follow
            block, i = _after_intro(document, headings, i, len(text), "artikellid")
            if block is not None:
                found.append(block)
            continue
        if (
            speaks_for_government(text)
            and (
                names_policy(text)
                or heading_names_policy(context)
                or (heading_at >= 0 and lead_in_names_policy(document, headings, heading_at))
            )
            and not _words("plan_itself") & set(re.findall(r"\w+", text.lower()))
        ):
            # the paragraph is the body's own text (unless it speaks of the plan: *De voorliggende ontwikkeling past
            # ...*, ``plan_itself``); a list it introduces is looked for below as well
            found.append(QuotedBlock(p.start + _voice_start(text), p.end, GOVERNMENT))
        at = _opens_unclosed_quote(text)
        if at is not None:
            block, i = _unclosed_quote(document, headings, i, at)
            found.append(block)
            continue
        # the last sentence of the paragraph before, for a lead-in of one sentence (only a colon introduces one)
        previous = _previous_text(document, headings, i) if ":" in text else ""
        at = _introduces_policy(text, context, _SENTENCE.split(previous)[-1] if previous else "")
        if at is None:
            lead = _lists_policy(text, context) if i + 1 < len(paragraphs) else None
            if lead is None or headings[i + 1] or not _is_item(document, paragraphs[i + 1]):
                i += 1
                continue
            j = i + 1
            while j < len(paragraphs) and not headings[j] and _is_item(document, paragraphs[j]):
                j += 1
            listed = _before_the_plan(
                document, QuotedBlock(paragraphs[i + 1].start, paragraphs[j - 1].end, "beleid")
            )
            if listed is not None:
                found.append(listed)
                found.append(QuotedBlock(p.start + lead, p.end, "aankondiging"))
            i = j
            continue
        block, i = _after_intro(document, headings, i, at, "beleid")
        block = _before_the_plan(document, block)
        if block is not None:
            found.append(block)
            # the sentence that introduces it, up to the colon, counts as quoting too (a list and its lead-in are
            # one sentence, ``rules.copy_spans.list_blocks``), but it is no edge where a passage is cut
            # (``rules.copy_spans.quoted_edges``): a passage of the lead-in and the quotation is a quotation
            found.append(QuotedBlock(p.start + _sentence_start(text, at - 1), p.start + at, "aankondiging"))
    # a government's own voice counts only where no other quoted text is found in the paragraph (it would take that
    # block's kind when merged, and counts only for passages that several organisations hold, ``rules.copy``)
    # and so does a vision's text under its heading (``_vision_section``)
    # a vision's section (``_vision_section``) that another block overlaps keeps its parts outside that block (a
    # list quoted after its lead-in: the list is the list's, the vision's sentences around it stay the vision's); a
    # paragraph in a government's voice with a lead-in in it is dropped whole (a stock summary of the SVIR that ends
    # in *... zijn de ambities van het Rijk in drie doelen uitgewerkt:* is the writer's, its list the policy's)
    others = [b for b in found if b.kind not in HELD_KINDS]
    found = (
        others
        + [
            b
            for b in found
            if b.kind in HELD_KINDS and not any(o.start < b.end and b.start < o.end for o in others)
        ]
        + [q for b in sections for q in _outside(b, others)]
    )
    # a sentence that reports an article's text in indirect speech, where no other quoted text holds it; no edge
    # where a passage is cut (``rules.copy_spans.quoted_edges``): only a passage that is mostly such sentences is a
    # quotation
    found += [b for b in reported if not any(o.start < b.end and b.start < o.end for o in found)]
    return _merge(found)
