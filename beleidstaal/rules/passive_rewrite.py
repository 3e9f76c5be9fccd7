"""The active rewrite of a passive clause (BT301, BT302): *Er wordt door de gemeente ingezet op* → *De gemeente
zet in op* (part of ``rules/passive.py``). The parts of the active clause are built in ``passive_phrases``; the
checks that the rewrite may be offered and keeps the words and their order are in ``passive_guards``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language import morphology
from ..language.clause_check import keeps_modals, same_words
from ..language.data import word_set
from ..language.grammar import (
    INSEPARABLE,
    MODAL_FORMS,
    MODALS,
    MODALS_PAST,
    infinitive,
    present,
    split_particle,
)
from ..language.keys import PARTICLES
from ..language.misspelling import misspelt_participle
from ..language.names import capital_elsewhere
from ..language.passive import (
    aux_kind,
    expletive,
    find_agent,
    subject,
)
from ..language.passive_agent import agent_tokens, no_doer
from ..language.words import tokens_text
from .passive_guards import (
    _cut_preposition,
    _keeps_the_words,
    _named_actor,
    _one_part,
    _plain_agent,
    _plain_order,
    not_an_actor,
    te_infinitive,
)
from .passive_phrases import (
    CUT_DEPS,
    OBJECT_PRONOUN,
    SUBJECT_PRONOUN,
    _agent_phrase,
    _clause_tokens,
    _middle,
    _object_phrase,
)

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


PAST_FORMS = word_set("grammatica", "past_aux_forms")
WH_WORDS = word_set("grammatica", "wh_words")
SUBORDINATE_DEPS = ("advcl", "ccomp", "acl", "acl:relcl", "csubj", "xcomp")
MAX_REWRITE_WORDS = 30


def rewrite(
    verb: Token, pass_aux: Token, auxes: list[Token], actor: tuple[str, bool] | None = None
) -> tuple[str, list[Token]] | None:
    """The clause in the active voice and the tokens it replaces; None when the clause is too tangled or nobody
    is known who does it (no door-phrase and no ``actor``), or the door-phrase names a law or plan."""
    if verb.dep_ == "acl":
        return None  # een besluit genomen: the clause is spread over the noun and the auxiliary
    shares_subject = any(
        c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_.startswith("nsubj") for g in c.children)
        for c in verb.children
    )
    if verb.dep_ == "conj" or shares_subject:
        # ... en wordt beheerd door X (its subject stands in the clause before); is opgesteld door X en
        # opgenomen in bijlage 1 (X did not put it there): the other verb of the pair keeps the passive
        return None
    clause = _clause_tokens(verb)
    if not clause:
        return None
    ids = [t.i for t in clause]
    if ids != list(range(ids[0], ids[-1] + 1)):
        return None
    end = clause[-1].i + 1
    if (
        end == verb.sent.end
        and end < len(verb.doc)
        and not (verb.doc[end].is_punct or verb.doc[end].is_space)
    ):
        return None  # ... uitgevoerd door BMA Milieu | B.V.: the sentence was cut inside a name
    rest_of_sentence = verb.doc[clause[-1].i + 1 : verb.sent.end]
    joined = [t for t in rest_of_sentence if not t.is_punct][:1]
    if (
        joined
        and joined[0].lower_ in ("en", "of")
        and any("Part" in t.morph.get("VerbForm") for t in rest_of_sentence)
        and not any("Fin" in t.morph.get("VerbForm") for t in rest_of_sentence)
    ):
        return (
            None  # is door het bureau uitgevoerd, en als bijlage opgenomen: the bureau did not do the second
        )
    if (
        len(rest_of_sentence) > 1
        and rest_of_sentence[0].lower_ in ("en", "of")
        and any(t.lower_ == "door" for t in rest_of_sentence)
    ):
        return (
            None  # wordt enerzijds bepaald door A en anderzijds door B: the second actor would be left behind
        )
    sent = verb.sent
    agent = find_agent(verb)
    subj = subject(verb, auxes)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ != "er"]
    if any(c.dep_ == "cc" and c.i < verb.i for c in verb.children):
        return None  # door de klant | en | de medewerker: a conjunction the parse hung on the verb
    if len(subjects) > 1 and (subj is None or _cut_preposition(subj) is None):
        return None  # two subjects: the parse split a phrase, the rewrite would move half of it
    if subj is not None and _cut_preposition(subj) is not None:
        # Naar aanleiding van het overleg is er ... een onderzoek uitgevoerd: the parse gave the verb two subjects,
        # the first inside the fronted phrase; the other one is the subject, the phrase stays whole and first
        subj = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i != subj.i and c.lower_ != "er"
            ),
            None,
        )
        if subj is None:
            return None
    if subj is None and _lost_subject(verb, pass_aux):
        return None  # Staatsbosbeheer wordt door de provincie gesubsidieerd, parsed as obl: no 'X subsidieert de ...'
    er = expletive(verb, auxes)
    modals = sorted(
        (a for a in auxes if a.lemma_.lower() in MODALS or a.lower_ in MODAL_FORMS), key=lambda a: a.i
    )
    modal = modals[0] if modals else None
    # zal ... verwerkt kunnen worden: the first modal is finite, the others stay as infinitives in the cluster
    more_modals = [_modal_lemma(a) for a in modals[1:]]
    if any(m is None or m != a.lower_ for m, a in zip(more_modals, modals[1:], strict=True)):
        return None  # a second finite modal: two clauses, or a parse the rewrite cannot trust
    if te_infinitive(pass_aux, auxes):
        return None  # om ... te worden vastgesteld: no finite verb to rewrite
    finite = modal or next(
        (a for a in auxes if "Fin" in a.morph.get("VerbForm") or a.morph.get("Tense")), pass_aux
    )
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    # welke: a relative pronoun the tagger does not mark as one (de lijst welke is opgesteld door ...)
    relative = subj is not None and ("Rel" in subj.morph.get("PronType") or subj.lower_ == "welke")
    wh_lead = any(
        t.lower_.startswith("waar") or "Int" in t.morph.get("PronType") or t.lower_ in WH_WORDS
        for t in clause[:3]
    )
    subordinate = (
        mark is not None
        or relative
        or verb.dep_ == "acl:relcl"
        or (verb.dep_ in ("advcl", "ccomp", "acl", "csubj") and wh_lead)
    )
    if agent is not None and (
        not_an_actor(agent) or no_doer(agent) or not _named_actor(agent) or not _plain_agent(agent)
    ):
        return None
    who = _agent_phrase(agent, actor)
    if who is None:
        return None
    agent_text, plural = who
    before = verb.doc[clause[0].i - 1] if clause[0].i > 0 else None
    if (
        not subordinate
        and before is not None
        and not (before.is_punct or before.is_space or before.pos_ == "CCONJ")
    ):
        # De Nota | Wonen is door de raad vastgesteld: words before the clause that the parse left out, or a
        # sentence the splitter cut in two; the rewrite would take the name apart
        return None
    if not subordinate and verb.dep_ not in ("ROOT", "parataxis"):
        return None  # a clause inside another whose conjunction the parse did not find: no main-clause order
    obj = _object_phrase(None if relative else subj, sent.start)
    if obj is None:
        return None  # De Bilt ...: an article that may be part of a name cannot lose its capital safely
    obj_text, obj_tokens = obj
    past = pass_aux.lower_ in PAST_FORMS or "Past" in pass_aux.morph.get("Tense")
    lemma = infinitive(verb)
    # a participle written with a typing error (*is gemaakd*) goes into the rewrite spelt right (*heeft gemaakt*)
    written = morphology.participle(lemma) if misspelt_participle(verb.lower_) else verb.text
    prt, base = split_particle(lemma, verb.lower_)
    if not prt and morphology.separable(lemma):
        prt, base = morphology.separable(lemma)  # uitbetaald: no ge after the particle, still separable
    if prt.startswith(INSEPARABLE) and any(prt.endswith(p) and len(prt) - len(p) >= 2 for p in PARTICLES):
        # her- before a separable verb (herinrichten, heropbouwen): Dutch uses it as infinitive and participle; a
        # finite form in a main clause has no settled shape (not *richt ... herin*), so no rewrite
        return None

    used = {verb.i, pass_aux.i, *(a.i for a in auxes)}
    used |= {t.i for t in obj_tokens}
    if agent is not None:
        used |= {t.i for t in agent_tokens(agent)}
    if er is not None:
        used.add(er.i)
    if mark is not None:
        used.add(mark.i)
    if relative and subj is not None:
        used.add(subj.i)
    for c in verb.children:
        # op de hoogte brengen: a preposition with its own words is no particle
        if c.dep_ == "compound:prt" and not any(g.dep_ == "fixed" for g in c.children):
            used.add(c.i)
            prt = prt or c.lower_
    rest = [t for t in clause if t.i not in used]
    if sum(1 for t in clause if t.lemma_.lower() == "worden" or t.lower_ in ("wordt", "werd", "werden")) > 1:
        return None  # two forms of worden: another clause's verb (wordt een gebied waar ... wordt gedeeld)
    if any(t.dep_ in ("conj",) and t.head.i == verb.i for t in rest):
        return None
    if any(
        t.i < verb.i
        and (aux_kind(t) or t.lower_ in MODAL_FORMS)
        and t.head.i in (verb.i, *(a.i for a in auxes))
        for t in rest
    ):
        return None  # an auxiliary the rewrite cannot place
    inner = {
        t.i for c in verb.children if c.dep_ in SUBORDINATE_DEPS or c.dep_ in CUT_DEPS for t in c.subtree
    }
    if any(
        t.i not in inner and (t.pos_ == "AUX" or ("Fin" in t.morph.get("VerbForm") and t.pos_ == "VERB"))
        for t in rest
    ):
        return None  # another finite verb in the same stretch: the parse is too uncertain for a rewrite
    # the verb cluster of the active clause
    pluperfect = past and aux_kind(pass_aux) == "zijn"
    hebben = ("hadden" if plural else "had") if pluperfect else ("hebben" if plural else "heeft")
    if modal is not None and any(infinitive(a) == "hebben" for a in auxes):
        return None  # had gerepareerd moeten worden: 'moet repareren' would lose the past (it did not happen)
    if modal is not None:
        table = (
            MODALS_PAST
            if "Past" in modal.morph.get("Tense")
            or modal.lower_ in ("moest", "kon", "zou", "mocht", "wilde", "moesten", "konden", "zouden")
            else MODALS
        )
        m = table[modal.lemma_.lower() if modal.lemma_.lower() in table else MODAL_FORMS[modal.lower_]][
            1 if plural else 0
        ]
        perfect = aux_kind(pass_aux) == "zijn" and not any(aux_kind(a) == "worden" for a in auxes)
        if perfect and more_modals:
            return None  # zal moeten zijn vastgesteld: a cluster too rare to place with confidence
        finite_word = m
        sub_cluster = [m, "hebben", written] if perfect else [m, *more_modals, lemma]
        final_main = ["hebben", written] if perfect else [*more_modals, lemma]
    elif aux_kind(pass_aux) == "worden" and pass_aux.lower_ != "geworden":
        # werd vastgesteld → stelde vast; wordt vastgesteld → stelt vast
        number = "Plur" if plural else "Sing"
        finite_word = morphology.past(base, number) if past else present(base, plural)
        final_main = [prt] if prt else []
        sub_cluster = [prt + finite_word] if prt else [finite_word]
    else:
        finite_word = hebben
        final_main = [written]
        sub_cluster = [hebben, written]
    question = (
        not subordinate
        and finite.i == sent.start
        and sent[-1].text == "?"
        and not wh_lead
        and clause[0].i == finite.i
    )
    if not subordinate and not question and clause[0].i == finite.i:
        return (
            None  # is in 2019 vastgesteld door de raad: a main clause without its first part (cut off before)
        )
    topic: list[Token] = []
    if not subordinate and not question:
        topic = [t for t in rest if t.i < finite.i]
        if all(t.is_punct for t in topic):
            topic = []
    if any(t.text in ",;:()[]\"'“”‘’*`" or t.text.startswith("`") for t in clause[:-1]):
        return None  # commas, brackets and quotes inside the clause: parts the rewrite cannot place safely
    door = agent_tokens(agent)[0] if agent is not None else None
    cluster = {pass_aux.i, *(a.i for a in auxes)}
    between = (
        [t for t in verb.doc[verb.i + 1 : door.i] if not t.is_punct and t.i not in cluster] if door else []
    )
    if door is not None and door.i > verb.i and between:
        return (
            None  # is gerekend met de gegevens per weg door de gemeente: the door-phrase may be the phrase's
        )
    if (
        not subordinate
        and door is not None
        and door.i < finite.i
        and door.i > sent.start
        and door.doc[door.i - 1].pos_ == "NOUN"
    ):
        return None  # Na vaststelling door de raad wordt ...: the door-phrase belongs to the noun before it
    if topic and any(t.i < finite.i for t in obj_tokens):
        return (
            None  # Het voorgenomen | bouwplan zal ...: two parts before the finite verb, the parse split one
        )
    if topic and not _one_part(topic):
        return None  # the words before the finite verb are not one whole part of the parse: too uncertain
    if topic and not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADV", "ADP") for t in topic):
        return None  # het voorgenomen (woningbouwplan): part of the subject taken for the first part
    if agent is None and not _plain_order(clause, obj_tokens, mark, subordinate):
        return None  # an actor the sentence does not name goes only into a plainly built clause
    mid = [t for t in rest if t not in topic and t.i < verb.i]
    post = [t for t in rest if t not in topic and t.i > verb.i]
    parts: list[str] = []
    if subordinate:
        if mark is not None:
            parts.append(mark.text)
        if relative and subj is not None:
            parts.append(subj.text)
        if mark is None and not relative:
            # a wh-clause keeps its question phrase first: op welke wijze ..., waarom ...
            anchors = [
                t.i for t in (*obj_tokens, *([agent] if agent is not None else []), *([er] if er else []))
            ]
            first_anchor = min(anchors) if anchors else finite.i
            lead = [t for t in mid if t.i < min(first_anchor, finite.i)]
            mid = [t for t in mid if t not in lead]
            parts.append(tokens_text(lead))
        parts += [agent_text, *_middle(obj_text, obj_tokens, mid, subj), *sub_cluster, tokens_text(post)]
    else:
        if question:
            parts += [finite_word, agent_text]  # Wordt het plan vastgesteld? → Stelt de raad het plan vast?
        elif topic:
            parts += [tokens_text(topic), finite_word, agent_text]
        else:
            parts += [agent_text, finite_word]
        parts += [*_middle(obj_text, obj_tokens, mid, subj), *final_main, tokens_text(post)]
    parts = [p.strip(" ,;") for p in parts]
    text = " ".join(p for p in parts if p).strip()
    if len(text.split()) > MAX_REWRITE_WORDS:
        return None  # too long to be a useful rewrite; the short advice is clearer
    text = " ".join(text.split())
    if not _keeps_the_words(clause, text, {verb.i, pass_aux.i, *(a.i for a in auxes)}, er, agent, pass_aux):
        return None  # a word of the clause went missing or the passive auxiliary stayed: a parse error
    new_words = sub_cluster if subordinate else [finite_word, *final_main]
    if agent is None:
        new_words = [*new_words, agent_text]  # the actor from the settings
    verbs = {verb.i, pass_aux.i, *(a.i for a in auxes)}
    verbs |= {c.i for c in verb.children if c.dep_ == "compound:prt" and c.i in used}
    if not same_words(
        [t.text for t in clause if t.i not in verbs],
        text,
        added=new_words,
        dropped=(["door"] if agent is not None else []) + ([er.text] if er is not None else []),
        free={*SUBJECT_PRONOUN, *OBJECT_PRONOUN, *SUBJECT_PRONOUN.values(), *OBJECT_PRONOUN.values()},
    ):
        return None  # a word of the clause said twice, or one lost: the realiser cannot vouch for it
    if not keeps_modals([a.text for a in modals], text):
        return None  # zal ... kunnen worden → zal ...: every modal of the cluster stays
    if clause[0].i == sent.start or (
        clause[0].i > sent.start
        and sent.doc[clause[0].i - 1].is_punct
        and sent.doc[clause[0].i - 1].text in ".!?:"
    ):
        text = text[:1].upper() + text[1:]
    elif _after_list_mark(clause[0]):
        # a list item: - Evides wordt door de provincie betaald → - De provincie betaalt Evides
        text = text[:1].upper() + text[1:]
    return text, clause


#: marks that open an item of a list at the start of a line
LIST_MARKS = frozenset({"-", "–", "•", "*"})


def _after_list_mark(tok: Token) -> bool:
    """The token follows a list mark that opens a line, the text or a sentence (the reader may have joined the
    lines of a list: *... gecontroleerd. - Evides wordt ...*)."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text not in LIST_MARKS:
        return False
    mark = doc[tok.i - 1]
    if mark.i == 0 or mark.is_sent_start:
        return True
    prev = doc[mark.i - 1]
    return prev.is_space or "\n" in prev.text_with_ws or prev.text in (".", "!", "?", ":", ";")


