"""Passives that describe a plan, a map, an appendix or a state reached, where nobody in particular hides
(bench/quality/real/RESULTS.md, "Twentieth round: passives (task passive30 ...)"), on sentences written for the
test:

- a *zijn*-passive whose subject is an element of the plan map (*de bestemming is toegekend*, *het bouwvlak is
  vergroot*): the plan made it so (``plan-state``);
- a *worden*-passive of a verb of showing with *op* + a map (*wordt op de verbeelding weergegeven*): a legend
  (``map``);
- a *zijn*-passive right after *hiermee*, *daarmee*, *hierdoor*, *daardoor* at the start of the clause: a state that
  the named means reached (``result``);
- homes or plots that are offered, let or sold (*de woningen worden aangeboden in de huursector*): the housing
  programme (``tenure``);
- *als bijlage gevoegd* with *zijn*: what an appendix holds (``contents``);
- *uitgedrukt in* any form, not only a unit (``measure``).

The guards: a door-phrase, *worden* where *zijn* is asked, a document that is not an element of the map, a text
after *uitgedrukt in*, a verb that is not one of showing.
"""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str) -> list[tuple[str, str]]:
    """(rule, text) of the passive findings of one sentence."""
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [(f.rule, f.text) for f in check_text(text, config=config)]


@pytest.mark.parametrize(
    "text",
    [
        # plan-state
        "De dubbelbestemming Archeologie is aan de gronden rond de oude kerk toegekend.",
        "De aanduiding 'specifieke vorm van wonen' is toegekend aan de twee percelen achter de kerk.",
        "Het bouwvlak van de boerderij is aan de achterzijde met tien meter vergroot.",
        "De functieaanduiding 'kinderopvang' is van het perceel aan de Kerkweg verwijderd.",
        # map
        "De maximale bouwhoogte van de schuren wordt op de verbeelding met een aanduiding weergegeven.",
        "De grens van het beschermde gebied wordt met een stippellijn op de plankaart aangegeven.",
        # result
        "Daarmee is de financiering van het nieuwe zwembad voor tien jaar gewaarborgd.",
        "Hierdoor zijn de kosten van het onderhoud voor de komende jaren gedekt.",
        # contents
        "Het advies van de brandweer is als bijlage bij deze toelichting gevoegd.",
        # tenure
        "De nieuwe woningen worden aangeboden in de sociale huursector.",
        "Dit betekent dat ten minste tien woningen worden aangeboden als huurwoning.",
        "De bouwkavels aan de rand van het dorp worden vrij verkocht.",
        # measure
        "De geluidbelasting van de nieuwe weg wordt uitgedrukt in contouren rond de weg.",
        "Het groepsrisico wordt uitgedrukt in een grafiek met de kans op een ramp.",
    ],
)
def test_a_description_of_the_plan_or_a_state_reached_has_no_doer_to_name(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a document, not an element of the map: the council adopts it
        "Het bestemmingsplan voor het hele dorp is pas na veel discussie vastgesteld.",
        # worden: somebody changes it
        "De bestemming van het perceel aan de Kerkweg wordt na de zomer gewijzigd.",
        # a door-phrase names the doer
        "De bestemming Wonen is door de gemeenteraad aan alle percelen langs de dijk toegekend.",
        # worden after daarmee: an act (the earlier rounds keep it)
        "Daarmee wordt de financiering van het nieuwe zwembad voor tien jaar gewaarborgd.",
        # an adverb of time, not of means
        "Daarna is de financiering van het nieuwe zwembad voor tien jaar geregeld.",
        # worden with 'als bijlage': somebody adds it
        "Het advies van de brandweer wordt als bijlage bij deze toelichting gevoegd.",
        # a text after 'uitgedrukt in': somebody wrote it there
        "De zorgen van de bewoners worden uitgedrukt in de nota van de gemeente.",
        # a verb of showing without a map
        "De maximale bouwhoogte van de schuren wordt in overleg met de buren aangegeven.",
        # homes with a duty: somebody must offer them
        "De woningen moeten met voorrang aan jongeren uit het dorp worden aangeboden.",
        # something else that is offered
        "In het pand wordt bed and breakfast aangeboden aan toeristen.",
        # a map with a duty: somebody must draw it
        "De beschermingszone van de sloot moet ook op de verbeelding worden weergegeven.",
        # a map, but a verb that is no verb of showing
        "De bomen langs de weg op de kaart worden volgend jaar door de gemeente gekapt.",
    ],
)
def test_an_act_or_a_named_doer_keeps_the_finding(text):
    assert [rule for rule, _ in found(text)] == ["BT301"]


@pytest.mark.parametrize(
    "text",
    [
        # an act that the means led to: who stopped, who refused, who invested matters (result is for a state)
        "Daardoor is de subsidie voor de peuterspeelzalen in alle wijken van de stad stopgezet.",
        "Daarmee is de aanvraag van de vereniging voor een nieuwe sporthal aan de rand van het dorp afgewezen.",
        "Daardoor is er in de afgelopen jaren in de wijk veel minder geïnvesteerd in het onderhoud van de wegen.",
        "Hierdoor zijn de bewoners van de nieuwe wijk aan de rand van de stad van de regeling uitgesloten.",
        # homes sold or offered to somebody, or the reader's own home: who sells matters
        "Uw woning wordt na de renovatie van het complex aan een particuliere belegger verkocht.",
        "De gemeentelijke bouwkavels in Oosterhout worden via een loting aan starters uit de eigen gemeente verkocht.",
        "De vrijgekomen woning wordt eerst aan urgente woningzoekenden aangeboden.",
        # 'bestemming' in another sense: money, a destination
        "De bestemming van het overschot op de jaarrekening is na lang overleg in de raadscommissie gewijzigd.",
        "De eindbestemming van de gescheiden ingezamelde plastics is in het jaarverslag van de afvaldienst niet vermeld.",
        # a view expressed in a statement, not a quantity in a form
        "Het vertrouwen van de raad in het college wordt uitgedrukt in een motie van de fracties.",
    ],
)
def test_an_act_or_a_word_in_another_sense_keeps_the_finding(text):
    assert found(text) != []


@pytest.mark.parametrize(
    "text",
    [
        # the bare 'bestemming' in the context of a plan: a demonstrative, a word of the plan
        "Deze bestemming is aan alle woningen met de bijbehorende tuinen in het oostelijke deel toegekend.",
        "De bestemming van het perceel achter de oude kerk is na de inspraak in de nieuwe versie aangepast.",
        # a state secured by the means
        "Hiermee zijn de uitgangspunten van het verdrag over het erfgoed in de regels van het plan vastgelegd.",
    ],
)
def test_a_plan_element_or_a_state_secured_stays_left_out(text):
    assert found(text) == []
