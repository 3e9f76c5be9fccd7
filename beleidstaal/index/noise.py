"""Which parts of a document count as prose for copy detection, and which are conversion noise.

Documents converted from PDF or from a web page carry text that every document shares without anyone having copied
prose: navigation lines (*direct naar inhoud*, *Vorige*, *Volgende*), tables of contents, page headers and footers
repeated on every page, table rows, `<span id=...>` anchors, image captions, numbered headings. Counting those as
copied text would make every document a copy of every other one. The same filter runs on the reference documents
and on the draft, so both sides see the same prose.

Rules (cheap, line-level, no parsing):
- headings and table cells are skipped; so are Markdown table rows that were not parsed as a table (``| a | b |``)
  and lines of only markup (``=====``, ``---``);
- short lines without sentence punctuation (fewer than ``LABEL_WORDS`` words) are labels, not prose: navigation,
  table-of-contents entries, captions, titles; unless the next line goes on with the sentence in lower case (a
  sentence the PDF conversion broke over lines, ``broken_sentence``);
- lines that occur ``REPEATED_LINES`` times or more in one document and are short are headers/footers;
- numbers are dropped by the normaliser; inline HTML (anchors) is already left out by the Markdown reader.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..document import Document
from .normalise import Tokens, quoted_spans, tokenise_into

LABEL_WORDS = 8
REPEATED_LINES = 3
REPEATED_MAX_WORDS = 15
SKIP_KINDS = {"heading", "table_cell"}

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_MARKUP_ONLY = re.compile(r"^[\W_\d]*$", re.UNICODE)
_SECTION_NUMBER = re.compile(
    r"^\s*(?:hoofdstuk|paragraaf|bijlage|artikel|figuur|tabel|afbeelding)?\s*\d+(?:[.\d]*)\b", re.I
)
_NOISE_START = re.compile(r"^\s*(?:\||xml version|<\?xml|!\[|direct naar\b)", re.I)


def _signature(text: str) -> str:
    return " ".join(w.lower() for w in _WORDS.findall(text))


def is_noise(text: str, kind: str, repeated: Counter | None = None) -> bool:
    if kind in SKIP_KINDS:
        return True
    if _NOISE_START.match(text) or _MARKUP_ONLY.match(text):
        return True
    # how many words, counted up to one past the largest count asked below (a prose paragraph has hundreds)
    n = sum(1 for _ in itertools.islice(_WORDS.finditer(text), REPEATED_MAX_WORDS + 1))
    stripped = text.rstrip(" *_)\"'”’")
    if n < LABEL_WORDS and not stripped.endswith((".", "!", "?", ";", ":")):
        return True
    if n < 12 and _SECTION_NUMBER.match(text) and not stripped.endswith("."):
        return True  # a table-of-contents line or numbered caption
    return bool(
        repeated is not None and n <= REPEATED_MAX_WORDS and repeated[_signature(text)] >= REPEATED_LINES
    )


#: the first letter of a paragraph, after markup and opening quotes
_FIRST_LETTER = re.compile(r"[\W_\d]*(\w)", re.UNICODE)


def broken_sentence(text: str, kind: str, following: str) -> bool:
    """Paragraph ``text`` is the first line of a sentence that goes on in the next paragraph (``following``): the
    PDF conversion broke a sentence over lines (*Artikel 3.1.1 van het Bro schrijft voor dat het* | *bestuursorgaan,
    dat ...*). It ends in a word, not in punctuation, has at least three words, and the next line starts in lower
    case. Such a line is prose, though short or numbered like a label."""
    if kind in SKIP_KINDS or len(_WORDS.findall(text)) < 3 or not text.rstrip(" *_")[-1:].isalpha():
        return False
    m = _FIRST_LETTER.match(following)
    return bool(m and m.group(1).islower() and not _NOISE_START.match(following))


def prose_tokens(document: Document) -> Tokens:
    """The normalised words of the prose paragraphs of a document, with offsets into ``document.text``."""
    texts = [document.paragraph_text(p) for p in document.paragraphs]
    repeated = Counter(_signature(t) for t in texts if len(t) < 200)
    tokens = Tokens()
    skipped = False
    for k, (paragraph, text) in enumerate(zip(document.paragraphs, texts, strict=True)):
        following = texts[k + 1] if k + 1 < len(texts) else ""
        if is_noise(text, paragraph.kind, repeated) and not broken_sentence(text, paragraph.kind, following):
            skipped = True
            continue
        if skipped and len(tokens):
            tokens.hard.append(len(tokens))
        skipped = False
        in_quote = paragraph.kind == "quote"
        spans = () if in_quote else quoted_spans(text)
        tokenise_into(tokens, text, paragraph.start, quoted_spans=spans, all_quoted=in_quote)
    return tokens
