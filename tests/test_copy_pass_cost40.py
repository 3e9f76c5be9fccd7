"""Exact cuts in the copy rules' pass (issue #24, task copycost40): each helper gives what the code before it gave,
on data made here (sentences written for these tests, random strings and numbers)."""

from __future__ import annotations

import random
import re

import numpy as np

from beleidstaal.index.fingerprint import key_hashes, ngram_hashes
from beleidstaal.index.noise import is_noise
from beleidstaal.index.normalise import _QUOTES, quoted_spans, tokenise
from beleidstaal.index.phrases import MAX_WORDS, MIN_WORDS, Phrase, phrase_filter, phrase_places
from beleidstaal.language.quotation import QuotedText
from beleidstaal.language.quote_kinds import QuotedBlock
from beleidstaal.rules.copy_facts import token_starts
from beleidstaal.rules.copy_spans import ends_in_word


def test_token_starts_maps_each_token_start_to_its_place():
    import spacy

    doc = spacy.blank("nl")(
        "Het college legt de Wet ruimtelijke ordening uit aan de raad, zoals afgesproken."
    )
    assert token_starts(doc) == {t.idx: t.i for t in doc}
    assert token_starts(spacy.blank("nl")("")) == {}


def test_ends_in_word_is_the_old_pattern():
    """The old test was ``re.search(r"\\w[*_\\s]*\\Z", text)``; ``_`` is a word character, so a tail of marks
    with an underscore in it ends in a word too."""
    rng = random.Random(40)
    alphabet = "ab_* \n\t\u00a0.,é1\u2003-)"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        assert ends_in_word(text) == bool(re.search(r"\w[*_\s]*\Z", text)), repr(text)
    assert ends_in_word("De regels staan in het plan **")
    assert not ends_in_word("De regels staan in het plan. ")
    assert ends_in_word("___")


