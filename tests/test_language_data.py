"""The language data in lexicons/data/: every file fits the schema, and a broken file is a Dutch error."""

from __future__ import annotations

import pytest

from beleidstaal.errors import ConfigError
from beleidstaal.language import data
from beleidstaal.language.keys import PARTICLES, split_separable


def test_every_data_file_fits_the_schema():
    on_disk = {p.stem for p in data.data_dir().glob("*.toml")}
    assert on_disk == set(data.SCHEMA)
    for name in data.SCHEMA:
        assert data.load_data(name)


def test_particles_longest_first():
    # a verb is split on the first particle that fits: 'achteruit' must come before 'achter'
    for i, short in enumerate(PARTICLES):
        assert not any(long.startswith(short) and long != short for long in PARTICLES[i + 1 :]), short
    assert split_separable("achteruitgaan") == ("achteruit", "gaan")


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ({"verbs": ["lopen"], "participles": {}, "extra": []}, "onbekende sleutel 'extra'"),
        ({"verbs": ["lopen"]}, "de sleutel 'participles' ontbreekt"),
        ({"verbs": "lopen", "participles": {}}, "'verbs' moet een lijst met woorden zijn"),
        ({"verbs": ["lopen", 3], "participles": {}}, "'verbs' moet een lijst met woorden zijn"),
        (
            {"verbs": [], "participles": {"gelopen": ["lopen"]}},
            "'participles' moet een tabel van woord naar woord",
        ),
    ],
)
def test_broken_data_is_a_dutch_error(bad, says):
    with pytest.raises(ConfigError, match=says):
        data.validate("werkwoorden", bad, "werkwoorden.toml")


def test_pairs_need_two_forms():
    good = data.load_data("grammatica")
    broken = {**good, "modals": {"moeten": ["moet"]}}
    with pytest.raises(ConfigError, match=r"'modals' moet een tabel van woord naar \[enkelvoud, meervoud\]"):
        data.validate("grammatica", broken, "grammatica.toml")


def test_unknown_data_file():
    with pytest.raises(ConfigError, match="onbekend taalbestand"):
        data.validate("bestaatniet", {}, "bestaatniet.toml")
