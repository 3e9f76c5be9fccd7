"""Defects a writer meets, mended in the seventeenth round (task mend24, after the review of mend23). Sentences
written for these tests (some by the reviewer, for the review)."""

from __future__ import annotations

import pytest
from suggestion_checks import found, one


def texts(text: str, rule: str) -> list[str]:
    return [f.text for f in found(text, rule)]


# (5) the reflexive belongs to *zich bewust zijn*, or stands before *om*: the verb after it is the listed one
@pytest.mark.parametrize(
    "text",
    [
        "De provincie is zich bewust van de opgave om 5000 woningen te realiseren.",
        "Wij zijn ons bewust van de opgave om meer woningen te realiseren.",
        "Het waterschap is zich bewust van de plicht nieuwe dijken te realiseren.",
    ],
)
def test_zich_bewust_zijn_leaves_realiseren_listed(text):
    assert texts(text, "BT102") == ["realiseren"]


def test_zich_after_om_is_the_infinitives_reflexive():
    assert texts("Het is goed om zich te realiseren dat de regels streng zijn.", "BT102") == []


# (6) *ons voorgenomen besluit*: the possessive, also where the model reads the noun as a verb
def test_ons_voorgenomen_besluit_is_the_possessive():
    hit = one("Wij hebben ons voorgenomen besluit aan de raad gestuurd.", "BT101", "voorgenomen")
    assert "'geplande'" in " ".join(hit.advice) and hit.suggestions != ["gepland"]


# (7) *ons* after *realiseren* is the possessive of a noun after it, or an object: the listed verb
@pytest.mark.parametrize(
    "text,word",
    [
        ("Wij realiseren ons plan in 2027.", "realiseren"),
        ("Wij realiseren ons doel door samen te werken.", "realiseren"),
        ("De provincie realiseert ons een nieuwe fietsbrug.", "realiseert"),
    ],
)
def test_ons_after_realiseren_is_no_reflexive(text, word):
    assert texts(text, "BT102") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Wij realiseren ons dat de buurt last heeft van de bouw.",
        "Ik realiseer me dat de termijn kort is.",
        "Zij realiseren zich dat de subsidie stopt.",
    ],
)
def test_a_reflexive_after_realiseren_is_still_no_finding(text):
    assert texts(text, "BT102") == []


# (2) an attributive participle before the noun of time is no verb of its own; (3) more nouns of time
@pytest.mark.parametrize(
    "text,rule",
    [
        ("Wij hebben ons afgelopen jaar voorgenomen de regels te vereenvoudigen.", "BT101"),
        ("Het college heeft zich het afgelopen jaar voorgenomen de regels te vereenvoudigen.", "BT101"),
        ("De gemeente heeft zich de afgelopen jaren gerealiseerd dat de vraag groeit.", "BT102"),
        ("Wij hebben ons vorige zomer voorgenomen meer bomen te planten.", "BT101"),
        ("Wij hebben ons afgelopen najaar voorgenomen meer bomen te planten.", "BT101"),
        ("Wij hebben ons vorig kwartaal voorgenomen de kosten te verlagen.", "BT101"),
        ("Wij hebben ons vorige collegeperiode voorgenomen de kosten te verlagen.", "BT101"),
    ],
)
def test_a_time_phrase_between_reflexive_and_verb(text, rule):
    assert texts(text, rule) == []


@pytest.mark.parametrize(
    "text",
    ["Wij hebben ons gewijzigde plan gerealiseerd.", "Wij hebben ons jaar goed gerealiseerd."],
)
def test_a_possessive_before_a_participle_and_noun_stays_the_possessive(text):
    assert texts(text, "BT102") == ["gerealiseerd"]


# (4) an auxiliary the model tags VERB leaves the pronoun to the participle
def test_hebben_tagged_verb_is_still_an_auxiliary():
    assert texts("Dit jaar hebben wij ons voorgenomen om meer bomen te planten.", "BT101") == []


# (1) the subject pronoun after the verb is no reflexive: the pronoun after it is
@pytest.mark.parametrize(
    "text",
    [
        "Misschien realiseert u zich niet dat u een vergunning nodig hebt.",
        "Realiseert u zich dat uw aanvraag onvolledig is?",
        "Nu realiseren jullie je dat het lastig is.",
        "Realiseren wij ons genoeg dat het lastig is?",
        "Heeft u u voorgenomen de aanvraag te sturen?",
    ],
)
def test_a_subject_after_the_verb_then_the_reflexive(text):
    assert texts(text, "BT102") == [] and texts(text, "BT101") == []


@pytest.mark.parametrize(
    "text,word",
    [("Realiseert u een nieuwe schuur?", "Realiseert"), ("Realiseren wij onze plannen?", "Realiseren")],
)
def test_a_subject_after_the_verb_without_a_reflexive(text, word):
    assert texts(text, "BT102") == [word]


