"""Issue 18, item 1 (twenty-ninth round, task forms43): forms of listed entries that the annotated sentences showed
missed, mended where they arise (the tags, the names test, the phrase matcher), not for the one word.

- A past participle written with the wrong last letter, *t* for *d*, *d* for *t* or *dt* (*wordt gecreëert*): the
  dictionary knows no word so written, and with the other letter it is the participle of a known verb
  (``language/misspelling.misspelt_participle``). A present tense (*gebeurt*, *verbetert*) stays what it is.
- An order at the start of a sentence, before a capitalised object (*Implementeer Agile-werkwijzen*): the
  imperative is no first word of a name (``language/names.opens_an_order``); and a rare imperative that the tagger
  reads as a preposition (*Optimaliseer de processen*) is the verb (``rules/lexicon_tokens._form_fits``).
- A prepositional phrase with a preposition of its own at the end, with the clause's verbs between its noun and
  that preposition (*moet in het verlengde liggen van*, *dat ... in lijn is met*): Dutch puts the prepositional
  complement after the verb cluster (``rules/lexicon_match._across_verbs``).
"""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.nlp import get_analyser

CONFIG = Config(min_severity="info")


def _findings(sentence: str) -> dict[str, object]:
    """term -> finding, for the word-list findings of one sentence."""
    return {f.term: f for f in check_text(sentence, config=CONFIG) if f.term}


# ---------------------------------------------------------------------------------------------------------------
# a participle with the wrong last letter


@pytest.mark.parametrize(
    ("sentence", "term", "text"),
    [
        ("De gemeente heeft met de nieuwe haag een groene buurt gecreëert.", "creëren", "gecreëert"),
        ("Het park wordt volgend jaar door de provincie gerealiseert.", "realiseren", "gerealiseert"),
        ("Wij hebben het nieuwe systeem vorig jaar geïmplementeert.", "implementeren", "geïmplementeert"),
        ("Er is in de wijk een nieuwe school gerealiseerdt.", "realiseren", "gerealiseerdt"),
        ("De werkgroep heeft het overleg met de buurt gefaciliteert.", "faciliteren", "gefaciliteert"),
    ],
)
def test_a_misspelt_participle_is_the_listed_verb(sentence: str, term: str, text: str):
    found = _findings(sentence)
    assert term in found, sorted(found)
    assert found[term].text == text


def test_the_misspelt_participle_gets_the_verbs_lemma_and_form():
    (doc,) = get_analyser().parse(["Het is iets dat wordt gecreëert voor de bewoners."])
    tok = next(t for t in doc if t.lower_ == "gecreëert")
    assert (tok.pos_, tok.lemma_, tok.morph.get("VerbForm")) == ("VERB", "creëren", ["Part"])


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Dat gebeurt volgend jaar in de wijk.", "gebeurt", "gebeuren"),
        ("De nieuwe regeling verbetert de toegang tot het park.", "verbetert", "verbeteren"),
        ("De gemeente besteedt veel geld aan de wijk.", "besteedt", "besteden"),
        ("De provincie verlangt een nieuw plan van de gemeente.", "verlangt", "verlangen"),
    ],
)
def test_a_present_tense_that_looks_like_it_stays(sentence: str, word: str, lemma: str):
    (doc,) = get_analyser().parse([sentence])
    tok = next(t for t in doc if t.lower_ == word)
    assert tok.lemma_ == lemma
    assert "Part" not in tok.morph.get("VerbForm")


@pytest.mark.parametrize(
    "word",
    [
        "ingepland",  # the participle of *inplannen*, though *ingeplant* is that of *inplanten*: a common word itself
        "verlangt",  # the present tense of *verlangen*: with an inseparable prefix only the letter tells them apart
        "gebeurt",
    ],
)
def test_no_correction_of_a_word_that_is_one(word: str):
    from beleidstaal.language.misspelling import misspelt_participle

    assert misspelt_participle(word) is None


# ---------------------------------------------------------------------------------------------------------------
# an order at the start of the sentence


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Implementeer Agile-werkwijzen in alle teams van de afdeling.", "implementeren"),
        ("Implementeer SAFe in de hele organisatie.", "implementeren"),
        ("Optimaliseer de processen van de afdeling.", "optimaliseren"),
    ],
)
def test_an_order_at_the_start_is_found(sentence: str, term: str):
    assert term in _findings(sentence)


def test_a_name_after_a_noun_at_the_start_stays_a_name():
    from beleidstaal.language.names import opens_an_order

    (doc,) = get_analyser().parse(["Zorg Verzekeraars Nederland stelt het budget vast."])
    assert not opens_an_order(doc[0])  # *zorg* is also a noun: a name may begin with it


# ---------------------------------------------------------------------------------------------------------------
# a prepositional phrase split by the verbs of its clause


@pytest.mark.parametrize(
    ("sentence", "term", "text"),
    [
        (
            "De nieuwe wijk moet in het verlengde liggen van de oude kern.",
            "in het verlengde van",
            "in het verlengde liggen van",
        ),
        (
            "Wij weten dat het plan in het verlengde ligt van de visie.",
            "in het verlengde van",
            "in het verlengde ligt van",
        ),
        (
            "Wij weten dat de kosten ten laste komen van de gemeente.",
            "ten laste van",
            "ten laste komen van",
        ),
        ("Dat het plan in lijn is met de visie, is goed.", "in lijn met", "in lijn is met"),
        (
            "Wij weten dat het nieuwe plan in overeenstemming is met de regels.",
            "in overeenstemming met",
            "in overeenstemming is met",
        ),
        (
            "Wij weten dat de school in samenhang wordt bekeken met de sporthal.",
            "in samenhang met",
            "in samenhang wordt bekeken met",
        ),
    ],
)
def test_a_phrase_split_by_its_verbs(sentence: str, term: str, text: str):
    found = _findings(sentence)
    assert term in found, sorted(found)
    assert found[term].text == text


def test_a_split_phrase_gets_advice_not_a_replacement():
    finding = _findings("Wij weten dat de school in samenhang wordt bekeken met de sporthal.")[
        "in samenhang met"
    ]
    assert not finding.replaceable and finding.advice  # the verbs stand inside: no word swap fits


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # a place in line with a street (the entry's unless_dependent -straat), with the street hung on the verb
        ("Dat het fietspad in het verlengde ligt van de Kerkstraat, is bekend.", "in het verlengde van"),
        # the verb makes a listed verb phrase of its own with the noun: *in verband brengen met* relates
        ("Wij willen de kosten in verband brengen met de baten.", "in verband met"),
        # a verb that puts its object into the state the phrase names: 'aanpassen aan', another sense
        (
            "De regeling moet in overeenstemming worden gebracht met de nieuwe verordening.",
            "in overeenstemming met",
        ),
        # a preposition at the end of the clause opens no phrase
        ("Dat is het plan waar wij in lijn mee zijn.", "in lijn met"),
    ],
)
def test_a_split_phrase_that_stays_silent(sentence: str, term: str):
    assert term not in _findings(sentence)
