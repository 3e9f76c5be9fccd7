"""What the editors of new33 found in the round's new offers (thirtieth round, the lead; studied after scoring):
*in deze/dezen* is 'in dit geval' first (*het bevoegd gezag, in deze de omgevingsdienst*: 'hierin' is no Dutch
there); *ter indicatie van* is 'om ... aan te geven', not the medical 'indiceren'; systems are 'gekoppeld'."""

from beleidstaal import check_text
from beleidstaal.config import Config


def finding(text: str, rule: str):
    (f,) = [f for f in check_text(text, config=Config(min_severity="info")) if f.rule == rule]
    return f


def test_in_deze_offers_in_dit_geval_first():
    f = finding("Het bevoegd gezag, in deze de omgevingsdienst, beslist over de aanvraag.", "BT101")
    assert f.text == "in deze"
    assert f.suggestions[0] == "in dit geval"


def test_ter_indicatie_is_aan_te_geven():
    f = finding("Ter indicatie van de omvang staat hieronder een kaart.", "BT104")
    assert "om ... aan te geven" in f.message
    assert "indiceren" not in f.message


def test_integreren_offers_koppelen_for_systems():
    f = finding("De nieuwe app moet integreren met de bestaande systemen.", "BT101")
    assert "koppelen" in f.message
