"""The complete result of checking one file, as the core hands it to every output: the source text, the findings
(frozen, built once), the document figures and the summary derived from them, or a Dutch error."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .findings import Finding

if TYPE_CHECKING:
    from .document import Document
    from .nlp import Analysis
    from .stats import Figures
    from .summary import ParagraphHeat, Summary


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    #: the text as read (for Word and OpenDocument files: the text beleidstaal read from them)
    source: str | None = None
    #: words, sentences and readability of the whole document (``stats.Figures``), computed where the check ran
    figures: Figures | None = None
    error: str | None = None
    #: how hard each paragraph of running text is (``summary.paragraph_heat``), computed where the check ran
    paragraphs: list[ParagraphHeat] = field(default_factory=list)
    #: the parsed document, for a front end in the same process; None in a result from a worker or the cache
    document: Document | None = field(default=None, compare=False, repr=False)
    analysis: Analysis | None = field(default=None, compare=False, repr=False)

    @property
    def words(self) -> int:
        return self.figures.words if self.figures is not None else 0

    @functools.cached_property
    def summary(self) -> Summary | None:
        """Taalniveau, counts, grouped repeats and *Eerst verbeteren* (``summary.py``), derived from the findings
        and the figures on first use (the editor does not need it); None for an error."""
        from .summary import summarise

        if self.error:
            return None
        level = self.figures.level if self.figures is not None else None
        return summarise(self.findings, self.words, level, self.paragraphs)

    @property
    def sentences(self) -> int:
        return self.figures.sentences if self.figures is not None else 0

    def detached(self) -> FileResult:
        """The result without the parsed document, so that it pickles small (from a worker process)."""
        return FileResult(self.path, self.findings, self.source, self.figures, self.error, self.paragraphs)
