"""Names and mentioned words: text the writer cannot or need not replace with a plainer word.

- a word inside a capitalised name of several words (*Uitvoeringsprogramma Omgevingsveiligheid 2015*,
  *Impact Assessment Mensenrechten en Algoritmes*, *Wet open overheid*), or a capitalised word in the middle of a
  sentence, which names a thing (*maak een Issue aan*);
- a noun right before the name of the thing it is the kind of (``before_its_name``: *de gebiedsontwikkeling
  Brainport Avenue*, *het programma Ruimte voor de Rivier*): the noun is part of how the thing is named;
- the word right after the capitalised noun that begins the title of a law or treaty (*het Europees Verdrag
  inzake de bescherming van het archeologisch erfgoed*, *de Wet inzake de luchtverontreiniging*);
- a word between quotation marks: a title (*het plan 'Wonen in het dorp'*) or a word the text talks about
  (*het woord 'faciliteren'*), not one it uses;
- a vague quantity word whose things the sentence names right after it (``lists_them``: *diverse functies: een
  kerk, een school ...*, *diverse partijen, zoals de provincie*);
- a hedge in a clause that says no (``is_negated``: *geen nader onderzoek*, *nader onderzoek is niet nodig*), and
  a promise that the writer does not make (``writer_is_subject``: *het water wordt zoveel mogelijk gescheiden*);
- a word with a dependent that gives it another sense (``governs``: *vanuit de natuur bezien*), or before a word
  of a class that it grades (``next_word_is``: *significant negatieve effecten*);
- a reservation whose sentence says when it does not hold or on what condition it does (``states_exception``:
  *is in principe niet toegestaan, tenzij ...*; *als de aanvraag volledig is, krijgt u in beginsel ...*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set, word_tuple
from .keys import verb_read_as_noun
from .words import columns, words_at

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token

#: a quotation this long (in tokens) or shorter is a title or a mentioned word; a longer one is a citation
MAX_TITLE_TOKENS = 12
OPENING_QUOTES = {"'", '"', "‘", "“", "„", "‚"}
CLOSING_QUOTES = {"'", '"', "’", "”", "‘", "“"}
#: after these, a capital starts a new sentence or item, not a name
SENTENCE_OPENERS = {":", ";", "(", "-", "–", "—", "•", "*", ".", "!", "?", "|"}


def starts_sentence(tok: Token) -> bool:
    """The token opens a sentence, a list item or a quotation: a capital there says nothing of a name."""
    if tok.is_sent_start or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.text in SENTENCE_OPENERS or prev.text in OPENING_QUOTES or prev.is_space


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text)


def capital_elsewhere(tok: Token) -> bool:
    """The text writes this capitalised word with its capital inside a sentence too (*Rijkswaterstaat* ... *met
    Rijkswaterstaat*): a name, whatever the tagger made of it at the start of a sentence."""
    return _capitalised(tok) and any(
        t.text == tok.text and t.i != tok.i and not starts_sentence(t) for t in tok.doc
    )


def in_name(tokens: list[Token]) -> bool:
    """The first of the tokens is part of a name: capitalised in the middle of a sentence, or at the start of a
    sentence followed by another capitalised word, unless it is an order (``opens_an_order``)."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    if not _capitalised(first):
        return False
    sent_end = first.sent.end
    nxt = first.doc[last.i + 1] if last.i + 1 < sent_end else None
    next_capitalised = nxt is not None and _capitalised(nxt) and not nxt.is_punct
    if not starts_sentence(first):
        prev = first.doc[first.i - 1]
        # an abbreviation in capitals on its own (*een KPI*) is a word, not a name
        return not first.text.isupper() or next_capitalised or _capitalised(prev)
    return next_capitalised and not opens_an_order(first)


def opens_an_order(tok: Token) -> bool:
    """The word opens its sentence as an order: the stem of a verb by the dictionary (the form of the imperative),
    and no noun or adjective (*Implementeer FinOps-principes*, *Informeer Rijkswaterstaat*). A name of several words
    does not begin with an imperative; the capitalised word after it is the order's object. A stem that is also a
    noun (*Werk*, *Zorg*, *Bouw*) may begin a name (*Zorg Verzekeraars Nederland*) and stays one."""
    from .morphology import lemmas, stem
    from .noun_lemmas import noun_lemma

    low = tok.lower_
    readings = lemmas(low)
    return (
        bool(readings)
        and all(cls == "VERB" and stem(verb) == low for verb, cls in readings)
        and noun_lemma(low) is None
    )


