"""The replacement of *dient ... te* keeps the main clause's word order after a subject with a relative clause
(issue #16, twenty-eighth round: new30 judged *'begrijpelijk moet'* bad, which gives *De vorm ... begrijpelijk
moet zijn*). The parse hangs the main verb below the subject's noun as a relative clause, and may read the
relative clause's *zijn* as the possessive; a clause has one finite verb, so the relative clause ends at its own
*zijn* and *dient* stands second in the main clause. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

STIFF = Config(select=("BT101",), min_severity="info")


def offer(sentence: str) -> list[str]:
    [finding] = [f for f in check_text(sentence, config=STIFF) if f.text.startswith("dient")]
    return finding.suggestions


@pytest.mark.parametrize(
    ("sentence", "replacement"),
    [
        (
            "Het formulier waarin ze zijn opgenomen dient leesbaar te zijn voor alle inwoners.",
            "moet leesbaar",
        ),
        ("De map waarin ze zijn bewaard dient afgesloten te zijn na werktijd.", "moet afgesloten"),
        ("De kast waarin de stukken zijn opgeborgen dient droog te zijn.", "moet droog"),
        # a subordinate clause keeps its verb last
        ("Wij vinden dat de brief die wij hebben gestuurd begrijpelijk dient te zijn.", "moet"),
        ("De brief dient begrijpelijk te zijn voor iedereen.", "moet begrijpelijk"),
    ],
)
def test_dient_te_after_a_subject_with_a_relative_clause(sentence, replacement):
    assert offer(sentence) == [replacement]
