"""Realising a replacement in its sentence: a word-list alternative is offered as replacement text only when it fits.

``fit(tokens, replacement)`` takes the matched words (parsed tokens, one continuous stretch) and an alternative in
its dictionary form (*belanghebbende*, *samenhangend*, *maken*, *mogelijk maken*), inflects it to the features of
the words it replaces (number, person, tense, participle, attributive -e, degree) with ``morphology``, and checks
the sentence it makes:

- agreement: a singular noun under *de*/*het*/*dit*/*dat*/*deze*/*die* or an adjective whose -e depends on the
  gender keeps its gender (*het plan* → not *het aanpak*); unknown gender where it matters is no fit;
- word order: a verb replacement that splits (a separable verb, or a verb with its own complement such as
  *mogelijk maken*) fits where the verb stands at the end (subordinate clause, participle, infinitive), not as the
  finite verb of a main clause (*Wij faciliteren dit* → *Wij maken dit mogelijk* needs two places changed);
- nothing dangles: no particle, *zich* or *te* left behind from the old verb (*de school bevindt zich* →
  not *de school is zich*), no *te* before a verb that would need it inside (*vast te stellen*);
- no second clause: a conjunction such as *indien* is replaced only when it opens a clause with a finite verb
  (*Indien noodzakelijk* → no *Als noodzakelijk*);
- a word class that cannot stand in the place (an article for an adjective: *het bovenvermelde formulier* →
  not *het dit formulier*);
- entries whose replacement depends on what they mean in the sentence (``replace = false`` in the word list:
  *in het kader van*, *afstemming*) are advice only: ``offer(..., replace=False)``.

``None`` means: no fit; the rule turns the alternative into advice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import morphology as m
from .data import load_data, table, word_set
from .grammar import verb_stem
from .realise_nouns import _fit_adjective, _fit_noun, _without_e, attributive_noun, regendered_phrase
from .realise_verbs import (
    _case,
    _fit_verb,
    _infinitive_or_participle,
    _split_replacement,
    rewrite_verb_phrase,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

FUNCTION_WORDS = word_set("realisatie", "function_words")
REFLEXIVE_WORDS = word_set("realisatie", "reflexives")
CONJUNCTIONS = word_set("realisatie", "conjunctions")
COORDINATORS = word_set("realisatie", "coordinators")
POSTNOMINAL = word_set("realisatie", "postnominal")
ONLY_AFTER = {k: frozenset(v) for k, v in load_data("realisatie")["only_after"].items()}
ONLY_BEFORE = {k: frozenset(v) for k, v in load_data("realisatie")["only_before"].items()}
CLAUSE_WORDS = word_set("realisatie", "clause_words")
REFLEXIVE_PRONOUNS = frozenset({"zich", "zichzelf"})
WITH_ARTICLE = word_set("realisatie", "with_article")
NEEDS_DETERMINER = word_set("realisatie", "needs_determiner")
NOT_AFTER = {k: frozenset(v) for k, v in load_data("realisatie")["not_after_class"].items()}
COMMA_BEFORE = word_set("realisatie", "comma_before")
SUBORDINATE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj"})
POINT_IN_TIME = table("realisatie", "point_in_time")
STARTING_VERBS = word_set("realisatie", "starting_verbs")
STARTING_VERBS_WITH = table("realisatie", "starting_verbs_with")


def offer(
    tokens: Sequence[Token],
    replacements: Sequence[str],
    term: str | None = None,
    verbal: bool = False,
    replace: bool = True,
) -> tuple[list[str], list[str]]:
    """(replacement texts that fit, in the order of the word list; Dutch advice for the alternatives that do not).
    Call ``stretch(tokens, verbal)`` first: the replacements are for those words. ``replace=False``: the entry's
    alternatives depend on the meaning in the sentence, so they are only advice."""
    if not replace:
        return [], [choice_advice(replacements)] if replacements else []
    fitting: list[str] = []
    unfit: list[str] = []
    for rep in replacements:
        got = fit(tokens, rep, term, verbal)
        if got is None:
            unfit.append(rep)
        elif got not in fitting:
            fitting.append(got)
    return fitting, rewrite_advice(unfit)


def rewrite_advice(unfit: Sequence[str]) -> list[str]:
    """Advice for the alternatives that do not drop in."""
    if not unfit:
        return []
    listed = " of ".join(f"'{u}'" for u in unfit)
    return [f"Herschrijf de zin met {listed}, zodat hij klopt."]


def cut_advice(tokens: Sequence[Token], advice: Sequence[str]) -> list[str]:
    """'Schrappen' on a word whose preposition follows it would leave that preposition behind (*Er is sprake van
    overlast* → not *Er is van overlast*): the advice names both words (*Schrap 'sprake van'*)."""
    if not tokens:
        return list(advice)
    last = max(tokens, key=lambda t: t.i)
    after = last.nbor() if last.i + 1 < len(last.doc) else None
    # a noun and the preposition right after it: the parser hangs 'van overlast' on the verb or on the noun, but
    # without the noun it dangles either way
    if after is None or after.pos_ != "ADP" or last.pos_ not in ("NOUN", "PROPN"):
        return list(advice)
    first = min(tokens, key=lambda t: t.i)
    words = last.doc[first.i : after.i + 1].text
    return [f"schrap '{words}'" if a.strip().lower() in ("schrappen", "schrap") else a for a in advice]


def choice_advice(replacements: Sequence[str]) -> str:
    """Advice for alternatives that only the writer can choose between: what fits depends on the meaning."""
    listed = " of ".join(f"'{r}'" for r in replacements)
    return f"Kies een gewoner woord dat hier past, zoals {listed}."


def stretch(tokens: Sequence[Token], verbal: bool = False, term: str | None = None) -> list[Token]:
    """The words a replacement of a verb phrase stands for: the matched words plus the article of its noun just
    before them (*heeft een besluit genomen*: 'een besluit genomen' → 'besloten', not 'een besloten'); likewise
    *een* before a word listed in ``with_article`` (*een tweetal bezwaren* → *twee bezwaren*)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if term is not None and term.lower() in WITH_ARTICLE and len(tokens) == 1 and tokens[0].i > 0:
        det = tokens[0].doc[tokens[0].i - 1]
        if det.lower_ == "een" and det.head.i == tokens[0].i:
            return [det, *tokens]
    if len(tokens) < 2 or not (verbal or any(t.pos_ in ("VERB", "AUX") for t in tokens)):
        return tokens
    first = tokens[0]
    if first.pos_ == "NOUN" and first.i > 0:
        det = first.doc[first.i - 1]
        if det.head.i == first.i and det.dep_ == "det" and det.lower_ in ("een", "de", "het"):
            return [det, *tokens]
    return tokens


