"""spaCy's tokenizer, with each special case added only once a text could use it.

The Dutch tokenizer has 4,670 special cases (spaCy's abbreviations plus ours). ``Tokenizer.add_special_case``
validates each one, makes a lexeme with every lexical attribute for each of its tokens, splits it with the affix
rules and adds it to a phrase matcher: about 0.3 s of every start, while a paragraph uses a handful of them. This
tokenizer keeps the special cases aside and, before it tokenizes a text, adds those whose characters (without
white space) occur in the text's characters (without white space). A special case can only change the tokens of a
text that holds it that way: spaCy applies it to a chunk or a part of a chunk that equals it, or (through the phrase
matcher) to a run of tokens whose texts make it up, with at most white space between them. So the tokens are the
same as with all special cases added at the start; ``tests/test_lazy_tokenizer.py`` compares the two on tricky
texts. After ``MAX_LOADS`` loads or ``MAX_CHARS`` characters the rest is added at once, so a long run pays the 0.3 s
once and no more.
``rules``, ``explain``, ``to_bytes``/``to_disk`` and pickling see every special case, as with spaCy's tokenizer.
"""

from __future__ import annotations

import re

from spacy.tokenizer import Tokenizer

#: after this many loads, or this many characters of text, the special cases still waiting are added at once: each
#: load empties spaCy's cache of tokenized chunks, which costs more the more text has gone through
MAX_LOADS = 8
MAX_CHARS = 20_000


def squeeze(text: str) -> str:
    """The text without its white space (as ``str.isspace`` has it, which is what spaCy splits chunks on)."""
    return "".join(text.split())


class LazyTokenizer(Tokenizer):
    """A spaCy ``Tokenizer`` that adds each special case the first time a text could use it (see the module)."""

    def __init__(self, vocab, rules=None, *args, **kwargs) -> None:
        super().__init__(vocab, None, *args, **kwargs)
        self._chunks_per_load = self.max_cache_size
        self._loads = self._seen = 0
        self._set_pending(rules or {})

    def _set_pending(self, rules: dict) -> None:
        """Keep the special cases aside, each under its text up to its first character that is not a letter or
        digit (its anchor: the full stop of *bijv.*); those without one (*xD*) and those of white space only are
        added now."""
        self._pending: dict[str, list] = {}
        self._waiting: dict[
            str, dict[str, str]
        ] = {}  # text up to the anchor -> {special case: squeezed text}
        self._reach: set[int] = set()  # how far an anchor can lie from the start of a special case
        now = {}
        for string, substrings in rules.items():
            key = squeeze(string)
            anchor = next((i for i, ch in enumerate(key) if not ch.isalnum()), None)
            if anchor is None:
                now[string] = substrings
                continue
            self._pending[string] = substrings
            self._waiting.setdefault(key[: anchor + 1], {})[string] = key
            self._reach.add(anchor)
        anchors = "".join(re.escape(ch) for ch in sorted({head[-1] for head in self._waiting}))
        self._anchors = re.compile(f"[{anchors}]" if anchors else "(?!)")
        Tokenizer._load_special_cases(self, now)

    def _load_for(self, text: str) -> None:
        """Add every waiting special case that occurs in ``text`` (white space left out of both)."""
        chars = squeeze(text)
        found = {}
        for m in self._anchors.finditer(chars):
            end = m.end()
            for reach in self._reach:
                start = end - 1 - reach
                waiting = self._waiting.get(chars[start:end]) if start >= 0 else None
                if waiting:
                    found.update((s, k) for s, k in waiting.items() if chars.startswith(k, start))
        if not found:
            return
        for string, key in found.items():
            head = key[: next(i for i, ch in enumerate(key) if not ch.isalnum()) + 1]
            del self._waiting[head][string]
            if not self._waiting[head]:
                del self._waiting[head]
        self._loads += 1
        self._add({s: self._pending.pop(s) for s in found})

    def _load_all(self) -> None:
        if self._pending:
            pending, self._pending, self._waiting = self._pending, {}, {}
            self._add(pending)

    def _add(self, cases: dict) -> None:
        Tokenizer._load_special_cases(self, cases)
        # Adding a special case empties spaCy's cache of tokenized chunks, but the cache's map (preshed) keeps
        # counting the removed entries, and spaCy stops caching once that count reaches max_cache_size: a full
        # cache would stay unused for good. So each load makes room for as many chunks again. (None of the
        # removed chunks held the new special cases: a text holding them would have added them first.)
        self.max_cache_size += self._chunks_per_load

    def __call__(self, string):
        if self._waiting:
            self._seen += len(string)
            if self._loads >= MAX_LOADS or self._seen > MAX_CHARS:
                self._load_all()  # a long text: the rest at once, rather than emptying the cache again and again
            else:
                self._load_for(string)
        return super().__call__(string)

    @property
    def rules(self):
        self._load_all()
        return Tokenizer.rules.__get__(self)

    @rules.setter
    def rules(self, rules):
        self._set_pending({})
        Tokenizer.rules.__set__(self, rules)

    def explain(self, text):
        self._load_all()
        return super().explain(text)

    def to_bytes(self, *args, **kwargs):
        self._load_all()
        return super().to_bytes(*args, **kwargs)

    def to_disk(self, *args, **kwargs):
        self._load_all()
        return super().to_disk(*args, **kwargs)

    def __reduce__(self):
        """Pickled with every special case, the waiting ones still waiting (a worker adds what it needs)."""
        rules = {**Tokenizer.rules.__get__(self), **self._pending}
        args = (self.vocab, rules, self.prefix_search, self.suffix_search, self.infix_finditer, self.token_match,
                self.url_match)  # fmt: skip
        return (self.__class__, args, None, None)
