"""Words of study words34 (issue 18, task words46b; bench/quality/real/RESULTS.md): *slechts*, *ten hoogste* and
*ten minste*/*tenminste* before a number, *limitatief*, *als doel hebben*, with the advice the editors' reasons
asked for: 'maar' not beside a *maar* in the sentence, no 'minstens' where *minimaal* says the minimum already,
'het zijn voorbeelden' for *niet limitatief*, 'schaars' for *limitatief beschikbaar*. The shapes the draw left out
stay silent: *de ten hoogste toelaatbare geluidsbelasting* (a term of the Wet geluidhinder), *tenminste* as 'in elk
geval', *hebben als doel:* before a list, *zich als doel stellen*. Sentences written for the test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_offer, one_term, study_words_found
from suggestion_checks import word_list_offers as found

NEW_TERMS = ("slechts", "ten hoogste", "ten minste", "tenminste", "limitatie", "doel")


@pytest.mark.parametrize(
    "text,rule,span,offer",
    [
        # slechts: advice 'alleen' or 'maar'; main and subordinate clause, first in the sentence
        ("In het plangebied is slechts één nieuwe woning toegestaan.", "BT101", "slechts", "'alleen' of 'maar'"),
        ("Wij weten dat het verkeer slechts een beetje toeneemt.", "BT101", "slechts", "'alleen' of 'maar'"),
        ("Slechts een deel van het terrein is onderzocht.", "BT101", "Slechts", "'alleen' of 'maar'"),
        # ten hoogste before a number: a replacement, 'maximaal' first; also before 'één' and first
        ("De goothoogte van de schuur is ten hoogste 3 meter.", "BT101", "ten hoogste", "maximaal"),
        ("Wij weten dat de geluidbelasting ten hoogste 48 dB is.", "BT101", "ten hoogste", "maximaal"),
        ("Per perceel is ten hoogste één bijgebouw toegestaan.", "BT101", "ten hoogste", "maximaal"),
        ("Ten hoogste 40 procent van het perceel mag worden bebouwd.", "BT101", "Ten hoogste", "Maximaal"),
        # ten minste, tenminste before a number: 'minstens', also where the parse hangs the word on the noun
        ("De afstand tot de perceelsgrens is ten minste 2,5 meter.", "BT101", "ten minste", "minstens"),
        ("Wij vragen dat ten minste 30 procent van de woningen sociale huur is.", "BT101", "ten minste",
         "minstens"),
        ("Buiten de kom is de afstand tot de stal tenminste 25 meter.", "BT101", "tenminste", "minstens"),
        ("Bij een toename van het verhard oppervlak van tenminste 2.000 m2 is compensatie nodig.", "BT101",
         "tenminste", "minstens"),
        # with minimaal in the sentence the minimum is said twice: the word goes
        ("De kelder moet tenminste een inhoud hebben van minimaal 190 m³.", "BT101", "tenminste",
         "Laat het weg: 'minimaal' zegt het al."),
        ("In dat geval is ten minste een minimale afstand tot de stal nodig.", "BT101", "ten minste",
         "Laat het weg: 'minimale' zegt het al."),
        # limitatief: advice, also inflected; 'het zijn voorbeelden' under a negation; 'schaars' for beschikbaar
        ("Deze beroepen staan in de bijlage op een limitatieve lijst.", "BT101", "limitatieve", "'volledig'"),
        ("De gevallen zijn in de wet limitatief opgesomd.", "BT101", "limitatief", "'volledig'"),
        ("Wij weten dat deze lijst niet limitatief is.", "BT101", "limitatief", "'het zijn voorbeelden'"),
        ("Geschikte nestplaatsen zijn vaak limitatief beschikbaar.", "BT101", "limitatief", "'schaars'"),
        # before its noun only its own niet counts: the clause's niet denies the verb
        ("Wij gebruiken een niet limitatieve lijst van voorbeelden.", "BT101", "limitatieve",
         "'het zijn voorbeelden'"),
        ("De limitatieve lijst is niet van toepassing op winkels.", "BT101", "limitatieve", "'volledig'"),
        # als doel hebben: advice; main and subordinate clause, words between, past tense, participle, plural
        ("Het bestemmingsplan heeft als doel om de bestaande rechten vast te leggen.", "BT104", "heeft als doel",
         "'is bedoeld om'"),
        ("Wij weten dat de visie als doel heeft de wijk te versterken.", "BT104", "als doel heeft",
         "'is bedoeld om'"),
        ("De provincie heeft vooral als doel de landbouw te versterken.", "BT104", "heeft vooral als doel",
         "'wil'"),
        ("Het onderzoek had als doel de waarden in de bodem vast te leggen.", "BT104", "had als doel",
         "'is bedoeld om'"),
        ("De maatregelen hebben als doel het verkeer in de wijk te remmen.", "BT104", "hebben als doel",
         "'moet'"),
    ],
)  # fmt: skip
def test_the_word_is_found_with_plain_offer(text, rule, span, offer):
    text_found, offered = one_offer(text, rule)
    assert text_found == span
    assert offer in offered


@pytest.mark.parametrize(
    "text,replacement",
    [
        ("De goothoogte van de schuur is ten hoogste 3 meter.", ["maximaal", "hoogstens"]),
        ("Buiten de kom is de afstand tot de stal tenminste 25 meter.", ["minstens"]),
    ],
)
def test_a_limit_before_its_number_is_a_replacement(text, replacement):
    """'maximaal', 'hoogstens' and 'minstens' stand in the sentence as written: suggestions, not advice."""
    from beleidstaal import check_text
    from beleidstaal.config import Config

    hits = [f for f in check_text(text, config=Config(min_severity="info")) if f.rule == "BT101"]
    assert [f.suggestions for f in hits] == [replacement]
    assert hits[0].severity == "info"


def test_slechts_beside_maar_offers_alleen_only():
    """*maar weinig verkeer ... slechts*: a second *maar* reads as the conjunction; the advice names 'alleen'."""
    text = "Het is een smalle straat met maar weinig verkeer, waar slechts eenrichtingsverkeer geldt."
    finding = one_term(text, "slechts")
    assert "'alleen'" in finding.message
    assert "'maar'" not in finding.message + " ".join(finding.advice)


def test_two_minimums_each_before_its_number_keep_minstens():
    """*ten minste 50 m ... en ten minste 25 m*: two minimums, each with its number; neither says the other."""
    hits = [f for f in found("De afstand is ten minste 50 m in de kom en ten minste 25 m daarbuiten.")]
    assert [(t, a) for _, t, a in hits if t == "ten minste"] == [("ten minste", "minstens")] * 2


@pytest.mark.parametrize(
    "text",
    [
        # not before a number: the term of the Wet geluidhinder, another sense of tenminste, a degree
        "De ten hoogste toelaatbare geluidsbelasting is voor deze weg niet overschreden.",
        "Als u tenminste op tijd reageert, nemen wij uw zienswijze mee.",
        "Het plan draagt ten minste bij aan een betere leefomgeving in het dorp.",
        # hebben als doel before a list of nouns; zich als doel stellen; a plain doel
        "De nieuwe werkgroepen hebben als doel: meer groen, minder verkeer en betere fietspaden.",
        "De gemeente heeft zich als doel gesteld om meer woningen te bouwen.",
        "Het plan heeft een duidelijk doel.",
        # the plain words
        "Het plan maakt maar één extra woning mogelijk.",
        "Alleen bewoners mogen hier parkeren.",
        "De bouwhoogte is maximaal 7 meter.",
        "De afstand is minstens 25 meter.",
        "De bijlage geeft een volledige lijst.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not study_words_found(text, NEW_TERMS), found(text)
