"""*mede* is the particle of a separable verb (*mededelen*: *wij delen u het volgende mede*), as *mee* is; the parse
may read *het volgende mede* as a noun phrase, and the loose particle at the clause's end still finds the verb.
*mede* as 'also' (*mede het gevolg van*, *mede mogelijk gemaakt*) is not that verb."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config

STIFF = Config(select=("BT101",), min_severity="info")


def stiff(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=STIFF)]


def test_mededelen_split_around_its_object_is_found():
    assert stiff("Hierbij delen wij u het volgende mede.") == ["delen wij u het volgende mede"]
    assert stiff("Wij deelden de bewoners de uitslag mede.") == ["deelden de bewoners de uitslag mede"]


def test_mede_as_also_is_not_the_particle():
    """Not the verb *mededelen*: only the adverb itself, which has its own entry since study words29 (*ook*)."""
    assert stiff("De vertraging is mede het gevolg van de natte zomer.") == ["mede"]
    assert stiff("De subsidie delen wij mede uit aan verenigingen.") == ["mede"]
