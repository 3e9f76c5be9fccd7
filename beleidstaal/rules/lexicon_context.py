"""Where a listed word is not the writer's own choice (word-list rules, ``lexicon.py``): a label or a lead-in label
of a list item, a name in emphasis, the title of a link, an English gloss, a name the document uses as its own, a
short side note in brackets. Each test reads the sentence's tokens or the Markdown source around the match."""

from __future__ import annotations

import re

#: a parenthesis of at most this many words (*(indien aanwezig)*, *(indien van toepassing)*) is a set side note: a
#: word-list finding in it is a tip (info), not a warning. On warnings3 (bench/quality/real) two such notes in a list
#: of article parts were judged not worth the writer's time
SIDE_NOTE_WORDS = 3


def in_side_note(sent, tokens) -> bool:
    """The matched tokens stand in a short parenthesis of their own: '(' right before them, ')' within
    ``SIDE_NOTE_WORDS`` words from that '('."""
    first = min(t.i for t in tokens)
    last = max(t.i for t in tokens)
    if first - 1 < sent.start or sent.doc[first - 1].text != "(":
        return False
    closing = range(last + 1, min(sent.end, first + SIDE_NOTE_WORDS + 1))
    return any(sent.doc[i].text == ")" for i in closing)


#: what ``_whole_label`` passes over before a label: a heading number or list mark
_HEADING_MARKS = frozenset(" \t0123456789.\\*+-#")


def _whole_label(sent, matched) -> bool:
    """The sentence is a line of its own and nothing but the matched words (a heading like *Beleidskader*, a list
    item or link text), maybe after a section word and its number (*Hoofdstuk 4 BELEIDSKADER* in a table of
    contents). A sentence the parser cut off in the middle of a line is no label."""
    from ..language.data import word_set
    from ..language.words import columns, doc_text, word_mask

    doc = sent.doc
    cols = columns(doc)
    # the first and last token that is no white space, read from the columns (no Token for every word): most
    # matches are not at the start of a line, so the test usually ends at the first one
    solid = [i for i in range(sent.start, sent.end) if not cols.text[i].isspace()]
    if not solid:
        return False
    text = doc_text(doc)
    first, last = doc[solid[0]], doc[solid[-1]]
    # the text before the sentence ends at ``start`` without a heading number or list mark that may precede (read
    # back from the sentence, not by a copy of the paragraph's text before it)
    start = first.idx
    while start > 0 and text[start - 1] in _HEADING_MARKS:
        start -= 1
    named = set()  # *Hoofdstuk 4 Beleidskader*: a section word and its number before the name
    if start != first.idx:
        line_start = text.rfind("\n", 0, start) + 1
        word = text[line_start:start].lstrip(" \t\\*+-#")
        if word.lower() in word_set("grammatica", "section_words"):
            start = line_start
            named = {t.i for t in doc[sent.start : sent.end] if t.idx < first.idx}
    parts = word_set("grammatica", "section_words") | word_set("tokenizer", "section_nouns")
    if first.lower_ in parts and len(solid) > 2:
        # the sentence holds the section word and its number too (*Hoofdstuk 4 TOETSINGSKADER*: a number of a part
        # ends no sentence, ``sentence_starts``)
        number = doc[solid[1]]
        if number.text[:1].isdigit():
            named |= {first.i, number.i}
    if start > 0 and text[start - 1] != "\n":
        return False
    end = last.idx + len(last.text)
    while end < len(text) and text[end] in " \t":
        end += 1
    if end < len(text) and text[end] != "\n":
        return False
    inside = {t.i for t in matched}
    mask, like_num, pos = word_mask(doc), cols.like_num, cols.pos
    return all(
        i in inside or i in named
        for i in range(sent.start, sent.end)
        if mask[i] and not like_num[i] and pos[i] != "NUM"
    )  # 3.1 Beleidskader


#: a label at the start of a line, before a colon, of at most this many words names a topic (*Gerelateerde
#: richtlijnen:*, *Economische transitie:*); a longer lead-in is a sentence of the writer's own
LABEL_WORDS = 3
_LABEL_MARKS = " \t0123456789.\\*_+-#"


