"""``beleidstaal lsp``: a language server (LSP) for editors such as VS Code, Neovim, Helix and Emacs."""

from __future__ import annotations

from .settings import ServerOptions


def serve(tcp: tuple[str, int] | None = None, options: ServerOptions | None = None) -> None:
    """Start the language server on standard input/output, or on ``(host, port)``."""
    from .server import serve as _serve

    _serve(tcp, options)


__all__ = ["ServerOptions", "serve"]
