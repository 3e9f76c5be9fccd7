"""Word-list rules (BT101–BT106, BT202): officialese, jargon, anglicisms, wordy phrases, clichés, hedges and
support-verb constructions, matched on lemmas and the parse.

How an entry matches (see lexicons/README.md):
- one word: a token whose lower-cased text, lemma, separable-verb lemma (*zet ... in* → *inzetten*) or, for an
  adjective before its noun, base form (*incidentele* → *incidenteel*) is the term; or whose written form is one
  of the term's forms (``language/entry_forms.py``: *ik faciliteer*, *zij prioriteert*, *is aangevangen*,
  *inputs*), also when the tagger gave it a wrong lemma, or a word class the data does not know the word in (the
  lemma backstop); or the closed or hyphenated spelling of the term (*emailen*, *businesscase*);
- several words without ``verb``: consecutive tokens, each matching on text or lemma, the last word also in its
  other forms (*business cases*);
- several words with ``verb``: the verb in any form anywhere in the clause, and the other words in order (gaps of
  at most three tokens) inside the verb's part of the parse tree: *hebben een besluit genomen*, *dat wij zorg
  dragen voor*, *zet vanaf 2025 in op*; the verb and the nouns also in any of their written forms (*afspraken
  maakten*); *te* is the infinitive marker of the verb's complement (*dient de aanvraag ... in te dienen*).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..findings import Hit
from ..language.entry_forms import joined, known_as, term_classes, term_forms
from ..language.keys import full_lemma, keys, loose_particle, particle, split_separable, token_keys
from ..language.morphology import attributive_participle, participle, zipf
from ..language.names import is_name_or_mention
from ..language.realise import offer, stretch
from ..language.words import ALNUM, is_word
from ..lexicon import LexiconEntry, builtin_lexicons_for, load_lexicons
from .common import char_span, match_case, quoted
from .registry import REGISTRY, Rule, RuleContext, one_pass, register

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token

MAX_GAP = 3
#: the nearest word of a verb phrase stands at most this many tokens from the verb (or its particle)
MAX_VERB_DISTANCE = 6


@dataclass
class CompiledLexicon:
    single: dict[str, list[LexiconEntry]]
    phrase: dict[tuple[str, str], list[LexiconEntry]]  # first two words -> entries
    verbal: dict[str, list[LexiconEntry]]  # verb lemma -> entries
    allow: frozenset[str]
    #: separable verbs by the lemma of their verb part: zetten -> [(in, entry)], for particles the parser missed
    separable: dict[str, list[tuple[str, LexiconEntry]]]
    #: separable verbs by a written form of their verb part: zet -> [(in, entry)], where the lemma is wrong too
    separable_forms: dict[str, list[tuple[str, LexiconEntry]]]
    #: written form -> (one-word entry, the word class the form belongs to)
    forms: dict[str, list[tuple[LexiconEntry, str]]]
    #: a form without hyphens and spaces -> (entry, class), for other spellings of one word or phrase
    joined: dict[str, list[tuple[LexiconEntry, str]]]
    #: written form of the verb of a verb phrase -> its lemma
    verb_forms: dict[str, set[str]]
    #: a word of a phrase -> its written forms (nouns: *afspraak* -> *afspraken*)
    word_forms: dict[str, frozenset[str]]
    #: a phrase of consecutive words -> the forms of its last word
    last_forms: dict[LexiconEntry, frozenset[str]]


def compile_lexicons(extra: tuple[str, ...], allow: Iterable[str], builtin: bool = True) -> CompiledLexicon:
    single: dict[str, list[LexiconEntry]] = defaultdict(list)
    phrase: dict[tuple[str, str], list[LexiconEntry]] = defaultdict(list)
    verbal: dict[str, list[LexiconEntry]] = defaultdict(list)
    separable: dict[str, list[tuple[str, LexiconEntry]]] = defaultdict(list)
    separable_forms: dict[str, list[tuple[str, LexiconEntry]]] = defaultdict(list)
    forms: dict[str, list[tuple[LexiconEntry, str]]] = defaultdict(list)
    joins: dict[str, list[tuple[LexiconEntry, str]]] = defaultdict(list)
    verb_forms: dict[str, set[str]] = defaultdict(set)
    word_forms: dict[str, frozenset[str]] = {}
    last_forms: dict[LexiconEntry, frozenset[str]] = {}
    allowed = frozenset(a.lower() for a in allow)
    for lexicon in load_lexicons(extra, builtin):
        for entry in lexicon.entries:
            if entry.term.lower() in allowed:
                continue
            words = entry.words
            verb = entry.verb or (words[0] if len(words) == 1 and words[0].endswith("en") else None)
            split = split_separable(verb) if verb else None
            if split:
                separable[split[1]].append((split[0], entry))
                for form in term_forms(split[1], ("VERB",)):
                    separable_forms[form].append((split[0], entry))
            english = entry.rule == "BT103"
            if entry.verb and len(words) > 1:
                verbal[entry.verb].append(entry)
                for form in term_forms(entry.verb, ("VERB",)):
                    verb_forms[form].add(entry.verb)
                for word in words:
                    if word != entry.verb and word not in word_forms:
                        word_forms[word] = term_forms(word, _noun_class(word, english), english)
                continue
            classes = (
                () if entry.exact else term_classes(words[-1], entry.pos if len(words) == 1 else (), english)
            )
            if len(words) == 1:
                single[words[0]].append(entry)
                for cls in classes or ("",):
                    for form in term_forms(words[0], (cls,) if cls else (), english):
                        forms[form].append((entry, cls))
                        joins[joined(form)].append((entry, cls))
                continue
            phrase[words[0], words[1]].append(entry)
            if entry.exact:
                continue
            last = term_forms(words[-1], _noun_class(words[-1], english), english)
            last_forms[entry] = last
            if len(words) == 2:
                for form in last - {words[1]}:
                    phrase[words[0], form].append(entry)
            for form in last:
                joins[joined(" ".join([*words[:-1], form]))].append((entry, "NOUN"))
    return CompiledLexicon(
        dict(single), dict(phrase), dict(verbal), allowed, dict(separable), dict(separable_forms), dict(forms), dict(joins),
        dict(verb_forms), word_forms, last_forms,
    )  # fmt: skip


def _noun_class(word: str, english: bool) -> tuple[str, ...]:
    """Only nouns inflect inside a phrase (*afspraken maken*, *business cases*), and only known ones."""
    return ("NOUN",) if "NOUN" in term_classes(word, (), english) else ()


#: a form the tagger gave another word class is taken as the listed word only below this frequency (wordfreq
#: zipf): *faciliteer* 2.0, *prioriteert* 0, but *verzoek* 4.7 and *cluster* 3.4 are nouns as often as not
MAX_OVERRULED_ZIPF = 3.0
#: word classes a content word is never mis-tagged as in a way the form may overrule
CLOSED_CLASSES = {"DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "SYM", "SPACE"}
TAG_CLASSES = {"VERB": ("VERB", "AUX"), "NOUN": ("NOUN", "PROPN"), "ADJ": ("ADJ",)}


def _form_fits(tok: Token, entry: LexiconEntry, cls: str, particle_found: bool = False) -> bool:
    """A token matched on its written form: the tag agrees with the form's class, or the tagger's class is one the
    data does not know the word in (a verb form it has never seen, tagged as a noun). With a ``pos`` guard the
    tag must agree, unless the guard asks for a verb and the form is a verb form with such an unknown tag. The tag
    is overruled only for a rare word (*faciliteer*, *prioriteert*), not for a frequent one that is also another
    word (*verzoek*, *cluster*, *bezig*), unless the particle of the separable verb stands in the sentence too."""
    if tok.pos_ in CLOSED_CLASSES:
        return False
    if entry.pos and tok.pos_ in entry.pos:
        return True
    agrees = not cls or tok.pos_ in TAG_CLASSES.get(cls, ())
    if agrees and not entry.pos:
        return True
    if (
        cls in ("VERB", "ADJ")
        and not (particle_found or _verb_place(tok))
        and zipf(tok.lower_) >= MAX_OVERRULED_ZIPF
    ):
        return False
    if entry.pos and (cls != "VERB" or tok.pos_ == "ADJ" or not {"VERB", "AUX"} & set(entry.pos)):
        return False  # a guard is overruled only for a verb form the tagger took for another word class
    if cls != "NOUN" and tok.pos_ != "ADJ" and _noun_context(tok):
        return False  # de bedragen, twee borgen, oude sparren: a noun where an article or number stands before it
    if (
        cls == "VERB" and tok.pos_ == "ADJ"
    ):  # *het gereduceerde plan*, *ik behartig*, but not *bezig* (bezigen)
        return _participle_of(tok.lower_, entry) or (
            zipf(tok.lower_) < MAX_OVERRULED_ZIPF and _verb_place(tok)
        )
    if cls == "VERB" and tok.pos_ in ("NOUN", "PROPN", "ADV", "X", "INTJ"):
        return True  # a form of a listed verb in a verb's place: *ik faciliteer*, *zij prioriteert*
    return not known_as(tok.lower_, tok.pos_)


def _participle_of(word: str, entry: LexiconEntry) -> bool:
    verb = entry.verb or entry.words[0]
    part = participle(verb)
    return bool(part) and word in (part, attributive_participle(part))


SUBJECT_PRONOUNS = {"ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "u", "jullie"}


def _verb_place(tok: Token) -> bool:
    """The word stands where a finite verb stands: next to a subject pronoun (*ik verzoek u*, *verzoek ik u*), or
    the parser gave it a subject."""
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.lower_ in SUBJECT_PRONOUNS for t in near) or any(c.dep_ == "nsubj" for c in tok.children)


def _noun_context(tok: Token) -> bool:
    """An article, number, adjective or possessive before the word, or hanging from it: it is used as a noun."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (
        prev.pos_ in ("DET", "NUM", "ADJ") or (prev.pos_ == "PRON" and prev.dep_ == "nmod:poss")
    ):
        return True
    return any(
        (c.dep_ == "det" and c.pos_ == "DET")
        or c.dep_ in ("amod", "nummod")
        or (c.dep_ == "nmod:poss" and c.i < tok.i)
        for c in tok.children
    )


