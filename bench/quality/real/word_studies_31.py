"""The word studies of round 33 on (words36 ...), as drawn (and judged, where the comment says so); results in
RESULTS.md. Drawn with ``word_study.py``; the earlier studies: ``word_studies_22.py`` and ``word_studies_28.py``."""

from __future__ import annotations

import re

from word_study_kinds import Study, _word

STUDIES_31: dict[str, Study] = {
    # candidates of task words48 (issue 18 item 2); drawn for two new editors, not yet judged
    "words36": Study(3636, 16, later=("new37", "blind32"), once=True, dev_only=True, no_reserved=True,
                     # terms: the Wabo's regular procedure, the welstand level named 'Regulier' (beside 'Plus' and
                     # 'Bijzonder'), the residence permit of the Vreemdelingenwet
                     skip=re.compile(r"\breguliere? (?:\S+?[\-\u2010 ])?\w*procedure|\breguliere? verblijfsvergunning|"
                                     r"\bregulier(?:e)? (?:welstands|toets)niveau|"
                                     r"\bregulier,? plus\b|\bniveau ['\"]?regulier\b", re.I), words={
        "waarbinnen": _word(r"\b(waarbinnen)\b", "BT101", "Stijf woord; zeg 'waarin'.", "waarin", re.I),
        "etc.": _word(r"(?<![\w./])(etc\.?)(?![\w/])", "BT104", "Afkorting; schrijf 'enzovoort' voluit.", "enzovoort",
                      re.I),
        "regulier": _word(r"\b(reguliere?)\b", "BT101", "Stijf woord; zeg 'gewoon' of 'normaal'.",
                          "advies: Zeg 'gewoon' of 'normaal': 'de recreatiewoningen worden gewone woningen', 'het "
                          "normale overleg met het waterschap', 'meer bijgebouwen dan normaal is toegestaan'.", re.I),
        "afzonderlijk": _word(r"\b(afzonderlijke?)\b", "BT101", "Stijf woord; zeg 'apart', 'los' of 'elk'.",
                              "advies: Zeg 'apart', 'los' of 'elk', of laat het weg: 'er is een aparte "
                              "overeenkomst gesloten', 'elke bestemming wordt beschreven', 'er kwamen 12 "
                              "zienswijzen'.", re.I),
        "exact": _word(r"\b(exacte?)\b", "BT101", "Stijf woord; zeg 'precies' of 'precieze'.",
                       "advies: Zeg 'precies' of 'precieze': 'de precieze plek van de vervuiling', 'hoe het "
                       "regenwater precies in de grond komt', 'de precieze indeling volgt later'.", re.I),
        "vroegtijdig": _word(r"\b(vroegtijdige?)\b", "BT101", "Stijf woord; zeg 'vroeg' of 'op tijd'.",
                             "advies: Zeg 'vroeg' of 'op tijd': 'het waterschap denkt al vroeg mee', 'de gemeente "
                             "betrekt de waterbeheerder op tijd', 'in een vroeg stadium'.", re.I),
        "achtereenvolgens": _word(r"\b(achtereenvolgens)\b", "BT101",
                                  "Stijf woord; zeg 'na elkaar' of 'één voor één', of laat het weg.",
                                  "advies: Zeg 'na elkaar' of 'één voor één', of laat het weg: 'de paragrafen gaan "
                                  "over de geschiedenis, de structuur en het milieu', 'deze onderwerpen komen hier "
                                  "één voor één aan bod', 'de drie dorpen zijn na elkaar gebouwd'.", re.I),
        "gefaseerd": _word(r"\b(gefaseerde?)\b", "BT102", "Jargon; zeg 'in fasen' of 'in stappen'.",
                           "advies: Zeg 'in fasen' of 'in stappen': 'de woningen worden in fasen gebouwd', 'de grond "
                           "is in stappen gesaneerd', 'ruimte voor een ontwikkeling in fasen'.", re.I),
        "eenzelfde": _word(r"\b(eenzelfde)\b", "BT101", "Stijf woord; zeg 'dezelfde', 'hetzelfde' of 'een gelijke'.",
                           "advies: Zeg 'dezelfde', 'hetzelfde' of 'een gelijke': 'voor het hele buitengebied gaan "
                           "dezelfde regels gelden', 'er komt een boom van dezelfde soort terug', 'punten met "
                           "hetzelfde risico'.", re.I),
        "onderschrijven": _word(r"\b(onderschrij(?:ft|ven|f)|onderschreef|onderschreven|onderschrijvende?)\b",
                                "BT101", "Stijf woord; zeg 'steunen', 'eens zijn met' of 'staan achter'.",
                                "advies: Zeg 'steunen', 'eens zijn met' of 'staan achter': 'de gemeenteraad steunt "
                                "dit doel', 'de gemeente vindt het ook belangrijk dat ...', 'de partijen die achter "
                                "de woonvisie staan'.", re.I),
    }),
    # candidates of task words49 (issue 18 item 2); drawn for two new editors, not yet judged; 'vertalen in' is the
    # figurative verb, not the listed 'doorvertalen' split ('door te vertalen')
    "words37": Study(3737, 16, later=("new38", "blind33"), once=True, dev_only=True, no_reserved=True,
                     # a map's source caption, and a translation into a language (not the figurative verb)
                     skip=re.compile(r"\bontleend aan:|\b(?:vertaald|vertalen|vertaalt|vertaalde)\b(?: \S+){0,3}? "
                                     r"(?:in|naar) (?:het )?(?:Engels|Nederlands|Fries|Duits|Frans|\W?computertaal)",
                                     re.I), words={
        "zich voordoen": _word(r"(?:\bzich\b(?: \S+){0,14}? (?=voor(?:doen|doet|deed|deden|gedaan|doende)\b)|"
                               r"\b(?=(?:doet|doen|deed|deden) zich\b(?: \S+){0,8}? voor\b))"
                               r"(voor(?:doen|doet|deed|deden|gedaan|doende)|(?:doet|doen|deed|deden) zich)\b", "BT101",
                               "Stijf; zeg 'er is', 'er zijn', 'ontstaan' of 'gebeuren'.",
                               "advies: Zeg 'er is', 'er zijn', 'ontstaan' of 'gebeuren': 'er zijn geen bezwaren voor "
                               "het bedrijf', 'er kunnen nieuwe ontwikkelingen komen', 'de laatste jaren is er in de "
                               "wijk veel gebeurd'.", re.I),
        "vertalen in": _word(r"(?<!\bdoor )(?<!\bdoor te )\b(vertaald|vertalen|vertaalt|vertaalde|vertaalden)\b"
                             r"(?=(?: [\w\-]+){0,6}? (?:in|naar)\b)",
                             "BT102", "Jargon; zeg 'verwerkt in', 'uitgewerkt in' of 'omgezet in'.",
                             "advies: Zeg 'verwerkt in', 'uitgewerkt in' of 'omgezet in'; 'vertaalt zich in' is "
                             "'leidt tot' of 'betekent': 'het beleid is verwerkt in de regels', 'de ambitie is "
                             "uitgewerkt in drie doelen', 'dat betekent zo'n 300 woningen per jaar'.", re.I),
        "hierbinnen": _word(r"\b(hierbinnen|daarbinnen)\b", "BT101",
                            "Stijf woord; zeg 'hierin' of 'daarin', of 'hier' of 'daar'.",
                            "advies: Zeg 'hierin' of 'daarin', of 'hier' of 'daar': 'hier mag geen hoge beplanting "
                            "staan', 'het bedrijf kan daar blijven werken', 'in de woonvisie krijgen ouderen daarin "
                            "extra aandacht'.", re.I),
        "raakvlak": _word(r"\b(raakvlak(?:ken)?)\b", "BT102",
                          "Jargon; zeg 'te maken hebben met', 'raken aan' of 'verband'.",
                          "advies: Zeg 'te maken hebben met', 'raken aan' of 'verband': 'het plan heeft niets te "
                          "maken met de belangen van het Rijk', 'wonen raakt aan zorg en welzijn', 'het verband "
                          "tussen water en natuur'.", re.I),
        "noemenswaardig": _word(r"\b(noemenswaardige?)\b", "BT101",
                                "Stijf woord; zeg 'groot', 'echt' of 'nauwelijks'.",
                                "advies: Zeg 'groot', 'echt' of 'belangrijk', of schrijf 'nauwelijks': 'we verwachten "
                                "geen grote problemen', 'het plan heeft nauwelijks gevolgen voor het milieu', 'er is "
                                "geen echte vervuiling'.", re.I),
        "ontlenen": _word(r"\b(ontleend|ontlenen|ontleent|ontleende|ontleenden)\b", "BT101",
                          "Stijf woord; zeg 'komt uit', 'overgenomen uit' of 'gebaseerd op'.",
                          "advies: Zeg 'komt uit', 'overgenomen uit', 'gebaseerd op' of 'genoemd naar': 'de normen "
                          "komen uit een landelijke richtlijn', 'de tekening is overgenomen uit het bouwplan', 'de "
                          "straat is genoemd naar een oude boerderij'.", re.I),
        "onwenselijk": _word(r"\b(onwenselijke?)\b", "BT101", "Stijf woord; zeg 'ongewenst' of 'niet gewenst'.",
                             "advies: Zeg 'ongewenst' of 'niet gewenst', of zeg wat er mis is: 'een uitrit op deze "
                             "weg is niet gewenst', 'het is ongewenst dat de bomen schade krijgen', 'ongewenste "
                             "verbouwingen'.", re.I),
        "zich lenen": _word(r"\b((?:leent|lenen|leende|leenden) zich|"
                            r"zich\b(?: [\w\-]+){0,3}? (?:lenen|leent|leende|leenden))\b", "BT101",
                            "Stijf; zeg 'is geschikt voor' of 'past bij'.",
                            "advies: Zeg 'is geschikt voor' of 'past bij': 'de plek is heel geschikt voor "
                            "woningen', 'de grond is daar niet geschikt voor', 'niet elk onderwerp past in de "
                            "verordening'.", re.I),
        "normaliter": _word(r"\b(normaliter)\b", "BT101",
                            "Stijf woord; zeg 'normaal gesproken', 'meestal' of 'gewoonlijk'.",
                            "advies: Zeg 'normaal gesproken', 'meestal' of 'gewoonlijk': 'normaal gesproken komt er "
                            "één keer per maand een vrachtwagen', 'meestal staat dit op de kaart'.", re.I),
        "algeheel": _word(r"\b(algehele|algeheel)\b", "BT101", "Stijf woord; zeg 'hele', 'volledige' of 'totale'.",
                          "advies: Zeg 'hele', 'volledige' of 'totale', of laat het weg: 'een volledige vrijstelling', "
                          "'de vernieuwing van het hele gebied', 'het totale beeld'.", re.I),
    }),
    # candidates of task words50 (issue 18 item 2); drawn for two new editors, not yet judged; 'de ambitie hebben'
    # is the verb phrase ('wil'), not the noun (candidates.tsv: ordinary)
    "words38": Study(3838, 16, later=("new39", "blind34"), once=True, dev_only=True, no_reserved=True,
                     # a document's title ('Bouwstenen voor de toekomst'), and the transitional rule of plan rules
                     # (art. 3.2.1 Bro: 'na het tenietgaan ten gevolge van een calamiteit'); the word boundary leaves
                     # out the compounds of calamiteit ('calamiteitenplan', 'calamiteitenroute')
                     skip=re.compile(r"\bBouwstenen voor de toekomst\b|\bteniet ?gaan (?:ten|als) gevolge? van een "
                                     r"calamiteit", re.I), words={
        "calamiteit": _word(r"\b(calamiteit(?:en)?)\b", "BT101",
                            "Moeilijk woord; zeg 'noodgeval', 'ongeluk' of 'ramp'.",
                            "advies: Zeg 'noodgeval', 'ongeluk' of 'ramp', of zeg wat er kan gebeuren: 'bij een "
                            "noodgeval kan de brandweer hier langs', 'bij een brand of ongeluk kunnen mensen "
                            "vluchten', 'de kans op een zwaar ongeluk'.", re.I),
        "de ambitie hebben": _word(r"\b((?:heeft|hebben|had|hadden) (?:\w+ )?(?:de|als) (?:\w+ )?ambitie|"
                                   r"(?:de|onze|haar|zijn|hun) (?:\w+ )?ambitie is)\b", "BT104",
                                   "Omslachtig; zeg 'wil' of 'willen'.",
                                   "advies: Zeg 'wil' of 'willen', of 'het doel is': 'de gemeente wil vijf "
                                   "zorgcentra bouwen', 'we willen deze woningen beter over de regio spreiden', "
                                   "'het college wil een schoner verkeer'.", re.I),
        "evenals": _word(r"\b(evenals)\b", "BT101", "Stijf woord; zeg 'en', 'en ook' of 'net als'.",
                         "advies: Zeg 'en', 'en ook' of 'net als': 'winkels en een sportschool zijn toegestaan', "
                         "'de regels en ook de kaart', 'net als vorig jaar'.", re.I),
        "bouwsteen": _word(r"\b(bouwstenen|bouwsteen)\b", "BT102",
                           "Jargon; zeg 'onderdeel', 'basis' of 'deel'.",
                           "advies: Zeg 'onderdeel', 'basis' of 'deel': 'de fietspaden zijn belangrijke onderdelen "
                           "van het plan', 'de drie visies zijn de basis van deze structuurvisie', 'het plan "
                           "noemt drie onderwerpen'.", re.I),
        "van oudsher": _word(r"\b(van oudsher)\b", "BT101", "Stijf; zeg 'al lang', 'altijd al' of 'vroeger al'.",
                             "advies: Zeg 'al lang', 'altijd al' of 'vroeger al': 'de omgeving van deze straat is "
                             "altijd al groen geweest', 'de gronden waren vroeger al akkers', 'de openheid die er "
                             "al lang is'.", re.I),
        "gestoeld op": _word(r"\b(gestoeld|stoelt|stoelen|stoelde|stoelden|geënt|geent)\b(?=(?: \S+){0,5}? op\b)",
                             "BT101", "Stijf; zeg 'gebaseerd op' of 'gaat uit van'.",
                             "advies: Zeg 'gebaseerd op' of 'gaat uit van': 'de nota is gebaseerd op de "
                             "Monumentenwet', 'het beleid gaat uit van drie principes', 'de gemeente let niet op "
                             "aantallen maar op kwaliteit'.", re.I),
        "daarmee samenhangend": _word(r"\b((?:hiermee|daarmee|hiermede|daarmede) samenhangende?)\b", "BT104",
                                      "Omslachtig; zeg 'die daarbij horen' of 'bijbehorende'.",
                                      "advies: Zeg 'die daarbij horen', 'bijbehorende' of 'die daaruit volgen': "
                                      "'het beleid en de doelen die daarbij horen', 'de bijbehorende waarden', "
                                      "'de gevolgen voor het milieu die daaruit volgen'.", re.I),
        "recentelijk": _word(r"\b(recentelijk)\b", "BT101", "Stijf woord; zeg 'onlangs', 'kort geleden' of 'pas'.",
                             "advies: Zeg 'onlangs', 'kort geleden' of 'pas': 'het verkeer is onlangs geteld', "
                             "'kort geleden is De Centrale As aangelegd', 'de plannen die pas zijn bijgewerkt'.",
                             re.I),
        "prominent": _word(r"\b(prominente?r?)\b", "BT101", "Stijf woord; zeg 'opvallend', 'belangrijk' of 'groot'.",
                           "advies: Zeg 'opvallend', 'belangrijk' of 'groot': 'op opvallende plekken mag het "
                           "gebouw hoger', 'groen speelt een grote rol in de wijk', 'een belangrijke plaats'.",
                           re.I),
        "in het teken van": _word(r"\b(in het teken van)\b", "BT104", "Omslachtig; zeg 'gaat over' of 'draait om'.",
                                  "advies: Zeg 'gaat over' of 'draait om': 'hoofdstuk 2 gaat over de huidige "
                                  "situatie', 'het werk van het waterschap draait om drie doelen'.", re.I),
    }),
}  # fmt: skip
