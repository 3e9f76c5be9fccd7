"""The one way through: read → analyse → rules → filters. Every front end calls ``check_document``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config, config_for
from .document import Document
from .errors import BeleidstaalError
from .filters import apply_allow, apply_severity, apply_suppressions, drop_in_headings, rule_enabled
from .findings import Finding
from .nlp import Analysis, get_analyser
from .readers import document_from_text, kind_for, read_bytes, read_file_bytes
from .rules.quotation import fold_quoted
from .rules.registry import RuleContext, all_rules
from .summary import Summary, summarise


@dataclass
class FileResult:
    """The outcome for one file: its findings and their summary, or a Dutch error message."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    words: int = 0
    error: str | None = None
    document: Document | None = None
    analysis: Analysis | None = None
    #: built on first use (the editor does not need it), from the findings and the analysis
    _summary: Summary | None = field(default=None, repr=False)

    @property
    def summary(self) -> Summary | None:
        """Taalniveau, counts, grouped repeats and *Eerst verbeteren* (``summary.py``); None for an error."""
        if self.error:
            return None
        if self._summary is None:
            self._summary = summarise(self.findings, self.words, taalniveau(self.analysis))
        return self._summary

    def to_dict(self) -> dict:
        return {"path": self.path, "words": self.words, "error": self.error, "findings": len(self.findings)}


def taalniveau(analysis: Analysis | None) -> str | None:
    if analysis is None:
        return None
    from .stats import analysis_stats

    return analysis_stats(analysis).document.level


_contexts: dict[Config, RuleContext] = {}


def _context(config: Config) -> RuleContext:
    ctx = _contexts.get(config)
    if ctx is None:
        if len(_contexts) > 32:
            _contexts.clear()
        ctx = _contexts[config] = RuleContext(config)
    return ctx


def run_rules(
    analysis: Analysis, config: Config, *, checkpoint: Callable[[], None] | None = None
) -> list[Finding]:
    """All enabled rules over one analysis, then every filter; positions resolved against the source.
    ``checkpoint`` is called before each rule (the language server stops stale work there by raising)."""
    ctx = _context(config)
    document = analysis.document
    findings: list[Finding] = []
    rules = [r for r in all_rules() if r.check is not None and rule_enabled(r, config)]
    for rule in rules:
        if checkpoint is not None:
            checkpoint()
        findings.extend(rule.check(analysis, ctx))
    findings = drop_in_headings(findings, document, rules)
    # quoted text (a law, a definition) cannot be rewritten: its findings become one BT702 finding per block
    findings = fold_quoted(analysis, findings, ctx)
    for f in findings:
        loc = document.locate(f.start, f.end)
        f.path = document.path
        f.offset, f.end_offset = loc.offset, loc.end_offset
        f.line, f.column, f.end_line, f.end_column = loc.line, loc.column, loc.end_line, loc.end_column
        f.text = document.source[loc.offset : loc.end_offset]
        if document.kind in ("docx", "odt"):  # a Word finding names its paragraph (line = paragraph number)
            f.data = {**(f.data or {}), "paragraph": document.line_text(f.line)}
    findings = apply_allow(findings, config)
    findings = apply_suppressions(findings, document)
    findings = apply_severity(findings, config)
    findings.sort(key=lambda f: f.sort_key)
    return findings


def check_document(document: Document, config: Config | None = None) -> FileResult:
    config = config or Config()
    analysis = get_analyser(config.model).analyse(document)
    findings = run_rules(analysis, config)
    return FileResult(
        path=document.path or "-",
        findings=findings,
        words=document.words,
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
            hit = cache.get(key) if lookup else None
            if hit is not None:
                return FileResult(path=path_str, findings=hit[0], words=hit[1], _summary=hit[2])
        document = read_bytes(data, kind=kind_for(path) or "text", path=path_str)
        result = check_document(document, config)
        if cache is not None and key is not None:
            cache.put(key, result.findings, result.words, result.summary)
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
        hit = cache.get(result_key(read_file_bytes(path), path, config))
    except Exception:  # a problem with this file is reported when it is checked for real
        return None
    return FileResult(path=path, findings=hit[0], words=hit[1], _summary=hit[2]) if hit is not None else None


_process_cache: tuple[int, object] | None = None


def process_cache():
    """One ResultCache (one SQLite connection) per process; a forked worker opens its own."""
    global _process_cache
    import os

    from .cache import ResultCache

    if _process_cache is None or _process_cache[0] != os.getpid():
        _process_cache = (os.getpid(), ResultCache())
    return _process_cache[1]


def check_path_detached(path: str, config: Config, use_cache: bool, lookup: bool = True) -> FileResult:
    """``check_path`` for a worker process: the result without the parsed document, so it pickles small."""
    result = check_path(path, config=config, cache=process_cache() if use_cache else None, lookup=lookup)
    result.summary  # noqa: B018 -- built while the analysis is still there
    result.document = None
    result.analysis = None
    return result


def unexpected_error(exc: BaseException) -> str:
    return (
        f"Dit bestand kon niet worden gecontroleerd door een onverwachte fout ({type(exc).__name__}). "
        "Meld dit alstublieft bij de makers van beleidstaal."
    )