def with_comma(tokens: Sequence[Token], term: str | None) -> list[Token] | None:
    """*de bouw, alsmede de aanleg* → *de bouw en de aanleg*: a word listed in ``comma_before`` with the comma
    before it and the word before that, when the comma only served that word: no earlier comma in the sentence
    (it might close an insertion that one opened: *het plan, daterend uit 2014, alsmede ...*), no subordinate
    clause that it closes (a finite verb of a relative or other dependent clause before it) and no list after it
    (a comma, *en* or *of* after the word: then the comma marks the top split). The replacement then
    stands for all three (the word before, kept, and the replacement). None otherwise."""
    if term is None or term.lower() not in COMMA_BEFORE or len(tokens) != 1:
        return None
    word = tokens[0]
    start = word.sent.start
    if word.i - 2 < start or word.doc[word.i - 1].text != ",":
        return None
    prev = word.doc[word.i - 2]
    if prev.is_punct and prev.text != ")":
        return None
    if any(t.text in (",", ";") or t.lower_ in ("en", "of") for t in word.doc[word.i + 1 : word.sent.end]):
        return None  # 'wonen, alsmede wegen, tuinen en water': the comma marks the top split of a nested list
    before = word.doc[start : word.i - 1]
    if any(t.text in (",", ";", ":", "(", "–") for t in before):
        # 'het plan, daterend uit 2014, alsmede ...': the comma may close an insertion an earlier one opened
        return None
    if any(t.pos_ in ("VERB", "AUX") and _finite(t) and t.dep_ in SUBORDINATE_DEPS for t in before):
        # 'de regels die eisen stellen, alsmede de algoritmen': the comma closes a subordinate clause; without it
        # 'en de algoritmen' would join that clause
        return None
    return [prev, word.doc[word.i - 1], word]


