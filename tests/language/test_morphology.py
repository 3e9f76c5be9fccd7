"""Inflection cases for beleidstaal.language.morphology, written for this test (not taken from a corpus)."""

from __future__ import annotations

import pytest

from beleidstaal.language import morphology as m

# infinitive: 3rd person present, past singular, past plural, participle
STRONG = """
blijven blijft bleef bleven gebleven
bieden biedt bood boden geboden
verbieden verbiedt verbood verboden verboden
aanbieden aanbiedt aanbood aanboden aangeboden
schrijven schrijft schreef schreven geschreven
beschrijven beschrijft beschreef beschreven beschreven
sluiten sluit sloot sloten gesloten
besluiten besluit besloot besloten besloten
vinden vindt vond vonden gevonden
bevinden bevindt bevond bevonden bevonden
nemen neemt nam namen genomen
ondernemen onderneemt ondernam ondernamen ondernomen
geven geeft gaf gaven gegeven
vergeven vergeeft vergaf vergaven vergeven
komen komt kwam kwamen gekomen
voorkomen voorkomt voorkwam voorkwamen voorgekomen
gaan gaat ging gingen gegaan
ontstaan ontstaat ontstond ontstonden ontstaan
staan staat stond stonden gestaan
bestaan bestaat bestond bestonden bestaan
doen doet deed deden gedaan
zien ziet zag zagen gezien
herzien herziet herzag herzagen herzien
spreken spreekt sprak spraken gesproken
breken breekt brak braken gebroken
helpen helpt hielp hielpen geholpen
houden houdt hield hielden gehouden
behouden behoudt behield behielden behouden
brengen brengt bracht brachten gebracht
denken denkt dacht dachten gedacht
zoeken zoekt zocht zochten gezocht
bezoeken bezoekt bezocht bezochten bezocht
kopen koopt kocht kochten gekocht
vragen vraagt vroeg vroegen gevraagd
dragen draagt droeg droegen gedragen
lopen loopt liep liepen gelopen
verlopen verloopt verliep verliepen verlopen
laten laat liet lieten gelaten
wijzen wijst wees wezen gewezen
kiezen kiest koos kozen gekozen
verliezen verliest verloor verloren verloren
begrijpen begrijpt begreep begrepen begrepen
beginnen begint begon begonnen begonnen
winnen wint won wonnen gewonnen
treffen treft trof troffen getroffen
betreffen betreft betrof betroffen betroffen
trekken trekt trok trokken getrokken
vallen valt viel vielen gevallen
krijgen krijgt kreeg kregen gekregen
kijken kijkt keek keken gekeken
blijken blijkt bleek bleken gebleken
lijken lijkt leek leken geleken
vergelijken vergelijkt vergeleek vergeleken vergeleken
zijn is was waren geweest
hebben heeft had hadden gehad
kunnen kan kon konden gekund
willen wil wilde wilden gewild
mogen mag mocht mochten gemogen
worden wordt werd werden geworden
weten weet wist wisten geweten
zeggen zegt zei zeiden gezegd
slaan slaat sloeg sloegen geslagen
wegen weegt woog wogen gewogen
overwegen overweegt overwoog overwogen overwogen
ontvangen ontvangt ontving ontvingen ontvangen
"""

# infinitive: 1st person singular, 3rd person present, past singular, participle
WEAK = """
maken maak maakt maakte gemaakt
stellen stel stelt stelde gesteld
werken werk werkt werkte gewerkt
leven leef leeft leefde geleefd
reizen reis reist reisde gereisd
zetten zet zet zette gezet
praten praat praat praatte gepraat
antwoorden antwoord antwoordt antwoordde geantwoord
realiseren realiseer realiseert realiseerde gerealiseerd
implementeren implementeer implementeert implementeerde geïmplementeerd
evalueren evalueer evalueert evalueerde geëvalueerd
informeren informeer informeert informeerde geïnformeerd
verbeteren verbeter verbetert verbeterde verbeterd
veranderen verander verandert veranderde veranderd
behandelen behandel behandelt behandelde behandeld
ontwikkelen ontwikkel ontwikkelt ontwikkelde ontwikkeld
wandelen wandel wandelt wandelde gewandeld
openen open opent opende geopend
betalen betaal betaalt betaalde betaald
bellen bel belt belde gebeld
gebruiken gebruik gebruikt gebruikte gebruikt
geloven geloof gelooft geloofde geloofd
ondersteunen ondersteun ondersteunt ondersteunde ondersteund
herstellen herstel herstelt herstelde hersteld
verwerken verwerk verwerkt verwerkte verwerkt
controleren controleer controleert controleerde gecontroleerd
regelen regel regelt regelde geregeld
plannen plan plant plande gepland
huren huur huurt huurde gehuurd
sturen stuur stuurt stuurde gestuurd
bouwen bouw bouwt bouwde gebouwd
draaien draai draait draaide gedraaid
groeien groei groeit groeide gegroeid
initiëren initieer initieert initieerde geïnitieerd
financieren financier financiert financierde gefinancierd
"""

