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
}  # fmt: skip
