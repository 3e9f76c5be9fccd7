"""Passive voice (BT301) and the impersonal *er wordt ...* (BT302), with a rewrite in the active voice.

A passive is a participle with *worden* or *zijn* as auxiliary: from the parse (``aux:pass``) and the morphology
(``VerbForm=Part``), also when the parser labels *zijn* as ``aux`` or ``cop``. Not a passive:

- *zijn* + the participle of a verb that takes *zijn* in the perfect (*is gegaan*, *is gestegen*);
- *zijn* + an adjective, also a participle that is an ordinary adjective (*is bekend*, *is gesloten*);
- *blijven* + adjective (*blijft dicht*): only *worden* and *zijn* count.

The rewrite names the agent of the *door*-phrase: *Er wordt door de gemeente ingezet op* → *De gemeente zet in
op*. Without an agent the suggestion asks the writer to say who does it: *Zeg wie het doet: wij ...*.
"""

from __future__ import annotations

from dataclasses import replace

from .audience import address_counts, addresses_with_je, software_text, speaks_as_we
from .common import share_finding
from .passive_who import HIDDEN_DOER_ADVICE, INFORMAL_WHO, POLICY_WHO, SOFTWARE_WHO, we_advice
from .registry import Rule, RuleContext, one_pass, register


def _check(analysis, ctx: RuleContext):
    """The hits of both passive rules, per parsed paragraph found once for each setting of the actor and the
    model (kept with the paragraph's Doc, which the analyser's cache shares between checks): the language
    server's whole-document check of the passive share (BT303) after every edit finds them anew only in the
    paragraphs that changed."""
    software = software_text(analysis.document.source)
    counts = address_counts(analysis.document.source)
    informal = not software and addresses_with_je(counts)
    we = speaks_as_we(counts)
    key = ("beleidstaal_passives", ctx.config.actor, ctx.config.model, software, informal, we)
    for ap in analysis.paragraphs:
        hits = ap.doc.user_data.get(key)
        if hits is None:
            hits = ap.doc.user_data[key] = list(
                _paragraph_hits(ap.doc, analysis, ctx, software, informal, we)
            )
        offset = ap.offset
        for hit in hits:
            yield replace(hit, start=hit.start + offset, end=hit.end + offset)


