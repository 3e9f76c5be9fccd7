"""Defects a writer meets, mended in the eighteenth round (task mend25, after the review of mend24). Sentences
written for these tests (most by the reviewer, for the review)."""

from __future__ import annotations

import pytest
from suggestion_checks import found, one


def texts(text: str, rule: str) -> list[str]:
    return [f.text for f in found(text, rule)]


def advice(text: str, rule: str, words: str) -> str:
    return " ".join(one(text, rule, words).advice)


# (1) *realiseren* with an aim as its object: 'bereiken', not only 'bouwen' or 'maken'
@pytest.mark.parametrize(
    "text,words,aim",
    [
        ("De realisatie van de doelen uit het coalitieakkoord vraagt veel inzet.", "realisatie", "de doelen"),
        ("Het realiseren van onze ambities vraagt veel inzet.", "realiseren", "onze ambities"),
    ],
)
def test_realiseren_an_aim_is_bereiken(text, words, aim):
    said = advice(text, "BT201", words)
    assert f"{aim}" in said and "bereiken'" in said and "bouwen'" not in said


# (1) not an aim: the listed verb stays next to 'bouwen' and 'maken' (16c90d9), never those alone
@pytest.mark.parametrize(
    "text,words",
    [
        ("Het realiseren van een besparing van tien procent is haalbaar.", "realiseren"),
        ("De realisatie van het project duurt twee jaar.", "realisatie"),
    ],
)
def test_realiseren_keeps_its_verb_where_the_others_may_not_fit(text, words):
    assert "realiseren'" in advice(text, "BT201", words)


def test_realiseren_woningen_still_bouwen():
    said = advice("Het realiseren van woningen kost tijd.", "BT201", "realiseren")
    assert "'woningen bouwen'" in said


# (2) devices, networks, a lot of land and care are no people: 'mogelijk maken', not 'helpen'
@pytest.mark.parametrize(
    "text",
    [
        "Het faciliteren van slimme energiemeters in elke huurwoning is een taak van de netbeheerder.",
        "Het faciliteren van printers op elke afdeling is een taak van de afdeling ICT.",
        "Het faciliteren van brandmelders in elke woning is verplicht.",
        "Het faciliteren van de omvormers op het dak kost geld.",
        "Het faciliteren van de rookmelders in de flat is verplicht.",
        "Het faciliteren van een glasvezelnetwerk in het dorp is nodig.",
        "Het faciliteren van het warmtenetwerk is een taak van de gemeente.",
        "Het faciliteren van een partij grond voor woningbouw is nodig.",
        "Het faciliteren van mantelzorg in de wijk is belangrijk.",
    ],
)
def test_things_are_made_possible_not_helped(text):
    said = advice(text, "BT201", "faciliteren")
    assert "mogelijk maken'" in said and "helpen'" not in said
    assert one(text, "BT102", "faciliteren").suggestions == ["mogelijk maken"]


def test_een_partij_grond_is_no_party():
    hit = one("De gemeente faciliteert een partij grond voor woningbouw.", "BT102", "faciliteert")
    assert "mogelijk maken" in " ".join(hit.advice) + " ".join(hit.suggestions)
    assert "hen" not in " ".join(hit.advice)


# (2) guards: people stay people
@pytest.mark.parametrize(
    "text",
    [
        "Het faciliteren van mantelzorgers in de wijk is belangrijk.",
        "Het faciliteren van bezoekers is belangrijk.",
        "Het faciliteren van vergunninghouders is een taak van de gemeente.",
        "Het faciliteren van marktpartijen is een taak van de gemeente.",
    ],
)
def test_people_are_still_helped(text):
    said = advice(text, "BT201", "faciliteren")
    assert "helpen'" in said and "steunen'" in said and "mogelijk maken'" not in said


def test_de_bewoners_faciliteren_still_helps():
    assert "hen" in " ".join(one("De gemeente faciliteert de bewoners.", "BT102", "faciliteert").advice)


# (3) a compound's first part that is a noun itself (*snelweg*) has no particle: 'verbreden', not 'wegverbreden'
@pytest.mark.parametrize(
    "text,verb",
    [
        ("De snelwegverbreding van de A1 start in 2026.", "verbreden"),
        ("De rijkswegverbreding van de A28 start in 2026.", "verbreden"),
        ("De waterwegverbetering van het kanaal start in 2026.", "verbeteren"),
    ],
)
def test_a_noun_before_the_verb_is_no_particle(text, verb):
    hit = found(text, "BT201")
    assert len(hit) == 1 and hit[0].data["verb"] == verb, [f.data for f in hit]


