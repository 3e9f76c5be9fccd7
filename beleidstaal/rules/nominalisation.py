"""Nominalisations (BT201): a verb made into a noun where the noun makes the sentence heavy (detection in
``language/nominalisation.py``)."""

from __future__ import annotations

from .common import char_span
from .registry import Rule, RuleContext, register


def _message(flagged: str, verb: str, how: str) -> str:
    return (
        f"'{flagged}': hier is het werkwoord '{verb}' een zelfstandig naamwoord geworden{how}. "
        "Zo wordt de zin zwaar en abstract. Schrijf met het werkwoord: dan ziet de lezer wie wat doet."
    )


def _check(analysis, ctx: RuleContext):
    from ..language.choice import or_list
    from ..language.data import word_set
    from ..language.nominal_signals import van_is_subject
    from ..language.nominal_verb import phrase_verb, plain_verbs  # here: explain stays fast
    from ..language.nominalisation import find_nominalisations
    from ..language.verb_readings import open_reading
    from .lexicon import lexicon_findings
    from .lexicon_store import compiled_for, own_entries

    support: list[tuple[int, int]] | None = None
    reported: set[tuple[int, int]] = set()
    for sent, offset in analysis.sentences():
        for tokens, verb, suggestion, alts, kind in find_nominalisations(sent):
            start, end = char_span(tokens, offset)
            if support is None:  # the word lists run only when needed (they are cached per analysis)
                words = lexicon_findings(analysis, ctx)
                support = [(f.start, f.end) for f in words if f.rule == "BT202"]
                reported = {(f.start, f.end) for f in words if f.rule in WORD_CHOICE}
            if any(a < end and start < b for a, b in support):
                continue  # the support-verb rule (BT202) already reports this phrase: *maken gebruik van*
            noun, whole = _whole_verb(tokens, verb)
            if _noun_quoted(analysis, noun or tokens[0], offset):
                continue  # the noun is another text's word (*een 'ruimtelijke ontwikkeling van ...'*): not rewritten
            own = own_entries(
                compiled_for(ctx), whole
            )  # the word list's entries for the verb (*faciliteren*)
            # the word list reports the noun (*doorontwikkeling*): its verb's plainer verbs, as the list's entry for
            # the verb gives them ('verder ontwikkelen', 'verbeteren'); elsewhere the verb itself, as the table has it
            # (or the infinitive made noun, whatever its tag: *het borgen van de kwaliteit*)
            made = [noun] if noun is not None else [t for t in tokens if verb in (t.lemma_, t.lower_)]
            listed_noun = any(char_span([t], offset) in reported for t in made)
            instead = _listed_verb_plain(own, whole, _people_object(tokens)) if listed_noun else None
            if instead == []:
                continue  # its verb is listed too, with no plainer verb: the word list's finding says it all
            fixed = noun is not None and phrase_verb(noun.lemma_ or noun.lower_) == verb
            if fixed and listed_noun:
                # a noun of a fixed verb phrase the word lists report as a word (*totstandkoming*): their finding is
                # the one, for BT201 could only advise the phrase or the verb their entry names
                continue
            said = _phrase_plain(compiled_for(ctx), verb, _object_noun(tokens)) if fixed else None
            if said is not None and suggestion and suggestion.endswith(" " + verb):
                # the word lists report the phrase (*ten uitvoer leggen*): their plain verb (*het besluit uitvoeren*)
                suggestion, *alts = [f"{suggestion[: -len(verb) - 1]} {p}" for p in said] or [None]
            if whole != verb:  # *doorvertaling*: 'doorvertalen', not 'vertalen'
                suggestion = suggestion and _swap_verb(suggestion, verb, whole)
                alts = [_swap_verb(a, verb, whole) for a in alts]
                verb = whole
            if instead and suggestion and suggestion.endswith(" " + verb):
                # a listed verb: its entry's plainer verbs, not the verb the word list reports
                suggestion, *alts = [f"{suggestion[: -len(verb) - 1]} {p}" for p in instead]
            flagged = analysis.document.text[start:end]
            table = [suggestion, *alts] if suggestion else []
            rewrites = (
                _for_its_object(ctx, tokens, verb, table) if suggestion and not _cut_off(tokens) else []
            )
            if own and (rewrites != table or verb not in word_set("grammatica", "narrow_plain_verbs")):
                # the word list reports the verb: the plain verbs only (*de dagbesteding mogelijk maken*, *ondernemers
                # helpen*, *de doelen bereiken*); but a verb whose plain verbs fit only some objects stays next to
                # them where the object has none of its own (*het project realiseren*, *bouwen* or *maken*: *een
                # besparing bouwen* is nonsense)
                rewrites = [r for r in rewrites if not r.endswith(" " + verb)] or rewrites
            advice: list[str] = []
            if any(t.lower_ == verb for t in tokens) and open_reading(verb, _object_noun(tokens)):
                # *het voorkomen van vleermuizen*: are they there, or does somebody keep them away? The example would
                # choose 'keep away' ('vleermuizen voorkomen'); the advice names both verbs and gives none. Only the
                # infinitive has both readings: *de voorkoming van* is 'prevent' alone
                advice.append(
                    f"'{verb.capitalize()}' kan hier twee dingen betekenen. Gaat het om iets wat er is? Schrijf dan "
                    "'komt voor' of 'is er'. Gaat het om iets wat iemand tegenhoudt? Schrijf dan met het werkwoord "
                    f"'{verb}' en zeg wie het doet."
                )
            elif rewrites:
                # advice, never replacement text: a verb phrase in the noun's place reads badly or breaks the
                # sentence in most real sentences (judged drop-in 1 of 7 on the replacement sheet, 0 of 15 on the
                # blind sheet of issue #16): 'De concrete uitvoering van deze richtlijn is aangepast' → not
                # 'Deze richtlijn concreet uitvoeren is aangepast'; a list or a pair of nouns breaks
                listed = or_list(dict.fromkeys(rewrites))
                advice.append(f"Schrijf met het werkwoord en pas de zin aan, bijvoorbeeld met {listed}.")
            elif said == []:  # the lists report the phrase and name no verb that takes its place here
                advice.append("Schrijf met een werkwoord en zeg wie wat doet.")
            elif van_is_subject(verb) and kind != "zwak":
                # a verb without an object (*toenemen*, *ontbreken*: nobody does it; *instemmen*, *streven*: a
                # prepositional object at most): what follows *van* is its subject (*een toename van de afvoer* →
                # *de afvoer neemt toe*; *de instemming van de raad* → *de raad stemt in*)
                # *geen toename van de afvoer* → *de afvoer neemt niet toe*: the advice keeps the negation
                negated = (
                    " Schrijf dan 'niet' in plaats van 'geen'." if flagged.lower().startswith("geen ") else ""
                )
                advice.append(
                    f"Schrijf met het werkwoord {or_list(said or [verb])}: wat na 'van' staat, is dan het "
                    f"onderwerp.{negated}"
                )
            else:
                plain = said or instead or plain_verbs(verb)
                listed = or_list(dict.fromkeys(plain if plain and (own or said) else [verb, *plain]))
                advice.append(f"Schrijf met het werkwoord {listed} en zeg wie het doet.")
            how = {"van": "", "infinitief": " (het ... van)", "zwak": " met een zwak werkwoord"}[kind]
            yield NOMINALISATION.finding(
                start, end, _message(flagged, verb, how),
                suggestions=[], advice=advice, replaceable=False,
                data={"verb": verb, "kind": kind},
            )  # fmt: skip


