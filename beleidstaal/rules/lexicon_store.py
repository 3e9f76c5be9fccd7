"""Word-list rules, kept: the compiled index of the word lists (``lexicon_compile``) stored in the user's cache
folder, so that a check does not compile it again in every new process.

Compiling costs more than parsing a paragraph: every list is read and validated, and every form of every word is
made (the plural of a noun is chosen by word frequency, which loads wordfreq's table). A stored index is used only
when it was compiled from the same word lists (their bytes), with the same allowed words, by the same code (the
size and time of every module of the package) and the same frequency data; anything else compiles anew and
stores the result. A store that cannot be read or written is skipped silently (the check is then only slower).

The file is plain data in ``marshal`` format (strings, tuples, lists, sets, dicts; the entries as tuples of their
fields), so reading one runs no code, whoever wrote it. The newest ``KEEP`` indexes stay; older ones are removed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import marshal
from collections.abc import Iterable

from .. import __version__
from ..fileio import atomic_write_bytes, cache_dir, fingerprint, package_modules
from ..language.frequency import frequency_files
from ..lexicon import LexiconEntry, lexicon_version, load_lexicons
from .lexicon_compile import CompiledLexicon, compile_lexicons

#: raise when the stored form changes in a way the code fingerprint would not notice
FORMAT = 2
FOLDER = "woordenlijsten"
#: how many compiled indexes stay in the folder (one per combination of lists, allowed words and code)
KEEP = 8

#: how each field of CompiledLexicon holds its entries: in a list, in pairs (word, entry) or (entry, word class),
#: as the keys of a dict, or not at all (plain data). A new field without a shape is never stored (KeyError); a field
#: the index derives itself (``init=False``) is not stored but derived again.
_SHAPES = {
    "single": "list", "phrase": "list", "verbal": "list", "allow": "data",
    "separable": "word_entry", "separable_forms": "word_entry", "forms": "entry_class", "joined": "entry_class", "heads": "entry_class",
    "verb_forms": "data", "word_forms": "data", "last_forms": "key",
}  # fmt: skip


def compiled_lexicons(extra: tuple[str, ...], allow: Iterable[str], builtin: bool = True) -> CompiledLexicon:
    """``compile_lexicons(extra, allow, builtin)``, from the store when it holds this exact index."""
    allow = tuple(allow)
    folder = cache_dir() / FOLDER
    path = folder / f"{store_key(extra, allow, builtin)}.marshal"
    with contextlib.suppress(Exception):  # missing, cut short, written by other code: compile
        return unpack(path.read_bytes())
    load_lexicons.cache_clear()  # the key holds the lists as they are now: compile them as they are now
    compiled = compile_lexicons(extra, allow, builtin)
    with contextlib.suppress(OSError, KeyError, ValueError):
        data = pack(compiled)
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
        for old in sorted(folder.glob("*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]:
            old.unlink()
    return compiled


def compiled_for(ctx) -> CompiledLexicon:
    """The word lists of a run (its configuration), compiled once and kept in ``ctx.resources``."""
    key = ("compiled", ctx.config.lexicons, ctx.config.allow, ctx.config.builtin_lexicons)
    if key not in ctx.resources:
        extra = tuple(str(ctx.config.resolve(p)) for p in ctx.config.lexicons)
        ctx.resources[key] = compiled_lexicons(extra, ctx.config.allow, ctx.config.builtin_lexicons)
    return ctx.resources[key]


def own_entries(lex: CompiledLexicon, term: str) -> list[LexiconEntry]:
    """The entries whose term is the word itself (``single`` holds a word's entries under its other forms too)."""
    return [e for e in lex.single.get(term, ()) if e.term == term]


def store_key(extra: tuple[str, ...], allow: tuple[str, ...], builtin: bool) -> str:
    """A hash of everything the compiled index depends on."""
    head = repr((FORMAT, __version__, lexicon_version(extra), extra, allow, builtin))
    # every module: the forms of a word come from code spread over the language floor, and the validation of a
    # list asks the rule registry
    return fingerprint(head, [*package_modules(), *frequency_files()])


def pack(lex: CompiledLexicon) -> bytes:
    """The index as plain data: every entry once, as the tuple of its fields, and the indexes by entry number."""
    numbers: dict[int, int] = {}  # id(entry) -> its number; equal entries of two lists stay two entries
    entries: list[tuple] = []

    def number(entry: LexiconEntry) -> int:
        if id(entry) not in numbers:
            numbers[id(entry)] = len(entries)
            entries.append(dataclasses.astuple(entry))
        return numbers[id(entry)]

    fields = {}
    for f in dataclasses.fields(CompiledLexicon):
        if not f.init:
            continue  # derived from the others when the index is built again
        value, shape = getattr(lex, f.name), _SHAPES[f.name]
        if shape == "list":
            value = {k: [number(e) for e in v] for k, v in value.items()}
        elif shape == "word_entry":
            value = {k: [(w, number(e)) for w, e in v] for k, v in value.items()}
        elif shape == "entry_class":
            value = {k: [(number(e), c) for e, c in v] for k, v in value.items()}
        elif shape == "key":
            value = {number(e): v for e, v in value.items()}
        fields[f.name] = value
    return marshal.dumps((FORMAT, entries, fields))


def unpack(data: bytes) -> CompiledLexicon:
    form, rows, fields = marshal.loads(data)
    if form != FORMAT:
        raise ValueError(f"stored format {form}")
    entries = [LexiconEntry(*row) for row in rows]
    out = {}
    for name, value in fields.items():
        shape = _SHAPES[name]
        if shape == "list":
            value = {k: [entries[i] for i in v] for k, v in value.items()}
        elif shape == "word_entry":
            value = {k: [(w, entries[i]) for w, i in v] for k, v in value.items()}
        elif shape == "entry_class":
            value = {k: [(entries[i], c) for i, c in v] for k, v in value.items()}
        elif shape == "key":
            value = {entries[i]: v for i, v in value.items()}
        out[name] = value
    return CompiledLexicon(**out)
