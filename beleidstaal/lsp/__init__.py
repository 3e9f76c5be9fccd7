"""``beleidstaal lsp``: a language server (LSP) for editors such as VS Code, Neovim, Helix and Emacs."""

from __future__ import annotations

from .settings import ServerOptions


def serve(tcp: tuple[str, int] | None = None, options: ServerOptions | None = None) -> None:
    """Start the language server on standard input/output, or on ``(host, port)``."""
    try:
        from .server import serve as _serve
    except ImportError as exc:
        if exc.name not in ("pygls", "lsprotocol") and not str(exc.name or "").startswith(
            ("pygls.", "lsprotocol.")
        ):
            raise
        from ..errors import BeleidstaalError

        raise BeleidstaalError(
            "De taalserver heeft de pakketten pygls en lsprotocol nodig. "
            'Installeer ze met: pip install "beleidstaal[lsp]"'
        ) from None

    _serve(tcp, options)


__all__ = ["ServerOptions", "serve"]
