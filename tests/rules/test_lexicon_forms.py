"""Generated form tests for every word-list entry (issue 18): the matcher finds a term in all its forms, and the
innocent uses in its ``fine`` sentences in none of theirs.

1. Every one-word entry that inflects (``language/entry_forms.term_classes``) is put in carrier sentences in all
   its forms, in main and subordinate clauses: a verb in the present (1st and 3rd person, plural), the past
   (singular and plural), as participle (also before a noun) and infinitive, a separable verb split in a main
   clause; a noun in the singular, plural and diminutive (English plurals for English nouns); an adjective
   predicative, before a noun and as comparative. Every entry of several words without a verb is put in a
   carrier in the forms of its last word. Every verb phrase is put in carriers with its verb in the present,
   past (plural) and perfect, in a main and a subordinate clause; a verb phrase that ends in *te* (*dienen te*)
   with an infinitive and with a predicate and *te zijn* (*dient duidelijk te zijn*); a phrase of *zijn* and one
   word (*zijn gelegen*) in the verb bracket, with words between and in a subordinate clause. Each carrier must
   give the entry.
2. For each ``fine`` sentence the word that is the innocent use (the token whose form or lemma is the term) is
   put in its own word class's carriers, in its forms; none may give the entry.

Entries that do not inflect (*middels*, *in het kader van*) have their own example only (tests/test_lexicons.py).
``lexicons/README.md`` reports how many forms per entry these tests cover (``python tests/rules/
test_lexicon_forms.py`` prints the counts).
"""

from __future__ import annotations

import functools
from collections import Counter

import pytest
from quick_loop import sampled

from beleidstaal.language import morphology
from beleidstaal.language.entry_forms import english_plurals, term_classes
from beleidstaal.lexicon import LexiconEntry, all_entries
from beleidstaal.nlp import get_analyser
from beleidstaal.rules.lexicon_compile import compile_lexicons
from beleidstaal.rules.lexicon_match import match_sentence

ENTRIES = all_entries()
PREPOSITIONS = {"op", "aan", "van", "over", "met", "tot", "in", "voor", "uit", "naar", "bij", "om"}


def _verb_carriers(verb: str, rest: str = "het plan", when: str = " in januari") -> list[tuple[str, str]]:
    """(form, sentence) for a verb with an object (``rest``): main and subordinate clauses."""
    out = []
    words = rest.split()
    # a preposition that ends the phrase follows the particle (*zet in op*), and the verb in a subordinate clause
    # or an infinitive (*dat de gemeente uitvoering geeft aan het plan*)
    head, tail = (" ".join(words[:-1]), words[-1]) if words and words[-1] in PREPOSITIONS else (rest, "")
    for subject, tense, number, person in (
        ("De gemeente", "Pres", "Sing", 3),
        ("Ik", "Pres", "Sing", 1),
        ("Wij", "Pres", "Plur", 1),
        ("De gemeente", "Past", "Sing", 3),
        ("Zij", "Past", "Plur", 3),
    ):
        fin, prt = morphology.finite(verb, tense=tense, number=number, person=person, clause="main")
        main = " ".join(w for w in (subject, fin, head, prt, tail) if w)
        out.append((fin, f"{main}{when}."))
    for subject, tense, number in (("de gemeente", "Pres", "Sing"), ("zij", "Past", "Plur")):
        fin, _ = morphology.finite(verb, tense=tense, number=number, person=3, clause="sub")
        out.append((fin, _clause(f"Wij weten dat {subject} {head}", fin, tail, when)))
    part = morphology.participle(verb)
    out.append((part, _clause(f"De gemeente heeft {head}", part, tail, when)))
    out.append((verb, _clause(f"De gemeente wil {head}", verb, tail, when)))
    return out


def _clause(before: str, verb: str, tail: str, when: str) -> str:
    """A clause with the verb at the end, or before the preposition that ends the phrase and its object."""
    if tail:
        return f"{before} {verb} {tail}{when}."
    return f"{before}{when} {verb}."


def _noun_carriers(noun: str, english: bool) -> list[tuple[str, str]]:
    art = morphology.article(noun) or "de"
    plurals = {morphology.plural(noun)} | (english_plurals(noun) if english else set())
    out = [
        (noun, f"Wij bespreken {art} {noun} met de raad."),
        (noun, f"Wij weten dat de raad {art} {noun} kent."),
    ]
    for pl in sorted(plurals):
        out.append((pl, f"Wij bespreken de {pl} met de raad."))
        out.append((pl, f"Wij weten dat de raad de {pl} kent."))
    if not english:
        dim = morphology.diminutive(noun)
        out.append((dim, f"Wij bespreken het {dim} met de raad."))
    return out


