"""Sentence length (BT401, BT402): sentences over 25 words, and over 40 words (both configurable), as tips; BT404:
one document-level finding when too many sentences are long."""

from __future__ import annotations

from ..language.reading_units import unit_words
from ..language.words import columns, date_words, is_word, word_count, word_mask
from ..limits import MAX_PARAGRAPH_CHARS
from ..numbers import dutch_number
from .common import share_finding
from .registry import Rule, RuleContext, one_pass, register
from .sentence_shape import shape, shape_words

#: a sentence at most this many words over the limit is *just* over it. Editors of government texts judged such a
#: sentence not worth splitting when its parts are short (a colon and a list, three parallel questions split by
#: commas): on the judged real-text sheets (bench/quality/real) 5 of 10 findings of 26-27 words were right, 37 of 40
#: of 28 words or more
NEAR_LIMIT_WORDS = 2
#: ... and a stretch of at most this many words without a comma, colon, semicolon, dash or bracket is a part the
#: reader takes in at once: taalniveau B1 asks for sentences of at most about 20 words
STRETCH_WORDS = 20
BREAKS = frozenset(",;:()[]–—")
#: a sentence at most this many words over the limit is near it: it is reported unless it is one plain clause made
#: long by an enumeration (``sentence_shape``). On the judged sheets (bench/quality/real, task long30) such sentences
#: of 26 to 29 words were wrong each time, while plain clauses without an enumeration were right 12 times in 16: a
#: plain clause long by stacked phrases is worth a finding, so only the enumeration is left out
NEAR_BAND_WORDS = 4


def longest_stretch(sent) -> int:
    """The most words in a row without a break in the sentence (a comma, colon, semicolon, dash or bracket)."""
    longest = run = 0
    for t in sent:
        if t.text in BREAKS or (t.text == "-" and t.whitespace_):
            run = 0
        elif is_word(t):
            run += 1
            longest = max(longest, run)
    return longest


#: a quotation of at least this many words inside a sentence is cited text (a definition, an article of law): the
#: writer may not shorten it, so its words do not count towards the sentence's length. A shorter quotation is a
#: title or a word the text talks about, and counts
QUOTED_WORDS = 10


def quoted_words(sent) -> int:
    """The words inside quotations of at least ``QUOTED_WORDS`` words in the sentence (*De provincie verstaat
    daaronder: 'het bestaand stedenbouwkundig stelsel van bebouwing, ...'*)."""
    from ..language.names import CLOSING_QUOTES, OPENING_QUOTES

    total = 0
    inside: int | None = None
    text, mask = columns(sent.doc).text, word_mask(sent.doc)  # no Token for every word
    for i in range(sent.start, sent.end):
        if inside is None:
            if text[i] in OPENING_QUOTES:
                inside = 0
        elif text[i] in CLOSING_QUOTES:
            total += inside if inside >= QUOTED_WORDS else 0
            inside = None
        elif mask[i]:
            inside += 1
    return total


#: marks that open a citation after a colon: quotation marks, and Markdown emphasis in the source
CITATION_OPENERS = ("“", '"', "‘", "'", "„")
EMPHASIS_MARKS = ("*", "_")


