"""The language data in lexicons/data/: every file fits the schema, and a broken file is a Dutch error."""

from __future__ import annotations

import pytest

from beleidstaal.errors import ConfigError
from beleidstaal.fileio import cache_dir
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


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """The data module with an empty cache folder (its caches cleared before and after)."""
    monkeypatch.setenv("BELEIDSTAAL_CACHE_DIR", str(tmp_path / "cache"))
    data.load_data.cache_clear()
    data._kept.cache_clear()
    yield data
    data.load_data.cache_clear()
    data._kept.cache_clear()


def test_the_kept_data_are_the_files(kept, monkeypatch):
    """The first process reads the TOML files and keeps them; the next one gets the same data from the copy."""
    read = {name: kept._read(name) for name in kept.SCHEMA}
    assert {name: kept.load_data(name) for name in kept.SCHEMA} == read
    path = cache_dir() / kept.FOLDER / f"{kept.store_key()}.marshal"
    assert path.exists()
    kept.load_data.cache_clear()
    kept._kept.cache_clear()
    monkeypatch.setattr(kept, "_read", None)  # the copy alone must answer now
    assert {name: kept.load_data(name) for name in kept.SCHEMA} == read


def test_a_damaged_copy_is_built_again(kept):
    path = cache_dir() / kept.FOLDER / f"{kept.store_key()}.marshal"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00 geen taaldata")
    assert "lopen" in kept.load_data("werkwoorden")["verbs"]
    assert path.read_bytes() != b"\x00 geen taaldata"


def test_a_copy_of_other_code_is_built_again(kept):
    import marshal

    path = cache_dir() / kept.FOLDER / f"{kept.store_key()}.marshal"
    path.parent.mkdir(parents=True)
    path.write_bytes(marshal.dumps({"werkwoorden": {"verbs": ["lopen"]}, "onbekend": {}}))
    assert len(kept.load_data("werkwoorden")["verbs"]) > 1000
    assert set(marshal.loads(path.read_bytes())) == set(kept.SCHEMA)


def test_a_changed_file_is_read_again_and_a_broken_one_is_a_dutch_error(kept, tmp_path, monkeypatch):
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(kept.data_dir(), folder)
    monkeypatch.setattr(kept, "data_dir", lambda: folder)
    assert "lopen" in kept.load_data("werkwoorden")["verbs"]
    key = kept.store_key()
    (folder / "talen.toml").write_text('english = ["meeting"]\ndutch = ["vergadering"]\n', encoding="utf-8")
    assert kept.store_key() != key
    kept.load_data.cache_clear()
    kept._kept.cache_clear()
    assert kept.load_data("talen") == {"english": ["meeting"], "dutch": ["vergadering"]}
    (folder / "talen.toml").write_text('english = ["meeting"]\n', encoding="utf-8")
    kept.load_data.cache_clear()
    kept._kept.cache_clear()
    assert "lopen" in kept.load_data("werkwoorden")["verbs"]  # the good files are still kept
    with pytest.raises(ConfigError, match="de sleutel 'dutch' ontbreekt"):
        kept.load_data("talen")
    import marshal

    copy = marshal.loads((cache_dir() / kept.FOLDER / f"{kept.store_key()}.marshal").read_bytes())
    assert set(copy) == set(kept.SCHEMA) - {"talen"}


def test_the_verbs_of_the_nominalisation_table_are_spelled_as_dutch_spells_them():
    """A BT201 message names the verb behind the noun (*de creatie van* → 'creëren'). Two vowels that would run
    together take a diaeresis (*creëren*, *kopiëren*): 'creeren' was in both tables and reached the message. Every
    verb the table names is a listed verb, and no listed verb has the *ee* + *ren* that Dutch writes *eë*."""
    from beleidstaal.language.grammar import derive_verb, known_verbs, nominalisation_map

    verbs = known_verbs()
    assert not sorted(v for v in verbs if v.endswith("eeren"))
    assert not sorted(v for v in nominalisation_map().values() if v not in verbs)
    assert derive_verb("creatie") == "creëren"
