"""Readability figures and the indicative taalniveau; the ``beleidstaal stats`` command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from beleidstaal.cli import app
from beleidstaal.stats import LEVELS, Figures, estimate_level, scale, stats_for_path, stats_for_text


@pytest.fixture(scope="module")
def nota(root):
    return stats_for_path(root / "voorbeelden" / "beleidsnota.md")


@pytest.fixture(scope="module")
def plain(root):
    return stats_for_path(root / "tests" / "data" / "b1_tekst.md")


def test_example_nota_is_b2_or_higher(nota):
    assert LEVELS.index(nota.document.level) >= LEVELS.index("B2")


def test_plain_text_is_b1_or_lower(plain):
    assert LEVELS.index(plain.document.level) <= LEVELS.index("B1")


def test_measures_differ_in_the_expected_direction(nota, plain):
    n, p = nota.document, plain.document
    assert n.mean_sentence_length > p.mean_sentence_length
    assert n.flesch_douma < p.flesch_douma
    assert n.rare_share > p.rare_share
    assert n.nominalisations_per_100 > p.nominalisations_per_100
    assert n.passives_per_100 > p.passives_per_100
    assert n.level_score > p.level_score


def test_paragraph_figures(plain):
    counted = [p for p in plain.paragraphs if p.kind != "heading"]
    assert counted and all(p.figures.words > 0 for p in counted)
    assert sum(p.figures.words for p in counted) == plain.document.words
    assert plain.paragraphs[0].line == 1


def test_counts_on_a_small_text():
    s = stats_for_text(
        "Het plan wordt door de raad vastgesteld. De verbetering van de dienstverlening is nodig."
    )
    d = s.document
    assert (d.sentences, d.passives, d.nominalisations) == (2, 1, 1)
    assert d.words == 14
    assert d.passives_per_100 == 50.0


def test_scales():
    assert scale("mean_sentence_length", 8) == 0
    assert scale("mean_sentence_length", 25) == 3
    assert scale("flesch_douma", 80) == 0
    assert scale("flesch_douma", 30) == 3
    easy = Figures(mean_sentence_length=8, flesch_douma=80, rare_share=0.01)
    assert estimate_level(easy)[0] == "A2"
    hard = Figures(mean_sentence_length=25, flesch_douma=30, rare_share=0.2, nominalisations_per_100=50,
                   passives_per_100=60)  # fmt: skip
    assert estimate_level(hard)[0] == "C1"


def test_cli_json(root):
    result = CliRunner().invoke(
        app, ["stats", "--format", "json", str(root / "tests" / "data" / "b1_tekst.md")]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    doc = data["files"][0]["document"]
    assert doc["level"] in ("A2", "B1")
    assert {"words", "sentences", "mean_sentence_length", "flesch_douma", "rare_share"} <= set(doc)
    assert data["files"][0]["paragraphs"]


def test_cli_table(root):
    result = CliRunner().invoke(app, ["stats", str(root / "voorbeelden" / "beleidsnota.md")])
    assert result.exit_code == 0, result.output
    assert "Taalniveau" in result.stdout and "Flesch-Douma" in result.stdout


def test_cli_missing_file_gives_dutch_error(tmp_path):
    result = CliRunner().invoke(app, ["stats", str(tmp_path / "weg.md")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


@pytest.mark.slow  # importing textstat takes seconds; CI runs it
def test_syllables_and_formula_agree_with_textstat():
    textstat = pytest.importorskip("textstat")
    from beleidstaal.stats import DOUMA_BASE, DOUMA_SENTENCE, DOUMA_SYLLABLE, syllables

    textstat.set_lang("nl")
    for word in ("gemeentehuis", "verbetering", "dienstverlening", "de", "afvalstoffenheffing", "Utrecht"):
        assert syllables(word) == textstat.syllable_count(word), word
    # one sentence, so both count the same words and sentences
    text = "De gemeente verbetert de dienstverlening aan alle inwoners"
    s = stats_for_text(text + ".").document
    words, sylls = s.words, s.syllables
    expected = DOUMA_BASE - DOUMA_SENTENCE * words - DOUMA_SYLLABLE * sylls / words
    assert abs(textstat.flesch_reading_ease(text) - expected) < 1.0
    assert abs(s.flesch_douma - expected) < 0.1


def test_cli_reads_standard_input():
    result = CliRunner().invoke(
        app,
        ["stats", "-", "--format", "json"],
        input="Het plan wordt door de raad vastgesteld. Wij bellen u.",
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)["files"][0]["document"]
    assert doc["sentences"] >= 2 and doc["passives"] == 1
