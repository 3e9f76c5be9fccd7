"""One word and one sentence: the core's result, ``beleidstaal stats``, the web page and the batch count the same
words and sentences (``language.words``), for the example nota and three documents of the corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from beleidstaal.config import Config
from beleidstaal.core import check_path
from beleidstaal.stats import stats_for_path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bestemmingsplannen"


def _files() -> list:
    files = [pytest.param(ROOT / "voorbeelden" / "beleidsnota.md", id="beleidsnota")]
    if not CORPUS.is_dir():
        return [
            *files,
            pytest.param(None, marks=pytest.mark.skip(reason="../shared/corpus ontbreekt"), id="corpus"),
        ]
    # the three smallest plans (of at least 4 kB): real text, and quick to check
    plans = sorted(
        (p for p in CORPUS.glob("*.md") if p.stat().st_size >= 4096), key=lambda p: p.stat().st_size
    )[:3]
    return files + [pytest.param(p, id=p.stem) for p in plans]


FILES = _files()


def _number(rows: list[tuple[str, str]], label: str) -> int:
    return int(dict(rows)[label].replace(".", ""))


@pytest.mark.parametrize("path", FILES)
def test_core_stats_and_web_count_alike(path):
    from beleidstaal.web.service import Checker

    result = check_path(path, config=Config())
    assert result.error is None and result.words > 0 and result.sentences > 0
    stats = stats_for_path(path).document
    assert (stats.words, stats.sentences) == (result.words, result.sentences)
    web = Checker(Config()).check_upload(path.name, path.read_bytes(), figures=True)
    assert (_number(web.figures, "Woorden"), _number(web.figures, "Zinnen")) == (
        result.words,
        result.sentences,
    )


@pytest.mark.slow
def test_the_batch_counts_alike(tmp_path):
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    from beleidstaal.batch import run_batch, store

    folder = tmp_path / "stukken"
    folder.mkdir()
    paths = [p.values[0] for p in FILES if p.values[0] is not None]
    for p in paths:
        shutil.copy(p, folder / p.name)
    expected = {p.name: check_path(folder / p.name, config=Config()) for p in paths}
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
    with cluster, Client(cluster) as client:
        run_batch([str(folder)], tmp_path / "uit", client=client, config=Config(), copies=False)
    rows = store.read_table(tmp_path / "uit", "documents", ["path", "words", "sentences"]).to_pylist()
    counted = {Path(r["path"]).name: (r["words"], r["sentences"]) for r in rows}
    assert counted == {name: (r.words, r.sentences) for name, r in expected.items()}
