"""Spans of copied passages on whole sentences (``rules.copy``): where a sentence starts after the parse and the
punctuation, the closing punctuation a passage takes in, the edges of quoted blocks, the parts of a passage another
passage did not already report, and the stock phrases of the collection inside a passage."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

#: what stands between two sentences: a line break, or at the end a full stop (or ! ? ; …) or a closing bracket,
#: maybe with closing quotes, and maybe the opening quote or bracket of the next sentence; a full stop inside a
#: number (*artikel 5.16 Wm*) is none, and so is a colon on the same line: the sentence runs on after it (*De
#: definitie luidt: "..."*)
_AFTER_SENTENCE = re.compile(r"\n|[.!?;…)\]][)\]\"'”’»]*\s*[\"'“„‘‚«(\[]*\Z")

#: the label of an item at the start of a paragraph (*iii.*, *b)*, *(2)*, *1.*): the item's sentence starts there
_ITEM_LABEL = re.compile(r"[*_\s]*\(?(?:[ivx]{1,4}|[a-z]|\d{1,3})[.)]\s")
#: the end of a paragraph whose sentence runs on in the next one: a comma, or a word and no closing punctuation
#: (markup, closing quotes and brackets aside)
_OPEN_END = re.compile(r",[*_\s]*\Z")


def runs_on(text: str) -> bool:
    """The sentence at the end of paragraph ``text`` goes on in the next paragraph: the paragraph ends in a comma,
    or a bracket in it is still open (*(Wetlands, kustgebieden, ... natuurparken,* then *Habitat- en
    Vogelrichtlijngebieden), ...* on the next line of a PDF)."""
    return bool(_OPEN_END.search(text)) or text.count("(") > text.count(")")


#: an article number with a full stop after it (*art. 1.1.1.*), between 'art.' and the name of the law
_ARTICLE_NUMBER = re.compile(r"\.?\s*\d+(?:\.\d+)*[a-z]?\.\s*")


def _continues(text: str, tokens, i: int) -> bool:
    """Word ``i`` continues the sentence of the word before it, although the parser starts a sentence there: no
    full stop, bracket or line break between them, or only an article number between *art.* and the name of a law
    (*art. 1.1.1. Bro definieert*)."""
    from ..language.data import word_set

    gap = text[tokens.ends[i - 1] : tokens.starts[i]]
    if not _AFTER_SENTENCE.search(gap):
        return True
    before = text[tokens.starts[i - 1] : tokens.ends[i - 1]].lower()
    word = text[tokens.starts[i] : tokens.ends[i]].lower()
    return (
        before in ("art", "artikel", "lid")
        and _ARTICLE_NUMBER.fullmatch(gap) is not None
        and word in word_set("aanhalingen", "law_abbreviations")
    )


def sentence_starts(analysis, tokens) -> list[int]:
    """The words of ``tokens`` (``index.noise.prose_tokens``) that start a sentence, from the parse (so *o.a.* and
    *art.* do not end a sentence), or a paragraph; in a paragraph that was not parsed, the punctuation breaks. A
    start on a word in lower case is none, except in a list item: text converted from PDF breaks paragraphs and
    lines in the middle of a sentence (at a page break), and the parser follows those breaks. Nor is a paragraph
    after one whose sentence runs on (``runs_on``: a comma or an open bracket at its end), nor a start of the parse
    that no punctuation or line break comes before: the parser also splits long sentences at a name (*Metropool
    Regio Rotterdam | Den Haag*, *het Beleidsplan | Groen, Water en Milieu*) and after a colon. An item label at the
    start of a paragraph (*iii.*, *b)*) starts the item's sentence."""
    text = analysis.document.text
    document = analysis.document
    parsed = set()
    found = set()
    for ap in analysis.paragraphs:
        parsed.add(ap.paragraph.start)
        for sent in ap.doc.sents:
            i = bisect.bisect_left(tokens.starts, ap.offset + sent.start_char)
            if 0 < i < len(tokens) and _continues(text, tokens, i):
                continue
            found.add(i)
    items = set()
    going_on = (
        set()
    )  # words that go on with the sentence before them although a paragraph or a parse starts there
    before = ""
    for paragraph in document.paragraphs:
        i = bisect.bisect_left(tokens.starts, paragraph.start)
        found.add(i)
        own = document.paragraph_text(paragraph)
        if paragraph.kind == "list_item":
            items.add(i)
        if before and runs_on(before) and paragraph.kind not in ("heading", "table_cell"):
            going_on.add(i)
        label = _ITEM_LABEL.match(text, paragraph.start, paragraph.end)
        if label and i < len(tokens) and tokens.starts[i] < label.end():
            items.add(i)  # *iii. Daarnaast ...*: the label starts the item's sentence, not the word after it
            going_on.add(i + 1)
        if paragraph.start not in parsed:
            j = bisect.bisect_left(tokens.starts, paragraph.end)
            found.update(b for b in tokens.breaks if i <= b < j)
        before = own if paragraph.kind not in ("heading", "table_cell") else ""
    hard = set(tokens.hard)
    return sorted(
        b
        for b in found
        if b < len(tokens)
        and (
            b == 0
            or b in hard
            or ((b in items or not text[tokens.starts[b]].islower()) and b not in going_on)
        )
    )


