"""Kinds of reuse for the copy rules (``rules.copy``): whose a document is (organisation and plan), the likely
origin of a passage, and whether a passage is template text, another organisation's, one's own, an earlier version
or a repeat."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import time
from dataclasses import replace

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


@functools.lru_cache(maxsize=1 << 16)
def organisation(path: str | None) -> tuple[str | None, str | None]:
    """(organisation, plan) of a document from its file name (``NL.IMRO.<code>.<plan>-<version>``), or Nones. Kept
    per path: a check asks for the same reference documents' paths for passage after passage."""
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
    year = _named_year(path)
    if year is None or year > time.gmtime().tm_year:
        return None
    return year


@functools.lru_cache(maxsize=1 << 16)
def _named_year(path: str | None) -> int | None:
    """The year in the plan's name (``organisation``), whether past or not, or None; kept per path."""
    m = _YEAR.search(organisation(path)[1] or "")
    return int(m.group(1)) if m else None


def likely_origin(p, index, keys: list[str]):
    """Passage ``p`` attributed to its likely origin: of the documents that hold it, the earliest by date where the
    date is known (``plan_year``); otherwise the best-matching document stays the source. The passage is aligned
    with the origin around the densest run of its hits there (``dense_window``: the passage's length and margins),
    not with all the words from its first hit there to its last (on the largest plan against the synthetic archive
    a median of 1,186 words for a passage of 87); with all of those, as before, where that run holds too little of
    the passage or the passage does not align there."""
    from ..index.match import dense_window, realign

    years = {d: plan_year(path) for d, (path, _) in index.paths(p.shared).items()}
    known = {d: y for d, y in years.items() if y is not None}
    if not known:
        return p
    first = min(known, key=lambda d: (known[d], d))
    own = years.get(p.doc)
    if first == p.doc or (own is not None and own <= known[first]) or first not in p.at:
        return p
    source, near = index.document(first), dense_window(p, first)
    q = realign(keys, p, source, first, near) if near is not None else None
    if q is None:  # not there after all: aligned with all the words of its hits, as before
        q = realign(keys, p, source, first, p.at[first])
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


#: a document whose hits cover at least this share of what the best covered document's hits cover in a passage is
#: aligned with it when the passage has too few organisations to be template text (``more_holders``)
NEAR_COVER = 0.3
#: most of those alignments for one passage
MAX_CONFIRM = 6
#: a document holds a passage with small changes when at least this share of the passage's words align with it
HOLDS_SHARE = 0.6
#: a document holds a passage, edited or shortened, when at least this share of the passage's 5-word runs stand in
#: it near its hits (``run_share``); one sentence of three or four, a clause or a stock phrase is less. On the judged
#: rows of the copy sheets (template versus other copy, 219 rows) the plans of other municipalities with this share
#: of a passage's runs told the judges' kind best (0.35; 0.25 counts stock fragments, 0.5 misses shortened copies)
HOLDS_RUNS = 0.35
#: a document holds a passage of fewer than ``rules.copy.SHORT_WORDS`` words when at least this share of its 5-word
#: runs stand in it: in one short sentence, a shared clause is a third of the runs (*vormt het aspect ... geen
#: belemmering voor*: 0.375 on copy6-047), a sentence with its opening reworded 0.4-0.5 (``fragment_holders``)
HOLDS_RUNS_SHORT = 0.4
#: most documents whose 5-word runs are compared for one passage
MAX_RUNS = 16


def run_share(words: list[str], source, window: tuple[int, int]) -> float:
    """The share of the 5-word runs of a passage (``words``: its normalised words) that stand in ``source`` within
    the passage's length of ``window`` (the source words of its hits there). Each run is one number (its words'
    places in the passage's own vocabulary), so the source window is compared without hashing each of its words."""
    import numpy as np

    from ..index.fingerprint import K

    # the stems as numbers of the index's vocabulary (``index/numbers.py``), the source window's as stored
    numbers = getattr(source, "numbers", None)
    theirs = source.ids_range if numbers is not None else source.keys_range
    if numbers is not None:
        words = numbers.ids(words).tolist()
    vocabulary: dict = {}
    for w in words:
        vocabulary.setdefault(w, len(vocabulary) + 1)
    base = len(vocabulary) + 1
    if len(words) < K or base**K >= 2**63:
        return 0.0

    def runs(ids: list[int]) -> np.ndarray:
        a = np.asarray(ids, dtype=np.int64)
        if len(a) < K:
            return a[:0]
        code, known = np.zeros(len(a) - K + 1, dtype=np.int64), np.ones(len(a) - K + 1, dtype=bool)
        for k in range(K):
            part = a[k : len(a) - K + 1 + k]
            code, known = code * base + part, known & (part > 0)
        return code[known]

    length = len(words)
    lo, hi = max(0, window[0] - length), min(len(source), window[1] + K + length)
    mine = np.sort(runs([vocabulary[w] for w in words]))
    mine = mine[np.concatenate(([True], mine[1:] != mine[:-1]))]  # distinct (np.unique would import numpy.ma)
    window_words = theirs(lo, hi)
    if numbers is not None:
        window_words = window_words.tolist()
    there = np.sort(runs([vocabulary.get(w, 0) for w in window_words]))
    if not len(there):
        return 0.0
    # which of mine stand in there: by bisection of the sorted runs (``np.isin`` would import ``numpy.ma`` on first
    # use, about 9 ms of a check's CPU time)
    at = np.minimum(np.searchsorted(there, mine), len(there) - 1)
    return float((there[at] == mine).sum()) / len(mine)