def _lead_label(sent, matched, term: str | None = None) -> bool:
    """The matched words stand in a short label at the start of a line, before a colon (at most ``LABEL_WORDS``
    words): *Leefbaarheid: naast de woning ...*, a list item *- **Transformatie:** ...*, *Gerelateerde richtlijnen:
    ...*, *Economische transitie: een duurzame economie*. Like a heading, the label names the topic that follows
    (a theme of a policy, a section of a page); the writer cannot swap its word for advice. ``term``: the listed
    word, which must end a label of several words as a noun (*Organisatie goed gemonitord:* is a clipped clause)."""
    from ..language.morphology import lemmas
    from ..language.words import doc_text

    text = doc_text(sent.doc)
    first = min(matched, key=lambda t: t.i)
    last = max(matched, key=lambda t: t.i)
    line_start = text.rfind("\n", 0, first.idx) + 1
    end = last.idx + len(last.text)
    line_end = text.find("\n", end)
    colon = text.find(":", end, len(text) if line_end == -1 else line_end)
    if colon == -1:
        return False
    lead = text[line_start : first.idx].lstrip(_LABEL_MARKS)
    label = (lead + text[first.idx : colon]).strip(" \t*_")
    words = label.split()
    if not words or len(words) > LABEL_WORDS:
        return False
    if len(words) > 1:
        # a longer label starts with a capital and says nothing: no finite verb (*Wij realiseren:* is a sentence)
        start = colon - len(label)
        inside = [t for t in sent.doc if start <= t.idx < colon]
        if not words[0][:1].isupper() or any("Fin" in t.morph.get("VerbForm") for t in inside):
            return False
        # and it names a thing: its last word is a noun (*Organisatie transformatie gemonitord:* is a clipped clause)
        named = [t for t in inside if t.is_alpha]
        if not named or named[-1].pos_ not in ("NOUN", "PROPN"):
            return False
        readings = {pos for _, pos in lemmas(named[-1].lower_)}
        if readings and "NOUN" not in readings:
            return False  # a participle the tagger read as a noun
        if (
            term
            and named[-1].i in {t.i for t in matched}
            and not named[-1].lower_.startswith(term.split()[-1])
        ):
            return False  # the listed word ends the label in another form than its noun (*gemonitord*)
    return True


#: a short emphasised run (bold or italic) in the source: *Wet open overheid*, **Decision management**
EMPHASIS = re.compile(r"(\*\*|\*)(?=\S)([^*\n]{1,80}?)(?<=\S)\1")


#: an emphasised run of at most this many words that starts with a capital names something
NAME_WORDS = 5


def _in_emphasised_name(source: str, s0: int, s1: int) -> bool:
    """The words stand in a short bold or italic run that starts with a capital (**Decision management**): the
    name or title of a thing, which the reader must meet as it is, not the writer's word choice."""
    line_start = source.rfind("\n", 0, s0) + 1
    line_end = source.find("\n", s1)
    for m in EMPHASIS.finditer(source, line_start, len(source) if line_end == -1 else line_end):
        run = m.group(2)
        if m.start(2) <= s0 and s1 <= m.end(2) and run[:1].isupper() and len(run.split()) <= NAME_WORDS:
            return True
    return False


#: a Markdown link: its text in brackets, right before the address in parentheses
LINK = re.compile(r"\[([^\[\]\n]{1,160})\]\(")
#: the address after a link text's ``](``
ADDRESS = re.compile(r"<?([^\s)>]*)")


#: the number of a numbered title (*10.*, *3.2*, *7)*) with the space after it
NUMBERED = re.compile(r"^\d+(?:\.\d+)*[.)]?\s+")
#: a link text of at most this many words that starts with a capital names a document or page
TITLE_WORDS = 12


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[^\W_]+", text.lower()))