def _adjective_carriers(adj: str) -> list[tuple[str, str]]:
    attr, cmp = morphology.attributive(adj), morphology.comparative(adj)
    return [
        (adj, f"De aanpak is {adj}."),
        (attr, f"Dit is een {attr} aanpak."),
        (cmp, f"Deze aanpak is {cmp} dan de vorige."),
        (adj, f"Wij vinden dat de aanpak {adj} is."),
    ]


def _participle_carrier(verb: str) -> list[tuple[str, str]]:
    attr = morphology.attributive_participle(morphology.participle(verb))
    return [(attr, f"Het {attr} plan ligt klaar.")]


def _doerless_carriers(verb: str, words: list[str], when: str) -> list[tuple[str, str]]:
    """The passive of a verb phrase in each tense and with a modal: *er wordt/werd/is aandacht besteed aan het
    plan*, *er moet aandacht besteed worden aan het plan* (the words before the verb, then its participle, then the
    rest)."""
    i = words.index(verb)
    front, back = " ".join(words[:i]), " ".join(words[i + 1 :])
    part = morphology.participle(verb)
    tail = f"{back}{when}".strip()
    return [(part, f"Er {aux} {front} {part} {tail}.") for aux in ("wordt", "werd", "is")] + [
        (part, f"Er moet {front} {part} worden {tail}.")
    ]


def _te_carriers(verb: str) -> list[tuple[str, str]]:
    """A verb phrase that ends in *te* (*dienen te*) with the infinitive it asks for: a verb with its object
    between (*dient het plan op tijd te sturen*) and a predicate with *te zijn* (*dient duidelijk te zijn*), in main
    and subordinate clauses."""
    out = []
    for subject, number in (("De gemeente", "Sing"), ("Wij", "Plur")):
        fin, _ = morphology.finite(verb, tense="Pres", number=number, person=3 if number == "Sing" else 1)
        out.append((fin, f"{subject} {fin} het plan op tijd te sturen."))
    fin, _ = morphology.finite(verb, tense="Pres", number="Sing", person=3)
    out.append((fin, f"De brief {fin} duidelijk te zijn voor iedereen."))
    sub, _ = morphology.finite(verb, tense="Pres", number="Sing", person=3, clause="sub")
    out.append((sub, f"Wij weten dat de gemeente het plan op tijd {sub} te sturen."))
    out.append((sub, f"Wij weten dat de brief duidelijk {sub} te zijn."))
    return out


def _guarded(entry: LexiconEntry, form: str, sentence: str) -> bool:
    """The entry's own guard excludes this carrier (*de periodiek*, with ``unless_before = ["de"]``)."""
    words = sentence.rstrip(".").lower().split()
    first = form.split()[0]
    if first not in words:
        return False
    i = words.index(first)
    before = words[i - 1] if i else ""
    after = words[i + len(form.split())] if i + len(form.split()) < len(words) else ""
    if entry.writer_only and not (words[0] in ("wij", "we", "ik") and "dat" not in words):
        return True  # only the writer's own promise counts: a carrier with another subject must not give it
    if entry.unless_person_subject and words[0] in ("wij", "we", "ik"):
        return True  # a bond between people (*wij hebben een relatie met*): the carrier's subject is a person
    verb = entry.verb or entry.term
    if entry.unless_participle and form in _participles(verb):
        return True  # *de geconsolideerde versie*: the participle is left out on purpose
    return before in entry.unless_before or after in entry.unless_after


def _participles(verb: str) -> set[str]:
    part = morphology.participle(verb)
    return {part, morphology.attributive_participle(part)} if part else set()


def carriers(entry: LexiconEntry) -> list[tuple[str, str]]:
    """(form, sentence) pairs that must give ``entry``; [] for an entry that does not inflect. A verb phrase of
    only a preposition (*afzien van*) leaves an empty object slot: one space, not two (the model reads a double
    space as a word of its own)."""
    return [(f, " ".join(s.split())) for f, s in _carriers(entry) if f and not _guarded(entry, f, s)]


