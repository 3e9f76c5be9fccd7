"""Copied text (BT801 kopie, BT802 citaat) and stock phrases from the reference collection (BT107 standaardzin).

These rules need a reference collection (``reference = ["referentie.sqlite"]`` in the settings, or
``beleidstaal check --reference PATH``). Without one they stay silent, unless they are asked for with ``--select``:
then BT801 still reports passages that are repeated within the same document. (``Rule.opt_in`` is a fixed flag and
``filters.rule_enabled`` cannot see the configuration's reference, so the rules are registered as normal rules and
switch themselves on when a reference is configured or when they are selected by name.)

The heavy part lives in ``beleidstaal.index`` and is imported only when a check actually runs.
"""

from __future__ import annotations

import bisect
import contextlib
import os
import re
import time
from collections import Counter
from dataclasses import replace

from .registry import Rule, RuleContext, matches_selector, one_pass, register

#: copied words are a quotation (BT802) when at least this share of them is quoted
QUOTED_SHARE = 0.7


def _active(rule: Rule, config) -> bool:
    return bool(config.reference) or any(matches_selector(s, rule) for s in config.select)


def percent(share: float) -> int:
    """A share (0..1) as a whole percentage, as the messages and the copy view show it."""
    return min(100, round(share * 100))


def _lines(a: int, b: int) -> str:
    return f"regel {a}" if a == b else f"regels {a}-{b}"


def quotation_reason(
    document, tokens, first: int, last: int, *, cite_source: bool = False, blocks=None
) -> str | None:
    """Why the copied words ``tokens[first:last]`` of ``document`` (``index.noise.prose_tokens``) are a quotation
    (BT802) and not a copy (BT801); None for a copy. ``beleidstaal check`` and the batch archive
    (``batch.worker.passages``) classify with this one function. In this order: the words are between quotation
    marks or in a block quote; the source is one to quote from (``quote_sources``); the words are quoted text
    that ``language.quotation`` recognises (a law article under its heading, text after *luidt:*, definitions).
    ``blocks`` is ``language.quotation.QuotedText`` of the document, when the caller has it already."""
    n = last - first
    if n <= 0:
        return None
    if sum(tokens.quoted[first:last]) >= QUOTED_SHARE * n:
        return "aanhalingstekens"
    if cite_source:
        return "bron om te citeren"
    if blocks is None:
        from ..language.quotation import QuotedText, policy_quotations

        blocks = QuotedText(policy_quotations(document))
    if blocks.blocks:
        inside = sum(1 for i in range(first, last) if blocks.block_of(tokens.starts[i], tokens.ends[i]))
        if inside >= QUOTED_SHARE * n:
            return "aangehaalde tekst"
    return None


#: kinds of reuse, as named in ``data["kind"]`` and in the message
KINDS = {
    "citaat": "citaat uit wet of beleid",
    "sjabloon": "sjabloontekst",
    "kopie": "overgenomen van een andere organisatie",
    "eigen": "eigen eerdere tekst",
    "versie": "eerdere versie van dit document",
    "herhaling": "herhaling in dit document",
}
#: kinds that are warnings; the others are info
WARNING_KINDS = frozenset({"sjabloon", "kopie"})
#: a passage found in documents of at least this many organisations is template text
TEMPLATE_ORGANISATIONS = 3
#: the zoning plans name their organisation (the municipality code) and plan in the file name
_IMRO = re.compile(r"NL\.IMRO\.(\d{4})\.([^-./\\]+)(?:-([^./\\]+))?", re.I)


def organisation(path: str | None) -> tuple[str | None, str | None]:
    """(organisation, plan) of a document from its file name (``NL.IMRO.<code>.<plan>-<version>``), or Nones."""
    m = _IMRO.search(os.path.basename(path or ""))
    if not m:
        return None, None
    return m.group(1), m.group(2).lower()


