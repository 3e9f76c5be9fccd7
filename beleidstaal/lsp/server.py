"""The language server: diagnostics, quick fixes and explanations for the text in the editor.

The server never analyses text itself: every check goes through ``beleidstaal.core.check_document`` on the
editor's text (not the file on disk). The checks run on one worker thread, so the event loop keeps answering
requests (hover, code actions) while a long document is being checked. After an edit the core re-parses only the
paragraphs whose text changed (its analyser caches parsed paragraphs by their text) and the model loads once.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import to_fs_path

from .. import __version__
from ..config import CONFIG_FILES, Config, config_for
from ..errors import BeleidstaalError, ConfigError
from ..findings import Finding
from . import features
from .incremental import Snapshot, full_check, quick_check, scope_check
from .positions import LineIndex, normalise_encoding
from .settings import ServerOptions, add_allowed_word, allow_file_for, merge_settings, server_options

logger = logging.getLogger(__name__)

CONFIG_SECTION = "beleidstaal"
#: after quick checks while typing, the whole-document rules follow once the user has not typed for this long
FULL_CHECK_IDLE_MS = 1500
#: how thoroughly to check: the changed paragraphs, plus the whole-document rules, or everything from scratch
QUICK, SCOPE, FULL = 0, 1, 2
MARKDOWN_SUFFIXES = (".md", ".markdown")


class _Ignored:
    """Stands in for a message that could not be read; pygls skips it (it has no valid ``jsonrpc``)."""

    jsonrpc = ""


class BeleidstaalProtocol(LanguageServerProtocol):
    """pygls' protocol, but a message with bad parameters gets an error reply instead of no reply at all."""

    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException:
            method = data.get("method") if isinstance(data, dict) else None
            text = f"Ongeldig bericht van de editor ({method or 'zonder methode'}): de gegevens kloppen niet."
            try:
                self._server.log(text, types.MessageType.Error)  # type: ignore[attr-defined]
                if isinstance(data, dict) and "id" in data and method:
                    error = types.ResponseError(code=types.ErrorCodes.InvalidParams, message=text)
                    self._send_response(data["id"], None, error)
            except Exception:  # pragma: no cover - never let error reporting take the server down
                logger.exception("could not report a bad message")
            return _Ignored()

    @lsp_method(types.EXIT)
    def lsp_exit(self, *args):
        if isinstance(self.writer, asyncio.StreamWriter):
            # TCP: pygls would call sys.exit inside the connection callback (a traceback on stderr); closing the
            # connection ends the message loop, and the server stops cleanly
            self._server.exit_code = 0 if self._shutdown else 1  # type: ignore[attr-defined]
            self.writer.close()
            return
        yield from super().lsp_exit(*args)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        if unquote(params.text_document.uri) not in self.workspace.text_documents:
            self._server.log(  # type: ignore[attr-defined]
                f"Wijziging ontvangen voor een document dat niet open is ({params.text_document.uri}); overgeslagen.",
                types.MessageType.Warning,
            )
            return
        yield from super().lsp_text_document__did_change(params)


@dataclass
class DocState:
    """What the server keeps per open document."""

    uri: str
    #: the findings of the last check and the exact text they belong to
    findings: list[Finding] = field(default_factory=list)
    source: str | None = None
    kind: str = "text"
    snapshot: Snapshot | None = None
    timer: asyncio.Task | None = None
    #: the check of the whole-document rules that follows quick checks once the user stops typing
    idle: asyncio.Task | None = None
    level: int = 0
    #: the diagnostic of each finding of the last check, by the finding's identity
    diagnostic_cache: dict = field(default_factory=dict)
    running: bool = False
    dirty: bool = False


