"""Issue 18, item 1 (twenty-eighth round, task forms42): forms of listed entries that the matcher missed in the
annotated sentences, in main and subordinate clauses.

- *dienen te* with a predicate and *te zijn* (*dient duidelijk te zijn*): the parser hangs *te* and the copula on
  the adjective or on *dienen* itself; that *te* is the infinitive marker of the verb's complement
  (``rules/lexicon_verbal._copula_after``), and the adjective is that infinitive's predicate, not a result the verb
  brings about (``_resultative``: *maakt de planning openbaar* stays a result).
- A participle that the tagger reads as a noun, with an adverb before it and its auxiliary *zijn* called a copula
  (*de locaties die goed ontsloten zijn*): a verb form, as it was with an auxiliary (``rules/lexicon_tokens.
  _adverb_of_verb``).
- A verb phrase written word for word with *te* before its infinitive (*in beeld te brengen*) where the parse
  hangs its noun elsewhere (``rules/lexicon_match._written_as_term``).
- *zijn* and the word it joins in the verb bracket (*is ten noorden van het dorp gelegen*, *dat ... gelegen is*,
  *zijn dit jaar voornemens*), read by word order (``rules/lexicon_bracket``).
- *ex art.*: the abbreviated spelling of *ex artikel*, an entry of its own like *t.b.v.* beside *ten behoeve van*.
"""

from __future__ import annotations

import functools

import pytest

from beleidstaal.nlp import get_analyser
from beleidstaal.rules.lexicon_compile import compile_lexicons
from beleidstaal.rules.lexicon_match import match_sentence


@functools.cache
def _lexicon():
    return compile_lexicons((), ())


def _terms(sentence: str) -> set[str]:
    (doc,) = get_analyser().parse([sentence])
    return {m.entry.term for sent in doc.sents for m in match_sentence(sent, _lexicon())}


@pytest.mark.parametrize(
    "sentence",
    [
        "De brief dient duidelijk te zijn voor iedereen.",
        "De tekst dient begrijpelijk te zijn voor een groot publiek.",
        "Het plan dient in overeenstemming te zijn met de regels.",
        "Wij weten dat de brief begrijpelijk dient te zijn.",
        "De vorm waarin de regels staan dient begrijpelijk te zijn voor iedereen.",
        "De aanvrager dient het formulier op tijd in te vullen.",
    ],
)
def test_dienen_te_with_a_predicate(sentence: str):
    assert "dienen te" in _terms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het gebouw dient als opvang voor daklozen.",
        "Deze brief dient ter informatie.",
        "U heeft tot 1 mei om een zienswijze in te dienen.",
    ],
)
def test_dienen_without_te_stays_unreported(sentence: str):
    assert "dienen te" not in _terms(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Wij maken de analyse beschikbaar.", "De gemeente maakt de planning openbaar."],
)
def test_a_result_is_still_no_support_verb(sentence: str):
    """*beschikbaar maken* keeps its adjective as the result: no *een analyse maken*."""
    assert not {"analyse maken", "planning maken"} & _terms(sentence)


@pytest.mark.parametrize(
    "sentence,term",
    [
        ("Het bedrijfsterrein is goed ontsloten.", "ontsluiten"),
        ("De locaties die goed ontsloten zijn, krijgen voorrang.", "ontsluiten"),
        ("Omdat het terrein goed ontsloten is, kiezen wij het.", "ontsluiten"),
        ("Het bedrijfsterrein, dat goed ontsloten is, ligt aan de rand.", "ontsluiten"),
    ],
)
def test_a_participle_read_as_noun_with_its_copula(sentence: str, term: str):
    assert term in _terms(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["De mensen die echt experts zijn, helpen ons.", "Zij weten dat het echt onzin is."],
)
def test_a_noun_with_a_copula_stays_a_noun(sentence: str):
    assert not _terms(sentence)


