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

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import morphology as m
from .data import load_data, table, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

FUNCTION_WORDS = word_set("realisatie", "function_words")
REFLEXIVE_WORDS = word_set("realisatie", "reflexives")
CONJUNCTIONS = word_set("realisatie", "conjunctions")
ONLY_AFTER = {k: frozenset(v) for k, v in load_data("realisatie")["only_after"].items()}
GENDER_DETERMINERS = table("realisatie", "gender_determiners")
SUBJECT_PERSON = {w: tuple(v.split()) for w, v in table("realisatie", "subject_person").items()}


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


# ---------------------------------------------------------------------------------------------------------------
# verbs


def _clause_is_subordinate(verb: Token) -> bool:
    if verb.dep_ in ("acl:relcl", "acl"):
        return True
    for c in verb.children:
        if c.dep_ == "mark":
            return True
        if "Rel" in c.morph.get("PronType") and c.i < verb.i:
            return True
    return False


def _subject(verb: Token) -> Token | None:
    heads = [verb, verb.head] if verb.dep_.startswith("aux") or verb.dep_ == "cop" else [verb]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubj:pass", "expl"):
                return c
    return None


def _split_replacement(words: list[str]) -> tuple[list[str], str, list[str]] | None:
    """(words before the verb, verb lemma, words after it) of a verb replacement: *maken* → ([], maken, []);
    *mogelijk maken* → (['mogelijk'], maken, []); *zorgen voor* → ([], zorgen, ['voor']); None without a verb."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower()
        if w.endswith("n") and (w in m.known_verbs() or (w, "VERB") in m.lemmas(w, "VERB")):
            return words[:i], w, words[i + 1 :]
    return None


def _inflected_verb(verb: Token, lemma: str) -> tuple[str, str] | None:
    """(place, form): ``lemma`` in the form of ``verb``; place is ``inf``, ``part``, ``main`` (finite verb of a
    main clause) or ``sub`` (finite verb at the end of a subordinate clause). None when it cannot be made."""
    feats = verb.morph.to_dict()
    verb_form = feats.get("VerbForm", "Fin" if feats.get("Tense") else "")
    if verb_form == "Inf" and _looks_finite(verb):
        verb_form, feats = "Fin", {**feats, "Number": "Plur", "Tense": "Pres"}  # wij faciliteren
    if verb_form == "Inf":
        return "inf", lemma
    if verb_form == "Part":
        part = m.participle(lemma)
        if not part or _perfect_aux_differs(verb, lemma):
            return None
        if verb.lower_.endswith("e") and not verb.lower_.endswith("en") and not part.endswith("en"):
            part += "e"  # de gerealiseerde woningen → de gebouwde woningen
        return "part", part
    if verb_form != "Fin":
        return None
    number = feats.get("Number", "Sing")
    person, inverted = "3", False
    subj = _subject(verb)
    if subj is not None and subj.lower_ in SUBJECT_PERSON:
        person, number = SUBJECT_PERSON[subj.lower_]
        inverted = subj.i > verb.i and subj.lower_ in ("je", "jij")
    place = "sub" if _clause_is_subordinate(verb) else "main"
    if feats.get("Tense") == "Past":
        return place, (m.past(lemma, number) if place == "sub" or not m.separable(lemma) else "")
    if place == "main" and m.separable(lemma):
        return place, ""  # the caller splits it
    return place, m.present(lemma, number, person, inverted=inverted)


def _fit_verb(tokens: Sequence[Token], verb: Token, words: list[str]) -> str | None:
    split = _split_replacement(words)
    if split is None:
        return None
    before, lemma, after = split
    got = _inflected_verb(verb, lemma)
    if got is None:
        return None
    place, form = got
    sep = m.separable(lemma)
    doc = verb.doc
    if place == "inf" and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "te" and (before or sep):
        return None  # te mogelijk maken, te vaststellen: 'te' belongs inside
    # main clause: the finite verb stands second; a replacement with words before its verb, or a separable one,
    # would need a second place (Wij faciliteren dit → Wij maken dit mogelijk)
    if place == "main" and (before or sep or tokens[0].i != verb.i):
        return None
    return _join(before, form, after, words)


def rewrite_verb_phrase(tokens: Sequence[Token], words: list[str]) -> str | None:
    """A verb phrase spread over the sentence (*neemt morgen een besluit*, *brengen het plan tot uitvoering*,
    *heeft zorg gedragen voor*) rewritten as the whole stretch from its first to its last word: the new verb in the
    old one's form and place, the words in between kept (*besluit morgen*, *voeren het plan uit*, *heeft gezorgd
    voor*). None when a word in between belongs to the noun that goes away (*een grote bijdrage*): its meaning
    would be lost."""
    split = _split_replacement(words)
    if split is None:
        return None
    before, lemma, after = split
    matched = {t.i for t in tokens}
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    doc = verb.doc
    stretch = list(doc[tokens[0].i : tokens[-1].i + 1])
    nouns = [t for t in tokens if t.pos_ == "NOUN"]
    drop = set(matched)
    for n in nouns:
        for c in n.children:
            if c.i < tokens[0].i and c.dep_ in ("det", "amod", "nummod", "nmod:poss"):
                return None  # een [grote] besluit: a word of the noun outside the stretch would dangle
            if c.i in matched or not (tokens[0].i <= c.i <= tokens[-1].i):
                continue
            if c.dep_ == "det" and c.lower_ in ("een", "de", "het"):
                drop.add(c.i)
            else:
                return None  # een grote bijdrage leveren → bijdragen: 'grote' would be lost
    keep = [t for t in stretch if t.i not in drop]
    if any(t.is_punct for t in keep):
        return None
    got = _inflected_verb(verb, lemma)
    if got is None:
        return None
    place, form = got
    kept = [t.text for t in keep]
    sep = m.separable(lemma)
    if place == "main":
        if stretch[0].i != verb.i:
            return None
        if sep:
            finite = m.present(sep[1], *_number_person(verb)) if form == "" else form
            if "Past" in verb.morph.get("Tense"):
                finite = m.past(sep[1], _number_person(verb)[0])
            return " ".join([finite, *kept, *before, sep[0], *after])
        return " ".join([form, *kept, *before, *after])
    if verb.i != stretch[-1].i and after and stretch[-1].pos_ != "ADP":
        return None
    return " ".join([*kept, *before, form, *after])


def _number_person(verb: Token) -> tuple[str, str]:
    number = (verb.morph.get("Number") or ["Sing"])[0]
    subj = _subject(verb)
    if subj is not None and subj.lower_ in SUBJECT_PERSON:
        person, number = SUBJECT_PERSON[subj.lower_]
        return number, person
    return number, "3"


def _looks_finite(verb: Token) -> bool:
    """A plural present tense looks like an infinitive (*wij faciliteren*); with a subject of its own and no
    auxiliary or *te* it is the finite verb."""
    children = list(verb.children)
    has_subject = any(c.dep_ in ("nsubj", "nsubj:pass") for c in children)
    has_aux = any(c.dep_ in ("aux", "aux:pass", "cop") or c.lower_ == "te" for c in children)
    return has_subject and not has_aux and verb.dep_ not in ("xcomp", "csubj")


def _perfect_aux_differs(verb: Token, lemma: str) -> bool:
    """*is gestegen* → *is toegenomen* fits; *is gestegen* → *is verhoogd* changes the sentence (zijn or hebben)."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() in ("zijn", "hebben")), None)
    if aux is None:
        return False
    zijn_verbs = word_set("grammatica", "zijn_verbs")
    old = verb.lemma_.lower() in zijn_verbs
    return old != (lemma in zijn_verbs)


