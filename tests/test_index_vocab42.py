"""The index's vocabulary of stem numbers (index format 5, issue 24, task copycost42): made at build time, kept and
extended by ``index add`` (a new stem gets the next number, an old stem keeps its number, a removed document leaves
its numbers), and a check against an index after ``add`` finds what a fresh build finds."""

from __future__ import annotations

import sqlite3

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.index import ReferenceIndex, build_index, reference
from beleidstaal.index.normalise import stem

_OLD = [
    "De gemeente wil de oude school aan de Dorpsstraat ombouwen tot zes woningen voor starters.",
    "Het college heeft de plannen voor het groene plein besproken met de bewoners van de wijk.",
    "De nieuwe woningen krijgen een tuin aan de achterkant en een parkeerplaats op eigen terrein.",
    "Voor de bouw is een onderzoek naar de bodem gedaan; de grond is schoon genoeg om te wonen.",
]
_NEW = [
    "Langs de kade komen drie steigers voor kano's en een loopbrug naar het eiland in de haven.",
    "De provincie betaalt mee aan een vistrap bij de stuw, zodat paling en zalm weer stroomopwaarts zwemmen.",
    "Op de dijk staan straks zeven windmolens; de opbrengst gaat naar een fonds voor de dorpen.",
]


def _write(folder, name: str, sentences: list[str], rounds: int = 4) -> None:
    text = "# Plan\n\n" + "\n\n".join(" ".join(sentences[i:] + sentences[:i]) for i in range(rounds))
    (folder / name).write_text(text + "\n", encoding="utf-8")


def _vocab(path) -> dict[int, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT id, stem FROM vocab"))
    finally:
        conn.close()


def test_index_add_keeps_old_numbers_gives_new_stems_the_next_ones_and_finds_what_a_fresh_build_finds(
    tmp_path,
):
    folder = tmp_path / "plannen"
    folder.mkdir()
    _write(folder, "a.md", _OLD)
    _write(folder, "b.md", _OLD[::-1])
    out = tmp_path / "ref.sqlite"
    build_index([folder], out)
    before = _vocab(out)
    assert sorted(before) == list(range(len(before)))
    # a new document with new words, one removed
    _write(folder, "c.md", _NEW)
    (folder / "b.md").unlink()
    index = ReferenceIndex.open(out, writable=True)
    report = index.update([folder])
    assert report.added == 1 and report.removed == 1
    index.close()
    after = _vocab(out)
    assert all(after[i] == s for i, s in before.items())  # old numbers kept, also those only b.md used
    assert sorted(after) == list(range(len(after))) and len(after) > len(before)
    assert stem("windmolens") in set(after.values()) - set(before.values())
    # a check finds the new document's text, as against an index built afresh
    fresh = tmp_path / "vers.sqlite"
    build_index([folder], fresh)
    draft = "# Nota\n\n" + " ".join(_NEW) + " En verder niets.\n"

    def copies(path) -> list[str]:
        reference._cache.clear()
        found = check_text(draft, config=Config(reference=(str(path),)), path="nota.md")
        return [f"{f.rule} {f.line} {f.message}" for f in found if f.rule in ("BT801", "BT802")]

    got = copies(out)
    assert got and got == [line.replace(str(fresh), str(out)) for line in copies(fresh)]


def test_a_draft_is_numbered_alike_with_and_without_sqlite_s_json_functions(tmp_path, monkeypatch):
    from beleidstaal.index import numbers

    folder = tmp_path / "plannen"
    folder.mkdir()
    _write(folder, "a.md", _OLD)
    build_index([folder], tmp_path / "ref.sqlite")
    sentence = "de nieuwe woningen krijgen een steiger aan de kade en een tuin"
    draft = [stem(w) for w in sentence.split(" ")]
    index = ReferenceIndex.open(tmp_path / "ref.sqlite")
    with_json = index.numbers.draft(draft)
    assert index.numbers._json
    monkeypatch.setattr(numbers, "_JSON_LOOK_UP", "SELECT stem, id FROM geen_tabel WHERE stem = ?")
    index = ReferenceIndex.open(tmp_path / "ref.sqlite")
    assert index.numbers.draft(draft).tolist() == with_json.tolist() and not index.numbers._json
    vocab = {s: i for i, s in _vocab(tmp_path / "ref.sqlite").items()}
    numbered = dict(zip(draft, with_json.tolist(), strict=True))
    assert all(n == vocab[s] if s in vocab else n < 0 for s, n in numbered.items())
    assert numbered[stem("steiger")] != numbered[stem("kade")] and min(numbered.values()) < 0
