"""Words of study words33 (issue 18, task words45b; bench/quality/real/RESULTS.md): *anderzijds* (without
*enerzijds* in its sentence), *vermoedelijk(e)*, *voorgestane* and *voorgestaan*, *onderhevig*, *identificeren*,
the attributive *voorziene* ('gepland') and *zo ... als mogelijk*, with the advice the editors' reasons asked for.
The shapes the draw left out stay silent: the pair *enerzijds ... anderzijds* in one sentence (the listed
*enerzijds* has the finding), *zich identificeren*, *de te voorziene kosten*, *de van zonnepanelen voorziene
woningen* (provided with), the Bro's *toegelaten en voorziene bebouwing*. Sentences written for the test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_offer, one_term, study_words_found
from suggestion_checks import word_list_offers as found

NEW_TERMS = (
    "anderzijds",
    "vermoedelijk",
    "voorgesta",
    "onderhevig",
    "identific",
    "voorziene",
    "als mogelijk",
)


@pytest.mark.parametrize(
    "text,rule,span,offer",
    [
        # anderzijds: first in the sentence, inside it, in a subordinate clause; advice ('ook' first)
        ("Anderzijds wil de gemeente de oude panden opknappen.", "BT101", "Anderzijds", "'ook'"),
        ("De school is anderzijds ook een plek voor de buurt.", "BT101", "anderzijds", "'ook'"),
        ("Wij weten dat anderzijds de kosten stijgen.", "BT101", "anderzijds", "'ook'"),
        # vermoedelijk: a replacement, as an adverb in main and subordinate clause and first; as an adjective
        ("De sporen zijn vermoedelijk uit de IJzertijd.", "BT101", "vermoedelijk", "waarschijnlijk"),
        ("Wij denken dat de schade vermoedelijk groot is.", "BT101", "vermoedelijk", "waarschijnlijk"),
        ("Vermoedelijk gaat het om een oud riool.", "BT101", "Vermoedelijk", "Waarschijnlijk"),
        ("De vermoedelijke oorzaak is het oude riool.", "BT101", "vermoedelijke", "waarschijnlijke"),
        # before an inflected adjective: the adverb, without -e (advice)
        ("Het water stroomde met vermoedelijke lage snelheid naar de rivier.", "BT101", "vermoedelijke",
         "'waarschijnlijk' zonder -e"),
        # voorgestane: a replacement with the -e of its place; voorgestaan: advice
        ("Er zijn geen belemmeringen voor de voorgestane ontwikkeling.", "BT101", "voorgestane", "geplande"),
        ("De voorgestane woningen komen aan de rand van het dorp.", "BT101", "voorgestane", "geplande"),
        ("Voor de kleine kernen wordt een terughoudend beleid voorgestaan.", "BT101", "voorgestaan",
         "'kiezen voor'"),
        # onderhevig: predicative, before its noun (uninflected before a het-noun), in a relative clause
        ("Het beleid voor wonen is sterk aan veranderingen onderhevig.", "BT101", "onderhevig", "verandert vaak"),
        ("Het dorp ligt in een aan de welstandstoets onderhevig gebied.", "BT101", "onderhevig", "geldt"),
        ("Wij letten op gebieden die onderhevig zijn aan kwel.", "BT101", "onderhevig", "last hebben van"),
        # identificeren: main and subordinate clause, participle, the verb as a noun; 'herkennen' first
        ("De provincie identificeert de risico's in het gebied.", "BT101", "identificeert", "'herkennen'"),
        ("Wij weten dat het bureau de explosieven identificeert.", "BT101", "identificeert", "'herkennen'"),
        ("In dit profiel worden de waardevolle plekken geïdentificeerd.", "BT101", "geïdentificeerd",
         "'herkennen'"),
        ("Het identificeren van de plekken kost tijd.", "BT101", "identificeren", "'herkennen'"),
        # voorziene before its noun: advice 'geplande' or 'nieuwe'; also with a phrase of 'in' before it, where
        # 'voorzien in' ('zorgen voor') does not fit
        ("De afstand tot de dichtstbijzijnde voorziene woning is twintig meter.", "BT101", "voorziene",
         "'geplande'"),
        ("Wij graven de voorziene parkeerkelder in het voorjaar uit.", "BT101", "voorziene", "'geplande'"),
        ("De in het plan voorziene woningen staan aan de rand van het dorp.", "BT101", "voorziene", "'geplande'"),
        ("De bestaande en voorziene woningen liggen buiten de contour.", "BT101", "voorziene", "'geplande'"),
        # zo ... als mogelijk: a replacement without 'als', in the form of its place
        ("De bomen in het plangebied blijven zoveel als mogelijk staan.", "BT104", "zoveel als mogelijk",
         "zoveel mogelijk"),
        ("Het regenwater wordt zo veel als mogelijk vastgehouden.", "BT104", "zo veel als mogelijk",
         "zo veel mogelijk"),
        ("De ruimte in het dorp wordt zo goed als mogelijk benut.", "BT104", "zo goed als mogelijk",
         "zo goed mogelijk"),
        ("De visie bevat zo vaak als mogelijk doelen in plaats van regels.", "BT104", "zo vaak als mogelijk",
         "zo vaak mogelijk"),
        ("Het plan zorgt voor een zo goed als mogelijke inrichting.", "BT104", "zo goed als mogelijke",
         "zo goed mogelijke"),
        ("Wij houden zoveel als mogelijk rekening met uw wensen.", "BT104", "zoveel als mogelijk",
         "zoveel mogelijk"),
    ],
)  # fmt: skip
def test_the_word_is_found_with_plain_offer(text, rule, span, offer):
    text_found, offered = one_offer(text, rule)
    assert text_found == span
    assert offer in offered


@pytest.mark.parametrize(
    "text,replacement",
    [
        ("De sporen zijn vermoedelijk uit de IJzertijd.", "waarschijnlijk"),
        ("Er zijn geen belemmeringen voor de voorgestane ontwikkeling.", "geplande"),
        ("De bomen blijven zoveel als mogelijk staan.", "zoveel mogelijk"),
    ],
)
def test_a_drop_in_is_a_replacement(text, replacement):
    """'waarschijnlijk', 'geplande' and the phrase without 'als' stand in the sentence as written: a suggestion,
    not advice."""
    from beleidstaal import check_text
    from beleidstaal.config import Config

    hits = [f for f in check_text(text, config=Config(min_severity="info")) if f.rule in ("BT101", "BT104")]
    assert [f.suggestions[0] for f in hits] == [replacement]


def test_the_pair_in_one_sentence_is_one_finding():
    """*enerzijds ... anderzijds* in one sentence: the listed *enerzijds* reports the pair, *anderzijds* is silent."""
    hits = found("De gemeente let enerzijds op de kosten en anderzijds op de natuur.")
    assert [t for _, t, _ in hits] == ["enerzijds"]


def test_anderzijds_after_an_earlier_enerzijds_says_both_go():
    """*Enerzijds ... . Anderzijds ...*: the second sentence's finding names the first half of the pair."""
    finding = one_term("Enerzijds wil de gemeente bouwen. Anderzijds wil zij het groen sparen.", "anderzijds")
    assert "'enerzijds'" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # the pair in one sentence (the listed enerzijds has the finding)
        "De gemeente let enerzijds op de kosten en anderzijds op de natuur.",
        # the same where the parse cuts the written sentence before a capital (the writer's marks count)
        "De notitie neemt enerzijds de voorwaarden van artikel 2.10 Interim Omgevingsverordening Zeeland over en "
        "formuleert anderzijds enkele eigen eisen.",
        # zich identificeren: another verb
        "Bij de balie moet u zich identificeren met een paspoort.",
        "Veel bewoners identificeren zich met het dorp.",
        # voorziene in another sense: foreseeable, unforeseen, provided with; the Bro's definition
        "De te voorziene kosten staan in de begroting.",
        "De niet voorziene kosten betaalt de gemeente.",
        "De van zonnepanelen voorziene woningen staan aan de oostkant.",
        "Het gaat om een van een groen dak voorziene stalling.",
        "Het gaat om bij bestemmingsplan toegelaten en voorziene woonbebouwing.",
        # the verb, not the attributive form
        "Wij hadden dat niet voorzien.",
        # the plain phrases
        "Wij doen het zo goed mogelijk.",
        "De bomen blijven zoveel mogelijk staan.",
        "Het is zo goed als klaar.",
        "De gemeente kiest voor weinig nieuwe woningen.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not study_words_found(text, NEW_TERMS), found(text)