# separable verb: main clause (finite, particle), subordinate clause, participle, te-infinitive
SEPARABLE = """
vaststellen stelt vast vaststelt vastgesteld vast|te|stellen
inzetten zet in inzet ingezet in|te|zetten
aanpassen past aan aanpast aangepast aan|te|passen
uitvoeren voert uit uitvoert uitgevoerd uit|te|voeren
opnemen neemt op opneemt opgenomen op|te|nemen
aanbieden biedt aan aanbiedt aangeboden aan|te|bieden
plaatsvinden vindt plaats plaatsvindt plaatsgevonden plaats|te|vinden
toepassen past toe toepast toegepast toe|te|passen
voorbereiden bereidt voor voorbereidt voorbereid voor|te|bereiden
terugbetalen betaalt terug terugbetaalt terugbetaald terug|te|betalen
meedoen doet mee meedoet meegedaan mee|te|doen
afgeven geeft af afgeeft afgegeven af|te|geven
uitgaan gaat uit uitgaat uitgegaan uit|te|gaan
aangeven geeft aan aangeeft aangegeven aan|te|geven
vastleggen legt vast vastlegt vastgelegd vast|te|leggen
bijdragen draagt bij bijdraagt bijgedragen bij|te|dragen
nakomen komt na nakomt nagekomen na|te|komen
overnemen neemt over overneemt overgenomen over|te|nemen
deelnemen neemt deel deelneemt deelgenomen deel|te|nemen
kennisnemen neemt kennis kennisneemt kennisgenomen kennis|te|nemen
"""

# reflexive verb, person, number, clause: expected words in order
REFLEXIVE = """
zich bevinden|3|Sing|main|bevindt zich
zich bevinden|3|Plur|main|bevinden zich
zich bevinden|3|Sing|sub|zich bevindt
zich bevinden|1|Plur|main|bevinden ons
zich bevinden|1|Sing|main|bevind me
zich inzetten|3|Sing|main|zet zich in
zich inzetten|1|Plur|main|zetten ons in
zich inzetten|3|Sing|sub|zich inzet
zich richten|3|Sing|main|richt zich
zich richten|3|Plur|sub|zich richten
zich aanmelden|2|Sing|main|meldt je aan
zich aanmelden|3|Sing|sub|zich aanmeldt
zich voordoen|3|Sing|main|doet zich voor
zich voordoen|3|Plur|sub|zich voordoen
zich houden|3|Sing|main|houdt zich
zich verzetten|3|Sing|main|verzet zich
zich afvragen|1|Plur|main|vragen ons af
zich baseren|3|Sing|main|baseert zich
zich inspannen|3|Plur|main|spannen zich in
zich wenden|1|Sing|sub|me wend
"""

# noun: plural, diminutive
NOUNS = """
regeling regelingen regelinkje
woning woningen woninkje
stad steden stadje
huis huizen huisje
plan plannen plannetje
bestemmingsplan bestemmingsplannen bestemmingsplannetje
auto auto's autootje
organisatie organisaties organisatietje
tafel tafels tafeltje
kamer kamers kamertje
straat straten straatje
boom bomen boompje
brief brieven briefje
kans kansen kansje
bus bussen busje
kat katten katje
bal ballen balletje
boek boeken boekje
kind kinderen kindje
lid leden lidje
schip schepen scheepje
dag dagen dagje
weg wegen weggetje
overheid overheden overheidje
reis reizen reisje
prijs prijzen prijsje
idee ideeën ideetje
burger burgers burgertje
stakeholder stakeholders stakeholdertje
bedrijf bedrijven bedrijfje
gebied gebieden gebiedje
voorstel voorstellen voorstelletje
besluit besluiten besluitje
inwoner inwoners inwonertje
menu menu's menuutje
knie knieën knietje
categorie categorieën categorietje
typologie typologieën typologietje
bacterie bacteriën bacterietje
"""