def _carriers(entry: LexiconEntry) -> list[tuple[str, str]]:
    words = entry.words
    english = entry.rule == "BT103"
    if entry.exact:
        return []
    if entry.verb and words[-1] == "te":
        return _te_carriers(entry.verb)
    if not entry.verb and len(words) == 2 and words[0] == "zijn":  # *zijn gelegen*: the verb bracket
        return [
            ("is", f"De gemeente is {words[1]}."),
            ("is", f"De gemeente is sinds januari {words[1]}."),
            ("is", f"Wij weten dat de gemeente sinds januari {words[1]} is."),
        ]
    if entry.verb and len(words) > 1:
        rest = " ".join(w for w in words if w != entry.verb)
        # a phrase that ends in a preposition gets its object: *geeft uitvoering aan het plan*
        when = " het plan" if words[-1] in PREPOSITIONS else ""
        if entry.unless_doer:  # reported only where no one is said to do it: the passive forms of the phrase
            return _doerless_carriers(entry.verb, words, when)
        # first person: the parser reads a bare *Ik breng in beeld* as a noun phrase; one-word verbs test it
        return [
            (f, s) for f, s in _verb_carriers(entry.verb, rest, when=when) if f and not s.startswith("Ik ")
        ]
    classes = term_classes(words[-1], entry.pos if len(words) == 1 else (), english)
    if len(words) > 1:
        if "NOUN" not in classes:
            return []
        head = " ".join(words[:-1])
        out = [(entry.term, f"Wij bespreken de {entry.term} met de raad.")]
        plurals = {morphology.plural(words[-1])} | (english_plurals(words[-1]) if english else set())
        out += [(f"{head} {pl}", f"Wij bespreken de {head} {pl} met de raad.") for pl in sorted(plurals)]
        return out
    term = words[0]
    out: list[tuple[str, str]] = []
    if "VERB" in classes:
        out += _verb_carriers(term) + _participle_carrier(term)
    if "NOUN" in classes:
        out += _noun_carriers(term, english)
    if "ADJ" in classes:
        out += _adjective_carriers(term)
    return [(f, s) for f, s in out if f]


@functools.cache
def _lexicon():
    return compile_lexicons((), ())


def _found(sentences: list[str]) -> list[set[str]]:
    docs = get_analyser().parse(sentences)
    lex = _lexicon()
    return [{m.entry.term for sent in doc.sents for m in match_sentence(sent, lex)} for doc in docs]


INFLECTING = [e for e in ENTRIES if carriers(e)]
#: entries with a carrier the matcher misses today, and why; each is an expected failure (xfail), so the rest of
#: the forms of every other entry must be found. Most are artefacts of the bare carrier sentences.
KNOWN_MISSES = {
    "vereisen": "'het vereiste plan': het model leest 'vereiste' vóór een zelfstandig naamwoord als het zelfstandig naamwoord; daar meldt de ingang 'vereiste' het, met hetzelfde advies ('die nodig is')",
    "zo veel mogelijk": "'de zo veel mogelijk' is geen Nederlands; het model hangt het niet aan het werkwoord met 'wij' (writer_only)",
    "bezigen": "'bezig' (ik-vorm) is een frequent bijvoeglijk naamwoord; de vorm overrulet het model daar niet",
    "bestendigen": "'bestendig' (ik-vorm) is een frequent bijvoeglijk naamwoord; de vorm overrulet het model niet",
    "aangezien": "geen werkwoord, maar de morfologie kent 'aangezien' als werkwoord: de dragerzinnen zijn onzin",
    "berichten": "morfologie: 'berichte' is geen vorm (gemeld bij i17)",
    "vernemen": "'het vernomen plan' is geen gewone zin (je verneemt een bericht, geen plan); het model leest die vorm niet als werkwoord",
    "verzuimen": "aan het eind van de zin meldt het de vorm niet (unless_next_pos PUNCT: een leerling die verzuimt); 'het verzuimde plan' is geen Nederlands",
    "bedragen": "onovergankelijk: de dragerzinnen met 'het plan' zijn geen Nederlands",
    "doorontwikkelen": "het model knipt 'Ik ontwikkel het plan door in januari' in twee zinnen (vóór 'door'); 'wij ontwikkelen het loket verder door' vindt het wel",
    "nader ingaan op": "het model ontleedt de kale dragerzin anders (werkwoord niet als werkwoord, of het naamwoord hangt elders)",
    "aanvraag indienen": "het model ontleedt de kale dragerzin anders (werkwoord niet als werkwoord, of het naamwoord hangt elders)",
    "plaatsvinden": "het model ontleedt de kale dragerzin anders (werkwoord niet als werkwoord, of het naamwoord hangt elders)",
    "plaats vinden": "het model ontleedt de kale dragerzin anders (werkwoord niet als werkwoord, of het naamwoord hangt elders)",
    "kansen pakken": "het model leest 'pakken' na 'Wij' als voegwoord; met een lidwoord of bijzin erbij vindt beleidstaal het wel",
    "ontschotten": "het model leest 'ontschot' in 'De gemeente ontschot het plan in januari' als bijvoeglijk naamwoord zonder lijdend voorwerp; 'de gemeente ontschot de budgetten' en 'heeft het plan ontschot' vindt het wel",
    "feitelijk": "vóór een zelfstandig naamwoord zet 'feitelijke' het werkelijke tegenover het geplande en is geen vulwoord (unless_next_pos); de dragerzin 'een feitelijke aanpak' telt daarom niet",
    "doorvertalen": "het model leest 'vertaal' in 'Ik vertaal het plan door in januari' als bijvoeglijk naamwoord en 'door' als los voorzetsel; 'wij vertalen de visie door', 'vertaalt de visie door' en 'is doorvertaald' vindt het wel",
    "komen te vervallen": "de dragerzinnen zetten 'te vervallen' vóór 'komen' ('dat de gemeente te vervallen komt', 'heeft te vervallen gekomen'); 'komt te vervallen', 'is komen te vervallen' en 'zal komen te vervallen' vindt het wel (test_lexicon_words30.py)",
    "voortvloeien": "onovergankelijk: 'vloeit het plan voort' is geen Nederlands, en het model leest 'vloeit' vaak als zelfstandig naamwoord",
}  # fmt: skip


