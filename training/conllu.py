"""Minimal CoNLL-U reading/writing and conversion to spaCy Docs (no extra dependencies)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Token:
    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    deps: str
    misc: str

    @property
    def space_after(self) -> bool:
        return "SpaceAfter=No" not in self.misc.split("|")

    def feat_dict(self) -> dict[str, str]:
        if self.feats in ("_", ""):
            return {}
        return dict(kv.split("=", 1) for kv in self.feats.split("|") if "=" in kv)

    def set_feats(self, d: dict[str, str]) -> None:
        self.feats = "|".join(f"{k}={v}" for k, v in sorted(d.items(), key=lambda kv: kv[0].lower())) or "_"


@dataclass
class Sentence:
    comments: list[str] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    source: str = ""

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(t.form for t in self.tokens)

    def children(self, head_id: int) -> list[Token]:
        return [t for t in self.tokens if t.head == head_id]

    def tok(self, i: int) -> Token:
        return self.tokens[i - 1]

    @property
    def text(self) -> str:
        return "".join(t.form + (" " if t.space_after else "") for t in self.tokens).strip()


def read_conllu(path: str | Path, source: str = "") -> list[Sentence]:
    sents: list[Sentence] = []
    cur = Sentence(source=source)
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur.tokens:
                    sents.append(cur)
                cur = Sentence(source=source)
                continue
            if line.startswith("#"):
                cur.comments.append(line)
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue  # multiword-token ranges and empty nodes
            cur.tokens.append(
                Token(
                    int(cols[0]),
                    cols[1],
                    cols[2],
                    cols[3],
                    cols[4],
                    cols[5],
                    int(cols[6]) if cols[6] != "_" else 0,
                    cols[7],
                    cols[8],
                    cols[9],
                )
            )
    if cur.tokens:
        sents.append(cur)
    return sents


def write_conllu(sents: list[Sentence], path: str | Path) -> None:
    with open(path, "w", encoding="utf8") as fh:
        for s in sents:
            for c in s.comments:
                fh.write(c + "\n")
            for t in s.tokens:
                fh.write(
                    "\t".join(
                        [
                            str(t.id),
                            t.form,
                            t.lemma,
                            t.upos,
                            t.xpos,
                            t.feats,
                            str(t.head),
                            t.deprel,
                            t.deps,
                            t.misc,
                        ]
                    )
                    + "\n"
                )
            fh.write("\n")


def sents_to_doc(vocab, sents: list[Sentence], with_tags: bool = False):
    """One spaCy Doc holding several sentences (gold annotation)."""
    from spacy.tokens import Doc

    words, spaces, pos, morphs, lemmas, heads, deps, starts, tags = [], [], [], [], [], [], [], [], []
    for s in sents:
        offset = len(words)
        for t in s.tokens:
            words.append(t.form)
            spaces.append(t.space_after)
            pos.append(t.upos)
            tags.append(t.xpos if t.xpos != "_" else "")
            morphs.append("" if t.feats == "_" else t.feats)
            lemmas.append(t.lemma)
            heads.append(offset + t.head - 1 if t.head > 0 else offset + t.id - 1)
            deps.append("ROOT" if t.head == 0 else t.deprel)
            starts.append(t.id == 1)
        if spaces:
            spaces[-1] = True
    kw = dict(tags=tags) if with_tags else {}
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=starts,
        **kw,
    )