class Organisations:
    """Which organisation a document belongs to, from the settings: ``organisation`` for the checked text, and
    ``organisation-pattern`` over the path of a reference document (its path inside the indexed folder, then its
    full path). Where those say nothing, the zoning plan's file name (``organisation``); else unknown (None).
    Names from the settings are compared without regard to case (*Utrecht* is *utrecht*)."""

    def __init__(self, config=None) -> None:
        from ..config import organisation_regex

        own = getattr(config, "organisation", None)
        self.own = own.strip().casefold() if own else None
        self.pattern = pattern = getattr(config, "organisation_pattern", None)
        self.regex = organisation_regex(pattern) if pattern else None
        self.root = getattr(config, "root", None)

    def _match(self, *paths: str | None) -> str | None:
        for path in paths:
            m = self.regex.search(path.replace(os.sep, "/")) if self.regex and path else None
            if m:
                found = m.group("organisatie") if "organisatie" in m.re.groupindex else m.group(1)
                if found:
                    return found.casefold()
        return None

    def of_source(self, path: str | None, relpath: str | None = None) -> tuple[str | None, str | None]:
        """(organisation, plan) of a reference document."""
        org, plan = organisation(path)
        return self._match(relpath, path) or org, plan

    def of_draft(self, path: str | None) -> tuple[str | None, str | None]:
        """(organisation, plan) of the checked text: ``organisation`` if set, else as a reference document (the
        path from the settings file's folder standing in for the path inside the index)."""
        org, plan = organisation(path)
        if self.own:
            return self.own, plan
        rel = None
        if path and self.root and path != "-":
            with contextlib.suppress(ValueError):
                rel = os.path.relpath(os.path.abspath(path), self.root)
                rel = None if rel.startswith("..") else rel
        return self._match(rel, path) or org, plan

    def check_indexes(self, indexes) -> str | None:
        """ConfigError (Dutch) for an ``organisation-pattern`` that finds an organisation in no document of these
        reference indexes: every reuse would look like someone else's. Returns a Dutch warning for an
        ``organisation`` that no document has while one has a name close to it (a typo?); not an error, since an
        organisation may have no documents in the collection yet."""
        if not indexes or (self.regex is None and self.own is None):
            return None
        from ..errors import ConfigError
        from .registry import did_you_mean

        matched = False
        known: set[str] = set()
        for index in indexes:
            for path, relpath in index.paths(index.all_document_ids()).values():
                matched = matched or self._match(relpath, path) is not None
                org = self.of_source(path, relpath)[0]
                if org:
                    known.add(org)
        if self.regex is not None and not matched:
            example = next(iter(indexes[0].paths(indexes[0].all_document_ids()[:1]).values()), (None, None))[
                1
            ]
            raise ConfigError(
                f"Het patroon '{self.pattern}' bij 'organisation-pattern' vindt in geen enkel document van de "
                "referentieverzameling een organisatie"
                + (f" (bijvoorbeeld niet in '{example}')" if example else "")
                + ". Controleer het patroon; het geldt voor het pad binnen de map van de index."
            )
        near = did_you_mean(self.own, sorted(known)) if self.own is not None and self.own not in known else ""
        if not near:
            return None
        return (
            f"de organisatie '{self.own}' (instelling 'organisation') staat bij geen enkel document van de "
            f"referentieverzameling.{near} Schrijf de naam zoals in de verzameling, dan telt tekst uit uw eigen "
            "documenten als eigen tekst."
        )


#: a year in a plan's name (*BP2016ENKA0002*): the plan's date, where it is known
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def plan_year(path: str | None) -> int | None:
    """The year in the name of a plan (``NL.IMRO.0228.BP2016ENKA0002-0301`` → 2016), or None."""
    plan = organisation(path)[1]
    m = _YEAR.search(plan or "")
    if not m or int(m.group(1)) > time.gmtime().tm_year:
        return None
    return int(m.group(1))


def likely_origin(p, index, keys: list[str]):
    """Passage ``p`` attributed to its likely origin: of the documents that hold it, the earliest by date where the
    date is known (``plan_year``); otherwise the best-matching document stays the source."""
    from ..index.match import realign

    years = {d: plan_year(path) for d, (path, _) in index.paths(p.shared).items()}
    known = {d: y for d, y in years.items() if y is not None}
    if not known:
        return p
    first = min(known, key=lambda d: (known[d], d))
    own = years.get(p.doc)
    if first == p.doc or (own is not None and own <= known[first]) or first not in p.at:
        return p
    q = realign(keys, p, index.document(first), first, p.at[first])
    if q is None:
        return p
    # the draft's span stays on its whole sentences (``on_sentences``); the origin may differ in a first or last
    # word, and its alignment alone would start or end the span in the middle of a sentence
    return replace(
        q,
        start=p.start,
        end=p.end,
        src_start=max(0, q.src_start - (q.start - p.start)),
        src_end=q.src_end + (p.end - q.end),
        matched=min(p.length, q.matched),
    )


