"""Word-list rules, verb phrases: the words of an entry with ``verb`` inside the verb's own part of the
parse tree (*hebben een besluit genomen*, *zorg dragen voor*)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language.keys import token_keys
from ..lexicon import LexiconEntry
from .lexicon_compile import MAX_GAP, MAX_VERB_DISTANCE, CompiledLexicon
from .lexicon_preposition import in_fixed_group, passive_with_subject

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token

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
    """A non-verbal xcomp (*neemt het voorstel in overweging*, *brengt het plan tot uitvoering*) or a noun with
    *als* that the parse calls a clause (*heeft vooral als doel*) is part of the verb's own clause, not a new
    one."""
    if node.pos_ == "ADV" and node.n_lefts + node.n_rights == 0:
        return True  # a bare adverb labelled as a clause (*trekken samen op*) cannot be one
    # *als* with a bare noun is no clause: *heeft vooral als doel de wijk te versterken*; with an article the noun is
    # the subject of a clause whose verb the parse missed (*alleen als een bijdrage wordt geleverd aan*)
    words = {c.lower_: c.dep_ for c in node.children}
    if node.dep_ == "advcl" and node.pos_ == "NOUN" and "als" in words and "det" not in words.values():
        return True
    return node.dep_ == "xcomp" and node.pos_ not in ("VERB", "AUX")


def _infinitive_marker(t: Token, verb: Token) -> bool:
    """*te* before the infinitive that complements the verb: *dient* [de aanvraag op tijd in] *te* dienen, *dat u
    het formulier dient te sturen* (where the parser hangs the finite verb below the infinitive)."""
    if t.lower_ != "te" or t.dep_ != "mark" or t.i < verb.i:
        return False
    if t.i == verb.i + 1 and _infinitive_after(t):
        return True  # *dient te worden*: right between the finite verb and the infinitive, however it is hung
    inf = t.head
    if inf.pos_ in ("VERB", "AUX") and inf.i != verb.i and (inf.head.i == verb.i or verb.head.i == inf.i):
        return True
    # *dient duidelijk te zijn*: the parse hangs *te* and *zijn* on the predicate or on the verb
    if _copula_after(t) and (inf.i == verb.i or inf.head.i == verb.i):
        return True
    return _te_by_word_order(t, verb)


def _after_cluster(t: Token, verb: Token) -> bool:
    """A preposition right after the verb and the auxiliaries of its cluster: Dutch puts the verb's prepositional
    object there, after the cluster (*er moet zorg gedragen worden voor een compact stelsel*), however the parse
    hangs the noun that follows. Only *te* and the auxiliaries the parse hangs in the verb's own cluster (on the
    verb, or the verb on them) count, and after a finite verb a second finite verb closes the cluster: in *Dat de
    gemeente zorg draagt is voor de bewoners belangrijk* the *is* is the main clause's verb, and *voor* its own."""
    finite = "Fin" in verb.morph.get("VerbForm")
    return t.i > verb.i and all(
        u.lower_ == "te" or (u.pos_ == "AUX" and _in_cluster(u, verb) and not (finite and _finite(u)))
        for u in t.doc[verb.i + 1 : t.i]
    )


def _in_cluster(u: Token, verb: Token) -> bool:
    """The auxiliary hangs on the verb, or the verb on it: one verb cluster (*gedragen worden*, *gedragen wordt*)."""
    return u.head.i == verb.i or verb.head.i == u.i


def _finite(u: Token) -> bool:
    return "Fin" in u.morph.get("VerbForm")