# adjective: with -e, comparative, superlative
ADJECTIVES = """
groot grote groter grootst
klein kleine kleiner kleinst
wit witte witter witst
snel snelle sneller snelst
lief lieve liever liefst
grijs grijze grijzer grijst
integraal integrale integraler integraalst
actief actieve actiever actiefst
nieuw nieuwe nieuwer nieuwst
mooi mooie mooier mooist
vrij vrije vrijer vrijst
noodzakelijk noodzakelijke noodzakelijker noodzakelijkst
duidelijk duidelijke duidelijker duidelijkst
samenhangend samenhangende samenhangender samenhangendst
simpel simpele simpeler simpelst
duur dure duurder duurst
zwaar zware zwaarder zwaarst
breed brede breder breedst
goed goede beter best
los losse losser lost
"""

UNCHANGED_E = ["open", "gesloten", "houten", "extra", "oranje", "prima"]

# noun: article
GENDER = """
regeling de
plan het
bestemmingsplan het
besluit het
gemeente de
beleid het
overheid de
huisje het
organisatie de
document het
stad de
"""


def _rows(table: str) -> list[list[str]]:
    return [line.split() for line in table.strip().splitlines()]


@pytest.mark.parametrize("inf,third,sg,pl,part", _rows(STRONG))
def test_strong_and_irregular_verbs(inf, third, sg, pl, part):
    assert m.present(inf, "Sing", 3) == third
    assert m.past(inf, "Sing") == sg
    assert m.past(inf, "Plur") == pl
    assert m.participle(inf) == part


@pytest.mark.parametrize("inf,first,third,sg,part", _rows(WEAK))
def test_weak_verbs(inf, first, third, sg, part):
    assert m.stem(inf) == first
    assert m.present(inf, "Sing", 1) == first
    assert m.present(inf, "Sing", 3) == third
    assert m.past(inf, "Sing") == sg
    assert m.past(inf, "Plur") == sg + "n"
    assert m.participle(inf) == part


@pytest.mark.parametrize("inf,verb,particle,sub,part,te", _rows(SEPARABLE))
def test_separable_verbs_in_both_clause_orders(inf, verb, particle, sub, part, te):
    assert m.finite(inf, clause="main") == (verb, particle)
    assert m.finite(inf, clause="sub") == (sub, "")
    assert m.participle(inf) == part
    assert m.te_infinitive(inf) == te.replace("|", " ")
    assert m.separable(inf) == (particle, inf[len(particle) :])


@pytest.mark.parametrize(
    "inf", ["ondersteunen", "overwegen", "realiseren", "informeren", "verbieden", "betalen"]
)
def test_verbs_that_do_not_split(inf):
    assert m.separable(inf) is None
    assert m.finite(inf, clause="main")[1] == ""


@pytest.mark.parametrize("case", REFLEXIVE.strip().splitlines())
def test_reflexive_verbs(case):
    lemma, person, number, clause, expected = case.split("|")
    verb, refl, particle = m.conjugate(lemma, number=number, person=person, clause=clause)
    words = [refl, verb] if clause == "sub" else [verb, refl, particle]
    assert " ".join(w for w in words if w) == expected


@pytest.mark.parametrize(
    "inf,plural_past", [("maken", "maakten"), ("blijven", "bleven"), ("vaststellen", "vaststelden")]
)
def test_past_plural_subordinate(inf, plural_past):
    assert m.finite(inf, tense="Past", number="Plur", clause="sub") == (plural_past, "")


@pytest.mark.parametrize("noun,plural,dim", _rows(NOUNS))
def test_noun_plural_and_diminutive(noun, plural, dim):
    assert m.plural(noun) == plural
    assert m.diminutive(noun) == dim
    assert m.inflect(noun, "NOUN", {"Number": "Plur"}) == plural
    assert m.inflect(noun, "NOUN", {"Number": "Plur", "Diminutive": "Yes"}) == dim + "s"