def _paragraph_hits(doc, analysis, ctx: RuleContext, software=False, informal=False, we=False):
    """The hits of one paragraph, with offsets in the paragraph's text. In a text about software the examples of
    who may act name a program and the people who build or use it (``SOFTWARE_WHO``), not a council; a text that
    says *je* to its reader gets *je* in the advice too (``INFORMAL_WHO``); a text that speaks as *we* names *we*
    first (``passive_who.we_advice``)."""
    who = SOFTWARE_WHO if software else INFORMAL_WHO if informal else POLICY_WHO
    # the detectors and the rewrite are imported here, not at the top: explain and rules stay fast (issue 20)
    from ..language.clause_check import check_clause
    from ..language.grammar import infinitive
    from ..language.passive import expletive, find_agent, find_passives, subject
    from ..language.passive_agent import doer_words, no_doer
    from ..language.passive_coordination import joined_closely
    from ..language.passive_hidden_doer import hidden_doer
    from ..language.passive_worth import left_out_because
    from ..language.words import tokens_text
    from .passive_guards import not_an_actor
    from .passive_legal import in_legal_test
    from .passive_needed import needed_terms, what_is_needed
    from .passive_phrases import composed_of, doer_quote, rewrite_misplaces, signpost, what_comes
    from .passive_rewrite import rewrite
    from .passive_who import door_doer, door_follows, in_a_subordinate_clause

    offset = 0
    for sent in doc.sents:
        # one finding per passive auxiliary: participles that share it are one passive clause. The finding of the
        # first is widened over a later one only in a close coordination (*worden behouden en versterkt*:
        # ``joined_closely``); one further away gets none of its own and leaves the span as it is; where the first
        # is left out, so are they. The auxiliary's index: the place of its hit in ``hits`` (None: none) and the
        # last participle the hit covers
        told: dict[int, tuple[int | None, object]] = {}
        hits: list = []
        for verb, pass_aux, auxes, impersonal in find_passives(sent):
            if pass_aux.i in told:
                k, last = told[pass_aux.i]
                if joined_closely(last, verb):
                    told[pass_aux.i] = (k, verb)
                    _widen(hits, k, offset + verb.idx + len(verb.text), verb.text)
                continue
            told[pass_aux.i] = (None, verb)
            why = left_out_because(verb, pass_aux, auxes, impersonal)
            # with the actor setting a usual practice (*het is gebruikelijk dat de vergunning wordt verleend*) is
            # the actor's routine act: the rewrite names it; where there is none, the practice stays left out
            usual = why == "usual" and bool(ctx.config.actor)
            if why is not None and not usual:
                continue
            agent = find_agent(verb)
            if agent is None and in_legal_test(verb, ctx):
                # er wordt geen afbreuk gedaan aan de gunstige staat van instandhouding: the law's test; a door-phrase
                # names who does it (door de verbouwing wordt afbreuk gedaan aan ...), and that is no test
                continue
            # whom the passive hides, asked once: for the rewrite, the advice and the message
            hidden = hidden_doer(verb, auxes)
            rule = IMPERSONAL if impersonal else PASSIVE
            # a duty without a door-phrase (*alle schuren moeten worden gesloopt*, *de aanvraag moet worden
            # beoordeeld*) binds whoever the rule is for: the owner, the applicant, the authority. A rewrite with the
            # document's actor guesses: on real plans half of such rewrites named the wrong doer (mend27's reading
            # of 32 of 212), so a duty gets the advice to say who must act
            duty = agent is None and hidden == "duty"
            result = rewrite(verb, pass_aux, auxes, None if duty else document_actor(analysis, ctx))
            if result is not None and not check_clause(result[0], ctx.config.model):
                result = None  # the rewrite fails the check (word order, agreement): advice instead
            if result is not None and rewrite_misplaces(result, agent):
                result = None  # 'zoals dat ...', or words after the doer moved with it: advice instead
            if result is not None and _capital_mid_sentence(result[0], verb.sent):
                result = None  # De gemeente moet Inhoudelijk toetsen: a capital mid-sentence is never offered
            if usual and result is None:
                continue
            core = sorted([pass_aux, verb], key=lambda t: t.i)
            # the doer after a later participle of the same clause counts (*geworven en getraind door X*)
            shown = agent if agent is not None else conjunct_agent(verb)
            if shown is not None and no_doer(shown):
                shown = None  # door de eeuwen heen, door hergebruik van: no doer to quote
            if shown is None and result is None:
                # a door-phrase the parse hung elsewhere (*uitgedrukt worden door non-ITers en ...*): for the
                # advice and the message, never for a rewrite
                shown = door_doer(verb, pass_aux, auxes)
            # dat er 120 parkeerplaatsen worden aangelegd: 'er komen 120 parkeerplaatsen' (who builds may not matter)
            comes = what_comes(verb, pass_aux, auxes) if impersonal and result is None else None
            # wordt gevormd door een veencomplex: what it consists of ('bestaat uit'), nobody acts
            parts = None if impersonal else composed_of(verb, pass_aux)
            # hieronder worden de thema's uitgewerkt: the writers do it ('Hieronder werken we ... uit')
            point = signpost(verb, auxes) if agent is None and hidden == "doer" and result is None else None
            # er dient akoestisch onderzoek te worden uitgevoerd: who must, or else 'Er is ... nodig'
            needed = (
                what_is_needed(verb, pass_aux, auxes)
                if shown is None and hidden == "duty" and result is None
                else None
            )
            suggestions: list[str] = []
            advice: list[str] = []
            if result is not None:
                suggestion, clause = result
                suggestions.append(suggestion)
                start = offset + clause[0].idx
                end = offset + clause[-1].idx + len(clause[-1].text)
            else:
                start = offset + core[0].idx
                end = offset + core[-1].idx + len(core[-1].text)
                named = doer_quote(shown) if shown is not None else ""
                if parts is not None:
                    example, form = parts[0] or "...", "vormen" if parts[1] else "vormt"
                    subj = subject(verb, auxes)
                    if pass_aux.lower_ in ("wordt", "worden") and len(auxes) == 1:  # the finite verb decides
                        many = pass_aux.lower_ == "worden"
                    else:
                        many = subj is not None and "Plur" in subj.morph.get("Number")
                    advice.append(
                        f"Schrijf '{'bestaan' if many else 'bestaat'} uit {example}', of begin met wat het is: "
                        f"'{example[:1].upper()}{example[1:]} {form} ...'."
                    )
                elif shown is not None and not_an_actor(shown):
                    advice.append(f"'{named}' doet zelf niets. Zeg wie het doet: {who['actor']}")
                elif shown is not None and in_a_subordinate_clause(verb, pass_aux, auxes):
                    # omdat het door een ontwikkelaar is ontwikkeld: the clause begins with 'omdat', not the doer
                    advice.append(f"Maak wie het doet het onderwerp van de bijzin: '{named}'.")
                elif shown is not None:
                    advice.append(f"Begin de zin met wie het doet: '{named}'.")
                elif comes:
                    advice.append(f"Zeg wie het doet, of schrijf wat er komt: '{comes}'.")
                elif point:
                    advice.append(f"Schrijf met 'we': '{point}'.")
                else:
                    # a door-phrase the parse could not read (*door duizenden mensen*) names someone: not *we*
                    ours = None
                    if we and not door_follows(verb, pass_aux, auxes):
                        ours = we_advice(verb, hidden, software, [pass_aux, *auxes])
                    needed = None if ours else needed
                    if needed:
                        ask = (who.get("duty") or HIDDEN_DOER_ADVICE["duty"]).split("?")[0]
                        must, need = needed_terms(needed)
                        ask = ask.replace("moet doen", must)
                        ours = f"{ask}? Doet het er niet toe wie, zeg dan wat {need} is: '{needed}'"
                    advice.append(ours or who.get(hidden) or HIDDEN_DOER_ADVICE[hidden])
            # hoeft geen vergunning te worden aangevraagd: nobody has to, nothing is needed
            must, need = needed_terms(needed) if needed else ("moet doen", "nodig")
            words = _quoted(core)
            # the message must be true of this sentence: where it names who acts ('door De Roever'), it does not
            # say that the sentence hides the doer (judged wrong on blind4 where it did)
            doer = (
                tokens_text(doer_words(shown, with_door=True))
                if shown is not None and not not_an_actor(shown)
                else ""
            )
            if impersonal:
                said = _quoted(sorted({*core, *auxes, expletive(verb, auxes) or pass_aux}, key=lambda t: t.i))
                if doer:
                    message = (
                        f"'{said}': een zin met 'er' en de lijdende vorm. Wie het doet, staat er wel: "
                        f"'{doer}'. Een actieve zin is korter en directer: begin met wie het doet."
                    )
                elif point:
                    message = f"'{said}': een zin met 'er' en de lijdende vorm. Een actieve zin is directer: '{point}'."
                elif comes:
                    message = (
                        f"'{said}': een zin met 'er' en de lijdende vorm zegt niet wie iets doet. Doet dat er niet "
                        "toe? Zeg dan kort wat er komt."
                    )
                elif needed:
                    message = (
                        f"'{said}': een zin met 'er' en de lijdende vorm zegt niet wie iets {must}. Zeg wie, "
                        f"of zeg kort wat er {need} is."
                    )
                else:
                    message = (
                        f"'{said}': een zin met 'er' en de lijdende vorm zegt niet wie iets doet. De lezer wil "
                        f"weten wie het doet: {who['impersonal']}"
                    )
            elif parts is not None:
                message = (
                    f"Lijdende vorm: '{words}'. Hier doet niemand iets: de zin zegt waaruit iets bestaat of wat het "
                    "is. Dat kan korter."
                )
            elif doer:
                message = (
                    f"Lijdende vorm: '{words}'. Wie het doet, staat er wel: '{doer}'. Een actieve zin is "
                    "korter en directer: begin met wie het doet."
                )
            elif point:
                message = f"Lijdende vorm: '{words}'. Een actieve zin is directer: '{point}'."
            elif needed:
                message = f"Lijdende vorm: '{words}'. Zeg wie dit {must}, of zeg kort wat er {need} is."
            elif agent is None and hidden == "source":
                # in hoofdstuk 3 worden de regels beschreven: the text is the better subject; 'who' would be wrong
                message = (
                    f"Lijdende vorm: '{words}'. Een actieve zin is directer: maak de tekst het onderwerp, "
                    f"bijvoorbeeld '{_source_text(verb)} {_source_verb(verb)}'."
                )
            else:
                message = f"Lijdende vorm: '{words}'. Een actieve zin is directer: zeg wie het doet."
            hits.append(rule.finding(
                start, end, message, suggestions=suggestions, advice=advice, replaceable=bool(suggestions),
                data={"verb": infinitive(verb), "agent": agent is not None},
            ))  # fmt: skip
            told[pass_aux.i] = (len(hits) - 1, verb)
        yield from hits


