"""Copied passages and stock phrases across the whole archive.

Copy detection is a map/shuffle/reduce on the Dask cluster:

1. *map*: every ``passages/`` part turns its MinHash signatures into LSH band keys and splits the rows into
   ``R`` buckets by key (a hash partitioning, as in any shuffle);
2. *reduce*: bucket ``r`` of every part goes to reducer ``r``, which sorts by key and pairs passages of different
   documents that share a band key (the candidate pairs);
3. *verify*: every candidate pair is checked on the text itself (Jaccard of word 3-grams); pairs above the
   threshold become rows of ``copies/``, with overlapping passages of the same two documents merged into one.
   A row is ``kind`` "citaat" when either passage is quoted text (law, a quotation), as ``beleidstaal check``
   decides between BT802 and BT801 (the worker classified each passage with ``rules.copy_quotes.quotation_reason``),
   else "kopie". ``cluster_kind`` is what most rows of its cluster are: a law article that one plan quotes
   without marks is still quoted text when most plans quote it as such (the report groups by ``cluster_kind``).
   Its line numbers and text are those of the best-matching passage itself, not of the start of the merged
   region. ``reuse`` names the kind of reuse as ``beleidstaal check`` does (``rules.copy_kinds.reuse_kind``): "citaat",
   "sjabloon" (the cluster spans documents of 3 or more other organisations), "eigen" (same organisation),
   "versie" (an earlier version of the same plan) or "kopie".

Stock phrases come from the per-partition counts in ``phrase_counts/``: summed over the archive, the word groups
found in the most documents, without shorter groups that only occur inside a longer one. Variants that differ only
in an article or an inflection (*op basis van de* / *op basis van het*) are one entry. They are ranked by spread,
not by frequency alone: a group that comes back many times within each document is the topic of the archive
(*van het plangebied*), a fixed formula is used once or twice per document.
"""

from __future__ import annotations

import contextlib
import functools
import math
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from . import minhash, store

#: verified pairs need at least this Jaccard similarity of word 3-grams
MIN_JACCARD = 0.5
#: buckets with more passages than this pair the first ones fully and link the rest to the first
MAX_BUCKET = 50
TOP_PHRASES = 200

_ROW = np.dtype([("key", np.uint64), ("puid", np.int64), ("duid", np.int64)])


