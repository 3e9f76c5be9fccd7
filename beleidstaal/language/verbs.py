"""Dutch verb forms: separable verbs, stems, present and past tenses, participles, finite forms.

Part of the morphology layer (issue 20); ``morphology`` is the face the rest of the package imports."""

from __future__ import annotations

import functools

from .morph_base import (
    AMBIGUOUS,
    DEFAULT_INSEPARABLE,
    INSEPARABLE,
    PARTICLES,
    _data,
    _ends_voiceless,
    _is_vowel,
    _treebank_form,
    _treebank_participles,
    _trema,
    irregular_verbs,
    known_verbs,
    zipf,
)

# ---------------------------------------------------------------------------------------------------------------
# verbs


def _fixed_phrase(inf: str) -> tuple[str, str] | None:
    """(front, verb) of a fixed verb phrase, split before its last word: *in stand houden* → ("in stand", "houden").
    Its forms keep the words apart (*in stand te houden*, *in stand gehouden*, *in stand hield*); None for one word."""
    if " " not in inf:
        return None
    front, verb = inf.rsplit(" ", 1)
    return front, verb


@functools.lru_cache(maxsize=16384)
def separable(lemma: str) -> tuple[str, str] | None:
    """(particle, base verb) of a separable verb: *vaststellen* → ("vast", "stellen"); None when it does not split
    (*ondersteunen*, *overwegen*, *realiseren*)."""
    inf = lemma.lower()
    phrase = _fixed_phrase(inf)
    if phrase:  # *in stand te houden*, *houdt ... in stand*, not *in te stand houden*
        return phrase if phrase[1] in known_verbs() else None
    part = _treebank_participles().get(inf)
    for prt in PARTICLES:
        if not inf.startswith(prt) or len(inf) - len(prt) < 3:
            continue
        rest = inf[len(prt) :]
        if part is not None:
            # the treebank participle settles it: *ingezet* splits, *overwogen* does not
            splits = part.startswith(prt + "ge") or (part.startswith(prt) and rest.startswith(INSEPARABLE))
            if splits and (rest in known_verbs() or _verb_shape(rest)):
                return prt, rest
            continue
        if not (rest in known_verbs() or inseparable_split(rest) or _verb_shape(rest)):
            continue
        split, joined = prt + participle(rest), _joined_participle(inf)
        # a joined participle that is also the infinitive (omgaan, voorkomen) is counted as the infinitive
        joined_count = zipf(joined) if joined != inf else 0.0
        if joined == inf and zipf(split) < 1.5 and (zipf(split) > 0 or zipf(inf) > 0):
            # omgeven: 'omgegeven' is hardly used; voorzien, overtreden, weerstaan: a written verb whose split
            # participle ('voorgezien', 'overgetreden') is never written does not split
            joined_count = 1.5
        if split != joined and (zipf(split) > 0 or joined_count > 0):
            # the participle Dutch text uses settles it: aangeboden, not geaanbied; overwogen, not overgewogen
            if zipf(split) >= joined_count:
                return prt, rest
            continue
        if prt in DEFAULT_INSEPARABLE:
            continue
        if prt in ("in", "om", "over", "voor", "door") and rest.endswith("eren"):
            continue  # informeren, overleren? no: -eren verbs with these do not split
        if (
            rest in known_verbs()
            or inseparable_split(rest)
            or (prt not in AMBIGUOUS and _verb_shape(rest) and zipf(rest) >= 2.5)
        ):
            return prt, rest
    return None


def _joined_participle(inf: str) -> str:
    """The participle of a verb read as one word that does not split (*ge* before it, or none after an
    inseparable prefix): *geïnformeerd*, *overwogen*, *onderbracht*."""
    pre = inseparable_split(inf)
    if pre and pre[1] in irregular_verbs():
        part = irregular_verbs()[pre[1]][2]
        if not part:
            return ""
        return pre[0] + (part[2:] if part.startswith("ge") and not pre[1].startswith("ge") else part)
    s = _plain_stem(inf)
    if not s.endswith(("t", "d")):
        s += "t" if _weak_ending(inf) == "te" else "d"
    return s if (pre or _has_inseparable_prefix(inf)) else _trema("ge", s)


