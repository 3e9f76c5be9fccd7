"""The parts of the active clause that ``passive_rewrite.rewrite`` puts together: the actor as subject, the passive
subject as object, the words of the clause and its middle field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language import compounds, morphology
from ..language.data import table
from ..language.names import capital_elsewhere, starts_sentence
from ..language.noun_lemmas import noun_lemma
from ..language.number import phrase_plural
from ..language.passive_agent import after_door, doer_words
from ..language.words import tokens_text

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


CUT_DEPS = ("conj", "parataxis", "cc")
#: agent pronouns in the door-phrase → subject form
SUBJECT_PRONOUN = table("grammatica", "subject_pronoun")
#: subject pronouns of the passive → object form in the active
OBJECT_PRONOUN = table("grammatica", "object_pronoun")


def _lower_first(text: str, token: Token) -> str:
    if not starts_sentence(token):
        return text  # a capital inside the sentence is the writer's (*door Rijkswaterstaat*, tagged a noun)
    if token.pos_ == "PROPN" or token.text.isupper() or token.lower_ == "u" or capital_elsewhere(token):
        return text  # a name keeps its capital; capital_elsewhere reads the whole paragraph, so it comes last
    return text[:1].lower() + text[1:]


def _agent_phrase(agent: Token | None, actor: tuple[str, bool] | None = None) -> tuple[str, bool] | None:
    """The agent as subject of the active sentence, and whether it is plural: the door-phrase, else the document's
    actor (from the settings or the text); None when nobody is known."""
    if agent is None:
        return actor
    tokens = after_door(agent)
    if agent.pos_ == "PRON" and len(tokens) == 1:
        subj = SUBJECT_PRONOUN.get(agent.lower_, agent.lower_)
        plural = subj in ("wij", "jullie") or (agent.lower_ in ("hen", "hun", "ze") and True)
        return subj, plural
    # de klant en de medewerker hebben; de klant of de medewerker heeft; Provinciale Staten hebben
    return _without_glued_stop(_lower_first(tokens_text(tokens), tokens[0]), tokens[-1]), phrase_plural(agent)


def doer_quote(agent: Token) -> str:
    """The doer as the advice and the message quote it: the words of its noun phrase (``doer_words``: no date,
    purpose or object the parse hung on it), a pronoun in its subject form, a capital that only opened the
    sentence lowered. A full stop the tokenizer glued to the sentence's last word (*PR.*) is left out; one of an
    abbreviation (*B.V.*) stays."""
    tokens = doer_words(agent)
    if agent.pos_ == "PRON" and len(tokens) == 1:
        return SUBJECT_PRONOUN.get(agent.lower_, agent.lower_)
    return _without_glued_stop(_lower_first(tokens_text(tokens), tokens[0]), tokens[-1])


def rewrite_misplaces(result: tuple[str, list[Token]], agent: Token | None) -> bool:
    """The rewrite puts words where they do not belong: *zoals dat ... is afgesproken* ('dat de gemeenten zoals
    ...'), or it moved the whole door-phrase to the subject while the doer is only its first noun phrase (*door de
    directeur van de GGD aan het bureau*: 'De directeur van de GGD aan het bureau heeft ...')."""
    if any(
        t.lower_ == "zoals" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("dat", "die")
        for t in result[1]
    ):
        return True
    if agent is None:
        return False
    every = after_door(agent)
    kept = doer_words(agent)
    if len(kept) < len(every) and every[len(kept)].pos_ == "DET":
        return False  # door Provinciale Staten het verkeersplan: a noun phrase of its own, moved in its order
    whole = tokens_text(every).lower()
    return len(kept) < len(every) and whole in result[0].lower()


def _without_glued_stop(text: str, last: Token) -> str:
    """``text`` without the full stop that the tokenizer glued to the sentence's last word (*afdeling PR.*: the
    sentence's own stop); the stops of an abbreviation (*B.V.*) stay."""
    if (
        last.i == last.sent.end - 1
        and len(last.text) > 1
        and last.text.endswith(".")
        and last.text.count(".") == 1
    ):
        return text[:-1]
    return text


