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
- phrases whose replacement depends on what they mean in the sentence (``lexicons/data/realisatie.toml``,
  *in het kader van*) are advice only.

``None`` means: no fit; the rule turns the alternative into advice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import morphology as m
from .data import load_data, table, word_set
from .realise_verbs import _case, _fit_verb, rewrite_verb_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

FUNCTION_WORDS = word_set("realisatie", "function_words")
REFLEXIVE_WORDS = word_set("realisatie", "reflexives")
CONJUNCTIONS = word_set("realisatie", "conjunctions")
ONLY_AFTER = {k: frozenset(v) for k, v in load_data("realisatie")["only_after"].items()}
GENDER_DETERMINERS = table("realisatie", "gender_determiners")


def context_only() -> frozenset[str]:
    """Terms whose replacement depends on the meaning in the sentence: advice only."""
    return word_set("realisatie", "advice_only")


def offer(
    tokens: Sequence[Token], replacements: Sequence[str], term: str | None = None, verbal: bool = False
) -> tuple[list[str], list[str]]:
    """(replacement texts that fit, in the order of the word list; Dutch advice for the alternatives that do not).
    Call ``stretch(tokens, verbal)`` first: the replacements are for those words."""
    fitting: list[str] = []
    unfit: list[str] = []
    for rep in replacements:
        got = fit(tokens, rep, term, verbal)
        if got is None:
            unfit.append(rep)
        elif got not in fitting:
            fitting.append(got)
    advice = []
    if unfit:
        listed = " of ".join(f"'{u}'" for u in unfit)
        advice.append(f"Herschrijf de zin met {listed}, zodat hij klopt.")
    return fitting, advice


def stretch(tokens: Sequence[Token], verbal: bool = False) -> list[Token]:
    """The words a replacement of a verb phrase stands for: the matched words plus the article of its noun just
    before them (*heeft een besluit genomen*: 'een besluit genomen' → 'besloten', not 'een besloten')."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if len(tokens) < 2 or not (verbal or any(t.pos_ in ("VERB", "AUX") for t in tokens)):
        return tokens
    first = tokens[0]
    if first.pos_ == "NOUN" and first.i > 0:
        det = first.doc[first.i - 1]
        if det.head.i == first.i and det.dep_ == "det" and det.lower_ in ("een", "de", "het"):
            return [det, *tokens]
    return tokens


def fit(
    tokens: Sequence[Token], replacement: str, term: str | None = None, verbal: bool = False
) -> str | None:
    """The replacement inflected to fit the place of ``tokens``, or None when it does not fit (see module doc).
    ``verbal``: the word-list entry is a verb phrase (``verb = ...``)."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    if term is not None and term.lower() in context_only():
        return None
    if term is not None and not _after_the_right_word(tokens, term.lower()):
        return None
    rep = replacement.strip()
    words = rep.split()
    if not words:
        return None
    one_word_verb = (
        term is not None and " " not in term.strip() and any(t.pos_ in ("VERB", "AUX") for t in tokens)
    )
    verbal = verbal or (len(tokens) > 1 and one_word_verb)  # plaatsvinden matched on 'vindt ... plaats'
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
    if low[0] in CONJUNCTIONS:
        # indien → als: only where a whole clause follows (not 'indien noodzakelijk')
        return rep if len(tokens) == 1 and _opens_clause(tokens[0]) else None
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and _content(t)]
    if verbal or (len(tokens) == 1 and verbs and tokens[0].dep_ != "amod"):
        if len(verbs) != 1:
            return None  # no verb, or two: a rewrite, not a swap
        return _fit_verb(tokens, verbs[0], words)
    if len(tokens) == 1:
        t = tokens[0]
        if t.pos_ in ("NOUN", "ADJ", "VERB") and len(low) == 1 and low[0] in FUNCTION_WORDS:
            return None  # het bovenvermelde formulier → het dit formulier
        if t.pos_ == "NOUN" and (_content(t) or "Plur" in t.morph.get("Number")):
            return _fit_noun(tokens, t, words)
        if (t.pos_ == "ADJ" or t.dep_ == "amod") and _content(t):
            return _fit_adjective(t, words)  # de navolgende vragen → de volgende vragen
        return rep  # a word without inflection (gaarne → graag, jegens → tegenover), also when mis-tagged
    last = tokens[-1]
    if last.pos_ == "NOUN" and all(t.pos_ in ("DET", "ADJ", "NUM") for t in tokens[:-1]):
        return _fit_noun(tokens, last, words)  # a noun phrase: its head noun agrees
    return rep  # a fixed phrase: met betrekking tot → over, te allen tijde → altijd, op dit moment → nu


