"""The organisation key of BT801 (issue #24): ``organisation`` says whose text is checked, ``organisation-pattern``
where the organisation of each reference document is in its path. Reuse of one's own documents is info, another
organisation's passage is a warning.

The collection has two organisations, each in its own folder, with file names that say nothing about who wrote
them. Its sentences come from the UD Dutch treebanks, as in ``test_copy_rule``.
"""

from __future__ import annotations

import json

import pytest
from test_copy_kinds import passage
from test_copy_rule import (
    flat,
    pytestmark,  # noqa: F401 (skipped where the UD treebanks are missing)
    ud_sentences,
)
from typer.testing import CliRunner

from beleidstaal import check_text
from beleidstaal.cli import app
from beleidstaal.config import Config, organisation_regex, parse_config
from beleidstaal.errors import ConfigError
from beleidstaal.rules.copy_kinds import Organisations

runner = CliRunner()
FOLDER = "{organisatie}/**"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    base = tmp_path_factory.mktemp("twee-organisaties")
    s = ud_sentences()[2000:]
    fill = iter(s[100:])
    docs = {"utrecht/nota-wonen.txt": passage(s, 0), "zwolle/nota-verkeer.txt": passage(s, 10)}
    for n in range(4):  # documents of both organisations without the passages
        docs[f"{('utrecht', 'zwolle')[n % 2]}/nota-{n}.txt"] = ""
    for rel, copied in docs.items():
        paragraphs = [" ".join(next(fill) for _ in range(4)) for _ in range(5)]
        if copied:
            paragraphs.insert(2, copied)
        path = base / "archief" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    index = base / "referentie.sqlite"
    result = runner.invoke(app, ["index", "build", str(base / "archief"), "--output", str(index)])
    assert result.exit_code == 0, flat(result.output)
    own = s[60:80]
    text = "\n\n".join(
        [" ".join(own[0:3]), passage(s, 0), " ".join(own[3:6]), passage(s, 10), " ".join(own[6:9])]
    )
    draft = base / "concept.txt"
    draft.write_text(text + "\n", encoding="utf-8")
    return {"base": base, "index": index, "draft": draft, "text": text + "\n"}


def kinds(findings) -> list[tuple[str, str, str]]:
    return [
        (f.data["kind"], f.severity, f.data["source_relpath"])
        for f in findings
        if f.rule == "BT801" and not f.data.get("summary")
    ]


@pytest.mark.parametrize("pattern", [FOLDER, r"^(\w+)/", r"(?P<organisatie>utrecht|zwolle)"])
def test_own_reuse_is_info_and_the_other_organisation_a_warning(archive, pattern):
    config = Config(reference=(str(archive["index"]),), organisation="utrecht", organisation_pattern=pattern)
    found = check_text(archive["text"], config=config, path=str(archive["draft"]))
    assert kinds(found) == [
        ("eigen", "info", "utrecht/nota-wonen.txt"),
        ("kopie", "warning", "zwolle/nota-verkeer.txt"),
    ]
    assert "Eigen eerdere tekst" in next(f.message for f in found if f.data.get("kind") == "eigen")


def test_organisation_names_are_compared_without_case(archive):
    config = Config(reference=(str(archive["index"]),), organisation=" Utrecht", organisation_pattern=FOLDER)
    found = check_text(archive["text"], config=config, path=str(archive["draft"]))
    assert [(k, s) for k, s, _ in kinds(found)] == [("eigen", "info"), ("kopie", "warning")]


def test_the_other_organisation_sees_it_the_other_way_round(archive):
    config = Config(reference=(str(archive["index"]),), organisation="zwolle", organisation_pattern=FOLDER)
    found = check_text(archive["text"], config=config, path=str(archive["draft"]))
    assert [(k, s) for k, s, _ in kinds(found)] == [("kopie", "warning"), ("eigen", "info")]


