"""Tang constructions (BT501): words that belong together pulled far apart (detection in ``language/tang.py``);
the suggestion rewrites an article-noun tang as a relative clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language.tang import ARTICLE_GAP, SHORT_SENTENCE, VERB_GAP
from .common import char_span, match_case
from .registry import Rule, RuleContext, register

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def _uninflect(mod: Token) -> tuple[str, str]:
    """(kind, form): ``past`` + *vastgesteld* for *vastgestelde*; ``present`` + infinitive for *geldende*;
    ``te`` + infinitive for *te verstrekken*; ``adj`` for anything else."""
    # the language modules are imported where they are used: explain and rules stay fast (issue 20)
    from ..language import morphology as m
    from ..language.passive import looks_like_participle

    low = mod.lower_
    prev = mod.doc[mod.i - 1] if mod.i > 0 else None
    if prev is not None and prev.lower_ == "te":
        return "te", low
    stem = low[:-1]
    if low.endswith(("de", "te")) and (
        looks_like_participle(stem) or m.verb_with_participle(stem) is not None
    ):
        return "past", low[:-1]  # before -ende: ingediende and verleende are past participles
    if low.endswith("ende"):
        return "present", low[:-2]  # geldende → gelden, toenemende → toenemen
    if looks_like_participle(low):
        return "past", low
    return "adj", low


def _rewrite(art: Token, mod: Token, noun: Token, between: list[Token]) -> str | None:
    from ..language.clause_check import same_words
    from ..language.grammar import infinitive, infinitive_from_participle, known_verbs, present
    from ..language.number import phrase_plural
    from ..language.passive import zijn_verbs
    from ..language.tang import openers
    from ..language.words import tokens_text

    kind, form = _uninflect(mod)
    if kind == "adj" or not _noun_stands_alone(noun, mod, between):
        return None
    if "Part" in noun.morph.get("VerbForm") and _ends_in_participle(noun.lower_):
        return None  # de ... foeragerende grondgebonden zoogdieren: a participle before the noun, no noun
    plural = _plural(noun, art)
    if not plural and noun.pos_ in ("VERB", "AUX") and noun.lower_.endswith("en") and art.lower_ == "de":
        return None  # de ... gelegen percelen tagged as a verb, and the dictionary does not know it: number unknown
    zijn_verb = infinitive_from_participle(form) in zijn_verbs() if kind == "past" else False
    gender = (
        "de"
        if art.lower_ in ("de", "die", "deze")
        else "het"
        if art.lower_ in ("het", "dit", "dat")
        else None
    )
    gender = gender or ("het" if "Neut" in noun.morph.get("Gender") else _gender(noun))
    if plural or gender == "de":
        rel = "die"
    elif gender == "het":
        rel = "dat"
    else:
        return None  # een gehalte: die or dat depends on a gender nothing shows
    if (
        kind == "past"
        and not form.endswith("en")
        and art.lower_ in ("een", "de", "het")
        and "/" not in noun.text
    ):
        # the modifier's -e must fit the noun (een gericht dak, een gerichte weg, de/het gerichte ...): when it
        # does not, the noun is not the modifier's (een op het zuiden gericht | energie opwekkend dak)
        bare = art.lower_ == "een" and gender == "het" and not plural
        if mod.lower_.endswith("e") == bare:
            return None
    words = [t for t in between if t.lower_ != "te"]
    agent: list[Token] = []
    rest: list[Token] = []
    k = 0
    while k < len(words):
        t = words[k]
        if t.lower_ == "door" and not agent and not zijn_verb:
            j = k + 1
            # (an opening bracket after a space ends the doer too: door initiatiefnemer (in dit geval ...)
            # gewenste; not an ending glued to the noun: door de initiatiefnemer(s))
            while j < len(words) and words[j].pos_ != "ADP" and words[j].lower_ not in openers():
                if words[j].text == "(" and words[j - 1].whitespace_:
                    break
                agent.append(words[j])
                j += 1
            k = j
            continue
        rest.append(t)
        k += 1
    if len(agent) == 1 and agent[0].pos_ == "PRON":
        return None  # door haar uit te voeren: the pronoun's subject form (zij? het?) depends on what it stands for
    joined: list[str] = []
    if kind == "te" and rest and rest[-1].i == mod.i - 2 and rest[-1].lower_ + form in known_verbs():
        joined.append(rest.pop().text)  # uit te voeren → die ... moet uitvoeren (the particle joins the verb)
        form = joined[0].lower() + form
    text = tokens_text
    head = f"{art.text} {noun.text} {rel}"
    agent_plural = bool(agent) and _agent_plural(agent, phrase_plural)
    if agent and not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in agent):
        return None  # de door de in de inrichting verrichte werkzaamheden: no actor after 'door'
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
    out = " ".join(" ".join([head, *body]).split())
    original = [art.text, *(t.text for t in between if t.i != mod.i), noun.text]
    new_words = [rel, *body[len(body) - (1 if kind == "present" else 2) :]]
    dropped = ["door"] if agent else []
    dropped += ["te", *joined] if kind == "te" else []
    if not same_words(original, out, added=new_words, dropped=dropped):
        return None  # a word of the phrase lost or said twice: the realiser cannot vouch for the rewrite
    return out


def _ends_in_participle(word: str) -> bool:
    """The word is, or ends in, the participle of a verb the dictionary knows (*grondgebonden*: *gebonden*)."""
    from ..language import morphology as m

    return any(
        m.participle(verb) == word[k:]
        for k in range(0, max(1, len(word) - 4))
        for verb, _ in m.lemmas(word[k:], "VERB")
    )


def _agent_plural(agent: list[Token], phrase_plural) -> bool:
    """The doer takes a plural verb; a noun the parse joined to it from outside its words (*door de eigenaar (in
    dit geval de stichting)*: the bracket is no second doer) does not count."""
    from ..language.number import noun_plural

    head = _phrase_head(agent)
    ids = {t.i for t in agent}
    if any(c.dep_ == "conj" and c.i not in ids for c in head.children):
        return noun_plural(head)
    return phrase_plural(head)


def _phrase_head(words: list[Token]) -> Token:
    """The word of ``words`` whose head lies outside them (the last such word: the noun after its modifiers)."""
    ids = {t.i for t in words}
    heads = [t for t in words if t.head.i not in ids or t.head.i == t.i]
    return heads[-1] if heads else words[-1]


def _case(t: Token) -> str:
    return next((c.lower_ for c in t.children if c.dep_ == "case"), "")


def _tails(word: str):
    """The word and its possible compound heads: *onderzoeksresultaten*, *resultaten*."""
    return (word[k:] for k in range(0, max(1, len(word) - 4)))


def _plural(noun: Token, art: Token) -> bool:
    """Plural by the tagger, or by the dictionary for the noun or the head of a compound
    (*onderzoeksresultaten* → *resultaat*)."""
    from ..language import morphology as m
    from ..language.number import SINGULAR_DETERMINERS, noun_plural

    if art.lower_ in SINGULAR_DETERMINERS:
        return False  # een in de wet vastgelegde procedure: singular, whatever the tagger says
    if noun_plural(noun):
        return True
    low = noun.lower_
    if art.lower_ == "het" or not low.endswith(("en", "s")) or "Sing" in noun.morph.get("Number"):
        return False  # de ... gekeerde bouwgrens: singular by the tagger (its lemma 'bouwgren' is no plural sign)
    if noun.lemma_.lower() != low:
        return True
    return any(n != tail and m.plural(n) == tail for tail in _tails(low) for n, _ in m.lemmas(tail, "NOUN"))


def _gender(noun: Token) -> str | None:
    """*de* or *het* by the dictionary, else by the tagger; None when neither knows."""
    from ..language import morphology as m

    gender = m.article(noun.lower_)
    if gender:
        return gender
    tagged = noun.morph.get("Gender")
    return "het" if "Neut" in tagged else "de" if "Com" in tagged else None


def _whole(noun: Token) -> str:
    """The noun with the word after it that still belongs to it: 'aantal woningen', 'bijlage 2'."""
    more = _goes_on(noun)
    if (
        more is not None
        and more.pos_ in ("NOUN", "PROPN")
        and noun.i != more.head.i
        and more.i != noun.head.i
    ):
        more = None  # de ... werken | rekening houden: the next noun is another verb's, not this one's
    return noun.text if more is None or more.is_punct else f"{noun.text} {more.text}"


def _goes_on(noun: Token) -> Token | None:
    """The word after the noun that still belongs to its noun phrase: a number (*de bij de regels behorende
    bijlage 2*) or the counted noun (*het door de provincie toegewezen aantal woningen*). A relative clause
    after the noun would cut the phrase in two (issue 17)."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and (
        after.pos_ in ("NUM", "NOUN", "PROPN")
        or any(ch.isdigit() for ch in after.text)
        or after.text in ("'", "‘", '"', "“", "„")  # a title: de ... publicatie 'Bedrijven en milieuzonering'
    ):
        return after
    return None


