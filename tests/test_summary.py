"""The summary in the core result: taalniveau, counts, grouped repeats and *Eerst verbeteren*."""

from __future__ import annotations

import pytest

from beleidstaal import check_document
from beleidstaal.readers import document_from_text
from beleidstaal.summary import MAX_PRIORITIES, plainer

TEXT = (
    "Wij willen middels deze brief uitleggen hoe het zit. De gemeente gaat een nieuw park realiseren. "
    "Middels een subsidie helpen wij de buurt. Ook willen wij een speeltuin realiseren bij de school. "
    "Middels een bericht in de krant vertellen wij het aan iedereen. Teneinde de buurt te helpen, "
    "praten wij met bewoners."
)


@pytest.fixture(scope="module")
def result():
    return check_document(document_from_text(TEXT, path="brief.txt"))


def test_repeats_are_one_group_with_every_location(result):
    middels = [f for f in result.findings if f.term == "middels"]
    assert len(middels) == 3
    [group] = [g for g in result.summary.groups if g.key == "middels"]
    assert group.count == 3 and group.rule == middels[0].rule
    assert group.locations == [(f.line, f.column) for f in middels]
    # the first occurrence carries the explanation
    assert result.findings[group.first] is middels[0]
    assert group in result.summary.repeated()


def test_priorities_rank_frequency_and_give_example_and_rewrite(result):
    priorities = result.summary.priorities
    assert len(priorities) <= MAX_PRIORITIES
    # the three patterns of the text, each once, the most frequent officialese first
    assert [p.label for p in priorities] == [
        "Ambtelijke taal: 'middels'",
        "Ambtelijke taal: 'teneinde'",
        "Jargon: 'realiseren'",
    ]
    first = priorities[0]
    assert first.count == 3 and "middels" in first.label
    assert first.example.lower() == "middels" and first.rewrite.lower() == "met"
    assert [p.score for p in priorities] == sorted((p.score for p in priorities), reverse=True)
    # 'teneinde' occurs once: it ranks below the pattern that occurs three times
    teneinde = [p for p in priorities if "teneinde" in p.label]
    assert not teneinde or teneinde[0].score < first.score


def test_counts_and_level(result):
    summary = result.summary
    assert summary.taalniveau in ("A2", "B1", "B2", "C1")
    assert sum(summary.categories.values()) == len(result.findings)
    assert sum(summary.severities.values()) == len(result.findings)
    assert summary.words == result.words


def test_plainer_prefers_short_common_words():
    assert plainer("met betrekking tot", "over") > 1.5  # saves two of three words
    assert plainer("middels", "met") > 1.0  # a far more common word
    assert plainer("wijkteammodel", None) < 1.0  # no rewrite: advice only
    assert plainer("het huis", "het huis") == 1.0


def test_summary_survives_the_cache(tmp_path):
    from beleidstaal.cache import ResultCache
    from beleidstaal.core import check_path

    f = tmp_path / "brief.txt"
    f.write_text(TEXT, encoding="utf-8")
    cache = ResultCache(tmp_path / "cache")
    fresh = check_path(f, cache=cache)
    again = check_path(f, cache=cache)
    assert again.analysis is None  # it came from the cache
    assert again.summary == fresh.summary


def test_an_unreadable_file_has_no_summary(tmp_path):
    from beleidstaal.core import check_path

    assert check_path(tmp_path / "bestaat-niet.txt").summary is None


def test_empty_document_has_no_level():
    result = check_document(document_from_text("", path="leeg.txt"))
    assert result.summary.taalniveau is None and result.summary.priorities == []


HEADED = "# Middels de wijk\n\n## Teneinde samen te werken\n\nWij schrijven u middels deze brief.\n"


def test_no_finding_on_the_title_or_headings():
    from beleidstaal import check_text

    findings = check_text(HEADED, kind="markdown", path="nota.md")
    assert {f.line for f in findings if f.term in ("middels", "teneinde")} == {5}


def test_a_rule_about_headings_still_reports_there(monkeypatch):
    from beleidstaal import check_text
    from beleidstaal.rules.registry import get_rule

    rule = get_rule("BT101")
    monkeypatch.setattr(rule, "headings", True)
    findings = check_text(HEADED, kind="markdown", path="nota.md")
    assert {f.line for f in findings if f.rule == "BT101"} == {1, 3, 5}


def test_paragraph_heat_finds_the_hardest_paragraph():
    easy = "Wij bellen u morgen. U krijgt dan snel antwoord van ons. De buurman helpt ook mee met het werk."
    hard = (
        "Teneinde de verkeersveiligheid in de wijk op een structurele wijze te verbeteren, wordt door de gemeente in "
        "samenwerking met de betrokken ketenpartners een integraal uitvoeringsprogramma opgesteld, waarbij de "
        "implementatie van de maatregelen gefaseerd zal worden gerealiseerd."
    )
    result = check_document(document_from_text(f"# Kop\n\n{easy}\n\n{hard}\n\n{easy}\n", kind="markdown"))
    heat = result.summary.paragraphs
    assert [p.line for p in heat] == [3, 5, 7]  # not the heading
    assert heat[1].score > heat[0].score and heat[1].long_sentences == 1 and heat[0].long_sentences == 0
    assert heat[1].passives >= 1 and heat[1].rare_words >= 1
    assert result.summary.hardest(1) == [heat[1]]
    assert "paragraphs" in result.summary.to_dict()


def test_a_word_with_other_advice_in_another_sentence_is_its_own_group():
    # a need is met ('voldoen aan'), a road is provided ('zorgen voor'): a list that shows a repeat once, with its
    # first advice, must not give the road the advice of the need
    text = (
        "Het plan voorziet in de behoefte aan woningen. Het plan voorziet in een nieuwe weg langs het dorp."
    )
    result = check_document(document_from_text(text, path="plan.txt"))
    found = [f for f in result.findings if f.term == "voorzien in"]
    assert len(found) == 2 and found[0].advice != found[1].advice
    groups = [g for g in result.summary.groups if g.key == "voorzien in"]
    assert [g.count for g in groups] == [1, 1]
    assert {result.findings[g.first].advice[0] for g in groups} == {f.advice[0] for f in found}


def test_the_message_of_voorzien_in_fits_a_need_as_well_as_a_thing():
    # the text output shows the message, not the advice: it must not offer 'zorgt voor' alone for a need
    for text in ("Het plan voorziet in de behoefte aan woningen.", "Het plan voorziet in een nieuwe weg."):
        [f] = [
            f
            for f in check_document(document_from_text(text, path="p.txt")).findings
            if f.term == "voorzien in"
        ]
        assert "'voldoet aan'" in f.message and "'zorgt voor'" in f.message
