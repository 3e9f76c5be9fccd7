"""Density-aware rules: a single passive or long sentence is a tip (info); one document-level finding (BT303,
BT404) when their share of the sentences crosses the threshold."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.rules.passive import PASSIVE_SHARE
from beleidstaal.rules.registry import get_rule
from beleidstaal.rules.sentence_length import LONG_SHARE

ACTIVE = [
    "Wij lezen uw brief.",
    "U krijgt snel antwoord.",
    "De buurman helpt mee.",
    "Wij bellen u morgen.",
    "De school begint om negen uur.",
    "Het park ligt achter het station.",
    "Wij sturen u een kaart.",
    "De bus rijdt elk uur.",
    "U kunt ons altijd mailen.",
    "De bibliotheek opent een nieuwe zaal.",
]
PASSIVE = [
    "De aanvraag wordt door ons bekeken.",
    "Het besluit wordt volgende week genomen.",
    "De kosten worden door de gemeente betaald.",
    "Uw bezwaar wordt zorgvuldig behandeld.",
]
LONG = (
    "Wij hebben uw aanvraag voor een vergunning om een dakkapel te bouwen aan de achterkant van uw woning aan de "
    "Dorpsstraat in goede orde ontvangen en gaan er zo snel mogelijk mee aan de slag."
)


def _codes(text: str, kind: str = "text") -> list[str]:
    return [f.rule for f in check_text(text, kind=kind)]


def test_single_passives_and_long_sentences_are_tips():
    for code in ("BT301", "BT302", "BT401", "BT402"):
        assert get_rule(code).severity == "info"
    assert get_rule("BT303").severity == "warning" and get_rule("BT404").severity == "warning"


def test_many_passives_give_one_document_finding():
    text = " ".join(ACTIVE + PASSIVE)  # 4 of 14 sentences: 29%
    findings = [f for f in check_text(text) if f.rule == "BT303"]
    assert len(findings) == 1
    [f] = findings
    assert f.severity == "warning" and f.data["flagged"] == 4 and f.data["sentences"] == 14
    assert f.message.startswith(
        "29% van uw zinnen staat in de lijdende vorm (4 van 14); streef naar minder dan 20%"
    )
    assert f.text == PASSIVE[0] and f.advice and not f.suggestions


def test_few_passives_give_no_document_finding():
    text = " ".join(ACTIVE + ACTIVE[:5] + PASSIVE[:2])  # 2 of 17: 12%
    assert PASSIVE_SHARE >= 2 / 17
    assert "BT303" not in _codes(text)


def test_a_short_text_gets_no_share():
    assert "BT303" not in _codes(" ".join(PASSIVE))  # 100%, but only 4 sentences


def test_headings_do_not_count_as_sentences():
    # ten active headings would push the share below the threshold if they counted
    headings = "\n\n".join(f"## {s[:-1]}" for s in ACTIVE)
    body = " ".join(ACTIVE[:8] + PASSIVE)  # 4 of 12 in the body
    findings = [f for f in check_text(headings + "\n\n" + body + "\n", kind="markdown") if f.rule == "BT303"]
    assert [f.data["sentences"] for f in findings] == [12]


def test_many_long_sentences_give_one_document_finding():
    text = " ".join([LONG] * 4 + ACTIVE)  # 4 of 14 over 20 words: 29%
    [f] = [f for f in check_text(text) if f.rule == "BT404"]
    assert f.data["flagged"] == 4 and f.data["sentences"] == 14
    assert "29% van uw zinnen heeft meer dan 20 woorden" in f.message
    text = " ".join([LONG] * 2 + ACTIVE)  # 2 of 12: 17%
    assert LONG_SHARE >= 2 / 12 and "BT404" not in _codes(text)


def test_explain_documents_the_thresholds():
    assert "20%" in get_rule("BT303").what and "Yoast" in get_rule("BT303").why
    assert "25%" in get_rule("BT404").what and "20 woorden" in get_rule("BT404").what


def test_the_example_sentence_is_a_whole_sentence_not_a_piece_the_parser_cut_off():
    # a company form (B.V.) no longer ends a sentence (issue 17): the example is the whole sentence, never the
    # piece 'B.V. wordt verwezen naar bijlage 1.'
    cut = "Voor de tekening van Jansen Bouwkundigen B.V. wordt verwezen naar bijlage 1."
    text = " ".join([cut, *PASSIVE, *ACTIVE])
    (finding,) = [f for f in check_text(text) if f.rule == "BT303"]
    assert finding.text in (cut, PASSIVE[0])
    only_cut = " ".join([*ACTIVE, *(cut.replace("bijlage 1", f"bijlage {n}") for n in (1, 2, 3))])
    (finding,) = [f for f in check_text(only_cut) if f.rule == "BT303"]
    assert finding.text == cut


def test_a_share_is_over_its_limit_only_in_whole_percents_as_the_writer_reads_it():
    from beleidstaal.rules.common import over_limit

    assert not over_limit(244, 971, 0.25)  # 25.1% is shown as 25%: not more than 'hooguit 25%'
    assert not over_limit(1, 4, 0.25)
    assert over_limit(257, 1000, 0.25)  # 25.7% is shown as 26%
    assert over_limit(2, 5, 0.25)
    assert not over_limit(0, 0, 0.25)
