"""Spans of copied passages on sentence boundaries (issue #24): a sentence that runs on after a colon or over a line
break is one sentence, a passage does not run across a bold heading or a caption, and a passage introduced as quoted
text carries no copy warning. All text here is written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from beleidstaal.index.match import MIN_WORDS, Passage
from beleidstaal.index.noise import broken_sentence, prose_tokens
from beleidstaal.readers import document_from_text
from beleidstaal.rules.copy_spans import (
    _HEADING_BEFORE,
    layout_edges,
    not_at_colon,
    quoted_edges,
    run_in_headings,
    runs_on,
    sentence_starts,
)
from beleidstaal.rules.copy_summary import reads_as_quotation


def words_at(document, tokens, indexes) -> list[str]:
    return [document.text[tokens.starts[i] : tokens.ends[i]] for i in sorted(indexes)]


@pytest.fixture(scope="module")
def analyser():
    from beleidstaal.nlp import get_analyser

    return get_analyser()


def starts_of(text: str, analyser, kind: str = "markdown") -> list[str]:
    document = document_from_text(text, kind=kind)
    tokens = prose_tokens(document)
    return words_at(document, tokens, sentence_starts(analyser.analyse(document), tokens))


def test_a_line_break_after_a_comma_or_inside_brackets_is_no_sentence_start(analyser):
    text = (
        "De gemeente let bij elk plan op gevoelige gebieden (bossen, heide, oevers en duinen,\n\n"
        "Natura 2000-gebieden) en op de gebieden met veel bewoners.\n\n"
        "Het college neemt daarna een besluit over de aanvraag van de bewoners,\n\n"
        "Ook als die later komt.\n\n"
        "Dit is een nieuwe zin over iets anders.\n"
    )
    assert starts_of(text, analyser) == ["De", "Het", "Dit"]
    assert runs_on("gebieden (bossen, heide,") and runs_on("van de bewoners,*")
    assert not runs_on("Dit is een zin.") and not runs_on("(zie bijlage 2) en verder.")


def test_an_item_label_starts_the_sentence_of_its_item(analyser):
    text = (
        "De bouwhoogte is ten hoogste tien meter; de goothoogte is ten hoogste zes meter;\n\n"
        "iii. Daarnaast moet er altijd een nooduitgang zijn aan de achterkant van het gebouw.\n"
    )
    assert starts_of(text, analyser) == ["De", "iii"]


def test_a_sentence_runs_on_after_a_colon_on_the_same_line(analyser):
    text = "De regel voor de tuin is kort: Een schuur mag niet hoger zijn dan drie meter. Dat geldt voor elk erf.\n"
    assert starts_of(text, analyser, kind="text") == ["De", "Dat"]


def test_a_numbered_line_that_a_sentence_goes_on_from_is_prose():
    """*Artikel 4.2 ... schrijft voor dat het* looks like a numbered label (short, no full stop), but the next line
    goes on with the sentence in lower case: a sentence the PDF conversion broke over two lines."""
    text = (
        "Artikel 4.2 van de verordening schrijft voor dat het\n\n"
        "college eerst met de buren overlegt over de plannen voor de nieuwe weg.\n\n"
        "4.3 Inleiding\n\n"
        "Het college overlegt ook met de provincie over de plannen voor de nieuwe weg.\n"
    )
    document = document_from_text(text, kind="markdown")
    tokens = prose_tokens(document)
    assert tokens.words[:3] == ["artikel", "van", "de"]
    assert "inleiding" not in tokens.words  # a numbered title before a capital stays a label
    assert broken_sentence(
        "Artikel 4.2 van de verordening schrijft voor dat het", "paragraph", "college eerst"
    )
    assert not broken_sentence("4.3 Inleiding", "paragraph", "Het college")
    assert not broken_sentence("Artikel 4.2 van de verordening.", "paragraph", "college eerst")
    assert not broken_sentence("Artikel 4.2 van de verordening", "heading", "college eerst")


def test_a_quoted_article_ends_with_the_line_that_ends_its_sentence():
    """A quoted block that the PDF ended one line early (the next line goes on in lower case, no full stop or
    semicolon before it) has no edge there; after a full stop the edge stays."""
    text = (
        "Een plan voor nieuwe woningen bevat een toets aan de afspraken uit de regio over het\n\n"
        "bouwen van woningen;\n\n"
        "Het plan voldoet daaraan. het volgende punt begint hier in kleine letters.\n"
    )
    document = document_from_text(text, kind="markdown")
    tokens = prose_tokens(document)
    first = document.paragraphs[0]
    blocks = SimpleNamespace(blocks=[SimpleNamespace(kind="cursief", start=first.start, end=first.end)])
    assert words_at(document, tokens, quoted_edges(blocks, tokens)) == ["bouwen"]
    assert quoted_edges(blocks, tokens, document.text) == set()
    second = document.paragraphs[1]
    blocks = SimpleNamespace(blocks=[SimpleNamespace(kind="cursief", start=first.start, end=second.end)])
    assert words_at(document, tokens, quoted_edges(blocks, tokens, document.text)) == ["Het"]


def test_a_bold_heading_line_and_a_caption_are_edges_of_a_passage():
    text = (
        "De vogels in het gebied broeden in de bomen langs de oude dijk.\n\n"
        "**Nesten die het hele jaar door beschermd blijven**\n\n"
        "Op deze nesten gelden de regels van de wet het hele jaar door.\n\n"
        "De afstanden staan in tabel 2.1.\n\n"
        "*Tabel 2.1: Afstanden tot de woningen.*\n\n"
        "Tabel 2.1 laat zien dat de afstanden klein zijn.\n"
    )
    document = document_from_text(text, kind="markdown")
    tokens = prose_tokens(document)
    edges = words_at(document, tokens, layout_edges(document, tokens))
    # the heading's first word and the sentence after it; the caption's first word and the sentence after it
    assert edges == ["Nesten", "Op", "Tabel", "Tabel"]
    assert [tokens.starts[i] for i in sorted(layout_edges(document, tokens))][2:] == [
        document.text.index("Tabel 2.1:"),
        document.text.index("Tabel 2.1 laat"),
    ]


def test_a_heading_that_runs_into_its_paragraph_is_an_edge(analyser):
    """A heading that lost its line break in a converted PDF (*4. Slotregels.* inside a paragraph) is an edge a
    copied passage does not run across, as a heading on its own line; a short sentence with a verb, a listing's
    items in lower case, the last sentence of a paragraph and the name of a law at the end of a sentence are none."""
    text = (
        "Lees ook de andere artikelen, want die zeggen ook iets over uw perceel. Pas dan weet u alles. "
        "4. Slotregels. In dit deel staan de regels over de naam van het plan. Die gelden voor iedereen.\n\n"
        "Wij kijken ook naar de andere artikelen. Bijzondere bepalingen. Hier staan de regels voor het hele gebied.\n\n"
        "De raad besluit. Dat mag. Daarna volgt de uitvoering van het besluit door het college.\n\n"
        "Het plan regelt: a. wonen; b. werken. De regels staan in hoofdstuk twee. Tot slot de kaart.\n"
    )
    document = document_from_text(text, kind="markdown")
    tokens = prose_tokens(document)
    edges = words_at(document, tokens, run_in_headings(analyser.analyse(document), tokens))
    assert edges == ["Slotregels", "In", "Bijzondere", "Hier"]
    # where the parse splits a sentence before a name at its end, no sentence ends before the name: no heading
    assert _HEADING_BEFORE.search("Pas dan weet u alles. 4. ") and _HEADING_BEFORE.search("")
    assert not _HEADING_BEFORE.search("De zaak valt onder de regels ")
    # nor after a colon or the full stop of a number; nor a sentence that ends in a number
    assert not _HEADING_BEFORE.search("Dit is het netwerk: ") and not _HEADING_BEFORE.search(
        "in artikel 2.1.3. "
    )
    text = "Dit regelt de wet. Op grond van artikel 2.1. De gemeente overlegt met het waterschap over het plan.\n"
    document = document_from_text(text, kind="markdown")
    tokens = prose_tokens(document)
    assert not run_in_headings(analyser.analyse(document), tokens)
    # nor a name that ends a sentence broken over two paragraphs
    text = "Het plan ligt tussen de Kerkweg en de\n\nMolenstraat. Het is een rustige buurt met veel groen.\n"
    document = document_from_text(text, kind="markdown")
    tokens = prose_tokens(document)
    assert not run_in_headings(analyser.analyse(document), tokens)


def test_a_passage_does_not_end_on_a_colon():
    """A passage whose last sentence ends in a colon (the list or quotation after it is not in the passage) ends
    before that sentence; what is left under the minimum length is dropped."""
    long = "De gemeente heeft in het jaar daarvoor met de bewoners van de wijk gesproken over de plannen. "
    text = long + "Daarbij kwamen deze punten aan de orde (zie tabel 3.1):\n\n* de weg\n\n* het groen\n"
    document = document_from_text(text, kind="markdown")
    tokens = prose_tokens(document)
    lead = tokens.words.index("daarbij")
    breaks = [0, lead]
    end = tokens.words.index("tabel") + 1
    p = Passage(0, end, 1, 0, end, end)
    (kept,) = not_at_colon([p], document.text, tokens, breaks)
    assert (kept.start, kept.end) == (0, lead) and lead >= MIN_WORDS
    short = Passage(lead - 3, end, 1, 0, end - lead + 3, end - lead + 3)
    assert not_at_colon([short], document.text, tokens, breaks) == []
    whole = Passage(0, lead, 1, 0, lead, lead)
    assert not_at_colon([whole], document.text, tokens, breaks) == [whole]


@pytest.mark.parametrize(
    "lead,quoted",
    [
        (
            "In de regels van het waterschap is het volgende bepaald:\n\n15. Afvoer van regenwater\n\n# 1. Eisen",
            True,
        ),
        ("De verordening bepaalt het volgende:", True),
        ("Artikel 2 van de regeling luidt als volgt:", True),
        ("In de Omgevingsvisie staat:", True),
        ("In dit hoofdstuk staat:", False),  # no law or policy text named
        ("De conclusies van het onderzoek luiden als volgt:", False),  # research, no law or policy
        ("De gemeente bepaalt het volgende.", False),  # no colon: no lead-in
        ("Wij doen het volgende:", False),
        # a semicolon for the colon, in a sentence that says what follows is set out
        ("Voor dit gebied is in de verordening het volgende bepaald;", True),
        ("Voor dit gebied is het volgende bepaald;\n\n## Stedelijk gebied", True),
        # a list item ends in a semicolon too, and announces nothing
        ("- a. in het gebied is de bouwhoogte door de verordening bepaald;", False),
    ],
)
def test_a_passage_after_a_quotation_lead_in_reads_as_a_quotation(lead, quoted):
    body = "Een lozing van regenwater op het oppervlaktewater is toegestaan als de afvoer klein blijft."
    text = f"Het plan ligt aan de rand van het dorp.\n\n{lead}\n\n{body}\n"
    document = document_from_text(text, kind="markdown")
    assert reads_as_quotation(document, document.text.index(body)) is quoted


def test_a_list_under_a_heading_after_the_colon_is_no_part_of_the_sentence():
    from beleidstaal.rules.copy_spans import list_blocks

    items = "* de toelichting beschrijft de afspraken in de regio;\n\n* de toelichting noemt de plannen in de buurt.\n"
    joined = f"Het plan ligt in het dorp. Voor nieuwe woningen stelt de verordening het volgende:\n\n{items}"
    apart = f"Het plan ligt in het dorp. Voor nieuwe woningen stelt de verordening het volgende:\n\n## 4.3 Wonen\n\n{items}"
    found = []
    for text in (joined, apart):
        document = document_from_text(text, kind="markdown")
        tokens = prose_tokens(document)
        breaks = [0, tokens.words.index("voor"), tokens.words.index("de", tokens.words.index("volgende"))]
        found.append([(s, f) for s, f, _ in list_blocks(document, tokens, breaks)])
    assert found[0] == [(breaks[1], breaks[2])]  # the lead-in and its items are one sentence
    assert found[1] == []


def test_lemmas_read_per_paragraph_equal_those_of_the_whole_parse(analyser):
    """The lemmas of the repeats' words (``copy_facts.Lemmas``), read from a paragraph's parse when a word in it is
    asked for, are the parser's lemmas of every word; a place between words has none."""
    from beleidstaal.rules.copy_facts import lemmas

    text = (
        "# Wonen\n\nDe gemeente bouwt woningen aan de rand van het dorp.\n\n"
        "Het college opende de nieuwe school in september.\n\nDe bewoners liepen mee met de optocht.\n"
    )
    document = document_from_text(text, kind="markdown")
    analysis = analyser.analyse(document)
    whole = {ap.offset + t.idx: t.lemma_.lower() for ap in analysis.paragraphs for t in ap.doc}
    found = lemmas(analysis)
    assert len(whole) > 20
    assert {at: found.get(at) for at in reversed(whole)} == whole
    at = document.text.index("liepen")
    assert found.get(at) == whole[at]
    assert found.get(at + 1) is None


