"""The kinds of quoted text that ``quotation.quoted_blocks`` looks for, one recogniser each: a heading and what it
names, a block quote, a quotation after *luidt:*, definitions and the items of an article (a rule's conditions in
legal style and titles in italics: ``quote_conditions``); with ``QuotedBlock``, what they find. The words that mark
them are data: ``lexicons/data/aanhalingen.toml``. Offsets are into ``Document.text``."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..document import Document, Paragraph, remembered
from .data import word_set

#: a quotation introduced by 'luidt:' runs over at most this many paragraphs
MAX_INTRO_PARAGRAPHS = 12
#: a form of 'luiden' introduces a quotation when it stands at most this many characters before the colon
MAX_INTRO_CHARS = 120
#: a heading (or a bold line used as one) has at most this many words
MAX_HEADING_WORDS = 14

_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)]|[a-z][.)])\s+")
_BOLD_LINE = re.compile(r"^(\*\*|__)(?P<inner>[^*_].*?)\1\s*:?\s*$", re.S)
_ITALIC_LINE = re.compile(r"^([*_])(?!\1)(?P<inner>.+?)(?<!\1)\1[\s.]*$", re.S)
#: an article of the rules of a plan or a regulation, quoted in the explanation: a number with at least two dots
#: and a name in lower case (*7.2.1 algemeen*, *7.2.3 nadere eisenregeling*); the writer's own sections have a
#: capital (*3.1 Inleiding*)
_RULE_ARTICLE = re.compile(r"^\d+(?:\.\d+){2,}\.?\s+[a-z]")
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
_ARTICLE = re.compile(r"^art(?:ikel|\.)\s*(?P<number>\d+(?:[.:]\d+)*[a-z]?)\b\s*[,.:]?\s*", re.I)
_ARTICLE_PART = re.compile(
    r"^(?:lid|leden|eerste|tweede|derde|vierde|vijfde|onder|sub)\b|^(?:van|uit)\s", re.I
)
_ARTICLE_REFERENCE = re.compile(r"\bart(?:ikel|\.)\s*\d+(?:[.:]\d+)*[a-z]?\b", re.I)
#: a list item 'term: definitie' with the term in lower case (a definition quoted from a regulation)
_DEFINITION_ITEM = re.compile(r"^(?P<term>[a-z][^:;.]{0,60}?):\s+(?P<body>\S.*)$", re.S)
#: the sentence before a colon, within this many characters
_SENTENCE = re.compile(r"[.!?]\s+(?=[A-Z])")


@functools.lru_cache(maxsize=64)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets in ``text`` of each piece that ``_SENTENCE`` splits it into. Kept for the last few
    texts: ``policy_quotes.policy_quotations`` asks three or four of its tests the sentences of each paragraph."""
    spans, at = [], 0
    for sentence in _SENTENCE.split(text):
        at = text.index(sentence, at)
        spans.append((at, at + len(sentence)))
        at += len(sentence)
    return tuple(spans)


@dataclass(frozen=True)
class QuotedBlock:
    """Quoted text in ``Document.text[start:end]``; ``kind`` says how it was recognised."""

    start: int
    end: int
    kind: str  # blokcitaat, kop, inleiding, begrippenlijst, cursief, aanhalingstekens, artikelleden, voorwaarden, definitie,
    # beleid, titel, aankondiging (the sentence before the colon of a quotation of law or policy, ``policy_quotes``),
    # artikellid (the text after a line naming a member or article), overheid (a government body on its own policy)
    # herhaald, disclaimer, reactie (``quote_leads``: a repeated condition, a copyright notice, a reaction)
    # indirect (a sentence that reports a law article's text in indirect speech, ``policy_quotes``)


@functools.lru_cache(maxsize=1024)
def lower_words(text: str) -> tuple[str, ...]:
    """The words (``\\w+``) of ``text`` in lower case. Kept for the last texts: the tests of a sentence in
    ``policy_quotes``, ``policy_voice`` and ``policy_definitions`` each ask the words of the same sentences."""
    return tuple(re.findall(r"\w+", text.lower()))


