"""``python -m beleidstaal``: the same as the ``beleidstaal`` command."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    main()
