"""A verb with its preposition in the word lists (*sturen op*, *inzetten op*, *voorzien in*) only where that
preposition opens the verb's own object (vprep39). Not the last word of a fixed group (*in aansluiting op*), not the
first of a fixed adverbial (*op tijd*, *op korte termijn*), and not a place after the passive of the other, transitive
verb (*zeven woningen zijn voorzien in het oosten*: gepland). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text

#: the rule of each verb and a piece of all its forms in the finding's text
_RULES = {
    "sturen op": ("BT102", "stu"),
    "inzetten op": ("BT102", "zet"),
    "voorzien in": ("BT101", "voorzie"),
    "streven naar": ("BT102", "stre"),
    "overgaan tot": ("BT202", "overg"),
    "beleggen bij": ("BT102", "beleg"),
}


def _terms(sentence: str) -> list[str]:
    """The verb phrases of the table above that the sentence's findings name."""
    findings = check_text(sentence)
    return [
        term
        for term, (rule, piece) in _RULES.items()
        if any(
            f.rule == rule and piece in f.text.lower() and term.split()[-1] in f.text.lower().split()
            for f in findings
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Wij sturen u deze brief in aansluiting op ons gesprek.", "sturen op"),
        ("De brief wordt u in aansluiting op het gesprek gestuurd.", "sturen op"),
        ("Wij sturen u op tijd een nieuwe brief.", "sturen op"),
        # a list of adverbials after *op tijd* (review)
        ("Wij sturen u de stukken op tijd en binnen de termijn.", "sturen op"),
        ("Wij zetten op korte termijn extra handhavers in.", "inzetten op"),
        ("Zeven woningen zijn voorzien in het oosten van het plangebied.", "voorzien in"),
        ("In het plan is een parkeerplaats voorzien in het noorden van het gebied.", "voorzien in"),
        ("Er is een speelplek voorzien in de nieuwe wijk.", "voorzien in"),
        ("De woningen die zijn voorzien in het zuiden, krijgen een tuin.", "voorzien in"),
    ],
)
def test_a_preposition_that_is_not_the_verbs_own_is_no_finding(sentence, term):
    assert term not in _terms(sentence)


def test_the_preposition_after_the_fixed_group_is_the_one_found():
    # the first *van* belongs to *in het kader van*; *af van handhaving* is the phrase
    found = [
        f.text
        for f in check_text("Wij zien in het kader van de nieuwe wet af van handhaving.")
        if f.rule == "BT101"
    ]
    assert found and found[0].endswith("af van")


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Er wordt voorzien in voldoende parkeerplaatsen.", "voorzien in"),  # the passive without a subject
        ("In deze behoefte is al voorzien.", "voorzien in"),
        ("Het plan voorziet op termijn in tweehonderd woningen.", "voorzien in"),
        ("Het doel is dat bewoners zelf voorzien in parkeerruimte.", "voorzien in"),  # a subordinate clause
        ("De provincie wil op termijn sturen op minder verkeer.", "sturen op"),
        ("Er wordt op resultaat gestuurd.", "sturen op"),
        ("Daar wordt door de provincie op gestuurd.", "sturen op"),  # a pronominal adverb in the passive
        ("Waar de provincie op stuurt, is de kwaliteit van de wijk.", "sturen op"),
        ("Omdat de provincie op kwaliteit stuurt, komen er minder woningen.", "sturen op"),
        ("De gemeente zet in op het versterken van de buurt.", "inzetten op"),  # separable
        ("Wij hebben op korte termijn ingezet op preventie.", "inzetten op"),
        # *is* belongs to the clause above
        ("De ambitie is te streven naar een groene stad.", "streven naar"),
        ("Het college is overgegaan tot handhaving.", "overgaan tot"),  # a perfect with *zijn*, no passive
        ("De taak wordt belegd bij de provincie.", "beleggen bij"),  # a verb with an object of its own
        # the jargon of *sturen op* and *inzetten op* takes an object too: a passive subject is no sign (review)
        ("De organisatie wordt gestuurd op resultaat.", "sturen op"),
        ("De middelen worden ingezet op preventie.", "inzetten op"),
        # *op tijd* as the first of a list of the verb's objects is no fixed adverbial (review)
        ("Wij sturen projecten op tijd, geld en kwaliteit.", "sturen op"),
        ("De provincie stuurt op tijd en kwaliteit.", "sturen op"),
    ],
)
def test_the_verb_with_its_own_preposition_is_still_found(sentence, term):
    assert term in _terms(sentence)