def in_title(tokens: list[Token]) -> bool:
    """The first of the tokens follows the capitalised noun that begins the title of a law or treaty: *Verdrag
    inzake*, *Wet inzake* (the nouns are in lexicons/data/grammatica.toml)."""
    first = min(tokens, key=lambda t: t.i)
    if first.i == 0 or first.i == first.sent.start:
        return False
    prev = first.doc[first.i - 1]
    return (
        _capitalised(prev)
        and not starts_sentence(prev)
        and prev.lower_ in word_set("grammatica", "title_nouns")
    )


def in_quotes(tokens: list[Token]) -> bool:
    """The tokens stand between quotation marks that enclose at most ``MAX_TITLE_TOKENS`` tokens."""
    first = min(t.i for t in tokens)
    last = max(t.i for t in tokens)
    doc = tokens[0].doc
    sent = tokens[0].sent
    text = columns(doc).text  # the words' texts without a Token for each
    opening = next(
        (
            j
            for j in range(first - 1, max(sent.start, first - MAX_TITLE_TOKENS) - 1, -1)
            if text[j] in OPENING_QUOTES
        ),
        None,
    )
    if opening is None:
        return False
    return any(
        text[j] in CLOSING_QUOTES for j in range(last + 1, min(sent.end, opening + MAX_TITLE_TOKENS + 2))
    )


#: the list that names the things opens at most this many tokens after the word (its noun, a verb at the end of
#: the clause: *diverse functies gevestigd: ...*)
LIST_WINDOW = 6
#: a list opens with a colon or one of the words in lexicons/data/grammatica.toml
LIST_MARKS = {":"}
#: a word shortly after (at most this many tokens) that has two coordinated words names the things (three or more)
NAMED_WINDOW = 10
#: the most words of an adjective in brackets that ``next_word_is`` reads past: *de feitelijke (ruimtelijke)
#: situatie*, *(bestaande of nieuwe)*
BRACKETED_ADJECTIVES = 4
CLAUSE_ENDS = {".", ";", "!", "?"}


def lists_them(tokens: list[Token]) -> bool:
    """The words right after the tokens name the things they stand for: within ``LIST_WINDOW`` tokens a colon or a
    list opener (*zoals*, *waaronder*, *te weten*), with more words after it, before the
    clause ends. *Diverse functies: een kerk en een school* names them; *Er zijn diverse klachten.* does not. So
    does a sentence that points to where they are named (``list_pointers``, in it or in the next sentence), or
    ends in a colon."""
    last = max(tokens, key=lambda t: t.i)
    doc, sent_end = last.doc, last.sent.end
    # the sentence points to where they are named (*in hoofdstuk 4*, *zie onderstaande tabel*), or ends in a colon
    # with the list on the next lines (*Het gebied bestaat uit diverse percelen:*)
    pointers = word_tuple("grammatica", "list_pointers")
    after = doc[sent_end].sent.end if sent_end < len(doc) else sent_end  # the next sentence too
    if any(t.lower_ in pointers for t in doc[last.sent.start : after]):
        return True
    words = [t for t in doc[last.i + 1 : sent_end] if not t.is_space]
    if words and words[-1].text == ":":
        return True
    openers = [tuple(o.split()) for o in word_tuple("grammatica", "list_openers")]
    for i in range(last.i + 1, min(sent_end, last.i + 1 + LIST_WINDOW)):
        tok = doc[i]
        if tok.text in CLAUSE_ENDS:
            return False
        if tok.text == "(" and _parenthesis_lists(doc, i, sent_end):
            return True  # diverse pleinen (de markt, het plein en de haven)
        width = 1 if tok.text in LIST_MARKS else _opener_width(doc, i, sent_end, openers)
        if width:
            return any(t.is_alpha for t in doc[i + width : sent_end])
    # the clause goes on to name three things or more (*het nodige is veranderd aan de regels, de tarieven en de
    # vergunningen*): a word with two coordinated words of its own shortly after
    window = doc[last.i + 1 : min(sent_end, last.i + 1 + NAMED_WINDOW)]
    return any(sum(c.dep_ == "conj" for c in t.children) >= 2 for t in window if not t.is_punct)