def _cut_off(tokens) -> bool:
    """The phrase ends on a word that belongs to a noun after it (*het toevoegen van slechts drie grondgebonden*
    | *woning*, *een optimale benutting van bestaand* | *bebouwd gebied*, *de uitwerking van blok* | *K3*): an
    example made of it would lose that noun ('slechts drie grondgebonden toevoegen'), so the advice names the verb
    without one."""
    from ..language.noun_lemmas import noun_lemma

    words = sorted((t for t in tokens if not t.is_punct), key=lambda t: t.i)
    if not words or words[-1].i + 1 >= len(words[-1].doc):
        return False
    last = words[-1]
    nxt = last.doc[last.i + 1]
    if nxt.is_punct:
        return False
    if _name_goes_on(last, nxt):
        return True
    if last.pos_ not in ("NOUN", "PROPN"):
        # an adjective or number of a later noun, or the head the parse made of it (*grondgebonden* <- *woning*)
        return last.head.i > last.i or (nxt.head.i == last.i and nxt.pos_ in ("NOUN", "PROPN"))
    if last.head.i == nxt.i and nxt.pos_ in ("NOUN", "PROPN", "NUM", "X"):
        return True  # a noun glued to the next word (*blok* | *K3*); not one the parse hung on a later verb
    # a present participle tagged as a noun, before more of the phrase (*bestaand* | *bebouwd gebied*)
    if not last.lower_.endswith(("end", "and")) or noun_lemma(last.lower_):
        return False
    after = last.doc[nxt.i + 1] if nxt.i + 1 < len(last.doc) else None
    participle = nxt.pos_ == "VERB" and "Part" in nxt.morph.get("VerbForm")
    return nxt.pos_ in ("NOUN", "ADJ") or (participle and after is not None and after.pos_ == "NOUN")