class BeleidstaalServer(LanguageServer):
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
        if language == "markdown" or (doc.path or "").lower().endswith(MARKDOWN_SUFFIXES):
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

    # -- checking -----------------------------------------------------------------------------------------------

    def schedule(self, uri: str, delay_ms: int | None = None, *, level: int = FULL) -> None:
        """Check a document after ``delay_ms`` (the debounce time when None); a newer call replaces a waiting one.
        ``level``: QUICK (while typing: only the changed paragraphs, then SCOPE when the user stops typing), SCOPE
        (QUICK plus the whole-document rules: complete) or FULL (everything from scratch)."""
        st = self.state(uri)
        if st.timer is not None and not st.timer.done():
            st.timer.cancel()
        if st.idle is not None and not st.idle.done():
            st.idle.cancel()
        st.level = max(st.level, level)
        delay = self.options.debounce_ms if delay_ms is None else delay_ms
        st.timer = asyncio.ensure_future(self._check_after(uri, delay / 1000))

    def _schedule_full_when_idle(self, uri: str) -> None:
        st = self.state(uri)
        if st.idle is not None and not st.idle.done():
            st.idle.cancel()

        async def later() -> None:
            await asyncio.sleep(max(self.options.debounce_ms, FULL_CHECK_IDLE_MS) / 1000)
            self.schedule(uri, 0, level=SCOPE)

        st.idle = asyncio.ensure_future(later())

    async def _check_after(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        st = self.docs.get(unquote(uri))
        if st is None:
            return
        if st.running:
            st.dirty = True  # the running check will go again when it is done
            return
        st.timer = None  # from here on a new edit does not cancel this check, it marks it dirty
        st.running = True
        try:
            while True:
                st.dirty = False
                level, st.level = st.level, QUICK
                await self.check(uri, level=level)
                if not st.dirty or self.docs.get(unquote(uri)) is not st:
                    break
        except Exception as exc:
            self.log(
                f"Interne fout bij het controleren van {uri}: {exc}\n{traceback.format_exc()}",
                types.MessageType.Error,
            )
        finally:
            st.running = False

    async def check(self, uri: str, *, level: int = FULL) -> None:
        doc = self.text_document(uri)
        if doc is None:
            return
        text = doc.source
        version = doc.version
        kind = self.kind_of(doc)
        config = await self.config_for(uri)
        st = self.state(uri)
        limit = self.options.max_document_kb * 1024
        if len(text) > limit:
            message = (
                f"Dit document is te groot om tijdens het typen te controleren ({len(text) // 1024} kB; "
                f"de grens is {self.options.max_document_kb} kB). Controleer het met 'beleidstaal check', "
                "of verhoog de instelling max-document-kb."
            )
            if st.source is None or len(st.source) <= limit or st.snapshot is not None:
                self.log(message, types.MessageType.Warning)  # once, not at every keystroke
            st.snapshot = None
            st.findings, st.source, st.kind = [], text, kind
            self.publish(uri, [features.notice_diagnostic(message)], version)
            return
        path = self.path_of(uri)
        previous = None if level == FULL or st.kind != kind else st.snapshot
        published = st.source == text  # the editor already shows the findings of a check of this text
        if (
            published
            and previous is not None
            and previous.source == text
            and (previous.full or level == QUICK)
        ):
            return  # nothing new to say about this text (e.g. saved right after a check)
        loop = asyncio.get_running_loop()
        try:
            snapshot = await loop.run_in_executor(
                self.worker, _check_text, previous, text, kind, path, config, level == SCOPE
            )
        except BeleidstaalError as exc:
            self.warn_once(str(exc))
            return
        if self.docs.get(unquote(uri)) is st:
            st.snapshot = snapshot  # exact for its own text: the next quick check builds on it
        current = self.text_document(uri)
        if current is None or current.source != text:
            return  # the text changed meanwhile: a newer check will publish
        st.findings, st.source, st.kind = snapshot.findings, text, kind
        if (
            published
            and previous is not None
            and previous.source == text
            and snapshot.findings == previous.findings
        ):
            return  # the whole-document rules found nothing new: the editor already shows this
        self.publish(uri, self.diagnostics(st, text, snapshot.findings), version)
        if not snapshot.full:
            self._schedule_full_when_idle(uri)

    def diagnostics(self, st: DocState, text: str, findings: list[Finding]) -> list[types.Diagnostic]:
        """Diagnostics for the findings; a finding taken over unchanged from the last check (the same object, so
        the same place in an unchanged stretch of text) keeps its diagnostic."""
        index: LineIndex | None = None
        cache: dict[int, tuple[Finding, types.Diagnostic]] = {}
        out = []
        for f in findings:
            hit = st.diagnostic_cache.get(id(f))
            if hit is not None and hit[0] is f:
                diagnostic = hit[1]
            else:
                index = index or LineIndex(text, self.encoding)
                diagnostic = features.to_diagnostic(f, index)
            cache[id(f)] = (f, diagnostic)
            out.append(diagnostic)
        st.diagnostic_cache = cache
        return out

    def publish(self, uri: str, diagnostics: list[types.Diagnostic], version: int | None = None) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    # -- requests -----------------------------------------------------------------------------------------------

    def current_findings(self, uri: str) -> tuple[Any, DocState | None]:
        """The open document and its state, with findings only when they belong to the current text."""
        doc = self.text_document(uri)
        st = self.docs.get(unquote(uri))
        if doc is None or st is None or st.source != doc.source:
            return doc, None
        return doc, st

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        doc = self.text_document(uri)
        if doc is None:
            return []
        text = doc.source
        index = LineIndex(text, self.encoding)
        infos = [i for d in (params.context.diagnostics or []) if (i := features.read_diagnostic(d))]
        if not infos:
            # clients that send no diagnostics along: use the last check, if it is still about this text
            _, st = self.current_findings(uri)
            if st is not None:
                lo, hi = index.offsets(params.range)
                infos = [
                    i
                    for f in st.findings
                    if f.offset <= hi and f.end_offset >= lo
                    if (i := features.read_diagnostic(features.to_diagnostic(f, index)))
                ]
        kind = self.kind_of(doc)
        actions: list[types.CodeAction] = []
        suppress_seen: set[tuple[int, str]] = set()
        for info in infos:
            start, end = index.offsets(info.diagnostic.range)
            fresh = info.text is None or text[start:end] == info.text
            if info.replaceable and fresh and start < end:
                for n, suggestion in enumerate(dict.fromkeys(info.suggestions)):
                    edit = types.TextEdit(range=index.range(start, end), new_text=suggestion)
                    actions.append(
                        types.CodeAction(
                            title=f"Vervang door '{suggestion}'",
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[info.diagnostic],
                            is_preferred=n == 0,
                            edit=types.WorkspaceEdit(changes={uri: [edit]}),
                        )
                    )
            line = text.count("\n", 0, start)
            if (line, info.rule) not in suppress_seen:
                suppress_seen.add((line, info.rule))
                change = features.suppression_edit(text, start, info.rule, kind)
                if change is not None:
                    s, e, new_text = change
                    edit = types.TextEdit(range=index.range(s, e), new_text=new_text)
                    actions.append(
                        types.CodeAction(
                            title=f"Negeer deze regel hier ({info.rule})",
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[info.diagnostic],
                            edit=types.WorkspaceEdit(changes={uri: [edit]}),
                        )
                    )
            if info.allow and self.path_of(uri):
                title = f"Voeg '{info.allow}' toe aan toegestane woorden"
                actions.append(
                    types.CodeAction(
                        title=title,
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[info.diagnostic],
                        command=types.Command(
                            title=title, command=features.ALLOW_COMMAND, arguments=[uri, info.allow]
                        ),
                    )
                )
        only = params.context.only
        if only:
            wanted = [str(getattr(k, "value", k)) for k in only]
            actions = [a for a in actions if any(str(a.kind.value).startswith(w) for w in wanted)]
        return actions

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        from ..rules.registry import get_rule

        doc, st = self.current_findings(params.text_document.uri)
        if doc is None or st is None:
            return None
        index = LineIndex(doc.source, self.encoding)
        offset = index.offset(params.position)
        hits = [
            f for f in st.findings if f.offset <= offset < f.end_offset or f.offset == offset == f.end_offset
        ]
        if not hits:
            return None
        hits.sort(key=lambda f: f.end_offset - f.offset)  # the most precise span first
        markdown = self._hover_markdown()
        text = "\n\n---\n\n".join(
            features.hover_markdown(f, get_rule(f.rule), markdown=markdown) for f in hits
        )
        first = hits[0]
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown if markdown else types.MarkupKind.PlainText, value=text
            ),
            range=index.range(first.offset, first.end_offset),
        )

    def _hover_markdown(self) -> bool:
        try:
            formats = self.client_capabilities.text_document.hover.content_format
        except AttributeError:
            return True
        return not formats or types.MarkupKind.Markdown in formats

    async def allow(self, uri: str, word: str) -> bool:
        path = self.path_of(uri)
        if not path or not word.strip():
            self.log(
                "Dit woord kan niet worden toegevoegd: het document is geen bestand.",
                types.MessageType.Warning,
            )
            return False
        target = allow_file_for(path, self.folder_of(uri))
        try:
            old = target.read_text(encoding="utf-8") if target.exists() else ""
            new = add_allowed_word(old, word.strip(), pyproject=target.name == "pyproject.toml")
            if new != old:
                from ..fileio import atomic_write_text

                atomic_write_text(target, new)
        except (OSError, BeleidstaalError) as exc:
            self.warn_once(f"'{word}' kan niet worden toegevoegd aan {target}: {exc}")
            return False
        self.log(f"'{word}' staat nu in de lijst met toegestane woorden in {target}.")
        self.reload_settings()
        return True


