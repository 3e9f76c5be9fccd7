"""Two words that say the same (thirtieth round, the lead): *zoals onder andere* (one of the two is enough; *zoals*
drops in) and *meest optimaal* (*optimaal* is already the best there is). *meest optimale* gets advice, no drop-in:
the bare 'optimaal' does not fit before a noun (*de optimaal route*)."""

from beleidstaal import check_text
from beleidstaal.config import Config


def bt104(text: str) -> list:
    return [f for f in check_text(text, config=Config(min_severity="info")) if f.rule == "BT104"]


def test_zoals_onder_andere_drops_to_zoals():
    (f,) = bt104("Het dorp heeft voorzieningen zoals onder andere een school en een huisarts.")
    assert f.text == "zoals onder andere"
    assert f.suggestions[0] == "zoals"


def test_meest_optimaal_before_a_noun_is_advice_not_a_drop_in():
    (f,) = bt104("De provincie kiest de meest optimale plek voor de nieuwe haven.")
    assert f.text == "meest optimale"
    assert "Schrap 'meest'" in f.message
    assert "de optimaal plek" not in (f.suggestions or [""])[0]


def test_meest_optimaal_after_the_verb():
    assert [f.text for f in bt104("Voor de bewoners is deze variant het meest optimaal.")] == [
        "meest optimaal"
    ]


def test_optimaal_without_meest_is_no_double():
    assert bt104("Deze variant is voor de meeste bewoners optimaal.") == []
