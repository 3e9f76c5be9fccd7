"""What runs on a Dask worker: the model plugin and the task that checks one partition.

``check_partition`` reads its documents, skips those already done (same id, content hash and versions), runs each
through the core (``check_document``: reader → spaCy → rules → filters), and writes the partition's tables. It is a
pure function of its inputs: run twice (after a worker died) it writes the same files under the same names.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import math
import os
import time
from collections import Counter
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

from ..config import Config
from ..errors import BeleidstaalError
from ..findings import CATEGORIES
from ..index.reference import is_quote_source
from . import minhash, store
from .sources import Partition, SourceDoc, iter_documents

#: a passage for copy detection: consecutive sentences, starting at every sentence, of at least this many words
PASSAGE_WORDS = 40
#: passages shorter than this (the end of a short document) are not compared
MIN_PASSAGE_WORDS = 20
#: stock phrases: word groups of this many words
PHRASE_SIZES = (3, 4, 5, 6)
#: how many word groups each partition keeps for the phrase ranking
PHRASES_PER_PARTITION = 3000

CATEGORY_COLUMNS = {c: "per_1000_" + c.replace("-", "_") for c in CATEGORIES}


class ModelPlugin(WorkerPlugin):
    """Loads the language model, the word lists and the rules once when a worker starts."""

    name = "beleidstaal-model"

    def __init__(self, config: Config) -> None:
        self.config = config

    def setup(self, worker) -> None:
        started = time.perf_counter()
        warm_up(self.config)
        _PROCESS["model_seconds"] += time.perf_counter() - started


#: what this worker process did before its tasks (the model plugin)
_PROCESS: dict = {"model_seconds": 0.0}


class Phases:
    """Wall-clock and CPU seconds per phase of a task (``with phases("check"): ...``), summed over documents."""

    def __init__(self) -> None:
        self.wall: Counter = Counter()
        self.cpu: Counter = Counter()

    @contextlib.contextmanager
    def __call__(self, name: str):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall[name] += time.perf_counter() - wall
            self.cpu[name] += time.process_time() - cpu

    def to_dict(self) -> dict:
        return {name: [round(self.wall[name], 4), round(self.cpu[name], 4)] for name in self.wall}


def _process_report() -> dict:
    """This worker process: its id, how often it loaded a language model (once, or the plugin did not do its job)
    and how long the model plugin took."""
    from ..model import load_model

    return {"pid": os.getpid(), "model_loads": load_model.cache_info().misses,
            "model_seconds": round(_PROCESS["model_seconds"], 3)}  # fmt: skip


def warm_up(config: Config) -> None:
    from ..core import check_text

    with contextlib.suppress(BeleidstaalError):  # the task reports the error per document
        check_text("Dit is een korte zin om het model te laden.", config=config)


# ---------------------------------------------------------------- readability


def readability(fig) -> dict:
    """Flesch-Douma, B1 share, taalniveau, nominalisations and passives per 100 sentences, from the document
    figures the core computed with the check (the figures of ``beleidstaal stats``)."""
    out: dict = dict(
        flesch_douma=fig.flesch_douma,
        b1_share=round(1.0 - fig.rare_share, 4) if fig.words else None,
        level=fig.level if fig.words else None,
        mean_sentence_length=fig.mean_sentence_length,
        nominalisations_per_100_sentences=fig.nominalisations_per_100,
        passives_per_100_sentences=fig.passives_per_100,
    )
    for key, v in out.items():
        if isinstance(v, float) and not math.isfinite(v):
            out[key] = None
    return out


# ---------------------------------------------------------------- passages and phrases


def passages(analysis, document, *, cite_source: bool = False) -> list[dict]:
    """Sentence-aligned windows of about ``PASSAGE_WORDS`` words, one starting at every sentence. ``quotation`` says
    why a window is quoted text (law, a quotation), as ``beleidstaal check`` decides between BT802 and BT801
    (``rules.copy_quotes.quotation_reason``), or is None; ``cite_source``: the document is one to quote from."""
    import bisect

    from ..index.noise import prose_tokens
    from ..language.policy_quotes import policy_quotations
    from ..language.quotation import QuotedText
    from ..rules.copy_quotes import quotation_reason

    tokens = prose_tokens(document)
    blocks = QuotedText(policy_quotations(document))
    sents = []
    for span, offset in analysis.sentences():
        start, end = offset + span.start_char, offset + span.end_char
        n = len(minhash.words(span.text))
        if n:
            sents.append((start, end, n))
    out = []
    j = 0
    total = 0
    for i in range(len(sents)):
        if i > 0:
            total -= sents[i - 1][2]
        if j < i:
            j, total = i, 0
        while j < len(sents) and total < PASSAGE_WORDS:
            total += sents[j][2]
            j += 1
        if total < MIN_PASSAGE_WORDS and i > 0:
            break
        start, end = sents[i][0], sents[j - 1][1]
        text = document.text[start:end]
        ws = minhash.words(text)
        if len(ws) < MIN_PASSAGE_WORDS:
            break
        loc = document.locate(start, end)
        first, last = bisect.bisect_left(tokens.starts, start), bisect.bisect_left(tokens.starts, end)
        quotation = quotation_reason(document, tokens, first, last, cite_source=cite_source, blocks=blocks)
        out.append({
            "passage": len(out),
            "start": loc.offset,
            "end": loc.end_offset,
            "line": loc.line,
            "end_line": loc.end_line,
            "words": len(ws),
            "text": text,
            "quotation": quotation,
            "minhash": minhash.signature(minhash.shingles(ws)).tolist(),
        })  # fmt: skip
        if j >= len(sents):
            break  # this window reached the end of the document
    return out


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def phrase_counts(analysis, counter: Counter, occurrences: Counter) -> None:
    """Add the word groups of one document to the partition's counters (documents, and occurrences)."""
    stop = _stop_words()
    seen: set[str] = set()
    for span, _ in analysis.sentences():
        ws = [t.lower_ if t.is_alpha else None for t in span if not t.is_space]
        for n in PHRASE_SIZES:
            for i in range(len(ws) - n + 1):
                gram = ws[i : i + n]
                if None in gram or all(w in stop for w in gram):
                    continue
                phrase = " ".join(gram)
                occurrences[phrase] += 1
                seen.add(phrase)
    counter.update(seen)


