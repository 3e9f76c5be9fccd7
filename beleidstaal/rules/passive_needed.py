"""A duty whose subject is the thing the rule asks for (*er dient akoestisch onderzoek te worden uitgevoerd*,
*moeten compenserende maatregelen worden genomen*): the advice may say what is needed, without a doer.

Editors of eight judged sheets (agree18, blind2, blind4, blind7, blind9, blind10, blind20, new22) rewrote such
sentences as 'er is ... nodig' (*dan is een m.e.r.-procedure nodig*, *zijn maatregelen nodig*, *is geen afstand
nodig*), also where they judged the finding right: who must act is worth asking, and where that does not matter
(a rule for anyone), 'nodig' says the duty in fewer words. It fits only where the verb just makes or does the
subject (``requirement_verbs``: *uitvoeren, nemen, doorlopen, opstellen*) and the subject is new, not a thing
already there (*een*, *geen*, a number, an adjective or a plural: *de beplanting moet worden gecontroleerd* is
not 'de beplanting is nodig').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language.words import tokens_text

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token

#: longest subject (in words) the example quotes; a longer one gets no example
NEEDED_WORDS = 6


def what_is_needed(verb: Token, pass_aux: Token, auxes: list[Token]) -> str | None:
    """'Er is een m.e.r.-procedure nodig.' for a duty passive without a door-phrase (the caller checks both) whose
    verb is a verb of making or doing and whose subject is a new thing; None for another shape: a negation in the
    clause (*hoeft niet te worden uitgevoerd*, *moet in geen geval*), *hoeven* without *geen* in the subject,
    *geen* after *moeten* or *dienen* (a ban), a question, a phrase of how or where after a bare or first-placed
    subject (*dakkapellen moeten in donkere kleuren ...*), a definite, pronoun,
    name or question-word subject (*welke stappen*), a bare singular noun alone (*rekening*, *gebruik*: part of
    an idiom), or a subject that is long, holds a verb or punctuation."""
    from ..language.data import word_set
    from ..language.grammar import infinitive
    from ..language.number import phrase_plural
    from ..language.passive import subject

    if infinitive(verb) not in word_set("lijdende_vorm", "requirement_verbs"):
        return None
    if any(t.text == "?" for t in verb.sent):
        return None  # moet er een onderzoek worden uitgevoerd?: a statement would answer the question
    # (a passive participle takes no object: an 'obj' is the subject the parser mislabelled, as after *hoeven*)
    subj = subject(verb, auxes) or next((c for c in verb.children if c.dep_ == "obj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.dep_ == "csubj:pass" or subj.i > verb.i:
        return None
    if verb.dep_ in ("advcl", "acl", "acl:relcl") or any(
        c.dep_ == "mark" and c.lower_ not in ("te", "dat") for c in verb.children
    ):
        return None  # indien er ... worden aangelegd, dient te worden aangetoond: the duty is another verb's
    words = list(subj.subtree)
    doc = verb.doc
    quantity = word_set("lijdende_vorm", "requirement_quantity_words")
    while words[0].i > verb.sent.start and doc[words[0].i - 1].lower_ in quantity:
        words.insert(0, doc[words[0].i - 1])  # minimaal twee parkeerplaatsen: hung on the verb
    before = doc[words[0].i - 1] if words[0].i > verb.sent.start else None
    if before is not None and (
        before.pos_ in ("ADP", "DET")
        or (before.pos_ in ("NOUN", "PROPN") and (before.text[:1].isupper() or before.head.i == subj.i))
        or (before.pos_ == "ADJ" and before.head.pos_ == "NOUN")
    ):
        return None  # ten behoeve van een inpassing, het Besluit ruimtelijke ordening: part of another phrase
    if subj.lemma_.lower() in word_set("lijdende_vorm", "requirement_idiom_nouns"):
        return None  # geen rekening houden, gebruik maken: the noun is part of the verb
    if any(
        c.pos_ == "ADJ" and c.dep_ in ("advmod", "xcomp", "obl", "amod") and c.lower_ not in quantity
        for c in verb.children
    ):
        return None  # woningen moeten duurzaam worden gebouwd: the duty is how, not whether
    clause = " " + " ".join(t.lower_ for t in verb.subtree) + " "
    if any(f" {phrase} " in clause for phrase in word_set("lijdende_vorm", "requirement_idiom_phrases")):
        return None  # ter hand nemen, in acht nemen, in stand houden: the phrase is part of the verb
    if any(t.i > verb.i and t.lower_ in ("die", "dat", "welke") for t in verb.subtree):
        return None  # geen werkzaamheden ... die de resten aantasten: the subject's clause after the verb
    # (a participle before the noun is an adjective: *aanvullende maatregelen*, *bestaande bomen*)
    # (the parse may label it 'case': *compenserende maatregelen*)
    adjective = [
        t for t in words if t.pos_ == "ADJ" or (t.pos_ == "VERB" and t.head.i == subj.i and t.i < subj.i)
    ]
    if len(words) > NEEDED_WORDS or any(
        t.is_punct or (t.pos_ in ("VERB", "AUX", "PRON") and t not in adjective) for t in words
    ):
        return None
    lead = next(t for t in words if t.lower_ not in quantity)  # the word that opens the noun phrase
    first = lead.lower_
    openers = word_set("lijdende_vorm", "requirement_openers")
    plural = phrase_plural(subj)
    bare_plural = plural and lead.i == subj.i  # maatregelen (no word before the noun)
    if first not in openers and not lead.like_num and lead not in adjective and not bare_plural:
        return None  # de beplanting, welke stappen, al het mogelijke; rekening (houden), gebruik (maken)
    # a phrase between the subject and the verb: after a subject that names any such thing (a bare noun, or one
    # that opens its clause: *dakkapellen moeten in donkere kleuren worden uitgevoerd*, *een aanbouw moet met een
    # plat dak ...*) the phrase is the duty (how, where, when), not that the thing must come; after a new thing in
    # the middle of the clause (*dient een parkeerplaats op eigen terrein te worden gerealiseerd*) it belongs to
    # what is needed: 'Er is een parkeerplaats op eigen terrein nodig'
    between = [c for c in verb.children if c.dep_.startswith("obl") and words[-1].i < c.i < verb.i]
    if between:
        prev = doc[words[0].i - 1] if words[0].i > verb.sent.start else None
        if lead in adjective or bare_plural or prev is None or prev.is_punct or prev.dep_ in ("mark", "cc"):
            return None
        extra = sorted((t for c in between for t in c.subtree), key=lambda t: t.i)
        span = words + extra
        if (
            [t.i for t in span] != list(range(span[0].i, span[-1].i + 1))
            or len(span) > 2 * NEEDED_WORDS
            or any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") for t in extra)
        ):
            return None
        words = span
    heads = [verb, pass_aux, *auxes, *(a.head for a in auxes), verb.head]
    # the finite verb: the first of the verb group other than the passive 'worden' (an infinitive after a modal,
    # often tagged finite), and not the verb of another clause the passive hangs on (*blijkt dat ...*)
    modals = word_set("lijdende_vorm", "duty_modals") | word_set("lijdende_vorm", "possibility_modals")
    group = [a for a in auxes if a.i != pass_aux.i] + [a.head for a in auxes if a.head.i != verb.i]
    group += [verb.head] if verb.head.lower_ in modals or verb.head.lemma_.lower() in modals else []
    finite = sorted(
        (h for h in group if "Fin" in h.morph.get("VerbForm") and h.morph.get("Number")), key=lambda t: t.i
    )
    if not group and "Fin" in pass_aux.morph.get("VerbForm"):
        finite = [pass_aux]
    if finite and ("Plur" in finite[0].morph.get("Number")) != plural:
        return None  # dient in de aangewezen gevallen een onderzoek ...: the subject must agree with the verb
    near = {c.lower_ for h in heads for c in h.children}
    if near & {"niet", "nooit", "nergens"}:
        return None  # hoeft niet te worden doorlopen: 'er is ... nodig' would say the opposite
    if any(
        c.dep_.startswith(("obl", "advmod")) and any(t.lower_ == "geen" for t in c.subtree)
        for h in heads
        for c in h.children
        if c.i not in {t.i for t in subj.subtree}
    ):
        return None  # moet in geen geval worden aangelegd: a ban, not a need
    if any(t.lower_ == "geen" and t.i != lead.i for t in words):
        return None  # een weg in geen geval: the parse hung the ban on the subject
    hoeven = any(h.lemma_.lower() == "hoeven" or h.lower_ in ("hoeft", "hoeven") for h in heads)
    if hoeven != (first == "geen"):
        # hoeft alleen een melding te worden gedaan: 'alleen' belongs to the duty; moet geen weg worden
        # aangelegd: a ban ('er is geen weg nodig' says it is not needed; that is 'hoeft geen')
        return None
    if words[0].i > verb.sent.start and doc[words[0].i - 1].lower_ == "nog":
        # hoeven nog geen maatregelen: 'er zijn nog geen maatregelen nodig'
        words.insert(0, doc[words[0].i - 1])
    text = tokens_text(words)
    if words[0].pos_ != "PROPN" and not words[0].text.isupper():
        text = text[:1].lower() + text[1:]
    return f"Er {'zijn' if plural else 'is'} {text} nodig."


def needed_terms(needed: str) -> tuple[str, str]:
    """How the message and advice ask for ``needed``: ('moet doen', 'nodig'); for 'Er is geen ... nodig' (after
    *hoeft geen*, nobody has to do anything) ('niet hoeft te doen', 'niet nodig')."""
    return ("niet hoeft te doen", "niet nodig") if "geen" in needed.split()[2:4] else ("moet doen", "nodig")
