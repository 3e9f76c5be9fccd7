"""Scheduling checks: when the server checks an open document, how thoroughly, and what it publishes.

Every check goes through the core (``incremental``) on one worker thread, so the event loop keeps answering
requests (hover, code actions) while a document is being checked. An edit is checked at once, without waiting:
the quick check runs the rules over the changed paragraphs only (tens of milliseconds, also in a long document)
and its findings are published straight away. Only the whole-document rules wait until the user has not typed for
``debounce-ms``; an edit cancels such a check that is still running (its text is no longer the editor's), so
the quick check of the edit never waits for it. Edits that arrive while a quick check runs are checked together
right after it.

Python's garbage collector would otherwise walk every object the server holds (the pipeline, word lists, parsed
paragraphs: about 200,000) every few edits, for 0.3-1 s under load: after a check from scratch the server
collects once and freezes what lives on (``core.settle_collector``), so later collections walk only new objects.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
import traceback
from dataclasses import dataclass, field
from urllib.parse import unquote

from lsprotocol import types

from ..config import Config
from ..core import collector_paused, settle_collector
from ..errors import BeleidstaalError
from ..findings import Finding
from . import features
from .incremental import Cancelled, Snapshot, full_check, quick_check, scope_check
from .positions import LineIndex

#: how thoroughly to check: the changed paragraphs, plus the whole-document rules, or everything from scratch
QUICK, SCOPE, FULL = 0, 1, 2


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
    #: set when the text changed while a whole-document check runs: that check stops at its next step
    cancel: threading.Event = field(default_factory=threading.Event)
    #: the level of the check that is running
    running_level: int = QUICK


class Scheduling:
    """The checking part of the server (a mixin of ``BeleidstaalServer``)."""

    def schedule(self, uri: str, delay_ms: int = 0, *, level: int = FULL) -> None:
        """Check a document after ``delay_ms``; a newer call replaces a waiting one. ``level``: QUICK (an edit:
        only the changed paragraphs, then SCOPE when the user stops typing), SCOPE (QUICK plus the whole-document
        rules: complete) or FULL (everything from scratch)."""
        st = self.state(uri)
        if st.timer is not None and not st.timer.done():
            st.timer.cancel()
        if st.idle is not None and not st.idle.done():
            st.idle.cancel()
        if level == QUICK and st.running and st.running_level == SCOPE:
            st.cancel.set()  # the text changed: the running whole-document check is stale
        st.level = max(st.level, level)
        st.timer = asyncio.ensure_future(self._check_after(uri, delay_ms / 1000))

    def _schedule_full_when_idle(self, uri: str) -> None:
        st = self.state(uri)
        if st.idle is not None and not st.idle.done():
            st.idle.cancel()

        async def later() -> None:
            await asyncio.sleep(self.options.debounce_ms / 1000)
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
                st.running_level = level
                st.cancel.clear()
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
        paused = contextlib.ExitStack()
        if level == FULL:
            # a check from scratch makes tens of thousands of objects that live on: the collector stays off until
            # its diagnostics are out, then one collection takes them all (settle_collector) instead of walks
            # in between that delay the diagnostics
            paused.enter_context(collector_paused())
        with paused:
            try:
                snapshot = await loop.run_in_executor(
                    self.worker, _check_text, previous, text, kind, path, config, level == SCOPE, st.cancel
                )
            except Cancelled:
                return  # an edit came in: its quick check runs next, the whole-document rules wait again
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
            self.publish(uri, self.diagnostics(st, text, snapshot.findings, snapshot), version)
            if not snapshot.full:
                self._schedule_full_when_idle(uri)
            elif level == FULL:
                # after a check from scratch (a document opened), once its diagnostics are out: what lives on (the
                # pipeline, word lists, parsed paragraphs) leaves the collector's walks, which would otherwise fall
                # between later edits and their diagnostics
                self.worker.submit(_settle, paused.pop_all())

    def diagnostics(
        self, st: DocState, text: str, findings: list[Finding], snapshot: Snapshot | None = None
    ) -> list[dict]:
        """Diagnostics for the findings, in their JSON form; a finding taken over unchanged from the last check
        (the same object, so the same place in an unchanged stretch of text) keeps its diagnostic, and one that
        the quick check moved down (``Snapshot.moved``) gets its diagnostic with the line numbers moved."""
        index: LineIndex | None = None
        cache: dict[int, tuple[Finding, dict]] = {}
        moved = snapshot.moved if snapshot is not None and snapshot.moved_lines is not None else {}
        out = []
        for f in findings:
            hit = st.diagnostic_cache.get(id(f))
            old = moved.get(id(f))
            before = st.diagnostic_cache.get(id(old)) if old is not None else None
            if hit is not None and hit[0] is f:
                diagnostic = hit[1]
            elif before is not None and before[0] is old:
                diagnostic = _moved_down(before[1], snapshot.moved_lines)
            else:
                index = index or LineIndex(text, self.encoding)
                diagnostic = self.protocol.plain(features.to_diagnostic(f, index))
            cache[id(f)] = (f, diagnostic)
            out.append(diagnostic)
        st.diagnostic_cache = cache
        return out

    def publish(
        self, uri: str, diagnostics: list[types.Diagnostic | dict], version: int | None = None
    ) -> None:
        plain = [d if isinstance(d, dict) else self.protocol.plain(d) for d in diagnostics]
        self.protocol.send_diagnostics(uri, plain, version)


def _check_text(
    previous: Snapshot | None,
    text: str,
    kind: str,
    path: str | None,
    config: Config,
    complete: bool,
    cancel: threading.Event | None = None,
) -> Snapshot:
    """One check through the core (runs on the worker thread): quick when an earlier check can be built on, and
    with the whole-document rules when ``complete`` (that part stops with Cancelled once ``cancel`` is set)."""
    if previous is not None:
        quick = quick_check(previous, text, kind, path, config)
        if quick is not None:
            if complete and not quick.full:
                return scope_check(quick, kind, path, config, cancelled=cancel.is_set if cancel else None)
            return quick
    return full_check(text, kind, path, config)


def _moved_down(diagnostic: dict, lines: int) -> dict:
    """A diagnostic (JSON form) on a line ``lines`` further down; the columns stay."""
    start, end = diagnostic["range"]["start"], diagnostic["range"]["end"]
    return {
        **diagnostic,
        "range": {
            "start": {"line": start["line"] + lines, "character": start["character"]},
            "end": {"line": end["line"] + lines, "character": end["character"]},
        },
    }


def _settle(paused: contextlib.ExitStack) -> None:
    """The collector on again after a check from scratch, and one collection (runs on the worker thread)."""
    paused.close()
    settle_collector()


def _warm_up(model: str | None) -> None:
    from ..nlp import get_analyser
    from ..rules.registry import all_rules

    all_rules()
    get_analyser(model)
    gc.freeze()  # the pipeline and word lists live as long as the server: out of the collector's walks
