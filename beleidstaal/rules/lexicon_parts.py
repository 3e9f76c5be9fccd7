"""Word-list rules: a listed word that is the name of a part or the topic of this document (``lexicon.py``).

- ``names_a_section(sent, matched)``: the noun has the number of a part of a document in brackets right after it
  (*het afwegingskader (hoofdstuk 6)*), or stands in brackets right after such a number (*bijlage 2
  (beleidskaders)*). The word is the name of that chapter or appendix; another word would misname it.
- ``repeats_a_heading(sent, matched, paragraphs, named)``: the words stand in a phrase that repeats, whole, a heading
  of this document of two words or more that is a name (*## Natuurinclusief bouwen* and later *beleid voor
  natuurinclusief bouwen*): the phrase names that part of the text and its topic. A heading of one word is no
  such name (*## Stakeholders* and *de stakeholders van het project* stays a finding: on the judged sheets such
  words were mostly right to report), nor a heading with an article, a pronoun or a verb form of a sentence (*Maak
  een issue aan*, *Invloed van het planvoornemen*): that describes, it does not name. Only for words
  without a fixed plainer word (``lexicon._advice_only``): *Aanleiding en doelstelling* keeps *doel*.
- ``in_title(matched, paragraphs, named)``: the noun is a word of the document's title (its first paragraph,
  a Markdown or Word heading of two words or more that is a name, as above) that the title writes with a capital,
  not as its first word: *# Beleidsnota Duurzame Mobiliteit*, but not *# Implementatie Omgevingswet*.
  The title names the field the document is about; in its text the word is that field's name (*de mobiliteit in
  de stad*), not a word the writer can swap for advice.
- ``in_english_run(sent, matched)``: the words stand in a run of English inside a Dutch sentence, with at least
  ``ENGLISH_RUN_MARKERS`` English function words and no Dutch one: the title of an English paper (*als titel A
  framework for agile law execution*) or a quoted English phrase. Those words are not the writer's Dutch.

Headings and the title are read from their own parse; the answers are kept per document in ``named``.
"""

from __future__ import annotations

from ..document import remembered

#: the key of the document's heading names in the answers kept per document
_HEADING_NAMES = "\0heading names"
#: the key of the document's title nouns in the answers kept per document
_TITLE_NOUNS = "\0title nouns"
#: a heading of at most this many words (its number left off) can be a name; a longer one is a sentence
MAX_NAME_WORDS = 8
#: word classes that make a heading a description or a sentence rather than a name: an article (*de invloed van
#: het plan*), a pronoun (*wat wij doen*), an auxiliary (*Wat is X?*), a conjunction of a clause, a preposition
#: (*Realisatie van parkeerplaatsen* describes an act; the text's *de realisatie van parkeerplaatsen* is no name)
NOT_IN_NAMES = frozenset({"DET", "PRON", "AUX", "SCONJ", "ADP"})
#: word classes of the listed words of a name in brackets after a part's number: *bijlage 2 (integrale aanpak)*
NAME_CLASSES = frozenset({"NOUN", "PROPN", "ADJ"})
#: the name in brackets after a part's number has at most this many words: *bijlage 2 (beleidskaders)*
BRACKET_NAME_WORDS = 5


def _section_words() -> frozenset[str]:
    from ..language.data import word_set

    return word_set("grammatica", "section_words")


def _is_number(text: str) -> bool:
    """A part's number: *6*, *4.2*, *3.4.7*, *B*."""
    core = text.rstrip(".")
    return bool(core) and (core.replace(".", "").isdigit() or (len(core) == 1 and core.isalpha()))


