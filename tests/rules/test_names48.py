"""Issue 16, thirty-third round (names48): a listed noun right before the name of the thing it is the kind of is
part of that name, and the passive of a legal test that a support-verb entry marks is the law's wording. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

WORD_CODES = ("BT101", "BT102", "BT103", "BT104", "BT105", "BT106")


def flagged(text: str, codes: tuple[str, ...] = WORD_CODES) -> list[tuple[str, str]]:
    config = Config(select=codes, min_severity="info")
    return [(f.rule, f.text.lower()) for f in check_text(text, config=config) if f.rule in codes]


#: the same nouns where no name stands in close apposition after them: still reported
STILL_REPORTED = [
    # no name after the noun
    ("De gebiedsontwikkeling duurt vijftien jaar.", "gebiedsontwikkeling"),
    # a capitalised name after a preposition is no apposition
    ("Wij bespreken de gebiedsontwikkeling met Rijkswaterstaat.", "gebiedsontwikkeling"),
    # a capitalised article opens a sentence the splitter missed, not a name
    ("Wij bespreken de gebiedsontwikkeling Het college besluit daarna.", "gebiedsontwikkeling"),
    # a capitalised adjective opens the heading of a topic that the vague noun only announces
    ("In de toets weegt het aspect Veilig en gezond wonen zwaar.", "het aspect"),
    # an abbreviation in capitals on its own is a word, not a name
    ("Voor de afweging telt de complexiteit ICT mee.", "complexiteit"),
    # a noun of an act before a law's name is the writer's word, no kind the law is named by (the review)
    ("Wij starten in maart met de implementatie Omgevingswet.", "implementatie"),
]


# a listed noun in close apposition with a capitalised name: the name of a project, plan or vision
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De gebiedsontwikkeling Stadshart Oost duurt tien jaar.", "gebiedsontwikkeling"),
        ("Wij werken aan de gebiedsvisie Groen Hart.", "gebiedsvisie"),
        ("De kosten van de gebiedsontwikkeling Kanaalzone 2030 zijn hoog.", "gebiedsontwikkeling"),
    ],
)
def test_a_listed_noun_before_the_name_it_is_part_of_is_not_reported(text, word):
    assert word not in [w for _, w in flagged(text)]
    for other, listed in STILL_REPORTED:
        assert listed in [w for _, w in flagged(other)], other


# the passive of the exemption test of the nature law: its own words, nobody to name
PASSIVE = ("BT301", "BT302")
#: the passive of the same phrase without the test: still reported
PASSIVE_STILL = [
    "Wij letten erop dat er geen afbreuk wordt gedaan aan het dorpsgezicht.",
    # a door-phrase names who does it: no test (the review)
    "Door de verbouwing wordt afbreuk gedaan aan de staat van het monument.",
    "Er wordt afbreuk gedaan aan het landschap.",
]


@pytest.mark.parametrize(
    "text",
    [
        "Een ontheffing kan alleen als er geen afbreuk wordt gedaan aan de gunstige staat van instandhouding "
        "van de das.",
        "Een ontheffing kan alleen als er geen alternatief is en er geen afbreuk wordt gedaan aan de gunstige "
        "staat van instandhouding van de das.",
    ],
)
def test_the_passive_of_the_legal_test_is_not_reported(text):
    assert not [w for _, w in flagged(text, PASSIVE) if "gedaan" in w]
    for other in PASSIVE_STILL:
        assert [w for _, w in flagged(other, PASSIVE) if "gedaan" in w], other
