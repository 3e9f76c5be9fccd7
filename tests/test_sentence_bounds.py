"""Sentence boundaries a reader would draw: after an abbreviation that ends a sentence and after a footnote number
glued to a full stop (beleidstaal.model, the component before the parser). Sentences written for these tests."""

from __future__ import annotations

import pytest

from beleidstaal.model import load_model


@pytest.fixture(scope="module")
def nlp():
    return load_model(None)


def sentences(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "Het nieuwe sportpark valt onder het Besluit m.e.r.",
            "Echter zijn er geen nadelige gevolgen voor het milieu.",
        ),
        ("Voor dit plan is geen m.e.r.", "De provincie heeft dat in maart bevestigd."),
        ("Langs de weg komen bomen, hagen e.d.", "De gemeente plant ze in het najaar."),
        ("Op het plein staan banken, lantaarns enz.", "Daarna legt de aannemer de stoep opnieuw aan."),
        ("De grond is gekocht door Bouwbedrijf Jansen B.V.", "Het bedrijf bouwt er twaalf woningen."),
        # *mv.* (maaiveld) closes a depth (task sent48)
        (
            "De grond is bij de boringen verstoord tot een diepte van ruim 40 cm – mv.",
            "Daarom heeft een bureau in het voorjaar een onderzoek naar de bodem uitgevoerd.",
        ),
        (
            "Onderzoek is nodig bij ingrepen dieper dan 30 cm – mv.",
            "Derhalve is een bureauonderzoek uitgevoerd.",
        ),
    ],
)
def test_an_abbreviation_that_ends_a_sentence_before_a_clause(nlp, first, second):
    assert sentences(nlp, f"{first} {second}") == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "De wethouder bespreekt het plan o.a. De Vries en de buren tijdens de avond.",
        "Wij kijken opnieuw naar de regels i.v.m. De Omgevingswet die binnenkort ingaat.",
        "Het terrein is verkocht aan Jansen B.V. Holding en aan de gemeente.",
    ],
)
def test_no_new_sentence_after_a_mid_sentence_abbreviation_or_before_a_name(nlp, text):
    assert sentences(nlp, text) == [text]


def test_a_name_after_an_abbreviation_gets_no_sentence_start_from_the_component(nlp):
    text = "Voor de m.e.r. Beoordeling Windpark Noord is een apart rapport gemaakt."
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == "parser":
            break
        doc = pipe(doc)
    assert doc[3].text == "Beoordeling" and doc[3].is_sent_start is None


def test_a_footnote_number_after_a_full_stop_ends_the_sentence(nlp):
    text = "De nieuwe school staat aan de rand van het dorp.3 De gemeente wil er ook een sporthal bouwen."
    doc = nlp(text)
    assert [s.text for s in doc.sents] == [
        "De nieuwe school staat aan de rand van het dorp.3",
        "De gemeente wil er ook een sporthal bouwen.",
    ]
    assert "".join(t.text_with_ws for t in doc) == text  # offsets stay exact
    assert [t.text for t in doc[9:13]] == ["dorp", ".", "3", "De"]


def test_a_footnote_after_a_closing_quote(nlp):
    text = "Het buurtje heet in de volksmond 'de kleine polder'.12 De huizen zijn er twee lagen hoog."
    assert sentences(nlp, text) == [
        "Het buurtje heet in de volksmond 'de kleine polder'.12",
        "De huizen zijn er twee lagen hoog.",
    ]


@pytest.mark.parametrize(
    "text, token",
    [
        ("Lees www.voorbeeld.nl/bijlage.3 voor meer.", "www.voorbeeld.nl/bijlage.3"),
        ("Mail naar info@voorbeeld.nl.2 voor vragen.", "info@voorbeeld.nl.2"),
        ("Het getal 12.5 is een decimaal getal.", "12.5"),
    ],
)
def test_addresses_and_numbers_keep_their_number(nlp, text, token):
    assert token in [t.text for t in nlp.tokenizer(text)]


LONG = (
    "Voor de nieuwe woning gebruiken wij materialen die het water niet vervuilen, zoals hout en glas, om schade "
    "aan de bodem en het grondwater in de omgeving te voorkomen."
)


@pytest.mark.parametrize(
    "title", ["*Water en bodem*", "**Water en bodem**", "*Water en bodem*\n", "__Water en bodem__\n"]
)
def test_a_title_in_emphasis_never_joins_the_sentence_after_it(title):
    from beleidstaal import check_text

    text = f"Inleiding van het plan.\n\n{title}{LONG}\n"
    long = [f for f in check_text(text, kind="markdown", path="plan.md") if f.rule in ("BT401", "BT402")]
    assert [(f.rule, f.text) for f in long] == [("BT401", LONG)]
    start = text.index(LONG)
    assert (long[0].offset, long[0].end_offset) == (start, start + len(LONG))


@pytest.mark.parametrize(
    "text",
    [
        "*Let op*: de gemeente is op maandag dicht.",
        "Het plan van *de gemeente*Zwolle is klaar.",
        "*Zie het plan.*\nDe buurt praat mee.",
    ],
)
def test_emphasis_that_is_no_title_keeps_the_paragraph_whole(text):
    from beleidstaal.readers.markdown import read_markdown

    assert len(read_markdown(text + "\n").paragraphs) == 1


def test_the_tokenizer_with_the_address_rule_is_saved_and_pickled(nlp):
    """spaCy saves and pickles a tokenizer by the pattern of its token_match: the rule must be a compiled pattern."""
    import pickle

    text = "Zie www.voorbeeld.nl/bijlage.3 en het dorp.3 De kerk staat er."
    expected = [t.text for t in nlp.tokenizer(text)]
    assert "www.voorbeeld.nl/bijlage.3" in expected and expected[4:7] == ["dorp", ".", "3"]
    assert [t.text for t in pickle.loads(pickle.dumps(nlp.tokenizer))(text)] == expected
    restored = nlp.tokenizer.__class__(nlp.vocab).from_bytes(nlp.tokenizer.to_bytes())
    assert [t.text for t in restored(text)] == expected
