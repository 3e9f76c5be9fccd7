"""Readability figures for a document and each of its paragraphs, and an indicative *taalniveau* (A2–C1).

The measures, from the same analysis the rules use:

- words and sentences as ``language.words`` defines them (the same count as the rules);
- mean sentence length in words;
- Flesch-Douma, the Dutch Flesch formula: 206.835 − 0.93 × words per sentence − 77 × syllables per word, the
  constants and the syllable count of textstat's ``set_lang("nl")`` (pyphen's Dutch hyphenation), computed here
  on spaCy's sentences and words;
- the share of words outside a B1 band: a word whose Dutch frequency in wordfreq (Zipf, form or lemma, whichever is
  higher) is below ``B1_ZIPF`` (about the 12,000 most frequent word forms); names and numbers do not count;
- nominalisations and passives per 100 sentences (the BT201 and BT301/BT302 detectors).

Headings and table cells are measured on their own but do not count for the document's figures.

The taalniveau combines these: each measure is put on the A2/B1/B2/C1 scale with the thresholds in ``SCALES``,
and the weighted mean of those four-step scores, rounded, is the level. See ``METHOD`` (shown by
``beleidstaal explain leesbaarheid``) for the limits.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field

from .document import remembered
from .language.words import columns, has_words, per_sentence, word_mask

LEVELS = ("A2", "B1", "B2", "C1")
#: paragraph kinds that do not count for the document's figures (short titles would lower the sentence length)
SKIPPED_KINDS = ("heading", "table_cell")
B1_ZIPF = 3.5

#: measure → (upper bounds for A2, B1, B2; anything beyond is C1), weight, True when higher is easier
SCALES: dict[str, tuple[tuple[float, float, float], float, bool]] = {
    "mean_sentence_length": ((10.0, 14.0, 20.0), 1.0, False),
    "flesch_douma": ((75.0, 62.0, 45.0), 1.0, True),
    "rare_share": ((0.02, 0.04, 0.08), 1.5, False),
    "nominalisations_per_100": ((4.0, 12.0, 30.0), 0.75, False),
    "passives_per_100": ((8.0, 20.0, 40.0), 0.5, False),
}

METHOD = "\n".join(
    [
        "Zo schat beleidstaal het taalniveau (A2, B1, B2, C1):",
        "- Gemiddelde zinslengte: tot 10 woorden A2, tot 14 B1, tot 20 B2, langer C1.",
        "- Flesch-Douma (hoe hoger, hoe makkelijker): vanaf 75 A2, vanaf 62 B1, vanaf 45 B2, lager C1.",
        "- Moeilijke woorden: het deel van de woorden dat niet bij de ongeveer 12.000 meest gebruikte Nederlandse "
        "woorden hoort (volgens wordfreq). Tot 2% A2, tot 4% B1, tot 8% B2, meer C1.",
        "- Zelfstandig gemaakte werkwoorden per 100 zinnen: tot 4 A2, tot 12 B1, tot 30 B2, meer C1.",
        "- Zinnen in de lijdende vorm per 100 zinnen: tot 8 A2, tot 20 B1, tot 40 B2, meer C1.",
        "Het taalniveau is het gewogen gemiddelde van deze vijf (moeilijke woorden tellen zwaarder), afgerond. "
        "Koppen en tabellen tellen niet mee.",
        "",
        "Grenzen van deze schatting: het is een indicatie, geen toets. Een computer ziet niet of de tekst logisch is "
        "opgebouwd, of de lezer de vakwoorden kent, of de tekst past bij wat de lezer wil weten. Korte teksten "
        "(minder dan 100 woorden) geven een onzekere uitkomst. Namen, cijfers en samengestelde woorden kunnen het "
        "beeld vertekenen. Laat een belangrijke tekst daarom ook lezen door mensen uit de doelgroep.",
    ]
)


@dataclass
class Figures:
    words: int = 0
    sentences: int = 0
    syllables: int = 0
    rare_words: int = 0
    nominalisations: int = 0
    passives: int = 0
    mean_sentence_length: float = 0.0
    flesch_douma: float = 0.0
    rare_share: float = 0.0
    nominalisations_per_100: float = 0.0
    passives_per_100: float = 0.0
    level: str = "A2"
    level_score: float = 0.0
    scores: dict[str, int] = field(default_factory=dict)

    def add(self, other: Figures) -> None:
        for name in ("words", "sentences", "syllables", "rare_words", "nominalisations", "passives"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def finish(self) -> Figures:
        words, sents = max(self.words, 1), max(self.sentences, 1)
        self.mean_sentence_length = round(self.words / sents, 1)
        self.flesch_douma = round(
            DOUMA_BASE - DOUMA_SENTENCE * (self.words / sents) - DOUMA_SYLLABLE * (self.syllables / words), 1
        )
        self.rare_share = round(self.rare_words / words, 3)
        self.nominalisations_per_100 = round(100 * self.nominalisations / sents, 1)
        self.passives_per_100 = round(100 * self.passives / sents, 1)
        self.level, self.level_score, self.scores = estimate_level(self)
        return self

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ParagraphFigures:
    start: int
    end: int
    kind: str
    line: int
    first_words: str
    figures: Figures


@dataclass
class DocumentStats:
    path: str
    document: Figures
    paragraphs: list[ParagraphFigures]

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "document": self.document.to_dict(),
            "paragraphs": [
                {"line": p.line, "kind": p.kind, "first_words": p.first_words, **p.figures.to_dict()}
                for p in self.paragraphs
            ],
        }


def figure_rows(fig: Figures) -> list[tuple[str, str]]:
    """The document figures as (Dutch label, value) rows, for the HTML report and the web page."""
    from .numbers import decimal, dutch_number

    return [
        ("Taalniveau (schatting)", fig.level),
        ("Woorden", dutch_number(fig.words)),
        ("Zinnen", dutch_number(fig.sentences)),
        ("Gemiddeld aantal woorden per zin", decimal(fig.mean_sentence_length)),
        ("Flesch-Douma (hoger is makkelijker)", decimal(fig.flesch_douma)),
        ("Moeilijke woorden", f"{decimal(100 * fig.rare_share)}%"),
        ("Zelfstandig gemaakte werkwoorden per 100 zinnen", decimal(fig.nominalisations_per_100)),
        ("Zinnen in de lijdende vorm per 100 zinnen", decimal(fig.passives_per_100)),
    ]


def scale(name: str, value: float) -> int:
    bounds, _, higher_is_easier = SCALES[name]
    for i, bound in enumerate(bounds):
        if (value >= bound) if higher_is_easier else (value <= bound):
            return i
    return len(bounds)


def estimate_level(fig: Figures) -> tuple[str, float, dict[str, int]]:
    scores = {name: scale(name, getattr(fig, name)) for name in SCALES}
    total = sum(SCALES[n][1] for n in scores)
    mean = sum(scores[n] * SCALES[n][1] for n in scores) / total
    return LEVELS[min(len(LEVELS) - 1, int(mean + 0.5))], round(mean, 2), scores


#: Flesch-Douma constants, the ones textstat uses for ``set_lang("nl")``
DOUMA_BASE, DOUMA_SENTENCE, DOUMA_SYLLABLE = 206.835, 0.93, 77


@functools.lru_cache(maxsize=50_000)
def syllables(word: str) -> int:
    """Syllables as textstat counts them for Dutch (pyphen's hyphenation points + 1), without importing textstat
    at every check (it takes more than a second to load; tests/test_stats.py checks both agree). The points of a
    word the kept frequency table holds are counted there once (``language.frequency``), not at every check."""
    hyphenation_points, hyphenator = _syllable_sources()
    low = word.lower()
    points = hyphenation_points(low)
    if points is None:
        points = len(hyphenator().positions(low))
    return points + 1


@functools.cache
def _syllable_sources():
    """The kept table's hyphenation points and pyphen, imported once (not at every new word: the import statement
    runs the import machinery each time, issue 23)."""
    from .language.frequency import hyphenation_points
    from .language.hyphenation import hyphenator

    return hyphenation_points, hyphenator


@functools.cache
def _language():
    """The detectors and word frequencies, imported on first use (this module loads without them), and then
    without running the import machinery at every sentence."""
    from .language.grammar import zipf
    from .language.nominalisation import find_nominalisations
    from .language.passive import find_passives

    return zipf, find_nominalisations, find_passives


@functools.lru_cache(maxsize=50_000)
def is_rare(form: str, lemma: str) -> bool:
    zipf = _language()[0]
    return zipf(form) < B1_ZIPF and zipf(lemma) < B1_ZIPF  # (the lemma is looked up only for a rare form)


@per_sentence
def sentence_figures(sent) -> Figures:
    _, find_nominalisations, find_passives = _language()
    mask = word_mask(sent.doc)
    cols = columns(sent.doc)
    text, like_num, pos = cols.text, cols.like_num, cols.pos
    words = syllable_count = rare = 0
    for i in range(sent.start, sent.end):
        if not mask[i]:
            continue
        words += 1
        syllable_count += syllables(text[i]) if not like_num[i] else 1
        if pos[i] not in ("PROPN", "NUM") and not like_num[i] and text[i][:1].isalpha():
            rare += is_rare(cols.lower[i], cols.lemma[i])
    fig = Figures(words=words, sentences=1, syllables=syllable_count, rare_words=rare)
    fig.nominalisations = sum(1 for _ in find_nominalisations(sent))
    fig.passives = sum(1 for _ in find_passives(sent))
    return fig


def analysis_stats(analysis) -> DocumentStats:
    """Figures for the whole document and for each paragraph (headings count for the document, not alone). Worked
    out once per analysis: the readability rule (BT701) and the check's figures both ask for them."""
    return remembered(analysis.memo, "stats", lambda: _analysis_stats(analysis))