def _clause_ends_after(verb: Token) -> bool:
    """A finite verb right after a finite verb: the first ends a subordinate clause, the second is the main clause's
    (*Dat het bestuur zorg droeg is voor iedereen duidelijk*); no word after them is the first verb's, however the
    parse hangs it. One clause holds one finite verb."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    return nxt is not None and _finite(verb) and nxt.pos_ in ("AUX", "VERB") and _finite(nxt)


def _te_infinitive_of(t: Token, verb: Token) -> bool:
    """The infinitive that *te* ties to the verb, a clause of its own in the parse: *komt te vervallen*, *zijn
    komen te vervallen* (where the parser hangs the verb below its infinitive)."""
    return t.pos_ in ("VERB", "AUX") and any(
        c.lower_ == "te" and _infinitive_marker(c, verb) for c in t.children
    )


def _copula_after(t: Token) -> bool:
    """A copula infinitive right after this *te*, hung on the same word as *te* (*te zijn*, *te blijven*): the
    infinitive of a predicate (*dient [begrijpelijk] te zijn*, *dient in overeenstemming te zijn met*)."""
    if t.i + 1 >= t.sent.end:
        return False
    cop = t.doc[t.i + 1]
    return cop.dep_ == "cop" and cop.head.i == t.head.i and "Inf" in cop.morph.get("VerbForm")


def _infinitive_after(t: Token) -> bool:
    """An infinitive right after this *te* (*te worden*, *te zorgen*): the verb cluster *dient te worden*, where
    the parser may hang *te* on a participle further on (*of onderzoek gedaan dient te worden*)."""
    if t.i + 1 >= t.sent.end:
        return False
    inf = t.doc[t.i + 1]
    return inf.pos_ in ("VERB", "AUX") and "Inf" in inf.morph.get("VerbForm")


#: words that open another clause or join two: a *te* after one of them is not the verb's (*dient als opvang om
#: daklozen een plek te geven*, *dient als basis voor het plan dat de raad vast te stellen heeft*)
_CLAUSE_WORDS = frozenset({"om", "door", "zonder", "die", "dat", "wat", "welke", "waar", "en", "of", "maar"})


def _te_by_word_order(t: Token, verb: Token) -> bool:
    """*te* with its infinitive at the end of the verb's clause, read by word order where the parse lost the link:
    a finite verb, then only words of its own clause (no punctuation, no other finite verb, no word that opens
    or joins a clause, no other *te*), then *te* and an infinitive that ends the clause. The parser broke *dient
    conform afdeling 3.4 Awb zes weken ter inzage gelegd te worden* at the name of the law. Not *het te bouwen
    huis* (an infinitive before a noun describes it). After the cluster Dutch may put a prepositional phrase or a
    clause (*dient rekening te worden gehouden met het broedseizoen*, *te worden aangesloten zodat ...*); a word in
    brackets (*bij alle (toekomstige) werkzaamheden*) and, in a passive infinitive, the doer or means with *door*
    (*dient door de gemeente beoordeeld te worden*) belong to the middle field."""
    doc = t.doc
    if "Fin" not in verb.morph.get("VerbForm") or t.i + 1 >= verb.sent.end:
        return False
    inf = doc[t.i + 1]
    if inf.pos_ not in ("VERB", "AUX") or "Inf" not in inf.morph.get("VerbForm"):
        return False
    after = doc[inf.i + 1] if inf.i + 1 < verb.sent.end else None
    if after is not None and after.pos_ in _DESCRIBED:
        return False  # *de te verwerken hoeveelheid*, *het te bouwen huis*: the infinitive describes a noun
    passive = inf.lemma_ in _PASSIVE_INFINITIVES
    if not passive and inf.dep_ == "acl" and verb.i < inf.head.i < t.i and inf.head.pos_ in ("NOUN", "PROPN"):
        # the infinitive says what a noun between means: *dient het doel de wijk veiliger te maken* ('serve'); *te
        # worden* and *te zijn* with a participle are the passive of the cluster, never what a noun means
        return False
    return not any(
        (u.is_punct and u.lower_ not in _BRACKETS)
        or (u.lower_ in _CLAUSE_WORDS and not _joins_within(u) and not (passive and u.lower_ == "door"))
        or u.lower_ == "te"
        or u.pos_ == "SCONJ"
        or (u.pos_ in ("VERB", "AUX") and "Fin" in u.morph.get("VerbForm"))
        for u in doc[verb.i + 1 : t.i]
    )


#: what a *te*-infinitive that describes a noun stands right before (*de te nemen (grote) stappen*)
_DESCRIBED = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
#: the infinitives of a passive or perfect cluster (*te worden uitgevoerd*, *in beeld te zijn gebracht*)
_PASSIVE_INFINITIVES = frozenset({"worden", "zijn"})
_BRACKETS = frozenset({"(", ")"})


#: coordinators that join two words of one middle field (*de onderbouw en de kap*, *beoordeeld en goedgekeurd*)
_JOINING = frozenset({"en", "of"})


def _joins_within(u: Token) -> bool:
    """*en* or *of* as a coordinator (``cc``, or tagged ``CCONJ`` where the parse hangs it as a marker) before a word
    that opens no clause: it joins two phrases of the same middle field (*dient de verhouding tussen de onderbouw
    en de kap nader overlegd te worden*, *dient een exploitatieplan of een overeenkomst te worden gesloten*, *dient
    beoordeeld en goedgekeurd te worden*), not two clauses; a second clause would bring its own finite verb, which
    the word order test refuses anyway. *Of* as 'whether' (SCONJ) and *maar* still open a clause."""
    if u.lower_ not in _JOINING or not (u.dep_ == "cc" or u.pos_ == "CCONJ") or u.i + 1 >= u.sent.end:
        return False
    nxt = u.doc[u.i + 1]
    return nxt.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "VERB", "ADV") and nxt.lower_ not in (
        _CLAUSE_WORDS | {"te"}
    )


def _own_reflexive(candidate: list[Token], verb: Token) -> bool:
    """The phrase's only other word is the verb's own reflexive pronoun (``reflexive_use``): the middle field may
    hold any number of words between *zich* and the verb at the end of the clause (*hebben zich op de woningmarkt
    de nodige ontwikkelingen voorgedaan*)."""
    from ..language.reflexive import reflexive_use

    return _only_reflexives(candidate) and reflexive_use(verb)


def _loose_reflexive(candidate: list[Token], anchors: list[int]) -> bool:
    """The phrase's only words are the verb's reflexive pronouns and none stands right beside the verb or its
    particle: advice marks the verb alone then, as a replacement would need the whole phrase (*zich ... voordoen*
    over a long middle field is 'voorgedaan', *doen zich ... voor* and *zich voordoen* keep their reflexive)."""
    return _only_reflexives(candidate) and not any(abs(t.i - a) == 1 for t in candidate for a in anchors)


def _only_reflexives(candidate: list[Token]) -> bool:
    """Every word of the phrase besides its verb is a reflexive pronoun of the third person (*zich*)."""
    from ..language.reflexive import THIRD_PERSON_REFLEXIVES

    return all(t.lower_ in THIRD_PERSON_REFLEXIVES for t in candidate)


def _other_preposition(t: Token, verb: Token, words: list[str]) -> bool:
    """The noun of the phrase stands in a prepositional phrase the term does not have: it is not the verb's object
    (*heeft gevolgen [voor de mogelijkheden]* is not *de mogelijkheid hebben*). *van* after a verb used as a noun
    brings its object (*het bieden van mogelijkheden*). Before a *te*-infinitive, *door*, *om* or *zonder* opens
    the infinitive's clause, whatever the parser hangs it on (*door gebruik te maken van*)."""
    if t.pos_ != "NOUN":
        return False
    nominal_object = t.head.i == verb.i and verb.i < t.i
    te_clause = verb.i > 0 and verb.doc[verb.i - 1].lower_ == "te"
    return any(
        c.dep_ == "case"
        and c.lower_ not in words
        and not (c.lower_ == "van" and nominal_object)
        and not (te_clause and c.i < t.i)
        for c in t.children
    )


