"""General policy words of study words30 (issue 18, task words42b; bench/quality/real/RESULTS.md): *komen te
vervallen*, *benoemen*, *sectoraal*, *verwaarloosbaar*, *vergezeld gaan van*, *kwalitatief*, *sturing* and
*kwantitatief*, all eight kept by the editors, all advice. The shapes the editors judged wrong stay silent: a part's
title (*het deel Ambities en sturing*), a capitalised document title, a gloss in brackets after the plain word, a
survey term beside its pair. Sentences written for the test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_offer
from suggestion_checks import word_list_offers as found

NEW_WORDS = (
    "vervallen",
    "vergezeld",
    "verwaarloos",
    "sectora",
    "benoem",
    "kwalitatie",
    "kwantitatie",
    "sturing",
)


@pytest.mark.parametrize(
    "text,rule,span,advice",
    [
        # komen te vervallen: main clause, subordinate clause, perfect (komen for gekomen), future
        ("Het oude bouwvlak komt te vervallen.", "BT104", "komt te vervallen", "vervallen"),
        (
            "Wij slopen de schuur, omdat het bouwvlak komt te vervallen.",
            "BT104",
            "komt te vervallen",
            "vervallen",
        ),
        ("De oude regel is per 1 januari komen te vervallen.", "BT104", "komen te vervallen", "vervallen"),
        ("Wij weten dat de oude regel is komen te vervallen.", "BT104", "komen te vervallen", "vervallen"),
        ("Het bouwvlak zal daardoor komen te vervallen.", "BT104", "komen te vervallen", "vervallen"),
        # vergezeld gaan van: main and subordinate clause, plural, the participle alone after a list
        (
            "Het bestemmingsplan gaat vergezeld van een toelichting.",
            "BT104",
            "gaat vergezeld van",
            "horen bij",
        ),
        (
            "Wij weten dat elk plan vergezeld gaat van een toelichting.",
            "BT104",
            "vergezeld gaat van",
            "horen bij",
        ),
        ("De regels gaan vergezeld van een kaart.", "BT104", "gaan vergezeld van", "horen bij"),
        (
            "Het plan bestaat uit regels en een kaart, vergezeld van een toelichting.",
            "BT104",
            "vergezeld van",
            "met",
        ),
        # verwaarloosbaar: predicative, inflected adjective, before another adjective
        (
            "De extra kosten voor de nieuwe stoep zijn verwaarloosbaar.",
            "BT101",
            "verwaarloosbaar",
            "heel klein",
        ),
        (
            "Het gaat om een verwaarloosbare toename van het verkeer.",
            "BT101",
            "verwaarloosbare",
            "heel klein",
        ),
        (
            "De bijdrage van het bedrijf wordt als verwaarloosbaar beschouwd.",
            "BT101",
            "verwaarloosbaar",
            "heel klein",
        ),
        # benoemen: main clause, participle, te-infinitive, subordinate clause, attributive participle
        ("De nota benoemt drie knelpunten voor fietsers.", "BT101", "benoemt", "noemen"),
        ("Zoals benoemd in artikel 3 mag het gebouw niet hoger zijn.", "BT101", "benoemd", "noemen"),
        ("In de bijlage staan de activiteiten benoemd.", "BT101", "benoemd", "noemen"),
        ("Het is aan het college om de belangen te benoemen.", "BT101", "benoemen", "noemen"),
        ("Wij kijken of de nota de knelpunten benoemt.", "BT101", "benoemt", "noemen"),
        ("De benoemde gebieden blijven beschermd.", "BT101", "benoemde", "genoemd"),
        # sectoraal: inflected and uninflected
        ("Het plan is getoetst aan de sectorale aspecten.", "BT102", "sectorale", "onderwerp"),
        ("Voor water en natuur is sectoraal beleid gemaakt.", "BT102", "sectoraal", "onderwerp"),
        # kwalitatief and kwantitatief: adverb at the start, inflected adjective, the pair
        ("Kwalitatief past de nieuwe woning bij de vraag.", "BT101", "Kwalitatief", "goed"),
        ("De gemeente stelt kwalitatieve eisen aan de parkeerplaatsen.", "BT101", "kwalitatieve", "goed"),
        (
            "In dit hoofdstuk staan de kwantitatieve gevolgen voor het verkeer.",
            "BT101",
            "kwantitatieve",
            "aantal",
        ),
        (
            "De provincie heeft de kwantitatieve opgave vastgesteld op 800 woningen.",
            "BT101",
            "kwantitatieve",
            "aantal",
        ),
        # sturing
        ("De provinciale sturing richt zich op de grote lijnen.", "BT102", "sturing", "bepaalt"),
        ("Bij particuliere plannen is de gemeentelijke sturing beperkt.", "BT102", "sturing", "bepaalt"),
    ],
)
def test_the_word_is_found_with_plain_advice(text, rule, span, advice):
    text_found, offer = one_offer(text, rule)
    assert text_found == span
    assert advice in offer


def test_the_pair_is_found_twice():
    spans = [
        span for _rule, span, _offer in found("Wij kijken zowel kwantitatief als kwalitatief naar de vraag.")
    ]
    assert spans == ["kwantitatief", "kwalitatief"]


@pytest.mark.parametrize(
    "text",
    [
        # the editors of words30: a part's title, a capitalised document title, a gloss after the plain word, a
        # survey term beside its pair
        "De plannen voor de wijk staan in het deel Ambities en sturing.",
        "In het hoofdstuk Wonen, zorg en sturing staan de plannen voor de wijk.",
        "Volgens de Kwalitatieve criteria voor woningbouw moeten de woningen levensloopbestendig zijn.",
        "Het gaat hier om de aantallen (de kwantitatieve opgave) en niet om de soort woningen.",
        "Voor meer kwantitatieve bemonsteringen gebruikt het bureau een ander net.",
        "Het bureau deed eerst een kwalitatieve bemonstering van de vissen in de sloot.",
        "Voor het kwalitatief onderzoek spraken wij met twintig bewoners.",
        # left out of the draw: a programme's name, the risk analysis of external safety, appointed to an office
        "Het Kwalitatief Woonprogramma geldt tot 2030.",
        "Voor de buisleiding is een kwantitatieve risicoanalyse gemaakt.",
        "De raad heeft haar benoemd tot wethouder van onderwijs.",
        "Hij werd in 2019 tot burgemeester benoemd.",
        "De raad benoemt de leden van de commissie.",
        "De benoemde leden van de commissie komen in mei bij elkaar.",
        "De school stelt de pas benoemde directeur voor aan de ouders.",  # review: the office after benoemde
        # other words
        "De besturing van de machine is kapot.",
        "Het oude huis dreigt te vervallen tot een ruïne.",
        "De gemeente verwaarloost het park niet.",
        "De wethouder ging met de bewoners mee naar het park.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    hits = [f for f in found(text) if any(word in f[1].lower() for word in NEW_WORDS)]
    assert not hits, found(text)


def test_a_gloss_needs_the_plain_word_before_it():
    """The gloss guard asks for the plain word right before the brackets: *afspraken tot 2030 (kwantitatieve
    afspraken)* holds no 'aantal', and the editors kept that row."""
    text_found, _offer = one_offer(
        "Er zijn afspraken tot 2030 (kwantitatieve afspraken) en een kader.", "BT101"
    )
    assert text_found == "kwantitatieve"


def test_a_gloss_needs_a_form_of_the_plain_word_not_a_longer_word():
    """The word before the brackets must be a form of a plain alternative (*aantallen* of 'aantal'), not a longer
    word that begins with one: *goedkeuring* is no form of 'goed' (review of words42)."""
    text_found, _offer = one_offer("De goedkeuring (kwalitatieve toets) volgt in het voorjaar.", "BT101")
    assert text_found == "kwalitatieve"


def test_aansturing_keeps_its_own_entry():
    """*sturing* has ``compounds = false``: *aansturing* gets only the advice of its own entry ('leiding')."""
    assert [span for _rule, span, _offer in found("De aansturing van het project ligt bij de gemeente.")] == [
        "aansturing"
    ]
