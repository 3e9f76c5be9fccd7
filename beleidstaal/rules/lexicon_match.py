"""Word-list rules, matching: the entries that one sentence contains (words, phrases, other spellings)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, NamedTuple

from ..language.compounds import MIN_FIRST, MIN_HEAD, heads, splits
from ..language.entry_forms import joined
from ..language.keys import full_lemma, loose_particle, particle, token_keys
from ..language.morphology import attributive_participle, participle
from ..language.names import (
    governs,
    is_negated,
    lists_them,
    next_word_is,
    states_exception,
    subject_is,
    writer_is_subject,
)
from ..language.words import ALNUM, columns
from ..lexicon import LexiconEntry
from .lexicon_compile import CompiledLexicon
from .lexicon_tokens import (
    _coordinated_matches,
    _foreign_particle,
    _form_fits,
    _neighbour_ok,
    _next,
    _particle_mismatch,
    _prev,
    _span_neighbours_ok,
    _written_in_order,
)
from .lexicon_verbal import (
    _match_verbal,
    _other_preposition,
    _subject_beside_object,
    sentence_keys,
    words_absent,
)

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token


class Match(NamedTuple):
    """One match in a sentence: the entry, the matched tokens, whether they form the exact continuous phrase, and
    for a match on the last part of a compound (*beleidsdoelstellingen*) its (first part, head) as written in
    lower case (else None)."""

    entry: LexiconEntry
    tokens: list[Token]
    exact: bool
    split: tuple[str, str] | None = None


def match_sentence(sent: Span, lex: CompiledLexicon) -> list[Match]:
    """All matches in a sentence (``Match``)."""
    found: list[tuple[LexiconEntry, list[Token], bool]] = []
    doc = sent.doc
    table = token_keys(doc)  # by token index: no Token object for a neighbour that is only looked up
    lower = columns(doc).lower
    for i in range(sent.start, sent.end):
        tkeys = table[i]
        if not _may_match(lex, tkeys, lower[i], table[i + 1] if i + 1 < sent.end else None):
            continue  # no entry can match at this word (most words): no Token object made for it
        tok = doc[i]
        if tok.is_space or not ALNUM.search(tok.text):
            continue  # abbreviations (m.b.t.) are words here even when tagged X or SYM
        before = len(found)
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
        if len(found) == before and tok.pos_ == "NOUN":
            # nothing listed as the word itself: a listed noun as its last part (*beleidsdoelstellingen*)
            found.extend(_compound_matches(sent, tok, lex))
        found.extend(
            _coordinated_matches(sent, tok, lex, table)
        )  # across a coordination: *sociaal en fysiek domein*
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
            present = sentence_keys(sent, table)
            for key in {tok.lemma_.lower(), full_lemma(tok), tok.lower_, *by_form}:
                for entry in lex.verbal.get(key, ()):
                    if words_absent(entry, present, lex):
                        continue  # a word of the phrase is not in the sentence: no test below can find it
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
                    if m is None and (
                        tok.pos_ in ("VERB", "AUX") or _form_fits(tok, entry, "VERB", particle_found=True)
                    ):
                        # the tree hides the phrase (*de gemeente streefde naar*: the verb read as a noun; *of
                        # inzicht geven in*: the noun read as a conjunct): written word for word, it is the phrase
                        m = _written_as_term(sent, tok, entry, lex)
                        if m is not None and _subject_beside_object(tok, m[0]):
                            m = None  # *De toelichting geeft een overzicht*: the noun is the subject
                    if m is not None and _span_neighbours_ok(sent, entry, m[0]):
                        found.append((entry, *m))
        # separable verbs whose particle the parser did not attach (*zet ... in op*)
        attached = particle(tok)
        if (
            attached is not None
        ):  # a split verb whose lemma the tagger got wrong (*ik zend het plan toe*: zen)
            for word, entry in lex.separable_forms.get(tok.lower_, ()):
                if (
                    attached.lower_ != word
                    or full_lemma(tok) == (entry.verb or entry.term)
                    or not _form_fits(tok, entry, "VERB", particle_found=True)
                ):
                    continue
                if entry.verb and len(entry.words) > 1:  # *zij zagen toe op* (lemma *zagen*): the verb phrase
                    m = _match_verbal(sent, tok, entry, attached, lex)
                    if m is not None and _span_neighbours_ok(sent, entry, m[0]):
                        found.append((entry, *m))
                elif _neighbour_ok(entry, _prev(sent, tok.i), nxt):
                    found.append((entry, [tok, attached], False))
        if attached is None:
            pairs = lex.separable.get(tok.lemma_.lower(), []) if tok.pos_ in ("VERB", "AUX") else []
            by_form = [
                (w, e) for w, e in lex.separable_forms.get(tok.lower_, ()) if _form_fits(tok, e, "VERB")
            ]
            for word, entry in dict.fromkeys([*pairs, *by_form]):
                prt = loose_particle(tok, word, sent)
                if prt is None or (entry.pos and tok.pos_ not in entry.pos and (word, entry) not in by_form):
                    continue
                if entry.verb and len(entry.words) > 1:
                    m = _match_verbal(sent, tok, entry, prt, lex)
                    if m is not None and _span_neighbours_ok(sent, entry, m[0]):
                        found.append((entry, *m))
                elif _neighbour_ok(entry, _prev(sent, tok.i), _next(sent, tok.i)):
                    found.append((entry, [tok, prt], False))
    return [Match(*m) for m in _dedupe([m for m in found if _clause_allows(m[0], m[1])])]


def _has_doer(tokens: list[Token]) -> bool:
    """The verb of the match has a subject of its own that does it (*de plannen moeten aandacht besteden aan*): not
    a passive (*aandacht besteed te worden aan*, *is aandacht besteed aan*), not an *om ... te* clause without a
    subject (*verplicht om aandacht ... te besteden*). A *te*-infinitive without *om* under a verb with a subject
    has that subject as its doer (*gemeenten dienen aandacht te besteden aan*, task nomin14)."""
    for verb in (t for t in tokens if t.pos_ in ("VERB", "AUX")):
        if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
            return False
        if any(c.dep_ == "nsubj" for c in verb.children):
            return True
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        head = verb.head
        return (
            verb.dep_ in ("xcomp", "ccomp")
            and marks == {"te"}
            and head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("aux:pass", "nsubj:pass", "expl") for c in head.children)
            and any(c.dep_ == "nsubj" for c in head.children)
        )
    return False


def _clause_allows(entry: LexiconEntry, tokens: list[Token]) -> bool:
    """The entry's guards on the clause of the matched tokens (keys of the word lists)."""
    # a vague quantity word whose things the sentence names right after it: 'diverse functies: een kerk, ...'
    if entry.unless_listed and lists_them(tokens):
        return False
    # a hedge that the clause denies (*geen nader onderzoek*) is a decision; a promise only the writer makes
    if entry.unless_negated and is_negated(tokens):
        return False
    if entry.writer_only and not writer_is_subject(tokens):
        return False
    if entry.unless_doer and _has_doer(tokens):
        return False
    # a point of view (*vanuit de natuur bezien*), a grade of an adjective (*significant negatieve effecten*)
    if entry.unless_dependent and (
        governs(tokens, entry.unless_dependent)
        or _between(tokens, entry.unless_dependent)
        or _governs_compound(tokens, entry.unless_dependent)
        or _governs_phrase(tokens, entry.unless_dependent)
        or _verb_coordinated(tokens, entry.unless_dependent)
    ):
        return False
    if entry.unless_next_pos and next_word_is(tokens, entry.unless_next_pos):
        return False
    # a reservation whose sentence names the exception or the condition (*in principe niet, tenzij ...*)
    if entry.unless_exception and states_exception(tokens):
        return False
    # a noun in the plural counts several of them: *keuzes maken* is everyday Dutch, *kiezen* cannot count them
    if entry.unless_plural and any(
        t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and t.lower_ != entry.verb for t in tokens
    ):
        return False
    # a term of art for what its subject does in law: a treaty 'komt tot stand' (is concluded), it does not 'ontstaan'
    return not (entry.unless_subject and subject_is(tokens, entry.unless_subject))


