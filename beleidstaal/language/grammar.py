"""Shared Dutch grammar helpers for the detectors, rewrites and figures: deriving a verb from a noun, and
conjugating a verb for a rewrite. The word data (verbs, irregular forms, modals) is in ``lexicons/data/``
(``language/data.py``)."""

from __future__ import annotations

import functools

from . import morphology
from .data import pairs, table, word_set, word_tuple
from .keys import PARTICLES, full_lemma, split_separable

VOWELS = set("aeiouyéëïöü")

#: modal verbs: singular and plural present and past
MODALS = pairs("grammatica", "modals")
MODALS_PAST = pairs("grammatica", "modals_past")
#: every form of a modal verb, present and past, to its infinitive (*kon* → *kunnen*)
MODAL_FORMS = {
    form: lemma for table_ in (MODALS, MODALS_PAST) for lemma, forms in table_.items() for form in forms
}


def known_verbs() -> frozenset[str]:
    return word_set("werkwoorden", "verbs")


def nominalisation_map() -> dict[str, str]:
    return table("nominalisaties", "nouns")


#: how often a word occurs in Dutch text (wordfreq, cached in the morphology layer); imported at module level: an
#: import inside a function runs the import machinery at every call (0.7 s per 20,000 words)
zipf = morphology.zipf


# ---------------------------------------------------------------------------------------------------------------
# noun → verb


def _undouble_vowel(stem: str) -> str:
    """``koop`` → ``kop`` (aankoop → aankopen): a long vowel is written single in an open syllable."""
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou" and stem[-1] not in VOWELS:
        return stem[:-2] + stem[-1]
    return stem


def _voice(stem: str) -> str:
    """``leef`` → ``lev``, ``lees`` → ``lez`` before -en."""
    if stem.endswith("f"):
        return stem[:-1] + "v"
    if stem.endswith("s") and not stem.endswith(("ss", "ts")):
        return stem[:-1] + "z"
    return stem


def stem_to_infinitive(stem: str) -> list[str]:
    """Infinitive candidates for a bare verb stem (``aanschaf`` → ``aanschaffen``, ``aankoop`` → ``aankopen``)."""
    cands = [stem + "en", _voice(stem) + "en"]
    if stem[-1:] not in VOWELS and len(stem) >= 3 and stem[-2] in VOWELS and stem[-3] not in VOWELS:
        cands.append(stem + stem[-1] + "en")  # aanschaf → aanschaffen, inzet → inzetten
    long = _undouble_vowel(stem)
    if long != stem:
        cands.append(long + "en")
        cands.append(_voice(long) + "en")
    if stem.endswith("name"):
        cands.append(stem[:-4] + "nemen")
    if stem.endswith("gave"):
        cands.append(stem[:-4] + "geven")
    return list(dict.fromkeys(cands))


def is_infinitive_shape(word: str) -> bool:
    """Dutch infinitives end in -en, or in -n after a long vowel (gaan, doen, zien, zijn)."""
    return word.endswith("en") or word.endswith(("aan", "oen", "ien", "ijn", "ein"))


