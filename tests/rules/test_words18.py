"""After blind12 (issue #16, task words18): word-list findings over all judged sheets. Every sentence here is
written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def findings(text: str, *rules: str):
    config = Config(select=rules or ("BT101", "BT102", "BT103", "BT104"), min_severity="info")
    return list(check_text(text, config=config))


def flagged(text: str, *rules: str) -> list[str]:
    return [text[f.offset : f.end_offset].lower() for f in findings(text, *rules)]


def test_the_standard_article_wijze_van_meten_is_a_name():
    # the name of the standard article and chapter of a zoning plan's rules: the reader looks them up by it
    assert "wijze" not in flagged("De regels over de wijze van meten staan in hoofdstuk 1.", "BT104")
    assert "wijze" not in flagged("In hoofdstuk 3 staat de wijze van bestemmen van het plan.", "BT104")


def test_wijze_with_a_clause_or_another_phrase_is_the_writers_word():
    # guards: a relative clause with *meten*, and *wijze van* with another noun, keep their finding
    assert "wijze" in flagged("De wijze waarop wij meten, staat in de bijlage.", "BT104")
    assert "wijze" in flagged("Op deze wijze willen wij de overlast beperken.", "BT104")


def test_van_kracht_gets_gelden_as_advice_not_geldig_as_text():
    # *de wet wordt in 2030 geldig*, *zijn er regels geldig*: a rule that is in force *geldt*
    (hit,) = [
        f for f in findings("De nieuwe wet wordt in 2030 van kracht.", "BT101") if f.term == "van kracht"
    ]
    assert hit.suggestions == []
    assert any("gelden" in a for a in hit.advice)


def test_benodigd_only_where_it_is_the_predicate():
    # *is benodigd* → *is nodig* drops in; *de benodigde gegevens* is a set phrase (*de nodige* = quite a few)
    assert "benodigd" in flagged("Voor de bouw is een omgevingsvergunning benodigd.", "BT101")
    assert flagged("Wij vragen de benodigde gegevens op bij de provincie.", "BT101") == []


def test_beleidskader_is_the_name_of_a_plan_chapter():
    assert (
        flagged("In hoofdstuk 3 toetsen wij het plan aan het beleidskader van de provincie.", "BT102") == []
    )


def test_bij_of_krachtens_de_wet_is_a_legal_formula():
    assert "krachtens" not in flagged("Die regels kunnen bij of krachtens de wet worden gesteld.", "BT101")
    assert "krachtens" in flagged("Krachtens de wet moet u dit melden.", "BT101")  # guard


def test_te_weten_as_the_verb_weten_is_no_namely():
    for text in (
        "Een inwoner hoeft niet zelf te weten wat zijn rechten zijn.",
        "Het is belangrijk om te weten dat de termijn zes weken is.",
        "Wij willen graag te weten komen hoe u dit ervaart.",
    ):
        assert "te weten" not in flagged(text, "BT104"), text
    assert "te weten" in flagged("Er zijn drie locaties, te weten Noord, Zuid en West.", "BT104")  # guard


def test_in_het_bijzonder_after_what_it_singles_out_is_plain_dutch():
    text = "Dit geldt voor de hele stad en voor de oude wijken in het bijzonder."
    assert "in het bijzonder" not in flagged(text, "BT104")
    assert "in het bijzonder" in flagged("Dit geldt in het bijzonder voor ouderen.", "BT104")  # guard


def test_skills_in_a_text_about_a_plugin_are_its_parts():
    text = "# De plugin\n\nDe plugin voor de editor bevat skills voor het schrijven van code.\n"
    assert "skills" not in flagged(text, "BT103")
    assert "skills" in flagged("Jongeren leren op school digitale skills.", "BT103")  # guard
