"""Clause rewrites that are drop-in Dutch or advice (issue #17, seventh round): a fronted phrase stays whole and
first, every verb of the cluster stays, capitals only for names, no relative clause stacked on another, and no word
of the clause lost or said twice. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.clause_check import keeps_modals, same_words

PASSIVE = Config(select=("BT301", "BT302"))
TANG = Config(select=("BT501",), min_severity="info")


def _passive(text: str):
    found = check_text(text, config=PASSIVE)
    assert found, text
    return found[0]


def _tang(text: str):
    found = [f for f in check_text(text, config=TANG) if f.data.get("kind") == "lidwoord"]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a fronted prepositional phrase stays whole, first, with the finite verb second
        (
            "Naar aanleiding van het overleg is er door de provincie een nieuw onderzoek naar de weg uitgevoerd.",
            "Naar aanleiding van het overleg heeft de provincie een nieuw onderzoek naar de weg uitgevoerd",
        ),
        (
            "Op grond van het advies werd er door de wethouder een nieuw plan gemaakt.",
            "Op grond van het advies maakte de wethouder een nieuw plan",
        ),
        (
            "Op basis van het advies is door de raad een besluit genomen.",
            "Op basis van het advies heeft de raad een besluit genomen",
        ),
        # every modal of the cluster stays, in Dutch order
        (
            "Deze extra hoeveelheid regenwater zal naar verwachting zonder problemen opgevangen kunnen worden "
            "door het nieuwe riool.",
            "Het nieuwe riool zal deze extra hoeveelheid regenwater naar verwachting zonder problemen kunnen "
            "opvangen",
        ),
        ("Het plan moet door de raad kunnen worden vastgesteld.", "De raad moet het plan kunnen vaststellen"),
        ("De regels zouden door de raad aangepast kunnen worden.", "De raad zou de regels kunnen aanpassen"),
        (
            "Dit gebouw zal door de eigenaar gesloopt moeten worden.",
            "De eigenaar zal dit gebouw moeten slopen",
        ),
        (
            "Wij weten dat het plan door de raad zal kunnen worden vastgesteld.",
            "dat de raad het plan zal kunnen vaststellen",
        ),
        # the article of a title loses the capital of the sentence start
        (
            "De Structuurvisie Westdorp 2005-2015 is in 2006 vastgesteld door de voormalige gemeente Westdorp.",
            "De voormalige gemeente Westdorp heeft de Structuurvisie Westdorp 2005-2015 in 2006 vastgesteld",
        ),
        (
            "Het Bestemmingsplan Centrum is door de raad vastgesteld.",
            "De raad heeft het Bestemmingsplan Centrum vastgesteld",
        ),
    ],
)
def test_the_rewrite_is_this_sentence(text, expected):
    assert _passive(text).suggestions == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the article may be part of a name: no capital can be decided, so no rewrite
        "De Bilt is in 2006 bezocht door de koning.",
        "De Roever is door de raad benoemd.",
        # a main clause whose first part was cut off (a sentence split too early): the rewrite would lose it
        "is in 2019 vastgesteld door de gemeenteraad.",
        "wordt door de raad vastgesteld.",
        # a name the parse split: the rewrite would take it apart
        "De Nota Wonen is door de raad vastgesteld.",
        # two parts before the finite verb: the parse split the subject (Het voorgenomen | bouwplan)
        "Het voorgenomen bouwplan zal worden getoetst door de welstandscommissie.",
        # a conjunction the parse hung on the verb: half of the actor would become an object
        "Het plan is door de klant en de medewerker gekozen.",
        # the door-phrase belongs to the noun before it (vaststelling door de raad), not to the verb
        "Na vaststelling door de raad wordt het besluit bekendgemaakt.",
        # a list the parse ended after its first member: the rewrite would leave the others behind
        "De ligging wordt sterk bepaald door de dijk, de weg en de wallen.",
        # a second participle after 'en' shares the passive: the actor did not do that one
        "De scan is door het bureau uitgevoerd, en als bijlage 1 bij dit plan opgenomen.",
    ],
)
def test_what_cannot_be_verified_is_advice(text):
    f = _passive(text)
    assert f.suggestions == []
    assert f.advice


def test_no_rewrite_leaves_a_preposition_without_its_noun():
    f = _passive("Naar aanleiding van het overleg is er door de provincie een nieuw onderzoek uitgevoerd.")
    for s in f.suggestions:
        assert "van heeft" not in s and s.startswith("Naar aanleiding van het overleg ")


# BT501: a relative clause only where it reads well


def test_a_tang_before_a_relative_clause_of_its_own_gets_advice():
    # the noun already has a relative clause (with welke, or after a comma): a second one would stack on it
    f = _tang("De woningen komen in het op de kaart aangegeven bouwvlak welke is vastgelegd in de regels.")
    assert f.suggestions == [] and f.advice
    f = _tang("Wij kiezen een door de gemeente opgesteld plan, dat de wijk groener maakt.")
    assert f.suggestions == [] and f.advice


def test_a_comma_and_zoals_after_the_noun_keep_the_rewrite():
    # zoals after a comma adds to the whole phrase: the relative clause does not stack on it
    f = _tang("De door de gemeente gebruikte sleutel, zoals beschreven in bijlage 2.")
    assert f.suggestions == ["De sleutel die de gemeente heeft gebruikt"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "De door de raad in 2024 vastgestelde nota geldt tot 2028.",
            "De nota die de raad in 2024 heeft vastgesteld,",
        ),
        ("Wij volgen de door de raad vastgestelde regels.", "de regels die de raad heeft vastgesteld"),
        (
            "Hier staan de door de provincie te nemen maatregelen.",
            "de maatregelen die de provincie moet nemen",
        ),
        ("Zij noemen de in de wijk geldende regels.", "de regels die in de wijk gelden"),
    ],
)
def test_a_tang_that_can_be_rewritten_still_is(text, expected):
    assert _tang(text).suggestions == [expected]


# the checks themselves


def test_same_words_finds_a_word_lost():
    assert not same_words(["het", "plan", "door", "de", "raad"], "De raad stelt vast", added=["stelt", "vast"],
                          dropped=["door"])  # fmt: skip


def test_same_words_finds_a_word_doubled():
    assert not same_words(["het", "plan", "door", "de", "raad"], "De raad stelt het plan het plan vast",
                          added=["stelt", "vast"], dropped=["door"])  # fmt: skip
    assert not same_words(["de", "raad"], "wij wij de raad", added=["wij"])


def test_same_words_accepts_the_same_words_in_another_order():
    assert same_words(["het", "plan", "door", "de", "raad"], "De raad stelt het plan vast", added=["stelt", "vast"],
                      dropped=["door"])  # fmt: skip
    # a pronoun that changes case is free
    assert same_words(["hij", "door", "de", "raad"], "De raad benoemt hem", added=["benoemt"], dropped=["door"],
                      free={"hij", "hem"})  # fmt: skip


def test_keeps_modals():
    assert keeps_modals(["zal", "kunnen"], "Het riool zal het water kunnen opvangen")
    assert not keeps_modals(["zal", "kunnen"], "Het riool zal het water opvangen")
    assert keeps_modals(["moest"], "De raad moest het plan vaststellen")
    assert not keeps_modals(["moest", "moest"], "De raad moest het plan vaststellen")


# words that mean something else in the rewrite, and names the parse split


def test_a_company_form_stays_with_its_name():
    f = _passive("Op 12 juli 2016 is er een verkennend bodemonderzoek uitgevoerd door Bodem Advies B.V.")
    assert f.suggestions == [] and f.advice
    f = _passive(
        "Op 12 juli 2016 is er een verkennend bodemonderzoek uitgevoerd door Bodem Advies B.V. in opdracht van "
        "de gemeente."
    )
    assert all("Bodem Advies B.V. een" in s for s in f.suggestions)


def test_a_van_phrase_keeps_its_own_en():
    from beleidstaal.language.number import phrase_plural
    from beleidstaal.model import load_model

    doc = load_model()("Het College van Burgemeester en Wethouders besluit vandaag.")
    college = next(t for t in doc if t.text == "College")
    assert not phrase_plural(college)
    doc = load_model()("De klant en de medewerker kiezen samen.")
    assert phrase_plural(next(t for t in doc if t.text == "klant"))


def test_a_noun_of_unknown_number_gets_advice():
    # 'percelen' tagged as a verb, and its singular unknown to the dictionary: 'die ... is' or 'zijn' cannot be told
    f = _tang("Het water komt vrij bij de binnen het grondgebied van de gemeente gelegen percelen.")
    for s in f.suggestions:
        assert "zijn gelegen" in s


def test_door_elkaar_names_nobody():
    f = _passive("Hierna worden ze door elkaar gebruikt.")
    assert f.suggestions == [] and f.advice == ["Zeg wie het doet."]
    assert _passive("Hierna worden ze door de raad gebruikt.").suggestions == ["Hierna gebruikt de raad ze"]


def test_a_door_phrase_after_another_phrase_gets_advice():
    # door de provincie may belong to 'de geleverde gegevens', not to 'gebruikt'
    f = _passive("De cijfers zijn gebruikt met de geleverde gegevens per straat door de provincie.")
    assert f.suggestions == [] and f.advice
    # straight after the verb (or its auxiliaries) it is the verb's
    assert _passive("Het plan is vastgesteld door de raad.").suggestions == [
        "De raad heeft het plan vastgesteld"
    ]


def test_a_singular_noun_by_the_tagger_gets_a_singular_verb():
    # 'bouwgrens' (lemma 'bouwgren' by the tagger) is no plural
    assert _tang("De gevels staan in de naar de weg gekeerde bouwgrens.").suggestions == [
        "de bouwgrens die naar de weg is gekeerd"
    ]
    assert _tang("Dit zijn de in dit hoofdstuk beschreven onderzoeksresultaten.").suggestions == [
        "de onderzoeksresultaten die in dit hoofdstuk zijn beschreven"
    ]


def test_a_compound_the_dictionary_does_not_know_takes_the_number_of_its_last_part():
    # domeinexperts: 'experts' is the plural of 'expert', whatever the tagger says
    f = _passive("Dit zijn de voorbeelden die door de domeinexperts worden aangeleverd.")
    assert f.suggestions in (["die de domeinexperts aanleveren"], [])
    assert "aanlevert" not in " ".join(f.suggestions)
    from beleidstaal.language.number import _compound_plural

    assert _compound_plural("domeinexperts")
    assert not _compound_plural("domeinexpert")
    assert not _compound_plural("bouwgrens")  # grens is a singular (grenzen), not the plural of 'gren'


def test_a_tang_with_a_particle_before_te_joins_it_to_the_verb():
    assert _tang("Wij letten op de door de eigenaar uit te voeren werken.").suggestions == [
        "de werken die de eigenaar moet uitvoeren"
    ]
    assert _tang("Wij letten op de door de eigenaar te bouwen woningen.").suggestions == [
        "de woningen die de eigenaar moet bouwen"
    ]


def test_a_tang_with_a_pronoun_as_actor_gets_advice():
    # door haar: 'zij' or 'het' depends on what the pronoun stands for; never 'die haar ... moet'
    f = _tang("Wij letten op de door haar uit te voeren activiteiten.")
    assert f.suggestions == [] and f.advice


def test_the_advice_names_the_noun_without_the_next_verbs_object():
    f = _tang("Een bedrijf moet bij de door de eigenaar uit te voeren werken rekening houden met de buren.")
    assert f.suggestions == []
    assert f.advice == ["Begin met 'de werken' en maak van de rest een bijzin met 'die' of 'dat'."]
    # a counted noun or a number does belong to it
    f = _tang("Het gaat om het door de provincie toegewezen aantal woningen.")
    assert f.advice == ["Begin met 'het aantal woningen' en maak van de rest een bijzin met 'die' of 'dat'."]


def test_a_clause_of_its_own_after_en_keeps_the_rewrite():
    f = _passive("Het plan is door de raad vastgesteld, en de provincie heeft het goedgekeurd.")
    assert f.suggestions == ["De raad heeft het plan vastgesteld"]


def test_the_advice_names_the_actor_without_the_next_clause():
    f = _passive("Het plan is vastgesteld door de raad, maar de provincie moet het nog goedkeuren.")
    assert f.suggestions == []
    assert f.advice == ["Begin de zin met wie het doet: 'de raad'."]
    f = _passive("Het plan is vastgesteld door de raad en de provincie.")
    assert f.suggestions == ["De raad en de provincie hebben het plan vastgesteld"]


def test_code_in_the_clause_gives_advice():
    f = _passive(
        "Dit kan eenvoudig gedaan worden door de tool `scripts/build.yml` aan te maken met deze instellingen."
    )
    assert f.suggestions == []


def test_a_participle_is_no_noun_of_a_tang():
    f = _tang("Het gaat om de in de wijk foeragerende grondgebonden zoogdieren en vogels.")
    assert f.suggestions == []


def test_the_modifiers_e_must_fit_the_noun():
    assert _tang("Wij zien een op het zuiden gericht dak.").suggestions == [
        "een dak dat op het zuiden is gericht"
    ]
    assert _tang("Wij zien een op het zuiden gerichte gevel.").suggestions == [
        "een gevel die op het zuiden is gericht"
    ]
    # 'gericht' without -e before a de-word: the noun is not the modifier's (een ... gericht | energie opwekkend dak)
    assert _tang("Wij zien een op het zuiden gericht energie opwekkend dak.").suggestions == []
