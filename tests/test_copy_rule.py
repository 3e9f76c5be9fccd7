"""BT801 kopie, BT802 citaat and BT107 standaardzin against a generated reference collection.

The collection is 20 documents made of sentences from the UD Dutch treebanks (real Dutch, and not the corpus whose
text may not be copied into the repository). Each document has its own sentences; 12 of them share one stock phrase.
"""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beleidstaal import check_text
from beleidstaal.cli import app
from beleidstaal.config import Config

UD = Path(__file__).resolve().parents[2] / "shared" / "ud-dutch"
pytestmark = pytest.mark.skipif(
    not UD.is_dir(), reason="de UD Dutch-treebanks (../shared/ud-dutch) ontbreken"
)

runner = CliRunner()


def flat(text: str) -> str:
    """Output without the line breaks that rich adds in narrow terminals."""
    return " ".join(text.split())


STOCK = "Dit doen wij in nauwe samenwerking met de betrokken partners."
CHANGES = {8: "fiets", 19: "morgen", 31: "zorgvuldig"}  # word position in the passage → replacement word


def ud_sentences() -> list[str]:
    out = []
    for f in sorted(UD.glob("*.conllu")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                s = line[9:].strip()
                n = len(s.split())
                if 8 <= n <= 30 and not re.search(r"[\d\"'“”‘’„()\[\]]", s) and s[-1] in ".!?":
                    out.append(s)
    out = sorted(set(out))
    random.Random(42).shuffle(out)
    return out


def make_collection(folder: Path, sentences: list[str]) -> list[str]:
    """20 documents doc01.txt … doc20.txt of 10 paragraphs of 4 sentences; returns their texts."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    it = iter(sentences)
    for i in range(1, 21):
        paragraphs = []
        for p in range(10):
            sents = [next(it) for _ in range(4)]
            if i <= 12 and p == 5:
                sents.insert(2, STOCK)
            paragraphs.append(" ".join(sents))
        text = "\n\n".join(paragraphs) + "\n"
        (folder / f"doc{i:02d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("kopie")
    sentences = ud_sentences()
    texts = make_collection(base / "collectie", sentences[:900])
    own = sentences[900:960]  # sentences of the draft writer, in no reference document
    index = base / "referentie.sqlite"
    result = runner.invoke(app, ["index", "build", str(base / "collectie"), "--output", str(index)])
    assert result.exit_code == 0, flat(result.output)
    # a 40-word passage of document 7: from the start of its third paragraph, three words changed inside
    para = texts[6].split("\n\n")[2]
    words = list(re.finditer(r"\S+", para))[:40]
    original = para[words[0].start() : words[-1].end()]
    pieces = []
    for j, m in enumerate(words):
        w = m.group()
        if j in CHANGES:
            w = CHANGES[j] + (w[-1] if not w[-1].isalnum() else "")
        pieces.append(w)
    passage = " ".join(pieces).rstrip(".,;:!?")
    assert passage.split()[0] == original.split()[0] and len(passage.split()) == 40
    return {
        "base": base, "index": index, "texts": texts, "own": own, "passage": passage, "original": original,
        "config": Config(reference=(str(index),)),
    }  # fmt: skip


def draft(world, middle: str = "") -> str:
    own = world["own"]
    first = " ".join(own[0:4])
    last = " ".join(own[4:8])
    body = f"{first} {middle}. {last}" if middle else f"{first} {last}"
    return f"{body}\n\n{' '.join(own[8:12])}\n"


def codes(findings, code):
    return [f for f in findings if f.rule == code]


def test_copied_passage_with_changed_words_is_one_finding_with_exact_span(world):
    text = draft(world, world["passage"])
    found = codes(check_text(text, config=world["config"], path="concept.txt"), "BT801")
    assert len(found) == 1, [(f.text, f.data) for f in found]
    f = found[0]
    start = text.index(world["passage"])
    assert (f.offset, f.end_offset) == (start, start + len(world["passage"]) + 1)  # with its full stop
    assert f.data["source"].endswith("doc07.txt")
    assert f.data["source_line"] == 5  # third paragraph of document 7
    assert 0.85 <= f.data["overlap"] < 1.0  # 37 of 40 words equal
    assert "doc07.txt" in f.message and "regel 5" in f.message and "%" in f.message
    assert f.severity == "warning" and f.category == "kopie"


def test_draft_without_the_passage_has_no_copy_finding(world):
    found = check_text(draft(world), config=world["config"], path="concept.txt")
    assert not codes(found, "BT801") and not codes(found, "BT802")


def test_paraphrase_sharing_only_common_words_is_not_a_copy(world):
    # keep the passage's common words in place, replace every other word by a word of the draft writer
    common = {
        "de",
        "het",
        "een",
        "van",
        "in",
        "en",
        "op",
        "te",
        "dat",
        "die",
        "is",
        "met",
        "voor",
        "aan",
        "er",
        "zijn",
    }
    filler = iter(re.findall(r"[a-z]{5,}", " ".join(world["own"][20:60]).lower()))
    words = [w if w.lower().strip(".,") in common else next(filler) for w in world["original"].split()]
    found = check_text(draft(world, " ".join(words)), config=world["config"], path="concept.txt")
    assert not codes(found, "BT801")


def test_quoted_passage_is_a_citation_not_a_copy(world):
    text = draft(world, f"De nota zegt: “{world['passage']}”")
    found = check_text(text, config=world["config"], path="concept.txt")
    assert not codes(found, "BT801")
    cites = codes(found, "BT802")
    assert len(cites) == 1 and cites[0].severity == "info"
    assert cites[0].data["source"].endswith("doc07.txt") and cites[0].data["reason"] == "aanhalingstekens"


def test_markdown_block_quote_is_a_citation(world):
    own = world["own"]
    text = f"{own[0]} {own[1]}\n\n> {world['passage']}.\n\n{own[2]} {own[3]}\n"
    found = check_text(text, config=world["config"], kind="markdown", path="concept.md")
    assert not codes(found, "BT801") and len(codes(found, "BT802")) == 1


def test_recognised_quotation_without_marks_is_a_citation(world):
    """Quoted text that ``language.quotation`` recognises (here: after 'luidt:') is a citation, also without
    quotation marks: the same function (``rules.copy_quotes.quotation_reason``) classifies passages in the batch."""
    own = world["own"]
    text = (
        f"{own[0]} {own[1]}\n\nArtikel 4 van de regeling luidt:\n\n{world['passage']}.\n\n{own[2]} {own[3]}\n"
    )
    found = check_text(text, config=world["config"], kind="markdown", path="concept.md")
    assert not codes(found, "BT801")
    cites = codes(found, "BT802")
    assert len(cites) == 1 and cites[0].data["reason"] == "aangehaalde tekst"


def test_match_with_a_quote_source_is_a_citation(world):
    config = Config(reference=(str(world["index"]),), quote_sources=("doc07.*",))
    found = check_text(draft(world, world["passage"]), config=config, path="concept.txt")
    assert not codes(found, "BT801")
    cites = codes(found, "BT802")
    assert len(cites) == 1 and cites[0].data["reason"] == "bron om te citeren"


def test_citations_can_be_switched_off(world):
    config = Config(reference=(str(world["index"]),), quote_sources=("doc07.*",), ignore=("BT802",))
    found = check_text(draft(world, world["passage"]), config=config, path="concept.txt")
    assert not codes(found, "BT801") and not codes(found, "BT802")


def test_passage_repeated_within_the_draft(world):
    own = world["own"]
    repeated = " ".join(own[30:32])
    text = f"{repeated} {own[0]}\n\n{own[1]} {own[2]}\n\n{own[3]} {repeated}\n"
    found = codes(check_text(text, config=Config(select=("BT801",)), path="concept.txt"), "BT801")
    assert len(found) == 1
    f = found[0]
    assert f.data["repeat"] is True and f.data["source_line"] == 1
    later = text.rindex(repeated)
    assert (f.offset, f.end_offset) == (
        later,
        later + len(repeated),
    )  # whole sentences, with the last full stop
    assert f.line == 5


def test_no_findings_without_reference(world):
    found = check_text(draft(world, world["passage"]), path="concept.txt")
    assert not [f for f in found if f.rule in ("BT801", "BT802", "BT107")]


def test_stock_phrase_in_draft_is_a_cliche_finding(world):
    own = world["own"]
    text = f"{own[0]} {STOCK} {own[1]}\n"
    found = codes(check_text(text, config=world["config"], path="concept.txt"), "BT107")
    assert len(found) == 1
    f = found[0]
    assert f.category == "cliche" and f.severity == "info" and f.data["documents"] == 12
    assert "12 van de 20 documenten" in f.message
    assert "samenwerking met de betrokken partners" in f.text


def test_cli_check_with_reference(world, tmp_path):
    concept = tmp_path / "concept.txt"
    concept.write_text(draft(world, world["passage"]), encoding="utf-8")
    result = runner.invoke(app, ["check", str(concept), "--reference", str(world["index"]), "--format", "json",
                                 "--select", "kopie", "--no-cache"])  # fmt: skip
    assert result.exit_code == 1, flat(result.output)
    import json

    data = json.loads(result.stdout)
    kopie = [f for f in data["findings"] if f["rule"] == "BT801"]
    assert len(kopie) == 1 and kopie[0]["data"]["source"].endswith("doc07.txt")


def test_cli_check_with_reference_folder(world, tmp_path):
    concept = tmp_path / "concept.txt"
    concept.write_text(draft(world, world["passage"]), encoding="utf-8")
    result = runner.invoke(app, ["check", str(concept), "--reference", str(world["base"] / "collectie"),
                                 "--format", "json", "--select", "BT801", "--no-cache"])  # fmt: skip
    assert result.exit_code == 1, flat(result.output)
    assert '"doc07.txt"' in result.stdout  # source_relpath


@pytest.mark.parametrize("kind", ["text", "foreign-sqlite", "missing"])
def test_cli_bad_reference_is_a_dutch_error_with_exit_2(world, tmp_path, kind):
    concept = tmp_path / "concept.txt"
    concept.write_text(draft(world), encoding="utf-8")
    bad = tmp_path / "ref.sqlite"
    if kind == "text":
        bad.write_text("Dit is geen index.\n", encoding="utf-8")
    elif kind == "foreign-sqlite":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE klanten (naam TEXT)")
        conn.commit()
        conn.close()
    result = runner.invoke(app, ["check", str(concept), "--reference", str(bad), "--no-cache"])
    assert result.exit_code == 2
    out = flat(result.output)
    assert "Traceback" not in out
    if kind == "missing":
        assert "bestaat niet" in out
    else:
        assert "geen bruikbare referentie-index" in out and "beleidstaal index build" in out


def test_reference_works_from_another_thread(world):
    """The web app and the LSP server check in worker threads; an SQLite connection may not cross threads."""
    from concurrent.futures import ThreadPoolExecutor

    text = draft(world, world["passage"])
    here = codes(check_text(text, config=world["config"], path="concept.txt"), "BT801")
    with ThreadPoolExecutor(max_workers=1) as pool:
        there = pool.submit(
            lambda: codes(check_text(text, config=world["config"], path="concept.txt"), "BT801")
        )
        assert [f.data["source"] for f in there.result()] == [f.data["source"] for f in here]


@pytest.mark.parametrize("doc,paragraph", [(3, 0), (7, 4), (7, 8), (15, 6), (20, 9)])
def test_span_is_exact_for_other_passages(world, doc, paragraph):
    """The same check on passages from other places: one finding, the right source, the exact span."""
    para = world["texts"][doc - 1].split("\n\n")[paragraph]
    words = para.split()
    if doc <= 12 and paragraph == 5:
        pytest.skip("this paragraph holds the shared stock phrase")
    passage_words = words[2:42]
    for j, w in CHANGES.items():
        passage_words[j] = w
    # a sentence of its own in the draft (it starts with a capital), so its span is the passage's span exactly
    passage = " ".join(passage_words).rstrip(".,;:!?")
    passage = passage[0].upper() + passage[1:]
    text = draft(world, passage)
    found = codes(check_text(text, config=world["config"], path="concept.txt"), "BT801")
    assert len(found) == 1, [(f.text, f.data) for f in found]
    start = text.index(passage)
    assert (found[0].offset, found[0].end_offset) == (start, start + len(passage) + 1)  # with its full stop
    assert found[0].data["source"].endswith(f"doc{doc:02d}.txt")


def test_a_collection_document_is_not_a_copy_of_itself(world):
    """Checking a file that is itself in the reference collection: its own text is not reported as copied."""
    path = world["base"] / "collectie" / "doc07.txt"
    from beleidstaal import check_path

    result = check_path(path, config=world["config"])
    assert result.error is None
    assert not [f for f in result.findings if f.rule in ("BT801", "BT802")]


def test_a_collection_document_reached_by_another_path_is_not_a_copy_of_itself(world, tmp_path):
    """The index was built through a symbolic link to the folder (a linked or mounted folder keeps its own names in
    the index); the file checked by its real path is still the document itself."""
    from beleidstaal import check_path

    link = tmp_path / "gekoppeld"
    link.symlink_to(world["base"] / "collectie", target_is_directory=True)
    index = tmp_path / "via-koppeling.sqlite"
    result = runner.invoke(app, ["index", "build", str(link), "--output", str(index)])
    assert result.exit_code == 0, flat(result.output)
    found = check_path(world["base"] / "collectie" / "doc07.txt", config=Config(reference=(str(index),)))
    assert found.error is None
    assert not [f for f in found.findings if f.rule in ("BT801", "BT802")]


def test_an_unchanged_file_of_an_index_built_elsewhere_is_the_document_itself(world, tmp_path):
    """The index was built in another checkout, whose paths do not exist here: a file with the same name and the same
    bytes is the document itself, not a copy of it; a file with another name and the same bytes is a copy."""
    import shutil

    from beleidstaal import check_path

    built = tmp_path / "toen"
    shutil.copytree(world["base"] / "collectie", built)
    index = tmp_path / "verhuisd.sqlite"
    result = runner.invoke(app, ["index", "build", str(built), "--output", str(index)])
    assert result.exit_code == 0, flat(result.output)
    now = tmp_path / "nu"
    built.rename(now)
    shutil.copy(now / "doc07.txt", now / "kopie-van-doc07.txt")
    config = Config(reference=(str(index),))
    same = check_path(now / "doc07.txt", config=config)
    assert same.error is None
    assert not [f for f in same.findings if f.rule in ("BT801", "BT802")]
    other = check_path(now / "kopie-van-doc07.txt", config=config)
    assert [f for f in other.findings if f.rule == "BT801"]


def test_reference_can_be_one_document(world):
    config = Config(reference=(str(world["base"] / "collectie" / "doc07.txt"),))
    found = codes(check_text(draft(world, world["passage"]), config=config, path="concept.txt"), "BT801")
    assert len(found) == 1 and found[0].data["source_relpath"] == "doc07.txt"
