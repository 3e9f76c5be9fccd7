"""Harmonise the 2017 UD Dutch training files to the 2025 (UD 2.16) conventions of the dev/test files.

The rules follow the differences measured on the 1,613 sentences present in both the 2017 and the 2025 files
(see ../shared/ud-dutch/README.md).  Each rule counts the tokens it changes.  Punctuation attachment is redone at
the end with udapi's `ud.FixPunct` (see `fix_punct`).

Lexical knowledge (which verb + preposition pairs are `obl:arg`, which verbs take `expl:pv`) comes from the 2025
dev files only, never from the test files.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from conllu import Sentence, Token

POSS_PERSON = {
    "mijn": "1",
    "ons": "1",
    "onze": "1",
    "jouw": "2",
    "je": "2",
    "uw": "2",
    "jullie": "2",
    "zijn": "3",
    "haar": "3",
    "hun": "3",
}
ORDINAL_RE = re.compile(
    r"^(\d+(e|ste|de)|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|"
    r"elfde|twaalfde|.*tiende|.*tigste|honderdste|duizendste|miljoenste|laatste)$"
)
CLAUSE_LEVEL = {
    "nsubj",
    "nsubj:pass",
    "csubj",
    "csubj:pass",
    "aux",
    "aux:pass",
    "mark",
    "cc",
    "punct",
    "advcl",
    "parataxis",
    "expl",
    "expl:pv",
    "obl",
    "obl:agent",
    "obl:arg",
    "conj",
    "discourse",
    "vocative",
    "ccomp",
    "iobj",
    "dislocated",
    "obj",
    "advmod",
    "xcomp",
}
NEW_VERBS = {"willen", "laten", "gaan"}  # outside the 2025 Dutch auxiliary set


def _plain(lemma: str) -> str:
    return lemma.replace("_", "").lower()


def load_lexicon(dev_sents: list[Sentence]) -> dict:
    """Verb + preposition pairs and reflexive verbs as annotated in the 2025 dev files."""
    arg = Counter()
    obl = Counter()
    pv = set()
    for s in dev_sents:
        for t in s.tokens:
            if t.deprel in ("obl", "obl:arg") and t.head:
                head = s.tok(t.head)
                cases = [c for c in s.children(t.id) if c.deprel == "case"]
                if not cases:
                    continue
                key = (_plain(head.lemma), cases[0].lemma.lower())
                (arg if t.deprel == "obl:arg" else obl)[key] += 1
            if t.deprel == "expl:pv" and t.head:
                pv.add(_plain(s.tok(t.head).lemma))
    obl_arg = {k for k, v in arg.items() if v >= obl.get(k, 0)}
    return {"obl_arg": obl_arg, "pv": pv}


def _is_name_group(s: Sentence, head: Token, members: list[Token]) -> bool:
    group = sorted([head] + members, key=lambda t: t.id)
    content = [t for t in group if t.upos not in ("ADP", "DET", "CCONJ", "PUNCT", "SYM")]
    caps = [t for t in content if t.form[:1].isupper()]
    if not caps:
        return False
    # not when it is only capitalised because it starts the sentence
    return not (len(caps) == 1 and caps[0].id == 1 and len(content) > 1)


def _restructure(
    s: Sentence, new_head: Token, old_head: Token, counts: Counter, key: str, keep_advmod=True
) -> None:
    """new_head (a copula/aux of old_head) becomes the head; old_head becomes its xcomp."""
    new_head.head, new_head.deprel = old_head.head, old_head.deprel
    new_head.upos = "VERB"
    old_head.head, old_head.deprel = new_head.id, "xcomp"
    for c in s.children(old_head.id):
        if c is new_head or c.deprel not in CLAUSE_LEVEL:
            continue
        if c.deprel == "advmod" and keep_advmod:
            continue
        if c.deprel in ("obj", "iobj", "xcomp", "ccomp", "obl", "obl:arg", "expl:pv") and key == "aux->VERB":
            continue  # arguments of the infinitive stay with it
        if c.deprel == "aux:pass":
            continue
        c.head = new_head.id
    counts[key] += 1


def harmonise_sentence(s: Sentence, lex: dict, counts: Counter, more: bool = False) -> None:
    """Harmonise one 2017 sentence in place. ``more`` adds the rules 5b-5f (found later; see README: measured
    and not in the shipped pipeline)."""
    toks = s.tokens
    # 1. names: flat:name -> flat; fixed groups that are names -> flat + PROPN, lemma = form, no features
    fixed_groups = defaultdict(list)
    for t in toks:
        if t.deprel == "flat:name":
            t.deprel = "flat"
            counts["flat:name->flat"] += 1
        elif t.deprel == "fixed":
            fixed_groups[t.head].append(t)
    for h, members in fixed_groups.items():
        head = s.tok(h)
        if not _is_name_group(s, head, members):
            continue
        for t in [head] + members:
            if t is not head:
                t.deprel = "flat"
                counts["fixed->flat (names)"] += 1
            if t.upos == "PUNCT":
                t.upos = "SYM"
            elif t.upos != "PROPN":
                t.upos = "PROPN"
                counts["name part->PROPN"] += 1
            t.lemma = t.form
            t.feats = "_"
    for t in toks:
        low = t.form.lower()
        # 2. possessive determiners -> PRON nmod:poss
        if t.deprel == "det" and t.lemma.lower() in POSS_PERSON and t.upos in ("DET", "PRON"):
            t.upos, t.deprel = "PRON", "nmod:poss"
            t.feats = f"Person={POSS_PERSON[t.lemma.lower()]}|Poss=Yes|PronType=Prs"
            counts["det->nmod:poss"] += 1
        # 3. ordinals NUM -> ADJ, nummod -> amod
        elif t.upos == "NUM" and ORDINAL_RE.match(low) and low != t.lemma.lower():
            t.upos, t.feats = "ADJ", "_"
            if t.deprel == "nummod":
                t.deprel = "amod"
            counts["ordinal->ADJ"] += 1
        # 4. 'als' as subordinator
        elif t.upos == "ADP" and t.deprel == "mark" and t.lemma.lower() == "als":
            t.upos = "SCONJ"
            counts["als mark->SCONJ"] += 1
        # 5. veel/weinig as adverbial
        elif t.upos == "PRON" and t.lemma.lower() in ("veel", "weinig") and t.deprel in ("obl", "amod"):
            t.upos, t.deprel, t.feats = "ADV", "advmod", "_"
            counts["veel/weinig->ADV"] += 1
        elif (
            t.upos == "ADJ"
            and t.deprel == "det"
            and t.lemma.lower() in ("hetzelfde", "dezelfde", "datzelfde", "diezelfde")
        ):
            t.upos = "DET"
            counts["zelfde->DET"] += 1
        # 5b. quantifiers used as adverbs (*niet meer*, *veel beter*)
        elif (
            more
            and t.upos == "PRON"
            and t.lemma.lower() in ("meer", "minder", "vele")
            and t.deprel in ("advmod", "obl", "amod")
        ):
            t.upos, t.deprel, t.feats = "ADV", "advmod", "_"
            counts["meer/minder->ADV"] += 1
        # 5c. expletive *er* is a pronoun in 2025
        elif more and t.deprel == "expl" and t.upos == "ADV" and low == "er":
            t.upos, t.feats = "PRON", "Person=3|PronType=Dem"
            counts["expl er->PRON"] += 1
        # 5d. coordinators written as adverb or preposition (*zowel*, *van 4 tot 19*)
        elif (
            more
            and t.deprel == "cc"
            and t.upos in ("ADV", "ADP")
            and low in ("zowel", "tot", "noch", "alsook")
        ):
            t.upos, t.feats = "CCONJ", "_"
            counts["cc->CCONJ"] += 1
        # 5e. adverbs as subordinators (*al*, *toen*) -> SCONJ
        elif more and t.deprel == "mark" and t.upos == "ADV":
            t.upos, t.feats = "SCONJ", "_"
            counts["mark ADV->SCONJ"] += 1
        # 5f. *voor het eerst*: NUM -> ADJ
        elif more and t.upos == "NUM" and low == "eerst":
            t.upos, t.feats = "ADJ", "_"
            counts["eerst->ADJ"] += 1
        elif t.feats != "_" and ("=yes" in t.feats):
            t.feats = t.feats.replace("=yes", "=Yes")
    # 6. copulas other than zijn -> VERB heading an xcomp
    for t in toks:
        if t.deprel == "cop" and t.lemma.lower() != "zijn" and t.head:
            _restructure(s, t, s.tok(t.head), counts, "cop->VERB+xcomp")
    # 7. willen/laten/gaan: aux -> VERB heading an xcomp
    for t in toks:
        if t.deprel == "aux" and t.lemma.lower() in NEW_VERBS and t.head:
            head = s.tok(t.head)
            if head.upos in ("VERB", "AUX"):
                _restructure(s, t, head, counts, "aux->VERB")
    # 7b. moeten: VERB heading an xcomp -> AUX (aux of the infinitive), as in 2025
    for t in toks:
        if t.lemma.lower() == "moeten" and t.upos == "VERB":
            xcomps = [c for c in s.children(t.id) if c.deprel == "xcomp"]
            if not xcomps:
                continue
            x = xcomps[-1]
            x.head, x.deprel = t.head, t.deprel
            for c in s.children(t.id):
                if c is not x:
                    c.head = x.id
            t.head, t.deprel, t.upos = x.id, "aux", "AUX"
            counts["moeten VERB+xcomp->aux"] += 1
    for t in toks:
        if not t.head:
            continue
        head = s.tok(t.head)
        kids = s.children(t.head)
        passive = any(k.deprel == "aux:pass" for k in kids)
        # 8. nsubj -> nsubj:pass in passives
        if t.deprel == "nsubj" and passive:
            t.deprel = "nsubj:pass"
            counts["nsubj->nsubj:pass"] += 1
        elif t.deprel == "obl":
            cases = [c for c in s.children(t.id) if c.deprel == "case"]
            case = cases[0].lemma.lower() if cases else None
            # 9. door-agents of passives
            if case == "door" and (passive or "VerbForm=Part" in head.feats):
                t.deprel = "obl:agent"
                counts["obl->obl:agent"] += 1
            # 10. prepositional objects
            elif case and head.upos in ("VERB", "AUX") and (_plain(head.lemma), case) in lex["obl_arg"]:
                t.deprel = "obl:arg"
                counts["obl->obl:arg"] += 1
        # 11. inherent reflexives
        elif (
            t.deprel == "obj"
            and t.upos == "PRON"
            and t.lemma.lower() in ("zich", "me", "mij", "je", "ons", "zichzelf")
            and _plain(head.lemma) in lex["pv"]
        ):
            t.deprel = "expl:pv"
            counts["obj->expl:pv"] += 1
    # 12. cc attaches to the following conjunct
    for t in toks:
        if t.deprel == "cc" and t.head and t.head < t.id:
            conjs = [c for c in s.children(t.head) if c.deprel == "conj" and c.id > t.id]
            if conjs:
                t.head = min(conjs, key=lambda c: c.id).id
                counts["cc->next conjunct"] += 1


FUNCTION_WORDS = {
    "de", "het", "een", "van", "voor", "en", "of", "met", "op", "in", "aan", "uit", "over", "tegen", "door",
    "bij", "naar", "der", "des", "den", "te", "ten", "ter", "'t", "om", "tot", "zonder", "onder", "na",
}  # fmt: skip
QUOTES_OPEN, QUOTES_CLOSE = {"«", "„", "“"}, {"»", "”"}


@dataclass
class PosLexicon:
    """UPOS counts per lower-cased form (PROPN counted only where CGN tags tell names apart), and the most
    common (lemma, feats) per lower-cased form and UPOS."""

    counts: dict[str, Counter]
    analyses: dict[tuple[str, str], tuple[str, str]]

    def common_pos(self, form: str, min_count: int = 2) -> str | None:
        """The form's most frequent POS other than PROPN, if it is seen often enough and mostly not as a name."""
        cnt = self.counts.get(form.lower())
        if not cnt:
            return None
        names = cnt.get("PROPN", 0)
        other = {k: v for k, v in cnt.items() if k != "PROPN"}
        n = sum(other.values())
        if n < min_count or n < 2 * names:
            return None
        return max(other, key=other.get)


