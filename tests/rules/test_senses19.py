"""Word-list findings whose offer said something wrong in one sense of the word (round 19, task senses19): *wordt
geacht te* (moet), *derhalve* as an aside (dus), *overeenkomstig* only as a preposition and *van overeenkomstige
toepassing* (advice), *desgewenst* without a reader (no *als u wilt*), *impact* in a compound (advice). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def _all(text: str) -> list:
    return list(check_text(text, config=Config(min_severity="info")))


def _term(text: str, term: str) -> list:
    return [f for f in _all(text) if f.term == term]


def _said(finding) -> str:
    return " ".join([finding.message, *finding.suggestions, *finding.advice]).lower()


# -- 'wordt geacht te': supposed to ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het college wordt geacht de raad te informeren.",
        "Iedereen wordt geacht de wet te kennen.",
        "De aanvrager werd geacht de stukken op tijd in te dienen.",
    ],
)
def test_supposed_to_is_one_finding_with_moet(text):
    found = _all(text)
    achten = [f for f in found if f.term == "achten"]
    assert len(achten) == 1, [(f.rule, f.text) for f in found]
    said = _said(achten[0])
    assert "'moet'" in said and "'hoort te'" in said
    assert "vinden" not in said
    assert not achten[0].suggestions
    assert not [f for f in found if f.rule == "BT301"], [(f.rule, f.text) for f in found]


def test_supposed_to_with_veronderstellen_is_no_passive():
    found = _all("De aanvrager wordt verondersteld de regels te kennen.")
    assert not [f for f in found if f.rule == "BT301"]


@pytest.mark.parametrize(
    "text, passive",
    [
        ("Wij achten het plan haalbaar.", False),
        ("Het plan wordt door de wethouder haalbaar geacht.", True),
        ("Het wordt noodzakelijk geacht een onderzoek uit te voeren.", True),
        ("De aanvraag wordt geacht te zijn ingetrokken.", True),
        ("Het wordt van belang geacht de oude bomen te behouden.", True),
        ("De ruimte wordt toereikend geacht om de bus te laten keren.", True),
    ],
)
def test_other_senses_of_achten_keep_vinden_and_the_passive(text, passive):
    found = _all(text)
    achten = [f for f in found if f.term == "achten"]
    assert len(achten) == 1 and "'vinden'" in _said(achten[0]), [(f.rule, f.text) for f in found]
    assert bool([f for f in found if f.rule == "BT301"]) == passive


def test_real_passive_of_another_verb_stays():
    found = _all("Het college wordt geacht de raad te informeren. Daarna wordt het formulier verwerkt.")
    assert any(f.rule == "BT301" and "verwerkt" in f.text for f in found)


# -- 'derhalve' as an aside --------------------------------------------------------------------------------------


def test_derhalve_between_commas_is_dus():
    (hit,) = _term("Het plan is, derhalve, uitgesteld tot volgend jaar.", "derhalve")
    assert hit.suggestions == ["dus"]
    assert "daarom" not in _said(hit)


@pytest.mark.parametrize(
    "text, first",
    [
        ("De kosten zijn derhalve hoger dan vorig jaar.", "daarom"),
        ("Derhalve stellen wij het plan uit.", "Daarom"),
    ],
)
def test_derhalve_elsewhere_keeps_daarom_first(text, first):
    (hit,) = _term(text, "derhalve")
    assert hit.suggestions[0] == first


# -- 'overeenkomstig' ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wij handelen overeenkomstig het advies van de commissie.",
        "Overeenkomstig de wet is het plan gewijzigd.",
    ],
)
def test_overeenkomstig_as_preposition_is_volgens(text):
    (hit,) = _term(text, "overeenkomstig")
    assert hit.suggestions and hit.suggestions[0].lower() == "volgens"
    assert "zoals" not in _said(hit)  # 'zoals het advies' compares, it does not follow the advice


@pytest.mark.parametrize(
    "text",
    [
        "De tuin is overeenkomstig met die van de buren.",
        "De nieuwe regels zijn overeenkomstig aangepast.",
        "De twee situaties zijn overeenkomstig.",
        "Wij koppelen de modellen aan de overeenkomstige begrippen.",
    ],
)
def test_overeenkomstig_in_other_senses_is_no_volgens(text):
    assert not _term(text, "overeenkomstig")


def test_van_overeenkomstige_toepassing_is_advice_not_volgens():
    found = _all("Artikel 4 is van overeenkomstige toepassing op bijgebouwen.")
    hits = [f for f in found if f.term == "van overeenkomstige toepassing"]
    assert len(hits) == 1, [(f.rule, f.text) for f in found]
    assert not hits[0].suggestions
    assert "geldt ook" in _said(hits[0]) and "volgens" not in _said(hits[0])
    assert not [f for f in found if f.term == "overeenkomstig"]


# -- 'desgewenst' -------------------------------------------------------------------------------------------------


def test_desgewenst_without_reader_is_no_als_u_wilt():
    (hit,) = _term("Het college kan desgewenst een deskundige inschakelen.", "desgewenst")
    assert "als u wilt" not in _said(hit)
    assert "zo nodig" in _said(hit)


def test_desgewenst_in_an_instruction_is_zo_nodig():
    (hit,) = _term("Werk desgewenst de voorwaarden verder uit.", "desgewenst")
    assert "zo nodig" in _said(hit)


def test_desgewenst_to_the_reader_keeps_als_u_wilt():
    (hit,) = _term("Desgewenst sturen wij u een kopie van het besluit.", "desgewenst")
    assert "als u wilt" in _said(hit)


# -- 'in de vorm van' right after a noun ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente verstrekt subsidie in de vorm van een lening.",
        "U krijgt hulp in de vorm van een uitkering.",
        "Wij nemen maatregelen in de vorm van boetes.",
    ],
)
def test_in_de_vorm_van_after_a_noun_names_the_thing(text):
    (hit,) = _term(text, "in de vorm van")
    assert not hit.suggestions
    assert "noem het ding zelf" in _said(hit) and "'als'" not in _said(hit)


def test_in_de_vorm_van_after_a_verb_keeps_als():
    (hit,) = _term("De waterberging wordt gerealiseerd in de vorm van een vijver.", "in de vorm van")
    assert "'als'" in _said(hit)


# -- 'impact' in a compound ---------------------------------------------------------------------------------------


def test_impact_in_a_compound_is_advice():
    (hit,) = _term("De werkzaamheden hebben een sterke geluidsimpact.", "impact")
    assert not hit.suggestions
    assert "geluidsinvloed" not in _said(hit) and "geluidseffect" not in _said(hit)
    assert "losse woorden" in _said(hit)


def test_impact_alone_keeps_invloed():
    (hit,) = _term("De impact van de maatregel op ondernemers is groot.", "impact")
    assert hit.suggestions[0] == "invloed"


# -- review (senses19): the idiom with an adverb of its infinitive, and a reader quoted or addressed with je -------


@pytest.mark.parametrize(
    "text",
    [
        "Het bestuur wordt geacht de leden tijdig te informeren.",
        "De beheerder wordt geacht jaarlijks een verslag in te dienen.",
    ],
)
def test_supposed_to_with_an_adverb_of_its_infinitive_is_moet(text):
    found = _all(text)
    achten = [f for f in found if f.term == "achten"]
    assert len(achten) == 1, [(f.rule, f.text) for f in found]
    assert "'moet'" in _said(achten[0]) and "vinden" not in _said(achten[0])


@pytest.mark.parametrize(
    "text",
    [
        "Het wordt wenselijk geacht de bewoners vooraf te horen.",
        "Wij hebben het wenselijk geacht de bewoners vooraf te horen.",
        "Het wordt noodzakelijk geacht de bewoners tijdig te horen.",
    ],
)
def test_judged_wenselijk_with_an_infinitive_keeps_vinden(text):
    (hit,) = _term(text, "achten")
    assert "'vinden'" in _said(hit) and "'moet'" not in _said(hit)


def test_desgewenst_after_a_quoted_u_is_no_als_u_wilt():
    text = 'Op de site staat: "U kunt ons altijd bellen." De indiener kan desgewenst een gesprek aanvragen.'
    (hit,) = _term(text, "desgewenst")
    assert "als u wilt" not in _said(hit) and not hit.suggestions


def test_desgewenst_to_a_reader_addressed_with_je_names_als_je_wilt():
    (hit,) = _term("Je kunt desgewenst een afspraak maken met een medewerker.", "desgewenst")
    assert "als je wilt" in _said(hit)


def test_supposed_to_after_a_subordinate_clause_is_moet():
    (hit,) = _term(
        "Als er een storing is, wordt de beheerder geacht de bewoners direct te waarschuwen.", "achten"
    )
    assert "'moet'" in _said(hit), _said(hit)


@pytest.mark.parametrize(
    "text",
    [
        "Wie niet binnen vier weken reageert, wordt geacht akkoord te gaan met de nieuwe voorwaarden.",
        "Na acht weken wordt de indiener geacht af te zien van zijn verzoek.",
    ],
)
def test_deemed_consent_is_no_moet(text):
    (hit,) = _term(text, "achten")
    assert "'moet'" not in _said(hit) and "hoort te" not in _said(hit)


@pytest.mark.parametrize(
    "text",
    [
        "Geacht college,\n\nHierbij sturen wij u ons advies over de brug.\n",
        "Geacht bestuur,\n\nWij vragen uw aandacht voor de brug.\n",
        "De geachte afgevaardigde stelde een vraag over de brug.\n",
    ],
)
def test_the_salutation_and_title_geacht_is_not_the_verb_achten(text):
    """'Geacht college' opens a letter and 'de geachte afgevaardigde' is a title: no 'zeg vinden' (the lead)."""
    assert not [f for f in check_text(text) if f.term == "achten"]


def test_achten_as_a_verb_is_still_found_next_to_the_salutation():
    text = "Geacht college,\n\nWij achten het plan haalbaar.\n"
    assert [f.text for f in check_text(text) if f.term == "achten"] == ["achten"]


def test_the_idiom_with_a_noun_after_geacht_is_still_the_idiom():
    (hit,) = _term("Iedereen wordt geacht kennis te nemen van de nieuwe regels.", "achten")
    assert "'moet'" in _said(hit)


@pytest.mark.parametrize(
    "text",
    [
        "Het feitelijke bedrijf ligt verder van de woning dan de grens op de kaart.",
        "Een feitelijke wijziging van het gebruik telt hier niet mee.",
        "Die bewering over de kosten is feitelijk onjuist.",
    ],
)
def test_feitelijk_before_a_noun_or_adjective_is_no_filler(text):
    """'het feitelijke bedrijf' sets the actual against the planned: no 'schrap het' (blind16, studied)."""
    assert not [f for f in check_text(text) if f.term == "feitelijk"]


def test_feitelijk_as_an_adverb_is_still_a_filler():
    assert [
        f.term for f in check_text("Feitelijk verandert er voor de bewoners niets.") if f.term == "feitelijk"
    ]


def test_overeenkomstig_after_een_is_the_adjective_not_the_preposition():
    """'een overeenkomstig effect' is 'a similar effect': no 'volgens' (new19, studied)."""
    text = "De nieuwe bomen en het water hebben een overeenkomstig effect op de straat."
    assert not [f for f in check_text(text) if f.term == "overeenkomstig"]
    assert [f.term for f in check_text("Wij handelen overeenkomstig de wet.") if f.term == "overeenkomstig"]
