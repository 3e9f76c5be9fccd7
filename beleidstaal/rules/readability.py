"""Readability (BT701) per paragraph, and rare long words (BT601).

BT701 compares each paragraph with the document as a whole (the figures of ``beleidstaal.stats``): a paragraph that
is much harder to read than the rest, or much longer than ``LONG_PARAGRAPH_WORDS``, gets a finding on its first
sentence. BT601 marks long words that are rare in Dutch (wordfreq) and are not a plain compound of two common
words, once per document; it is an info-level hint.
"""

from __future__ import annotations

import re

from .common import char_span
from .registry import Rule, RuleContext, register

LONG_PARAGRAPH_WORDS = 150
MIN_PARAGRAPH_WORDS = 30
#: a paragraph this much harder than the document (taalniveau steps, or Flesch-Douma points) is flagged
LEVEL_GAP = 1.0
DOUMA_GAP = 20.0
#: taalniveau B1 asks for sentences of 15 words on average: sentences of that length or shorter are no reason to call
#: a paragraph hard, however short the other sentences are
B1_MEAN_SENTENCE_WORDS = 15
RARE_WORD_LENGTH = 12
RARE_WORD_ZIPF = 2.0
COMMON_PART_ZIPF = 3.5
LINKING = ("s", "e", "en")


#: a field of a data record: a short label, a colon, a value, up to the next comma (*datum: 3-4-2020, hoogte: 2,5*)
_FIELD = re.compile(r"(?:^|[,;]\s+)[^\W\d][\w .()/-]{0,30}:\s")
#: this many fields make a paragraph a data record (a boring log, a list of measures), not prose to read
MIN_FIELDS = 4


def is_data_record(text: str) -> bool:
    """A paragraph of *label: value* fields is a record, not prose: no readability finding on it."""
    fields = len(_FIELD.findall(text))
    return fields >= MIN_FIELDS and fields * 8 >= len(text.split())


#: a bibliography entry: a surname (with *de*, *van der*), a comma, initials, and a year soon after (*Bakker, J.P.
#: en M. de Vries, 2019.*, *Vries, M. de (2019)*)
_REFERENCE = re.compile(
    r"^\W{0,3}[A-Z][\w'’-]+(?: [a-z]{1,3}){0,2},\s(?:[A-Z][a-z]?\.\s?){1,4}[^\n]{0,80}?\(?\b(?:1[89]|20)\d\d[a-z]?\b"
)


def is_reference(text: str) -> bool:
    """A paragraph or list item that is a literature reference (author, initials, year, title, publisher) is a
    record for finding the source, not prose: no readability finding on it."""
    return _REFERENCE.match(text) is not None


def _sentence(parts: list[str]) -> str:
    """*Schrijf kortere zinnen, kies gewone woorden en zeg wie iets doet.*"""
    text = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} en {parts[-1]}"
    return text[:1].upper() + text[1:] + "."


#: a list item's letter or number that the parser may read as a sentence of its own (*a.*, *12.*, *b)*, *iv.*), in
#: plain text with the item's bullet before it
LIST_LABEL = re.compile(r"[-*•]?\(?(?:[a-z]|[0-9]{1,3}|[ivx]{1,4})[.)]", re.IGNORECASE)


def _first_sentence_span(ap):
    """The paragraph's first sentence, where a paragraph finding is shown; a list item's letter or number read as a
    sentence of its own is passed over (the finding starts at the item's text)."""
    sents = list(ap.doc.sents)
    if not sents:
        return ap.offset, ap.offset
    tokens = [t for t in sents[0] if not t.is_space]
    if len(sents) > 1 and LIST_LABEL.fullmatch("".join(t.text for t in tokens)):
        tokens = [t for t in sents[1] if not t.is_space] or tokens
    return char_span(tokens or [sents[0][0]], ap.offset)


