"""Sentence starts the parser gets wrong on policy text, fixed by a component before the parser (``load_model``
adds it to every pipeline with a parser; the lists are in lexicons/data/tokenizer.toml)."""

from __future__ import annotations

import re

#: the component's name in the pipeline (older name kept: saved pipelines and tests refer to it)
NAME = "beleidstaal_company_forms"


def register_sentence_starts(data: dict) -> None:
    """A component before the parser that fixes sentence starts the parser gets wrong on policy text:

    * a company form (*Groen Advies B.V.*, *N.V.*) ends a name, not a sentence; the parser sometimes started a
      sentence at the form itself (issue 17). After the form a sentence may still begin (*... B.V. Dit rapport*);
    * an abbreviation that often ends a sentence (*m.e.r.*, *e.d.*, *enz.*; ``sentence_end_abbreviations``)
      followed by a capitalised word that opens a clause (a determiner, pronoun, adverb, conjunction, preposition
      or verb, as the morphologizer tags it; not a name or noun) starts a new sentence there (*... het Besluit
      m.e.r. Echter ...*). Abbreviations that stand mid-sentence (*o.a.*, *i.v.m.*) are not in the list;
    * a unit after a number or the last letter of a series, with its full stop (*32 dB.*, *A en B.*), followed by
      a capitalised clause opener starts a new sentence there (``_closing_unit_or_letter``);
    * a footnote number glued after a full stop (*... van het dorp.3 De gemeente ...*) belongs to the sentence it
      follows: the capitalised word after it starts a new one (the tokenizer splits the number off, ``_FOOTNOTE``);
    * the number of a part of a law or a text after a word such as *artikel* or *afdeling* (``section_nouns``)
      ends no sentence: the word after it on the same line starts none (*volgens afdeling 3.4 Awb ter inzage
      gelegd*; the parser started one at *Awb*, and the verb of the sentence lost its *dient*);
    * inside a short quotation a number or a lower-case word after a word starts no sentence (*de 'Nota Wonen
      2021' voor ...*), and an opening bracket after a full stop before a capitalised word starts one, with the
      words in the bracket and the one after it (*... toegestaan. (Beperkt) kwetsbare objecten zijn ...*). Every
      preset boundary moves the parse around it, so they are set only there.
    """
    from spacy.language import Language

    if Language.has_factory(NAME):
        return
    forms = frozenset(data.get("company_forms", []))
    enders = frozenset(data.get("sentence_end_abbreviations", []))
    sections = frozenset(data.get("section_nouns", []))

    @Language.component(NAME)
    def company_forms(doc):
        for token in doc[1:]:
            if token.text in forms or _after_section_number(token, sections):
                token.is_sent_start = False
        opened = -1  # where a quotation opened (a title: at most QUOTED_TITLE tokens long), or -1
        for token in doc[1:]:
            if token.text in ("'", '"', "‘", "’", "“", "”"):
                closes = opened >= 0 or token.text in ("’", "”")
                opened = -1 if closes else token.i
            elif opened >= 0 and token.i - opened <= QUOTED_TITLE and _inside_line(token):
                token.is_sent_start = False
            elif _opens_bracketed_sentence(token):
                token.is_sent_start = True
                _keep_bracket_group(token)
        for token in doc[2:]:
            if not _opens_clause(token):
                continue
            prev = doc[token.i - 1]
            if prev.text in enders or _is_footnote(prev) or _closing_unit_or_letter(prev):
                token.is_sent_start = True
                if _is_footnote(prev):
                    prev.is_sent_start = False
        return doc


#: a quotation mark more than this many tokens back opens no title that the next words still belong to
QUOTED_TITLE = 12


def _inside_line(token) -> bool:
    """A number or a lower-case word right after a word on the same line, inside a quotation: no sentence starts
    there (the parser split *de 'Nota Parkeren | 2018' voor ...* inside a quoted title). Only there: each preset
    boundary moves the parse around it."""
    prev = token.doc[token.i - 1]
    first = token.text[:1]
    return (
        (first.isdigit() or first.islower())
        and prev.text[-1:].isalnum()
        and "\n" not in prev.whitespace_
        and not prev.is_space
    )


