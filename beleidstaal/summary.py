"""The summary of one document, for a writer who wants to know what to do first.

Built by the core from a document's findings and readability figures (never by a rule), and shown on top by every
human front end; ``--format json`` carries it per file as ``summary``:

- ``taalniveau``: the indicative level of ``stats`` (A2–C1), or None when the document has no words;
- ``categories`` and ``severities``: how many findings of each kind;
- ``groups``: repeats folded into one: the same rule and the same word or phrase (the lexicon term, the verb of a
  passive or nominalisation, else the text itself), with the count and every location; the first occurrence carries
  the explanation (its message). JSON, SARIF, GitHub and the LSP still give one finding per occurrence;
- ``priorities`` (*Eerst verbeteren*): at most ``MAX_PRIORITIES`` patterns, ranked by
  frequency × severity × how much plainer the rewrite is (``plainer``), each with one example from the text and
  its rewrite. A pattern is a lexicon term (all *realiseren* together) or, for a rule about sentence structure
  (passives, nominalisations, long sentences), the rule as a whole.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field

from .findings import CATEGORIES, SEVERITIES, Finding

MAX_PRIORITIES = 5
#: how much a finding of each severity weighs in the ranking
SEVERITY_WEIGHT = {"info": 1.0, "warning": 2.0, "error": 4.0}
#: the weight of a point without a rewrite (only advice): the writer has to find the words alone
ADVICE_ONLY = 0.5
#: the rules whose findings are one pattern together (each occurrence has its own words)
_DATA_KEYS = ("verb", "word")
_WORD = re.compile(r"\w+")


@dataclass
class Group:
    """One finding repeated in a document: same rule, same word or phrase."""

    rule: str
    key: str
    category: str
    severity: str
    count: int
    #: index in the result's findings of the first occurrence (which carries the explanation)
    first: int
    #: (line, column) of every occurrence, in document order
    locations: list[tuple[int, int]] = field(default_factory=list)
    #: index in the result's findings of every occurrence (the first is ``first``)
    members: list[int] = field(default_factory=list)


@dataclass
class Priority:
    """One point of *Eerst verbeteren*."""

    rule: str
    category: str
    severity: str
    #: what the point is, in Dutch ("Jargon: 'realiseren'", "Lijdende vorm")
    label: str
    count: int
    #: one example from the text and its rewrite (or advice where no rewrite fits)
    example: str
    rewrite: str
    line: int
    column: int
    score: float


@dataclass
class ParagraphHeat:
    """How hard one paragraph of running text is, for the per-paragraph view of the HTML report and web page."""

    line: int
    end_line: int
    words: int
    #: the taalniveau of this paragraph alone, and its score on the A2 (0) to C1 (3) scale of ``stats``
    level: str
    score: float
    long_sentences: int
    passives: int
    nominalisations: int
    rare_words: int
    first_words: str


@dataclass
class Summary:
    taalniveau: str | None
    words: int
    categories: dict[str, int]
    severities: dict[str, int]
    groups: list[Group]
    priorities: list[Priority]
    #: every paragraph of running text (not headings or table cells), in document order
    paragraphs: list[ParagraphHeat] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    def hardest(self, n: int = 5) -> list[ParagraphHeat]:
        """The ``n`` hardest paragraphs (of at least ``MIN_HEAT_WORDS`` words), hardest first."""
        candidates = [p for p in self.paragraphs if p.words >= MIN_HEAT_WORDS]
        return sorted(candidates, key=lambda p: (-p.score, p.line))[:n]

    def group_of(self) -> dict[int, Group]:
        """Finding index -> its group."""
        return {i: g for g in self.groups for i in g.members}

    def repeated(self) -> list[Group]:
        """The groups with more than one occurrence, most frequent first."""
        return sorted((g for g in self.groups if g.count > 1), key=lambda g: (-g.count, g.first))


def group_key(f: Finding) -> str:
    """The word or phrase that makes two findings of one rule 'the same finding'."""
    if f.term:
        return f.term.lower()
    data = f.data or {}
    for name in _DATA_KEYS:
        if isinstance(data.get(name), str):
            return data[name].lower()
    return " ".join(f.text.lower().split())


def pattern_key(f: Finding) -> tuple[str, str]:
    """A lexicon term is a pattern of its own; the findings of the other rules of one category are one pattern
    together (every passive, with the document-level finding about their share)."""
    return (f.rule, f.term.lower()) if f.term else (f.category, "")


def _share(f: Finding) -> float | None:
    """The share of sentences of a document-level finding (BT303, BT404), else None."""
    share = (f.data or {}).get("share")
    return share if isinstance(share, float) else None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def plainer(text: str, rewrite: str | None) -> float:
    """How much plainer the rewrite is than the text, from 1 (as plain) to 3: the share of words it saves plus the
    gain in how common its words are in Dutch (wordfreq Zipf, per 2 points). ``ADVICE_ONLY`` without a rewrite."""
    if not rewrite:
        return ADVICE_ONLY
    from .language.grammar import zipf

    before, after = _words(text), _words(rewrite)
    if not before or not after:
        return 1.0
    saved = max(0.0, (len(before) - len(after)) / len(before))
    rarest = min(zipf(w) for w in before)
    rarest_after = min(zipf(w) for w in after)
    commoner = min(1.0, max(0.0, (rarest_after - rarest) / 2.0))
    return round(1.0 + saved + commoner, 3)


def _rewrite(f: Finding) -> str:
    if f.suggestions:
        return f.suggestions[0]
    return f.advice[0] if f.advice else ""


def _label(f: Finding) -> str:
    category = CATEGORIES.get(f.category, f.category)
    if f.term:
        return f"{category}: '{f.term}'"
    return category


def priorities(findings: list[Finding]) -> list[Priority]:
    """*Eerst verbeteren*: the patterns that most improve the text, best first."""
    patterns: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        patterns.setdefault(pattern_key(f), []).append(f)
    points = []
    for members in patterns.values():
        # the example: the occurrence with the plainest rewrite (the first one on a tie)
        gains = [plainer(f.text, f.suggestions[0] if f.suggestions else None) for f in members]
        best = max(range(len(members)), key=lambda i: (gains[i], -i))
        example = members[best]
        severity = max((f.severity for f in members), key=SEVERITIES.index)
        score = sum(SEVERITY_WEIGHT[f.severity] for f in members) * gains[best]
        label = _label(example)
        shares = [s for f in members if (s := _share(f)) is not None]
        if shares:
            label += f" in {round(100 * shares[0])}% van de zinnen"
        points.append(
            Priority(
                rule=example.rule,
                category=example.category,
                severity=severity,
                label=label,
                count=sum(_share(f) is None for f in members) or 1,
                example=example.text,
                rewrite=_rewrite(example),
                line=example.line,
                column=example.column,
                score=round(score, 2),
            )
        )
    points.sort(key=lambda p: (-p.score, p.line, p.column))
    return points[:MAX_PRIORITIES]


def groups(findings: list[Finding]) -> list[Group]:
    """The repeated findings: one rule, one word or phrase (``group_key``), said the same way. A word whose message
    or suggestions differ by sentence (*voorzien in de behoefte* → 'voldoen aan', elsewhere 'zorgen voor'; a passive
    whose advice names the doer of its own sentence) forms one group per wording, so that a list that shows a group
    once, with its first message, never shows an occurrence with another one's advice."""
    found: dict[tuple, Group] = {}
    for i, f in enumerate(findings):
        # the case of a word at the start of a sentence (*Middels* → 'Met') is the same wording
        key = (
            f.rule,
            group_key(f),
            f.message.lower(),
            *(tuple(s.lower() for s in x) for x in (f.suggestions, f.advice)),
        )
        g = found.get(key)
        if g is None:
            g = found[key] = Group(f.rule, key[1], f.category, f.severity, 0, i)
        g.count += 1
        g.locations.append((f.line, f.column))
        g.members.append(i)
        if SEVERITIES.index(f.severity) > SEVERITIES.index(g.severity):
            g.severity = f.severity
    return list(found.values())