def widen(
    tokens: Sequence[Token], term: str | None, replacements: Sequence[str], fitting: Sequence[str]
) -> tuple[list[Token], list[str], list[str] | None] | None:
    """The words around a match that a replacement needs to change too, the texts for them and the alternatives
    that still do not fit: the comma before *alsmede* (``with_comma``), or the determiner and adjectives of a noun
    whose replacement has the other gender (``regendered_phrase``: *de algemene doelstelling* → *het algemene
    doel*). None when nothing is widened."""
    if fitting:
        wider = with_comma(tokens, term)
        return None if wider is None else (wider, [f"{wider[0].text} {f}" for f in fitting], None)
    if len(tokens) != 1 or tokens[0].pos_ not in ("NOUN", "PROPN"):
        return None
    found: list[str] = []
    unfit: list[str] = []
    words: list[Token] | None = None
    for rep in replacements:
        # (a replacement that fails for another reason than its gender stays unfit)
        got = regendered_phrase(tokens[0], rep.split()) if fit(tokens, rep, term, any_gender=True) else None
        if got is not None and (words is None or got[0] == words):
            words = got[0]
            found.append(got[1])
        else:
            unfit.append(rep)
    return None if words is None else (words, found, unfit)


def fit(
    tokens: Sequence[Token],
    replacement: str,
    term: str | None = None,
    verbal: bool = False,
    any_gender: bool = False,
) -> str | None:
    """The replacement inflected to fit the place of ``tokens``, or None when it does not fit (see module doc).
    ``verbal``: the word-list entry is a verb phrase (``verb = ...``). ``any_gender``: a noun of another gender
    than its determiner shows fits (``widen`` rewrites the determiner)."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    if term is not None and not _after_the_right_word(tokens, term.lower()):
        return None
    rep = replacement.strip()
    words = rep.split()
    if not words or "..." in rep or "…" in rep:
        return None  # a pattern the writer fills in (om ... te voorkomen): not text that drops in
    if any(w.lower() in REFLEXIVE_PRONOUNS for w in words):
        return None  # zich inzetten: its pronoun needs a place of its own (spant zich in → not 'zet zich zich in')
    if term is not None and not _before_the_right_word(tokens, term.lower()):
        return None
    # met dien verstande dat → op voorwaarde dat: a conjunction phrase for one that ends in the same word
    same_end = len(words) > 1 and words[-1].lower() == tokens[-1].lower_
    if _repeats_a_neighbour(tokens, words) or _a_clause(words[:-1] if same_end else words):
        return None
    if term is not None and term.lower() in POINT_IN_TIME and _comes_into_force(tokens):
        # met ingang van 1 januari in werking treden → op 1 januari (a point in time), not 'vanaf'
        return _case(POINT_IN_TIME[term.lower()], rep)
    if _said_elsewhere(tokens, words):
        return None  # De impact ... heeft grote invloed → not 'De invloed ... heeft grote invloed'
    if term is not None and term.lower() in WITH_ARTICLE and _subject_of_a_singular_verb(tokens):
        return None  # er wordt een tweetal gebieden onderscheiden → not 'wordt twee gebieden'
    one_word_verb = (
        term is not None and " " not in term.strip() and any(t.pos_ in ("VERB", "AUX") for t in tokens)
    )
    verbal = verbal or (len(tokens) > 1 and one_word_verb)  # plaatsvinden matched on 'vindt ... plaats'
    if verbal and len(tokens) > 1 and tokens[0].lower_ in REFLEXIVE_PRONOUNS and _indefinite_after(tokens[0]):
        # dat zich geen water in de kelder bevindt → not 'dat geen water in de kelder is': an indefinite subject
        # there needs 'er' (dat er geen water ... is), which 'zich' stood in for
        return None
    if verbal and len(tokens) > 1:
        # a verb phrase, also one with other words in between: rewritten as the whole stretch
        return rewrite_verb_phrase(tokens, words)
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None  # words with other words between them: not one place to put text
    low = [w.lower() for w in words]
    if _dangles(tokens, low):
        return None
    if low == ["door"] and _in_passive_clause(tokens[0]):
        return None  # als gevolg van → door: in a passive clause 'door' reads as who does it
    if len(tokens) > 1 and low[-1] != "van" and _followed_by(tokens, "van"):
        return None  # ter plaatse van het plangebied → not 'daar van het plangebied': the phrase goes on
    if term is not None and _after_a_class(tokens[0], NOT_AFTER.get(term.lower(), frozenset())):
        return None  # ouderen in het bijzonder → not 'ouderen vooral'; worden dan wel gesteld → not 'of'
    if term is not None and term.lower() in NEEDS_DETERMINER and not _has_determiner(tokens[-1]):
        return None  # op eenvoudige wijze → not 'op eenvoudige manier': the new word needs 'een'
    if low == ["om"]:
        # teneinde → om: only before its own 'te' + infinitive (teneinde misbruik te voorkomen), whatever the tagger
        # took 'teneinde' for
        return _case(low[0], words[0]) if _te_infinitive_follows(tokens[-1]) else None
    if len(tokens) == 1 and tokens[0].lower_ in POSTNOMINAL and _after_its_noun(tokens[0]):
        return None  # in een omvang zodanig dat → not 'in een omvang zo dat'
    if len(low) == 1 and low[0] in COORDINATORS and _subordinator(tokens[-1]):
        return None  # met dien verstande dat er ... zijn toegestaan → not 'maar er ... zijn toegestaan' (needs V2)
    if low[0] == "en" and _zowel_before(tokens[0]):
        return None  # zowel voor de woningen alsmede voor de tuinen → not 'zowel ... en': the pair is 'zowel ... als'
    if len(tokens) == 1 and len(low) == 1 and low[0] in ("wat", "dat", "die") and _relative(tokens[0]):
        return rep if _relative_fits(tokens[0], low[0]) else None
    if low[0] in CONJUNCTIONS:
        # indien → als: only where a whole clause follows (not 'indien noodzakelijk')
        # (and only on the conjunction itself: not on 'indienen', a verb the matcher took for a form of it)
        one = len(tokens) == 1 and (term is None or tokens[0].lower_ == term.lower())
        return rep if one and _opens_clause(tokens[0]) else None
    if len(tokens) == 1 and len(words) == 1 and tokens[0].pos_ == "NOUN" and attributive_noun(tokens[0]):
        return _fit_adjective(
            tokens[0], words
        )  # aard van voorgenomen ontwikkeling: a participle the tagger missed
    if len(tokens) == 1 and len(words) == 1:
        words = [_without_e(tokens[0], words[0])]
        rep = words[0]
    if (
        len(tokens) == 1
        and term is not None
        and (
            _infinitive_or_participle(tokens[0].lower_, term.lower())
            or (tokens[0].pos_ in ("ADV", "PROPN") and _present_singular(tokens[0].lower_, term.lower()))
        )
        and not any(c.dep_ == "det" for c in tokens[0].children)  # de bedragen: a noun
    ):
        # bezien, ontvangen: a verb whatever the tagger took it for (Bezien first in a sentence is tagged as a
        # name); its place tells infinitive from participle
        return _fit_verb(tokens, tokens[0], words)
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and _content(t)]
    if verbal or (len(tokens) == 1 and verbs and tokens[0].dep_ != "amod"):
        if len(verbs) != 1:
            return None  # no verb, or two: a rewrite, not a swap
        return _fit_verb(tokens, verbs[0], words)
    if len(tokens) == 1:
        t = tokens[0]
        if t.pos_ in ("NOUN", "ADJ", "VERB") and len(low) == 1 and low[0] in FUNCTION_WORDS:
            return None  # het bovenvermelde formulier → het dit formulier
        if t.pos_ == "NOUN" and term is not None and _a_verb_as_noun(t, term.lower()):
            return None  # de bedragen (amounts) is no form of the verb bedragen: its replacement 'zijn' is no noun
        if _part_of_a_compound(t):
            return None  # security issues → not 'beveiliging issues': the words belong together
        if t.pos_ == "NOUN" and (_content(t) or "Plur" in t.morph.get("Number")):
            return _fit_noun(tokens, t, words, term, any_gender)
        if t.pos_ == "PROPN" and term is not None and " " not in term and t.lower_ != term.lower():
            return _fit_noun(
                tokens, t, words, term, any_gender
            )  # Stakeholders first in a line, tagged as a name
        if (t.pos_ == "ADJ" or t.dep_ == "amod") and _content(t):
            return _fit_adjective(t, words)  # de navolgende vragen → de volgende vragen
        if t.pos_ in ("VERB", "AUX") and _split_replacement(words) is not None:
            return None  # a verb whose form the dictionary does not know (medegedeeld): no uninflected verb
        return rep  # a word without inflection (gaarne → graag, jegens → tegenover), also when mis-tagged
    finite = [
        t for t in tokens if t.pos_ in ("VERB", "AUX") and set(t.morph.get("VerbForm")) & {"Fin", "Inf"}
    ]
    if len(finite) == 1 and _split_replacement(words) is not None:
        # zijn gelegen → liggen: the verb of the phrase gives the replacement its form (het plan ligt)
        return _fit_verb(tokens, finite[0], words)
    last = tokens[-1]
    if last.pos_ == "NOUN" and all(t.pos_ in ("DET", "ADJ", "NUM") for t in tokens[:-1]):
        return _fit_noun(tokens, last, words, term, any_gender)  # a noun phrase: its head noun agrees
    return rep  # a fixed phrase: met betrekking tot → over, te allen tijde → altijd, op dit moment → nu


def _present_singular(form: str, term: str) -> bool:
    """*beziet* is a present singular of *bezien* (whatever the tagger took it for)."""
    return (
        term in m.known_verbs()
        and form != term
        and form in {m.present(term, "Sing", p) for p in ("1", "2", "3")}
    )


def _subject_of_a_singular_verb(tokens: Sequence[Token]) -> bool:
    """*een tweetal* as the subject of a singular verb (*wordt een tweetal gebieden onderscheiden*): the plural
    numeral would need the verb in the plural too."""
    for t in tokens:
        if not t.dep_.startswith("nsubj"):
            continue
        verb = t.head
        finite = [
            v
            for v in (verb, *verb.children)
            if v.pos_ in ("VERB", "AUX") and "Fin" in v.morph.get("VerbForm")
        ]
        return any("Sing" in v.morph.get("Number") for v in finite)
    return False


def _in_passive_clause(token: Token) -> bool:
    """The sentence has a passive, by the passive detector: with *worden* (*wordt ... overschreden*) or with *zijn*
    (*zijn hogere waarden vastgesteld*). Verbs that take *zijn* without being passive (*zijn er bomen omgewaaid*,
    where 'door de storm' is right) are in ``zijn_verbs`` of ``data/grammatica.toml``. The whole sentence counts, not
    the clause: the parse of long sentences often hangs the phrase on the wrong verb, and advice is the safe side."""
    from .passive import find_passives

    return any(True for _ in find_passives(token.sent))


def _comes_into_force(tokens: Sequence[Token]) -> bool:
    """The phrase hangs on a verb of coming into force (``starting_verbs``: *ingaan*, *gaat ... in*, *treedt ... in
    werking*, *wordt ... van kracht*)."""
    verb = tokens[0].head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() in STARTING_VERBS:
        return True
    needed = STARTING_VERBS_WITH.get(verb.lemma_.lower())
    return needed is not None and any(c.lower_ == needed for c in verb.children)


def _after_the_right_word(tokens: Sequence[Token], term: str) -> bool:
    """A phrase listed in ``only_after`` fits only after one of its words, or at the start of a sentence."""
    words = ONLY_AFTER.get(term)
    if words is None:
        return True
    first = min(tokens, key=lambda t: t.i)
    if first.is_sent_start or first.i == 0:
        return True
    before = first.doc[first.i - 1]
    return before.lower_ in words or before.lemma_.lower() in words


def _before_the_right_word(tokens: Sequence[Token], term: str) -> bool:
    """A word listed in ``only_before`` fits only before one of its words (*gedurende de bouw*, not *gedurende
    zes weken*)."""
    words = ONLY_BEFORE.get(term)
    if words is None:
        return True
    last = max(tokens, key=lambda t: t.i)
    return last.i + 1 < len(last.doc) and last.doc[last.i + 1].lower_ in words


def _after_a_class(first: Token, classes: frozenset[str]) -> bool:
    """The word before is of one of the classes: a UPOS tag, FIN for a finite verb, START for none (the first
    word of the sentence), or the word itself in lower case (*maar* before *dan wel*)."""
    if not classes:
        return False
    if first.i == first.sent.start:
        return "START" in classes
    prev = first.doc[first.i - 1]
    return (
        prev.pos_ in classes
        or prev.lower_ in classes
        or ("FIN" in classes and prev.pos_ in ("VERB", "AUX") and _finite(prev))
    )


def _after_its_noun(word: Token) -> bool:
    """*zodanig* straight after a noun and before *dat*: it grades the noun (*een omvang zodanig dat*)."""
    doc = word.doc
    return (
        word.i > word.sent.start
        and doc[word.i - 1].pos_ in ("NOUN", "PROPN")
        and word.i + 1 < len(doc)
        and doc[word.i + 1].lower_ == "dat"
    )


def _subordinator(token: Token) -> bool:
    """*dat*, *of*, *omdat* ...: the word opens a subordinate clause (its finite verb stands at the end)."""
    return token.pos_ == "SCONJ" or token.lower_ in CONJUNCTIONS or token.lower_ in ("dat", "of")


def _has_determiner(noun: Token) -> bool:
    return any(c.dep_ in ("det", "nmod:poss") and c.i < noun.i for c in noun.children)


def _followed_by(tokens: Sequence[Token], word: str) -> bool:
    last = max(tokens, key=lambda t: t.i)
    return last.i + 1 < len(last.doc) and last.doc[last.i + 1].lower_ == word


def _repeats_a_neighbour(tokens: Sequence[Token], words: list[str]) -> bool:
    """The replacement would say a word twice: *wordt aangemerkt als* → not *wordt gezien als als*, *de betrokken
    partijen* → not *de de betrokkenen*."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    doc = first.doc
    before = doc[first.i - 1].lower_ if first.i > 0 else ""
    after = doc[last.i + 1].lower_ if last.i + 1 < len(doc) else ""
    return words[0].lower() == before or words[-1].lower() == after