def candidate_verbs(noun: str) -> list[str]:
    """Infinitives a noun could be derived from, by suffix and spelling rules, most likely first.

    *beslissing* → *beslissen*, *verbetering* → *verbeteren*, *realisatie* → *realiseren*, *implementatie* →
    *implementeren*, *productie* → *produceren*, *montage* → *monteren*, *herziening* → *herzien*.
    Whether the verb exists is checked elsewhere (``derive_verb``)."""
    n = noun.lower()
    out: list[str] = []
    if n.endswith("ing") and len(n) > 5:
        s = n[:-3]
        out.append(s + "en")
        if s.endswith(("ien", "aan", "oen", "ijn")):
            out.append(s)  # herziening → herzien, voorziening → voorzien
    elif n.endswith("atie") and len(n) > 6:
        out.append(n[:-4] + "eren")
        if n.endswith("icatie"):
            out.append(n[:-6] + "iëren")
    elif n.endswith("tie") and len(n) > 5:
        if n.endswith(("ctie", "ptie")):
            out.append(n[:-2] + "eren")  # selectie → selecteren, adoptie → adopteren
        if n.endswith(("uctie", "utie")):
            out.append(n[:-3] + "eren")  # productie → produceren, evolutie → evolueren
    elif n.endswith("sie") and len(n) > 5:
        out += [n[:-2] + "iëren", n[:-3] + "seren"]  # discussie → discussiëren, revisie → reviseren
    elif n.endswith("ment") and len(n) > 6:
        if n.endswith("ement"):
            out.append(n[:-5] + "eren")  # arrangement → arrangeren
        out.append(n + "eren")  # experiment → experimenteren
    elif n.endswith("age") and len(n) > 5:
        out.append(n[:-3] + "eren")  # montage → monteren
        if n[-4] == n[-5] or n.endswith("tage"):
            out.append(n[:-3] + "en")  # lekkage → lekken, slijtage → slijten
    return list(dict.fromkeys(out))


def derive_verb(noun: str) -> str | None:
    """The verb behind a nominalisation, only when that verb exists (in the generated verb list)."""
    n = noun.lower()
    mapped = nominalisation_map().get(n)
    if mapped:
        return mapped
    verbs = known_verbs()
    for cand in candidate_verbs(n):
        if cand in verbs:
            return cand
    return None


# ---------------------------------------------------------------------------------------------------------------
# conjugation (for rewrites in the active voice)


def verb_stem(infinitive: str) -> str:
    """The stem (first person singular): ``morphology.stem``."""
    return morphology.stem(infinitive)


def present(infinitive: str, plural: bool) -> str:
    """Present tense, third person: *stellen* → *stelt* / *stellen* (``morphology.present``)."""
    return morphology.present(infinitive, "Plur" if plural else "Sing", 3)


def split_particle(infinitive: str, participle: str | None = None) -> tuple[str, str]:
    """(particle, verb): *inzetten* → (``in``, ``zetten``); ('', verb) for a verb that does not split.

    With the participle the answer is certain: a separable verb has *ge* after its particle (*ingezet*,
    *vastgesteld*); an inseparable one has not (*ondersteund*, *overwogen*)."""
    inf = infinitive.lower()
    if participle:
        p = participle.lower()
        for i in range(2, min(len(inf), len(p)) - 3):
            if (
                inf[:i] == p[:i]
                and p[i : i + 2] == "ge"
                and (not inf[i:].startswith("ge") or p[i + 2 :].startswith("ge"))
            ):
                rest = inf[i:]
                if rest in known_verbs() or zipf(rest) >= 3.0:
                    return inf[:i], rest
        return "", inf
    found = split_separable(inf)
    if found and (found[1] in known_verbs()):
        return found
    return "", inf


#: verb prefixes that never split off and take no ge in the participle
INSEPARABLE = word_tuple("grammatica", "inseparable_prefixes")


def participle_shape(word: str) -> bool:
    """A past participle has ge (gemaakt, vastgesteld), an inseparable prefix (besteed), or a particle before an
    inseparable prefix (terugbetaald)."""
    low = word.lower()
    if "ge" in low or low.startswith(INSEPARABLE) or low in participle_map():
        return True
    return any(low.startswith(p) and low[len(p) :].startswith(INSEPARABLE) for p in PARTICLES)


def participle_map() -> dict[str, str]:
    return table("werkwoorden", "participles")


