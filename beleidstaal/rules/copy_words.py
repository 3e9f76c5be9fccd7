"""The copy rules' work that needs only the document's words, not its parse: the prose words and their hashes, the
repeats within the document, and for each reference index the passages it holds (``find_passages``) and where its
stock phrases occur. Against an archive that is most of what the index adds to a check (0.3-0.5 s for a plan of
15,000-24,000 words), and the parse of the same plan takes 2-4 s on one core.

So a check (``core.check_document``) starts it as soon as the document is read, before the parse (``start``, the copy
rules' ``Rule.prefetch``), and the copy rules take its result (``take``), waiting for it if it is not done; on a
machine with a second core the user waits for the parse only. It runs in a process of its own (``os.fork``), not a
thread: the parse holds Python's global lock nearly all the time, and in a thread the two took as long together as
one after the other (plan 0344: parse 1.8 s, words 0.48 s, both in threads 2.2 s; 4 Dec 2026). A fork is only made
from a process with a single thread (the command line; not the LSP server, the web page or a Dask worker, whose other
threads may hold locks that the copy would inherit); everywhere else, and in the LSP server's partial checks or a
direct ``run_rules`` call, the rules compute the same on the spot (``draft_words``).

The forked process opens the reference indexes itself (``references_for``: one SQLite connection per process and
thread, so no connection crosses the fork), sends its result back through a pipe (pickled), and ends. An error
there (a damaged index file) is sent back and raised again where the rules take the result: the same Dutch error as
without the fork. If the process ends without an answer, the rules compute the words on the spot.
"""

from __future__ import annotations

import os
import pickle
import threading
from dataclasses import dataclass, field

#: where a started prefetch waits in ``document.memo`` for the copy rules of the same check
MEMO_KEY = "copy_words"


@dataclass
class DraftWords:
    """What the copy rules need of a document before they look at its parse."""

    tokens: object  # index.normalise.Tokens of the prose (``prose_tokens``)
    word_hashes: object  # ``key_hashes`` of its words
    hashes: object  # ``run_hashes``: the hash of every run of K words
    repeats: list  # ``find_repeats``: passages held twice in the document (not yet fitted to sentences)
    refs: list  # the reference indexes (``references_for``); not sent back from the forked process
    #: per index (by ``id``): the passages found in it (``find_passages``, not yet fitted to sentences)
    passages: dict[int, list] = field(default_factory=dict)
    #: per index (by ``id``): where its stock phrases occur (``phrase_places``), for a draft of 4 words or more
    places: dict[int, dict] = field(default_factory=dict)
    #: the process that computed them
    pid: int = field(default_factory=os.getpid)

    def sent(self) -> tuple:
        """What the forked process sends back: per index by its place in ``refs``, without the open indexes."""
        at = [id(index) for index in self.refs]
        return (self.tokens, self.word_hashes, self.hashes, self.repeats, [self.passages[i] for i in at],
                [self.places.get(i) for i in at], self.pid)  # fmt: skip

    @classmethod
    def received(cls, sent: tuple, refs: list) -> DraftWords:
        tokens, word_hashes, hashes, repeats, passages, places, pid = sent
        words = cls(tokens, word_hashes, hashes, repeats, refs, pid=pid)
        for index, found, where in zip(refs, passages, places, strict=True):
            words.passages[id(index)] = found
            if where is not None:
                words.places[id(index)] = where
        return words


def draft_words(document, refs: list) -> DraftWords:
    from ..index.fingerprint import key_hashes
    from ..index.match import find_passages, find_repeats, run_hashes
    from ..index.noise import prose_tokens
    from ..index.phrases import phrase_places

    tokens = prose_tokens(document)
    # the hashes of the draft's words and of its K-word runs, made once: the index lookup, the repeats and the
    # stock phrases all start from them
    word_hashes = key_hashes(tokens.keys)
    hashes = run_hashes(tokens.keys, word_hashes)
    words = DraftWords(tokens, word_hashes, hashes, find_repeats(tokens.keys, hashes), refs)
    for index in refs:
        # a draft that is itself in the collection is not a copy of itself
        itself = index.ids_for_path(document.path) if document.path and document.path != "-" else set()
        words.passages[id(index)] = find_passages(tokens.keys, index, itself, hashes)
        if len(tokens) >= 4:
            words.places[id(index)] = phrase_places(word_hashes, index.phrases())
    return words


class Prefetch:
    """``draft_words`` of one document, computed in a forked process while the parent parses the text."""

    def __init__(self, document, config) -> None:
        self.config = config
        self.document = document
        self._answer: tuple | None = None
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the forked process: compute, send, end (no clean-up of the parent's, no atexit)
            try:
                os.close(read)
                _send(write, document, config)
            finally:
                os._exit(0)
        os.close(write)
        self._pid, self._read = pid, read

    def join(self) -> None:
        """Wait for the forked process and read its answer; take this prefetch off the document (a later check starts
        its own)."""
        if self._pid is not None:
            with os.fdopen(self._read, "rb") as pipe:
                data = pipe.read()
            os.waitpid(self._pid, 0)
            self._pid = None
            try:
                self._answer = pickle.loads(data) if data else None
            except Exception:  # a broken answer: the rules compute the words on the spot
                self._answer = None
        if self.document.memo.get(MEMO_KEY) is self:
            del self.document.memo[MEMO_KEY]

    def result(self, refs: list) -> DraftWords | None:
        """The words, with ``refs`` (the parent's open indexes, the same entries as in the forked process), or None
        when the process gave no answer."""
        self.join()
        if self._answer is None:
            return None
        ok, value = self._answer
        if not ok:
            raise value
        return DraftWords.received(value, refs)


def _send(write: int, document, config) -> None:
    from ..index.reference import references_for

    try:
        answer = (True, draft_words(document, references_for(config)).sent())
    except BaseException as exc:  # raised again in the parent (``Prefetch.result``)
        answer = (False, exc)
    try:
        data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an error that does not pickle: no answer, the parent computes the words itself
        data = b""
    with os.fdopen(write, "wb") as pipe:
        pipe.write(data)


def _may_fork() -> bool:
    """Whether a check may fork: only a process with one thread (see the module's text), where ``os.fork`` exists."""
    return hasattr(os, "fork") and threading.active_count() == 1


def start(document, config) -> Prefetch | None:
    """Start the prefetch of ``document`` for a check with ``config``: only with a reference collection (without one
    the copy rules find repeats within the document only, which need the parse soon after), once per check (the
    three copy rules share it), and only where a fork is safe (``_may_fork``). The caller joins what it gets back
    (``Prefetch.join``)."""
    if not config.reference or MEMO_KEY in document.memo or not _may_fork():
        return None
    prefetch = document.memo[MEMO_KEY] = Prefetch(document, config)
    return prefetch


def take(document, config, refs: list) -> DraftWords | None:
    """The result of the prefetch started for this check (with ``refs``, the indexes of ``config``), or None when
    none was started or it gave no answer."""
    prefetch = document.memo.get(MEMO_KEY)
    if prefetch is None or prefetch.config != config:
        return None
    return prefetch.result(refs)
