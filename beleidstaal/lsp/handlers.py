"""The handlers of the LSP messages: documents opened, changed and closed, settings, code actions, hover and the
command that adds a word to the allowed words."""

from __future__ import annotations

import asyncio
import traceback
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from lsprotocol import types

from ..config import CONFIG_FILES
from ..errors import BeleidstaalError
from . import features
from .positions import LineIndex
from .scheduling import QUICK, SCOPE, DocState, _warm_up
from .settings import add_allowed_word, allow_file_for, server_options

if TYPE_CHECKING:
    from .server import BeleidstaalServer

CONFIG_SECTION = "beleidstaal"


class Requests:
    """Answers to the editor's requests (a mixin of ``BeleidstaalServer``)."""

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


def _internal_error(ls, exc: Exception, default):
    """Log an unexpected error to the client and answer with the handler's default: the server keeps running."""
    ls.log(f"Interne fout in beleidstaal: {exc}\n{traceback.format_exc()}", types.MessageType.Error)
    return default


def register(server: BeleidstaalServer) -> BeleidstaalServer:
    """Register every LSP feature and command on ``server``."""

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
            ls.schedule(params.text_document.uri, 0, level=QUICK)  # at once: the quick check has no debounce

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
    async def allow_word(ls, *args):  # no annotation: pygls resolves the type hints of commands
        try:
            if len(args) != 2 or not all(isinstance(a, str) for a in args):
                ls.log("Het commando verwacht een document en een woord.", types.MessageType.Warning)
                return False
            return await ls.allow(args[0], args[1])
        except Exception as exc:
            ls.log(f"Interne fout in beleidstaal: {exc}\n{traceback.format_exc()}", types.MessageType.Error)
            return False

    return server