def _attributive(verb: Token, tokens: list[Token]) -> bool:
    """The verb stands right before the noun and describes it (*de te treffen maatregelen*, *de genomen
    besluiten*): a noun phrase, not a clause in which someone acts with a weak verb."""
    doc = verb.doc
    if (
        verb.i + 1 >= len(doc)
        or doc[verb.i + 1] not in tokens
        or doc[verb.i + 1].pos_ not in ("NOUN", "PROPN")
    ):
        return False
    before = doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is not None and before.lower_ == "te":
        return True
    from ..language.morphology import inflected_participle

    if inflected_participle(verb):
        return True  # *het met toepassing van artikel 3.2 verrichte onderzoek* (a tang whose article the parse lost)
    from ..language.passive import looks_like_participle

    low = verb.lower_
    # a participle by its form (genomen, getroffen; inflected: gevoerde), not a past tense (stroopte), after an
    # article or an adverb (*de genomen besluiten*, *eerder getroffen maatregelen*): a past tense that looks the
    # same follows its subject (*de gemeente verleende medewerking*)
    return (
        "Part" in verb.morph.get("VerbForm")
        and before is not None
        and before.pos_ in ("DET", "ADV", "ADJ", "ADP")
        and (looks_like_participle(low) or low.endswith("e") and looks_like_participle(low[:-1]))
    )