def _name_goes_on(last, nxt) -> bool:
    """The phrase ends inside a name or a number that goes on after it: a word with its number (*artikel* | *14*,
    *Natura* | *2000-gebieden*), a law's title (*de Wet* | *milieubeheer*), an abbreviation with its noun (*de
    m.e.r.* | *wetgeving*). The example would break the name ('de Wet wijzigen', 'artikel interpreteren 14'). A
    number with a unit (*2 jaar*, *3 keer*) is a size, not part of a name."""
    from ..language.data import word_set
    from ..language.reading_units import is_unit

    if any(ch.isdigit() for ch in nxt.text):
        # a number with a unit after it is a size or a count, no number of the name (*het fietspad* | *2 jaar
        # uitgesteld*, *de aanvraag* | *6 weken verdaagd*): the example stays
        after = last.doc[nxt.i + 1] if nxt.i + 1 < last.sent.end else None
        if after is not None and is_unit(after):
            return False
        return last.pos_ in ("NOUN", "PROPN") or last.text[:1].isupper()
    if not nxt.is_alpha or nxt.pos_ in ("ADP", "CCONJ", "SCONJ", "AUX", "VERB", "PRON", "DET", "PUNCT"):
        return False
    title = last.text[:1].isupper() and last.lower_ in word_set("grammatica", "title_nouns")
    abbreviation = "." in last.text[:-1] and last.text.replace(".", "").isalpha()
    return (
        (title or abbreviation)
        and last.i > last.sent.start
        and nxt.pos_ in ("NOUN", "PROPN", "X", "ADV", "ADJ")
    )


#: the word lists of word choice: a noun they report has its own advice there
WORD_CHOICE = frozenset({"BT101", "BT102", "BT103", "BT104", "BT105", "BT106"})


def _noun_quoted(analysis, noun, offset: int) -> bool:
    """The noun itself stands in quoted text (``language.quotation``), though the phrase starts before the opening
    mark (*definieert X als een 'ruimtelijke ontwikkeling van ...'*): the quoted text's word, which the writer may
    not rewrite. (A phrase wholly inside the quotation is folded after the rules, as for every rule.)"""
    from ..language.quotation import QuotedText, quoted_blocks

    blocks = quoted_blocks(analysis.document)
    if not blocks:
        return False
    start, end = char_span([noun], offset)
    return QuotedText(blocks).block_of(start, end) is not None


def _whole_verb(tokens, verb: str):
    """(the noun made from the verb, the verb with the particle the noun starts with): *doorvertaling* is made
    from *doorvertalen*, *kostendoorberekening* (kosten + doorberekening) from *doorberekenen*; the compound
    reading of the nominalisation table (*door* + *vertaling*) gives the verb without it. A noun's first part
    (*kwaliteitsverbetering*) stays out. (*herinrichting* gets 'opnieuw inrichten' from the detector.)"""
    from ..language.nominal_verb import noun_verb

    for tok in tokens:
        if tok.pos_ != "NOUN":
            continue
        found = noun_verb(tok.lemma_ or tok.lower_)
        if found and found[0] == verb:
            return tok, _particle_of(found[1], verb) + verb
    return None, verb


