"""Twenty-seventh round, task nomin41 (BT201): the act that a verb of hindering stops or does not stop (*het aspect
water staat de uitvoering van het plan niet in de weg*, *kabels die de aanleg van de weg belemmeren*) is named with a
noun in clear, usual Dutch; a verb needs a clause of its own (*staat niet in de weg dat het plan wordt uitgevoerd*)
and shows the doer no better (``nominal_terms.hindered``). And *ontwikkeling* alone is a word of its own in spatial
plans: a project or a change that happens by itself (*de ontwikkeling van het dorp*), which *ontwikkelen* says no
plainer (``nominalisatie_uitzonderingen.lexicalised_alone``); *herontwikkeling* and *het ontwikkelen van* stay. Every sentence here is written for the test; each silent
one gave a finding before the change, each finding that stays holds before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def spans(text: str) -> list[str]:
    return [text[f.offset : f.end_offset] for f in check_text(text, config=NOMIN)]


@pytest.mark.parametrize(
    "text",
    [
        # *in de weg staan*: after the verb, in a subordinate clause, with a pronoun as the one who hinders
        "Het aspect bodem staat de uitvoering van het plan niet in de weg.",
        "Uit het onderzoek blijkt dat geluid de uitvoering van het plan niet in de weg staat.",
        "Niets staat de herinrichting van het plein in de weg.",
        # the object of a verb of hindering, with a modal verb too
        "Er liggen geen kabels in het gebied die de aanleg van de nieuwe weg kunnen belemmeren.",
        "De oude leidingen bemoeilijken de herinrichting van het plein.",
        # the subject of its passive
        "De uitvoering van het plan wordt niet belemmerd door de kabels.",
    ],
)
def test_what_a_verb_of_hindering_stops_is_not_reported(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the noun as the one who hinders: the act hides its doer, a verb tells it better
        ("De aanleg van de weg belemmert de doorstroming van het verkeer.", "De aanleg van de weg"),
        ("De herinrichting van het plein staat nu in de weg.", "De herinrichting van het plein"),
        ("Daarnaast belemmert de aanleg van de weg de bouw van de school.", "de aanleg van de weg"),
        # after any other verb the act stays reported
        ("De gemeente werkt aan de uitvoering van het plan.", "de uitvoering van het plan"),
        ("Het aspect water maakt de uitvoering van het plan duurder.", "de uitvoering van het plan"),
    ],
)
def test_other_acts_stay_reported(text, span):
    assert span in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tevens is de ontwikkeling van het dorp beschreven in de structuurvisie.",
        "Wij houden rekening met de ontwikkeling van nieuwe woonwijken in het oosten.",
        "De ontwikkeling van schonere motoren gaat snel.",
    ],
)
def test_ontwikkeling_alone_is_a_word_of_its_own(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a compound of it is jargon for an act (*opnieuw bebouwen*); the nominal infinitive names the act
        (
            "Met de herontwikkeling van het terrein komen er veertig woningen bij.",
            "de herontwikkeling van het terrein",
        ),
        ("De gemeente werkt aan het ontwikkelen van een nieuwe wijk.", "het ontwikkelen van een nieuwe wijk"),
    ],
)
def test_its_compound_and_its_infinitive_stay_reported(text, span):
    assert span in spans(text)


# review (nomin41): a *door*-phrase that names who develops makes *ontwikkeling* an act with a doer, not a project or
# a growth; the verb says it plainer (*de gemeente ontwikkelt het beleid*), so the finding stays
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "De ontwikkeling van het beleid door de gemeente duurt twee jaar.",
            "De ontwikkeling van het beleid",
        ),
        ("Na de ontwikkeling van het plan door ons volgt de inspraak.", "de ontwikkeling van het plan"),
        ("De ontwikkeling van de visie door de provincie begint in maart.", "De ontwikkeling van de visie"),
    ],
)
def test_ontwikkeling_with_its_doer_stays_reported(text, start):
    assert any(span.startswith(start) for span in spans(text))


@pytest.mark.parametrize(
    "text",
    [
        # a time, a cause that is an act itself, the doer of a passive verb after it: no doer of the developing
        "De ontwikkeling van de stad door de eeuwen heen is goed te zien.",
        "De ontwikkeling van het gebied door de aanleg van de snelweg ging snel.",
        "Wij weten dat de ontwikkeling van het gebied door de gemeente wordt begeleid.",
        "De ontwikkeling van de wijk door de jaren heen laat een sterke groei zien.",
        "Ons doel is een verdere ontwikkeling van de kwaliteit door middel van goed advies.",
    ],
)
def test_ontwikkeling_with_door_but_no_doer_is_not_reported(text):
    assert spans(text) == []
