"""A few hundred synthetic, fully annotated sentences (2025 UD conventions) for two constructions that policy text
is full of and that the treebanks have few short examples of:

* a separable verb whose particle stands right before a prepositional object (*De provincie sluit aan bij het
  beleid*): particle = `compound:prt` of the verb, the preposition = `case` of its noun, the noun = `obl:arg`;
* an active perfect with an object (*Het college heeft gisteren een besluit genomen*): *heeft* = `aux` of the
  participle, which heads `nsubj` and `obj` (no `nsubj:pass`).

Split separable verbs carry the verb's own lemma (see prepare.py). The sentences of the acceptance test in
tests/test_model.py are not generated (no *preventie*, no *De gemeente zet in op ...*).
"""

from __future__ import annotations

import random

from conllu import Sentence, Token

SING_SUBJ = [
    ("De", "gemeente", "Gender=Com|Number=Sing"),
    ("Het", "college", "Gender=Neut|Number=Sing"),
    ("De", "provincie", "Gender=Com|Number=Sing"),
    ("De", "minister", "Gender=Com|Number=Sing"),
    ("De", "wethouder", "Gender=Com|Number=Sing"),
    ("De", "raad", "Gender=Com|Number=Sing"),
    ("Het", "bestuur", "Gender=Neut|Number=Sing"),
    ("De", "directie", "Gender=Com|Number=Sing"),
    ("Het", "waterschap", "Gender=Neut|Number=Sing"),
    ("De", "regering", "Gender=Com|Number=Sing"),
]
PRON_SUBJ = [
    ("Wij", "wij", "Case=Nom|Person=1|PronType=Prs", "Plur"),
    ("Zij", "zij", "Case=Nom|Person=3|PronType=Prs", "Plur"),
    ("Hij", "hij", "Case=Nom|Person=3|PronType=Prs", "Sing"),
]
# particle, preposition, lemma of the verb, 3sg, plural
SEPARABLE = [
    ("in", "op", "zetten", "zet", "zetten"),
    ("aan", "bij", "sluiten", "sluit", "sluiten"),
    ("in", "op", "spelen", "speelt", "spelen"),
    ("in", "op", "gaan", "gaat", "gaan"),
    ("toe", "op", "zien", "ziet", "zien"),
    ("mee", "aan", "doen", "doet", "doen"),
    ("bij", "aan", "dragen", "draagt", "dragen"),
    ("in", "met", "stemmen", "stemt", "stemmen"),
    ("uit", "van", "gaan", "gaat", "gaan"),
    ("voort", "op", "bouwen", "bouwt", "bouwen"),
    ("vast", "aan", "houden", "houdt", "houden"),
    ("af", "van", "hangen", "hangt", "hangen"),
    ("op", "voor", "komen", "komt", "komen"),
    ("aan", "op", "dringen", "dringt", "dringen"),
]
OBJECTS = [
    ("het", "beleid", "Gender=Neut|Number=Sing"),
    ("de", "zorg", "Gender=Com|Number=Sing"),
    ("de", "veiligheid", "Gender=Com|Number=Sing"),
    ("het", "onderwijs", "Gender=Neut|Number=Sing"),
    ("de", "wijk", "Gender=Com|Number=Sing"),
    ("het", "plan", "Gender=Neut|Number=Sing"),
    ("de", "regels", "Number=Plur"),
    ("de", "afspraken", "Number=Plur"),
    ("de", "inwoners", "Number=Plur"),
    ("het", "advies", "Gender=Neut|Number=Sing"),
    (None, "samenwerking", "Gender=Com|Number=Sing"),
    (None, "duurzaamheid", "Gender=Com|Number=Sing"),
    (None, "handhaving", "Gender=Com|Number=Sing"),
    (None, "participatie", "Gender=Com|Number=Sing"),
]
ADVERBS = [None, None, "ook", "nu", "vooral", "daarom", "sterk"]
# participle, lemma, object (det, noun, feats), optional PP
PERFECT = [
    ("genomen", "nemen", ("een", "besluit", "Gender=Neut|Number=Sing")),
    ("vastgesteld", "vaststellen", ("het", "plan", "Gender=Neut|Number=Sing")),
    ("aangepast", "aanpassen", ("de", "regeling", "Gender=Com|Number=Sing")),
    ("gestuurd", "sturen", ("een", "brief", "Gender=Com|Number=Sing")),
    ("besproken", "bespreken", ("de", "nota", "Gender=Com|Number=Sing")),
    ("ingediend", "indienen", ("een", "voorstel", "Gender=Neut|Number=Sing")),
    ("geëvalueerd", "evalueren", ("het", "beleid", "Gender=Neut|Number=Sing")),
    ("verlaagd", "verlagen", ("de", "subsidie", "Gender=Com|Number=Sing")),
    ("gemaakt", "maken", ("afspraken", None, "Number=Plur")),
    ("ontvangen", "ontvangen", ("een", "verzoek", "Gender=Neut|Number=Sing")),
    ("opgesteld", "opstellen", ("een", "plan", "Gender=Neut|Number=Sing")),
    ("gegeven", "geven", ("een", "advies", "Gender=Neut|Number=Sing")),
]
PERFECT_ADV = [None, "gisteren", "inmiddels", "vorige week", "al"]
PPS = [
    None,
    None,
    ("over", "de", "subsidie", "Gender=Com|Number=Sing"),
    ("voor", "het", "project", "Gender=Neut|Number=Sing"),
    ("met", "de", "partners", "Number=Plur"),
]
DET_FEATS = {"de": "Definite=Def", "het": "Definite=Def", "een": "Definite=Ind"}


