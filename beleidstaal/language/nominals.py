"""Dutch noun and adjective forms: plurals, diminutives, articles (de/het), the attributive -e, comparative and
superlative.

Part of the morphology layer (issue 20); ``morphology`` is the face the rest of the package imports."""

from __future__ import annotations

import functools

from .morph_base import _best, _data, _genders, _is_vowel, _plurals

# ---------------------------------------------------------------------------------------------------------------
# nouns


def double_final(word: str) -> bool:
    """A short vowel before one final consonant: plan → plannen, bus → bussen, kat → katten."""
    return (
        len(word) >= 2
        and not _is_vowel(word[-1])
        and word[-1] not in "wjy"
        and _is_vowel(word[-2])
        and (len(word) < 3 or not _is_vowel(word[-3]))
    )


@functools.lru_cache(maxsize=16384)
def plural(noun: str) -> str:
    """*regeling* → *regelingen*, *stad* → *steden*, *auto* → *auto's*, *organisatie* → *organisaties*,
    *huis* → *huizen*, *plan* → *plannen*, *stakeholder* → *stakeholders*, *beleidsplan* → *beleidsplannen*."""
    n = noun.lower()
    table = _plurals()
    if n in table:
        return table[n]
    hand = _data("onregelmatig").get("plurals", {})
    for i in range(1, len(n) - 2):  # a compound takes the plural of its last part
        head = n[i:]
        if head in table and len(head) >= (3 if head in hand else 6):
            return n[:i] + table[head]
    cands = _plural_candidates(n)
    return _best(cands)


def _plural_candidates(n: str) -> list[str]:
    if n.endswith("scheid"):
        return [n + "en"]  # not the suffix -heid: the stem of *scheiden* (onderscheid, afscheid, bescheid)
    if n.endswith(("heid",)):
        # not every -heid is the suffix: a word the lemma tables list with its own plural keeps it
        from .noun_lemmas import irregular_noun_forms

        own = [f for f in irregular_noun_forms(n) if f.endswith("en")]
        return own[:1] or [n[:-4] + "heden"]
    if n.endswith(("ing", "ij", "ei")) and not n.endswith("je"):
        return [n + "en"]
    if n.endswith(("je", "tje")):
        return [n + "s"]
    if n.endswith("ee"):
        return [n + "ën"]
    if n.endswith("ie"):
        # organisaties; a stressed -ie takes -ieën (knieën, categorieën, typologieën), an unstressed one -iën
        # (bacteriën, oliën): the one seen most often in Dutch text wins
        return [n + "s", n + "ën", n[:-1] + "ën"]
    if n.endswith("e"):
        return [n + "s", n + "n"]  # tafels? no: ronde → rondes, gemeente → gemeenten
    if n[-1] in "aiouy" and not (len(n) > 1 and _is_vowel(n[-2])):
        return [n + "'s"]  # auto's, menu's, taxi's
    if n.endswith(("el", "em", "en", "er", "je", "aar", "eur", "ier", "oir", "um")) and len(n) > 3:
        cands = [n + "s"]
        if n.endswith(("aar", "eur", "ier", "el")):
            undoubled = n[:-3] + n[-2:] if n.endswith("aar") else n
            cands.append(undoubled + "en")  # pilaren, maatregelen
        return cands
    cands = []
    if double_final(n):
        cands.append(n + n[-1] + "en")
        cands.append(n + "en")
    else:
        core = n
        if len(n) >= 3 and n[-2] == n[-3] and n[-2] in "aeou" and not _is_vowel(n[-1]):
            core = n[:-2] + n[-1]  # straat → straten
        voiced = core[:-1] + {"f": "v", "s": "z"}.get(core[-1], core[-1])
        if voiced != core and len(n) >= 3 and (_is_vowel(n[-2]) or n[-3:-1] == "ij" or n[-2] in "lr"):
            cands += [voiced + "en", core + "en"]  # huis → huizen, brief → brieven
        else:
            cands.append(core + "en")
    cands.append(n + "s")
    return cands


@functools.lru_cache(maxsize=16384)
def diminutive(noun: str) -> str:
    """*huis* → *huisje*, *tafel* → *tafeltje*, *boom* → *boompje*, *bal* → *balletje*, *woning* → *woninkje*."""
    n = noun.lower()
    if n.endswith("je"):
        return n
    table = _data("onregelmatig").get("diminutives", {})
    if n in table:
        return table[n]
    genders = _genders()
    for i in range(
        3, len(n) - 2
    ):  # a compound takes the diminutive of its last part: voorstel → voorstelletje
        if n[i:] in genders or n[i:] in table:
            return n[:i] + diminutive(n[i:])
    if n.endswith("ing") and len(n) > 5:
        return n[:-1] + "kje"
    last = n[-1]
    if len(n) > 4 and n[-2] == "e" and last in "lnrm" and any(_is_vowel(c) for c in n[:-3]):
        return n + ("pje" if last == "m" else "tje")  # tafeltje, kamertje, bezempje (a toneless e)
    if _is_vowel(last):
        if last in "aou" and not _is_vowel(n[-2:-1]):
            return n + last + "tje"  # auto → autootje
        return n + "tje"
    if double_final(n) and last in "lnrm" or n.endswith("ng") and _is_vowel(n[-3:-2]):
        return n + (last if last != "g" else "") + "etje"  # bal → balletje, ring → ringetje
    if last == "m":
        return n + "pje"
    if last in "lnrw" or n.endswith(("ee", "ie")):
        return n + "tje"
    return n + "je"


