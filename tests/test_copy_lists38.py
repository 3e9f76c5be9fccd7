"""A list that another plan holds item for item is copied as one sentence with its lead-in (issue #24, task
copy38). Each item of a list starts a piece of its own, so such a list came as pieces that each hold a small part
of it, and a passage that starts or ends inside a list is left out: the list was not reported at all. The pieces of
one source inside one list now count together: when they hold the greater part of the list, the list with its
lead-in is one passage. The planted passages are written for these tests (not corpus text); the plans around them
are UD sentences."""

from __future__ import annotations

from test_copy_kinds import DRAFT, small_index
from test_copy_rule import ud_sentences

from beleidstaal import check_text

LEAD = (
    "De gemeenteraad heeft in het voorjaar een nieuwe woonvisie vastgesteld voor alle dorpen van de gemeente. "
    "Deze visie richt zich op drie speerpunten:"
)
ITEMS = [
    "1\\. Bouwen voor starters en jonge gezinnen, door onder andere:",
    "* elk jaar veertig betaalbare koopwoningen aan de rand van de kernen op te leveren;",
    "* oude schoolgebouwen en kantoren om te bouwen tot kleine appartementen voor jongeren.",
    "2\\. Wonen met zorg dicht bij huis, door onder andere:",
    "* bij elk nieuw plan te kijken of er ruimte is voor een woning met een mantelzorgunit;",
    "* samen met de zorgaanbieders een tweede woonzorgcomplex in het grootste dorp te bouwen.",
    "3\\. Een woningvoorraad die minder energie vraagt, door onder andere:",
    "* de corporaties te vragen hun oudste huurwoningen voor het jaar 2030 te isoleren;",
    "* alle nieuwe woningen zonder aansluiting op het gasnet te laten bouwen.",
]
#: the other plan changed the words of one item
OTHER = {4: "* bij elke nieuwe aanvraag na te gaan of een tijdelijke woonunit in de tuin mogelijk is;"}


def _list(items: list[str]) -> str:
    return "\n\n".join([LEAD, *items])


def _findings(tmp_path, holder: str, items: list[str]) -> tuple[str, list]:
    s = ud_sentences()[1000:]
    config = small_index(tmp_path, {holder: [_list(items)]})
    text = "\n\n".join([f"{s[160]} {s[161]}", _list(ITEMS), f"{s[162]} {s[163]}"]) + "\n"
    found = check_text(text, config=config, kind="markdown", path=DRAFT.replace(".txt", ".md"))
    found = [f for f in found if f.rule == "BT801"]
    return text, found


def test_a_list_held_item_for_item_by_an_own_plan_is_one_passage_with_its_lead_in(tmp_path):
    """The municipality's own earlier plan has the paragraph and the list, one item in other words. The list is
    reported from its lead-in to its last item, as the municipality's own text (info); the sentence before the
    lead-in is a passage of its own, as before."""
    items = [OTHER.get(k, item) for k, item in enumerate(ITEMS)]
    text, found = _findings(tmp_path, "NL.IMRO.0100.Centrum-VG01.txt", items)
    spans = [(text[f.offset : f.end_offset], f.data["kind"], f.severity) for f in found]
    first, lead_in = LEAD.split(" Deze visie")[0], "Deze visie" + LEAD.split(" Deze visie")[1]
    assert [s for s, _, _ in spans] == [first, _list(ITEMS)[len(first) + 1 :]], spans
    assert spans[1][0].startswith(lead_in)
    assert {(kind, severity) for _, kind, severity in spans} == {("eigen", "info")}


def test_a_list_of_which_another_plan_holds_one_item_is_no_copy(tmp_path):
    """Another plan holds the lead-in and one item only (guard): the pieces hold less than half the list, which
    stays out, as a sentence of which only a small part is equal. The sentence before the lead-in, which that plan
    holds whole, is still reported."""
    text, found = _findings(tmp_path, "NL.IMRO.0100.Centrum-VG01.txt", [ITEMS[1]])
    spans = [text[f.offset : f.end_offset] for f in found]
    assert spans == [LEAD.split(" Deze visie")[0]]
