"""Names and mentioned words: text the writer cannot or need not replace with a plainer word.

- a word inside a capitalised name of several words (*Uitvoeringsprogramma Omgevingsveiligheid 2015*,
  *Impact Assessment Mensenrechten en Algoritmes*, *Wet open overheid*), or a capitalised word in the middle of a
  sentence, which names a thing (*maak een Issue aan*);
- a word between quotation marks: a title (*het plan 'Wonen in het dorp'*) or a word the text talks about
  (*het woord 'faciliteren'*), not one it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token

#: a quotation this long (in tokens) or shorter is a title or a mentioned word; a longer one is a citation
MAX_TITLE_TOKENS = 12
OPENING_QUOTES = {"'", '"', "‘", "“", "„", "‚"}
CLOSING_QUOTES = {"'", '"', "’", "”", "‘", "“"}
#: after these, a capital starts a new sentence or item, not a name
SENTENCE_OPENERS = {":", ";", "(", "-", "–", "—", "•", "*", ".", "!", "?", "|"}


def _starts_sentence(tok: Token) -> bool:
    if tok.is_sent_start or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.text in SENTENCE_OPENERS or prev.text in OPENING_QUOTES or prev.is_space


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text)


def in_name(tokens: list[Token]) -> bool:
    """The first of the tokens is part of a name: capitalised in the middle of a sentence, or at the start of a
    sentence followed by another capitalised word."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    if not _capitalised(first):
        return False
    sent_end = first.sent.end
    nxt = first.doc[last.i + 1] if last.i + 1 < sent_end else None
    next_capitalised = nxt is not None and _capitalised(nxt) and not nxt.is_punct
    if not _starts_sentence(first):
        prev = first.doc[first.i - 1]
        # an abbreviation in capitals on its own (*een KPI*) is a word, not a name
        return not first.text.isupper() or next_capitalised or _capitalised(prev)
    return next_capitalised


def in_quotes(tokens: list[Token]) -> bool:
    """The tokens stand between quotation marks that enclose at most ``MAX_TITLE_TOKENS`` tokens."""
    first = min(t.i for t in tokens)
    last = max(t.i for t in tokens)
    doc = tokens[0].doc
    sent = tokens[0].sent
    opening = next(
        (
            j
            for j in range(first - 1, max(sent.start, first - MAX_TITLE_TOKENS) - 1, -1)
            if doc[j].text in OPENING_QUOTES
        ),
        None,
    )
    if opening is None:
        return False
    for j in range(last + 1, min(sent.end, opening + MAX_TITLE_TOKENS + 2)):
        if doc[j].text in CLOSING_QUOTES:
            return True
    return False


def is_name_or_mention(tokens: list[Token]) -> bool:
    return in_name(tokens) or in_quotes(tokens)