def _object_phrase(subj: Token | None, sent_start: int) -> tuple[str, list[Token]] | None:
    """The subject of the passive as object of the active clause; None when its capital cannot be decided."""
    if subj is None:
        return "", []
    tokens = [t for t in subj.subtree if not t.is_punct or t.i != subj.right_edge.i]
    if not tokens:  # a subject that is only punctuation (a parse error): nothing to move
        return "", []
    if subj.pos_ == "PRON" and len(tokens) == 1:
        return OBJECT_PRONOUN.get(subj.lower_, subj.lower_), tokens
    text = tokens_text(tokens)
    if tokens[0].i != sent_start:
        return text, tokens
    if tokens[0].pos_ == "PROPN" and noun_lemma(tokens[0].lower_):
        # *Bezwaren moeten ... worden ingediend*: a noun the parse took for a name at the start of the sentence;
        # moved, its capital would stand mid-sentence, lowered a real name (*Zon*) would lose it: no rewrite
        return None
    lowered = _article_lowered(text, tokens)
    return None if lowered is None else (lowered, tokens)


def _article_lowered(text: str, tokens: list[Token]) -> str | None:
    """The phrase that opened the sentence, moved after the subject: its capital goes, except in a name. An article
    before a capitalised word is the phrase's own when the dictionary gives that word the article (*De
    Structuurvisie ...* → *de Structuurvisie ...*); before a word the dictionary does not know as a noun of that
    gender (*De Bilt*, *Het Gooi*) it may be part of the name: None, the rewrite is not offered."""
    first = tokens[0]
    nxt = tokens[1] if len(tokens) > 1 else None
    if first.lower_ in ("de", "het") and nxt is not None and nxt.text[:1].isupper():
        if morphology.article(nxt.lower_) != first.lower_ or len(tokens) < 3:
            # De Roever, De Gemeente: a capitalised word alone after the article may be a name
            return None
        return (
            text[:1].lower() + text[1:]
        )  # De Structuurvisie Westdorp: a title, the article is the sentence's
    return _lower_first(text, first)


def _clause_tokens(verb: Token) -> list[Token]:
    cut: set[int] = set()
    for child in verb.children:
        trailing_clause = child.dep_ in ("advcl", "parataxis") and child.i > verb.i
        if (child.dep_ in CUT_DEPS or trailing_clause) and child.i > verb.i:
            cut.update(t.i for t in child.subtree)
    tokens = [t for t in verb.subtree if t.i not in cut]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    return tokens


def _middle(obj_text: str, obj_tokens: list[Token], mid: list[Token], subj: Token | None) -> list[str]:
    """The object and the rest of the middle field. An object that stood after other words keeps its place
    (*Er worden dit jaar driehonderd woningen gebouwd* → *... bouwen dit jaar driehonderd woningen*)."""
    if (
        not obj_tokens
        or not mid
        or subj is None
        or subj.pos_ == "PRON"
        or min(t.i for t in obj_tokens) < mid[0].i
    ):
        return [obj_text, tokens_text(mid)]
    return [tokens_text(sorted([*obj_tokens, *mid], key=lambda t: t.i))]


#: the subject of *er* + a passive of building, as an example of what comes, has at most this many words
ARRIVAL_WORDS = 6