def test_items_that_go_on_with_semicolons_after_a_semicolon_lead_in_are_one_sentence():
    """*De gronden zijn bestemd voor;* and items *a. ...;* *b. ...;* *c. ...*: a semicolon for the colon, and the
    items continue the sentence, so a passage takes all of them or none; items that end in full stops after such a
    lead-in are sentences of their own."""
    from beleidstaal.rules.copy_spans import list_blocks

    lead = "Het plan ligt in het dorp. De gronden aan de dijk zijn bestemd voor;\n\n"
    found = []
    for items in (
        "- a. wegen, straten en paden;\n- b. fietspaden en bermen; en\n- c. water.\n",
        "- a. wegen, straten en paden.\n- b. fietspaden en bermen.\n",
        "- a. wegen, straten en paden;\n",  # one item: no list that goes on
        # the line before the items is itself an item (*a. ...;*, not a list item to the reader): it leads into nothing
        "a. wegen, straten en paden;\n\n- b. fietspaden en bermen;\n- c. water.\n",
    ):
        document = document_from_text(lead + items, kind="markdown")
        tokens = prose_tokens(document)
        breaks = [0, tokens.words.index("de")]
        found.append([(s, f) for s, f, _ in list_blocks(document, tokens, breaks)])
    assert found[0] == [(breaks[1], tokens.words.index("gronden") + 7)]
    assert found[1] == [] and found[2] == [] and found[3] == []
