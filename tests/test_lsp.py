"""The language server: position conversion, settings and edits directly; then end to end with pytest-lsp as a
real client talking to ``python -m beleidstaal lsp`` (UTF-16 as VS Code, UTF-8 as Neovim 0.11)."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from concurrent.futures import Future
from pathlib import Path
from typing import Union

import pytest
import pytest_lsp
import tomllib
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from beleidstaal.config import Config
from beleidstaal.lsp.features import suppression_edit
from beleidstaal.lsp.positions import LineIndex, chars_for_units, units
from beleidstaal.lsp.settings import (
    ServerOptions,
    add_allowed_word,
    merge_settings,
    server_options,
    split_settings,
)
from beleidstaal.rules.registry import get_rule

# -- positions --------------------------------------------------------------------------------------------------

LINE = "Eén 🙂 keer per jaar praten wij middels een gesprek."


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-16", 32), ("utf-8", 35), ("utf-32", 31)],
)
def test_units_after_een_and_emoji(encoding, expected):
    prefix = LINE[: LINE.index("middels")]
    assert len(prefix) == 31
    assert units(prefix, encoding) == expected
    assert chars_for_units(LINE, expected, encoding) == 31


def test_line_index_round_trip_in_every_encoding():
    text = "# Kop\r\n\r\nEén 🙂 coördinatie\nmiddels 👍🏽 x\rlaatste"
    for encoding in ("utf-16", "utf-8", "utf-32"):
        index = LineIndex(text, encoding)
        for offset in range(len(text) + 1):
            if text[offset - 1 : offset + 1] == "\r\n":
                continue  # inside a line break: maps to the end of the line
            assert index.offset(index.position(offset)) == offset, (encoding, offset)
    index = LineIndex(text, "utf-16")
    assert index.position(text.index("middels")) == types.Position(line=3, character=0)
    assert index.position(text.index("laatste")) == types.Position(line=4, character=0)
    assert index.position(text.index("x")) == types.Position(line=3, character=8 + 4 + 1)


def test_line_index_clamps_and_snaps():
    index = LineIndex("a🙂b\ntwee", "utf-16")
    assert index.offset(types.Position(line=0, character=2)) == 1  # inside the emoji: its start
    assert index.offset(types.Position(line=0, character=99)) == 3  # past the line end: the end
    assert index.offset(types.Position(line=9, character=0)) == len("a🙂b\ntwee")
    assert index.position(999) == types.Position(line=1, character=4)


# -- suppression, allow list, settings --------------------------------------------------------------------------


def test_suppression_comment_markdown_and_text():
    md = "# Kop\n\nWij sturen u middels deze brief.\nVolgende regel.\n"
    s, e, new = suppression_edit(md, md.index("middels"), "BT101", "markdown")
    assert s == e == md.index("\nVolgende")
    assert new == " <!-- beleidstaal: negeer BT101 -->"
    txt = "Wij sturen u middels deze brief.\r\n"
    s, _, new = suppression_edit(txt, 13, "BT101", "text")
    assert s == txt.index("\r") and new == " beleidstaal: negeer BT101"


def test_suppression_adds_code_to_existing_directive():
    md = "Middels deze brief. <!-- beleidstaal: negeer BT102 -->\n"
    s, e, new = suppression_edit(md, 0, "BT101", "markdown")
    assert md[:s] + new + md[e:] == "Middels deze brief. <!-- beleidstaal: negeer BT102, BT101 -->\n"
    assert suppression_edit("Middels. <!-- beleidstaal: negeer BT101 -->", 0, "BT101", "markdown") is None
    assert suppression_edit("Middels. <!-- beleidstaal: negeer -->", 0, "BT101", "markdown") is None


def test_the_filters_honour_the_inserted_directive():
    from beleidstaal.filters import suppressed_lines

    for kind, text in (
        ("markdown", "Wij sturen u middels deze brief.\n"),
        ("text", "Wij sturen u middels dit.\n"),
    ):
        s, e, new = suppression_edit(text, 13, "BT101", kind)
        _, lines = suppressed_lines(text[:s] + new + text[e:])
        assert lines == {1: {"BT101"}}


def test_add_allowed_word_keeps_the_file_valid():
    assert add_allowed_word("", "middels") == 'allow = ["middels"]\n'
    text = '# eigen lijst\nlexicons = ["a.toml"]\nallow = [\n  "maatwerk", # ja\n]\n\n[severity]\nBT106 = "info"\n'
    new = add_allowed_word(text, "middels")
    data = tomllib.loads(new)
    assert data["allow"] == ["maatwerk", "middels"] and data["severity"] == {"BT106": "info"}
    assert add_allowed_word(new, "Middels") == new
    new = add_allowed_word('lexicons = []\n[severity]\nBT106 = "info"\n', 'zo"n woord')
    assert tomllib.loads(new)["allow"] == ['zo"n woord']
    py = '[project]\nname = "x"\n\n[tool.beleidstaal]\nignore = ["BT106"]\n\n[tool.ruff]\nline-length = 99\n'
    data = tomllib.loads(add_allowed_word(py, "middels", pyproject=True))
    assert data["tool"]["beleidstaal"] == {"ignore": ["BT106"], "allow": ["middels"]}
    assert data["tool"]["ruff"] == {"line-length": 99}


def test_editor_settings_merge_over_the_project():
    base = Config(allow=("maatwerk",), min_severity="info", source="x")
    merged = merge_settings(
        base, {"minSeverity": "warning", "allow": ["middels"], "trace": {"server": "off"}}
    )
    assert merged.min_severity == "warning"
    assert merged.allow == ("maatwerk", "middels")
    assert merge_settings(base, None) is base
    core, server = split_settings({"debounceMs": 0, "max_document_kb": 10, "ignore": ["BT1"]})
    assert core == {"ignore": ["BT1"]} and server == {"debounce-ms": 0, "max-document-kb": 10}
    assert server_options({"debounceMs": 5}, {"debounce-ms": "x"}).debounce_ms == 5
    cli = ServerOptions(debounce_ms=0, max_document_kb=None)  # the command line wins where it sets something
    assert server_options({"debounceMs": 5, "maxDocumentKb": 64}, base=cli) == ServerOptions(0, 64)
    assert server_options({"beleidstaal": {"debounceMs": 5}}) == ServerOptions()


# -- quick checks while typing ----------------------------------------------------------------------------------

QUICK_BASE = (
    "# Nota over het afval\n\n"
    "Wij informeren u middels deze brief over het nieuwe afvalbeleid.\n\n"
    "De gemeente gaat de inzameling van plastic verbeteren. Het plan wordt door de raad besproken.\n\n"
    "- Wij faciliteren bewoners die willen scheiden.\n- De container staat bij de school.\n\n"
    "Vanaf 1 maart halen wij het afval elke week op. Vragen? Bel ons.\n"
)
QUICK_EDITS = [
    ("add a word in the middle", lambda t: t.replace("over het nieuwe", "middels het nieuwe")),
    ("remove the jargon", lambda t: t.replace("middels", "met")),
    ("edit the first line", lambda t: "Concept. " + t),
    (
        "delete a paragraph",
        lambda t: t.replace("De gemeente gaat de inzameling van plastic verbeteren. ", ""),
    ),
    ("merge two paragraphs", lambda t: t.replace("afvalbeleid.\n\nDe gemeente", "afvalbeleid. De gemeente")),
    ("type at the very end", lambda t: t + "\nWij implementeren dit middels een app.\n"),
    ("switch the file off", lambda t: "<!-- beleidstaal: negeer-bestand -->\n\n" + t),
    (
        "add a directive",
        lambda t: t.replace("nieuwe afvalbeleid.", "nieuwe afvalbeleid. <!-- beleidstaal: negeer -->"),
    ),
]


@pytest.mark.parametrize("name", [n for n, _ in QUICK_EDITS])
def test_quick_check_equals_full_check(name, kern_config):
    from beleidstaal.lsp.incremental import document_scope, full_check, quick_check, scope_check

    edit = dict(QUICK_EDITS)[name]
    before = full_check(QUICK_BASE, "markdown", None, kern_config)
    assert any(f.rule == "BT101" for f in before.findings)
    after = edit(QUICK_BASE)
    quick = quick_check(before, after, "markdown", None, kern_config)
    full = full_check(after, "markdown", None, kern_config)
    if "beleidstaal:" in after:
        assert quick is None  # a changed suppression comment gets a full check
        return
    assert quick is not None and not quick.full

    def key(findings, scope=False):
        return sorted(
            (f.rule, f.offset, f.end_offset, f.line, f.column, f.text, f.message)
            for f in findings
            if scope or f.rule not in document_scope()
        )

    assert key(quick.findings) == key(full.findings)
    complete = scope_check(quick, "markdown", None, kern_config)
    assert complete.full and key(complete.findings, scope=True) == key(full.findings, scope=True)


def test_quick_check_falls_back_to_full_for_new_settings(kern_config):
    from beleidstaal.lsp.incremental import full_check, quick_check

    before = full_check(QUICK_BASE, "markdown", None, kern_config)
    other = Config(lexicons=kern_config.lexicons, ignore=("BT401",))
    assert quick_check(before, QUICK_BASE + "x", "markdown", None, other) is None
    assert quick_check(before, QUICK_BASE, "markdown", None, kern_config) is before


# -- end to end -------------------------------------------------------------------------------------------------


def e2e(test):
    """An end-to-end test: a real server process and client (slow: ``pytest -m "not slow"`` leaves it out)."""
    return pytest.mark.slow(pytest.mark.asyncio(loop_scope="module")(test))


LEXICON = (
    '[lexicon]\ncategory = "ambtelijk"\n[[entry]]\nterm = "middels"\nalternatives = ["met", "via"]\n'
    'reason = "Stijf woord."\nseverity = "warning"\n'
)
NOTE = "# Nota\n\nWij informeren u middels deze brief. Het besluit wordt door het college genomen.\n"
TIMEOUT = 90
OWN_ONLY = "builtin-lexicons = false\n"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lsp")
    (root / "test.toml").write_text(LEXICON, encoding="utf-8")
    # only the small test list: the tests do not depend on the big word lists (one test below uses those)
    (root / ".beleidstaal.toml").write_text(f'lexicons = ["test.toml"]\n{OWN_ONLY}', encoding="utf-8")
    sub = root / "eigen"
    sub.mkdir()
    (sub / ".beleidstaal.toml").write_text(f'lexicons = ["../test.toml"]\n{OWN_ONLY}', encoding="utf-8")
    real = root / "echt"
    real.mkdir()
    (real / ".beleidstaal.toml").write_text("# de woordenlijsten van beleidstaal zelf\n", encoding="utf-8")
    return root


def _fix_code_action_union(client: LanguageClient) -> None:
    """lsprotocol reads any code action that carries a command as a bare Command; clients check whether
    ``command`` is a string. Teach the test client the same rule."""
    converter = client.protocol._converter

    def hook(obj, _):
        if isinstance(obj.get("command"), str):
            return converter.structure(obj, types.Command)
        return converter.structure(obj, types.CodeAction)

    converter.register_structure_hook(Union[types.Command, types.CodeAction], hook)  # noqa: UP007 (the key lsprotocol uses)


SERVER = [sys.executable, "-m", "beleidstaal", "lsp", "--debounce-ms", "50"]


async def _start(client: LanguageClient, workspace: Path, spec: str):
    _fix_code_action_union(client)
    client.registrations = []

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(ls, params: types.RegistrationParams):  # as an editor with dynamic registration does
        client.registrations.extend(params.registrations)

    uri = workspace.as_uri()
    client.init_result = await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(spec),
            root_uri=uri,
            workspace_folders=[types.WorkspaceFolder(uri=uri, name="werk")],
        )
    )


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(server_command=SERVER))
async def client(lsp_client: LanguageClient, workspace):
    await _start(lsp_client, workspace, "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(
    scope="module", config=ClientServerConfig(server_command=[sys.executable, "-m", "beleidstaal.lsp"])
)
async def client8(lsp_client: LanguageClient, workspace):
    await _start(lsp_client, workspace, "neovim@v0.11.0")
    yield
    await lsp_client.shutdown_session()


async def diagnostics_where(client: LanguageClient, uri: str, predicate, timeout: float = TIMEOUT):
    """Wait until the diagnostics published for ``uri`` satisfy ``predicate``; return them."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        current = client.diagnostics.get(uri)
        if current is not None and predicate(list(current)):
            return list(current)
        left = deadline - loop.time()
        if left <= 0:
            raise AssertionError(f"no matching diagnostics for {uri}; last: {current}")
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(
                client.wait_for_notification("textDocument/publishDiagnostics"), min(left, 1.0)
            )