def _check_text(
    previous: Snapshot | None, text: str, kind: str, path: str | None, config: Config, complete: bool
) -> Snapshot:
    """One check through the core (runs on the worker thread): quick when an earlier check can be built on, and
    with the whole-document rules when ``complete``."""
    if previous is not None:
        quick = quick_check(previous, text, kind, path, config)
        if quick is not None:
            return scope_check(quick, kind, path, config) if complete and not quick.full else quick
    return full_check(text, kind, path, config)


def _warm_up(model: str | None) -> None:
    from ..nlp import get_analyser
    from ..rules.registry import all_rules

    all_rules()
    get_analyser(model)


def _internal_error(ls, exc: Exception, default):
    """Log an unexpected error to the client and answer with the handler's default: the server keeps running."""
    ls.log(f"Interne fout in beleidstaal: {exc}\n{traceback.format_exc()}", types.MessageType.Error)
    return default


def create_server(options: ServerOptions | None = None) -> BeleidstaalServer:
    server = BeleidstaalServer(options)

    def guarded(default=None):
        """Handlers never raise: an unexpected error is logged to the editor and a neutral answer is sent."""

        def wrap(fn):
            if asyncio.iscoroutinefunction(fn):

                async def run_async(ls: BeleidstaalServer, params):
                    try:
                        return await fn(ls, params)
                    except Exception as exc:
                        return _internal_error(ls, exc, default)

                run_async.__name__ = fn.__name__
                return run_async

            def run(ls: BeleidstaalServer, params):
                try:
                    return fn(ls, params)
                except Exception as exc:
                    return _internal_error(ls, exc, default)

            run.__name__ = fn.__name__
            return run

        return wrap

    @server.feature(types.INITIALIZE)
    @guarded()
    def initialize(ls: BeleidstaalServer, params: types.InitializeParams):
        ls.init_options = params.initialization_options
        ls.options = server_options(ls.init_options, ls.initial_settings(), base=ls.fixed_options)

    @server.feature(types.INITIALIZED)
    @guarded()
    async def initialized(ls: BeleidstaalServer, params: types.InitializedParams):
        caps = ls.client_capabilities.workspace if ls.client_capabilities else None
        watch = caps.did_change_watched_files if caps else None
        if watch is not None and watch.dynamic_registration:
            options = types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[
                    types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in (*CONFIG_FILES, "*.toml")
                ]
            )
            registration = types.Registration(
                id="beleidstaal-config",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=options,
            )
            try:
                await ls.client_register_capability_async(
                    types.RegistrationParams(registrations=[registration])
                )
            except Exception as exc:
                ls.log(f"Kon instellingenbestanden niet laten volgen: {exc}", types.MessageType.Warning)
        try:
            await asyncio.get_running_loop().run_in_executor(ls.worker, _warm_up, None)
        except BeleidstaalError as exc:
            ls.warn_once(str(exc))

    @server.feature(types.SHUTDOWN)
    @guarded()
    def shutdown(ls: BeleidstaalServer, params):
        for st in ls.docs.values():
            for task in (st.timer, st.idle):
                if task is not None:
                    task.cancel()
        ls.worker.shutdown(wait=False, cancel_futures=True)  # checks still waiting are not needed any more

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @guarded()
    def did_open(ls: BeleidstaalServer, params: types.DidOpenTextDocumentParams):
        ls.state(params.text_document.uri).uri = params.text_document.uri
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded()
    def did_change(ls: BeleidstaalServer, params: types.DidChangeTextDocumentParams):
        if ls.text_document(params.text_document.uri) is not None:
            ls.schedule(params.text_document.uri, level=QUICK)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    @guarded()
    def did_save(ls: BeleidstaalServer, params: types.DidSaveTextDocumentParams):
        uri = params.text_document.uri
        if any(unquote(uri).endswith("/" + name) for name in CONFIG_FILES) or uri.endswith(".toml"):
            ls.reload_settings()
        elif ls.text_document(uri) is not None:
            ls.schedule(uri, 0, level=SCOPE)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded()
    def did_close(ls: BeleidstaalServer, params: types.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        st = ls.docs.pop(unquote(uri), None)
        for task in (st.timer, st.idle) if st is not None else ():
            if task is not None:
                task.cancel()
        ls._editor_settings.pop(uri, None)
        ls.publish(uri, [])

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    @guarded()
    def did_change_configuration(ls: BeleidstaalServer, params: types.DidChangeConfigurationParams):
        settings = params.settings
        if isinstance(settings, dict) and CONFIG_SECTION in settings:
            # push-style clients send the settings along; keep them for clients without workspace/configuration
            ls.init_options = {**(ls.init_options if isinstance(ls.init_options, dict) else {}),
                               "settings": settings[CONFIG_SECTION]}  # fmt: skip
        ls.reload_settings()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @guarded()
    def did_change_watched_files(ls: BeleidstaalServer, params: types.DidChangeWatchedFilesParams):
        if params.changes:
            ls.reload_settings()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    @guarded(default=[])
    def code_action(ls: BeleidstaalServer, params: types.CodeActionParams):
        return ls.code_actions(params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded()
    def hover(ls: BeleidstaalServer, params: types.HoverParams):
        return ls.hover(params)

    @server.command(features.ALLOW_COMMAND)
    async def allow_word(ls: BeleidstaalServer, *args):
        try:
            if len(args) != 2 or not all(isinstance(a, str) for a in args):
                ls.log("Het commando verwacht een document en een woord.", types.MessageType.Warning)
                return False
            return await ls.allow(args[0], args[1])
        except Exception as exc:
            ls.log(f"Interne fout in beleidstaal: {exc}\n{traceback.format_exc()}", types.MessageType.Error)
            return False

    return server


def serve(tcp: tuple[str, int] | None = None, options: ServerOptions | None = None) -> None:
    """Start the server on standard input/output, or on a TCP port."""
    logging.basicConfig(level=logging.WARNING, format="beleidstaal-lsp %(levelname)s %(name)s: %(message)s")
    server = create_server(options)
    if tcp is not None:
        server.start_tcp(*tcp)
        sys.exit(getattr(server, "exit_code", 0))
    else:
        server.start_io()