def _names_its_target(title: str, address: str) -> bool:
    """The link text is the name the address gives its target: the anchor of a section (*[fair use
    policy](.../license/#fair-use-policy)*) or the file or page name (*[privacy policy](privacy-policy.md)*). Such a
    text is the heading the reader finds there, whatever its case."""
    address = address.split("?")[0]
    anchor = address.partition("#")[2]
    page = address.partition("#")[0].rstrip("/").rsplit("/", 1)[-1]
    page = page.rsplit(".", 1)[0] if "." in page else page
    slug = _slug(title)
    return len(slug.split("-")) >= 2 and slug in (_slug(anchor), _slug(page))


def _in_link_title(source: str, s0: int, s1: int) -> bool:
    """The words stand in the text of a Markdown link that starts with a capital: *[Opdracht 30 – Valideren
    rekenregel](opdracht30.pdf)*, *[Training over klantreizen](https://...)*, or whose text is the name its address
    gives the target (``_names_its_target``). Such a link text is the title of the document or page it opens, which
    the reader must recognise there; another link text in lower case (*gebruik [geautomatiseerde tools](...)*) is
    the writer's own words."""
    line_start = source.rfind("\n", 0, s0) + 1
    line_end = source.find("\n", s1)
    for m in LINK.finditer(source, line_start, len(source) if line_end == -1 else line_end):
        title = m.group(1).strip()
        if not (m.start(1) <= s0 and s1 <= m.end(1)) or len(title.split()) > TITLE_WORDS:
            continue
        address = ADDRESS.match(source, m.end()).group(1)
        # a number before the title (*[10. Maak beter gebruik van data](...)*) is the title's number in its list
        if NUMBERED.sub("", title)[:1].isupper() or _names_its_target(title, address):
            return True
    return False


def gloss_opening(sent, tokens) -> int | None:
    """The place of the opening bracket when the words stand in a short parenthesis (``SIDE_NOTE_WORDS`` words at
    most) right after a word: a gloss (*bouwhulpmiddel (build tool)*, *hulpmiddelen (tools)*, *de aantallen (de
    kwantitatieve opgave)*); None otherwise."""
    doc = sent.doc
    first = min(t.i for t in tokens)
    last = max(t.i for t in tokens)
    opening = next(
        (j for j in range(first - 1, max(sent.start, first - SIDE_NOTE_WORDS) - 1, -1) if doc[j].text == "("),
        None,
    )
    if opening is None or opening - 1 < sent.start or not doc[opening - 1].is_alpha:
        return None
    inside = doc[opening + 1 : first]
    if any(not t.is_alpha for t in inside):
        return None
    if any(doc[j].text == ")" for j in range(last + 1, min(sent.end, opening + SIDE_NOTE_WORDS + 2))):
        return opening
    return None


def plain_before_gloss(sent, opening: int, entry) -> bool:
    """The word before the gloss's opening bracket (``gloss_opening``) is a form of one of the entry's one-word
    alternatives (*de aantallen (de kwantitatieve opgave)*): the writer wrote the plain word and adds the term for
    readers who know it, as with an English gloss, where the writer already wrote the Dutch word; advising the plain
    word again would say it twice (the editors of words30)."""
    from ..language.morphology import lemmas

    before = sent.doc[opening - 1].lower_
    plain = {a.strip().lower() for a in entry.alternatives if " " not in a.strip()}
    # a form of the word, not a longer word it begins (*aantallen*, not *goedkeuring* for 'goed'); the
    # dictionary's lemma, since the model's may be off ('aantall')
    return before in plain or any(lemma in plain for lemma, _ in lemmas(before))


#: characters that a case-insensitive regular expression takes for an ASCII letter while ``str.lower`` does not
#: give that letter alone: dotted and dotless I, long s (the Kelvin sign lowers to k, as the expression reads it)
_FOLDED_TO_ASCII = ("\u0130", "\u0131", "\u017f")


