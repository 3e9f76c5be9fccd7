"""Replacements and rewrites that broke the sentence or changed its meaning on the studied sheets (issue #17, the
sixth round): subject number, adjective -e, conjunction order, meaning that depends on the sentence, words said
twice. Each cause is fixed in Dutch terms; sentences written for this test."""

from __future__ import annotations

import pytest
from test_realise import _finding

from beleidstaal import check_text
from beleidstaal.nlp import load_model


def _only(text: str, rule: str):
    (finding,) = [f for f in check_text(text) if f.rule == rule]
    return finding


# --- subject number: the finite verb of an active rewrite agrees with its new subject --------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        # a plural name without a plural ending on its head (the tagger gives it no number)
        (
            "Op 3 mei 2021 is het nieuwe reglement vastgesteld door Provinciale Staten.",
            "Op 3 mei 2021 hebben Provinciale Staten het nieuwe reglement vastgesteld",
        ),
        (
            "Op 1 juni 2018 is door Provinciale Staten van Zeeland het reglement vastgesteld.",
            "Op 1 juni 2018 hebben Provinciale Staten van Zeeland het reglement vastgesteld",
        ),
        ("Het plan wordt door Gedeputeerde Staten vastgesteld.", "Gedeputeerde Staten stellen het plan vast"),
        # a name of a plan with a year after the actor: the parse hangs the year on the name of the actor
        (
            "In juni 2011 is door Provinciale Staten van Noord-Holland het Provinciaal Verkeersplan 2011-2015 "
            "vastgesteld.",
            "In juni 2011 hebben Provinciale Staten van Noord-Holland het Provinciaal Verkeersplan 2011-2015 "
            "vastgesteld",
        ),
        # de Staten-Generaal is one body: singular
        (
            "Het voorstel is door de Staten-Generaal aangenomen.",
            "De Staten-Generaal heeft het voorstel aangenomen",
        ),
        # two actors joined by 'en' take the plural, 'of' the number of the last one
        (
            "De regels worden door de gemeente en de provincie vastgesteld.",
            "De gemeente en de provincie stellen de regels vast",
        ),
    ],
)
def test_a_plural_actor_takes_a_plural_verb(text, expected):
    assert _only(text, "BT301").suggestions == [expected]


def test_a_name_ending_in_en_is_no_plural():
    # 'de gemeente Nijmegen heeft', in the relative clause of a tang as in an active rewrite
    finding = _only("De door de gemeente Nijmegen vastgestelde regels gelden vanaf mei.", "BT501")
    assert finding.suggestions == ["De regels die de gemeente Nijmegen heeft vastgesteld,"]


def test_two_noun_phrases_the_parse_joined_get_no_rewrite():
    # 'zijn door de aannemer kosten betaald': the parse takes 'de aannemer kosten' for one actor and the rewrite
    # would say 'hebben de aannemer kosten betaald'
    text = "Voor het werk aan de dijk zijn door de aannemer kosten betaald."
    for finding in check_text(text):
        assert not any("hebben de aannemer" in s for s in finding.suggestions)


def test_een_makes_a_noun_singular_whatever_the_tagger_says():
    from beleidstaal.language.number import noun_plural

    doc = load_model()("Dit is een vastgelegde procedure voor bezwaar.")
    assert not noun_plural(doc[4])  # the tagger calls 'procedure' plural here
    doc = load_model()("Wij volgen alle procedures en regels.")
    assert noun_plural(doc[3])


# --- adjective -e from the noun, where the old word shows none -------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Gezien de aard van voorgenomen ontwikkeling is dit uit te sluiten.", "geplande"),  # bare de-word
        ("Er is een voorgenomen besluit over de weg.", "gepland"),  # een + het-word
        ("Dit is voorgenomen beleid van de raad.", "gepland"),  # bare het-word
        ("Wij bespreken de voorgenomen maatregelen.", "geplande"),  # plural
        ("Het nieuwe bouwplan is voorgenomen.", "gepland"),  # predicate
        # a definite word or a possessive right before it, also where the parser hung it on the participle
        ("De grond is geen bezwaar voor het voorgenomen bouwproject.", "geplande"),
        ("Ons voorgenomen besluit staat op de website.", "geplande"),
    ],
)
def test_a_participle_in_en_gets_the_e_its_noun_asks_for(text, expected):
    assert _finding(text, "voorgenomen").suggestions == [expected]


def test_a_capitalised_adjective_shows_the_gender_of_its_noun():
    # 'Algemene doel van het beleid' is no Dutch ('Algemeen doel' or 'Het algemene doel'): the phrase is rewritten
    finding = _finding("Algemene doelstelling van het beleid is minder verkeer.", "Algemene doelstelling")
    assert finding.suggestions == ["Algemeen doel"]


# --- conjunctions: a coordinating one needs main-clause order ---------------------------------------------------


