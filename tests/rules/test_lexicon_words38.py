"""Words of study words38 (issue 18, task words50b; bench/quality/real/RESULTS.md), after the editors' verdicts (all
but *bouwsteen*): *calamiteit(en)* ('noodgeval', a replacement; not in the transitional rule of plan rules nor in a
compound), *recentelijk* ('onlangs', a replacement: an adverb for an adverb), *evenals* ('en', 'en ook', 'net als';
a fragment that opens with it: 'en ook'), *van oudsher*, *gestoeld op* / *stoelt op*, *geënt op*, *prominent(e)*,
and the BT104 phrases *heeft de ambitie (om ... te)* / *de ambitie is* (the advice asks for a subject: 'wij willen
...'; the noun *ambitie* alone is ordinary) and *hiermee / daarmee samenhangende* ('die daaruit volgen', 'die erbij
horen'). Beside them the listed forms study words38 found missed: *dienen ... te* far from its infinitive
(coordination, brackets, a passive *door*-phrase, a phrase after the cluster), a sentence-initial *Gelet op* the
parser cut after *Gelet*, and *er moet zorg gedragen worden voor* where the parse hangs *voor* away from the verb.
Sentences written for the test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_term, study_words_found
from suggestion_checks import word_list_offers as found

NEW_TERMS = (
    "calamiteit",
    "recentelijk",
    "evenals",
    "oudsher",
    "stoel",
    "geënt",
    "prominent",
    "ambitie",
    "samenhangend",
)


@pytest.mark.parametrize(
    "text,term,span,offer",
    [
        # calamiteit: plural, singular after a preposition, with its article (a het-word takes 'het')
        ("Bij calamiteiten kan de brandweer via het fietspad het terrein bereiken.", "calamiteit", "calamiteiten",
         "noodgevallen"),
        ("In geval van een calamiteit moet de weg vrij blijven.", "calamiteit", "calamiteit", "noodgeval"),
        ("De calamiteit van vorig jaar kostte de gemeente veel geld.", "calamiteit", "De calamiteit",
         "Het noodgeval"),
        ("Wij weten dat deze calamiteit snel is opgelost.", "calamiteit", "deze calamiteit", "dit noodgeval"),
        # recentelijk: inside the clause, first in the sentence, in a subordinate clause
        ("Het verkeer op de weg is recentelijk geteld.", "recentelijk", "recentelijk", "onlangs"),
        ("Recentelijk is de brug over de rivier vernieuwd.", "recentelijk", "Recentelijk", "Onlangs"),
        ("Wij weten dat de school recentelijk is verbouwd.", "recentelijk", "recentelijk", "onlangs"),
    ],
)  # fmt: skip
def test_the_replacement_drops_in(text, term, span, offer):
    finding = one_term(text, term)
    assert finding.text == span
    assert finding.suggestions[0] == offer
    assert finding.severity == "info"


@pytest.mark.parametrize(
    "text,term,span,offer",
    [
        # evenals: after a comma, before a noun phrase
        ("De winkels zijn apart bestemd, evenals de scholen in de wijk.", "evenals", "evenals", "'en ook'"),
        ("Het plein wordt opnieuw ingericht evenals de straten eromheen.", "evenals", "evenals", "'net als'"),
        # van oudsher: first in the sentence, in a relative clause, before a participle
        ("Van oudsher is de omgeving van de kerk groen.", "van oudsher", "Van oudsher", "'al lang'"),
        ("De bedrijven die hier van oudsher zijn gevestigd, mogen blijven.", "van oudsher", "van oudsher",
         "'altijd al'"),
        ("De van oudsher aanwezige menging van wonen en werken blijft.", "van oudsher", "van oudsher",
         "'vroeger al'"),
        # stoelen op: participle, present tense, past tense, subordinate clause
        ("De werkwijze is gestoeld op negen principes.", "stoelen op", "gestoeld op", "'gebaseerd op'"),
        ("De nota stoelt op de wet.", "stoelen op", "stoelt op", "'gebaseerd op'"),
        ("Het beleid stoelde op drie principes.", "stoelen op", "stoelde op", "'uitgaan van'"),
        ("Wij weten dat het plan op de visie stoelt.", "stoelen op", "op de visie stoelt", "'gebaseerd op'"),
        # enten op: the participle
        ("Het beleid is geënt op de nota van de provincie.", "enten op", "geënt op", "'gebaseerd op'"),
        # prominent: inflected before its noun, after an article
        ("Op prominente plekken mag het gebouw hoger zijn.", "prominent", "prominente", "'opvallend'"),
        ("Groen speelt in de wijk een prominente rol.", "prominent", "prominente", "'groot'"),
        # de ambitie hebben (BT104): main clause, subordinate clause, past tense
        ("De regio heeft de ambitie om de woningen beter te spreiden.", "de ambitie hebben", "heeft de ambitie",
         "'wij willen ...'"),
        ("Wij weten dat de provincie de ambitie heeft om te groeien.", "de ambitie hebben", "de ambitie heeft",
         "'wij willen ...'"),
        ("De gemeente had de ambitie om een nieuwe school te bouwen.", "de ambitie hebben", "had de ambitie",
         "'wij willen ...'"),
        ("De ambitie is om deze woningen beter over de regio te spreiden.", "de ambitie is", "De ambitie is",
         "'wij willen ...'"),
        # hiermee / daarmee samenhangende (BT104)
        ("Het gaat om het beleid en de daarmee samenhangende doelen.", "daarmee samenhangende",
         "daarmee samenhangende", "'die daaruit volgen'"),
        ("Het plan en de hiermee samenhangende gevolgen voor het milieu zijn onderzocht.", "hiermee samenhangende",
         "hiermee samenhangende", "'die hieruit volgen'"),
    ],
)  # fmt: skip
def test_the_word_is_found_with_its_advice(text, term, span, offer):
    """The editors called every offer of these words a hint: advice, no replacement text; a tip (info)."""
    finding = one_term(text, term)
    assert finding.text == span
    assert finding.suggestions == []
    assert offer in " ".join(finding.advice)
    assert finding.severity == "info"


def test_the_ambition_phrases_are_wordy_and_name_who_wants():
    """*Heeft de ambitie om* is BT104 (omslachtig), and the advice asks who wants it: 'wij willen ...'."""
    for text in (
        "De regio heeft de ambitie om de woningen beter te spreiden.",
        "De ambitie is om deze woningen beter over de regio te spreiden.",
    ):
        assert [rule for rule, span, _ in found(text) if "mbitie" in span] == ["BT104"]


def test_evenals_opening_a_fragment_is_en_ook():
    """A fragment that opens with *Evenals* adds to the sentence before: 'en ook'; 'net als' compares and needs a
    clause. With a finite verb the sentence keeps the three words."""
    fragment = one_term("Evenals tussen de weg en de dijk.", "evenals")
    assert fragment.advice == ["Kies wat hier past, bijvoorbeeld 'en ook'."]
    clause = one_term("Evenals vorig jaar is er een markt op het plein.", "evenals")
    assert "'net als'" in " ".join(clause.advice)


def test_vanouds_no_longer_offers_van_oudsher():
    """*Van oudsher* is listed now: the older *vanouds* must not send the writer to it."""
    finding = one_term("De markt wordt vanouds op zaterdag gehouden.", "vanouds")
    assert "van oudsher" not in [*finding.suggestions, *finding.advice, finding.message]
    assert finding.suggestions[0] == "altijd al"


@pytest.mark.parametrize(
    "text,span",
    [
        # a coordination inside the middle field (of noun phrases, of participles)
        ("Wel dient de hoogte van de schuur en de kap nader bekeken te worden.",
         "dient de hoogte van de schuur en de kap nader bekeken te"),
        ("In dat geval dient een plan of een overeenkomst te worden gesloten.",
         "dient een plan of een overeenkomst te"),
        ("Dit programma dient door de gemeente beoordeeld en goedgekeurd te worden.",
         "dient door de gemeente beoordeeld en goedgekeurd te"),
    ],
)  # fmt: skip
def test_dienen_te_far_from_its_infinitive(text, span):
    """*Dient ... te* with the middle field between: a coordination that joins two phrases of that field, or the
    doer of a passive infinitive with *door*, opens no clause of its own."""
    assert one_term(text, "dienen te").text == span


def test_dienen_te_keeps_serve_and_the_attributive_infinitive_apart():
    """*Dient als opvang* is 'serves as'; *de te bouwen woningen* is an infinitive that describes its noun."""
    for text in (
        "Het gebouw dient als opvang voor de te bouwen woningen.",
        "Het gebouw dient als opvang en de tuin als speelplek.",
    ):
        assert not [f for f in found(text) if f[1].lower().startswith("dien")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gelet op de hiervoor genoemde uitspraken is het plan uitvoerbaar.",
        "Gelet op het uitgangspunt dat de kwaliteit niet afneemt, dient de toets een onderdeel te vormen van het plan.",
    ],
)
def test_gelet_op_first_in_the_sentence(text):
    """The parser took a capitalised *Gelet* for a name and closed a sentence of one word there; *gelet op* is one
    preposition and is found as the listed word."""
    assert one_term(text, "gelet op").text == "Gelet op"


def test_the_passive_of_zorg_dragen_voor_with_a_long_noun_phrase():
    """*Er moet zorg gedragen worden voor ...*: the preposition right after the verb cluster is the verb's own,
    however the parse hangs the long noun phrase after it."""
    text = (
        "De plannen moeten passen bij de wijk en er moet zorg gedragen worden voor een veilig en groen netwerk van "
        "onderling verbonden fietspaden."
    )
    assert one_term(text, "zorg dragen voor").text == "zorg gedragen worden voor"


@pytest.mark.parametrize(
    "text",
    [
        # the transitional rule of plan rules, and a compound
        "Een bouwwerk mag na het tenietgaan ten gevolge van een calamiteit geheel worden vernieuwd.",
        "Het calamiteitenplan ligt bij de beheerder.",
        # the noun ambitie alone
        "De regio heeft grote ambities voor de woningbouw.",
        "De ambities van de regio zijn groot.",
        # stoelen as furniture, samenhangen as a verb and samenhangend alone
        "De stoelen op het terras zijn van de gemeente.",
        "Alle stoelen op het plein zijn nieuw.",
        # the plural noun without a guard word: bare, after a numeral, after an adjective (review of round 35)
        "De vereniging verkoopt stoelen op de markt.",
        "Er passen tweehonderd stoelen op het terrein.",
        "De school krijgt betere stoelen op elke verdieping.",
        # de ambitie is as a copula or passive, hebben as the perfect of another verb
        "De ambitie is te hoog voor dit budget.",
        "De ambitie is door de raad vastgesteld.",
        "De regio heeft de ambitie van het Rijk overgenomen.",
        "De wijk hangt samen met het centrum.",
        "Wij kiezen voor een samenhangende aanpak.",
        # the plain words
        "Bij noodgevallen kan de brandweer via het fietspad het terrein bereiken.",
        "Het verkeer op de weg is onlangs geteld.",
        "De winkels zijn apart bestemd, net als de scholen in de wijk.",
        "De omgeving van de kerk is altijd al groen geweest.",
        "De werkwijze is gebaseerd op negen principes.",
        "Op opvallende plekken mag het gebouw hoger zijn.",
        "De regio wil de woningen beter spreiden.",
        "Het gaat om het beleid en de doelen die erbij horen.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not study_words_found(text, NEW_TERMS), found(text)