def _words(name: str) -> frozenset[str]:
    return word_set("aanhalingen", name)


@functools.cache
def _policy_kinds() -> tuple[str, ...]:
    return tuple(_words("policy_sources"))


def names_a_policy_kind(word: str) -> bool:
    """``word`` (in lower case) is or ends in the name of a kind of law or policy text (``policy_sources``: *wet*,
    *waterwet*, *omgevingsverordening*, *structuurvisie*, *beleid*). Whether it is the plan's own rules
    (*bestemmingsregeling*, ``own_rules``) is the caller's question."""
    return word.endswith(_policy_kinds())


def _source(document: Document, p: Paragraph) -> str:
    """The Markdown source of a paragraph (with its emphasis markers), without a list marker in front. Kept per
    paragraph in the document's ``memo``: the quotation tests ask it of the same paragraphs several times."""
    sources = document.memo.setdefault("_source", {})
    return remembered(sources, (p.start, p.end), lambda: _paragraph_source(document, p))


def _paragraph_source(document: Document, p: Paragraph) -> str:
    loc = document.locate(p.start, p.end)
    line_start = document.source.rfind("\n", 0, loc.offset) + 1
    prefix = document.source[line_start : loc.offset]
    text = document.source[loc.offset : loc.end_offset]
    # markers just before the first prose character belong to the paragraph: '**Artikel 2**', '*Citaat*'
    lead = re.search(r"[*_\"“„]*$", prefix)
    trail = re.match(r"[*_\"”“]*", document.source[loc.end_offset : loc.end_offset + 8])
    return _LIST_MARKER.sub("", (lead.group(0) if lead else "") + text + (trail.group(0) if trail else ""))


def _line_prefix(document: Document, p: Paragraph) -> str:
    """The source of the paragraph's first line before its first prose character (``> ``, ``- ``, ``## ``)."""
    offset = document.source_offset(p.start)
    line_start = document.source.rfind("\n", 0, offset) + 1
    return document.source[line_start:offset]


def _same_quote(document: Document, a: Paragraph, b: Paragraph) -> bool:
    """``b`` continues the block quote of ``a``: every source line between them is part of the quote."""
    if not (b.kind == "quote" or _line_prefix(document, b).lstrip().startswith(">")):
        return False
    between = document.source[document.source_offset(a.end, end=True) : document.source_offset(b.start)]
    return all(line.lstrip().startswith(">") for line in between.split("\n")[1:-1])


def is_heading(document: Document, p: Paragraph) -> bool:
    """A heading, or a short line in bold that stands as one (zoning plans converted from PDF)."""
    if p.kind == "heading":
        return True
    if p.kind not in ("paragraph", "quote"):
        return False
    text = document.paragraph_text(p)
    if len(text.split()) > MAX_HEADING_WORDS or text.rstrip().endswith((".", "?", "!")):
        return False
    source = _source(document, p).strip()
    # a numbered line in italics is a heading too (*7.2.1 algemeen*)
    return bool(_BOLD_LINE.match(source) or (_ITALIC_LINE.match(source) and _SECTION_NUMBER.match(text)))


def paragraph_headings(document: Document) -> list[bool]:
    """``is_heading`` of every paragraph, in order; made once per document (``memo``) for the quotation tests of
    ``quotation``, ``policy_quotes`` and ``report_quotes``. Read it, never change it."""
    return remembered(
        document.memo, "paragraph_headings", lambda: [is_heading(document, p) for p in document.paragraphs]
    )


