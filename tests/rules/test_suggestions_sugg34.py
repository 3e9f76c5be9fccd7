"""Replacements fitted into their sentence (task sugg34): the finite verb of a main clause after a clause put in
front, which the parse hung below a noun as if it opened a relative clause; the reason of *echter*, which is no
letter's word only. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_term


def _doc(words: list[str], pos: list[str], heads: list[int], deps: list[str], lemmas: list[str]):
    import spacy
    from spacy.tokens import Doc

    fin = "Number=Sing|Tense=Pres|VerbForm=Fin"
    morphs = [fin if lemma == "dienen" else "" for lemma in lemmas]
    return Doc(
        spacy.blank("nl").vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas, morphs=morphs
    )


def _fronted_om_clause():
    # 'Om te voldoen aan de eisen (die streng zijn) dient per woning een parkeerplaats te worden aangelegd.', with
    # the parse a long sentence can get: 'dient' a relative clause of 'eisen', the participle left as 'dep'
    words = [
        "Om",
        "te",
        "voldoen",
        "aan",
        "de",
        "eisen",
        "(",
        "die",
        "streng",
        "zijn",
        ")",
        "dient",
        "per",
        "woning",
        "een",
        "parkeerplaats",
        "te",
        "worden",
        "aangelegd",
        ".",
    ]
    pos = ["ADP", "ADP", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PRON", "ADJ", "AUX", "PUNCT", "VERB", "ADP"]
    pos += ["NOUN", "DET", "NOUN", "ADP", "AUX", "VERB", "PUNCT"]
    heads = [2, 2, 2, 5, 5, 2, 8, 8, 11, 8, 8, 5, 13, 11, 15, 18, 18, 18, 11, 2]
    deps = [
        "mark",
        "mark",
        "ROOT",
        "case",
        "det",
        "obl",
        "punct",
        "nsubj",
        "obj",
        "cop",
        "punct",
        "acl:relcl",
    ]
    deps += ["case", "obl", "det", "nsubj:pass", "mark", "aux:pass", "dep", "punct"]
    lemmas = ["om", "te", "voldoen", "aan", "de", "eis", "(", "die", "streng", "zijn", ")", "dienen", "per"]
    lemmas += ["woning", "een", "parkeerplaats", "te", "worden", "aanleggen", "."]
    return _doc(words, pos, heads, deps, lemmas)


def test_main_clause_verb_after_a_fronted_clause_whatever_the_parse() -> None:
    from beleidstaal.language.realise_verbs import _clause_is_subordinate, rewrite_verb_phrase

    doc = _fronted_om_clause()
    assert not _clause_is_subordinate(doc[11])
    # the new verb stays second, where 'dient' stood: not 'per woning een parkeerplaats moet te worden aangelegd'
    assert rewrite_verb_phrase([doc[11], doc[16]], ["moeten"]) == "moet per woning een parkeerplaats"


def test_subject_after_the_finite_verb_is_a_main_clauses_inversion() -> None:
    from beleidstaal.language.realise_verbs import _clause_is_subordinate

    # 'Voor de bouw van de schuur (zie de bijlage) dient de eigenaar een vergunning te hebben.', 'dient' hung on
    # 'bijlage'
    words = [
        "Voor",
        "de",
        "bouw",
        "(",
        "zie",
        "de",
        "bijlage",
        ")",
        "dient",
        "de",
        "eigenaar",
        "een",
        "vergunning",
        "te",
        "hebben",
        ".",
    ]
    pos = [
        "ADP",
        "DET",
        "NOUN",
        "PUNCT",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
        "VERB",
        "DET",
        "NOUN",
        "DET",
        "NOUN",
    ]
    pos += ["ADP", "VERB", "PUNCT"]
    heads = [2, 2, 4, 4, 4, 6, 4, 4, 6, 10, 8, 12, 14, 14, 8, 4]
    deps = ["case", "det", "obl", "punct", "ROOT", "det", "obj", "punct", "acl", "det", "nsubj", "det", "obj"]
    deps += ["mark", "xcomp", "punct"]
    lemmas = ["voor", "de", "bouw", "(", "zien", "de", "bijlage", ")", "dienen", "de", "eigenaar", "een"]
    lemmas += ["vergunning", "te", "hebben", "."]
    doc = _doc(words, pos, heads, deps, lemmas)
    assert not _clause_is_subordinate(doc[8])


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # guards: a subordinate clause keeps its finite verb at the end, also with words between 'dient' and 'te'
        ("Wij vinden dat de eigenaar een vergunning dient te hebben.", "moet"),
        ("Wij vinden dat u dient een vergunning te hebben.", "een vergunning moet"),
        ("Het is duidelijk dat per woning een parkeerplaats dient te worden aangelegd.", "moet"),
        # a relative clause opened by 'waar' or 'waar' + a preposition, which the parse gives no relative features:
        # the words between 'dient' and 'te' stay before the new verb (not 'waar moet rekening worden gehouden')
        (
            "Er zijn locaties waar dient rekening te worden gehouden met archeologische waarden.",
            "rekening moet",
        ),
        ("Het betreft een gebied waarin dient zorg te worden gedragen voor voldoende groen.", "zorg moet"),
        (
            "Het plan kent een regeling waarbij per bouwperceel dient een erfscheiding te worden geplaatst.",
            "een erfscheiding moet",
        ),
        # a main clause read as one keeps its order
        (
            "Daarom dient het formulier binnen acht weken te worden ondertekend.",
            "moet het formulier binnen acht weken",
        ),
        # a 'waar'-word whose clause has its own finite verb ('is') opens no clause around 'dient'
        (
            "Bij een ontwikkeling waarbij sprake is van nieuwe woningen binnen een zone, dient een onderzoek te worden "
            "uitgevoerd naar de geluidsbelasting.",
            "moet een onderzoek",
        ),
        (
            "Voor een bouwplan waarbij sprake is van nieuwe woningen, dient de aanvrager een onderzoek te laten doen.",
            "moet de aanvrager een onderzoek",
        ),
    ],
)
def test_subordinate_clauses_keep_their_order(text: str, first: str) -> None:
    f = one_term(text, "dienen te")
    assert f.suggestions and f.suggestions[0] == first, f.suggestions


def test_echter_reason_names_no_letter() -> None:
    # a zoning plan or a web page is no letter: the reason says why the word is stiff, not where
    f = one_term("De gemeente staat het plan echter niet toe.", "echter")
    assert "brief" not in f.message, f.message


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("In 2026 vindt een herinrichting van het plein plaats.", "herinrichten"),
        ("Over de plannen heeft afstemming plaatsgevonden met het waterschap.", "afstemmen"),
        # a clause put inside the subject, between commas, leaves the subject the main clause's
        (
            "De herinrichting van het plein, die vorig jaar is aangekondigd, vindt in 2026 plaats.",
            "herinrichten",
        ),
        (
            "De behandeling van uw bezwaar, dat u op 3 mei hebt ingediend, vindt plaats in de commissie.",
            "behandelen",
        ),
    ],
)
def test_an_act_as_subject_of_plaatsvinden_gets_its_verb_only(text: str, verb: str) -> None:
    # 'gebeurt een herinrichting' keeps the noun: with the act's own verb named, 'zijn' and 'gebeuren' go, also
    # from the reason
    f = one_term(text, "plaatsvinden")
    assert any(verb in a for a in f.advice), f.advice
    assert not any("gebeuren" in a for a in f.advice), f.advice
    assert "gebeurt" not in f.message, f.message


def test_plaatsvinden_without_an_act_keeps_its_words() -> None:
    # guard: a nominal infinitive has no verb of its own to name; 'gebeurt op eigen terrein' is plain Dutch
    f = one_term("Het parkeren vindt plaats op eigen terrein.", "plaatsvinden")
    assert any("gebeuren" in a for a in f.advice), f.advice


def test_later_findings_of_the_text_after_an_acts_verb() -> None:
    # the words of a later sentence are still looked up in the text's own names and quotes
    text = "In 2026 vindt een herinrichting van het plein plaats. De gemeente staat het plan echter niet toe."
    assert one_term(text, "echter").term == "echter"


def test_a_noun_of_another_clause_is_not_the_subject_of_plaatsvinden() -> None:
    # 'Wanneer de bouw ... plaats kan vinden, is uitbreiding ...': 'uitbreiding' belongs to the clause of 'is'; its
    # verb is no advice for 'plaats kan vinden'. Commas of a list are no clause boundary.
    from beleidstaal.nlp import get_analyser
    from beleidstaal.rules.lexicon_sense import _in_another_clause

    doc = get_analyser().parse(
        ["Wanneer de bouw niet in de kern plaats kan vinden, is uitbreiding van het dorp nodig."]
    )[0]
    words = [t.text for t in doc]
    span = [doc[words.index(w)] for w in ("plaats", "kan", "vinden")]
    assert _in_another_clause(doc[words.index("uitbreiding")], span)
    assert not _in_another_clause(doc[words.index("bouw")], span)


def test_a_list_between_the_act_and_plaatsvinden_keeps_its_verb() -> None:
    text = (
        "Wij weten dat de inrichting van de straten, de pleinen en de parken volgend jaar moet plaatsvinden."
    )
    f = one_term(text, "plaatsvinden")
    assert any("inrichten" in a for a in f.advice), f.advice


def test_a_clause_inside_the_other_clause_keeps_the_noun_there() -> None:
    # 'die ... zijn gevonden' closes the relative clause; 'kan' is still the verb of the 'Indien'-clause of 'verstoring'
    from beleidstaal.nlp import get_analyser
    from beleidstaal.rules.lexicon_sense import _in_another_clause

    doc = get_analyser().parse(
        [
            "Indien verstoring van de nesten, die in het voorjaar zijn gevonden, niet kan worden voorkomen, dient een "
            "toetsing plaats te vinden."
        ]
    )[0]
    words = [t.text for t in doc]
    span = [doc[words.index(w)] for w in ("plaats", "te", "vinden")]
    assert _in_another_clause(doc[words.index("verstoring")], span)
