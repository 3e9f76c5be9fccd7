"""Word-list rules: where the writer defines or explains the listed word (``lexicon.py``).

- ``defines(matched)``: the sentence says what the matched noun means (*Een workflow is een reeks stappen die ...*,
  *Onder transformatie verstaan we ...*, *Bij transformatie gaat het om ...*, *Van transformatie is sprake als
  ...*). The document explains its term there: no finding of that term anywhere in the document.
- ``run_in_heading(sent, matched)``: the sentence is only the matched words, at the start of a line, and the text
  goes on after it on the same line (*3. Transformatie. Bij transformatie gaat het om ...*): a heading run into its
  paragraph, which names a topic and says nothing.
- ``explained_by_list(source, s1, sent, matched)``: the matched word is an adjective of the noun that ends its
  sentence before a colon, and a list follows on the next lines (*De provincie streeft naar een vitaal
  buitengebied:* and three list items): the list says what the writer means by the word.
- ``explained_inline(sent, matched)``: the words right after the matched ones say what they mean here (*...
  reduceren, dat wil zeggen ...*, *..., in de zin dat ...*): no finding there; the other uses keep theirs.
- ``defined_under_heading(heading, sent, matched)``: a section whose heading names the term opens with *X is ...*
  (*## Datagedreven werken* and *Datagedreven werken is in de kern ...*): the section says what its term is.

An adjective that makes a term with the word after it (*natuurinclusief bouwen*, *datagedreven werken*) is read
with that word (``term_phrase``): the text defines the phrase, and only the uses of that phrase lose their
finding (``term_key``).
"""

from __future__ import annotations

import re

#: the word lists whose nouns can be a document's own term, which it may explain (jargon, English words, slogans,
#: vague words); stiff words and wordy phrases (BT101, BT104) and support verbs (BT202) are the writer's style
TERM_RULES = frozenset({"BT102", "BT103", "BT105", "BT106", "BT108", "BT109"})
#: the word lists whose words a list after a colon can explain: jargon and vague words say little by themselves,
#: and the list says what they stand for. An English word (BT103) stays an English word whatever follows it
LISTED_RULES = frozenset({"BT102", "BT105", "BT106"})
#: a predicate that says what a noun is goes on to specify it: *een reeks stappen die ...*, *het vermogen om ...*;
#: one that only rates it (*X is een belangrijk doel.*) does not define it
DEFINING = frozenset({"die", "dat", "waarin", "waarmee", "waarbij", "waardoor", "om", "van"})
#: the conjunctions of a condition that defines a term: *Van transformatie is sprake als ...*
CONDITION_MARKS = frozenset({"als", "wanneer", "indien", "zodra"})


def defines(matched) -> bool:
    """The sentence says what the matched noun means: *Een workflow is een reeks stappen die ...* (the noun opens
    the sentence, then *is* or *zijn*, an article and words that specify the predicate: ``DEFINING``),
    *Zelfredzaamheid betekent dat ...*, *Met zelfredzaamheid bedoelen we ...*, *Onder vrijstelling verstaan we ...*
    (the verbs in lexicons/data/grammatica.toml); *Bij transformatie gaat het om ...* (what a case of the term is
    about); *Van transformatie is sprake als ...* (the condition under which the term applies). The text explains
    its term there."""
    from ..language.data import word_set

    words = term_phrase(matched)
    first, noun = words[0], words[-1]
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ", "X") and len(words) == len(matched):
        return False  # a noun (the tagger reads some nouns at the start of a sentence as adjectives)
    sent, doc = noun.sent, noun.doc
    before = [t for t in doc[sent.start : first.i] if not t.is_space]
    if _named_for_meaning(words, before):
        return True  # Onder X volgen wij de definitie van ..., Met X bedoelen wij ...
    if all(t.pos_ == "DET" for t in before) and noun.i + 2 < sent.end:
        copula, article = doc[noun.i + 1], doc[noun.i + 2]
        rest = {t.lower_ for t in doc[noun.i + 3 : sent.end]}
        if copula.lower_ in ("is", "zijn") and article.lower_ in ("een", "de", "het") and rest & DEFINING:
            return True  # Een X is een reeks stappen die ..., X is het vermogen om ...
    verbs = word_set("grammatica", "defining_verbs")
    head = noun.head.lemma_.lower()
    cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
    if noun.dep_.startswith("nsubj") and head in verbs:
        return True  # X betekent / houdt in ...
    if noun.dep_ in ("obl", "obj") and head in verbs:
        return bool(cases & {"met", "onder"})  # met X bedoelen we, onder X verstaan we
    return _about_case(noun, before, cases) or _condition_of(noun, before, cases)


