"""Word-list rules, matching: the entries that one sentence contains (words, phrases, other spellings)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, NamedTuple

from ..language.compounds import heads
from ..language.data import word_set
from ..language.entry_forms import joined, lexical_adjective, without_diaeresis
from ..language.keys import full_lemma, loose_particle, particle, token_keys
from ..language.morphology import article, attributive_participle, participle, separable, stem
from ..language.verb_roles import perfect_auxiliary_of_another
from ..language.words import ALNUM, columns
from ..lexicon import LexiconEntry
from .lexicon_bracket import BRACKET_VERB, bracket_matches
from .lexicon_compile import CompiledLexicon
from .lexicon_guards import clause_allows
from .lexicon_preposition import in_fixed_group, passive_with_subject
from .lexicon_starts import (
    ALONE,
    FORMS,
    HEAD,
    JOINED,
    LONG_HEAD,
    MAX_STARTS,
    PAIR_FIRST,
    PHRASE_FIRST,
    SEPARABLE,
    SINGLE,
    VERBAL,
    pair_listed,
    starts,
)
from .lexicon_ter import names_an_instrument, ter_matches
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
    noun_use,
)
from .lexicon_verbal import (
    _other_preposition,
    _subject_beside_object,
    match_verbal,
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
    pos = columns(doc).pos
    memo = lex.starts
    if len(memo) > MAX_STARTS:
        memo.clear()  # a long-running process (the language server) meets ever more word forms
    for i in range(sent.start, sent.end):
        tkeys = table[i]
        ways = memo.get((lower[i], tkeys))
        if ways is None:
            ways = memo[lower[i], tkeys] = starts(lex, tkeys, lower[i])
        if not ways:
            continue  # no entry can match at this word (most words): no Token object made for it
        if not (
            ways & ALONE
            or (ways & LONG_HEAD and pos[i] == "NOUN")
            or (ways & PAIR_FIRST and pos[i] in ("ADJ", "VERB", "NOUN"))
            or (ways & PHRASE_FIRST and i + 1 < sent.end and pair_listed(lex, tkeys, table[i + 1]))
            or (ways & PHRASE_FIRST and BRACKET_VERB in tkeys and pos[i] in ("AUX", "VERB"))
        ):
            continue  # only a phrase, compound or coordination could start here, and this one cannot
        tok = doc[i]
        if tok.is_space or not ALNUM.search(tok.text):
            continue  # abbreviations (m.b.t.) are words here even when tagged X or SYM
        before = len(found)
        # single words
        for key in tkeys if ways & SINGLE else ():
            for entry in lex.single.get(key, ()):
                if (entry.pos and tok.pos_ not in entry.pos) or (entry.exact and key != tok.lower_):
                    continue
                if _particle_mismatch(tok, key, entry.words):
                    continue
                if lexical_adjective(tok.lower_, entry.words[0]):
                    continue  # *verstrekkende gevolgen*: an adjective of its own, whatever the tagger's lemma
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
        for entry, cls in lex.forms.get(tok.lower_, ()) if ways & FORMS else ():
            if (
                _form_fits(tok, entry, cls)
                and not _foreign_particle(tok, entry)
                and _neighbour_ok(entry, prev, nxt)
            ):
                found.append((entry, [tok], tok.lower_ == entry.term.lower()))
        if ways & JOINED:
            found.extend(_joined_matches(sent, tok, lex))
        if ways & PHRASE_FIRST:  # *is ten noorden van het dorp gelegen*, *dat ... gelegen is*
            found.extend(bracket_matches(sent, tok, lex, table))
        if ways & (HEAD | LONG_HEAD) and len(found) == before and tok.pos_ == "NOUN":
            # nothing listed as the word itself: a listed noun as its last part (*beleidsdoelstellingen*)
            found.extend(_compound_matches(sent, tok, lex))
        if ways & PAIR_FIRST:  # across a coordination: *sociaal en fysiek domein*
            found.extend(_coordinated_matches(sent, tok, lex, table))
        # phrases of consecutive words, looked up by their first two words
        candidates = []
        if ways & PHRASE_FIRST and tok.i + 1 < sent.end:
            for k2 in table[tok.i + 1]:
                for k1 in tkeys:
                    candidates.extend(lex.phrase.get((k1, k2), ()))
        for entry in dict.fromkeys(candidates):
            words = entry.words
            if tok.i + len(words) > sent.end:
                continue
            last = lex.last_forms.get(entry, frozenset())
            if entry.exact or all(
                w in table[tok.i + k]
                or (k == len(words) - 1 and not last.isdisjoint(table[tok.i + k]))
                or without_diaeresis(w) in table[tok.i + k]  # *de patient centraal*
                for k, w in enumerate(words)
            ):
                tokens = [doc[tok.i + k] for k in range(len(words))]
            else:  # *moet in het verlengde liggen van*: the clause's verbs before the last preposition
                tokens = _across_verbs(sent, tok, entry, table, lex)
                if tokens is None:
                    continue
            if not entry.exact or all(w == t.lower_ for w, t in zip(words, tokens, strict=True)):
                if entry.pos and tok.pos_ not in entry.pos:
                    continue
                if not _neighbour_ok(entry, _prev(sent, tok.i), _next(sent, tokens[-1].i)):
                    continue
                exact = " ".join(t.lower_ for t in tokens) == entry.term.lower()
                found.append((entry, tokens, exact))
        # phrases around a verb
        by_form = lex.verb_forms.get(tok.lower_, set())
        if ways & VERBAL and (tok.pos_ in ("VERB", "AUX") or tok.lower_ in lex.verbal or by_form):
            present = sentence_keys(sent, table)
            for key in {tok.lemma_.lower(), full_lemma(tok), tok.lower_, *by_form}:
                for entry in lex.verbal.get(key, ()):
                    if words_absent(entry, present, lex):
                        continue  # a word of the phrase is not in the sentence: no test below can find it
                    if (
                        entry.pos
                        and tok.pos_ not in entry.pos
                        or perfect_auxiliary_of_another(tok, entry.words)
                        or noun_use(tok, entry.words)
                    ):
                        continue  # *heeft de ambitie niet gehaald* (the perfect of *halen*), *zestig stoelen op*
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
                    m = match_verbal(sent, tok, entry, particle(tok), lex)
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
        if not ways & SEPARABLE:
            continue
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
                    m = match_verbal(sent, tok, entry, attached, lex)
                    if m is not None and _span_neighbours_ok(sent, entry, m[0]):
                        found.append((entry, *m))
                elif _neighbour_ok(entry, _prev(sent, tok.i), nxt):
                    found.append((entry, [tok, attached], False))
        if attached is None:
            pairs = lex.separable.get(tok.lemma_.lower(), []) if tok.pos_ in ("VERB", "AUX") else []
            by_form = [
                (w, e)
                for w, e in lex.separable_forms.get(tok.lower_, ())
                if _form_fits(tok, e, "VERB", particle_found=_particle_right_after(tok, w, e, sent))
            ]
            for word, entry in dict.fromkeys([*pairs, *by_form]):
                prt = loose_particle(tok, word, sent)
                if prt is None or (entry.pos and tok.pos_ not in entry.pos and (word, entry) not in by_form):
                    continue
                if entry.verb and len(entry.words) > 1:
                    m = match_verbal(sent, tok, entry, prt, lex)
                    if m is not None and _span_neighbours_ok(sent, entry, m[0]):
                        found.append((entry, *m))
                elif _neighbour_ok(entry, _prev(sent, tok.i), _next(sent, tok.i)):
                    found.append((entry, [tok, prt], False))
    # a listed ter phrase that names a permission's kind (vergunning ter afwijking van) says no purpose
    kept = [m for m in found if clause_allows(m[0], m[1]) and not names_an_instrument(m[1])]
    kept += ter_matches(
        sent, lex, kept
    )  # ter waarborging van: the construction, where no entry holds its words
    return [Match(*m) for m in _dedupe(kept)]


#: the most verbs (with *te*) that stand between the words of a prepositional phrase and its last preposition
MAX_CLUSTER = 3
RESULT_STATE_VERBS = word_set("grammatica", "result_state_verbs")


def _across_verbs(
    sent: Span, tok: Token, entry: LexiconEntry, table, lex: CompiledLexicon
) -> list[Token] | None:
    """A prepositional phrase with a preposition of its own at the end (*in het verlengde van*, *in lijn met*,
    *ten laste van*), written with the verbs at the end of its clause between its noun and that preposition: Dutch
    puts the prepositional complement after the verb cluster (*moet in het verlengde liggen van het beleid*, *dat
    het plan in lijn is met de visie*, *wordt in samenhang bekeken met*). The verbs are one to three verb forms,
    *te* before an infinitive among them; the preposition opens a phrase of its own after them. Not where a verb
    among them makes a listed verb phrase with the noun (*in verband brengen met*: that phrase's own finding), nor
    where it puts its object into the state the phrase names (``result_state_verbs``: *in overeenstemming worden
    gebracht met* is 'aanpassen aan', another sense). The tokens of the phrase, without the verbs, or None."""
    words = entry.words
    doc = sent.doc
    if entry.exact or len(words) < 3 or tok.pos_ != "ADP":
        return None
    head = len(words) - 1  # the words before the last preposition stand together
    if tok.i + head > sent.end or not all(w in table[tok.i + k] for k, w in enumerate(words[:head])):
        return None
    k = tok.i + head
    while k < min(sent.end, tok.i + head + MAX_CLUSTER) and (
        doc[k].pos_ in ("VERB", "AUX") or (doc[k].lower_ == "te" and k + 1 < sent.end)
    ):
        k += 1
    if k == tok.i + head or k + 1 >= sent.end or words[-1] not in table[k]:
        return None
    prep, nxt = doc[k], doc[k + 1]
    if prep.pos_ != "ADP" or prep.dep_ == "compound:prt" or nxt.is_punct or doc[k - 1].lower_ == "te":
        return None
    noun, verbs = words[head - 1], [v.lemma_.lower() for v in doc[tok.i + head : k]]
    if not RESULT_STATE_VERBS.isdisjoint(verbs) or any(
        noun in e.words for v in verbs for e in lex.verbal.get(v, ())
    ):
        return None
    return [doc[tok.i + j] for j in range(head)] + [prep]


def _particle_right_after(tok: Token, word: str, entry: LexiconEntry, sent: Span) -> bool:
    """The particle of a listed separable verb right after a form that is no noun in the dictionary, though the
    tagger read it as one: *deze plicht vloeit voort uit de wet* ('vloeit' a noun, as often as the tagger guesses
    on a frequent verb form). A form that is also a noun (*de vraag uit de buurt*) keeps its tag, and so do the
    forms Dutch nouns share with verbs, which the dictionary does not all hold: the stem (*bed*, *pak*) and the
    forms in *-en*, which a plural noun has (*de bewoners krijgen delen mee*, *ouders geven namen mee*: the
    particle of *meekrijgen*, *meegeven*). Only a singular finite form (*vloeit*, *vloeide*) is overruled."""
    at = tok.i + 1
    return (
        at < sent.end
        and tok.doc[at].lower_ == word
        and article(tok.lower_) is None
        and not tok.lower_.endswith("en")
        and tok.lower_ != stem(_base_verb(entry, word))
        and loose_particle(tok, word, sent) is not None
    )


def _base_verb(entry: LexiconEntry, word: str) -> str:
    """The verb of a separable entry without its particle: *delen* for *meedelen*."""
    verb = entry.verb or entry.words[0]
    split = separable(verb)
    return split[1] if split is not None else verb.removeprefix(word)


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


def _shared_start(term: str, tokens) -> int:
    """How many first letters the term shares with the written words."""
    written = " ".join(t.lower_ for t in tokens)
    return next(
        (i for i, (a, b) in enumerate(zip(term, written, strict=False)) if a != b),
        min(len(term), len(written)),
    )


def _dedupe(found):
    """Keep one match per entry and span; of overlapping matches of the same rule keep the longest."""
    # the exact written phrase wins over a lemma match of the same span (*ten allen tijde*, not *te allen tijde*);
    # of two entries on one word, the one whose term the written word is closer to (*vigerende*: the adjective
    # *vigerend*, not the verb *vigeren*)
    found.sort(
        key=lambda m: (m[1][0].i, -(m[1][-1].i - m[1][0].i), not m[2], -_shared_start(m[0].term, m[1]))
    )
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
    (``match_verbal``)."""
    words = entry.words
    if "te" in words:
        return None
    rest = [w for w in words if w != entry.verb]
    table = token_keys(sent.doc)
    at = words.index(entry.verb)
    # *te* before the infinitive at the end of the phrase stands between its words: *in beeld te brengen*
    te = int(at == len(words) - 1 and at > 0 and verb.i > sent.start and sent.doc[verb.i - 1].lower_ == "te")
    orders = [(verb.i - at - te, words), (verb.i, (entry.verb, *rest))]
    for which, (start, order) in enumerate(orders):
        if start < sent.start or start + len(order) > sent.end:
            continue
        if which == 1 and _attributive(verb, entry.verb):
            break  # the verb first only where it is no participle inside a noun phrase (asked only now)
        tokens = [sent.doc[start + k + (te if which == 0 and k == at else 0)] for k in range(len(order))]
        if all(
            t.i == verb.i
            or (
                (word in table[t.i] or not table[t.i].isdisjoint(lex.word_forms.get(word, ())))
                and not _other_preposition(t, verb, list(words))
                and not in_fixed_group(t)
            )
            for word, t in zip(order, tokens, strict=True)
        ) and not passive_with_subject(verb, entry):
            if which == 0 and te:
                return [*tokens[:-1], sent.doc[verb.i - 1], verb], False
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
    from ..language.morphology import inflected_participle

    if inflected_participle(tok):
        return True  # *het met toepassing van artikel 3.2 verrichte onderzoek*: no past tense is spelled so
    part = participle(verb)
    return (
        bool(part)
        and tok.lower_ in (part, attributive_participle(part))
        and prev.pos_ in ("DET", "ADJ", "ADV", "ADP")
    )