def test_without_an_organisation_both_passages_are_copies_said_once(archive):
    config = Config(reference=(str(archive["index"]),))
    found = check_text(archive["text"], config=config, path=str(archive["draft"]))
    # two warnings: one for the document, the passages at info level
    assert [(k, s) for k, s, _ in kinds(found)] == [("kopie", "info"), ("kopie", "info")]
    summary = [f for f in found if f.data and f.data.get("summary")]
    assert len(summary) == 1 and summary[0].severity == "warning" and summary[0].data["sources"] == 2


def test_the_draft_takes_its_organisation_from_its_own_path_too(archive, tmp_path):
    """Without ``organisation``, the pattern is applied to the draft's path from the settings file's folder."""
    draft = tmp_path / "utrecht" / "concept.txt"
    draft.parent.mkdir()
    draft.write_text(archive["text"], encoding="utf-8")
    config = Config(reference=(str(archive["index"]),), organisation_pattern=FOLDER, root=str(tmp_path))
    found = check_text(archive["text"], config=config, path=str(draft))
    assert [(k, s) for k, s, _ in kinds(found)] == [("eigen", "info"), ("kopie", "warning")]
    assert Organisations(config).of_draft(str(archive["draft"])) == (
        None,
        None,
    )  # outside the settings folder


def test_pattern_forms():
    assert organisation_regex(FOLDER).search("utrecht/2019/nota.md").group("organisatie") == "utrecht"
    assert (
        organisation_regex("*-{organisatie}.md").search("a/b/nota-zwolle.md").group("organisatie") == "zwolle"
    )
    assert organisation_regex(FOLDER).search("nota.md") is None  # not in a folder: unknown
    who = Organisations(Config(organisation_pattern=r"gemeente-(\d+)"))
    assert who.of_source("/x/gemeente-0363/a.md", "a.md") == (
        "0363",
        None,
    )  # the full path when relpath says nothing
    assert who.of_source("/x/NL.IMRO.0200.Dorp-VG01.md", "NL.IMRO.0200.Dorp-VG01.md") == ("0200", "dorp")


@pytest.mark.parametrize(
    ("settings", "words"),
    [
        ({"organisation-pattern": "gemeente-(\\d+"}, "geen geldige reguliere expressie"),
        ({"organisation-pattern": "gemeente-\\d+"}, "precies één groep"),
        ({"organisation-pattern": "{organisatie}/{organisatie}"}, "meer dan één keer"),
        ({"organisation-pattern": ""}, "moet een patroon zijn"),
        ({"organisation": ""}, "naam of code van uw organisatie"),
        ({"organisation": ["utrecht"]}, "naam of code van uw organisatie"),
    ],
)
def test_invalid_settings_are_dutch_errors(settings, words):
    with pytest.raises(ConfigError, match=words):
        parse_config(settings, source="x.toml")


def test_cli_organisation_options(archive):
    args = [
        "check",
        str(archive["draft"]),
        "--reference",
        str(archive["index"]),
        "--format",
        "json",
        "--no-cache",
    ]
    result = runner.invoke(app, [*args, "--organisation", "utrecht", "--organisation-pattern", FOLDER])
    assert result.exit_code == 1, flat(result.output)
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "BT801"]
    assert [(f["data"]["kind"], f["severity"]) for f in found] == [("eigen", "info"), ("kopie", "warning")]


def test_cli_organisation_close_to_a_known_one_is_a_warning(archive):
    """A typo in the organisation: a warning with the name that is close; the check goes on (an organisation
    may have no documents in the collection yet, so a name that is close to none is fine)."""
    args = [
        "check",
        str(archive["draft"]),
        "--reference",
        str(archive["index"]),
        "--organisation-pattern",
        FOLDER,
    ]
    result = runner.invoke(app, [*args, "--organisation", "utrect", "--format", "json", "--no-cache"])
    assert (
        result.exit_code == 1 and "Let op:" in result.output and "Bedoelde u: utrecht?" in flat(result.output)
    )
    result = runner.invoke(
        app, [*args, "--organisation", "gemeente Amersfoort", "--format", "json", "--no-cache"]
    )
    assert result.exit_code == 1 and "Let op:" not in result.output


