"""The document-level BT801 warning: one finding that says how much of a text is copied and from where.

``rules/copy.py`` finds the copied passages (BT801, BT802) and stock phrases (BT107), one finding each. With two or
more passages that are warnings, this module adds one finding for the whole document (``summary_finding``) with the
share of the text and the largest sources, and chooses the passage it sits on: the largest, outside the sections
that describe law or policy (``passages_under_policy``). It is imported only when a check runs.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from operator import attrgetter

from .copy import COPY, percent


def passages_under_policy(document, passages: list) -> set[int]:
    """``id`` of the finding of every passage that stands under a heading naming a law or policy text (*Rijksbeleid*,
    *Structuurvisie Infrastructuur en Ruimte*) or the legal framework of a topic (*Normstelling*, *Toetsingskader*):
    there a plan describes or quotes law and policy, which is weak evidence of copying, so the document-level warning
    does not sit on it where another passage will do."""
    from ..language.data import word_set
    from ..language.policy_quotes import names_policy
    from ..language.quote_kinds import is_heading

    frames = tuple(word_set("aanhalingen", "framework_headings"))

    def about_policy(heading: str) -> bool:
        return names_policy(heading) or any(w.endswith(frames) for w in re.findall(r"\w+", heading.lower()))

    # (start, text, a real heading rather than a bold line used as one)
    headings = [
        (p.start, document.paragraph_text(p), p.kind == "heading")
        for p in document.paragraphs
        if is_heading(document, p)
    ]
    starts = [h[0] for h in headings]
    under = set()
    for p in passages:
        # the heading right above the passage, and where that is a bold line used as one (a PDF's subheading under
        # *Normstelling*), the first real heading above it too
        i = bisect.bisect_right(starts, p[4].start) - 1
        if i < 0:
            continue
        above = [headings[i][1]]
        while i >= 0 and not headings[i][2]:
            i -= 1
        if i >= 0:
            above.append(headings[i][1])
        if any(about_policy(heading) for heading in above):
            under.add(id(p[4]))
    return under


#: a full stop (or ! ?) and the space after it: where the last sentence of a lead-in starts
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")


def reads_as_quotation(document, start: int) -> bool:
    """The passage that starts at character ``start`` is introduced as quoted text: the sentence right before it
    ends in a colon and says that a text sets out what follows (*In de keur is het volgende bepaald:*, *De
    verordening bepaalt het volgende:*, *Artikel 2 luidt als volgt:*, *In de visie staat:*), with only headings and
    title lines (*15. Afvoer hemelwater*) between them. A verb that says what a text sets out only with the name of
    a law or policy text (*staat*, *opgenomen*, *stelt*: ``policy_intro_verbs``) needs that name in the sentence; a
    sentence about research (*De conclusies luiden als volgt:*) introduces no quotation of law or policy. Such a
    passage is no copied prose to warn about, even where the tool cannot tell its kind."""
    from ..language.data import word_set
    from ..language.policy_lead_ins import names_research
    from ..language.policy_voice import announces
    from ..language.quote_kinds import MAX_HEADING_WORDS, is_heading, names_a_policy_kind

    paragraphs = document.paragraphs
    # by the paragraphs' own starts: no list of every paragraph's start for each passage
    i = bisect.bisect_right(paragraphs, start, key=attrgetter("start")) - 1
    if i < 0:
        return False
    lead = document.text[paragraphs[i].start : start] if start > paragraphs[i].start else ""
    if not lead.strip():
        lead = ""
        for p in reversed(paragraphs[max(0, i - 4) : i]):
            text = document.paragraph_text(p)
            title = len(text.split()) <= MAX_HEADING_WORDS and not text.rstrip(" *_").endswith(
                (".", ":", ";")
            )
            if p.kind not in ("table_cell",) and (is_heading(document, p) or title):
                continue
            lead = text
            break
    lead = lead.rstrip(" *_\n")
    sentence = _SENTENCE_GAP.split(lead)[-1]
    # a semicolon for the colon is a slip of the pen where the sentence says that what follows is set out (*Voor
    # deze structuur is het volgende bepaald;*); a list item ends in one too, and does not say that
    if not (lead.endswith(":") or (lead.endswith(";") and announces(sentence))):
        return False
    if names_research(sentence):
        return False
    words = set(re.findall(r"\w+", sentence.lower()))
    if words & (word_set("aanhalingen", "intro_verbs") | word_set("aanhalingen", "lead_in_participles")):
        return True
    named = any(map(names_a_policy_kind, words)) or bool(
        words & ({"artikel", "keur"} | word_set("aanhalingen", "law_abbreviations"))
    )
    return named and bool(words & word_set("aanhalingen", "policy_intro_verbs"))


def summary_finding(
    passages: list, words: int, quoted: list | tuple = (), under_policy: set | frozenset = frozenset()
) -> list:
    """Say it once: with two or more copied passages that are warnings (template text, copied from others), one
    document-level BT801 warning with the share of the text and the largest sources, and every passage at info
    level. The warning takes the span of the largest of those passages (the first of equal ones), outside the
    passages in ``under_policy`` (``id`` of their findings) where there is one. Quotations of law and policy
    (``quoted``: first and last word of each) do not count in the share; the message gives their share apart."""
    from .copy_kinds import WARNING_KINDS

    warned = [p for p in passages if p[0] in WARNING_KINDS]
    if len(warned) < 2 or not words:
        return []
    copied = [False] * words
    for _, s, e, *_ in passages:
        for i in range(s, e):
            copied[i] = True
    share = round(sum(copied) / words, 3)  # as in data["share"], so that every front end shows one figure
    cited = [False] * words
    for s, e in quoted:
        for i in range(s, e):
            cited[i] = not copied[i]
    quoted_share = round(sum(cited) / words, 3)
    sources = Counter()
    documents = set()
    for _, s, e, label, _, docs in warned:
        sources[label] += e - s
        documents |= docs
    top = ", ".join(f"'{label}'" for label, _ in sources.most_common(3))
    kinds = Counter(p[0] for p in passages)
    # the largest passage carries it: the best evidence of copying, not a short passage that happens to come first
    # a passage under a policy heading is the weakest evidence: it may be policy quoted without a sign of it
    anchors = [p for p in warned if id(p[4]) not in under_policy] or warned
    first = max(anchors, key=lambda p: (p[2] - p[1], -p[1]))[4]
    cites = (
        f" Daarnaast is {percent(quoted_share)}% een citaat uit wet of beleid; dat telt niet mee."
        if percent(quoted_share) >= 1
        else ""
    )
    return [
        COPY.finding(
            first.start, first.end,
            f"{percent(share)}% van deze tekst staat ook in {len(documents)} andere documenten; de grootste "
            f"bronnen: {top}.{cites} Schrijf in eigen woorden wat uw organisatie zelf gaat doen. De passages staan "
            "hieronder apart (niveau info).",
            data={"summary": True, "share": share, "quoted_share": quoted_share, "passages": len(passages),
                  "sources": len(documents), "top": [label for label, _ in sources.most_common(3)],
                  "kinds": dict(kinds)},
        )
    ]  # fmt: skip