def more_holders(
    p,
    index,
    keys: list[str],
    who: Organisations,
    counted: set,
    own: str | None = None,
    *,
    short: bool = False,
    frame=None,
) -> list[int]:
    """Documents beyond ``p.shared`` that hold passage ``p`` with small changes or shortened, each of an
    organisation (``who``) not in ``counted`` and not ``own`` (the draft's). An edited copy keeps few of the
    passage's stored fingerprints (one 5-word run in six, and every changed word breaks five runs), so a passage
    that stands in several plans with a word changed per sentence, or with a sentence left out, may seem to be in
    one (``index.match.SHARED_COVER``): then it is template text called another organisation's. Every document with
    hits in it, best covered first, is looked at until ``TEMPLATE_ORGANISATIONS`` organisations hold it: it holds
    the passage when ``HOLDS_RUNS`` of the passage's 5-word runs stand in it near those hits (``run_share``; at most
    ``MAX_RUNS`` documents; also where the hits spread far: leaving out those that spread over 30 times the
    passage's length saved half the time and lost two judged template rows), or, for the documents with hits on at
    least ``NEAR_COVER`` of it, when ``HOLDS_SHARE`` of its words align (at most ``MAX_CONFIRM`` alignments). A short
    passage (``short``: one sentence or two) needs ``HOLDS_RUNS_SHORT`` of its runs, and more than a stock frame of it
    (``shares_own_words``, with ``frame``)."""

    best = max(p.cover.values(), default=0)
    near = sorted((d for d in p.cover if d not in p.shared and d in p.at), key=lambda d: (-p.cover[d], d))
    paths = index.paths(near[: 4 * MAX_RUNS])
    found, orgs, tries, compared = [], set(counted), 0, 0
    for d in near[: 4 * MAX_RUNS]:
        if len(orgs) >= TEMPLATE_ORGANISATIONS or compared >= MAX_RUNS:
            break
        org = who.of_source(*paths[d])[0] or paths[d][0]
        if org in orgs or (own is not None and org == own):
            continue  # another of an organisation already counted, or the draft's own
        compared += 1
        source = index.document(d)
        lo, hi = p.at[d]
        share = run_share(keys[p.start : p.end], source, (lo, hi))
        if short and not shares_own_words(keys, p, source, (lo, hi), frame, share):
            continue  # only a stock frame of a short passage
        if share >= (HOLDS_RUNS_SHORT if short else HOLDS_RUNS):
            found.append(d)
            orgs.add(org)
            continue
        if p.cover[d] < NEAR_COVER * best or tries >= MAX_CONFIRM or hi - lo > 3 * p.length:
            continue  # few hits, or hits in two places of one document
        tries += 1
        if _aligns(keys, p, source, d, (lo, hi)):
            found.append(d)
            orgs.add(org)
    return found


def _aligns(keys: list[str], p, source, d: int, window: tuple[int, int]) -> bool:
    """Document ``d`` (``source``) holds passage ``p`` with small changes: ``HOLDS_SHARE`` of its words align with
    the window of its hits there (``index.match.realign``)."""
    from ..index.match import realign

    q = realign(keys, p, source, d, window)
    return q is not None and q.matched >= HOLDS_SHARE * p.length


#: a document with at least this share of a short passage's 5-word runs holds more than a frame of it: a stock
#: sentence with one word changed (*De verkregen resultaten geven geen aanleiding tot ...*: 0.56-0.67 on copy4-042,
#: where the words outside the stock phrase are four); a plan that shares only the opening has 0.4-0.45
FRAME_RUNS = 0.5
#: a sentence of a short passage of at least this many words that another document holds whole makes it a holder
WHOLE_SENTENCE = 8


