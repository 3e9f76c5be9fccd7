"""The reviewer's points on the word lists of round 34 (task mend34b): *bovenstaande* as a noun or before its noun
decided by the parse (a finite verb the tagger read as a noun is no noun), a translation into a language is no
policy's *vertalen in*, *ontlenen ... dat* wherever the parse hangs the clause, advice that fits its sentence
(*geen noemenswaardige*, *algeheel*, *lenen zich*), and *zich voordoen* marked as the verb, not the whole middle
field. Sentences written for the test."""

from __future__ import annotations

import pytest
from quote_checks import ALL
from suggestion_checks import one_term

from beleidstaal import check_text


def _terms(text: str, part: str) -> list[tuple[str, str, list[str]]]:
    return [(f.term, f.text, f.advice) for f in check_text(text, config=ALL) if part in (f.term or "")]


@pytest.mark.parametrize(
    "text",
    [
        "Op basis van bovenstaande concluderen wij dat de weg breder wordt.",
        "Naar aanleiding van bovenstaande besluiten wij de subsidie te verlagen.",
        "Op grond van bovenstaande concluderen wij dat het plan past.",
    ],
)
def test_bovenstaande_before_a_verb_read_as_noun_is_the_noun(text):
    """The finite verb after a fronted phrase (*concluderen wij*, *besluit de raad*) is no noun that *bovenstaande*
    stands before: it is the noun *het bovenstaande*, with the noun's advice ('dit'), not 'hierboven'."""
    hits = _terms(text, "bovenstaand")
    assert [t for t, _, _ in hits] == ["bovenstaande"], hits
    assert "'dit'" in hits[0][2][0]


@pytest.mark.parametrize(
    "text",
    [
        "Het formulier is vertaald in het Pools.",
        "De uitnodiging wordt vertaald naar het Turks en het Arabisch.",
        "Wij vertalen de brief naar het Oekraïens.",
    ],
)
def test_a_translation_into_a_language_is_no_policy_jargon(text):
    """*Vertaald in het Pools* is a translation (the names of languages: ``woordgroepen.talen``); a plan's name after
    *het* is the policy's *vertalen in* ('verwerken in')."""
    assert _terms(text, "vertalen") == []
    plan = "De doelen zijn vertaald in het Bestemmingsplan Dorp."
    assert [t for t, _, _ in _terms(plan, "vertalen")] == ["vertalen in"]


@pytest.mark.parametrize(
    "text",
    [
        "Wij ontlenen aan de kaart dat de sloot blijft liggen.",
        "Wij ontlenen hieraan dat de sloot blijft liggen.",
        "Hieraan ontlenen wij dat de schuur op zijn plek blijft.",
    ],
)
def test_ontlenen_with_its_clause_wherever_the_parse_hangs_it(text):
    """*Ontlenen ... dat ...* is 'opmaken uit' also where the parse hangs the clause on the noun of *aan de kaart* or
    on *hieraan*: the verb has no object, so the clause is its complement."""
    finding = one_term(text, "ontlenen")
    assert finding.advice == ["Kies wat hier past, bijvoorbeeld 'opmaken uit' of 'afleiden uit'."]


def test_nauwelijks_only_for_the_negation_as_a_whole():
    """*Geen noemenswaardige effecten* is 'nauwelijks effecten' without *geen* ('geen nauwelijks' says the
    opposite); 'geen grote' fits as it is. Without a negation the word means 'considerable': 'groot', never
    'nauwelijks'."""
    denied = one_term("Wij verwachten geen noemenswaardige hinder van de bouw.", "noemenswaardig")
    assert denied.advice[0] == "Zeg 'nauwelijks' en laat 'geen' of 'niet' weg."
    assert "'groot'" in denied.advice[1]
    plain = one_term("De bouw geeft zo noemenswaardige hinder dat wij een scherm plaatsen.", "noemenswaardig")
    assert "nauwelijks" not in " ".join(plain.advice) + plain.message


def test_algeheel_advice_agrees_with_its_reason_and_drops_heel():
    """*Een hele vrijstelling* means 'quite an exemption': not 'heel'; the reason names the advised words."""
    finding = one_term("De raad kiest voor een algehele herziening van de regels.", "algeheel")
    assert finding.advice == ["Kies wat hier past, bijvoorbeeld 'volledig' of 'totaal'."]
    assert "'hele'" not in finding.message


def test_zich_lenen_advice_fits_a_plural_subject():
    """The base form fits every subject, as with the other verbs of the lists: *de velden lenen zich* → not
    'is geschikt voor'."""
    finding = one_term("De velden lenen zich goed voor sport.", "zich lenen")
    assert finding.advice == ["Kies wat hier past, bijvoorbeeld 'geschikt zijn voor' of 'passen bij'."]


@pytest.mark.parametrize(
    "text,span",
    [
        (
            "Vorig jaar hebben zich bij de bouw van de school in de wijk enkele problemen voorgedaan.",
            "voorgedaan",
        ),
        ("Wij verwachten dat zich bij de bouw geen problemen voordoen.", "voordoen"),
    ],
)
def test_zich_voordoen_marks_the_verb_not_the_middle_field(text, span):
    """Advice marks the verb, with *zich* only where it stands right beside the verb or its particle; the middle
    field between them is no part of the word."""
    assert one_term(text, "zich voordoen").text == span
    assert one_term("De problemen die zich voordoen, lossen wij op.", "zich voordoen").text == "zich voordoen"
    split = one_term("Bij de bouw doen zich geen problemen voor.", "zich voordoen")
    assert split.text == "doen zich geen problemen voor"


def test_an_adverb_at_the_root_is_no_verb_of_its_own():
    """A pronominal adverb the parse makes the root of a short line (*En daarbinnen?*, read as a verb) hangs on no
    verb: it is not a verb of its own (``relatives.adverb_verbs``)."""
    from beleidstaal.language.relatives import adverb_verbs
    from beleidstaal.model import load_model

    doc = load_model()("En daarbinnen?")
    adverb = next(t for t in doc if t.lower_ == "daarbinnen")
    assert adverb.dep_ == "ROOT"
    assert adverb_verbs(adverb) == []