def reuse_kind(draft: tuple, source: tuple, shared: list) -> str:
    """The kind of reuse of a passage of the draft found in a source: ``draft`` and ``source`` are (organisation,
    plan) (``Organisations``), ``shared`` names the organisation of every document with the passage (a
    document's own name where its organisation is unknown)."""
    org, plan = draft
    src_org, src_plan = source
    if org is not None and src_org == org:
        return "versie" if plan is not None and src_plan == plan else "eigen"
    others = set(shared) - {org}
    return "sjabloon" if len(others) >= TEMPLATE_ORGANISATIONS else "kopie"


#: what stands between two sentences: a line break, or at the end a full stop (or ! ? : ; …) or a closing bracket,
#: maybe with closing quotes, and maybe the opening quote or bracket of the next sentence; a full stop inside a
#: number (*artikel 5.16 Wm*) is none
_AFTER_SENTENCE = re.compile(r"\n|[.!?:;…)\]][)\]\"'”’»]*\s*[\"'“„‘‚«(\[]*\Z")


#: an article number with a full stop after it (*art. 1.1.1.*), between 'art.' and the name of the law
_ARTICLE_NUMBER = re.compile(r"\.?\s*\d+(?:\.\d+)*[a-z]?\.\s*")


def _continues(text: str, tokens, i: int) -> bool:
    """Word ``i`` continues the sentence of the word before it, although the parser starts a sentence there: no
    full stop, bracket or line break between them, or only an article number between *art.* and the name of a law
    (*art. 1.1.1. Bro definieert*)."""
    from ..language.data import word_set

    gap = text[tokens.ends[i - 1] : tokens.starts[i]]
    if not _AFTER_SENTENCE.search(gap):
        return True
    before = text[tokens.starts[i - 1] : tokens.ends[i - 1]].lower()
    word = text[tokens.starts[i] : tokens.ends[i]].lower()
    return (
        before in ("art", "artikel", "lid")
        and _ARTICLE_NUMBER.fullmatch(gap) is not None
        and word in word_set("aanhalingen", "law_abbreviations")
    )


def sentence_starts(analysis, tokens) -> list[int]:
    """The words of ``tokens`` (``index.noise.prose_tokens``) that start a sentence, from the parse (so *o.a.* and
    *art.* do not end a sentence), or a paragraph; in a paragraph that was not parsed, the punctuation breaks. A
    start on a word in lower case is none, except in a list item: text converted from PDF breaks paragraphs and
    lines in the middle of a sentence (at a page break), and the parser follows those breaks. Nor is a start of
    the parse that no punctuation or line break comes before: the parser also splits long sentences at a name
    (*Metropool Regio Rotterdam | Den Haag*, *het Beleidsplan | Groen, Water en Milieu*)."""
    text = analysis.document.text
    parsed = set()
    found = set()
    for ap in analysis.paragraphs:
        parsed.add(ap.paragraph.start)
        for sent in ap.doc.sents:
            i = bisect.bisect_left(tokens.starts, ap.offset + sent.start_char)
            if 0 < i < len(tokens) and _continues(text, tokens, i):
                continue
            found.add(i)
    items = set()
    for paragraph in analysis.document.paragraphs:
        i = bisect.bisect_left(tokens.starts, paragraph.start)
        found.add(i)
        if paragraph.kind == "list_item":
            items.add(i)
        if paragraph.start not in parsed:
            j = bisect.bisect_left(tokens.starts, paragraph.end)
            found.update(b for b in tokens.breaks if i <= b < j)
    hard = set(tokens.hard)
    return sorted(
        b
        for b in found
        if b < len(tokens) and (b == 0 or b in hard or b in items or not text[tokens.starts[b]].islower())
    )


#: what may close a sentence after its last word: a full stop (or ! ? …), closing quotes and brackets
_CLOSING = re.compile(r"[)\]\"'”’»]*[.!?…]+[)\]\"'”’»]*")


