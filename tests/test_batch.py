"""beleidstaal batch: the Dask job on a two-worker LocalCluster, resumability, a killed worker, copies, the report.

The documents are generated from Dutch sentences of the UD treebanks (each sentence used once), so documents share
nothing except what a test plants on purpose: one 60-word passage in five documents (two words changed in each
copy), on line 3 of each (every sentence of the first paragraph has a line of its own); a quoted article (after
'Artikel 3.1 van het besluit luidt:') in three other documents; and a few stock phrases in many documents.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import signal
import subprocess
import sys
import warnings
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beleidstaal.batch import run_batch, store
from beleidstaal.cli import app
from beleidstaal.config import config_for

UD = Path(__file__).resolve().parents[1].parent / "shared" / "ud-dutch"
N_DOCS = 205
PLANTED = [12, 47, 90, 133, 178]
#: the planted passage is the third line of its document
PLANTED_LINE = 3
#: documents that quote the same article, introduced as a quotation
QUOTING = [30, 70, 150]
INTRODUCTION = "Artikel 3.1 van het besluit luidt:"
STOCK = [
    "In het kader van de uitvoering is maatwerk nodig.",
    "Ten behoeve van de inwoners wordt hier zorg voor gedragen.",
    "Er is sprake van een integrale aanpak in de regio.",
]
CORE_FIELDS = ("rule", "category", "severity", "path", "line", "column", "end_line", "end_column", "offset",
               "end_offset", "text", "message")  # fmt: skip

pytestmark = [
    pytest.mark.slow,  # a Dask cluster
    pytest.mark.skipif(not UD.is_dir(), reason=f"de map met Nederlandse zinnen ontbreekt: {UD}"),
    # found, not imported: importing Dask takes a second, also for a quick run (-m "not slow") that skips these
    pytest.mark.skipif(
        not all(importlib.util.find_spec(m) for m in ("distributed", "pyarrow")),
        reason="Dask (distributed) of pyarrow is niet geïnstalleerd",
    ),
]


def _sentences() -> list[str]:
    seen: set[str] = set()
    out = []
    for f in sorted(UD.glob("*.conllu")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                s = line[9:].strip()
                n = len(s.split())
                key = re.sub(r"\W+", " ", s.lower()).strip()
                if 6 <= n <= 30 and key not in seen and s[-1:] in ".?!":
                    seen.add(key)
                    out.append(s)
    random.Random(7).shuffle(out)
    return out


@pytest.fixture(scope="module")
def collection(tmp_path_factory) -> dict:
    return make_collection(tmp_path_factory.mktemp("archief"))


def make_collection(folder: Path) -> dict:
    pool = iter(_sentences())
    # the planted passage: consecutive sentences adding up to about 60 words
    passage: list[str] = []
    while sum(len(s.split()) for s in passage) < 56:
        s = next(pool)
        if sum(len(x.split()) for x in passage) + len(s.split()) <= 64:
            passage.append(s)
    words = " ".join(passage).split()
    article: list[str] = []
    while sum(len(s.split()) for s in article) < 50:
        article.append(next(pool))
    rng = random.Random(11)
    for i in range(N_DOCS):
        sents = [next(pool) for _ in range(4)]
        if i % 5 == 1:  # stock phrases in 41 documents
            for s in rng.sample(STOCK, 2):
                sents.insert(rng.randrange(len(sents) + 1), s)
        if i in PLANTED:
            k = PLANTED.index(i)
            copy = list(words)
            for pos, new in ((3 + 7 * k, "gemeentelijke"), (len(copy) - 4 - 5 * k, "provinciale")):
                copy[pos] = new
            sents.insert(2, " ".join(copy))
        text = "\n".join(sents[:3]) + "\n\n" + " ".join(sents[3:]) + "\n"
        if i in QUOTING:
            text = (
                "\n".join(sents[:3])
                + f"\n\n{INTRODUCTION}\n\n"
                + " ".join(article)
                + "\n\n"
                + " ".join(sents[3:])
                + "\n"
            )
        (folder / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
    return {
        "folder": folder,
        "ids": sorted(str(p) for p in folder.glob("*.txt")),
        "passage_words": len(words),
    }


@pytest.fixture(scope="module")
def client():
    import logging

    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)  # fmt: skip
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def _lexicons_now() -> str:
    from beleidstaal.cache import lexicon_version

    return lexicon_version(())


def _check_json(folder: Path) -> dict:
    """``beleidstaal check --format json`` in a fresh process, as a user runs it."""
    cmd = [
        sys.executable,
        "-c",
        "from beleidstaal.cli import main; main()",
        "check",
        "--format",
        "json",
        "--no-cache",
        str(folder),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    # 2: a file with an error (batch must then give the same error)
    assert proc.returncode in (0, 1, 2), proc.stderr
    return json.loads(proc.stdout)


def _core(rows) -> Counter:
    return Counter(tuple(r[k] for k in CORE_FIELDS) for r in rows)


@pytest.fixture(scope="module")
def first_run(collection, client, tmp_path_factory):
    """The first batch run and what ``check --format json`` says about the same files. When the two differ, the
    run is repeated once on restarted workers: in a working tree where colleagues edit rules and word lists,
    workers started a minute earlier may run older code than a fresh ``check``. A real difference stays."""
    for attempt in range(2):
        if attempt:
            client.restart()
        out = tmp_path_factory.mktemp("uit")
        result = run_batch(
            [str(collection["folder"])], out, client=client, config=config_for(collection["folder"])
        )
        expected = _check_json(collection["folder"])
        if _core(store.read_table(out, "findings").to_pylist()) == _core(expected["findings"]):
            break
        warnings.warn("batch and check differed; repeated on restarted workers", stacklevel=1)
    return out, result, expected


def test_findings_equal_check_json(collection, first_run):
    out, result, expected = first_run
    assert len(expected["files"]) == N_DOCS
    n_errors = sum(1 for f in expected["files"] if f["error"])
    assert result.checked == N_DOCS - n_errors and result.errors == n_errors and not result.failed_partitions
    assert result.partitions >= 2
    docs = store.read_table(out, "documents").to_pylist()
    assert sorted(d["id"] for d in docs) == collection["ids"]  # every document once
    findings = store.read_table(out, "findings").to_pylist()
    assert findings, "the collection has stock phrases, so there must be findings"
    assert _core(findings) == _core(expected["findings"])
    words = {f["path"]: f["words"] for f in expected["files"] if not f["error"]}
    assert {d["id"]: d["words"] for d in docs if not d["error"]} == words
    assert {d["id"]: d["error"] for d in docs} == {f["path"]: f["error"] for f in expected["files"]}
    d = next(d for d in docs if d["findings"])
    assert d["sentences"] >= 2 and d["flesch_douma"] is not None
    assert d["content_hash"] and d["model_version"] and d["lexicon_version"]
    assert abs(sum(d[c] for c in d if c.startswith("per_1000_")) - 1000 * d["findings"] / d["words"]) < 1e-6
    # the findings carry the document id
    assert {f["document_id"] for f in findings} <= set(collection["ids"])


def test_each_worker_process_loads_the_model_once_and_reports_where_time_went(first_run):
    _, result, _ = first_run
    assert len(result.worker_processes) == 2  # both workers ran tasks
    assert all(p["model_loads"] == 1 for p in result.worker_processes.values())
    for phase in ("read", "check", "passages", "phrases", "write", "task", "client:model", "client:check"):
        assert phase in result.timings, phase
    task_wall, task_cpu = result.timings["task"]
    parts = sum(result.timings[p][1] for p in ("read", "parse", "check", "rows", "passages", "phrases", "write")
                if p in result.timings)  # fmt: skip
    assert 0 < parts <= task_cpu + 0.05  # the phases are inside the task
    # checking is the work, not the bookkeeping
    assert result.timings["check"][1] > result.timings["write"][1]


def test_second_run_skips_everything(collection, client, first_run):
    out, _, _ = first_run
    for _ in range(3):  # word lists edited during the test make a run check everything again: catch up first
        if _lexicons_now() == store.read_table(out, "documents", ["lexicon_version"])[0][0].as_py():
            break
        run_batch(
            [str(collection["folder"])],
            out,
            client=client,
            config=config_for(collection["folder"]),
            copies=False,
        )
    before = sorted(p.name for p in store.part_files(out, "documents"))
    again = run_batch(
        [str(collection["folder"])], out, client=client, config=config_for(collection["folder"])
    )
    n_errors = sum(1 for d in store.read_table(out, "documents").to_pylist() if d["error"])
    # documents that failed are tried again; every other document is skipped
    assert again.skipped == N_DOCS - n_errors and again.checked == 0 and again.errors == n_errors
    if not n_errors:
        assert sorted(p.name for p in store.part_files(out, "documents")) == before
    assert store.read_table(out, "documents").num_rows == N_DOCS


def test_changed_document_replaces_its_old_rows(collection, client, first_run, tmp_path):
    import shutil

    folder = tmp_path / "klein"
    shutil.copytree(collection["folder"], folder)
    for p in sorted(folder.glob("*.txt"))[30:]:
        p.unlink()
    out = tmp_path / "uit"
    run_batch([str(folder)], out, client=client, config=config_for(collection["folder"]), copies=False)
    target = folder / "doc003.txt"
    target.write_text(
        target.read_text(encoding="utf-8") + "\nIn het kader van de uitvoering is maatwerk nodig.\n"
    )
    second = run_batch(
        [str(folder)], out, client=client, config=config_for(collection["folder"]), copies=False
    )
    assert second.checked == 1 and second.skipped == 29
    docs = store.read_table(out, "documents").to_pylist()
    assert Counter(d["id"] for d in docs) == Counter(str(p) for p in folder.glob("*.txt"))
    rows = [f for f in store.read_table(out, "findings").to_pylist() if f["document_id"] == str(target)]
    assert any(f["line"] >= 4 for f in rows)  # the new text is checked, the old rows are gone
    assert len({(f["line"], f["column"], f["rule"]) for f in rows}) == len(rows)


def test_copies_finds_the_ten_planted_pairs_and_nothing_else(collection, first_run):
    out, result, _ = first_run
    rows = store.read_table(out, "copies").to_pylist()
    copies = [c for c in rows if c["kind"] == "kopie"]
    pairs = {tuple(sorted((c["document_a"], c["document_b"]))) for c in copies}
    planted = [collection["ids"][i] for i in PLANTED]
    assert pairs == {tuple(sorted(p)) for p in combinations(planted, 2)}
    assert len(pairs) == 10 and result.copies == len(rows)
    for c in copies:
        assert c["end_a"] > c["start_a"] and c["reason"] is None
        assert 0.5 <= c["jaccard"] <= 1 and c["overlap"] >= c["jaccard"]
        assert c["cluster_documents"] == 5
        # the line shown is the planted passage's own line, in both documents, and the text shown starts there
        assert c["line_a"] == c["line_b"] == PLANTED_LINE, c
        line = Path(c["path_a"]).read_text(encoding="utf-8").splitlines()[c["line_a"] - 1]
        assert c["text"][:40] in line
    # the quoted article is quotation, not copying: the same decision as BT802 in 'beleidstaal check'
    cited = [c for c in rows if c["kind"] == "citaat"]
    quoting = [collection["ids"][i] for i in QUOTING]
    assert {tuple(sorted((c["document_a"], c["document_b"]))) for c in cited} == {
        tuple(sorted(p)) for p in combinations(quoting, 2)
    }
    assert {c["reason"] for c in cited} == {"aangehaalde tekst"}
    # the locations point at the planted passage in both documents
    c = copies[0]
    text_a = Path(c["path_a"]).read_text(encoding="utf-8")[c["start_a"] : c["end_a"]]
    assert "gemeentelijke" in text_a or "provinciale" in text_a
    phrases = {p["phrase"]: p for p in store.read_table(out, "phrases").to_pylist()}
    assert "in het kader van" in " | ".join(phrases)
    assert_no_variants(list(phrases))
    top = max(phrases.values(), key=lambda p: p["documents"])
    assert top["documents"] >= 20


def test_cli_jsonl_and_parquet_sources_with_metadata_and_report(client, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    sents = _sentences()[:60]
    rows = [{"id": f"j{i}", "text": " ".join(sents[i * 3 : i * 3 + 3]) + " " + STOCK[i % 3],
             "organisatie": ["Utrecht", "Zwolle"][i % 2], "jaar": 2020 + i % 3} for i in range(12)]  # fmt: skip
    src = tmp_path / "docs.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(5, "{dit is geen json")
    lines.append(json.dumps({"id": "leeg", "text": "   "}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = pa.Table.from_pylist([{**r, "id": "p" + r["id"]} for r in rows[:6]])
    pq.write_table(table, tmp_path / "docs.parquet", row_group_size=2)
    out = tmp_path / "uit"
    addr = client.scheduler.address
    res = CliRunner().invoke(app, ["batch", str(src), str(tmp_path / "docs.parquet"), "--output", str(out),
                                   "--scheduler", addr])  # fmt: skip
    assert res.exit_code == 2, (
        res.output
    )  # as 'check': documents that could not be read give 2, and are listed
    assert "18 documenten gecontroleerd" in res.output
    assert "Fout: leeg:" in res.output and "geen geldige JSON" in res.output
    docs = store.read_table(out, "documents").to_pylist()
    by_id = {d["id"]: d for d in docs}
    assert by_id["j3"]["organisatie"] == "Zwolle" and by_id["pj4"]["jaar"] == 2021
    assert by_id["leeg"]["error"] and "leeg" in by_id["leeg"]["error"]
    assert any(d["error"] == "Deze regel is geen geldige JSON." for d in docs)
    findings = store.read_table(out, "findings").to_pylist()
    assert findings and all(f["organisatie"] in ("Utrecht", "Zwolle") for f in findings)

    html_path = tmp_path / "rapport.html"
    res = CliRunner().invoke(app, ["batch", "report", str(out), "-o", str(html_path)])
    assert res.exit_code == 0, res.output
    html = html_path.read_text(encoding="utf-8")
    assert html.count("<svg") >= 3 and "per organisatie" in html and "Zwolle" in html
    assert not re.search(r"""(src|href)=["']?https?:""", html) and "<script" not in html


