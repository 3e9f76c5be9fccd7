"""Rules of a parent plan quoted word for word under their own numbered heading (``rule_articles``).

A plan's explanation names an article of the plan it changes (*In het bestemmingsplan is in artikel 3.7 een
wijzigingsbevoegdheid opgenomen ...*) and then quotes it: a bold line or heading that opens with the article's
number (*3.7.1 Omzetten agrarische bedrijfswoning naar burgerwoning*, *36.5 Wijzigen naar "Water"*, *Artikel 3.7*),
a lead-in that ends in a colon (*Burgemeester en wethouders zijn bevoegd om ..., mits:*) and a list of conditions.
Such a heading opens a quoted rule when the lead-in is one sentence that ends in a colon with a list after it, and
either has a phrase of a rule's lead-in (``rule_lead_ins`` in ``lexicons/data/aanhalingen.toml``: *zijn bevoegd*,
*vast dient te staan dat*, *mits*, *met dien verstande*) or the writer named that article, or the article it is
part of, in the paragraph just before (quoted articles in a row: before the first of them). A lead-in without a
list after it (or with its items broken apart by the PDF) opens one only when both hold. The block is the heading,
the lead-in and the list, up to the next heading or paragraph of prose.

A plan's own chapter headings are numbered too (*3.7 Water*, *4.1 Geluid*): under them the writer's own prose
follows, not a lead-in with a colon and a list, so they open nothing. And where a heading's number goes on from the
writer's own last numbered heading (its first child, the next sibling, the next chapter) or no numbered heading came
before, it is the writer's own numbering: it opens a quoted rule only when the article is named just before *and*
the lead-in is in a rule's words (*3.7 Parkeren bij nieuwbouw* after *3.6 Fietsen*, with *mits:* and a list, stays
the writer's text). A number that breaks the writer's numbering (*3.7.1* after *1.4*) needs one of the two. A lead-in or item in the writer's own voice
(*wij*, *u*: ``own_voice``) opens nothing either."""

from __future__ import annotations

import re

from ..document import Document
from .quote_kinds import QuotedBlock, _is_item, _words, lower_words, sentence_spans

#: a heading that opens with an article number: a number with a dot (*36.5*, *3.7.1*), or any number after
#: *Artikel* (*Artikel 36*); a bare number without a dot (*3 Beleid*) is a chapter
_NUMBERED = re.compile(
    r"^(?:art(?:ikel|\.)\s*(?P<article>\d+(?:\.\d+)*)|(?P<number>\d+(?:\.\d+)+))\.?(?=\s|$)", re.I
)
#: the articles a sentence names: *artikel 3.7*, *artikelen 3.7 en 36.5*, *art. 4.1, 4.2 of 4.3*
_NAMED = re.compile(
    r"\bart(?:ikel(?:en)?|\.)\s*(?P<numbers>\d+(?:\.\d+)*(?:\s*(?:,|en|of)\s*\d+(?:\.\d+)*)*)", re.I
)
_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def rule_articles(document: Document, headings: list[bool]) -> list[QuotedBlock]:
    """The quoted rules under a numbered heading (see the module's text), as ``planregel`` blocks."""
    paragraphs = document.paragraphs
    found: list[QuotedBlock] = []
    named: frozenset[str] = frozenset()  # the articles that the writer's paragraph just before names
    outline: tuple[int, ...] | None = None  # the number of the writer's own last numbered heading
    i = 0
    while i < len(paragraphs):
        text = document.paragraph_text(paragraphs[i]).strip()
        if not headings[i]:
            named = named_articles(text)
            i += 1
            continue
        m = _NUMBERED.match(text.strip("*_\"'“”„ "))
        plain = _SECTION.match(text.strip("*_\"'“”„ "))
        number = (m.group("article") or m.group("number")) if m else None
        fits = number is not None and (outline is None or _follows(outline, number))
        end = _rule_under(document, headings, i, number, named, both=fits) if m else None
        if end is None:
            if plain and not (m and m.group("article")):
                outline = tuple(int(n) for n in plain.group(1).split("."))
            named = frozenset()
            i += 1
            continue
        found.append(QuotedBlock(paragraphs[i].start, paragraphs[end - 1].end, "planregel"))
        i = end  # the articles named before hold for a next quoted article right after this one
    return found