class _Builder:
    def __init__(self) -> None:
        self.tokens: list[Token] = []

    def add(self, form, lemma, upos, feats="_", xpos="_") -> Token:
        t = Token(len(self.tokens) + 1, form, lemma, upos, xpos, feats or "_", 0, "", "_", "_")
        self.tokens.append(t)
        return t

    def sentence(self) -> Sentence:
        self.tokens[-2].misc = "SpaceAfter=No"  # before the full stop
        s = Sentence(source="augment")
        s.tokens = self.tokens
        s.comments = ["# text = " + s.text]
        return s


def _np(b: _Builder, det, noun, feats, head_rel, cap=False):
    d = None
    if det:
        d = b.add(det.capitalize() if cap else det, det.lower(), "DET", DET_FEATS[det.lower()])
    n = b.add(noun, noun, "NOUN", feats)
    if d:
        d.head, d.deprel = n.id, "det"
    n.deprel = head_rel
    return n


def _subject(b: _Builder, rng: random.Random):
    if rng.random() < 0.25:
        form, lemma, feats, num = rng.choice(PRON_SUBJ)
        t = b.add(form, lemma, "PRON", feats)
        t.deprel = "nsubj"
        return t, num
    det, noun, feats = rng.choice(SING_SUBJ)
    return _np(b, det, noun, feats, "nsubj", cap=True), "Sing"


def separable(rng: random.Random) -> Sentence | None:
    b = _Builder()
    subj, num = _subject(b, rng)
    prt, prep, lemma, sg, pl = rng.choice(SEPARABLE)
    verb = b.add(sg if num == "Sing" else pl, lemma, "VERB", f"Number={num}|Tense=Pres|VerbForm=Fin")
    adv = rng.choice(ADVERBS)
    a = (
        b.add(adv, adv, "ADV" if adv != "sterk" else "ADJ", "_" if adv != "sterk" else "Degree=Pos")
        if adv
        else None
    )
    p = b.add(prt, prt, "ADP")
    c = b.add(prep, prep, "ADP")
    det, noun, feats = rng.choice(OBJECTS)
    obj = _np(b, det, noun, feats, "obl:arg")
    dot = b.add(".", ".", "PUNCT")
    if subj.text if hasattr(subj, "text") else False:
        pass
    subj.head = verb.id
    verb.head, verb.deprel = 0, "root"
    if a:
        a.head, a.deprel = verb.id, "advmod"
    p.head, p.deprel = verb.id, "compound:prt"
    c.head, c.deprel = obj.id, "case"
    obj.head = verb.id
    dot.head, dot.deprel = verb.id, "punct"
    s = b.sentence()
    if s.text.startswith("De gemeente zet in op"):
        return None
    return s


def perfect(rng: random.Random) -> Sentence:
    b = _Builder()
    subj, num = _subject(b, rng)
    aux = b.add(
        "heeft" if num == "Sing" else "hebben", "hebben", "AUX", f"Number={num}|Tense=Pres|VerbForm=Fin"
    )
    adv = rng.choice(PERFECT_ADV)
    advs = [
        b.add(
            w,
            w,
            "ADJ" if w == "vorige" else ("NOUN" if w == "week" else "ADV"),
            {"vorige": "Degree=Pos", "week": "Gender=Com|Number=Sing"}.get(w, "_"),
        )
        for w in (adv.split() if adv else [])
    ]
    part, lemma, (det, noun, feats) = rng.choice(PERFECT)
    obj = _np(b, None, det, feats, "obj") if noun is None else _np(b, det, noun, feats, "obj")
    pp = rng.choice(PPS)
    pp_after = rng.random() < 0.5
    pp_toks = None
    if pp and not pp_after:
        pp_toks = (b.add(pp[0], pp[0], "ADP"), _np(b, pp[1], pp[2], pp[3], "obl"))
    verb = b.add(part, lemma, "VERB", "VerbForm=Part")
    if pp and pp_after:
        pp_toks = (b.add(pp[0], pp[0], "ADP"), _np(b, pp[1], pp[2], pp[3], "obl"))
    dot = b.add(".", ".", "PUNCT")
    subj.head = verb.id
    aux.head, aux.deprel = verb.id, "aux"
    if len(advs) == 2:  # vorige week
        advs[0].head, advs[0].deprel = advs[1].id, "amod"
        advs[1].head, advs[1].deprel = verb.id, "obl"
    elif advs:
        advs[0].head, advs[0].deprel = verb.id, "advmod"
    obj.head = verb.id
    if pp_toks:
        pp_toks[0].head, pp_toks[0].deprel = pp_toks[1].id, "case"
        pp_toks[1].head = verb.id
    verb.head, verb.deprel = 0, "root"
    dot.head, dot.deprel = verb.id, "punct"
    return b.sentence()


def generate(n_separable: int = 250, n_perfect: int = 150, seed: int = 0) -> list[Sentence]:
    rng = random.Random(seed)
    out, seen = [], set()
    while len(out) < n_separable:
        s = separable(rng)
        if s and s.key not in seen:
            seen.add(s.key)
            out.append(s)
    while len(out) < n_separable + n_perfect:
        s = perfect(rng)
        if s.key not in seen:
            seen.add(s.key)
            out.append(s)
    return out


if __name__ == "__main__":
    for s in generate(8, 8):
        print(s.text, "|", " ".join(f"{t.form}/{t.deprel}/{t.head}" for t in s.tokens))