# ---------------------------------------------------------------- the task


def _read(sd: SourceDoc):
    """(document, content hash) for one source document. Raises BeleidstaalError with a Dutch message."""
    from ..readers import document_from_text, read_path

    if sd.error:
        raise BeleidstaalError(sd.error)
    if sd.text is not None:
        if not sd.text.strip():
            raise BeleidstaalError("Het document is leeg. Er is niets te controleren.")
        document = document_from_text(sd.text, kind=sd.kind or "text", path=sd.id)
    else:
        assert sd.path is not None
        document = read_path(sd.path, kind=sd.kind)
    content_hash = hashlib.sha256(document.source.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return document, content_hash


def _unexpected(exc: BaseException) -> str:
    from ..core import unexpected_error  # the same words as ``beleidstaal check``

    return unexpected_error(exc)


def _metadata_value(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return json.dumps(v, ensure_ascii=False, default=str)


def _for_file(config: Config, sd: SourceDoc) -> Config:
    """The settings for one document, with the per-file overrides of the settings file (as ``check`` does)."""
    for_file = getattr(config, "for_file", None)
    return for_file(sd.path or sd.id) if for_file is not None else config


TOO_BIG = "Dit bestand is te groot of te diep genest om te controleren."
#: documents read and parsed together: spaCy parses a batch of paragraphs faster than one at a time
CHUNK = 32
CHUNK_PARAGRAPHS = 2000


def _prepared(part: Partition, config: Config, vers: dict, done: dict, summary: dict, phases: Phases):
    """(source document, row, Document or None) for every document that is not skipped. Reads a chunk of
    documents, then parses all their paragraphs in one ``nlp.pipe`` call, so the core finds them in its cache."""
    chunk: list = []
    paragraphs = 0
    for sd in iter_documents(part):
        row: dict = {"id": sd.id, "path": sd.path or sd.id, "content_hash": None, "check_key": None,
                     "words": None, "sentences": None, "findings": None, "error": None}  # fmt: skip
        document = None
        try:
            with phases("read"):
                document, content_hash = _read(sd)
            key = store.check_key(sd.id, content_hash, vers)
            if done.get(sd.id) == key:
                summary["skipped"] += 1
                continue
            row.update(content_hash=content_hash, check_key=key)
        except BeleidstaalError as exc:
            row["error"] = str(exc)
        except (MemoryError, RecursionError):
            row["error"] = TOO_BIG
        except Exception as exc:
            row["error"] = _unexpected(exc)
        chunk.append((sd, row, document if not row["error"] else None))
        paragraphs += len(document.paragraphs) if document is not None and not row["error"] else 0
        if len(chunk) >= CHUNK or paragraphs >= CHUNK_PARAGRAPHS:
            with phases("parse"):
                _pre_parse([d for _, _, d in chunk if d is not None], config)
            yield from chunk
            chunk, paragraphs = [], 0
    with phases("parse"):
        _pre_parse([d for _, _, d in chunk if d is not None], config)
    yield from chunk


def _pre_parse(documents: list, config: Config) -> None:
    """Parse the paragraphs of several documents in one batch and put them in the Analyser's cache
    (``Analyser.parse``, the same call the core makes, so batched and one-by-one parses give the same result); a
    core without this cache simply parses later, one document at a time."""
    from ..nlp import get_analyser

    try:
        analyser = get_analyser(config.model)
    except Exception:
        return
    texts = list(dict.fromkeys(d.paragraph_text(p) for d in documents for p in d.paragraphs))
    if not texts or len(texts) > analyser._cache_size // 2:
        return
    with contextlib.suppress(
        Exception
    ):  # parse again inside the core, where errors are reported per document
        analyser.parse(texts)


def check_partition(part: Partition, out: str, run: str, config: Config, vers: dict, done: dict) -> dict:
    """Check the documents of one partition and write its tables. Returns a small summary for the client: counts,
    and the seconds of each phase (``timings``: phase -> [wall, cpu])."""
    from ..core import check_document

    started = time.perf_counter(), time.process_time()
    phases = Phases()
    out_dir = Path(out)
    name = store.part_name(run, part.index)
    docs: list[dict] = []
    findings: list[dict] = []
    passage_rows: list[dict] = []
    phrase_docs: Counter = Counter()
    phrase_occ: Counter = Counter()
    summary = {"partition": part.index, "checked": 0, "skipped": 0, "errors": 0, "words": 0}
    for sd, row, document in _prepared(part, config, vers, done, summary, phases):
        meta = {k: _metadata_value(v) for k, v in sd.metadata.items()}
        if document is not None:
            try:
                with phases("check"):
                    result = check_document(document, _for_file(config, sd))
            except BeleidstaalError as exc:
                row["error"] = str(exc)
            except (MemoryError, RecursionError):
                row["error"] = TOO_BIG
            except Exception as exc:  # one bad document must not stop the archive
                row["error"] = _unexpected(exc)
        if row["error"]:
            summary["errors"] += 1
            docs.append({**row, **meta})
            continue
        summary["checked"] += 1
        analysis = result.analysis
        words = result.words
        summary["words"] += words
        with phases("rows"):
            per_cat = Counter(f.category for f in result.findings)
            row.update(words=words, sentences=result.sentences, findings=len(result.findings))
            row.update(readability(result.figures))
            for cat, col in CATEGORY_COLUMNS.items():
                row[col] = 1000.0 * per_cat[cat] / words if words else 0.0
            row.update(vers)
            docs.append({**row, **meta})
            for f in result.findings:
                d = f.to_dict()
                d["data"] = (
                    json.dumps(d["data"], ensure_ascii=False, default=str)
                    if d.get("data") is not None
                    else None
                )
                findings.append({"document_id": sd.id, **d, **meta})
        with phases("passages"):
            cite_source = is_quote_source(config, row["path"], row["path"])
            for p in passages(analysis, document, cite_source=cite_source):
                passage_rows.append({"document_id": sd.id, "path": row["path"], **p})
        with phases("phrases"):
            phrase_counts(analysis, phrase_docs, phrase_occ)
    if docs:
        with phases("write"):
            _write_part(out_dir, name, docs, findings, passage_rows, phrase_docs, phrase_occ)
    summary["written"] = bool(docs)
    phases.wall["task"] = time.perf_counter() - started[0]
    phases.cpu["task"] = time.process_time() - started[1]
    summary["timings"] = phases.to_dict()
    summary.update(_process_report())
    return summary


# ---------------------------------------------------------------- tables


def _schemas():
    import pyarrow as pa

    documents = [
        ("id", pa.string()), ("path", pa.string()), ("content_hash", pa.string()), ("check_key", pa.string()),
        ("words", pa.int64()), ("sentences", pa.int64()), ("findings", pa.int64()),
        ("flesch_douma", pa.float64()), ("b1_share", pa.float64()), ("level", pa.string()),
        ("mean_sentence_length", pa.float64()),
        ("nominalisations_per_100_sentences", pa.float64()), ("passives_per_100_sentences", pa.float64()),
        *[(col, pa.float64()) for col in CATEGORY_COLUMNS.values()],
        ("error", pa.string()),
        ("model_version", pa.string()), ("lexicon_version", pa.string()), ("beleidstaal_version", pa.string()),
        ("settings", pa.string()),
    ]  # fmt: skip
    findings = [
        ("document_id", pa.string()), ("rule", pa.string()), ("name", pa.string()), ("category", pa.string()),
        ("severity", pa.string()), ("message", pa.string()), ("suggestions", pa.list_(pa.string())),
        ("advice", pa.list_(pa.string())), ("replaceable", pa.bool_()), ("term", pa.string()), ("path", pa.string()),
        ("line", pa.int64()), ("column", pa.int64()), ("end_line", pa.int64()), ("end_column", pa.int64()),
        ("offset", pa.int64()), ("end_offset", pa.int64()), ("text", pa.string()), ("data", pa.string()),
    ]  # fmt: skip
    passages = [
        ("document_id", pa.string()), ("path", pa.string()), ("passage", pa.int64()), ("start", pa.int64()),
        ("end", pa.int64()), ("line", pa.int64()), ("end_line", pa.int64()), ("words", pa.int64()),
        ("text", pa.string()), ("quotation", pa.string()), ("minhash", pa.list_(pa.uint32(), minhash.NUM_PERM)),
    ]  # fmt: skip
    return documents, findings, passages


RESERVED = {"id", "document_id"}


def _table(rows: list[dict], fields: list):
    """A pyarrow Table with the fixed columns typed as given, and metadata columns after them."""
    import pyarrow as pa

    fixed = [n for n, _ in fields]
    fixed_set = set(fixed)
    extra: list[str] = []
    for r in rows:
        for k in r:
            if k not in fixed_set and k not in extra:
                extra.append(k)
    arrays = [pa.array([r.get(n) for r in rows], type=t) for n, t in fields]
    names = list(fixed)
    for k in extra:
        values = [r.get(k) for r in rows]
        try:
            arr = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            arr = pa.array([None if v is None else str(v) for v in values], type=pa.string())
        if pa.types.is_null(arr.type):
            arr = arr.cast(pa.string())
        arrays.append(arr)
        names.append(k if k not in fixed_set else f"meta_{k}")
    return pa.Table.from_arrays(arrays, names=names)


def _write_part(
    out: Path, name: str, docs, findings, passage_rows, phrase_docs: Counter, phrase_occ: Counter
):
    import pyarrow as pa

    doc_fields, finding_fields, passage_fields = _schemas()
    top = sorted(phrase_docs, key=lambda p: (-phrase_docs[p], -phrase_occ[p], p))[:PHRASES_PER_PARTITION]
    phrases = pa.table({
        "phrase": pa.array(top, type=pa.string()),
        "words": pa.array([p.count(" ") + 1 for p in top], type=pa.int64()),
        "documents": pa.array([phrase_docs[p] for p in top], type=pa.int64()),
        "occurrences": pa.array([phrase_occ[p] for p in top], type=pa.int64()),
    })  # fmt: skip
    store.write_table_atomic(_table(findings, finding_fields), out / store.FINDINGS / name)
    store.write_table_atomic(_table(passage_rows, passage_fields), out / store.PASSAGES / name)
    store.write_table_atomic(phrases, out / store.PHRASE_COUNTS / name)
    store.write_table_atomic(_table(docs, doc_fields), out / store.DOCUMENTS / name)  # last: marks complete