def _noun_stands_alone(noun: Token, mod: Token, between: list[Token]) -> bool:
    """The relative clause can follow the noun: not when a phrase follows the noun (*de ... beschreven
    eigenschappen van het dorp*), when the noun is one of a pair (*de in de wet opgenomen grenswaarden en
    richtwaarden*: the clause would leave out the second), when a second verb stands before it (*de door het CROW
    berekende te hanteren kencijfers*), or when the noun opens a name (*het in 2004 in werking getreden Besluit
    externe veiligheid inrichtingen*)."""
    from ..language.words import is_word

    if any(
        c.dep_ == "conj" or (c.dep_ == "nmod" and c.i > noun.i and _case(c) == "van") for c in noun.children
    ):
        return False  # a van-phrase belongs to the noun
    if noun.dep_ == "amod" or (noun.head.i == noun.i + 1 and noun.head.pos_ in ("NOUN", "PROPN")):
        return (
            False  # de in het plan voorkomende relevante begrippen: 'relevante' (taken for a noun) is no noun
        )
    doc = noun.doc
    if noun.i + 1 < len(doc) and (doc[noun.i + 1].pos_ == "ADP" or _opens_relative(noun)):
        # de ... beschreven resultaten op het gebied van milieu: a phrase straight after the noun mostly belongs
        # to it (whatever the parse says), and the relative clause would cut it off; a relative clause of its own
        # after the noun would make two in a row (een tabel die ... is opgenomen die ...)
        return False
    if _goes_on(noun) is not None:
        return False
    if not noun.whitespace_ and noun.i + 1 < len(doc) and doc[noun.i + 1].text.startswith("("):
        return False  # de aan de gronden toegekende functie(s): the ending in brackets belongs to the noun
    if noun.i != mod.i + 1:
        return False  # a word between the modifier and the noun (archeologische, 'beleids- en') would be lost
    if any(
        t.i != mod.i and (t.pos_ in ("VERB", "AUX", "CCONJ") or (t.dep_ == "amod" and t.head.i == noun.i))
        for t in between
    ):
        return False  # a second verb or adjective, or modifiers joined by 'en': one relative clause cannot hold them
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.dep_ in ("amod", "acl") and after.head.i != noun.i:
        return False  # de in dit artikel betreffende begrippen toegekende betekenis: the noun is inside another tang
    named = noun.text[:1].isupper() and after is not None and is_word(after)
    return not (named and after.pos_ not in ("ADP", "VERB", "AUX"))


