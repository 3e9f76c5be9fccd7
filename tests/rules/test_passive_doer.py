"""Passives an editor would act on (issue #16, sixth round): who the hidden doer would be decides. A condition, a
finding of research, what a thing is for, a required state and a list item name nobody in particular and get no
finding; a duty, a conclusion or a statement in a text hides someone the reader wants named, and the advice says
whom. The share of passive sentences (BT303) counts every passive and points to the first one of the text.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

PASSIVES = Config(select=("BT301", "BT302"), min_severity="info")


def passives(text: str):
    return check_text(text, config=PASSIVES)


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition: whoever brings it about, the condition is the same
        "De subsidie vervalt indien er zonnepanelen worden geplaatst.",
        "De vergunning vervalt als de aanbouw wordt gesloopt.",
        # what research found: the finder does not matter
        "In het slootwater is een hoge waarde aan fosfaat aangetoond.",
        "Bij de boringen zijn in de oude kern geen sporen van bewoning aangetroffen.",
        # what a thing is for
        "Deze tabel wordt gebruikt voor het berekenen van de huur.",
        "De sensoren worden ingezet om de waterstand in de polder te meten.",
        # a state in a subordinate clause or with a modal verb
        "De aannemer meldt dat het werk aan de brug op tijd is afgerond.",
        "Wonen, werken en recreëren moeten in de nieuwe wijk op elkaar zijn afgestemd.",
        # activities said without a doer
        "Op het terrein wordt er 's nachts niet geparkeerd.",
        "In het centrum wordt er de laatste jaren veel gebouwd.",
        # an effect of a cause the main clause names
        "De nieuwe dialoog zorgt ervoor dat er geen overbodige vragen aan de klant worden gesteld.",
        "De uitbreiding van het park heeft tot gevolg dat er zes woningen extra worden gebouwd.",
        # an infinitive after 'te' with 'ge' inside is no participle
        "Het plan kan goed zijn om de rust in de wijk te bevestigen.",
        # an item of a list that an earlier sentence introduces
        "de geluidsbelasting op de gevel van de woning niet wordt overschreden;",
    ],
)
def test_passives_that_name_nobody_in_particular_are_not_reported(sentence):
    assert passives(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "rule", "advice"),
    [
        ("De vergunning moet vóór 1 mei worden aangevraagd.", "BT301", "Zeg wie dit moet doen"),
        ("Het beleid dient in het nieuwe jaar te worden herzien.", "BT301", "Zeg wie dit moet doen"),
        ("Er wordt daarom geconcludeerd dat de bodem schoon is.", "BT302", "Zeg wie dit zegt of concludeert"),
        ("In hoofdstuk 3 wordt aangegeven dat de wijk groeit.", "BT301", "maak de tekst zelf het onderwerp"),
        ("Er wordt voldaan aan de richtwaarde voor geluid.", "BT302", "Zeg wat er voldoet"),
        ("Het plan wordt in juni vastgesteld.", "BT301", "Zeg wie het doet."),
        # a phrase with 'voor' before the verb is no purpose; 'als' inside the clause is no condition
        ("Voor de bouw worden strenge eisen aan de isolatie toegepast.", "BT301", "Zeg wie het doet."),
        ("De aanvraag wordt door ons als onvolledig beschouwd.", "BT301", None),
        # a zijn-passive after 'wanneer' is a step of a procedure, often the reader's: it stays
        (
            "Wanneer er in de map nieuwe bestanden met de juiste naam zijn geplaatst, start de controle.",
            "BT302",
            None,
        ),
        # 'wanneer' also asks a question: no condition
        ("De bewoners willen weten wanneer de oude schuren op het erf worden gesloopt.", "BT301", None),
        # a fronted condition word that the parser hangs on the main clause's passive is no condition there
        (
            "Indien hiervan sprake is moet ontheffing of vrijstelling worden aangevraagd.",
            "BT301",
            "Zeg wie dit moet",
        ),
        ("Als passeerplaatsen voor het wegvak kunnen de twee kruisingsvlakken worden benut.", "BT301", None),
        # a dat-clause after another verb still hides a doer (not after a law that lays it down: test_passive41)
        ("De bewoners vragen dat er elk jaar een verslag over het beleid wordt gemaakt.", "BT302", None),
        (
            "Uit de resultaten van de meting blijkt dat aan alle grenswaarden wordt voldaan.",
            "BT301",
            "Zeg wat er voldoet",
        ),
        # with a modal verb, somebody has to show it (the modal verb may head the auxiliary)
        (
            "De behoefte aan de voorzieningen hoeft niet regionaal te worden aangetoond.",
            "BT301",
            "Zeg wie dit moet",
        ),
        ("Eerst moet worden aangetoond dat de grond schoon is.", "BT301", "Zeg wie dit moet doen"),
    ],
)
def test_passives_that_hide_someone_are_reported_with_whom_to_name(sentence, rule, advice):
    found = passives(sentence)
    assert [f.rule for f in found] == [rule]
    if advice is not None:
        assert found[0].advice and found[0].advice[0].startswith(advice) or advice in found[0].advice[0]


def test_a_condition_and_a_conclusion_in_one_sentence():
    found = passives("Als beide kaarten worden vergeleken, kan worden geconcludeerd dat de wijk groeit.")
    assert [f.text for f in found] == ["worden geconcludeerd"]


def test_the_impersonal_message_quotes_the_words_of_the_sentence():
    # not 'Er worden ... voldaan': the message quotes the verb group as it stands
    found = passives("Daarom kan er worden voldaan aan de norm voor geluid.")
    assert [f.rule for f in found] == ["BT302"]
    assert found[0].message.startswith("'kan er worden voldaan'")


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is door het waterschap een onderzoek naar de dijk uitgevoerd.",
        "De nieuwe visie is in mei vastgesteld door de gemeenteraad.",
    ],
)
def test_a_passive_that_names_its_doer_does_not_say_that_it_hides_him(sentence):
    # blind4: 'zegt niet wie' / 'zeg wie het doet' on a sentence with 'door de gemeenteraad' was plainly wrong
    (found,) = passives(sentence)
    assert "zegt niet wie" not in found.message and "zeg wie het doet" not in found.message
    assert "Wie het doet, staat er wel: 'door" in found.message


def test_a_passive_without_a_doer_still_asks_who():
    (found,) = passives("Er wordt hard gewerkt aan een oplossing voor de dijk.")
    assert "zegt niet wie iets doet" in found.message


SHARE_TEXT = (
    "In het slootwater is een hoge waarde aan fosfaat aangetoond. De gemeente maakt een plan voor de sloot. "
    "Het plan wordt in juni door de raad besproken. De boeren in de polder denken mee. Wij kijken ook naar de "
    "natuur. De waterschappen helpen bij de metingen. Er wordt daarna een besluit genomen. De inwoners krijgen "
    "een brief. Zij kunnen reageren tot de zomer. Daarna begint het werk aan de oevers."
)


def test_the_share_counts_every_passive_and_points_to_the_first_of_the_text():
    findings = check_text(SHARE_TEXT, config=Config(min_severity="info"))
    share = [f for f in findings if f.rule == "BT303"]
    reported = [f for f in findings if f.rule in ("BT301", "BT302")]
    assert len(share) == 1 and share[0].data["flagged"] == 3
    assert share[0].offset == 0  # the finding of fact opens the text: not reported alone, but a passive
    assert reported and all(f.offset > 0 for f in reported)