@functools.lru_cache(maxsize=4096)
def inseparable_participle(lemma: str) -> str | None:
    """The participle of the verb read with an inseparable prefix where the prefix goes both ways (*door, onder,
    over, om, voor, ...*: *voorkómen* 'prevent', *doorlópen* 'go through'), which ``participle`` reads the other way
    (*voorgekomen*, *doorgelopen*): *voorkomen*, *doorlopen*. A strong verb whose vowel stays has the infinitive's
    form (*voorkomen*, *doorlopen*, *ondergaan*). None where the prefix is no such one."""
    split = inseparable_split(lemma.lower())
    if split is None or split[0] not in AMBIGUOUS:
        return None
    return _joined_participle(lemma.lower()) or None


def _verb_shape(word: str) -> bool:
    return len(word) >= 4 and (word.endswith("en") or word in ("gaan", "doen", "zien", "slaan", "staan"))


def inseparable_split(inf: str) -> tuple[str, str] | None:
    """(inseparable prefix, base) when the base is a known verb: *verbieden* → ("ver", "bieden")."""
    for pre in sorted(INSEPARABLE + AMBIGUOUS, key=len, reverse=True):
        if inf.startswith(pre) and len(inf) - len(pre) >= 4:
            base = inf[len(pre) :]
            if base in irregular_verbs() or base in known_verbs():
                return pre, base
    return None


def _has_inseparable_prefix(inf: str) -> bool:
    """*betalen*, *verbeteren*, *ontvangen*, *herzien*, *gebruiken*: no ge- in the participle. Checked on the
    shape (a syllable must follow the prefix) so that *bellen*, *vergen* and *erven* keep their ge-."""
    for pre in INSEPARABLE + DEFAULT_INSEPARABLE:
        if not inf.startswith(pre):
            continue
        rest = inf[len(pre) :]
        if pre == "ge" and inf in irregular_verbs():
            continue  # geven, gelden: ge- is part of the verb
        if pre[-1] == "e" and rest[:1] in ("e", "i", "u"):
            continue  # beelden, geuren: a prefix would be written be-ë, ge-ü
        core = rest[:-2] if rest.endswith("en") else rest[:-1]
        if len(rest) >= 4 and any(_is_vowel(c) for c in core):
            if pre in DEFAULT_INSEPARABLE and not (rest in known_verbs() or inseparable_split(inf)):
                continue  # ondulen? no: only when the rest is a verb
            return True
    return False


@functools.lru_cache(maxsize=16384)
def stem(lemma: str) -> str:
    """The stem (first person singular): *stellen* → *stel*, *maken* → *maak*, *realiseren* → *realiseer*,
    *verbeteren* → *verbeter*, *leven* → *leef*, *gaan* → *ga*, *komen* → *kom*."""
    inf = lemma.lower()
    if inf in _data("onregelmatig").get("present", {}):
        return _data("onregelmatig")["present"][inf][0]
    sep = separable(inf)
    if sep:
        return sep[0] + stem(sep[1])
    return _plain_stem(inf)