def names_quoted_text(heading: str) -> str | None:
    """What a heading says of the text under it: ``"wettekst"`` for a heading that only names quoted text
    (*Vereiste*, *Artikel 3.1*, *Artikel 2 lid 1*, *Artikel 3.1.6 van het Besluit*), ``"definities"`` for a list
    of definitions (*Definities*, *Begrippen*), else None (also for *Artikel 4 Wonen*: a number and a name is the
    writer's own explanation of an article). A heading in quotation marks (*"3.1.6 lid 2"*) is read without them."""
    heading = heading.strip().strip("\"'“”„‘’").strip()
    if _RULE_ARTICLE.match(heading):
        return "wettekst"
    text = _SECTION_NUMBER.sub("", heading).strip().rstrip(":.").strip()
    key = " ".join(text.lower().split())
    if key in _words("quotation_headings"):
        return "wettekst"
    if key in _words("definition_headings"):
        return "definities"
    m = _ARTICLE.match(text)
    if not m:
        return None
    rest = text[m.end() :].strip()
    if not rest or _ARTICLE_PART.match(rest):
        return "wettekst"
    # 'Artikel 3.1.6 Bro', 'Artikel 4:8 Awb': a numbered article of a law, named by its short name
    if re.search(r"[.:]", m.group("number")) and len(rest.split()) <= 2:
        return "wettekst"
    return None


def names_policy(text: str) -> bool:
    """The text names a law or a policy document: an article (*artikel 2.30*), the short name of a law (*Bro*),
    or a word that is or ends in the name of a kind of law or policy text (*Omgevingsverordening*, *Structuurvisie*,
    *Waterwet*, *provinciaal beleid*); not the plan's own rules (*Bestemmingsregeling*, ``own_rules``)."""
    if _ARTICLE_REFERENCE.search(text):
        return True
    laws, own = _words("law_abbreviations"), _words("own_rules")
    return any(
        w in laws or (names_a_policy_kind(w) and w not in own) for w in re.findall(r"\w+", text.lower())
    )


def _is_definition_line(document: Document, p: Paragraph) -> bool:
    """A list item, or a line 'term: definitie' / 'term - definitie' (the term at most a few words)."""
    if p.kind == "list_item":
        return True
    return bool(re.match(r"^[^\s:]\S*(?:\s+\S+){0,3}\s*(?::|\s[-–—])\s+\S", document.paragraph_text(p)))


def _introduces_quotation(text: str) -> int | None:
    """Where the quotation starts when ``text`` has 'luidt:' or 'bepaalt het volgende:' (the offset after the
    colon), else None. A form of *luiden* may stand further back in the same sentence (*Artikel 3.1 luidt sinds
    1 juli 2017 als volgt:*)."""
    for m in re.finditer(r":", text):
        before = text[: m.start()]
        words = re.findall(r"\w+", before[-60:].lower())
        # the verb has a subject before it: 'Artikel 2 bepaalt:', not the label 'Bepalen:'
        if any(w in _words("intro_verbs") for w in words[-4:][1:]) and not re.search(
            r"[.!?]\s+\S", before[-30:]
        ):
            return m.end()
        clause = re.split(r"[.!?]\s+(?=[A-Z])", before[-MAX_INTRO_CHARS:])[-1]
        if any(w in _words("quoting_verbs") for w in re.findall(r"\w+", clause.lower())[1:]):
            return m.end()
        if announces_policy(clause):
            return m.end()
        # not the colon inside a number (*afdeling 3:4 van de Awb*)
        in_number = text[m.start() - 1 : m.start()].isdigit() and text[m.end() : m.end() + 1].isdigit()
        if not in_number and _rule_text_states(clause):
            return m.end()
    return None


def _rule_text_states(clause: str) -> bool:
    from .quote_subjects import rule_text_states  # it uses names_policy: imported when first needed

    return rule_text_states(clause)


def announces_policy(clause: str) -> bool:
    """The sentence before a colon announces the text of a law or policy text that it names (``names_policy``):
    *het volgende* or *als volgt*, and after it a participle of ``announcing_participles``, anywhere in the
    sentence (*In de Omgevingsverordening staat het volgende genoemd over de ladder:*, *In artikel 3.2 is het
    volgende bepaald:*). Without such a name (*In het onderzoek is het volgende opgenomen:*, *artikel 1 van de
    regels*) it is no quotation."""
    words = re.findall(r"\w+", clause.lower())
    pairs = [
        k
        for k in range(len(words) - 1)
        if (words[k], words[k + 1]) in (("het", "volgende"), ("als", "volgt"))
    ]
    participles = _words("announcing_participles")
    # an article without a dot in its number is one of the plan's own rules (*artikel 1 van de regels*)
    named = names_policy(_OWN_ARTICLE.sub("", clause))
    return bool(pairs) and any(w in participles for w in words[pairs[0] + 2 :]) and named