def _parenthesis_lists(doc, i: int, end: int) -> bool:
    """The parenthesis that opens at ``i`` holds a list: a comma before it closes."""
    for tok in doc[i + 1 : end]:
        if tok.text == ")":
            return False
        if tok.text == ",":
            return True
    return False


def _opener_width(doc, i: int, end: int, openers: list[tuple[str, ...]]) -> int:
    """How many tokens from ``i`` form a list opener (*zoals*: 1, *te weten*: 2), or 0."""
    for words in openers:
        if words_at(doc, i, words, end):
            return len(words)
    return 0


def is_name_or_mention(tokens: list[Token]) -> bool:
    return in_name(tokens) or in_title(tokens) or in_quotes(tokens) or in_salutation(tokens)


#: the relations by which the parse hangs a name on the noun before it: close apposition (*de gebiedsontwikkeling
#: Brainport Avenue*), or the name read as the noun's flat continuation
NAME_RELATIONS = ("appos", "flat")
#: word classes a name's first word has; a determiner, pronoun or adverb with a capital opens a new sentence the
#: splitter missed (*bij de gebiedsontwikkeling Het college besluit ...*), an adjective the heading-style name of a
#: topic that the noun only announces (*het aspect Zuinig en zorgvuldig ruimtegebruik*)
NAME_CLASSES = ("PROPN", "NOUN")


def before_its_name(tokens: list[Token]) -> bool:
    """The matched words end in a noun that stands right before the name of the thing it is the kind of, in close
    apposition: *de gebiedsontwikkeling Brainport Avenue*, *het programma Ruimte voor de Rivier*, *de structuurvisie
    Wonen 2030*. Dutch names a project, programme or plan so, and the noun is part of how it is known: a plainer
    word would rename the thing. The name is a capitalised noun or name inside the sentence that the parse hangs
    on the noun (``NAME_RELATIONS``); an abbreviation in capitals on its own (*de complexiteit LCC*) is a word, as
    in ``in_name``. Only a noun of a kind that Dutch names so (``naming_kind_nouns``), and a Dutch one: an English
    one before a name (*de toolkit Tools for the Public Sector*) is the writer's borrowing, which the word lists'
    caller keeps (words32's review)."""
    last = max(tokens, key=lambda t: t.i)
    if last.pos_ != "NOUN" or not last.text.islower() or last.i + 1 >= last.sent.end:
        return False
    if not last.lower_.endswith(tuple(word_set("grammatica", "naming_kind_nouns"))):
        # de implementatie Omgevingswet: a noun of an act before a law's name is the writer's word
        return False
    name = last.doc[last.i + 1]
    if not _capitalised(name) or starts_sentence(name) or name.pos_ not in NAME_CLASSES:
        return False
    if name.head.i != last.i or name.dep_ not in NAME_RELATIONS:
        return False
    after = name.doc[name.i + 1] if name.i + 1 < name.sent.end else None
    return not name.text.isupper() or (after is not None and _capitalised(after) and not after.is_punct)


#: the words that open a letter's salutation (*Geacht college,*, *Geachte leden,*), in lexicons/data/grammatica.toml
#: as ``salutation_openers``; a salutation is short and ends in a comma (or is a line of its own)
MAX_SALUTATION_TOKENS = 8


def in_salutation(tokens: list[Token]) -> bool:
    """The tokens are the first word of a letter's salutation: *Geacht college,* is how a letter begins, not the
    verb *achten* ('vinden')."""
    first = min(tokens, key=lambda t: t.i)
    if first.lower_ not in word_set("grammatica", "salutation_openers"):
        return False  # the cheap test first: it runs for every word-list match
    sent = first.sent
    return (
        first.i == sent.start
        and len(sent) <= MAX_SALUTATION_TOKENS
        and (sent[-1].text in (",", ":") or len(sent) <= 4)
    )


#: a negation this many words after the words still denies them (*nader onderzoek is niet nodig*)
NEGATION_WINDOW = 3


def _clause_path(tokens: list[Token]) -> list[Token]:
    """The tokens and their heads up to the verb of their clause (or the root of the sentence)."""
    path = []
    for tok in tokens:
        cur = tok
        for _ in range(12):  # a parse is a tree; the bound only guards against a malformed one
            path.append(cur)
            if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
                break
            cur = cur.head
    return path


