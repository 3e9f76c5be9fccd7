"""Review of task long30: the reason in a BT401 message must be true of its sentence, or be left out. Each test on a
sentence written for it where the parse misleads: a plural noun read as a verb, a command whose verb comes first, a
phrase between commas, and a fronted phrase whose noun the parser took for the subject."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def message(text: str) -> str:
    (finding,) = check_text(text, config=Config(select=("BT401", "BT402"), min_severity="info"))
    return finding.message


def test_two_nouns_joined_by_en_are_not_two_messages():
    # *bedrijfspanden* is a plural noun the parser reads as a finite verb
    text = (
        "Het plan maakt in het gebied ten noorden van de spoorlijn de bouw van ongeveer tweehonderd woningen en "
        "bedrijfspanden mogelijk, met een nieuw park en een school voor de kinderen."
    )
    assert "twee boodschappen" not in message(text)


def test_a_command_has_its_main_clause_first():
    text = (
        "Stuur uw bezwaarschrift binnen zes weken na de datum van deze brief naar het college van burgemeester en "
        "wethouders van de gemeente, met een kopie van het besluit waartegen u bezwaar maakt."
    )
    assert "hoofdzaak" not in message(text)


def test_a_phrase_between_commas_is_no_inserted_clause():
    text = (
        "De wethouder van ruimtelijke ordening, mevrouw De Vries van de Partij voor de Dieren, heeft de bewoners van "
        "de wijk beloofd dat de bomen langs de Kerkweg blijven staan."
    )
    assert "Tussen het onderwerp en het werkwoord staat een stuk tussen komma's." in message(text)
    assert "tussenzin" not in message(text)


def test_a_fronted_phrase_has_no_subject_before_the_verb():
    # *ordening* is no subject: the sentence opens with a phrase, the subject (*de gemeente*) follows the verb
    text = (
        "Ten behoeve van een goede ruimtelijke ordening, zoals dat in de wet is bedoeld, moet de gemeente laten zien "
        "dat de nieuwe woningen niet te dicht bij het bedrijf komen te staan."
    )
    assert "Tussen het onderwerp" not in message(text)


def test_an_inserted_clause_is_still_named():
    text = (
        "De regels voor het kappen van bomen, zoals die in de Algemene plaatselijke verordening van de gemeente "
        "staan, gelden ook voor bomen in de eigen tuin van bewoners in de wijk."
    )
    assert "Tussen het onderwerp en het werkwoord staat een tussenzin." in message(text)


def test_a_sentence_that_opens_with_its_subject_has_its_main_clause_first():
    # the parser finds no subject for *is*; the sentence opens with it all the same, so the main message is not late
    text = (
        "Deze regeling uit 2010 (die binnenkort wordt vervangen door een nieuwe regeling van het Rijk) is van "
        "toepassing op alle plannen voor nieuwe woningen in de buurt van de snelweg."
    )
    assert "hoofdzaak" not in message(text)


def test_a_fronted_phrase_still_makes_the_main_clause_late():
    text = (
        "Op grond van artikel 4 van de Algemene plaatselijke verordening van de gemeente en de regels in het nieuwe "
        "bestemmingsplan voor de binnenstad is het niet toegestaan om hier te parkeren."
    )
    assert "De hoofdzaak komt pas na 23 woorden." in message(text)


def test_en_inside_a_dat_clause_joins_no_main_clauses():
    # after *en* the verb stands last, as in the subordinate clause it belongs to
    text = (
        "Het beleid van de gemeente is dat in de oude wijken het regenwater zoveel mogelijk in de grond wordt "
        "opgevangen en in de nieuwe wijken het water via sloten wordt afgevoerd."
    )
    assert "twee boodschappen" not in message(text)


def test_two_main_clauses_joined_by_en_keep_their_reason():
    text = (
        "Wij sturen u de beschikking toe en maken het bedrag van de subsidie binnen zes weken over op het "
        "rekeningnummer dat u op het formulier voor de aanvraag hebt ingevuld."
    )
    reason = "Er staan twee boodschappen in, verbonden met 'en'. Begin bij 'en' een nieuwe zin."
    assert reason in message(text)
    text = (
        "Bij de aanvraag moet u een tekening van de schuur, een foto van de tuin en een kopie van uw "
        "identiteitsbewijs voegen, en daarna stuurt u alles naar de gemeente."
    )
    assert "verbonden met 'en'" in message(text)


def _parsed(words: str, heads, deps, pos, morphs):
    """A sentence with the parse given (the parse the model gives such sentences in context, not always alone)."""
    import spacy
    from spacy.tokens import Doc

    tokens = words.split()
    doc = Doc(
        spacy.blank("nl").vocab,
        words=tokens,
        heads=heads,
        deps=deps,
        pos=pos,
        morphs=morphs,
        sent_starts=[True] + [False] * (len(tokens) - 1),
    )
    return doc[:]


def test_a_noun_read_as_a_verb_at_the_end_of_a_noun_phrase_joins_no_clause():
    from beleidstaal.rules.sentence_shape import shape

    # *drukte* (a noun) read as the past tense of *drukken*, joined to the root; *en* hung on *vermindering*
    sent = _parsed(
        "Met het plan wordt bijgedragen aan versnelling van de bouw en vermindering van de hoge drukte .",
        heads=[2, 2, 4, 4, 4, 6, 4, 9, 9, 6, 11, 6, 14, 14, 11, 4, 4],
        deps=[
            "case",
            "det",
            "obl",
            "aux:pass",
            "ROOT",
            "case",
            "obl",
            "case",
            "det",
            "nmod",
            "cc",
            "conj",
            "case",
        ]
        + ["det", "nmod", "conj", "punct"],
        pos=["ADP", "DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "NOUN", "ADP"]
        + ["DET", "ADJ", "VERB", "PUNCT"],
        morphs=["", "", "", "VerbForm=Fin", "VerbForm=Part"] + [""] * 10 + ["VerbForm=Fin", ""],
    )
    assert shape(sent).reason == ""


def test_a_verb_in_second_place_with_its_subject_after_it_opens_the_main_clause():
    from beleidstaal.rules.sentence_shape import shape

    # the parser makes the verb of the *mits* clause the root; *kan* in second place, with its subject after it,
    # opens the main clause all the same
    words = (
        "Er kan een vergunning verleend worden voor het bouwen van een schuur in de tuin achter het huis , mits "
        "advies is gevraagd aan het waterschap ."
    )
    sent = _parsed(
        words,
        heads=[
            4,
            4,
            3,
            4,
            22,
            4,
            8,
            8,
            4,
            11,
            11,
            8,
            14,
            14,
            11,
            17,
            17,
            14,
            20,
            20,
            4,
            22,
            22,
            25,
            25,
            22,
            22,
        ],
        deps=["advmod", "aux", "det", "nsubj:pass", "advcl", "aux:pass", "case", "det", "dep", "case", "det"]
        + ["nmod", "case", "det", "nmod", "case", "det", "nmod", "punct", "mark", "dep", "aux:pass", "ROOT"]
        + ["case", "det", "obl", "punct"],
        pos=[
            "ADV",
            "VERB",
            "DET",
            "NOUN",
            "VERB",
            "AUX",
            "ADP",
            "DET",
            "VERB",
            "ADP",
            "DET",
            "NOUN",
            "ADP",
            "DET",
        ]
        + [
            "NOUN",
            "ADP",
            "DET",
            "NOUN",
            "PUNCT",
            "SCONJ",
            "NOUN",
            "AUX",
            "VERB",
            "ADP",
            "DET",
            "NOUN",
            "PUNCT",
        ],
        morphs=["", "VerbForm=Fin", "", "", "VerbForm=Part", "VerbForm=Inf", "", "", "VerbForm=Inf"]
        + [""] * 12
        + ["VerbForm=Fin", "VerbForm=Part", "", "", "", ""],
    )
    assert "hoofdzaak" not in shape(sent).reason


def test_a_fronted_subordinate_clause_still_makes_the_main_clause_late():
    text = (
        "Omdat de oude school aan de Kerkweg al jaren te klein is voor alle kinderen uit de nieuwe wijk aan de rand "
        "van het dorp, bouwt de gemeente dit jaar een nieuwe school."
    )
    assert "De hoofdzaak komt pas na 25 woorden." in message(text)