def _opens_relative(noun: Token) -> bool:
    """A relative clause follows the noun, straight or after a comma (*het bouwvlak welke is opgenomen*, *het
    raamwerk, dat ...*), or *zoals* straight after it: a rewrite would stack a second clause on the noun."""
    doc = noun.doc
    k = noun.i + 1
    comma = k < len(doc) and doc[k].text == ","
    k += comma
    if k >= len(doc):
        return False
    t = doc[k]
    low = t.lower_
    if low == "zoals":
        return (
            not comma
        )  # De ... sleutel, zoals gedefinieerd in ...: the comma keeps the two apart (judged good)
    return (
        low in ("die", "dat", "welke", "wat")
        or "Rel" in t.morph.get("PronType")
        or (low.startswith("waar") and t.pos_ in ("ADV", "PRON", "SCONJ"))
    )


def _closes_clause_before_comma(verb: Token) -> bool:
    """The verbs after the noun end a clause that a comma closes (*Wanneer ontwikkelingen onder de drempelwaarden
    [die ... zijn opgenomen] blijven, moet ...*): a comma after the relative clause would put two in a row."""
    doc = verb.doc
    k = verb.i
    while k < len(doc) and doc[k].pos_ in ("VERB", "AUX"):
        k += 1
    return k < len(doc) and doc[k].text in (",", ";")