def test_quoted_spans_without_an_opening_mark_is_empty_and_otherwise_the_pattern():
    texts = [
        "De gemeente noemt dit een \u201cgroene long\u201d van de wijk.",
        "Het plan heet 'Dorpshart' in de stukken.",
        "Zo'n plan is er nog niet.",
        "Er staan geen aanhalingstekens in deze zin.",
        "\u201eVoorlopig\u201d, zegt de wethouder, \u00abis dit genoeg\u00bb.",
    ]
    for text in texts:
        assert quoted_spans(text) == [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
    assert quoted_spans(texts[3]) == []


def test_is_noise_counts_words_only_as_far_as_it_asks():
    """A long prose paragraph, a short label, a numbered caption and a line repeated on every page: the word
    count stops at 16, and the answers are those of the full count."""
    from collections import Counter

    long = "De raad stelt het plan vast nadat de inspraak is afgerond en alle reacties zijn gewogen. " * 5
    label = "Artikel 3 Wonen"
    caption = "Figuur 4 Ligging van het plangebied in de kern"
    footer = "Bestemmingsplan Dorpshart, toelichting, versie voor de raad."
    repeated = Counter({" ".join(re.findall(r"[^\W\d_]+", footer.lower())): 3})
    assert not is_noise(long, "paragraph", repeated)
    assert is_noise(label, "paragraph", repeated)
    assert is_noise(caption, "paragraph", repeated)
    assert is_noise(footer, "paragraph", repeated)


def test_phrase_places_with_the_filter_is_the_plain_search():
    """``phrase_places`` looks up only the runs that ``phrase_filter`` lets through; the places are those of a
    search of every run in the sorted phrases."""
    sentence = (
        "de gemeente heeft in het kader van de wet ruimtelijke ordening een plan gemaakt voor de nieuwe wijk "
        "en in het kader van de wet ruimtelijke ordening is de inspraak gehouden met de bewoners van de wijk"
    )
    words = sentence.split(" ")
    hashes = key_hashes(words)
    phrases = {}
    for n, start in ((5, 3), (7, 3), (4, 16), (MAX_WORDS, 0)):
        h = int(ngram_hashes(hashes, n)[start])
        phrases[h] = Phrase(h, n, 30, " ".join(words[start : start + n]))
    rng = np.random.default_rng(40)
    for h in rng.integers(-(1 << 62), 1 << 62, size=300).tolist():
        phrases.setdefault(h, Phrase(h, 6, 20, "elders"))
    got = phrase_places(hashes, phrases)
    known = np.array(sorted(phrases), dtype=np.int64)
    for n in range(MIN_WORDS, MAX_WORDS + 1):
        runs = ngram_hashes(hashes, n)
        plain = [
            (i, phrases[h]) for i, h in enumerate(runs.tolist()) if h in phrases and phrases[h].words == n
        ]
        assert got[n] == plain
    # *in het kader van de wet ruimtelijke ordening* stands twice
    assert len(got[5]) == 2 and len(got[7]) == 2 and len(got[MAX_WORDS]) == 1
    table, mask = phrase_filter(known)
    assert table[known & mask].all() and table.sum() <= len(known) and len(table) >= 16 * len(known)


def test_words_in_is_blocks_of_every_word_made_once():
    text = "Het plan zegt: \u201cbouwen mag tot tien meter\u201d. Daarna volgt de toelichting op de regels van het plan."
    tokens = tokenise(text)
    start = text.index("\u201c")
    blocks = QuotedText([QuotedBlock(start, text.index("\u201d") + 1, "aanhalingstekens")])
    every = blocks.words_in(tokens)
    assert every.tolist() == blocks.blocks_of(tokens.starts, tokens.ends).tolist()
    assert blocks.words_in(tokens) is every  # kept for the same tokens
    for first, last in ((0, 3), (3, 8), (2, len(tokens))):
        assert (
            every[first:last].tolist()
            == blocks.blocks_of(tokens.starts[first:last], tokens.ends[first:last]).tolist()
        )
    other = tokenise(
        "Geen aanhaling hier, maar wel een lange zin over de regels."
    )  # other tokens: made again
    assert (
        blocks.words_in(other).tolist()
        == blocks.blocks_of(other.starts, other.ends).tolist()
        != every.tolist()
    )


def test_is_noise_at_the_word_counts_it_asks_is_the_full_count():
    """Review: paragraphs of 6 to 18 words (around 8, 12 and 15/16), bare, numbered and repeated, with and without a
    full stop: the same answer as the rules read with every word counted."""
    from collections import Counter

    from beleidstaal.index import noise

    def full(text: str, repeated: Counter) -> bool:
        n = len(noise._WORDS.findall(text))
        stripped = text.rstrip(" *_)\"'”’")
        if n < noise.LABEL_WORDS and not stripped.endswith((".", "!", "?", ";", ":")):
            return True
        if n < 12 and noise._SECTION_NUMBER.match(text) and not stripped.endswith("."):
            return True
        return n <= noise.REPEATED_MAX_WORDS and repeated[noise._signature(text)] >= noise.REPEATED_LINES

    words = re.findall(
        r"\S+",
        "het college van burgemeester en wethouders stelt na de inspraak over de nieuwe wijk het plan zo vast",
    )
    for n in range(6, 19):
        for lead in ("", "Artikel 12 ", "Figuur 3 "):
            for end in ("", ".", ":"):
                text = lead + " ".join(words[:n]) + end
                for times in (2, 3):
                    repeated = Counter({noise._signature(text): times})
                    assert is_noise(text, "paragraph", repeated) == full(text, repeated), (n, text, times)


def test_ends_in_word_for_every_character_of_the_basic_plane():
    """Review: every character of the Basic Multilingual Plane (digits, punctuation, Greek, Cyrillic, CJK, marks)
    ending a heading, bare and before a tail of emphasis and spaces: what the old pattern found."""
    old = re.compile(r"\w[*_\s]*\Z")
    for cp in range(0x10000):
        for text in (f"Bouwregels {chr(cp)}", f"Parkeren {chr(cp)}** \u00a0"):
            assert ends_in_word(text) == bool(old.search(text)), hex(cp)
