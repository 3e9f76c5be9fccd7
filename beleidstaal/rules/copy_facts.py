"""A passage repeated inside the document that says other facts is no repeat (``rules.copy``): the words that
differ between a sentence and its earlier twin (numbers, negations, a label letter, another aspect of the plan),
read on the index's stems and the parser's lemmas."""

from __future__ import annotations

import bisect
import functools
import re

from .copy_spans import part

#: function words that change what a sentence says (*overschrijdt* / *overschrijdt nergens*): content here
_NEGATIONS = frozenset({"niet", "geen", "nooit", "nergens", "wel"})


#: a number in the text between two words (numbers are not in the word stream: ``index.normalise``)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


#: a sentence repeats an earlier one when no more than one, or this share, of its content words differ from it
REPEAT_DIFFERENT = 0.1


class Lemmas:
    """The parser's lemma of the words of the parsed paragraphs, by the word's first character in the text
    (``get``), read from a paragraph's parse the first time a word in it is asked for: the repeats within a plan
    ask for the words of a few paragraphs of hundreds."""

    def __init__(self, analysis) -> None:
        self.paragraphs = analysis.paragraphs
        self.starts = [ap.offset for ap in self.paragraphs]
        self.read: dict[int, dict[int, str]] = {}
        # the end of each paragraph's last word (a paragraph without words: its start)
        ends = [
            ap.offset + (ap.doc[-1].idx + len(ap.doc[-1]) if len(ap.doc) else 0) for ap in self.paragraphs
        ]
        # paragraphs in text order whose words do not overlap: a word's paragraph is the last one starting at or
        # before it
        apart = all(end <= start for end, start in zip(ends, self.starts[1:], strict=False))
        self.all = None if apart else self._of(range(len(self.paragraphs)))

    def _of(self, numbers) -> dict[int, str]:
        return {
            self.paragraphs[k].offset + t.idx: t.lemma_.lower()
            for k in numbers
            for t in self.paragraphs[k].doc
        }

    def get(self, at: int) -> str | None:
        if self.all is not None:
            return self.all.get(at)
        k = bisect.bisect_right(self.starts, at) - 1
        if k < 0:
            return None
        if k not in self.read:
            self.read[k] = self._of([k])
        return self.read[k].get(at)


def lemmas(analysis) -> Lemmas:
    """The parser's lemma of every word of the parsed paragraphs, by the word's first character in the text."""
    return Lemmas(analysis)


def _label(words: list[str]) -> bool:
    """The words that differ are one letter: the label of an appendix, zone or part (*bijlage F*), a fact."""
    return len(words) == 1 and len(words[0]) == 1 and words[0].isalpha()


def _aspect(words: list[str]) -> bool:
    """The words that differ are one aspect a plan weighs in a section of its own (``plan_aspects``: *archeologie*,
    *cultuurhistorie*, *geluid*, *externe veiligheid*): a conclusion about another aspect in the same formula."""
    return 0 < len(words) <= 2 and " ".join(words) in _aspect_keys()


#: two compounds with the same last part of at least this many letters (*gebruiksregels*, *bouwregels*)
SIBLING_HEAD = 5


def _siblings(mine: list[str], theirs: list[str]) -> bool:
    """One word differs and both are compounds of the same last part with another first part (*afwijken van de
    gebruiksregels* after *... van de bouwregels*, *noordzijde* after *zuidzijde*): the word that carries the
    sentence's meaning, in a parallel sentence. A compound for its bare last part (*bijgebouwen* for *gebouwen*)
    or two words that only end alike (*woning*, *regeling*) are no such pair."""
    if len(mine) != 1 or len(theirs) != 1 or mine[0] == theirs[0]:
        return False
    a, b = mine[0], theirs[0]
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n >= SIBLING_HEAD and min(len(a), len(b)) - n >= 3


@functools.cache
def _aspect_keys() -> frozenset[str]:
    """``plan_aspects`` as the index's keys (stems), each word stemmed."""
    from ..index.normalise import stem
    from ..language.data import word_set

    return frozenset(" ".join(stem(w) for w in a.split()) for a in word_set("aanhalingen", "plan_aspects"))