def test_met_dien_verstande_dat_keeps_its_clause_order():
    text = "Er mogen woningen worden gebouwd, met dien verstande dat er niet meer dan zes woningen zijn toegestaan."
    finding = _finding(text, "met dien verstande dat")
    # 'maar er niet meer dan zes woningen zijn toegestaan' needs 'maar er zijn ...': advice
    assert "maar" not in finding.suggestions
    assert finding.suggestions == ["op voorwaarde dat"]
    assert any("'maar'" in a for a in finding.advice)


# --- meaning that depends on the sentence: advice --------------------------------------------------------------


@pytest.mark.parametrize(
    "text,flagged",
    [
        # 'aan de hand van' as a cause ('door'), as criteria ('volgens') or as a tool ('met')
        ("Aan de hand van deze gesprekken is het plan nog gewijzigd.", "aan de hand van"),
        # 'daar' needs a place named before it
        ("Het regenwater wordt zoveel mogelijk ter plaatse vastgehouden.", "ter plaatse"),
        # 'ontstaan' says it came about by itself; a plan someone made does not
        ("Het plan is in overleg met de buurt tot stand gekomen.", "tot stand gekomen"),
        # 'in beschouwing nemen' is 'overwegen' or 'meetellen'
        ("De grond mag niet opnieuw in beschouwing worden genomen.", "in beschouwing worden genomen"),
    ],
)
def test_a_meaning_the_sentence_decides_gets_advice(text, flagged):
    finding = _finding(text, flagged)
    assert finding.suggestions == []
    assert finding.advice


def test_in_belangrijke_mate_is_a_degree():
    # 'dragen vooral bij' (mainly) is another meaning than 'dragen in belangrijke mate bij' (strongly)
    finding = _finding(
        "Deze woningen dragen in belangrijke mate bij aan een gemengde wijk.", "in belangrijke mate"
    )
    assert finding.suggestions[0] == "sterk"
    assert "vooral" not in finding.suggestions


# --- position -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,flagged,wrong",
    [
        # after its noun 'zodanig' means 'zo groot': 'in een omvang zo dat' is no Dutch
        ("Er is geen opslag in een omvang zodanig dat er gevaar ontstaat.", "zodanig", "zo"),
    ],
)
def test_a_word_that_cannot_stand_in_the_place_is_advice(text, flagged, wrong):
    assert wrong not in _finding(text, flagged).suggestions


def test_zodanig_before_its_verb_still_drops_in():
    text = "De uitdaging is om de straat zodanig in te richten dat auto's langzaam rijden."
    assert _finding(text, "zodanig").suggestions == ["zo"]


# --- a word the sentence already says --------------------------------------------------------------------------


def test_a_replacement_the_sentence_already_says_is_advice():
    # 'De invloed van de verbouwing heeft grote invloed' says it twice
    finding = _finding("De impact van de verbouwing heeft grote invloed op de straat.", "De impact")
    assert finding.suggestions == ["Het effect"]  # the other alternative, its article fitted


def test_a_participle_beside_the_noun_of_its_verb_is_advice():
    # 'de geplande plannen' says it twice
    assert _finding("Er zijn geen bezwaren tegen de voorgenomen plannen.", "voorgenomen").suggestions == []


def test_a_replacement_not_said_elsewhere_still_drops_in():
    assert "invloed" in _finding("De nieuwe schuur heeft een grote impact op de tuin.", "impact").suggestions


# --- support verbs and reflexives ------------------------------------------------------------------------------


def test_an_adjective_the_parse_lost_keeps_the_noun():
    # 'een separaat besluit genomen': the parse hangs 'besluit' on the verb and loses 'separaat'; the rewrite
    # 'een separaat besloten' would leave the adjective and the article behind
    from beleidstaal.language.realise_verbs import rewrite_verb_phrase

    doc = load_model()("Het college heeft hiertoe een separaat besluit genomen.")
    assert rewrite_verb_phrase([doc[6], doc[7]], ["besluiten"]) is None


def test_zich_before_an_indefinite_subject_stands_for_er():
    # 'dat geen water in de kelder is' needs 'er': 'zich' held its place
    finding = _finding(
        "Het moet zo zijn dat zich geen water in de kelder bevindt.", "zich geen water in de kelder bevindt"
    )
    assert finding.suggestions == []


def test_zich_before_a_definite_subject_is_rewritten():
    finding = _finding(
        "Wij weten dat zich het plangebied aan de rand bevindt.", "zich het plangebied aan de rand bevindt"
    )
    assert "het plangebied aan de rand ligt" in finding.suggestions


# --- pairs and relative pronouns (the fix sheets) ---------------------------------------------------------------


def test_zowel_needs_als_not_en():
    finding = _finding("De regel geldt zowel voor de woningen alsmede voor de tuinen.", "alsmede")
    assert "en" not in finding.suggestions
    assert "en" in _finding("De regel geldt voor de woningen alsmede voor de tuinen.", "alsmede").suggestions