def names_a_section(sent, matched) -> bool:
    """The matched noun (one word) is followed by brackets that hold only a part's word and number (*het
    afwegingskader (hoofdstuk 6)*; not a pointer to where a topic is treated: *het water ter plaatse (zie
    paragraaf 4.8)*), or stands in short brackets right after a part's word and number
    (*bijlage 2 (beleidskaders)*): the word names that part of a document."""
    from ..language.words import columns

    doc = sent.doc
    cols = columns(doc)  # the words around the match from the paragraph's columns: no Token for each
    text, lower = cols.text, cols.lower
    sections = _section_words()
    first, last = min(t.i for t in matched), max(t.i for t in matched)
    if _in_a_parts_title(sent, first, text, lower, sections):
        return True
    if (
        first == last
        and cols.pos[last] in ("NOUN", "PROPN")
        and last + 1 < sent.end
        and text[last + 1] == "("
    ):
        k = last + 2
        if k + 2 < sent.end and lower[k] in sections and _is_number(text[k + 1]) and text[k + 2] == ")":
            return True
    opening = next((j for j in range(first - 1, max(sent.start, first - BRACKET_NAME_WORDS) - 1, -1)
                    if text[j] == "("), None)  # fmt: skip
    if opening is None or opening - 2 < sent.start:
        return False
    if lower[opening - 2] not in sections or not _is_number(text[opening - 1]):
        return False
    close = next((j for j in range(last + 1, min(sent.end, opening + BRACKET_NAME_WORDS + 2))
                  if text[j] == ")"), None)  # fmt: skip
    if close is None:
        return False
    if any(t.pos_ not in NAME_CLASSES for t in matched):
        return False  # *paragraaf 4.2 (middels een nieuwe aanpak)*: a remark in brackets, no name
    inside = [t for t in doc[opening + 1 : close]]
    return all(t.is_alpha or t.text == "-" for t in inside) and not any(
        "Fin" in t.morph.get("VerbForm") for t in inside
    )


def _in_a_parts_title(sent, first: int, text, lower, sections) -> bool:
    """After a part's word, a capital opens that part's title in sentence case, and a word joined to it by *en* or a
    comma belongs to the title: *in het deel Ambities en sturing*, *in het hoofdstuk Wonen, zorg en welzijn* (the
    editors of words30: a name that must stay)."""
    j = first - 1
    while j > sent.start and first - j <= BRACKET_NAME_WORDS:
        if not (lower[j] in ("en", ",") or (text[j].isalpha() and text[j].islower())):
            return False
        if lower[j] in ("en", ",") and text[j - 1][:1].isupper() and text[j - 1].isalpha():
            return j - 2 >= sent.start and lower[j - 2] in sections
        j -= 1
    return False


def _name_words(doc) -> list | None:
    """The words of a heading's parse that make its name, its number and part word left off (*3.4.7*, *Hoofdstuk
    4*), or None where the heading is no name: one word only, more than ``MAX_NAME_WORDS``, a question, or a word
    of a class in ``NOT_IN_NAMES`` or a finite verb."""
    sections = _section_words()
    words = [t for t in doc if not t.is_space]
    while words and (words[0].is_punct or _is_number(words[0].text) or words[0].like_num
                     or words[0].lower_ in sections):  # fmt: skip
        words = words[1:]
    if any(t.text in ("?", ":", "!") for t in words):
        return None
    named = [t for t in words if t.is_alpha]
    if len(named) < 2 or len(named) > MAX_NAME_WORDS:
        return None
    if any(t.pos_ in NOT_IN_NAMES or "Fin" in t.morph.get("VerbForm") for t in named):
        return None
    return named


