"""Task sugg20 (issue #16: never a replacement that breaks the sentence): grammar causes of replacements judged
wrong Dutch. Every sentence here is written for the test."""

from __future__ import annotations

from suggestion_checks import one

# --- a participle the tagger took for a plural present keeps its participle form


def test_separable_participle_tagged_finite_gets_a_participle():
    hit = one("De nota wordt na het overleg naar alle leden toegezonden.", "BT101", "toegezonden")
    assert hit.suggestions[:1] == ["gestuurd"]


# --- a finite verb right after another finite verb stands second in the main clause


def test_verb_after_a_fronted_clause_keeps_main_clause_order():  # guard
    text = "Als de schuur groter is dient bekeken te worden of dat past."
    hit = one(text, "BT101", "dient")
    assert "bekeken moet" not in hit.suggestions
    assert hit.suggestions[:1] == ["moet bekeken"]


# --- an adjective before a noun takes the -e its place asks for, also where the text left it out


def test_replacement_adjective_takes_e_after_a_definite_article():
    hit = one("Volgens het vigerend beleid mag hier een schuur staan.", "BT101", "vigerend")
    assert hit.suggestions[:1] == ["geldende"]


def test_replacement_adjective_without_e_after_een_before_a_het_word():
    hit = one("Er ligt een vigerend bestemmingsplan voor de wijk.", "BT101", "vigerend")
    assert hit.suggestions[:1] == ["geldend"]


# --- a passive: a replacement verb with an object of its own, or 'laten', does not fit


def test_passive_gets_no_replacement_with_its_own_object():
    hit = one("In mei zijn de buren in de gelegenheid gesteld hun mening te geven.", "BT104", "gelegenheid")
    assert not hit.suggestions
    assert hit.advice


def test_laten_does_not_fit_before_a_te_infinitive():
    hit = one("Wij stellen de buren in de gelegenheid om vragen te stellen.", "BT104", "gelegenheid")
    assert not any(s.startswith("laten") for s in hit.suggestions)


def test_active_perfect_keeps_its_replacement():  # guard
    hit = one("Wij hebben de buren in de gelegenheid gesteld hun mening te geven.", "BT104", "gelegenheid")
    assert hit.suggestions[:1] == ["de kans gegeven"]


# --- an adverb outside the clause cannot stand first before the finite verb


def test_kortom_not_before_the_finite_verb():
    hit = one("Concluderend kunnen wij zeggen dat de brug veilig is.", "BT104", "Concluderend")
    assert "Kortom" not in hit.suggestions


def test_finite_verb_after_a_finite_verb_is_a_main_clause_verb_whatever_the_parse():
    # the parse of such sentences can hang the 'of' of the fronted clause on the main verb: word order decides
    import spacy
    from spacy.tokens import Doc

    from beleidstaal.language.realise_verbs import _clause_is_subordinate

    words = ["Om", "te", "weten", "of", "het", "mag", "is", "dient", "gemeld", "te", "worden", "."]
    pos = ["ADP", "ADP", "VERB", "SCONJ", "PRON", "VERB", "AUX", "VERB", "VERB", "ADP", "AUX", "PUNCT"]
    heads = [2, 2, 2, 7, 7, 7, 7, 2, 7, 8, 8, 2]
    deps = [
        "mark",
        "mark",
        "ROOT",
        "mark",
        "nsubj",
        "xcomp",
        "aux",
        "conj",
        "ccomp",
        "mark",
        "aux:pass",
        "punct",
    ]
    fin = "Number=Sing|Tense=Pres|VerbForm=Fin"
    morphs = ["", "", "VerbForm=Inf", "", "", fin, fin, fin, "VerbForm=Part", "", "VerbForm=Inf", ""]
    doc = Doc(spacy.blank("nl").vocab, words=words, pos=pos, heads=heads, deps=deps, morphs=morphs)
    assert not _clause_is_subordinate(doc[7])


def test_participle_before_a_plural_noun_the_tagger_took_for_a_verb_takes_e():
    hit = one("Er gelden strenge eisen voor voorgenomen ontwikkelingen in het dorp.", "BT101", "voorgenomen")
    assert hit.suggestions[:1] == ["geplande"]


