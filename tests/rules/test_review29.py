"""The twenty-ninth round's review: a typing error is not copied into a rewrite and names the right verb, one aim
that a list explains does not silence the list, and a finite plural *worden* keeps the *er* of another clause out
of the passive. Sentences written for the test."""

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.misspelling import misspelt_participle


def findings(text: str, rules: set[str], kind: str = "text"):
    return [f for f in check_text(text, config=Config(min_severity="info"), kind=kind) if f.rule in rules]


def test_the_rewrite_of_a_misspelt_participle_is_spelt_right():
    (passive,) = findings("Het rapport is gemaakd door het adviesbureau.", {"BT301"})
    assert passive.suggestions[0] == "Het adviesbureau heeft het rapport gemaakt"


def test_a_misspelt_participle_names_the_verb_without_ge():
    assert misspelt_participle("geleit") == "leiden"
    (passive,) = findings("Het overleg wordt geleit door de voorzitter.", {"BT301"})
    assert passive.suggestions[0] == "De voorzitter leidt het overleg"


def test_one_aim_that_a_list_explains_does_not_silence_its_items():
    text = (
        "Het doel van deze notitie is uitleggen wat wij gaan doen:\n\n- implementatie van de nieuwe regels\n"
    )
    assert [f.text for f in findings(text, {"BT102"}, kind="markdown")] == ["implementatie"]


def test_a_list_of_named_themes_stays_silent():
    text = "Deze visie kent de volgende drie speerpunten:\n\n- Beleefbaarheid van het landschap\n- Wonen en werken\n"
    assert [f.text for f in findings(text, {"BT102"}, kind="markdown")] == ["speerpunten"]


def test_a_plural_worden_keeps_the_er_of_another_clause_out():
    text = "En als er een besluit is van de raad worden de nieuwe regels ingevoerd."
    rules = {f.rule for f in findings(text, {"BT301", "BT302"})}
    assert rules == {"BT301"}


def test_the_message_of_a_widened_passive_quotes_every_participle():
    (passive,) = findings("De oude bomen langs de dijk worden behouden en versterkt.", {"BT301"})
    assert passive.text == "worden behouden en versterkt"
    assert passive.message.startswith("Lijdende vorm: 'worden behouden ... versterkt'.")
