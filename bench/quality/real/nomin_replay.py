"""Replay the judged rows of nominalisations, support verbs and long sentences (BT201, BT202, BT401, BT402) of
every scored sheet against today's code, each in its own paragraph: which true positives still fire (recall loss)
and which wrong findings are gone. It is ``passive_replay.py`` with other rules (same paragraph, same table).

Run from the repository root:

    python bench/quality/real/nomin_replay.py               # the table per rule
    python bench/quality/real/nomin_replay.py --list        # and every row with what fires today
    python bench/quality/real/nomin_replay.py --by-sheet    # and a table per sheet
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import passive_replay  # noqa: E402

passive_replay.RULES = ("BT201", "BT202", "BT401", "BT402")

if __name__ == "__main__":
    sys.exit(passive_replay.main())