def test_cli_settings_file_gives_the_organisation(archive, tmp_path):
    (tmp_path / ".beleidstaal.toml").write_text(
        f'reference = ["{archive["index"]}"]\norganisation = "zwolle"\norganisation-pattern = "{FOLDER}"\n',
        encoding="utf-8",
    )
    draft = tmp_path / "concept.txt"
    draft.write_text(archive["text"], encoding="utf-8")
    result = runner.invoke(app, ["check", str(draft), "--format", "json", "--no-cache"])
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "BT801"]
    assert [(f["data"]["kind"], f["severity"]) for f in found] == [("kopie", "warning"), ("eigen", "info")]


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--organisation-pattern", "(("], "geen geldige reguliere expressie"),
        (["--organisation-pattern", "gemeente"], "precies één groep"),
        (["--organisation", " "], "naam of code van uw organisatie"),
        (["--organisation-pattern", "provincie-(\\w+)"], "vindt in geen enkel document"),
    ],
)
def test_cli_invalid_organisation_is_a_dutch_error_with_exit_2(archive, options, words):
    result = runner.invoke(
        app, ["check", str(archive["draft"]), "--reference", str(archive["index"]), *options]
    )
    assert result.exit_code == 2, flat(result.output)
    assert "Fout:" in result.output and words in flat(result.output)
    assert "Traceback" not in result.output


def test_cli_invalid_setting_in_the_settings_file_is_exit_2(archive, tmp_path):
    (tmp_path / ".beleidstaal.toml").write_text('organisation-pattern = "a(b"\n', encoding="utf-8")
    draft = tmp_path / "concept.txt"
    draft.write_text(archive["text"], encoding="utf-8")
    result = runner.invoke(app, ["check", str(draft)])
    assert result.exit_code == 2 and "geen geldige reguliere expressie" in flat(result.output)


def test_no_copy_view_without_copied_text(archive, tmp_path):
    from beleidstaal import check_path
    from beleidstaal.outputs import html as html_report

    draft = tmp_path / "eigen.txt"
    draft.write_text(archive["text"].split("\n\n")[0] + "\n", encoding="utf-8")
    config = Config(reference=(str(archive["index"]),), organisation="utrecht", organisation_pattern=FOLDER)
    page = html_report.render([check_path(draft, config=config)])
    assert 'class="copyview"' not in page and ".cv-tag" not in page


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--organisation-pattern", "(("], "geen geldige reguliere expressie"),
        (["--organisation-pattern", "provincie-(\\w+)"], "vindt in geen enkel document"),
    ],
)
def test_web_with_an_invalid_reference_setting_does_not_start(archive, options, words):
    args = ["web", "--no-browser", "--port", free_port(), "--reference", str(archive["index"]), *options]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and words in flat(result.output), flat(result.output)


def test_web_with_a_missing_reference_does_not_start(tmp_path):
    result = runner.invoke(
        app, ["web", "--no-browser", "--port", free_port(), "--reference", str(tmp_path / "weg.sqlite")]
    )
    assert result.exit_code == 2 and "weg.sqlite" in flat(result.output) and "Traceback" not in result.output


def free_port() -> str:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


def test_web_filter_without_copied_text_has_no_copy_view(archive):
    """The filter without JavaScript: with the category of copied text unticked, the page shows no copy view."""
    import warnings

    with warnings.catch_warnings():  # starlette's notice about httpx, as in test_web_api
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from beleidstaal.findings import CATEGORIES
    from beleidstaal.web.app import create_app

    config = Config(reference=(str(archive["index"]),), organisation="utrecht", organisation_pattern=FOLDER)
    with TestClient(create_app(config)) as client:
        whole = client.post("/check", data={"text": archive["text"]})
        assert 'class="copyview"' in whole.text
        others = [c for c in CATEGORIES if c != "kopie"]
        filtered = client.post("/check", data={"text": archive["text"], "cat_filter": "1", "cat": others})
        assert filtered.status_code == 200
        assert 'class="copyview"' not in filtered.text and 'class="cv kind-' not in filtered.text
