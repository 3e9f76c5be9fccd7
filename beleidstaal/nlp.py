"""The NLP pass: every paragraph of a Document through the spaCy pipeline, cached by paragraph text.

After parsing, lemmas are normalised so that rules see whole words: a lemma written with ``_`` between compound
parts or separable-verb parts (as UD Dutch 2.x does: ``uit_voeren``, ``jeugd_gezondheid_zorg``) becomes the whole
word, and the parts are kept in ``token._.compound_parts``. ``token._.full_lemma`` gives a separable verb with its
particle (*zet ... in* → ``inzetten``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .document import Document, Paragraph
from .model import load_model


def _full_lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        for child in token.children:
            if child.dep_ == "compound:prt":
                particle = child.lemma_.lower() or child.lower_
                if not lemma.startswith(particle):
                    return particle + lemma
    return lemma


if not Token.has_extension("compound_parts"):
    Token.set_extension("compound_parts", default=None)
if not Token.has_extension("full_lemma"):
    Token.set_extension("full_lemma", getter=_full_lemma)


def _whole_word(form: str, parts: list[str]) -> str:
    """Rebuild a whole-word lemma from the parts of a UD compound lemma and the written form."""
    joined = "".join(parts)
    low = form.lower()
    if low == joined:
        return joined
    head = parts[-1]
    # find where the (possibly inflected) last part starts in the form: the longest prefix of the head
    for size in range(len(head), 2, -1):
        at = low.rfind(head[:size])
        if at > 0:
            return low[:at] + head
    return joined


def normalise_lemmas(doc: Doc) -> Doc:
    for token in doc:
        lemma = token.lemma_
        if "_" in lemma and len(lemma) > 1:
            parts = [p for p in lemma.split("_") if p]
            token._.compound_parts = parts
            if token.pos_ in ("VERB", "AUX"):
                token.lemma_ = "".join(parts).lower()
            else:
                token.lemma_ = _whole_word(token.text, parts)
    return doc


@dataclass
class AnalysedParagraph:
    paragraph: Paragraph
    doc: Doc

    @property
    def offset(self) -> int:
        """Offset of this paragraph's first character in ``Document.text``."""
        return self.paragraph.start


@dataclass
class Analysis:
    document: Document
    paragraphs: list[AnalysedParagraph]

    def sentences(self) -> Iterator[tuple[Span, int]]:
        """Every sentence with the offset of its paragraph in ``Document.text``."""
        for ap in self.paragraphs:
            for sent in ap.doc.sents:
                yield sent, ap.offset


class Analyser:
    """Runs one spaCy pipeline over paragraphs, with an in-memory cache by paragraph text."""

    #: paragraphs longer than this are parsed in slices (spaCy's parser is quadratic in the worst case)
    MAX_CHARS = 100_000

    def __init__(self, model: str | None = None, cache_size: int = 20_000) -> None:
        self.model_name = model
        self.nlp = load_model(model)
        self._cache: OrderedDict[str, Doc] = OrderedDict()
        self._cache_size = cache_size

    def analyse(self, document: Document) -> Analysis:
        texts = [document.paragraph_text(p) for p in document.paragraphs]
        docs = self.parse(texts)
        return Analysis(
            document, [AnalysedParagraph(p, d) for p, d in zip(document.paragraphs, docs, strict=True)]
        )

    def parse(self, texts: list[str]) -> list[Doc]:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            for text, doc in zip(missing, self._pipe(missing), strict=True):
                self._remember(text, normalise_lemmas(doc))
        result = []
        for t in texts:
            self._cache.move_to_end(t)
            result.append(self._cache[t])
        return result

    def _pipe(self, texts: list[str]) -> Iterator[Doc]:
        for text in texts:
            if len(text) > self.MAX_CHARS:
                yield self._parse_long(text)
            else:
                yield from self.nlp.pipe([text], batch_size=64)

    def _parse_long(self, text: str) -> Doc:
        """Parse a very long paragraph in slices cut at sentence-like boundaries and join the results."""
        docs = []
        start = 0
        while start < len(text):
            end = min(len(text), start + self.MAX_CHARS)
            if end < len(text):
                cut = max(text.rfind(". ", start, end), text.rfind(" ", start, end))
                end = cut + 1 if cut > start else end
            docs.append(self.nlp(text[start:end]))
            start = end
        return Doc.from_docs(docs, ensure_whitespace=False)

    def _remember(self, text: str, doc: Doc) -> None:
        self._cache[text] = doc
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


_analysers: dict[str | None, Analyser] = {}


def get_analyser(model: str | None = None) -> Analyser:
    """One Analyser per model per process."""
    if model not in _analysers:
        _analysers[model] = Analyser(model)
    return _analysers[model]