@pytest.mark.parametrize(
    "text",
    [
        "Bomen alsmede voet- en fietspaden, vijvers en speeltuinen hebben deze bestemming.",
        "Wonen en werken zijn mogelijk alsmede tuinen, erven en paden.",
        "Hier is bebouwing voor voorzieningen, wegen alsmede water en groen van een dorp.",
    ],
)
def test_alsmede_before_a_list_with_en_gets_advice(text):
    # 'en' in place of 'alsmede' would stack 'en ... en' in one list and lose the grouping: advice, nothing for --fix
    finding = _finding(text, "alsmede")
    assert finding.suggestions == [] and finding.advice and not finding.replaceable


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente betaalt de huur alsmede de kosten voor energie.",
        # an 'en' inside a part of what 'alsmede' joins: the grouping stays clear
        "De gemeente betaalt de huur alsmede de kosten voor gas, water en licht.",
        "De gronden zijn bestemd voor het bedrijf alsmede voor doeleinden zoals wegen en water.",
    ],
)
def test_alsmede_becomes_en_where_the_grouping_stays(text):
    assert _finding(text, "alsmede").suggestions[0] == "en"


def test_maar_dan_wel_is_no_conjunction():
    finding = _finding("Het huis mag worden verbouwd, maar dan wel met behoud van de gevel.", "dan wel")
    assert finding.suggestions == []
    assert _finding("U kunt het formulier per post dan wel digitaal insturen.", "dan wel").suggestions == [
        "of"
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("De weg wordt opgebroken, hetgeen veel overlast geeft.", ["wat"]),  # a clause before: 'wat'
        ("Hetgeen u vraagt is niet mogelijk.", ["Wat"]),  # nothing before: 'wat', never 'dat'
        ("Er komt een nieuw programma, hetgeen de raad nog moet vaststellen.", ["dat"]),  # a het-word: 'dat'
    ],
)
def test_a_relative_pronoun_agrees_with_what_it_refers_to(text, expected):
    assert _finding(text, "hetgeen").suggestions == expected


def test_over_first_in_the_sentence_is_advice():
    finding = _finding("Met betrekking tot het plan is de wet van toepassing.", "met betrekking tot")
    assert finding.suggestions == []
    assert _finding(
        "Wij hebben vragen met betrekking tot uw aanvraag.", "met betrekking tot"
    ).suggestions == ["over"]


def test_the_adjective_nearest_the_noun_shows_its_gender():
    # the parse of a real sentence hung 'een' and a noun taken for an adjective (woonwijk) on 'impact' besides
    # 'ruimtelijke': the adjective right before the noun decides (de), not the first one found (het)
    from spacy.tokens import Doc

    from beleidstaal.language.realise_nouns import _determiner_gender

    words = ["in", "een", "woonwijk", "nauwelijks", "ruimtelijke", "impact", "hebben"]
    doc = Doc(
        load_model().vocab,
        words=words,
        pos=["ADP", "DET", "ADJ", "ADV", "ADJ", "NOUN", "AUX"],
        deps=["case", "det", "amod", "advmod", "amod", "nmod", "ROOT"],
        heads=[5, 5, 5, 4, 5, 6, 6],
        lemmas=["in", "een", "woonwijk", "nauwelijks", "ruimtelijk", "impact", "hebben"],
    )
    assert _determiner_gender(doc[5]) == "de"


def test_a_tang_before_a_title_is_advice():
    # 'de handreiking die de vereniging heeft opgesteld 'Wonen en werken'' cuts the title off its noun
    text = "Wij gebruiken de door de vereniging van gemeenten opgestelde handreiking 'Wonen en werken'."
    finding = _only(text, "BT501")
    assert finding.suggestions == []
    assert any("'de handreiking'" in a for a in finding.advice)


def test_inzake_is_advice_the_noun_before_it_decides():
    # 'bevoegd gezag inzake de wet' → 'voor', not 'gezag over de wet'; 'een brief inzake' → 'over'
    finding = _finding("Het college is bevoegd gezag inzake de milieuwet.", "inzake")
    assert finding.suggestions == []
    assert any("'over'" in a and "'voor'" in a for a in finding.advice)


def test_an_adverb_the_sentence_has_already_is_advice():
    # 'wordt ook afgerond, ook een mooie plek' says 'ook' twice
    text = "De straat wordt tevens afgerond met een plein, ook een mooie plek om te zitten."
    assert "ook" not in _finding(text, "tevens").suggestions
    assert _finding("De straat wordt tevens afgerond met een plein.", "tevens").suggestions == ["ook"]


def test_an_adverb_in_another_clause_is_no_repetition():
    text = "Dit heeft tevens als voordeel dat de gebouwen ook weer kantoor kunnen worden."
    assert _finding(text, "tevens").suggestions == ["ook"]
