"""Where a verb bracket (``tang.find_verb_tangs``) ends in another clause, so that it is no bracket: the closing
part stands in a clause that opens between the two parts (after *waarom*, *dat*, a relative pronoun or an open
parenthesis), or a new main clause starts after a comma. The question words are data: ``lexicons/data/``."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .words import SENTENCE_ENDS

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def wh_words() -> frozenset[str]:
    """Question words open a clause of their own (*... herleidbaar waarom regels zijn opgesteld*)."""
    from .data import word_set

    return word_set("grammatica", "wh_words")


#: the prepositions that join *waar* in a pronominal adverb (*waarvoor*, *waarin*, *waarmee*): closed-class grammar
WAAR_PREPOSITIONS = frozenset(
    (
        "aan",
        "achter",
        "bij",
        "binnen",
        "boven",
        "buiten",
        "door",
        "in",
        "langs",
        "mee",
        "na",
        "naar",
        "naast",
        "om",
    )
    + ("onder", "op", "over", "tegen", "toe", "tussen", "uit", "van", "voor", "zonder")
)


@cache
def subordinators() -> frozenset[str]:
    """Conjunctions that only ever open a subordinate clause (``grammatica.clause_subordinators``: *zodra*,
    *omdat*, *nadat*; not *dat*, *of* or *als*, which also do other work)."""
    from .data import word_set

    return word_set("grammatica", "clause_subordinators")


def waar_preposition(word: str) -> bool:
    """*waar* + a preposition (*waarvoor*, *waarin*, *waarbinnen*), by its form alone: no other Dutch word has that
    form (*waarde*, *waarschijnlijk*, *waarborg* do not), so it holds whatever the tagger says (it may tag
    *waarbinnen* NOUN or VERB)."""
    low = word.lower()
    return low.startswith("waar") and low[4:] in WAAR_PREPOSITIONS


def pronominal_relative(tok: Token) -> bool:
    """*waar* + a preposition (``waar_preposition``) tagged as the adverb it is: a pronominal adverb that opens a
    relative clause or an indirect question (*een inrichting waarvoor een zone is vastgesteld*). The parser often
    gives it no ``PronType``; its form decides, with a tag of a function word."""
    return waar_preposition(tok.lower_) and tok.pos_ in ("ADV", "PRON", "SCONJ", "ADP")


def opens_a_clause(tok: Token) -> bool:
    """A word that opens a clause of its own: a subordinating conjunction, a relative pronoun, *waar* or *waar* +
    a preposition (``pronominal_relative``)."""
    return (
        tok.pos_ == "SCONJ"
        or "Rel" in tok.morph.get("PronType")
        or pronominal_relative(tok)
        or tok.lower_ == "waar"
    )


def in_opened_clause(doc, opener: Token, word: Token) -> bool:
    """``word`` (a participle after ``opener``) stands in the clause that ``opener`` opens: no verb between them
    ends that clause first. A subordinate clause puts its verbs last, so a verb of it that has other words after it,
    before ``word`` (*de manier waarop de kosten worden verdeeld | na een discussie ... vastgelegd*), closed the
    clause there; one followed by verbs only (*waarvoor een zone is | vastgesteld*) shares ``word``'s cluster. (Any
    verb, not only a finite one: the tagger reads a plural present, *waarmee wij het geluid meten*, as an
    infinitive.)"""
    for k in range(opener.i + 1, word.i):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") and any(
            u.pos_ not in ("VERB", "AUX") and u.lower_ != "te" for u in doc[k + 1 : word.i]
        ):
            return False
    return True


def _finite(tok: Token) -> bool:
    return "Fin" in tok.morph.get("VerbForm")


def _closes_inner_clause(doc, verb: Token, closing: Token) -> bool:
    """The closing part stands in a clause that opens between the two (a parse error, not a bracket): after
    *waarom*, *wanneer*, *dat*, a relative pronoun, or an open parenthesis, with no comma or closing parenthesis
    before it (*is ... herleidbaar waarom regels zijn opgesteld*)."""
    for t in doc[verb.i + 1 : closing.i]:
        opens = (
            (t.dep_ == "mark" and _heads_clause(t))
            # *zodra*, *omdat*, *nadat* always open a clause, whatever tag the parser gives them (an adverb, for
            # *hebben een effect, zodra de bewegingen toenemen*)
            or t.lower_ in subordinators()
            or "Rel" in t.morph.get("PronType")
            or "Int" in t.morph.get("PronType")
            or (t.lower_ in wh_words() and t.pos_ != "CCONJ")
            or (pronominal_relative(t) and in_opened_clause(doc, t, closing))
        )
        if t.text == "(" and not any(u.text == ")" for u in doc[t.i + 1 : closing.i]):
            return True
        if opens and not _clause_closed(doc[t.i + 1 : closing.i]):
            return True
    return False


def _new_main_clause(doc, verb: Token, closing: Token) -> bool:
    """After a comma between the two parts a new main clause starts: a finite verb first or second (*zal de tekst
    herkend worden voor deze annotatie, zal de tekst ...*; *dienen als tabel, deze worden ... aangemaakt*). A
    relative or subordinate clause (*, die ... is,*) is an insertion and keeps the bracket. After a colon or a
    semicolon a finite verb anywhere before the closing part opens a clause of its own (*heeft grote doelen: in
    2030 moet het gebruik ... verminderd zijn*), unless a word opens a subordinate clause first."""
    for k in range(verb.i + 1, closing.i - 1):
        if doc[k].text in (":", ";"):
            for t in doc[k + 1 : closing.i]:
                if opens_a_clause(t):
                    break
                if _finite(t) and t.pos_ in ("VERB", "AUX") and _verb_form(t):
                    return True
        if doc[k].text != ",":
            continue
        first = doc[k + 1]
        if first.dep_ == "mark" or "Rel" in first.morph.get("PronType") or first.pos_ in ("SCONJ", "CCONJ"):
            continue
        if any(_finite(t) and t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : min(k + 3, closing.i)]):
            return True
    return False


#: conjunctions that can join two main clauses: after one, a finite verb opens a clause of its own
CLAUSE_CONJUNCTIONS = frozenset({"en", "of", "maar", "want"})


def _second_main_clause(doc, verb: Token, closing: Token) -> bool:
    """A coordinating conjunction between the two parts opens a second main clause with a finite verb of its own
    (*In de wijk is geen ruimte ... en gelet op ... heeft de gemeente ... afgewezen*): *is* ends in the first
    clause, and the closing part belongs to the second clause's verb, not to this one. A finite verb in a relative
    or subordinate clause after the conjunction (*het plan en de nota die zijn opgesteld*) opens no main clause."""
    for k in range(verb.i + 1, closing.i - 1):
        if doc[k].lower_ not in CLAUSE_CONJUNCTIONS or doc[k].pos_ != "CCONJ":
            continue
        # *of* is mostly 'whether' (*of ... sprake is*): only a verb straight after it opens a main clause
        stop = k + 2 if doc[k].lower_ == "of" else closing.i
        for t in doc[k + 1 : stop]:
            if t.dep_ == "mark" or "Rel" in t.morph.get("PronType") or t.lower_ in wh_words():
                break  # a subordinate clause: its verb is not a second main verb
            if t.text in ("(", ",") or pronominal_relative(t):
                break
            if (
                _finite(t)
                and t.pos_ in ("VERB", "AUX")
                and _verb_form(t)
                and any(u.pos_ not in ("VERB", "AUX") and u.lower_ != "te" for u in doc[t.i + 1 : closing.i])
            ):
                # the verb opens a clause with words of its own before the closing part; a verb followed by
                # verbs only (*... of na zes weken ter inzage worden gelegd*) is the closing cluster itself,
                # and the tagger reads *worden*, *kunnen* as finite
                return True
    return False


def in_other_clause(doc, verb: Token, closing: Token) -> bool:
    """The closing part stands in another clause than the finite verb: no bracket between the two."""
    return (
        _closes_inner_clause(doc, verb, closing)
        or _new_main_clause(doc, verb, closing)
        # *is geen ruimte ... en ... heeft de gemeente ... afgewezen*: two clauses
        or _second_main_clause(doc, verb, closing)
        # *Gesteld wordt dat ... fors wordt geïntensiveerd*: the participle is the inner clause's
        or _cluster_of_own_clause(doc, verb, closing)
        # *is een volgend aandachtspunt of een goede inpassing gewaarborgd is*: the finite verb after it
        or _finite_after(doc, verb, closing)
        # *betreffen de Hoofdstructuur (EHS). in de provincie ... genoemd*: two sentences the parse joined
        or _sentence_break(doc, verb, closing)
        # *is het bijgebouw te dominant aanwezig en verstoort het de ... omschreven opbouw*: a second conjunct
        or _second_conjunct(doc, verb, closing)
    )


def _cluster_of_own_clause(doc, verb: Token, closing: Token) -> bool:
    """The verbs straight before the closing part hold a finite verb of their own (*Gesteld wordt dat ... het
    grondgebruik fors wordt geïntensiveerd*): a main clause has one finite verb, in second place, so a finite verb
    in the final cluster shows that the closing part ends a clause that opened between the two (a *dat*-clause, a
    relative clause), not this verb's bracket. Only a form that cannot be an infinitive counts (*wordt*, *is*,
    *heeft*, *werd*, *waren*): the tagger reads *worden*, *kunnen* in *moet ... kunnen worden vastgesteld* as
    finite, and a form the dictionary knows as a verb (the tagger reads *voorziening*, *dB* as finite too)."""
    k = closing.i - 1
    while k > verb.i and (doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ == "te"):
        t = doc[k]
        if t.morph.get("VerbForm") == ["Part"]:
            # *zoals deze ... waren opgenomen | verruimd*: that finite verb's cluster ended before
            return False
        if _finite_of_cluster(doc, verb, t):
            return True
        k -= 1
    return False


def _finite_of_cluster(doc, verb: Token, t: Token) -> bool:
    """``t``, a verb of the final cluster, is finite: an auxiliary in a form that cannot be an infinitive."""
    form = not t.lower_.endswith("en") or "Past" in t.morph.get("Tense")
    if t.lower_ == "zijn":
        form = _finite_zijn(doc, verb, t)
    elif t.lower_ == "worden":
        form = _finite_worden(doc, verb, t)
    return _finite(t) and form and t.lemma_.lower() in CLUSTER_FINITES and _verb_form(t)


def _finite_after(doc, verb: Token, closing: Token) -> bool:
    """A finite auxiliary right after the closing participle, in the same cluster (*... of een goede inpassing
    gewaarborgd **is***, *... dat het plan vastgesteld **wordt***): a subordinate clause may put its finite verb
    last, a main clause never does (its finite verb stands second). The participle ends a clause that opened in
    between, not this verb's bracket. As before it (``_cluster_of_own_clause``), only a form that cannot be an
    infinitive counts: *zal ... gesloten worden* is one bracket."""
    k = closing.i + 1
    while k < closing.sent.end and (doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ == "te"):
        if _finite_of_cluster(doc, verb, doc[k]):
            return True
        k += 1
    return False


def _sentence_break(doc, verb: Token, closing: Token) -> bool:
    """A sentence ends between the two parts where the parse did not split it: a full stop after a word or a
    closing bracket though a small letter follows (*... de Ecologische Hoofdstructuur (EHS). in de provincie ...
    genoemd*), or a comma before a capitalised pronoun or article that opens the next sentence (*... de
    bescherming, Dat omvat ...*: a comma typed for a full stop). A full stop after a short word is an abbreviation
    the tokenizer split off (*par. 4.2*); a capital after a comma that goes on capitalised is a name (*, De Hoge
    Veluwe*)."""
    for k in range(verb.i + 1, closing.i):
        t = doc[k]
        prev = doc[k - 1]
        if t.text in SENTENCE_ENDS and (prev.text == ")" or (prev.is_alpha and len(prev.text) > 4)):
            return True
        nxt, after = doc[k + 1], doc[k + 2] if k + 2 < len(doc) else None
        if (
            t.text == ","
            and nxt.pos_ in ("PRON", "DET")
            and nxt.text[:1].isupper()
            and not (after is not None and after.text[:1].isupper())
        ):
            return True
    return False


def _second_conjunct(doc, verb: Token, closing: Token) -> bool:
    """A coordinating conjunction between the two parts joins a second conjunct to the clause (in the parse: it
    hangs under a conjunct of the finite verb or of the word the verb serves): *is het bijgebouw te dominant
    aanwezig en verstoort het ...*. The first clause's bracket ends before it; a participle after it belongs to
    the second conjunct, which has a verb of its own or leaves the shared one out. The conjunct must be a verb
    straight after the conjunction: there only a finite verb stands (*en verstoort het ...*), while a participle
    stands last (*wordt ... het plan en het besluit bekend gemaakt*: the parse hung *gemaakt* as a conjunct, yet
    it closes the bracket of *wordt*). And it must be a verb by the dictionary (*verstoord*, a slip for
    *verstoort*), tagged as a verb or followed by a pronoun, its subject after it (*en verstoord het*, tagged as a
    noun): a noun the parse hung there ends nothing (*minder veehouderijen en tuinbouwbedrijven voor*; *door
    lawaai en uitstoot van stoffen*, where *uitstoot* is a form of *uitstoten* too), nor does a conjunction inside
    a phrase (*door de raad en de staten*), which hangs under a noun of that phrase."""
    heads = {verb.i, verb.head.i}
    return any(
        t.dep_ == "cc"
        and t.head.dep_ == "conj"
        and t.head.head.i in heads
        and t.head.i == t.i + 1
        and t.head.i < closing.i
        and _verb_form(t.head)
        and (t.head.pos_ in ("VERB", "AUX") or doc[t.head.i + 1].pos_ == "PRON")
        for t in doc[verb.i + 1 : closing.i]
    )


def _finite_zijn(doc, verb: Token, zijn: Token) -> bool:
    """*zijn* is an infinitive as often as a plural: after a modal finite verb (*moeten deze ... zijn aangepast*,
    *kunnen ... zijn vrijgekomen*) or after another verb or *te* in the cluster (*zal ... moeten zijn afgerond*,
    *dient ... te zijn aangepast*) it is the infinitive of that verb's bracket, not a finite verb of a clause of its
    own (*Van belang is dat ... de regels zijn aangepast*)."""
    return not (verb.lemma_.lower() in MODALS or _after_verb_or_te(doc, zijn))


#: the finite verbs that take a bare infinitive in their bracket (*moet ... zijn aangepast*)
MODALS = frozenset({"zullen", "kunnen", "moeten", "mogen", "willen", "hoeven"})


def _finite_worden(doc, verb: Token, worden: Token) -> bool:
    """*worden* first in the final cluster is a finite plural where the bracket's verb cannot take an infinitive:
    *is*, *wordt*, *heeft* never do (*Het doel is dat ... bedrijven niet worden gehinderd*: the cluster ends the
    *dat*-clause). After a modal or *gaan* (*moet ... worden vastgesteld*, *gaat ... worden gebouwd*), or after
    another verb or *te* in the cluster (*heeft ... moeten worden*, *dient ... te worden*), it is an infinitive of
    the bracket."""
    return verb.lemma_.lower() in ("zijn", "worden", "hebben") and not _after_verb_or_te(doc, worden)


def _after_verb_or_te(doc, tok: Token) -> bool:
    """Another verb or *te* stands right before ``tok`` in the final cluster (*moeten zijn*, *te worden*): ``tok``
    is an infinitive that verb or *te* governs, so no finite verb of a clause of its own."""
    before = doc[tok.i - 1]
    return before.pos_ in ("VERB", "AUX") or before.lower_ == "te"


#: the finite verbs that stand in a final cluster before a participle or infinitive (*wordt geïntensiveerd*, *heeft
#: gemaakt*, *moet worden*): a lexical verb there (*sloten*, *onderscheidt*) is a noun or a slip the tagger misread
CLUSTER_FINITES = frozenset(
    {"hebben", "zijn", "worden", "zullen", "kunnen", "moeten", "mogen", "willen", "dienen", "hoeven"}
)


def _verb_form(tok: Token) -> bool:
    """The dictionary knows the word as a form of a verb: the tagger reads nouns after *en* as finite verbs
    (*de milieu- en omgevingsaspecten*, *intensieve veehouderijen en tuinbouwbedrijven*)."""
    from . import morphology as m

    return bool(m.lemmas(tok.lower_, "VERB"))


def _heads_clause(mark: Token) -> bool:
    """The subordinator opens a clause with a verb (*dat ... is*), not a phrase (*als eerste stap*, *als
    stiltegebied*)."""
    head = mark.head
    if mark.pos_ == "SCONJ" and head.dep_ in ("acl", "ccomp", "csubj"):
        # the parser read a clause, though it hung it from a noun (*in die zin dat ontwikkelingen ...*); *als*
        # with no verb under it makes a phrase (*de aanwijzing van het gebied als stiltegebied*)
        return mark.lower_ != "als" or any(t.pos_ in ("VERB", "AUX") for t in head.subtree)
    return head.pos_ in ("VERB", "AUX") or any(c.dep_ in ("cop", "aux", "aux:pass") for c in head.children)


def _clause_closed(tokens) -> bool:
    """A comma, or a closing parenthesis of a parenthesis opened before, ends the inner clause; a parenthesis
    that opens and closes inside it does not (*indien de belasting niet meer dan 53 dB (zonder aftrek) bedraagt*)."""
    depth = 0
    for u in tokens:
        if u.text == "(":
            depth += 1
        elif u.text == ")":
            if depth == 0:
                return True
            depth -= 1
        elif u.text == "," and depth == 0:
            return True
    return False


def first_conjunct_end(doc, verb: Token, main: Token, closing: Token) -> Token:
    """Where the bracket of ``verb`` ends when two verbs of it are joined by *en*, *of* or *maar*: at the first
    (*wordt de afronding weergegeven | en met de stippellijn het vervolg geprojecteerd*: the second conjunct leaves
    *wordt* out, and the reader has the first bracket closed after five words). The first is a participle or
    infinitive that the parse hangs under the finite verb or the word it serves as a verb (no object, no noun with
    an article), right before the conjunction."""
    from .passive import looks_like_participle

    if closing.dep_ == "compound:prt":
        return closing  # *treedt ... op*: a participle in between is no part of a particle verb's bracket
    for t in doc[verb.i + 1 : closing.i]:
        if (
            t.pos_ == "VERB"
            and _verb_form(t)  # not a noun the tagger read as a participle (*door lawaai, bouwlampen en ...*)
            and t.head.i in (verb.i, main.i)
            # not a verb used as a noun (*tijdens het opstellen en vaststellen van plannen*)
            and t.dep_ not in ("obl", "obj", "nmod", "nsubj", "nsubj:pass", "iobj")
            and not any(c.dep_ == "det" for c in t.children)
            and not attributive_participle(doc, t)
            and (t.morph.get("VerbForm") in (["Part"], ["Inf"]) or looks_like_participle(t.lower_))
            and doc[t.i + 1].pos_ == "CCONJ"
            and doc[t.i + 1].lower_ in ("en", "of", "maar")
        ):
            return t
    return closing


def attributive_participle(doc, part: Token) -> bool:
    """The participle stands between an article and its noun, after adjectives and adverbs only (*een
    stedenbouwkundig verantwoord en functioneel passende ontwikkeling*): it modifies that noun, it is no verb of
    the bracket, whatever the parse hangs it under. Also ``passive_lookalikes.manner_participle``'s test that a
    later participle is no verb of the clause (*in de hierna beschreven ...*), and ``passive_door_place``'s that
    *te* + an infinitive after an article is an attribute (*het nog te bouwen pand*)."""
    k = part.i - 1
    while k > 0 and doc[k].pos_ in ("ADJ", "ADV"):
        k -= 1
    return doc[k].pos_ == "DET" and k < part.i - 1


def superlative_predicate(verb: Token, closing: Token) -> bool:
    """The participle after *zijn* stands in the superlative (*is de bebouwing ... het meest geconcentreerd*): a
    degree belongs to an adjective, not to an action, so the participle is the predicate of *is*, not the rest of a
    verb group (no passive: *wordt het meest geconcentreerd* is not meant). A copula and its predicate are no verb
    bracket."""
    from .data import word_set

    degree = word_set("grammatica", "superlative_degree")
    # the degree word grades the participle right after it; the parse may hang *het meest* elsewhere, as a fixed
    # phrase under a noun before it
    before = closing.doc[closing.i - 1]
    return verb.lemma_.lower() == "zijn" and (
        before.lower_ in degree or any(c.dep_ == "advmod" and c.lower_ in degree for c in closing.children)
    )
