"""Round thirty-five (issue 16, task sugg50): right findings whose replacement or advice was judged bad on the sheets
since round twenty-five. The finding stays; what it offers must be correct Dutch in the sentence and keep its
meaning. Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str, rule: str, word: str):
    config = Config(select=(rule,), min_severity="info")
    hits = [f for f in check_text(text, config=config, kind="markdown") if f.rule == rule]
    return next(f for f in hits if word.lower() in f.text.lower())


def offered(finding) -> str:
    return " ".join([*finding.suggestions, *finding.advice])


# --- a conditional conjunction before a predicate that is its whole clause -------------------------------------


def test_indien_nodig_is_zo_nodig():
    # 'indien nodig' has no verb of its own: 'als nodig' is no idiomatic Dutch, 'zo nodig' is; an adverb of the main
    # clause after 'nodig' ('snel') does not make it a clause
    f = found("Zo kunnen wij indien nodig snel een extra bus inzetten.\n", "BT101", "indien")
    assert f.suggestions == ["zo"]
    f = found("Indien nodig sluiten wij de weg een dag af.\n", "BT101", "indien")
    assert f.suggestions == ["Zo"]
    f = found(
        "Bezoekers moeten indien mogelijk met de fiets komen zodat de straat vrij blijft.\n",
        "BT101",
        "indien",
    )
    assert f.suggestions == ["zo"]


def test_indien_with_a_clause_keeps_als():
    # guard: a clause with a subject and a finite verb keeps 'als', also where the word after it looks like 'mogelijk'
    f = found("Indien u bezwaar wilt maken, kunt u ons een brief sturen.\n", "BT101", "indien")
    assert f.suggestions == ["Als"]
    f = found("Indien mogelijke knelpunten worden gevonden, passen wij het plan aan.\n", "BT101", "indien")
    assert f.suggestions == ["Als"]


def test_indien_gewenst_is_advice():
    # guard: no fixed word for the other ellipses ('als gewenst' is no Dutch either): advice
    f = found("Indien gewenst sturen wij u een kopie.\n", "BT101", "indien")
    assert not f.suggestions
    assert f.advice


# --- a replacement in the place of an adjective that is not before its noun ------------------------------------


def test_woonachtig_after_is_is_no_wonend():
    # after 'is' a present participle that is an adjective only before its noun, or a finite verb, is no Dutch:
    # 'is wonend', 'is woont'; the writer rewrites with 'woont'
    f = found("Mijn buurman is al twintig jaar woonachtig aan de Kerkstraat.\n", "BT104", "woonachtig")
    assert not f.suggestions
    assert "'woont'" in f.advice[0]


def test_woonachtig_beside_its_noun_is_no_finite_verb():
    # beside its noun between commas a finite verb would open a second clause: 'wonend' only
    f = found("De eigenaar, woonachtig in Zwolle, tekent het contract.\n", "BT104", "woonachtig")
    assert f.suggestions == ["wonend"]


def test_woonachtige_before_its_noun_keeps_wonende():
    # guard: before its noun the participle fits
    f = found("Alle in de wijk woonachtige gezinnen krijgen een brief.\n", "BT104", "woonachtige")
    assert f.suggestions == ["wonende"]


# --- before a noun, a word of an adjective's class ---------------------------------------------------------------


def test_inzichtelijke_before_a_noun_is_not_zichtbare():
    # before its noun 'inzichtelijk' says the thing is easy to understand: 'zichtbare formulieren' changes that
    f = found("Wij maken korte en inzichtelijke formulieren voor de aanvragers.\n", "BT102", "inzichtelijke")
    assert "zichtbare" not in offered(f)
    assert f.suggestions[0] == "duidelijke"


def test_inzichtelijk_maken_keeps_its_alternatives():
    # guard: 'inzichtelijk maken' is making something clear or visible
    f = found("De kaart maakt inzichtelijk waar de nieuwe huizen komen.\n", "BT102", "inzichtelijk")
    assert f.suggestions[:2] == ["duidelijk", "zichtbaar"]


def test_matchende_before_a_noun_is_no_verb():
    # 'de matchende adressen' are the ones that agree, not an act of linking: 'koppelen' changes the meaning
    f = found("Daarna toont het scherm de matchende adressen.\n", "BT103", "matchende")
    assert "koppelen" not in offered(f)
    assert "'overeenkomend'" in f.advice[0]


def test_in_aanmerking_komende_before_a_noun_is_no_verb_phrase():
    # before its noun without a voor-phrase it says which are possible: 'kunnen krijgen' cannot stand there
    f = found("Wij wegen alle in aanmerking komende oplossingen af.\n", "BT104", "in aanmerking komende")
    assert "kunnen krijgen" not in offered(f)
    assert "'mogelijk'" in f.advice[0]


# --- advice by the word the entry goes with ------------------------------------------------------------------


def test_algehele_conclusie_is_not_volledige_conclusie():
    # before a noun of judgement 'algeheel' means 'taken all together': 'volledige conclusie' is no Dutch for it
    f = found("Algehele conclusie is dat de weg veilig genoeg is.\n", "BT101", "Algehele")
    assert "volledig" not in offered(f)
    assert "alles bij elkaar" in f.advice[0]


def test_algehele_vrijstelling_keeps_volledig():
    # guard: before another noun it is 'complete'
    f = found("Voor de kleine bedrijven geldt een algehele vrijstelling.\n", "BT101", "algehele")
    assert "'volledig'" in f.advice[0]


def test_voordeel_ontlenen_is_voordeel_hebben_van():
    # 'voordeel ontlenen aan' is to benefit: 'komt uit' or 'genoemd naar' does not fit
    f = found("De bewoners ontlenen veel voordeel aan het nieuwe park.\n", "BT101", "ontlenen")
    assert "komt uit" not in offered(f)
    assert "'voordeel hebben van'" in f.advice[0]


def test_in_relatie_tot_names_voor_and_vergeleken_met():
    # three senses: what it is for, what it is about, a weighing; 'bij' fits none well
    f = found("Wij bekijken de kosten in relatie tot de opbrengst.\n", "BT104", "in relatie tot")
    assert "'vergeleken met'" in f.advice[0]
    assert "'bij'" not in f.advice[0]


def test_instandhouding_van_belangen_is_beschermen():
    # an interest is protected, not kept: BT201's example says 'beschermen'; of a thing it stays 'behouden'
    text = "De regels dienen de instandhouding van de belangen van de omwonenden en de instandhouding van de natuur.\n"
    f = found(text, "BT201", "belangen")
    assert "'de belangen van de omwonenden beschermen'" in f.advice[0]
    f = found(text, "BT201", "natuur")
    assert "'de natuur behouden'" in f.advice[0]


# --- the perfect of a verb that takes another auxiliary ------------------------------------------------------


def test_heeft_plaatsgevonden_names_is_gebeurd():
    # 'plaatsvinden' makes its perfect with 'hebben', 'gebeuren' and 'zijn' with 'zijn': 'heeft ... gebeurd' is no
    # Dutch, so the advice says 'is ... gebeurd'
    f = found("Er heeft gisteren geen vergadering plaatsgevonden.\n", "BT202", "plaatsgevonden")
    assert "'is ... gebeurd'" in f.advice[0]
    assert "'gebeuren'" not in f.advice[0]
    f = found("Op 1 mei hebben twee gesprekken plaatsgevonden met de buren.\n", "BT202", "plaatsgevonden")
    assert "'zijn ... geweest'" in f.advice[0]


def test_vindt_plaats_keeps_its_verbs():
    # guard: in the present the verbs are named as they are
    f = found("De vergadering vindt op dinsdag plaats.\n", "BT202", "plaats")
    assert "'gebeuren'" in f.advice[0]


def test_a_verb_with_an_object_keeps_hebben():
    # guard: 'veranderen' takes 'zijn' only without an object; for 'wijzigingen aanbrengen' it has one
    # ('heeft het plan veranderd'), so the advice keeps the verb as it is
    f = found("Deze herziening heeft enkele wijzigingen aangebracht in het plan.\n", "BT202", "aangebracht")
    assert "'veranderen'" in f.advice[0]
    assert "is ..." not in f.advice[0]
