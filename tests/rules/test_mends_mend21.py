"""Task mend21: mends of this round's landed work after review (sugg22's *indien*, house21's sizes, the -e of a
participle, the negated duty). Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def hits(text: str, rule: str) -> list:
    return [f for f in check_text(text, config=Config(min_severity="info")) if f.rule == rule]


def first(text: str, word: str) -> list[str]:
    """The replacements offered for ``word`` (BT101-BT106)."""
    return next(f.suggestions for f in check_text(text) if f.text.lower() == word)


# (1) *indien* before a verb cluster: a participle or infinitive before the finite verb ends a subordinate
# clause, so what follows that verb (an extraposed *te*-clause) has no subject of the main clause


def test_indien_before_a_verb_cluster_opens_a_clause():
    assert first("Indien door de raad besloten wordt het pand te slopen, hoort u dat.", "indien") == ["Als"]
    assert first(
        "Indien na overleg met de school gekozen is de straat af te sluiten, volgt een brief.", "indien"
    ) == ["Als"]


def test_indien_with_the_verb_of_the_main_clause_stays_advice():
    # sugg22's shapes: the finite verb after *indien ...* is the main clause's, with its subject after it
    assert first("Indien van toepassing worden ook de namen vermeld.", "indien") == []
    assert first("Indien van toepassing dient de eigenaar te betalen.", "indien") == []
    assert (
        first("Indien nog niet aanwezig in de map is het document op te vragen bij de balie.", "indien") == []
    )


# (2) a measured amount of something is the object of the act (*tegels leveren*), not a size


def test_a_noun_after_the_unit_is_the_object():
    assert hits("De aanvoer van 30 kubieke meter grond gebeurt volgende week.", "BT201")
    assert hits("De levering van 5 ton nieuwe tegels vindt morgen plaats.", "BT201")


def test_a_unit_alone_is_a_size():
    assert hits("Een uitbreiding van 15 vierkante meter is toegestaan.", "BT201") == []
    assert hits("Er komt een vergroting van 30 vierkante meter.", "BT201") == []  # 30 hangs on 'vierkante'


# (3) the -e of a participle before a noun: the determiner the parser hangs on the participle counts, and a
# conjunction *dat* is no determiner


def test_the_verb_branch_asks_the_place_for_its_e():
    assert first("Het per post toegezonden document is kwijt.", "toegezonden") == ["gestuurde"]
    assert first("Het toegezonden document is kwijt.", "toegezonden") == ["gestuurde"]
    assert first("Het document is toegezonden.", "toegezonden") == ["gestuurd"]


def test_an_article_hung_on_the_participle_counts():
    assert first("Het in juni voorgenomen besluit gaat niet door.", "voorgenomen") == ["geplande"]
    assert first("Het in 2017 voorgenomen besluit wordt ingetrokken.", "voorgenomen") == ["geplande"]


def test_the_conjunction_dat_is_no_article():
    assert first("Wij weten dat voorgenomen beleid soms verandert.", "voorgenomen") == ["gepland"]


def test_takes_e_with_the_determiner_on_the_word():
    from beleidstaal.language.realise_adjective import definite, takes_e
    from beleidstaal.model import load_model

    doc = load_model()("Wij weten dat voorgenomen beleid soms verandert.")
    assert not definite(doc[2])  # 'dat' (a conjunction, tagged DET)
    assert takes_e(doc[3], doc[4]) is False


# (4) *niet later dan* limits the duty; it does not deny it


def test_a_comparison_with_dan_keeps_the_duty():
    for text in (
        "U dient het verzoek niet later dan 1 juni op te sturen.",
        "U dient niet meer dan drie foto's mee te sturen.",
    ):
        (hit,) = [f for f in check_text(text) if f.rule == "BT101" and f.text.lower().startswith("dient")]
        assert "'moeten'" in hit.message
        assert "verbod" not in hit.message


def test_a_negated_duty_is_still_a_ban_or_no_duty():
    (hit,) = [f for f in check_text("U dient het verzoek niet te ondertekenen.") if f.rule == "BT101"]
    assert "mag niet" in hit.message and "hoeft niet te" in hit.message


def test_the_negated_duty_is_made_once_per_finding(monkeypatch):
    from beleidstaal.language import realise_verbs

    calls = []
    real = realise_verbs.negated_duty_advice

    def counted(tokens):
        calls.append(1)
        return real(tokens)

    monkeypatch.setattr(realise_verbs, "negated_duty_advice", counted)
    check_text("U dient het verzoek niet te ondertekenen.")
    assert len(calls) == 1


# (5) after tagger21 a predicate participle is tagged VERB: the list's participle stands for it as it is


def test_a_participle_for_a_participle_tagged_verb():
    assert first("De sloop van de oude schuur is voorgenomen.", "voorgenomen") == ["gepland"]
    assert first("Wij weten dat de sloop is voorgenomen.", "voorgenomen") == ["gepland"]