def _written_in_order(sent: Span, tok: Token, entry: LexiconEntry) -> bool:
    """The verb phrase stands word for word as in the term, from this form of its verb on (*dient te*): then the
    form is the verb, whatever the tagger says."""
    words = entry.words
    if words[0] != entry.verb or tok.i + len(words) > sent.end:
        return False
    return all(sent.doc[tok.i + k].lower_ == w for k, w in enumerate(words[1:], start=1))


def _foreign_particle(tok: Token, entry: LexiconEntry) -> bool:
    """The token has a particle the term does not have: *stelt ... vast* is not a form of *stellen*."""
    prt = particle(tok)
    return prt is not None and full_lemma(tok) not in entry.words and prt.lower_ not in entry.words


def _neighbour_ok(entry: LexiconEntry, before: Token | None, after: Token | None) -> bool:
    if entry.unless_before and before is not None and keys(before) & set(entry.unless_before):
        return False
    return not (entry.unless_after and after is not None and keys(after) & set(entry.unless_after))


def _particle_mismatch(tok: Token, key: str, words: tuple[str, ...]) -> bool:
    """The token matched on its bare verb lemma, but it has a particle that the term does not have:
    *op te nemen* (opnemen) is not *nemen*, *in te dienen* (indienen) is not *dienen*."""
    prt = particle(tok)
    if prt is None or key != tok.lemma_.lower() or key == full_lemma(tok):
        return False
    return prt.lower_ not in words and full_lemma(tok) not in words


