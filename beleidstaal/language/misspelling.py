"""Typing errors the dictionary can correct, read once so that a misspelt word is read as the word meant instead of
as a word the model does not know: a past participle written with the wrong last letter (*wordt gecreëert*,
*is gemaakd*: ``misspelt_participle``, used by ``morph_tags.repair_tags``), and a rare form whose two neighbouring
letters swapped make a far more common word (*een concentratie gebeid*: ``swapped_letters``, used by the passive's
words backstop, ``passive_words``). No hand list of typos: the dictionary, the verbs' forms and wordfreq decide."""

from __future__ import annotations

import functools

from .morph_base import zipf

#: the classes the model gives a word it does not know (a misspelt participle ends like a finite verb: *gecreëert*)
MISSPELT_CLASSES = frozenset({"VERB", "ADJ", "NOUN", "PROPN", "X"})


#: how much more frequent (wordfreq's Zipf scale: 2 is a hundred times) the corrected participle is than the word as
#: written: a spelling checker's choice of the nearest word (*gestuurt* 1.9, *gestuurd* 4.8), not a correct participle
#: of a rarer verb that another verb's participle resembles (*ingepland* 3.1, *ingeplant* 2.8)
MISSPELT_ZIPF_GAP = 2.0


@functools.lru_cache(maxsize=4096)
def misspelt_participle(word: str) -> str | None:
    """The verb whose past participle ``word`` is, written with *t* where the participle ends in *d*, with *d* where
    it ends in *t*, or with *dt* (*gecreëert*, *gemaakd*, *gerealiseerdt*): the spelling a dictionary corrects. Only
    for a participle with *ge* (*gecreëert*, *uitgenodigt*): of a verb with an inseparable prefix the participle and
    the present tense differ in that letter alone (*verlangd*, *verlangt*), so the letter tells no misspelling there.
    And only for a word the dictionary knows in no reading (``morphology.lemmas``, the noun tables) and that is no
    form of that verb, while the participle is a common word and the written one a rare one (``MISSPELT_ZIPF_GAP``).
    None where no known verb has the corrected participle."""
    from . import morphology
    from .morph_base import PARTICLES
    from .morph_tags import verb_of_participle  # (morph_tags asks this module while it repairs tags)
    from .noun_lemmas import noun_lemma
    from .passive import looks_like_participle  # (the passive module reads the repaired tags)

    if not word.isalpha() or not word.endswith(("t", "d")) or len(word) < 6:
        return None
    if not (word.startswith("ge") or any(word.startswith(prt + "ge") for prt in PARTICLES)):
        return None
    right = word[:-1] if word.endswith("dt") else word[:-1] + ("d" if word.endswith("t") else "t")
    if morphology.zipf(right) - morphology.zipf(word) < MISSPELT_ZIPF_GAP or not looks_like_participle(right):
        return None
    if morphology.lemmas(word) or noun_lemma(word) is not None:
        return None
    verb = verb_of_participle(right)
    if verb is not None and verb.startswith("ge") and morphology.participle(verb[2:]) == right:
        verb = verb[2:]  # *geleit*: *leiden* (*geleid*), not *geleiden*, whose participle is the same
    if verb is None or morphology.participle(verb) != right or word in morphology.forms(verb, "VERB"):
        return None
    return verb


def swapped_letters(low: str) -> bool:
    """A rare form that, with two neighbouring letters swapped, is a far more common word (*gebeid*, *gebied*): a
    typing error, as ``misspelt_participle`` reads a wrong last letter (``MISSPELT_ZIPF_GAP``); a form at least
    ``RARE_PARTICIPLE_ZIPF`` is a word of its own."""
    from .morph_tags import RARE_PARTICIPLE_ZIPF

    own = zipf(low)
    if own >= RARE_PARTICIPLE_ZIPF:
        return False
    swaps = (
        low[:i] + low[i + 1] + low[i] + low[i + 2 :] for i in range(len(low) - 1) if low[i] != low[i + 1]
    )
    return any(zipf(w) - own >= MISSPELT_ZIPF_GAP for w in swaps)