# (3) guards: a particle after a noun, or alone, stays
@pytest.mark.parametrize(
    "text,verb",
    [
        ("De doorberekening van de kosten volgt later.", "doorberekenen"),
        ("De kostendoorberekening van de diensten volgt later.", "doorberekenen"),
    ],
)
def test_the_particle_stays(text, verb):
    assert [f.data["verb"] for f in found(text, "BT201")] == [verb]


def test_doorontwikkeling_still_verder_ontwikkelen():
    said = advice("De doorontwikkeling van het sociaal domein vraagt tijd.", "BT201", "doorontwikkeling")
    assert "'verder ontwikkelen'" in said


# (4) *borgen* means more than writing down: no BT201 verb from its entry, the word list's advice alone (16c90d9)
@pytest.mark.parametrize(
    "text",
    [
        "De borging van de kwaliteit van de zorg blijft onze taak.",
        "De borging van de veiligheid op het plein blijft onze taak.",
    ],
)
def test_borging_is_not_vastleggen(text):
    assert not any("vastleggen" in " ".join(f.advice) for f in found(text, "BT201"))
    assert texts(text, "BT102") == ["borging"]


def test_verankering_of_afspraken_is_still_vastleggen():
    said = advice("De verankering van de afspraken in het beleid is nodig.", "BT201", "verankering")
    assert "vastleggen'" in said


# (5) no possessive before the name of a day or month
@pytest.mark.parametrize(
    "text",
    [
        "Wij hebben ons maandag voorgenomen de bewoners eerder te betrekken.",
        "Wij hebben ons januari voorgenomen de bewoners eerder te betrekken.",
    ],
)
def test_ons_maandag_is_the_reflexive(text):
    assert texts(text, "BT101") == []


def test_ons_deze_zomer_stays_the_reflexive():
    assert texts("Wij hebben ons deze zomer voorgenomen de bewoners eerder te betrekken.", "BT101") == []


def test_ons_voorgenomen_besluit_stays_the_possessive():
    assert texts("Wij hebben ons voorgenomen besluit aan de raad gestuurd.", "BT101") == ["voorgenomen"]


# (6) people in another phrase than the object: the object decides
def test_voor_bewoners_is_not_the_object():
    hit = one("Voor bewoners faciliteert de gemeente een buurtmarkt op het plein.", "BT102", "faciliteert")
    assert "mogelijk maken" in " ".join(hit.advice) + " ".join(hit.suggestions)
    assert "hen" not in " ".join(hit.advice)


def test_het_faciliteren_van_mantelzorgers_guard():
    said = advice("Het faciliteren van mantelzorgers in de wijk is belangrijk.", "BT201", "faciliteren")
    assert "'mantelzorgers in de wijk helpen'" in said


# (7) the possessive of a noun between the reflexive and the verb: the reflexive before it still counts
def test_ons_ons_hele_leven_is_the_reflexive():
    assert texts("Wij hebben ons ons hele leven voorgenomen meer te sporten.", "BT101") == []


def test_ons_ons_hele_jaar_stays_the_reflexive():  # a noun of time: no possessive before it (guard)
    assert texts("Wij hebben ons ons hele jaar voorgenomen de bewoners eerder te betrekken.", "BT101") == []


@pytest.mark.parametrize(
    "text",
    [
        "Wij hebben ons plan in 2027 gerealiseerd.",
        "Wij hebben ons gewijzigde plan gerealiseerd.",
    ],
)
def test_a_possessive_alone_stays_no_reflexive(text):
    assert texts(text, "BT102") == ["gerealiseerd"]


# (4, minor) the infinitive made noun as the noun: *het borgen van* as *de borging van*, *het verankeren van* as
# *de verankering van*
def test_het_borgen_is_not_borgen_or_vastleggen():
    text = "Het borgen van de kwaliteit van de jeugdhulp blijft onze taak."
    assert not any("borgen'" in " ".join(f.advice) for f in found(text, "BT201"))
    assert texts(text, "BT102") == ["borgen"]


def test_het_verankeren_van_afspraken_is_vastleggen():
    said = advice("Het verankeren van de afspraken in het beleid is nodig.", "BT201", "verankeren")
    assert "'de afspraken in het beleid vastleggen'" in said and "verankeren'" not in said