def _particle_of(prefix: str, verb: str) -> str:
    """The particle the compound's first part ends in, where what stands before it is a noun (with its linking
    *s*): *door* in *door*, *kostendoor* (kosten); '' for *kwaliteits*, *water*, and for a first part that is a
    noun itself (*snelweg*, *waterweg*: *de snelwegverbreding* is made from *verbreden*, not *wegverbreden*).
    A particle that opens compounds as a noun (*weg*, ``grammatica.compound_noun_particles``) is the particle
    only where the particle verb is a Dutch verb (*wegnemen*): *de wegafsluiting* is the closing of a road,
    *afsluiten*, for *wegafsluiten* is no verb. Other particles always are, rare verbs too (*overbemesting*:
    *overbemesten*, *voorbespreking*: *voorbespreken*), though *voor* and *over* are nouns to the morphology;
    after a noun, only where the particle verb is a verb (*kostendoorberekening*: *doorberekenen*)."""
    from ..language.keys import PARTICLES, word_tuple
    from ..language.noun_lemmas import noun_lemma

    if noun_lemma(prefix.rstrip("-")) and prefix.rstrip("-") not in PARTICLES:
        return ""
    for particle in sorted(PARTICLES, key=len, reverse=True):
        if not prefix.endswith(particle):
            continue
        rest = prefix[: -len(particle)].rstrip("-")
        if rest and not any(noun_lemma(r) for r in {rest, rest[:-1] if rest.endswith("s") else rest}):
            continue
        noun_like = rest or particle in word_tuple("grammatica", "compound_noun_particles")
        if noun_like and not _is_verb(particle + verb):
            # after a noun (*kostendoorberekening*: doorberekenen) the particle verb must be a verb too
            return ""
        return particle
    return ""


def _is_verb(verb: str) -> bool:
    """A Dutch verb: known to the morphology layer, or one of its forms in running Dutch text (wordfreq):
    *wegnemen*, *bijstellen* (*bijgesteld*); not *wegafsluiten*, *wegverbreden*."""
    from ..language import morphology

    return verb in morphology.known_verbs() or any(
        morphology.zipf(f) > 0 for f in morphology.forms(verb, "VERB")
    )


def _swap_verb(text: str, verb: str, whole: str) -> str:
    return text[: -len(verb)] + whole if text.endswith(" " + verb) else text


def _listed_verb_plain(entries: list, verb: str, people: bool = False) -> list[str] | None:
    """The plainer verbs of a verb that the word lists report itself (``entries``, its own: *doorontwikkelen*,
    jargon) and that has none in ``grammatica.plain_verbs``: the alternatives of its own entry (*verder ontwikkelen*,
    *verbeteren*), where the advice names them in its place; [] where it has none (the only advice would send the writer from one finding to
    the next) or where one is advice (*borgen*: *zorgen dat het blijft*). None for a verb the lists do not report,
    or one with plain verbs there (*realiseren*: *bouwen*). Only the alternatives the object can stand before.
    Where the object is a noun for people (``people``), an entry's ``alternatives_if_people`` in place of its
    alternatives, as the word list's finding has them (*het verankeren van de bewoners*: not *vastleggen*)."""
    from ..language.data import word_lists
    from ..language.grammar import known_verbs
    from ..language.nominal_verb import plain_verbs

    if not entries or plain_verbs(verb):
        return None
    # the words of an alternative that is advice (*zeg wat u doet*, *zorgen dat het blijft*) or a reflexive verb
    words = word_lists("grammatica", "alternative_words")
    alternatives = list(
        dict.fromkeys(a for e in entries for a in (people and e.alternatives_if_people or e.alternatives))
    )
    if any(set(a.split()) & set(words["advice"]) for a in alternatives):
        # advice among them (*zorgen dat het blijft* for *borgen*): the verb's sense is not one verb, and the verb
        # left (*vastleggen*) fits only some objects (*afspraken*, not *de kwaliteit*): the word list's finding alone
        return []
    # a verb the object goes before (*het loket verder ontwikkelen*): not a verb with its preposition (*wijzen op*)
    # or a reflexive one (*zich inzetten*)
    return [
        a for a in alternatives if a.split()[-1] in known_verbs() and a.split()[0] not in words["reflexive"]
    ]


def _for_its_object(ctx, tokens, verb: str, rewrites: list[str]) -> list[str]:
    """The rewrites with the plain verbs that fit the verb's object: where that is a noun for people or an
    organisation (``language.people``: *het faciliteren van mantelzorgers*), the plain verbs for people
    (``grammatica.plain_verbs_people``: *mantelzorgers helpen*) in place of those for things (*mantelzorgers
    mogelijk maken*, nonsense); where it is an aim (``grammatica.reached_nouns``: *de realisatie van de doelen*), those
    for aims (``plain_verbs_aims``: *de doelen bereiken*, not *bouwen*); where it is a task
    (``carried_out_nouns``: *het realiseren van de taken*), those for tasks (``plain_verbs_tasks``: *de taken
    uitvoeren*); elsewhere *de bouw mogelijk maken*."""
    from ..language.data import word_lists
    from ..language.people import person_noun

    people = word_lists("grammatica", "plain_verbs_people").get(verb)
    aims = word_lists("grammatica", "plain_verbs_aims").get(verb)
    tasks = word_lists("grammatica", "plain_verbs_tasks").get(verb)
    if not (people or aims or tasks) or not rewrites[0].endswith(" " + verb):
        return rewrites
    heads, objects = _head_and_object(tokens)
    obj = rewrites[0][: -len(verb) - 1]
    if people and any(person_noun(t) for t in [*heads[:1], *objects]):
        return [rewrites[0], *(f"{obj} {p}" for p in people)]
    for plain, nouns in ((aims, "reached_nouns"), (tasks, "carried_out_nouns")):
        if plain and any(_listed_noun(t, nouns) for t in objects):
            return [rewrites[0], *(f"{obj} {p}" for p in plain)]
    return rewrites