def clause_verb(tokens: list[Token]) -> Token:
    """The verb of the clause the tokens stand in (or the root of the sentence)."""
    return _clause_path(tokens)[-1]


def is_negated(tokens: list[Token]) -> bool:
    """The clause of the tokens says no: *niet*, *geen*, *nooit* on the tokens, on a word they depend on, or on the
    verb of their clause (*geen nader onderzoek*, *nader onderzoek is niet nodig*, *wij doen nooit nader
    onderzoek*)."""
    negations = word_set("grammatica", "negations")
    if any(child.lower_ in negations for tok in _clause_path(tokens) for child in tok.children):
        return True
    # the parse can hang the words elsewhere (*... en nader onderzoek is niet nodig*): the words right after them,
    # up to the next comma or conjunction, count too
    last = max(tokens, key=lambda t: t.i)
    for tok in last.doc[last.i + 1 : min(last.sent.end, last.i + 1 + NEGATION_WINDOW)]:
        if tok.is_punct or tok.pos_ in ("CCONJ", "SCONJ"):
            return False
        if tok.lower_ in negations:
            return True
    return False


def clause_subjects(tokens: list[Token]) -> list[Token]:
    """The subjects of the clause of the tokens, also those of a verb it depends on (*wij proberen ... te
    planten*)."""
    verb = clause_verb(tokens)
    for _ in range(6):
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        if subjects:
            return subjects
        if verb.head is verb:
            return []
        verb = verb.head
    return []


def writer_is_subject(tokens: list[Token]) -> bool:
    """The writer speaks in the clause of the tokens: its subject is *wij*, *we* or *ik*, also the subject of a
    verb it depends on (*wij proberen zoveel mogelijk bomen te planten*)."""
    writers = word_set("grammatica", "writer_subjects")
    return any(s.lower_ in writers for s in clause_subjects(tokens))


def bare_objects(verb: Token) -> list[Token]:
    """Nouns without a preposition that the parse hangs on the verb or its auxiliaries as an object. For a verb
    that takes no object (*plaatsvinden*, *tot stand komen*) such a noun is its subject."""
    heads = {verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))}
    return [
        t
        for t in verb.sent
        if t.dep_ in ("obj", "fixed") and t.head.i in heads and not any(c.dep_ == "case" for c in t.children)
    ]


def noun_before(verb: Token) -> Token | None:
    """The last noun without a preposition before the verb in its clause (back to a conjunction, a comma or the
    start of the sentence): the subject of a verb without an object where the parse hung it elsewhere (*dat
    nieuwe ontwikkelingen zoveel mogelijk plaatsvinden*; *moet nieuwe ontwikkeling primair plaatsvinden*). Only a
    preposition makes a phrase: the parse can hang the conjunction of the clause or *ertoe* on the subject as its
    'case' (*indien de stedelijke ontwikkeling niet ... kan plaatsvinden*, *strekt ertoe dat nieuwe ruimtelijke
    ontwikkelingen ... plaatsvinden*)."""
    for tok in reversed(verb.doc[verb.sent.start : verb.i]):
        if tok.pos_ in ("SCONJ", "CCONJ") or tok.text in (",", ";", ":", "(", ")"):
            return None
        if tok.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ == "case" and c.pos_ == "ADP" for c in tok.children
        ):
            return tok
    return None