def _said_elsewhere(tokens: Sequence[Token], words: list[str]) -> bool:
    """A noun or adjective of the replacement would stand twice in one phrase: as the subject and the object of
    one verb (*De impact van de bouw heeft grote invloed* → not *De invloed ... heeft grote invloed*), or as an
    adjective beside the noun of its own verb (*de voorgenomen plannen* → not *de geplande plannen*). The same word
    in another phrase or clause is no fault (*het doel van de toets is ... dat de doelen ...*). A one-word adverb
    that its clause has already (*tevens* → *ook* beside another *ook*) is said twice too."""
    first = min(tokens, key=lambda t: t.i)
    ids = {t.i for t in tokens}
    said = set()  # the replacement's words, and their lemmas with their word class
    for w in words:
        low = w.lower()
        if len(low) < 4 or low in FUNCTION_WORDS:
            continue
        said |= {low, *((lemma, pos) for lemma, pos in m.lemmas(low) if pos in ("NOUN", "ADJ"))}
        # a participle and the noun of its verb: 'de voorgenomen plannen' → not 'de geplande plannen'
        for lemma, _pos in m.lemmas(low, "VERB"):
            said |= {(lemma, "NOUN"), (verb_stem(lemma), "NOUN")}
    anchor = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), first)
    adverbs = {w.lower() for w in words if w.lower() not in FUNCTION_WORDS}
    for t in first.sent:
        # tevens → ook beside another 'ook' in its clause: 'wordt ook afgerond, ook een plek'
        one_adverb = len(words) == 1 and t.i not in ids and t.pos_ == "ADV" and t.lower_ in adverbs
        if one_adverb and _clause_verb(t) == _clause_verb(anchor):
            return True
        if t.i in ids or t.pos_ not in ("NOUN", "ADJ"):
            continue
        if not (t.lower_ in said or (t.lemma_.lower(), t.pos_) in said):
            continue
        if t.i == anchor.head.i or t.head.i == anchor.i:
            return True  # the adjective and its noun
        verb = _argument_of(anchor)
        if verb is not None and verb == _argument_of(t):
            return True  # two arguments of one verb
    return False


