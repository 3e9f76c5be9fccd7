"""The reviewer's points of round 35 on the word lists and their machinery (task mend35a; bench/quality/real/RESULTS.md):
a finite verb after a finite verb closes the cluster of *zorg dragen voor* (1); *de ambitie is* only where *is*
introduces what is wanted (2); *hebben* as the auxiliary of another verb's perfect is no *de ambitie hebben* (3); the
plural noun *stoelen* is no form of *stoelen op* (4); *voordeel* elsewhere in the sentence does not steer *ontlenen*
(5); *Evenals* in front of the main clause's verb is 'net als' (12); *gelet op* with an auxiliary is the verb *letten
op* (15); one advice for several words of ``alternatives_if_in_sentence`` written once (19). Sentences written for
the test."""

from __future__ import annotations

import pytest
from suggestion_checks import found as findings_of
from suggestion_checks import one_term
from suggestion_checks import word_list_offers as found


def _terms(text: str, word: str) -> list[tuple[str, str, str]]:
    return [f for f in found(text) if word in f[1].lower()]


# 1. the cluster of the verb
@pytest.mark.parametrize(
    "text",
    [
        "Dat de gemeente zorg draagt is voor de bewoners belangrijk.",
        "Dat het bestuur zorg droeg is voor iedereen duidelijk.",
    ],
)
def test_the_main_clause_verb_closes_the_cluster(text):
    """*Is* after the subordinate clause's *draagt* is the main clause's verb, and *voor* its own; the auxiliaries of
    the verb's own cluster still bring the preposition after them."""
    assert not _terms(text, "zorg"), found(text)
    kept = (
        "Wij weten dat er zorg gedragen zal worden voor een veilig en groen netwerk van verbonden fietspaden."
    )
    assert one_term(kept, "zorg dragen voor").text == "zorg gedragen zal worden voor"


# 2. de ambitie is
@pytest.mark.parametrize(
    "text",
    [
        "De ambitie is hoog.",
        "De ambitie is niet gehaald.",
        "De ambitie is in 2020 vastgesteld door de raad.",
        "Wat de ambitie is, staat in hoofdstuk 2.",
        "De ambitie is groter dan vorig jaar.",
    ],
)
def test_de_ambitie_is_as_a_copula_or_passive_is_silent(text):
    """Silent where *is* says something of the ambition; found where it introduces what is wanted (a clause with
    *dat*, an infinitive with *te* or *om*, a noun phrase)."""
    assert not _terms(text, "ambitie"), found(text)
    for kept, span in (
        ("De ambitie is dat elk kind in de gemeente kan zwemmen.", "De ambitie is"),
        ("De ambitie is te streven naar een gezonde wijk.", "De ambitie is"),
        ("De ambitie is een groene stad waarin iedereen prettig woont.", "De ambitie is"),
        ("Wij weten dat de ambitie is om meer woningen te bouwen.", "de ambitie is"),
    ):
        assert one_term(kept, "de ambitie is").text == span


# 3. hebben as a perfect auxiliary
@pytest.mark.parametrize(
    "text",
    [
        "De raad heeft de ambitie uit 2015 bijgesteld.",
        "Wij hebben de ambitie niet gehaald.",
        "Wij hebben de ambitie van de regio overgenomen.",
    ],
)
def test_hebben_as_the_perfect_of_another_verb_is_silent(text):
    assert not _terms(text, "ambitie"), found(text)


def test_the_perfect_of_de_ambitie_hebben_is_found_once():
    """*Hebben ... gehad*: the participle of the phrase's own verb carries the phrase, the auxiliary not again."""
    assert one_term("Wij hebben de ambitie gehad om een school te bouwen.", "de ambitie hebben").text == (
        "de ambitie gehad"
    )


# 4. stoelen as furniture
@pytest.mark.parametrize(
    "text",
    [
        "Wij zetten stoelen op het plein.",
        "Er komen zestig stoelen op de tribune.",
        "De gemeente plaatst extra stoelen op de markt.",
        "Er staan nieuwe stoelen op het podium.",
    ],
)
def test_the_plural_of_stoel_is_silent(text):
    """The plural noun is silent; the verb stays found, and an infinitive used as a noun (neuter: *het inzetten op*)
    still reads as its phrase."""
    assert not _terms(text, "stoel"), found(text)
    assert one_term("De plannen stoelen op de visie van de raad.", "stoelen op").text == "stoelen op"
    assert (
        one_term("Wij weten dat de plannen op de visie stoelen.", "stoelen op").text == "op de visie stoelen"
    )
    assert (
        one_term("Het inzetten op duurzame energie is belangrijk.", "inzetten op").text == "Het inzetten op"
    )
    assert one_term("Het plan vraagt de inzet op betere fietspaden.", "inzetten op").text == "de inzet op"


# 5. ontlenen and voordeel in another clause
def test_voordeel_in_a_relative_clause_does_not_steer_ontlenen():
    finding = one_term("De naam is ontleend aan een boer, die er veel voordeel van had.", "ontlenen")
    assert "voordeel" not in " ".join(finding.advice), finding.advice
    assert "'genoemd naar'" in " ".join(finding.advice)
    own = one_term("Het is een regeling waar je veel voordeel aan kunt ontlenen.", "ontlenen")
    assert "'voordeel hebben van'" in " ".join(own.advice)


# 12. evenals in front of the verb
@pytest.mark.parametrize(
    "text",
    [
        "Evenals vorig jaar houdt de gemeente een markt.",
        "Evenals in 2020 is er een markt op het plein.",
    ],
)
def test_evenals_in_front_of_the_verb_is_net_als(text):
    assert one_term(text, "evenals").advice == ["Kies wat hier past, bijvoorbeeld 'net als'."]


# 15. gelet op as the verb letten op
@pytest.mark.parametrize(
    "text",
    [
        "Bij de keuze heeft de gemeente goed gelet op de uitvoering van de maatregelen.",
        "Er wordt goed gelet op de veiligheid van de kinderen.",
        "Wij hebben bij de inrichting gelet op de behoeften van ouderen.",
    ],
)
def test_gelet_op_with_an_auxiliary_is_the_verb(text):
    """No *Gelet op* finding (BT101), and no noun of action after it read as one after a compound preposition."""
    assert not _terms(text, "gelet"), found(text)
    assert not [f.text for f in findings_of(text, "BT201")]
    for kept, span in (
        ("Gelet op uw inkomen heeft u recht op toeslag.", "Gelet op"),
        # the auxiliary of another participle, or an insertion between commas: still the preposition
        ("De bomen worden, gelet op de wet, in twee groepen verdeeld.", "gelet op"),
        ("In het park worden gelet op het gebruik geen nieuwe bomen geplant.", "gelet op"),
    ):
        assert one_term(kept, "gelet op").text == span


# 19. one advice written once for several words
def test_several_words_share_one_advice():
    from beleidstaal.lexicon import parse_lexicon

    entry = {
        "term": "intensiveren",
        "alternatives": ["meer doen"],
        "reason": "Jargon.",
        "alternatives_if_in_sentence": {"bebouwing, inbreiding": ["zeg wat er gebeurt"]},
    }
    (parsed,) = parse_lexicon({"lexicon": {"category": "jargon"}, "entry": [entry]}, "x.toml").entries
    assert parsed.alternatives_if_in_sentence == (
        ("bebouwing", ("zeg wat er gebeurt",)),
        ("inbreiding", ("zeg wat er gebeurt",)),
    )
