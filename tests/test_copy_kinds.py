"""BT801/BT802 at archive scale (issue #24): spans on whole sentences, the kind of reuse, the origin and count, and
one document-level warning for a document with much copied text.

The collection is made of sentences from the UD Dutch treebanks (real Dutch, not the corpus). The file names follow
the zoning plans (``NL.IMRO.<municipality>.<plan>-<version>``), so the organisation of each document is known.
"""

from __future__ import annotations

import pytest
from test_copy_rule import UD, flat, ud_sentences
from typer.testing import CliRunner

from beleidstaal import check_text
from beleidstaal.cli import app
from beleidstaal.config import Config
from beleidstaal.index.fit import on_sentences
from beleidstaal.index.match import MIN_WORDS, Passage
from beleidstaal.rules.copy import percent
from beleidstaal.rules.copy_kinds import organisation, plan_year, reuse_kind
from beleidstaal.rules.copy_spans import closing_end

pytestmark = pytest.mark.skipif(
    not UD.is_dir(), reason="de UD Dutch-treebanks (../shared/ud-dutch) ontbreken"
)

runner = CliRunner()
DRAFT = "NL.IMRO.0100.Haven-VG02.txt"


def passage(sentences, i: int) -> str:
    return " ".join(sentences[i : i + 3])