def _clause_verb(word: Token) -> int:
    """The index of the verb whose clause holds ``word``: the first verb up its heads (the sentence root if none)."""
    t = word
    for _ in range(len(word.sent)):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:pass", "cop") or t.head.i == t.i:
            return t.i
        t = t.head
    return t.i


def _argument_of(word: Token) -> int | None:
    """The verb of which ``word`` is the subject or object (its index), else None."""
    if word.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj") and word.head.pos_ in ("VERB", "AUX"):
        return word.head.i
    return None


def _relative(word: Token) -> bool:
    """A relative pronoun: by the tagger, or one of the old ones whatever the tagger says (*Hetgeen u vraagt*)."""
    return word.lower_ in ("hetgeen", "hetwelk", "welke", "dewelke") or "Rel" in word.morph.get("PronType")


def _zowel_before(word: Token) -> bool:
    """*zowel* earlier in the sentence with no *als* since: the second half of the pair is still to come."""
    for t in reversed(list(word.doc[word.sent.start : word.i])):
        if t.lower_ == "als":
            return False
        if t.lower_ == "zowel":
            return True
    return False


def _relative_fits(pronoun: Token, word: str) -> bool:
    """A relative pronoun for *hetgeen*/*welke* agrees with what it refers to: after a noun *die* (a de-word or a
    plural) or *dat* (a het-word); after a clause or with nothing before it *wat* (*De weg gaat dicht, wat overlast
    geeft*; *Wat u vraagt*)."""
    from .number import noun_plural

    before = [t for t in pronoun.doc[pronoun.sent.start : pronoun.i] if not t.is_punct]
    noun = before[-1] if before and before[-1].pos_ in ("NOUN", "PROPN") else None
    if noun is None:
        return word == "wat"
    if word == "wat":
        return False  # een programma, hetgeen ... → not 'wat': the pronoun refers to the noun
    gender = "de" if noun_plural(noun) else m.article(noun.lower_)
    return gender is not None and word == ("die" if gender == "de" else "dat")