def _closes_in_link_title(document, start: int, closing: tuple[int, int]) -> bool:
    """The closing word stands in the title of a Markdown link that the verb stands outside of: it is a word of the
    linked page's name (*[Meet en pas teksten aan](...)*), not the rest of the verb before the link."""
    from .lexicon_context import _in_link_title

    s0, s1 = (document.source_offset(closing[0]), document.source_offset(closing[1], end=True))
    return _in_link_title(document.source, s0, s1) and not _in_link_title(
        document.source, document.source_offset(start), s1
    )


def _sentences(analysis):
    """(sentence, offset, label) for every sentence; ``label`` when it is a table cell without a finite verb: a
    name in a table of contents or a column (*De bij het plan behorende stukken*), a title as a heading is (headings
    get no finding at all), not a sentence a reader has to hold together."""
    for ap in analysis.paragraphs:
        cell = ap.paragraph.kind == "table_cell"
        for sent in ap.doc.sents:
            label = cell and not any(
                "Fin" in t.morph.get("VerbForm") for t in sent if t.pos_ in ("VERB", "AUX")
            )
            yield sent, ap.offset, label


def _check(analysis, ctx: RuleContext):
    from ..language.tang import find_article_tangs, find_verb_tangs
    from ..language.tang_count import verb_phrase_front, words_with_names
    from ..language.words import is_word

    for sent, offset, label in _sentences(analysis):
        for art, mod, noun, between in [] if label else find_article_tangs(sent):
            start, end = char_span([art, noun], offset)
            # the words between the article and its noun, as the detector counts them (a quoted name is one):
            # adjectives after the modifier count too (*de te verwachten ruimtelijke en maatschappelijke ...*)
            n = words_with_names(noun.doc[art.i + 1 : noun.i], is_word)
            flagged = analysis.document.text[start:end]
            # after a bare preposition (*in door de provincie aangegeven gevallen*) the relative clause has no
            # article to take its gender from: advice only
            suggestion = _rewrite(art, mod, noun, between) if art.pos_ == "DET" else None
            after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
            if (
                suggestion
                and after is not None
                and after.pos_ in ("VERB", "AUX")
                and not after.is_punct
                and not _closes_clause_before_comma(after)
            ):
                suggestion += ","  # two finite verbs meet: De nota die de raad heeft vastgesteld, geldt ...
            message = (
                f"Tangconstructie: tussen '{art.text}' en '{noun.text}' staan {n} woorden. De lezer moet lang "
                f"wachten op het woord waar het om gaat. Zet '{noun.text}' vooraan en maak van de rest een bijzin."
            )
            # a rewrite with a placeholder (die/dat ...) is advice, not text that can replace the words
            suggestions = [match_case(suggestion, flagged)] if suggestion else []
            # after a bare preposition the adjectives before the noun stay with it: met archeologische resten
            rest = "" if art.pos_ == "DET" else "".join(f"{t.text} " for t in noun.doc[mod.i + 1 : noun.i])
            advice = (
                []
                if suggestion
                else [
                    f"Begin met '{art.text} {rest}{_whole(noun)}' en maak van de rest een bijzin met 'die' of 'dat'."
                ]
            )
            yield TANG.finding(start, end, message, suggestions=suggestions, advice=advice, replaceable=False,
                               data={"kind": "lidwoord" if art.pos_ == "DET" else "voorzetsel", "words": n})  # fmt: skip
        for verb, closing, gap in find_verb_tangs(sent):
            start, end = char_span([verb, closing], offset)
            if _closes_in_link_title(analysis.document, start, char_span([closing], offset)):
                continue  # *Kijk bij de richtlijn [Meet en pas teksten aan](...)*: the title's verb, not Kijk's
            # in a main clause the finite verb stays second and the rest of the verb last: Dutch word order does
            # not let the writer move them together, only make the stretch between them shorter (after blind13)
            # a fixed verb phrase closes the bracket with its front (*in werking getreden*): the gap ends there
            front = verb_phrase_front(closing.doc, closing)
            pole = closing.text if front is None else closing.doc[front : closing.i + 1].text
            message = (
                f"Tangconstructie: tussen '{verb.text}' en '{pole}' staan {gap} woorden. Maak dat stuk "
                "korter, of maak twee zinnen."
            )
            yield TANG.finding(
                start, end, message,
                advice=[
                    f"Zet minder woorden tussen '{verb.text}' en '{pole}': zet een deel vooraan in de zin "
                    f"of na '{closing.text}', of splits de zin."
                ],
                replaceable=False, data={"kind": "werkwoord", "words": gap},
            )  # fmt: skip