def _widen(hits: list, k: int | None, end: int, participle: str) -> None:
    """The finding at ``k`` covers a later participle of its clause too (not one with a rewrite: the rewrite
    replaces its own words), and its message quotes it (*'worden behouden ... versterkt'*, as ``_quoted`` marks
    words between)."""
    if k is not None and not hits[k].suggestions and end > hits[k].end:
        message, head = hits[k].message, "Lijdende vorm: '"
        close = message.find("'.", len(head)) if message.startswith(head) else -1
        if close > 0:
            message = f"{message[:close]} ... {participle}{message[close:]}"
        hits[k] = replace(hits[k], end=end, message=message)


def conjunct_agent(verb):
    """The doer named after a later participle that shares this one's auxiliary: *Vrijwilligers worden geworven
    en getraind door de welzijnsorganisatie* (the parse hangs the door-phrase on *getraind*). For what the message
    says only: the door-phrase may cover the last verb alone (*aangelegd en daarna onderhouden door de provincie*),
    so it decides neither whether the passive is reported nor a rewrite."""
    from ..language.passive import find_agent, is_participle

    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.i > verb.i
            and is_participle(c)
            and not any(g.dep_.startswith("nsubj") or g.dep_ in ("aux", "aux:pass") for g in c.children)
        ):
            agent = find_agent(c)
            if agent is not None and agent.i > c.i:
                return agent
    return None