def same_facts(
    text: str, tokens, p, breaks: list[int], common: frozenset[str], lemma: Lemmas | None = None
) -> list:
    """The parts of repeated passage ``p`` (``index.match.find_repeats``, on whole sentences) whose sentences say the
    same as the earlier place: a repeat. A sentence with other facts in the same frame (*Voor de westelijke
    leiding is deze contour 200 meter.* after *Voor de oostelijke leiding ... 95 meter.*, *Vanuit het aspect
    geluid ...* after *Vanuit het aspect externe veiligheid ...*) is the writer's own parallel sentence, no repeat:
    it has a number, a one-letter label (*bijlage F* after *bijlage E*) an aspect of the plan (``_aspect``:
    *Uit een oogpunt van archeologie ...* after *... van cultuurhistorie ...*) or a compound's first part
    (``_siblings``: *gebruiksregels* after *bouwregels*) that differs, or more than one and more
    than ``REPEAT_DIFFERENT`` of its content words (not
    function words, ``common``, but negations count) differ from the earlier place (one word may differ: *Het
    pand* for *De planlocatie*). Runs of repeated sentences of at least
    ``index.match.MIN_WORDS`` words are kept. ``breaks``: the words that start a sentence, sorted. Words are
    compared by their lemma (``lemmas``) where the parser gives one (*opgaat* and *opgingen* are one verb), else by
    their key."""
    import difflib

    from ..index.match import MIN_WORDS

    keys = tokens.keys
    plain = common - _NEGATIONS

    def numbers(i: int) -> list[str]:
        return _NUMBER.findall(text[tokens.ends[i - 1] : tokens.starts[i]]) if i > 0 else []

    def word(i: int) -> str:
        return (lemma.get(tokens.starts[i]) if lemma is not None else None) or keys[i]

    def sentence(i: int) -> int:
        return breaks[max(0, bisect.bisect_right(breaks, i) - 1)]

    content: dict[int, int] = {}
    for i in range(p.start, p.end):
        if keys[i] not in plain:
            content[sentence(i)] = content.get(sentence(i), 0) + 1
    differ: dict[int, int] = {}
    facts: set[int] = set()  # sentences with a number that differs
    a, b = keys[p.start : p.end], keys[p.src_start : p.src_end]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                d, s = p.start + i1 + k, p.src_start + j1 + k
                if d > p.start and numbers(d) != numbers(s):
                    facts.add(sentence(d))
            continue
        if tag == "replace" and (
            (_label(a[i1:i2]) and _label(b[j1:j2])) or (_aspect(a[i1:i2]) and _aspect(b[j1:j2]))
        ):
            # another label: *bijlage F* for *bijlage E*, *zone B* for *zone A*; another aspect of the plan in the
            # same formula: *Uit een oogpunt van archeologie ...* after *... van cultuurhistorie ...*
            facts.add(sentence(p.start + i1))
            continue
        mine = [word(p.start + i) for i in range(i1, i2) if a[i] not in plain]
        theirs = [word(p.src_start + j) for j in range(j1, j2) if b[j] not in plain]
        if tag == "replace" and _siblings(mine, theirs):
            facts.add(sentence(p.start + i1))  # *gebruiksregels* after *bouwregels*: another subject
            continue
        n = sum(1 for w in mine if w not in theirs)
        if i1 > 0 and i2 < len(
            a
        ):  # at the edges the earlier place's window may hold words of other sentences
            n = max(n, sum(1 for w in theirs if w not in mine))
        at = sentence(p.start + min(i1, len(a) - 1))
        differ[at] = differ.get(at, 0) + n
    frames = facts | {s for s, n in differ.items() if n > max(1, REPEAT_DIFFERENT * content.get(s, 0))}
    if not frames:
        return [p]
    kept, at = [], p.start
    for s in sorted(frames):
        s = max(s, p.start)
        if s > at:
            kept.append((at, s))
        j = bisect.bisect_right(breaks, s)
        at = max(at, min(breaks[j], p.end) if j < len(breaks) else p.end)
    if at < p.end:
        kept.append((at, p.end))
    return [part(p, s, e) for s, e in kept if e - s >= MIN_WORDS]


