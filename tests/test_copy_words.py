"""The copy rules' index work in a thread of its own while the text is parsed (``rules.copy_words``).

A small reference collection of three notes written for this test; the draft takes over one passage of the second.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from typer.testing import CliRunner

from beleidstaal import check_document
from beleidstaal.cli import app
from beleidstaal.config import Config
from beleidstaal.core import run_rules
from beleidstaal.nlp import get_analyser
from beleidstaal.readers import document_from_text
from beleidstaal.rules import copy_words

runner = CliRunner()

SPEELTUINEN = [
    "De gemeente onderhoudt elf speeltuinen in de wijken. Elk jaar kijkt een inspecteur of de toestellen veilig "
    "zijn. Kapotte toestellen halen wij binnen een week weg.",
    "Ouders in de Vogelbuurt vroegen om een speelplek met schaduw. Wij planten daarom in het voorjaar zes lindes "
    "langs het grasveld achter de school aan de Merelstraat.",
    "Kinderen uit groep zeven en acht hebben het nieuwe ontwerp getekend. Zij kozen voor een klimrek, een "
    "zandbak met water en een bankje voor de grootouders die komen kijken.",
    "Het plan kost veertigduizend euro. De helft betaalt de provincie uit het fonds voor gezonde wijken; de rest "
    "komt uit de begroting voor openbaar groen van dit jaar.",
]
FIETSEN = [
    "Bij het station staan elke ochtend honderden fietsen buiten de stalling. Voetgangers kunnen er dan slecht "
    "langs, en mensen met een rolstoel of een kinderwagen moeten over de rijbaan.",
    "Daarom bouwen wij onder het plein een stalling voor tweeduizend fietsen, met een eigen ingang aan de "
    "westkant en een loopband voor wie zijn fiets niet de trap af wil dragen.",
    "De eerste vierentwintig uur staat uw fiets er gratis. Wie hem langer laat staan, betaalt vijftig cent per "
    "dag, en na vier weken haalt de gemeente hem weg.",
    "De bouw begint na de zomervakantie en duurt ongeveer een jaar. In die tijd zetten wij tijdelijke rekken "
    "neer op het parkeerterrein naast het busstation.",
]
AFVAL = [
    "Vanaf januari halen wij het restafval nog maar eens in de vier weken op. Groente- en fruitafval gaat elke "
    "week mee, in de zomer zelfs twee keer.",
    "Papier brengt u naar de blauwe containers bij de supermarkten. Grof afval halen wij op afspraak bij u thuis "
    "op, twee keer per jaar zonder kosten.",
    "Wie goed scheidt, betaalt minder. De afvalstoffenheffing daalt voor een gezin met ongeveer dertig euro per "
    "jaar als de hoeveelheid restafval halveert.",
]
OWN = [
    "Deze nota beschrijft hoe wij de komende jaren omgaan met de ruimte rond het centrum.",
    "Bewoners hebben in drie avonden meegedacht over de plannen.",
    "Wij willen dat het centrum goed bereikbaar blijft voor iedereen, ook voor wie slecht ter been is.",
    "In het najaar leggen wij de uitwerking voor aan de gemeenteraad.",
]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("kopiedraad")
    folder = base / "collectie"
    folder.mkdir()
    for name, paragraphs in (("speeltuinen", SPEELTUINEN), ("fietsen", FIETSEN), ("afval", AFVAL)):
        (folder / f"{name}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    index = base / "referentie.sqlite"
    result = runner.invoke(app, ["index", "build", str(folder), "--output", str(index)])
    assert result.exit_code == 0, result.output
    draft = f"{OWN[0]} {OWN[1]}\n\n{FIETSEN[1]}\n\n{OWN[2]} {OWN[3]}\n"
    return {"index": index, "draft": draft, "config": Config(reference=(str(index),))}


@pytest.fixture
def started(monkeypatch):
    """Every prefetch started, and the thread in which the copy rules' words were computed."""
    seen: dict[str, list] = {"prefetch": [], "threads": []}
    real_init, real_words = copy_words.Prefetch.__init__, copy_words.draft_words

    def init(self, document, config):
        seen["prefetch"].append(self)
        real_init(self, document, config)

    def words(document, refs):
        seen["threads"].append(threading.current_thread().name)
        return real_words(document, refs)

    monkeypatch.setattr(copy_words.Prefetch, "__init__", init)
    monkeypatch.setattr(copy_words, "draft_words", words)
    return seen


def test_findings_from_the_thread_equal_those_computed_on_the_spot(world, started):
    config = world["config"]
    threaded = check_document(document_from_text(world["draft"], path="concept.txt"), config).findings
    assert len(started["prefetch"]) == 1 and started["threads"] == ["beleidstaal-kopie"]
    copies = [f for f in threaded if f.rule == "BT801"]
    assert len(copies) == 1 and copies[0].data["source_relpath"] == "fietsen.txt"
    assert copies[0].text.startswith("Daarom bouwen wij onder het plein")
    # the same document read again, its rules run directly: no thread, the words computed in the check itself
    document = document_from_text(world["draft"], path="concept.txt")
    inline = run_rules(get_analyser(config.model).analyse(document), config)
    assert len(started["prefetch"]) == 1 and started["threads"] == ["beleidstaal-kopie", "MainThread"]
    assert inline == threaded


def test_no_thread_without_a_reference_or_with_the_copy_rules_off(world, started):
    document = document_from_text(world["draft"], path="concept.txt")
    check_document(document, Config())
    check_document(document, Config(select=("BT801",)))  # repeats within the document only
    check_document(document, Config(reference=(str(world["index"]),), ignore=("BT801", "BT802", "BT107")))
    assert started["prefetch"] == []
    assert "beleidstaal-kopie" not in started["threads"]


def test_a_check_leaves_no_thread_and_no_memo_behind(world):
    document = document_from_text(world["draft"], path="concept.txt")
    check_document(document, world["config"])
    assert copy_words.MEMO_KEY not in document.memo
    assert not [t for t in threading.enumerate() if t.name == "beleidstaal-kopie"]


def test_a_damaged_index_found_in_the_thread_is_the_dutch_error_with_exit_2(world, tmp_path, started):
    """The index opens (its tables are there), but the stored words of its documents are damaged: the lookup in
    the thread finds that, and the user gets the same error as from a check without the thread."""
    damaged = tmp_path / "kapot.sqlite"
    damaged.write_bytes(world["index"].read_bytes())
    conn = sqlite3.connect(damaged)
    conn.execute("UPDATE blocks SET text = x'00ff00ff'")
    conn.commit()
    conn.close()
    concept = tmp_path / "concept.txt"
    concept.write_text(world["draft"], encoding="utf-8")
    result = runner.invoke(app, ["check", str(concept), "--reference", str(damaged), "--no-cache"])
    out = " ".join(result.output.split())
    assert result.exit_code == 2, out
    assert "beschadigd" in out and "beleidstaal index build" in out and "Traceback" not in out
    assert started["threads"] == ["beleidstaal-kopie"]  # found in the thread, not on the spot