def subject_is(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """The subject of the clause of the tokens is one of the words (its lemma or as written): *het verdrag*. For
    the verbs of entries with ``unless_subject``, which take no object (*plaatsvinden*, *tot stand komen*), a bare
    noun the parse hung on the verb as its object or a bare noun right before it in the clause is the subject."""
    verb = clause_verb(tokens)
    before = noun_before(verb)
    subjects = [*clause_subjects(tokens), *bare_objects(verb), *([before] if before is not None else [])]
    return any(s.lower_ in words or s.lemma_.lower() in words for s in subjects)


def governs(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """A word that the tokens govern, or the preposition of such a word, or the word they are coordinated with,
    is one of the words: *vanuit de natuur bezien* (the phrase *vanuit de natuur* depends on *bezien*);
    *herstructurering of transformatie* (the second conjunct hangs on the first)."""
    inside = {t.i for t in tokens}
    for tok in tokens:
        if tok.dep_ == "conj" and tok.head.i not in inside and tok.head.lower_ in words:
            return True
        for child in tok.children:
            if child.i in inside:
                continue
            if child.lower_ in words or any(c.dep_ == "case" and c.lower_ in words for c in child.children):
                return True
    return False


def states_exception(tokens: list[Token]) -> bool:
    """The sentence of the tokens says when the reservation does not hold, or on what condition it holds: a word of
    exception after them (*tenzij*, *behalve*, *maar*, *mits*, *uitgezonderd*), or a clause of condition (*als*,
    *indien*, *wanneer*) on the verb of their clause. *Bouwen is hier in principe niet toegestaan, tenzij het college
    een ontheffing geeft* already gives what the advice asks for. A reservation in the conditional (*zou*,
    *zouden*) is hypothetical, 'in theory': there is no exception to name."""
    last = max(tokens, key=lambda t: t.i)
    doc, sent = last.doc, last.sent
    exceptions = word_set("grammatica", "exception_words")
    if any(t.lower_ in exceptions for t in doc[last.i + 1 : sent.end]):
        return True
    path = {t.i for t in _clause_path(tokens)}
    # a reservation in the conditional is hypothetical: *zouden in principe moeten kunnen* says 'in theory'
    hypothetical = word_set("grammatica", "hypothetical_auxiliaries")
    if any(t.lower_ in hypothetical and t.pos_ == "AUX" and (t.i in path or t.head.i in path) for t in sent):
        return True
    marks = word_set("grammatica", "condition_marks")
    if any(
        t.dep_ == "mark" and t.lower_ in marks and t.head.head.i in path and t.head.i not in path
        for t in sent
    ):
        return True
    # a clause of condition that opens the sentence conditions the main clause after its comma (*Als aan de
    # voorwaarden wordt voldaan, vormen de eisen in beginsel geen belemmering*), however the parse hangs it
    words = [t for t in sent if not t.is_space]
    first = min(tokens, key=lambda t: t.i)
    comma = next((t.i for t in words if t.text == ","), None)
    if bool(words) and words[0].lower_ in marks and comma is not None and comma < first.i:
        return True
    return _next_sentence_departs(sent)


def _next_sentence_departs(sent) -> bool:
    """The next sentence of the same paragraph says one may depart from the reservation or names its exception
    (*De eisen gelden in principe voor elk plan. Hier kan van worden afgeweken, mits ...*), or opens with *maar*."""
    doc = sent.doc
    if sent.end >= len(doc) or "\n\n" in doc[sent.end - 1 : sent.end + 1].text_with_ws:
        return False
    nxt = [t for t in doc[sent.end].sent if not t.is_space]
    if not nxt or "\n\n" in doc[sent.end - 1 : nxt[0].i + 1].text:
        return False
    departs = word_set("grammatica", "deviation_words")
    if nxt[0].lower_ == "maar":
        return True
    return any(t.lower_ in departs or t.lemma_.lower() in departs for t in nxt)


def next_word_is(tokens: list[Token], classes: tuple[str, ...]) -> bool:
    """The word right after the tokens (in their sentence) has one of these word classes: *significant negatieve*.
    An adjective in brackets right after them is an aside inside the noun phrase, and the word after the brackets
    is the next word: in *de feitelijke (ruimtelijke) situatie*, *feitelijke* goes with the noun *situatie*."""
    last = max(tokens, key=lambda t: t.i)
    doc, end = last.doc, last.sent.end
    k = last.i + 1
    if k < end and doc[k].text == "(":
        close = next(
            (j for j in range(k + 1, min(end, k + 2 + BRACKETED_ADJECTIVES)) if doc[j].text == ")"), None
        )
        inside = doc[k + 1 : close] if close else []
        if (
            inside
            and all(t.pos_ in ("ADJ", "ADV", "CCONJ") or t.text == "," for t in inside)
            and inside[0].pos_ == "ADJ"
        ):
            k = close + 1
    if k >= end:
        return False
    # a noun that is the particle of a separable verb (*vindt primair plaats*) belongs to the verb, not to the word;
    # a finite verb the tagger read as a noun (*op basis van bovenstaande concluderen wij*) is a verb
    after = doc[k]
    if after.pos_ == "NOUN" and verb_read_as_noun(after):
        return "VERB" in classes
    return after.pos_ in classes and not (after.pos_ == "NOUN" and after.dep_ == "compound:prt")