def term_phrase(matched) -> list:
    """The matched words in order, and for an adjective the word right after it when that word is a noun or an
    infinitive it qualifies (*natuurinclusief bouwen*, *datagedreven werken*): a term of two words, which the text
    defines as a whole (*Met natuurinclusief bouwen bedoelen wij ...*). The parser often reads such an adjective
    as a noun or gives it another head, so the test is by order and word class."""
    words = sorted(matched, key=lambda t: t.i)
    last = words[-1]
    doc = last.doc
    if len(words) == 1 and last.i + 1 < last.sent.end and last.pos_ in ("ADJ", "NOUN"):
        nxt = doc[last.i + 1]
        infinitive = (
            nxt.pos_ == "VERB"
            and nxt.lower_.endswith("en")
            and nxt.lower_ == nxt.lemma_.lower()
            # the clause's own verb is no part of the term (*Met zelfredzaamheid bedoelen we ...*)
            and nxt.dep_ != "ROOT"
            and not any(c.dep_.startswith("nsubj") and c.i != last.i for c in nxt.children)
        )
        if (nxt.pos_ == "NOUN" and last.pos_ == "ADJ") or infinitive:
            return [last, nxt]
    return words


def term_keys(term: str, matched, *, defined: bool = False) -> set[tuple[str, str | None]]:
    """What a definition covers, and what a use of the term is: (term, None) for the word alone; (term, the next
    word) for a two-word term (``term_phrase``), by its form and by its lemma (the tagger gives one infinitive a
    verb's lemma here and a noun's there). A definition of *integraal herzien* explains that phrase, not *een
    integraal kader* elsewhere in the text. A use is keyed by the word after it (*te* skipped: *natuurinclusief
    te bouwen*); it is explained when one of its keys, or (term, None), is."""
    words = sorted(matched, key=lambda t: t.i)
    last = words[-1]
    if defined:
        phrase = term_phrase(matched)
        if len(phrase) == len(words):
            return {(term, None)}
        head = phrase[-1]
    else:
        doc, i = last.doc, last.i + 1
        if i < last.sent.end and doc[i].lower_ == "te":
            i += 1
        if i >= last.sent.end:
            return {(term, None)}
        head = doc[i]
    return {(term, head.lower_), (term, head.lemma_.lower())}


#: nouns that name a definition: *Onder X volgen wij de definitie van de provincie*
DEFINITION_NOUNS = frozenset({"definitie", "omschrijving", "begripsomschrijving"})


def _named_for_meaning(words, before) -> bool:
    """The sentence opens with *Onder* or *Met* and the term (an article between at most), and it has a verb of
    meaning (``defining_verbs``: *verstaan*, *bedoelen*) or a noun of definition (``DEFINITION_NOUNS``): *Onder
    natuurinclusief bouwen volgen wij de definitie van ...*, *Met datagedreven werken bedoelen wij ...*. Read by
    order, since the parser gives the phrase after *Onder* all kinds of heads."""
    from ..language.data import word_set

    if not before or before[0].lower_ not in ("onder", "met") or any(t.pos_ != "DET" for t in before[1:]):
        return False
    sent = words[-1].sent
    rest = [t for t in sent if t.i > words[-1].i]
    verbs = word_set("grammatica", "defining_verbs")
    return any(t.lemma_.lower() in verbs or t.lower_ in DEFINITION_NOUNS for t in rest)


#: words that, right after a word (a comma between at most), say what it means here
EXPLAINING = (
    ("dat", "wil", "zeggen"),
    ("d.w.z.",),
    ("oftewel",),
    ("met", "andere", "woorden"),
    ("in", "de", "zin", "dat"),
    ("in", "die", "zin", "dat"),
)