def _subject_beside_object(verb: Token, tokens: list[Token]) -> bool:
    """A noun of the phrase is the verb's subject while the verb has an object of its own: *De toelichting geeft
    een overzicht* is not *toelichting geven* (the noun of such a phrase is the verb's object)."""
    own = {t.i for t in tokens}
    return any(t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.head.i == verb.i for t in tokens) and any(
        c.dep_ == "obj" and c.i not in own and c.pos_ in ("NOUN", "PROPN") for c in verb.children
    )  # a pronoun object is often a relative subject read the other way (*die de mogelijkheid biedt*)


def _resultative(verb: Token, tokens: list[Token]) -> bool:
    """The verb has an adjective as the result it brings about (*maken we de analyse beschikbaar*, *de planning
    openbaar maken*): the noun is the object of *beschikbaar maken*, not of a support verb (*een analyse maken*)."""
    inside = {t.i for t in tokens}
    doc = verb.doc

    def last_in_clause(c: Token) -> bool:  # a long clause: the parse may hang the adjective loose at its end
        return c.i + 1 >= c.sent.end or doc[c.i + 1].is_punct

    if any(c.dep_ == "cop" for c in verb.children):
        return False  # *dat de brief begrijpelijk dient te zijn*: the adjective is the predicate of *te zijn*
    # an adjective after the noun of the phrase, as the last word of the clause, stands where Dutch puts the result of
    # the verb, whatever the parse calls it (an object, an adverb, a clause): *maken we de analyse ... beschikbaar*,
    # *maken wij de analyse van de metingen openbaar*. Elsewhere an adjective called an object belongs to a clause
    # the parse merged (*heeft geen relatie met het gebied en de werkzaamheden zijn lokaal van aard*)
    return any(
        c.pos_ == "ADJ"
        and c.i not in inside
        and not any(g.dep_ == "cop" for g in c.children)  # *dient duidelijk te zijn*: a predicate, no result
        and (
            c.dep_ == "xcomp"
            or (c.dep_ in ("parataxis", "obj", "advmod", "ccomp") and c.i > max(inside) and last_in_clause(c))
        )
        for c in verb.children
    )


def sentence_keys(sent: Span, table: list[frozenset[str]]) -> frozenset[str]:
    """The keys of all words of a sentence (kept per sentence with the parsed paragraph)."""
    memo = sent.doc.user_data.setdefault("beleidstaal_sentence_keys", {})
    span = (sent.start, sent.end)
    keys = memo.get(span)
    if keys is None:
        keys = memo[span] = frozenset().union(*table[sent.start : sent.end])
    return keys


def words_absent(entry: LexiconEntry, present: frozenset[str], lex: CompiledLexicon | None) -> bool:
    """A word of a verb phrase other than its verb is nowhere in the sentence (``present``: its keys), in no form:
    then neither ``match_verbal`` nor the word-for-word reading (``_written_as_term``) can find the phrase. The
    usual case, tested before any other work on the entry."""
    word_forms = lex.word_forms if lex is not None else {}
    return any(
        w != entry.verb and w not in present and present.isdisjoint(word_forms.get(w, ()))
        for w in entry.words
    )


#: the words that leave a preposition behind at the end of a clause (*daar sturen wij op*)
_R_WORDS = frozenset({"er", "daar", "hier", "waar"})