def _capital_mid_sentence(text: str, sent) -> bool:
    """The rewrite keeps the capital of the sentence's first word after its start (*De gemeente moet Inhoudelijk
    toetsen*, *... behandelt Bezwaren*): a word that is no name (the parse's PROPN for a word the dictionary knows
    as a noun counts as none)."""
    from ..language.names import capital_elsewhere
    from ..language.noun_lemmas import noun_lemma

    first = sent[0]
    word = first.text
    if not word[:1].isupper() or word.isupper():
        return False
    if (first.pos_ == "PROPN" and not noun_lemma(first.lower_)) or capital_elsewhere(first):
        return False  # Amsterdam, De Roever, a Rijkswaterstaat the text names mid-sentence too: a name keeps its capital
    return word in text.split()[1:]


def _source_text(verb) -> str:
    """The text a reporting passive names with *in* (*in dit artikel wordt ... beschreven*), as a subject: *Dit
    artikel*, *Paragraaf 3.2* (the noun with the words before it and a number or name right after it, not a
    *van*-phrase); *De tekst* when that is longer than four words or not found."""
    from ..language.passive_frames import text_phrases

    doc = verb.doc
    for c in text_phrases(verb):
        end = c.i + 1
        while end <= c.right_edge.i and (doc[end].pos_ in ("NUM", "PROPN", "X", "SYM") or doc[end].like_num):
            end += 1
        words = [t.text for t in doc[c.left_edge.i + 1 : end]]
        if 0 < len(words) <= 4:
            text = " ".join(words)
            return text[:1].upper() + text[1:]
    return "De tekst"


def _source_verb(verb) -> str:
    """The passive's own verb in the present for that subject (*beschrijft ...*, *geeft ... aan*)."""
    from ..language.grammar import infinitive
    from ..language.verbs import present, separable

    lemma = infinitive(verb)
    parts = separable(lemma)
    if parts:
        return f"{present(parts[1])} ... {parts[0]}"
    return f"{present(lemma)} ..."


def _quoted(tokens) -> str:
    """The words of the verb group as the message quotes them: with '...' where other words stand between."""
    parts = [tokens[0].text]
    for prev, tok in zip(tokens, tokens[1:], strict=False):
        parts.append(("... " if tok.i - prev.i > 1 else "") + tok.text)
    return " ".join(parts)