#: what may close a sentence after its last word: a full stop (or ! ? …), closing quotes and brackets
_CLOSING = re.compile(r"[)\]\"'”’»]*[.!?…]+[)\]\"'”’»]*")


#: a full stop (or ; : ! ? …) and closing quotes or brackets, before a space or the end
_STOP = re.compile(r"[.!?…;:][)\]\"'”’»]*(?=\s|$)")
#: closing quotes and brackets
_CLOSERS = re.compile(r"[)\]\"'”’»]*")
#: an HTML tag (not a '<' before an amount: *< € 200.000*)
_MARKUP = re.compile(r"<[A-Za-z/!]")
#: the most characters between the last word of a sentence and its end that a span takes in
MAX_REST = 40


def closing_end(text: str, end: int, limit: int | None = None, *, paragraph_end: bool = False) -> int:
    """``end`` moved past the punctuation that closes the sentence there (*gebied.*, *(zie artikel 3).*), if any.
    With ``limit`` (where the next sentence's first word or the paragraph begins): past the whole rest of the
    sentence, which has no words but may have numbers (*een kans van 1 op (ofwel 10-6).*, *vastgesteld op 23
    november 2009.*) or a closing bracket without a full stop; not past a line of its own, markup or a table.
    When ``limit`` is the end of the paragraph (``paragraph_end``), a rest without a full stop is the sentence's
    too (*d.d. juli 2016* at the end of a list item)."""
    m = _CLOSING.match(text, end)
    plain = m.end() if m else end
    if limit is None or limit <= end:
        return plain
    rest = text[end:limit].rstrip()
    if len(rest) > MAX_REST or "\n" in rest.strip() or _MARKUP.search(rest) or "|" in rest:
        return plain
    stops = [s.end() for s in _STOP.finditer(rest)]
    if stops:  # the next sentence may open with a number, a quote or a bracket: not that
        return max(plain, end + stops[-1])
    return max(plain, end + (len(rest) if paragraph_end else _CLOSERS.match(rest).end()))


#: opening quotes and brackets
_OPENERS = re.compile(r"[\"'“„‘‚«(\[]+$")


def opening_start(text: str, start: int) -> int:
    """``start`` (a sentence's first word) moved back over the quotes or brackets that open the sentence right
    before it (*‘Samenwerken aan kwaliteit’.*, *“Thes-locatie” bestaat uit*)."""
    m = _OPENERS.search(text, max(0, start - 3), start)
    if m is None or (m.start() > 0 and not text[m.start() - 1].isspace()):
        return start
    return m.start()


#: quoted blocks that are whole paragraphs or run to the end of one; text between quotation marks inside a sentence
#: is left to ``QUOTED_SHARE``
_PARAGRAPH_QUOTES = frozenset(
    {"blokcitaat", "kop", "inleiding", "begrippenlijst", "cursief", "artikelleden", "beleid", "visie"}
)


def quoted_edges(blocks, tokens, text: str | None = None) -> set[int]:
    """The words of ``tokens`` where quoted text of whole paragraphs (``_PARAGRAPH_QUOTES``) starts or ends; two
    quoted blocks in a row are one stretch. With ``text``: not at a word in lower case that goes on with the
    sentence before it (no full stop, colon or semicolon between them): a quoted article whose last line the PDF
    put apart (*... bedoeld in afdeling 5.4 Regionaal* | *samenwerken;*) ends with its sentence. A quotation after
    a colon on the same line (*Artikel 2 luidt als volgt: '...'*) keeps its edge: the citation is its own passage."""
    inside = [False] * len(tokens)
    for b in blocks.blocks:
        if b.kind in _PARAGRAPH_QUOTES:
            i, j = bisect.bisect_left(tokens.starts, b.start), bisect.bisect_left(tokens.starts, b.end)
            inside[i:j] = [True] * (j - i)

    def goes_on(i: int) -> bool:
        if text is None:
            return False
        gap = text[tokens.ends[i - 1] : tokens.starts[i]]
        return text[tokens.starts[i]].islower() and not _SENTENCE_STOP.search(gap)

    return {i for i in range(1, len(tokens)) if inside[i] != inside[i - 1] and not goes_on(i)}


