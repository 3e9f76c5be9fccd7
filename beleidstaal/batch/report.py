"""``beleidstaal batch report DIR``: one self-contained HTML page about a batch run, with inline SVG charts.

No scripts, no fonts or pictures from the internet: the file can be mailed or opened offline.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import datetime
from html import escape
from pathlib import Path

from ..errors import BeleidstaalError
from ..findings import CATEGORIES
from ..numbers import dutch_number
from . import store, svg
from .worker import CATEGORY_COLUMNS

#: Flesch-Douma: 60 and higher is roughly what most adults read easily
FD_EASY = 60
FIXED = {
    "id", "path", "content_hash", "check_key", "words", "sentences", "findings", "flesch_douma", "b1_share",
    "level", "mean_sentence_length",
    "nominalisations_per_100_sentences", "passives_per_100_sentences", "error", "model_version",
    "lexicon_version", "beleidstaal_version", "settings", *CATEGORY_COLUMNS.values(),
}  # fmt: skip
PREFERRED_GROUPS = ("organisation", "organisatie", "gemeente", "municipality", "year", "jaar")

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;
color:#1b1b1b;line-height:1.5}
h1{font-size:1.8rem;margin-bottom:.2rem} h2{margin-top:2.2rem;border-bottom:2px solid #1f5f8b;padding-bottom:.2rem}
.sub{color:#555;margin-top:0} .kpis{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.kpi{background:#f1f5f9;border-radius:8px;padding:.6rem 1rem;min-width:130px}
.kpi b{display:block;font-size:1.4rem} table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
th{background:#f1f5f9} td.n{text-align:right;white-space:nowrap} .uitleg{color:#333;max-width:46rem}
.leeg{color:#777;font-style:italic} blockquote{margin:.3rem 0;padding:.3rem .7rem;border-left:4px solid #c8553d;
background:#fbf3f1} svg{max-width:100%;height:auto} code{font-size:.85rem;word-break:break-all}
figure{margin:1rem 0} figcaption{font-weight:600;margin:.2rem 0} caption{text-align:left;font-weight:600}
details summary{cursor:pointer;color:#1f5f8b}
"""


def _num(v) -> str:
    if v is None:
        return "–"
    return dutch_number(v, 1 if isinstance(v, float) else 0)


def _cluster_kind(c: dict) -> str | None:
    """Quoted text or a copy: what most rows of the copy's cluster are (output of older runs: the row itself)."""
    return c.get("cluster_kind") or c.get("kind")


def _figure(chart: str, caption: str, head: tuple[str, ...], rows: list[tuple]) -> str:
    """A chart with a caption and its figures in a table: the table is the text alternative of the chart."""
    if not rows:
        return chart
    th = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{_num(v)}</td>' if isinstance(v, int | float) else f"<td>{escape(str(v))}</td>"
            for v in row
        )
        + "</tr>"
        for row in rows
    )
    return (
        f"<figure>{chart}<figcaption>{escape(caption)}</figcaption><details><summary>De cijfers van deze grafiek"
        f"</summary><table><caption>{escape(caption)}</caption><tr>{th}</tr>{body}</table></details></figure>"
    )


def _histogram(values: list[float], caption: str, what: str, **kwargs) -> str:
    bins = {k: kwargs[k] for k in ("bins", "lo", "hi") if k in kwargs}
    rows = [(f"{_num(float(a))} tot {_num(float(b))}", n) for a, b, n in svg.histogram_counts(values, **bins)]
    chart = svg.histogram(values, alt=caption, **kwargs)
    return _figure(chart, caption, (what, "Documenten"), rows)


def _bars(items: list[tuple[str, float]], caption: str, head: tuple[str, str], notes=None, **kwargs) -> str:
    """Bars with caption and table; ``notes`` (optional) adds a third column: (its heading, the values)."""
    rows = [(name, v) for name, v in items]
    if notes is not None:
        head = (*head, notes[0])
        rows = [(*row, extra) for row, extra in zip(rows, notes[1], strict=True)]
    chart = svg.bars(items, alt=caption, **kwargs)
    return _figure(chart, caption, head, rows)