def _document_names(text: str, words: tuple[str, ...], named: dict) -> bool:
    """The document names one of the words anywhere, as a whole word: its source, so a link's address counts
    (*[dit issue](https://github.com/...)*). A word with a dot in front (*.tsx*) is the extension of a file name and
    counts only at the end of one (*Formulier.tsx*, not *Java* the island or *het Java-eiland*). ``named`` keeps the
    answers per document; the lower-case text is searched first (a plain substring search), the regular expression
    only when the word occurs in it."""
    for word in words:
        if word not in named:
            lowered = named.get(_LOWERED)
            if lowered is None:
                safe = not any(c in text for c in _FOLDED_TO_ASCII)
                lowered = named[_LOWERED] = text.lower() if safe else ""
            before = r"(?<=\w)" if word.startswith(".") else r"(?<!\w)"
            named[word] = (not lowered or not word.isascii() or word.lower() in lowered) and re.search(
                rf"{before}{re.escape(word)}(?!\w)", text, re.IGNORECASE
            ) is not None
        if named[word]:
            return True
    return False


#: the key of the lower-case text in ``_document_names``'s answers ("" where it cannot be searched for a word)
_LOWERED = "\0lowered"


def _names_themes(lemma: str) -> bool:
    """The noun (its lemma) names themes or aims (``theme_nouns``, also at the end of a compound: *rijksdoel*)."""
    from ..language.data import word_set

    return any(lemma.endswith(n) for n in word_set("grammatica", "theme_nouns"))


#: an item of a list of named themes has at most this many words (*maatschappelijk vastgoed*, *integrale aanpak*)
THEME_ITEM_WORDS = 3


def in_named_themes(sent, matched) -> bool:
    """The matched words are an item of a list of at least three short items (joined by commas and *en*, *of*,
    *&*) after a colon or in brackets, whose lead-in names themes or aims (``theme_nouns``: *de tien thema's:
    energie, water, ... en leefbaarheid*; *de drie speerpunten (landbouw, toerisme en leefbaarheid)*). The items
    are the names a policy gave its themes; the writer reports them and cannot swap one for advice. The list may
    also follow a preposition that hangs on such a noun, without a colon: *de rijksdoelen rond concurrentiekracht,
    bereikbaarheid en leefbaarheid, zodat ...* (the list ends before a clause, verb or preposition)."""
    from ..language.words import columns

    doc = sent.doc
    cols = columns(doc)  # the scans below read the columns: no Token for each word they pass
    text, pos, lemma = cols.text, cols.pos, cols.lemma

    def theme_at(i: int) -> bool:
        return pos[i] == "NOUN" and _names_themes(lemma[i])

    first, last = min(t.i for t in matched), max(t.i for t in matched)
    opener = next((i for i in range(first - 1, sent.start - 1, -1) if text[i] in (":", "(")), None)
    after_noun = False
    if opener is None:
        # *de rijksdoelen rond concurrentiekracht, bereikbaarheid en leefbaarheid*: a preposition right after a
        # noun of themes or aims opens the list of their names (no colon)
        opener = next(
            (
                i
                for i in range(first - 1, sent.start, -1)
                if pos[i] == "ADP" and theme_at(i - 1) and doc[i].head.head.i == i - 1
            ),
            None,
        )
        if opener is None:
            return False
        after_noun = True
    close = ")" if text[opener] == "(" else None
    end = next(
        (
            i
            for i in range(last + 1, sent.end)
            if text[i] == close
            or text[i] in (";", ".", ":")
            or (after_noun and (pos[i] in ("SCONJ", "VERB", "AUX", "ADP") or text[i] == "("))
        ),
        sent.end,
    )
    if close and (end == sent.end or doc[end].text != close):
        return False
    items, item = [], []
    for t in doc[opener + 1 : end]:
        if t.text == "," or t.lower_ in ("en", "of", "&"):
            items.append(item)
            item = []
        elif not t.is_punct:
            item.append(t)
    items.append(item)
    if after_noun and not items[-1]:
        items.pop()  # the comma before the clause that follows the list (*..., zodat ...*)
    if len(items) < 3 or any(not it or len(it) > THEME_ITEM_WORDS for it in items):
        return False
    if any("Fin" in t.morph.get("VerbForm") for it in items for t in it):
        return False  # a clause, not a name
    if after_noun:
        return True
    lead_start = next(
        (i + 1 for i in range(opener - 1, sent.start - 1, -1) if doc[i].text in (":", ";")), sent.start
    )
    return any(theme_at(i) for i in range(lead_start, opener))


