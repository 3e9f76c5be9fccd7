"""The bundled Dutch pipeline on real policy sentences: what the rules rely on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

MODEL_DIR = Path(
    os.environ.get(
        "BELEIDSTAAL_TEST_MODEL",
        Path(__file__).resolve().parents[1] / "beleidstaal" / "models" / "nl_beleidstaal",
    )
)


@pytest.fixture(scope="module")
def nlp():
    if "BELEIDSTAAL_TEST_MODEL" in os.environ:
        import spacy

        return spacy.load(MODEL_DIR)
    from beleidstaal.model import load_model

    return load_model(None)  # the checks' own pipeline (the cache key is the argument: not load_model())


def _tok(doc, text):
    return next(t for t in doc if t.text == text)


def test_shipped_with_licence_and_meta():
    import json

    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf8"))
    assert meta["lang"] == "nl" and meta["name"] == "beleidstaal"
    assert meta["license"] == "CC BY-SA 4.0"
    assert any("Alpino" in s["name"] for s in meta["sources"])
    assert any("LassySmall" in s["name"] for s in meta["sources"])
    assert "Attribution-ShareAlike 4.0" in (MODEL_DIR / "LICENSE").read_text(encoding="utf8")
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size < 30_000_000


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_plain_spacy_load_has_backstop():
    import spacy

    nlp = spacy.load(MODEL_DIR)
    assert {"morphologizer", "parser", "trainable_lemmatizer", "verb_lemmatizer"} <= set(nlp.pipe_names)


def test_nominalisation_is_noun(nlp):
    doc = nlp("De verbetering van de dienstverlening heeft prioriteit.")
    t = _tok(doc, "verbetering")
    assert t.pos_ == "NOUN"
    assert t.lemma_ == "verbetering"


def test_passive_participle_has_aux_pass(nlp):
    doc = nlp("Er wordt door de gemeente ingezet op preventie.")
    t = _tok(doc, "ingezet")
    assert t.lemma_ == "inzetten"
    assert any(c.dep_ == "aux:pass" and c.lemma_ == "worden" for c in t.children)


def test_separable_verb_particle(nlp):
    doc = nlp("De gemeente zet in op preventie.")
    prt = _tok(doc, "in")
    assert prt.dep_ == "compound:prt"
    assert prt.head.text == "zet"


@pytest.mark.parametrize(
    "sentence, word, lemma",
    [
        ("De gemeente faciliteerde de bijeenkomst met de bewoners.", "faciliteerde", "faciliteren"),
        ("Het nieuwe beleid is vorig jaar geïmplementeerd.", "geïmplementeerd", "implementeren"),
        ("Het college heeft een besluit genomen over de subsidie.", "genomen", "nemen"),
        ("De wethouder kwam met een voorstel.", "kwam", "komen"),
        ("De plannen worden in 2025 gerealiseerd.", "gerealiseerd", "realiseren"),
        ("De begroting is door de raad vastgesteld.", "vastgesteld", "vaststellen"),
        ("De gemeente gaat de maatregelen uitvoeren.", "uitvoeren", "uitvoeren"),
    ],
)
def test_verb_lemmas(nlp, sentence, word, lemma):
    assert _tok(nlp(sentence), word).lemma_ == lemma


def test_compound_lemma_is_whole_word(nlp):
    doc = nlp("De jeugdgezondheidszorg wordt door de GGD uitgevoerd.")
    assert _tok(doc, "jeugdgezondheidszorg").lemma_ == "jeugdgezondheidszorg"
    assert _tok(doc, "uitgevoerd").lemma_ == "uitvoeren"
    assert all("_" not in t.lemma_ for t in doc)


def test_active_perfect_is_not_passive(nlp):
    doc = nlp("Het college heeft gisteren een besluit genomen.")
    t = _tok(doc, "genomen")
    assert not any(c.dep_ == "nsubj:pass" for c in t.children)
    assert any(c.dep_ == "nsubj" and c.text == "college" for c in t.children)


def test_sentence_boundaries_from_parser(nlp):
    doc = nlp("De raad stemt in met het voorstel. Het college voert het besluit uit.")
    assert len(list(doc.sents)) == 2


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_bundled_pipeline_tokenizes_like_its_saved_tokenizer():
    """The loader skips the saved tokenizer for speed: it must equal the default Dutch one."""
    import spacy

    from beleidstaal.model import BUNDLED_MODEL, load_model

    saved = spacy.load(BUNDLED_MODEL).tokenizer
    text = (
        "Zo'n 2,5 mln. euro t.b.v. de gem. Amsterdam, o.a. voor z.g. 'wijkteams' (zie art. 3.1 Wro) — e-mail: a@b.nl. "
        "Dat ligt voor de hand. Hij zei:,,Wij doen dat al.'' En de wethouder,,,maar pas later''."
    )
    assert [t.text for t in load_model(None).tokenizer(text)] == [t.text for t in saved(text)]


@pytest.mark.parametrize(
    "text, tokens",
    [
        # ordinary words that spaCy's Dutch exceptions treat as abbreviations
        ("Die keuze ligt voor de hand.", ["Die", "keuze", "ligt", "voor", "de", "hand", "."]),
        ("Dat wisten we al.", ["Dat", "wisten", "we", "al", "."]),
        ("Het plan is pas.", ["Het", "plan", "is", "pas", "."]),
        ("Wij danken u.", ["Wij", "danken", "u", "."]),
        # real abbreviations keep their full stop
        (
            "Zie art. 3 en bijv. de bijl. bij het plan.",
            ["Zie", "art.", "3", "en", "bijv.", "de", "bijl.", "bij", "het", "plan", "."],
        ),
        # abbreviations of policy text that spaCy does not know stay one token (lexicons/data/tokenizer.toml)
        ("Dit speelt i.r.t. de bouw.", ["Dit", "speelt", "i.r.t.", "de", "bouw", "."]),
        ("O.b.v. het onderzoek kiezen wij.", ["O.b.v.", "het", "onderzoek", "kiezen", "wij", "."]),
        # the low opening quote glued to the words around it
        ("Hij zei:,,Wij gaan.''", ["Hij", "zei", ":", ",,", "Wij", "gaan", ".", "''"]),
        (
            "de maatregelen die,,zo snel mogelijk''",
            ["de", "maatregelen", "die", ",,", "zo", "snel", "mogelijk", "''"],
        ),
        (
            "zei hij gisteren,,,maar niet nu''",
            ["zei", "hij", "gisteren", ",", ",,", "maar", "niet", "nu", "''"],
        ),
        # commas in numbers and web addresses stay where they are
        (
            "Het kost 2,5 miljoen, zie www.example.nl/a,b.",
            ["Het", "kost", "2,5", "miljoen", ",", "zie", "www.example.nl/a,b", "."],
        ),
    ],
)
def test_dutch_tokenizer_fixes(text, tokens):
    from beleidstaal.model import load_model

    assert [t.text for t in load_model(None).tokenizer(text)] == tokens


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_other_pipelines_get_the_tokenizer_fixes(tmp_path):
    """A pipeline saved with its own tokenizer (like nl_core_news_sm) gets the same fixes when beleidstaal loads it."""
    import spacy

    from beleidstaal.model import load_model

    folder = tmp_path / "nl_blank"
    spacy.blank("nl").to_disk(folder)
    assert [t.text for t in spacy.load(folder).tokenizer("Dat ligt voor de hand.")][-1] == "hand."
    nlp = load_model(str(folder))
    assert [t.text for t in nlp.tokenizer("Dat ligt voor de hand.")][-2:] == ["hand", "."]
    assert [t.text for t in nlp.tokenizer("Hij zei:,,Wij gaan.''")][2:5] == [":", ",,", "Wij"]


def test_an_unknown_abbreviation_starts_no_sentence():
    # spaCy split the last full stop off 'i.c.m.' and the parser began a sentence after it
    from beleidstaal.model import load_model

    doc = load_model(None)("Dit werkt alleen i.c.m. de nieuwe regels voor de wijk.")
    assert len(list(doc.sents)) == 1


def test_a_company_form_ends_a_name_not_a_sentence():
    # 'B.V.' after a name: the parser may not start a sentence there (issue 17); after it a sentence may begin
    from beleidstaal.model import load_model

    nlp = load_model(None)
    text = "Het onderzoek is gedaan door Groen Advies B.V. Dit rapport staat in bijlage 3."
    doc = nlp.get_pipe("beleidstaal_company_forms")(nlp.make_doc(text))
    form = next(t for t in doc if t.text == "B.V.")
    assert form.is_sent_start is False
    assert [s.text for s in nlp(text).sents] == [
        "Het onderzoek is gedaan door Groen Advies B.V.",
        "Dit rapport staat in bijlage 3.",
    ]


@pytest.mark.parametrize(
    "text, sentences",
    [
        # a unit after a number keeps its full stop: the parser ran the two sentences together
        (
            "De gevel moet een geluidwering hebben van 32 dB. Deze wering halen wij niet zonder meer.",
            ["De gevel moet een geluidwering hebben van 32 dB.", "Deze wering halen wij niet zonder meer."],
        ),
        # the last letter of a series, not an initial
        (
            "Het gaat om de perioden A en B. Voor het hele gebied geldt een hoge verwachting.",
            ["Het gaat om de perioden A en B.", "Voor het hele gebied geldt een hoge verwachting."],
        ),
        # an initial before a name stays in its sentence
        (
            "De brief is getekend door A. en B. Jansen van de gemeente.",
            ["De brief is getekend door A. en B. Jansen van de gemeente."],
        ),
    ],
)
def test_a_unit_or_the_last_letter_of_a_series_ends_a_sentence(text, sentences):
    from beleidstaal.model import load_model

    assert [s.text for s in load_model(None)(text).sents] == sentences


def test_lookup_tables_load_as_spacy_loads_them():
    """model._faster_lookups fills the tables without hashing the keys again: the same keys, values, order and
    Bloom filter as spaCy's own loader; a table whose keys are not hashes is left to spaCy's code."""
    import srsly
    from spacy.lookups import Lookups, Table

    from beleidstaal.model import BUNDLED_MODEL, load_model

    load_model(None)
    saved = next(BUNDLED_MODEL.glob("*/lookups/lookups.bin")).read_bytes()
    fast = Lookups().from_bytes(saved)
    assert Lookups.from_bytes.beleidstaal
    assert fast.tables and len(fast.get_table("lemma_lookup")) > 10_000
    for name in fast.tables:
        mine, spacys = fast.get_table(name), Table(name, srsly.msgpack_loads(saved)[name])
        assert list(mine.items()) == list(spacys.items())
        assert mine.bloom.to_bytes() == spacys.bloom.to_bytes() and mine.default_size == spacys.default_size
    some = next(iter(srsly.msgpack_loads(saved)["lemma_lookup"].items()))
    assert fast.get_table("lemma_lookup").get(some[0]) == some[1]
    words = Lookups().from_bytes(srsly.msgpack_dumps({"woorden": {"liep": "lopen"}}))
    assert words.get_table("woorden").get("liep") == "lopen" and "liep" in words.get_table("woorden")


def test_verb_lemma_index_answers_from_a_set():
    """The rule lemmatiser's index of known verbs (19,174) is looked up, not read through, for each new verb form
    (issue 23): the same list, the same answers, the same lemmas."""
    from beleidstaal.lemma_index import LemmaIndex
    from beleidstaal.model import load_model

    nlp = load_model(None)
    lemmatizer = nlp.get_pipe("verb_lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index").get("verb")
    assert isinstance(index, LemmaIndex) and len(index) > 10_000
    assert "lopen" in index and "lopen" in list(index)
    assert "liepen" not in index and "liepen" not in list(index)
    assert 3 not in index and [*index[:3]] == list(index)[:3]
    doc = nlp("De wethouders vergaderden gisteren en besloten dat de werkgroep opnieuw begint.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["vergaderden"] == "vergaderen" and lemmas["besloten"] == "besluiten"
    assert lemmas["begint"] == "beginnen"