def _copy_clusters(add, rows_of_kind: list[dict]) -> None:
    """Each group of copies of one passage: in how many documents, the text, and where (the passage's own line)."""
    clusters: dict = defaultdict(list)
    for c in rows_of_kind:
        clusters[c["cluster"]].append(c)
    top = sorted(clusters.values(), key=lambda rows: (-rows[0]["cluster_documents"], rows[0]["cluster"]))[:15]
    for rows in top:
        best = max(rows, key=lambda r: r["jaccard"])
        locs: dict = {best["document_a"]: best["line_a"], best["document_b"]: best["line_b"]}
        for r in rows:
            locs.setdefault(r["document_a"], r["line_a"])
            locs.setdefault(r["document_b"], r["line_b"])
        add(
            f"<h3>In {rows[0]['cluster_documents']} documenten</h3><blockquote>{escape(best['text'][:600])}</blockquote>"
        )
        listed = sorted(locs.items())[:12]
        add("<ul>" + "".join(f"<li><code>{escape(d)}</code>, regel {line}</li>" for d, line in listed)
            + (f"<li>… en nog {len(locs) - 12}</li>" if len(locs) > 12 else "") + "</ul>")  # fmt: skip


def load(out: Path) -> dict:
    """Everything the report needs, read from the output folder."""
    import pyarrow.parquet as pq

    if not (out / store.DOCUMENTS).is_dir():
        raise BeleidstaalError(
            f"In de map '{out}' staat geen uitvoer van 'beleidstaal batch' (de map documents/ ontbreekt). "
            "Geef de map die u bij --output gebruikte."
        )
    docs_t = store.read_table(out, store.DOCUMENTS)
    docs = docs_t.to_pylist() if docs_t is not None else []
    by_rule: Counter = Counter()
    by_category: Counter = Counter()
    names: dict[str, str] = {}
    words: Counter = Counter()
    for f in store.part_files(out, store.FINDINGS):
        t = pq.read_table(f, columns=["rule", "name", "category", "text"])
        if not t.num_rows:
            continue
        for row in t.group_by(["rule", "name", "category"]).aggregate([("text", "count")]).to_pylist():
            by_rule[row["rule"]] += row["text_count"]
            by_category[row["category"]] += row["text_count"]
            names[row["rule"]] = row["name"]
        import pyarrow.compute as pc

        lowered = t.set_column(3, "text", pc.utf8_lower(t.column("text")))
        for row in lowered.group_by(["text", "category"]).aggregate([("rule", "count")]).to_pylist():
            words[(row["text"], row["category"])] += row["rule_count"]
    copies_t = store.read_table(out, store.COPIES)
    phrases_t = store.read_table(out, store.PHRASES)
    return {
        "docs": docs,
        "by_rule": by_rule,
        "by_category": by_category,
        "rule_names": names,
        "words": words,
        "copies": copies_t.to_pylist() if copies_t is not None else [],
        "phrases": phrases_t.to_pylist() if phrases_t is not None else [],
        "manifest": store.read_manifest(out) or {},
    }


def _group_columns(docs: list[dict]) -> list[str]:
    """Metadata columns that split the documents into a few groups (organisation, year, ...)."""
    if not docs:
        return []
    cols = [c for c in docs[0] if c not in FIXED]
    good = []
    for c in cols:
        values = {d.get(c) for d in docs if d.get(c) is not None}
        if 2 <= len(values) <= 40:
            good.append(c)
    good.sort(key=lambda c: (PREFERRED_GROUPS.index(c.lower()) if c.lower() in PREFERRED_GROUPS else 99, c))
    return good[:3]