def _phrase_plain(lex, phrase: str, objects: list) -> list[str] | None:
    """The plain verbs the word lists give for a fixed verb phrase they report (``grammatica.verb_phrase_fronts``),
    so that BT201's example is no phrase another rule reports: an entry that is the phrase (*ten uitvoer leggen*:
    'uitvoeren') or its front (*in stand*: 'behouden'; *ter beschikking*: 'beschikbaar', which takes the phrase's verb:
    'beschikbaar stellen'). An alternative that holds a verb but does not end in one (*gelden vanaf*, *beginnen met*)
    does not fit the example. None where no entry reports the phrase, or where the entry leaves this subject alone
    (*tot stand komen* of a law: ``unless_subject``, for what follows *van* is the phrase's subject); [] where the
    entries name no verb that fits."""
    from ..language.grammar import known_verbs
    from ..language.noun_lemmas import noun_forms

    words = phrase.split()
    heads = {f.lower() for t in objects for f in noun_forms(t)}
    entries = [
        e
        for e in [*lex.phrase.get(tuple(words[:2]), ()), *lex.verbal.get(words[-1], ())]
        if words[: len(e.term.split())] == e.term.split()
        and (e.verb in (None, words[-1]))
        and not heads & set(e.unless_subject)
    ]
    if not entries:
        return None
    plain = []
    for e in entries:
        rest = words[len(e.term.split()) :]
        # the entry's alternatives for the phrase's object (*de instandhouding van de belangen*: 'beschermen')
        own = [a for word, alts in e.alternatives_if if word in heads for a in alts]
        for a in own or e.alternatives:
            if a.split()[-1] in known_verbs():
                plain.append(a)
            elif rest and not set(a.split()) & known_verbs():
                plain.append(" ".join([a, *rest]))  # *beschikbaar stellen*
    return list(dict.fromkeys(plain))


def _people_object(tokens) -> bool:
    """The phrase's noun or its object after *van* is a noun for people (*het verankeren van de bewoners*)."""
    from ..language.people import person_noun

    heads, objects = _head_and_object(tokens)
    return any(person_noun(t) for t in [*heads, *objects])