def named_articles(text: str) -> frozenset[str]:
    """The numbers of the articles that ``text`` names (*in artikel 3.7 ... en in artikel 36.5* -> 3.7, 36.5)."""
    return frozenset(n for m in _NAMED.finditer(text) for n in _NUMBER.findall(m.group("numbers")))


def _is_named(number: str, named: frozenset[str]) -> bool:
    """The article ``number`` is named, or the article it is part of (*3.7.1* under a named *3.7*); a part of a
    number without a dot (*36.5* under *artikel 36*) counts too, but only as an article the sentence names."""
    return any(number == n or number.startswith(n + ".") for n in named)


_SECTION = re.compile(r"^(\d+(?:\.\d+)*)\.?(?=\s|$)")


def _follows(outline: tuple[int, ...], number: str) -> bool:
    """``number`` goes on from the writer's last numbered heading: a child, a next sibling or a next section."""
    cur = tuple(int(n) for n in number.split("."))
    if cur[: len(outline)] == outline and len(cur) == len(outline) + 1 and cur[-1] == 1:
        return True
    for k in range(min(len(outline), len(cur))):
        if cur[:k] == outline[:k] and cur[k] == outline[k] + 1 and all(n == 1 for n in cur[k + 1 :]):
            return True
    return False


def _rule_under(
    document: Document, headings: list[bool], i: int, number: str, named: frozenset[str], both: bool = False
) -> int | None:
    """The heading at ``i`` (with article ``number``) heads a quoted rule: the number of the first paragraph after
    the rule's list; None when the paragraph under it is no lead-in with a colon and a list after it, or when
    neither the lead-in's words nor the paragraph before make it a rule."""
    paragraphs = document.paragraphs
    j = i + 1
    if j >= len(paragraphs) or headings[j] or _is_item(document, paragraphs[j]):
        return None
    lead = document.paragraph_text(paragraphs[j]).strip()
    # one sentence: a sentence before it is the writer's own (*Voor de gewenste situatie kan gebruik worden gemaakt
    # van de wijzigingsbevoegdheid. ... mits:*)
    if len(sentence_spans(lead)) > 1:
        return None
    k = j + 1
    while k < len(paragraphs) and not headings[k] and _item_or_rest(document, k):
        k += 1
    own = _words("own_voice")
    if any(own & set(lower_words(document.paragraph_text(p))) for p in paragraphs[j:k]):
        return None
    named, lead_in = _is_named(number, named), _has_lead_in(lead)
    if lead.endswith(":") and k > j + 1 and ((named and lead_in) if both else (named or lead_in)):
        return k
    # no list after it (or the PDF broke its items apart): the article named just before, in a rule's words
    return k if named and lead_in else None


def _item_or_rest(document: Document, k: int) -> bool:
    """Paragraph ``k`` is an item of the list, or the rest of the item before it that the PDF put apart (a
    paragraph in lower case after an item that does not end in ``;``, ``.`` or ``:``)."""
    paragraphs = document.paragraphs
    if _is_item(document, paragraphs[k]):
        return True
    text = document.paragraph_text(paragraphs[k]).strip("*_ ")
    before = document.paragraph_text(paragraphs[k - 1]).rstrip("*_ ")
    return (
        bool(text[:1].islower())
        and _is_item(document, paragraphs[k - 1])
        and not before.endswith((";", ".", ":"))
    )


def _has_lead_in(lead: str) -> bool:
    """The lead-in has a phrase of a rule's lead-in (``rule_lead_ins``), as whole words in a row."""
    words = " " + " ".join(lower_words(lead)) + " "
    return any(f" {phrase} " in words for phrase in _words("rule_lead_ins"))