def test_cli_errors_are_dutch(tmp_path):
    res = CliRunner().invoke(app, ["batch", "report", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 2 and "documents/" in res.output
    res = CliRunner().invoke(app, ["batch", str(tmp_path / "bestaat-niet"), "--output", str(tmp_path / "u"),
                                   "--workers", "1", "--scheduler", "tcp://127.0.0.1:1"])  # fmt: skip
    assert res.exit_code == 2 and "niet allebei" in res.output


def test_killed_worker_loses_nothing(collection, client, tmp_path):
    out = tmp_path / "uit"
    killed: list[int] = []

    def kill_one(kind: str, data: dict) -> None:
        if kind != "partition" or killed:
            return
        busy = [addr for addr, keys in client.processing().items() if keys]
        if not busy:
            return
        pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    result = run_batch([str(collection["folder"])], out, client=client, config=config_for(collection["folder"]), progress=kill_one,
                       copies=False)  # fmt: skip
    assert killed, "no worker was busy to be killed"
    assert not result.failed_partitions and result.checked + result.errors == N_DOCS
    docs = store.read_table(out, "documents").to_pylist()
    assert sorted(d["id"] for d in docs) == collection["ids"]  # every document exactly once
    findings = store.read_table(out, "findings").to_pylist()
    per_doc = Counter(f["document_id"] for f in findings)
    assert all(per_doc[d["id"]] == (d["findings"] or 0) for d in docs)  # no finding lost or doubled
    assert len({(f["document_id"], f["offset"], f["end_offset"], f["rule"]) for f in findings}) == len(
        findings
    )
    assert not list(out.rglob("*.tmp"))


def test_sources_plan_globs_tables_and_problems(tmp_path):
    from beleidstaal.batch.sources import iter_documents, plan

    (tmp_path / "a").mkdir()
    for i in range(3):
        (tmp_path / "a" / f"n{i}.md").write_text(f"# Nota {i}\n\nTekst {i}.\n", encoding="utf-8")
    (tmp_path / "a" / "plaatje.png").write_bytes(b"\x89PNG")
    (tmp_path / "leeg").mkdir()
    table = tmp_path / "t.jsonl"
    table.write_text('{"id": "x", "path": "a/n0.md", "jaar": 2020}\n{"text": "geen id"}\n', encoding="utf-8")
    p = plan([str(tmp_path / "a" / "*.md"), str(tmp_path / "leeg"), str(tmp_path / "weg"), str(table)])
    assert sorted(msg.split(".")[0] for _, msg in p.problems) == [
        "Dit bestand of deze map bestaat niet",
        "In deze map staan geen bestanden die beleidstaal kan lezen (",
    ]
    docs = [d for part in p.partitions for d in iter_documents(part)]
    assert sorted(d.id for d in docs if d.path and d.path.endswith(".md") and not d.metadata) == sorted(
        str(tmp_path / "a" / f"n{i}.md") for i in range(3)
    )
    x = next(d for d in docs if d.id == "x")
    assert x.path == str(tmp_path / "a" / "n0.md") and x.metadata == {"jaar": 2020}
    assert any(d.error == "Dit document heeft geen id." for d in docs)
    bad = tmp_path / "zonder.jsonl"
    bad.write_text('{"naam": "x", "text": "y"}\n', encoding="utf-8")
    assert "kolom 'id'" in plan([str(bad)]).problems[0][1]


def test_minhash_separates_near_copies_from_strangers():
    from beleidstaal.batch import minhash

    sents = _sentences()
    a = " ".join(sents[:4])
    words = a.split()
    b = " ".join(["gemeentelijke" if i in (5, 20) else w for i, w in enumerate(words)])
    c = " ".join(sents[4:8])
    sa, sb, sc = (minhash.shingles(minhash.words(t)) for t in (a, b, c))
    assert minhash.jaccard(sa, sb) > 0.6 and minhash.jaccard(sa, sc) < 0.1
    import numpy as np

    sig = np.stack([minhash.signature(x) for x in (sa, sb, sc)])
    estimate = (sig[0] == sig[1]).mean()
    assert abs(estimate - minhash.jaccard(sa, sb)) < 0.2
    keys = minhash.band_keys(sig)
    assert (keys[0] == keys[1]).any() and not (keys[0] == keys[2]).any()


def test_interrupted_run_leaves_nothing_that_looks_whole(collection, client, tmp_path):
    import shutil

    folder = tmp_path / "klein"
    folder.mkdir()
    for p in sorted(collection["folder"].glob("*.txt"))[:12]:
        shutil.copy(p, folder)
    out = tmp_path / "uit"
    config = config_for(folder)
    first = run_batch([str(folder)], out, client=client, config=config, copies=False)
    assert first.partitions >= 2
    # an interrupted run: one partition wrote its findings but not its documents file, and a temp file is left
    lost = store.part_files(out, "documents")[0]
    lost_ids = store.read_table(out, "documents").to_pylist()
    lost.unlink()
    (out / "findings" / ".part-x.parquet.abc.tmp").write_bytes(b"half")
    again = run_batch([str(folder)], out, client=client, config=config, copies=False)
    assert again.checked >= 1 and again.checked + again.skipped == 12
    assert not (out / "findings" / lost.name).exists() and not list(out.rglob("*.tmp"))
    docs = store.read_table(out, "documents").to_pylist()
    assert sorted(d["id"] for d in docs) == sorted(d["id"] for d in lost_ids)
    per_doc = Counter(f["document_id"] for f in store.read_table(out, "findings").to_pylist())
    assert all(per_doc[d["id"]] == (d["findings"] or 0) for d in docs)


def test_report_shows_copies_and_quotations_apart_with_tables_and_passes_axe(collection, first_run, tmp_path):
    from beleidstaal.batch.report import build_report

    out, _, _ = first_run
    html = build_report(out, tmp_path / "rapport.html").read_text(encoding="utf-8")
    copies_part, quoted_part = html.split("Welke aangehaalde teksten")
    planted = [Path(collection["ids"][i]).name for i in PLANTED]
    quoting = [Path(collection["ids"][i]).name for i in QUOTING]
    assert all(f"{name}</code>, regel {PLANTED_LINE}<" in copies_part for name in planted)
    assert all(name in quoted_part.split("Vaste zinsdelen")[0] for name in quoting)
    assert not any(name in copies_part for name in quoting)
    # every chart has a caption and its figures as a table
    assert html.count("<svg") == html.count("<figcaption>") == html.count("<figure>") >= 4
    assert html.count("<figure>") == html.count("De cijfers van deze grafiek")

    chromium = "/usr/bin/chromium"
    if not os.path.exists(chromium):
        pytest.skip("Debian's chromium (/usr/bin/chromium) is not installed: no axe check")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    axe_module = pytest.importorskip(
        "axe_playwright_python.sync_playwright", reason="axe-playwright-python is not installed"
    )
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu"], headless=True
        )
        try:
            page = browser.new_page()
            page.goto((tmp_path / "rapport.html").as_uri())
            tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
            result = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}})
            assert result.violations_count == 0, result.generate_report()
        finally:
            browser.close()