def _governs_compound(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """A word the tokens govern ends in a key written with a hyphen in front: ``-straat`` for *in het verlengde van
    de Dorpsstraat* (a place in line with a street, not a follow-up)."""
    ends = tuple(w[1:] for w in words if w.startswith("-") and len(w) > 2)
    if not ends:
        return False
    inside = {t.i for t in tokens}
    return any(
        child.i not in inside and child.lower_.endswith(ends) and child.lower_ not in ends
        for tok in tokens
        for child in tok.children
    )


def _governs_phrase(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """A word the tokens govern, with its preposition, is a key of two words: ``van meten`` for *de wijze van
    meten* (the name of a plan's standard article), not for *de wijze waarop wij meten* (a clause, no name)."""
    pairs = {tuple(w.split()) for w in words if w.count(" ") == 1}
    if not pairs:
        return False
    inside = {t.i for t in tokens}
    return any(
        (case.lower_, child.lower_) in pairs
        for tok in tokens
        for child in tok.children
        if child.i not in inside
        for case in child.children
        if case.dep_ == "case"
    )


def _verb_coordinated(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """The verb that the tokens are the fixed part of (*in stand* of *in stand houden*) is coordinated with a verb
    before it whose lemma, with its particle, is one of the words: *aangelegd en in stand gehouden* (``aanleggen``), the
    standard condition that a thing be made and then kept in place."""
    inside = {t.i for t in tokens}
    verbs = {t.head for t in tokens if t.dep_ == "compound:prt" and t.head.i not in inside}
    # the making verb comes first (made, then kept); a clause after it (*blijven in stand en er worden paden
    # aangelegd*) is another statement
    return any(
        verb.dep_ == "conj"
        and verb.head.i < verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and full_lemma(verb.head) in words
        for verb in verbs
    )


def _between(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """A word between the matched tokens is one of the words: the middle field of a split verb belongs to the
    verb's clause, also where the parser hung it elsewhere (*Neem uw paspoort mee*: *paspoort* read as the root)."""
    if len(tokens) < 2:
        return False
    doc = tokens[0].doc
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    return any(doc[i].lower_ in words for i in range(first + 1, last))


def _may_match(
    lex: CompiledLexicon, tkeys: frozenset[str], lower: str, next_keys: frozenset[str] | None
) -> bool:
    """Whether any entry can match at a token, by the lexicon's index alone (every way below starts there)."""
    if not lex.word_keys.isdisjoint(tkeys) or lower in lex.any_form or joined(lower) in lex.joined:
        return True
    if len(lower) >= MIN_FIRST + MIN_HEAD and _ends_in_head(lower, lex.heads):
        return True
    if not lex.pair_firsts.isdisjoint(tkeys):
        return True  # the first word of a two-word term: also the adjective of a coordinated noun
    if next_keys is None or lex.first_words.isdisjoint(tkeys):
        return False
    return any((k1, k2) in lex.phrase for k1 in tkeys for k2 in next_keys)


def _ends_in_head(lower: str, known) -> bool:
    """The word ends in a listed noun that may be the last part of a compound (``lex.heads``): the quick test of
    ``compounds.heads``, without asking whether the first part is a word."""
    return any(head in known for _, head in splits(lower))


def _compound_matches(sent: Span, tok: Token, lex: CompiledLexicon) -> list[Match]:
    """A noun whose last part is a listed noun (*beleidsdoelstellingen*, *beleids-doelstelling*): the longest
    listed head after a first part that is a word (``language/compounds.heads``)."""
    prev, nxt = _prev(sent, tok.i), _next(sent, tok.i)
    for prefix, head in heads(tok.lower_, lex.heads):
        out = []
        for entry, _cls in lex.heads[head]:
            if entry.pos and "NOUN" not in entry.pos:
                continue
            if not _neighbour_ok(entry, prev, nxt):
                continue
            out.append(Match(entry, [tok], False, (prefix, head)))
        if out:
            return out
    return []


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


def _dedupe(found):
    """Keep one match per entry and span; of overlapping matches of the same rule keep the longest."""
    # the exact written phrase wins over a lemma match of the same span (*ten allen tijde*, not *te allen tijde*)
    found.sort(key=lambda m: (m[1][0].i, -(m[1][-1].i - m[1][0].i), not m[2]))
    result = []
    taken: dict[str, list[tuple[int, int, frozenset[int]]]] = defaultdict(list)
    for m in found:
        entry, tokens = m[0], m[1]
        ids = frozenset(t.i for t in tokens)
        lo, hi = min(ids), max(ids)
        # a match inside the gap of a split one (*dient [echter] te*) shares no word with it and stays
        if any(
            a <= lo and hi <= b and (ids & words or b - a + 1 == len(words))
            for a, b, words in taken[entry.rule]
        ):
            continue
        taken[entry.rule].append((lo, hi, ids))
        result.append(m)
    return result


def _written_as_term(
    sent: Span, verb: Token, entry: LexiconEntry, lex: CompiledLexicon
) -> tuple[list[Token], bool] | None:
    """The words of a verb phrase written word for word around this form of its verb (*inzicht geven in*,
    *streefde naar*), in the term's order or with the verb first (*heeft inzicht in*), none of its nouns in a
    prepositional phrase of its own. Not for a phrase with *te*, whose *te* must belong to the verb
    (``_match_verbal``)."""
    words = entry.words
    if "te" in words:
        return None
    rest = [w for w in words if w != entry.verb]
    table = token_keys(sent.doc)
    orders = [(verb.i - words.index(entry.verb), words), (verb.i, (entry.verb, *rest))]
    for which, (start, order) in enumerate(orders):
        if start < sent.start or start + len(order) > sent.end:
            continue
        if which == 1 and _attributive(verb, entry.verb):
            break  # the verb first only where it is no participle inside a noun phrase (asked only now)
        tokens = [sent.doc[start + k] for k in range(len(order))]
        if all(
            t.i == verb.i
            or (
                (word in table[t.i] or not table[t.i].isdisjoint(lex.word_forms.get(word, ())))
                and not _other_preposition(t, verb, list(words))
            )
            for word, t in zip(order, tokens, strict=True)
        ):
            return tokens, " ".join(t.lower_ for t in tokens) == entry.term
    return None


def _attributive(tok: Token, verb: str) -> bool:
    """A participle inside a noun phrase, after an article, adjective, adverb or preposition (*de verkregen
    inzichten*, *automatisch genomen besluiten*), or an infinitive after *te* (*de te nemen besluiten*): it
    modifies the noun after it, it is no verb first. A past tense written alike follows its subject (*de gemeente
    verleende toestemming*)."""
    if tok.i == tok.sent.start:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.lower_ == "te":
        return True  # *de te nemen besluiten*, *te treffen maatregelen*: the verb describes its noun
    part = participle(verb)
    return (
        bool(part)
        and tok.lower_ in (part, attributive_participle(part))
        and prev.pos_ in ("DET", "ADJ", "ADV", "ADP")
    )
