"""The batch job: plan the partitions, check them on a Dask cluster, then find copies and stock phrases.

``run_batch`` is what ``beleidstaal batch`` calls. It starts a ``LocalCluster`` sized to the machine, or connects
to an existing scheduler (``scheduler="tcp://host:8786"``), or uses a ``client`` you pass in.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..config import Config
from ..errors import BeleidstaalError
from . import store
from .sources import plan

SUPERSEDE_JOURNAL = ".supersede.json"
#: partitions planned per worker (for a small archive; a big one is cut at 2 MB a partition anyway): partitions of
#: equal size are handed out as workers come free, so at the end a worker waits at most for one partition of the
#: other, 1/8 of its share here
PARTITIONS_PER_WORKER = 8


@dataclass
class BatchResult:
    output: str
    partitions: int = 0
    checked: int = 0
    skipped: int = 0
    errors: int = 0
    words: int = 0
    copies: int = 0
    phrases: int = 0
    seconds: float = 0.0
    workers: int = 0
    dashboard: str | None = None
    #: fingerprint of the passages that copies/ and phrases/ were made from
    copies_state: str | None = None
    problems: list[tuple[str, str]] = field(default_factory=list)
    failed_partitions: list[tuple[int, str]] = field(default_factory=list)
    #: where the time went: phase -> [wall seconds, CPU seconds]; the workers' phases summed over the tasks
    #: (read, parse, check, rows, passages, phrases, write, task), the client's own as client:<phase>
    timings: dict[str, list[float]] = field(default_factory=dict)
    #: per worker process (pid): how often it loaded a language model and the seconds of the model plugin
    worker_processes: dict[str, dict] = field(default_factory=dict)

    def add_task(self, summary: dict) -> None:
        """Add the timings and the process report of one finished task."""
        for phase, (wall, cpu) in summary.get("timings", {}).items():
            total = self.timings.setdefault(phase, [0.0, 0.0])
            total[0] += wall
            total[1] += cpu
        if "pid" in summary:
            self.worker_processes[str(summary["pid"])] = {
                "model_loads": summary.get("model_loads"),
                "model_seconds": summary.get("model_seconds"),
            }

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def default_workers() -> int:
    """One worker per core, but no more than memory allows (about 1.5 GB per worker with the model loaded)."""
    cores = os.cpu_count() or 1
    try:
        import psutil

        mem_workers = int(psutil.virtual_memory().total / (1.5 * 1024**3))
    except Exception:
        mem_workers = cores
    return max(1, min(cores, mem_workers))


@contextlib.contextmanager
def _lock(out: Path):
    """One run at a time per output folder (released automatically when the process ends)."""
    path = out / store.LOCK
    fh = open(path, "a+")  # noqa: SIM115 - held for the whole run
    try:
        try:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - not on POSIX
            pass
        except OSError:
            raise BeleidstaalError(
                f"Er loopt al een controle die naar de map '{out}' schrijft. Wacht tot die klaar is, "
                "of kies een andere map met --output."
            ) from None
        yield
    finally:
        fh.close()


@contextlib.contextmanager
def _client(client=None, scheduler: str | None = None, workers: int | None = None):
    """A Dask client: the one given, one connected to ``scheduler``, or a new LocalCluster."""
    if client is not None:
        yield client
        return
    from distributed import Client

    if scheduler:
        try:
            c = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise BeleidstaalError(
                f"Kan geen verbinding maken met de Dask-scheduler op '{scheduler}' ({exc}). "
                "Controleer het adres (bijvoorbeeld tcp://host:8786) en of de scheduler draait."
            ) from None
        try:
            yield c
        finally:
            c.close()
        return
    cluster = local_cluster(workers or default_workers())
    c = Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def local_cluster(workers: int, *, dashboard: bool | None = None):
    """The cluster ``beleidstaal batch`` starts on this computer: one process per worker with one thread each (the
    parser is single-threaded Python and numpy; threads would fight over the GIL), and a scheduler that hands each
    worker one task at a time (``worker-saturation`` 1.0): the partitions wait, largest first, on the scheduler
    and go to whichever worker is free first, so no worker holds a second task while another has nothing to do.
    The dashboard only where bokeh is installed (``dashboard=None``), or when asked."""
    import dask
    from distributed import LocalCluster

    if dashboard is None:
        import importlib.util

        dashboard = importlib.util.find_spec("bokeh") is not None
    with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":8787" if dashboard else None,
            silence_logs=logging.ERROR,
        )


def _existing(out: Path) -> dict[str, str]:
    """From earlier runs: id → check key of the documents checked without error."""
    import pyarrow.parquet as pq

    done: dict[str, str] = {}
    for f in store.part_files(out, store.DOCUMENTS):
        try:
            t = pq.read_table(f, columns=["id", "check_key", "error"]).to_pydict()
        except Exception:  # an unreadable part: remove it, its documents are checked again
            with contextlib.suppress(OSError):
                f.unlink()
            continue
        for doc_id, key, error in zip(t["id"], t["check_key"], t["error"], strict=True):
            if error is None and key:
                done[doc_id] = key
    return done


def _run_of(part_name: str) -> str:
    """``part-<run>-<n>.parquet`` → ``<run>`` (runs sort by their start time)."""
    return part_name[len("part-") :].rsplit("-", 1)[0]


def _stale_rows(out: Path) -> dict[str, list[str]]:
    """Documents that are in parts of more than one run: part name → the ids whose rows are stale there (every run
    but the latest). Covers documents checked again, and parts that a task of an interrupted run wrote late."""
    import pyarrow.parquet as pq

    runs: dict[str, dict[str, str]] = {}  # id → run → part name
    for f in store.part_files(out, store.DOCUMENTS):
        for doc_id in pq.read_table(f, columns=["id"]).column("id").to_pylist():
            runs.setdefault(doc_id, {}).setdefault(_run_of(f.name), f.name)
    stale: dict[str, list[str]] = {}
    for doc_id, parts in runs.items():
        if len(parts) > 1:
            latest = max(parts)
            for run, name in parts.items():
                if run != latest:
                    stale.setdefault(name, []).append(doc_id)
    return stale


def _supersede(out: Path, parts: dict[str, list[str]]) -> None:
    """Remove the rows of documents that were checked again from the parts of earlier runs. A journal makes this
    safe to interrupt: the next run finishes it."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from ..fileio import atomic_write_text

    journal = out / SUPERSEDE_JOURNAL
    if parts:
        atomic_write_text(journal, json.dumps(parts))
    for name, ids in parts.items():
        drop = pa.array(sorted(set(ids)), type=pa.string())
        for table, column in ((store.DOCUMENTS, "id"), (store.FINDINGS, "document_id"),
                              (store.PASSAGES, "document_id")):  # fmt: skip
            path = out / table / name
            if not path.exists():
                continue
            t = pq.read_table(path)
            kept = t.filter(pc.invert(pc.is_in(t.column(column), value_set=drop)))
            if kept.num_rows == t.num_rows:
                continue
            if table == store.DOCUMENTS and kept.num_rows == 0:
                path.unlink()  # the whole partition is superseded; its other files go below
                for other in store.PART_TABLES:
                    with contextlib.suppress(OSError):
                        (out / other / name).unlink()
                break
            store.write_table_atomic(kept, path)
    with contextlib.suppress(OSError):
        journal.unlink()