#: punctuation that ends a sentence or a part of one that a quotation may end with
_SENTENCE_STOP = re.compile(r"[.!?;:…]")


#: a caption of a table or figure (*Tabel 6.1: Richtafstanden*, *Figuur 3 Ligging*): no prose
_CAPTION = re.compile(
    r"[*_\s]*(?:tabel|figuur|afbeelding|kaart|foto|grafiek|bron)\s+\d+(?:\.\d+)*[a-z]?\b\s*[:.\-–]?", re.I
)


def layout_edges(document, tokens) -> set[int]:
    """The words of ``tokens`` where a line that is no prose starts or ends, though it is in the word stream: a
    short line in bold that stands as a heading (``language.quote_kinds.is_heading``), and the caption of a table or
    figure. A copied passage does not run across them."""
    from ..language.quote_kinds import is_heading

    out = set()
    for p in document.paragraphs:
        if p.kind not in ("paragraph", "quote"):
            continue
        if is_heading(document, p) or _CAPTION.match(document.paragraph_text(p)):
            i, j = bisect.bisect_left(tokens.starts, p.start), bisect.bisect_left(tokens.starts, p.end)
            if i < j:
                out.update((i, j))
    out.discard(0)
    return {i for i in out if i < len(tokens)}


#: a run-in heading has at most this many words (*3. Algemene regels.*, *Bijzondere bepalingen.*)
RUN_IN_WORDS = 4
#: the parts of speech of a run-in heading's words: a noun phrase, no verb
_HEADING_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "CCONJ", "NUM", "PUNCT", "SYM", "X"})
#: what stands before a run-in heading: the start of the paragraph or the end of a sentence, maybe a number label
#: (not a colon: *natuurgebieden: Natura 2000.*; nor the full stop of a number: *artikel 3.1.1. Bro.*)
_HEADING_BEFORE = re.compile(r"(?:\A|(?<![\d\\])[.!?])[\s*_#]*(?:\d+(?:\.\d+)*\.?[\s*_]*)?\Z")


_WORD = re.compile(r"\w")


def ends_in_word(text: str) -> bool:
    """A word character (``\\w``) ends ``text``, but for emphasis marks and white space after it: what
    ``re.search(r"\\w[*_\\s]*\\Z", text)`` finds, without trying that at every word character of a paragraph.
    The tail of marks and white space is stripped from the end; ``_`` is a word character itself."""
    i = len(text)
    while i and (text[i - 1] in "*_" or text[i - 1].isspace()):
        i -= 1
    return "_" in text[i:] or (i > 0 and _WORD.match(text, i - 1) is not None)


