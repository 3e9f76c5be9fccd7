"""The language server: diagnostics, quick fixes and explanations for the text in the editor.

The server never analyses text itself: every check goes through the core on the editor's text (not the file on
disk). ``scheduling`` decides when and how thoroughly a document is checked, ``handlers`` answers the LSP
messages, ``protocol`` holds the patches to pygls' protocol; this module holds the server's state: open
documents, settings and messages to the editor.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__
from ..config import Config, config_for
from ..errors import BeleidstaalError, ConfigError
from ..readers import kind_for
from .handlers import CONFIG_SECTION, Requests, register
from .positions import normalise_encoding
from .protocol import BeleidstaalProtocol
from .scheduling import DocState, Scheduling, _warm_up
from .settings import ServerOptions, merge_settings, server_options

logger = logging.getLogger(__name__)


class BeleidstaalServer(Scheduling, Requests, LanguageServer):
    def __init__(self, options: ServerOptions | None = None) -> None:
        super().__init__(
            "beleidstaal",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=BeleidstaalProtocol,
        )
        self.fixed_options = options  # from the command line: these win over the editor's
        self.options = server_options(base=options)
        self.init_options: Any = None
        self.docs: dict[str, DocState] = {}
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="beleidstaal-check")
        self._file_configs: dict[str, Config] = {}
        self._editor_settings: dict[str, Any] = {}
        self._reported: set[str] = set()

    # -- messages to the editor ---------------------------------------------------------------------------------

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        try:
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        except Exception:  # pragma: no cover
            logger.exception("could not send a log message")

    def warn_once(self, message: str) -> None:
        """Show a problem the user must fix (a bad settings file) once, and log it every time."""
        self.log(message, types.MessageType.Warning)
        if message not in self._reported:
            self._reported.add(message)
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=message))

    def report_server_error(self, error: Exception, source) -> None:
        self.log(f"Interne fout in beleidstaal: {error}", types.MessageType.Error)

    # -- documents ----------------------------------------------------------------------------------------------

    @property
    def encoding(self) -> str:
        try:
            return normalise_encoding(self.workspace.position_encoding)
        except Exception:
            return "utf-16"

    def text_document(self, uri: str):
        try:
            return self.workspace.text_documents.get(unquote(uri))
        except Exception:
            return None

    def state(self, uri: str) -> DocState:
        key = unquote(uri)
        st = self.docs.get(key)
        if st is None:
            st = self.docs[key] = DocState(uri=uri)
        return st

    def kind_of(self, doc) -> str:
        language = (doc.language_id or "").lower()
        if language == "markdown" or (doc.path and kind_for(doc.path) == "markdown"):
            return "markdown"
        return "text"

    def path_of(self, uri: str) -> str | None:
        try:
            path = to_fs_path(uri)
        except Exception:
            path = None
        if path and uri.startswith("file:"):
            return path
        return None

    def folder_of(self, uri: str) -> str | None:
        """The workspace folder that holds ``uri`` (the root when none does)."""
        try:
            folders = [f.uri for f in self.workspace.folders.values()]
        except Exception:
            folders = []
        best = None
        for f in folders:
            if uri.startswith(f.rstrip("/") + "/") and (best is None or len(f) > len(best)):
                best = f
        if best is None:
            try:
                best = self.workspace.root_uri
            except Exception:
                best = None
        return (to_fs_path(best) if best else None) or None

    # -- settings -----------------------------------------------------------------------------------------------

    def file_config(self, uri: str) -> Config:
        path = self.path_of(uri)
        start = str(Path(path).parent) if path else (self.folder_of(uri) or str(Path.cwd()))
        cfg = self._file_configs.get(start)
        if cfg is None:
            try:
                cfg = config_for(start)
            except BeleidstaalError as exc:
                self.warn_once(f"{exc} beleidstaal gebruikt nu de standaardinstellingen.")
                cfg = Config()
            self._file_configs[start] = cfg
        return cfg

    async def editor_settings(self, uri: str) -> Any:
        if uri in self._editor_settings:
            return self._editor_settings[uri]
        settings: Any = None
        caps = self.client_capabilities.workspace if self.client_capabilities else None
        if caps is not None and caps.configuration:
            try:
                params = types.ConfigurationParams(
                    items=[types.ConfigurationItem(scope_uri=uri, section=CONFIG_SECTION)]
                )
                result = await asyncio.wait_for(self.workspace_configuration_async(params), timeout=5)
                settings = result[0] if result else None
            except Exception as exc:
                self.log(
                    f"De instellingen van de editor konden niet worden opgehaald: {exc}",
                    types.MessageType.Warning,
                )
        if settings is None:
            settings = self.initial_settings()
        self._editor_settings[uri] = settings
        return settings

    def initial_settings(self) -> Any:
        """Settings sent along at the start (initializationOptions): the object itself, or its ``settings`` or
        ``beleidstaal`` part (Helix sends its ``config`` table as is)."""
        options = self.init_options
        if not isinstance(options, dict):
            return None
        for key in ("settings", CONFIG_SECTION):
            if isinstance(options.get(key), dict):
                return options[key]
        return options

    async def config_for(self, uri: str) -> Config:
        base = self.file_config(uri)
        settings = await self.editor_settings(uri)
        self.options = server_options(
            self.init_options, self.initial_settings(), settings, base=self.fixed_options
        )
        try:
            return merge_settings(base, settings, root=self.folder_of(uri))
        except ConfigError as exc:
            self.warn_once(f"{exc} Deze instellingen van de editor worden nu niet gebruikt.")
            return base

    def reload_settings(self) -> None:
        """Forget cached settings and word lists, and check every open document again."""
        from .. import core
        from ..lexicon import load_lexicons

        self._file_configs.clear()
        self._editor_settings.clear()
        self._reported.clear()
        load_lexicons.cache_clear()
        core._contexts.clear()  # compiled word lists live in the rule contexts
        for key in list(self.docs):
            if self.text_document(key) is not None:
                self.schedule(self.docs[key].uri, 0)


def create_server(options: ServerOptions | None = None) -> BeleidstaalServer:
    return register(BeleidstaalServer(options))


def serve(tcp: tuple[str, int] | None = None, options: ServerOptions | None = None) -> None:
    """Start the server on standard input/output, or on a TCP port."""
    logging.basicConfig(level=logging.WARNING, format="beleidstaal-lsp %(levelname)s %(name)s: %(message)s")
    server = create_server(options)
    # load the model while the editor starts and shakes hands, not after it (its errors are reported once the
    # handshake is done, when 'initialized' loads it again)
    server.worker.submit(_warm_up, None)
    if tcp is not None:
        server.start_tcp(*tcp)
        sys.exit(getattr(server, "exit_code", 0))
    else:
        server.start_io()