def _head_and_object(tokens):
    """The noun the phrase is built on (as a list: none or one) and its object after *van*."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return heads[:1], [c for h in heads[:1] for c in h.children if c.i in inside and _after_van(c)]


def _object_noun(tokens) -> list:
    """The nouns of the object after *van*: the last word of its first noun phrase, before a preposition or a comma
    (*van niet-gesprongen* [*explosieven*] *in de bodem*: a Dutch noun phrase ends in its noun), and of each phrase
    joined to it by *en* or *of* (*geluid en geurhinder*), where the parse hangs the words elsewhere; else the parse's
    object (``_head_and_object``)."""
    words = sorted(tokens, key=lambda t: t.i)
    start = next((k for k, t in enumerate(words) if t.lower_ == "van"), None)
    nouns, last = [], None
    for t in words[start + 1 :] if start is not None else []:
        if t.pos_ in ("ADP", "SCONJ") or t.is_punct:
            break
        if t.pos_ == "CCONJ":
            nouns += [last] if last is not None else []
            last = None
            continue
        last = t
    nouns += [last] if last is not None else []
    return nouns or _head_and_object(tokens)[1]


def _listed_noun(tok, nouns: str) -> bool:
    """A noun of the list ``grammatica.<nouns>`` (an aim one reaches, a task one carries out), by its lemma, or a
    compound ending in one, in the singular or plural (*klimaatdoelen*, *doelstellingen*, *ambities*, *taken*: the
    lemma may keep the plural)."""
    from ..language.data import word_set
    from ..language.noun_lemmas import noun_forms

    return tok.pos_ == "NOUN" and any(
        w.endswith((a, a + "en", a + "s")) for w in noun_forms(tok) for a in word_set("grammatica", nouns)
    )


def _after_van(tok) -> bool:
    return any(c.dep_ == "case" and c.lower_ == "van" for c in tok.children)


NOMINALISATION = register(
    Rule(
        code="BT201", name="nominalisatie", category="nominalisatie",
        severity="info",  # blind sheet (issue #16) 9/15 = 0.60 strict, dev 4/21 = 0.19: below 0.95
        summary="een werkwoord dat een zelfstandig naamwoord is geworden: `de verbetering van de dienstverlening`",
        title="Werkwoord als zelfstandig naamwoord",
        what="Vindt werkwoorden die tot zelfstandig naamwoord zijn gemaakt, waar dat de zin zwaar maakt: met "
        "'van' erachter ('de verbetering van de dienstverlening', 'het realiseren van woningen') of met een zwak "
        "werkwoord ('de invoering vindt plaats'). Gewone woorden als 'woning', 'regering' en 'vergadering' "
        "vindt de regel niet. Ook niet: een rij eigenschappen ('de plaatsing, hoogte en breedte van de schuur'), "
        "een vakterm die de tekst net heeft uitgelegd ('Onder drooglegging wordt verstaan ...'), een risico ('het "
        "risico op vervuiling van de bodem'), een wet die ingaat ('de invoering van de Omgevingswet'), een "
        "toename of daling met een getal ('een toename van 60 auto's per dag'), een maat na 'van' ('een "
        "overschrijding van 3 dB', 'een verhoging van 2 meter'), een woord in een rij gewone zelfstandige "
        "naamwoorden ('schone lucht, minder afval en vermindering van geluidshinder'), een korte regel zonder "
        "werkwoord, zoals een stap in een procedure ('Ter inzage legging van het ontwerp gedurende zes weken.'), "
        "een woord uit de naam van een regeling, een uitkomst of tekst waar iets uit blijkt of in staat ('Uit een "
        "vergelijking van de cijfers blijkt ...'), iets wat iemand krijgt ('u krijgt een rondleiding'), het terrein "
        "waarvoor iets geldt of telt ('de hoogte is bepalend voor de inrichting van het gebied'), wat iets is ('dit "
        "plan is een uitwerking van de visie'), iets wat iets anders biedt of geeft ('de opstelling biedt een hoge "
        "kwaliteit'), een rij van drie of meer zaken ('een uitbreiding van de hal, de invulling van het terrein en een "
        "herontwikkeling van de haven'), het onderwerp na 'het gaat om' ('als het gaat om de toepassing van de "
        "regels'), het begin van een punt in een opsomming ('het verbeteren van de verkeersveiligheid;'), een "
        "toename die iemand berekent of waarvan de zin de maat geeft ('de toename van het risico berekenen', 'de "
        "toename bedraagt 300 m2'), wat iets vormt ('het park vormt een groene onderbreking van de rand'), een "
        "voorbeeld ('een voorbeeld hiervan is de uitbreiding van een bedrijf'), wat iets tegenhoudt of niet "
        "tegenhoudt ('het aspect water staat de uitvoering van het plan niet in de weg'), het woord 'ontwikkeling' "
        "(een project of een groei: 'de ontwikkeling van het dorp'; wel als de zin zegt wie ontwikkelt: 'de "
        "ontwikkeling van het beleid door de gemeente'), een vaste term uit de wet of het vak ('een overtreding "
        "van de Wet natuurbescherming', 'de exploitatie van het plan', 'niet in betekenende mate bijdragen aan de "
        "verslechtering van de luchtkwaliteit') en een gewoon samengesteld woord ('luchtverontreiniging').",
        why="Een zin met veel van deze woorden is abstract: de lezer ziet niet meer wie wat doet. Met het "
        "werkwoord zelf wordt de zin korter en duidelijker: 'de dienstverlening verbeteren' in plaats van "
        "'de verbetering van de dienstverlening'.",
        bad=[
            "De gemeente werkt aan de verbetering van de dienstverlening.",
            "Het realiseren van woningen kost tijd.",
            "De implementatie van het nieuwe systeem start in maart.",
        ],
        good=[
            "De gemeente wil de dienstverlening verbeteren.",
            "Woningen bouwen kost tijd.",
            "De vergadering van de raad begint om acht uur.",
            "De woning van mijn buren is verkocht.",
        ],
        check=_check,
    )
)  # fmt: skip