def _span_neighbours_ok(sent: Span, entry: LexiconEntry, tokens: list[Token]) -> bool:
    first = min(t.i for t in tokens)
    last = max(t.i for t in tokens)
    return _neighbour_ok(entry, _prev(sent, first), _next(sent, last))


def _prev(sent: Span, i: int) -> Token | None:
    return sent.doc[i - 1] if i - 1 >= sent.start else None


def _next(sent: Span, i: int) -> Token | None:
    return sent.doc[i + 1] if i + 1 < sent.end else None


def match_sentence(sent: Span, lex: CompiledLexicon) -> list[tuple[LexiconEntry, list[Token], bool]]:
    """All matches in a sentence: (entry, matched tokens, whether they form the exact continuous phrase)."""
    found: list[tuple[LexiconEntry, list[Token], bool]] = []
    doc = sent.doc
    table = token_keys(doc)  # by token index: no Token object for a neighbour that is only looked up
    for tok in sent:
        if tok.is_space or not ALNUM.search(tok.text):
            continue  # abbreviations (m.b.t.) are words here even when tagged X or SYM
        tkeys = table[tok.i]
        # single words
        for key in tkeys:
            for entry in lex.single.get(key, ()):
                if (entry.pos and tok.pos_ not in entry.pos) or (entry.exact and key != tok.lower_):
                    continue
                if _particle_mismatch(tok, key, entry.words):
                    continue
                if not _neighbour_ok(entry, _prev(sent, tok.i), _next(sent, tok.i)):
                    continue
                tokens = [tok]
                prt = particle(tok)
                exact = tok.lower_ == entry.term.lower()
                if key == full_lemma(tok) and prt is not None and key not in (tok.lower_, tok.lemma_.lower()):
                    tokens.append(prt)
                    exact = False
                found.append((entry, tokens, exact))
        # one-word entries by written form (the lemma backstop), and other spellings of one word or phrase
        prev, nxt = _prev(sent, tok.i), _next(sent, tok.i)
        for entry, cls in lex.forms.get(tok.lower_, ()):
            if (
                _form_fits(tok, entry, cls)
                and not _foreign_particle(tok, entry)
                and _neighbour_ok(entry, prev, nxt)
            ):
                found.append((entry, [tok], tok.lower_ == entry.term.lower()))
        found.extend(_joined_matches(sent, tok, lex))
        # phrases of consecutive words, looked up by their first two words

        candidates = []
        if tok.i + 1 < sent.end:
            for k2 in table[tok.i + 1]:
                for k1 in tkeys:
                    candidates.extend(lex.phrase.get((k1, k2), ()))
        for entry in dict.fromkeys(candidates):
            words = entry.words
            if tok.i + len(words) > sent.end:
                continue
            last = lex.last_forms.get(entry, frozenset())
            if not entry.exact and not all(
                w in table[tok.i + k] or (k == len(words) - 1 and not last.isdisjoint(table[tok.i + k]))
                for k, w in enumerate(words)
            ):
                continue
            tokens = [doc[tok.i + k] for k in range(len(words))]
            if not entry.exact or all(w == t.lower_ for w, t in zip(words, tokens, strict=True)):
                if entry.pos and tok.pos_ not in entry.pos:
                    continue
                if not _neighbour_ok(entry, _prev(sent, tok.i), _next(sent, tokens[-1].i)):
                    continue
                exact = " ".join(t.lower_ for t in tokens) == entry.term.lower()
                found.append((entry, tokens, exact))
        # phrases around a verb
        by_form = lex.verb_forms.get(tok.lower_, set())
        if tok.pos_ in ("VERB", "AUX") or tok.lower_ in lex.verbal or by_form:
            for key in {tok.lemma_.lower(), full_lemma(tok), tok.lower_, *by_form}:
                for entry in lex.verbal.get(key, ()):
                    if entry.pos and tok.pos_ not in entry.pos:
                        continue
                    if _particle_mismatch(tok, key, entry.words) or (
                        key in by_form and _foreign_particle(tok, entry)
                    ):
                        continue
                    if (
                        tok.pos_ not in ("VERB", "AUX")
                        and not _form_fits(tok, entry, "VERB", particle_found=True)
                        and not _written_in_order(sent, tok, entry)
                    ):
                        continue
                    m = _match_verbal(sent, tok, entry, particle(tok), lex)
                    if m is not None and _span_neighbours_ok(sent, entry, m[0]):
                        found.append((entry, *m))
        # separable verbs whose particle the parser did not attach (*zet ... in op*)
        attached = particle(tok)
        if (
            attached is not None
        ):  # a split verb whose lemma the tagger got wrong (*ik zend het plan toe*: zen)
            for word, entry in lex.separable_forms.get(tok.lower_, ()):
                if (
                    attached.lower_ == word
                    and full_lemma(tok) != entry.term
                    and not (entry.verb and len(entry.words) > 1)
                    and _form_fits(tok, entry, "VERB", particle_found=True)
                    and _neighbour_ok(entry, _prev(sent, tok.i), nxt)
                ):
                    found.append((entry, [tok, attached], False))
        if attached is None:
            pairs = lex.separable.get(tok.lemma_.lower(), []) if tok.pos_ in ("VERB", "AUX") else []
            by_form = [
                (w, e) for w, e in lex.separable_forms.get(tok.lower_, ()) if _form_fits(tok, e, "VERB")
            ]
            for word, entry in dict.fromkeys([*pairs, *by_form]):
                prt = loose_particle(tok, word)
                if prt is None or (entry.pos and tok.pos_ not in entry.pos and (word, entry) not in by_form):
                    continue
                if entry.verb and len(entry.words) > 1:
                    m = _match_verbal(sent, tok, entry, prt, lex)
                    if m is not None and _span_neighbours_ok(sent, entry, m[0]):
                        found.append((entry, *m))
                elif _neighbour_ok(entry, _prev(sent, tok.i), _next(sent, tok.i)):
                    found.append((entry, [tok, prt], False))
    return _dedupe(found)