def _indefinite_after(word: Token) -> bool:
    """The word after ``word`` opens an indefinite noun phrase: *geen*, *een*, a number, or a noun without an
    article (*water*, *bomen*)."""
    doc = word.doc
    if word.i + 1 >= len(doc):
        return False
    nxt = doc[word.i + 1]
    if nxt.lower_ in ("geen", "een", "enkele", "veel", "weinig", "meerdere") or nxt.like_num:
        return True
    return nxt.pos_ == "NOUN" and not _has_determiner(nxt)


def _a_clause(words: list[str]) -> bool:
    """A replacement that is a clause of its own (*hoe mooi een plek is*, *zorgt dat het blijft*, *een oplossing
    die past*) does not take the place of a word: the sentence around it must be rebuilt."""
    return len(words) > 2 and any(w.lower() in CLAUSE_WORDS for w in words[1:])


def _a_verb_as_noun(token: Token, term: str) -> bool:
    """A verb entry (*bedragen*, *verzoeken*) matched on a noun that is no form of the verb: a plural or a noun
    with *de* (*de bedragen*, *de verzoeken*); a nominal infinitive (*het verzoeken*) is the verb."""
    if " " in term or term not in m.known_verbs():
        return False
    if token.lower_ != term or "Plur" in token.morph.get("Number"):
        return True
    return any(c.dep_ == "det" and c.lower_ in ("de", "deze", "die") for c in token.children)