def test_participle_after_is_stays_without_e():  # guard
    hit = one("Het besluit is al lang voorgenomen.", "BT101", "voorgenomen")
    assert hit.suggestions[:1] == ["gepland"]


def test_participle_tagged_as_a_noun_gets_a_participle():
    # the parse of a long passive can take the participle at its end for a plural noun: the form decides
    import spacy
    from spacy.tokens import Doc

    from beleidstaal.language.realise import fit

    words = ["Het", "stuk", "wordt", "morgen", "aan", "de", "leden", "toegezonden", "."]
    pos = ["DET", "NOUN", "AUX", "ADV", "ADP", "DET", "NOUN", "NOUN", "PUNCT"]
    heads = [1, 7, 7, 7, 6, 6, 7, 7, 7]
    deps = ["det", "nsubj", "aux:pass", "advmod", "case", "det", "obl", "ROOT", "punct"]
    morphs = ["", "", "Number=Sing|Tense=Pres|VerbForm=Fin", "", "", "", "Number=Plur", "Number=Plur", ""]
    lemmas = ["het", "stuk", "worden", "morgen", "aan", "de", "lid", "toegezonden", "."]
    doc = Doc(
        spacy.blank("nl").vocab, words=words, pos=pos, heads=heads, deps=deps, morphs=morphs, lemmas=lemmas
    )
    assert fit([doc[7]], "sturen", "toezenden") == "gestuurd"


def test_participle_in_en_between_article_and_noun_gets_e():
    hit = one("Het toegezonden stuk is door de raad gelezen.", "BT101", "toegezonden")
    assert hit.suggestions[:1] == ["gestuurde"]


def test_participle_in_en_after_an_adverb_in_a_definite_phrase_gets_e():
    hit = one("De eerder toegezonden brieven zijn door de raad gelezen.", "BT101", "toegezonden")
    assert hit.suggestions[:1] == ["gestuurde"]


def test_participle_before_a_noun_at_the_start_is_no_bare_participle():
    # the tagger reads the participle as an adjective of the noun: no bare *Gestuurd* before *brieven*
    hit = one("Toegezonden brieven worden tien jaar bewaard.", "BT101", "toegezonden")
    assert hit.suggestions[:1] == ["Gestuurde"]
    # before a singular noun after *een* the form depends on the noun's gender: no bare participle, no infinitive
    hit = one("Een eerder toegezonden brief wordt bewaard.", "BT101", "toegezonden")
    assert not any(s in ("gestuurd", "sturen") for s in hit.suggestions), hit.suggestions


def test_passive_with_zijn_that_the_parse_took_for_a_possessive():
    hit = one(
        "In die weken zijn buurtbewoners in de gelegenheid gesteld een reactie te sturen.",
        "BT104",
        "gelegenheid",
    )
    assert not hit.suggestions


# --- 'dienen' with a negation: a prohibition ('mag niet') or no duty ('hoeft niet'); only the writer knows which,
# so no replacement ('moet niet' reads as 'need not', 'mag niet' turns a free permit into a ban)


def test_negated_dienen_gets_no_replacement():
    for text in (
        "De nieuwe schuur dient echter niet ten koste te gaan van de tuin.",
        "Voor een tuinhuis dient geen vergunning te worden aangevraagd.",
        "Vindt u ook dat het nooit dient te gebeuren?",
    ):
        hit = one(text, "BT101", "dient")
        assert not any(s.startswith(("mag", "moet")) for s in hit.suggestions), (text, hit.suggestions)
        assert any("hoeft" in a and "mag" in a for a in hit.advice), hit.advice


def test_niet_alleen_keeps_moeten():  # guard
    hit = one("De gemeente dient niet alleen te bouwen maar ook te beheren.", "BT101", "dient")
    assert hit.suggestions[:1] == ["moet niet alleen"]


def test_a_participle_form_that_is_the_only_verb_is_the_finite_verb():
    # *verstrekt* is a participle and a present tense alike; with no other verb in the sentence it is the finite one
    hit = one("De kantine verstrekt de bezoekers een plattegrond.", "BT101", "verstrekt")
    assert hit.suggestions[:1] == ["geeft"]
    hit = one("Wij hebben de bezoekers een plattegrond verstrekt.", "BT101", "verstrekt")  # guard
    assert hit.suggestions[:1] == ["gegeven"]