#: the number of a part: *3*, *3.4*, *3.1.2*, *4a*, an article of the Awb or the BW with a colon (*6:7*); a
#: Markdown escape of the dot (*3\\.4*) included
_SECTION_NUMBER = re.compile(r"\d+(?:\\?[.:]\d+)*[a-z]?")


def _after_section_number(token, sections: frozenset[str]) -> bool:
    """The word after the number of a part (*artikel 3.4* | *Awb*), on the same line: the number ends no sentence."""
    if token.i < 2 or not sections:
        return False
    number, noun = token.doc[token.i - 1], token.doc[token.i - 2]
    return (
        noun.lower_ in sections
        and _SECTION_NUMBER.fullmatch(number.text) is not None
        and bool(number.whitespace_)
        and "\n" not in number.whitespace_
        and "\n" not in noun.whitespace_
        and token.text[:1].isalpha()
    )


def _keep_bracket_group(opening) -> None:
    """The words inside the bracket that opens a sentence, and the word after it, start no sentence of their own
    (*(Beperkt) kwetsbare objecten*)."""
    doc = opening.doc
    for token in doc[opening.i + 1 : opening.i + 8]:
        if token.i + 1 >= len(doc):
            return
        doc[token.i + 1].is_sent_start = False
        if token.text == ")":
            return


def _opens_bracketed_sentence(token) -> bool:
    """An opening bracket after a full stop, before a capitalised word, opens a sentence: *... worden toegestaan.
    (Beperkt) kwetsbare objecten zijn ...*."""
    doc = token.doc
    return (
        token.text == "("
        and token.i + 1 < len(doc)
        and doc[token.i - 1].text in (".", "!", "?")
        and bool(doc[token.i - 1].whitespace_)
        and doc[token.i + 1].text[:1].isupper()
    )


#: parts of speech of a capitalised word that opens a clause after a sentence-ending abbreviation or a footnote
_CLAUSE_OPENERS = frozenset({"DET", "PRON", "ADV", "SCONJ", "CCONJ", "ADP", "AUX", "VERB", "NUM"})


def _opens_clause(token) -> bool:
    """A capitalised word, after white space, that the morphologizer tags as a clause opener."""
    prev = token.doc[token.i - 1]
    return bool(prev.whitespace_) and token.text[:1].isupper() and token.pos_ in _CLAUSE_OPENERS


#: the words before a single capital letter with a full stop that make it the last of a series of letters
#: (*de periodes A en B.*), not an initial of a name (*J. de Vries*)
LETTER_SERIES = frozenset({"en", "of", "tot", ",", "t/m"})


def _closing_unit_or_letter(token) -> bool:
    """A token with its full stop that ends a sentence, not a name: a unit after a number (*32 dB.*, *3 m.*) or the
    last letter of a series (*A en B.*). The tokenizer keeps the full stop on them, and the parser ran two
    sentences together there (*... van 32 dB. Deze gevelwering ...*)."""
    word = token.text[:-1]
    if not token.text.endswith(".") or token.i < 1 or not word.isalpha():
        return False
    before = token.doc[token.i - 1]
    if len(word) == 1 and word.isupper():
        return before.lower_ in LETTER_SERIES
    return len(word) <= 3 and before.like_num


def _is_footnote(token) -> bool:
    """One or two digits glued after a full stop that is glued after a word (*dorp.3*; not a number *2.3*)."""
    if token.i < 2 or not (token.is_digit and len(token.text) <= 2):
        return False
    stop, word = token.doc[token.i - 1], token.doc[token.i - 2]
    return stop.text == "." and not stop.whitespace_ and not word.whitespace_ and not word.text[-1:].isdigit()
