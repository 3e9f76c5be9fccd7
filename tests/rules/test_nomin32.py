"""Twenty-first round, task nomin32 (BT201): nouns made from a verb that name a quantity, a thing, an example or a term,
not an act a verb would tell better (``nominal_terms``): a change that is computed or whose size is given (*de
toename van het groepsrisico berekenen*, *de toename bedraagt 300 m2*), what a subject forms (*vormt een groene
onderbreking van*), an example (*een voorbeeld hiervan is*, *bijvoorbeeld de aanleg van*) and an everyday
compound whose first part is a noun (*luchtverontreiniging van de haven*). Every sentence here is written for the test; each silent
one gave a finding before the change, each guard holds before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def findings(text: str):
    return check_text(text, config=NOMIN)


@pytest.mark.parametrize(
    "text",
    [
        # a quantity computed, measured or offset
        "Voor elk nieuw plan in de zone moet de toename van het groepsrisico worden berekend.",
        "Het adviesbureau heeft vorig jaar de daling van de grondwaterstand gemeten.",
        "Met een nieuwe vijver wordt de toename van het verharde oppervlak gecompenseerd.",
        # a quantity whose size the sentence gives
        "De toename van het verharde oppervlak bedraagt ongeveer 300 m2.",
        "Omdat de toename van de verharding kleiner is dan 1500 m2, hoeft de eigenaar niets te compenseren.",
        # what the subject forms: a thing
        "Het nieuwe park vormt een groene onderbreking van de bebouwde kom.",
        # an example of a kind
        "Een voorbeeld hiervan is de uitbreiding van een bakkerij in het centrum.",
        "Bewoners vragen om nieuwe voorzieningen, bijvoorbeeld de aanleg van een speelplaats.",
        # an everyday compound whose first part is a noun: a term
        "De luchtverontreiniging van de haven neemt elk jaar toe.",
        "Wij letten ook op luchtverontreiniging van de schepen in de haven.",
    ],
)
def test_quantity_thing_example_or_term_not_reported(text):
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the change as the subject of an event, or with a size in words only: a verb tells it better
        (
            "De toename van het verkeer leidt tot meer overlast voor de buren.",
            "De toename van het verkeer",
        ),
        ("De toename van het verkeer is naar verwachting gering.", "De toename van het verkeer"),
        # a name with digits is no size (a first version of the change read *2000-gebieden* as one)
        (
            "De toename van de stikstofdepositie is een probleem voor de Natura 2000-gebieden.",
            "De toename van de stikstofdepositie",
        ),
        # the noun as the subject of *vormen*: the act itself
        (
            "De herinrichting van het plein vormt een risico voor de winkels.",
            "De herinrichting van het plein",
        ),
        # *bijvoorbeeld* after a verb: no kind named before the example
        (
            "Het college steunt bijvoorbeeld de aanleg van een rotonde bij de school.",
            "de aanleg van een rotonde bij de school",
        ),
        # a rare compound made for the sentence, or a fixed expression with *ter*, is no everyday term
        (
            "Tijdens de wegverbreding van de Dorpsstraat rijdt de bus om.",
            "de wegverbreding van de Dorpsstraat",
        ),
        ("De terinzagelegging van het ontwerp duurt zes weken.", "De terinzagelegging van het ontwerp"),
    ],
)
def test_act_still_reported(text, span):
    assert [f.text for f in findings(text)] == [span]


# Review of nomin32: a compound whose first part is a property of what follows *van* (*kwaliteit*, *huur*, *prijs*)
# is no term (the verb takes both: *de kwaliteit van het water verbeteren*), and an infinitive with its article after
# *bijvoorbeeld* or *zoals* is the verb itself, an act to tell (*bijvoorbeeld het vervangen van het wegdek*).
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "De kwaliteitsverbetering van het oppervlaktewater vraagt om extra maatregelen.",
            "De kwaliteitsverbetering van het oppervlaktewater",
        ),
        ("De huurverhoging van uw woning gaat in op 1 juli.", "De huurverhoging van uw woning"),
        (
            "Wij nemen maatregelen bij de bron, bijvoorbeeld het vervangen van de oude leidingen.",
            "het vervangen van de oude leidingen",
        ),
        (
            "De gemeente neemt maatregelen, zoals het verbeteren van de dienstverlening.",
            "het verbeteren van de dienstverlening",
        ),
        (
            "Een voorbeeld is het verbeteren van de dienstverlening aan ondernemers.",
            "het verbeteren van de dienstverlening aan ondernemers",
        ),
    ],
)
def test_property_compound_and_example_infinitive_reported(text, span):
    assert [f.text for f in findings(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        # guards: a compound of a domain stays a term, an example with a noun for a case stays silent
        "De energiebesparing van de woningen levert de huurders geld op.",
        "In het gebied zijn nieuwe ontwikkelingen mogelijk, bijvoorbeeld de uitbreiding van een bedrijf.",
    ],
)
def test_domain_compound_and_example_noun_still_silent(text):
    assert findings(text) == []