def _in_passive_clause(token: Token) -> bool:
    """The sentence has a passive with *worden* (*wordt ... overschreden*), by the passive detector."""
    from .passive import find_passives

    return any(aux.lemma_.lower() == "worden" for _, aux, _, _ in find_passives(token.sent))


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
    if low[0] == "zich":
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
    finite verb there must be a subject, and no comma."""
    for t in conj.doc[conj.i + 1 : conj.sent.end]:
        if t.is_punct:
            return False
        clause_end = t.i + 1 >= len(t.doc) or t.doc[t.i + 1].is_punct
        if _finite(t) or (t.pos_ in ("VERB", "AUX") and clause_end):  # alhoewel de kosten stijgen,
            between = conj.doc[conj.i + 1 : t.i]
            return any(w.pos_ in ("PRON", "NOUN", "PROPN") for w in between)
    return False


def _finite(t: Token) -> bool:
    """A finite verb, also one the tagger missed (*wilt* taken for a noun): a present form with -t or a past form
    of a known verb, not after an article (*het plan* is no verb)."""
    if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
        return True
    if t.i > 0 and t.doc[t.i - 1].pos_ == "DET":
        return False
    low = t.lower_
    return any(
        low != lemma and low in {m.present(lemma, "Sing", 2), m.present(lemma, "Sing", 3), m.past(lemma)}
        for lemma, _ in m.lemmas(low, "VERB")
    )


# ---------------------------------------------------------------------------------------------------------------
# nouns and adjectives


def _determiner_gender(noun: Token) -> str | None:
    """The gender that the words before a singular noun show: *het*/*dit*/*dat* → het, *de*/*deze*/*die* → de,
    *een groot* → het, *een grote* → de; None when nothing shows it."""
    for c in noun.children:
        if c.i > noun.i:
            continue
        if c.dep_ == "det" and c.lower_ in GENDER_DETERMINERS:
            return GENDER_DETERMINERS[c.lower_]
    indefinite = any(c.dep_ == "det" and c.lower_ in ("een", "geen", "elk", "ieder") for c in noun.children)
    for c in noun.children:
        if c.dep_ == "amod" and c.i < noun.i and c.pos_ == "ADJ" and indefinite:
            base = c.lemma_.lower()
            if m.attributive(base) != base:
                return "de" if c.lower_ == m.attributive(base) else "het"
    return None


def _is_plural(noun: Token) -> bool:
    """Plural by the dictionary (*stakeholders* → stakeholder + s), not by the tagger alone (it takes *jegens*
    for a plural noun)."""
    low = noun.lower_
    return any(
        lemma != low and low == m.plural(lemma) and not _a_plural(lemma) for lemma, _ in m.lemmas(low, "NOUN")
    )


def _a_plural(word: str) -> bool:
    """*krachten* is itself the plural of *kracht*: *krachtens* is no plural of it."""
    return any(lemma != word and word == m.plural(lemma) for lemma, _ in m.lemmas(word, "NOUN"))


def _fit_noun(tokens: Sequence[Token], noun: Token, words: list[str]) -> str | None:
    head = words[-1].lower()
    if _is_plural(noun):
        form = m.plural(head)
        if m.zipf(form) < 2.0 or head in FUNCTION_WORDS or not m.lemmas(head, "NOUN"):
            return None  # a plural Dutch text does not use, or no noun to make plural: advice
        words = [*words[:-1], _case(form, words[-1])]
        if len(words) > 1:
            words = _inflect_modifiers(words, True, None)
            if words is None:
                return None
        return " ".join(words)
    shown = _determiner_gender(noun)
    if shown is not None:
        gender = m.article(head)
        if gender != shown:
            return None  # het plan → het aanpak; or a noun whose gender is not known
    return " ".join(words)  # singular: the replacement as the word list gives it


def _inflect_modifiers(words: list[str], plural: bool, article: str | None) -> list[str] | None:
    """*betrokken partij* → *betrokken partijen*: adjectives before the head noun take -e where it belongs;
    other words (prepositions, articles) make the phrase too free to inflect safely."""
    head = words[-1].lower()
    out = []
    for w in words[:-1]:
        lw = w.lower()
        if lw in m.known_adjectives() or lw.endswith(("end", "ig", "lijk", "isch", "baar", "loos")):
            want_e = m.needs_e(article, m.article(head), "Plur" if plural else "Sing")
            out.append(_case(m.attributive(lw) if want_e and lw != m.attributive(lw) else lw, w))
        else:
            return None
    return [*out, words[-1]]


def _fit_adjective(adj: Token, words: list[str]) -> str | None:
    if len(words) != 1:
        return None  # integrale aanpak → 'als geheel aanpak': a phrase cannot take the adjective's place
    word = words[0].lower()
    text = adj.lower_
    lemma = adj.lemma_.lower()
    degree = (adj.morph.get("Degree") or ["Pos"])[0]
    bases = {lemma, text[:-1], *(b for b, _ in m.lemmas(text, "ADJ"))} - {text}
    # inflected: the word is the -e form of an adjective Dutch text knows (navolgend-e; not teneind-e)
    inflected = text.endswith("e") and any(
        m.attributive(b) == text and (b in m.known_adjectives() or m.zipf(b) >= 1.0) for b in bases
    )
    if degree == "Cmp":
        form = m.comparative(word) + ("e" if inflected else "")
    elif degree == "Sup":
        form = m.superlative(word) + ("e" if inflected else "")
    else:
        form = m.attributive(word) if inflected else word
    if form != word and m.zipf(form) < 2.5:
        return None  # hieronder → 'hierondere', om → 'omme': not an adjective that takes -e
    return _case(form, words[0])
