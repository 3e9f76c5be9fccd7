"""The NLP pass: every paragraph of a Document through the spaCy pipeline, cached by paragraph text.

After parsing, lemmas are normalised so that rules see whole words: a lemma written with ``_`` between compound
parts or separable-verb parts (as UD Dutch 2.x does: ``uit_voeren``, ``jeugd_gezondheid_zorg``) becomes the whole
word, and the parts are kept in ``token._.compound_parts``. ``token._.full_lemma`` gives a separable verb with its
particle (*zet ... in* → ``inzetten``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy

from .document import Document, Paragraph
from .language.morph_tags import repair_tags
from .limits import MAX_PARAGRAPH_CHARS
from .model import import_spacy, load_model

import_spacy()  # first, before any other import of spaCy: without its command line (see there)

from spacy.tokens import Doc, Span, Token  # noqa: E402

_FULL_LEMMAS = "beleidstaal_full_lemmas"


def full_lemmas(doc: Doc) -> list[str]:
    """Every token's lemma, lower case, with the particle joined to a separable verb (*zet ... in* → *inzetten*):
    computed once per parsed paragraph, in one pass over the tokens."""
    cached = doc.user_data.get(_FULL_LEMMAS)
    if cached is not None and len(cached) == len(doc):
        return cached
    particles: dict[int, Token] = {}
    for t in doc:
        # a plural noun is never the particle of a separable verb (*plaatsvinden*, never *oplossingencreëren*): the
        # model sometimes hangs the object of an infinitive on it that way (*om oplossingen te creëren*); nor is a
        # quotation mark (*hanteren wij het "Kader ..."*). A singular noun stays: the treebanks attach the noun of a
        # fixed verb-noun expression so (*rekening houden*, *betrekking hebben*), and the detectors read that
        # expression by it (``keys.not_a_particle`` leaves it out of the separable verb's particle only)
        if (
            t.dep_ == "compound:prt"
            and t.text[:1].isalnum()
            and not (t.pos_ == "NOUN" and "Plur" in t.morph.get("Number"))
        ):
            particles.setdefault(t.head.i, t)  # the first particle child of the verb
    result = []
    for t in doc:
        lemma = t.lemma_.lower()
        prt = particles.get(t.i)
        if prt is not None and t.pos_ in ("VERB", "AUX"):
            particle = prt.lemma_.lower() or prt.lower_
            if not lemma.startswith(particle):
                lemma = particle + lemma
        result.append(lemma)
    doc.user_data[_FULL_LEMMAS] = result
    return result


def _full_lemma(token: Token) -> str:
    return full_lemmas(token.doc)[token.i]


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


_DIAERESIS = str.maketrans("ëïüöä", "eiuoa")


def _repair_verb_lemma(form: str, lemma: str) -> str:
    """Repair two systematic errors of small trained lemmatisers on Dutch verbs: a diaeresis kept from the
    participle (*geïmplementeerd* → *ïmplementeren*) and a doubled vowel kept from the stem (*faciliteerde* →
    *faciliteeren*)."""
    if lemma[:1] in "ëïüöä" and not form.lower().startswith(lemma[:1]):
        lemma = lemma[:1].translate(_DIAERESIS) + lemma[1:]
    if lemma.endswith("eeren") and len(lemma) > 7:
        lemma = lemma[:-5] + "eren"
    return lemma


#: dependants that make a participle part of a verb group (*heeft verricht*, *is verricht*, *wordt verricht*)
_AUXILIARY_DEPS = frozenset({"aux", "aux:pass", "cop"})


def _finite_read_as_participle(token: Token) -> bool:
    """A present-tense verb whose form equals its participle (*de gemeente verricht onderzoek*: *verrichten* has
    stem, third person and participle *verricht*), tagged as participle by the model. A Dutch main clause needs a
    finite verb: a participle at the root of a clause with a subject and no auxiliary is that verb."""
    if token.pos_ != "VERB" or token.dep_ != "ROOT" or token.morph.get("VerbForm") != ["Part"]:
        return False
    children = list(token.children)
    if any(c.dep_ in _AUXILIARY_DEPS for c in children) or not any(c.dep_ == "nsubj" for c in children):
        return False
    if any(t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm") for t in token.sent if t is not token):
        return False  # another finite verb in the sentence: the participle may belong to it
    stem = token.lemma_[:-2] if token.lemma_.endswith("en") else ""
    return bool(stem) and token.lower_ in (stem, stem + "t")


def normalise_lemmas(doc: Doc) -> Doc:
    doc.user_data.pop(_FULL_LEMMAS, None)  # lemmas change below
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and token.lemma_:
            repaired = _repair_verb_lemma(token.text, token.lemma_)
            if repaired != token.lemma_:
                token.lemma_ = repaired
            if _finite_read_as_participle(token):
                token.set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
        lemma = token.lemma_
        if "_" in lemma and len(lemma) > 1:
            parts = [p for p in lemma.split("_") if p]
            token._.compound_parts = parts
            if token.pos_ in ("VERB", "AUX"):
                token.lemma_ = "".join(parts).lower()
            else:
                token.lemma_ = _whole_word(token.text, parts)
    repair_tags(doc)  # the dictionary backstop where the model's word class breaks Dutch grammar
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
    #: what is worked out once per analysis and asked for by more than one step (``stats.analysis_stats``)
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def sentences(self) -> Iterator[tuple[Span, int]]:
        """Every sentence with the offset of its paragraph in ``Document.text``."""
        for ap in self.paragraphs:
            for sent in ap.doc.sents:
                yield sent, ap.offset


_EMPTY_TENSOR = numpy.zeros((0, 0), dtype="float32")


class Analyser:
    """Runs one spaCy pipeline over paragraphs, with an in-memory cache by paragraph text."""

    #: paragraphs longer than this (characters) are not parsed (``limits.MAX_PARAGRAPH_CHARS``; BT403 reports them)
    MAX_CHARS = MAX_PARAGRAPH_CHARS

    def __init__(self, model: str | None = None, cache_size: int = 5_000) -> None:
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
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache and len(t) <= self.MAX_CHARS]
        fresh: dict[str, Doc] = {}
        if missing:
            for text, doc in zip(missing, self.nlp.pipe(missing, batch_size=64), strict=True):
                doc.tensor = (
                    _EMPTY_TENSOR  # the rules never use it; it is most of a parsed paragraph's memory
                )
                fresh[text] = normalise_lemmas(doc)
        result = []
        for t in texts:
            if len(t) > self.MAX_CHARS:
                result.append(self.too_long(t))
            elif t in fresh:
                result.append(fresh[t])
            else:
                self._cache.move_to_end(t)
                result.append(self._cache[t])
        for text, doc in fresh.items():  # remembered after use, so a huge batch cannot evict its own results
            self._remember(text, doc)
        return result

    def too_long(self, text: str) -> Doc:
        """An unparsed stand-in for a paragraph over MAX_CHARS: no tokens, marked so rules can report it."""
        doc = self.nlp.make_doc("")
        doc.user_data["too_long"] = len(text.split())
        return doc

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