def _readability(analysis, ctx: RuleContext):
    from ..stats import LEVELS, SKIPPED_KINDS, analysis_stats

    stats = analysis_stats(analysis)
    doc = stats.document
    counted = [p for p in stats.paragraphs if p.kind not in SKIPPED_KINDS]
    for ap, pf in zip(analysis.paragraphs, stats.paragraphs, strict=True):
        fig = pf.figures
        if pf.kind in SKIPPED_KINDS or fig.words < MIN_PARAGRAPH_WORDS:
            continue
        if is_data_record(ap.doc.text) or is_reference(ap.doc.text):
            continue
        start, end = _first_sentence_span(ap)
        if fig.words > LONG_PARAGRAPH_WORDS:
            yield READABILITY.finding(
                start, end,
                f"Deze alinea is lang: {fig.words} woorden (meer dan {LONG_PARAGRAPH_WORDS}). Lange alinea's "
                "schrikken af. Verdeel de tekst in kortere alinea's, met één onderwerp per alinea en een duidelijke "
                "eerste zin.",
                advice=["Verdeel deze alinea in twee of drie kortere alinea's."],
                data={"words": fig.words, "kind": "lengte"},
            )  # fmt: skip
        if len(counted) < 2:
            continue
        harder = (
            fig.level_score - doc.level_score >= LEVEL_GAP or doc.flesch_douma - fig.flesch_douma >= DOUMA_GAP
        )
        if harder and LEVELS.index(fig.level) > LEVELS.index(doc.level) - 1 and fig.level != "A2":
            # each cause with the advice that answers it: short sentences need no advice to shorten them
            reasons, advice = [], []
            if fig.mean_sentence_length > max(doc.mean_sentence_length + 3, B1_MEAN_SENTENCE_WORDS):
                reasons.append(f"langere zinnen ({fig.mean_sentence_length:.0f} woorden gemiddeld)")
                advice.append("schrijf kortere zinnen")
            if fig.rare_share > doc.rare_share + 0.03:
                reasons.append(f"meer moeilijke woorden ({fig.rare_share:.0%})")
                advice.append("kies gewone woorden")
            if fig.nominalisations_per_100 > doc.nominalisations_per_100 + 10:
                reasons.append("meer zelfstandig gemaakte werkwoorden")
                advice.append("zeg het met werkwoorden")
            if fig.passives_per_100 > doc.passives_per_100 + 10:
                reasons.append("meer zinnen in de lijdende vorm")
                advice.append("zeg wie iets doet")
            if not reasons:
                continue  # harder only by its long words (often names and terms): nothing the writer can change
            why = f" Deze alinea heeft {', '.join(reasons)}."
            todo = _sentence(advice)
            # The level weighs five measures, Flesch-Douma only one: the two are said apart, so that a reader
            # does not hold one paragraph's score against another's level.
            levels = f" Taalniveau {fig.level}, de hele tekst {doc.level}." if fig.level != doc.level else ""
            yield READABILITY.finding(
                start, end,
                f"Deze alinea is veel moeilijker dan de rest van de tekst: Flesch-Douma {round(fig.flesch_douma)}, "
                f"de hele tekst {round(doc.flesch_douma)} (hoe lager, hoe moeilijker).{levels}{why} {todo}",
                advice=[todo],
                data={"level": fig.level, "document_level": doc.level, "flesch_douma": fig.flesch_douma,
                      "kind": "niveau"},
            )  # fmt: skip


def is_transparent_compound(word: str) -> bool:
    """A compound of two common words (*woningbouwlocaties*: *woningbouw* + *locaties*) is not a rare word."""
    from ..language.grammar import stem_to_infinitive, zipf  # here, not at the top: explain stays fast

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
        if is_transparent_compound(low) or _form_of_common_verb(low):
            continue
        yield t


def _form_of_common_verb(low: str) -> bool:
    """A participle (*afgesplitste*) or a nominalisation (*structurering*) of a verb that is not rare itself: the
    reader knows the verb, so the word is not hard (BT201 reports a heavy nominalisation)."""
    from ..language.grammar import infinitive_from_participle, zipf
    from ..language.nominal_verb import noun_verb
    from ..language.passive import looks_like_participle

    for form in (low, low[:-1] if low.endswith("e") else None):
        if form and looks_like_participle(form):
            verb = infinitive_from_participle(form)
            if verb and zipf(verb) >= RARE_WORD_ZIPF:
                return True
    found = noun_verb(low)
    return found is not None and not found[1] and zipf(found[0]) >= RARE_WORD_ZIPF


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
        summary="alinea's die veel moeilijker of langer zijn dan de rest van de tekst", scope="document",
        title="Moeilijke of lange alinea",
        what=f"Meet per alinea en voor de hele tekst: woorden, zinnen, gemiddelde zinslengte, Flesch-Douma, het "
        f"deel moeilijke woorden, en zelfstandig gemaakte werkwoorden en lijdende vormen per 100 zinnen. Daaruit "
        f"schat de regel het taalniveau (A2, B1, B2, C1). Een alinea die veel moeilijker is dan de rest, met "
        f"langere zinnen, meer moeilijke woorden, meer zelfstandig gemaakte werkwoorden of meer lijdende vormen, of "
        f"een alinea van meer dan {LONG_PARAGRAPH_WORDS} woorden, krijgt een melding. Een bronvermelding (auteur, "
        f"voorletters, jaar) is geen lopende tekst en krijgt geen melding. Alle cijfers: beleidstaal stats BESTAND.",
        why="De overheid schrijft voor iedereen, en de meeste mensen lezen het liefst op taalniveau B1. Eén "
        "moeilijke alinea kan de lezer al laten afhaken. Een lange alinea zonder witruimte schrikt af.",
        bad=[
            "De gemeente helpt u graag. Wij sturen u een brief.\n\n"
            "In het kader van de implementatie van de herziene beleidsuitgangspunten ten aanzien van de "
            "integrale toegang tot maatschappelijke ondersteuning wordt door de gemeente in samenwerking met "
            "ketenpartners geïnvesteerd in de doorontwikkeling van gebiedsgerichte samenwerkingsverbanden, "
            "teneinde een optimale afstemming van het voorzieningenniveau op de ondersteuningsbehoefte van "
            "kwetsbare inwoners te realiseren.\n\n"
            "Heeft u vragen? Bel ons dan."
        ],
        good=["Wij helpen u graag. Heeft u vragen? Bel ons dan op werkdagen. Of stuur ons een bericht via de "
              "website. Wij antwoorden binnen twee dagen."],
        check=_readability, extra=_method,
    )
)  # fmt: skip

DIFFICULT_WORD = register(
    Rule(
        code="BT601", name="moeilijk-woord", category="moeilijk-woord", severity="info",
        # only when asked for: blind sheet (issue #16) 3/16 = 0.19 strict, dev 9/17 = 0.53; a long, rare word is
        # often a transparent compound or a term the reader knows (kippenmesterij, bluswatervoorziening)
        opt_in=True,
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