def _part_of_a_compound(token: Token) -> bool:
    """A word written apart from the word it forms one name with (*security issues*, *maatwerk rapportages*)."""
    if token.pos_ not in ("NOUN", "PROPN", "X"):
        return False
    if token.dep_ in ("compound", "flat"):
        return True
    return any(c.dep_ in ("compound", "flat") and c.pos_ in ("NOUN", "PROPN", "X") for c in token.children)


def _content(token: Token) -> bool:
    """The word is a noun, adjective or verb by the dictionary too: *jegens*, *gaarne* and *nopens* are not,
    whatever the tagger says."""
    pos = "VERB" if token.pos_ == "AUX" else token.pos_
    if pos == "ADJ" or token.dep_ == "amod":
        return bool(m.lemmas(token.lower_, "ADJ")) or bool(m.lemmas(token.lower_, "VERB"))
    if m.lemmas(token.lower_, pos):
        return True
    # a verb the dictionary does not list (faciliteren): its form must follow from the tagger's lemma
    lemma = token.lemma_.lower()
    return pos == "VERB" and lemma.endswith("en") and token.lower_ in m.forms(lemma, "VERB")


# ---------------------------------------------------------------------------------------------------------------


def _dangles(tokens: Sequence[Token], low: list[str]) -> bool:
    """A particle or reflexive pronoun of the old words that stays behind (*zet ... in* → *gebruikt ... in*,
    *de school bevindt zich* → *de school is zich*), or a reflexive verb as replacement (its pronoun needs a
    place of its own: a rewrite, not a swap)."""
    if low[0] in ("zich", "zichzelf"):
        return True
    ids = {t.i for t in tokens}
    for t in tokens:
        for c in t.children:
            if c.i in ids:
                continue
            if c.dep_ == "compound:prt" or c.dep_ == "expl:pv":
                return True
            if c.lower_ in REFLEXIVE_WORDS and "Yes" in c.morph.get("Reflex"):
                return True
    return False