def _params(entries: list[LexiconEntry]):
    for e in entries:
        marks = (
            [pytest.mark.xfail(reason=KNOWN_MISSES[e.term], strict=False)] if e.term in KNOWN_MISSES else []
        )
        yield pytest.param(e, id=f"{e.category}:{e.term}", marks=marks)


def _kind(entry: LexiconEntry) -> tuple[str, str]:
    """The word list and the carriers an entry gets: the quick loop keeps cases of each (tests/quick_loop.py)."""
    shape = (
        "verb phrase" if entry.verb and len(entry.words) > 1 else "phrase" if len(entry.words) > 1 else "word"
    )
    return entry.source, shape


@pytest.mark.parametrize("entry", sampled(_params(INFLECTING), group=lambda case: _kind(case[0])))
def test_every_form_of_the_entry_is_found(entry: LexiconEntry):
    pairs = carriers(entry)
    found = _found([s for _, s in pairs])
    # a form that is itself listed (*targets* next to *target*) may be reported as that entry
    missed = [s for (f, s), terms in zip(pairs, found, strict=True) if not {entry.term, f} & terms]
    assert not missed, f"{entry.term!r} niet gevonden in: {missed}"


def innocent_carriers(entry: LexiconEntry, sentence: str) -> list[tuple[str, str]]:
    """The fine sentence with its innocent word (the token that has the term as form or lemma) in the other forms
    of that word's own class: a noun in the plural, an adjective with and without -e. The rest of the sentence,
    with the context the entry's guards look at, stays."""
    if len(entry.words) != 1:
        return []
    term = entry.words[0]
    (doc,) = get_analyser().parse([sentence])
    for tok in doc:
        if tok.lower_ != term and tok.lemma_.lower() != term:
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN":
            if "Plur" in tok.morph.get("Number") or tok.lower_ != lemma:
                return []  # a plural stays plural: *alle berichten* cannot become *alle bericht*
            others = {morphology.plural(lemma)}
        elif tok.pos_ == "ADJ":
            others = {morphology.attributive(lemma), lemma}
        else:
            return []
        start, end = tok.idx, tok.idx + len(tok.text)
        return [
            (form, sentence[:start] + form + sentence[end:]) for form in sorted(others - {tok.lower_}) if form
        ]
    return []


FINE = [(e, s) for e in ENTRIES for s in e.fine]
# unless_document looks at the whole document, in the rule, not at the sentence the matcher sees
FINE = [(e, s) for e, s in FINE if innocent_carriers(e, s) and not e.unless_document]