#: the number of tokens another spelling may take: one (*emailen* for *e-mailen*, *businesscase*). Open
#: spellings of several words are entries of their own (*des al niet te min*): joined, ordinary words would make
#: listed words by accident (*inhoud en de* → *inhoudende*)
JOIN_SPANS = (1,)


def _joined_matches(
    sent: Span, tok: Token, lex: CompiledLexicon
) -> list[tuple[LexiconEntry, list[Token], bool]]:
    """Entries written closed, hyphenated or open where the text spells them another way."""
    out = []
    doc = sent.doc
    for n in JOIN_SPANS:
        if tok.i + n > sent.end:
            break
        tokens = [doc[tok.i + k] for k in range(n)]
        if n > 1 and not all(t.is_alpha and len(t) > 1 for t in tokens):
            break  # spaced letters (*o p d r a c h t*) are not a word written open
        if n == 1 and tok.text.endswith("-"):
            continue  # *realisatie- en beheerskosten*: the first part of a compound
        key = joined("".join(t.lower_ for t in tokens))
        for entry, cls in lex.joined.get(key, ()):
            if n > 1 and len(entry.words) > 1:
                continue  # only one closed word is written open (*des al niet te min*), not a phrase
            if n == 1 and (tok.lower_ in (entry.term, *(f for f in lex.last_forms.get(entry, ())))):
                continue  # the plain spelling: matched above
            if n == 1 and len(entry.words) == 1 and not _form_fits(tok, entry, cls):
                continue
            if _neighbour_ok(entry, _prev(sent, tok.i), _next(sent, tokens[-1].i)):
                out.append((entry, tokens, False))
    return out


