"""Rules quoted word for word under a lead-in that makes a rule text say them (``quote_kinds.rule_text_states``):
an article or a named ordinance as the subject of a verb of stating (*Artikel 12 geeft aan dat:*), *de volgende
beleidsregels* of a text the sentence names, a numbered list split by short labels, and the numbered items of a
lettered condition that ends in a colon. The writer's own explanation around them stays checked."""

from __future__ import annotations

from quote_checks import ALL, blocks, quoted

from beleidstaal import check_text

ARTICLE = """# Provinciaal beleid

Het oosten van het plangebied ligt in het landelijk gebied. Artikel 12 geeft aan dat daar:

- bebouwing wordt gebundeld binnen het bouwvlak, dan wel direct daaraan grenzend wordt opgericht;
- een bedrijfswoning alleen is toegestaan als die nodig is voor het toezicht.

Het plan houdt zich aan deze regels.
"""


def test_an_article_that_states_its_rules_before_a_colon():
    assert quoted(ARTICLE, "dan wel direct daaraan grenzend")
    assert not quoted(ARTICLE, "Het plan houdt zich")


def test_the_dan_wel_of_a_quoted_article_is_not_reported():
    words = [f.rule for f in check_text(ARTICLE, config=ALL) if "dan wel" in f.message]
    assert words == []


LABELS = """# Waterkering

De waterkering valt onder artikel 4.1 van de Keur. Voor de kering gelden de volgende beleidsregels:

*Ligging*

1. Een bouwwerk staat niet in de kruin van de dijk.

2. Een bouwwerk staat op ten minste vier meter van de teen.

*Uitvoering*

3. Als er tijdens het werk scheuren worden gezien dan wel verwacht, worden maatregelen genomen.

Het nieuwe huis staat op tien meter van de dijk.
"""


def test_the_volgende_beleidsregels_and_a_list_split_by_labels():
    assert quoted(LABELS, "scheuren worden gezien dan wel verwacht")
    assert not quoted(LABELS, "Het nieuwe huis")


SUBITEMS = """# Landbouw

Voor het buitengebied zijn de regels uit de verordening overgenomen.

- a. nieuwe stallen worden gebouwd binnen het bouwvlak;
- b. voor bestaande stallen geldt dat:
- 1. zij mogen worden vergroot als de uitbreiding nodig is, dan wel als het bedrijf verplaatst;
- 2. het dak niet hoger is dan tien meter;
- c. mestsilo's staan achter de stal.

Het plan volgt deze lijn.
"""


def test_numbered_items_of_a_condition_that_ends_in_a_colon():
    assert quoted(SUBITEMS, "dan wel als het bedrijf verplaatst")
    assert not quoted(SUBITEMS, "Het plan volgt")


OWN = """# Beleid

Wij willen de dorpskern versterken. Het beleid van de gemeente is dat nieuwe woningen vooral in de kern komen.
De gemeente stelt daarom:

- nieuwe woningen komen binnen de kern dan wel aan de rand ervan;
- de bouwhoogte blijft laag.
"""


def test_the_writers_own_policy_after_a_colon_stays_checked():
    assert not quoted(OWN, "binnen de kern dan wel")


OWN_RULES = """# Toelichting op de regels

Artikel 3 van de regels geeft aan dat:

- een woning wordt gebouwd binnen het bouwvlak dan wel op de aangegeven plek.
"""


def test_the_plans_own_article_stays_checked():
    assert not quoted(OWN_RULES, "binnen het bouwvlak dan wel")


NUMBERED_PROSE = """# Waterkering

Op grond van de Keur geldt het volgende voor deze locatie:

1. Het bouwwerk staat buiten de kering.

Gevolgen voor het plan

2. Wij passen de verbeelding aan dan wel de regels.
"""


def test_a_label_needs_a_list_quoted_before_it():
    # no lead-in that makes the Keur state the items: the writer's own numbered notes stay checked
    assert not quoted(NUMBERED_PROSE, "Wij passen de verbeelding aan")


IN_ARTICLE = """# Water

De zorg voor regenwater valt onder de Waterwet. In artikel 3.5 is de wettelijke plicht van de gemeente vastgelegd:

- De gemeente zorgt voor het inzamelen van regenwater, voor zover dat van de eigenaar niet kan worden gevraagd dan wel niet doelmatig is.

Het plan legt een riool voor regenwater aan.
"""


def test_an_article_in_which_a_participle_puts_the_text():
    assert quoted(IN_ARTICLE, "niet kan worden gevraagd dan wel")
    assert not quoted(IN_ARTICLE, "Het plan legt")


IN_OWN_ARTICLE = """# Regels

In artikel 4 is vastgelegd:

- een schuur wordt gebouwd achter de woning dan wel naast de woning.
"""


def test_an_article_with_a_plain_number_and_no_law_stays_checked():
    assert not quoted(IN_OWN_ARTICLE, "achter de woning dan wel")


OBJECT = """# Natuur

De Wet natuurbescherming regelt de bescherming van planten en dieren: de soortenbescherming. De wet richt zich
op populaties, en het plan houdt daar rekening mee dan wel past zich aan.
"""


def test_a_law_with_an_object_before_the_colon_is_the_writers_explanation():
    # 'regelt de bescherming ...:' is an apposition, not a lead-in to the law's words
    assert not quoted(OBJECT, "dan wel past zich aan")


NUMBER = """# Procedure

Artikel 3.9a Wro bepaalt dat op dit plan afdeling 3:4 van de Awb van toepassing is. Dat betekent dat het plan zes
weken ter inzage ligt dan wel langer als dat nodig is.
"""


def test_a_colon_inside_a_number_is_no_lead_in():
    assert not quoted(NUMBER, "dan wel langer")


PERMISSION = """# Soorten

Van de verboden van de wet kan ontheffing worden gevraagd. Voor streng beschermde dieren wordt een ontheffing alleen
verleend, indien:

- er geen andere goede oplossing is;
- geen afbreuk wordt gedaan aan de staat van de soort.

Wij hebben onderzocht of hier beschermde dieren leven.
"""


def test_the_statutory_test_of_a_permission_is_quoted():
    assert quoted(PERMISSION, "geen afbreuk wordt gedaan aan de staat")
    assert not quoted(PERMISSION, "Wij hebben onderzocht")


OWN_CONDITIONS = """# Uitvoering

Wij bouwen de school alleen als:

- de gemeenteraad het geld geeft dan wel een andere partij betaalt.
"""


def test_the_writers_own_conditions_stay_checked():
    assert not quoted(OWN_CONDITIONS, "dan wel een andere partij")


def test_numbered_paragraph_under_a_heading_after_an_open_condition_does_not_crash():
    # a lettered condition that ends in ':' and then a heading: the numbered paragraph under the heading belongs to
    # no condition (the run ended at the heading); before the fix the check gave up on the file (IndexError)
    source = "a. het bouwwerk past in de omgeving;\nb. voor de hoogte geldt dat:\n\n## Kop\n\n1. Wij bouwen een huis.\n"
    assert blocks(source) == []
    check_text(source, kind="markdown", config=ALL)
