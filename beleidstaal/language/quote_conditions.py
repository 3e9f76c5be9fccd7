"""Two recognisers of ``quotation.quoted_blocks`` that stand on their own: the conditions of a rule lettered in
legal style (``condition_items``: *a.*, *b)*, *(c)*, *iv)* in letter order, in the rule's voice) and titles in italics
inside a paragraph (``italic_titles``). Moved out of ``quote_kinds`` (which keeps the other kinds and the helpers
both use) when that module grew past the house's 450 lines. Offsets are into ``Document.text``."""

from __future__ import annotations

import re

from ..document import Document, Paragraph
from .quote_kinds import QuotedBlock, _item_number, _words

#: an item of a rule's conditions: a letter (*a.*, *b)*, *(c)*) or a Roman number (*iv)*), then a word in lower case
_CONDITION = re.compile(r"^\(?(?P<mark>[a-z]|[ivx]{1,4})[.)]\s+(?=[a-z])")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def _condition_mark(text: str) -> tuple[int | None, int | None] | None:
    """(place as a letter, place as a Roman number) of a condition item's mark, or None when ``text`` is no such
    item: a mark, a clause in lower case, and an end in ``;``, ``,``, ``; en``, ``, of``, ``.`` or ``:`` (an item
    with a list of its own under it: *h. vooraf wordt inzicht gegeven in:*)."""
    m = _CONDITION.match(text)
    end = text.rstrip()
    if not m or not (end.endswith((";", ",", ".", ":")) or re.search(r"[;,]\s*(?:en|of)$", end)):
        return None
    mark = m.group("mark")
    return (ord(mark) - 96 if len(mark) == 1 else None), _ROMAN.get(mark)


def condition_items(document: Document, headings: list[bool]) -> list[QuotedBlock]:
    """The items of a rule's conditions quoted in legal style (module docstring): one block per item; the text
    between the items is not quoted."""
    found: list[QuotedBlock] = []
    run: list[tuple[Paragraph, str]] = []  # the items in letter order so far in this section
    last: tuple[int | None, int | None] = (None, None)

    def close() -> None:
        if (
            len(run) >= 2
            and any(";" in text.rstrip()[-5:] for _, text in run)
            and not any(_words("own_voice") & set(re.findall(r"\w+", text.lower())) for _, text in run)
        ):
            found.extend(QuotedBlock(q.start, ends.get(q.start, q.end), "voorwaarden") for q, _ in run)

    ends: dict[int, int] = {}  # an item's start -> the end of the last of its own numbered items
    # the last item of the run ends in ':' and its own items (*1.*, *2.*) follow right under it
    opened = False
    for p, heading in zip(document.paragraphs, headings, strict=True):
        if heading:
            close()
            run, last, opened = [], (None, None), False
            continue
        text = document.paragraph_text(p)
        mark = _condition_mark(text)
        if mark is None:
            # the numbered items of a condition that ends in ':' are part of it (*f. ... geldt dat:* / *1. ...*)
            opened = opened and bool(run) and _item_number(document, p) is not None
            if opened:
                ends[run[-1][0].start] = p.end
            continue
        follows = any(m is not None and n is not None and m == n + 1 for m, n in zip(mark, last, strict=True))
        if not follows:
            close()
            run = []
        run.append((p, text))
        last = mark
        opened = text.rstrip().endswith(":")
    close()
    return found


#: an italic stretch inside a line: one '*' or '_' on each side, not part of '**'
_ITALIC_RUN = re.compile(r"(?<![*_\w])([*_])(?![*_\s])(?P<inner>[^*_\n]+?)(?<![*_\s])\1(?![*_\w])")
#: an italic title has at least this many words; one or two italic words are emphasis
MIN_TITLE_WORDS = 3


def italic_titles(document: Document, p: Paragraph) -> list[QuotedBlock]:
    """The titles in italics inside a paragraph: an italic stretch of ``MIN_TITLE_WORDS`` words or more right after
    '(' or after a noun in ``report_nouns`` (or one that ends in it: *aanmeldnotitie*)."""
    loc = document.locate(p.start, p.end)
    source = document.source[loc.offset : loc.end_offset + 1]
    nouns = _words("report_nouns")
    found = []
    for m in _ITALIC_RUN.finditer(source):
        if len(m.group("inner").split()) < MIN_TITLE_WORDS:
            continue
        before = source[: m.start()].rstrip()
        word = re.search(r"(\w+)$", before)
        if not (before.endswith("(") or (word and word.group(1).lower().endswith(tuple(nouns)))):
            continue
        start = document.text_offset(loc.offset + m.start("inner"))
        end = document.text_offset(loc.offset + m.end("inner") - 1) + 1
        if p.start <= start < end <= p.end:
            found.append(QuotedBlock(start, end, "titel"))
    return found