@pytest.mark.parametrize("entry,sentence", FINE, ids=[f"{e.term}:{s[:30]}" for e, s in FINE])
def test_fine_uses_are_not_found_in_any_form(entry: LexiconEntry, sentence: str):
    pairs = innocent_carriers(entry, sentence)
    found = _found([s for _, s in pairs])
    wrong = [s for (_, s), terms in zip(pairs, found, strict=True) if entry.term in terms]
    assert not wrong, f"{entry.term!r} ten onrechte gevonden in: {wrong}"


#: the first part of the compound carriers: an ordinary noun before the listed noun (*projectdoelstelling*)
COMPOUND_FIRST = "project"


def compound_carriers(entry: LexiconEntry) -> list[tuple[str, str]]:
    """An entry found as the last part of a compound (``compounds = true``, a noun of ``compounds.MIN_HEAD``
    letters or more) in the singular and plural: *projectdoelstelling*, *projectdoelstellingen*."""
    if not any(e == entry for pairs in _lexicon().heads.values() for e, _ in pairs):
        return []
    noun = entry.term
    art = morphology.article(noun) or "de"
    plurals = {morphology.plural(noun)} | (english_plurals(noun) if entry.rule == "BT103" else set())
    word = COMPOUND_FIRST + noun
    out = [
        (word, f"Wij bespreken {art} {word} met de raad."),
        (word, f"Wij weten dat de raad {art} {word} kent."),
    ]
    for pl in sorted(plurals - {noun}):
        out.append((COMPOUND_FIRST + pl, f"Wij bespreken de {COMPOUND_FIRST}{pl} met de raad."))
    return out


COMPOUNDS = [e for e in ENTRIES if compound_carriers(e)]
#: compound carriers the tagger does not call a noun (only a noun is split: ``lexicon_match._compound_matches``)
COMPOUND_MISSES = {
    term: "het model leest de onbekende samenstelling niet als zelfstandig naamwoord"
    for term in ("challenge", "outcome", "fundraising", "hotspot", "handvat", "meerwaarde")
}
#: the carrier puts 'het' before the compound, and 'oogpunt' keeps out a word after 'het' ('het oogpunt van' is its
#: own entry); without the article (*vanuit milieuoogpunt*) the compound is found
COMPOUND_MISSES["oogpunt"] = "'het' ervoor: daar meldt 'het oogpunt van' de woordgroep (unless_before)"


def _compound_params(entries: list[LexiconEntry]):
    for e in entries:
        marks = (
            [pytest.mark.xfail(reason=COMPOUND_MISSES[e.term], strict=False)]
            if e.term in COMPOUND_MISSES
            else []
        )
        yield pytest.param(e, id=f"{e.category}:{e.term}", marks=marks)


@pytest.mark.parametrize("entry", sampled(_compound_params(COMPOUNDS), group=lambda case: _kind(case[0])))
def test_the_entry_is_found_as_the_last_part_of_a_compound(entry: LexiconEntry):
    pairs = compound_carriers(entry)
    docs = get_analyser().parse([s for _, s in pairs])
    missed = []
    for (form, sentence), doc in zip(pairs, docs, strict=True):
        compounds = {
            (id(m.entry), m.tokens[0].i): m.split
            for sent in doc.sents
            for m in match_sentence(sent, _lexicon())
            if m.split is not None
        }
        token = next(t for t in doc if t.lower_ == form)
        if not any(
            e == entry and (id(e), token.i) in compounds
            for e, _ in _lexicon().heads.get(form[len(COMPOUND_FIRST) :], ())
        ):
            missed.append(sentence)
    assert not missed, f"{entry.term!r} niet gevonden als laatste deel van een samenstelling in: {missed}"


def form_counts() -> Counter:
    """How many distinct forms each entry is tested in (1 = its own example only)."""
    return Counter({e.term: max(1, len({f for f, _ in carriers(e)})) for e in ENTRIES})


if __name__ == "__main__":  # the figures of lexicons/README.md
    counts = form_counts()
    hist = Counter(counts.values())
    print(f"entries: {len(counts)}; inflecting: {len(INFLECTING)}; forms tested: {sum(counts.values())}")
    print(f"mean forms per inflecting entry: {sum(counts[e.term] for e in INFLECTING) / len(INFLECTING):.1f}")
    print("forms per entry -> entries:", dict(sorted(hist.items())))
    print(f"fine sentences put in other forms: {len(FINE)}")