def document_actor(analysis, ctx: RuleContext) -> tuple[str, bool] | None:
    """Who acts in this document when a passive does not say: the ``actor`` setting; None without it.

    Guessing the actor from the text itself (its *wij* or *het college*) was tried on real zoning plans and gave
    wrong sentences too often (*Wij hebben de sturingsmogelijkheden beperkt* for a state, not an act), so a rewrite
    without a door-phrase needs the setting."""
    if not ctx.config.actor:
        return None
    actor = ctx.config.actor.strip()
    first = actor.split()[0].lower()
    plural = first in ("wij", "we", "zij", "jullie") or (
        first == "de" and actor.lower().endswith(("en", "s"))
    )
    return actor, plural


# Both passive rules share one pass over the document.
_only = one_pass(_check)


PASSIVE = register(
    Rule(
        code="BT301", name="lijdende-vorm", category="passief", severity="info",
        summary="de lijdende vorm: `de nota wordt vastgesteld`",
        title="Lijdende vorm",
        what="Vindt zinnen in de lijdende vorm: 'worden' of 'zijn' met een voltooid deelwoord ('Het plan wordt "
        "door de raad vastgesteld'). Niet: 'is gegaan', 'is bekend', 'blijft dicht'. Geen melding als het niet "
        "uitmaakt wie het doet: in een voorwaarde ('indien er zonnepanelen worden geplaatst'), bij wat een "
        "onderzoek vond ('in de bodem is olie aangetroffen'), waarvoor iets dient ('wordt gebruikt voor'), wat "
        "een tekst bevat ('in de nota is een kaart opgenomen'), wat een wet of regel bepaalt ('in de wet is bepaald "
        "dat elke lozing wordt gemeld'), dat een onderzoek is gedaan ('er is een bodemonderzoek uitgevoerd'), "
        "wat op een datum gebeurde ('is in 1975 gesloopt'), "
        "hoe het vroeger was ('was geregeld in zes wetten'), een geschiedenis in de tegenwoordige tijd ('in 1922 "
        "wordt de fabriek gebouwd'), hoe water wegloopt ('het afvalwater wordt op het riool geloosd'), dat iets niet is gebeurd ('er zijn "
        "geen reacties ingediend'), wat een plan toelaat ('er kunnen zes woningen worden gebouwd'), waar een "
        "gebouw moet staan ('de woningen moeten binnen het bouwvlak worden gebouwd'), wat in elk geval gebeurt ('bij "
        "een verbouwing wordt de vloer eerst verwijderd'), een feit ('het feit dat er "
        "een mast wordt geplaatst'), wat vaak gebeurt ('het komt voor dat er bomen worden gekapt'), hoe iemand iets meet ('de hoogte wordt gemeten vanaf het peil') of wat "
        "ergens voor in de plaats komt ('de weg is vervangen door een fietspad'). Moet "
        "iemand iets doen, kan iemand iets doen, of trekt iemand een conclusie, dan zegt het advies wie u moet noemen.",
        why="In een zin in de lijdende vorm staat niet voorop wie iets doet, of het staat er helemaal niet. "
        "De lezer moet dat zelf bedenken. Een actieve zin is korter en duidelijker: 'De raad stelt het plan vast.'",
        bad=["Het plan wordt door de raad vastgesteld.", "De nota is in maart door het college vastgesteld."],
        good=["De raad stelt het plan vast.", "Hij is gisteren naar huis gegaan.", "De winkel blijft dicht.",
              "Het plan is bekend.", "De subsidie vervalt indien er zonnepanelen worden geplaatst."],
        check=_only("BT301"),
    )
)  # fmt: skip

IMPERSONAL = register(
    Rule(
        code="BT302", name="er-wordt", category="passief", severity="info",
        summary="de lijdende vorm zonder wie het doet: `er wordt ingezet op`",
        title="Onpersoonlijke lijdende vorm (er wordt)",
        what="Vindt zinnen als 'Er wordt gewerkt aan ...' en 'Er worden maatregelen genomen': de lijdende vorm "
        "met 'er', zonder te zeggen wie iets doet. Niet als de zin zegt dat iets niet is gebeurd ('Er is geen "
        "aanvraag gedaan'): dan is er niemand om te noemen. Ook niet als de zin zegt hoe gewoon iets is ('het "
        "komt voor dat er bomen worden gekapt'), wel als hij er een oordeel over geeft ('het gebeurt te vaak dat "
        "er ...', 'het mag niet voorkomen dat er ...'). Met de instelling 'actor' herschrijft het de zin met wie "
        "het doet, ook bij wat gewoon is. Moet iemand iets doen (een plicht zonder 'door'), "
        "dan zegt het advies wie u moet noemen.",
        why="Zo'n zin verstopt wie verantwoordelijk is. De lezer vraagt zich af: wie doet dit? Zeg het: 'De "
        "gemeente werkt aan ...', 'Wij nemen maatregelen'.",
        bad=["Er wordt door de gemeente ingezet op betere zorg.", "Er wordt hard gewerkt aan een oplossing."],
        good=["De gemeente zet in op betere zorg.", "Wij werken hard aan een oplossing."],
        check=_only("BT302"),
    )
)  # fmt: skip


