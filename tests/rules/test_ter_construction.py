"""*Ter* + a noun of action + *van* (or *op*, *aan*) as one construction (issue 18 item 3, task ter44;
``language/ter_purpose.py``, ``rules/lexicon_ter.py``): officialese for a purpose clause, reported as a wordy phrase
(BT104) with advice made from the verb, for any noun whose verb the morphology finds. The listed *ter ... van* phrases
keep their own wording and get one finding; fixed legal terms, places, nouns without a verb and the steps of a
procedure stay silent. Each test holds a sentence the construction reports (none on main). Sentences written for the
test. Mended after the dev sheet's verdicts (task ter44b, marked so): the kind of a permission or a decision, the
order of a text or a meeting, the verb's own preposition and *zich*, *ter controle van*."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def wordy(text: str, kind: str = "text") -> list:
    """The BT104 findings of a text (every severity)."""
    return [f for f in check_text(text, config=Config(min_severity="info"), kind=kind) if f.rule == "BT104"]


def spans(text: str, kind: str = "text") -> list[str]:
    return [f.text for f in wordy(text, kind)]


@pytest.mark.parametrize(
    "text,span,advice",
    [
        # the phrase first in the sentence and inside it
        ("Ter waarborging van de rust in de wijk sluit het park om tien uur.", "Ter waarborging van", "om ... te waarborgen"),
        ("De gemeente neemt maatregelen ter beperking van de geluidshinder.", "ter beperking van", "om ... te beperken"),
        # a separable verb: its te-infinitive (verbs.te_infinitive)
        ("Ter uitwerking van de woonvisie maken wij een plan per wijk.", "Ter uitwerking van", "om ... uit te werken"),
        # op opens the verb's object where the verb takes no op itself
        ("Het college schrijft een nota ter aanvulling op het nieuwe beleid.", "ter aanvulling op", "om ... aan te vullen"),
        # the verb's own preposition stays with it (realisatie.verb_prepositions)
        ("De regels zijn aangepast ter voldoening aan de nieuwe eisen.", "ter voldoening aan", "om aan ... te voldoen"),
        ("De gemeente legt een fietspad aan ter aansluiting op het netwerk.", "ter aansluiting op", "om op ... aan te sluiten"),
        # (ter44b) afwijken takes van itself: om van de norm af te wijken, not 'om de norm af te wijken'
        ("Wij passen de regels aan ter afwijking van de landelijke norm.", "ter afwijking van", "om van ... af te wijken"),
        # (ter44b) zich voorbereiden op (realisatie.reflexive_prepositions): 'om het beleid voor te bereiden' would
        # prepare the policy itself
        ("Het college schrijft een nota ter voorbereiding op het nieuwe beleid.", "ter voorbereiding op", "om zich op ... voor te bereiden"),
        ("Ter voorbereiding daarop houden wij drie avonden.", "Ter voorbereiding daarop", "om zich daarop voor te bereiden"),
        # (ter44b) controle: controleren (the table of nominalisations; lexicalised elsewhere, the act after ter)
        ("Wij nemen monsters ter controle van de waterkwaliteit.", "ter controle van", "om ... te controleren"),
        # a compound: the verb of its last part
        ("Ter kwaliteitsverbetering van de fietspaden komt er extra geld.", "Ter kwaliteitsverbetering van", "om ... te verbeteren"),
        # a noun lexicalised elsewhere (a provision) is the act after ter
        ("Ter bepaling van de geluidsbelasting is een rekenmodel gebruikt.", "Ter bepaling van", "om ... te bepalen"),
        # two nouns share one van; voorkoming is made of voorkómen (prevent), which does not split
        ("De wet geeft regels ter voorkoming en bestrijding van zwerfafval.", "ter voorkoming en bestrijding van", "om ... te voorkomen en te bestrijden"),
        # an adjective before the noun is an adverb before the verb
        ("Het schema is opgenomen ter verdere verduidelijking van de planning.", "ter verdere verduidelijking van", "om ... verder te verduidelijken"),
        # van as a pronoun
        ("Ter verwezenlijking daarvan stelt de raad geld beschikbaar.", "Ter verwezenlijking daarvan", "om dat te verwezenlijken"),
    ],
)  # fmt: skip
def test_the_construction_is_found_with_advice_from_its_verb(text, span, advice):
    found = wordy(text)
    assert [f.text for f in found] == [span], [(f.text, f.message) for f in found]
    finding = found[0]
    assert finding.message == f"'{span}': Omslachtig; zeg '{advice}'."
    assert any(advice in a for a in finding.advice), finding.advice
    assert not finding.suggestions  # advice, no drop-in text: 'om ... te' needs the sentence rewritten


def test_the_construction_has_the_severity_and_category_of_the_listed_phrases():
    listed, built = wordy("Ter uitvoering van de wet en ter uitwerking van het beleid maken wij regels.")
    assert (listed.text, built.text) == ("Ter uitvoering van", "ter uitwerking van")
    assert (built.severity, built.category, built.term) == (
        listed.severity,
        listed.category,
        "ter uitwerking van",
    )


def test_a_listed_phrase_keeps_its_own_wording_and_gets_one_finding():
    """*ter compensatie van* → 'als vergoeding voor' (chosen by hand), *ter voorkoming van*: each one finding, the
    listed one; the construction reports the phrase that no entry lists."""
    found = wordy("Ter compensatie van de overlast en ter beperking van de kosten krijgen bewoners een bon.")
    assert [f.text for f in found] == ["Ter compensatie van", "ter beperking van"]
    assert "als vergoeding voor" in found[0].message
    found = wordy("Ter voorkoming van overlast en ter beperking van de kosten sluit het park om tien uur.")
    assert [f.text for f in found] == ["Ter voorkoming van", "ter beperking van"]
    assert found[0].message == "'Ter voorkoming van': Omslachtig; zeg 'om ... te voorkomen'."


def test_a_listed_noun_keeps_its_own_finding():
    """*implementatie* is jargon (BT102) with its plain word: the construction adds no second finding on it."""
    findings = check_text(
        "Ter implementatie van de wet en ter versnelling van de bouw maken wij regels.",
        config=Config(min_severity="info"),
    )
    assert [(f.rule, f.text) for f in findings if f.rule.startswith("BT1")] == [
        ("BT102", "implementatie"),
        ("BT104", "ter versnelling van"),
    ]


@pytest.mark.parametrize(
    "text,span",
    [
        # fixed legal terms: ter inzage (leggen), de ter inzagelegging (also written apart), ter visie
        ("Ter onderbouwing van het plan ligt het advies ter inzage op het stadhuis.", "Ter onderbouwing van"),
        ("Ter voorbereiding op de ter inzagelegging van het ontwerp sturen wij een brief.", "Ter voorbereiding op"),
        ("Na de ter inzage legging van het ontwerp volgt ter afronding van de procedure het besluit.", "ter afronding van"),
        ("Ter onderbouwing van het besluit heeft het ontwerp ter visie gelegen van mei tot juni.", "Ter onderbouwing van"),
        # places: ter vergadering, ter zitting
        ("Het besluit is ter vergadering van 12 mei genomen, ter afronding van de procedure.", "ter afronding van"),
        ("Ter onderbouwing van het beroep is de zaak ter zitting van de rechtbank besproken.", "Ter onderbouwing van"),
        # nouns that are no action: a place, a size, an honour (no verb)
        ("Ter ere van het jubileum en ter versnelling van de bouw plant de gemeente bomen.", "ter versnelling van"),
        # the step of a procedure: the receiver of the document does it
        ("Ter afronding van de procedure wordt het plan ter goedkeuring aan de raad voorgelegd.", "Ter afronding van"),
        ("Ter afronding van het project bieden wij de nota ter vaststelling aan de raad aan.", "Ter afronding van"),
        ("Het plan is ter toetsing van de waterparagraaf aan het waterschap voorgelegd, ter afronding van het overleg.", "ter afronding van"),
        ("De boom wordt ter versnelling van de groei gesnoeid, dit ter beoordeling van een deskundige.", "ter versnelling van"),
        ("De kap gebeurt ter versnelling van de bouw, ter beoordeling van het bevoegd gezag.", "ter versnelling van"),
        # (ter44b) hung on a noun of a permission or a decision, also a compound or plural: the kind of legal
        # instrument, its name (aanhalingen.permission_nouns, grammatica.decision_nouns); a listed phrase too
        ("De gemeente verleent een ontheffing ter afwijking van de regels, ter versnelling van de bouw.", "ter versnelling van"),
        ("Voor vergunningen ter afwijking van het omgevingsplan geldt ter versnelling van de bouw een kortere termijn.", "ter versnelling van"),
        ("De raad neemt een projectbesluit ter afwijking van het plan, ter versnelling van de bouw.", "ter versnelling van"),
        ("Het college neemt een besluit ter uitvoering van de wet en ter versnelling van de bouw.", "ter versnelling van"),
        # (ter44b) ter afsluiting, ter inleiding of a text or a meeting: where the reader is, no purpose
        ("Ter afsluiting van deze nota staat een lijst van bijlagen, ter verduidelijking van de tekst.", "ter verduidelijking van"),
        ("Ter inleiding van de informatieavond geeft de wethouder ter verduidelijking van het plan een presentatie.", "ter verduidelijking van"),
        # op that opens a fixed adverbial of time
        ("De gemeente neemt maatregelen ter verduurzaming op korte termijn en ter versnelling van de bouw.", "ter versnelling van"),
    ],
)  # fmt: skip
def test_left_out_next_to_one_that_is_found(text, span):
    assert [s for s in spans(text) if s.lower().startswith("ter ")] == [span]  # (op korte termijn is listed)


@pytest.mark.parametrize(
    "text,span",
    [
        ("Ter hoogte van de kerk komt ter versnelling van de bouw een tweede weg.", "Ter hoogte van"),
        ("Ter plaatse van de school komt ter versnelling van de bouw een tweede weg.", "Ter plaatse van"),
        ("Een bedrag ter grootte van 500 euro is er ter versnelling van de bouw.", "ter grootte van"),
    ],
)
def test_a_noun_without_a_verb_keeps_its_listed_finding_only(text, span):
    """*ter hoogte van* and the like are listed (*bij*): one finding each, with their own advice, and no other on them."""
    found = wordy(text)
    assert [f.text for f in found] == [span, "ter versnelling van"]
    assert "Omslachtig; zeg 'om" not in found[0].message


def test_closing_a_text_marks_a_place_closing_a_terrain_is_a_purpose():
    """(ter44b) *Ter afsluiting van dit hoofdstuk* is 'at its end'; *ter afsluiting van het terrein* closes it off."""
    text = "Ter afsluiting van dit hoofdstuk noemen wij het hek. Dat staat er ter afsluiting van het terrein."
    found = wordy(text)
    assert [f.text for f in found] == ["ter afsluiting van"]
    assert found[0].message == "'ter afsluiting van': Omslachtig; zeg 'om ... af te sluiten'."


def test_controle_is_the_act_after_ter_and_a_thing_elsewhere():
    """(ter44b) *Ter controle van de bodem* is *om de bodem te controleren*; handed to an authority it is the
    receiver's step of a procedure, like *ter toetsing*; elsewhere *controle* is a check, a task (*de controle van
    de vergunningen gebeurt jaarlijks*), no verb made noun (BT201)."""
    from beleidstaal.language.nominal_verb import noun_verb

    assert spans("De provincie neemt monsters ter controle van het grondwater.") == ["ter controle van"]
    assert spans("Het rapport gaat ter controle aan de provincie, ter versnelling van de procedure.") == [
        "ter versnelling van"
    ]
    findings = check_text(
        "De controle van de vergunningen gebeurt jaarlijks.", config=Config(min_severity="info")
    )
    assert not [f for f in findings if f.rule == "BT201"]
    assert noun_verb("controle") is None


def test_quoted_definitions_are_not_reported():
    """A glossary of plan rules is quoted text (``language/quotation``): its findings are folded, as for every rule;
    the writer's own text after it is reported."""
    text = (
        "## Begrippen\n\n"
        "**dakkapel**: een constructie ter vergroting van een gebouw, in het dakvlak;\n\n"
        "**erker**: een uitbouw ter vergroting van het woonvertrek, aan de voorgevel;\n\n"
        "## Toelichting\n\n"
        "Ter vergroting van het woongenot mag een dakkapel worden gebouwd.\n"
    )
    assert spans(text, kind="markdown") == ["Ter vergroting van"]


def test_the_construction_is_off_without_the_built_in_lists():
    """The construction belongs with the built-in wordy phrases: off where the settings leave them out."""
    text = "Ter waarborging van de rust sluit het park om tien uur."
    assert spans(text) == ["Ter waarborging van"]
    config = Config(min_severity="info", builtin_lexicons=False)
    assert not [f for f in check_text(text, config=config) if f.rule == "BT104"]


@pytest.mark.parametrize(
    "noun,verb",
    [
        ("waarborging", "waarborgen"),  # the whole word, not borging
        ("kwaliteitsverbetering", "verbeteren"),
        ("beperking", "beperken"),
        ("hoogte", None),
        ("plaatse", None),
        ("ere", None),
        ("inzage", None),
        ("inzagelegging", None),
        ("beschikking", None),
        ("zitting", None),
        ("controle", "controleren"),  # (ter44b) from the table of nominalisations, not by a spelling rule
    ],
)
def test_the_verb_of_a_noun_after_ter(noun, verb):
    from beleidstaal.language.ter_purpose import action_verb

    assert action_verb(noun) == verb