def explained_inline(sent, matched) -> bool:
    """The matched words are followed (after a comma at most) by words that say what they mean here: *Dit begrip is
    niet te reduceren, in de zin dat ...*, *de kosten reduceren, dat wil zeggen verlagen tot ...*. The writer
    explains the word where it stands; the reader is not left with it. (*ofwel* is left out: *ofwel A ofwel B* is
    a choice.)"""
    doc = sent.doc
    i = max(t.i for t in matched) + 1
    if i < sent.end and doc[i].text == ",":
        i += 1
    after = [t.lower_ for t in doc[i : min(sent.end, i + 4)]]
    return any(tuple(after[: len(marks)]) == marks for marks in EXPLAINING)


#: the verbs that say what a term is, after it at the start of the sentence: *X is ...*, *X betekent ...*
TERM_COPULAS = frozenset({"is", "zijn", "betekent", "betekenen"})


def headings_before(document) -> dict[int, str]:
    """The start of each paragraph that comes right after a heading -> that heading's text."""
    paragraphs = document.paragraphs
    return {
        p.start: document.paragraph_text(h)
        for h, p in zip(paragraphs, paragraphs[1:], strict=False)
        if h.kind == "heading" and p.kind != "heading"
    }


def defined_under_heading(heading: str | None, sent, matched) -> bool:
    """The sentence is the first of the paragraph right under a heading that holds the term's words, and it opens
    with the term (an article before it at most) and *is*, *zijn* or *betekent*: *## Datagedreven werken* and
    *Datagedreven werken is in de kern werken met cijfers ...*. A section named for its term that begins by saying
    what the term is defines it; in a sentence elsewhere *X is ...* mostly rates it (*Leefbaarheid is een
    belangrijk thema*), so the heading is required."""
    if not heading:
        return False
    words = term_phrase(matched)
    doc = sent.doc
    solid = [t for t in doc[: sent.start] if not t.is_space and not t.is_punct]
    if solid:
        return False  # not the paragraph's first sentence
    before = [t for t in doc[sent.start : words[0].i] if not t.is_space]
    if any(t.pos_ != "DET" for t in before):
        return False
    nxt = words[-1].i + 1
    if nxt >= sent.end or doc[nxt].lower_ not in TERM_COPULAS:
        return False
    named = set(re.findall(r"\w+", heading.lower()))
    if not all(t.lower_ in named for t in words):
        return False
    return _says_what(sent, words[-1].i + 1)


def _says_what(sent, copula: int) -> bool:
    """The predicate after ``copula`` says what the term is: it goes on to specify a noun (``DEFINING`` or *met*:
    *is een manier van werken die ...*, *is werken met cijfers ...*), or it is a bare infinitive, the kind of
    activity the term is (*is in essentie statistisch redeneren*). One that rates the term (*is belangrijk*,
    *is een belangrijk thema voor de gemeente*) says nothing of what it is."""
    doc = sent.doc
    rest = doc[copula + 1 : sent.end]
    if {t.lower_ for t in rest} & (DEFINING | {"met"}):
        return True
    root = sent.root
    if root.i <= copula:
        return False
    infinitive = root.pos_ == "VERB" and root.lower_ == root.lemma_.lower() and root.lower_.endswith("en")
    return infinitive and not any(c.dep_ in ("det", "amod") and c.pos_ != "ADV" for c in root.children)


def _about_case(noun, before, cases) -> bool:
    """*Bij transformatie gaat het om een verandering ...*, *Bij X gaat het erom dat ...*: the sentence opens with
    *bij* and the noun, and its verb is *gaan* with *het* and *om*: it says what a case of the term is."""
    if "bij" not in cases or any(t.pos_ not in ("ADP", "DET") for t in before):
        return False
    if any(c.dep_ not in ("case", "det", "punct") for c in noun.children):
        return False  # *Bij functiemenging op werklocaties gaat het om ...*: a case of the term, not the term
    verb = noun.head
    if verb.lemma_.lower() != "gaan" or noun.dep_ not in ("obl", "obl:arg", "nmod"):
        return False
    children = list(verb.children)
    has_het = any(c.lower_ == "het" for c in children)
    has_om = any(
        c.lower_ in ("erom", "om") or any(g.dep_ == "case" and g.lower_ == "om" for g in c.children)
        for c in children
    )
    return has_het and has_om


