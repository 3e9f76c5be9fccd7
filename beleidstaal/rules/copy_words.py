"""The copy rules' work that needs only the document's words, not its parse: the prose words and their hashes, the
repeats within the document, and for each reference index the passages it holds (``find_passages``) and where its
stock phrases occur. Against an archive that is most of what the index adds to a check (0.3-0.5 s for a plan of
15,000-24,000 words), and the parse of the same plan takes 3-4 s on one core.

So a check (``core.check_document``) starts it in a thread of its own as soon as the document is read, before the
parse (``start``, the copy rules' ``Rule.prefetch``), and the copy rules take its result (``take``), waiting for the
thread if it is not done; on a machine with a second core the user waits for the parse only. The LSP server's partial
checks and a direct ``run_rules`` call start nothing: there the rules compute the same on the spot (``draft_words``).

SQLite: the reference indexes are opened by the thread that checks (``references_for``: one connection per process
and thread, as before) and lent to the worker thread until the rules take its result; the thread that checks does
not use them meanwhile, and ``core.check_document`` waits for the worker before it returns, also when the check
fails, so no two threads ever use one connection at the same time (the connections are opened with
``check_same_thread=False`` for that loan only). An error in the worker (a damaged index file) is raised again
where the rules take the result: the same Dutch error as without the thread.
"""

from __future__ import annotations

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
    repeats: (
        list  # ``find_repeats``: passages the document holds more than once (not yet fitted to sentences)
    )
    refs: list  # the reference indexes (``references_for``)
    #: per index (by ``id``): the passages found in it (``find_passages``, not yet fitted to sentences)
    passages: dict[int, list] = field(default_factory=dict)
    #: per index (by ``id``): where its stock phrases occur (``phrase_places``), for a draft of 4 words or more
    places: dict[int, dict] = field(default_factory=dict)


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
    """``draft_words`` of one document, computed in a thread of its own."""

    def __init__(self, document, config) -> None:
        from ..index.reference import references_for

        self.config = config
        self.document = document
        self._words: DraftWords | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        try:
            refs = references_for(config)  # opened here, by the thread that checks: its own connections
        except (
            Exception
        ) as exc:  # a missing or broken index: the rules raise it, as they would without the thread
            self._error = exc
            return
        self._thread = threading.Thread(
            target=self._run, args=(document, refs), name="beleidstaal-kopie", daemon=True
        )
        self._thread.start()

    def _run(self, document, refs: list) -> None:
        try:
            self._words = draft_words(document, refs)
        except BaseException as exc:  # raised again in the thread that checks (``result``)
            self._error = exc

    def join(self) -> None:
        """Wait for the thread, and take this prefetch off the document (a later check starts its own)."""
        if self._thread is not None:
            self._thread.join()
        if self.document.memo.get(MEMO_KEY) is self:
            del self.document.memo[MEMO_KEY]

    def result(self) -> DraftWords:
        self.join()
        if self._error is not None:
            raise self._error
        assert self._words is not None
        return self._words


def start(document, config) -> Prefetch | None:
    """Start the prefetch of ``document`` for a check with ``config``: only with a reference collection (without one
    the copy rules find repeats within the document only, which need the parse soon after), and once per check (the
    three copy rules share it). The caller joins what it gets back (``Prefetch.join``)."""
    if not config.reference or MEMO_KEY in document.memo:
        return None
    prefetch = document.memo[MEMO_KEY] = Prefetch(document, config)
    return prefetch


def take(document, config) -> DraftWords | None:
    """The result of the prefetch started for this check, or None when none was started."""
    prefetch = document.memo.get(MEMO_KEY)
    if prefetch is None or prefetch.config != config:
        return None
    return prefetch.result()