def assert_no_variants(phrases: list[str]) -> None:
    """No two phrases differ only in an article or an inflection."""
    from beleidstaal.batch.copies import _variant_key
    from beleidstaal.language.data import word_set

    vocabulary = {w for p in phrases for w in p.split()}
    keys = Counter(_variant_key(p, vocabulary, word_set("grammatica", "articles")) for p in phrases)
    assert [k for k, n in keys.items() if n > 1] == []


def test_phrase_variants_are_one_entry_and_topic_words_rank_lower():
    from beleidstaal.batch.copies import merge_variants

    cands = [
        ("op basis van de", 4, 50, 60),
        ("op basis van het", 4, 40, 45),
        ("ruimtelijke ordening van", 3, 30, 31),
        ("ruimtelijk ordening van", 3, 3, 3),
        ("in het kader van", 4, 45, 50),
        ("van het plangebied", 3, 140, 2800),  # in nearly every document, twenty times in each: the topic
        ("op grond van het", 4, 20, 22),
    ]
    merged = sorted(merge_variants(cands), key=lambda m: -m[5])
    assert [m[0] for m in merged] == [
        "op basis van de", "in het kader van", "van het plangebied", "ruimtelijke ordening van", "op grond van het",
    ]  # fmt: skip
    first = merged[0]
    assert first[4] == ["op basis van het"] and first[2] == 50 and first[3] == 105
    assert_no_variants([m[0] for m in merged])