def _opens_clause(conj: Token) -> bool:
    """*indien* opens a clause with a subject and a finite verb (*indien u bezwaar wilt maken*), not an ellipsis
    (*indien noodzakelijk nemen wij ...*, *indien van toepassing, ...*): between the conjunction and the first
    finite verb there must be a subject, and no comma; an adjective or participle straight after it, not before a
    noun, is the whole clause (*indien mogelijk met de fiets*, *indien gewenst kunt u*); and a finite verb after
    another conjunction belongs to that clause (*indien mogelijk ... komen zodat de straat vrij blijft*)."""
    doc = conj.doc
    if _an_ellipsis(doc[conj.i + 1 : conj.sent.end]):
        return False
    for t in doc[conj.i + 1 : conj.sent.end]:
        if t.is_punct or (t.dep_ == "mark" and t.head.pos_ in ("VERB", "AUX") and t.head.i > conj.i):
            return False  # (not 'als' before a noun: aangezien zij als bedrijf worden gezien)
        clause_end = t.i + 1 >= len(t.doc) or t.doc[t.i + 1].is_punct
        if _finite(t) or (t.pos_ in ("VERB", "AUX") and clause_end):  # alhoewel de kosten stijgen,
            between = conj.doc[conj.i + 1 : t.i]
            return any(w.pos_ in ("PRON", "NOUN", "PROPN") for w in between)
    return False


def _te_infinitive_follows(last: Token) -> bool:
    """*te* and an infinitive follow in the same clause, with no finite verb before them."""
    doc = last.doc
    for t in doc[last.i + 1 : last.sent.end]:
        if t.is_punct or _finite(t):
            return False
        if t.lower_ == "te" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("VERB", "AUX"):
            return True
    return False


def _an_ellipsis(after: Sequence[Token]) -> bool:
    """The words after a conjunction start with an adjective or participle that stands alone (*mogelijk met*,
    *gewenst kunt*, *nodig terug*), not one before a noun (*nieuwe woningen*) or before the clause's own finite
    verb (*gebouwd wordt*)."""
    if not after:
        return False
    first = after[0]
    if not (first.pos_ == "ADJ" or (first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm"))):
        return False
    if len(after) == 1:
        return True
    nxt = after[1]
    if nxt.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
        return False
    return not (nxt.pos_ in ("VERB", "AUX") and _finite(nxt) and _clause_ends_after(nxt))


def _clause_ends_after(t: Token) -> bool:
    return t.i + 1 >= len(t.doc) or t.doc[t.i + 1].is_punct


def _finite(t: Token) -> bool:
    """A finite verb, also one the tagger missed (*wilt* taken for a noun): a present form with -t or a past form
    of a known verb, not after an article (*het plan* is no verb)."""
    if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
        return True
    if t.i > 0 and t.doc[t.i - 1].pos_ == "DET":
        return False
    if (
        t.pos_ == "ADP"
        or t.dep_ == "compound:prt"
        or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "te")
    ):
        return False  # uit de wijk, uit te voeren: 'uit' is a preposition or particle, not a form of 'uiten'
    low = t.lower_
    return any(
        low != lemma and low in {m.present(lemma, "Sing", 2), m.present(lemma, "Sing", 3), m.past(lemma)}
        for lemma, _ in m.lemmas(low, "VERB")
    )


# ---------------------------------------------------------------------------------------------------------------
# nouns and adjectives