def _modal_lemma(token: Token) -> str | None:
    low = token.lemma_.lower()
    return low if low in MODALS else MODAL_FORMS.get(token.lower_)


def _lost_subject(verb: Token, pass_aux: Token) -> bool:
    """The passive has no subject and the sentence opens with a bare name or noun (no article, no preposition) that
    the parse hung on the verb as something else (*Staatsbosbeheer wordt door de provincie gesubsidieerd*: *obl*):
    it is the passive's subject, and a rewrite that keeps it first would make it the doer."""
    from ..language.data import word_set

    # the first word, past a list mark or an opening quote (*- Vitens wordt ...*)
    first = next((t for t in verb.sent if not (t.is_punct or t.is_space)), verb.doc[verb.sent.start])
    if first.head.i != verb.i or first.i >= pass_aux.i or first.dep_ == "obl:agent":
        return False
    if any(c.dep_ in ("case", "det") for c in first.children):
        return False
    if first.pos_ == "ADV":
        return _name_read_as_adverb(first)
    # a bare noun of time is an adverb (*Maandag wordt door de raad vergaderd*: 'Maandag vergadert de raad')
    return first.pos_ in ("NOUN", "PROPN") and first.lower_ not in word_set("grammatica", "time_adverb_nouns")


def _name_read_as_adverb(first: Token) -> bool:
    """A capitalised first word the tagger called an adverb is a name (*Vitens wordt door de gemeente
    gecontroleerd*) when it is rare as a word (an adverb that opens a sentence is common: *Vervolgens*, *Jaarlijks*)
    or the text writes it with a capital elsewhere, inside a sentence. A rare adverb read as a name only loses the
    rewrite; the advice stays."""
    if not first.text[:1].isupper() or first.text.isupper():
        return False
    return morphology.zipf(first.lower_) < _RARE_ADVERB or capital_elsewhere(first)


#: below this Zipf frequency a capitalised first "adverb" is taken for a name (names of water and energy companies
#: lie at 2.0-2.9; the adverbs that open policy sentences at 3.8 and more; rarer ones such as *eertijds* lose a rewrite)
_RARE_ADVERB = 3.0
