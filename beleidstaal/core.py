"""The one way through: read → analyse → rules → findings → filters → one ``FileResult``. Every front end calls
``check_document``, ``check_path`` or ``check_paths`` (several files: the result cache first, then worker processes).
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from .config import Config, config_for
from .document import Document
from .errors import BeleidstaalError
from .filters import apply_allow, apply_suppressions, drop_in_headings, min_severity_kept, severity_for
from .findings import Finding, Hit
from .nlp import Analysis, get_analyser
from .readers import document_from_text, kind_for, read_bytes, read_file_bytes
from .result import FileResult
from .rules.foreign import fold_foreign
from .rules.quotation import fold_quoted
from .rules.registry import RuleContext, all_rules, rule_enabled

__all__ = ["FileResult", "check_document", "check_path", "check_paths", "check_text", "run_rules"]


_contexts: dict[Config, RuleContext] = {}


def _context(config: Config) -> RuleContext:
    ctx = _contexts.get(config)
    if ctx is None:
        if len(_contexts) > 32:
            _contexts.clear()
        ctx = _contexts[config] = RuleContext(config)
    return ctx


#: Markdown that the reader leaves out of the prose: a link's address (``](``, ``][``), a footnote's mark (``[^``),
#: code (a backtick), HTML (``<a``, ``</b>``, ``<!--``), an internet address, an image and an icon of MkDocs
_LEFT_OUT = re.compile(
    r"\]\(|\]\[|\[\^|`|<[A-Za-z/!]|https?://|www\.|!\[|:(?:material|octicons|fontawesome|simple)-"
)
#: what the reader puts a space for, words of the sentence that a rewrite of the prose lacks: code and an internet
#: address outside a link's address (*wordt via https://... door de gemeente verstuurd*)
_DROPPED = re.compile(r"`|https?://|www\.")
_ADDRESS = re.compile(r"\]\([^)\[\]]*\)")  # a link's address: its text is kept


def _finding(hit: Hit, document: Document, config: Config) -> Finding:
    """The Finding of a rule's hit: its place in the source and its final severity, built once. A rewrite is no
    replacement (``replaceable``) where the flagged source holds Markdown the reader left out: pasting it over the
    source would drop a link's address or a footnote (*opgesteld door [de werkgroep](https://...)*). Where it
    holds code or an internet address, the rewrite lacks those words and is not shown at all."""
    loc = document.locate(hit.start, hit.end)
    text = document.source[loc.offset : loc.end_offset]
    markdown = document.kind == "markdown"
    replaceable = hit.replaceable and not (markdown and _LEFT_OUT.search(text))
    suggestions = (
        [] if markdown and hit.suggestions and _DROPPED.search(_ADDRESS.sub("]", text)) else hit.suggestions
    )
    data = hit.data
    if document.kind in ("docx", "odt"):  # a Word finding names its paragraph (line = paragraph number)
        data = {**(data or {}), "paragraph": document.line_text(loc.line)}
    return Finding(
        rule=hit.rule, name=hit.name, category=hit.category, severity=severity_for(hit, config),
        message=hit.message, start=hit.start, end=hit.end, suggestions=suggestions, advice=hit.advice,
        replaceable=replaceable, term=hit.term, path=document.path, line=loc.line, column=loc.column,
        end_line=loc.end_line, end_column=loc.end_column, offset=loc.offset, end_offset=loc.end_offset,
        text=text, data=data,
    )  # fmt: skip


def run_rules(
    analysis: Analysis, config: Config, *, checkpoint: Callable[[], None] | None = None
) -> list[Finding]:
    """All enabled rules over one analysis, their findings, then every filter. ``checkpoint`` is called before
    each rule (the language server stops stale work there by raising)."""
    ctx = _context(config)
    document = analysis.document
    hits: list[Hit] = []
    rules = [r for r in all_rules() if r.check is not None and rule_enabled(r, config)]
    for rule in rules:
        if checkpoint is not None:
            checkpoint()
        hits.extend(rule.check(analysis, ctx))
    hits = drop_in_headings(hits, document, rules)
    # text in another language (an English README) is not checked: its hits become one BT902 hit
    hits = fold_foreign(analysis, hits, ctx)
    # quoted text (a law, a definition) cannot be rewritten: its hits become one BT702 hit per block
    hits = fold_quoted(analysis, hits, ctx)
    findings = [_finding(h, document, config) for h in hits]
    findings = apply_allow(findings, config)
    findings = apply_suppressions(findings, document)
    findings = min_severity_kept(findings, config)
    findings.sort(key=lambda f: f.sort_key)
    return findings


_gc_lock = threading.Lock()
_gc_checks = 0  # checks running now (threads of the language server or the web page)
_gc_resume = False  # whether the collector was on when the first of them started
#: set by the command line for a ``check`` of one file (``cli.check``): the process ends after it, and what the check
#: made lives until then; frozen before the collector is on again, its next collections do not walk all of it
#: (0.03-0.05 s CPU after a check of 24,000 words, and a second-generation walk of as much after the output; issue 24)
freeze_after_check = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a check runs. A check makes hundreds of thousands of small
    objects (tokens, memos, findings) and keeps most of them until it ends; each time their count passes the
    collector's threshold it walks all live objects, the loaded pipeline and word lists included: measured 0.3-0.5
    s of a 3 s check of 20,000 words (issue 23). Memory is freed by reference counting as before: a check leaves
    only a few hundred objects in reference cycles (spaCy's parser, per 20,000 words), and the collector takes
    them when it is on again after the check."""
    global _gc_checks, _gc_resume
    with _gc_lock:
        if _gc_checks == 0:
            _gc_resume = gc.isenabled()
            gc.disable()
        _gc_checks += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_checks -= 1
            if _gc_checks == 0 and _gc_resume:
                if freeze_after_check:
                    gc.freeze()
                gc.enable()


