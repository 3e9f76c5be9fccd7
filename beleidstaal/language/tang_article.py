"""The noun phrase of an article tang (``tang.find_article_tangs``): the word that closes the modifier (*de door de
raad vastgestelde nota*: *vastgestelde*), the noun the article waits for, the noun after a bare preposition, and the
fixed formula of rule text that is no tang (*de in het eerste lid bedoelde vergunning*)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def articles() -> frozenset[str]:
    from .data import word_set

    return word_set("grammatica", "articles")


def _noun_like(tok: Token) -> bool:
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    if tok.pos_ in ("ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PUNCT", "ADV", "NUM", "SYM"):
        return False
    return "Fin" not in tok.morph.get("VerbForm") and tok.lower_.endswith(("en", "ing", "heid", "tie", "s"))


def _closing_modifier(tok: Token) -> bool:
    """The participle or participle-like word that closes the tang: *vastgestelde*, *geldende*, *te verstrekken*,
    *ontwikkeld*. Not a plain adjective of an inner phrase (*de nieuwe wet*, *alle betrokken partijen*)."""
    from .passive import looks_like_participle

    prev = tok.doc[tok.i - 1]
    if prev.lower_ == "te" and tok.lower_.endswith("en") and len(tok.lower_) >= 5:
        # *om ... te* opens a clause of its own (*het is van belang om te achterhalen of ...*): a modifier before a
        # noun has a bare *te* (*de door gemeenten te verstrekken uitkeringen*), never *om*; the parse hangs *om*
        # on the infinitive as its mark, also with words between (*om snel te achterhalen*)
        return not any(c.dep_ == "mark" and c.lower_ == "om" and c.i < tok.i for c in tok.children)
    if (
        prev.pos_ in ("DET", "ADP")
        or prev.lower_ in articles()
        or prev.lower_ in ("alle", "veel", "enkele", "zijn", "haar")
    ):
        return False
    low = tok.lower_
    if len(low) < 5 or tok.pos_ in ("DET", "PRON", "ADP", "CCONJ", "SCONJ") or low in articles():
        return False
    if low.endswith("ende") and len(low) > 6:
        return True
    if (
        tok.pos_ in ("ADJ", "VERB")
        and low.endswith("e")
        and len(low) >= 6
        and prev.pos_ in ("NOUN", "PROPN", "NUM")
    ):
        return True  # an adjective with its own complement: *het voor dit plan relevante beleid*
    if low.endswith(("de", "te")) and looks_like_participle(low[:-1]):
        return True
    return looks_like_participle(low) and tok.pos_ not in ("NOUN", "PROPN", "ADP", "DET", "PRON")


def _closes_plain_phrase(doc, tok: Token) -> bool:
    """A noun after an inflected adjective, before any preposition of the modifier: the noun phrase that the article
    opened ends here (*de reeds beschikbare harde plancapaciteit*), with adjectives only, no participle with words of
    its own. A noun later on (*... voor nieuw te bouwen woningen*) stands in a phrase after that noun, and the
    article does not wait for it. A noun after an adverb is a measure inside the modifier (*de al jaren bestaande
    regeling*), and so is a span of time after an adjective (*de al lange tijd ... gehanteerde regels*): neither
    ends it."""
    from .data import word_set

    prev = doc[tok.i - 1]
    return (
        tok.pos_ == "NOUN"
        and prev.pos_ == "ADJ"
        and prev.lower_.endswith("e")
        # *de al lange tijd in ... gehanteerde regels*: a span of time inside the modifier
        and tok.lower_ not in word_set("grammatica", "duration_nouns")
    )


#: the words of a reference to a part of a legal text: *in het eerste lid*, *onder a, b en c*, *in artikel 3.2*
#: (and the ordinals of the word list ``aanhalingen.ordinals``)
LEGAL_PARTS = frozenset(
    {
        "in", "onder", "bij", "krachtens", "ingevolge", "het", "de", "dit", "deze", "lid", "leden", "sub",
        "onderdeel", "onderdelen", "artikel", "artikelen", "artikellid", "aanhef", "en", "of", ",",
    }
)  # fmt: skip
#: the participles of that formula: *bedoeld*, *genoemd*, *vermeld*
LEGAL_POINTERS = frozenset({"bedoelde", "bedoeld", "genoemde", "genoemd", "vermelde", "vermeld"})


def _legal_cross_reference(inner, modifier: Token) -> bool:
    """The words between the article and the participle only point to a part of a legal text, and the participle
    is *bedoelde*, *genoemde* or *vermelde*: *de in het eerste lid bedoelde vergunning*, *de onder a, b en c
    genoemde bouwwerken*. That is the fixed formula of laws and plan rules (one reference, no clause to unpack); a
    plan quotes it from the rule it cites. A part of the writer's own document (*de in de vorige paragraaf
    genoemde bezwaren*, *de in dit hoofdstuk beschreven resultaten*) is no such formula and stays a tang."""
    words = [t for t in inner if not t.is_space]
    if modifier.lower_ not in LEGAL_POINTERS or not words or words[0].lower_ not in ("in", "onder", "bij"):
        return False
    if not any(
        t.lower_ in ("lid", "leden", "sub", "onderdeel", "onderdelen", "artikel", "artikellid", "onder")
        for t in words
    ):
        return False
    from .data import word_set

    parts = LEGAL_PARTS | word_set("aanhalingen", "ordinals")  # (reached only after a pointer: rare)
    return all(
        t.lower_ in parts or t.text[:1].isdigit() or (len(t.text) == 1 and t.text.isalpha()) for t in words
    )


def _bare_noun_opener(doc, i: int) -> bool:
    """A preposition straight before a second preposition, for a noun phrase without an article: *met in de
    grond aanwezige resten*, *in door de provincie aangegeven gevallen*. The second preposition opens a modifier
    of the noun; a preposition after a word that needs one (*tot in*, *van voor*) opens no tang, because no
    participle and noun close it (checked by the caller)."""
    tok = doc[i]
    if tok.pos_ != "ADP" or i + 1 >= len(doc) or doc[i + 1].pos_ != "ADP":
        return False
    # *om in de praktijk voorkomende vragen te behandelen*: 'om' opens a te-clause, its object has no article
    # (the parser's 'mark' cannot tell: it gives *met in de grond aanwezige resten* a 'mark' too); *in te
    # richten*: a particle and 'te', no preposition
    nxt = doc[i + 1]
    # *draagt ... bij aan de verbetering*: the particle split off a finite verb before it, then the verb's own
    # preposition. After an infinitive a particle cannot stand apart (*zich houden aan bij wet gestelde regels*:
    # *aan* is a preposition the parser misread)
    separated = tok.dep_ == "compound:prt" and tok.head.i < i and "Fin" in tok.head.morph.get("VerbForm")
    return (
        not separated
        and tok.dep_ != "fixed"
        and nxt.dep_ not in ("fixed", "mark")
        and tok.lower_ != "om"
        and nxt.lower_ != "te"
    )


def _bare_noun(noun: Token, mod: Token) -> bool:
    """The noun after a bare preposition has no article of its own (*voert af via het bestaande stelsel*: *het*
    opens the noun phrase, not *af via*) and is no infinitive (*... beperkt blijven*)."""
    if noun.morph.get("VerbForm") == ["Inf"] or any(c.dep_ == "det" for c in noun.children):
        return False
    return not any(t.pos_ == "DET" and t.head.i == noun.i for t in noun.doc[mod.i - 1 : noun.i])


#: how far after the closing modifier the noun may stand, past adjectives, conjunctions and truncated compounds
#: (*relevante rijks-, provinciaal, regionaal en gemeentelijk beleid*: seven words); any other word stops the search
HEAD_NOUN_REACH = 12


def _head_noun(doc, i: int, end: int):
    """The noun after the closing modifier, past more adjectives and coordinated compound parts: *de in 2014
    geactualiseerde provinciale bevolkings- en woningbehoefteprognose*, and past a second infinitive joined to a
    modifier with *te* (*de nog uit te werken en (te) realiseren bestemmingen*: *te* serves both verbs, and the
    article waits for *bestemmingen*). None when no noun follows."""
    for k in range(i, min(end, i + HEAD_NOUN_REACH)):
        tok = doc[k]
        if _second_te_infinitive(doc, i - 1, k):
            continue
        if _list_adjective(doc, k, end):
            continue
        if _noun_like(tok) and not tok.text.endswith("-"):
            return tok
        if not (tok.pos_ in ("ADJ", "CCONJ") or tok.text.endswith("-") or tok.text in (",", "\\-")):
            return None
    return None


def _list_adjective(doc, k: int, end: int) -> bool:
    """The word at ``k`` is one of a list of adjectives before the noun, tagged as a noun (*landelijk, provinciaal,
    regionaal en lokaal beleid*): a comma or conjunction follows, then an adjective or a truncated compound. The
    noun is the word the list leads to."""
    from .data import word_tuple
    from .morphology import known_adjectives

    word = doc[k].lower_
    # an adjective by the dictionary or by its ending (*-aal*, *-lijk*), not a noun in a list of nouns
    # (*plattelandseconomie, agrarisch gebruik*)
    adjective = word in known_adjectives() or word.endswith(word_tuple("realisatie", "adjective_endings"))
    return (
        k + 2 < end
        and adjective
        and (doc[k + 1].text == "," or doc[k + 1].pos_ == "CCONJ")
        and (doc[k + 2].pos_ == "ADJ" or doc[k + 2].text.endswith("-"))
    )


def _second_te_infinitive(doc, modifier: int, k: int) -> bool:
    """The word at ``k`` is the second verb of a modifier with *te*: a conjunction right after *te* + infinitive,
    then (*te* and) an infinitive the dictionary knows (*uit te werken en realiseren*, *te bouwen of te
    verbouwen*). The tagger reads such an infinitive as a plural noun."""
    from .morphology import lemmas

    if doc[modifier - 1].lower_ != "te" or modifier + 1 >= k or doc[modifier + 1].pos_ != "CCONJ":
        return False
    tok = doc[k]
    if k == modifier + 3 and doc[k - 1].lower_ != "te":
        return False  # one word between: only *te* (*en te realiseren*)
    if k > modifier + 3:
        return False
    return tok.lower_ == "te" or (tok.lower_, "VERB") in lemmas(tok.lower_, "VERB")