#: relations that open a new clause: a word below one of these does not belong to the verb's own phrase
CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj", "xcomp", "list", "appos"}
MAX_DEPTH = 2


def _governed_by(t: Token, verb: Token) -> bool:
    """The word belongs to the verb's own clause: the verb is at most two steps up, with no clause boundary
    (relative clause, subordinate clause, coordination) on the way."""
    if verb.dep_ == "acl" and t.i == verb.head.i and t.i < verb.i:
        return True  # een besluit genomen, parsed as a participle that modifies its noun
    node = t
    if node.dep_ == "fixed" and node.head.i != verb.i:
        node = node.head  # part of a fixed expression counts with its first word: [ten grondslag] liggen aan
    if node.dep_ in ("case", "det") and node.head.i != verb.i and node.head.i > node.i:
        node = (
            node.head
        )  # a preposition or article counts with its noun: een bijdrage leveren [aan de leefbaarheid]
    for _ in range(MAX_DEPTH):
        if node.head.i == verb.i:
            return node.dep_ not in CLAUSE_DEPS or _predicative(node)
        if (node.dep_ in CLAUSE_DEPS and not _predicative(node)) or node.head.i == node.i:
            return False
        node = node.head
    return False


def _predicative(node: Token) -> bool:
    """A non-verbal xcomp (*neemt het voorstel in overweging*, *brengt het plan tot uitvoering*) is part of the
    verb's own clause, not a new one."""
    if node.pos_ == "ADV" and node.n_lefts + node.n_rights == 0:
        return True  # a bare adverb labelled as a clause (*trekken samen op*) cannot be one
    return node.dep_ == "xcomp" and node.pos_ not in ("VERB", "AUX")


def _infinitive_marker(t: Token, verb: Token) -> bool:
    """*te* before the infinitive that complements the verb: *dient* [de aanvraag op tijd in] *te* dienen, *dat u
    het formulier dient te sturen* (where the parser hangs the finite verb below the infinitive)."""
    if t.lower_ != "te" or t.dep_ != "mark" or t.i < verb.i:
        return False
    inf = t.head
    return inf.pos_ in ("VERB", "AUX") and inf.i != verb.i and (inf.head.i == verb.i or verb.head.i == inf.i)