@pytest.mark.parametrize("adj,e,cmp,sup", _rows(ADJECTIVES))
def test_adjective_e_and_degrees(adj, e, cmp, sup):
    assert m.attributive(adj) == e
    assert m.comparative(adj) == cmp
    assert m.superlative(adj) == sup
    assert m.inflect(adj, "ADJ", {"Degree": "Pos", "Inflection": "E"}) == e
    assert m.inflect(adj, "ADJ", {"Degree": "Cmp", "Inflection": "E"}) == cmp + "e"


@pytest.mark.parametrize("adj", UNCHANGED_E)
def test_adjectives_without_e(adj):
    assert m.attributive(adj) == adj


@pytest.mark.parametrize("noun,art", _rows(GENDER))
def test_de_het(noun, art):
    assert m.article(noun) == art


@pytest.mark.parametrize(
    "article,gender,number,expected",
    [
        ("een", "het", "Sing", False),  # een groot huis
        (None, "het", "Sing", False),  # groot belang
        ("het", "het", "Sing", True),  # het grote huis
        ("een", "de", "Sing", True),  # een grote stad
        (None, "het", "Plur", True),  # grote huizen
        ("geen", "het", "Sing", False),  # geen goed plan
        ("dit", "het", "Sing", True),  # dit goede plan
    ],
)
def test_when_an_adjective_takes_e(article, gender, number, expected):
    assert m.needs_e(article, gender, number) is expected


@pytest.mark.parametrize(
    "lemma,pos,feats,form",
    [
        ("maken", "VERB", {"VerbForm": "Fin", "Tense": "Pres", "Number": "Sing", "Person": "3"}, "maakt"),
        ("maken", "VERB", {"VerbForm": "Fin", "Tense": "Past", "Number": "Plur"}, "maakten"),
        ("maken", "VERB", {"VerbForm": "Part"}, "gemaakt"),
        ("vaststellen", "VERB", {"VerbForm": "Part", "Inflection": "E"}, "vastgestelde"),
        ("werken", "VERB", {"VerbForm": "Part", "Tense": "Pres"}, "werkend"),
        ("zijn", "AUX", "Number=Sing|Person=1|Tense=Pres|VerbForm=Fin", "ben"),
        ("hebben", "AUX", "Number=Sing|Person=2|Tense=Pres|VerbForm=Fin", "hebt"),
        ("gaan", "VERB", {"VerbForm": "Inf"}, "gaan"),
    ],
)
def test_inflect_from_features(lemma, pos, feats, form):
    assert m.inflect(lemma, pos, feats) == form


def test_inverted_second_person_has_no_t():
    assert m.present("werken", "Sing", 2) == "werkt"
    assert m.present("werken", "Sing", 2, inverted=True) == "werk"
    assert m.present("zijn", "Sing", 2, inverted=True) == "ben"


@pytest.mark.parametrize(
    "lemma,pos,present,absent",
    [
        ("vaststellen", "VERB", {"vaststelt", "vastgesteld", "vastgestelde", "vaststelden"}, {"stelt"}),
        ("blijven", "VERB", {"blijft", "bleef", "bleven", "gebleven"}, {"blijfde"}),
        ("regeling", "NOUN", {"regeling", "regelingen", "regelinkje"}, {"regelings"}),
        ("integraal", "ADJ", {"integraal", "integrale", "integraler"}, {"integraale"}),
        ("stakeholder", "NOUN", {"stakeholders"}, {"stakeholderen"}),
    ],
)
def test_forms_lists_every_inflected_form(lemma, pos, present, absent):
    got = m.forms(lemma, pos)
    assert present <= got
    assert not absent & got


@pytest.mark.parametrize(
    "word,pos,lemma",
    [
        ("liep", None, "lopen"),
        ("gebleven", None, "blijven"),
        ("vastgesteld", None, "vaststellen"),
        ("steden", None, "stad"),
        ("huizen", "NOUN", "huis"),
        ("grote", None, "groot"),
        ("integrale", "ADJ", "integraal"),
        ("regelingen", None, "regeling"),
        ("stakeholders", None, "stakeholder"),
        ("realiseert", None, "realiseren"),
        ("kinderen", None, "kind"),
    ],
)
def test_lemmas_backstop(word, pos, lemma):
    assert (lemma, pos or m.lemmas(word)[0][1]) in m.lemmas(word, pos)
    assert m.lemmas(word, pos)[0][0] == lemma


def test_lemmas_of_an_unknown_word_is_empty():
    assert m.lemmas("qxzvbrpt") == []
