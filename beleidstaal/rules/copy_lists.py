"""Lists in copied passages (``rules.copy``): a list with the sentence that leads into it is one sentence, so a
passage takes all of it or none; and a passage never ends on a colon, whose sentence goes on after it."""

from __future__ import annotations

import bisect
import re

#: an item that ends in a semicolon, perhaps with *en* or *of* after it: the sentence goes on in the next item
_CHAINED = re.compile(r";(?:\s*(?:en|of))?[\s*_]*$")


#: a line that opens with the letter or number of an enumeration (*a. er wordt ...*, *2) de ...*)
_ITEM_LINE = re.compile(r"[-*•\s]*(?:[a-z]|\d+)[.)]\s")


def _item_line(text: str, at: int) -> bool:
    """The line before the one at character ``at`` is itself an item of an enumeration (*a. ...;*): a semicolon
    there ends an item, it leads into nothing."""
    before = text[:at].rstrip()
    line = before[before.rfind("\n") + 1 :]
    return bool(_ITEM_LINE.match(line))


def list_blocks(document, tokens, breaks: list[int]) -> list[tuple[int, int, int]]:
    """Every list of ``document`` that continues a sentence, in words of ``tokens``: (start of its lead-in, first
    item, end). The lead-in is the sentence that ends with a colon right before the first item (*... aan de
    volgende voorwaarden voldoet:*); it and the items are one sentence. Items with only skipped lines between them
    (a numbered line *1. Wonen, door onder andere:*) are one list. A list without a lead-in is left out: its items
    are sentences of their own; so is a list with a heading between it and the colon (*... stelt de verordening het
    volgende:* | *4.3 Nieuwbouw van woningen* | the article's parts). ``breaks``: the words that start a sentence,
    sorted."""
    text = document.text
    items = []
    for paragraph in document.paragraphs:
        if paragraph.kind != "list_item":
            continue
        i, j = (
            bisect.bisect_left(tokens.starts, paragraph.start),
            bisect.bisect_left(tokens.starts, paragraph.end),
        )
        if i < j:
            items.append((i, j, _CHAINED.search(document.paragraph_text(paragraph)) is not None))
    # [first word, end, items, every item but the last ends in a semicolon, the last one does]
    blocks: list[list] = []
    for i, j, chained in items:
        if blocks and blocks[-1][1] == i:
            b = blocks[-1]
            b[1:] = [j, b[2] + 1, b[3] and b[4], chained]
        else:
            blocks.append([i, j, 1, True, chained])
    from ..language.quote_kinds import is_heading

    headings = [p.start for p in document.paragraphs if is_heading(document, p)]
    out = []
    for first, end, n, chained, _ in blocks:
        rest = text[tokens.ends[first - 1] : tokens.starts[first]].split("\n", 1)[0] if first > 0 else ""
        if first > 0 and bisect.bisect_left(headings, tokens.ends[first - 1]) < bisect.bisect_left(
            headings, tokens.starts[first]
        ):
            continue  # a heading between the colon and the list: the list is no part of that sentence
        rest = rest.rstrip(" *_")
        # also after a number or bracket: *(zie tabel 4.2):*; and a semicolon for the colon where the items go on
        # with semicolons (*De gronden zijn bestemd voor;* | *a. wegen;* | *b. paden.*): one sentence all the same
        if rest.endswith(":") or (
            rest.endswith(";") and chained and n >= 2 and not _item_line(text, tokens.starts[first])
        ):
            out.append((breaks[max(0, bisect.bisect_right(breaks, first - 1) - 1)], first, end))
    return out


def outside_lists(passages: list, blocks: list[tuple[int, int, int]]) -> list:
    """The passages without a part of a list (``list_blocks``): a list with its lead-in is one sentence, so a passage
    takes all of it or none. A passage with all the items but without the lead-in takes the lead-in too; one that
    starts inside a list starts after it, one that ends inside a list (or at its lead-in) ends before the lead-in;
    what is left under ``index.match.MIN_WORDS`` words is dropped."""
    from ..index.match import MIN_WORDS
    from .copy_spans import part

    out = []
    for p in passages:
        s, e = p.start, p.end
        for lead, first, end in blocks:
            if e <= lead or s >= end or (s <= lead and e >= end):
                continue
            if lead <= s <= first and e >= end:
                s = lead  # all items: with the sentence that leads into them
            elif s >= lead:
                s = end
            else:
                e = lead
        if e - s >= MIN_WORDS:
            out.append(p if (s, e) == (p.start, p.end) else part(p, s, e))
    return out


#: a colon after the last word of a passage, maybe after closing markup, quotes, brackets or a number (*tabel 4.2):*)
_COLON_AFTER = re.compile(r"[*_)\]\"'”’»\s\d.\\]*:")


def not_at_colon(passages: list, text: str, tokens, breaks: list[int]) -> list:
    """The passages without a last sentence that ends in a colon: that sentence goes on after the colon (a list,
    a quotation) in text the passage does not hold, so the passage ends before it. What is left under
    ``index.match.MIN_WORDS`` words is dropped. ``breaks``: the words that start a sentence, sorted."""
    from ..index.match import MIN_WORDS
    from .copy_spans import part

    out = []
    for p in passages:
        last = p.end - 1
        if _COLON_AFTER.match(text, tokens.ends[last]) is None:
            out.append(p)
            continue
        e = breaks[bisect.bisect_right(breaks, last) - 1] if breaks and breaks[0] <= last else p.start
        if e - p.start >= MIN_WORDS:
            out.append(part(p, p.start, e))
    return out
