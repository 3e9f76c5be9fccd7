"""A word-list replacement is offered only when it fits its sentence (beleidstaal.language.realise).

Sentences written for this test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

WORD_LISTS = Config(select=("BT1", "BT2"))


def _finding(text: str, flagged: str):
    found = [f for f in check_text(text, config=WORD_LISTS) if f.text.lower() == flagged.lower()]
    assert found, f"no finding on {flagged!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "text,flagged,expected",
    [
        # number: a plural noun gets a plural replacement
        ("Wij spreken met alle stakeholders in de wijk.", "stakeholders", "belanghebbenden"),
        ("Elke stakeholder krijgt een brief.", "stakeholder", "belanghebbende"),
        # attributive -e follows the original
        ("Wij zien een aanzienlijke stijging van de kosten.", "aanzienlijke", "flinke"),
        ("U kunt bouwen dan wel verbouwen.", "dan wel", "of"),
        ("De gemeente bewerkstelligt een oplossing.", "bewerkstelligt", "zorgt voor"),
        ("Dat is een aanzienlijk bedrag.", "aanzienlijk", "flink"),
        ("Wij hebben de navolgende vragen aan u.", "navolgende", "volgende"),
        # a finite verb keeps person, number and tense
        ("De gemeente hanteert een strenge norm.", "hanteert", "gebruikt"),
        ("De gemeente hanteerde een strenge norm.", "hanteerde", "gebruikte"),
        ("Wij hanteren een strenge norm.", "hanteren", "gebruiken"),
        # participle and infinitive
        ("Wij hebben deze norm gehanteerd.", "gehanteerd", "gebruikt"),
        # 'dan' after a condition opens a main clause: the finite verb stays second
        (
            "Als er vondsten worden gedaan dan dient het werk direct te worden stilgelegd.",
            "dient het werk direct te",
            "moet het werk direct",
        ),
        # a participle before a noun takes the participle of the replacement, with its -e
        ("Wij sturen u in maart de gewijzigde regels.", "gewijzigde", "veranderde"),
        # the place asks the -e, also where the text left it out (as 'het vigerend plan' → 'het geldende'; mend21)
        ("Wij sturen u het gewijzigd formulier.", "gewijzigd", "veranderde"),
        ("De gemeente wil het initiatief faciliteren.", "faciliteren", "mogelijk maken"),
        # a verb with its own complement fits at the end of a subordinate clause
        ("Omdat wij dit initiatief faciliteren, is er geld.", "faciliteren", "mogelijk maken"),
        # a support-verb phrase: the new verb takes the old one's form
        ("Wij dragen zorg voor een goede uitvoering.", "dragen zorg voor", "zorgen voor"),
        # a conjunction that opens a whole clause
        ("Indien u bezwaar wilt maken, kunt u ons een brief sturen.", "indien", "Als"),
        ("Wij bellen u indien dat nodig is.", "indien", "als"),
        # fixed phrases and words without inflection, also when the tagger takes them for something else
        ("Wij hebben vragen met betrekking tot uw aanvraag.", "met betrekking tot", "over"),
        ("De gemeente heeft plichten jegens haar inwoners.", "jegens", "tegenover"),
        ("U kunt te allen tijde bellen.", "te allen tijde", "altijd"),
        # the whole phrase with its 'van' has an entry of its own
        (
            "Er is een parkeerplaats in de directe omgeving van het station.",
            "in de directe omgeving van",
            "vlak bij",
        ),
        ("De planning is ietwat uitgelopen.", "ietwat", "een beetje"),
        # a reflexive verb: its pronoun goes with it, also when other words stand between them
        ("De school bevindt zich in het centrum.", "bevindt zich", "ligt"),  # a building: liggen
        ("Sinds 2010 bevindt de school zich in het centrum.", "bevindt de school zich", "ligt de school"),
        (
            "Wij weten dat de school zich in het centrum bevindt.",
            "zich in het centrum bevindt",
            "in het centrum ligt",
        ),
        ("Deze woningen mogen worden gebouwd krachtens een vergunning.", "krachtens", "op grond van"),
        # a plural noun the tagger took for a name
        ("Stakeholders als in hoofdstuk 3 met hun belangen.", "Stakeholders", "Belanghebbenden"),
        # a plural the dictionary does not know: the plural of the entry's own noun
        ("Wij zetten de doelstellingen voor 2030 op een rij.", "doelstellingen", "doelen"),
        # gedurende before a definite time: tijdens
        ("Gedurende de bouw is de weg dicht.", "gedurende", "Tijdens"),
        # te weten after a comma: namely
        ("Er zijn twee zones, te weten de kern en het buitengebied.", "te weten", "namelijk"),
        # a phrase with a verb: the verb gives the replacement its form
        ("Het plan is gelegen ten noorden van het dorp.", "is gelegen", "ligt"),
        ("Wij weten dat het plan ten noorden van het dorp is gelegen.", "is gelegen", "ligt"),
        ("Het plan was gelegen aan de rand van het dorp.", "was gelegen", "lag"),
        # the tagger's tense or verb form corrected by the form itself
        ("Wij verzoeken u het formulier te sturen.", "verzoeken", "vragen"),
        ("Deze brief is toegezonden aan alle bewoners.", "toegezonden", "gestuurd"),
        # a separable replacement after 'te' takes 'te' inside
        ("Wij proberen aansluiting te vinden bij de regio.", "aansluiting te vinden", "aan te sluiten"),
        ("Zij proberen medewerking te verlenen.", "medewerking te verlenen", "mee te werken"),
        # a participle before a noun, with its spelling (gedaan → gedane)
        ("De verrichte metingen zijn klaar.", "verrichte", "gedane"),
        # 'een tweetal' as a whole: 'twee'
        ("Er zijn een tweetal bezwaren ingediend.", "een tweetal", "twee"),
        ("Dit doen wij op deze wijze.", "wijze", "manier"),
        # a phrase ending in a preposition: only as the finite verb of a main clause does its object follow
        ("De school maakt gebruik van de sporthal.", "maakt gebruik van", "gebruikt"),
        ("Als gevolg van de storm vielen veel bomen om.", "als gevolg van", "Door"),
        # 'zijn' with a verb that takes 'zijn' is no passive: 'door' fits
        ("Als gevolg van de storm zijn er veel bomen omgewaaid.", "als gevolg van", "Door"),
    ],
)
def test_replacement_is_inflected_to_fit(text, flagged, expected):
    f = _finding(text, flagged)
    assert f.suggestions and f.suggestions[0] == expected
    assert f.replaceable


@pytest.mark.parametrize(
    "text,flagged,not_offered",
    [
        # 'indien' before an adjective: 'Als noodzakelijk' is not Dutch
        ("Indien noodzakelijk nemen wij contact op.", "indien", "Als"),
        ("Indien van toepassing, sturen wij een brief.", "indien", "Als"),
        # a verb with its own complement as the finite verb of a main clause needs two places
        ("Wij faciliteren dit initiatief.", "faciliteren", "mogelijk maken"),
        # a word that cannot stand before a noun does not take an adjective's place
        ("Dat is een zodanige verandering dat wij opnieuw kijken.", "zodanige", "zo"),
        # a phrase that goes on with 'van' needs more words changed
        ("Ter plaatse van de woningen is het stil.", "ter plaatse van", "Daar"),
        # a replacement would repeat the next word: 'gezien als als'
        ("Dit gebied wordt aangemerkt als natuur.", "aangemerkt", "gezien als"),
        # a replacement with two verbs cannot take a finite verb's place: not 'laten weet'
        (
            "De gemeente stelt de bewoners op de hoogte.",
            "stelt de bewoners op de hoogte",
            "laten weet de bewoners",
        ),
        # a present participle is no past participle: not 'gebruikt' (benutten → gebruiken); (*verstrekkende* is an
        # adjective of its own since forms45, 'far-reaching': the dictionary lists it)
        ("De benuttende partij krijgt de aanvraag terug.", "benuttende", "gebruikt"),
        # ('ouderen in het bijzonder' at a clause end has no finding any more: tests/rules/test_words18.py)
        ("Er worden dan wel voorwaarden aan gekoppeld.", "dan wel", "of"),
        # a replacement with a preposition after the verb: the object stands before it at the end of a clause
        ("Wij werken hard om deze doelen te bewerkstelligen.", "bewerkstelligen", "zorgen voor"),
        # the 'te' of an inner om-clause is not the 'te' of 'dienen'
        (
            "Bij de bouw dient de aannemer om de buren te beschermen een scherm te plaatsen.",
            "dient de aannemer om de buren te",
            "moet de aannemer om de buren",
        ),
        # a verb that needs an object, where nothing can be its object: 'Deze paragraaf beschrijft.' says not what
        # (after blind13)
        ("Deze paragraaf geeft een beschrijving.", "geeft een beschrijving", "beschrijft"),
        # the noun that goes away has a van-phrase: 'beschrijft van het plan' is no Dutch
        ("Deze paragraaf geeft een beschrijving van het plan.", "geeft een beschrijving", "beschrijft"),
        # a verb form the dictionary does not know gets no uninflected verb
        ("Leeftijden worden medegedeeld in de Staatscourant.", "medegedeeld", "laten weten"),
        # 'manier' needs an article where 'wijze' does without
        ("Dit doen wij op eenvoudige wijze.", "wijze", "manier"),
        # 'laten zien' as the finite verb of a main clause: 'laat ... zien', not 'ziet laten'
        ("De kaart geeft inzicht in de risico's.", "geeft inzicht in", "ziet laten"),
        # gedurende with a length of time: not 'tijdens zes weken'
        ("Het plan ligt gedurende zes weken ter inzage.", "gedurende", "tijdens"),
        # te weten as the verb
        ("U hoeft dat niet zelf te weten.", "te weten", "namelijk"),
        # the object must move before the verb at the end of the clause
        ("Wij willen dat de school gebruik maakt van de sporthal.", "gebruik maakt van", "gebruikt"),
        # an article cannot take the place of an adjective
        ("Stuur het bovenvermelde formulier terug.", "bovenvermelde", "dit"),
        # the meaning of the replacement depends on the sentence
        ("In het kader van de veiligheid sluiten wij de weg af.", "in het kader van", "Bij"),
        ("Wij verbeteren de zorg met betrekking tot ouderen.", "met betrekking tot", "over"),
    ],
)
def test_replacement_that_does_not_fit_becomes_advice(text, flagged, not_offered):
    f = _finding(text, flagged)
    assert not_offered not in f.suggestions
    assert f.advice
    assert not f.suggestions or f.replaceable


@pytest.mark.parametrize(
    "text",
    [
        # in a passive clause 'door' would read as who does it
        "De waarde wordt overschreden als gevolg van het verkeer.",
        # also in a passive with 'zijn': 'door de nieuwe weg' would read as who set the values
        "Daarnaast zijn hogere grenswaarden vastgesteld voor twee woningen als gevolg van de nieuwe weg.",
    ],
)
def test_a_cause_in_a_passive_clause_is_vanwege_not_door(text):
    f = _finding(text, "als gevolg van")
    assert "door" not in f.suggestions
    assert f.suggestions[0] == "vanwege" and f.replaceable


def test_advice_is_never_in_suggestions():
    text = (
        "Wij zetten in op een betere samenwerking met alle stakeholders. Indien noodzakelijk faciliteren wij dit. "
        "De door de raad in 2024 vastgestelde nota geldt tot 2028."
    )
    for f in check_text(text):
        for s in f.suggestions:
            assert "..." not in s and not s.lower().startswith(
                ("zeg ", "schrijf ", "herschrijf ", "zet ", "verdeel ")
            )


def test_a_phrase_is_never_inflected_word_by_word():
    f = _finding("Deze woningen mogen worden gebouwd krachtens een vergunning.", "krachtens")
    assert "op grond van" in f.suggestions


def test_only_safe_entries_that_fit_are_marked_for_fix():
    fits = _finding("Wij informeren u middels deze brief.", "middels")
    assert fits.data == {"fix": "safe"}
    unfit = _finding("Indien noodzakelijk nemen wij contact op.", "indien")
    assert not unfit.data


@pytest.mark.parametrize(
    "text,flagged",
    [
        # entries with replace = false: which word fits depends on the meaning in the sentence
        ("Er is veel afstemming tussen de afdelingen.", "afstemming"),
        ("Wij zoeken samen met de provincie naar een integrale aanpak.", "integrale"),
        ("Dit plan voorziet in een behoefte aan woningen.", "voorziet in"),
        ("Deze regel is van toepassing op alle huurders.", "van toepassing"),
        ("Gelet op de kosten kiezen wij voor de goedkoopste oplossing.", "gelet op"),
        ("De bouw vindt plaats in het voorjaar.", "vindt plaats"),
        ("Deze gronden zijn in aanmerking genomen bij het besluit.", "in aanmerking genomen"),
        # echter: 'maar' drops in nowhere (mid-sentence it reads as 'just', first it needs another word order)
        ("De aanvraag is echter niet volledig.", "echter"),
    ],
)
def test_meaning_dependent_entries_give_advice_only(text, flagged):
    f = _finding(text, flagged)
    assert f.suggestions == [] and not f.replaceable
    assert f.advice
    assert "Schrijf liever" not in f.message


def test_advice_only_entry_names_its_alternatives_as_a_choice():
    f = _finding("Er is veel afstemming tussen de afdelingen.", "afstemming")
    assert f.advice[0].startswith("Kies wat hier past, bijvoorbeeld 'overleg'")


def test_echter_advises_maar_at_the_start():
    f = _finding("De aanvraag is echter niet volledig.", "echter")
    assert f.advice == ["Begin de zin met 'maar'."]


def test_a_verb_the_matcher_took_for_a_conjunction_gets_no_conjunction():
    found = [f for f in check_text("U kunt een aanvraag indienen bij de gemeente.", config=WORD_LISTS)]
    assert all("als" not in f.suggestions for f in found)


def test_a_reflexive_replacement_is_advice():
    # (inspannen is a promise of the writer only: wij/we/ik)
    f = _finding("Wij spannen ons in voor de wijk.", "spannen ons in")
    assert not any("zich" in s or "ons" in s for s in f.suggestions)
    assert f.advice


def test_exact_phrase_does_not_match_another_form():
    found = check_text("Dit vraagt een afweging van belangen.", config=WORD_LISTS)
    assert not [f for f in found if f.suggestions == ["belangrijk"]]
