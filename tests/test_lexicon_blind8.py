"""Word-list offers and findings after blind8 (sentences written for these tests)."""

from __future__ import annotations

from beleidstaal.config import Config
from beleidstaal.core import check_text


def _hits(text: str, term: str):
    config = Config(select=("ALL",))  # waar mogelijk: a reservation (BT108), which runs only when selected
    return [f for f in check_text(text, config=config) if f.term in (term, term.replace(" ", ""))]


def test_al_dan_niet_offers_wel_of_niet_or_met_of_zonder():
    """'eventueel', named by the editors of blind8, is listed itself since study words32 (task words44b)."""
    [f] = _hits("Wij bekijken het al dan niet verlengen van de regeling.", "al dan niet")
    assert "'wel of niet'" in f.advice[0] and "'met of zonder'" in f.advice[0]
    assert "zoals 'of niet'" not in " ".join(f.advice)


def test_in_het_kader_van_a_law_offers_op_grond_van():
    [law] = _hits("In het kader van de wet is een ontheffing nodig.", "in het kader van")
    assert "'op grond van'" in law.advice[0] and "'bij'" not in law.advice[0]
    [compound] = _hits("In het kader van de Waterwet is een vergunning nodig.", "in het kader van")
    assert "'op grond van'" in compound.advice[0]
    [article] = _hits("In het kader van artikel 12 is een ontheffing nodig.", "in het kader van")
    assert "'op grond van'" in article.advice[0]
    [other] = _hits("In het kader van de veiligheid sluiten wij de weg af.", "in het kader van")
    assert "'bij'" in other.advice[0] and "'op grond van'" not in other.advice[0]


def test_plaatsvinden_names_the_verb_of_its_subject():
    [f] = _hits("In de vergadering heeft afstemming plaatsgevonden over de kosten.", "plaatsvinden")
    assert "'afstemmen'" in f.advice[0]
    [g] = _hits("Door de nieuwe wijk vindt een herinrichting van het park plaats.", "plaats vinden")
    assert "'herinrichten'" in g.advice[0]
    # a meeting is no verb made noun: the general advice only
    [h] = _hits("De vergadering vindt op dinsdag plaats.", "plaats vinden")
    assert not any("werkwoord" in a for a in h.advice)


def test_input_offers_basis_and_daadwerkelijk_may_carry_a_contrast():
    [f] = _hits("De cijfers vormen de input voor het onderzoek.", "input")
    assert "'basis'" in f.advice[0] and "'mening'" not in f.advice[0]
    [g] = _hits("De daadwerkelijke kosten zijn lager dan begroot.", "daadwerkelijk")
    assert g.suggestions == ["echte"] and "tegenover" in g.message


def test_no_finding_where_the_word_means_something_else():
    assert not _hits("Wij willen het groen behouden en waar mogelijk versterken.", "waar mogelijk")
    assert _hits("Waar mogelijk planten wij nieuwe bomen.", "waar mogelijk")
    assert not _hits("Wij rekenen met de rekentool. In deze tool staan alle wegen.", "tool")
    assert _hits("Wij gebruiken een nieuwe tool voor de planning.", "tool")
    assert not [
        f for f in check_text("De inrit komt uit op de voorliggende doorgaande weg.") if f.rule == "BT101"
    ]
    assert [f for f in check_text("Het voorliggende plan maakt tien woningen mogelijk.") if f.rule == "BT101"]


def test_feitelijk_against_a_permitted_or_modelled_state_is_not_flagged():
    assert not _hits("De feitelijke afstand tot de weg is groter dan de regel vraagt.", "feitelijk")
    assert not _hits("Wij kijken naar het feitelijk gebruik van het erf.", "feitelijk")
    # the adverb is the filler; before a noun it sets the actual against the planned (blind16, studied)
    assert _hits("Feitelijk staat in dit hoofdstuk het plan.", "feitelijk")
    assert not _hits("In dit hoofdstuk staat het feitelijke plan.", "feitelijk")