#: a full stop (or ; : ! ? …) and closing quotes or brackets, before a space or the end
_STOP = re.compile(r"[.!?…;:][)\]\"'”’»]*(?=\s|$)")
#: closing quotes and brackets
_CLOSERS = re.compile(r"[)\]\"'”’»]*")
#: an HTML tag (not a '<' before an amount: *< € 200.000*)
_MARKUP = re.compile(r"<[A-Za-z/!]")
#: the most characters between the last word of a sentence and its end that a span takes in
MAX_REST = 40


def closing_end(text: str, end: int, limit: int | None = None, *, paragraph_end: bool = False) -> int:
    """``end`` moved past the punctuation that closes the sentence there (*gebied.*, *(zie artikel 3).*), if any.
    With ``limit`` (where the next sentence's first word or the paragraph begins): past the whole rest of the
    sentence, which has no words but may have numbers (*een kans van 1 op (ofwel 10-6).*, *vastgesteld op 23
    november 2009.*) or a closing bracket without a full stop; not past a line of its own, markup or a table.
    When ``limit`` is the end of the paragraph (``paragraph_end``), a rest without a full stop is the sentence's
    too (*d.d. juli 2016* at the end of a list item)."""
    m = _CLOSING.match(text, end)
    plain = m.end() if m else end
    if limit is None or limit <= end:
        return plain
    rest = text[end:limit].rstrip()
    if len(rest) > MAX_REST or "\n" in rest.strip() or _MARKUP.search(rest) or "|" in rest:
        return plain
    stops = [s.end() for s in _STOP.finditer(rest)]
    if stops:  # the next sentence may open with a number, a quote or a bracket: not that
        return max(plain, end + stops[-1])
    return max(plain, end + (len(rest) if paragraph_end else _CLOSERS.match(rest).end()))


#: opening quotes and brackets
_OPENERS = re.compile(r"[\"'“„‘‚«(\[]+$")


def opening_start(text: str, start: int) -> int:
    """``start`` (a sentence's first word) moved back over the quotes or brackets that open the sentence right
    before it (*‘Samenwerken aan kwaliteit’.*, *“Thes-locatie” bestaat uit*)."""
    m = _OPENERS.search(text, max(0, start - 3), start)
    if m is None or (m.start() > 0 and not text[m.start() - 1].isspace()):
        return start
    return m.start()


#: quoted blocks that are whole paragraphs or run to the end of one; text between quotation marks inside a sentence
#: is left to ``QUOTED_SHARE``
_PARAGRAPH_QUOTES = frozenset(
    {"blokcitaat", "kop", "inleiding", "begrippenlijst", "cursief", "artikelleden", "beleid"}
)


def quoted_edges(blocks, tokens) -> set[int]:
    """The words of ``tokens`` where quoted text of whole paragraphs (``_PARAGRAPH_QUOTES``) starts or ends; two
    quoted blocks in a row are one stretch."""
    inside = [False] * len(tokens)
    for b in blocks.blocks:
        if b.kind in _PARAGRAPH_QUOTES:
            i, j = bisect.bisect_left(tokens.starts, b.start), bisect.bisect_left(tokens.starts, b.end)
            inside[i:j] = [True] * (j - i)
    return {i for i in range(1, len(tokens)) if inside[i] != inside[i - 1]}


def uncovered(p, taken: list[tuple[int, int]]) -> list:
    """The parts of passage ``p`` that no passage in ``taken`` (word ranges) covers and that are long enough on their
    own (``index.match.MIN_WORDS``): one text is reported once, by the passage that matched it best. The edges of
    passages are sentence edges, so the parts are whole sentences too."""
    from ..index.match import MIN_WORDS

    parts, at = [], p.start
    for s, e in sorted(taken):
        if e <= at or s >= p.end:
            continue
        if s > at:
            parts.append((at, s))
        at = max(at, e)
    if at < p.end:
        parts.append((at, p.end))
    if parts == [(p.start, p.end)]:
        return [p]
    return [
        replace(
            p, start=s, end=e, src_start=p.src_start + (s - p.start), src_end=max(p.src_start + (s - p.start) + 1,
            p.src_end - (p.end - e)), matched=min(e - s, round(p.matched * (e - s) / max(1, p.length))),
        )
        for s, e in parts
        if e - s >= MIN_WORDS
    ]  # fmt: skip