def _match_verbal(
    sent: Span, verb: Token, entry: LexiconEntry, prt: Token | None, lex: CompiledLexicon | None = None
) -> tuple[list[Token], bool] | None:

    words = list(entry.words)
    rest = list(words)
    rest.remove(entry.verb)
    skip = {verb.i} | ({prt.i} if prt is not None and prt.lower_ not in rest else set())

    def in_clause(t: Token) -> bool:
        if t.i in skip:
            return False
        if prt is not None and t.i == prt.i + 1:
            return True
        return _governed_by(t, verb) or _infinitive_marker(t, verb)

    anchors = [verb.i] + ([prt.i] if prt is not None else [])
    doc = sent.doc
    table = token_keys(doc)
    word_forms = lex.word_forms if lex is not None else {}

    def is_word(word: str, j: int) -> bool:
        """The cheap test on the keys first: most words are not the one looked for."""
        if (
            word == "te"
        ):  # only the word te (not *ten* or *ter*), right after the verb or as infinitive marker
            return doc[j].lower_ == "te" and (j == verb.i + 1 or _infinitive_marker(doc[j], verb))
        return word in table[j] or not table[j].isdisjoint(word_forms.get(word, ()))

    def match_from(start: int) -> list[Token] | None:
        tokens: list[Token] = []
        pos = start
        for k, word in enumerate(rest):
            hit = None
            limit = sent.end if k == 0 else min(sent.end, pos + MAX_GAP + 1 + len(skip))
            for j in range(pos, limit):
                if j in skip:
                    continue
                if is_word(word, j):
                    t = doc[j]
                    if in_clause(t):
                        hit = t
                        break
                if k > 0 and j - pos > MAX_GAP + sum(1 for s in skip if pos <= s <= j):
                    break
            if hit is None:
                return None
            tokens.append(hit)
            pos = hit.i + 1
        return tokens

    def width(tokens: list[Token]) -> int:
        indices = [t.i for t in tokens] + anchors
        return max(indices) - min(indices)

    # of the places where the words occur, take the tightest around the verb: *De gemeente heeft [de
    # verwachting]*, not from the first *De* of the sentence
    best = None
    start = sent.start
    while (candidate := match_from(start)) is not None:
        near = min(abs(t.i - a) for t in candidate for a in anchors) <= MAX_VERB_DISTANCE
        if (near or all(_infinitive_marker(t, verb) for t in candidate)) and (
            best is None or width(candidate) < width(best)
        ):
            best = candidate
        start = candidate[0].i + 1
    if best is None:
        return None
    tokens = best
    all_tokens = sorted([*tokens, verb, *([prt] if prt is not None else [])], key=lambda t: t.i)
    continuous = all_tokens[-1].i - all_tokens[0].i + 1 == len(all_tokens)
    text = " ".join(t.lower_ for t in all_tokens)
    exact = continuous and text == entry.term.lower()
    return all_tokens, exact


def _dedupe(found):
    """Keep one match per entry and span; of overlapping matches of the same rule keep the longest."""
    # the exact written phrase wins over a lemma match of the same span (*ten allen tijde*, not *te allen tijde*)
    found.sort(key=lambda m: (m[1][0].i, -(m[1][-1].i - m[1][0].i), not m[2]))
    result = []
    taken: dict[str, list[tuple[int, int, frozenset[int]]]] = defaultdict(list)
    for entry, tokens, exact in found:
        ids = frozenset(t.i for t in tokens)
        lo, hi = min(ids), max(ids)
        # a match inside the gap of a split one (*dient [echter] te*) shares no word with it and stays
        if any(
            a <= lo and hi <= b and (ids & words or b - a + 1 == len(words))
            for a, b, words in taken[entry.rule]
        ):
            continue
        taken[entry.rule].append((lo, hi, ids))
        result.append((entry, tokens, exact))
    return result


def _message(entry: LexiconEntry, text: str) -> str:
    """The reason, then the replacements and the advice; replacements and advice that the reason already gives
    are not said again."""
    parts = [f"'{text}': {entry.reason}"]
    reason = entry.reason.lower()
    if entry.replacements and not all(f"'{r.lower()}'" in reason for r in entry.replacements):
        parts.append(f"Schrijf liever: {quoted(entry.replacements)}.")
    said = set(_clauses(entry.reason))
    for advice in entry.advice:
        clauses = _clauses(advice)
        if clauses and all(c in said for c in clauses):
            continue
        said.update(clauses)
        parts.append(_sentence(advice))
    return " ".join(parts)


def _clauses(text: str) -> list[str]:
    """The clauses of a text (cut at . ; : ! ?), as lower-case words: to compare what two texts say."""
    clauses = (" ".join(re.findall(r"\w+", c.lower())) for c in re.split(r"[.;:!?]", text))
    return [c for c in clauses if c]


