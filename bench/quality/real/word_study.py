"""Blind studies of words before they go into the lists (the twenty-second round): real sentences of the *dev* half
that hold a word, found by pattern (not by the linter), each with the finding and advice beleidstaal would give,
for new editors to judge with ``JUDGE-brief.md`` (verdict TP/FP/?, as on every sheet). A word goes in only where
they call it right; its study sheet stays in this folder as ``<study>-study.tsv`` (not ``*-judged.tsv``: its rows
are no findings of beleidstaal, so the replay tools do not read it). Results: RESULTS.md, twenty-second round.

Per study: at most ``per_word`` sentences per word, at most 2 per file, never a sentence of a judged sheet or of
``annotated-real.tsv``, in a fixed order from the study's seed, split into halves A and B (rows interleaved) for two
editors. Standard library only.

    python bench/quality/real/word_study.py words22c --out /tmp/words22c   # writes A.tsv and B.tsv (and sheet.tsv)
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import draw_annotation as draw  # noqa: E402
from common import corpus_files, corpus_root, part_of  # noqa: E402

HEAD = ["id", "file", "line", "sentence", "span", "rule", "message", "suggestion", "verdict", "suggestion_verdict",
        "reason"]  # fmt: skip


@dataclass(frozen=True)
class Word:
    #: the first group of the pattern is the span
    pattern: re.Pattern
    rule: str
    message: str
    #: replacement text, or advice starting with "advies:"; empty: "advies: " + the message
    suggestion: str = ""


@dataclass(frozen=True)
class Study:
    seed: int
    per_word: int
    words: dict[str, Word] = field(default_factory=dict)
    #: sentences that match this are left out for every word
    skip: re.Pattern | None = None
    #: ids of one numbered sheet (``w-001``) split afterwards, instead of ids per half (``A-001``)
    one_sheet: bool = False
    #: sheets drawn after the study, whose sentences it did not leave out (so that a repeated draw gives its rows)
    later: tuple[str, ...] = ("new22", "blind20")
    #: draw a sentence that stands word for word in several files only once (studies from words25 on)
    once: bool = False
    #: leave out a sentence that stands word for word in a file of the blind half too (studies from words30 on)
    dev_only: bool = False


def _word(pattern: str, rule: str, message: str, suggestion: str = "", flags: int = 0) -> Word:
    return Word(re.compile(pattern, flags), rule, message, suggestion)


STUDIES: dict[str, Study] = {
    "words22": Study(22, 18, one_sheet=True, words={
        "betreffende": _word(r"\b(?:de|het|deze|die|dit|dat)\s+(betreffende)\s+\w", "BT101",
                             "Stijf woord. Vaak kan het weg, of zeg 'deze' of 'die'.", flags=re.I),
        "eventuele": _word(r"\b(eventuele?)\b", "BT106",
                           "Vaag woord. Vaak kan het weg, of zeg 'als er ... zijn' of 'mogelijke'.", flags=re.I),
        "nader": _word(r"\b(nadere?)\b", "BT101", "Stijf woord. Zeg 'meer', 'verder' of 'later', of laat het weg.",
                       flags=re.I),
        "invulling": _word(r"\b(invulling)\b", "BT106",
                           "Vaag woord. Zeg wat er gebeurt of komt: 'hoe het terrein wordt ingericht', 'wat er komt'.",
                           flags=re.I),
    }),
    "words22b": Study(222, 20, skip=re.compile(r"\bte (Noord|Zuid|Oost|West)\b"), words={
        "te": _word(r"(?<=[a-zë]) (te) (?:[A-Z][a-zé]+)(?: [A-Z][a-z]+)?\b", "BT101", "Stijf; zeg 'in'.", "in"),
        "aspect": _word(r"\b((?:[Hh]et|[Dd]it|[Dd]e|[Dd]eze) aspecte?n?)\b", "BT106",
                        "Vaag woord; noem het onderwerp zelf: niet 'het aspect geluid' maar 'geluid'.",
                        "advies: Noem het onderwerp zelf: niet 'het aspect geluid' maar 'geluid'."),
    }),
    "words22c": Study(2223, 20, words={
        "onderzoek uitvoeren": _word(
            r"\b(\w*(?:onderzoek|toets|scan)\b.{0,40}?\buit(?:gevoerd|voeren|gevoerde)|voer\w* \w+ \w*onderzoek\w* uit)\b",
            "BT202", "Naamwoord met zwak werkwoord; zeg 'onderzoeken'.",
            "advies: Zeg 'onderzoeken': 'de bodem is onderzocht', 'wij onderzoeken de bodem'.", re.I),
        "belemmering vormen": _word(
            r"\b(vorm(?:t|en|de|den)\b.{0,40}?\bbelemmering(?:en)?)\b", "BT202",
            "Naamwoord met zwak werkwoord; zeg 'in de weg staan' of 'belemmeren'.",
            "advies: Zeg 'staat ... niet in de weg' of 'belemmert': 'water staat het plan niet in de weg'.", re.I),
    }),
    "words22d": Study(2223, 16, words={
        "opgave": _word(r"\b(opgaven?)\b", "BT106", "Vaag woord; zeg wat er moet gebeuren.",
                        "advies: Zeg wat er moet gebeuren: 'we moeten ... bouwen', 'de taak is ...'."),
        "-opgave": _word(r"\b(\w{3,}opgaven?)\b", "BT106", "Vaag woord; zeg wat er moet gebeuren.",
                         "advies: Zeg wat er moet gebeuren: 'er moeten 200 woningen komen' in plaats van 'de "
                         "woningbouwopgave'."),
    }),
    "words22e": Study(2223, 14, words={
        "behorende bij": _word(r"\b([Bb]ehorende?\s+bij)\b", "BT104", "Omslachtig; zeg 'bij'.", "bij"),
        "verwezenlijken": _word(r"\b(verwezenlijk\w*|\w*verwezenlijkt)\b", "BT101",
                                "Stijf woord; zeg 'waarmaken', 'bereiken' of 'uitvoeren'.",
                                "advies: Kies wat hier past, bijvoorbeeld 'waarmaken', 'bereiken' of 'uitvoeren'."),
        "voorliggen": _word(r"\b(voor(?:ligt|liggen|lag|lagen))\b", "BT101",
                            "Stijf woord; zeg wat er ligt: 'het plan dat er nu ligt', of 'dit plan'.",
                            "advies: Zeg 'het plan dat er nu ligt' of 'dit plan'."),
    }),
    "words22f": Study(2226, 14, words={
        "hierna volgende": _word(r"\b([Hh]ierna volgende?)\b", "BT101",
                                 "Ouderwets; zeg 'hieronder' of 'volgende'.",
                                 "advies: Zeg 'hieronder' of 'de volgende': 'op de afbeelding hieronder'."),
        "relateren": _word(r"\b(relate(?:ert|ren|erde|erden)|gerelateerde?)\b", "BT102",
                           "Jargon; zeg 'hangt samen met', 'gaat over' of 'hoort bij'.",
                           "advies: Kies wat hier past, bijvoorbeeld 'hangt samen met', 'gaat over' of 'hoort bij'."),
        "van cruciaal belang": _word(
            r"\b(van (?:cruciaal|cruciale|essentieel|essentiële|wezenlijk|wezenlijke) (?:belang|betekenis))\b",
            "BT104", "Omslachtig; zeg 'heel belangrijk'.", "heel belangrijk"),
        "gemoeid": _word(r"\b(gemoeid)\b", "BT101", "Stijf woord; zeg wat het kost of waar het om gaat.",
                         "advies: Zeg wat het kost of waar het om gaat: 'dit kost 2 miljoen euro'."),
    }),
    "words22g": Study(2227, 16, words={
        "ex artikel": _word(r"\b(ex\.? art(?:ikel|\.))", "BT101", "Latijn; zeg 'op grond van'.",
                            "advies: Zeg 'op grond van artikel ...' of 'volgens artikel ...'."),
        "respectievelijk": _word(r"\b([Rr]espectievelijk)\b", "BT101",
                                 "Stijf woord; zeg het per geval: 'het ene huis is 5 meter hoog, het andere 7 meter'.",
                                 "advies: Zeg het per geval, of gebruik 'en': 'het ene huis is 5 meter hoog, het andere "
                                 "7 meter'."),
    }),
    "words23": Study(2323, 18, later=("new23", "blind21"),
                     skip=re.compile(r"\bvoorzien (?:in|van|met|dat)\b|\b(?:[Ii]n|[Hh]ierin|[Dd]aarin|[Ww]aarin)\b[^.,;]*\bvoorzien\b"),
                     words={
        "voorzien (gepland)": _word(r"\b((?:is|zijn|wordt|worden|werd|werden)\b(?: [\w\-]+){0,4}? voorzien)\b", "BT101",
                                    "Stijf; zeg 'gepland' of 'komt er'.",
                                    "advies: Zeg 'gepland' of 'komt er': 'er komen twee hofjes', 'er zijn 20 woningen "
                                    "gepland'."),
        "vanuit (onderwerp)": _word(
            r"\b([Vv]anuit (?:het |de )?(?:[\w\-]+ )?(?:bodem|water|milieu|archeologie|verkeer|geluid|ecologie|"
            r"cultuurhistorie|beleid|perspectief|optiek|gedachte|filosofie|visie))\b", "BT104",
            "Omslachtig; zeg 'wat ... betreft' of 'voor'.",
            "advies: Zeg 'wat ... betreft' of 'voor': 'wat geluid betreft zijn er geen bezwaren'."),
    }),
    "words24": Study(2424, 16, later=("new23", "blind21"),
                     skip=re.compile(r"\blogische modaliteit|\b(?:[Ss]tichting|[Vv]ereniging|[Cc]oöperatie)\b|"
                                     r"\bopgericht (?:in|op) \d|\bin \d{4} opgericht|geheel of gedeeltelijk oprichten"),
                     words={
        "situering": _word(r"\b(situering(?:en)?)\b", "BT101", "Stijf woord; zeg 'ligging' of 'plaats'.",
                           "advies: Zeg 'ligging' of 'plaats': 'de plaats van de woning', 'qua ligging'.", re.I),
        "modaliteit": _word(r"\b(modaliteit(?:en)?)\b", "BT102",
                            "Jargon; zeg 'vervoerswijze' of noem ze: 'auto, fiets en openbaar vervoer'.",
                            "advies: Zeg 'vervoerswijzen' of noem ze: 'auto, fiets en openbaar vervoer'.", re.I),
        "bepalend voor": _word(r"\b((?:is|zijn|was|waren)\b(?: [\w\-]+){0,3}? bepalend voor)\b", "BT104",
                               "Omslachtig; zeg 'bepaalt'.",
                               "advies: Zeg 'bepaalt': 'de grootste afstand bepaalt de milieucategorie'.", re.I),
        "wooneenheid": _word(r"\b(wooneenhe(?:id|den))\b", "BT101", "Stijf woord; zeg 'woning'.",
                             "advies: Zeg 'woning' of 'woningen'.", re.I),
        "mogelijkheid geven": _word(
            r"\b((?:geeft|geven|gaf|gaven|gegeven)\b(?: [\w\-]+){0,3}? (?:de|een) mogelijkheid)\b", "BT202",
            "Naamwoord met zwak werkwoord; zeg 'maakt mogelijk' of wie wat kan.",
            "advies: Zeg wie wat kan, of 'maakt mogelijk': 'de wet laat gemeenten zelf monumenten aanwijzen', "
            "'dit maakt een tweede slaapkamer mogelijk'.", re.I),
        "tot doel hebben": _word(
            r"\b((?:heeft|hebben|had|hadden)\b(?: [\w\-]+){0,3}? tot doel|tot doel (?:heeft|hebben|had|hadden))\b",
            "BT104", "Omslachtig; zeg 'is bedoeld om' of 'wil'.",
            "advies: Zeg 'is bedoeld om' of 'wil': 'het onderzoek is bedoeld om de geluidbelasting te bepalen'.",
            re.I),
        "enerzijds": _word(r"\b(enerzijds)\b", "BT101",
                           "Stijf; laat 'enerzijds ... anderzijds' weg, of zeg 'aan de ene kant ... aan de andere kant'.",
                           "advies: Laat 'enerzijds ... anderzijds' vaak weg ('een scheiding tussen bedrijven en "
                           "woningen'), of zeg 'aan de ene kant ... aan de andere kant'.", re.I),
        "ondervinden": _word(r"\b(ondervind\w*|ondervonden)\b", "BT101",
                             "Stijf woord; zeg 'hebben' of 'krijgen': 'last hebben van'.",
                             "advies: Zeg 'hebben' of 'krijgen': 'de woningen hebben geen last van het verkeer'.",
                             re.I),
        "gezien (voorzetsel)": _word(
            r"(?:^|[,;(] ?)([Gg]ezien) (?!het (?:voorgaande|bovenstaande)\b)(?:de|het|deze|dit|die|haar|zijn|hun)\b",
            "BT101", "Stijf; zeg 'vanwege' of 'door'.",
            "advies: Zeg 'vanwege' of 'door': 'vanwege de afstand tot de weg', of begin een zin met 'omdat'."),
        "oprichten (bouwen)": _word(r"\b(opgericht|oprichten|opgerichte)\b", "BT101",
                                    "Stijf woord; zeg 'bouwen' of 'neerzetten'.",
                                    "advies: Zeg 'bouwen' of 'neerzetten': 'hier mogen geen gebouwen worden gebouwd'.",
                                    re.I),
        "nabijgelegen": _word(r"\b((?:meest )?nabij ?gelegen)\b", "BT101",
                              "Stijf; zeg 'in de buurt' of 'dichtstbijzijnde'.",
                              "advies: Zeg 'in de buurt' of 'dichtstbijzijnde': 'de kerk in de buurt', 'het "
                              "dichtstbijzijnde Natura 2000-gebied'.", re.I),
    }),
    "words25": Study(2525, 16, later=("new24", "blind22"), once=True,
                     skip=re.compile(r"\bbestemming '?\w+ [Dd]oeleinden|[Gg]emengde [Dd]oeleinden"),
                     words={
        "onderkennen": _word(r"\b(onderken(?:t|nen|de|den)?|onderkend|onderkende)\b", "BT101",
                             "Stijf woord; zeg 'zien', 'erkennen' of 'vaststellen'.",
                             "advies: Zeg 'zien', 'erkennen' of 'vaststellen': 'we zien dat ...', 'de waarden die "
                             "in de inventarisatie zijn vastgesteld'.", re.I),
        "resteren": _word(r"\b(resteer(?:t|de|den)|resteren)\b", "BT101", "Stijf woord; zeg 'blijft over' of 'rest'.",
                          "advies: Zeg 'blijft over': 'dan blijft er een bedrag van 132.000 euro over'.", re.I),
        "primair": _word(r"\b([Pp]rimair)\b(?! (?:en|of|water\w*|kering\w*)\b)", "BT101",
                         "Stijf woord; zeg 'vooral' of 'in de eerste plaats'.",
                         "advies: Zeg 'vooral' of 'in de eerste plaats': 'het plan regelt vooral wat er al is'."),
        "in aansluiting op": _word(r"\b(in aansluiting (?:op|hierop|daarop))\b", "BT104",
                                   "Omslachtig; zeg wat u bedoelt: 'na', 'naast' of 'volgens'.",
                                   "advies: Zeg wat u bedoelt: 'na' (tijd), 'naast' of 'tegen ... aan' (plaats), "
                                   "'volgens' of 'in lijn met' (beleid).", re.I),
        "doeleinden": _word(r"(?<!\w)((?:[a-z]\w*)?doeleinden)\b", "BT101",
                            "Stijf woord; zeg 'doelen', of noem het gebruik: 'bestemd voor wonen'.",
                            "advies: Zeg 'doelen', of noem het gebruik: 'bestemd voor wonen' in plaats van 'bestemd "
                            "voor woondoeleinden'."),
        "het bepaalde in": _word(
            r"\b([Hh]et (?:hiervoor |hierboven |hierna )?bepaalde (?:in|bij|onder))\b", "BT101",
            "Stijf; zeg 'wat in ... staat' of 'de regels in'.",
            "advies: Zeg 'wat in ... staat' of 'de regels in': 'in afwijking van wat onder c staat', 'de regels van "
            "artikel 6 gelden hier ook'."),
    }),
    # as judged (commit 023e95d, 104 rows; verdicts in RESULTS.md, twenty-fifth round, task words38)
    "words26": Study(2626, 16, later=("new25", "blind23"), once=True,
                     skip=re.compile(r"\bin beteken(?:en)?de mate|redelijkerwijs\b.{0,120}\bgevergd|"
                                     r"in redelijkheid kan worden verlangd", re.I),
                     words={
        "van invloed op": _word(
            r"(?<!sprake )(?<!sprake is )\b(van (?:(?:grote|groot|geen|weinig|veel|directe|wezenlijke|beperkte|negatieve|positieve|nadelige|"
            r"doorslaggevende|belangrijke|enige) )?invloed (?:(?:zijn|is|was|waren|geweest) )?op)\b", "BT104",
            "Omslachtig; zeg 'beïnvloedt' of 'heeft invloed op'.",
            "advies: Zeg 'beïnvloedt' of 'heeft invloed op': 'de nieuwe weg heeft geen invloed op de "
            "luchtkwaliteit', 'het weer beïnvloedt de planning'.", re.I),
        "ruimschoots": _word(r"\b(ruimschoots)\b", "BT101", "Stijf woord; zeg 'ruim'.", "ruim", re.I),
        "zwaarwegend": _word(r"\b(zwaarwegende?)\b", "BT101", "Stijf woord; zeg 'groot', 'zwaar' of 'belangrijk'.",
                             "advies: Zeg 'groot', 'zwaar' of 'belangrijk': 'een groot belang', 'goede redenen'.",
                             re.I),
        "waarborgen": _word(r"\b(waarborgt|waarborgen|waarborgde|waarborgden|gewaarborgde?)\b", "BT101",
                            "Stijf woord; zeg 'zorgen dat', 'regelen' of 'beschermen'.",
                            "advies: Zeg 'zorgen dat', 'regelen' of 'beschermen': 'om het water schoon te houden', "
                            "'de kosten zijn geregeld', 'wij zorgen dat er genoeg plekken zijn'.", re.I),
        "achterwege": _word(
            r"\b(achterwege(?: (?:kunnen |kan |worden |te )?(?:blijven|blijft|bleef|bleven|gebleven|laten|gelaten|"
            r"laat|liet|lieten))?)\b", "BT104", "Stijf; zeg 'is niet nodig' of 'laten we weg'.",
            "advies: Zeg 'is niet nodig', 'laten we weg' of 'doen we niet': 'verder onderzoek is niet nodig'.", re.I),
        "vergen": _word(r"\b(vergt|vergen|vergde|vergden|gevergd)\b", "BT101", "Stijf woord; zeg 'vraagt' of 'kost'.",
                        "advies: Zeg 'vraagt' of 'kost': 'dit vraagt goede afspraken', 'dit kost veel tijd'.", re.I),
        "gepaard gaan met": _word(
            r"\b(gepaard (?:gaan|gaat|ging|gingen|gegaan)|(?:gaat|gaan|ging|gingen) (?:[\w\-]+ ){0,3}?gepaard)\b",
            "BT104", "Omslachtig; zeg 'hoort bij', 'leidt tot' of 'met'.",
            "advies: Zeg wat u bedoelt: 'bij de bouw hoort grondwerk', 'de uitbreiding leidt tot meer verkeer', "
            "'ingrepen met graafwerk'.", re.I),
    }),
    # as judged (commit a8ba05e, 56 rows; verdicts in RESULTS.md, twenty-fifth round, task words39)
    "words27": Study(2727, 16, later=("new26", "blind24"), once=True,
                     skip=re.compile(r"dubbeltel|kosteneffectief saneren", re.I), words={
        "creëren": _word(r"\b(cre(?:ë|Ã«)er(?:t|de|den)?|cre(?:ë|Ã«)ren|gecre(?:ë|Ã«)erde?)\b", "BT101",
                         "Stijf woord; zeg 'maken', 'zorgen voor' of 'bieden'.",
                         "advies: Zeg 'maken', 'zorgen voor' of 'bieden': 'om een groene ruimte te maken', 'er komt "
                         "geen nieuwe bouwruimte bij', 'om steun te krijgen voor het plan'.", re.I),
        "buiten beschouwing": _word(
            r"\b(buiten beschouwing(?: (?:worden |kunnen |kan |te |is |zijn |werd |werden )?(?:gelaten|laten|blijven|blijft|bleef|bleven|"
            r"gebleven|laat|liet|lieten)(?: (?:worden|te worden))?)?)\b", "BT104",
            "Omslachtig; zeg 'telt niet mee' of 'laten we weg'.",
            "advies: Zeg 'telt niet mee', 'nemen we niet mee' of 'laten we weg': 'deze stoffen hebben we verder niet "
            "onderzocht', 'bij de toetsing tellen dove gevels niet mee'.", re.I),
        "realiseerbaar": _word(r"\b(realiseerba(?:ar|re|arheid))\b", "BT101",
                               "Stijf woord; zeg 'haalbaar' of 'uitvoerbaar'.",
                               "advies: Zeg 'haalbaar' of 'uitvoerbaar': 'dit is met maatregelen aan de gevel goed "
                               "haalbaar', 'of de wijziging haalbaar is'.", re.I),
        "differentiatie": _word(r"\b(differentiatie)\b", "BT101",
                                "Stijf woord; zeg 'variatie' of noem wat verschilt.",
                                "advies: Zeg 'variatie' of noem wat verschilt: 'variatie in woonmilieus', "
                                "'34 woningen van verschillende typen'.", re.I),
        "kosteneffectief": _word(r"\b(kosten(?:effectie(?:f|ve)|efficiënt(?:e|ie)?))\b", "BT101",
                                 "Stijf woord; zeg 'niet te duur' of 'levert veel op voor wat het kost'.",
                                 "advies: Zeg wat u bedoelt: 'niet te duur', 'zuinig', of 'maatregelen die weinig "
                                 "kosten en veel opleveren'.", re.I),
    }),
    # as judged (commit baa594f, 114 rows; verdicts in RESULTS.md, twenty-sixth round, task words40)
    "words28": Study(2828, 16, later=("new26", "blind24"), once=True,
                     skip=re.compile(r"beleidsmatige? gebiedsbescherming|procesmatig\)? versus beleidsmatig|"
                                     r"beleidsmatig\)? versus procesmatig|leidend voorwerp", re.I),
                     words={
        "in hoofdzaak": _word(r"\b(in hoofdzaak)\b", "BT104", "Omslachtig; zeg 'vooral' of 'grotendeels'.",
                              "advies: Zeg 'vooral' of 'grotendeels': 'het plan regelt vooral wat er al is', 'de "
                              "grond is grotendeels landbouwgrond'.", re.I),
        "leidend": _word(
            r"\b((?:is|zijn|was|waren|blijft|blijven|wordt|worden)\b(?: [\w\-]+){0,3}? leidend(?! (?:tot|naar)\b)|"
            r"leidend(?= (?:is|zijn|was|waren|blijft|blijven|wordt|worden)\b)|leidende? (?:principe|uitgangspunt|kader))\b",
            "BT102", "Jargon; zeg 'bepaalt', 'gaat voor' of 'het belangrijkste'.",
            "advies: Zeg 'bepaalt', 'gaat voor' of 'het belangrijkste': 'bij een verschil gaat de digitale versie "
            "voor', 'de structuur van de wijk bepaalt ...', 'het belangrijkste principe'.", re.I),
        "anticiperen": _word(r"\b(anticipe(?:ert|ren|erde|erden)|geanticipeerd)\b", "BT101",
                             "Stijf woord; zeg 'rekening houden met' of 'zich voorbereiden op'.",
                             "advies: Zeg 'rekening houden met', 'zich voorbereiden op' of 'vooruitlopen op': 'we "
                             "houden rekening met het klimaat dat verandert'.", re.I),
        "onlosmakelijk": _word(r"\b(onlosmakelijke?)\b", "BT105",
                               "Versleten uitdrukking; zeg 'hangen nauw samen' of 'horen bij elkaar', of laat het weg.",
                               "advies: Zeg 'hangen nauw samen' of 'horen bij elkaar', of laat het weg: 'water en "
                               "ruimte hangen nauw samen', 'de bijlagen horen bij het plan'.", re.I),
        "omvangrijk": _word(r"\b(omvangrijke?r?|omvangrijkste)\b", "BT101", "Stijf woord; zeg 'groot' of 'veel'.",
                            "advies: Zeg 'groot', 'lang' of 'veel': 'grote werkzaamheden', 'een lange lijst', 'veel "
                            "voorzieningen'.", re.I),
        "bezwaarlijk": _word(r"\b(bezwaarlijke?)\b", "BT101",
                             "Stijf woord; zeg 'is geen bezwaar' of 'is geen probleem'.",
                             "advies: Zeg 'is geen bezwaar', 'is geen probleem' of 'is lastig': 'de bouw van de "
                             "woningen is geen probleem'.", re.I),
        "aandachtspunt": _word(r"\b(aandachtspunte?n?)\b", "BT106",
                               "Vaag woord; zeg waar u op let of wat er moet gebeuren.",
                               "advies: Zeg waar u op let of wat er moet gebeuren: 'let op de fietsroute naar het "
                               "winkelcentrum', 'de vluchtwegen moeten van het spoor af leiden'.", re.I),
        "beleidsmatig": _word(r"\b(beleidsmatige?)\b", "BT102",
                              "Jargon; zeg 'in het beleid' of 'van het beleid', of laat het weg.",
                              "advies: Zeg 'in het beleid' of 'van het beleid', of laat het weg: 'het kader voor de "
                              "handhaving', 'kleine wijzigingen in het beleid'.", re.I),
    }),
    # as judged (commit 55d145e, 112 rows; verdicts in RESULTS.md, twenty-seventh round, task words41)
    "words29": Study(2929, 16, later=("new28", "blind26"), once=True,
                     skip=re.compile(r"stedenbouwkundig (?:samenstel|stelsel)|stedelijk gebied wordt verstaan|"
                                     r"\b(?:maakt|maken|maakte|maakten|gemaakt|te maken)\b(?: [\w\-]+){0,3} aannemelijk|"
                                     r"\bessenti(?:eel|ële|ele) (?:foerageer|leefgebied|vliegroute|verblijf|functie|"
                                     r"onderdeel)|toegelaten woon\W+ of bedrijfsbebouwing|"
                                     r"essenti(?:ële|ele) (?:modellen|(?:overheids)?diensten|entiteiten)", re.I),
                     words={
        "mede": _word(r"\b(mede)\b(?![\-\u2010]|\)\w| (?:bestemd|begrepen|verstaan|namens|ondertekend|omwonenden|"
                      r"bewoners|eigenaars?|eigenaren|overheden)\b)", "BT101",
                      "Stijf woord; zeg 'ook', 'onder meer' of 'mee'.",
                      "advies: Zeg 'ook', 'onder meer' of 'mee': 'onder meer door de nieuwe wet', 'het grid hangt ook af "
                      "van de watergangen', 'het bestaande huis wordt ook gesloopt'.", re.I),
        "aannemelijk": _word(
            r"\b(aannemelijke?r?)\b(?!(?: [\w\-]+){0,3} (?:maken|gemaakt|maakt|maakte|maakten)\b)", "BT101",
            "Stijf woord; zeg 'waarschijnlijk' of 'te verwachten'.",
            "advies: Zeg 'waarschijnlijk' of 'te verwachten': 'het is waarschijnlijk dat amfibieën de groenstrook "
            "gebruiken', 'een redelijke verklaring'.", re.I),
        "is passend": _word(
            r"\b((?:is|zijn|was|waren|blijft|blijven|wordt|worden)\b(?: (?!(?:om|tot|een|dat|die|wat)\b)[\w\-]+){0,3}? passend)"
            r"(?=\s*(?:[.,;:)]|$)| (?:binnen|bij|in|voor|geacht|is|zijn|en|of|te|op|met|aan)\b)", "BT104",
            "Omslachtig; zeg 'past' of 'passen'.",
            "advies: Zeg 'past' of 'passen': 'het plan past binnen het beleid', 'de woningen passen bij de omgeving', "
            "'het plan past niet in de omgeving'.", re.I),
        "op grond waarvan": _word(r"\b(op grond waarvan)\b", "BT101",
                                  "Stijf; zeg 'waarmee', 'waardoor' of 'volgens die regel'.",
                                  "advies: Zeg 'waarmee', 'waardoor' of 'volgens die regel': 'een regel waarmee ook "
                                  "mansardekappen mogen', 'een nieuw artikellid, waardoor de toets later mag'.", re.I),
        "daarbij behorende": _word(r"\b((?:de|het) (?:daarbij|daartoe|hierbij|daaraan) behorende?)\b", "BT104",
                                   "Omslachtig; zeg 'de bijbehorende' of 'het bijbehorende'.",
                                   "advies: Zeg 'de bijbehorende' of 'het bijbehorende': 'woningen met de "
                                   "bijbehorende tuinen', 'het plan met de bijbehorende regels'.", re.I),
        "nadrukkelijk": _word(r"\b(nadrukkelijke?r?)\b", "BT101",
                              "Stijf woord; zeg 'duidelijk' of 'uitdrukkelijk', of laat het weg.",
                              "advies: Zeg 'duidelijk', 'uitdrukkelijk' of 'goed', of laat het weg: 'er is duidelijk "
                              "sprake van ...', 'wij raden dringend aan ...', 'houd goed rekening met ...'.", re.I),
        "essentieel": _word(r"\b(essenti(?:eel|ële|ele))\b", "BT101",
                            "Stijf woord; zeg 'heel belangrijk', 'nodig' of 'onmisbaar'.",
                            "advies: Zeg 'heel belangrijk', 'nodig' of 'onmisbaar': 'dit is nodig om elke beslissing "
                            "te kunnen controleren', 'goede afspraken zijn heel belangrijk'.", re.I),
    }),
    # candidates of task words42 (issue 18); drawn for two new editors, not judged yet
    "words30": Study(3030, 16, later=("new30", "blind28"), once=True, dev_only=True,
                     skip=re.compile(r"Kwalitatie(?:f|ve) [A-Z]|Kwantitatie(?:f|ve) [A-Z]|[Kk]walitatief "
                                     r"[Ww]oon(?:ing)?(?:bouw)?programma|[Kk]wantitatieve opgave wonen|"
                                     r"[Kk]wantitatieve risico ?-?analyse|\b[Bb]enoem\w* tot\b|"
                                     r"\btot (?:[\w\-]+ ){0,2}benoemd"), words={
        "vergezeld gaan van": _word(
            r"\b((?:gaat|gaan|ging|gingen) (?:[\w\-]+ ){0,3}?vergezeld|vergezeld (?:gaan|gaat|ging|gingen|gegaan)|"
            r"vergezeld(?= van\b))\b", "BT104", "Omslachtig; zeg 'heeft', 'met' of 'hoort bij'.",
            "advies: Zeg 'heeft', 'met' of 'hoort bij': 'bij het plan hoort een toelichting', 'een aanduiding met een "
            "vergunningstelsel'.", re.I),
        "verwaarloosbaar": _word(r"\b(verwaarloosba(?:ar|re))\b", "BT101",
                                 "Stijf woord; zeg 'heel klein' of 'zo klein dat het niet meetelt'.",
                                 "advies: Zeg 'heel klein' of 'zo klein dat het niet meetelt': 'de extra kosten zijn "
                                 "heel klein', 'er komt zo weinig verkeer bij dat het niet meetelt'.", re.I),
        "komen te vervallen": _word(
            r"\b((?:is|zijn|was|waren|komt|komen|kwam|kwamen|zal|zullen|kan|kunnen)\b(?: [\w\-]+){0,3}? te vervallen)\b",
            "BT104", "Omslachtig; zeg 'vervalt' of 'verdwijnt'.",
            "advies: Zeg 'vervalt', 'verdwijnt' of 'geldt niet meer': 'de regel is vervallen', 'de kerk verdwijnt', "
            "'na 1 januari gelden de overgangsregels niet meer'.", re.I),
        "sectoraal": _word(r"\b(sectora(?:al|le))\b", "BT102", "Jargon; zeg 'per onderwerp' of noem het onderwerp.",
                           "advies: Zeg 'per onderwerp' of noem het onderwerp: 'het beleid voor water, verkeer en "
                           "natuur', 'regels voor één onderwerp, zoals geluid'.", re.I),
        "benoemen": _word(r"\b(benoem(?:t|en|de|den)?|benoemde?)\b", "BT101",
                          "Stijf woord; zeg 'noemen' of 'aanwijzen'.",
                          "advies: Zeg 'noemen' of 'aanwijzen': 'we noemen de belangrijkste uitgangspunten', 'de "
                          "gemeente wijst het terrein aan als saneringsgebied'.", re.I),
        "kwalitatief": _word(r"\b(kwalitatie(?:f|ve))\b", "BT101",
                             "Stijf woord; zeg 'goed', 'soort' of 'wat voor'.",
                             "advies: Zeg wat u bedoelt: 'goed' ('goede woningen'), 'soort' of 'wat voor' ('het soort "
                             "woningen past niet bij de vraag'), 'beter' ('het gebied wordt beter').", re.I),
        "kwantitatief": _word(r"\b(kwantitatie(?:f|ve))\b", "BT101",
                              "Stijf woord; zeg 'aantal', 'hoeveel' of 'hoeveelheid'.",
                              "advies: Zeg 'aantal', 'hoeveel' of 'hoeveelheid': 'hoeveel woningen er nodig zijn', "
                              "'in aantal en soort' voor 'kwantitatief en kwalitatief'.", re.I),
        "sturing": _word(r"\b(sturing)\b(?! (?:te )?(?:geven|geeft|gaf|gegeven)\b)", "BT102",
                         "Jargon; zeg wie wat bepaalt of regelt.",
                         "advies: Zeg wie wat bepaalt of regelt: 'het Rijk moet meer bepalen', 'de gemeente heeft "
                         "weinig invloed op particuliere bouwplannen', 'de provincie stuurt alleen op ...'.", re.I),
    }),
}  # fmt: skip


def blind_sentences(root: Path) -> set[str]:
    """Every sentence of the blind half, whitespace-normalised: only to leave out dev sentences that stand there too."""
    found: set[str] = set()
    for corpus in ("bestemmingsplannen", "docs-as-code"):
        for rel in corpus_files(root, corpus):
            if part_of(rel) == "dev" or (root / rel).is_symlink():
                continue
            text = (root / rel).read_text(encoding="utf-8", errors="replace")
            found |= {" ".join(s.split()) for _, para in draw.paragraphs(text) for s in draw.sentences(para)}
    return found


def found_sentences(study: Study, root: Path) -> dict[str, list[tuple[str, int, str, str]]]:
    """word -> (file, line, sentence, span) of every dev-half sentence that holds it, in corpus order."""
    seen = draw.seen_sentences(leave_out=study.later)
    if study.dev_only:
        seen |= blind_sentences(root)
    found: dict[str, list[tuple[str, int, str, str]]] = {w: [] for w in study.words}
    for corpus in ("bestemmingsplannen", "docs-as-code"):
        for rel in corpus_files(root, corpus):
            if part_of(rel) != "dev" or (root / rel).is_symlink():
                continue
            text = (root / rel).read_text(encoding="utf-8", errors="replace")
            for line, para in draw.paragraphs(text):
                for sentence in draw.sentences(para):
                    if " ".join(sentence.split()) in seen or len(sentence.split()) < 5:
                        continue
                    if study.skip is not None and study.skip.search(sentence):
                        continue
                    for name, word in study.words.items():
                        if m := word.pattern.search(sentence):
                            found[name].append((rel, line, sentence, m.group(1)))
    return found


def study_rows(study: Study, root: Path) -> list[list]:
    rng = random.Random(study.seed)
    rows: list[list] = []
    for name, items in found_sentences(study, root).items():
        rng.shuffle(items)
        per_file: dict[str, int] = {}
        picked = []
        drawn: set[str] = set()
        for item in items:
            if per_file.get(item[0], 0) >= 2:
                continue
            if study.once:
                if " ".join(item[2].split()) in drawn:
                    continue
                drawn.add(" ".join(item[2].split()))
            per_file[item[0]] = per_file.get(item[0], 0) + 1
            picked.append(item)
            if len(picked) == study.per_word:
                break
        word = study.words[name]
        suggestion = word.suggestion or f"advies: {word.message}"
        rows += [[rel, line, s, span, word.rule, word.message, suggestion] for rel, line, s, span in picked]
        print(f"{name}: {len(items)} sentences, {len(picked)} drawn", file=sys.stderr)
    rng.shuffle(rows)
    return rows


def _write(path: Path, rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(HEAD)
        w.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("study", choices=sorted(STUDIES))
    parser.add_argument("--out", type=Path, required=True, help="folder for A.tsv and B.tsv")
    args = parser.parse_args()
    study = STUDIES[args.study]
    rows = study_rows(study, corpus_root())
    args.out.mkdir(parents=True, exist_ok=True)
    if study.one_sheet:
        numbered = [[f"w-{i:03d}", *row, "", "", ""] for i, row in enumerate(rows, 1)]
        _write(args.out / "sheet.tsv", numbered)
        halves = {"A": numbered[0::2], "B": numbered[1::2]}
    else:
        halves = {
            n: [[f"{n}-{i:03d}", *row, "", "", ""] for i, row in enumerate(part, 1)]
            for n, part in (("A", rows[0::2]), ("B", rows[1::2]))
        }
    for n, part in halves.items():
        _write(args.out / f"{n}.tsv", part)


if __name__ == "__main__":
    main()