def cited_after_colon(sent, offset: int, document) -> int:
    r"""The words of a citation that a colon introduces and that runs to the end of the sentence: after an opening
    quotation mark that is never closed in the sentence (*de definitie uit het besluit gebruikt: “bestaand ...*), or
    in emphasis in the source (*omschreven als: \*de gronden ...\**), or after *gedefinieerd als:* or *omschreven
    als:* (a definition quoted without marks), when it has at least ``QUOTED_WORDS`` words.
    A closed quotation is counted by ``quoted_words``."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None:
        return 0
    rest = [t for t in sent.doc[colon.i + 1 : sent.end] if not t.is_space]
    words = sum(1 for t in rest if is_word(t))
    if words < QUOTED_WORDS:
        return 0
    from ..language.quotation import DEFINING_PARTICIPLES  # here: listing the rules stays fast

    doc = sent.doc
    if (
        colon.i - 2 >= sent.start
        and doc[colon.i - 1].lower_ == "als"
        and doc[colon.i - 2].lower_ in DEFINING_PARTICIPLES
    ):
        return words  # *is gedefinieerd als: de gronden die ...*: the regulation's definition (``quoted_blocks``)
    if rest[0].text in CITATION_OPENERS:
        closers = {"“": "”", "‘": "’", "„": "”"}.get(rest[0].text, rest[0].text)
        return 0 if any(t.text == closers for t in rest[1:]) else words
    start = document.source_offset(offset + colon.idx + 1)
    end = document.source_offset(offset + rest[-1].idx + len(rest[-1].text), end=True)
    source = document.source
    cited = source[start:end].strip()
    if cited[:1] in EMPHASIS_MARKS and source[end : end + 3].lstrip(".;").startswith(EMPHASIS_MARKS):
        return words
    if cited[:1] in EMPHASIS_MARKS and cited.rstrip(".;")[-1:] in EMPHASIS_MARKS:
        return words
    return 0


def short_name_words(sent) -> int:
    """The words inside brackets that open with *hierna*, *verder* or *afgekort* (*(hierna: 'de Visie')*), and
    inside brackets at the end of the sentence that open with *zie* (*... aangeduid als rand (zie afbeelding 5).*):
    a pointer to another place that the reader reads after the sentence, not in it. In the middle of a sentence it
    breaks a clause the reader holds (*de regels (zie bijlage 3) die al gelden*), and it counts."""
    if "(" not in columns(sent.doc).text[sent.start : sent.end]:
        return 0  # no bracket: no Token for every word
    total = 0
    words = list(sent)
    for k, t in enumerate(words[:-1]):
        opener = words[k + 1].lower_
        if t.text != "(" or (opener not in shape_words("short_name_openers") and opener != "zie"):
            continue
        inside = 0
        for j in range(k + 1, min(k + 12, len(words))):
            w = words[j]
            if w.text == ")":
                last = opener != "zie" or all(x.is_punct or x.is_space for x in words[j + 1 :])
                total += inside if last else 0
                break
            inside += is_word(w)
    return total


def label_words(sent) -> int:
    """The words of a list label that runs into its sentence without a full stop (*- Samenwerking door overleg Het
    plan is ...*): a capitalised article or pronoun after a lower-case noun, with no finite verb before it and one
    after it, opens the sentence; the words before it are a heading, not part of it. Not a name (*uit De Bilt*,
    *bij Het Gooi*): the word before it is no preposition and the word after it is lower case or an acronym."""
    # the label ends within the first 14 words, and the test reads at most 5 words after it: no Token for the rest
    words = list(sent.doc[sent.start : min(sent.end, sent.start + 20)])
    for k in range(2, min(len(sent) - 2, 14)):
        t, prev, nxt = words[k], words[k - 1], words[k + 1]
        if "Fin" in prev.morph.get("VerbForm"):
            return 0
        if not (
            t.text[:1].isupper() and t.pos_ in ("DET", "PRON") and prev.text[:1].islower() and prev.is_alpha
        ):
            continue
        if prev.pos_ in ("ADP", "DET", "CCONJ", "SCONJ") or not (nxt.text.islower() or nxt.text.isupper()):
            return 0
        if any("Fin" in w.morph.get("VerbForm") for w in words[k + 1 : k + 6]):
            return sum(1 for w in words[:k] if is_word(w))
        return 0
    return 0


def clauses_within(sent, limit: int) -> bool:
    """A semicolon joins main clauses that each stay within the limit (*Het plan bevat geen grens; wel geldt ...*):
    each part has a finite verb of its own, so the reader takes them as two sentences, as after a full stop. A part
    without a verb (*...; een groot deel van de mensen*) is no clause of its own: the sentence stays one."""
    if ";" not in columns(sent.doc).text[sent.start : sent.end]:
        return False  # one part: no Token for every word
    parts: list[list] = [[]]
    for t in sent:
        if t.text == ";":
            parts.append([])
        else:
            parts[-1].append(t)
    parts = [p for p in parts if any(is_word(t) for t in p)]
    if len(parts) < 2:
        return False
    return all(
        any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in p)
        and sum(1 for t in p if is_word(t)) <= limit
        for p in parts
    )


def _long_sentences(analysis, ctx: RuleContext):
    limit = ctx.config.max_sentence_words
    very = max(limit + 1, ctx.config.very_long_sentence_words)
    for sent, offset in analysis.sentences():
        n = word_count(sent)
        if n <= limit:
            continue
        # the writer's own words: a cited definition or article cannot be split
        own = (
            n
            - (quoted_words(sent) or cited_after_colon(sent, offset, analysis.document))
            - date_words(sent)
            - label_words(sent)
            - short_name_words(sent)
        )
        # a unit of several words (*70 meter*, *artikel 3.1, tweede lid*) decides whether the sentence is long at
        # all; whether it is *very* long is told by the other words, as before (measured after blind9, long13)
        units = unit_words(sent)
        if own - units <= limit or clauses_within(sent, limit):
            continue
        if (
            limit >= STRETCH_WORDS
            and own - units <= limit + NEAR_LIMIT_WORDS
            and longest_stretch(sent) <= STRETCH_WORDS
        ):
            continue  # just over the limit, in short parts: it reads as a row of short sentences
        form = shape(sent) if own <= very else None
        if form is not None and own - units <= limit + NEAR_BAND_WORDS and not form.hard and form.enumeration:
            continue  # just over the limit, one plain clause made long by an enumeration (names, places, dates)
        start = offset + sent[0].idx
        last = sent[-1]
        while last.is_space and last.i > sent.start:
            last = sent.doc[last.i - 1]
        end = offset + last.idx + len(last.text)
        if own > very:
            yield VERY_LONG.finding(
                start, end,
                f"Deze zin heeft {n} woorden. Dat is heel lang: de lezer raakt de draad kwijt. "
                "Maak er twee of drie zinnen van, met één boodschap per zin.",
                data={"words": n, "first_words": _first_words(sent)},
            )  # fmt: skip
        else:
            why = (
                f"{form.reason} {form.advice}"
                if form is not None and form.reason
                else ("Splits de zin in twee kortere zinnen.")
            )
            yield LONG.finding(
                start, end,
                f"Deze zin heeft {n} woorden (meer dan {limit}). {why}",
                data={"words": n, "first_words": _first_words(sent)},
            )  # fmt: skip


def _first_words(sent, count: int = 6) -> str:
    """The first words of a sentence (``is_word``), read from the paragraph's word mask and columns: no Token for
    every word of a long sentence."""
    mask, text = word_mask(sent.doc), columns(sent.doc).text
    first: list[str] = []
    for i in range(sent.start, sent.end):
        if mask[i]:
            first.append(text[i])
            if len(first) == count:
                break
    return " ".join(first)


_LIMIT = dutch_number(MAX_PARAGRAPH_CHARS)
_only = one_pass(_long_sentences)


LONG = register(
    Rule(
        code="BT401", name="lange-zin", category="zinslengte", severity="info",
        summary="zinnen van meer dan 25 woorden",
        title="Lange zin",
        what="Vindt zinnen van meer dan 25 woorden (instelling max-sentence-words). Een zin die maar 1 of 2 woorden te "
        "lang is, telt alleen als er een stuk van meer dan 20 woorden zonder komma, dubbele punt, puntkomma, "
        "streepje of haakje in staat: een zin die uit korte delen bestaat, leest als een rij korte zinnen. Een "
        "letterlijk citaat van 10 woorden of meer tussen aanhalingstekens telt niet mee: dat mag de schrijver niet "
        "inkorten. Dat geldt ook voor een citaat na een dubbele punt dat tot het eind van de zin loopt, cursief of "
        "na een aanhalingsteken dat niet wordt gesloten. Een datum als '3 mei 2021' telt als één woord. Zo telt ook een getal "
        "met een maat ('70 meter', '6 weken') als één woord, een verwijzing naar een wetsartikel ('artikel "
        "3.1.6, tweede lid, onder c, Bro') en een kadastrale aanduiding ('sectie H, nummers 860, 1050 en 1051'). Voor BT402 (zeer lange zin) tellen die woorden wel apart. Een korte naam "
        "tussen haakjes, zoals '(hierna: de Visie)', telt niet mee, en ook een verwijzing tussen haakjes aan het "
        "eind van de zin niet, zoals '(zie afbeelding 5)': die leest de lezer na de zin. Twee "
        "hoofdzinnen met elk een eigen werkwoord, gescheiden door een puntkomma, tellen elk apart. Een zin die 1 tot "
        f"{NEAR_BAND_WORDS} woorden te lang is, telt ook niet als hij maar één eenvoudige hoofdzin is die vooral lang "
        "wordt door een opsomming (zoals van namen, plaatsen of data) of een lijst na een dubbele punt. De melding "
        "zegt waar het kan waarom de zin moeilijk is: twee boodschappen in één zin (verbonden met bijvoorbeeld 'en' of "
        "'maar'), de hoofdzaak die pas laat komt, een tussenzin of een stuk tussen haakjes of komma's tussen het "
        "onderwerp en het werkwoord, of geen werkwoord.",
        why="Een lange zin vraagt veel van het geheugen van de lezer. Voor taalniveau B1 is een zin gemiddeld "
        "hooguit 15 woorden; boven de 25 haken veel lezers af.",
        bad=[
            "In het kader van de uitvoering van het nieuwe beleid wordt door de gemeente in samenwerking met de "
            "betrokken partners in de regio de komende jaren ingezet op het verbeteren van de aansluiting tussen "
            "onderwijs en arbeidsmarkt."
        ],
        good=["De gemeente wil dat onderwijs en werk beter aansluiten. Daaraan werkt zij de komende jaren samen met "
              "partners in de regio."],
        check=_only("BT401"),
    )
)  # fmt: skip

VERY_LONG = register(
    Rule(
        code="BT402", name="zeer-lange-zin", category="zinslengte", severity="info",
        summary="zinnen van meer dan 40 woorden",
        title="Zeer lange zin",
        what="Vindt zinnen van meer dan 40 woorden (instelling very-long-sentence-words).",
        why="Zo'n zin lezen veel mensen twee keer, of ze haken af. Splits hem in korte zinnen met één boodschap.",
        bad=[
            "Gelet op de ontwikkelingen in het sociaal domein, waarbij de gemeente steeds meer taken heeft gekregen "
            "en de middelen daarvoor niet in gelijke mate zijn meegegroeid, is het noodzakelijk dat er in de komende "
            "periode keuzes worden gemaakt over de inzet van de beschikbare middelen en de manier waarop de "
            "dienstverlening aan inwoners wordt vormgegeven."
        ],
        good=["De gemeente heeft meer taken gekregen, maar niet genoeg geld erbij. Daarom moeten we kiezen. Waar "
              "geven we het geld aan uit? En hoe helpen we inwoners het best?"],
        check=_only("BT402"),
    )
)  # fmt: skip


#: Yoast's readability check (for Dutch as for English): at most 25% of the sentences longer than 20 words
LONG_SHARE_WORDS = 20
LONG_SHARE = 0.25


def _long_share(analysis, ctx: RuleContext):
    yield from share_finding(
        LONG_SHARE_RULE, analysis, lambda sent, offset: word_count(sent) > LONG_SHARE_WORDS, LONG_SHARE,
        f"heeft meer dan {LONG_SHARE_WORDS} woorden", "streef naar hooguit",
        "Maak van een lange zin twee of drie korte, met één boodschap per zin. Begin bij de langste zinnen.",
    )  # fmt: skip


LONG_SHARE_RULE = register(
    Rule(
        code="BT404", name="veel-lange-zinnen", category="zinslengte", severity="warning", scope="document",
        summary="meer dan 25% van de zinnen langer dan 20 woorden (één melding per document)",
        title="Veel lange zinnen",
        what="Telt hoeveel zinnen meer dan 20 woorden hebben. Is dat meer dan 25% van de zinnen, dan komt er één "
        "melding voor het hele document, op de eerste lange zin. Koppen, tabellen en aangehaalde tekst tellen niet "
        "mee. Een tekst van minder dan 10 zinnen krijgt deze melding niet. Ligt het aandeel maar 1 procent boven de "
        "grens, dan is de "
        "melding een tip in plaats van een waarschuwing.",
        why="Eén lange zin is niet erg, veel lange zinnen wel: de lezer raakt moe en haakt af. De grens komt van "
        "Yoast, een leesbaarheidscontrole die veel webredacteuren kennen: hooguit een kwart van de zinnen langer "
        "dan 20 woorden. Voor taalniveau B1 is een zin gemiddeld hooguit 15 woorden. Een losse lange zin (BT401, "
        "BT402) is daarom alleen een tip.",
        bad=["Wij hebben uw aanvraag voor een vergunning om een dakkapel te bouwen aan de achterkant van uw woning "
             "aan de Dorpsstraat in goede orde ontvangen. " * 3 + "Wij kijken ernaar. " * 7],
        good=["Wij hebben uw aanvraag ontvangen. " * 10],
        check=_long_share,
    )
)  # fmt: skip


def _too_long_paragraphs(analysis, ctx: RuleContext):
    for ap in analysis.paragraphs:
        words = ap.doc.user_data.get("too_long")
        if words:
            start = ap.paragraph.start
            end = min(ap.paragraph.end, start + 200)
            yield TOO_LONG.finding(
                start,
                end,
                f"Deze alinea heeft {words} woorden zonder witregel. Dat is te lang om te controleren en te lang "
                "om te lezen. Verdeel de tekst in alinea's.",
                data={"words": words},
            )


TOO_LONG = register(
    Rule(
        code="BT403", name="te-lange-alinea", category="zinslengte", severity="warning",
        summary=f"een alinea die te lang is om te controleren (meer dan {_LIMIT} tekens)", scope="paragraph",
        title="Te lange alinea",
        what=f"Meldt een alinea van meer dan {_LIMIT} tekens. beleidstaal controleert zo'n alinea niet.",
        why="Een tekst zonder witregels is niet te lezen. Vaak is het een fout bij het omzetten van een bestand.",
        bad=["(een alinea van tienduizenden woorden)"],
        good=["Alinea's van hooguit tien zinnen, met een witregel ertussen."],
        check=_too_long_paragraphs,
    )
)  # fmt: skip