#: a paragraph shorter than this says little about where the text is hard (a caption, a one-line list item)
MIN_HEAT_WORDS = 15
#: a sentence of more words than this is long (the default of BT401)
LONG_SENTENCE_WORDS = 25


def paragraph_heat(analysis, stats=None) -> list[ParagraphHeat]:
    """The figures of every paragraph of running text (``stats``: ``stats.analysis_stats`` of the analysis, computed
    here when not given), plus its long sentences."""
    from .language.words import has_words, word_count
    from .stats import SKIPPED_KINDS, analysis_stats

    heat = []
    document = analysis.document
    stats = stats or analysis_stats(analysis)
    for ap, pf in zip(analysis.paragraphs, stats.paragraphs, strict=True):
        fig = pf.figures
        if pf.kind in SKIPPED_KINDS or not fig.words:
            continue
        long_sentences = sum(
            1 for sent in ap.doc.sents if has_words(sent) and word_count(sent) > LONG_SENTENCE_WORDS
        )
        end = document.locate(ap.paragraph.start, ap.paragraph.end)
        heat.append(
            ParagraphHeat(
                line=pf.line, end_line=end.end_line, words=fig.words, level=fig.level, score=fig.level_score,
                long_sentences=long_sentences, passives=fig.passives, nominalisations=fig.nominalisations,
                rare_words=fig.rare_words, first_words=pf.first_words,
            )
        )  # fmt: skip
    return heat


def summarise(
    findings: list[Finding], words: int, taalniveau: str | None, paragraphs: list[ParagraphHeat] | None = None
) -> Summary:
    """The summary of one document from its (filtered, sorted) findings and its paragraphs' figures."""
    return Summary(
        taalniveau=taalniveau if words else None,
        words=words,
        categories=dict(Counter(f.category for f in findings).most_common()),
        severities={s: n for s in reversed(SEVERITIES) if (n := sum(f.severity == s for f in findings))},
        groups=groups(findings),
        priorities=priorities(findings),
        paragraphs=paragraphs or [],
    )