@functools.lru_cache(maxsize=50_000)
def infinitive_from_participle(participle: str) -> str | None:
    """*vastgesteld* → *vaststellen*, *aangevraagd* → *aanvragen*, *gestegen* → *stijgen* (treebank list for
    strong verbs, spelling rules for weak ones); None when no known verb fits."""
    p = participle.lower()
    mapped = participle_map().get(p)
    if mapped:
        return mapped
    verbs = known_verbs()
    if p.startswith("ge"):
        splits = [("", p[2:])]
    elif p.startswith(INSEPARABLE):
        splits = [("", p)]  # no ge after an inseparable prefix: besteed, verleend, ontvangen, overwogen
    else:
        splits = []
    for prt in PARTICLES:
        if p.startswith(prt + "ge") and len(p) > len(prt) + 4:
            splits.insert(0, (prt, p[len(prt) + 2 :]))
        elif p.startswith(prt) and p[len(prt) :].startswith(INSEPARABLE) and len(p) > len(prt) + 5:
            splits.append((prt, p[len(prt) :]))  # terugbetaald: terug + betaald, no ge
    fallback = None
    for prt, core in splits:
        core = (
            core.replace("ë", "e", 1)
            if core.startswith("ë")
            else core.replace("ï", "i", 1)
            if core.startswith("ï")
            else core
        )
        if core in participle_map():
            return prt + participle_map()[core]
        if prt and "ge" + core in participle_map() and p.startswith(prt + "ge"):
            return prt + participle_map()["ge" + core]  # toegezonden: toe + gezonden (zenden), a strong verb
        if core.endswith("aan") and core[:-3].endswith(("d", "g", "st", "sl")):
            strong = core[:-3] + (
                "oen" if core.endswith("daan") else "aan"
            )  # voldaan → voldoen, gegaan → gaan
            if prt + strong in verbs or strong in verbs:
                return prt + strong
        if core.endswith(("d", "t")):
            # toegelicht: the stem itself ends in t (licht-en); gemaakt: the t is the ending (maak-t)
            stems = [core[:-1], core]
            cands = [c for stem in stems for c in stem_to_infinitive(stem)]
            known = [c for c in cands if prt + c in verbs or c in verbs]
            if known:  # the most frequent: verhuizen, not the past tense verhuisden
                return prt + max(known, key=lambda c: (zipf(prt + c), -cands.index(c)))
            for cand in cands:
                prefixed = p.startswith(
                    ("ge", "be", "ver", "ont", "her", "er", "over", "onder", "door", "mis")
                )
                if fallback is None and prefixed and len(p) >= 6 and zipf(prt + cand) >= 3.0:
                    fallback = prt + cand
        if core.endswith("en") and (prt + core in verbs or core in verbs):
            return prt + core
    for pre in INSEPARABLE:
        # an inseparable prefix before a separable verb keeps that verb's participle whole: *heringericht* is *her*
        # + *ingericht* (*herinrichten*), *heropgebouwd* is *her* + *opgebouwd*
        inner = (
            infinitive_from_participle(p[len(pre) :]) if p.startswith(pre) and len(p) > len(pre) + 5 else None
        )
        if inner and pre + inner in verbs:
            return pre + inner
    return fallback


def infinitive(token) -> str:
    """The infinitive of a verb token, with its particle: the lemma when it looks right, otherwise derived from
    the form (a placeholder model sometimes leaves a participle as its own lemma)."""
    lemma = full_lemma(token) or token.lemma_.lower()  # (the extension without its overhead)
    low = token.lower_
    if low in participle_map():
        return participle_map()[low]
    if lemma != low and lemma.endswith("n") and lemma in known_verbs():
        return lemma
    derived = infinitive_from_participle(low)
    return derived or lemma


#: the relations of a clause inside another (``acl`` covers ``acl:relcl``)
_CLAUSE_RELATIONS = ("ccomp", "advcl", "acl", "csubj")


def subordinate_clause(verb) -> bool:
    """The verb heads a clause inside another: it has a conjunction of its own (*dat*, *als*, *omdat*) or the
    relation of such a clause to another verb (ccomp, advcl, acl, csubj)."""
    return verb.dep_.split(":")[0] in _CLAUSE_RELATIONS or any(c.dep_ == "mark" for c in verb.children)