def shares_own_words(keys: list[str], p, source, window: tuple[int, int], frame, share: float) -> bool:
    """``source`` shares more than a stock frame with short passage ``p`` near ``window`` (its hits there):
    ``FRAME_RUNS`` of its 5-word runs stand in it (``share``, the caller's ``run_share`` of the passage there), or at least ``rules.copy_spans.MIN_OWN_WORDS`` of the passage's
    words, not function words and not in stock phrases of the
    collection, stand in it in runs of their own (``index.fit.own_words``), or one of the passage's sentences of
    ``WHOLE_SENTENCE`` words or more stands in it whole (all its 5-word runs: a stock sentence such as *Met dit
    hoofdstuk is voldaan aan artikel 3.1.3 van het Bro.* is template text of its own). ``frame``: (stock, common,
    names, the words that start a sentence, sorted), or None (not asked). A plan with *In de directe omgeving van
    het plangebied zijn geen functies aanwezig ...* holds the opening of *In de directe omgeving van het plangebied
    zijn geen veehouderijen gelegen.*, a stock frame, not the sentence: no holder of it."""
    if frame is None:
        return True
    from ..index.fit import own_words
    from .copy_spans import MIN_OWN_WORDS

    if share >= FRAME_RUNS:
        return True
    stock, common, names, breaks = frame
    q = replace(p, src_start=window[0], src_end=max(window[0] + 1, window[1]))
    if own_words(keys, q, source, stock, common, names) >= MIN_OWN_WORDS:
        return True
    edges = [p.start, *(b for b in breaks if p.start < b < p.end), p.end]
    return any(
        e - s >= WHOLE_SENTENCE and run_share(keys[s:e], source, window) >= 1.0
        for s, e in zip(edges, edges[1:], strict=False)
    )


def fragment_holders(
    p, index, keys: list[str], who: Organisations, own: str | None = None, frame=None
) -> set[int]:
    """Documents of ``p.shared`` (not its source ``p.doc``) that hold only a clause of short passage ``p`` (under
    ``rules.copy.SHORT_WORDS`` words): under ``HOLDS_RUNS_SHORT`` of its 5-word runs near their hits
    (``run_share``), and under ``HOLDS_SHARE`` of its words aligned. A short passage keeps one or two stored
    fingerprints, so a plan that shares only a phrase of it (*vormt het aspect ... geen belemmering*) covers as much
    of it as one that holds it whole. Looked at only when the holders' organisations (other than ``own``, the
    draft's) are few enough that one of them decides between template text and another organisation's (at most
    ``TEMPLATE_ORGANISATIONS`` + 1), best covered first, until ``TEMPLATE_ORGANISATIONS`` organisations hold it
    whole. A document that shares no more than a stock frame with it (``shares_own_words``, with ``frame``) is such
    a document too. ``more_holders`` uses the same lines for a short passage, so it does not count again what this
    left out. (For longer passages the holders by cover stay: on the judged copy sheets, checking them by their runs
    won one row and lost one, a stock explanation that other plans hold with other details filled in.)"""

    others = [d for d in p.shared if d != p.doc]
    if not others:
        return set()
    paths = index.paths([p.doc, *others])
    org_of = {d: who.of_source(*paths[d])[0] or paths[d][0] for d in paths}
    orgs = {org_of[d] for d in others} | {org_of.get(p.doc)}
    orgs.discard(own)
    if len(orgs) < TEMPLATE_ORGANISATIONS or len(orgs) > TEMPLATE_ORGANISATIONS + 1:
        return set()
    held = {org_of.get(p.doc)} - {own}
    weak: set[int] = set()
    for d in sorted(others, key=lambda d: (-p.cover.get(d, 0), d)):
        if len(held) >= TEMPLATE_ORGANISATIONS:
            break
        if org_of[d] == own or org_of[d] in held or d not in p.at:
            continue
        source = index.document(d)
        share = run_share(keys[p.start : p.end], source, p.at[d])
        if not shares_own_words(keys, p, source, p.at[d], frame, share):
            weak.add(d)  # only a stock frame of it
            continue
        if share >= HOLDS_RUNS_SHORT:
            held.add(org_of[d])
            continue
        if _aligns(keys, p, source, d, p.at[d]):
            held.add(org_of[d])
        else:
            weak.add(d)
    return weak if len(held) < TEMPLATE_ORGANISATIONS else set()


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