def lsh_map(path: str, file_idx: int, reducers: int) -> list[np.ndarray]:
    """Band keys of one passages part, split into ``reducers`` buckets."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["document_id", "minhash"])
    n = table.num_rows
    if n == 0:
        return [np.empty(0, dtype=_ROW) for _ in range(reducers)]
    flat = table.column("minhash").combine_chunks().flatten().to_numpy(zero_copy_only=False)
    sigs = np.asarray(flat, dtype=np.uint32).reshape(n, minhash.NUM_PERM)
    keys = minhash.band_keys(sigs)  # (n, BANDS)
    doc_ids = table.column("document_id").to_pylist()
    ordinal: dict[str, int] = {}
    duid = np.fromiter((ordinal.setdefault(d, len(ordinal)) for d in doc_ids), dtype=np.int64, count=n)
    base = np.int64(file_idx) << np.int64(32)
    rows = np.empty(n * minhash.BANDS, dtype=_ROW)
    rows["key"] = keys.reshape(-1)
    rows["puid"] = np.repeat(base + np.arange(n, dtype=np.int64), minhash.BANDS)
    rows["duid"] = np.repeat(base + duid, minhash.BANDS)
    bucket = rows["key"] % np.uint64(reducers)
    return [rows[bucket == r] for r in range(reducers)]


def lsh_reduce(*chunks: np.ndarray) -> np.ndarray:
    """Candidate pairs (puid_a < puid_b, different documents) from passages that share a band key."""
    rows = np.concatenate(chunks) if chunks else np.empty(0, dtype=_ROW)
    if len(rows) < 2:
        return np.empty((0, 2), dtype=np.int64)
    rows = rows[np.argsort(rows["key"], kind="stable")]
    keys = rows["key"]
    change = np.flatnonzero(keys[1:] != keys[:-1]) + 1
    starts = np.concatenate(([0], change))
    ends = np.concatenate((change, [len(rows)]))
    multi = np.flatnonzero(ends - starts >= 2)
    pairs: list[tuple[int, int]] = []
    for g in multi:
        group = rows[starts[g] : ends[g]]
        if len(np.unique(group["duid"])) < 2:
            continue
        group = group[np.argsort(group["puid"], kind="stable")]
        head, tail = group[:MAX_BUCKET], group[MAX_BUCKET:]
        for i in range(len(head)):
            for j in range(i + 1, len(head)):
                if head["duid"][i] != head["duid"][j]:
                    pairs.append((int(head["puid"][i]), int(head["puid"][j])))
        for item in tail:
            if item["duid"] != head["duid"][0]:
                pairs.append((int(head["puid"][0]), int(item["puid"])))
    if not pairs:
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(np.array(pairs, dtype=np.int64), axis=0)


def _passages(path: str) -> dict:
    import os

    st = os.stat(path)
    return _passages_at(path, st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=8)
def _passages_at(path: str, mtime_ns: int, size: int) -> dict:
    import pyarrow.parquet as pq

    cols = ["document_id", "path", "start", "end", "line", "end_line", "words", "text"]
    has_quotation = "quotation" in pq.read_schema(path).names  # parts written before it was a column lack it
    table = pq.read_table(path, columns=cols + (["quotation"] if has_quotation else [])).to_pydict()
    if not has_quotation:
        table["quotation"] = [None] * len(table["text"])
    return table


def verify(pairs: np.ndarray, files: dict[int, str], min_jaccard: float = MIN_JACCARD) -> list[dict]:
    """Check candidate pairs on their text; the pairs that are near-identical, with both locations."""
    out = []
    mask = np.int64(0xFFFFFFFF)
    for a, b in pairs:
        pa_, pb_ = _passages(files[int(a >> 32)]), _passages(files[int(b >> 32)])
        ia, ib = int(a & mask), int(b & mask)
        sa = minhash.shingles(minhash.words(pa_["text"][ia]))
        sb = minhash.shingles(minhash.words(pb_["text"][ib]))
        j = minhash.jaccard(sa, sb)
        if j < min_jaccard:
            continue
        rec = {"puid_a": int(a), "puid_b": int(b), "jaccard": j, "overlap": minhash.containment(sa, sb)}
        for side, p, i in (("a", pa_, ia), ("b", pb_, ib)):
            for col in (
                "document_id",
                "path",
                "start",
                "end",
                "line",
                "end_line",
                "words",
                "text",
                "quotation",
            ):
                rec[f"{col}_{side}"] = p[col][i]
        out.append(rec)
    return out


def _find(parent: dict, x):
    while parent.setdefault(x, x) != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def merge_pairs(verified: list[dict]) -> list[dict]:
    """One row per copied region: overlapping passage pairs of the same two documents are merged; each row gets a
    cluster number (passages linked by copying) and the number of documents in that cluster."""
    parent: dict = {}
    for r in verified:
        ra, rb = _find(parent, r["puid_a"]), _find(parent, r["puid_b"])
        if ra != rb:
            parent[ra] = rb
    from ..rules.copy_kinds import organisation, reuse_kind

    docs_in: dict = defaultdict(set)
    paths: dict = {}
    for r in verified:
        root = _find(parent, r["puid_a"])
        docs_in[root].update((r["document_id_a"], r["document_id_b"]))
        paths[r["document_id_a"]], paths[r["document_id_b"]] = r["path_a"], r["path_b"]
    by_pair: dict = defaultdict(list)
    for r in verified:
        if r["document_id_a"] > r["document_id_b"]:  # a stable order: document a sorts first
            r = {**{k[:-2] + "_b": v for k, v in r.items() if k.endswith("_a")},
                 **{k[:-2] + "_a": v for k, v in r.items() if k.endswith("_b")},
                 "jaccard": r["jaccard"], "overlap": r["overlap"]}  # fmt: skip
        by_pair[(r["document_id_a"], r["document_id_b"])].append(r)
    roots = {root: n for n, root in enumerate(sorted(docs_in, key=lambda k: (-len(docs_in[k]), str(k))))}
    rows = []
    for (da, db), items in sorted(by_pair.items()):
        items.sort(key=lambda r: (r["start_a"], r["start_b"]))
        regions: list[list[dict]] = []
        for r in items:
            last = regions[-1] if regions else None
            if (
                last
                and r["start_a"] <= max(x["end_a"] for x in last)
                and (
                    r["start_b"] <= max(x["end_b"] for x in last)
                    and r["end_b"] >= min(x["start_b"] for x in last)
                )
            ):
                last.append(r)
            else:
                regions.append([r])
        for region in regions:
            best = max(region, key=lambda r: (r["jaccard"], r["words_a"], -r["start_a"]))
            root = _find(parent, best["puid_a"])
            reason = best["quotation_a"] or best["quotation_b"]
            rows.append({
                "document_a": da, "path_a": best["path_a"],
                "start_a": min(r["start_a"] for r in region), "end_a": max(r["end_a"] for r in region),
                "line_a": best["line_a"], "end_line_a": best["end_line_a"],
                "document_b": db, "path_b": best["path_b"],
                "start_b": min(r["start_b"] for r in region), "end_b": max(r["end_b"] for r in region),
                "line_b": best["line_b"], "end_line_b": best["end_line_b"],
                "words": max(r["words_a"] for r in region),
                "jaccard": round(best["jaccard"], 4), "overlap": round(best["overlap"], 4),
                "text": best["text_a"],
                "cluster": roots[root], "cluster_documents": len(docs_in[root]),
                "kind": "citaat" if reason else "kopie", "reason": reason,
                "reuse": "citaat" if reason else reuse_kind(
                    organisation(best["path_a"]), organisation(best["path_b"]),
                    [organisation(paths[d])[0] or paths[d] for d in sorted(docs_in[root]) if d != da],
                ),
            })  # fmt: skip
    quoted: Counter = Counter(r["cluster"] for r in rows if r["kind"] == "citaat")
    sizes: Counter = Counter(r["cluster"] for r in rows)
    for r in rows:
        r["cluster_kind"] = "citaat" if 2 * quoted[r["cluster"]] > sizes[r["cluster"]] else "kopie"
    return rows


def find_copies(client, out: Path, *, reducers: int | None = None, min_jaccard: float = MIN_JACCARD) -> int:
    """Run the LSH shuffle over every passages part in ``out`` and write ``copies/``. Returns the number of rows."""
    import operator

    import pyarrow as pa

    files = {i: str(p) for i, p in enumerate(store.part_files(out, store.PASSAGES))}
    rows: list[dict] = []
    if files:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        r = reducers or max(1, min(64, 2 * workers, len(files)))
        mapped = [client.submit(lsh_map, f, i, r, pure=False) for i, f in files.items()]
        reduced = [
            client.submit(lsh_reduce, *[client.submit(operator.getitem, m, k) for m in mapped], pure=False)
            for k in range(r)
        ]
        chunks = [c for c in client.gather(reduced) if len(c)]
        del mapped
        if chunks:
            cand = np.unique(np.concatenate(chunks), axis=0)
            # group by the part file of passage a, so a verify task reads few files
            order = np.lexsort((cand[:, 1] >> 32, cand[:, 0] >> 32))
            cand = cand[order]
            size = max(1, min(20_000, len(cand) // max(1, 2 * workers) + 1))
            tasks = [client.submit(verify, cand[i : i + size], files, min_jaccard, pure=False)
                     for i in range(0, len(cand), size)]  # fmt: skip
            verified = [v for chunk in client.gather(tasks) for v in chunk]
            rows = merge_pairs(verified)
    schema = pa.schema([
        ("document_a", pa.string()), ("path_a", pa.string()), ("start_a", pa.int64()), ("end_a", pa.int64()),
        ("line_a", pa.int64()), ("end_line_a", pa.int64()),
        ("document_b", pa.string()), ("path_b", pa.string()), ("start_b", pa.int64()), ("end_b", pa.int64()),
        ("line_b", pa.int64()), ("end_line_b", pa.int64()),
        ("words", pa.int64()), ("jaccard", pa.float64()), ("overlap", pa.float64()), ("text", pa.string()),
        ("cluster", pa.int64()), ("cluster_documents", pa.int64()), ("kind", pa.string()), ("reason", pa.string()),
        ("cluster_kind", pa.string()), ("reuse", pa.string()),
    ])  # fmt: skip
    table = pa.Table.from_pylist(rows, schema=schema)
    _replace_single(out, store.COPIES, table)
    return len(rows)


def _replace_single(out: Path, name: str, table) -> None:
    """Write ``name/part-0.parquet`` and remove older parts of that table."""
    target = out / name / "part-0.parquet"
    store.write_table_atomic(table, target)
    for p in store.part_files(out, name):
        if p != target:
            with contextlib.suppress(OSError):
                p.unlink()


def _chain(cands: list[tuple]) -> list[tuple]:
    """Join overlapping word groups of the longest size that occur in about the same documents into one longer
    phrase (*in het kader van de uitvoering* + *het kader van de uitvoering is* → one phrase). The joined phrase
    counts the documents of its rarest part, so it never claims more documents than it has."""
    size = max((c[1] for c in cands), default=0)
    longest = [c for c in cands if c[1] == size]
    by_head: dict[tuple, list[tuple]] = defaultdict(list)
    by_tail: dict[tuple, list[tuple]] = defaultdict(list)
    for c in longest:
        w = tuple(c[0].split())
        by_head[w[:-1]].append(c)
        by_tail[w[1:]].append(c)
    used: set[str] = set()
    out = list(cands)
    for c in longest:  # most documents first
        if c[0] in used:
            continue
        words, docs, occ = c[0].split(), c[2], c[3]
        used.add(c[0])
        grown = False
        for _ in range(40):
            nxt = [
                x
                for x in by_head.get(tuple(words[-(size - 1) :]), ())
                if x[0] not in used and x[2] >= 0.8 * docs
            ]
            if not nxt:
                break
            x = max(nxt, key=lambda x: x[2])
            used.add(x[0])
            words.append(x[0].split()[-1])
            docs, occ, grown = min(docs, x[2]), min(occ, x[3]), True
        for _ in range(40):
            prv = [
                x
                for x in by_tail.get(tuple(words[: size - 1]), ())
                if x[0] not in used and x[2] >= 0.8 * docs
            ]
            if not prv:
                break
            x = max(prv, key=lambda x: x[2])
            used.add(x[0])
            words.insert(0, x[0].split()[0])
            docs, occ, grown = min(docs, x[2]), min(occ, x[3]), True
        if grown:
            out.append((" ".join(words), len(words), docs, occ))
    return sorted(out, key=lambda x: (-x[2], -x[1], -x[3], x[0]))


#: endings that inflect a word (ruimtelijk-e, bestemming-en, regel-s, plannen): a word with one of these is the same
#: word as its base when that base is also among the candidate words
INFLECTIONS = ("en", "e", "s", "n")


def _variant_key(phrase: str, vocabulary: set[str], articles: frozenset[str]) -> tuple[str, ...]:
    """The same key for phrases that differ only in an article or an inflection."""
    key = []
    for w in phrase.split():
        if w in articles:
            key.append("<lidwoord>")
            continue
        base = next((w[: -len(e)] for e in INFLECTIONS if w.endswith(e) and w[: -len(e)] in vocabulary), w)
        key.append(base)
    return tuple(key)


def merge_variants(cands: list[tuple]) -> list[tuple]:
    """(phrase, words, documents, occurrences, variants, score) with variants that differ only in an article or an
    inflection taken together under the variant in the most documents. ``documents`` is that variant's count (a
    document can hold several variants, so the counts do not add up); occurrences do add up. ``score`` is the
    ``spread_score`` of that variant."""
    from ..language.data import word_set

    articles = word_set("grammatica", "articles")
    vocabulary = {w for c in cands for w in c[0].split()}
    groups: dict[tuple, list[tuple]] = defaultdict(list)
    for c in cands:
        groups[_variant_key(c[0], vocabulary, articles)].append(c)
    merged = []
    for items in groups.values():
        items.sort(key=lambda x: (-x[2], -x[3], x[0]))
        head = items[0]
        others = [x[0] for x in items[1:]]
        merged.append(
            (head[0], head[1], head[2], sum(x[3] for x in items), others, spread_score(head[2], head[3]))
        )
    return merged


def spread_score(documents: int, occurrences: int) -> float:
    """Ranks stock phrases: the documents a phrase is in, less for a phrase that comes back many times within each
    document (the topic of the archive rather than a fixed formula)."""
    per_document = max(1.0, occurrences / max(1, documents))
    return documents / (1.0 + math.log(per_document))


def find_phrases(out: Path, total_documents: int, top: int = TOP_PHRASES) -> int:
    """Sum the per-partition counts and write ``phrases/``: the stock phrases found in the most documents."""
    import pyarrow as pa

    table = store.read_table(out, store.PHRASE_COUNTS)
    rows: list[dict] = []
    if table is not None and table.num_rows:
        agg = table.group_by(["phrase", "words"]).aggregate([("documents", "sum"), ("occurrences", "sum")])
        d = agg.to_pydict()
        cands = sorted(
            zip(d["phrase"], d["words"], d["documents_sum"], d["occurrences_sum"], strict=True),
            key=lambda x: (-x[2], -x[1], -x[3], x[0]),
        )
        cands = [c for c in cands if c[2] >= 2][: top * 10]
        cands = _chain(cands)
        longer = sorted(cands, key=lambda x: -x[1])
        kept = []
        for phrase, words, docs, occ in cands:
            padded = f" {phrase} "
            if any(w > words and dq >= 0.8 * docs and padded in f" {q} " for q, w, dq, _ in longer):
                continue
            kept.append((phrase, words, docs, occ))
        merged = merge_variants(kept)
        merged.sort(key=lambda x: (-x[5], -x[2], -x[1], x[0]))
        rows = [{"phrase": phrase, "words": words, "documents": docs, "occurrences": occ,
                 "share": docs / total_documents if total_documents else None, "variants": variants}
                for phrase, words, docs, occ, variants, _ in merged[:top]]  # fmt: skip
    schema = pa.schema([("phrase", pa.string()), ("words", pa.int64()), ("documents", pa.int64()),
                        ("occurrences", pa.int64()), ("share", pa.float64()),
                        ("variants", pa.list_(pa.string()))])  # fmt: skip
    _replace_single(out, store.PHRASES, pa.Table.from_pylist(rows, schema=schema))
    return len(rows)
