"""Word-list rules (BT101–BT106, BT108, BT109, BT202): officialese, jargon, anglicisms, wordy phrases, clichés, hedges and
support-verb constructions, matched on lemmas and the parse.

How an entry matches (see lexicons/README.md):
- one word: a token whose lower-cased text, lemma, separable-verb lemma (*zet ... in* → *inzetten*) or, for an
  adjective before its noun, base form (*incidentele* → *incidenteel*) is the term; or whose written form is one
  of the term's forms (``language/entry_forms.py``: *ik faciliteer*, *zij prioriteert*, *is aangevangen*,
  *inputs*), also when the tagger gave it a wrong lemma, or a word class the data does not know the word in (the
  lemma backstop); or the closed or hyphenated spelling of the term (*emailen*, *businesscase*);
- a one-word noun also as the last part of a compound the tagger calls a noun (*beleidsdoelstellingen*,
  *beleids-doelstelling*; ``language/compounds.py``), unless the entry says ``compounds = false``: the finding
  covers the whole word (``data["form"] = "compound"``, a tip), its replacement replaces only that part;
- several words without ``verb``: consecutive tokens, each matching on text or lemma, the last word also in its
  other forms (*business cases*);
- several words with ``verb``: the verb in any form anywhere in the clause, and the other words in order (gaps of
  at most three tokens) inside the verb's part of the parse tree: *hebben een besluit genomen*, *dat wij zorg
  dragen voor*, *zet vanaf 2025 in op*; the verb and the nouns also in any of their written forms (*afspraken
  maakten*); *te* is the infinitive marker of the verb's complement (*dient de aanvraag ... in te dienen*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..findings import Hit
from .audience import for_developers
from .common import char_span, closing_stop, match_case, quoted
from .lexicon_context import (
    _document_names,
    _in_emphasised_name,
    _in_link_title,
    _lead_label,
    _whole_label,
    gloss_opening,
    in_named_list_item,
    in_named_themes,
    in_side_note,
    list_lead_ins,
    names_an_edition,
    plain_before_gloss,
)
from .lexicon_defined import (
    LISTED_RULES,
    TERM_RULES,
    defined_under_heading,
    defines,
    explained_by_list,
    explained_inline,
    headings_before,
    run_in_heading,
    term_keys,
)
from .lexicon_offer import advice_sentence, article_fit, compound_offer, finding_message, fix_data
from .lexicon_parts import in_english_run, in_title, names_a_section, repeats_a_heading
from .lexicon_quoted import QUOTED_NAME_RULES, named_in_quotes
from .registry import REGISTRY, Rule, RuleContext, all_rules, one_pass, register, rule_enabled

if TYPE_CHECKING:
    from .lexicon_compile import CompiledLexicon

# The language modules and the matcher are imported by the check itself, not here: ``explain``, ``rules`` and
# ``--help`` read the registry without paying for their patterns and data (issue 20).

#: the severity of a word with a replacement that always drops in (``fix = "safe"``): on the judged real-text sheets
#: (bench/quality/real: dev, blind and replacement sheets) such findings were right in 37 of 38 (0.97 strict), the
#: other word-list findings in 180 of 244 (0.74), so only these are warnings by default
SAFE_SEVERITY = "warning"


def entry_severity(entry, rule) -> str:
    """An entry's own severity, else ``warning`` for a safe replacement, else its rule's."""
    if entry.severity:
        return entry.severity
    if entry.fix == "safe":
        return SAFE_SEVERITY
    return rule.severity if rule else "info"


def _advice_only(entry) -> bool:
    """An entry of ``TERM_RULES`` without a verb and with no exact plainer word (its alternatives are advice only):
    a concept word, which a document may use as its own term."""
    return entry.rule in TERM_RULES and entry.verb is None and not (entry.replace and entry.replacements)


def _all_word_lists(analysis, ctx: RuleContext) -> list[Hit]:
    """Every word list over the analysis in one pass; the per-code rules below pick their own findings."""
    from ..language.fixed_groups import rejoined
    from ..language.names import before_its_name, is_name_or_mention
    from ..language.realise import offer, stretch, widen
    from ..language.realise_advice import cut_advice, rewrite_advice
    from ..language.realise_participle import participle_advice
    from ..language.realise_structure import legal_formula
    from ..language.realise_verbs import negated_duty_advice
    from .lexicon_apart import cut_from_coordination, open_compound_part
    from .lexicon_clause import by_clause, by_infinitive
    from .lexicon_guards import drop_nested
    from .lexicon_match import match_sentence
    from .lexicon_place import by_place
    from .lexicon_sense import (
        by_dependent,
        in_sense,
        not_meant,
        quoted_words,
        reason_here,
        reflexive_sense,
        sense_advice,
        subject_verb_advice,
    )
    from .lexicon_store import compiled_for

    lex: CompiledLexicon = compiled_for(ctx)
    findings = []
    # per finding: the term of an advice-only entry (it may be explained) and the word after it (``term_keys``)
    found: list[set[tuple[str, str | None]] | None] = []
    document = analysis.document
    text = document.text
    named: dict = {}  # word -> the document names it somewhere (unless_document)
    explained: set[tuple[str, str | None]] = set()  # concept words the document says the meaning of
    headings = headings_before(document)  # paragraph start -> the heading right above it
    leads = list_lead_ins(analysis)  # list item start -> the lead-in sentence of its list, ending in a colon
    # a compound preposition the parser cut in two (*Gelet* | *op ...*) is read as one sentence again
    for sent, offset in rejoined(analysis.sentences()):
        for entry, matched, _exact, split in match_sentence(sent, lex):
            if is_name_or_mention(matched):
                continue  # a name or title, or a word the text talks about: not the writer's word choice
            if entry.rule != "BT103" and before_its_name(matched):
                continue  # de gebiedsontwikkeling Brainport Avenue: a Dutch noun in the name of a project
            if len(matched) == 1 and legal_formula(matched[0]):
                continue  # bouwwerken, geen gebouwen zijnde: a defined term of plan rules, not a word choice
            if cut_from_coordination(sent, matched):
                continue  # woon- en leefklimaat: the word shares a part with the one before, it is not alone
            if open_compound_part(sent, matched, entry):
                continue  # maatwerk rapportages: the first part of a compound written apart
            if reflexive_sense(entry, matched):
                continue  # wij hebben ons voorgenomen: zich voornemen, another verb than the listed one
            listed, entry = entry, by_dependent(entry, matched)  # voorzien in de behoefte: voldoen aan
            entry = by_clause(entry, matched)  # er wordt gehanteerd dat ...: geldt, not gebruikt
            entry = by_infinitive(entry, matched)  # wordt geacht te: moet, not vinden
            # subsidie in de vorm van een lening: name the thing; de betreffende locatie: an adjective, not 'over';
            # gedurende zes weken; desgewenst only to the reader; een geïntegreerde aanpak; geen relatie met
            entry = by_place(entry, matched)
            # the matched words' place in the source (``s0``-``s1``), for the two tests of the Markdown around them
            start, end = char_span(matched, offset)
            place = (document.source_offset(start), document.source_offset(end, end=True))
            if _in_emphasised_name(document.source, *place):
                continue  # a bold or italic name: **Decision management**, *Wet open overheid*
            if _in_link_title(document.source, *place):
                continue  # the title of a linked document: [Opdracht 30 – Valideren rekenregel](...)
            if in_english_run(sent, matched):
                continue  # an English title or quotation: *als titel A framework for agile law execution*
            opening = gloss_opening(sent, matched)
            if opening is not None and (entry.rule == "BT103" or plain_before_gloss(sent, opening, entry)):
                continue  # a gloss after the plain word: bouwhulpmiddel (build tool), aantallen (kwantitatief)
            if entry.unless_document and _document_names(
                analysis.document.source, entry.unless_document, named
            ):
                continue  # a document about software: the term is the software's own word (a GitHub issue)
            if entry.audience == "it" and for_developers(document, named):
                continue  # a text with code, for developers: the trade's own English word (updaten, input)
            if (
                _whole_label(sent, matched)
                or _lead_label(sent, matched, entry.term)
                or run_in_heading(sent, matched)
            ):
                continue  # a heading or label that is only the listed word names a topic, it says nothing
            if (
                in_named_themes(sent, matched)
                or in_named_list_item(sent, matched, leads.get(offset))
                or names_an_edition(sent, matched)
            ):
                continue  # *de drie speerpunten (wonen, werken en leefbaarheid)*: the name of a theme
            if entry.rule in QUOTED_NAME_RULES and named_in_quotes(
                sent, matched, (p.doc for p in analysis.paragraphs), named
            ):
                continue  # *de 'gebiedsgerichte benaderingswijze'* once in quotes: later the same name
            if names_a_section(sent, matched) or (
                entry.rule in QUOTED_NAME_RULES
                and _advice_only(entry)
                and repeats_a_heading(sent, matched, analysis.paragraphs, named)
            ):
                continue  # *het afwegingskader (hoofdstuk 6)*, *## Natuurinclusief bouwen*: a part's name
            if _advice_only(entry) and in_title(matched, analysis.paragraphs, named):
                continue  # *# Beleidsnota Duurzame Mobiliteit*: the field the document is named after
            if _advice_only(entry) and (
                defines(matched) or defined_under_heading(headings.get(offset), sent, matched)
            ):
                explained |= term_keys(entry.term, matched, defined=True)
                continue  # *Een workflow is een vaste reeks stappen*: the text explains its term here
            if entry.rule in TERM_RULES and explained_inline(sent, matched):
                continue  # *niet te reduceren, in de zin dat ...*: the writer says what the word means here
            if (
                _advice_only(entry)
                and entry.rule in LISTED_RULES
                and explained_by_list(document.source, place[1], sent, matched)
            ):
                continue  # *een vitaal buitengebied:* and a list: the list says what the word stands for
            tokens = matched if split else stretch(matched, entry.verb is not None, entry.term)
            start, end = char_span(tokens, offset)
            flagged = text[start:end]
            if flagged.lower() in lex.allow:
                continue
            rule = REGISTRY.get(entry.rule)
            if split:
                tokens, fitting, unfit = compound_offer(matched[0], split, entry)
                start, end = char_span(tokens, offset)  # with its article where that changes too
                wider = duty = None
            else:
                # replacements and advice only for the alternatives that keep the meaning here (lexicon_sense)
                duty = negated_duty_advice(tokens)  # once per finding: in_sense, not_meant, sense_advice
                fitting, unfit, kept = in_sense(
                    tokens,
                    article_fit(tokens, entry.replacements),
                    lambda kept, tokens=tokens, entry=entry: offer(
                        tokens, kept, entry.term, verbal=entry.verb is not None, replace=entry.replace
                    ),
                    duty,
                )
                wider = widen(tokens, entry.term, kept, fitting) if entry.replace and kept else None
            if wider is not None:
                # 'de bouw, alsmede de aanleg' → 'de bouw en de aanleg'; 'de algemene doelstelling' → 'het
                # algemene doel': the replacement changes the words around it too
                tokens, fitting, still_unfit = wider
                unfit = unfit if still_unfit is None else rewrite_advice(still_unfit)
                start, end = char_span(tokens, offset)
                duty = None  # other words: made again below
            advices = cut_advice(tokens, entry.advice)
            if len(tokens) == 1 and participle_advice(tokens[0]) is not None:
                unfit = []  # the clause advice says how to write *die ... is*: no second advice with it
            own_verb = subject_verb_advice(tokens) if entry.verb_of_subject else []
            if own_verb:
                # afstemming vindt plaats: 'afstemmen'; 'zijn' or 'gebeuren' would keep the noun (*gebeurt een
                # herinrichting*), so neither the advice nor the reason offers the entry's words beside it
                advices, unfit = own_verb + advices, []
            # the message names no alternative out of sense here; where that cuts the reason, it says what
            # the replacement check says instead (*Kies ... zoals 'op grond van'*, *mag niet*, *hoeft niet te*)
            duty = negated_duty_advice(tokens) if duty is None else duty
            gone = not_meant(listed, entry, tokens, duty) | (
                quoted_words(entry.reason) if own_verb else frozenset()
            )
            cut = reason_here(entry.reason, gone) != entry.reason
            instead = sense_advice(tokens, gone, duty) or (unfit if cut else [])
            findings.append(
                Hit(
                    rule=entry.rule,
                    name=rule.name if rule else entry.category,
                    category=entry.category,
                    severity="info" if split or in_side_note(sent, tokens) else entry_severity(entry, rule),
                    message=finding_message(
                        entry,
                        flagged,
                        instead + advices,
                        split[1] if split else None,
                        gone,
                        fitting,
                    ),
                    start=start,
                    end=end,
                    suggestions=[match_case(a, flagged) + closing_stop(tokens) for a in fitting],
                    advice=[advice_sentence(a) for a in advices] + unfit,
                    replaceable=bool(fitting),
                    term=entry.term,
                    # --fix applies a replacement only when it fits this sentence and the entry is safe everywhere
                    data=fix_data(entry, fitting, split),
                )
            )
            found.append(term_keys(entry.term, matched) if _advice_only(entry) else None)
    # a term the document explains anywhere is the reader's to learn there, not a word to replace
    kept = zip(findings, found, strict=True)
    return drop_nested(
        [h for h, k in kept if k is None or not (k & explained or {(w, None) for w, _ in k} & explained)],
        _enabled_codes(ctx),
    )


def _enabled_codes(ctx: RuleContext) -> frozenset[str]:
    """The codes of the rules this run reports (its ``select`` and ``ignore``, and the rules on request)."""
    key = ("enabled_codes", ctx.config.select, ctx.config.ignore)
    if key not in ctx.resources:
        ctx.resources[key] = frozenset(r.code for r in all_rules() if rule_enabled(r, ctx.config))
    return ctx.resources[key]


_check_for = one_pass(_all_word_lists)
#: all word-list findings of an analysis (computed once), for rules that need to know them
lexicon_findings = _check_for.findings


def _count(code: str):
    def extra() -> str:
        from ..lexicon import builtin_lexicons_for

        entries = [e for lex in builtin_lexicons_for(code) for e in lex.entries if e.rule == code]
        sample = next((e for e in entries if e.example), entries[0] if entries else None)
        lines = [f"Woordenlijst: {len(entries)} woorden en uitdrukkingen."]
        if sample:
            lines.append(f"Bijvoorbeeld: '{sample.term}' → {quoted(list(sample.alternatives))}.")
            if sample.example:
                lines.append(f"In een zin: {sample.example}")
        return "\n".join(lines)

    return extra


_RULES = [
    dict(
        code="BT101", name="ambtelijke-taal", category="ambtelijk",
        severity="info",  # blind sheet (issue #16) 19/22 = 0.86 strict, dev 21/24 = 0.88: below 0.95 (entries measured >= 0.95 are warning in ambtelijk.toml)
        summary="stijve woorden uit ambtelijke brieven",
        title="Ambtelijk woord",
        what="Vindt stijve, ouderwetse woorden uit ambtelijke brieven, zoals 'middels', 'teneinde' en 'derhalve'.",
        why="Deze woorden gebruikt bijna niemand in gewone taal. De lezer moet ze 'vertalen', en de tekst klinkt "
        "afstandelijk. Een gewoon woord zegt hetzelfde.",
        bad=["Wij informeren u middels deze brief."], good=["Wij informeren u met deze brief."],
    ),
    dict(
        code="BT102", name="jargon", category="jargon",
        severity="info",  # blind sheet (issue #16) 12/16 = 0.75 strict, dev 9/16 = 0.56: below 0.95
        summary="vakjargon en managementtaal",
        title="Jargon",
        what="Vindt vakjargon en managementtaal, zoals 'faciliteren', 'implementeren' en 'borgen'.",
        why="Jargon klinkt belangrijk, maar zegt weinig. De lezer weet niet wat u precies gaat doen.",
        bad=["De gemeente faciliteert initiatieven van bewoners."],
        good=["De gemeente helpt bewoners met hun plannen."],
    ),
    dict(
        code="BT103", name="anglicisme", category="jargon",
        severity="info",  # blind sheet (issue #16) 2/11 = 0.18 strict (English text, now BT902), dev 9/10 = 0.90: below 0.95
        summary="Engelse woorden waarvoor een Nederlands woord bestaat",
        title="Engels woord",
        what="Vindt Engelse woorden waarvoor een gewoon Nederlands woord bestaat, zoals 'stakeholders'. Niet bij"
        " een gewoon woord uit het vak van ontwikkelaars ('updaten', 'input', 'dropdown') in een tekst met veel code"
        " (een codeblok of minstens vijf stukjes code tussen backticks, samen minstens een op de tien regels): die"
        " tekst is voor ontwikkelaars geschreven, en daar is het de vakterm die de lezer kent.",
        why="Niet iedere lezer kent deze Engelse woorden. Het Nederlandse woord is voor iedereen duidelijk.",
        bad=["We praten met alle stakeholders."], good=["We praten met alle betrokkenen."],
    ),
    dict(
        code="BT104", name="omslachtige-formulering", category="omslachtig",
        severity="info",  # blind sheet (issue #16) 15/18 = 0.83 strict, dev 21/22 = 0.95: below 0.95 together (entries measured >= 0.95 are warning in omslachtig.toml)
        summary="lange formuleringen die korter kunnen",
        title="Omslachtige formulering",
        what="Vindt lange formuleringen die korter kunnen, zoals 'in het kader van' en 'met betrekking tot'. Ook "
        "'ter' met een handeling en 'van', 'op' of 'aan': 'ter waarborging van' is 'om ... te waarborgen'. Niet bij "
        "een vaste term ('ter inzage leggen', 'ter visie'), een plaats ('ter zitting'), een stap in een procedure "
        "('ter goedkeuring aan de raad voorleggen'), de naam van een soort vergunning of besluit ('een vergunning "
        "ter afwijking van het plan') en het begin of eind van een tekst of bijeenkomst ('ter afsluiting van dit "
        "hoofdstuk').",
        why="Elk extra woord kost de lezer tijd. Korte woorden maken de zin lichter en duidelijker.",
        bad=["Met betrekking tot de aanvraag ontvangt u bericht."], good=["Over de aanvraag ontvangt u bericht."],
    ),
    dict(
        code="BT105", name="cliche", category="cliche",
        severity="info",  # blind sheet (issue #16) 3/8 = 0.38 strict, dev 0/9: below 0.95
        summary="versleten uitdrukkingen uit beleidsnota's",
        title="Cliché",
        what="Vindt versleten uitdrukkingen uit beleidsnota's, zoals 'de burger centraal' en 'een stip op de horizon'.",
        why="Een cliché staat in elke nota en zegt daarom niets. De lezer wil weten wat u zelf gaat doen.",
        bad=["We zetten de inwoner centraal."], good=["We vragen inwoners wat zij nodig hebben."],
    ),
    dict(
        code="BT106", name="vaag", category="vaag",
        severity="info",  # judged real-text rows of every sheet to blind9 (studied): 75 of 80 that fire now right (0.94) after the reservations (BT108) and vague quantities (BT109) moved out; entries measured >= 0.95 are warning in vaag.toml
        summary="vage en stijve woorden, zoals `veelal` en `adequaat`",
        title="Vaag woord",
        what="Vindt vage en stijve woorden waarvoor een gewoner woord bestaat, zoals 'veelal', 'doorgaans', "
        "'adequaat' en 'al dan niet'.",
        why="Vage woorden laten de lezer raden wat u bedoelt. Een gewoon woord zegt hetzelfde, of u zegt precies "
        "wat u bedoelt.",
        bad=["De aanvragen worden veelal adequaat afgehandeld."],
        good=["De meeste aanvragen handelen we binnen zes weken af."],
    ),
    dict(
        code="BT108", name="voorbehoud", category="vaag",
        # judged real-text rows of every sheet to blind9 (studied): 15 of 23 that fired under BT106 right (0.65);
        # editors call a hedge that describes the policy itself, someone else's policy or a legal term no vague
        # promise of the writer (bench/quality/real/RESULTS.md, "After blind9")
        severity="info", opt_in=True,
        summary="voorbehouden bij een belofte of regel, zoals `in principe`",
        title="Voorbehoud",
        what="Vindt voorbehouden die een belofte of regel open laten, zoals 'in principe', 'waar mogelijk', "
        "'zo veel mogelijk' en 'nader te bepalen'.",
        why="Een voorbehoud laat de lezer raden wanneer iets wel en niet geldt. Zeg wanneer het niet geldt, of "
        "laat het weg als er geen uitzondering is. Vaak beschrijft het voorbehoud het beleid zelf, of dat van "
        "een andere overheid: dan hoeft u niets te veranderen.",
        bad=["In principe krijgt u binnen zes weken antwoord."],
        good=["U krijgt binnen zes weken antwoord."],
    ),
    dict(
        code="BT109", name="vage-hoeveelheid", category="vaag",
        # judged real-text rows of every sheet to blind9 (studied): 43 of 58 that fired under BT106 right (0.74;
        # 'diverse' 37 of 50): 'op diverse plaatsen' is ordinary Dutch to many editors
        severity="info", opt_in=True,
        summary="vage hoeveelheden en maten, zoals `diverse` en `enigszins`",
        title="Vage hoeveelheid",
        what="Vindt woorden die een hoeveelheid of maat vaag laten, zoals 'diverse', 'enigszins', 'tal van' en "
        "'significant'.",
        why="De lezer weet niet hoeveel, hoe vaak of hoe sterk. Noem het getal of de dingen die u bedoelt. Vaak is "
        "het woord gewoon Nederlands en is het getal niet nodig.",
        bad=["De kosten zijn enigszins gestegen."],
        good=["De kosten zijn met 3 procent gestegen."],
    ),
    dict(
        code="BT202", name="steunwerkwoord", category="omslachtig",
        severity="info",  # blind sheet (issue #16) 8/12 = 0.67 strict, dev 11/13 = 0.85: below 0.95
        summary="een zelfstandig naamwoord met een zwak werkwoord, waar één werkwoord volstaat: `een besluit nemen`",
        title="Zelfstandig naamwoord met zwak werkwoord",
        what="Vindt een zelfstandig naamwoord met een 'zwak' werkwoord waar één werkwoord volstaat: "
        "'een besluit nemen' (besluiten), 'zorg dragen voor' (zorgen voor), 'in overweging nemen' (overwegen).",
        why="Het echte werkwoord zit verstopt in een zelfstandig naamwoord. De zin wordt langer en abstracter. "
        "Met het werkwoord zelf is de zin korter en actiever.",
        bad=["Het college heeft een besluit genomen over de subsidie."],
        good=["Het college heeft besloten over de subsidie."],
    ),
]  # fmt: skip

for _spec in _RULES:
    register(Rule(**_spec, check=_check_for(_spec["code"]), extra=_count(_spec["code"])))