def _sentence(advice: str) -> str:
    """'zeg wat u doet' → 'Zeg wat u doet.'"""
    advice = advice.strip("() ")
    return advice[:1].upper() + advice[1:] + ("" if advice.endswith((".", "!", "?")) else ".")


def _whole_label(sent, matched) -> bool:
    """The sentence is a line of its own and nothing but the matched words (a heading like *Beleidskader*, a list
    item or link text). A sentence the parser cut off in the middle of a line is no label."""
    text = sent.doc.text
    before = text[: sent.start_char].rstrip(" \t")
    after = text[sent.end_char :].lstrip(" \t")
    if before[-1:] not in ("", "\n") or after[:1] not in ("", "\n"):
        return False
    inside = {t.i for t in matched}
    return all(t.i in inside for t in sent if is_word(t))


def _all_word_lists(analysis, ctx: RuleContext) -> list[Hit]:
    """Every word list over the analysis in one pass; the per-code rules below pick their own findings."""
    key = ("compiled", ctx.config.lexicons, ctx.config.allow, ctx.config.builtin_lexicons)
    if key not in ctx.resources:
        extra = tuple(str(ctx.config.resolve(p)) for p in ctx.config.lexicons)
        ctx.resources[key] = compile_lexicons(extra, ctx.config.allow, ctx.config.builtin_lexicons)
    lex: CompiledLexicon = ctx.resources[key]
    findings = []
    text = analysis.document.text
    for sent, offset in analysis.sentences():
        for entry, matched, _exact in match_sentence(sent, lex):
            if is_name_or_mention(matched):
                continue  # a name or title, or a word the text talks about: not the writer's word choice
            if _whole_label(sent, matched):
                continue  # a heading or label that is only the listed word names a topic, it says nothing
            tokens = stretch(matched, entry.verb is not None)  # with the article of a verb phrase's noun
            start, end = char_span(tokens, offset)
            flagged = text[start:end]
            if flagged.lower() in lex.allow:
                continue
            rule = REGISTRY.get(entry.rule)
            fitting, unfit = offer(tokens, entry.replacements, entry.term, verbal=entry.verb is not None)
            findings.append(
                Hit(
                    rule=entry.rule,
                    name=rule.name if rule else entry.category,
                    category=entry.category,
                    severity=entry.severity or (rule.severity if rule else "warning"),
                    message=_message(entry, flagged),
                    start=start,
                    end=end,
                    suggestions=[match_case(a, flagged) for a in fitting],
                    advice=[_sentence(a) for a in entry.advice] + unfit,
                    replaceable=bool(fitting),
                    term=entry.term,
                    # --fix applies a replacement only when it fits this sentence and the entry is safe everywhere
                    data={"fix": "safe"} if entry.fix == "safe" and fitting else None,
                )
            )
    return findings


_check_for = one_pass(_all_word_lists)
#: all word-list findings of an analysis (computed once), for rules that need to know them
lexicon_findings = _check_for.findings


def _count(code: str):
    def extra() -> str:
        entries = [e for lex in builtin_lexicons_for(code) for e in lex.entries if e.rule == code]
        sample = next((e for e in entries if e.example), entries[0] if entries else None)
        lines = [f"Woordenlijst: {len(entries)} woorden en uitdrukkingen."]
        if sample:
            lines.append(f"Bijvoorbeeld: '{sample.term}' → {quoted(list(sample.alternatives))}.")
            if sample.example:
                lines.append(f"In een zin: {sample.example}")
        return "\n".join(lines)

    return extra