def _join(before: list[str], form: str, after: list[str], words: list[str]) -> str | None:
    written = words[len(before)]
    if form != written.lower() and m.zipf(form) == 0:
        return None  # a form Dutch text does not use: more likely a wrong guess than a rare word
    return " ".join([*before, _case(form, written), *after])


def _case(form: str, written: str) -> str:
    """The replacement's own capitals (a name stays a name); the rule gives it the capital of the sentence."""
    if written[:1].isupper() and not written.isupper():
        return form[:1].upper() + form[1:]
    return form


# ---------------------------------------------------------------------------------------------------------------
# checking a rewritten clause


@functools.lru_cache(maxsize=4096)
def check_clause(text: str, model: str | None = None) -> bool:
    """Parse a rewritten clause again and check it: no word twice in a row (*wij wij*), a finite verb, and in its
    place: first in a question (*Stelt de raad het plan vast?*), after the conjunction or relative word and the
    rest of the clause in a subordinate clause, second in a main clause (after one whole part: *Morgen stelt de
    raad ...*, *De raad stelt ...*; not *De raad over het plan spreekt*); and a subject that agrees with it.
    The answer depends on the text alone, so it is remembered: the language server checks the whole document
    again after every pause in typing, and each rewrite costs a run of the pipeline (about 10 ms)."""
    from ..model import load_model

    words = text.lower().split()
    if any(a == b for a, b in zip(words, words[1:], strict=False)):
        return False
    doc = load_model(model)(text)
    tokens = [t for t in doc if not t.is_punct]
    finite = [t for t in tokens if "Fin" in t.morph.get("VerbForm") or _finite(t)]
    if not tokens or not finite:
        return False
    f = finite[0]
    first = tokens[0]
    subordinate = first.dep_ == "mark" or first.pos_ == "SCONJ" or "Rel" in first.morph.get("PronType")
    if subordinate:
        # the finite verb comes after the subject and the object
        if any(t.dep_ in ("nsubj", "obj") and t.i > f.i and t.head.i == f.i for t in tokens):
            return False
    elif f.i != first.i:
        before = [t for t in tokens if t.i < f.i]
        ids = {t.i for t in before}
        roots = [t for t in before if t.head.i not in ids or t.head.i == t.i]
        if len(roots) != 1:
            return False  # two parts before the finite verb of a main clause
        if f.i == tokens[-1].i and len(before) > 2:
            return False  # De raad over het plan spreekt: the verb of a main clause at its end
    return _agrees(f)


def _agrees(f: Token) -> bool:
    subj = next((c for c in f.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None and f.dep_.startswith("aux"):
        subj = next((c for c in f.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None:
        return True
    verb_number = (f.morph.get("Number") or [None])[0]
    if subj.lower_ in SUBJECT_PERSON:
        subj_number = SUBJECT_PERSON[subj.lower_][1]
    else:
        subj_number = (subj.morph.get("Number") or [None])[0]
        if any(c.dep_ == "conj" for c in subj.children):
            subj_number = "Plur"
    return verb_number is None or subj_number is None or verb_number == subj_number