#: an item of a list laid out line by line that names an interest or theme has at most this many words (*de
#: beleefbaarheid van stad en land vanaf de hoofdinfrastructuur*); a longer item is the writer's own sentence
NAMED_ITEM_WORDS = 10


def list_lead_ins(analysis) -> dict[int, object]:
    """The start of each list item -> the last sentence of the paragraph right before its list, where that
    paragraph ends in a colon (*Dit is vertaald in de volgende 14 provinciale ruimtelijke belangen:*); only list
    items stand between them."""
    leads, lead = {}, None
    for ap in analysis.paragraphs:
        if ap.paragraph.kind == "list_item":
            if lead is not None:
                leads[ap.offset] = lead
            continue
        # (the sentences only of a paragraph that ends in a colon: this runs for every paragraph of every check)
        lead = list(ap.doc.sents)[-1] if ap.doc.text.rstrip().endswith(":") else None
    return leads


def in_named_list_item(sent, matched, lead) -> bool:
    """The matched words stand in a short list item without a finite verb (at most ``NAMED_ITEM_WORDS`` words),
    and the lead-in of its list names themes or aims (``theme_nouns``) or the interests of a government
    (*belang* with an adjective of ``government_levels``: *de volgende 14 provinciale ruimtelijke belangen:*, *zijn
    van provinciaal belang en zijn geformuleerd als:*). The items are the names the policy gave them, laid out line
    by line, as ``in_named_themes`` reads them inside a sentence; the writer reports them (*Beleefbaarheid stad en
    land vanaf de hoofdinfrastructuur*)."""
    from ..language.data import word_set

    if lead is None:
        return False
    words = [t for t in sent.doc if not t.is_punct and not t.is_space]
    if not words or len(words) > NAMED_ITEM_WORDS or any("Fin" in t.morph.get("VerbForm") for t in words):
        return False
    if not all(sent.start <= t.i < sent.end for t in words):
        return False  # the item holds more than this sentence
    levels = word_set("grammatica", "government_levels")
    for t in lead:
        lemma = t.lemma_.lower()
        if t.pos_ != "NOUN":
            continue
        # several themes or aims that the list names one by one (*de vier speerpunten:*, *de volgende doelen:*), not
        # one aim that the list explains (*het doel van deze brief is uitleggen hoe wij werken:*)
        if _names_themes(lemma) and "Plur" in t.morph.get("Number"):
            return True
        # in the noun's phrase before it (*de volgende 14 provinciale ruimtelijke belangen*: the parse may hang
        # 'provinciale' on 'ruimtelijke')
        if lemma.endswith("belang") and any(c.i < t.i and c.lemma_.lower() in levels for c in t.subtree):
            return True
    return False


#: a year, or a span of years, written as a number: *2016*, *2021-2025*
YEAR = re.compile(r"(19|20)\d\d([-–/](19|20)?\d\d)?")


def names_an_edition(sent, matched) -> bool:
    """The matched noun has an article before it and a year right after it, with no preposition between: *de
    monitoring 2016*, *het uitvoeringsprogramma 2021-2025*. A year in close apposition makes the noun the name of
    one edition or round, a title the reader looks up as it is; *de monitoring van 2016* or *in 2016* stays."""
    doc = sent.doc
    first, last = min(t.i for t in matched), max(t.i for t in matched)
    if last + 1 >= sent.end or first - 1 < sent.start or doc[last].pos_ not in ("NOUN", "PROPN"):
        return False
    if doc[first - 1].pos_ != "DET":
        return False
    nxt = doc[last + 1].text
    if nxt[:1].isdigit() and YEAR.fullmatch(nxt):
        return True
    return bool(YEAR.fullmatch(nxt + "".join(t.text for t in doc[last + 2 : min(sent.end, last + 4)])))