#: a passage is copied text when at least this many of its words, not function words and not in stock phrases of
#: the collection, are equal to the source in runs of their own (``index.match.own_words``)
MIN_OWN_WORDS = 5


def _common_words() -> frozenset[str]:
    """Function words (spaCy's Dutch stop words): equal in any two sentences, no sign of copying."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def stock_phrases(keys: list[str], index) -> list[tuple[int, int]]:
    """The (start, end) words of every occurrence in ``keys`` of a stock phrase of ``index`` (``index.phrases()``),
    sorted."""
    from ..index.fingerprint import key_hashes, ngram_hashes

    phrases = index.phrases()
    if not phrases or len(keys) < 4:
        return []
    wh = key_hashes(keys)
    found = []
    for n in range(4, min(12, len(keys)) + 1):
        for i, h in enumerate(ngram_hashes(wh, n).tolist()):
            phrase = phrases.get(h)
            if phrase is not None and phrase.words == n:
                found.append((i, i + n))
    return sorted(found)


def _compute(analysis, ctx: RuleContext) -> list:
    config = ctx.config
    from ..index.fingerprint import key_hashes, ngram_hashes
    from ..index.match import find_passages, find_repeats, on_sentences, own_words
    from ..index.noise import prose_tokens
    from ..index.reference import is_quote_source, references_for
    from ..language.quotation import QuotedText, policy_quotations

    document = analysis.document
    tokens = prose_tokens(document)
    blocks = QuotedText(policy_quotations(document))
    findings = []
    covered: list[tuple[int, int]] = []
    passages = []  # (kind, first word, last word, source label, finding, labels of all documents with it)

    def span(start: int, end: int) -> tuple[int, int]:
        return tokens.starts[start], tokens.ends[end - 1]

    starts = sentence_starts(analysis, tokens)
    # a copied passage does not run into or out of quoted text of its own paragraphs (a law article after
    # 'luidt:', a block quote): the quoted part is a citation, the rest is judged on its own
    edges = quoted_edges(blocks, tokens)
    hard = sorted({*tokens.hard, *edges})
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
        return on_sentences(found, starts, hard, len(tokens))

    refs = references_for(config) if config.reference else []
    who = Organisations(config)
    draft = who.of_draft(document.path)
    candidates = []
    common = _common_words()
    for index in refs:
        # a draft that is itself in the collection is not a copy of itself
        itself = index.ids_for_path(document.path) if document.path and document.path != "-" else set()
        stock = None
        for p in sentences(find_passages(tokens.keys, index, itself)):
            stock = stock if stock is not None else stock_phrases(tokens.keys, index)
            own = own_words(tokens.keys, p, index.document(p.doc), stock, common)
            if own < MIN_OWN_WORDS:
                continue  # stock phrases and function words in a sentence of its own: no copy
            candidates.append((p, index))
    candidates.sort(key=lambda c: (-c[0].matched, c[0].start))
    accepted = []
    for p, index in candidates:
        if any(min(p.end, q.end) - max(p.start, q.start) > 0.5 * p.length for q, _ in accepted):
            continue
        accepted.extend((q, index) for q in uncovered(p, [(q.start, q.end) for q, _ in accepted]))
    for p, index in sorted(accepted, key=lambda c: c[0].start):
        covered.append((p.start, p.end))
        p = likely_origin(p, index, tokens.keys)
        src = index.document(p.doc)
        start, end = passage_span(p.start, p.end)
        a, b = src.line(p.src_start), src.line(p.src_end - 1)
        reason = quotation_reason(
            document,
            tokens,
            p.start,
            p.end,
            cite_source=is_quote_source(config, src.path, src.relpath),
            blocks=blocks,
        )
        # (path, relpath) of the other documents with the passage, without reading their words
        shared = [path for _, path in sorted(index.paths(d for d in p.shared if d != p.doc).items())]
        source = who.of_source(src.path, src.relpath)
        orgs = [source[0] or src.path] + [who.of_source(a, r)[0] or a for a, r in shared]
        kind = "citaat" if reason else reuse_kind(draft, source, orgs)
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
        finding = COPY.finding(
            start, end,
            f"{KINDS[kind].capitalize()}: deze passage ({p.length} woorden) komt voor {percent(p.share)}% "
            f"overeen met {where}.{count} {advice}",
            data=data,
            severity="warning" if kind in WARNING_KINDS else "info",
        )  # fmt: skip
        findings.append(finding)
        passages.append(
            (kind, p.start, p.end, src.relpath, finding, {src.relpath, *(rel for _, rel in shared)})
        )

    repeats = []
    for p in sentences(find_repeats(tokens.keys)):
        if any(min(p.end, e) - max(p.start, s) > 0.5 * p.length for s, e in covered):
            continue
        pieces = uncovered(p, covered)
        repeats.extend(pieces)
        covered.extend((q.start, q.end) for q in pieces)
    for p in repeats:
        start, end = passage_span(p.start, p.end)
        src_start, src_end = span(p.src_start, min(p.src_end, p.start))
        loc = document.locate(src_start, src_end)
        data = {
            "source": document.path or "-", "repeat": True, "source_line": loc.line, "source_end_line": loc.end_line,
            "overlap": round(p.share, 3), "words": p.length, "matched": p.matched,
            "kind": "herhaling", "kind_name": KINDS["herhaling"],
        }  # fmt: skip
        if quotation_reason(document, tokens, p.start, p.end, blocks=blocks):
            continue  # the same quotation twice is not copied prose
        findings.append(
            COPY.finding(
                start, end,
                f"Deze passage ({p.length} woorden) staat ook eerder in dit document ({_lines(loc.line, loc.end_line)}), "
                f"{percent(p.share)}% gelijk. Herhaal de tekst niet: verwijs terug of schrap een van beide.",
                data=data,
                severity="info",
            )
        )  # fmt: skip

    summary = _summary(passages, len(tokens))
    if summary:
        demote = {id(p[4]) for p in passages if p[0] in WARNING_KINDS}
        findings = [replace(f, severity="info") if id(f) in demote else f for f in findings] + summary

    # stock phrases: the longest phrase at each place, outside copied passages
    if refs and len(tokens) >= 4:
        wh = key_hashes(tokens.keys)
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
            for n in range(12, 3, -1):
                for i, h in enumerate(ngram_hashes(wh, n).tolist()):
                    phrase = phrases.get(h)
                    if phrase is None or phrase.words != n:
                        continue
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


def _summary(passages: list, words: int) -> list:
    """Say it once: with two or more copied passages that are warnings (template text, copied from others), one
    document-level BT801 warning with the share of the text and the largest sources, and every passage at info
    level. The warning takes the span of the largest of those passages (the first of equal ones)."""
    warned = [p for p in passages if p[0] in WARNING_KINDS]
    if len(warned) < 2 or not words:
        return []
    copied = [False] * words
    for _, s, e, *_ in passages:
        for i in range(s, e):
            copied[i] = True
    share = round(sum(copied) / words, 3)  # as in data["share"], so that every front end shows one figure
    sources = Counter()
    documents = set()
    for _, s, e, label, _, docs in warned:
        sources[label] += e - s
        documents |= docs
    top = ", ".join(f"'{label}'" for label, _ in sources.most_common(3))
    kinds = Counter(p[0] for p in passages)
    # the largest passage carries it: the best evidence of copying, not a short passage that happens to come first
    first = max(warned, key=lambda p: (p[2] - p[1], -p[1]))[4]
    return [
        COPY.finding(
            first.start, first.end,
            f"{percent(share)}% van deze tekst staat ook in {len(documents)} andere documenten; de grootste "
            f"bronnen: {top}. Schrijf in eigen woorden wat uw organisatie zelf gaat doen. De passages staan "
            "hieronder apart (niveau info).",
            data={"summary": True, "share": share, "passages": len(passages),
                  "sources": len(documents), "top": [label for label, _ in sources.most_common(3)],
                  "kinds": dict(kinds)},
        )
    ]  # fmt: skip


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
        "uit een bron om te citeren (instelling quote-sources, bijvoorbeeld wetteksten). Dat is geen kopie, maar "
        "de melding noemt de bron. Wilt u deze meldingen niet? Zet dan ignore = [\"BT802\"].",
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