def what_comes(verb: Token, pass_aux: Token, auxes: list[Token]) -> str | None:
    """*er* with a passive of building in the present and a subject (*dat er 120 parkeerplaatsen worden aangelegd*):
    'er komen 120 parkeerplaatsen' says the same, and who builds is often beside the point. The example, with the
    subject and the words of quantity right before it that the parse hung on the verb (*maximaal*); None for
    another shape: no subject, a modal or a perfect (*zal worden gebouwd*: who must?), a door-phrase, or a subject
    that is long, holds a clause or is cut by other words."""
    from ..language.data import word_set
    from ..language.grammar import infinitive
    from ..language.passive import expletive, find_agent, subject

    if infinitive(verb) not in word_set("lijdende_vorm", "arrival_verbs") or find_agent(verb) is not None:
        return None
    if [a.i for a in auxes] != [pass_aux.i] or pass_aux.lower_ not in ("wordt", "worden"):
        return None
    if pass_aux.i > 0 and verb.doc[pass_aux.i - 1].lower_ == "te":
        return None  # dient gebouwd te worden: a duty, and 'worden' is no finite verb to take the number from
    er, subj = expletive(verb, auxes), subject(verb, auxes)
    if er is None or subj is None or subj.pos_ == "PRON" or subj.i < er.i:
        return None
    if subj.pos_ in ("ADJ", "ADV") or (
        noun_lemma(subj.lower_) is None and compounds.is_adjective(subj.lower_)
    ):
        return None  # wordt er duurzaam gebouwd: a manner word the parse took for the subject (also tagged as a noun)
    if subj.lower_ in word_set("lijdende_vorm", "not_arriving_nouns"):
        return None  # dat er een besparing wordt gerealiseerd, kinderen worden geplaatst: achieved or placed, not built
    words = list(subj.subtree)
    start = words[0].i
    doc = verb.doc
    while (
        start - 1 > er.i
        and doc[start - 1].pos_ in ("ADV", "ADJ", "NUM")
        and doc[start - 1].head.i in (verb.i, subj.i)
        and doc[start - 2].pos_ != "ADP"  # in 2026 een sporthal: the year belongs to 'in', not to the subject
    ):
        start -= 1
    if doc[start].lower_ in word_set("lijdende_vorm", "definite_openers"):
        return None  # dat er onze doelen worden gerealiseerd: 'er komen onze doelen' is no Dutch
    span = doc[start : subj.right_edge.i + 1]
    nxt = doc[span.end] if span.end < verb.sent.end else None
    if not all(_in_prepositional_phrase(t, verb) and not t.like_num for t in doc[er.i + 1 : start]):
        return None  # er geen 2000 of meer woningen: words of the subject before it the parse hung elsewhere
    if (
        # een kantoor boven en een parkeergarage onder worden gebouwd: words of the subject may stand after it
        nxt is None
        or nxt.i not in (verb.i, pass_aux.i)
        or len(span) > ARRIVAL_WORDS
        or len(span) != len(words) + (words[0].i - start)
        # (the subject itself may be mistagged: *windmolens* as AUX)
        or any(t.is_punct or (t.pos_ in ("VERB", "AUX") and t.i != subj.i) for t in span)
        # een school wordt gebouwd die ...: the parse hung the subject's relative clause on the verb
        or any(t.i > verb.i and t.lower_ in ("die", "dat", "welke") for t in verb.subtree)
    ):
        return None
    come = "komen" if pass_aux.lower_ == "worden" else "komt"
    return f"er {come} {tokens_text(list(span))}"


def _in_prepositional_phrase(tok: Token, verb: Token) -> bool:
    """``tok`` belongs to a phrase of the verb that opens with a preposition (*aan de noordzijde*, *in ieder geval*)."""
    node, seen = tok, 0
    while node.head.i != verb.i and node.head.i != node.i and seen < 20:
        node, seen = node.head, seen + 1
    return node.head.i == verb.i and node.doc[node.left_edge.i].pos_ == "ADP"


#: the door-phrase of *gevormd door*, as an example in the advice, has at most this many words
COMPOSED_WORDS = 8