def _condition_of(noun, before, cases) -> bool:
    """*Van transformatie is sprake als een gebied een nieuwe functie krijgt*: the sentence opens with *van* and the
    noun, says *sprake*, and then a condition: when the term applies."""
    if "van" not in cases or any(t.pos_ not in ("ADP", "DET") for t in before):
        return False
    doc = noun.doc
    after = []
    for tok in doc[noun.i + 1 :]:  # the parser may cut the sentence before its condition: to the full stop
        if tok.text in (".", "!", "?", ";", ":"):
            break
        after.append(tok)
    if not any(t.lower_ == "sprake" for t in after[:4]):
        return False
    return any(t.lower_ in CONDITION_MARKS for t in after)


#: the marks a run-in heading may have before it on its line: a list mark, a number (*3.*, *3\.*)
_MARKS = " \t0123456789.\\*_+-#"


def run_in_heading(sent, matched) -> bool:
    """The sentence is nothing but the matched words and its full stop, starts a line (after a list mark or a
    number at most) with a capital, and more text follows on the same line: *3. Transformatie. Bij transformatie
    gaat het om ...*. A noun on its own is no statement; it names the topic of the text after it, like a heading
    (``lexicon_context._whole_label`` reads a heading on a line of its own)."""
    from ..language.words import columns, doc_text

    doc = sent.doc
    inside = {t.i for t in matched}
    # the quick test first, in the columns: the last word is a full stop and every other word is matched or an
    # article (most sentences fail at once: no Token for each of their words)
    cols = columns(doc)
    words = [i for i in range(sent.start, sent.end) if not cols.text[i].isspace()]
    if (
        len(words) < 2
        or cols.text[words[-1]] != "."
        or any(i not in inside and cols.pos[i] != "DET" for i in words[:-1])
    ):
        return False
    solid = [doc[i] for i in words]
    first = solid[0]
    if not first.text[:1].isupper():
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, first.idx) + 1
    if text[line_start : first.idx].strip(_MARKS):
        return False  # other words before it on the line: a sentence cut short, not a heading
    end = solid[-1].idx + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end == -1 else line_end]
    return bool(rest.strip())


#: the noun phrase from the matched word to the colon has at most this many more words (*een vitaal buitengebied:*)
LISTED_WINDOW = 3
#: a list item at the start of a line: a dash, star or bullet, or a number with a full stop or bracket
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•·]|\d+[.)])\s")


def explained_by_list(source: str, s1: int, sent, matched) -> bool:
    """The matched word is an adjective before the noun that ends its sentence before a colon (at most
    ``LISTED_WINDOW`` words of that phrase after it: no verb, no other punctuation), and the next line that is not
    empty is a list item: *De provincie streeft naar een vitaal buitengebied:* and *- met behoud van ...*. The list
    says in what way the thing is so; advice to say what the word means asks for what is there. A noun before the
    colon is not explained by its list (*de volgende speerpunten:* names the points, the word stays the writer's)."""
    doc = sent.doc
    if len(matched) != 1 or matched[0].pos_ != "ADJ" or matched[0].dep_ != "amod":
        return False  # a quality of the thing the list spells out; a noun's list names its members
    last = matched[0].i
    after = [t for t in doc[last + 1 : sent.end] if not t.is_space]
    if len(after) < 2 or after[-1].text != ":" or len(after) - 1 > LISTED_WINDOW:
        return False
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "X") for t in after[:-1]):
        return False
    if matched[0].head.i != after[-2].i:
        return False  # the adjective describes the noun that ends the sentence
    colon = source.find(":", s1)
    if colon == -1:
        return False
    line_end = source.find("\n", colon)
    if line_end == -1 or source[colon + 1 : line_end].strip(" \t*_"):
        return False  # text after the colon on its line: the sentence goes on, no list below
    following = source[line_end + 1 :].lstrip("\n")
    return LIST_ITEM.match(following) is not None
