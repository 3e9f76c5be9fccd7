"""The word studies of rounds 22-25 (words22 ... words27), as drawn and judged; results in RESULTS.md. Drawn with
``word_study.py``."""

from __future__ import annotations

import re

from word_study_kinds import Study, _word

STUDIES_22: dict[str, Study] = {
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
}  # fmt: skip
