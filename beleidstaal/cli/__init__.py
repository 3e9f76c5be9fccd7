"""The command line: ``beleidstaal check``, ``rules``, ``explain``, ``info`` and the other front ends.

All help texts and messages are Dutch (B1). Every command calls the core; none analyses text itself.
Exit codes: 0 = geen meldingen op of boven het faalniveau, 1 = wel meldingen, 2 = fout in invoer of gebruik.
One module per command group; each registers its commands on the shared ``app`` when imported. Heavy libraries
(spaCy, the core) are imported inside the commands, so ``--help``, ``rules``, ``explain`` and ``info`` start fast.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import sys

from rich.markup import escape

from ..errors import BeleidstaalError
from . import common
from .common import app, err

# Importing a command module registers its commands; this order is the order of ``beleidstaal --help``.
for _module in ("check", "rules", "info", "stats", "annotate", "serve", "batch", "index"):
    importlib.import_module(f"{__name__}.{_module}")

__all__ = ["app", "main"]


def main() -> None:
    # When the command ends, Python's last collection would walk every object still alive (the loaded pipeline,
    # the word lists, a check's analyses: 0.2-0.3 s CPU after a check of 24,000 words) only to free them at exit;
    # frozen objects are skipped. Registered first, so it runs after every other exit handler.
    atexit.register(gc.freeze)
    common.command_line = True
    try:
        app()
    except BeleidstaalError as exc:  # last line of defence: never a traceback for bad input
        err.print(f"[red]Fout:[/red] {escape(str(exc))}")
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("Gestopt.")
        sys.exit(130)