def render(data: dict, title: str = "Rapport beleidstaal") -> str:
    docs = data["docs"]
    ok = [d for d in docs if not d.get("error")]
    failed = [d for d in docs if d.get("error")]
    total_words = sum(d.get("words") or 0 for d in ok)
    total_findings = sum(d.get("findings") or 0 for d in ok)
    fd = [d["flesch_douma"] for d in ok if d.get("flesch_douma") is not None]
    b1 = [d["b1_share"] for d in ok if d.get("b1_share") is not None]
    man = data["manifest"]
    h: list[str] = []
    add = h.append
    add(f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head><body>')  # fmt: skip
    add(f"<h1>{escape(title)}</h1>")
    made = datetime.now().strftime("%d-%m-%Y %H:%M")
    add(f'<p class="sub">Gemaakt op {made}. Taalmodel: {escape(str(man.get("model_version", "onbekend")))}. '
        f'beleidstaal {escape(str(man.get("beleidstaal_version", "")))}.</p>')  # fmt: skip
    add('<div class="kpis">')
    for label, value in (
        ("documenten", _num(len(ok))),
        ("woorden", _num(total_words)),
        ("meldingen", _num(total_findings)),
        ("meldingen per 1.000 woorden", _num(1000 * total_findings / total_words if total_words else 0.0)),
        ("gemiddelde Flesch-Douma", _num(statistics.mean(fd)) if fd else "–"),
        ("gekopieerde stukken", _num(sum(1 for c in data["copies"] if _cluster_kind(c) != "citaat"))),
        (
            "aangehaalde stukken (citaten)",
            _num(sum(1 for c in data["copies"] if _cluster_kind(c) == "citaat")),
        ),
        ("documenten met een fout", _num(len(failed))),
    ):
        add(f'<div class="kpi"><b>{value}</b>{label}</div>')
    add("</div>")

    # readability
    add("<h2>Hoe leesbaar zijn de documenten?</h2>")
    add('<p class="uitleg">De Flesch-Douma-score meet hoe makkelijk een tekst leest: hoe hoger, hoe makkelijker. '
        f"Onder de {FD_EASY} is een tekst voor veel lezers moeilijk. Elke balk telt de documenten met een score "
        "in dat gebied.</p>")  # fmt: skip
    add(
        _histogram(
            fd, "Aantal documenten per Flesch-Douma-score", "Flesch-Douma-score",
            bins=24, lo=0, hi=100, label="Flesch-Douma-score", marks={"makkelijk vanaf hier": FD_EASY},
        )
    )  # fmt: skip
    add("<h3>Aandeel B1-woorden</h3>")
    if b1:
        add('<p class="uitleg">Welk deel van de woorden in een document hoort bij taalniveau B1 (de woorden die de '
            "meeste Nederlanders kennen).</p>")  # fmt: skip
        add(_histogram([100 * v for v in b1], "Aantal documenten per aandeel B1-woorden", "Woorden op B1-niveau (%)",
                       bins=20, lo=0, hi=100, label="woorden op B1-niveau (%)"))  # fmt: skip
    else:
        add('<p class="leeg">Het aandeel B1-woorden is in deze run niet gemeten.</p>')
    levels = Counter(d["level"] for d in ok if d.get("level"))
    if levels:
        add("<h3>Taalniveau</h3>")
        add('<p class="uitleg">Het geschatte taalniveau per document (zoals <code>beleidstaal stats</code>). '
            "B1 is het niveau dat de meeste Nederlanders goed lezen.</p>")  # fmt: skip
        order = ["A2", "B1", "B2", "C1"]
        items = [(lv, levels[lv]) for lv in order if lv in levels] + [
            (lv, n) for lv, n in levels.items() if lv not in order
        ]
        add(_bars(items, "Aantal documenten per taalniveau", ("Taalniveau", "Documenten"), unit=" doc."))
    for col in _group_columns(ok):
        for key, label, scale in (
            ("flesch_douma", "Flesch-Douma", 1),
            ("b1_share", "aandeel B1-woorden (%)", 100),
        ):
            groups: dict = defaultdict(list)
            for d in ok:
                if d.get(col) is not None and d.get(key) is not None:
                    groups[d[col]].append(scale * d[key])
            if len(groups) < 2:
                continue
            keys = sorted(groups, key=str)
            items = [(str(k), statistics.mean(groups[k])) for k in keys]
            add(f"<h3>Gemiddeld {escape(label)} per {escape(col)}</h3>")
            add(_bars(items, f"Gemiddeld {label} per {col}", (col, f"Gemiddeld {label}"),
                      notes=("Documenten", [len(groups[k]) for k in keys]),
                      note=[f"({len(groups[k])} doc.)" for k in keys]))  # fmt: skip
    worst = sorted((d for d in ok if d.get("flesch_douma") is not None), key=lambda d: d["flesch_douma"])[:10]
    if worst:
        add("<h3>De tien moeilijkste documenten</h3><table><tr><th>Document</th><th>Flesch-Douma</th>"
            "<th>Woorden</th><th>Meldingen per 1.000 woorden</th></tr>")  # fmt: skip
        for d in worst:
            per = 1000 * (d.get("findings") or 0) / d["words"] if d.get("words") else 0
            add(f'<tr><td><code>{escape(d["id"])}</code></td><td class="n">{_num(d["flesch_douma"])}</td>'
                f'<td class="n">{_num(d.get("words"))}</td><td class="n">{_num(per)}</td></tr>')  # fmt: skip
        add("</table>")

    # findings
    add("<h2>Wat komt het vaakst voor?</h2>")
    add('<p class="uitleg">Het aantal meldingen per soort, voor alle documenten samen.</p>')
    cats = [(CATEGORIES.get(c, c), n) for c, n in data["by_category"].most_common()]
    add(_bars(cats, "Aantal meldingen per soort", ("Soort", "Meldingen")))
    if data["by_rule"]:
        add("<h3>Per regel</h3>")
        items = [(f"{r} {data['rule_names'].get(r, '')}", n) for r, n in data["by_rule"].most_common(15)]
        add(
            _bars(
                items,
                "Aantal meldingen per regel (de 15 regels met de meeste meldingen)",
                ("Regel", "Meldingen"),
            )
        )
    if data["words"]:
        add("<h3>De woorden en zinsdelen met de meeste meldingen</h3>"
            "<table><tr><th>Woord of zinsdeel</th><th>Soort</th><th>Aantal</th></tr>")  # fmt: skip
        shown = 0
        for (text, cat), n in data["words"].most_common():
            if cat == "zinslengte" or not text or len(text) > 80:
                continue  # whole sentences are not 'words'
            add(
                f'<tr><td>{escape(text)}</td><td>{escape(CATEGORIES.get(cat, cat))}</td><td class="n">{_num(n)}</td></tr>'
            )
            shown += 1
            if shown >= 25:
                break
        add("</table>")

    # copies, and quoted text (law, quotations) apart from them: BT801 and BT802 as 'beleidstaal check' decides
    copied = [c for c in data["copies"] if _cluster_kind(c) != "citaat"]
    cited = [c for c in data["copies"] if _cluster_kind(c) == "citaat"]
    add("<h2>Welke stukken tekst zijn gekopieerd?</h2>")
    add('<p class="uitleg">Stukken van ongeveer 40 woorden of meer die (bijna) letterlijk in meer dan één document '
        "staan. Bovenaan de stukken die in de meeste documenten staan. Aangehaalde tekst, zoals een wetsartikel, "
        "staat hieronder apart.</p>")  # fmt: skip
    if not copied:
        add('<p class="leeg">Er zijn geen gekopieerde stukken gevonden.</p>')
    _copy_clusters(add, copied)
    add("<h2>Welke aangehaalde teksten staan in meer documenten?</h2>")
    add('<p class="uitleg">Citaten, zoals wetsartikelen: tekst tussen aanhalingstekens, in een blokcitaat, onder een '
        "kop als <i>Artikel 3.1</i> of na <i>luidt:</i>. Citeren mag; dit is geen kopie. beleidstaal beslist dit op "
        "dezelfde manier als <code>beleidstaal check</code> (BT802 citaat of BT801 kopie).</p>")  # fmt: skip
    if not cited:
        add('<p class="leeg">Er zijn geen aangehaalde teksten gevonden die in meer documenten staan.</p>')
    _copy_clusters(add, cited)

    # phrases
    add("<h2>Vaste zinsdelen</h2>")
    add('<p class="uitleg">Groepjes woorden die in veel documenten terugkomen. Vaak zijn dit vaste ambtelijke '
        "formules. Vormen die alleen in een lidwoord of een uitgang verschillen (<i>op basis van de</i> en <i>op basis "
        "van het</i>) telt beleidstaal als één zinsdeel. Bovenaan staan zinsdelen die in veel documenten één of een "
        "paar keer staan. Een zinsdeel dat in elk document vaak terugkomt, is meestal het onderwerp (zoals het "
        "plangebied) en staat lager.</p>")  # fmt: skip
    phrases = data["phrases"][:25]
    if phrases:
        add(_bars([(p["phrase"], 100 * (p["share"] or 0)) for p in phrases],
                  "Vaste zinsdelen: in welk deel van de documenten ze staan", ("Zinsdeel", "Deel van de documenten (%)"),
                  notes=("Documenten", [p["documents"] for p in phrases]), unit="%", label_width=300,
                  note=[f"({p['documents']} doc.)" for p in phrases]))  # fmt: skip
    else:
        add('<p class="leeg">Geen vaste zinsdelen gevonden.</p>')

    # errors
    if failed:
        add("<h2>Documenten die niet konden worden gecontroleerd</h2><table><tr><th>Reden</th><th>Aantal</th>"
            "<th>Voorbeeld</th></tr>")  # fmt: skip
        reasons: dict = defaultdict(list)
        for d in failed:
            reasons[d["error"]].append(d["id"])
        for reason, ids in sorted(reasons.items(), key=lambda x: -len(x[1]))[:20]:
            add(
                f'<tr><td>{escape(reason)}</td><td class="n">{len(ids)}</td><td><code>{escape(ids[0])}</code></td></tr>'
            )
        add("</table>")
    add('<p class="sub">Gemaakt met beleidstaal. De cijfers per document staan in de map documents/, de meldingen '
        "in findings/ (Parquet-bestanden).</p></body></html>")  # fmt: skip
    return "\n".join(h)


def build_report(out: str | Path, target: str | Path) -> Path:
    from ..fileio import atomic_write_text

    out = Path(out)
    html = render(load(out))
    target = Path(target)
    try:
        atomic_write_text(target, html)
    except OSError as exc:
        raise BeleidstaalError(f"Kan '{target}' niet schrijven: {exc.strerror or exc}.") from None
    return target