#: the parts of speech that end a title: the parser reads the rare compounds of a title (*omgevingsrecht*,
#: *milieubeheer*) as a participle or an adverb, but never as one of these (a verb ends it too, see ``title_words``)
_TITLE_ENDS = frozenset({"AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "NUM", "PUNCT", "SYM"})

#: at most this many words in lower case go on with a title (*Wet algemene bepalingen omgevingsrecht*: three)
TITLE_TAIL_WORDS = 4


def token_starts(doc) -> dict[int, int]:
    """The place of each token of the parse ``doc`` by its first character in the parsed text (``Token.idx`` ->
    ``Token.i``), read from the parse's array in C: ``title_words`` asks the tags of a few words of a paragraph,
    and reading them for each of its tokens cost more than the rest of it (plan 0344: 9 of 10 ms)."""
    from spacy.attrs import IDX

    return dict(zip(doc.to_array(IDX).tolist(), range(len(doc)), strict=True))


def title_words(
    analysis, tokens, names: frozenset[int], ends: set[int], common: frozenset[str]
) -> frozenset[int]:
    """The words in lower case that belong to the title of a law or policy text after its first word. Dutch gives
    such a title one capital, on its first word (*de Wet algemene bepalingen omgevingsrecht*, *het Besluit
    ruimtelijke ordening*, *de Verordening ruimte*), so the capital alone (``names``: the words of ``tokens`` with a
    capital inside a sentence) marks only that word. After a capitalised word that is or ends in the name of a kind
    of law or policy text (*Wet*, *Besluit*, *Activiteitenbesluit*; not the plan's own *Bestemmingsregeling*), the
    words in lower case right after it, with only spaces between, are the rest of its title, up to a function word
    (*Wet op de ...*), a verb (*de Wet milieubeheer bepaalt*, *... in het Besluit ruimtelijke ordening opgenomen.*,
    *de in de Wet ruimtelijke ordening opgenomen standaardvorm*), punctuation or the end of the sentence (``ends``).
    A word the parser reads as a verb right before the title's short name in brackets is the title's last word
    (*omgevingsrecht (Wabo)*). Read from the parse's tags; a paragraph that was not parsed gives none."""
    text = analysis.document.text
    from ..language.data import word_set
    from ..language.quote_kinds import names_a_policy_kind

    own = word_set("aanhalingen", "own_rules")
    paragraphs = analysis.paragraphs
    firsts = [ap.offset for ap in paragraphs]
    tokens_at: dict[int, dict[int, int]] = {}

    def tag(at: int) -> tuple[str, tuple[str, ...]] | None:
        k = bisect.bisect_right(firsts, at) - 1
        if k < 0:
            return None
        if k not in tokens_at:
            tokens_at[k] = token_starts(paragraphs[k].doc)
        i = tokens_at[k].get(at - paragraphs[k].offset)
        if i is None:
            return None
        t = paragraphs[k].doc[i]
        return t.pos_, tuple(t.morph.get("VerbForm"))

    found = set()
    for i in sorted(names):
        word = text[tokens.starts[i] : tokens.ends[i]].lower()
        if not names_a_policy_kind(word) or word in own:
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + TITLE_TAIL_WORDS)):
            if j in ends or j in names or text[tokens.ends[j - 1] : tokens.starts[j]].strip():
                break
            if not text[tokens.starts[j]].islower() or tokens.keys[j] in common:
                break
            pos, form = tag(tokens.starts[j]) or (None, ())
            if pos is None or pos in _TITLE_ENDS or "Fin" in form:
                break
            # a word read as a verb is the sentence's (*de in de Wet ruimtelijke ordening opgenomen standaardvorm*,
            # *... in de Wet opgenomen.*), unless the title's short name in brackets follows it: then it is the
            # title's last word, a compound the parser misreads (*omgevingsrecht (Wabo)*)
            if pos == "VERB" or form:
                if not text[tokens.ends[j] :].lstrip(" ").startswith("("):
                    break
                found.add(j)
                break
            found.add(j)
    return frozenset(found)