def _analysis_stats(analysis) -> DocumentStats:
    document = analysis.document
    total = Figures()
    paragraphs = []
    for ap in analysis.paragraphs:
        fig = Figures()
        for sent in ap.doc.sents:
            if not has_words(sent):
                continue
            fig.add(sentence_figures(sent))
        fig.finish()
        if ap.paragraph.kind not in SKIPPED_KINDS:
            total.add(fig)
        loc = document.locate(ap.paragraph.start, ap.paragraph.end)
        words = document.paragraph_text(ap.paragraph).split(None, 6)  # its first six words name it
        paragraphs.append(
            ParagraphFigures(
                ap.paragraph.start, ap.paragraph.end, ap.paragraph.kind, loc.line, " ".join(words[:6]), fig
            )  # fmt: skip
        )
    return DocumentStats(document.path or "-", total.finish(), paragraphs)


def stats_for_text(
    text: str, *, kind: str = "text", path: str | None = None, model: str | None = None
) -> DocumentStats:
    from .nlp import get_analyser
    from .readers import document_from_text

    document = document_from_text(text, kind=kind, path=path)
    return analysis_stats(get_analyser(model).analyse(document))


def stats_for_path(path, *, model: str | None = None) -> DocumentStats:
    """Raises BeleidstaalError (with a Dutch message) when the file cannot be read."""
    from .nlp import get_analyser
    from .readers import read_path

    document = read_path(path)
    return analysis_stats(get_analyser(model).analyse(document))
