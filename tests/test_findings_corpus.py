"""Speed work must not change what the linter finds on real text either: the findings over the text that
``bench/speed.py --skip 40`` and ``bench/profile_check.py`` measure (distinct paragraphs of zoning plans from
``../shared/corpus``, 20,000 words of four plans named in ``PLANS``) are compared with the findings recorded before: which rule fires
where (rule, start, end) and which replacements it offers. The corpus text itself is not stored here (its licence
allows testing, not copying): only rule codes, offsets and a digest of the replacements.

Without the shared corpus the test is skipped. A deliberate change to a rule or word list moves findings here too:
look at the difference, and if it is what you meant, record again: ``python tests/test_findings_corpus.py --write``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from profile_check import CORPUS, distinct_text  # noqa: E402

RECORDED = Path(__file__).parent / "data" / "korpus-plannen.findings.json"
WORDS, SKIP = 20_000, 40
#: the plans of the slice, by name: the slice that ``--skip 40`` gave when it was recorded, fixed so that a list of plans
#: reserved later for blind judging (which the bench leaves out) does not move it
PLANS = (
    "t_NL.IMRO.0342.BPSOE0048-0301.md",
    "t_NL.IMRO.0344.BPDONDERSSTRAAT-VA01.md",
    "t_NL.IMRO.0345.Industrielaan10-oh01.md",
    "t_NL.IMRO.0351.Laagerfseweg48en50-vg01.md",
)


def current() -> list[list]:
    from beleidstaal import check_text

    findings = check_text(distinct_text(WORDS, SKIP, PLANS), kind="markdown", path="plannen.md")
    return [
        [f.rule, f.offset, f.end_offset, hashlib.sha1("\n".join(f.suggestions).encode()).hexdigest()[:10]]
        for f in findings
    ]


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus (../shared/corpus) is not here")
def test_findings_on_a_fixed_corpus_slice_are_as_recorded():
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    now = current()
    assert len(now) > 1000  # 20,000 words of zoning plans give findings of every kind
    assert {f[0] for f in now} >= {"BT101", "BT104", "BT201", "BT301", "BT401", "BT501", "BT701"}
    assert now == recorded


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    RECORDED.write_text(json.dumps(current()) + "\n", encoding="utf-8")
