"""Copied text (BT801 kopie, BT802 citaat) and stock phrases from the reference collection (BT107 standaardzin).

These rules need a reference collection (``reference = ["referentie.sqlite"]`` in the settings, or
``beleidstaal check --reference PATH``). Without one they stay silent, unless they are asked for with ``--select``:
then BT801 still reports passages that are repeated within the same document. (``Rule.opt_in`` is a fixed flag and
``filters.rule_enabled`` cannot see the configuration's reference, so the rules are registered as normal rules and
switch themselves on when a reference is configured or when they are selected by name.)

The heavy part lives in ``beleidstaal.index`` and is imported only when a check actually runs, with the
helpers in ``copy_spans`` (the passage edges), ``copy_kinds`` (whose text it is), ``copy_quotes`` (a quotation or a
copy) and ``copy_summary`` (the one document-level warning).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from itertools import compress

from .common import whole_percent
from .copy_quotes import in_held, quotation_reason
from .registry import Rule, RuleContext, matches_selector, one_pass, register

#: a passage from another document shorter than this many words (on whole sentences) is a copy only when at least
#: ``SHORT_SHARE`` of its words are equal: in one short sentence, a stock frame with other words filled in
#: (*Ten behoeve van ... is een akoestisch onderzoek uitgevoerd.*) reaches 60% by chance
SHORT_WORDS = 22
SHORT_SHARE = 0.7


def _active(rule: Rule, config) -> bool:
    return bool(config.reference) or any(matches_selector(s, rule) for s in config.select)


def percent(share: float) -> int:
    """A share (0..1) as a whole percentage, as the messages and the copy view show it (never above 100)."""
    return min(100, whole_percent(share))


def _lines(a: int, b: int) -> str:
    return f"regel {a}" if a == b else f"regels {a}-{b}"


def _compute(analysis, ctx: RuleContext) -> list:
    config = ctx.config
    from ..index.fingerprint import key_hashes
    from ..index.fit import on_sentences, own_words
    from ..index.match import find_passages, find_repeats, run_hashes
    from ..index.noise import prose_tokens
    from ..index.phrases import phrase_places
    from ..index.reference import is_quote_source, references_for
    from ..language.policy_quotes import policy_quotations
    from ..language.quotation import QuotedText
    from .copy_facts import lemmas, same_facts, title_words
    from .copy_kinds import (
        KINDS,
        WARNING_KINDS,
        Organisations,
        fragment_holders,
        likely_origin,
        more_holders,
        reuse_kind,
    )
    from .copy_spans import (
        MIN_OWN_WORDS,
        closing_end,
        common_words,
        held_share,
        layout_edges,
        list_blocks,
        not_at_colon,
        opening_start,
        outside_lists,
        quoted_edges,
        run_in_headings,
        sentence_starts,
        stock_phrases,
        uncovered,
    )
    from .copy_summary import passages_under_policy, reads_as_quotation, summary_finding

    document = analysis.document
    tokens = prose_tokens(document)
    # the hashes of the draft's words and of its K-word runs, made once: the index lookup, the repeats and the
    # stock phrases all start from them
    word_hashes = key_hashes(tokens.keys)
    hashes = run_hashes(tokens.keys, word_hashes)
    places: dict[int, dict] = {}

    def phrases_in(index) -> dict:
        """Where the stock phrases of ``index`` occur in the draft (``phrase_places``), once per index."""
        if id(index) not in places:
            places[id(index)] = phrase_places(word_hashes, index.phrases())
        return places[id(index)]

    blocks = QuotedText(policy_quotations(document))
    findings = []
    covered: list[tuple[int, int]] = []
    passages = []  # (kind, first word, last word, source label, finding, labels of all documents with it)
    quoted: list[tuple[int, int]] = []  # first and last word of each quotation (BT802) of law or policy

    def span(start: int, end: int) -> tuple[int, int]:
        return tokens.starts[start], tokens.ends[end - 1]

    starts = sentence_starts(analysis, tokens)
    # a copied passage does not run into or out of quoted text of its own paragraphs (a law article after
    # 'luidt:', a block quote): the quoted part is a citation, the rest is judged on its own
    # nor across a line that is no prose: a bold line standing as a heading, a table's caption
    edges = quoted_edges(blocks, tokens, document.text) | layout_edges(document, tokens)
    hard = sorted({*tokens.hard, *edges})
    lists = list_blocks(document, tokens, sorted({*starts, *hard}))
    # nor across a heading that runs into its paragraph, unless inside a list with its lead-in (one sentence)
    heads = {i for i in run_in_headings(analysis, tokens) if not any(a < i < b for a, _, b in lists)}
    hard = sorted({*hard, *heads})
    sentence_ends = {*starts, *hard, len(tokens)}
    paragraph_starts = [p.start for p in document.paragraphs]

    def passage_span(start: int, end: int) -> tuple[int, int]:
        """The characters of a passage of whole sentences: the words, and the rest of its last sentence that is
        not words (numbers, the full stop, a closing quote or bracket), within the paragraph."""
        first, last = span(start, end)
        first = opening_start(document.text, first)
        if end not in sentence_ends:
            return first, last
        i = bisect.bisect_right(paragraph_starts, last - 1) - 1
        next_word = tokens.starts[end] if end < len(tokens) else len(document.text)
        paragraph_end = document.paragraphs[i].end if i >= 0 else len(document.text)
        limit = max(last, min(next_word, paragraph_end))
        return first, closing_end(document.text, last, limit, paragraph_end=paragraph_end <= next_word)

    def sentences(found):
        whole = outside_lists(on_sentences(found, starts, hard, len(tokens)), lists)
        return not_at_colon(whole, document.text, tokens, sorted({*starts, *hard}))

    common = common_words()
    # repeats inside the document first: a passage that the plan itself holds more than once is a repeat (at its
    # later place; the first place keeps its kind) also where other documents hold it, unless another document
    # holds it as close as the plan's earlier place does or closer (``inside``: the repeats' words and shares)
    repeats = []
    breaks = sorted({*starts, *hard})
    found = sentences(find_repeats(tokens.keys, hashes))
    # a sentence in the frame of an earlier one, with other facts, is the writer's own parallel sentence
    lemma = lemmas(analysis) if found else None
    for p in (q for r in found for q in same_facts(document.text, tokens, r, breaks, common, lemma)):
        if any(min(p.end, e) - max(p.start, s) > 0.5 * p.length for s, e in covered):
            continue
        if quotation_reason(document, tokens, p.start, p.end, blocks=blocks):
            continue  # the same quotation twice is not copied prose
        pieces = uncovered(p, covered)
        repeats.extend(pieces)
        covered.extend((q.start, q.end) for q in pieces)
    inside = [(q.start, q.end, q.share) for q in repeats]

    refs = references_for(config) if config.reference else []
    who = Organisations(config)
    draft = who.of_draft(document.path)
    candidates = []
    # the words of names: a capital inside a sentence (*de Wet op de Archeologische Monumentenzorg (Wamz)*)
    upper = map(str.isupper, map(document.text.__getitem__, tokens.starts))
    names = frozenset(compress(range(len(tokens)), upper)) - sentence_ends
    # in a short passage (one sentence, a fact), also the rest of a law's title, which has a capital on its first word
    # only (*het Besluit ruimtelijke ordening*); a longer passage counts those words as before
    titled = names | title_words(analysis, tokens, names, sentence_ends, common) if refs else names
    stocks: dict[int, list] = {}

    def stock_of(index) -> list:
        """Where the stock phrases of ``index`` occur in the draft (``stock_phrases``), once per index."""
        if id(index) not in stocks:
            stocks[id(index)] = stock_phrases(tokens.keys, index, phrases_in(index))
        return stocks[id(index)]

    for index in refs:
        # a draft that is itself in the collection is not a copy of itself
        itself = index.ids_for_path(document.path) if document.path and document.path != "-" else set()
        for p in sentences(find_passages(tokens.keys, index, itself, hashes)):
            if p.length < SHORT_WORDS and p.share < SHORT_SHARE:
                continue  # a sentence or two in the same wording with a third of the words other: a stock frame
            candidates.append((p, index))
    candidates.sort(key=lambda c: (-c[0].matched, c[0].start))
    accepted = []
    # the words of the accepted passages, sorted: they never overlap (each is what no earlier one covers), so the
    # ones that overlap a candidate are found by bisection (thousands of candidates on a long plan)
    firsts: list[int] = []
    lasts: list[int] = []
    for p, index in candidates:
        near = range(bisect.bisect_right(lasts, p.start), bisect.bisect_left(firsts, p.end))
        if any(min(p.end, lasts[k]) - max(p.start, firsts[k]) > 0.5 * p.length for k in near):
            continue
        # stock phrases and function words in a sentence of its own: no copy (asked only here, of a passage that
        # no better one has taken: a passage that fails it is never taken, so the same passages are)
        named = titled if p.length < SHORT_WORDS else names
        if own_words(tokens.keys, p, index.document(p.doc), stock_of(index), common, named) < MIN_OWN_WORDS:
            continue
        closer = [(a, b) for a, b, share in inside if share > held_share(p)]
        for q in uncovered(p, [*closer, *((q.start, q.end) for q, _ in accepted)]):
            accepted.append((q, index))
            k = bisect.bisect_left(firsts, q.start)
            firsts.insert(k, q.start)
            lasts.insert(k, q.end)
    # a repeat that another document holds as close or closer is reported as that document's text (as before, a repeat mostly
    # inside such a passage is dropped, and the rest of one partly inside it is kept)
    taken = [(q.start, q.end) for q, _ in accepted]
    repeats = [
        q
        for r in repeats
        if not any(min(r.end, b) - max(r.start, a) > 0.5 * r.length for a, b in taken)
        for q in uncovered(r, taken)
    ]
    covered = [(q.start, q.end) for q in repeats]
    for p, index in sorted(accepted, key=lambda c: c[0].start):
        covered.append((p.start, p.end))
        p = likely_origin(p, index, tokens.keys)
        src = index.document(p.doc)
        start, end = passage_span(p.start, p.end)
        a, b = src.line(p.src_start), src.line(p.src_end - 1)
        source = who.of_source(src.path, src.relpath)
        shared, orgs = _holding(p, index, who, src, source)
        reason = quotation_reason(
            document,
            tokens,
            p.start,
            p.end,
            cite_source=is_quote_source(config, src.path, src.relpath),
            blocks=blocks,
            organisations=len(set(orgs) - {draft[0]}),
        )
        kind = "citaat" if reason else reuse_kind(draft, source, orgs)
        # a short passage's holder shares more than a stock frame with it
        frame = (stock_of(index), common, titled, breaks) if p.length < SHORT_WORDS else None
        if kind == "sjabloon" and p.length < SHORT_WORDS:  # unless some holders share only a clause of it
            weak = fragment_holders(p, index, tokens.keys, who, draft[0], frame)
            if weak:
                p = replace(p, shared=[d for d in p.shared if d not in weak])
                shared, orgs = _holding(p, index, who, src, source)
                kind = reuse_kind(draft, source, orgs)
        if kind == "kopie":  # or template text that other plans hold with small changes
            extra = more_holders(
                p,
                index,
                tokens.keys,
                who,
                {*orgs} - {draft[0]},
                draft[0],
                short=p.length < SHORT_WORDS,
                frame=frame,
            )
            if extra:
                p = replace(p, shared=sorted({*p.shared, *extra}))
                shared, orgs = _holding(p, index, who, src, source)
                kind = reuse_kind(draft, source, orgs)
                # a government's or a vision's text that turns out to be held by more organisations is quoted
                reason = quotation_reason(
                    document,
                    tokens,
                    p.start,
                    p.end,
                    blocks=blocks,
                    organisations=len(set(orgs) - {draft[0]}),
                )
                kind = "citaat" if reason else kind
        others = len(shared)
        data = {
            "source": src.path, "source_relpath": src.relpath, "source_title": src.title, "source_line": a,
            "source_end_line": b, "overlap": round(p.share, 3), "words": p.length, "matched": p.matched,
            "index": index.path, "also": [rel for _, rel in shared[:10]], "also_at_least": others,
            "documents": others + 1, "kind": kind, "kind_name": KINDS[kind],
        }  # fmt: skip
        title = src.title if len(src.title) <= 60 else src.title[:57].rstrip() + "…"
        where = f"'{src.relpath}' ({_lines(a, b)}, \"{title}\")"
        count = f" Dezelfde tekst staat ook in {others} andere documenten." if others else ""
        if reason:
            data["reason"] = reason
            quoted.append((p.start, p.end))
            findings.append(
                CITATION.finding(
                    start, end,
                    f"Citaat uit {where}, {percent(p.share)}% gelijk ({p.length} woorden). Citeren mag: "
                    "zorg dat de lezer ziet waar de tekst vandaan komt, en leg in gewone woorden uit wat het "
                    "betekent.",
                    data=data,
                )
            )  # fmt: skip
            continue
        if kind in ("eigen", "versie"):
            advice = "Dat mag. Kijk wel of de tekst nog klopt voor dit plan."
        elif kind == "sjabloon":
            advice = "Vul de standaardtekst aan met wat uw organisatie hier zelf gaat doen, of laat hem weg."
        else:
            advice = (
                "Schrijf in eigen woorden wat uw organisatie zelf gaat doen. Is het een citaat? Zet het dan "
                "tussen aanhalingstekens en noem de bron."
            )
        # text introduced as quoted (*In de keur is het volgende bepaald:*) is no copied prose to warn about, and
        # counts with the quotations in the document's share, whatever kind the holders suggest
        # and so is a provincial or national vision's text under its heading, or a government's own voice, also
        # where too few organisations hold it to call it a quotation (``copy_quotes.in_held``): it never carries a
        # warning
        introduced = kind in WARNING_KINDS and (
            reads_as_quotation(document, start)
            or in_held(blocks, tokens, p.start, p.end, len(set(orgs) - {draft[0]}))
        )
        finding = COPY.finding(
            start, end,
            f"{KINDS[kind].capitalize()}: deze passage ({p.length} woorden) komt voor {percent(p.share)}% "
            f"overeen met {where}.{count} {advice}",
            data={**data, "introduced_as_quote": True} if introduced else data,
            severity="warning" if kind in WARNING_KINDS and not introduced else "info",
        )  # fmt: skip
        findings.append(finding)
        if introduced:
            quoted.append((p.start, p.end))
            continue
        passages.append(
            (kind, p.start, p.end, src.relpath, finding, {src.relpath, *(rel for _, rel in shared)})
        )

    for p in repeats:
        start, end = passage_span(p.start, p.end)
        src_start, src_end = span(p.src_start, min(p.src_end, p.start))
        loc = document.locate(src_start, src_end)
        data = {
            "source": document.path or "-", "repeat": True, "source_line": loc.line, "source_end_line": loc.end_line,
            "overlap": round(p.share, 3), "words": p.length, "matched": p.matched,
            "kind": "herhaling", "kind_name": KINDS["herhaling"],
        }  # fmt: skip
        findings.append(
            COPY.finding(
                start, end,
                f"Deze passage ({p.length} woorden) staat ook eerder in dit document ({_lines(loc.line, loc.end_line)}), "
                f"{percent(p.share)}% gelijk. Herhaal de tekst niet: verwijs terug of schrap een van beide.",
                data=data,
                severity="info",
            )
        )  # fmt: skip

    summary = summary_finding(passages, len(tokens), quoted, passages_under_policy(document, passages))
    if summary:
        demote = {id(p[4]) for p in passages if p[0] in WARNING_KINDS}
        findings = [replace(f, severity="info") if id(f) in demote else f for f in findings] + summary

    # stock phrases: the longest phrase at each place, outside copied passages
    if refs and len(tokens) >= 4:
        breaks = set(tokens.breaks)
        taken = [False] * len(tokens)
        for s, e in covered:
            for i in range(s, e):
                taken[i] = True
        hits = []
        for index in refs:
            phrases = index.phrases()
            if not phrases:
                continue
            total = index.document_count
            found_phrases = phrases_in(index)
            for n in range(12, 3, -1):
                for i, phrase in found_phrases[n]:
                    if any(taken[i : i + n]) or any(j in breaks for j in range(i + 1, i + n)):
                        continue
                    for j in range(i, i + n):
                        taken[j] = True
                    hits.append((i, n, phrase, total, index))
        for i, n, phrase, total, index in sorted(hits, key=lambda h: h[0]):
            start, end = span(i, i + n)
            findings.append(
                STOCK.finding(
                    start, end,
                    f"Standaardzin: deze woorden staan in {phrase.docs} van de {total} documenten van de "
                    "referentieverzameling. Zeg in eigen woorden wat u hier bedoelt, of laat ze weg.",
                    data={"phrase": phrase.text, "documents": phrase.docs, "collection": total, "index": index.path},
                )
            )  # fmt: skip

    return findings


def _holding(p, index, who, src, source) -> tuple[list, list]:
    """(path, relpath) of the other documents with passage ``p`` of ``index``, without reading their words, and the
    organisation of every document with it (of the source ``src`` first: ``source`` is its (organisation, plan))."""
    shared = [path for _, path in sorted(index.paths(d for d in p.shared if d != p.doc).items())]
    return shared, [source[0] or src.path] + [who.of_source(a, r)[0] or a for a, r in shared]


# The three rules share one pass over the document (registry.one_pass), and run only when asked for.
_shared = one_pass(_compute)


def _only(code: str):
    def check(analysis, ctx: RuleContext):
        rule = {"BT801": COPY, "BT802": CITATION, "BT107": STOCK}[code]
        if not _active(rule, ctx.config):
            return []
        return _shared(code)(analysis, ctx)

    return check


COPY = register(
    Rule(
        code="BT801", name="kopie", category="kopie", severity="warning",
        summary="tekst die uit een ander stuk komt (met `--reference`)", scope="document",
        title="Gekopieerde tekst",
        what="Vindt passages van ongeveer 12 woorden of meer die (bijna) letterlijk in een document uit de "
        "referentieverzameling staan, ook als hier en daar een woord anders is. Ook een passage die twee keer in "
        "hetzelfde document staat. Staat aan als er een referentieverzameling is ingesteld (reference of "
        "--reference).",
        why="Tekst die is overgenomen uit een andere nota, een sjabloon of een 'good practice' zegt niet wat uw "
        "organisatie zelf gaat doen. De lezer krijgt standaardtekst in plaats van uw eigen plan. Passie kopieer je "
        "niet.",
        bad=["Wij zetten in op een integrale aanpak waarbij de inwoner centraal staat en maatwerk wordt geleverd "
             "in nauwe samenwerking met alle betrokken partners in het sociaal domein. (letterlijk uit de nota van "
             "een andere gemeente)"],
        good=["Wij helpen inwoners die schulden hebben binnen twee weken. Een vaste contactpersoon regelt de hulp "
              "met de schuldhulp en het wijkteam."],
        check=_only("BT801"),
    )
)  # fmt: skip

CITATION = register(
    Rule(
        code="BT802", name="citaat", category="kopie", severity="info",
        summary="een letterlijk citaat uit een bron die u mag citeren, zoals een wet", scope="document",
        title="Citaat uit een bron",
        what="Meldt een overgenomen passage die tussen aanhalingstekens of in een blokcitaat staat, of die komt "
        "uit een bron om te citeren (instelling quote-sources, bijvoorbeeld wetteksten). Ook tekst uit een wet of "
        "beleidsstuk die een zin inleidt, zoals 'Artikel 3.1 luidt:' of 'In de Omgevingsvisie staan drie doelen:'. "
        "Dat is geen kopie, maar de melding noemt de bron. Conclusies uit een rapport van een onderzoek zijn geen "
        "citaat uit wet of beleid: die krijgen BT801. Wilt u deze meldingen niet? Zet dan ignore = [\"BT802\"].",
        why="Citeren mag, en wetteksten moet u soms letterlijk overnemen. De lezer moet dan wel zien dat het een "
        "citaat is en waar het vandaan komt.",
        bad=["Een goede ruimtelijke ordening vraagt een zorgvuldige afweging van alle belangen. (overgenomen zonder "
             "bron)"],
        good=["In artikel 3.1.6 van het Besluit ruimtelijke ordening staat: \"...\" (letterlijk citaat, met bron)"],
        check=_only("BT802"),
    )
)  # fmt: skip

STOCK = register(
    Rule(
        code="BT107", name="standaardzin", category="cliche", severity="info",
        summary="standaardzinnen die in veel stukken van uw organisatie staan (met `--reference`)",
        title="Standaardzin uit de referentieverzameling",
        what="Vindt zinsdelen van 4 tot 12 woorden die in veel documenten van de referentieverzameling staan "
        "(standaard in 20% of meer), en zegt in hoeveel documenten.",
        why="Een zin die in elk document staat, leest de lezer niet meer. Hij zegt weinig over uw eigen plan.",
        bad=["Het plan voorziet in een goede ruimtelijke ordening en is in overeenstemming met het beleid."],
        good=["Het plan past bij de woonvisie: er komen 40 betaalbare woningen."],
        check=_only("BT107"),
    )
)  # fmt: skip