def _heading_names(paragraphs) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """The document's headings that are names (``_name_words``), each by its words as written (lower case) and as
    lemmas, indexed by their words: word -> (its place in the name, the name)."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for ap in paragraphs:
        if ap.paragraph.kind != "heading":
            continue
        named = _name_words(ap.doc)
        if named is None:
            continue
        for name in {tuple(t.lower_ for t in named), tuple(t.lemma_.lower() for t in named)}:
            for place, word in enumerate(name):
                index.setdefault(word, []).append((place, name))
    return index


def repeats_a_heading(sent, matched, paragraphs, named: dict) -> bool:
    """The matched words stand inside a phrase of the sentence that repeats, whole, a heading of the document that
    is a name (``_heading_names``), where the text uses it as a name: a line that repeats the heading (a table of
    contents, a list of related pages) or the heading with its capital inside a sentence (*het beleid voor
    Natuurinclusief bouwen*). The headings themselves get no finding (``filters.drop_in_headings``)."""
    index = remembered(named, _HEADING_NAMES, lambda: _heading_names(paragraphs))
    if not index:
        return False
    doc = sent.doc
    words = [t for t in sent if t.is_alpha]  # the sentence's words, numbers and punctuation left out
    where = {t.i: k for k, t in enumerate(words)}
    first, last = min(t.i for t in matched), max(t.i for t in matched)
    if first not in where or last not in where:
        return False
    at, until = where[first], where[last]
    for key in {doc[first].lower_, doc[first].lemma_.lower()}:
        for place, name in index.get(key, ()):
            begin = at - place
            if begin < 0 or begin + len(name) > len(words) or begin + len(name) <= until:
                continue
            span = words[begin : begin + len(name)]
            if tuple(t.lower_ for t in span) != name and tuple(t.lemma_.lower() for t in span) != name:
                continue
            # only where the text uses the heading as a name: a line that is the heading again (a table of contents,
            # a list of links) or the heading written with its capital inside a sentence. In running text a heading
            # such as *## Integrale aanpak* describes; *wij kiezen voor een integrale aanpak* stays the writer's
            # word choice (review names31)
            if len(words) <= len(name) + 1 or (span[0].i != sent.start and span[0].text[:1].isupper()):
                return True
    return False


def _title_nouns(paragraphs) -> frozenset[str]:
    """The nouns of the document's title that it writes as a name, with a capital after the title's first word, as
    written (lower case) and as lemmas: its first paragraph, where that is a heading that is a name
    (``_name_words``)."""
    first = next((ap for ap in paragraphs if ap.doc.text.strip()), None)
    if first is None or first.paragraph.kind != "heading":
        return frozenset()
    named = _name_words(first.doc)
    if named is None:
        return frozenset()
    if all(t.is_upper for t in named):
        return frozenset()  # *# BELEIDSNOTA MOBILITEIT*: capitals all through say nothing of a name
    # a noun the title writes with a capital after its first word: *Beleidsnota Duurzame Mobiliteit*, *Nota
    # Participatie*; not the first word (*# Implementatie Omgevingswet*: the text's *de implementatie van de wet* is
    # the writer's word choice) nor a word in lower case (*# Werken met stakeholders*): that describes, not names
    nouns = [t for t in named[1:] if t.pos_ in ("NOUN", "PROPN") and t.text[:1].isupper()]
    return frozenset({t.lower_ for t in nouns} | {t.lemma_.lower() for t in nouns})


def in_title(matched, paragraphs, named: dict) -> bool:
    """The matched word is one noun that is a word of the document's title (``_title_nouns``): *# Beleidsnota
    Duurzame Mobiliteit* and *de mobiliteit in de stad groeit*."""
    nouns = remembered(named, _TITLE_NOUNS, lambda: _title_nouns(paragraphs))
    if not nouns or len(matched) != 1:
        return False
    tok = matched[0]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.lower_ in nouns or tok.lemma_.lower() in nouns


#: a run of words with at least this many English function words (``lexicons/data/talen.toml``) is English text:
#: one (*fit for purpose*, *return on investment*) is a loan phrase in a Dutch sentence
ENGLISH_RUN_MARKERS = 2
#: marks inside an English title that do not end the run (*A quality-driven approach*, *don't*)
_IN_RUN = frozenset({"-", "'", "’"})


def in_english_run(sent, matched) -> bool:
    """The matched words stand in a run of English words in a Dutch sentence: from them outward to a punctuation
    mark or a Dutch function word, the run holds ``ENGLISH_RUN_MARKERS`` English function words or more (*2 heeft
    als titel A quality evaluation framework for a CNL for agile law execution*). The run is a title or a
    quotation in English; its words are not Dutch word choice."""
    from ..language.data import word_set  # not when the rules are only listed (cli startup)
    from ..language.words import columns

    english, dutch = word_set("talen", "english"), word_set("talen", "dutch")
    # the paragraph's columns, no Token per word; spaCy's is_space, is_alpha, is_lower, is_upper and is_title of a
    # word are the str methods of its text
    cols = columns(sent.doc)
    text, lower, like_num = cols.text, cols.lower, cols.like_num
    first = min(t.i for t in matched)
    last = max(t.i for t in matched)
    markers = 0
    # a Dutch word in lower case right before a name is the writer's word for it: *de toolkit Tools for the Public
    # Sector* (the run after it is the name)
    forward = range(last + 1, sent.end)
    if text[last].islower() and last + 1 < sent.end and text[last + 1].istitle():
        forward = range(0)
    for steps in (range(first - 1, sent.start - 1, -1), forward):
        for i in steps:
            word = text[i]
            if word.isspace() or word in _IN_RUN:
                continue
            if not (word.isalpha() or like_num[i]) or lower[i] in dutch:
                break
            # *IT*, *OR* (ondernemingsraad) in capitals are Dutch abbreviations, not English words
            markers += lower[i] in english and not (word.isupper() and len(word) <= 2)
    return markers >= ENGLISH_RUN_MARKERS
