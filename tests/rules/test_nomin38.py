"""A passage of six words or more between single quotation marks inside a sentence is quoted text (a definition or
a title the writer cites and may not rewrite), as one between double marks already was (nomin38, issue 16).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.quotation import quoted_blocks
from beleidstaal.readers import document_from_text

INFO = Config(min_severity="info")


def blocks(source: str) -> list[tuple[str, str]]:
    doc = document_from_text(source, kind="markdown")
    return [(b.kind, doc.text[b.start : b.end]) for b in quoted_blocks(doc)]


def nominalisations(source: str) -> list[str]:
    return [
        source[f.offset : f.end_offset]
        for f in check_text(source, kind="markdown", config=INFO)
        if f.rule == "BT201"
    ]


TITLE = (
    "Het plan voldoet niet aan de eisen in bijlage C 'Activiteiten en besluiten waarvoor de beoordeling van de "
    "milieugevolgen verplicht is' van het Besluit.\n"
)
DEFINITION = (
    "Artikel 2 van het Besluit omschrijft een stadsuitleg als een ‘uitbreiding van de bebouwde kom door de aanleg "
    "van een woonwijk of een bedrijventerrein’.\n"
)


@pytest.mark.parametrize("source", [TITLE, DEFINITION])
def test_a_long_passage_in_single_quotation_marks_inside_a_sentence_is_quoted(source):
    assert [kind for kind, _ in blocks(source)] == ["aanhalingstekens"]


def test_no_nominalisation_in_a_title_quoted_in_single_marks():
    assert nominalisations(TITLE) == []


@pytest.mark.parametrize(
    "source",
    [
        # a name or a term in single marks: too short to be a quotation
        "Het perceel krijgt de bestemming 'Wonen - Vrijstaand' en de aanduiding 'specifieke vorm van wonen'.\n",
        # apostrophes, not quotation marks: an elision, plurals, a genitive
        "De auto's van bezoekers staan 's avonds op het terrein van Kees' bedrijf, naast de garage van Joost' "
        "broer en de fietsen.\n",
    ],
)
def test_names_terms_and_apostrophes_are_no_quotation(source):
    assert blocks(source) == []


def test_the_writers_own_nominalisation_beside_a_short_name_in_single_marks_stays():
    # guard: outside the marks, and with a short name in them, the finding stays
    source = "Het bestemmingsplan 'Dorpskern' maakt de realisatie van twaalf woningen aan de Kerkstraat mogelijk.\n"
    assert nominalisations(source) == ["de realisatie van twaalf woningen"]


def test_the_writers_own_sentence_after_a_quoted_title_is_still_checked():
    source = TITLE.rstrip("\n") + " Wij werken aan de verbetering van de dienstverlening.\n"
    assert "de verbetering van de dienstverlening" in nominalisations(source)


@pytest.mark.parametrize(
    "source",
    [
        "Het Besluit beschrijft een stedelijke ontwikkeling als een 'ruimtelijke ontwikkeling van een woonwijk, een "
        "bedrijventerrein of andere voorzieningen'.\n",
        'De provincie eist een "zorgvuldige afweging van alle belangen van bewoners en bedrijven in het gebied".\n',
    ],
)
def test_no_nominalisation_whose_noun_is_quoted_though_its_article_is_not(source):
    # the article stands before the opening mark; the noun is the quoted text's word
    assert nominalisations(source) == []


def test_the_same_phrase_without_quotation_marks_is_reported():
    source = "De provincie eist een zorgvuldige afweging van alle belangen van bewoners en bedrijven in het gebied.\n"
    assert nominalisations(source) == ["een zorgvuldige afweging van alle belangen van bewoners en bedrijven"]


YEAR = "In de jaren '90 is door de gemeente de inrichting van het plein bij Hans' winkel uitgevoerd.\n"


@pytest.mark.parametrize(
    "source",
    [
        # a shortened year is no opening mark, so a genitive further on does not close a quotation
        YEAR,
        YEAR.replace("'90", "‘90").replace("Hans'", "Hans’"),
        # nor is an elision of *hem*
        "Bel 'm gerust als u vragen heeft over de bouw van het hek bij de school van Hans' kinderen.\n",
    ],
)
def test_a_shortened_year_or_elision_and_a_genitive_are_no_quotation(source):
    assert blocks(source) == []


def test_the_nominalisation_after_a_shortened_year_stays():
    assert [n for n in nominalisations(YEAR) if n.startswith("de inrichting van het plein")]


def test_a_title_that_opens_with_a_year_is_still_quoted():
    # guard: a whole year opens the title, not a shortened one
    source = (
        "De gemeente werkt aan de visie '2030: een groene en gezonde stad voor alle inwoners' van de raad.\n"
    )
    assert [kind for kind, _ in blocks(source)] == ["aanhalingstekens"]


def test_a_quotation_that_opens_with_an_abbreviation_in_m_is_still_quoted():
    # guard: *m.e.r.* is no elision of *hem*
    source = "Het plan valt onder de 'm.e.r.-beoordeling voor de aanleg van een weg buiten de kom' uit de bijlage.\n"
    assert [kind for kind, _ in blocks(source)] == ["aanhalingstekens"]