#: above this share of sentences with a passive, one document-level finding (BT303). Yoast SEO, a readability
#: check Dutch web editors know, calls up to 10% good. beleidstaal counts every passive it finds, also those where
#: the doer does not matter (a condition, what research found), which are common in policy text, and the detector
#: is not free of errors, so it speaks only above 20%. (Until the sixth round it counted only the passives BT301
#: and BT302 report, above 15%; on the 57 judged files with a share finding every passive counts 1.44 times as
#: many sentences, median: 20% keeps about the same bar.)
PASSIVE_SHARE = 0.20


def _passive_share(analysis, ctx: RuleContext):
    """The share of sentences with a passive, any passive the detector finds: also the ones BT301 and BT302 leave
    out because the doer is beside the point (a condition, a finding of research). They are passives all the
    same, and a text full of them reads stiffly; the finding points to the first of them in the text."""
    from ..language.passive import find_passives

    def flagged(sent, offset: int) -> bool:
        return bool(find_passives(sent))

    yield from share_finding(
        PASSIVE_SHARE_RULE, analysis, flagged, PASSIVE_SHARE, "staat in de lijdende vorm", "streef naar minder dan",
        "Zeg in de meeste zinnen wie iets doet: 'De gemeente verleent de vergunning' in plaats van 'De vergunning "
        "wordt verleend'. Begin bij de zinnen met 'er wordt'.",
    )  # fmt: skip


PASSIVE_SHARE_RULE = register(
    Rule(
        code="BT303", name="veel-lijdende-vorm", category="passief", severity="warning", scope="document",
        summary="meer dan 20% van de zinnen in de lijdende vorm (één melding per document)",
        title="Veel zinnen in de lijdende vorm",
        what="Telt hoeveel zinnen een lijdende vorm hebben, ook de zinnen die BT301 en BT302 niet melden omdat het "
        "niet uitmaakt wie het doet. Is dat meer dan 20% van de zinnen, dan komt er één melding voor het hele "
        "document, op de eerste zin in de lijdende vorm. Koppen, tabellen en "
        "aangehaalde tekst tellen niet mee. Een tekst van minder dan 10 zinnen krijgt deze melding niet. Ligt het "
        "aandeel maar 1 procent boven de grens, dan is de "
        "melding een tip in plaats van een waarschuwing.",
        why="Eén zin in de lijdende vorm is niet erg. Maar staat een groot deel van de tekst zo, dan leest hij "
        "stijf en zegt hij vaak niet wie iets doet. De grens: Yoast, een leesbaarheidscontrole die veel "
        "webredacteuren kennen, noemt tot 10% goed. beleidstaal meldt het pas boven 20%: het telt elke lijdende "
        "vorm, ook waar het niet uitmaakt wie iets doet (een voorwaarde, wat een onderzoek vond), en de computer "
        "herkent de lijdende vorm niet altijd goed. Een losse zin in de lijdende vorm is daarom alleen een tip.",
        bad=["De aanvraag wordt ontvangen. De aanvraag wordt beoordeeld. Daarna wordt een besluit genomen. Het besluit "
             "wordt verstuurd. De kosten worden berekend. De rekening wordt gestuurd. Bezwaar wordt behandeld. De "
             "uitspraak wordt gemeld. Het dossier wordt gesloten. Alles wordt bewaard."],
        good=["Wij ontvangen uw aanvraag. Wij beoordelen de aanvraag. Daarna nemen wij een besluit. Dat sturen wij u. "
              "Wij berekenen de kosten. U krijgt een rekening. Wij behandelen uw bezwaar. Wij melden de uitspraak. "
              "Wij sluiten het dossier. Wij bewaren alles."],
        check=_passive_share,
    )
)  # fmt: skip
