"""Readability figures for the top of the result: from ``beleidstaal.stats`` when it is installed, otherwise
counted here from the analysis. Labels are Dutch (B1); numbers use a decimal comma."""

from __future__ import annotations


def dutch_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def decimal(value: float, digits: int = 1) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def readability(
    analysis, words: int, max_sentence_words: int = 25
) -> tuple[list[tuple[str, str]], str | None]:
    """(label, value) rows and the explanation of the method (or None). Never raises. Without words there is
    nothing to score: then only the word count."""
    if analysis is None or not words:
        return [("Woorden", dutch_number(words))], None
    try:
        from .. import stats
    except ImportError:
        stats = None
    if stats is not None:
        try:
            return _from_stats(stats, analysis), getattr(stats, "METHOD", None)
        except Exception:  # the figures are extra: never fail a check for them
            pass
    return _own(analysis, words, max_sentence_words), None


def _from_stats(stats, analysis) -> list[tuple[str, str]]:
    fig = stats.analysis_stats(analysis).document
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


def _own(analysis, words: int, limit: int) -> list[tuple[str, str]]:
    rows = [("Woorden", dutch_number(words))]
    lengths = []
    for sent, _offset in analysis.sentences():
        n = sum(1 for t in sent if not (t.is_punct or t.is_space))
        if n:
            lengths.append(n)
    if lengths:
        rows.append(("Zinnen", dutch_number(len(lengths))))
        rows.append(("Gemiddeld aantal woorden per zin", decimal(sum(lengths) / len(lengths))))
        rows.append(
            (f"Zinnen langer dan {limit} woorden", dutch_number(sum(1 for n in lengths if n > limit)))
        )
    return rows