def pos_lexicon(sents: list[Sentence]) -> PosLexicon:
    counts: dict = defaultdict(Counter)
    analyses: dict = defaultdict(Counter)
    for s in sents:
        for t in s.tokens:
            if t.upos != "PROPN" or t.xpos not in ("_", ""):
                counts[t.form.lower()][t.upos] += 1
                analyses[(t.form.lower(), t.upos)][(t.lemma.lower(), t.feats)] += 1
    return PosLexicon(dict(counts), {k: v.most_common(1)[0][0] for k, v in analyses.items()})


def retag_titles(s: Sentence, lex: PosLexicon, counts: Counter) -> None:
    """2017 LassySmall tags every word of a title PROPN; 2025 gives title words their own POS.

    A run of PROPN tokens counts as a title when it holds a lower-case content word (*Maskers tarten de dood*),
    stands between quotes (« *De geheimzinnige ster* »), or starts with an article followed by common words only
    (*De Rode Ridder*). Person and organisation names (*Bart De Wever*, *Vlaams Belang*) stay PROPN. Only for
    files without CGN tags (LassySmall 2017): Alpino 2017 marks names with its CGN tags already.
    """
    toks = s.tokens
    if not toks or any(t.xpos not in ("_", "") for t in toks):
        return
    quoted, inside = [], False
    for t in toks:
        if t.form in QUOTES_OPEN or (t.form == '"' and not inside):
            inside = True
            quoted.append(False)
        elif t.form in QUOTES_CLOSE or (t.form == '"' and inside):
            inside = False
            quoted.append(False)
        else:
            quoted.append(inside)
    i = 0
    while i < len(toks):
        if toks[i].upos != "PROPN":
            i += 1
            continue
        j = i
        while j < len(toks) and toks[j].upos == "PROPN":
            j += 1
        run = toks[i:j]
        lower_content = any(
            t.form[:1].islower() and t.form.isalpha() and t.form.lower() not in FUNCTION_WORDS for t in run
        )
        article = (
            len(run) > 1
            and run[0].form.lower() in ("de", "het", "een", "'t")
            and all(lex.common_pos(t.form) for t in run[1:])
        )
        if (lower_content and len(run) > 1) or quoted[i] or article:
            for t in run:
                pos = lex.common_pos(t.form)
                if pos:
                    t.upos = pos
                    t.lemma, t.feats = lex.analyses[(t.form.lower(), pos)]
                    counts["title word PROPN->own POS"] += 1
        i = j


def fix_punct(sents: list[Sentence], counts: Counter) -> None:
    """Re-attach punctuation with udapi's ud.FixPunct (the 2025 files follow its conventions)."""
    from udapi.block.ud.fixpunct import FixPunct
    from udapi.core.document import Document

    doc = Document()
    for s in sents:
        bundle = doc.create_bundle()
        root = bundle.create_tree()
        nodes = []
        for t in s.tokens:
            n = root.create_child(
                form=t.form,
                lemma=t.lemma,
                upos=t.upos,
                xpos=t.xpos,
                feats=t.feats,
                deprel=t.deprel,
                misc=t.misc,
            )
            nodes.append(n)
        for t, n in zip(s.tokens, nodes, strict=False):
            n.parent = root if t.head == 0 else nodes[t.head - 1]
    block = FixPunct()
    block.process_document(doc)
    for s, bundle in zip(sents, doc.bundles, strict=False):
        desc = bundle.get_tree().descendants
        for t, n in zip(s.tokens, desc, strict=False):
            new_head = n.parent.ord
            if new_head != t.head:
                counts["punct re-attached"] += 1
                t.head = new_head