def open_doc(client, uri: str, text: str, language: str = "markdown", version: int = 1) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)
        )
    )


def change_doc(
    client, uri: str, version: int, edits: list[types.TextEdit] | None = None, text: str | None = None
):
    if text is not None:
        changes = [types.TextDocumentContentChangeWholeDocument(text=text)]
    else:
        changes = [types.TextDocumentContentChangePartial(range=e.range, text=e.new_text) for e in edits]
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=changes,
        )
    )


def offset_of(text: str, position: types.Position, encoding: str) -> int:
    """Independent of the server's code: slice the encoded line."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: position.line])
    line = lines[position.line]
    if encoding == "utf-8":
        prefix = line.encode("utf-8")[: position.character].decode("utf-8")
    else:
        prefix = line.encode("utf-16-le")[: 2 * position.character].decode("utf-16-le")
    return start + len(prefix)


def apply_edits(text: str, edits, encoding: str) -> str:
    spans = [
        (offset_of(text, e.range.start, encoding), offset_of(text, e.range.end, encoding), e.new_text)
        for e in edits
    ]
    for s, e, new in sorted(spans, reverse=True):
        text = text[:s] + new + text[e:]
    return text


def text_at(text: str, rng: types.Range, encoding: str) -> str:
    return text[offset_of(text, rng.start, encoding) : offset_of(text, rng.end, encoding)]


def bt101(diagnostics):
    return [d for d in diagnostics if d.code == "BT101"]


async def actions_for(client, uri: str, diagnostic: types.Diagnostic):
    return await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )


@e2e
async def test_diagnostics_for_middels_and_passive(client: LanguageClient, workspace):
    uri = (workspace / "nota.md").as_uri()  # never written to disk: the editor's text counts
    open_doc(client, uri, NOTE)
    diags = await diagnostics_where(client, uri, lambda ds: bool(bt101(ds)))
    d = bt101(diags)[0]
    assert text_at(NOTE, d.range, "utf-16") == "middels"
    assert d.source == "beleidstaal"
    assert d.severity == types.DiagnosticSeverity.Warning  # BT101 is a warning
    assert d.code_description is None
    assert d.data["suggestions"][:2] == ["met", "via"] and d.data["replaceable"] is True
    if get_rule("BT301") is not None:
        passive = [x for x in diags if x.code == "BT301"]
        assert passive, diags
        assert "genomen" in text_at(NOTE, passive[0].range, "utf-16")


@e2e
async def test_first_quick_fix_gives_met_and_the_diagnostic_goes(client: LanguageClient, workspace):
    uri = (workspace / "fix.md").as_uri()
    open_doc(client, uri, NOTE)
    d = bt101(await diagnostics_where(client, uri, lambda ds: bool(bt101(ds))))[0]
    actions = await actions_for(client, uri, d)
    first = actions[0]
    assert isinstance(first, types.CodeAction) and first.kind == types.CodeActionKind.QuickFix
    assert first.is_preferred is True
    titles = [a.title for a in actions]
    assert "Negeer deze regel hier (BT101)" in titles
    assert "Voeg 'middels' toe aan toegestane woorden" in titles
    edits = first.edit.changes[uri]
    fixed = apply_edits(NOTE, edits, "utf-16")
    assert fixed == NOTE.replace("middels", "met")
    change_doc(client, uri, 2, edits=list(edits))
    await diagnostics_where(client, uri, lambda ds: not bt101(ds))


@e2e
async def test_quick_fix_with_the_word_lists_of_beleidstaal(client: LanguageClient, workspace):
    uri = (workspace / "echt" / "nota.md").as_uri()
    open_doc(client, uri, NOTE)
    d = bt101(await diagnostics_where(client, uri, lambda ds: bool(bt101(ds))))[0]
    assert text_at(NOTE, d.range, "utf-16") == "middels"
    first = (await actions_for(client, uri, d))[0]
    assert first.is_preferred and apply_edits(NOTE, first.edit.changes[uri], "utf-16") == NOTE.replace(
        "middels", "met"
    )


@e2e
async def test_hover_explains_the_rule(client: LanguageClient, workspace):
    uri = (workspace / "hover.md").as_uri()
    open_doc(client, uri, NOTE)
    d = bt101(await diagnostics_where(client, uri, lambda ds: bool(bt101(ds))))[0]
    inside = types.Position(line=d.range.start.line, character=d.range.start.character + 2)
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), inside)
    )
    rule = get_rule("BT101")
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "BT101" in hover.contents.value
    assert rule.why in hover.contents.value and rule.bad[0] in hover.contents.value
    assert hover.range == d.range
    outside = types.Position(line=0, character=0)
    assert (
        await client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(uri), outside))
        is None
    )


@e2e
async def test_ignore_here_inserts_a_directive(client: LanguageClient, workspace):
    uri = (workspace / "negeer.md").as_uri()
    open_doc(client, uri, NOTE)
    d = bt101(await diagnostics_where(client, uri, lambda ds: bool(bt101(ds))))[0]
    action = next(a for a in await actions_for(client, uri, d) if a.title.startswith("Negeer"))
    new = apply_edits(NOTE, action.edit.changes[uri], "utf-16")
    assert new.splitlines()[2].endswith("genomen. <!-- beleidstaal: negeer BT101 -->")
    change_doc(client, uri, 2, edits=list(action.edit.changes[uri]))
    await diagnostics_where(client, uri, lambda ds: not bt101(ds))


@e2e
async def test_allow_word_writes_the_project_config(client: LanguageClient, workspace):
    uri = (workspace / "eigen" / "brief.txt").as_uri()
    open_doc(client, uri, "Wij sturen u middels deze brief een uitnodiging.\n", language="plaintext")
    d = bt101(await diagnostics_where(client, uri, lambda ds: bool(bt101(ds))))[0]
    action = next(a for a in await actions_for(client, uri, d) if a.title.startswith("Voeg"))
    assert action.command.command == "beleidstaal.voegToeAanToegestaneWoorden"
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=action.command.command, arguments=action.command.arguments)
    )
    assert result is True
    config = tomllib.loads((workspace / "eigen" / ".beleidstaal.toml").read_text(encoding="utf-8"))
    assert config == {"lexicons": ["../test.toml"], "builtin-lexicons": False, "allow": ["middels"]}
    await diagnostics_where(client, uri, lambda ds: not bt101(ds))


@e2e
async def test_editor_settings_are_used_and_reloaded(client: LanguageClient, workspace):
    uri = (workspace / "instellingen.md").as_uri()
    open_doc(client, uri, NOTE)
    await diagnostics_where(client, uri, lambda ds: bool(bt101(ds)))
    client.set_configuration({"ignore": ["ambtelijk"]}, section="beleidstaal")
    try:
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
        await diagnostics_where(client, uri, lambda ds: not bt101(ds))
    finally:
        client.set_configuration({}, section="beleidstaal")
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    await diagnostics_where(client, uri, lambda ds: bool(bt101(ds)))


def send_raw(client: LanguageClient, message: dict) -> None:
    client.protocol._send_data({"jsonrpc": "2.0", **message})


@e2e
async def test_save_checks_the_whole_text(client: LanguageClient, workspace):
    uri = (workspace / "opslaan.md").as_uri()
    open_doc(client, uri, NOTE)
    await diagnostics_where(client, uri, lambda ds: bool(bt101(ds)))
    end = types.Position(line=3, character=0)
    edit = types.TextEdit(
        range=types.Range(start=end, end=end), new_text="\nWij helpen u middels een gesprek.\n"
    )
    change_doc(client, uri, 2, edits=[edit])
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))
    diags = await diagnostics_where(client, uri, lambda ds: len(bt101(ds)) == 2)
    assert [d.range.start.line for d in bt101(diags)] == [2, 4]


@e2e
async def test_saved_config_file_is_read_again(client: LanguageClient, workspace):
    assert any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in client.registrations)
    folder = workspace / "los"
    folder.mkdir()
    config = folder / ".beleidstaal.toml"
    config.write_text(f'lexicons = ["../test.toml"]\n{OWN_ONLY}', encoding="utf-8")
    uri = (folder / "brief.md").as_uri()
    open_doc(client, uri, NOTE)
    await diagnostics_where(client, uri, lambda ds: bool(bt101(ds)))
    config.write_text(f'lexicons = ["../test.toml"]\n{OWN_ONLY}allow = ["middels"]\n', encoding="utf-8")
    change = types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[change]))
    await diagnostics_where(client, uri, lambda ds: not bt101(ds))


@e2e
async def test_server_survives_bad_requests_bursts_and_huge_documents(client: LanguageClient, workspace):
    unknown = (workspace / "bestaat-niet.md").as_uri()
    pos = types.Position(line=0, character=0)
    assert (
        await client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(unknown), pos))
        is None
    )
    rng = types.Range(start=pos, end=pos)
    params = types.CodeActionParams(
        types.TextDocumentIdentifier(unknown), rng, types.CodeActionContext(diagnostics=[])
    )
    assert not await client.text_document_code_action_async(params)
    change_doc(client, unknown, 3, text="Middels dit.")  # a change for a document that was never opened

    # malformed parameters: a request gets an error reply, a notification is skipped
    # (sent as raw JSON: the client library would refuse to serialise them)
    reply: Future = Future()
    client.protocol._request_futures["kapot-1"] = reply
    send_raw(
        client,
        {"id": "kapot-1", "method": "textDocument/hover", "params": {"textDocument": 5, "position": "x"}},
    )
    with pytest.raises(JsonRpcException):
        await asyncio.wait_for(asyncio.wrap_future(reply), 30)
    send_raw(client, {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": 1}}})
    send_raw(client, {"method": "textDocument/didChange", "params": {"nonsense": True}})
    send_raw(client, {"method": "textDocument/hover"})
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="beleidstaal.voegToeAanToegestaneWoorden", arguments=[1, 2, 3])
    )
    assert result is False

    # a burst of 200 edits: the diagnostics end up matching the final text
    uri = (workspace / "burst.md").as_uri()
    text = "# Burst\n\nDit is de eerste zin.\n"
    open_doc(client, uri, text)
    await diagnostics_where(client, uri, lambda ds: True)
    for i in range(200):
        end = types.Position(line=2, character=len(text.split("\n")[2]))
        addition = " middels" if i == 199 else f" {i}"
        change_doc(
            client,
            uri,
            i + 2,
            edits=[types.TextEdit(range=types.Range(start=end, end=end), new_text=addition)],
        )
        text = text[: text.index("\n", 10)] + addition + text[text.index("\n", 10) :]
    diags = await diagnostics_where(client, uri, lambda ds: bool(bt101(ds)))
    assert text_at(text, bt101(diags)[0].range, "utf-16") == "middels"

    # a 5 MB document: a notice instead of minutes of work, and the server keeps answering
    big = (workspace / "groot.md").as_uri()
    open_doc(client, big, ("Wij informeren u middels deze brief. " * 20 + "\n\n") * 7000)
    notice = await diagnostics_where(client, big, lambda ds: len(ds) == 1)
    assert "te groot" in notice[0].message
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), bt101(diags)[0].range.start)
    )
    assert hover is not None and "BT101" in hover.contents.value
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(big)))
    await diagnostics_where(client, big, lambda ds: ds == [])
    assert any("Ongeldig bericht" in m.message for m in client.log_messages)


EMOJI_DOC = f"Eén keer.\n\n{LINE}\n"


@e2e
async def test_quick_fix_after_een_and_emoji_in_utf16(client: LanguageClient, workspace):
    assert client.init_result.capabilities.position_encoding in (None, types.PositionEncodingKind.Utf16)
    await _quick_fix_after_emoji(client, workspace, "utf-16")


@e2e
async def test_quick_fix_after_een_and_emoji_in_utf8(client8: LanguageClient, workspace):
    assert client8.init_result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    await _quick_fix_after_emoji(client8, workspace, "utf-8")


async def _quick_fix_after_emoji(client, workspace, encoding):
    uri = (workspace / f"emoji-{encoding}.txt").as_uri()
    open_doc(client, uri, EMOJI_DOC, language="plaintext")
    d = bt101(await diagnostics_where(client, uri, lambda ds: bool(bt101(ds))))[0]
    assert d.range.start.line == 2
    assert d.range.start.character == (32 if encoding == "utf-16" else 35)
    assert text_at(EMOJI_DOC, d.range, encoding) == "middels"
    first = (await actions_for(client, uri, d))[0]
    fixed = apply_edits(EMOJI_DOC, first.edit.changes[uri], encoding)
    assert fixed == "Eén keer.\n\nEén 🙂 keer per jaar praten wij met een gesprek.\n"
    # the same edit sent back (as the editor would) leaves the server's copy identical
    change_doc(client, uri, 2, edits=list(first.edit.changes[uri]))
    await diagnostics_where(client, uri, lambda ds: not bt101(ds))
    hover = await client.text_document_hover_async(
        types.HoverParams(
            types.TextDocumentIdentifier(uri), types.Position(line=2, character=d.range.start.character)
        )
    )
    assert hover is None


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_tcp_mode_serves_and_exits_cleanly(workspace):
    import json
    import socket
    import subprocess
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "beleidstaal", "lsp", "--tcp", f"127.0.0.1:{port}"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                conn = socket.create_connection(("127.0.0.1", port), timeout=60)
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "server did not start"
                time.sleep(0.1)
        stream = conn.makefile("rb")

        def send(message):
            body = json.dumps({"jsonrpc": "2.0", **message}).encode()
            conn.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body)

        def receive():
            length = 0
            while (line := stream.readline().strip()) != b"":
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            return json.loads(stream.read(length))

        send(
            {
                "id": 1,
                "method": "initialize",
                "params": {"processId": None, "rootUri": None, "capabilities": {}},
            }
        )
        result = receive()["result"]
        assert result["serverInfo"]["name"] == "beleidstaal"
        assert result["capabilities"]["positionEncoding"] == "utf-16"
        send({"id": 2, "method": "shutdown"})
        assert receive() == {"jsonrpc": "2.0", "id": 2, "result": None}
        send({"method": "exit"})
        assert server.wait(timeout=30) == 0
        conn.close()
        assert b"Traceback" not in server.stderr.read()
    finally:
        if server.poll() is None:
            server.kill()
        server.stderr.close()


def test_tcp_address_is_checked():
    from typer.testing import CliRunner

    from beleidstaal.cli import app

    result = CliRunner().invoke(app, ["lsp", "--tcp", "geen-poort"])
    assert result.exit_code == 2
    assert "HOST:POORT" in result.output


# -- scheduling: an edit is checked at once, whole-document work waits and is cancelled -----------------------------


def test_whole_document_check_stops_when_cancelled(kern_config):
    from beleidstaal.lsp.incremental import Cancelled, full_check, quick_check, scope_check

    before = full_check(QUICK_BASE, "markdown", None, kern_config)
    quick = quick_check(
        before, QUICK_BASE + "\nWij doen dit middels een app.\n", "markdown", None, kern_config
    )
    with pytest.raises(Cancelled):
        scope_check(quick, "markdown", None, kern_config, cancelled=lambda: True)
    assert scope_check(quick, "markdown", None, kern_config, cancelled=lambda: False).full


def test_whole_document_check_builds_on_the_quick_check(kern_config, monkeypatch):
    from beleidstaal.language import quotation
    from beleidstaal.lsp import incremental

    before = incremental.full_check(QUICK_BASE, "markdown", None, kern_config)
    quick = incremental.quick_check(
        before, QUICK_BASE + "\nWij doen dit middels een app.\n", "markdown", None, kern_config
    )
    # the text is read once per edit and its quoted text found once: the whole-document rules reuse both
    read, found = [], []
    real_read, real_find = incremental.document_from_text, quotation._find_quoted_blocks
    monkeypatch.setattr(
        incremental, "document_from_text", lambda *a, **k: read.append(1) or real_read(*a, **k)
    )
    monkeypatch.setattr(quotation, "_find_quoted_blocks", lambda d: found.append(1) or real_find(d))
    complete = incremental.scope_check(quick, "markdown", None, kern_config)
    assert complete.full and complete.document is quick.document
    assert read == [] and found == []


@pytest.mark.parametrize("crlf", [False, True])
def test_diagnostics_moved_down_by_an_edit_are_exact(kern_config, crlf):
    from beleidstaal.lsp.features import to_diagnostic
    from beleidstaal.lsp.incremental import full_check, quick_check
    from beleidstaal.lsp.scheduling import DocState
    from beleidstaal.lsp.server import create_server

    server = create_server()
    base = QUICK_BASE.replace("\n", "\r\n") if crlf else QUICK_BASE
    before = full_check(base, "markdown", None, kern_config)
    st = DocState(uri="file:///nota.md")
    server.diagnostics(st, base, before.findings, before)
    # two new lines after the first paragraph: the findings below it move down two lines, in the same columns
    cut = base.index("afvalbeleid.") + len("afvalbeleid.")
    after = base[:cut] + " Wij doen dit middels een app.\n\nEen regel erbij." + base[cut:]
    quick = quick_check(before, after, "markdown", None, kern_config)
    assert quick is not None and bool(quick.moved) != crlf  # around \r the lines are counted anew
    index = LineIndex(after, "utf-16")
    expected = [server.protocol.plain(to_diagnostic(f, index)) for f in quick.findings]
    assert server.diagnostics(st, after, quick.findings, quick) == expected


def test_published_diagnostics_are_what_pygls_would_send(kern_config):
    from beleidstaal.lsp.features import to_diagnostic
    from beleidstaal.lsp.incremental import full_check
    from beleidstaal.lsp.scheduling import DocState
    from beleidstaal.lsp.server import create_server

    server = create_server()
    sent = []
    server.protocol._send_data = sent.append
    findings = full_check(QUICK_BASE, "markdown", None, kern_config).findings
    assert len(findings) > 3
    index = LineIndex(QUICK_BASE, "utf-16")
    expected = server.protocol.plain(
        types.PublishDiagnosticsNotification(
            params=types.PublishDiagnosticsParams(
                uri="file:///nota.md", diagnostics=[to_diagnostic(f, index) for f in findings], version=4
            )
        )
    )
    st = DocState(uri="file:///nota.md")
    server.publish(st.uri, server.diagnostics(st, QUICK_BASE, findings), 4)
    # again, with every diagnostic taken from the cache
    server.publish(st.uri, server.diagnostics(st, QUICK_BASE, findings), 4)
    assert sent[0] == sent[1] == expected
    server.publish(st.uri, [], None)
    assert sent[2]["params"] == {"uri": "file:///nota.md", "diagnostics": []}


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "beleidstaal", "lsp", "--debounce-ms", "10000"]
    ),
)
async def patient_client(lsp_client: LanguageClient, workspace):
    await _start(lsp_client, workspace, "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


@e2e
async def test_an_edit_is_checked_without_waiting_for_the_debounce(patient_client: LanguageClient, workspace):
    """With a debounce of ten seconds, the changed paragraph's findings still come at once: the debounce is only for
    the whole-document rules."""
    client = patient_client
    uri = (workspace / "wacht.md").as_uri()
    text = "# Nota\n\nHet college neemt een besluit.\n"
    open_doc(client, uri, text)
    await diagnostics_where(client, uri, lambda ds: not bt101(ds))
    end = types.Position(line=3, character=0)
    change_doc(
        client, uri, 2, [types.TextEdit(types.Range(end, end), "\nWij informeren u middels deze brief.\n")]
    )
    new = text + "\nWij informeren u middels deze brief.\n"
    diags = await diagnostics_where(
        client, uri, lambda ds: bool(bt101(ds)), timeout=8
    )  # well before the debounce
    assert text_at(new, bt101(diags)[0].range, "utf-16") == "middels"