def run_in_headings(analysis, tokens) -> set[int]:
    """The words of ``tokens`` where a heading that runs into the text of its paragraph starts or ends: a sentence
    of the parse of at most ``RUN_IN_WORDS`` words (a number label aside), a noun phrase without a verb that starts
    with a capital (not an article) at the start of the paragraph or after the end of a sentence, and ends with a
    full stop after a word, with another sentence after it in the paragraph (*... is geregeld. 3. Algemene regels.
    In dit hoofdstuk staan ...*). Text converted from a PDF often loses the line break after a heading; a copied
    passage does not run across it, as it does not across a heading on a line of its own. A paragraph after one
    that ends in a word (a sentence broken over two lines) starts with no heading."""
    out = set()
    text = analysis.document.text
    paragraphs = analysis.document.paragraphs
    goes_on = {
        b.start
        for a, b in zip(paragraphs, paragraphs[1:], strict=False)
        if ends_in_word(analysis.document.paragraph_text(a))
    }
    for ap in analysis.paragraphs:
        sents = list(ap.doc.sents)
        for sent, after in zip(sents, sents[1:], strict=False):
            if sent[-1].text != "." or not sent[-2:-1].text.isalpha():
                continue  # a heading ends in a word (not *Op grond van artikel 3.1.1.*, *Natura 2000.*)
            # the words only then (a check goes through every sentence of the plan)
            words = [t for t in sent if t.is_alpha]
            if not words or len(words) > RUN_IN_WORDS:
                continue
            if not words[0].text[0].isupper() or words[0].pos_ == "DET":
                continue  # *De raad besluit.*: a sentence whose verb the parser took for a noun
            if any(t.pos_ not in _HEADING_POS for t in sent):
                continue
            if not any(t.pos_ in ("NOUN", "PROPN") for t in sent):
                continue
            if not any(t.is_alpha and t.text[0].isupper() for t in after[:1]):
                continue  # the sentence after it starts with a capital
            if not _HEADING_BEFORE.search(ap.doc.text[: words[0].idx]):
                continue  # a name inside a sentence the parse split (*... de corporaties Land van Altena.*)
            i = bisect.bisect_left(tokens.starts, ap.offset + words[0].idx)
            j = bisect.bisect_left(tokens.starts, ap.offset + sent.end_char)
            if ap.paragraph.start in goes_on and not ap.doc.text[: words[0].idx].strip(" *_#\n").rstrip(
                "0123456789."
            ):
                continue  # the paragraph goes on with the sentence of the one before (*... en de* | *Kerkstraat.*)
            if i < j <= len(tokens) and text[tokens.starts[i]].isupper():
                out.update((i, j))
    out.discard(0)
    return {i for i in out if i < len(tokens)}


def held_share(p) -> float:
    """The share of passage ``p`` that its source holds: no more than the source words it spans. Pieces of the
    draft that each match the same source words are one passage (``index.fit.on_sentences`` merges what touches),
    so a passage that the draft says twice in a row and the source once is one passage of twice the words, all
    'equal', in the source words of one: with this share it is that plan's text once and the draft's own repeat
    once (the draft's repeat, all equal, holds the second place more closely); three times: its text once and the
    draft's repeat twice (``find_repeats`` finds the third place too)."""
    return min(p.share, (p.src_end - p.src_start) / max(1, p.length))


def uncovered(p, taken: list[tuple[int, int]]) -> list:
    """The parts of passage ``p`` that no passage in ``taken`` (word ranges) covers and that are long enough on their
    own (``index.match.MIN_WORDS``): one text is reported once, by the passage that matched it best. The edges of
    passages are sentence edges, so the parts are whole sentences too."""
    from ..index.match import MIN_WORDS

    parts, at = [], p.start
    for s, e in sorted(taken):
        if e <= at or s >= p.end:
            continue
        if s > at:
            parts.append((at, s))
        at = max(at, e)
    if at < p.end:
        parts.append((at, p.end))
    if parts == [(p.start, p.end)]:
        return [p]
    return [part(p, s, e) for s, e in parts if e - s >= MIN_WORDS]


def part(p, s: int, e: int):
    """Words [s, e) of passage ``p``, with the source words and the matched words in proportion."""
    return replace(
        p, start=s, end=e, src_start=p.src_start + (s - p.start), src_end=max(p.src_start + (s - p.start) + 1,
        p.src_end - (p.end - e)), matched=min(e - s, round(p.matched * (e - s) / max(1, p.length))),
    )  # fmt: skip


#: a passage is copied text when at least this many of its words, not function words and not in stock phrases of
#: the collection, are equal to the source in runs of their own (``index.fit.own_words``)
MIN_OWN_WORDS = 5


def common_words() -> frozenset[str]:
    """Function words (spaCy's Dutch stop words): equal in any two sentences, no sign of copying."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def stock_phrases(keys: list[str], index, places=None) -> list[tuple[int, int]]:
    """The (start, end) words of every occurrence in ``keys`` of a stock phrase of ``index`` (``index.phrases()``),
    sorted. ``places``: ``index.phrases.phrase_places`` of ``keys`` and ``index``, when the caller has it."""
    from ..index.fingerprint import key_hashes
    from ..index.phrases import phrase_places

    phrases = index.phrases()
    if not phrases or len(keys) < 4:
        return []
    if places is None:
        places = phrase_places(key_hashes(keys), phrases)
    return sorted((i, i + n) for n, found in places.items() for i, _ in found)


# the lists that continue a sentence, kept in ``rules.copy_lists`` (imported here for ``rules.copy``)
from .copy_lists import list_blocks, not_at_colon, outside_lists  # noqa: E402, F401
