"""Every rule's own examples (``Rule.bad`` and ``Rule.good``, shown by ``explain``, the web page and
docs/regels.md): each bad example gives a finding of that rule, each good example gives none."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.rules.registry import all_rules

#: rules whose examples describe a situation instead of being a text that shows it
NOT_RUNNABLE = {
    "BT107": "needs a reference collection (tests/test_copy_rule.py)",
    "BT801": "needs a reference collection (tests/test_copy_rule.py)",
    "BT802": "needs a reference collection (tests/test_copy_rule.py)",
    "BT403": "the example describes a paragraph of 100,000 characters (tests/test_hostile.py)",
    "BT901": "the example describes a text with an invisible NUL character",
    "BT702": "folds the findings of the other rules, so it finds nothing on its own (tests/rules/test_quotation.py)",
}

CASES = [
    pytest.param(rule.code, kind, text, id=f"{rule.code}-{kind}{i}")
    for rule in all_rules()
    for kind, texts in (("bad", rule.bad), ("good", rule.good))
    for i, text in enumerate(texts)
]


@pytest.mark.parametrize(("code", "kind", "text"), CASES)
def test_rule_example(code, kind, text):
    if code in NOT_RUNNABLE:
        pytest.skip(NOT_RUNNABLE[code])
    found = [f for f in check_text(text, config=Config(select=(code,))) if f.rule == code]
    if kind == "bad":
        assert found, f"{code} finds nothing in its own bad example: {text!r}"
    else:
        assert not found, f"{code} finds {[f.text for f in found]} in its own good example: {text!r}"


def test_every_rule_has_examples():
    for rule in all_rules():
        assert rule.bad and rule.good, rule.code