def composed_of(verb: Token, pass_aux: Token) -> tuple[str, bool] | None:
    """*wordt gevormd door een veencomplex*: the door-phrase names what the subject is or consists of, nobody acts
    (blind17 blind-063; blind10 all-100, all-184: 'bestaat uit', 'X vormt de basis'). The words of the phrase
    without *door* (its first capital lowered where it is no name; "" where they are too many to quote) and whether
    they are plural (*de burgemeester en de wethouders vormen*); None for another verb or without a door-phrase.
    Read from the words, not the parse: the parser hangs the phrase on other words (*een dik pakket klei*: *klei*
    an adverb of the verb)."""
    from ..language.data import word_set
    from ..language.grammar import infinitive

    if infinitive(verb) != "vormen" or pass_aux.lower_ not in ("wordt", "worden"):
        return None  # is gevormd door de raad, werd gevormd door: an act that took place, somebody may have acted
    sent, doc = verb.sent, verb.doc
    if any(t.i < pass_aux.i and t.lower_ in word_set("lijdende_vorm", "shaped_nouns") for t in sent):
        return None  # de mening wordt gevormd door de media: the door-phrase shapes it, a doer or a cause
    door = next((t for t in sent if t.lower_ == "door" and t.i > pass_aux.i - 1 and t.i > sent.start), None)
    if door is None or door.i + 1 >= sent.end or doc[door.i + 1].lower_ == "middel":
        return None
    words = []
    for t in doc[door.i + 1 : sent.end]:
        if (
            t.is_punct
            or t.i in (verb.i, pass_aux.i)
            or t.pos_ == "SCONJ"
            or t.lower_ in ("die", "dat", "welke")
        ):
            break
        words.append(t)
    if not words:
        return None
    stop = words[-1].i + 1
    inner_mark = stop < sent.end - 1 and doc[stop].is_punct  # a comma or a bracket before the sentence ends
    if len(words) > COMPOSED_WORDS or inner_mark:
        return "", False  # de Bosweg, de buitenrand van ...; de (overkluisde) beek: a part would mislead
    noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    plural = any(t.lower_ == "en" for t in words) or (noun is not None and "Plur" in noun.morph.get("Number"))
    return _lower_first(tokens_text(words), words[0]), plural


def signpost(verb: Token, auxes: list[Token]) -> str | None:
    """*hieronder worden de thema's uitgewerkt*, *hierna wordt ingegaan op*: a sentence that points to the text
    that follows or went before, with a verb of describing and no text to make the subject: the writers do it, so
    the active sentence says 'we' (blind13 all-172, blind6 all-155: 'Hieronder beschrijven we ...'). The opening of
    that sentence with the verb in the plural (*Hieronder werken we ... uit*), or None."""
    from ..language.data import word_set
    from ..language.grammar import infinitive
    from ..language.verbs import present, separable

    lemma = infinitive(verb)
    if lemma not in word_set("lijdende_vorm", "signpost_verbs") or any(
        a.lower_ not in ("wordt", "worden") for a in auxes
    ):
        return None  # a modal or a tense of its own (*moet hieronder worden beschreven*): not the signpost itself
    heads = {verb.i, *(a.i for a in auxes)}
    adverb = next(
        (
            c
            for c in verb.sent
            if c.head.i in heads and c.lower_ in word_set("lijdende_vorm", "signpost_adverbs")
        ),
        None,
    )
    if adverb is None or _subordinate_or_question(verb):
        return None
    parts = separable(lemma)
    verb_group = (
        f"{present(parts[1], 'Plur')} we ... {parts[0]}" if parts else f"{present(lemma, 'Plur')} we ..."
    )
    return f"{adverb.text[:1].upper()}{adverb.text[1:].lower()} {verb_group}"


def _subordinate_or_question(verb: Token) -> bool:
    """The passive is in a subordinate clause (*zoals hieronder wordt beschreven*, *de thema's die hieronder worden
    besproken*) or in a question: a main clause that opens with *Hieronder* does not fit there."""
    from ..language.passive_clauses import clause_openers

    clause, seen = verb, 0
    while clause.dep_ == "conj" and clause.head.i != clause.i and seen < 5:
        clause, seen = clause.head, seen + 1
    if clause.dep_ not in ("ROOT", "parataxis") or any(m.pos_ == "SCONJ" for m in clause_openers(verb)):
        return True
    return verb.sent[-1].text == "?" or (len(verb.sent) > 1 and verb.sent[-2].text == "?")