def changed(text: str) -> str:
    """The passage with three words changed: a variant of it."""
    words = text.split()
    for j in (3, 9, 15):
        words[j] = "fiets"
    return " ".join(words)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    base = tmp_path_factory.mktemp("archief")
    folder = base / "plannen"
    folder.mkdir()
    s = ud_sentences()[1000:]
    fill = iter(s[200:])
    plans = {
        "NL.IMRO.0100.Centrum-VG01.txt": [passage(s, 0)],  # own earlier plan (same municipality)
        "NL.IMRO.0100.Haven-VA01.txt": [passage(s, 10)],  # earlier version of the draft
        "NL.IMRO.0200.Dorp-VG01.txt": [passage(s, 20)],  # another municipality
        "NL.IMRO.0300.Kern-VG01.txt": [passage(s, 30)],  # template text, in four municipalities
        "NL.IMRO.0400.Wijk-VG01.txt": [passage(s, 30)],
        "NL.IMRO.0500.BP2012Park-VG01.txt": [passage(s, 30)],  # the only one with a date: the origin
        "NL.IMRO.0600.Veld-VG01.txt": [passage(s, 30), passage(s, 40)],
        # template text without a date: two passages in three municipalities, and one with three words changed
        "NL.IMRO.0810.Akker-VG01.txt": [passage(s, 50), passage(s, 60)],
        "NL.IMRO.0820.Beek-VG01.txt": [passage(s, 50), passage(s, 60)],
        "NL.IMRO.0830.Dal-VG01.txt": [passage(s, 50), passage(s, 60)],
        "NL.IMRO.0840.Ven-VG01.txt": [changed(passage(s, 50))],
    }
    for name, copied in plans.items():
        paragraphs = [" ".join(next(fill) for _ in range(4)) for _ in range(6)]
        for j, text in enumerate(copied):
            paragraphs.insert(2 + 2 * j, text)
        (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    for i in range(6):  # documents without the passages
        paragraphs = [" ".join(next(fill) for _ in range(4)) for _ in range(6)]
        (folder / f"NL.IMRO.0{700 + i}.Los-VG01.txt").write_text(
            "\n\n".join(paragraphs) + "\n", encoding="utf-8"
        )
    index = base / "referentie.sqlite"
    result = runner.invoke(app, ["index", "build", str(folder), "--output", str(index)])
    assert result.exit_code == 0, flat(result.output)
    return {"s": s, "own": s[150:200], "config": Config(reference=(str(index),))}


def draft_with(archive, *passages: str) -> str:
    own = archive["own"]
    paragraphs = [" ".join(own[0:3])]
    for j, p in enumerate(passages):
        paragraphs += [p, " ".join(own[3 + 3 * j : 6 + 3 * j])]
    return "\n\n".join(paragraphs) + "\n"


def copies(text: str, archive) -> list:
    return [f for f in check_text(text, config=archive["config"], path=DRAFT) if f.rule in ("BT801", "BT802")]


def test_organisation_from_the_plan_file_name():
    assert organisation("/x/t_NL.IMRO.0363.A1203BPSTD-VG01.md") == ("0363", "a1203bpstd")
    assert organisation("nota.md") == (None, None)
    draft = organisation(DRAFT)
    assert reuse_kind(draft, organisation("NL.IMRO.0100.Centrum-VG01.txt"), ["0100"]) == "eigen"
    assert reuse_kind(draft, organisation("NL.IMRO.0100.Haven-VA01.txt"), ["0100"]) == "versie"
    assert reuse_kind(draft, organisation("NL.IMRO.0200.Dorp-VG01.txt"), ["0200"]) == "kopie"
    assert reuse_kind(draft, ("0300", "x"), ["0300", "0400", "0500"]) == "sjabloon"
    assert reuse_kind((None, None), (None, None), ["a.md", "b.md"]) == "kopie"  # organisation unknown
    assert (
        reuse_kind(("gemeente", None), ("gemeente", None), ["gemeente"]) == "eigen"
    )  # no plan: not a version
    assert plan_year("t_NL.IMRO.0228.BP2016ENKA0002-0301.md") == 2016
    assert plan_year("t_NL.IMRO.0003.BPDETIP-VG01.md") is None and plan_year("nota-2016.md") is None


def test_passage_from_another_organisation_names_its_origin(archive):
    found = copies(draft_with(archive, passage(archive["s"], 20)), archive)
    assert len(found) == 1, [(f.rule, f.data) for f in found]
    f = found[0]
    assert f.rule == "BT801" and f.severity == "warning"
    assert f.data["kind"] == "kopie" and f.data["source_relpath"] == "NL.IMRO.0200.Dorp-VG01.txt"
    assert f.data["documents"] == 1 and "andere documenten" not in f.message


def test_template_passage_names_the_count_of_documents(archive):
    text = draft_with(archive, passage(archive["s"], 30))
    found = copies(text, archive)
    assert len(found) == 1, [(f.rule, f.data) for f in found]
    f = found[0]
    assert f.severity == "warning" and f.data["kind"] == "sjabloon"
    assert f.data["documents"] == 4 and "ook in 3 andere documenten" in f.message
    assert f.data["source_relpath"] == "NL.IMRO.0500.BP2012Park-VG01.txt"  # the earliest, not the first hit
    assert len(f.data["also"]) == 3 and f.data["source_relpath"] not in f.data["also"]
    assert f.data["source_line"] == 5  # the third paragraph of that plan
    assert f.text == passage(archive["s"], 30)  # whole sentences, up to the last full stop


def test_undated_template_passage_names_a_document_that_holds_it_as_copied(archive):
    """Without a date the origin is a document that most others share the passage with, word for word (the one
    that matches the draft best), not the variant with changed words."""
    found = copies(draft_with(archive, passage(archive["s"], 50)), archive)
    assert len(found) == 1, [(f.rule, f.data) for f in found]
    f = found[0]
    assert f.severity == "warning" and f.data["kind"] == "sjabloon"
    exact = {"NL.IMRO.0810.Akker-VG01.txt", "NL.IMRO.0820.Beek-VG01.txt", "NL.IMRO.0830.Dal-VG01.txt"}
    assert f.data["source_relpath"] in exact and f.data["overlap"] == 1.0
    others = f.data["documents"] - 1
    assert others in (2, 3) and f"ook in {others} andere documenten" in f.message
    assert exact - {f.data["source_relpath"]} <= set(f.data["also"])


def test_heavy_template_use_is_one_warning_with_share_and_sources_also_in_the_copy_view(archive):
    from beleidstaal.core import check_document
    from beleidstaal.outputs import html as html_report
    from beleidstaal.readers import document_from_text

    s = archive["s"]
    text = draft_with(archive, passage(s, 50), passage(s, 60))
    result = check_document(document_from_text(text, kind="text", path=DRAFT), archive["config"])
    found = [f for f in result.findings if f.rule in ("BT801", "BT802")]
    warnings = [f for f in found if f.severity == "warning"]
    assert len(warnings) == 1 and warnings[0].data["summary"] is True, [(f.severity, f.data) for f in found]
    summary = warnings[0].data
    assert summary["kinds"] == {"sjabloon": 2} and 0.3 < summary["share"] < 0.8
    assert {"NL.IMRO.0810.Akker-VG01.txt", "NL.IMRO.0820.Beek-VG01.txt"} & set(summary["top"])
    assert f"{percent(summary['share'])}% van deze tekst staat ook in {summary['sources']} andere" in (
        warnings[0].message
    )
    assert [(f.severity, f.data["kind"]) for f in found if f is not warnings[0]] == [("info", "sjabloon")] * 2
    page = html_report.render([result])
    share = (
        f"{percent(summary['share'])}% van deze tekst staat ook in {summary['sources']} andere documenten."
    )
    assert f'<p class="cv-share">{share}</p>' in page
    assert f"<li>{summary['top'][0]}</li>" in page
    assert page.count('<mark class="cv kind-sjabloon"') == 2


def test_own_earlier_plan_and_earlier_version_are_info(archive):
    text = draft_with(archive, passage(archive["s"], 0), passage(archive["s"], 10))
    found = copies(text, archive)
    assert [(f.data["kind"], f.severity) for f in found] == [("eigen", "info"), ("versie", "info")]
    assert found[0].data["source_relpath"] == "NL.IMRO.0100.Centrum-VG01.txt"


def test_law_quotation_without_quotation_marks_is_a_citation(archive):
    own = archive["own"]
    text = f"{own[0]} {own[1]}\n\nArtikel 3.1 van de regeling bepaalt het volgende:\n\n{passage(archive['s'], 20)}\n"
    found = copies(text, archive)
    assert [(f.rule, f.severity, f.data["kind"]) for f in found] == [("BT802", "info", "citaat")]


def test_heavy_copying_is_said_once_for_the_document(archive):
    s = archive["s"]
    text = draft_with(archive, passage(s, 20), passage(s, 30), passage(s, 40), passage(s, 0))
    found = copies(text, archive)
    warnings = [f for f in found if f.severity == "warning"]
    assert len(warnings) == 1, [(f.severity, f.data) for f in found]
    summary = warnings[0].data
    assert summary["summary"] is True and summary["passages"] == 4 and summary["sources"] == 5
    assert 0.3 < summary["share"] < 0.7
    assert "NL.IMRO.0200.Dorp-VG01.txt" in summary["top"]
    assert "% van deze tekst staat ook in" in warnings[0].message
    passages = [f for f in found if not f.data.get("summary")]
    assert len(passages) == 4 and {f.severity for f in passages} == {"info"}
    assert sorted(f.data["kind"] for f in passages) == ["eigen", "kopie", "kopie", "sjabloon"]


def test_span_that_starts_mid_sentence_is_trimmed_to_the_sentence(archive):
    s = archive["s"]
    tail = " ".join(
        s[20].rstrip(".").split()[-4:]
    )  # the last words of a copied sentence, in a sentence of its own
    own = archive["own"]
    rest = " ".join(s[21:23])
    text = f"{own[0]}\n\n{own[1].rstrip('.')} en verder {tail}. {rest}\n\n{own[2]}\n"
    found = copies(text, archive)
    assert len(found) == 1, [(f.text, f.data) for f in found]
    assert found[0].text == rest  # whole sentences, with the full stop of the last one


def test_a_passage_ends_after_the_punctuation_that_closes_its_sentence():
    text = "Het plan past in het beleid (zie artikel 3). Daarna volgt meer. Het gebied ligt aan de rand van het dorp"
    assert text[closing_end(text, text.index(" Daarna") - 2) :].startswith(" Daarna")
    assert closing_end(text, text.index(" meer") + 5) == text.index(" Het gebied")
    assert closing_end(text, text.index(" ligt")) == text.index(" ligt")  # mid-sentence: unchanged
    assert closing_end(text, len(text)) == len(text)


def test_on_sentences_extends_trims_merges_and_splits():
    breaks = [0, 10, 20, 30, 40, 50]
    # starts 2 words into a 10-word sentence (mostly inside: extended), ends 3 words into one (trimmed)
    p = Passage(12, 33, 7, 112, 133, 21)
    assert [(q.start, q.end) for q in on_sentences([p], breaks, [], 60)] == [(10, 30)]
    # starts 8 words into a sentence (mostly outside: trimmed)
    p = Passage(18, 40, 7, 118, 140, 22)
    assert [(q.start, q.end) for q in on_sentences([p], breaks, [], 60)] == [(20, 40)]
    # two touching passages from one source become one; a heading at word 40 splits a passage
    a, b = Passage(0, 20, 7, 0, 20, 20), Passage(20, 30, 7, 20, 30, 10)
    assert [(q.start, q.end) for q in on_sentences([a, b], breaks, [], 60)] == [(0, 30)]
    p = Passage(20, 60, 7, 20, 60, 40)
    assert [(q.start, q.end) for q in on_sentences([p], breaks, [40], 60)] == [(20, 40), (40, 60)]
    # what is left after trimming is too short
    p = Passage(15, 28, 7, 15, 28, 13)
    assert all(q.length >= MIN_WORDS for q in on_sentences([p], breaks, [], 60))


def test_batch_copies_name_the_kind_of_reuse():
    from beleidstaal.batch.copies import merge_pairs

    docs = {
        "a": "NL.IMRO.0100.Haven-VG02.md", "b": "NL.IMRO.0100.Haven-VA01.md", "c": "NL.IMRO.0100.Centrum-VG01.md",
        "d": "NL.IMRO.0200.Dorp-VG01.md", "e": "NL.IMRO.0300.Kern-VG01.md", "f": "NL.IMRO.0400.Wijk-VG01.md",
        "g": "NL.IMRO.0500.Park-VG01.md", "h": "NL.IMRO.0600.Veld-VG01.md",
    }  # fmt: skip

    def side(doc: str, name: str) -> dict:
        return {f"document_id_{name}": doc, f"path_{name}": docs[doc], f"start_{name}": 0, f"end_{name}": 300,
                f"line_{name}": 4, f"end_line_{name}": 6, f"words_{name}": 45, f"text_{name}": "Tekst.",
                f"quotation_{name}": None}  # fmt: skip

    def pair(x: str, y: str, passage: int) -> dict:
        return {"puid_a": passage * 100 + ord(x), "puid_b": passage * 100 + ord(y), "jaccard": 0.9,
                "overlap": 0.9, **side(x, "a"), **side(y, "b")}  # fmt: skip

    # passage 1: plan a with its earlier version, another plan of its own municipality, one other municipality;
    # passage 2: four plans of four other municipalities
    verified = [pair("a", "b", 1), pair("a", "c", 1), pair("a", "d", 1)]
    verified += [pair("e", "f", 2), pair("f", "g", 2), pair("g", "h", 2)]
    reuse = {(r["document_a"], r["document_b"]): r["reuse"] for r in merge_pairs(verified)}
    assert reuse == {("a", "b"): "versie", ("a", "c"): "eigen", ("a", "d"): "kopie", ("e", "f"): "sjabloon",
                     ("f", "g"): "sjabloon", ("g", "h"): "sjabloon"}  # fmt: skip


def test_a_paragraph_break_in_the_middle_of_a_sentence_is_no_sentence_start(archive):
    """Text converted from PDF breaks a sentence at a page break. A copied passage that starts in the middle of
    such a sentence starts at the next whole sentence, not at the break."""
    s = archive["s"]
    own = archive["own"]
    first = s[20].rstrip(".").split()
    half = next(i for i in range(len(first) // 2, len(first)) if first[i][0].islower())
    # the draft's own start of the sentence, then the copied rest of it, broken by a page break
    start = "Volgens de gemeente en de provincie geldt dat " + " ".join(first[2:half])
    broken = start + "\n\n" + " ".join(first[half:]) + ". " + " ".join(s[21:23])
    text = f"{own[0]} {own[1]}\n\n{broken}\n\n{own[2]} {own[3]}\n"
    found = copies(text, archive)
    assert len(found) == 1, [(f.text, f.data) for f in found]
    assert found[0].text == " ".join(s[21:23])


def small_index(tmp_path, plans: dict[str, list[str]]) -> Config:
    """An index of plans made of four paragraphs of other UD sentences with ``plans[name]`` in the middle; the
    settings that use it."""
    s = ud_sentences()[1000:]
    fill = iter(s[400:])
    folder = tmp_path / "plannen"
    folder.mkdir()
    for name, copied in plans.items():
        paragraphs = [" ".join(next(fill) for _ in range(4)) for _ in range(4)]
        paragraphs[2:2] = copied
        (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    index = tmp_path / "referentie.sqlite"
    result = runner.invoke(app, ["index", "build", str(folder), "--output", str(index)])
    assert result.exit_code == 0, flat(result.output)
    return Config(reference=(str(index),))


def test_span_stays_on_whole_sentences_when_the_origin_differs_in_the_first_words(tmp_path):
    """The origin (the earliest plan) changed the first words of the passage; the best match did not. The finding
    names the origin, and its span stays the whole sentences of the draft, not the part the origin shares."""
    s = ud_sentences()[1000:]
    first = next(x for x in s[300:] if 16 <= len(x.split()) <= 24)
    rest = " ".join(s[301:303]) if first not in s[301:303] else " ".join(s[303:305])
    copied = f"{first} {rest}"
    changed = "Voor het gebied rond de oude haven geldt " + " ".join(first.split()[5:])
    config = small_index(
        tmp_path,
        {
            "NL.IMRO.0200.Dorp-VG01.txt": [copied],  # the best match
            "NL.IMRO.0300.BP2010Oud-VG01.txt": [f"{changed} {rest}"],  # the earliest: the origin
        },
    )
    own = s[150:160]
    text = f"{own[0]} {own[1]}\n\n{copied}\n\n{own[2]} {own[3]}\n"
    found = [f for f in check_text(text, config=config, path=DRAFT) if f.rule == "BT801"]
    assert len(found) == 1, [(f.text, f.data) for f in found]
    assert found[0].data["source_relpath"] == "NL.IMRO.0300.BP2010Oud-VG01.txt"
    assert found[0].text == copied


def test_a_passage_ends_after_the_numbers_and_brackets_that_close_its_sentence():
    text = (
        "De kans is kleiner dan 1 op (ofwel 10-6). Het plan is vastgesteld op 23 november 2009. Daarna meer"
    )
    after_ofwel = text.index(" 10-6")
    assert text[: closing_end(text, after_ofwel, text.index("Het plan"))].endswith("(ofwel 10-6).")
    after_november = text.index(" 2009")
    assert text[: closing_end(text, after_november, text.index("Daarna"))].endswith("november 2009.")
    # a bracket without a full stop; the next sentence opens with a number or a quote: not taken in
    text = (
        "Zo past het (de gebiedskenmerken) In de afbeelding staat het. 3 huizen blijven. 'Wonen' komt erbij."
    )
    end = text.index(") In")
    assert closing_end(text, end, text.index("In de")) == end + 1
    end = text.index(". 3 huizen")
    assert closing_end(text, end, text.index("huizen")) == end + 1
    end = text.index(". 'Wonen'")
    assert closing_end(text, end, text.index("Wonen")) == end + 1
    # at the end of a paragraph, a rest without a full stop is the sentence's too
    text = "Het rapport van het bureau, d.d. juli 2016"
    end = text.index(" 2016")
    assert closing_end(text, end, len(text)) == end
    assert closing_end(text, end, len(text), paragraph_end=True) == len(text)
    # a '<' before an amount is no markup
    text = "Voor goedkope koop (onder < 200.000). Het gebied"
    assert text[: closing_end(text, text.index(" <"), text.index("Het"))].endswith("(onder < 200.000).")
    # not past markup, a line of its own or more than a short rest
    text = "Het plan past.<span id='page-3'></span> Het gebied"
    assert closing_end(text, text.index("."), text.index("Het gebied")) == text.index(".") + 1
    text = "Het plan past in\n| Plan: | 3 |\nHet gebied"
    assert closing_end(text, text.index("\n"), text.index("Het gebied")) == text.index("\n")
    text = "Het plan past " + "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20." + " Het gebied"
    assert closing_end(text, text.index(" 1 "), text.index("Het gebied")) == text.index(" 1 ")


def test_span_takes_in_the_numbers_that_end_its_last_sentence(tmp_path):
    s = ud_sentences()[1000:]
    last = s[311].rstrip(".") + " in 2016 (zie bijlage 3)."
    copied = f"{s[310]} {last}"
    config = small_index(
        tmp_path, {"NL.IMRO.0200.Dorp-VG01.txt": [copied], "NL.IMRO.0300.Kern-VG01.txt": [copied]}
    )
    own = s[150:160]
    text = f"{own[0]} {own[1]}\n\n{copied} {own[2]}\n\n{own[3]}\n"
    found = [f for f in check_text(text, config=config, path=DRAFT) if f.rule == "BT801"]
    assert len(found) == 1, [(f.text, f.data) for f in found]
    assert found[0].text == copied


def test_a_passage_starts_with_the_quote_that_opens_its_sentence():
    from beleidstaal.rules.copy_spans import opening_start

    text = "De filosofie is: ‘Samenwerken aan kwaliteit’. Het plan “Haven” bestaat uit twee delen."
    assert opening_start(text, text.index("Samenwerken")) == text.index("‘")
    assert opening_start(text, text.index("Het")) == text.index("Het")
    text = "(Zie de kaart.) Dit is het plan. Het woord'Haven' staat los."
    assert opening_start(text, text.index("Zie")) == 0
    assert opening_start(text, text.index("Haven")) == text.index(
        "Haven"
    )  # a quote glued to a word: not opening


def test_a_parser_split_without_punctuation_is_no_sentence_start():
    """The parser sometimes splits a long sentence at a name; without a full stop, bracket or line break before
    it, such a split is no sentence start for a copied passage."""
    import spacy

    from beleidstaal.document import Paragraph
    from beleidstaal.index.noise import prose_tokens
    from beleidstaal.nlp import AnalysedParagraph, Analysis
    from beleidstaal.readers import document_from_text
    from beleidstaal.rules.copy_spans import sentence_starts

    text = (
        "Het plan van de regio Oost Midden geldt voor de hele streek tot aan de rivier. "
        "Het Waterplan is vastgesteld (met de kaart) Daarna volgt de uitvoering door de provincie. "
        "Op grond van artikel 5.16 Wm besluit het college. Art. 1.1.1. Bro noemt dat een stedelijke ontwikkeling. "
        "Zo staat het in artikel 3.1. Dit geldt voor het plan."
    )
    document = document_from_text(text + "\n")
    (paragraph,) = document.paragraphs
    doc = spacy.blank("nl")(document.paragraph_text(paragraph))
    # wrong splits at 'Midden', after '5.16' and after 'Art. 1.1.1.' before a law; right ones at the others
    splits = {"Midden", "Het", "Daarna", "Op", "Wm", "Art", "Bro", "Zo", "Dit"}
    for token in doc:
        token.is_sent_start = token.i == 0 or token.text.rstrip(".") in splits
    analysis = Analysis(document, [AnalysedParagraph(Paragraph(paragraph.start, paragraph.end), doc)])
    tokens = prose_tokens(document)
    words = [document.text[tokens.starts[i] : tokens.ends[i]] for i in sentence_starts(analysis, tokens)]
    assert words == ["Het", "Het", "Daarna", "Op", "Art", "Zo", "Dit"]


def test_a_copied_passage_is_cut_where_quoted_text_starts_or_ends(tmp_path):
    """The source has an article and the writer's text after it; the draft quotes the article after 'luidt ... als
    volgt:' and copies the text after it. The article is a citation (BT802), the rest a copy (BT801)."""
    s = ud_sentences()[1000:]
    quoted, copied = " ".join(s[320:323]), " ".join(s[323:326])
    config = small_index(tmp_path, {"NL.IMRO.0200.Dorp-VG01.txt": [quoted, copied]})
    own = s[150:160]
    intro = "Artikel 3.2 van de regeling luidt sinds vorig jaar als volgt:"
    text = f"{own[0]} {own[1]}\n\n{intro}\n\n{quoted}\n\n{copied}\n\n{own[2]} {own[3]}\n"
    found = [f for f in check_text(text, config=config, path=DRAFT) if f.rule in ("BT801", "BT802")]
    assert [(f.rule, f.data["kind"], f.text) for f in found] == [
        ("BT802", "citaat", quoted),
        ("BT801", "kopie", copied),
    ]


def test_overlapping_passages_are_cut_so_each_text_is_reported_once():
    from beleidstaal.rules.copy_spans import uncovered

    p = Passage(20, 60, 7, 120, 160, 40)
    assert uncovered(p, []) == [p]
    assert uncovered(p, [(0, 10), (70, 80)]) == [p]
    (q,) = uncovered(p, [(10, 30)])  # the first ten words are taken: the rest, with its source words
    assert (q.start, q.end, q.src_start, q.src_end, q.matched) == (30, 60, 130, 160, 30)
    assert [(q.start, q.end) for q in uncovered(p, [(30, 36)])] == [
        (36, 60)
    ]  # 20..30 is too short on its own
    assert [(q.start, q.end) for q in uncovered(p, [(31, 36), (0, 5)])] == [(36, 60)]
    assert uncovered(p, [(25, 55)]) == []
    a, b = uncovered(Passage(0, 60, 7, 0, 60, 60), [(20, 30)])
    assert (a.start, a.end, b.start, b.end) == (0, 20, 30, 60)


def test_documents_with_only_a_fragment_of_the_passage_do_not_count(tmp_path):
    """One other municipality holds the whole passage; three others hold only its first sentence, or that sentence
    and text around it. The passage is copied from one other organisation, not template text, and the count names
    only the document that holds it."""
    s = ud_sentences()[1000:]
    parts = [x for x in s[320:] if 14 <= len(x.split()) <= 22][:4]
    whole = " ".join(parts)
    config = small_index(
        tmp_path,
        {
            "NL.IMRO.0200.Dorp-VG01.txt": [whole],
            "NL.IMRO.0300.Kern-VG01.txt": [parts[0]],
            "NL.IMRO.0400.Wijk-VG01.txt": [parts[0]],
            "NL.IMRO.0500.Veld-VG01.txt": [f"{s[150]} {parts[0]}"],
        },
    )
    own = s[160:170]
    text = f"{own[0]} {own[1]}\n\n{whole}\n\n{own[2]} {own[3]}\n"
    found = [f for f in check_text(text, config=config, path=DRAFT) if f.rule == "BT801"]
    assert len(found) == 1, [(f.text, f.data) for f in found]
    f = found[0]
    assert f.data["kind"] == "kopie" and f.data["source_relpath"] == "NL.IMRO.0200.Dorp-VG01.txt"
    assert f.data["documents"] == 1 and "andere documenten" not in f.message


def test_a_sentence_that_shares_only_a_stock_phrase_and_small_words_is_no_copy(tmp_path):
    """The draft's sentence has the collection's stock phrase and a few small words in common with a sentence of
    another plan; its own words differ. That is the stock phrase (BT107), not a copied passage. A sentence copied
    whole from that plan is still a copy."""
    stock = "het aspect geluid geen belemmering vormt voor de uitvoerbaarheid van het plan"
    source = f"Op grond van de tellingen bij de haven is bekend dat {stock}."
    copied = (
        "Langs de dijk komt een nieuw fietspad van vier meter breed met aan beide kanten een rij jonge eiken."
    )
    config = small_index(
        tmp_path,
        {
            "NL.IMRO.0200.Dorp-VG01.txt": [f"{source} {copied}"],
            "NL.IMRO.0300.Kern-VG01.txt": [f"Volgens het akoestisch onderzoek is {stock}."],
            "NL.IMRO.0400.Wijk-VG01.txt": [f"De conclusie van de paragraaf is dat {stock}."],
            "NL.IMRO.0500.Veld-VG01.txt": [f"Wij stellen daarom vast dat {stock}."],
            "NL.IMRO.0600.Beek-VG01.txt": [f"Samengevat: {stock}."],
        },
    )
    s = ud_sentences()[1000:]
    draft = f"Op grond van de metingen bij de school is duidelijk dat {stock}."
    text = f"{s[160]} {s[161]}\n\n{draft}\n\n{s[162]} {s[163]}\n\n{copied}\n\n{s[164]}\n"
    found = check_text(text, config=config, path=DRAFT)
    copies = [f for f in found if f.rule == "BT801"]
    assert [f.text for f in copies] == [copied], [(f.text, f.data) for f in copies]
    assert any(f.rule == "BT107" and f.text in draft for f in found)


POLICY = (
    "Nieuwe woningen buiten de bebouwde kom zijn alleen toegestaan op plekken waar eerder een agrarisch bedrijf "
    "stond en waar de gemeente de oude stallen laat slopen."
)
REPORT = (
    "Tijdens het veldbezoek in april zijn geen nesten van de huismus of de gierzwaluw gevonden in de schuur en de "
    "oude stal achter de boerderij."
)


@pytest.fixture(scope="module")
def policy_index(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("beleid")
    return small_index(tmp, {"NL.IMRO.0200.Dorp-VG01.txt": [POLICY], "NL.IMRO.0300.Kern-VG01.txt": [REPORT]})


def check_md(text: str, config) -> list:
    return [
        f
        for f in check_text(text, config=config, path="NL.IMRO.0100.Haven-VG02.md")
        if f.rule in ("BT801", "BT802")
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "In de Omgevingsverordening van de provincie staat:",
        "Voor het buitengebied is in artikel 2.30 het volgende opgenomen:",
        "De structuurvisie van de provincie stelt het volgende:",
    ],
)
def test_policy_quoted_after_a_sentence_that_names_it_is_a_citation(policy_index, intro):
    text = f"Het plan gaat over de boerderij aan de dijk.\n\n{intro}\n\n{POLICY}\n\nDat geldt ook hier.\n"
    found = check_md(text, policy_index)
    assert [(f.rule, f.data["kind"]) for f in found] == [("BT802", "citaat")], [
        (f.text, f.data) for f in found
    ]


def test_a_report_quoted_after_a_colon_is_no_citation(policy_index):
    """A sentence before the colon that names no law or policy text: the text after it is copied, not a quotation
    of law or policy."""
    text = (
        f"Het plan gaat over de boerderij aan de dijk.\n\nHet adviesbureau stelt het volgende:\n\n{POLICY}\n"
    )
    found = check_md(text, policy_index)
    assert [(f.rule, f.data["kind"]) for f in found] == [("BT801", "kopie")], [
        (f.text, f.data) for f in found
    ]


def test_italics_are_a_citation_only_where_law_or_policy_is_quoted(policy_index):
    report = f"Uit de quickscan van het ecologisch bureau blijkt het volgende.\n\n*{REPORT}*\n"
    found = check_md(f"Het plan gaat over de boerderij aan de dijk.\n\n{report}", policy_index)
    assert [(f.rule, f.data["kind"]) for f in found] == [("BT801", "kopie")], [
        (f.text, f.data) for f in found
    ]
    policy = f"De provincie beschrijft haar doelen in de Omgevingsvisie.\n\n*{POLICY}*\n"
    found = check_md(f"Het plan gaat over de boerderij aan de dijk.\n\n{policy}", policy_index)
    assert [(f.rule, f.data["kind"]) for f in found] == [("BT802", "citaat")], [
        (f.text, f.data) for f in found
    ]


def test_a_colon_that_opens_a_list_of_the_sentence_itself_is_no_citation(policy_index):
    """The verb stands early in the sentence; the colon opens the sentence's own list, not a quotation."""
    text = (
        "Het plan gaat over de boerderij aan de dijk.\n\nIn het provinciaal beleid staan drie doelen voor het "
        f"buitengebied centraal: wonen, werken en natuur. {POLICY}\n"
    )
    found = check_md(text, policy_index)
    assert [(f.rule, f.data["kind"]) for f in found] == [("BT801", "kopie")], [
        (f.text, f.data) for f in found
    ]


def kinds_of(found) -> list:
    return [(f.rule, f.data["kind"]) for f in found]


def planted(text: str, config) -> tuple[list, list]:
    """The copy findings' (rule, kind) of a draft with ``text`` (``{policy}`` and ``{report}`` filled in) after an
    opening paragraph of its own, and what they hold (for the message of a failed test)."""
    draft = f"Het plan gaat over de boerderij aan de dijk.\n\n{text.format(policy=POLICY, report=REPORT)}"
    found = markdown_copies(draft, config)
    return kinds_of(found), [(f.text, f.data) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that names what the policy text sets out, then a list of it
        "In de Structuurvisie is aangegeven dat het Rijk drie hoofddoelen heeft:\n\n- {policy}\n",
        # the policy text named in the sentence before ('Deze zijn:')
        "De provincie kiest in haar Omgevingsvisie voor twee hoofddoelen. Deze zijn:\n\n- {policy}\n",
        # the policy text named only in the heading above
        "## Provinciaal beleid\n\nDe provincie formuleert de volgende ambities voor het buitengebied:\n\n"
        "- {policy}\n",
        # an instrument of policy named in the heading ('Ladder voor duurzame verstedelijking')
        "## Ladder voor duurzame verstedelijking\n\nDe ladder stelt de volgende criteria:\n\n- {policy}\n",
        # a colon inside the paragraph, followed by a new sentence
        "Bij vogels hanteert het ministerie de volgende interpretatie van artikel 11: {policy}\n",
        # a footnote after the name of the policy text gives the source of the section
        "## Rijksbeleid\n\nIn de Structuurvisie Infrastructuur en Ruimte[1](#voetnoot-1) staan de plannen van het "
        "Rijk. {policy}\n\n## Water\n\nHet water stroomt naar de sloot.\n",
        "In de Structuurvisie Infrastructuur en Ruimte1 staan de plannen van het Rijk. {policy}\n",
        # a heading that names the article it discusses, in brackets
        "## Nieuwe woningen in het buitengebied (artikel 2.30)\n\n{policy}\n\n## Vertaling in dit plan\n\n"
        "Het plan volgt deze regel.\n",
        # a line naming a member of the ordinance named in the paragraph before, then the member's text
        "Naast het Rijk heeft ook de provinciale verordening een regel voor nieuwe woningen.\n\n"
        "*Lid 1 Nieuwe woningen buiten de kern*\n\n{policy}\n",
        # an article with its number, under a heading that names the ordinance
        "## Omgevingsverordening\n\nArtikel 3.2.1 Wonen in het buitengebied\n\n{policy}\n",
        # the priorities of a national vision named by its short name, in the sentence before
        "In de NOVI beschrijft het Rijk de nationale belangen. Er worden vier prioriteiten geformuleerd:\n\n"
        "- {policy}\n",
        # a starting point (singular) of a vision, as its threads ('rode draden')
        "Op 1 mei is de Visie op de ruimte vastgesteld. Uitgangspunt hierin zijn vier rode draden:\n\n- {policy}\n",
    ],
)
def test_policy_quoted_without_quotation_marks_or_luidt_is_a_citation(policy_index, text):
    kinds, seen = planted(text, policy_index)
    assert kinds == [("BT802", "citaat")], seen


@pytest.mark.parametrize(
    "text",
    [
        # the plan's own goals: no law or policy text named
        "Het plan heeft drie doelen:\n\n- {policy}\n",
        # the sentence's own list after the colon
        "In de Omgevingsvisie staan drie doelen centraal: wonen, werken en natuur. {policy}\n",
        # a number glued to a word that names no policy text, and a unit
        "Het adviesbureau1 keek naar de oude stallen van 300 m2 groot. {policy}\n",
        # a heading that names a chapter, not an article
        "## Nieuwe woningen (hoofdstuk 2)\n\n{policy}\n",
        # a heading that names an article of the plan's own rules (no dot in its number)
        "## Algemene gebruiksregels (Artikel 7)\n\n{policy}\n",
        # a goal named in the sentence before, and a lead-in that does not point back to it: the writer's own
        # explanation of the decree in the heading
        "## Besluit milieueffectrapportage\n\nHet doel van de toets is een zorgvuldig besluit. Een plan kan op drie "
        "manieren met de toets te maken krijgen:\n\n- {policy}\n",
        # goals of a topic, with a policy word only earlier in the paragraph
        "Ook het milieubeleid wil een goede leefomgeving. Dat gaat met zones. Een zone is een strook grond rond een "
        "bedrijf. Milieuzonering heeft twee doelen:\n\n- {policy}\n",
        # a member line with no law or policy text named near it, or an article of the plan's own rules
        "*Lid 1 Nieuwe woningen buiten de kern*\n\n{policy}\n",
        "## Regels\n\n*Artikel 4 Wonen*\n\nDe verordening kent regels.\n\n{policy}\n",
    ],
)
def test_no_citation_without_a_named_policy_text(policy_index, text):
    kinds, seen = planted(text, policy_index)
    assert kinds == [("BT801", "kopie")], seen


@pytest.fixture(scope="module")
def policy_index_two(tmp_path_factory):
    """The policy text in the plans of two other organisations."""
    tmp = tmp_path_factory.mktemp("beleid2")
    return small_index(
        tmp,
        {
            "NL.IMRO.0200.Dorp-VG01.txt": [POLICY],
            "NL.IMRO.0400.Akker-VG01.txt": [POLICY],
            "NL.IMRO.0300.Kern-VG01.txt": [REPORT],
        },
    )


GOVERNMENT_VOICE = [
    # the province speaks of its own policy, in a paragraph that names its ordinance or under a heading that does
    "De provincie heeft deze regel ook opgenomen in de verordening. {policy}\n",
    "## Provinciaal beleid\n\nDe provincie wil de kernen sterk houden. {policy}\n",
    "Voor de kernen is de visie het kader. Het Rijk zet daarom in op sterke kernen. {policy}\n",
]


@pytest.mark.parametrize("text", GOVERNMENT_VOICE)
def test_a_government_on_its_own_policy_is_a_citation_when_several_organisations_hold_it(
    policy_index, policy_index_two, text
):
    """Held by plans of two other organisations, or of one: the body's text, quoted."""
    kinds, seen = planted(text, policy_index_two)
    assert kinds == [("BT802", "citaat")], seen
    kinds, seen = planted(text, policy_index)
    assert kinds == [("BT802", "citaat")], seen


@pytest.mark.parametrize(
    "text",
    [
        # the province as subject, but no policy of its own in the words, or no law or policy text named
        "De provincie heeft geen bezwaar tegen het plan uit de verordening. {policy}\n",
        "De provincie wil meer woningen in de kernen. {policy}\n",
        # a government body that is not the subject of the sentence
        "Met de provincie is afgesproken dat de verordening wordt gevolgd. {policy}\n",
        # a verb that says no will or commitment of the body ('zet ... centraal'; 'ambities' in a clause of its own)
        "Het Rijk zet in de visie de gebruiker centraal. {policy}\n",
        "De provincie beschikt over instrumenten waarmee zij haar ambities uit de verordening haalt. {policy}\n",
        # the paragraph speaks of the plan: the writer's own weighing against the policy
        "De provincie wil sterke kernen volgens de verordening. Het voorliggende plan past daarin. {policy}\n",
    ],
)
def test_a_government_named_without_speaking_of_its_own_policy_is_no_citation(policy_index_two, text):
    kinds, seen = planted(text, policy_index_two)
    assert kinds == [("BT801", "sjabloon")] or kinds == [("BT801", "kopie")], seen


@pytest.mark.parametrize(
    "text",
    [
        # 'luiden' introduces the report's conclusions, not a law
        "De conclusies van het bodemonderzoek luiden (letterlijk) als volgt:\n\n{report}\n",
        # the report's words in quotation marks after a sentence that names the research
        'Navolgende conclusies komen voort uit het uitgevoerde onderzoek:\n\n"{report}"\n',
        # and over the report's next paragraphs in italics (a PDF line each)
        'De conclusies luiden als volgt:\n\n*"Het onderzoek is in mei gedaan.*\n\n*Er is niets gevonden.*\n\n'
        '*{report}"*\n',
        # in italics, after a sentence that names the research and the law it was done for
        "Het akoestisch onderzoek in het kader van de Wet geluidhinder concludeert het volgende.\n\n*{report}*\n",
        # under a report's numbered section in lower case (not an article of the plan's rules)
        "## 4.1.3 aanbevelingen\n\n{report}\n",
    ],
)
def test_conclusions_quoted_from_the_plans_own_research_are_no_citation(policy_index, text):
    kinds, seen = planted(text, policy_index)
    assert kinds == [("BT801", "kopie")], seen


def test_a_law_article_quoted_in_a_research_section_stays_a_citation(policy_index):
    """A sentence that names research and an article of a law introduces the article."""
    draft = f"Het plan gaat over de boerderij.\n\nVoor het onderzoek is in artikel 2.4 het volgende opgenomen:\n\n{POLICY}\n"
    assert kinds_of(markdown_copies(draft, policy_index)) == [("BT802", "citaat")]


# (under *Omgevingsvisie Gelderland* the passage is the vision's text: no warning at all, see
# test_a_vision_quoted_without_marks_is_a_citation_and_never_a_warning)
@pytest.mark.parametrize("heading", ["Toetsingskader", "Provinciaal beleid", "Welstandsnota"])
def test_the_document_level_warning_sits_outside_a_policy_section_where_it_can(policy_index, heading):
    """The larger passage stands under a heading about law or policy (with a bold line as a subheading between):
    the document-level warning takes the other one; under a neutral heading it takes the larger. A bold line about
    policy above a bold subheading of the plan's own, under a neutral real heading, is no policy section."""

    def anchor(top: str) -> str:
        draft = f"# Plan\n\n{top}\n\n**Onderzoek**\n\n{POLICY}\n\n## Ecologie\n\n{REPORT}\n"
        found = markdown_copies(draft, policy_index)
        [summary] = [f for f in found if (f.data or {}).get("summary")]
        return summary.text

    assert anchor(f"## {heading}") == REPORT
    assert anchor("## Het plangebied") == POLICY
    assert anchor(f"## Het plangebied\n\n**{heading}**") == POLICY
    assert anchor("## 5.2 Bestemmingsregeling") == POLICY  # the plan's own rules


def test_the_document_level_warning_avoids_policy_sections_and_counts_quotations_apart():
    from types import SimpleNamespace

    from beleidstaal.rules.copy_summary import summary_finding

    def passage_(kind, start, end, label):
        return (kind, start, end, label, SimpleNamespace(start=start * 6, end=end * 6), {label})

    policy = passage_("sjabloon", 100, 160, "c.md")
    passages = [passage_("kopie", 10, 24, "a.md"), policy, passage_("kopie", 200, 230, "d.md")]
    [summary] = summary_finding(passages, 400, [(300, 340)], {id(policy[4])})
    assert (summary.start, summary.end) == (1200, 1380)
    assert summary.data["quoted_share"] == 0.1 and summary.data["share"] == round(104 / 400, 3)
    assert "10% een citaat uit wet of beleid" in summary.message
    # only passages under policy headings: the largest of them
    other = passage_("kopie", 200, 210, "d.md")
    [summary] = summary_finding([policy, other], 400, (), {id(policy[4]), id(other[4])})
    assert (summary.start, summary.end) == (600, 960)
    assert "citaat" not in summary.message


def test_the_document_level_warning_sits_on_the_largest_copied_passage():
    from types import SimpleNamespace

    from beleidstaal.rules.copy_summary import summary_finding

    def passage_(kind, start, end, label):
        return (kind, start, end, label, SimpleNamespace(start=start * 6, end=end * 6), {label})

    passages = [
        passage_("kopie", 10, 24, "a.md"),
        passage_("eigen", 30, 90, "b.md"),
        passage_("sjabloon", 100, 160, "c.md"),
        passage_("kopie", 200, 230, "d.md"),
    ]
    [summary] = summary_finding(passages, 400)
    assert (summary.start, summary.end) == (600, 960) and summary.data["sources"] == 3


def test_a_sentence_in_the_frame_of_an_earlier_one_with_other_facts_is_no_repeat():
    """Parallel sentences of the writer's own (the same frame, another pipeline, aspect or number) are no repeat; a
    paragraph said twice is, also with one word and an inflection changed."""
    s = ud_sentences()[1000:]
    north = (
        "Voor de noordelijke leiding geldt aan weerszijden van de leiding een veiligheidszone van 40 meter. De "
        "afstand van deze leiding tot het plangebied bedraagt ongeveer 310 meter."
    )
    south = (
        "Voor de zuidelijke leiding geldt aan weerszijden van de leiding een veiligheidszone van 70 meter. De "
        "afstand van deze leiding tot het plangebied bedraagt ongeveer 120 meter."
    )
    aspect = (
        "Vanuit het aspect externe veiligheid zijn er geen belemmeringen voor de bouw van de nieuwe woningen."
    )
    other = "Vanuit het aspect bodemkwaliteit zijn er geen belemmeringen voor de bouw van de nieuwe woningen."
    said = (
        "De eigenaar van de boerderij verbouwt de oude schuur tot twee woningen met een eigen tuin aan de "
        "achterzijde en een gedeelde oprit naar de Dorpsstraat."
    )
    again = (
        "De eigenaar van het erf verbouwt de oude schuur tot twee woningen met een eigen tuin aan de achterzijde "
        "en een gedeelde oprit naar de Dorpsstraat."
    )
    paragraphs = [north, s[0], aspect, s[1], said, s[2], south, s[3], other, s[4], again, s[5]]
    text = "\n\n".join(paragraphs) + "\n"
    found = [f for f in check_text(text, config=Config(select=("BT801",)), path=DRAFT) if f.rule == "BT801"]
    assert [f.text for f in found] == [again], [(f.text, f.data) for f in found]
    assert found[0].data["kind"] == "herhaling"


def test_a_passage_that_other_plans_hold_with_small_changes_is_template_text(tmp_path):
    """One plan holds the passage as it is; three plans of other municipalities hold it with a word changed every
    few words, so few of its stored fingerprints are left in them. Aligned, they hold it: template text, and the
    count names them."""
    s = ud_sentences()[1000:]
    words = f"{s[170]} {s[171]} {s[172]}".split()
    edited = [
        " ".join(w + "heid" if i % 7 == k and w[-1].isalpha() else w for i, w in enumerate(words))
        for k in (2, 3, 4)
    ]
    found = _copy_held_by_three(tmp_path, " ".join(words), edited)
    assert found.data["kind"] == "sjabloon" and found.data["documents"] >= 3, found.data


def _copy_held_by_three(tmp_path, passage: str, held: list[str]):
    """The one BT801 finding of a draft with ``passage`` between sentences of its own, against an index where one
    plan holds the passage and three plans of other municipalities hold ``held``."""
    s = ud_sentences()[1000:]
    others = ("NL.IMRO.0300.Kern-VG01.txt", "NL.IMRO.0400.Wijk-VG01.txt", "NL.IMRO.0500.Veld-VG01.txt")
    plans = {
        "NL.IMRO.0200.Dorp-VG01.txt": [passage],
        **{name: [text] for name, text in zip(others, held, strict=True)},
    }
    config = small_index(tmp_path, plans)
    text = f"{s[160]} {s[161]}\n\n{passage}\n\n{s[162]} {s[163]}\n"
    found = [f for f in check_text(text, config=config, path=DRAFT) if f.rule == "BT801"]
    assert len(found) == 1, [(f.text, f.data) for f in found]
    return found[0]


def test_a_passage_that_other_plans_hold_shortened_is_template_text(tmp_path):
    """One plan holds the passage of four sentences as it is; three plans of other municipalities hold two of its
    sentences, with a word changed: a shortened copy of the same stock text. Half of the passage's words align with
    them, too few for an edited copy, but half of its 5-word runs stand in them: they hold it, so it is template
    text. (One sentence of four is a fragment: ``test_documents_with_only_a_fragment_of_the_passage_do_not_count``.)"""
    s = ud_sentences()[1000:]
    parts = [x for x in s[320:] if 14 <= len(x.split()) <= 22][:4]
    whole = " ".join(parts)
    shortened = [f"{parts[0]} {parts[k].replace(' de ', ' die ', 1)}" for k in (1, 2, 3)]
    found = _copy_held_by_three(tmp_path, whole, shortened)
    assert found.data["kind"] == "sjabloon" and found.data["documents"] >= 3, found.data


def test_run_share_counts_the_passage_runs_near_the_hits():
    """``run_share``: the share of a passage's 5-word runs that a document holds near the place of its hits; the
    same words far away, or in another order, do not count."""
    from beleidstaal.rules.copy_kinds import run_share

    class Source:
        def __init__(self, words):
            self.words = words

        def __len__(self):
            return len(self.words)

        def keys_range(self, a, b):
            return self.words[a:b]

    passage = [f"w{i}" for i in range(24)]
    filler = [f"x{i}" for i in range(200)]
    half = Source(filler[:50] + passage[:12] + ["ander"] + filler[50:])
    assert run_share(passage, half, (50, 58)) == 8 / 20
    far = Source(passage[:12] + filler)
    assert run_share(passage, far, (150, 160)) == 0.0
    shuffled = Source(filler[:50] + passage[::-1] + filler[50:])
    assert run_share(passage, shuffled, (50, 70)) == 0.0
    assert run_share(passage[:3], half, (50, 58)) == 0.0


LEAD = "Het bouwplan moet daarom aan de volgende drie voorwaarden voldoen:"
ITEMS = [
    "de nieuwe woningen komen binnen de bestaande kern van het dorp te staan;",
    "de bouw past bij de maat en schaal van de oude boerderijen in de straat;",
    "de eigenaar plant een haag van inheemse struiken langs de achterkant van het erf.",
]
BEFORE = (
    "Op de plek van de oude melkfabriek wil een ontwikkelaar zes rijwoningen en twee vrijstaande huizen bouwen "
    "met een gezamenlijke tuin."
)


def markdown_copies(text: str, config) -> list:
    found = check_text(text, config=config, kind="markdown", path="NL.IMRO.0100.Haven-VG02.md")
    return [f for f in found if f.rule in ("BT801", "BT802")]


def test_a_passage_takes_a_list_with_its_lead_in_or_none_of_it(tmp_path):
    """A list that continues a sentence (a lead-in with a colon, then the items) is one sentence: a copied passage
    with all the items takes in the writer's own lead-in too, and a passage that copies only the first item ends
    before the lead-in."""
    s = ud_sentences()[1000:]
    source = "\n".join([BEFORE, "", LEAD, "", *(f"- {item}" for item in ITEMS)])
    config = small_index(tmp_path, {"NL.IMRO.0200.Dorp-VG01.md": [source]})
    own_lead = "Wij stellen aan de bouw van de nieuwe woningen deze eisen (zie ook bijlage 2):"
    items = "\n".join(f"- {item}" for item in ITEMS)
    whole = f"{s[160]} {s[161]}\n\n{own_lead}\n\n{items}\n\n{s[162]} {s[163]}\n"
    found = markdown_copies(whole, config)
    assert [f.text for f in found] == [f"{own_lead}\n\n{items}"], [f.text for f in found]
    own_items = "- de gemeente bepaalt de plek van de oprit;\n- er komen geen nieuwe stallen bij het erf."
    first = f"{s[160]} {s[161]}\n\n{BEFORE}\n\n{LEAD}\n\n- {ITEMS[0]}\n{own_items}\n\n{s[162]}\n"
    found = markdown_copies(first, config)
    assert [f.text for f in found] == [BEFORE], [f.text for f in found]


def test_a_short_sentence_in_the_same_frame_with_a_third_of_its_words_other_is_no_copy(tmp_path):
    """One short sentence of another plan's wording with other words filled in (two thirds of the words equal) is a
    stock frame, not a copied passage; the same sentence with one word changed is a copy."""
    s = ud_sentences()[1000:]
    source = (
        "Voor de nieuwe sporthal langs de oostelijke rand van het dorpscentrum is in het voorjaar een akoestisch "
        "onderzoek gedaan door een adviesbureau."
    )
    frame = (
        "Voor onze oude gymzaal langs de oostelijke rand van het dorpscentrum is in dit najaar een geluidsmeting "
        "gedaan door een adviesbureau."
    )
    near = source.replace("voorjaar", "najaar")
    config = small_index(tmp_path, {"NL.IMRO.0200.Dorp-VG01.txt": [source]})
    found = check_text(f"{s[160]} {s[161]}\n\n{frame}\n\n{s[162]}\n", config=config, path=DRAFT)
    assert not [f for f in found if f.rule == "BT801"], [(f.text, f.data) for f in found if f.rule == "BT801"]
    found = check_text(f"{s[160]} {s[161]}\n\n{near}\n\n{s[162]}\n", config=config, path=DRAFT)
    assert [f.text for f in found if f.rule == "BT801"] == [near]


def test_a_sentence_that_points_to_another_appendix_is_no_repeat():
    """The same reference sentence with another appendix letter (*bijlage D* after *bijlage C*) points to another
    report: no repeat. The same sentence with the same letter is one."""
    s = ud_sentences()[1100:]
    frame = (
        "Het adviesbureau heeft onderzocht hoeveel geluid {} op de nieuwe woningen geeft. Het verslag van dit "
        "onderzoek is opgenomen als bijlage {} bij de toelichting."
    )
    first = frame.format("het verkeer op de drukke provinciale weg", "C")
    other = frame.format("de grote fabriek aan de haven", "D")

    def repeats(text: str) -> list:
        found = check_text(text, config=Config(select=("BT801",)), path=DRAFT)
        return [f.text for f in found if f.rule == "BT801"]

    assert repeats("\n\n".join([first, s[0], s[1], other, s[2]]) + "\n") == []
    again = frame.format("de grote fabriek aan de haven", "C")
    assert repeats("\n\n".join([first, s[0], s[1], again, s[2]]) + "\n") == [
        again[again.index("Het verslag") :]
    ]


VISION = [
    "De dorpen houden hun eigen karakter en groeien alleen binnen de bestaande randen van de bebouwde kom, zodat "
    "het open land tussen de dorpen open blijft.",
    "Open plekken met bomen en gras in de dorpen blijven vrij van nieuwe gebouwen, zodat de bewoners er kunnen "
    "spelen, wandelen en elkaar ontmoeten.",
]


@pytest.mark.parametrize(
    ("intro", "kinds"),
    [
        # a quotation mark after the colon that no paragraph closes: the quoted text runs on to the heading
        ("Voor de kernen is het volgende opgenomen: '", [("BT802", "citaat")]),
        # the same text without the mark, and no law or policy text named: copied
        ("Voor de kernen is het volgende opgenomen:", [("BT801", "kopie")]),
        # research quoted with a mark that is not closed: no quotation of law or policy
        ("In het rapport van het onderzoek is het volgende opgenomen: '", [("BT801", "kopie")]),
    ],
)
def test_a_quotation_mark_after_a_lead_in_that_no_paragraph_closes_opens_a_citation(tmp_path, intro, kinds):
    config = small_index(tmp_path, {"NL.IMRO.0200.Dorp-VG01.txt": VISION})
    draft = f"Het plan gaat over de boerderij aan de dijk.\n\n{intro} {VISION[0]}\n\n{VISION[1]}\n\n## Water\n\nHet water stroomt naar de sloot.\n"
    found = markdown_copies(draft, config)
    assert kinds_of(found) == kinds, [(f.text, f.data) for f in found]


STEPS = [
    "De gemeente laat zien dat er in de regio behoefte is aan de nieuwe woningen of bedrijven.",
    "Zij laat zien of die behoefte binnen de bestaande dorpen en steden kan worden opgevangen, door leegstand te "
    "benutten of oude gebouwen te verbouwen.",
    "Kan dat niet, dan kiest zij een plek buiten de dorpen die goed bereikbaar is met de bus, de trein of de fiets.",
]
THRESHOLDS = [
    "een terrein van honderd hectare of meer;",
    "een wijk met tweeduizend woningen of meer;",
    "winkels en kantoren met samen een grote vloer.",
]
LEAD = "Een gemeente toetst haar plan voor een nieuwe wijk of een nieuw bedrijventerrein aan de volgende drempelwaarden:"


@pytest.mark.parametrize(
    ("heading", "lead", "items", "kinds"),
    [
        # the steps of a policy instrument named in the heading, copied with their lead-in
        ("Ladder voor duurzame verstedelijking", "De ladder bestaat uit drie treden die een gemeente doorloopt:",
         STEPS, [("BT802", "citaat")]),
        # the thresholds of a decree named in the heading, after a lead-in as long as the list
        ("Drempelwaarden Besluit m.e.r.", LEAD, THRESHOLDS, [("BT802", "citaat")]),
        # the plan's own steps: no law or policy text named
        ("Nieuwe woningen", "Het plan bestaat uit drie stappen die een gemeente doorloopt:", STEPS,
         [("BT801", "kopie")]),
    ],
)  # fmt: skip
def test_steps_or_thresholds_copied_with_their_lead_in_are_a_citation(tmp_path, heading, lead, items, kinds):
    """A list of what a law or policy text sets out (steps, thresholds) is quoted; its lead-in sentence, copied with
    it, counts as part of the quotation."""
    items = "\n".join(f"- {n}. {item}" for n, item in enumerate(items, 1))
    config = small_index(tmp_path, {"NL.IMRO.0200.Dorp-VG01.md": [f"## {heading}", lead, items]})
    draft = f"## {heading}\n\n{lead}\n\n{items}\n\n## Water\n\nHet water stroomt naar de sloot.\n"
    found = markdown_copies(draft, config)
    assert kinds_of(found) == kinds, [(f.text, f.data) for f in found]


@pytest.mark.parametrize(
    ("own", "kinds"),
    [
        # the goals of a policy text, named in the sentence before, as a list after a full stop: the sentence
        # before the list and the list (a passage is cut where the list starts)
        ("De provincie heeft in de Omgevingsvisie twee doelen.", [("BT802", "citaat"), ("BT802", "citaat")]),
        # the plan's own goals
        ("Het plan heeft twee doelen.", [("BT801", "kopie")]),
    ],
)
def test_a_list_after_a_sentence_that_names_the_goals_of_a_policy_text_is_a_citation(tmp_path, own, kinds):
    """Without a colon: the sentence before the list names what a policy text sets out (*doelen*) and the text; the
    list and the sentence right before it, copied, are quoted from the policy."""
    lead = "Deze doelen zeggen wat de provincie in de komende tien jaar wil bereiken in stad en land."
    items = "\n".join(f"- {n}. {item}" for n, item in enumerate(STEPS[:2], 1))
    config = small_index(tmp_path, {"NL.IMRO.0200.Dorp-VG01.md": [lead, items]})
    draft = f"## Wonen\n\n{own} {lead}\n\n{items}\n\n## Water\n\nHet water stroomt naar de sloot.\n"
    found = markdown_copies(draft, config)
    assert kinds_of(found) == kinds, [(f.text, f.data) for f in found]


def _policy_blocks(markdown: str) -> list[tuple[str, str]]:
    from beleidstaal.language.policy_quotes import policy_quotations
    from beleidstaal.readers import document_from_text

    document = document_from_text(markdown, kind="markdown", path="NL.IMRO.0100.Haven-VG02.md")
    return [(b.kind, document.text[b.start : b.end]) for b in policy_quotations(document)]


def test_a_quoted_definition_after_a_colon_ends_at_its_closing_mark():
    """A sentence naming the ordinance introduces a short definition in quotation marks, and the paragraph goes on
    with the writer's own sentence about the plan (*Het plangebied ...*): only the definition is quoted. Without a
    sentence after it, or with more prose that names no plan, the quotation runs to the end of the paragraph."""
    own = "Het plangebied ligt daarom helemaal binnen de kern van het dorp, vlak bij de kerk."
    quoted = "'Het gebied buiten de bebouwde kom van de kernen en buiten de bedrijventerreinen'"
    intro = "In de Omgevingsverordening staat:"
    found = _policy_blocks(f"Het plan gaat over een erf.\n\n{intro} {quoted}. {own}\n")
    assert any(quoted in text for _, text in found) and not any("plangebied" in text for _, text in found), (
        found
    )
    found = _policy_blocks(f"Het plan gaat over een erf.\n\n{intro} {quoted}.\n")
    assert [text for kind, text in found if kind != "aankondiging"] == [f"{quoted}."], found
    # more of the policy's own prose after the quoted definition is quoted too: the sentence names no plan
    prose = "Dat gebied vraagt om rust en ruimte voor de landbouw."
    found = _policy_blocks(f"Het plan gaat over een erf.\n\n{intro} {quoted}. {prose}\n")
    assert [text for kind, text in found if kind != "aankondiging"] == [f"{quoted}. {prose}"], found
    # an apostrophe inside a word closes nothing: the whole rest of the paragraph is the quotation
    rest = "'De cafetaria's en snackbars in de kern, zoals de verordening die noemt bij de bedrijven."
    found = _policy_blocks(f"Het plan gaat over een erf.\n\n{intro} {rest}\n")
    assert [text for kind, text in found if kind != "aankondiging"] == [rest], found


def test_under_a_heading_of_the_plans_own_article_a_list_is_the_writers_explanation():
    """Under *Artikel 2: Begrippen* (one of the plan's own rules: a number without a dot and a name) the writer
    explains the article and then lists its terms: the heading names no law or policy text, so the sentence before
    the list does not introduce a quotation. Under a heading that names a law (*Artikel 2 Wet ruimtelijke
    ordening*) the same text does."""
    body = (
        "Dit artikel legt uit wat de woorden in de regels betekenen. Zo ligt de interpretatie van de woorden vast.\n\n"
        "- een gebouw met een dak en muren waarin mensen wonen;\n"
        "- de grond rond het huis die bij het huis hoort.\n"
    )
    own = _policy_blocks(f"## Artikel 2: Begrippen\n\n{body}")
    assert not [k for k, _ in own if k in ("beleid", "aankondiging")], own
    law = _policy_blocks(f"## Artikel 2 Wet ruimtelijke ordening\n\n{body}")
    assert [k for k, _ in law if k == "aankondiging"], law


def test_the_writers_prose_after_a_list_of_policy_items_is_no_quotation():
    """A sentence naming the water board's plan introduces its items (ending in ';'); the paragraph after them, of
    several sentences ending in a full stop, is the writer's own account of the board's policy (*Daarnaast heeft
    het waterschap ...*), no more of the quoted list. One more item after a ';' still is."""
    intro = "In het beleidsplan van het waterschap staan drie speerpunten. Deze zijn:"
    items = ["het vasthouden van regenwater in de wijk;", "het schoonhouden van de sloten;"]
    own = (
        "Daarnaast heeft het waterschap een eigen keur. Voor het dempen van een sloot is vaak een vergunning "
        "van het waterschap nodig."
    )
    found = _policy_blocks("\n\n".join(["Het plan gaat over een erf.", intro, *items, own]) + "\n")
    quoted = [text for kind, text in found if kind != "aankondiging"]
    assert any(items[1] in text for text in quoted) and not any("keur" in text for text in quoted), found
    last = "het beperken van de verharding in het buitengebied."
    found = _policy_blocks("\n\n".join(["Het plan gaat over een erf.", intro, *items, last]) + "\n")
    assert any(last in text for kind, text in found if kind != "aankondiging"), found


def test_the_writers_conclusion_in_italics_is_no_quotation():
    """A paragraph in italics after one that names a law is quoted policy, unless it draws the writer's own
    conclusion (*Uit deze uitspraken blijkt dat ...*)."""
    before = "De Ladder in artikel 3.1.6 van het Besluit ruimtelijke ordening geldt voor nieuwe woonwijken."
    mine = (
        "*Voor twee nieuwe woningen zijn twee uitspraken van de Raad van State van belang. Uit deze uitspraken "
        "blijkt dat twee woningen geen nieuwe stedelijke ontwikkeling zijn.*"
    )
    found = _policy_blocks(f"{before}\n\n{mine}\n")
    assert not any("uitspraken" in text for _, text in found), found
    quoted = "*Een nieuwe stedelijke ontwikkeling wordt gemotiveerd met de behoefte in de regio.*"
    found = _policy_blocks(f"{before}\n\n{quoted}\n")
    assert any("behoefte in de regio" in text for _, text in found), found


def test_a_sentence_in_the_same_formula_about_another_subject_is_no_repeat():
    """One short sentence said again with only its subject other (*vanuit het oogpunt van natuur* and later
    *... van verkeer*) is a parallel formula, no repeat; the same sentence with one word other in a long sentence
    still is a repeat (``test_a_sentence_in_the_frame_of_an_earlier_one_with_other_facts_is_no_repeat``)."""
    s = ud_sentences()[1000:]
    nature = (
        "Vanuit het oogpunt van natuur zijn er geen bezwaren tegen de verbouw van de oude schuur tot woning."
    )
    traffic = (
        "Vanuit het oogpunt van verkeer zijn er geen bezwaren tegen de verbouw van de oude schuur tot woning."
    )
    text = "\n\n".join([nature, s[0], s[1], traffic, s[2]]) + "\n"
    found = [f for f in check_text(text, config=Config(select=("BT801",)), path=DRAFT) if f.rule == "BT801"]
    assert found == [], [(f.text, f.data) for f in found]
    text = "\n\n".join([nature, s[0], s[1], nature, s[2]]) + "\n"
    found = [f for f in check_text(text, config=Config(select=("BT801",)), path=DRAFT) if f.rule == "BT801"]
    assert [f.text for f in found] == [nature], [(f.text, f.data) for f in found]


def test_a_holder_that_shares_only_a_phrase_does_not_make_template_text(tmp_path):
    """A short passage that two plans of other municipalities hold whole and a third only by a clause of it (under
    half of its 5-word runs) is another organisation's text, not template text; when the third holds it whole too,
    it is template text."""
    passage = (
        "Gelet op het bovenstaande vormt het aspect bodemkwaliteit geen enkele belemmering voor de bouw van de "
        "twee woningen."
    )
    phrase = "Daarom vormt het aspect bodemkwaliteit geen enkele belemmering voor de schuur op het erf."
    [found] = _held_by_three(tmp_path / "phrase", passage, (passage, passage, phrase))
    assert found.data["kind"] == "kopie", found.data
    [found] = _held_by_three(tmp_path / "passage", passage, (passage, passage, passage))
    assert found.data["kind"] == "sjabloon", found.data


def _held_by_three(folder, passage: str, held: tuple[str, str, str]) -> list:
    """The BT801 findings of a draft with ``passage`` between two other paragraphs, checked against an index (in
    ``folder``) of three plans of three municipalities that hold ``held`` (one paragraph each)."""
    s = ud_sentences()[1000:]
    names = ("NL.IMRO.0200.Dorp-VG01.txt", "NL.IMRO.0300.Kern-VG01.txt", "NL.IMRO.0400.Wijk-VG01.txt")
    folder.mkdir()
    config = small_index(folder, {name: [text] for name, text in zip(names, held, strict=True)})
    text = f"{s[160]} {s[161]}\n\n{passage}\n\n{s[162]} {s[163]}\n"
    return [f for f in check_text(text, config=config, path=DRAFT) if f.rule == "BT801"]


def test_a_holder_that_shares_only_a_stock_frame_of_a_short_passage_does_not_make_template_text(tmp_path):
    """A short passage that one other municipality holds whole, and two others only by its opening, a stock phrase
    of the collection (*In de directe omgeving van het plangebied liggen geen ...*) with other words after it, is
    another organisation's text, not template text: the two share a frame, not the sentence. When they hold it
    whole, it is template text."""
    passage = "In de directe omgeving van het plangebied liggen geen kassen, loodsen of andere agrarische bedrijven."
    frame = "In de directe omgeving van het plangebied liggen geen woningen, scholen of kinderdagverblijven."
    [found] = _held_by_three(tmp_path / "frame", passage, (passage, frame, frame))
    assert found.data["kind"] == "kopie", found.data
    [found] = _held_by_three(tmp_path / "passage", passage, (passage, passage, passage))
    assert found.data["kind"] == "sjabloon", found.data


def test_a_holder_of_a_whole_stock_sentence_of_a_short_passage_makes_template_text(tmp_path):
    """Two short sentences, the second a stock sentence that plans of two other municipalities hold whole in their
    own context: template text, also where that sentence is a stock phrase of the collection."""
    passage = "Er zijn verder geen bijzonderheden te melden. Met dit hoofdstuk is voldaan aan de eisen van het besluit."
    stock = "Met dit hoofdstuk is voldaan aan de eisen van het besluit."
    s = ud_sentences()[1000:]
    config = small_index(
        tmp_path,
        {
            "NL.IMRO.0200.Dorp-VG01.txt": [passage],
            "NL.IMRO.0300.Kern-VG01.txt": [f"Het plan past in de omgeving. {stock}"],
            "NL.IMRO.0400.Wijk-VG01.txt": [f"De gevolgen voor de natuur zijn klein. {stock}"],
        },
    )
    text = f"{s[160]} {s[161]}\n\n{passage}\n\n{s[162]} {s[163]}\n"
    [found] = [f for f in check_text(text, config=config, path=DRAFT) if f.rule == "BT801"]
    assert found.data["kind"] == "sjabloon", found.data


def test_a_date_and_a_law_s_name_shared_with_other_plans_is_no_copy(tmp_path):
    """A sentence that says when a law came into force, word for word in the plans of three other municipalities,
    is a fact that every plan states: besides the law's name it shares only the date, *trad* and *in werking*, no
    copied text. A sentence with as many words of its own shared is copied (template text)."""
    fact = "Op 1 juli trad de Wet Kwaliteitsborging Voor Het Bouwen (Wkb) in werking."
    own = "Op 1 juli sloot de gemeente met de bouwer een overeenkomst over de planschade."
    s = ud_sentences()[1000:]
    names = ("NL.IMRO.0200.Dorp-VG01.txt", "NL.IMRO.0300.Kern-VG01.txt", "NL.IMRO.0400.Wijk-VG01.txt")
    for sentence, copied in ((fact, False), (own, True)):
        folder = tmp_path / str(copied)
        folder.mkdir()
        plans = {n: [f"{s[170 + k]} {sentence} {s[180 + k]}"] for k, n in enumerate(names)}
        # other plans, so that the sentence is no stock phrase of the collection (BT107)
        plans.update({f"NL.IMRO.{1000 + k}.Rest-VG01.txt": [] for k in range(24)})
        config = small_index(folder, plans)
        text = f"{s[160]} {s[161]}\n\n{sentence}\n\n{s[162]} {s[163]}\n"
        found = [f for f in check_text(text, config=config, path=DRAFT) if f.rule == "BT801"]
        assert [f.data["kind"] for f in found] == (["sjabloon"] if copied else []), [
            (f.text, f.data) for f in found
        ]


VISION_TEXT = [
    # under a heading that names a provincial vision
    "## Omgevingsvisie Gelderland\n\n{policy}\n",
    # under a heading of its own, after a lead-in that announces what follows (a semicolon for its colon) under a
    # caption that names the ordinance
    "*Kaart uit de Verordening ruimte*\n\nVoor dit gebied is het volgende bepaald;\n\n## Stedelijk gebied\n\n{policy}\n",
    # under a heading of its own, right after a lead-in that names the vision (a caption or a sentence)
    "## Ontwikkelingsperspectieven\n\nDe omgevingsvisie kent zes perspectieven.\n\n"
    "*Kaart uit de omgevingsvisie*\n\n## Wonen buiten de kernen\n\n{policy}\n",
    # a paragraph in which the policy text names itself by its title
    "## Provinciaal beleid\n\n{policy} Dat staat zo in deze Visie Wonen en Werken.\n",
    # the plan's own sentences after the vision's text are the plan's, not the vision's
    "## Omgevingsvisie Gelderland\n\n{policy} In dit geval past de woning in dit perspectief.\n",
]


@pytest.mark.parametrize("text", VISION_TEXT)
def test_a_vision_quoted_without_marks_is_a_citation_and_never_a_warning(
    policy_index, policy_index_two, text
):
    """A provincial vision's text under its heading or lead-in: a quotation when plans of two other organisations
    hold it; held by one other plan it is a copy, but at info, counted with the quotations, never a warning."""
    held_text(text, policy_index_two, policy_index)


def held_text(text: str, two, one) -> None:
    """Held by plans of two other organisations (``two``) or of one (``one``), ``text`` is a quotation, at info."""
    kinds, seen = planted(text, two)
    assert kinds == [("BT802", "citaat")], seen
    found = markdown_copies(
        f"Het plan gaat over de boerderij aan de dijk.\n\n{text.format(policy=POLICY)}", one
    )
    assert [(f.rule, f.severity) for f in found] == [("BT802", "info")], [(f.text, f.data) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        # the first sentence under the vision's heading is the plan's own: the text is the plan's
        "## Omgevingsvisie Gelderland\n\nHet plangebied ligt in de kern. {policy}\n",
        # the plan's summary of the policy in the third person: a government body or the vision named first
        "## Omgevingsvisie Gelderland\n\nDe provincie beschikt over instrumenten voor haar doelen. {policy}\n",
        "## Omgevingsvisie Gelderland\n\nDe visie houdt vast aan een ruim woonbeleid. {policy}\n",
        # a heading of its own that names another policy text, after a lead-in naming the vision
        "De omgevingsvisie kent zes perspectieven.\n\n## Welstandsnota\n\n{policy}\n",
        # a writer pointing back to a vision in lower case, or at the start of a sentence: the plan's summary
        "## Wonen\n\n{policy} Dat staat zo in deze visie van de gemeente.\n",
        "## Wonen\n\nIn deze Visie Wonen staat het plan van de provincie. {policy}\n",
        # a lead-in that announces nothing, or announces without a law or policy text named above the heading
        "*Kaart uit de Verordening ruimte*\n\nVoor dit gebied geldt een regel.\n\n## Stedelijk gebied\n\n{policy}\n",
        "*Kaart van het dorp*\n\nVoor dit gebied is het volgende bepaald;\n\n## Stedelijk gebied\n\n{policy}\n",
        # a heading with no vision named above it or in the lead-in
        "## Wonen\n\nDe gemeente bouwt voor de eigen inwoners.\n\n## Wonen buiten de kernen\n\n{policy}\n",
    ],
)
def test_text_not_in_a_visions_voice_or_place_is_no_citation(policy_index_two, text):
    kinds, seen = planted(text, policy_index_two)
    assert kinds in ([("BT801", "sjabloon")], [("BT801", "kopie")]), seen


def reworded(text: str) -> str:
    """The text with two words changed: a stock summary as other municipalities word it."""
    words = text.split()
    words[7] = words[15] = "ook"
    return " ".join(words)


@pytest.fixture(scope="module")
def policy_index_stock(tmp_path_factory):
    """The policy text in plans of four other organisations, worded a little differently from the draft."""
    tmp = tmp_path_factory.mktemp("beleid4")
    plans = ["0200.Dorp", "0400.Akker", "0500.Beek", "0600.Veld"]
    return small_index(tmp, {f"NL.IMRO.{name}-VG01.txt": [reworded(POLICY)] for name in plans})


@pytest.fixture(scope="module")
def policy_index_four(tmp_path_factory):
    """The policy text word for word in plans of four other organisations."""
    tmp = tmp_path_factory.mktemp("beleid4w")
    plans = ["0200.Dorp", "0400.Akker", "0500.Beek", "0600.Veld"]
    return small_index(tmp, {f"NL.IMRO.{name}-VG01.txt": [POLICY] for name in plans})


def test_a_government_named_in_a_stock_summary_held_by_many_is_template(
    policy_index_stock, policy_index_four, policy_index_two
):
    """*De provincie wil ...* held by plans of four other organisations, each worded a little differently or word
    for word: a stock summary of the policy in the third person, template text. Held by two: the body's text."""
    text = "## Provinciaal beleid\n\nDe provincie wil de kernen sterk houden. {policy}\n"
    kinds, seen = planted(text, policy_index_stock)
    assert kinds == [("BT801", "sjabloon")], seen
    kinds, seen = planted(text, policy_index_four)
    assert kinds == [("BT801", "sjabloon")], seen
    kinds, seen = planted(text, policy_index_two)
    assert kinds == [("BT802", "citaat")], seen


APPLIED = (
    "In dit geval maakt het plan op de plek van de oude stal twee woningen mogelijk, zodat de boerderij aan de dijk "
    "weer een woonerf wordt met een tuin."
)


@pytest.fixture(scope="module")
def vision_and_plan_index(tmp_path_factory):
    """The vision's sentence and a plan's own sentence after it, in one paragraph, in plans of two other
    organisations."""
    tmp = tmp_path_factory.mktemp("visie2")
    plans = ["0200.Dorp", "0400.Akker"]
    return small_index(tmp, {f"NL.IMRO.{name}-VG01.txt": [f"{POLICY} {APPLIED}"] for name in plans})


def test_a_passage_partly_a_visions_text_is_split_where_the_plan_speaks(vision_and_plan_index):
    """One copied paragraph: the vision's text, then the plan's own sentence that applies it. The vision's part is
    a quotation, the plan's part a passage of its own."""
    draft = f"Het plan gaat over de boerderij aan de dijk.\n\n## Omgevingsvisie Gelderland\n\n{POLICY} {APPLIED}\n"
    found = markdown_copies(draft, vision_and_plan_index)
    assert [(f.rule, f.text) for f in found] == [("BT802", POLICY), ("BT801", APPLIED)], [
        (f.rule, f.text, f.data) for f in found
    ]


def test_a_passage_the_plan_holds_twice_is_a_repeat_at_its_later_place(tmp_path):
    """A passage that plans of four other municipalities hold with a word changed (template text) and that the
    draft holds twice: the first place is template text, the later place is a repeat inside the draft, which holds
    it closer than the other plans do. (Held as close, the other plans' kind stays:
    ``test_a_repeat_that_another_plan_holds_closer_keeps_that_plans_kind``.)"""
    s = ud_sentences()[1000:]
    passage = f"{s[170]} {s[171]} {s[172]}"
    words = passage.split()
    words[len(words) // 2] = "fiets"
    names = ("NL.IMRO.0200.Dorp", "NL.IMRO.0300.Kern", "NL.IMRO.0400.Wijk", "NL.IMRO.0500.Veld")
    config = small_index(tmp_path, {f"{name}-VG01.txt": [" ".join(words)] for name in names})
    text = f"{s[160]} {s[161]}\n\n{passage}\n\n{s[162]} {s[163]}\n\n{passage}\n\n{s[164]} {s[165]}\n"
    second = text.rindex(passage)
    found = [
        (f.offset >= second, f.data["kind"])
        for f in check_text(text, config=config, path=DRAFT)
        if f.rule == "BT801" and f.data.get("kind") in ("sjabloon", "herhaling")
    ]
    assert found == [(False, "sjabloon"), (True, "herhaling")], found


#: what a decree's article lays down, in words written for these tests
ARTICLE_TEXT = (
    "de gemeente bij het maken van een nieuw plan vooraf overleg voert met het waterschap, met de buurgemeenten "
    "en met de diensten van het Rijk die bij de zorg voor het gebied rond de rivier betrokken zijn."
)


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        # the article named, and a verb that reports its text before 'dat': the article's text in indirect speech
        ("Het Besluit inrichting land (artikel 4.2.7) geeft aan dat", ("BT802", "citaat")),
        ("In artikel 4.2.7 van het Besluit inrichting land is bepaald dat", ("BT802", "citaat")),
        ("Om die reden schrijft het Besluit (artikel 4.2.7) sinds 1 mei voor, dat", ("BT802", "citaat")),
        # no article named, or an article of the plan's own rules (no dot in its number): the writer's own words
        ("Volgens het Besluit inrichting land geldt dat", ("BT801", "kopie")),
        ("Artikel 4 van de regels bepaalt dat", ("BT801", "kopie")),
    ],
)
def test_an_article_reported_in_indirect_speech_is_a_citation(tmp_path, lead, kind):
    s = ud_sentences()[1000:]
    sentence = f"{lead} {ARTICLE_TEXT}"
    config = small_index(tmp_path, {"NL.IMRO.0200.Dorp-VG01.txt": [sentence]})
    text = f"{s[160]} {s[161]}\n\n{sentence}\n\n{s[162]} {s[163]}\n"
    found = [f for f in check_md(text, config)]
    assert kinds_of(found) == [kind], [(f.text, f.data) for f in found]


def test_a_repeat_that_another_plan_holds_closer_keeps_that_plans_kind(tmp_path):
    """The draft holds a passage twice, the second time with a word changed and its last sentence about another
    subject; another municipality's plan holds that second place word for word: it is copied from that plan, not
    repeated. So is a passage that the plan and another plan hold word for word."""
    s = ud_sentences()[1000:]
    words = s[171].split()
    words[len(words) // 2] = "fiets"
    first = f"{s[170]} {s[171]} {s[172]} {s[173]}"
    second = f"{s[170]} {' '.join(words)} {s[172]} {s[174]}"
    config = small_index(tmp_path, {"NL.IMRO.0200.Dorp-VG01.txt": [second]})
    text = f"{s[160]} {s[161]}\n\n{first}\n\n{s[162]} {s[163]}\n\n{second}\n\n{s[164]} {s[165]}\n"
    at = text.rindex(second)
    found = [
        f.data.get("kind")
        for f in check_text(text, config=config, path=DRAFT)
        if f.rule == "BT801" and f.data.get("kind") and f.offset < at + len(second) and f.end_offset > at
    ]
    assert found == ["kopie"], found
    (tmp_path / "gelijk").mkdir()
    config = small_index(tmp_path / "gelijk", {"NL.IMRO.0200.Dorp-VG01.txt": [first]})
    text = f"{s[160]} {s[161]}\n\n{first}\n\n{s[162]} {s[163]}\n\n{first}\n\n{s[164]} {s[165]}\n"
    at = text.rindex(first)
    found = [
        f.data.get("kind")
        for f in check_text(text, config=config, path=DRAFT)
        if f.rule == "BT801" and f.data.get("kind") and f.offset < at + len(first) and f.end_offset > at
    ]
    assert found == ["kopie"], found


def test_a_passage_said_twice_in_a_row_that_another_plan_holds_once_is_a_repeat_the_second_time(tmp_path):
    """Another municipality's plan holds a passage once; the draft says it twice in a row. The two places touch, so
    they were one passage of twice the words, all 'equal' to the other plan, which holds only half of them: the
    first place is that plan's text, the second the draft's own repeat."""
    s = ud_sentences()[1000:]
    passage = (
        "Langs de oostkant van het dorp komt een brede groene zoom met wandelpaden, een poel voor kikkers en "
        "een rij knotwilgen langs de sloot."
    )
    config = small_index(tmp_path, {"NL.IMRO.0200.Dorp-VG01.txt": [passage]})
    for twice in (f"{passage} {passage}", f"{passage}\n\n{passage}"):
        text = f"{s[160]} {s[161]}\n\n{twice}\n\n{s[162]} {s[163]}\n"
        second = text.rindex(passage)
        found = [
            (f.offset >= second, f.data["kind"], f.data["words"])
            for f in check_text(text, config=config, path=DRAFT)
            if f.rule == "BT801" and f.data.get("kind")
        ]
        words = len(passage.split())
        assert found == [(False, "kopie", words), (True, "herhaling", words)], found


def test_a_passage_said_three_times_in_a_row_that_another_plan_holds_once_is_a_repeat_twice(tmp_path):
    """The same passage three times in a row (a conversion slip): the third place repeats the second, along the
    same line of repeated words as the second repeats the first, and is found as well, so the first place is the
    other plan's text and the second and third the draft's own repeat."""
    s = ud_sentences()[1000:]
    passage = (
        "Langs de oostkant van het dorp komt een brede groene zoom met wandelpaden, een poel voor kikkers en "
        "een rij knotwilgen langs de sloot."
    )
    config = small_index(tmp_path, {"NL.IMRO.0200.Dorp-VG01.txt": [passage]})
    text = f"{s[160]} {s[161]}\n\n{passage} {passage} {passage}\n\n{s[162]} {s[163]}\n"
    second = text.index(passage) + len(passage) + 1
    found = [
        (f.offset, f.data["kind"], f.data["words"])
        for f in check_text(text, config=config, path=DRAFT)
        if f.rule == "BT801" and f.data.get("kind")
    ]
    words = len(passage.split())
    assert found == [(text.index(passage), "kopie", words), (second, "herhaling", 2 * words)], found


# a lead-in that names the ordinance (a caption), a slip of a semicolon for its colon, a heading of the ordinance's
# own, and the province saying how it regards the area (*ziet ... als*): the province's text
REGARD = (
    "*Kaart uit de Verordening ruimte van de provincie*\n\nVoor dit gebied is het volgende bepaald;\n\n"
    "## Stedelijk gebied\n\nDe provincie ziet de kernen als de plek voor nieuwe woningen. {policy}\n"
)


def test_a_government_regarding_its_area_under_an_ordinances_lead_in_is_the_bodys_text(
    policy_index, policy_index_two
):
    """Held by plans of two other organisations: a quotation. Held by one: a copy, but at info, counted with the
    quotations and never the document-level warning's passage."""
    held_text(REGARD, policy_index_two, policy_index)


@pytest.mark.parametrize(
    "text",
    [
        # no law or policy text named in the paragraph, its heading or the lead-in above that heading
        "Voor dit gebied geldt het volgende.\n\n## Stedelijk gebied\n\n"
        "De provincie ziet de kernen als de plek voor nieuwe woningen. {policy}\n",
        # the province sees no objection: the writer's report, not the province's policy
        REGARD.replace(
            "ziet de kernen als de plek voor nieuwe woningen", "ziet geen bezwaar in nieuwe woningen"
        ),
    ],
)
def test_a_government_seeing_without_its_policy_named_is_no_citation(policy_index_two, text):
    kinds, seen = planted(text, policy_index_two)
    assert kinds in ([("BT801", "sjabloon")], [("BT801", "kopie")]), seen


def test_two_compounds_with_another_first_part_make_a_parallel_sentence_no_repeat():
    """*... afwijken van de gebruiksregels* after *... afwijken van de bouwregels*: the word that carries the
    meaning differs, so the writer's own parallel sentence; the same sentence twice is a repeat."""
    from beleidstaal.rules.copy_facts import _siblings

    s = ud_sentences()[1000:]
    build = "Met deze bepaling kan het college onder voorwaarden afwijken van de bouwregels die in het hele dorp gelden."
    use = build.replace("bouwregels", "gebruiksregels")
    for later, repeated in ((use, []), (build, [build])):
        text = "\n\n".join([build, s[0], s[1], later, s[2]]) + "\n"
        found = [
            f for f in check_text(text, config=Config(select=("BT801",)), path=DRAFT) if f.rule == "BT801"
        ]
        assert [f.text for f in found] == repeated, [(f.text, f.data) for f in found]
    assert _siblings(["noordzijde"], ["zuidzijde"])
    assert not _siblings(["bijgebouw"], ["gebouw"])  # a compound for its bare last part
    assert not _siblings(["woning"], ["regeling"])  # words that only end alike


ORDINANCE_RULE = (
    "Een ruimtelijk plan kan uitsluitend voorzien in nieuwe woningen buiten de kern als de gemeente daarover met de "
    "buurgemeenten schriftelijke afspraken heeft gemaakt."
)


@pytest.fixture(scope="module")
def rule_indexes(tmp_path_factory):
    """The ordinance's rule in plans of two other organisations, and in the plan of one."""
    two = small_index(
        tmp_path_factory.mktemp("regel2"),
        {f"NL.IMRO.{name}-VG01.txt": [ORDINANCE_RULE] for name in ("0200.Dorp", "0400.Akker")},
    )
    one = small_index(tmp_path_factory.mktemp("regel1"), {"NL.IMRO.0200.Dorp-VG01.txt": [ORDINANCE_RULE]})
    return two, one


def test_an_ordinances_rule_under_its_heading_is_a_citation_when_several_organisations_hold_it(rule_indexes):
    """*Een ruimtelijk plan kan uitsluitend ...* under a heading that names the ordinance: its rule, quoted without
    marks, held by plans of two other organisations or of one; under a heading of the plan's own: a copy."""
    two, one = rule_indexes
    text = "## 4.3 Provinciale verordening\n\nDe gemeente toetst het plan hieraan. {rule}\n"
    kinds, seen = planted(text.replace("{rule}", ORDINANCE_RULE), two)
    assert kinds == [("BT802", "citaat")], seen
    found = markdown_copies(f"Het plan gaat over de boerderij.\n\n{text.format(rule=ORDINANCE_RULE)}", one)
    assert [(f.rule, f.severity) for f in found] == [("BT802", "info")], [(f.text, f.data) for f in found]
    kinds, seen = planted(
        f"## Het plangebied\n\nDe gemeente toetst het plan hieraan. {ORDINANCE_RULE}\n", two
    )
    assert kinds == [("BT801", "kopie")], seen


@pytest.fixture(scope="module")
def vision_reworded_index(tmp_path_factory):
    """The vision's text word for word in the plan of one other organisation, and with two words other in the plans
    of two more."""
    tmp = tmp_path_factory.mktemp("visie3")
    plans = {"NL.IMRO.0200.Dorp-VG01.txt": [POLICY]}
    plans.update({f"NL.IMRO.{name}-VG01.txt": [reworded(POLICY)] for name in ("0400.Akker", "0500.Beek")})
    return small_index(tmp, plans)


def test_a_visions_text_that_more_organisations_hold_reworded_is_a_citation(vision_reworded_index):
    """The holders that hold the text with small changes count too: three organisations hold the vision's text."""
    kinds, seen = planted("## Omgevingsvisie Gelderland\n\n{policy}\n", vision_reworded_index)
    assert kinds == [("BT802", "citaat")], seen
