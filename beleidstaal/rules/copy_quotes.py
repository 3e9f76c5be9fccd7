"""Whether copied words are a quotation (BT802) or a copy (BT801): ``quotation_reason``, with which ``rules.copy``
and the batch archive (``batch.worker.passages``) classify a passage, and ``in_held`` (the text of a vision under
its heading or a government's own, which never carries a warning); with the shares and holder counts that decide it."""

from __future__ import annotations

#: copied words are a quotation (BT802) when at least this share of them is quoted
QUOTED_SHARE = 0.7
#: a paragraph in which a government body speaks of its own policy (``language.policy_voice.speaks_for_government``)
#: is a quotation only when plans of at least this many other organisations hold the passage: the body's own text,
#: quoted by others. (It was two while the voice was read more loosely, when one other plan with it was more often a
#: summary copied from that plan; on the ten judged copy sheets every passage in a government's voice, a vision's
#: text or an ordinance's rule that one other organisation holds is a quotation for the judges: copy-028, copy6-060,
#: copy8-030.) A passage no other organisation holds (the batch archive passes 0) is no quotation by its voice alone.
GOVERNMENT_ORGANISATIONS = 1
#: but held by plans of this many other organisations, such a paragraph is a stock summary that names the body in
#: the third person (*Het Rijk kiest voor ...*, *Het Rijk wil met de introductie van de ladder ...*), also where
#: some of them hold it word for word: template text, not the body's own text (the judged quotations in a
#: government's voice are held by two or three other organisations; stock summaries by four to sixteen)
STOCK_ORGANISATIONS = 4


def _mostly_in(blocks, tokens, first: int, last: int, counts=None) -> bool:
    """At least ``QUOTED_SHARE`` of the words ``tokens[first:last]`` stand in a block of ``blocks``
    (``language.quotation.QuotedText``) that ``counts`` (every block when None)."""
    n = last - first
    if n <= 0 or not blocks.blocks:
        return False
    held = blocks.words_in(tokens)[first:last]
    held = held[held >= 0]
    if counts is not None and len(held):
        # whether each block that holds words counts, asked once per block
        counted = held.copy()
        for i in set(held.tolist()):
            counted[held == i] = counts(blocks.blocks[i])
        return int(counted.sum()) >= QUOTED_SHARE * n
    return len(held) >= QUOTED_SHARE * n


def in_held(blocks, tokens, first: int, last: int, organisations: int = 0) -> bool:
    """At least ``QUOTED_SHARE`` of the words ``tokens[first:last]`` stand in the text of a provincial or national
    vision under its heading (``language.policy_voice.VISION``), in a sentence that states an ordinance's rule under
    its heading (``RULE``), or in a paragraph in which a government body speaks of its own policy (``GOVERNMENT``) that plans of fewer than ``STOCK_ORGANISATIONS`` other organisations hold
    (``organisations``): too few holders to call it a quotation, but the body's text all the same, so never a
    warning and never the document-level warning's passage."""
    from ..language.policy_voice import GOVERNMENT, HELD_KINDS

    stock = organisations >= STOCK_ORGANISATIONS
    return _mostly_in(
        blocks, tokens, first, last, lambda b: b.kind in HELD_KINDS and not (stock and b.kind == GOVERNMENT)
    )


def quotation_reason(
    document,
    tokens,
    first: int,
    last: int,
    *,
    cite_source: bool = False,
    blocks=None,
    organisations: int = 0,
) -> str | None:
    """Why the copied words ``tokens[first:last]`` of ``document`` (``index.noise.prose_tokens``) are a quotation
    (BT802) and not a copy (BT801); None for a copy. ``beleidstaal check`` and the batch archive
    (``batch.worker.passages``) classify with this one function. In this order: the words are between quotation
    marks or in a block quote; the source is one to quote from (``quote_sources``); the words are quoted text
    that ``language.quotation`` recognises (a law article under its heading, text after *luidt:*, definitions).
    ``blocks`` is ``language.quotation.QuotedText`` of the document, when the caller has it already. Words quoted
    from the plan's own research (``language.report_quotes.report_quotations``) are no quotation, unless the
    source is one to quote from. ``organisations``: how many other organisations hold the passage; a paragraph in
    which a government body speaks of its own policy counts as quoted from ``GOVERNMENT_ORGANISATIONS`` on (the
    batch archive, which does not know the holders, passes 0), and so does a vision's text under its heading and an
    ordinance's rule under its heading (``language.policy_voice.RULE``); from
    ``STOCK_ORGANISATIONS`` on, a government's voice is a stock summary again."""
    n = last - first
    if n <= 0:
        return None
    from ..language.report_quotes import report_quotations

    reports = report_quotations(document)
    # words quoted from the plan's own research (a report's conclusions) are no quotation of law or policy, also in
    # quotation marks: the judges call them template text or copied from another organisation's report
    report = _mostly_in(reports, tokens, first, last)
    if not report and sum(tokens.quoted[first:last]) >= QUOTED_SHARE * n:
        return "aanhalingstekens"
    if cite_source:
        return "bron om te citeren"
    if report:
        return None
    if blocks is None:
        from ..language.policy_quotes import policy_quotations
        from ..language.quotation import QuotedText

        blocks = QuotedText(policy_quotations(document))
    if blocks.blocks:
        from ..language.policy_voice import GOVERNMENT, HELD_KINDS

        voice = organisations >= GOVERNMENT_ORGANISATIONS
        stock = organisations >= STOCK_ORGANISATIONS

        def counts(b) -> bool:
            return b.kind not in HELD_KINDS or (voice and not (stock and b.kind == GOVERNMENT))

        if _mostly_in(blocks, tokens, first, last, counts):
            return "aangehaalde tekst"
    return None