def settle_collector() -> None:
    """Collect all garbage once, then leave every object that survives out of the collector's later walks
    (``gc.freeze``). For a long-running process (the language server) at a quiet moment: the loaded pipeline,
    word lists and parsed paragraphs are hundreds of thousands of objects that live as long as the process, and a
    full collection walks them all (measured 0.4-1.0 s on the shared 2-core machine under load, issue 23), at
    whatever moment the count of new objects passes the threshold, for instance between an edit and its
    diagnostics. Frozen objects are still freed by reference counting; the next call takes the ones that ended in
    reference cycles meanwhile."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def check_document(document: Document, config: Config | None = None) -> FileResult:
    from .stats import analysis_stats
    from .summary import paragraph_heat

    config = config or Config()
    analyser = get_analyser(config.model)  # loaded first: loading turns the collector on again (srsly)
    with collector_paused():
        analysis = analyser.analyse(document)
        findings = run_rules(analysis, config)
        stats = analysis_stats(analysis)
        return FileResult(
            path=document.path or "-",
            findings=findings,
            source=document.source,
            figures=stats.document,
            paragraphs=paragraph_heat(analysis, stats),
            document=document,
            analysis=analysis,
        )


def check_text(
    text: str, *, config: Config | None = None, kind: str = "text", path: str | None = None
) -> list[Finding]:
    """Check a text and return its findings. ``kind`` is ``text`` or ``markdown``."""
    return check_document(document_from_text(text, kind=kind, path=path), config).findings


def check_path(
    path: str | Path, *, config: Config | None = None, cache=None, lookup: bool = True
) -> FileResult:
    """Check one file. Bad input does not raise: the result carries a Dutch ``error`` instead.
    With a ``cache.ResultCache``, an unchanged file with unchanged settings is not analysed again; with
    ``lookup=False`` (the caller already looked) the result is only stored."""
    path_str = str(path)
    try:
        config = config or config_for(path)
        data = read_file_bytes(path)
        key = None
        if cache is not None:
            from .cache import result_key

            key = result_key(data, path_str, config)
            hit = cache.get(key, path_str) if lookup else None
            if hit is not None:
                return hit
        document = read_bytes(data, kind=kind_for(path) or "text", path=path_str)
        result = check_document(document, config)
        if cache is not None and key is not None:
            cache.put(key, result)
        return result
    except BeleidstaalError as exc:
        return FileResult(path=path_str, error=str(exc))
    except (MemoryError, RecursionError):
        return FileResult(path=path_str, error="Dit bestand is te groot of te diep genest om te controleren.")
    except Exception as exc:  # a bug or a file nobody foresaw: report it per file, keep checking the others
        return FileResult(path=path_str, error=unexpected_error(exc))


def cached_result(path: str, config: Config, cache) -> FileResult | None:
    """The stored result for an unchanged file, or None (also for any file that cannot be read)."""
    from .cache import result_key

    try:
        return cache.get(result_key(read_file_bytes(path), path, config), path)
    except Exception:  # a problem with this file is reported when it is checked for real
        return None


_process_cache: tuple[int, object] | None = None


def process_cache():
    """One ResultCache (one SQLite connection) per process; a forked worker opens its own."""
    global _process_cache
    from .cache import ResultCache

    if _process_cache is None or _process_cache[0] != os.getpid():
        _process_cache = (os.getpid(), ResultCache())
    return _process_cache[1]


def check_path_detached(path: str, config: Config, use_cache: bool, lookup: bool = True) -> FileResult:
    """``check_path`` for a worker process: the result without the parsed document, so it pickles small."""
    return check_path(
        path, config=config, cache=process_cache() if use_cache else None, lookup=lookup
    ).detached()


def check_paths(
    files: list[str],
    configs: dict[str, Config],
    *,
    jobs: int | None = None,
    use_cache: bool = True,
    progress: Callable[[], None] | None = None,
    before_work: Callable[[Config], None] | None = None,
) -> dict[str, FileResult]:
    """Check several files: unchanged files from the result cache, the others in ``jobs`` worker processes (one
    process when there is one file or one job). ``progress`` is called once per file; ``before_work`` once, with
    the settings of the first file to analyse, before worker processes start (the CLI loads the model there, so
    forked workers share it and a missing model is one clear error)."""
    done: dict[str, FileResult] = {}
    if not files:
        return done
    if use_cache:
        cache = process_cache()
        for path in files:
            hit = cached_result(path, configs[path], cache)
            if hit is not None:
                done[path] = hit
                if progress:
                    progress()
    todo = [p for p in files if p not in done]
    if not todo:
        return done
    if before_work is not None:
        before_work(configs[todo[0]])
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    if jobs == 1:
        for path in todo:  # the cache was asked about these already: the check only stores its result
            done[path] = check_path_detached(path, configs[path], use_cache, lookup=False)
            if progress:
                progress()
        return done
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        futures = {
            path: pool.submit(check_path_detached, path, configs[path], use_cache, False) for path in todo
        }
        for path in todo:
            done[path] = futures[path].result()
            if progress:
                progress()
    return done


def unexpected_error(exc: BaseException) -> str:
    return (
        f"Dit bestand kon niet worden gecontroleerd door een onverwachte fout ({type(exc).__name__}). "
        "Meld dit alstublieft bij de makers van beleidstaal."
    )