def _finish_journal(out: Path) -> None:
    journal = out / SUPERSEDE_JOURNAL
    if journal.exists():
        try:
            parts = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            parts = {}
        _supersede(out, parts)


ProgressFn = Callable[[str, dict], None]


def submission_order(partitions: list) -> list:
    """The partitions largest first (size in bytes, or rows of a table): a big partition that starts last keeps
    one worker busy while the others have nothing left to do. Dask starts tasks in the order they are submitted."""
    return sorted(partitions, key=lambda p: (-(p.size or 0), p.index))


def run_batch(
    sources: list[str],
    output: str | Path,
    *,
    config: Config | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    client=None,
    progress: ProgressFn | None = None,
    copies: bool = True,
) -> BatchResult:
    """Check every document of ``sources`` on a Dask cluster and write the tables to ``output``."""
    from distributed import as_completed

    from .copies import find_copies, find_phrases
    from .worker import ModelPlugin, Phases, check_partition

    config = config or Config()
    notify = progress or (lambda kind, data: None)
    out = Path(output).expanduser().resolve()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BeleidstaalError(f"Kan de map '{out}' niet maken: {exc.strerror or exc}.") from None
    if not os.access(out, os.W_OK):
        raise BeleidstaalError(f"U mag niet schrijven in de map '{out}'.")
    started = time.perf_counter()
    result = BatchResult(output=str(out))
    clock = Phases()  # the client's own work
    with clock("client:validate"):
        _validate(config)
    with _lock(out):
        with clock("client:resume"):
            _finish_journal(out)
            store.clean_leftovers(out)
            done = _existing(out)
            vers = store.versions(config)
        guess = workers or default_workers()
        with clock("client:plan"):
            probe = plan(sources, partitions_hint=PARTITIONS_PER_WORKER * guess)
        if not probe.partitions:
            details = "; ".join(f"{src}: {msg}" for src, msg in probe.problems)
            raise BeleidstaalError(f"Er is niets te controleren. {details}".strip())
        with contextlib.ExitStack() as stack:
            with clock("client:cluster"):
                c = stack.enter_context(_client(client, scheduler, workers))
            n_workers = len(c.scheduler_info().get("workers", {})) or (workers or 1)
            result.workers = n_workers
            result.dashboard = getattr(c, "dashboard_link", None) if _has_dashboard(c) else None
            the_plan = (
                probe
                if n_workers == guess
                else plan(sources, partitions_hint=PARTITIONS_PER_WORKER * n_workers)
            )
            result.problems = the_plan.problems
            result.partitions = len(the_plan.partitions)
            notify("start", {"partitions": len(the_plan.partitions), "documents": the_plan.documents,
                             "dashboard": result.dashboard, "workers": n_workers})  # fmt: skip
            with clock("client:model"):  # every worker loads the model once, before the first task
                c.register_plugin(ModelPlugin(config), name=ModelPlugin.name)
            # what earlier runs did: a partition of files gets the entries of its own files, a table slice (its
            # ids are known only when it is read) the whole list, sent to each worker once
            tables = any(not part.files for part in the_plan.partitions)
            done_all = c.scatter([done], broadcast=True)[0] if done and tables else {}
            with clock("client:check"):  # from the first task submitted to the last one finished
                # microseconds, so that two runs in the same second still sort in the order they ran
                run = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]
                futures = {
                    c.submit(
                        check_partition,
                        part,
                        str(out),
                        run,
                        config,
                        vers,
                        {f: done[f] for f in part.files if f in done} if part.files else done_all,
                        key=f"beleidstaal-check-{run}-{part.index}",
                        retries=1,
                    ): part  # fmt: skip
                    for part in submission_order(the_plan.partitions)
                }
                for fut in as_completed(futures):
                    part = futures[fut]
                    try:
                        summary = fut.result()
                    except Exception as exc:
                        msg = _task_error(exc)
                        result.failed_partitions.append((part.index, msg))
                        notify("failed", {"partition": part.index, "error": msg})
                        continue
                    result.checked += summary["checked"]
                    result.skipped += summary["skipped"]
                    result.errors += summary["errors"]
                    result.words += summary["words"]
                    result.add_task(summary)
                    notify("partition", summary)
                    fut.release()
            with clock("client:supersede"):
                rechecked = _stale_rows(out)
                _supersede(out, rechecked)
                store.clean_leftovers(out)  # temporary files of a worker that died while writing
                total_docs = _count_documents(out)
                state = _passages_state(out)
            previous = (store.read_manifest(out) or {}).get("copies_state")
            result.copies_state = state if copies else previous
            if (
                copies
                and state == previous
                and (out / store.COPIES).is_dir()
                and (out / store.PHRASES).is_dir()
            ):
                # nothing new: the copies and phrases of the last run still hold
                result.copies = _rows(out, store.COPIES)
                result.phrases = _rows(out, store.PHRASES)
            elif copies:
                notify("phase", {"name": "copies"})
                with clock("client:copies"):
                    result.copies = find_copies(c, out)
                with clock("client:phrases"):
                    result.phrases = find_phrases(out, total_docs)
        result.seconds = time.perf_counter() - started
        result.timings.update(clock.to_dict())
        store.write_manifest(out, {
            "beleidstaal_version": __version__,
            "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "sources": [str(s) for s in sources],
            **vers,
            **{k: v for k, v in result.to_dict().items() if k != "output"},
        })  # fmt: skip
    return result


