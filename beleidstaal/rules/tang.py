"""Tang constructions (BT501): words that belong together pulled far apart.

1. Article and noun: *de door de raad in 2024 vastgestelde nota*. An article followed by a preposition or an
   adverb opens a long modifier; the tang closes at the inflected participle or adjective before the noun. Flagged
   from ``ARTICLE_GAP`` words in between. Suggestion: a relative clause, *de nota die de raad in 2024 heeft
   vastgesteld*.
2. Finite verb and the rest of the verb: *stellen ... vast*, *heeft ... gesproken* in a main clause, with at least
   ``VERB_GAP`` words in between. Suggestion: bring the parts together or split the sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .common import PARTICLES, char_span, is_word, match_case
from .grammar import infinitive, infinitive_from_participle, known_verbs, present
from .passive import _tokens_text, looks_like_participle, zijn_verbs
from .registry import Rule, RuleContext, register

ARTICLE_GAP = 4
VERB_GAP = 12
ARTICLES = {"de", "het", "een", "deze", "die", "dit", "dat"}
OPENERS = {
    "samen",
    "reeds",
    "eerder",
    "nog",
    "al",
    "zojuist",
    "onlangs",
    "vorig",
    "destijds",
    "inmiddels",
    "ooit",
}
STOP = {".", "!", "?", ";", ":"}
NOUN_ENDINGS = ("ingen", "ing", "heid", "heden", "tie", "ties", "plan", "plannen", "nota", "regels")


def _noun_like(tok: Token) -> bool:
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    if tok.pos_ in ("ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PUNCT", "ADV", "NUM", "SYM"):
        return False
    return "Fin" not in tok.morph.get("VerbForm") and tok.lower_.endswith(("en", "ing", "heid", "tie", "s"))


def _closing_modifier(tok: Token) -> bool:
    """The participle or participle-like word that closes the tang: *vastgestelde*, *geldende*, *te verstrekken*,
    *ontwikkeld*. Not a plain adjective of an inner phrase (*de nieuwe wet*, *alle betrokken partijen*)."""
    prev = tok.doc[tok.i - 1]
    if prev.lower_ == "te" and tok.lower_.endswith("en") and len(tok.lower_) >= 5:
        return True  # de door gemeenten te verstrekken uitkeringen
    if (
        prev.pos_ in ("DET", "ADP")
        or prev.lower_ in ARTICLES
        or prev.lower_ in ("alle", "veel", "enkele", "zijn", "haar")
    ):
        return False
    low = tok.lower_
    if len(low) < 5 or tok.pos_ in ("DET", "PRON", "ADP", "CCONJ", "SCONJ") or low in ARTICLES:
        return False
    if low.endswith("ende") and len(low) > 6:
        return True
    if low.endswith(("de", "te")) and looks_like_participle(low[:-1]):
        return True
    return looks_like_participle(low) and tok.pos_ not in ("NOUN", "PROPN", "ADP", "DET", "PRON")


def find_article_tangs(sent: Span):
    """(article, modifier, noun, gap tokens) for each long article-noun tang."""
    doc = sent.doc
    for art in sent:
        if art.lower_ not in ARTICLES or art.pos_ != "DET" or art.i + 2 >= sent.end:
            continue  # die/dat as a relative pronoun opens no tang
        nxt = doc[art.i + 1]
        if not (nxt.pos_ == "ADP" or nxt.lower_ in OPENERS):
            continue
        # scan for the closing modifier + noun
        for k in range(art.i + 2, min(sent.end - 1, art.i + 30)):
            tok = doc[k]
            if tok.text in STOP:
                break
            noun = doc[k + 1]
            if _closing_modifier(tok) and _noun_like(noun):
                gap = [t for t in doc[art.i + 1 : noun.i] if is_word(t)]
                if len(gap) >= ARTICLE_GAP:
                    yield art, tok, noun, list(doc[art.i + 1 : tok.i])
                break


def _uninflect(mod: Token) -> tuple[str, str]:
    """(kind, form): ``past`` + *vastgesteld* for *vastgestelde*; ``present`` + infinitive for *geldende*;
    ``te`` + infinitive for *te verstrekken*; ``adj`` for anything else."""
    low = mod.lower_
    prev = mod.doc[mod.i - 1] if mod.i > 0 else None
    if prev is not None and prev.lower_ == "te":
        return "te", low
    if low.endswith("ende"):
        return "present", low[:-2]  # geldende → gelden, toenemende → toenemen
    if low.endswith(("de", "te")) and looks_like_participle(low[:-1]):
        return "past", low[:-1]
    if looks_like_participle(low):
        return "past", low
    return "adj", low


def _rewrite(art: Token, mod: Token, noun: Token, between: list[Token]) -> str | None:
    kind, form = _uninflect(mod)
    if kind == "adj":
        return None
    plural = "Plur" in noun.morph.get("Number") or (
        noun.lemma_.lower() != noun.lower_ and noun.lower_.endswith(("en", "s")) and art.lower_ != "het"
    )
    zijn_verb = infinitive_from_participle(form) in zijn_verbs() if kind == "past" else False
    if plural or art.lower_ in ("de", "die", "deze"):
        rel = "die"
    elif art.lower_ in ("het", "dit", "dat") or "Neut" in noun.morph.get("Gender"):
        rel = "dat"
    else:
        rel = "die"
    words = [t for t in between if t.lower_ != "te"]
    agent: list[Token] = []
    rest: list[Token] = []
    k = 0
    while k < len(words):
        t = words[k]
        if t.lower_ == "door" and not agent and not zijn_verb:
            j = k + 1
            while j < len(words) and words[j].pos_ != "ADP" and words[j].lower_ not in OPENERS:
                agent.append(words[j])
                j += 1
            k = j
            continue
        rest.append(t)
        k += 1
    text = _tokens_text
    head = f"{art.text} {noun.text} {rel}"
    agent_plural = bool(agent) and (
        "Plur" in agent[-1].morph.get("Number") or agent[-1].lower_.endswith("en")
    )
    if kind == "past":
        if agent:
            aux = "hebben" if agent_plural else "heeft"
            body = [text(agent), text(rest), aux, form]
        else:
            body = [text(rest), "zijn" if plural else "is", form]
    elif kind == "present":
        verb = form if form in known_verbs() else infinitive(mod)
        body = [text(agent), text(rest), present(verb, plural)]
    else:  # te + infinitive: a duty
        if not agent:
            return None
        body = [text(agent), text(rest), "moeten" if agent_plural else "moet", form]
    return " ".join(" ".join([head, *body]).split())


def find_verb_tangs(sent: Span):
    """(finite verb, closing part, gap word count) for long verb brackets in main clauses."""
    doc = sent.doc
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or not (
            "Fin" in tok.morph.get("VerbForm") or tok.morph.get("Tense")
        ):
            continue
        main = tok if tok.dep_ not in ("aux", "aux:pass", "cop") else tok.head
        if main.dep_ not in ("ROOT", "conj", "parataxis") or any(c.dep_ == "mark" for c in main.children):
            continue
        nonfinite = main is not tok and (
            main.morph.get("VerbForm") in (["Part"], ["Inf"]) or looks_like_participle(main.lower_)
        )
        if main.i > tok.i + 1 and main.pos_ in ("VERB", "AUX") and nonfinite:
            closing = main
        else:
            closing = next((c for c in main.children if c.dep_ == "compound:prt" and c.i > tok.i + 1), None)
            if closing is None:
                closing = _loose_final_particle(sent, tok)
        if closing is None:
            continue
        gap = sum(1 for t in doc[tok.i + 1 : closing.i] if is_word(t))
        if gap >= VERB_GAP:
            yield tok, closing, gap


def _loose_final_particle(sent: Span, verb: Token) -> Token | None:
    """A particle at the end of the sentence that the parser did not attach: *stellen ... vast.*"""
    last = sent[-1]
    while last.i > sent.start and (last.is_punct or last.is_space):
        last = sent.doc[last.i - 1]
    if last.i <= verb.i + 1 or last.lower_ not in PARTICLES + ("vast", "voort", "bekend", "plaats"):
        return None
    if last.lower_ + verb.lemma_.lower() in known_verbs():
        return last
    return None


def _check(analysis, ctx: RuleContext):
    for sent, offset in analysis.sentences():
        for art, mod, noun, between in find_article_tangs(sent):
            start, end = char_span([art, noun], offset)
            n = sum(1 for t in between if is_word(t)) + 1
            flagged = analysis.document.text[start:end]
            suggestion = _rewrite(art, mod, noun, between)
            message = (
                f"Tangconstructie: tussen '{art.text}' en '{noun.text}' staan {n} woorden. De lezer moet lang "
                f"wachten op het woord waar het om gaat. Zet '{noun.text}' vooraan en maak van de rest een bijzin."
            )
            suggestions = (
                [match_case(suggestion, flagged)] if suggestion else [f"{art.text} {noun.text} die/dat ..."]
            )
            yield TANG.finding(start, end, message, suggestions=suggestions, replaceable=False,
                               data={"kind": "lidwoord", "words": n})  # fmt: skip
        for verb, closing, gap in find_verb_tangs(sent):
            start, end = char_span([verb, closing], offset)
            message = (
                f"Tangconstructie: tussen '{verb.text}' en '{closing.text}' staan {gap} woorden. Zet de delen van "
                "het werkwoord dichter bij elkaar, of maak twee zinnen."
            )
            yield TANG.finding(
                start, end, message,
                suggestions=[f"Zet '{closing.text}' dichter bij '{verb.text}' of splits de zin."],
                replaceable=False, data={"kind": "werkwoord", "words": gap},
            )  # fmt: skip


TANG = register(
    Rule(
        code="BT501", name="tangconstructie", category="tangconstructie", severity="warning",
        title="Tangconstructie",
        what=f"Vindt woorden die bij elkaar horen maar ver uit elkaar staan: een lidwoord en zijn zelfstandig "
        f"naamwoord ('de door de raad in 2024 vastgestelde nota', vanaf {ARTICLE_GAP} woorden ertussen) en de "
        f"delen van het werkwoord ('stellen ... vast', vanaf {VERB_GAP} woorden ertussen).",
        why="De lezer moet alles tussen de twee delen onthouden tot het woord komt waar het om gaat. Dat is "
        "zwaar, zeker voor wie minder goed leest. Met een bijzin staat het belangrijkste woord vooraan: 'de nota "
        "die de raad in 2024 heeft vastgesteld'.",
        bad=["De door de raad in 2024 vastgestelde nota geldt tot 2028."],
        good=["De nota die de raad in 2024 heeft vastgesteld, geldt tot 2028.",
              "De raad stelt het plan in juni vast."],
        check=_check,
    )
)  # fmt: skip
