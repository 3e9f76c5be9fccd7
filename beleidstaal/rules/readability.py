"""Readability (BT701) per paragraph, and rare long words (BT601).

BT701 marks a paragraph longer than ``LONG_PARAGRAPH_WORDS`` words, on its first sentence. (It used to mark a
paragraph "much harder than the rest" too; on real text that was never right: it fired on short paragraphs of one
hard sentence, which BT401/BT402 and the word rules already cover. ``beleidstaal stats`` still shows the level of
every paragraph.) BT601 marks long words that are rare in Dutch (wordfreq) and are not a plain compound of two common
words, once per document; it is an info-level hint.
"""

from __future__ import annotations

from .common import char_span
from .registry import Rule, RuleContext, register

LONG_PARAGRAPH_WORDS = 150
RARE_WORD_LENGTH = 12
RARE_WORD_ZIPF = 2.0
COMMON_PART_ZIPF = 3.5
LINKING = ("s", "e", "en")


def _first_sentence_span(ap):
    sents = list(ap.doc.sents)
    if not sents:
        return ap.offset, ap.offset
    tokens = [t for t in sents[0] if not t.is_space]
    return char_span(tokens or [sents[0][0]], ap.offset)


def _readability(analysis, ctx: RuleContext):
    from ..stats import SKIPPED_KINDS, analysis_stats

    stats = analysis_stats(analysis)
    for ap, pf in zip(analysis.paragraphs, stats.paragraphs, strict=True):
        fig = pf.figures
        if pf.kind in SKIPPED_KINDS or fig.words <= LONG_PARAGRAPH_WORDS:
            continue
        start, end = _first_sentence_span(ap)
        yield READABILITY.finding(
            start, end,
            f"Deze alinea is lang: {fig.words} woorden (meer dan {LONG_PARAGRAPH_WORDS}). Lange alinea's "
            "schrikken af. Verdeel de tekst in kortere alinea's, met één onderwerp per alinea en een duidelijke "
            "eerste zin.",
            advice=["Verdeel deze alinea in twee of drie kortere alinea's."],
            data={"words": fig.words, "kind": "lengte"},
        )  # fmt: skip


def is_transparent_compound(word: str) -> bool:
    """A compound of two common words (*woningbouwlocaties*: *woningbouw* + *locaties*) is not a rare word."""
    from ..language.grammar import stem_to_infinitive, zipf

    for i in range(3, len(word) - 3):
        left, right = word[:i], word[i:]
        if zipf(right) < COMMON_PART_ZIPF:
            continue
        if zipf(left) >= COMMON_PART_ZIPF or any(
            left.endswith(link) and zipf(left[: -len(link)]) >= COMMON_PART_ZIPF for link in LINKING
        ):
            return True
        # a verb stem as first part: parkeer-tarieven (parkeren), woon-wijk (wonen)
        if any(zipf(verb) >= COMMON_PART_ZIPF for verb in stem_to_infinitive(left)):
            return True
    return False


def rare_words(sent):
    from ..language.grammar import zipf

    for t in sent:
        low = t.lower_
        if len(low) < RARE_WORD_LENGTH or not low.isalpha() or t.pos_ in ("PROPN", "X", "SYM"):
            continue
        if max(zipf(low), zipf(t.lemma_.lower())) >= RARE_WORD_ZIPF:
            continue
        if is_transparent_compound(low):
            continue
        yield t


def _difficult_words(analysis, ctx: RuleContext):
    seen: set[str] = set()
    for sent, offset in analysis.sentences():
        for t in rare_words(sent):
            key = t.lemma_.lower() or t.lower_
            if key in seen:
                continue
            seen.add(key)
            start, end = char_span([t], offset)
            yield DIFFICULT_WORD.finding(
                start, end,
                f"'{t.text}' is een lang woord dat weinig voorkomt. Veel lezers kennen het niet. Leg uit wat het "
                "betekent, of zeg het met gewone woorden.",
                data={"word": t.text},
            )  # fmt: skip


def _method() -> str:
    from ..stats import METHOD

    return METHOD


READABILITY = register(
    Rule(
        code="BT701", name="leesbaarheid", category="leesbaarheid", severity="info",
        summary=f"alinea's van meer dan {LONG_PARAGRAPH_WORDS} woorden", scope="paragraph",
        title="Lange alinea",
        what=f"Vindt alinea's van meer dan {LONG_PARAGRAPH_WORDS} woorden. De melding staat op de eerste zin. Wilt "
        "u het taalniveau (A2, B1, B2, C1) en de andere cijfers van elke alinea zien? Gebruik dan beleidstaal stats "
        "BESTAND.",
        why="Een lange alinea zonder witruimte schrikt af. De lezer ziet niet waar een nieuw onderwerp begint en "
        "haakt eerder af.",
        bad=[
            "Vanaf 1 januari verandert de manier waarop u afval aanbiedt. De grijze container voor restafval komt "
            "nog maar één keer per vier weken. De groene container voor groente, fruit en tuinafval komt elke twee "
            "weken, en in de zomer elke week. Papier en karton brengt u naar de container bij de supermarkt, of u "
            "zet het in een doos aan de straat op de eerste dinsdag van de maand. Plastic, blik en pakken gaan in "
            "de oranje zak. Die zakken haalt u gratis op bij het gemeentehuis of bij de bibliotheek. Grof afval, "
            "zoals een bank of een kast, brengt u naar de milieustraat aan de Industrieweg. Dat is gratis tot vier "
            "keer per jaar. Wilt u dat wij het grof afval ophalen? Maak dan een afspraak via de website. Dat kost "
            "twintig euro per keer. Klein chemisch afval, zoals batterijen, verf en lampen, brengt u ook naar de "
            "milieustraat. Gooi het nooit bij het restafval. Heeft u vragen over de nieuwe regels? Kijk dan op de "
            "website of bel ons op werkdagen tussen negen en vijf uur. Wij helpen u graag."
        ],
        good=["Vanaf 1 januari verandert de manier waarop u afval aanbiedt. De grijze container komt nog één keer "
              "per vier weken.\n\nPapier brengt u naar de container bij de supermarkt. Plastic gaat in de oranje "
              "zak.\n\nHeeft u vragen? Bel ons dan op werkdagen."],
        check=_readability, extra=_method,
    )
)  # fmt: skip

DIFFICULT_WORD = register(
    Rule(
        code="BT601", name="moeilijk-woord", category="moeilijk-woord", severity="info",
        summary="lange woorden die weinig mensen kennen", scope="document",
        title="Lang en weinig gebruikt woord",
        what=f"Vindt lange woorden (vanaf {RARE_WORD_LENGTH} letters) die weinig voorkomen in het Nederlands, "
        "zoals 'beleidsinstrumentarium' en 'capaciteitsproblematiek'. Een samenstelling van twee gewone woorden "
        "telt niet. Elk woord krijgt één melding per tekst.",
        why="Lange, zeldzame woorden moet de lezer ontleden of opzoeken. Dat kost tijd, en veel lezers haken af.",
        bad=["Het beleidsinstrumentarium is ontoereikend."],
        good=["De gemeente heeft te weinig middelen om dit te regelen."],
        check=_difficult_words,
    )
)  # fmt: skip