def match_verbal(
    sent: Span, verb: Token, entry: LexiconEntry, prt: Token | None, lex: CompiledLexicon | None = None
) -> tuple[list[Token], bool] | None:

    words = list(entry.words)
    rest = list(words)
    rest.remove(entry.verb)
    doc = sent.doc
    table = token_keys(doc)
    word_forms = lex.word_forms if lex is not None else {}
    if words_absent(entry, sentence_keys(sent, table), lex):
        return None  # a word of the phrase is nowhere in the sentence (the usual case: no search below)
    skip = {verb.i} | ({prt.i} if prt is not None and prt.lower_ not in rest else set())

    def in_clause(t: Token) -> bool:
        # *in aansluiting op*, *op korte termijn*: a preposition of a fixed group opens no object of the verb
        if t.i in skip or _other_preposition(t, verb, words) or in_fixed_group(t):
            return False
        if prt is not None and t.i == prt.i + 1:
            return True
        if t.i > verb.i + 1 and _clause_ends_after(verb):
            return False
        if t.pos_ == "ADP" and _after_cluster(t, verb):
            return True
        return _governed_by(t, verb) or _infinitive_marker(t, verb) or _te_infinitive_of(t, verb)

    anchors = [verb.i] + ([prt.i] if prt is not None else [])

    def is_word(word: str, j: int) -> bool:
        """The cheap test on the keys first: most words are not the one looked for."""
        if (
            word == "te"
        ):  # only the word te (not *ten* or *ter*), right after the verb or as infinitive marker
            return doc[j].lower_ == "te" and (j == verb.i + 1 or _infinitive_marker(doc[j], verb))
        return word in table[j] or not table[j].isdisjoint(word_forms.get(word, ()))

    def match_from(start: int) -> tuple[list[Token] | None, int | None]:
        """The words of the phrase from ``start`` on, and where its first word stood (None: nowhere)."""
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
                return None, (tokens[0].i if tokens else None)
            tokens.append(hit)
            pos = hit.i + 1
        return tokens, tokens[0].i

    def width(tokens: list[Token]) -> tuple[int, int]:
        """How far the words lie around the verb, then how far apart among themselves: of two places equally near
        the verb, the tighter phrase (*heeft de provincie [de beschikking over]*, not the subject's article)."""
        indices = [t.i for t in tokens] + anchors
        return max(indices) - min(indices), tokens[-1].i - tokens[0].i

    # of the places where the words occur, take the tightest around the verb: *De gemeente heeft [de
    # verwachting]*, not from the first *De* of the sentence
    # an earlier first word whose rest does not follow is skipped, not the end: *[in] dit hoofdstuk het beleid
    # [in beeld] gebracht*
    best = None
    start = sent.start
    while True:
        candidate, first = match_from(start)
        if first is None:
            break
        if candidate is not None:
            near = min(abs(t.i - a) for t in candidate for a in anchors) <= MAX_VERB_DISTANCE
            near = near or _own_reflexive(candidate, verb)
            if (near or all(_infinitive_marker(t, verb) for t in candidate)) and (
                best is None or width(candidate) < width(best)
            ):
                best = candidate
        start = first + 1
    if (
        best is None
        or _attributive(verb, best)
        or _subject_beside_object(verb, best)
        or _resultative(verb, best)
        or passive_with_subject(verb, entry)
    ):
        return None
    if (
        len(rest) == 1
        and best == [prt]
        and prt.pos_ in ("ADP", "ADV")  # the parse may call the noun of the phrase a particle: *medewerking*
        and not any(t.lower_ in _R_WORDS for t in sent)
    ):
        return None  # a verb and its preposition (*sturen op*) found as the verb's own particle, with no *daar* to
        # leave the preposition behind: *stuurt het formulier op* is *opsturen* (*daar sturen wij op* is not)
    tokens = best
    if not entry.replace and _loose_reflexive(best, anchors):
        tokens = []  # *hebben zich op de woningmarkt ... voorgedaan*: the verb is marked, not the middle field
    all_tokens = sorted([*tokens, verb, *([prt] if prt is not None else [])], key=lambda t: t.i)
    continuous = all_tokens[-1].i - all_tokens[0].i + 1 == len(all_tokens)
    text = " ".join(t.lower_ for t in all_tokens)
    exact = continuous and text == entry.term.lower()
    return all_tokens, exact
