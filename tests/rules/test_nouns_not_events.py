"""After blind8: nouns that are not events (BT201, BT202; task nomin10). A nominalisation is reported only where a
writer would say it with a verb; these signals say the noun names a thing, a composition, a topic or a known kind
instead. Every sentence here is written for the test; each "not reported" sentence gives a finding without its
signal (checked against main before the change)."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.nominalisation import BLOCKERS, noun_verb

NOMIN = Config(select=("BT201",), min_severity="info")
SUPPORT = Config(select=("BT202",), min_severity="info")


def spans(text: str, config: Config = NOMIN) -> list[str]:
    return [f.text for f in check_text(text, config=config)]


def test_signals_are_blockers():
    for name in ("described", "causative", "topic"):
        assert name in BLOCKERS


# described: a definite article or a demonstrative with an adjective that says which one or what kind (not how)


@pytest.mark.parametrize(
    "text",
    [
        "De huidige inrichting van het park is slecht voor vogels.",  # the layout as it is
        "De tweede wijziging van de verordening gaat over parkeren.",  # a document
        "De 2e wijziging van de verordening gaat over parkeren.",  # an ordinal in figures
        "De technische uitvoering van het plan is lastig.",  # a kind (-isch)
    ],
)
def test_described_noun_not_reported(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an adjective of manner after de or deze: verder verbeteren, snel uitbreiden
        ("De verdere verbetering van de kwaliteit is nodig.", "De verdere verbetering van de kwaliteit"),
        ("Deze snelle uitbreiding van de haven kost ruimte.", "Deze snelle uitbreiding van de haven"),
        # after een the adjective tells how the act goes
        ("Een snelle uitvoering van het plan is nodig.", "Een snelle uitvoering van het plan"),
        # without an article: a manner (snel uitvoeren)
        ("Snelle uitvoering van het plan is nodig.", "Snelle uitvoering van het plan"),
        # a participle tells about the act itself
        (
            "De geplande herinrichting van het plein kost veel geld.",
            "De geplande herinrichting van het plein",
        ),
        ("De verdergaande verbetering van de dijk is nodig.", "De verdergaande verbetering van de dijk"),
        # no adjective: an act
        ("De uitvoering van het plan kost veel geld.", "De uitvoering van het plan"),
    ],
)
def test_act_with_adjective_still_reported(text, span):
    assert spans(text) == [span]


def test_adjective_before_the_article_is_not_the_nouns():
    """*ten tweede door het geven van ...*: a parse that hangs *tweede* on the noun does not make it described."""
    import spacy
    from spacy.tokens import Doc

    from beleidstaal.language.nominal_rows import _described

    words = ["ten", "tweede", "door", "het", "geven", "van", "een", "cursus"]
    heads = [1, 4, 4, 4, 4, 7, 7, 4]
    deps = ["case", "amod", "case", "det", "ROOT", "case", "det", "nmod"]
    pos = ["ADP", "ADJ", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"]
    vocab = spacy.blank("nl").vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert not _described(doc[4])
    doc = Doc(vocab, words=["de", "tweede", "wijziging"], heads=[2, 2, 2], deps=["det", "amod", "ROOT"],
              pos=["DET", "ADJ", "NOUN"])  # fmt: skip
    assert _described(doc[2])


# causative: a weak verb with an adjective of its own (mogelijk maken) is no support verb


@pytest.mark.parametrize(
    "text",
    [
        "Om deze uitbreiding mogelijk te maken passen wij het plan aan.",
        "Wij maken deze uitbreiding mogelijk.",
    ],
)
def test_causative_not_reported(text):
    assert spans(text) == []


def test_weak_verb_without_adjective_still_reported():
    assert spans("De invoering vindt in mei plaats.") == ["De invoering"]


def test_adjective_before_the_noun_is_no_causative():
    from beleidstaal.language.nominal_signals import _causative
    from beleidstaal.model import load_model

    doc = load_model()("Om deze uitbreiding mogelijk te maken passen wij het plan aan.")
    noun, verb = doc[2], doc[5]
    assert (noun.text, verb.text, doc[3].head.i) == ("uitbreiding", "maken", 5)
    assert _causative(verb, noun)
    assert not _causative(verb, doc[4])  # the adjective stands before this word: no predicate after it


# composition: how something is made up is a thing, not the act of building it up


@pytest.mark.parametrize(
    "text",
    [
        "De opbouw van de bodem bestaat uit zand en klei.",
        "De samenstelling van de bevolking verandert snel.",
        "De massaopbouw van de woningen past bij de straat.",  # in a compound too
    ],
)
def test_composition_not_reported(text):
    assert spans(text) == []


def test_composition_nouns_have_no_verb():
    assert noun_verb("opbouw") is None
    assert noun_verb("samenstelling") is None
    assert noun_verb("bodemopbouw") is None  # a compound on opbouw too
    assert noun_verb("aanleg") == ("aanleggen", "")  # building a road stays an act


# topic: what an agreement or a question is about


@pytest.mark.parametrize(
    "text",
    [
        "Het rijk en de regio willen afspraken maken over de verdeling van de subsidie voor scholen.",
        "Het college heeft vragen gekregen over de aanleg van de nieuwe weg.",
        # the object of 'regelen': what a rule is about
        "De nieuwe wet regelt de bescherming van bomen in de stad.",
        "De bescherming van bomen wordt geregeld in de verordening.",
    ],
)
def test_topic_not_reported(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # no word of agreement or question before the preposition
        ("De raad stemt in met de verdeling van het geld.", "de verdeling van het geld"),
        (
            "De gemeente vraagt om de verdeling van het programma te bespreken.",
            "de verdeling van het programma",
        ),
        # 'regelen' with someone who arranges it, not a rule
        ("De gemeente wil de verdeling van het geld snel regelen.", "de verdeling van het geld"),
        # another verb with the noun as its object
        ("De gemeente verbetert de bescherming van bomen in de stad.", "de bescherming van bomen"),
        # 'betreffen' is no verb of topic, nor 'met betrekking tot' a preposition of topic: editors disagree on them
        ("Dit besluit betreft de verkoop van grond aan de buren.", "de verkoop van grond"),
        (
            "De gemeente heeft beleid opgesteld met betrekking tot het vaststellen van de tarieven.",
            "het vaststellen van de tarieven",
        ),
    ],
)
def test_no_topic_still_reported(text, span):
    assert spans(text) == [span]


# BT202: a development that takes place, where the parse did not mark the subject


@pytest.mark.parametrize(
    "text",
    [
        "Volgens de nota moet nieuwe economische ontwikkeling primair plaatsvinden op het bedrijventerrein.",
        "Zo is aangetoond dat de voorgenomen ontwikkeling zonder bezwaren kan plaatsvinden.",
    ],
)
def test_development_takes_place_not_reported(text):
    assert spans(text, SUPPORT) == []


def test_act_takes_place_still_reported():
    assert spans(
        "Daarmee is aangetoond dat de voorgenomen toetsing zonder problemen kan plaatsvinden.", SUPPORT
    ) == ["plaatsvinden"]


# BT202 unless_doer: 'aandacht besteden aan' with a subject that does it is ordinary Dutch


@pytest.mark.parametrize(
    "text",
    [
        "Nieuwe plannen moeten aandacht besteden aan de ladder.",
        "In de les besteden wij aandacht aan de kosten.",
    ],
)
def test_support_verb_with_its_doer_not_reported(text):
    assert spans(text, SUPPORT) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bij de aanvraag dient aandacht besteed te worden aan de kosten.", "aandacht besteed te worden aan"),
        ("Er is in het plan aandacht besteed aan het verkeer.", "aandacht besteed aan"),
        # an om-te clause without a subject hides the doer too
        ("Het is verplicht om aandacht aan de kosten te besteden.", "aandacht aan de kosten te besteden"),
    ],
)
def test_support_verb_in_the_passive_still_reported(text, span):
    assert spans(text, SUPPORT) == [span]


def test_unless_doer_is_read_from_the_word_list():
    from beleidstaal.errors import ConfigError
    from beleidstaal.lexicon import parse_lexicon

    entry = {
        "term": "aandacht geven aan",
        "verb": "geven",
        "alternatives": ["letten op"],
        "reason": "Omslachtig.",
    }
    lexicon = parse_lexicon(
        {"lexicon": {"category": "omslachtig"}, "entry": [{**entry, "unless_doer": True}]}, "x"
    )
    assert lexicon.entries[0].unless_doer is True
    with pytest.raises(ConfigError, match="true of false"):
        parse_lexicon({"lexicon": {"category": "omslachtig"}, "entry": [{**entry, "unless_doer": "ja"}]}, "x")