#: endings that make a de-word whatever the word: *-ing*, *-heid*, *-teit*, *-tie*, *-sie*
_DE_ALWAYS = ("ing", "heid", "teit", "tie", "sie")


@functools.lru_cache(maxsize=16384)
def article(noun: str, *, certain: bool = False) -> str | None:
    """The definite article of a singular noun: *de* or *het*; None when not known. A compound takes the gender of
    its last part (*bestemmingsplan* → het). ``certain``: only where the gender is sure, the dictionary's own entry
    for the word or an ending that always makes a de-word (*vaststelling*); not a short last part (*afvoer* read as
    *voer*, a het-word) nor an ending that mostly does."""
    n = noun.lower()
    genders = _genders()
    if n in genders:
        return genders[n]
    if certain:
        return "de" if n.endswith(_DE_ALWAYS) else None
    if n.endswith(("je", "tje")) and len(n) > 4:
        return "het"
    for i in range(1, len(n) - 2):
        if n[i:] in genders and len(n) - i >= 3:
            return genders[n[i:]]
    if n.endswith((*_DE_ALWAYS, "ij", "ie", "nis", "ade", "ide", "iek", "ica", "ine")):
        return "de"
    if n.endswith(("isme", "ment", "um", "sel")):
        return "het"
    return None


# ---------------------------------------------------------------------------------------------------------------
# adjectives


@functools.lru_cache(maxsize=16384)
def attributive(adjective: str) -> str:
    """The adjective with -e: *groot* → *grote*, *wit* → *witte*, *lief* → *lieve*, *integraal* → *integrale*,
    *actief* → *actieve*, *nieuw* → *nieuwe*; unchanged for -en and -e (*open*, *gesloten*, *oranje*, *extra*)."""
    a = adjective.lower()
    if a.endswith(("en", "e")) and not a.endswith(("ee", "ie", "een")):
        return a
    if a[-1] in "aoiu" and len(a) >= 2 and not _is_vowel(a[-2]):
        return a  # extra, prima, sexy: no -e
    if a.endswith(("ee", "ie")):
        return a + "ë"
    if _is_vowel(a[-1]) or a.endswith(("ij", "ei", "ou", "uw", "auw", "ieuw", "eeuw")):
        return a + "e"
    if double_final(a) and a[-1] not in "hx" and not a.endswith(("ig", "isch")):
        if len(a) > 4 and a.endswith(("el", "er", "ar")) and not a.endswith(("aar", "eer", "oor")):
            return a + "e"  # simpel → simpele, ander → andere
        return a + a[-1] + "e"  # wit → witte, snel → snelle
    core = a
    if len(a) >= 3 and a[-2] == a[-3] and a[-2] in "aeou" and not _is_vowel(a[-1]):
        core = a[:-2] + a[-1]  # groot → grote, integraal → integrale
    if core.endswith("iel") and a.endswith("ieel"):
        return core[:-2] + "ële"  # officieel → officiële, potentieel → potentiële
    if core[-1] in "fs" and (_is_vowel(a[-2]) or a.endswith(("ijs", "ijf")) or a[-2] in "lr"):
        voiced = core[:-1] + {"f": "v", "s": "z"}[core[-1]] + "e"
        return _best([voiced, core + "e"])  # lief → lieve, grijs → grijze; kuis → kuise
    return core + "e"


def comparative(adjective: str) -> str:
    """*groot* → *groter*, *duur* → *duurder*, *mooi* → *mooier*."""
    a = adjective.lower()
    if a in ("goed",):
        return "beter"
    if a in ("veel",):
        return "meer"
    if a in ("weinig",):
        return "minder"
    base = attributive(a)
    if base == a:
        base = a
    if a.endswith("r"):
        return a + "der"
    base = base[:-1] if base.endswith("e") else base
    return base + "er"


def superlative(adjective: str) -> str:
    """*groot* → *grootst*, *goed* → *best*."""
    a = adjective.lower()
    special = {"goed": "best", "veel": "meest", "weinig": "minst"}
    if a in special:
        return special[a]
    return a + ("t" if a.endswith("s") else "st")


#: determiners after which an adjective before a singular het-word shows no -e (*een groot huis*)
INDEFINITE = frozenset(("een", "geen", "elk", "ieder", "veel", "zo'n", "welk"))


def needs_e(article_: str | None, gender: str | None, number: str = "Sing") -> bool:
    """Does an attributive adjective take -e? Not after *een*/no article before a singular *het*-word (*een groot
    huis*, *groot belang*); otherwise yes (*het grote huis*, *een grote stad*, *grote huizen*)."""
    if number == "Plur":
        return True
    indefinite = article_ is None or article_.lower() in INDEFINITE
    return not (indefinite and gender == "het")