_RULES = [
    dict(
        code="BT101", name="ambtelijke-taal", category="ambtelijk",
        severity="warning",  # dev sheet (issue #16) 21/24 = 0.88 strict, 95% upper bound 0.96: not clearly below 0.95
        summary="stijve woorden uit ambtelijke brieven",
        title="Ambtelijk woord",
        what="Vindt stijve, ouderwetse woorden uit ambtelijke brieven, zoals 'middels', 'teneinde' en 'derhalve'.",
        why="Deze woorden gebruikt bijna niemand in gewone taal. De lezer moet ze 'vertalen', en de tekst klinkt "
        "afstandelijk. Een gewoon woord zegt hetzelfde.",
        bad=["Wij informeren u middels deze brief."], good=["Wij informeren u met deze brief."],
    ),
    dict(
        code="BT102", name="jargon", category="jargon",
        severity="info",  # info: dev sheet (issue #16, judged blind) 9/16 = 0.56 strict, 95% upper bound 0.77 < 0.95
        summary="vakjargon en managementtaal",
        title="Jargon",
        what="Vindt vakjargon en managementtaal, zoals 'faciliteren', 'implementeren' en 'borgen'.",
        why="Jargon klinkt belangrijk, maar zegt weinig. De lezer weet niet wat u precies gaat doen.",
        bad=["De gemeente faciliteert initiatieven van bewoners."],
        good=["De gemeente helpt bewoners met hun plannen."],
    ),
    dict(
        code="BT103", name="anglicisme", category="jargon",
        severity="warning",  # dev sheet (issue #16) 9/10 = 0.90 strict, 95% upper bound 0.98: not clearly below 0.95
        summary="Engelse woorden waarvoor een Nederlands woord bestaat",
        title="Engels woord",
        what="Vindt Engelse woorden waarvoor een gewoon Nederlands woord bestaat, zoals 'stakeholders'.",
        why="Niet iedere lezer kent deze Engelse woorden. Het Nederlandse woord is voor iedereen duidelijk.",
        bad=["We praten met alle stakeholders."], good=["We praten met alle betrokkenen."],
    ),
    dict(
        code="BT104", name="omslachtige-formulering", category="omslachtig",
        severity="warning",  # dev sheet (issue #16) 21/22 = 0.95 strict, 95% upper bound 0.99: not clearly below 0.95
        summary="lange formuleringen die korter kunnen",
        title="Omslachtige formulering",
        what="Vindt lange formuleringen die korter kunnen, zoals 'in het kader van' en 'met betrekking tot'.",
        why="Elk extra woord kost de lezer tijd. Korte woorden maken de zin lichter en duidelijker.",
        bad=["Met betrekking tot de aanvraag ontvangt u bericht."], good=["Over de aanvraag ontvangt u bericht."],
    ),
    dict(
        code="BT105", name="cliche", category="cliche",
        severity="info",  # info: dev sheet (issue #16, judged blind) 0/9 = 0.00 strict, 95% upper bound 0.30 < 0.95
        summary="versleten uitdrukkingen uit beleidsnota's",
        title="Cliché",
        what="Vindt versleten uitdrukkingen uit beleidsnota's, zoals 'de burger centraal' en 'een stip op de horizon'.",
        why="Een cliché staat in elke nota en zegt daarom niets. De lezer wil weten wat u zelf gaat doen.",
        bad=["We zetten de inwoner centraal."], good=["We vragen inwoners wat zij nodig hebben."],
    ),
    dict(
        code="BT106", name="vaag", category="vaag",
        severity="info",  # info: dev sheet (issue #16, judged blind) 10/13 = 0.77 strict, 95% upper bound 0.92 < 0.95
        summary="vage woorden en voorbehouden",
        title="Vaag woord",
        what="Vindt vage woorden en voorbehouden, zoals 'in principe', 'enigszins' en 'nader te bepalen'.",
        why="Vage woorden laten de lezer raden wat u bedoelt. Wees concreet: wie doet wat, en wanneer?",
        bad=["In principe zijn we enigszins tevreden."], good=["We zijn tevreden over twee van de drie punten."],
    ),
    dict(
        code="BT202", name="steunwerkwoord", category="omslachtig",
        severity="warning",  # dev sheet (issue #16) 11/13 = 0.85 strict, 95% upper bound 0.96: not clearly below 0.95
        summary="een zelfstandig naamwoord met een zwak werkwoord, waar één werkwoord volstaat: `een besluit nemen`",
        title="Zelfstandig naamwoord met zwak werkwoord",
        what="Vindt een zelfstandig naamwoord met een 'zwak' werkwoord waar één werkwoord volstaat: "
        "'een besluit nemen' (besluiten), 'zorg dragen voor' (zorgen voor), 'in overweging nemen' (overwegen).",
        why="Het echte werkwoord zit verstopt in een zelfstandig naamwoord. De zin wordt langer en abstracter. "
        "Met het werkwoord zelf is de zin korter en actiever.",
        bad=["Het college heeft een besluit genomen over de subsidie."],
        good=["Het college heeft besloten over de subsidie."],
    ),
]  # fmt: skip

for _spec in _RULES:
    register(Rule(**_spec, check=_check_for(_spec["code"]), extra=_count(_spec["code"])))