def _validate(config: Config) -> None:
    """Load the model, word lists and rules here first: a broken setting gives one clear error, not one per
    document."""
    from ..core import check_text

    try:
        check_text("Dit is een korte zin.", config=config)
    except BeleidstaalError as exc:
        raise BeleidstaalError(f"De controle kan niet beginnen: {exc}") from None


def _has_dashboard(client) -> bool:
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None


def _passages_state(out: Path) -> str:
    """A fingerprint of the passages parts: equal fingerprints mean copies/ and phrases/ are still up to date."""
    import hashlib

    h = hashlib.sha256()
    for table in (store.PASSAGES, store.PHRASE_COUNTS):
        for f in store.part_files(out, table):
            st = f.stat()
            h.update(f"{table}/{f.name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def _rows(out: Path, table: str) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in store.part_files(out, table))


def _count_documents(out: Path) -> int:
    t = store.read_table(out, store.DOCUMENTS, columns=["error"])
    if t is None:
        return 0
    import pyarrow.compute as pc

    return int(pc.sum(pc.is_null(t.column("error"))).as_py() or 0)


def _task_error(exc: BaseException) -> str:
    name = type(exc).__name__
    if name == "KilledWorker":
        return ("Deze groep documenten liet de rekenprocessen steeds vastlopen (te weinig geheugen?). "
                "De andere groepen zijn wel gecontroleerd.")  # fmt: skip
    if isinstance(exc, BeleidstaalError):
        return str(exc)
    return f"Deze groep documenten kon niet worden gecontroleerd ({name}: {exc})."