# (8) a listed verb with no plainer verb in grammatica.plain_verbs: its own entry's alternatives
@pytest.mark.parametrize(
    "text,words,plain,listed",
    [
        (
            "De doorontwikkeling van het sociaal domein vraagt tijd.",
            "doorontwikkeling",
            "verder ontwikkelen",
            "doorontwikkelen",
        ),
        (
            "De ontsluiting van het nieuwe bedrijventerrein loopt via de N34.",
            "ontsluiting",
            "bereikbaar maken",
            "ontsluiten",
        ),
        (
            "De transformatie van het oude postkantoor kost twee jaar.",
            "transformatie",
            "ombouwen",
            "transformeren",
        ),
    ],
)
def test_a_listed_verb_gets_its_entrys_plain_verbs(text, words, plain, listed):
    (advice,) = one(text, "BT201", words).advice
    assert plain in advice and f"'{listed}'" not in advice and f" {listed}'" not in advice


# (9) people by the person-noun test (grammatica.people_nouns, agent nouns in -er), not a closed list of faciliteren
@pytest.mark.parametrize(
    "text,people",
    [
        (
            "Het faciliteren van mantelzorgers en vrijwilligers vraagt extra inzet.",
            "mantelzorgers en vrijwilligers",
        ),
        ("Het faciliteren van cliënten kost de gemeente geld.", "cliënten"),
        ("Het faciliteren van maatschappelijke organisaties kost geld.", "maatschappelijke organisaties"),
        ("Het faciliteren van bezoekers van de markt vraagt meer toezicht.", "bezoekers"),
    ],
)
def test_faciliteren_of_people_by_the_person_noun_test(text, people):
    (advice,) = one(text, "BT201", "faciliteren").advice
    assert f"'{people} helpen'" in advice and "mogelijk maken" not in advice
    assert f"'{people} faciliteren'" not in advice  # the verb BT102 reports
    word = one(text, "BT102", "faciliteren")
    assert word.suggestions == [] and "mogelijk maken" not in " ".join(word.advice)


def test_the_organisation_of_an_event_is_no_group_of_people():
    hit = one("Het faciliteren van de organisatie van het zomerfeest kost tijd.", "BT201", "faciliteren")
    assert "'de organisatie van het zomerfeest mogelijk maken'" in hit.advice[0]


# (10) a noun in -scheid is no -heid noun: it takes -en
@pytest.mark.parametrize(
    "noun,plural",
    [
        ("onderscheid", "onderscheiden"),
        ("afscheid", "afscheiden"),
        ("bescheid", "bescheiden"),
        ("overheid", "overheden"),
    ],
)
def test_plural_of_scheid(noun, plural):
    from beleidstaal.language import morphology

    assert morphology.plural(noun) == plural


# minor: where no replacement fits, the message does not say 'Schrijf liever' with the words the advice names
def test_no_offer_no_schrijf_liever():
    hit = one("De raad ontvangt de bescheiden binnen een week.", "BT101", "bescheiden")
    assert hit.suggestions == [] and "Schrijf liever" not in hit.message
    assert any("'papieren'" in a for a in hit.advice)


# minor: a compound whose first part ends in a particle names the verb with it
def test_kostendoorberekening_names_doorberekenen():
    hit = one("De kostendoorberekening van de afvalinzameling volgt in mei.", "BT201", "kostendoorberekening")
    assert "'doorberekenen'" in hit.message and "'berekenen'" not in hit.message


def test_a_first_part_that_is_no_particle_stays_out():  # guard
    hit = one("De kwaliteitsverbetering van de zorg kost tijd.", "BT201", "kwaliteitsverbetering")
    assert "'verbeteren'" in hit.message


def test_an_unlisted_noun_keeps_its_own_verb():  # guard: the entry's words are for the listed noun only
    (advice,) = one("De beëindiging van het contract volgt in mei.", "BT201", "beëindiging").advice
    assert "'het contract beëindigen'" in advice and "afsluiten" not in advice  # afsluiten: enter into it


# (1, further) a noun phrase as the subject after the verb: the reflexive after it
@pytest.mark.parametrize(
    "text",
    [
        "Nu realiseert de gemeente zich dat de weg te smal is.",
        "Realiseert het college zich dat de kosten stijgen?",
        "Misschien realiseert de nieuwe wethouder zich niet hoe lastig dit is.",
    ],
)
def test_a_noun_subject_after_the_verb_then_the_reflexive(text):
    assert texts(text, "BT102") == []


@pytest.mark.parametrize(
    "text,word",
    [
        ("Nu realiseert de gemeente een nieuwe fietsbrug.", "realiseert"),
        ("Realiseert de gemeente ons een nieuwe fietsbrug?", "Realiseert"),
    ],
)
def test_a_noun_subject_after_the_verb_without_a_reflexive(text, word):  # guard
    assert texts(text, "BT102") == [word]
