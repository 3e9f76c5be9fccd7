"""``python -m beleidstaal.lsp``: the language server on standard input/output (same as ``beleidstaal lsp``)."""

from __future__ import annotations

import sys

from ..cli import main

if __name__ == "__main__":
    sys.argv = [sys.argv[0], "lsp", *sys.argv[1:]]
    main()
