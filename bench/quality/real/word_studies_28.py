"""The word studies of round 26 on (words28 ... words35), as drawn (and judged, where the comment says so); results in
RESULTS.md. Drawn with ``word_study.py``."""

from __future__ import annotations

import re

from word_study_kinds import Study, _word

STUDIES_28: dict[str, Study] = {
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
    # candidates of task words42 (issue 18); judged by two new editors (words30-study.tsv)
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
    # candidates of task words43 (issue 18); judged by two new editors (words31-study.tsv)
    "words31": Study(3131, 16, later=("new32", "blind28"), once=True, dev_only=True,
                     skip=re.compile(r"\b(?:onder|met|na) opgave van\b|\bopgave (?:doen|gedaan)|\bopgave gedaan|"
                                     r"[Kk]wantitatieve opgave wonen|\btoxische? (?:scenario|invloedsgebied|effectgebied)|"
                                     r"\binvloed ?gebied toxisch"), words={
        "opgave (taak)": _word(r"(?<![\w\-])(opgaven?)\b", "BT106",
                               "Vaag woord; zeg 'taak' of 'uitdaging', of zeg wat er moet gebeuren.",
                               "advies: Zeg 'taak' of 'uitdaging', of zeg wat er moet gebeuren: 'er moeten 200 woningen "
                               "bij komen', 'de grootste taak is het water schoon te houden', 'het klimaat dat verandert "
                               "is een grote uitdaging'.", re.I),
        "omstreeks": _word(r"\b(omstreeks)\b", "BT101", "Stijf woord; zeg 'rond' of 'ongeveer'.", "rond", re.I),
        "beleefbaar": _word(r"\b(beleefba(?:ar|re|arder|arheid))\b", "BT102",
                            "Jargon; zeg 'te zien', 'te ervaren' of 'zichtbaar'.",
                            "advies: Zeg 'zichtbaar', 'te zien' of 'te ervaren': 'het hoogteverschil is nog goed te "
                            "zien', 'de randen van de polder zichtbaar houden', 'natuur waar mensen van genieten'.", re.I),
        "toxisch": _word(r"\b(toxisch(?:e|er)?)\b", "BT101", "Stijf woord; zeg 'giftig'.",
                         "advies: Zeg 'giftig': 'een giftige wolk', 'het vervoer van giftige stoffen'.", re.I),
        "actualiseren": _word(r"\b(actualise(?:ert|ren|erde|erden)|geactualiseerde?)\b", "BT101",
                              "Stijf woord; zeg 'bijwerken', 'herzien' of 'nieuw'.",
                              "advies: Zeg 'bijwerken', 'herzien' of 'nieuw': 'de woonvisie wordt elke twee jaar "
                              "bijgewerkt', 'het plan is op enkele punten aangevuld en bijgewerkt', 'de nieuwe "
                              "structuurvisie'.", re.I),
        "in beperkte mate": _word(r"\b(in (?:zeer )?(?:beperkte|minimale) mate)\b", "BT104",
                                  "Omslachtig; zeg 'beperkt', 'weinig' of 'een beetje'.",
                                  "advies: Zeg 'beperkt', 'weinig' of 'een beetje': 'de omgeving is weinig geschikt "
                                  "voor zoogdieren', 'er komt een beetje meer verharding'.", re.I),
        "typologie": _word(r"\b(\w*typologie(?:ën|en)?)\b", "BT102", "Jargon; zeg 'type' of 'soort'.",
                           "advies: Zeg 'type' of 'soort': 'woningen van verschillende typen', 'welk type woning waar "
                           "mag', 'het soort bebouwing'.", re.I),
        "wooncarrière": _word(r"\b(wooncarri(?:è|Ã¨|e)res?)\b", "BT102",
                              "Jargon; zeg wat mensen willen: verhuizen naar een woning die beter past.",
                              "advies: Zeg wat mensen willen: 'verhuizen naar een woning die beter bij hen past', "
                              "'een volgende woning vinden in de eigen buurt'.", re.I),
    }),
    # candidates of task words44 (issue 18 item 2); drawn for two new editors, not yet judged
    "words32": Study(3232, 16, later=("new33", "blind29"), once=True, dev_only=True,
                     skip=re.compile(r"\borde van grootte en (?:de )?complexiteit", re.I), words={
        "eventueel (bijwoord)": _word(
            r"\b(eventueel)\b(?! (?!(?:een|de|te|ze|die|deze|me|we|je|mee|toe)\b)[\w\-]+e\b)", "BT106",
            "Vaag woord; zeg 'zo nodig' of 'misschien', of laat het weg.",
            "advies: Zeg 'zo nodig', 'als dat nodig is' of 'misschien', of laat het weg: 'het waterschap en zo nodig "
            "de buurgemeenten', 'misschien is meer onderzoek nodig', 'kopers kunnen kiezen tussen twee soorten "
            "warmtepompen'.", re.I),
        "eventueel aanwezige": _word(
            r"\b(eventueel)(?= (?!(?:een|de|te|ze|die|deze|me|we|je|mee|toe)\b)[\w\-]+e\b)", "BT106",
            "Vaag woord; laat het weg, of zeg 'die er misschien zijn'.",
            "advies: Laat het weg, of zeg 'die er misschien is' of 'die er misschien zijn': 'de archeologische "
            "waarden in de grond', 'beschermde dieren die er misschien zijn', 'de grond die vrijkomt'.", re.I),
        "potentie": _word(r"\b(potenties?)\b", "BT102", "Jargon; zeg 'kansen' of 'mogelijkheden', of zeg wat kan.",
                          "advies: Zeg 'kansen' of 'mogelijkheden', of zeg wat kan; 'in potentie' is 'mogelijk': 'de "
                          "plekken bieden kansen voor recreatie', 'het gebied is mogelijk geschikt voor beschermde "
                          "soorten', 'de gebouwen kunnen dienen als verblijfplaats'.", re.I),
        "een elftal": _word(
            r"\b(een (?:zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig|veertig|vijftig|"
            r"zestig|zeventig|tachtig|negentig|honderd)tal)\b", "BT104",
            "Omslachtig; zeg het getal, of 'ongeveer' bij een rond getal.",
            "advies: Zeg het getal: 'elf woningen', 'acht sporen'; bij een rond getal 'ongeveer': 'ongeveer tien "
            "standplaatsen', 'ongeveer honderd soorten planten'.", re.I),
        "zo optimaal mogelijk": _word(r"\b((?:zo|meest) optima(?:al|le)(?: mogelijke?)?|optimaalste)\b", "BT104",
                                      "Omslachtig; zeg 'zo goed mogelijk' of 'de beste'.",
                                      "advies: Zeg 'zo goed mogelijk' of 'de beste': 'het afval zo goed mogelijk "
                                      "hergebruiken', 'een zo goed mogelijke leefomgeving', 'in de beste situatie'.",
                                      re.I),
        "consolideren": _word(r"\b(consolid(?:eert|eren|eerde|eerden|erend|erende|atie))\b", "BT102",
                              "Jargon; zeg 'vastleggen wat er is' of 'behouden'.",
                              "advies: Zeg 'vastleggen wat er is' of 'behouden': 'een plan dat vastlegt wat er al is', "
                              "'het plan legt de bestaande regels opnieuw vast', 'het behoud van de historische "
                              "omgeving'.", re.I),
        "introduceren": _word(r"\b(introduce(?:ert|ren|erde|erden)|ge(?:ï|i)ntroduceerde?)\b", "BT101",
                              "Stijf woord; zeg 'invoeren' of 'er komt'.",
                              "advies: Zeg 'invoeren', 'er komt' of 'nieuw': 'de SVIR voerde de ladder voor duurzame "
                              "verstedelijking in', 'er komt een nieuwe woning', 'het plan heeft een nieuwe gemengde "
                              "bestemming'.", re.I),
        "integreren": _word(r"\b(integre(?:ert|ren|erde|erden)|ge(?:ï|i)ntegreerde?)\b", "BT101",
                            "Stijf woord; zeg 'opnemen in', 'samenvoegen' of 'samenbrengen'.",
                            "advies: Zeg 'opnemen in', 'samenvoegen' of 'samenbrengen': 'de bomen zijn in het ontwerp "
                            "opgenomen', 'drie wetten zijn samengevoegd tot één wet', 'de provincie brengt haar beleid "
                            "voor verkeer en ruimte samen'.", re.I),
        "een relatie hebben met": _word(
            r"\b((?:heeft|hebben|had|hadden|kent|kennen|kende|kenden)\b(?: (?!in\b)[\w\-]+){0,4}? relatie met)\b",
            "BT104", "Omslachtig; zeg 'hangt samen met' of 'heeft te maken met'.",
            "advies: Zeg 'hangt samen met', 'heeft te maken met' of 'sluit aan op'; met 'geen': 'staat los van': 'de "
            "beslissingen hangen vaak samen met wetten en beleid', 'het plan staat los van het nationale beleid', 'de "
            "buurt sluit direct aan op de wijk ernaast'.", re.I),
        "complexiteit": _word(r"\b(complexiteit)\b", "BT101", "Stijf woord; zeg hoe ingewikkeld iets is.",
                              "advies: Zeg hoe ingewikkeld iets is: 'omdat het gebied ingewikkeld is', 'afhankelijk "
                              "van hoe ingewikkeld je voorstel is', 'wij helpen organisaties met die ingewikkelde "
                              "regels'.", re.I),
    }),
    # candidates of task words45 (issue 18 item 2); drawn for two new editors, not yet judged
    "words33": Study(3333, 16, later=("new34", "blind30"), once=True, dev_only=True, no_reserved=True,
                     skip=re.compile(r"\bvan (?!(?:de|het|een|deze|die) voorziene)(?:[\w\-]+ ){1,4}voorziene\b|"
                                     r"toegelaten en voorziene woon", re.I), words={
        "voorgestane": _word(r"\b(voorgestane?|voorgestaan|voorsta(?:at|an)|voorstond(?:en)?)\b", "BT101",
                             "Stijf woord; zeg 'gepland' of 'gewenst', of 'willen'.",
                             "advies: Zeg 'gepland' of 'gewenst'; bij het werkwoord 'willen' of 'kiezen voor': 'de "
                             "geplande bouw van tien woningen', 'de gewenste inrichting van de straat', 'de gemeente "
                             "kiest voor weinig nieuwe woningen in de kleine dorpen'.", re.I),
        "voorziene (gepland)": _word(r"(?<!\bte )\b(voorziene)\b", "BT101", "Stijf woord; zeg 'gepland' of 'nieuw'.",
                                     "advies: Zeg 'gepland' of 'nieuw': 'de geplande woningen', 'de nieuwe "
                                     "school', 'hoe groot de geplande uitbreiding is'.", re.I),
        "focus": _word(r"\b(focus)\b(?![\-\u2010])", "BT102",
                       "Jargon; zeg 'zich richten op' of 'vooral'.",
                       "advies: Zeg 'zich richten op', 'vooral' of 'het gaat vooral om': 'de gemeente richt zich op "
                       "jonge gezinnen', 'in het centrum gaat het vooral om winkels', 'we letten vooral op de "
                       "kosten'.", re.I),
        "vermoedelijk": _word(r"\b(vermoedelijke?)\b", "BT101", "Stijf woord; zeg 'waarschijnlijk'.",
                              "advies: Zeg 'waarschijnlijk': 'de sporen zijn waarschijnlijk uit de IJzertijd', 'de "
                              "waarschijnlijke oorzaak is het oude riool'.", re.I),
        "zo veel als mogelijk": _word(
            r"\b(zo ?(?!(?:ook|is|dat|die|het|de|een|en|of)\b)[\w\-]+ als mogelijk)\b", "BT104",
            "Omslachtig; laat 'als' weg: 'zoveel mogelijk', 'zo goed mogelijk'.",
            "advies: Laat 'als' weg: 'de bomen blijven zoveel mogelijk staan', 'zo snel mogelijk', 'de ruimte zo goed "
            "mogelijk gebruiken'.", re.I),
        "anderzijds (zonder enerzijds)": _word(r"(?s)^(?!.*\benerzijds\b).*?\b(anderzijds)\b", "BT101",
                                               "Stijf woord; zeg 'aan de andere kant', 'daarnaast' of 'ook', of "
                                               "laat het weg.",
                                               "advies: Zeg 'aan de andere kant' bij een tegenstelling, anders "
                                               "'daarnaast' of 'ook', of laat het weg: 'aan de andere kant geeft de "
                                               "wet ook ruimte', 'daarnaast wil de gemeente de oude panden "
                                               "opknappen', 'de afstand tussen het bedrijf en de woning'.", re.I),
        "onderhevig": _word(r"\b(onderhevig)\b", "BT101",
                            "Stijf woord; zeg wat er gebeurt: 'verandert vaak', 'geldt voor', 'heeft last van'.",
                            "advies: Zeg wat er gebeurt: 'het beleid verandert vaak' voor 'is aan veranderingen "
                            "onderhevig', 'een gebied waarvoor de welstandstoets geldt', 'gebieden die last hebben "
                            "van kwel'.", re.I),
        "identificeren": _word(r"\b(identifice(?:ert|ren|erde|erden)|ge(?:\u00ef|i)dentificeerde?)\b", "BT101",
                               "Stijf woord; zeg 'vaststellen', 'herkennen' of 'vinden'.",
                               "advies: Zeg 'vaststellen', 'herkennen', 'vinden' of 'aanwijzen': 'we stellen vast "
                               "welke risico's er zijn', 'de explosieven worden opgespoord en herkend', 'de provincie "
                               "wijst de waardevolle plekken aan'.", re.I),
    }),
    # candidates of task words46 (issue 18 item 2); drawn for two new editors, not yet judged
    "words34": Study(3434, 16, later=("new35", "blind31"), once=True, dev_only=True, no_reserved=True,
                     skip=re.compile(r"toegelaten (?:en voorziene )?woon\W+ of bedrijfsbebouwing", re.I), words={
        "slechts": _word(r"\b(slechts)\b", "BT101", "Stijf woord; zeg 'alleen' of 'maar'.",
                         "advies: Zeg 'alleen' of 'maar': 'een vergunning komt er alleen als de waarden niet worden "
                         "geschaad', 'het plan maakt maar één extra woning mogelijk', 'niet alleen ... maar ook'.", re.I),
        "heeft als doel": _word(
            r"\b((?:heeft|hebben|had|hadden)\b(?: [\w\-]+){0,3}? als (?:hoofd)?doel|"
            r"als (?:hoofd)?doel (?:heeft|hebben|had|hadden))\b(?! (?:gesteld|gekozen|genomen)\b)", "BT104",
            "Omslachtig; zeg 'is bedoeld om' of 'moet', of zeg wat het doet.",
            "advies: Zeg 'is bedoeld om' of 'moet', of zeg wat het doet: 'het plan legt de bestaande rechten vast', "
            "'de zone is bedoeld om hoge bebouwing bij de molen te weren', 'het onderzoek moet laten zien welke "
            "dieren er leven'.", re.I),
        "limitatief": _word(r"\b((?:niet[\-\u2010 ])?limitatie(?:f|ve))\b", "BT101",
                            "Stijf woord; zeg 'volledig', 'alleen deze' of 'beperkt'.",
                            "advies: Zeg 'volledig' of 'alleen deze'; bij 'niet limitatief': 'het zijn voorbeelden'; "
                            "bij 'limitatief beschikbaar': 'schaars': 'de bijlage geeft een volledige lijst', 'de "
                            "wet noemt alleen deze gevallen', 'geschikte nestplaatsen zijn schaars'.", re.I),
        "mede begrepen": _word(r"\b(mede (?:begrepen|verstaan))\b", "BT101",
                               "Stijf; zeg 'ook' of 'valt ook onder'.",
                               "advies: Zeg 'ook' of 'valt ook onder': 'onder wonen valt ook een bed & breakfast', "
                               "'een aanbouw, en ook een uitbouw', 'de omgeving, en ook een groene strook langs de "
                               "rand'.", re.I),
        "ten minste (getal)": _word(
            r"\b(ten ?minste)(?= (?:\d|(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|honderd)\b))", "BT101",
            "Stijf; zeg 'minstens'.", "minstens", re.I),
        "ten hoogste (getal)": _word(
            r"\b(ten hoogste)(?= (?:\d|(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|honderd)\b))", "BT101",
            "Stijf; zeg 'hoogstens' of 'maximaal'.",
            "advies: Zeg 'hoogstens' of 'maximaal': 'een bouwhoogte van maximaal 7 meter', 'de geluidbelasting is "
            "hoogstens 56 dB', 'wegen met hoogstens één rijstrook in elke richting'.", re.I),
        "traceerbaarheid": _word(r"\b(traceerbaarheid)\b", "BT102",
                                 "Jargon; zeg dat u kunt nagaan waar iets vandaan komt.",
                                 "advies: Zeg dat u kunt nagaan waar iets vandaan komt: 'zo kunt u altijd nagaan op "
                                 "welke regel een besluit rust', 'elke stap is terug te vinden in de bron'.", re.I),
        "toekomstbestendigheid": _word(r"\b(toekomstbestendigheid)\b", "BT102",
                                       "Jargon; zeg wat ook later nog moet werken of bestaan.",
                                       "advies: Zeg wat ook later nog moet werken of bestaan: 'zodat het bedrijf ook "
                                       "later kan blijven bestaan', 'het watersysteem moet ook over dertig jaar nog "
                                       "goed werken', 'woningen die ook later nog voldoen'.", re.I),
        "eenduidigheid": _word(r"\b(eenduidigheid)\b", "BT101",
                               "Moeilijk woord; zeg 'duidelijkheid' of dat iets op één manier uit te leggen is.",
                               "advies: Zeg 'duidelijkheid' of dat iets op één manier uit te leggen is: 'zo is "
                               "duidelijk wat het plan bedoelt', 'regels die iedereen op dezelfde manier leest'.",
                               re.I),
        "in de gelegenheid zijn": _word(
            r"\b((?:is|zijn|was|waren|ben|bent)\b(?: (?!niet\b)[\w\-]+){0,3}? in de gelegenheid)\b"
            r"(?! (?:gesteld|te stellen|stellen|stelt)\b)", "BT101", "Stijf; zeg 'kan' of 'kunnen'.",
            "advies: Zeg 'kan' of 'kunnen': 'iedereen kan dan een zienswijze geven', 'de koper kan de grond dan "
            "kopen'.", re.I),
    }),
    # candidates of task words47 (issue 18 item 2); drawn for two new editors, not yet judged
    "words35": Study(3535, 16, later=("new36", "blind31"), once=True, dev_only=True, no_reserved=True,
                     skip=re.compile(r"\b(?:gezien|op basis van|op grond van) (?:het )?voorgaande\b", re.I), words={
        "gehele": _word(r"\b(gehele)\b", "BT101", "Stijf woord; zeg 'hele'.", "hele", re.I),
        "vereist": _word(r"\b(vereis(?:en|t|te|ten))\b", "BT101", "Stijf woord; zeg 'nodig' of 'verplicht'.",
                         "advies: Zeg 'nodig' of 'verplicht'; bij het werkwoord 'vraagt om'; bij 'een vereiste' 'een "
                         "eis' of 'een voorwaarde': 'voor de sloop is een vergunning nodig', 'de geluidwering die "
                         "nodig is', 'dit vraagt om een zorgvuldige afweging'.", re.I),
        # not a drawing's projection (neerwaarts geprojecteerd op het maaiveld, projecteren zich op)
        "geprojecteerd": _word(r"\b(geprojecteerde?|projecte(?:ert|ren|erde|erden))\b(?! (?:zich )?op\b)", "BT102",
                               "Jargon; zeg 'gepland' of 'komt', of zeg waar iets komt.",
                               "advies: Zeg 'gepland', 'komt' of 'ligt': 'in het plangebied komen negen vrijstaande "
                               "woningen', 'de geplande woning', 'de nieuwe woning ligt ten zuiden van het "
                               "plangebied'.", re.I),
        "verwoord": _word(r"\b(verwoord(?:t|en|de|den|e)?)\b", "BT101", "Stijf woord; zeg 'staat in' of 'beschreven'.",
                          "advies: Zeg 'staat in', 'beschreven' of 'genoemd': 'het welstandsbeleid staat in de "
                          "Welstandsnota 2013', 'de ambities die in de visie staan', 'zoals beschreven in paragraaf "
                          "3.2'.", re.I),
        # not the passive (kan worden volstaan met): BT302 gives that its own advice
        "volstaan": _word(r"(?s)^(?!.*\b(?:worden|wordt|werd|werden)(?: [\w\-]+)? volstaan\b)"
                          r"(?!.*\bvolstaan(?: [\w\-]+)? (?:worden|wordt|werd|werden)\b).*?\b(volst(?:aan|aat|ond|onden))\b",
                          "BT101", "Stijf woord; zeg 'is genoeg'.",
                          "advies: Zeg 'is genoeg' of 'alleen': 'een melding is genoeg', 'die afspraak is genoeg als "
                          "regionale afspraak', 'wij verwijzen hier alleen naar de doelen van het beleid'.", re.I),
        "naastgelegen": _word(r"\b(naastgelegen)\b", "BT101", "Stijf woord; zeg 'ernaast' of 'naburig'.",
                              "advies: Zeg 'ernaast', 'naburig' of 'van de buren': 'de woningen ernaast', 'de naburige "
                              "percelen', 'de weg langs het perceel'.", re.I),
        "constateren": _word(r"\b(constate(?:ert|ren|erde|erden)|geconstateerde?)\b", "BT101",
                             "Stijf woord; zeg 'zien', 'blijkt' of 'vaststellen'.",
                             "advies: Zeg 'zien', 'blijkt' of 'vaststellen': 'we zien dat het plan past in het "
                             "beleid', 'uit het onderzoek blijkt dat er te weinig woningen zijn', 'die vervuiling was "
                             "niet eerder gevonden'.", re.I),
        "o.a.": _word(r"(?<![\w.])(o\.a\.?)(?![\w.])", "BT104", "Afkorting; schrijf 'onder andere' voluit.",
                      "onder andere", re.I),
        # the listed 'gezien het voorgaande' and 'op basis van het voorgaande' are skipped
        "voorgaande": _word(r"\b(voorgaande?)\b", "BT101", "Stijf woord; zeg 'vorige' of 'hierboven'.",
                            "advies: Zeg 'vorige', 'eerder' of 'hierboven': 'in de vorige paragrafen', 'wat hierboven "
                            "staat', 'de vorige verordening'.", re.I),
    }),
}  # fmt: skip