#: an article with a plain number, not part of a longer one (*artikel 1*, not *artikel 2.7*)
_OWN_ARTICLE = re.compile(r"\bart(?:ikel|\.)\s*\d+[a-z]?\b(?![.:]\d)", re.I)


#: the mark that closes quoted text, for each opening mark
_CLOSING = {'"': '"', "“": "”", "„": "”“", "'": "'", "‘": "’"}


def _closed_quote(rest: str) -> int | None:
    """Where quoted text that opens ``rest`` (the text after a colon) ends, after its closing mark and the
    punctuation right after it, when the paragraph goes on with a sentence about the plan itself (``plan_itself``:
    *Het plangebied ligt ...*); else None (no quotation mark, never closed, or more of the quoted text's own prose
    after it, which a plan often quotes on: *De definitie luidt: '...'. Duurzaamheid vraagt om ...*). A mark
    between letters is an apostrophe (*cafetaria's*)."""
    body = rest.lstrip(" *_")
    if not body or body[0] not in _CLOSING:
        return None
    offset = len(rest) - len(body)
    for k in range(1, len(body)):
        if body[k] in _CLOSING[body[0]] and not (k + 1 < len(body) and body[k + 1].isalpha()):
            end = k + 1 + re.match(r"[*_]*[.,;]?", body[k + 1 :]).end()
            following = re.split(r"(?<=[.!?])\s", body[end:].strip(), maxsplit=1)[0]
            itself = _words("plan_itself") & set(re.findall(r"\w+", following.lower()))
            return offset + end if itself else None
    return None


def _after_intro(document: Document, headings: list[bool], i: int, at: int, kind: str):
    """The quotation that paragraph ``i`` introduces with the colon before offset ``at`` of its text: the rest of
    that paragraph, or the next paragraph and the list items or quoted paragraphs after it (or paragraphs after a
    line that ends in ':' or ';'; after a line naming an article, ``kind`` *artikellid*, also a paragraph that
    refers to a member of the same article, *als bedoeld in lid 1*: the article's next member, ``_refers_to_a_part``).
    Returns (the block or None, the paragraph after it)."""
    paragraphs = document.paragraphs
    p = paragraphs[i]
    rest = document.paragraph_text(p)[at:]
    if rest.strip():
        start = p.start + at + (len(rest) - len(rest.lstrip()))
        # a quotation closed by its mark, and the writer's own sentence after it in the same paragraph (*De
        # definitie sluit daarop aan: 'het gebied buiten de kern'. Het plangebied ligt ...*): only the quoted words
        closed = _closed_quote(rest)
        return QuotedBlock(start, p.start + at + closed if closed else p.end, kind), i + 1
    j = i + 1
    last = j
    while j < len(paragraphs) and not headings[j] and j - i <= MAX_INTRO_PARAGRAPHS:
        q = paragraphs[j]
        previous = document.paragraph_text(paragraphs[j - 1]).rstrip()
        if (
            j == i + 1
            or q.kind in ("list_item", "quote")
            or (previous.endswith((":", ";")) and _item_like(document, q))
            or (kind == "artikellid" and _refers_to_a_part(document.paragraph_text(q)))
            or _label_in_list(document, paragraphs, j, i + 1)
        ):
            last = j + 1
            j += 1
        else:
            break
    block = QuotedBlock(paragraphs[i + 1].start, paragraphs[last - 1].end, kind) if last > i + 1 else None
    return block, max(last, i + 1)


