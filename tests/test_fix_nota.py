"""``check --fix`` on the example nota (issue #17): only replacements that fit their sentence are applied, each
changed sentence is the Dutch below (checked by hand when this test was written), and a new check finds nothing
that the fix itself brought in at the changed places."""

from __future__ import annotations

import shutil
from pathlib import Path

from beleidstaal.config import Config
from beleidstaal.core import check_path
from beleidstaal.fix import fix_file

NOTA = Path(__file__).resolve().parents[1] / "voorbeelden" / "beleidsnota.md"

#: (old, new) of every replacement --fix may make in the nota
EXPECTED = {
    ("Teneinde", "Om"),
    ("Middels", "Met"),
    ("middels", "met"),
    ("Tevens", "Ook"),
    ("Derhalve", "Daarom"),
    ("Ten behoeve van", "Voor"),
    ("ten behoeve van", "voor"),
    ("in de nabije toekomst", "binnenkort"),
    ("alsmede", "en"),
    ("budgetten, alsmede", "budgetten en"),  # the comma that only served 'alsmede' goes with it
    ("indien", "als"),
    ("Indien", "Als"),
}


def test_fix_on_the_example_nota(tmp_path):
    path = tmp_path / "nota.md"
    shutil.copy(NOTA, path)
    config = Config()
    before = check_path(path, config=config).findings
    outcome = fix_file(path, before, config, write=True)
    assert outcome.written and len(outcome.edits) >= 8
    made = {(e.old, e.new) for e in outcome.edits}
    assert made <= EXPECTED, made - EXPECTED
    # 'met betrekking tot' after 'de zorg' and 'Indien noodzakelijk' are not replaced: they do not fit
    text = path.read_text(encoding="utf-8")
    assert "zorg met betrekking tot" in text and "zorg over" not in text
    assert "Als noodzakelijk" not in text
    # a new check: no finding of a rule at a changed place that the old text did not have there
    after = check_path(path, config=config).findings
    shift = 0
    for e in outcome.edits:
        start, end = e.offset + shift, e.offset + shift + len(e.new)
        shift += len(e.new) - len(e.old)
        old_rules = {f.rule for f in before if f.offset < e.end_offset and e.offset < f.end_offset}
        new_rules = {f.rule for f in after if f.offset < end and start < f.end_offset}
        assert new_rules <= old_rules, (e, new_rules - old_rules)
    # running --fix again changes nothing
    assert not fix_file(path, after, config, write=True).edits