TANG = register(
    Rule(
        code="BT501", name="tangconstructie", category="tangconstructie",
        severity="info",  # blind sheet (issue #16) 7/11 = 0.64 strict, dev 6/11 = 0.55: below 0.95
        summary="veel woorden tussen lidwoord en zelfstandig naamwoord, of tussen delen van het werkwoord",
        title="Tangconstructie",
        what=f"Vindt woorden die bij elkaar horen maar ver uit elkaar staan: een lidwoord en zijn zelfstandig "
        f"naamwoord ('de door de raad in 2024 vastgestelde nota', vanaf {ARTICLE_GAP} woorden ertussen), ook zonder "
        f"lidwoord na een voorzetsel ('in door de provincie aangewezen gevallen'), en de "
        f"delen van het werkwoord ('stellen ... vast', vanaf {VERB_GAP} woorden ertussen). In een korte zin (hooguit "
        f"{SHORT_SENTENCE} woorden) telt een datum, een naam van meer woorden of een rij namen daarbij als één "
        "woord. Een cel van een tabel "
        "zonder werkwoord is een naam of titel, geen zin: daar zoekt de regel geen lidwoord-tang. Het "
        "laatste deel moet echt bij het werkwoord horen: een woord in een naam tussen aanhalingstekens of een los "
        "woord dat met het werkwoord geen werkwoord vormt, sluit de tang niet. De voorste woorden van een vaste "
        "werkwoordsgroep ('in werking getreden', 'ter inzage gelegd') horen bij het werkwoord: ze tellen niet mee.",
        why="De lezer moet alles tussen de twee delen onthouden tot het woord komt waar het om gaat. Dat is "
        "zwaar, zeker voor wie minder goed leest. Met een bijzin staat het belangrijkste woord vooraan: 'de nota "
        "die de raad in 2024 heeft vastgesteld'.",
        bad=["De door de raad in 2024 vastgestelde nota geldt tot 2028."],
        good=["De nota die de raad in 2024 heeft vastgesteld, geldt tot 2028.",
              "De raad stelt het plan in juni vast."],
        check=_check,
    )
)  # fmt: skip