#: a label between the items of one numbered list (*Constructie en uitvoering*) has at most this many words
MAX_LABEL_WORDS = 6
_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")


def _label_in_list(document: Document, paragraphs: list[Paragraph], j: int, first: int) -> bool:
    """Paragraph ``j`` is a short label without a full stop that splits one numbered list: the item after it goes
    on with the number after the last item before it (*3.* ... *Constructie en uitvoering* ... *4.*), so the
    quoted list goes on under it. The writer's own text after a list starts no item that continues its numbers."""
    label = document.paragraph_text(paragraphs[j]).strip()
    if len(label.split()) > MAX_LABEL_WORDS or label.endswith((".", ";", ":")) or j + 1 >= len(paragraphs):
        return False
    after = _item_number(document, paragraphs[j + 1])
    numbers = [n for n in (_item_number(document, q) for q in paragraphs[first:j]) if n is not None]
    return bool(after is not None and numbers and after == numbers[-1] + 1)


def _item_number(document: Document, p: Paragraph) -> int | None:
    """The number of a numbered item (*3.*, *3)*), in its text or as the Markdown list marker before it."""
    m = _NUMBER.match(document.paragraph_text(p)) or re.search(
        r"(\d{1,2})[.)]\s*$", _line_prefix(document, p)
    )
    return int(m.group(1)) if m else None


def _item_like(document: Document, p: Paragraph) -> bool:
    """Paragraph ``p``, after a line that ends in ':' or ';', can be one more item of the quoted list: not a paragraph
    of several sentences that ends in a full stop (*Daarnaast heeft het waterschap ... Veelal is ... nodig.*), the
    writer's own prose after the list."""
    text = document.paragraph_text(p).rstrip()
    return not (text.endswith(".") and len(re.findall(r"[.!?]\s+(?=[A-Z])", text)) >= 1)


#: an item of an article: *a.*, *1.*, *b)*, or the bare number of a member (lid) before a capital: *2 Onverminderd*
_ENUMERATED = re.compile(r"^\(?(?:[a-z]|\d{1,2})[.)°]\s|^\d{1,2}\s+(?=[A-Z])")


def _is_item(document: Document, p: Paragraph) -> bool:
    """A list item, or a paragraph that opens with an enumerator (*a.*, *1.*, *b)*): an item of an article."""
    return p.kind == "list_item" or bool(_ENUMERATED.match(document.paragraph_text(p)))


def _refers_to_a_part(text: str) -> bool:
    """The text refers to another part of the same rule: *bedoeld in onderdeel a*, *ingevolge lid 10.2*,
    *genoemd in het eerste lid* (a reference word, then within three words a part with its letter or number)."""
    words = re.findall(r"[\w.]+", text.lower())
    refs, parts, ordinals = _words("reference_words"), _words("reference_parts"), _words("ordinals")
    for i, word in enumerate(words):
        if word not in refs:
            continue
        for k in range(i + 1, min(len(words) - 1, i + 5)):
            if words[k] in parts and re.fullmatch(r"[a-z]|\d[\d.]*", words[k + 1].rstrip(".") or "-"):
                return True
            if words[k] in ordinals and words[k + 1] in parts:
                return True
    return False


def _is_definition(body: str) -> bool:
    """The text of a glossary entry defines its term: it starts in lower case or with an article, and it is not a
    question or a task (*hoe gaan we om met ...?*, *welke gegevens ...*)."""
    first = body.split(maxsplit=1)[0] if body.split() else ""
    if not first or "?" in body or first.lower().strip(",") in _words("question_words"):
        return False
    return first[:1].islower() or first.lower().strip(",") in _words("definition_openers")


def _definition_item(document: Document, p: Paragraph) -> bool:
    """A list item ``term: definitie`` with the term in lower case that ends in ``;`` or ``.`` (module docstring)."""
    if p.kind != "list_item":
        return False
    text = document.paragraph_text(p).strip()
    m = _DEFINITION_ITEM.match(text)
    return bool(m and text.endswith((";", ".")) and _is_definition(m.group("body")))
