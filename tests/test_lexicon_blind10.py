"""Word-list offers and findings after blind10 (sentences written for these tests)."""

from __future__ import annotations

from beleidstaal.config import Config
from beleidstaal.core import check_text


def _hits(text: str, term: str):
    config = Config(select=("ALL",))
    return [f for f in check_text(text, config=config) if f.term in (term, term.replace(" ", ""))]


def test_de_beschikking_hebben_over_keeps_the_subjects_article():
    # of two places of 'de' equally near the verb, the phrase's own article, not the subject's
    [f] = _hits(
        "Daarom heeft de gemeente de beschikking over een nieuw terrein.", "de beschikking hebben over"
    )
    assert f.suggestions == ["heeft de gemeente"]
    [g] = _hits("Wij hebben de beschikking over een nieuw gebouw.", "de beschikking hebben over")
    assert g.suggestions == ["hebben"]


def test_een_dergelijk_becomes_zo_n_with_its_article():
    [f] = _hits("Met een dergelijke regeling kunnen wij verder.", "dergelijk")
    assert f.text == "een dergelijke" and f.suggestions == ["zo'n"]
    [g] = _hits("Het is een dergelijk groot project dat wij hulp vragen.", "dergelijk")
    assert g.suggestions == ["zo'n"]
    # without 'een': 'zulke', never 'zo'n' (dergelijke aanvragen → zulke aanvragen)
    [h] = _hits("Wij behandelen dergelijke aanvragen snel.", "dergelijk")
    assert h.text == "dergelijke"
    assert "zo'n" not in h.suggestions and not any("zo'n" in a for a in h.advice)


def test_een_soortgelijk_advises_zo_n_not_zulke():
    [f] = _hits("Voor de school geldt een soortgelijke eis.", "soortgelijk")
    assert f.text == "een soortgelijke"
    assert "'zo'n'" in " ".join(f.advice) and "'zulke'" not in " ".join(f.advice)


def test_in_het_verlengde_van_a_street_is_a_place():
    assert not _hits("Het nieuwe fietspad ligt in het verlengde van de Kerkstraat.", "in het verlengde van")
    assert not _hits(
        "De haag loopt door in het verlengde van de bestaande groenstrook.", "in het verlengde van"
    )
    assert _hits(
        "Dit besluit ligt in het verlengde van het beleid voor de binnenstad.", "in het verlengde van"
    )


def test_beeindigen_is_advice_with_stoppen_met():
    [f] = _hits("Zo beëindigt de gemeente haar steun aan de club.", "beëindigen")
    assert not f.suggestions
    assert "'stoppen met'" in f.advice[0]


def test_als_bedoeld_in_is_advice_not_genoemd_in():
    [f] = _hits("Dit is een melding als bedoeld in artikel 4 van de regeling.", "als bedoeld in")
    assert not f.suggestions
    assert "'volgens'" in f.advice[0]


def test_advice_that_keeps_the_meaning():
    [f] = _hits("Dit hoofdstuk noemt het beleid dat betrekking heeft op deze wijk.", "betrekking")
    assert "'gelden voor'" in f.advice[0]
    # beleidskader left the word list (task words18): the name of a plan chapter, see tests/rules/test_words18.py
    [h] = _hits("Voor deze boerderij levert de gemeente maatwerk.", "maatwerk")
    assert "uw" not in h.advice[0].split()
    [u] = _hits("Uit de update van de prognose blijkt een groei.", "update")
    assert "'nieuwe versie'" in u.advice[0]