def test_a_cluster_is_quoted_text_when_most_of_its_rows_are():
    from beleidstaal.batch.copies import merge_pairs

    def passage(doc: str, puid: int, quotation):
        return {"document_id": doc, "path": f"{doc}.txt", "start": 0, "end": 300, "line": 4, "end_line": 6,
                "words": 45, "text": "Artikel 1 tekst", "quotation": quotation}  # fmt: skip

    sides = {
        "a": passage("a", 1, "aangehaalde tekst"),
        "b": passage("b", 2, None),
        "c": passage("c", 3, None),
    }
    sides["d"] = passage("d", 4, "aanhalingstekens")
    puid = {"a": 1, "b": 2, "c": 3, "d": 4}
    verified = []
    for x, y in (("a", "b"), ("a", "c"), ("b", "c"), ("c", "d"), ("a", "d")):
        rec = {"puid_a": puid[x], "puid_b": puid[y], "jaccard": 0.9, "overlap": 0.95}
        for side, doc in (("a", x), ("b", y)):
            rec.update({f"{k}_{side}": v for k, v in sides[doc].items()})
        verified.append(rec)
    rows = merge_pairs(verified)
    kinds = {(r["document_a"], r["document_b"]): r["kind"] for r in rows}
    assert kinds == {("a", "b"): "citaat", ("a", "c"): "citaat", ("b", "c"): "kopie", ("c", "d"): "citaat",
                     ("a", "d"): "citaat"}  # fmt: skip
    assert {r["cluster_kind"] for r in rows} == {"citaat"}  # 4 of 5 rows
    assert all(r["line_a"] == 4 for r in rows)


def test_the_local_cluster_gives_each_worker_one_task_at_a_time():
    from beleidstaal.batch.job import local_cluster

    cluster = local_cluster(2, dashboard=False)
    try:
        assert cluster.scheduler.WORKER_SATURATION == 1.0  # partitions wait on the scheduler, largest first
        assert [w.nthreads for w in cluster.scheduler.workers.values()] == [1, 1]
    finally:
        cluster.close()