@functools.lru_cache(maxsize=16384)
def _plain_stem(inf: str) -> str:
    """The stem by the spelling rules, the verb read as one word."""
    if inf in _data("onregelmatig").get("present", {}):
        return _data("onregelmatig")["present"][inf][0]
    pre = inseparable_split(inf)
    if pre and pre[1] in _data("onregelmatig").get("present", {}):
        return pre[0] + _plain_stem(pre[1])
    if inf.endswith(("aan", "oen", "ijn", "ein", "ooien")) or (
        inf.endswith("ien") and not _is_vowel(inf[-4:-3])
    ):
        if inf.endswith("ooien"):
            return inf[:-2]  # strooien → strooi (stroo-ien)
        if inf.endswith("aan"):
            return inf[:-2]  # gaan → ga, bestaan → besta
        return inf[:-1]  # doen → doe, zien → zie
    if not inf.endswith("en"):
        return inf[:-1] if inf.endswith("n") else inf
    r = inf[:-2]
    if not r:
        return inf  # *en* alone (a conjunction the tagger read as a verb): no stem to build, and no crash
    if len(r) >= 2 and r[-1] == r[-2] and not _is_vowel(r[-1]):
        return r[:-1]  # stellen → stel, zetten → zet
    voiced = r[:-1] + {"v": "f", "z": "s"}.get(r[-1], r[-1])
    if r.endswith("iër"):
        return r[:-2] + "eer"  # initiëren → initieer, subsidiëren → subsidieer
    if len(r) >= 3 and r[-2] in "eë" and r[-3] in "ueë" and r[-1] == "r":
        return voiced[:-1] + "e" + voiced[-1]  # evalueren → evalueer, creëren → creëer
    if (
        len(r) >= 2
        and r[-2] in "aeou"
        and not _is_vowel(r[-1])
        and r[-1] not in "wj"
        and (len(r) == 2 or not _is_vowel(r[-3]))
    ):
        long = voiced[:-1] + r[-2] + voiced[-1]  # maken → maak, realiseren → realiseer
        if _verb_of_noun_in_or(r, long):
            return r  # monitoren → monitor (monitort, gemonitord), sponsoren → sponsor
        if len(r) >= 3 and r[-2] == "e" and r[-1] in "lnrm" and any(_is_vowel(c) for c in r[:-3]):
            # verbeteren → verbeter (a toneless e) or realiseren → realiseer: let the word counts decide
            short, longer = voiced + "t", long + "t"
            if zipf(short) == zipf(
                longer
            ):  # neither known: -eren verbs are mostly borrowed (long), -elen not
                borrowed = not r.endswith(("der", "ter", "ver", "ker")) or len(inf) >= 10  # accorderen
                return long if r[-1] == "r" and borrowed else voiced
            return long if zipf(longer) > zipf(short) else voiced
        return long
    return voiced


def _verb_of_noun_in_or(r: str, long: str) -> bool:
    """A verb made of a noun in unstressed *-or* keeps the noun as its stem (*monitor*, *sponsor*, *mentor*): the
    noun is a word, and its third person is at least as common as the one with a long *oo* (*monitort*, not
    *monitoort*). *Scoren* (*scor* is no word) and *behoren* (*behoort*) keep the long vowel."""
    return (
        r.endswith("or")
        and any(_is_vowel(c) for c in r[:-2])
        and zipf(r) >= NOUN_STEM_ZIPF
        and zipf(r + "t") >= zipf(long + "t")
    )


#: the word frequency (zipf) from which the noun of a verb in *-oren* counts as a word (*monitor* 3.7)
NOUN_STEM_ZIPF = 3.0


def _weak_ending(lemma: str) -> str:
    """-te or -de: by the last consonant of the stem before -en (*leven* → leefde: the v counts)."""
    inf = lemma.lower()
    r = inf[:-2] if inf.endswith("en") else inf[:-1]
    return "te" if _ends_voiceless(r) else "de"


def _base(inf: str) -> tuple[str, str, str]:
    """(particle of a separable verb, inseparable or other prefix, base verb in the irregular table) — the
    base is '' when the verb is regular."""
    sep = separable(inf)
    prt, rest = sep if sep else ("", inf)
    if rest in irregular_verbs():
        return prt, "", rest
    pre = inseparable_split(rest)
    if pre and pre[1] in irregular_verbs():
        return prt, pre[0], pre[1]
    return prt, "", ""


def past(lemma: str, number: str = "Sing") -> str:
    """Past tense in the joined (subordinate-clause) order: *liep*, *liepen*, *vaststelde*, *in stand hield*."""
    inf = lemma.lower()
    phrase = _fixed_phrase(inf)
    if phrase:
        return f"{phrase[0]} {past(phrase[1], number)}"
    seen = _treebank_form(inf, 1 if number == "Plur" else 0)
    if seen:
        return seen
    prt, pre, base = _base(inf)
    if base:
        sg, pl, _ = irregular_verbs()[base]
        return prt + pre + (pl if number == "Plur" else sg)
    sep = separable(inf)
    if sep:
        return sep[0] + past(sep[1], number)
    form = stem(inf) + _weak_ending(inf)
    return form + "n" if number == "Plur" else form


