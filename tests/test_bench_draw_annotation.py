"""The draw of sentences for a hand-annotated set (bench/quality/draw_annotation.py): which text is prose, where a
sentence ends, which sentences are candidates."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality"))

import draw_annotation as draw  # noqa: E402

MARKDOWN = """---
title: Proef
---
# Kop die geen zin is

Dit is de eerste alinea, die over
twee regels loopt.

```
code die nooit meetelt.
```

| tabel | rij |
|---|---|

- Een punt van een lijst met genoeg woorden erin.
- **Let op**: het label voor de dubbele punt valt weg.

> Een aangehaalde regel staat hier.
"""


def test_paragraphs_skip_front_matter_code_headings_and_tables():
    found = [text for _, text in draw.paragraphs(MARKDOWN)]
    assert found == [
        "Dit is de eerste alinea, die over twee regels loopt.",
        "Een punt van een lijst met genoeg woorden erin.",
        "het label voor de dubbele punt valt weg.",
        "Een aangehaalde regel staat hier.",
    ]
    assert draw.paragraphs(MARKDOWN)[0][0] == 6  # the line where the paragraph starts


def test_sentences_do_not_end_after_an_abbreviation_or_one_letter():
    text = "De weg is o.a. Smal. Dat zegt J. Jansen ook. Het college besluit in mei."
    assert draw.sentences(text) == [
        "De weg is o.a. Smal.",
        "Dat zegt J. Jansen ook.",
        "Het college besluit in mei.",
    ]


def test_candidates_are_dutch_prose_sentences_of_six_to_sixty_words():
    assert draw.candidate("Het college neemt in het voorjaar een besluit over de subsidie.")
    assert not draw.candidate("Te kort voor een zin.")
    assert not draw.candidate("het begint met een kleine letter en dat telt niet mee.")
    assert not draw.candidate("Lees meer op https://example.org voor de regels van de gemeente.")
    assert not draw.candidate("This is the English text of the page and it is not Dutch at all.")
    assert not draw.candidate("Deze zin eindigt niet met een punt en telt dus niet mee")


def test_every_word_study_has_its_words_as_patterns_with_a_span():
    sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))
    import word_study

    examples = {
        "betreffende": "Wij bellen de betreffende bewoners.",
        "belemmering vormen": "Het geluid vormt geen belemmering voor de bouw.",
        "behorende bij": "De kaart behorende bij het plan.",
        "-opgave": "De woningbouwopgave is groot.",
        "opgave (taak)": "De gemeente staat voor een grote opgave.",
        "omstreeks": "De boerderij is omstreeks 1850 gebouwd.",
        "wooncarrière": "Jonge gezinnen willen hier hun wooncarrière maken.",
    }
    studies = word_study.STUDIES.values()
    patterns = {name: word.pattern for study in studies for name, word in study.words.items()}
    for name, sentence in examples.items():
        m = patterns[name].search(sentence)
        assert m and m.group(1) in sentence, name
    assert all(study.per_word > 0 and study.words for study in studies)


def test_study_words32_draws_each_sense_and_form_apart():
    sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))
    import word_study

    words = word_study.STUDIES["words32"].words

    def span(name: str, sentence: str) -> str | None:
        m = words[name].pattern.search(sentence)
        return m.group(1) if m else None

    # eventueel as an adverb and before an adjective or participle are two words with their own advice
    assert (
        span("eventueel (bijwoord)", "Het waterschap en eventueel de buurgemeenten lezen mee.") == "eventueel"
    )
    assert span("eventueel (bijwoord)", "Wij zoeken naar eventueel aanwezige vleermuizen.") is None
    assert span("eventueel aanwezige", "Wij zoeken naar eventueel aanwezige vleermuizen.") == "eventueel"
    assert span("eventueel aanwezige", "Kopers kunnen eventueel een warmtepomp kiezen.") is None
    # a count word the lists do not hold yet; tweetal to zestal are listed
    assert span("een elftal", "Op het erf komen een elftal woningen.") == "een elftal"
    assert span("een elftal", "Op het erf komen een tweetal woningen.") is None
    # the consolidated text of a regulation is a term: only the planners' sense is drawn
    assert span("consolideren", "Dit is een consoliderend plan voor de oude kern.") == "consoliderend"
    assert span("consolideren", "De geconsolideerde versie van de verordening geldt sinds maart.") is None
    assert (
        span("een relatie hebben met", "De besluiten kennen vaak een relatie met de wet.")
        == "kennen vaak een relatie met"
    )
    assert span("een relatie hebben met", "Het plan heeft gevolgen in relatie met de natuur.") is None
    assert (
        span("zo optimaal mogelijk", "Wij gebruiken de ruimte zo optimaal mogelijk.")
        == "zo optimaal mogelijk"
    )
    assert word_study.STUDIES["words32"].skip.search("Orde van grootte en complexiteit van het effect")


def test_study_words33_draws_each_sense_and_form_apart():
    sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))
    import word_study

    study = word_study.STUDIES["words33"]

    def span(name: str, sentence: str) -> str | None:
        if study.skip.search(sentence):
            return None
        m = study.words[name].pattern.search(sentence)
        return m.group(1) if m else None

    # voorziene as 'gepland' before its noun; not 'te voorziene' (foreseeable), not 'van ... voorziene' (provided
    # with), not the Bro definition of the built-up area
    assert span("voorziene (gepland)", "De voorziene woningen komen aan de dijk.") == "voorziene"
    assert span("voorziene (gepland)", "Dat zijn de redelijkerwijs te voorziene gevolgen.") is None
    assert span("voorziene (gepland)", "De van een plat dak voorziene schuur blijft staan.") is None
    assert span("voorziene (gepland)", "Hoe groot is de omvang van de voorziene school?") == "voorziene"
    assert span("voorziene (gepland)", "Het gebied met toegelaten en voorziene woonbebouwing.") is None
    assert span("voorgestane", "Het beleid dat de gemeente voorstaat, is streng.") == "voorstaat"
    assert (
        span("zo veel als mogelijk", "De bomen blijven zoveel als mogelijk staan.") == "zoveel als mogelijk"
    )
    assert span("zo veel als mogelijk", "Wij doen het zo goed als mogelijk is.") == "zo goed als mogelijk"
    # anderzijds alone; with enerzijds in the sentence the listed entry takes the pair
    assert span("anderzijds (zonder enerzijds)", "Anderzijds is de weg smal.") == "Anderzijds"
    assert (
        span("anderzijds (zonder enerzijds)", "Wij letten enerzijds op geld en anderzijds op natuur.") is None
    )
    assert span("focus", "De focus ligt op jonge gezinnen.") == "focus"
    assert span("focus", "Het focus-gebied is klein.") is None
    assert span("identificeren", "De risico's zijn geïdentificeerd.") == "geïdentificeerd"


def test_study_words34_draws_each_sense_and_form_apart():
    sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))
    import word_study

    study = word_study.STUDIES["words34"]
    assert study.no_reserved and study.dev_only and study.later == ("new35", "blind31")

    def span(name: str, sentence: str) -> str | None:
        if study.skip.search(sentence):
            return None
        m = study.words[name].pattern.search(sentence)
        return m.group(1) if m else None

    assert span("heeft als doel", "De nota heeft als doel de wijk groener te maken.") == "heeft als doel"
    assert span("heeft als doel", "Een regeling die dat als doel heeft, komt later.") == "als doel heeft"
    # 'als doel stellen' is another verb
    assert span("heeft als doel", "De provincie heeft zich als doel gesteld dat de lucht schoon is.") is None
    assert span("limitatief", "Het gaat om een niet-limitatieve opsomming.") == "niet-limitatieve"
    assert span("mede begrepen", "Onder wonen is een gastenverblijf mede begrepen.") == "mede begrepen"
    # the Bro's definition of the built-up area is the law's own wording
    assert span("mede begrepen", "Het gebied met toegelaten en voorziene woon- of bedrijfsbebouwing, waaronder "
                "mede begrepen de wegen.") is None  # fmt: skip
    # ten minste / ten hoogste before a number only: 'tenminste' as 'in any case' is another sense
    assert span("ten minste (getal)", "De tuin is ten minste 10 meter diep.") == "ten minste"
    assert span("ten minste (getal)", "Er komt tenminste één boom bij.") == "tenminste"
    assert span("ten minste (getal)", "Het gaat dan tenminste om de waterschappen.") is None
    assert span("ten hoogste (getal)", "De goot is ten hoogste 6 meter hoog.") == "ten hoogste"
    assert span("ten hoogste (getal)", "Dat is de ten hoogste toelaatbare waarde.") is None
    # the listed negative letter formula and the listed 'in de gelegenheid stellen' stay apart
    assert span("in de gelegenheid zijn", "Iedereen is dan in de gelegenheid een zienswijze te geven.") == (
        "is dan in de gelegenheid"
    )
    assert span("in de gelegenheid zijn", "Wij zijn niet in de gelegenheid dat te doen.") is None
    assert span("in de gelegenheid zijn", "De buurt is in de gelegenheid gesteld te reageren.") is None


def test_study_words35_draws_each_sense_and_form_apart():
    sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))
    import word_study

    study = word_study.STUDIES["words35"]
    assert study.no_reserved and study.dev_only and study.once and study.later == ("new36", "blind31")

    def span(name: str, sentence: str) -> str | None:
        if study.skip.search(sentence):
            return None
        m = study.words[name].pattern.search(sentence)
        return m.group(1) if m else None

    assert span("gehele", "Het gehele dorp doet mee.") == "gehele"
    assert study.words["gehele"].suggestion == "hele"
    assert span("vereist", "Voor de sloop is een vergunning vereist.") == "vereist"
    assert span("vereist", "Dit vereisen de regels.") == "vereisen"
    # planned homes, not a drawing's projection onto a plane
    assert span("geprojecteerd", "Aan de dijk zijn negen woningen geprojecteerd.") == "geprojecteerd"
    assert span("geprojecteerd", "De gevel wordt neerwaarts geprojecteerd op het maaiveld.") is None
    assert span("verwoord", "Het beleid is verwoord in de nota.") == "verwoord"
    # the passive of volstaan has its own finding (a passive rule): only the active verb is drawn
    assert span("volstaan", "In dat geval volstaat een melding.") == "volstaat"
    assert span("volstaan", "Er kan worden volstaan met een melding.") is None
    assert span("volstaan", "Volstaan kan worden met een melding.") is None
    assert span("naastgelegen", "De naastgelegen woning blijft staan.") == "naastgelegen"
    assert span("constateren", "Wij hebben geen vervuiling geconstateerd.") == "geconstateerd"
    assert span("o.a.", "Er komen o.a. twee bomen bij.") == "o.a."
    assert span("o.a.", "Het bedrijf foo.a.b levert stroom.") is None
    # the listed 'gezien het voorgaande' and 'op basis van het voorgaande' keep their own findings
    assert span("voorgaande", "In de voorgaande paragrafen staan de regels.") == "voorgaande"
    assert span("voorgaande", "Gezien het voorgaande is het plan uitvoerbaar.") is None


def test_study_words36_draws_each_word_and_leaves_the_terms_out():
    sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))
    import word_study

    study = word_study.STUDIES["words36"]
    assert study.no_reserved and study.dev_only and study.once and study.later == ("new37", "blind32")
    assert study.seed == 3636 and study.per_word == 16

    def span(name: str, sentence: str) -> str | None:
        if study.skip.search(sentence):
            return None
        m = study.words[name].pattern.search(sentence)
        return m.group(1) if m else None

    assert span("waarbinnen", "Er is een zone waarbinnen niet gebouwd mag worden.") == "waarbinnen"
    assert study.words["waarbinnen"].suggestion == "waarin"
    assert span("etc.", "Er komen bomen, struiken etc. langs de weg.") == "etc."
    assert study.words["etc."].suggestion == "enzovoort"
    # not inside another word or abbreviation
    assert span("etc.", "De map /etc/hosts is leeg.") is None
    assert span("etc.", "Het bedrijf Fetcher levert de data.") is None
    assert span("regulier", "De recreatiewoningen worden reguliere woningen.") == "reguliere"
    # terms: the Wabo's regular procedure and the named level of the welfare policy
    assert span("regulier", "Voor de vergunning geldt de reguliere procedure.") is None
    assert span("regulier", "Voor de aanvraag geldt de reguliere Wabo-procedure van acht weken.") is None
    assert span("regulier", "Er zijn drie niveaus: regulier, plus en bijzonder.") is None
    assert span("regulier", "Voor deze straat geldt het reguliere welstandsniveau.") is None
    assert span("afzonderlijk", "Er is een afzonderlijke overeenkomst gesloten.") == "afzonderlijke"
    assert span("exact", "De exacte plek volgt later.") == "exacte"
    assert span("exact", "Het huis staat exact op de grens.") == "exact"
    assert span("vroegtijdig", "Het waterschap wordt vroegtijdig betrokken.") == "vroegtijdig"
    assert (
        span("achtereenvolgens", "De paragrafen gaan achtereenvolgens in op water en bodem.")
        == "achtereenvolgens"
    )
    assert span("gefaseerd", "De woningen worden gefaseerd gebouwd.") == "gefaseerd"
    assert span("gefaseerd", "De gemeente kiest voor een gefaseerde aanpak.") == "gefaseerde"
    assert span("gefaseerd", "De fasering staat in bijlage 2.") is None
    assert span("eenzelfde", "Er komt eenzelfde boom terug.") == "eenzelfde"
    assert span("onderschrijven", "De raad onderschrijft dit doel.") == "onderschrijft"
    assert span("onderschrijven", "Het convenant is door alle partijen onderschreven.") == "onderschreven"


def test_a_study_without_the_reserved_plans_leaves_them_out(tmp_path):
    sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))
    import word_study
    from word_study_kinds import Study

    reserved = sorted(r for r in draw.reserved() if r.startswith("bestemmingsplannen/"))
    reserved = [r for r in reserved if word_study.part_of(r) == "dev"][0]
    (tmp_path / "docs-as-code").mkdir()
    (tmp_path / reserved).parent.mkdir(parents=True)
    (tmp_path / reserved).write_text("De gemeente wil de vermoedelijke oorzaak van de wateroverlast weten.\n")
    words = {"vermoedelijk": word_study._word(r"\b(vermoedelijke?)\b", "BT101", "Stijf woord.")}
    old = Study(1, 16, words=words, dev_only=True)
    new = Study(1, 16, words=words, dev_only=True, no_reserved=True)
    assert len(word_study.found_sentences(old, tmp_path)["vermoedelijk"]) == 1
    assert word_study.found_sentences(new, tmp_path)["vermoedelijk"] == []


def test_the_annotated_blind_sets_are_left_out_of_a_new_draw_unless_named():
    import csv

    with (ROOT / "bench" / "quality" / "annotated-blind22.tsv").open(encoding="utf-8", newline="") as f:
        first = next(csv.DictReader(f, delimiter="\t"))["sentence"]
    assert " ".join(first.split()) in draw.seen_sentences()
    assert " ".join(first.split()) not in draw.seen_sentences(leave_out=("annotated-blind22",))


def test_study_words37_draws_each_word_and_leaves_the_other_senses_out():
    sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))
    import word_study

    study = word_study.STUDIES["words37"]
    assert study.no_reserved and study.dev_only and study.once and study.later == ("new38", "blind33")
    assert study.seed == 3737 and study.per_word == 16

    def span(name: str, sentence: str) -> str | None:
        if study.skip.search(sentence):
            return None
        m = study.words[name].pattern.search(sentence)
        return m.group(1) if m else None

    # 'zich voordoen', joined and split; 'voordoen' without 'zich' is 'show how'
    assert span("zich voordoen", "Er doen zich bij de bouw geen problemen voor.") == "doen zich"
    assert span("zich voordoen", "We zien dat zich in de wijk nieuwe kansen voordoen.") == "voordoen"
    assert span("zich voordoen", "Er hebben zich vroeger geen ongelukken voorgedaan.") == "voorgedaan"
    assert span("zich voordoen", "De leraar gaat de oefening eerst voordoen.") is None
    # 'vertalen in/naar' as the figurative verb; not a language, nor the listed 'doorvertalen' split
    assert span("vertalen in", "Het beleid van de raad is vertaald in nieuwe regels.") == "vertaald"
    assert span("vertalen in", "Dat vertaalt zich in meer verkeer op de dijk.") == "vertaalt"
    assert span("vertalen in", "De folder is vertaald naar het Engels.") is None
    assert span("vertalen in", "De gemeente wil het beleid door te vertalen in de regels.") is None
    assert span("vertalen in", "De brief is snel vertaald.") is None
    assert span("hierbinnen", "Hierbinnen mag geen schuur gebouwd worden.") == "Hierbinnen"
    assert span("hierbinnen", "Het bedrijf kan daarbinnen verder groeien.") == "daarbinnen"
    assert span("raakvlak", "Het plan heeft geen raakvlakken met het beleid van het Rijk.") == "raakvlakken"
    assert span("noemenswaardig", "We verwachten geen noemenswaardige hinder.") == "noemenswaardige"
    assert span("ontlenen", "De normen zijn ontleend aan een landelijke richtlijn.") == "ontleend"
    assert span("ontlenen", "Gegevens van de kaart. Ontleend aan: het kadaster van 2019.") is None
    assert span("onwenselijk", "Het is onwenselijk dat de weg drukker wordt.") == "onwenselijk"
    assert span("zich lenen", "De oude school leent zich goed voor woningen.") == "leent zich"
    assert span("zich lenen", "De grond zou zich daar prima lenen voor een tuin.") == "zich daar prima lenen"
    assert span("zich lenen", "De vereniging wil geld lenen voor een nieuw clubhuis.") is None
    assert span("normaliter", "Normaliter komt de bus elk uur.") == "Normaliter"
    assert span("algeheel", "Er geldt een algehele vrijstelling voor kleine bouwwerken.") == "algehele"


def test_study_words38_draws_each_word_and_leaves_the_terms_out():
    sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))
    import word_study

    study = word_study.STUDIES["words38"]
    assert study.no_reserved and study.dev_only and study.once and study.later == ("new39", "blind34")
    assert study.seed == 3838 and study.per_word == 16

    def span(name: str, sentence: str) -> str | None:
        if study.skip.search(sentence):
            return None
        m = study.words[name].pattern.search(sentence)
        return m.group(1) if m else None

    # 'calamiteit' alone, not in its compounds nor in the transitional rule of plan rules
    assert span("calamiteit", "Bij calamiteiten kan de brandweer over het pad rijden.") == "calamiteiten"
    assert span("calamiteit", "Het bedrijf heeft een calamiteitenplan voor de hal.") is None
    assert span("calamiteit", "Na het tenietgaan ten gevolge van een calamiteit mag het huis terug.") is None
    # 'de ambitie hebben' and 'de ambitie is' as the verb phrase ('wil'); the noun alone is ordinary Dutch
    assert span("de ambitie hebben", "De stad heeft de ambitie om bomen te planten.") == "heeft de ambitie"
    assert span("de ambitie hebben", "Onze ambitie is om de wijk groener te maken.") == "Onze ambitie is"
    assert span("de ambitie hebben", "Het plan past bij de ambities van de provincie.") is None
    assert span("evenals", "De schuur blijft staan, evenals de oude muur.") == "evenals"
    assert span("bouwsteen", "De fietspaden zijn belangrijke bouwstenen voor de wijk.") == "bouwstenen"
    assert span("bouwsteen", "Zie ook de nota Bouwstenen voor de toekomst van de gemeente.") is None
    assert span("van oudsher", "Van oudsher staan hier boerderijen langs de dijk.") == "Van oudsher"
    # 'gestoeld op' and 'geënt op'; 'stoelen' as furniture has no 'op' after it
    assert span("gestoeld op", "Het nieuwe beleid is gestoeld op drie regels.") == "gestoeld"
    assert span("gestoeld op", "De aanpak is geënt op de ervaring in andere dorpen.") == "geënt"
    assert span("gestoeld op", "In de zaal staan veertig stoelen.") is None
    assert span("daarmee samenhangend", "Het beleid en de daarmee samenhangende kosten staan hier.") == (
        "daarmee samenhangende"
    )
    assert span("daarmee samenhangend", "De wijk heeft een samenhangende opbouw.") is None
    assert span("recentelijk", "Het verkeer op de weg is recentelijk geteld.") == "recentelijk"
    assert span("prominent", "Het gebouw staat op een prominente plek aan het plein.") == "prominente"
    assert span("in het teken van", "Het jaar staat in het teken van de nieuwe school.") == "in het teken van"