@pytest.mark.parametrize(
    "sentence,term",
    [
        (
            "Het waterschap heeft een tabel gemaakt waarmee met een aantal vragen in beeld te brengen is welke "
            "aspecten relevant zijn.",
            "in beeld brengen",
        ),
        ("Met dit overzicht is in beeld te brengen welke wegen druk zijn.", "in beeld brengen"),
        ("Wij proberen de kosten in beeld te brengen.", "in beeld brengen"),
        (
            "Wij weten dat de tabel met een aantal vragen in beeld brengt welke aspecten relevant zijn.",
            "in beeld brengen",
        ),
    ],
)
def test_a_verb_phrase_with_te_before_its_infinitive(sentence: str, term: str):
    assert term in _terms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het overleg ex art. 3.1.1 Bro is gevoerd met de provincie.",
        "Wij weten dat het overleg ex art. 3.1.1 Bro is gevoerd.",
    ],
)
def test_ex_art(sentence: str):
    assert "ex art." in _terms(sentence)


@pytest.mark.parametrize(
    "sentence,term",
    [
        ("Het plangebied is gelegen ten noorden van het dorp.", "zijn gelegen"),
        ("Het plangebied is ten noorden van het dorp gelegen.", "zijn gelegen"),
        ("In het gebied zijn geen wegen gelegen.", "zijn gelegen"),
        ("Wij weten dat het plangebied ten noorden van het dorp gelegen is.", "zijn gelegen"),
        ("De percelen zullen ten noorden van de weg gelegen zijn.", "zijn gelegen"),
        ("Wij zijn dit jaar voornemens de weg te verbreden.", "zijn voornemens"),
        ("Wij melden dat wij voornemens zijn de weg te verbreden.", "zijn voornemens"),
    ],
)
def test_zijn_and_its_word_in_the_verb_bracket(sentence: str, term: str):
    """*is ... gelegen* with the words of the clause between, *gelegen is* in a subordinate clause."""
    assert term in _terms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het is een gunstig gelegen woning.",
        "De gunstig gelegen woning is verkocht.",
        "Het huis is oud en gelegen aan de rand van het dorp.",
        "Er is de gemeente veel aan gelegen dat de weg veilig is.",
        "Het is duidelijk dat de woning aan de weg ligt.",
    ],
)
def test_gelegen_outside_the_bracket_of_zijn(sentence: str):
    assert "zijn gelegen" not in _terms(sentence)


def test_gelegen_of_another_verb_group():
    """*ten grondslag heeft gelegen* is its own verb group; *is* goes with *samengesteld*."""
    sentence = "De visie die aan dit plan ten grondslag heeft gelegen is samengesteld door de gemeente."
    assert "zijn gelegen" not in _terms(sentence)


def test_voornemens_in_a_subordinate_clause_with_its_infinitive():
    assert "zijn voornemens" in _terms(
        "Wij weten dat de gemeente in januari voornemens is het plan te wijzigen."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Zuid-Holland is een strategisch gelegen, vruchtbare delta.",
        "De bestemming Tuin is toegekend aan percelen gelegen bij de bestemming Wonen.",
    ],
)
def test_gelegen_that_describes_a_noun(sentence: str):
    assert "zijn gelegen" not in _terms(sentence)


def test_a_present_participle_between_is_no_boundary():
    assert "zijn gelegen" in _terms(
        "Parallel aan de weg is voorts een aan het gebied grenzende sloot gelegen."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Het plangebied is het deel waarin de woningen gelegen zijn en waar de weg ligt.",
        "Het is een plek waarop de kerk gelegen is.",
    ],
)
def test_gelegen_with_its_own_zijn_is_no_bracket_of_the_verb_before(sentence: str):
    """Review of forms42: *waarin ... gelegen zijn* has its own *zijn* (read from there, not with the *is*
    before)."""
    (doc,) = get_analyser().parse([sentence])
    spans = [
        " ".join(t.text for t in m.tokens)
        for sent in doc.sents
        for m in match_sentence(sent, _lexicon())
        if m.entry.term == "zijn gelegen"
    ]
    assert all(s.split()[0] == "gelegen" for s in spans), spans


@pytest.mark.parametrize(
    "sentence",
    [
        "Zij is vol goede voornemens.",
        "Dit zijn mijn voornemens voor het nieuwe jaar.",
        "Dit zijn de voornemens van het college.",
        "Dat zijn grote voornemens.",
    ],
)
def test_voornemens_the_noun_after_zijn(sentence: str):
    """Review of forms42: with an article, a possessive or an adjective with -e before it, *voornemens* is the
    plural noun (plans), not the adjective of *zijn voornemens* (intending)."""
    assert "zijn voornemens" not in _terms(sentence)
