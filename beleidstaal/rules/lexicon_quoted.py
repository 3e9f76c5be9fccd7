"""A phrase the document puts in quotation marks is a name in the whole text (word-list rules, ``lexicon.py``):
*de 'gebiedsgerichte benaderingswijze'* names a thing, and every later use of the phrase is that name, not the
writer's word choice; so is a term in brackets after *begrip* or *term* (*een nieuw begrip (high impact zone)*).
A quoted word the text talks about (*woorden als 'faciliteren'*) is no name."""

from __future__ import annotations

from ..document import remembered

#: a quotation of at least this many words (and at most ``names.MAX_TITLE_TOKENS`` tokens) names a thing: *de
#: 'gebiedsgerichte benaderingswijze'*, *de vier 'rode draden'*. One quoted word is more often a word the text talks
#: about (*het woord 'faciliteren'*) or a word in scare quotes than a name
QUOTED_NAME_WORDS = 2
#: the word lists whose words a quoted name holds (jargon, English words, vague words). Not the clichés (BT105): a
#: worn image in quotes is a quotation or a wink (*bewoners noemen het 'een stip op de horizon'*), and the writer
#: who uses it again later chooses the image
QUOTED_NAME_RULES = frozenset({"BT102", "BT103", "BT106", "BT108", "BT109"})
#: the key of the document's quoted names in the answers that ``named_in_quotes`` keeps per document
_QUOTED_NAMES = "\0quoted names"
#: a quoted phrase after *woorden als*, *termen zoals* is a word the text talks about (*vermijd woorden als
#: 'maatschappelijke opgave'*), not a name it gives
_MENTION_NOUNS = frozenset(
    {"woord", "woorden", "term", "termen", "uitdrukking", "uitdrukkingen", "begrip", "begrippen", "zinnen"}
)


#: a noun that introduces a term the text goes on to use: *het begrip (geluidsarme zone)*, *de term (open data)*
_TERM_NOUNS = frozenset({"begrip", "term"})


def _is_name(cols, morph, inside, opening) -> bool:
    """The quoted words ``inside`` read as a name: a noun phrase (*de 'gebiedsgerichte aanpak'*) or a title that
    opens with a capital (*publicatie 381: 'Toekomstbestendig parkeren'*), not a quoted sentence or verb phrase
    (*'Wij faciliteren de bewoners', zei de wethouder*, *het college wil 'maatwerk leveren'*), not a phrase that
    opens with a preposition or conjunction (*loopt 'als een rode draad' door*), and not an example after *woorden
    als* (a word the text talks about)."""
    pos = cols.pos
    if pos[inside[0]] in ("ADP", "SCONJ", "CCONJ") or any(pos[k] in ("PRON", "AUX") for k in inside):
        return False
    title = cols.text[opening + 1][:1].isupper() and not _sentence_start(cols.text, opening)
    if not title and (
        pos[inside[-1]] not in ("NOUN", "PROPN", "ADJ", "X")
        or any(pos[k] == "VERB" and "VerbForm=Part" not in morph[k] for k in inside)
    ):
        return False
    return not _after_mention(cols.lower, opening)


def _sentence_start(text, opening) -> bool:
    """The quotation mark at ``opening`` opens a sentence: nothing before it, or the end of one."""
    before = [w for w in text[max(0, opening - 2) : opening] if not w.isspace()]
    return not before or before[-1] in (".", "!", "?")


def _after_mention(lower, opening) -> bool:
    """The quotation mark at ``opening`` opens an example after *woorden als* or *termen zoals*, also a later one
    of a list of them (*woorden als 'in het kader van' en 'maatschappelijke opgave'*)."""
    from ..language.names import CLOSING_QUOTES, MAX_TITLE_TOKENS, OPENING_QUOTES

    k = opening - 1
    while k >= 0 and (lower[k] in CLOSING_QUOTES or lower[k] in (",", "en", "of")):
        if lower[k] in CLOSING_QUOTES:  # the item before: back to its opening mark
            k = next(
                (
                    j
                    for j in range(k - 1, max(-1, k - MAX_TITLE_TOKENS - 2), -1)
                    if lower[j] in OPENING_QUOTES
                ),
                -1,
            )
        k -= 1
    return k >= 1 and lower[k] in ("als", "zoals") and lower[k - 1] in _MENTION_NOUNS


def _quoted_names(paragraphs) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """The word sequences the document puts between quotation marks as a short name (``_is_name``), each twice: as
    written (lower case) and as lemmas, indexed by their words: word -> (its place in the name, the name). A
    determiner or number before the name is left off (*de vier 'rode draden'*, *'De rode draden'*)."""
    from ..language.names import CLOSING_QUOTES, MAX_TITLE_TOKENS, OPENING_QUOTES
    from ..language.words import columns

    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for doc in paragraphs:
        cols = columns(doc)
        text, lower, lemma, pos = cols.text, cols.lower, cols.lemma, cols.pos
        morph = None
        for j, tok in enumerate(text):
            # brackets right after *begrip* or *term* quote the term the text introduces: *een nieuw begrip
            # (geluidsarme zone) is toegevoegd*
            bracketed = tok == "(" and j > 0 and lower[j - 1] in _TERM_NOUNS
            if tok not in OPENING_QUOTES and not bracketed:
                continue
            closers = (")",) if bracketed else CLOSING_QUOTES
            close = next(
                (k for k in range(j + 1, min(len(text), j + MAX_TITLE_TOKENS + 2)) if text[k] in closers),
                None,
            )
            if close is None or any(text[k] in (".", "!", "?", ";", ":") for k in range(j + 1, close)):
                continue
            inside = [k for k in range(j + 1, close) if pos[k] not in ("PUNCT", "SPACE", "SYM")]
            while inside and pos[inside[0]] in ("DET", "NUM"):
                inside = inside[1:]
            if len(inside) < QUOTED_NAME_WORDS or inside != list(range(inside[0], close)):
                continue
            if morph is None:
                morph = [str(t.morph) for t in doc]
            if not _is_name(cols, morph, inside, j):
                continue
            for name in {tuple(lower[k] for k in inside), tuple(lemma[k] for k in inside)}:
                for place, word in enumerate(name):
                    index.setdefault(word, []).append((place, name))
    return index


def named_in_quotes(sent, matched, paragraphs, named: dict) -> bool:
    """The matched words stand inside a phrase of several words that the document puts between quotation marks
    elsewhere, as a name: *Een uitgangspunt is de 'gebiedsgerichte benaderingswijze'. Met de gebiedsgerichte
    benaderingswijze zijn ...*. The writer introduced the name once, in quotes; every later use is the same name,
    not a word the writer chose. ``named`` keeps the document's quoted names (one scan per document); a finding
    looks only at the names that hold its first word."""
    from ..language.words import columns

    index = remembered(named, _QUOTED_NAMES, lambda: _quoted_names(paragraphs))
    if not index:
        return False
    cols = columns(sent.doc)
    first, last = min(t.i for t in matched), max(t.i for t in matched)
    candidates = index.get(cols.lower[first], []) + index.get(cols.lemma[first], [])
    for place, name in candidates:
        start = first - place
        if start < sent.start or start + len(name) > sent.end or start + len(name) <= last:
            continue
        words = range(start, start + len(name))
        if tuple(cols.lower[k] for k in words) == name or tuple(cols.lemma[k] for k in words) == name:
            return True
    return False