@functools.lru_cache(maxsize=16384)
def participle(lemma: str) -> str:
    """The past participle: *gemaakt*, *vastgesteld*, *gebleven*, *verboden*, *aangeboden*, *geëvalueerd*."""
    inf = lemma.lower()
    phrase = _fixed_phrase(inf)
    if phrase:
        inner = participle(phrase[1])
        return f"{phrase[0]} {inner}" if inner else ""
    known = _treebank_form(inf, 2) or _treebank_participles().get(inf)
    prt, pre, base = _base(inf)
    if base:
        part = irregular_verbs()[base][2]
        if not part:
            return ""
        if pre:
            # vergeven: ver + (ge)geven; vergelijken: ver + geleken (the ge- is part of gelijken)
            strip = part.startswith("ge") and (not base.startswith("ge") or part.startswith("gege"))
            core = part[2:] if strip else part
            return prt + pre + core
        return prt + part
    if known and inf not in irregular_verbs():
        return known
    sep = separable(inf)
    if sep:
        inner = participle(sep[1])
        return sep[0] + inner
    return _joined_participle(inf)


def present(lemma: str, number: str = "Sing", person: str | int = 3, inverted: bool = False) -> str:
    """Present tense in the joined order: *stelt*, *stellen*, *ben*, *is*, *vaststelt*. ``inverted``: the second
    person after the verb (*werk je*, *ben jij*) has no -t."""
    inf = lemma.lower()
    if number == "Plur":
        return inf
    person = str(person)
    irregular = _data("onregelmatig").get("present", {})
    sep = separable(inf)
    prt, rest = sep if sep else ("", inf)
    pre = inseparable_split(rest)
    for p, base in ((prt, rest), (prt + (pre[0] if pre else ""), pre[1] if pre else "")):
        if base in irregular:
            table = irregular[base]
            if person == "1" or (person == "2" and inverted):
                return p + table[0]
            return p + table[1 if person == "2" else 2]
    s = stem(inf)
    if person == "1" or (person == "2" and inverted) or s.endswith("t"):
        return s
    if s.endswith("a") and not s.endswith("aa"):
        return s + "at"  # ga → gaat, besta → bestaat
    return s + "t"


def finite(
    lemma: str, *, tense: str = "Pres", number: str = "Sing", person: str | int = 3, clause: str = "main"
) -> tuple[str, str]:
    """(finite verb, particle): in a main clause a separable verb splits (*stelt* ... *vast*), in a subordinate
    clause it stays one word (``("vaststelt", "")``)."""
    inf = lemma.lower()
    sep = separable(inf)
    if clause == "main" and sep:
        verb = present(sep[1], number, person) if tense == "Pres" else past(sep[1], number)
        return verb, sep[0]
    verb = present(inf, number, person) if tense == "Pres" else past(inf, number)
    return verb, ""


REFLEXIVES = {("1", "Sing"): "me", ("2", "Sing"): "je", ("3", "Sing"): "zich", ("1", "Plur"): "ons",
              ("2", "Plur"): "je", ("3", "Plur"): "zich"}  # fmt: skip


def reflexive(person: str | int = 3, number: str = "Sing") -> str:
    """The reflexive pronoun for a subject: *ik* → *me*, *wij* → *ons*, *de school* → *zich*."""
    return REFLEXIVES[(str(person), number)]


def conjugate(
    lemma: str, *, tense: str = "Pres", number: str = "Sing", person: str | int = 3, clause: str = "main"
) -> tuple[str, str, str]:
    """(finite verb, reflexive pronoun, particle) of a verb that may be reflexive (*zich bevinden*) or separable:
    a main clause gives ("bevindt", "zich", "") and ("stelt", "", "vast"); a subordinate clause ("bevindt", "zich",
    "") and ("vaststelt", "", ""). The caller places them: in a main clause the reflexive follows the finite verb
    and the particle closes the clause; in a subordinate clause the reflexive stands before the verb."""
    low = lemma.lower().strip()
    refl = ""
    if low.startswith("zich "):
        low = low[5:].strip()
        refl = reflexive(person, number)
    verb, particle = finite(low, tense=tense, number=number, person=person, clause=clause)
    return verb, refl, particle


def present_participle(lemma: str) -> str:
    """*werkend*, *gaande* (without -e: *gaand*), *zijnde*."""
    inf = lemma.lower()
    return inf + "d"


def te_infinitive(lemma: str) -> str:
    """*te maken*, *vast te stellen*."""
    sep = separable(lemma.lower())
    if sep:
        return f"{sep[0]} te {sep[1]}"
    return f"te {lemma.lower()}"
