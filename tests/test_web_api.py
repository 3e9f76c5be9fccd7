"""The web app's HTTP API and form posts (Starlette TestClient): same JSON as the CLI, Dutch 4xx for bad input,
and the server keeps answering afterwards. A small test word list keeps these tests independent of lexicons/."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import warnings
import zipfile

import pytest

pytest.importorskip("starlette")
pytest.importorskip("jinja2")

from beleidstaal.config import load_config_file  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

from beleidstaal.web import create_app  # noqa: E402

TEXT = (
    "Middels deze nota informeert het college de raad over de plannen.\n\n"
    "Teneinde de wijk te versterken, werken wij samen met de partners."
)
DUTCH_HINTS = ("bestand", "tekst", "kies", "te groot", "kan", "geen")

TEST_LEXICON = """
[lexicon]
category = "ambtelijk"
description = "Testlijst"

[[entry]]
term = "middels"
alternatives = ["met", "via"]
reason = "Een ouderwets woord."

[[entry]]
term = "teneinde"
alternatives = ["om"]
reason = "Een ouderwets woord."
"""


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    lexicon = folder / "test-woorden.toml"
    lexicon.write_text(TEST_LEXICON, encoding="utf-8")
    settings = folder / "beleidstaal.toml"
    settings.write_text(f"lexicons = [{json.dumps(str(lexicon))}]\n", encoding="utf-8")
    config = load_config_file(settings)
    return folder, settings, config


@pytest.fixture(scope="module")
def client(setup):
    _, _, config = setup
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with TestClient(create_app(config)) as c:
            yield c


def assert_dutch_error(response, *statuses):
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    if response.headers["content-type"].startswith("application/json"):
        message = response.json()["error"]
    else:
        message = response.text
    assert "Traceback" not in message
    assert any(h in message.lower() for h in DUTCH_HINTS), message
    return message


def make_docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- basics ----------------------------------------------------------------------------------------------------------


def test_health_and_rules(client):
    r = client.get("/health")
    assert r.status_code == 200 and r.text == "ok"
    rules = client.get("/api/rules").json()
    codes = {rule["code"] for rule in rules}
    assert {"BT101", "BT401"} <= codes
    assert all({"code", "name", "category", "severity", "title", "what"} <= set(rule) for rule in rules)


def test_security_headers(client):
    r = client.get("/")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["cache-control"] == "no-store"
    assert 'lang="nl"' in r.text and "Controleer" in r.text
    # everything is served from the app itself: no CDN, no external address
    assert "http://" not in r.text and "https://" not in r.text
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/app.css").status_code == 200


# -- the JSON contract -----------------------------------------------------------------------------------------------


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_api_json_equals_cli_json(client, setup):
    folder, settings, _ = setup
    (folder / "nota.md").write_text("# Nota\n\n" + TEXT + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", "from beleidstaal.cli import main; main()",
         "check", "-", "nota.md", "--format", "json", "--config", str(settings)],
        input=TEXT.encode("utf-8"), capture_output=True, cwd=folder, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr.decode()
    cli = json.loads(proc.stdout)
    by_path = {
        path: {
            "findings": [f for f in cli["findings"] if f["path"] == path],
            "files": [f for f in cli["files"] if f["path"] == path],
        }
        for path in ("-", "nota.md")
    }
    assert by_path["-"]["files"] and by_path["nota.md"]["files"]

    pasted = client.post("/api/check", json={"text": TEXT})
    assert pasted.status_code == 200
    assert pasted.json() == by_path["-"]
    assert pasted.json()["files"][0]["path"] == "-"
    rules = {f["rule"] for f in pasted.json()["findings"]}
    assert "BT101" in rules

    uploaded = client.post(
        "/api/check", files={"file": ("nota.md", (folder / "nota.md").read_bytes(), "text/markdown")}
    )
    assert uploaded.status_code == 200
    assert uploaded.json() == by_path["nota.md"]


def test_api_markdown_format_and_multipart_text(client):
    md = client.post(
        "/api/check", json={"text": "# Kop\n\n`middels` in code. Middels deze nota.", "format": "markdown"}
    )
    assert md.status_code == 200
    found = [f for f in md.json()["findings"] if f["rule"] == "BT101"]
    assert [f["column"] for f in found] == [20]  # only the prose word, not the code span
    form = client.post("/api/check", data={"text": "Middels deze nota."})
    assert form.status_code == 200 and form.json()["findings"][0]["suggestions"][0] == "Met"


# -- bad input -------------------------------------------------------------------------------------------------------


def test_binary_upload_is_refused(client):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    assert_dutch_error(client.post("/api/check", files={"file": ("plaatje.png", png, "image/png")}), 415)
    assert_dutch_error(client.post("/api/check", files={"file": ("nota.txt", png, "text/plain")}), 400, 415)
    assert_dutch_error(
        client.post("/api/check", files={"file": ("programma", b"\x7fELF\x00\x01", "application/x")}), 415
    )
    assert client.get("/health").text == "ok"


def test_oversized_upload_and_text(client, setup):
    big = b"Middels deze nota. " * (21 * 1024 * 1024 // 19 + 1)
    message = assert_dutch_error(
        client.post("/api/check", files={"file": ("groot.txt", big, "text/plain")}), 413
    )
    assert "20 MB" in message
    page = client.post("/check", files={"file": ("groot.txt", big, "text/plain")})
    assert_dutch_error(page, 413)
    assert 'role="alert"' in page.text
    assert client.get("/health").text == "ok"

    _, _, config = setup
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        small = TestClient(create_app(config, max_chars=500, max_upload=2000))
    message = assert_dutch_error(small.post("/api/check", json={"text": "Een zin. " * 100}), 413)
    assert "500" in message
    assert_dutch_error(small.post("/api/check", files={"file": ("a.txt", b"a " * 1500, "text/plain")}), 413)
    assert small.get("/health").text == "ok"


def test_corrupt_docx(client):
    broken = b"PK\x03\x04" + b"\x00kapot" * 200
    assert_dutch_error(
        client.post("/api/check", files={"file": ("nota.docx", broken, "application/zip")}), 400
    )
    # a real zip without Word parts
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hallo.txt", "geen Word")
    assert_dutch_error(
        client.post("/api/check", files={"file": ("nota.docx", buf.getvalue(), "application/zip")}), 400
    )
    # plain text with a .docx name
    assert_dutch_error(
        client.post("/api/check", files={"file": ("nota.docx", b"gewoon tekst", "text/plain")}), 400
    )
    # the page shows the same message, with the same status
    page = client.post("/check", files={"file": ("nota.docx", broken, "application/zip")})
    assert_dutch_error(page, 400)
    assert client.get("/health").text == "ok"


def test_bad_json_and_empty_text(client):
    assert_dutch_error(
        client.post("/api/check", content=b"{niet json", headers={"content-type": "application/json"}), 400
    )
    assert_dutch_error(client.post("/api/check", json={"tekst": "verkeerd veld"}), 400)
    assert_dutch_error(client.post("/api/check", json={"text": "   "}), 400)
    assert_dutch_error(client.post("/api/check", json={"text": "Een zin.", "format": "pdf"}), 400)
    assert_dutch_error(client.post("/check", data={"text": ""}), 400)
    assert client.get("/health").text == "ok"


# -- Word files ------------------------------------------------------------------------------------------------------


def test_docx_upload_checks_the_text(client):
    data = make_docx(["Middels deze nota informeren wij u.", "Teneinde dit te bereiken, werken wij samen."])
    r = client.post("/api/check", files={"file": ("nota.docx", data, "application/octet-stream")})
    assert r.status_code == 200, r.text
    body = r.json()
    [file] = body["files"]
    assert file["path"] == "nota.docx" and file["error"] is None and file["summary"]["taalniveau"]
    terms = {(f["term"], f["line"]) for f in body["findings"] if f["rule"] == "BT101"}
    assert {("middels", 1), ("teneinde", 2)} <= terms


def test_api_annotate_adds_one_comment_per_finding(client):
    import docx

    data = make_docx(["Middels deze nota informeren wij u.", "Teneinde dit te bereiken, werken wij samen."])
    findings = client.post(
        "/api/check", files={"file": ("nota.docx", data, "application/octet-stream")}
    ).json()
    r = client.post("/api/annotate", files={"file": ("nota.docx", data, "application/octet-stream")})
    assert r.status_code == 200, r.text
    assert "nota-met-opmerkingen.docx" in r.headers["content-disposition"]
    copy = docx.Document(io.BytesIO(r.content))
    comments = [c.text for c in copy.comments]
    # one comment per finding, and a first one with 'Eerst verbeteren' when there is something to improve first
    overview = [t for t in comments if t.startswith("Eerst verbeteren")]
    assert len(comments) - len(overview) == len(findings["findings"]) >= 2 and len(overview) <= 1
    assert_dutch_error(
        client.post("/api/annotate", files={"file": ("nota.txt", b"Middels dit.", "text/plain")}), 415
    )


# -- the page without JavaScript ---------------------------------------------------------------------------------------


def test_page_escapes_user_text(client):
    r = client.post(
        "/check", data={"text": "Middels <script>alert('x')</script> <img src=x onerror=alert(1)>"}
    )
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;alert(" in r.text
    assert '<mark id="m1"' in r.text


def test_page_apply_suggestion_and_filter(client):
    r = client.post("/check", data={"text": TEXT})
    assert r.status_code == 200
    assert 'class="hl cat-ambtelijk' in r.text and "Ambtelijke taal" in r.text
    assert "<dt>Woorden</dt>" in r.text and "<dt>Zinnen</dt>" in r.text  # readability figures at the top
    # the first suggestion of the first finding, as the button would post it
    import re

    value = re.search(r'name="apply" value="([^"]+)"', r.text).group(1).replace("&#34;", '"')
    assert json.loads(value)["r"] == "Met"
    again = client.post("/check", data={"text": TEXT, "apply": value})
    assert again.status_code == 200
    assert "Met deze nota informeert" in again.text
    assert 'value="{&#34;o&#34;: 0' not in again.text  # middels is gone, teneinde is still there
    assert "Teneinde" in again.text
    assert "Uitkomst voor" not in again.text  # pasted text has no file name

    # filter without JavaScript: untick every category
    filtered = client.post(
        "/check", data={"text": TEXT, "cat_filter": "1", "sev_filter": "1", "sev": "warning"}
    )
    assert filtered.status_code == 200
    assert filtered.text.count('class="finding cat-') == filtered.text.count(" hidden>")
    assert "hl cat-ambtelijk sev-warning off" in filtered.text


def test_download_text(client):
    r = client.post(
        "/download/tekst", data={"text": "Met deze nota.\r\n", "name": "nota.md", "format": "markdown"}
    )
    assert r.status_code == 200
    assert r.content == b"Met deze nota.\n"
    assert "nota-verbeterd.md" in r.headers["content-disposition"]
    assert_dutch_error(client.post("/download/tekst", data={"text": ""}), 400)


def test_highlight_nests_crossing_findings_and_escapes():
    import html
    import re

    from beleidstaal.findings import Finding
    from beleidstaal.web.render import FindingView, highlight

    def view(number, start, end, category):
        f = Finding("BT101", "x", category, "warning", "m", start, end, offset=start, end_offset=end)
        return FindingView(
            number=number, finding=f, category_label="<L>", severity_label="S", at=start, to=end
        )

    source = "<b>abc</b> def ghi"
    out = str(
        highlight(source, [view(1, 0, 14, "ambtelijk"), view(2, 11, 18, "jargon"), view(3, 3, 3, "vaag")])
    )
    assert "<b>" not in out and "<L>" not in out
    assert out.count("<mark") == out.count("</mark>")
    assert out.count('id="m1"') == 1 and out.count('id="m2"') == 1 and 'id="m3"' not in out
    # without the marks and labels, the text is the source, character for character
    assert html.unescape(re.sub(r'<a class="tag".*?</a>|<[^>]+>', "", out)) == source


def _apply_value(html_text: str, n: int = 0) -> str:
    import re

    return re.findall(r'name="apply" value="([^"]+)"', html_text)[n].replace("&#34;", '"')


def _docx_field(html_text: str) -> str:
    import re

    return re.search(r'<textarea name="docx" hidden[^>]*>(.*?)</textarea>', html_text, re.S).group(1)


def _figure(html_text: str, label: str) -> str:
    import re

    return re.search(rf"<dt>{re.escape(label)}</dt><dd>([^<]*)</dd>", html_text).group(1)


def test_page_docx_stays_docx_after_apply(client):
    import base64

    import docx

    data = make_docx(["Middels deze nota informeren wij u.", "Teneinde dit te bereiken, werken wij samen."])
    r = client.post("/check", files={"file": ("nota.docx", data, "application/octet-stream")})
    assert r.status_code == 200
    assert "Uitkomst voor nota.docx" in r.text and 'id="download-docx"' in r.text
    # the text box holds the Word paragraphs separated by a blank line
    assert "Middels deze nota informeren wij u.\n\nTeneinde" in r.text
    words = _figure(r.text, "Woorden")
    form = {"apply": _apply_value(r.text), "docx": _docx_field(r.text), "name": "nota.docx", "format": "text"}
    again = client.post("/check", data=form)
    assert again.status_code == 200
    # still the Word file: its name, its download, its figures; the fix is in the file itself
    assert "Uitkomst voor nota.docx" in again.text and 'id="download-docx"' in again.text
    assert _figure(again.text, "Woorden") == words
    assert "regel 2<span" in again.text  # teneinde: still paragraph 2
    fixed = docx.Document(io.BytesIO(base64.b64decode(_docx_field(again.text))))
    assert [p.text for p in fixed.paragraphs] == [
        "Met deze nota informeren wij u.",
        "Teneinde dit te bereiken, werken wij samen.",
    ]
    # a filter on a Word result keeps it a Word result too
    filtered = client.post(
        "/check",
        data={"docx": _docx_field(again.text), "name": "nota.docx", "cat_filter": "1", "sev_filter": "1"},
    )
    assert "Uitkomst voor nota.docx" in filtered.text and 'id="download-docx"' in filtered.text
    # a suggestion that no longer fits the file is refused in Dutch
    stale = client.post("/check", data={**form, "docx": _docx_field(again.text)})
    assert_dutch_error(stale, 400)


def test_replace_text_in_docx_across_runs():
    import docx

    from beleidstaal.errors import InputError
    from beleidstaal.outputs.docx_comments import replace_text

    original = docx.Document()
    p = original.add_paragraph("Wij werken ")
    p.add_run("midd").bold = True
    p.add_run("els deze nota.")
    out = io.BytesIO()
    original.save(out)
    changed = replace_text(out.getvalue(), 1, 11, 18, "middels", "met")
    para = docx.Document(io.BytesIO(changed)).paragraphs[0]
    assert para.text == "Wij werken met deze nota."
    assert [r.bold for r in para.runs if r.text == "met"] == [True]  # the first run's formatting
    with pytest.raises(InputError):
        replace_text(out.getvalue(), 1, 11, 18, "teneinde", "om")


def test_odt_upload_is_checked(client):
    from test_odt import odt_bytes

    r = client.post("/api/check", files={"file": ("nota.odt", odt_bytes(), "application/octet-stream")})
    assert r.status_code == 200, r.text
    assert any(f["term"] == "middels" for f in r.json()["findings"])
    page = client.post("/check", files={"file": ("nota.odt", odt_bytes(), "application/octet-stream")})
    assert "Uitkomst voor nota.odt" in page.text
    assert ".odt" in client.get("/").text  # the file field accepts what the CLI reads


def test_upload_kinds_are_the_readers_kinds():
    from beleidstaal.readers import SUFFIXES
    from beleidstaal.web.service import UPLOAD_KINDS

    assert UPLOAD_KINDS is SUFFIXES


def test_html_block_is_reported_and_zero_words_get_no_score(client):
    text = "<script>\nMiddels deze regel wordt niets gecontroleerd.\n</script>\n"
    r = client.post("/check", data={"text": text, "format": "markdown"})
    assert r.status_code == 200
    assert 'id="niet-gecontroleerd"' in r.text and "regel 1 tot en met 3" in r.text
    assert "Goed geschreven" not in r.text
    assert "Flesch" not in r.text and "Taalniveau" not in r.text
    assert _figure(r.text, "Woorden") == "0"
    # with prose next to it, the prose is checked and the HTML is still reported
    r = client.post("/check", data={"text": text + "\nMiddels deze nota.\n", "format": "markdown"})
    assert 'id="niet-gecontroleerd"' in r.text and "Flesch" in r.text
    assert 'class="finding' in r.text


def test_markdown_panel_shows_text_not_syntax(client):
    import re

    text = "---\ntitel: Nota\n---\n# Aanpak middels overleg\n\nWij werken **middels** een [plan](https://x.nl).\n"
    r = client.post("/check", data={"text": text, "format": "markdown"})
    panel = re.search(r'<div class="doc" id="tekst">(.*?)</div>', r.text, re.S).group(1)
    shown = re.sub(r'<a class="tag".*?</a>|<[^>]+>', "", panel)
    assert "Aanpak middels overleg" in shown and "Wij werken middels een plan." in shown
    assert "#" not in shown and "**" not in shown and "titel:" not in shown and "https" not in shown
    assert panel.count("<mark") == 1  # the body, not the heading (no findings on headings)


def test_card_lists_the_words_once(client):
    import re

    r = client.post("/check", data={"text": "Middels deze nota."})
    card = re.search(r'<li id="f1".*?</li>\s*</ul>', r.text, re.S).group(0)
    message = re.search(r'<p class="message"[^>]*>(.*?)</p>', card, re.S).group(1)
    assert "middels" in message.lower()  # the message names the flagged word ...
    assert 'class="quote"' not in card  # ... so the card does not quote it again
    assert "Schrijf liever" not in message  # the replacements are buttons, not also a sentence
    for label in ("met", "via"):
        assert message.count(f"&#39;{label}&#39;") <= 1
        assert re.search(rf'class="suggestion"[^>]*>{label}</button>', card, re.I)


def test_static_404_page_is_styled(client):
    r = client.get("/static/bestaat-niet.css")
    assert r.status_code == 404
    assert "Deze pagina bestaat niet" in r.text
    assert 'href="/static/app.css"' in r.text and "/static/static/" not in r.text
    assert client.get("/static/app.css").status_code == 200


def test_category_line_styles_differ_in_more_than_thickness():
    import re
    from pathlib import Path

    import beleidstaal.web

    css = (Path(beleidstaal.web.__file__).parent / "static" / "app.css").read_text(encoding="utf-8")
    from beleidstaal.findings import CATEGORIES

    styles = {}
    for cat in CATEGORIES:
        rule = re.search(rf"\.cat-{cat}\.hl \{{([^}}]*)\}}", css).group(1)
        line = re.search(r"text-decoration-line: ([^;]+);", rule).group(1)
        style = re.search(r"text-decoration-style: ([^;]+);", rule).group(1)
        styles[cat] = (line, style)
    assert len(set(styles.values())) == len(styles), styles
    size = re.search(r"\.tag \{[^}]*font-size: ([\d.]+)rem", css).group(1)
    assert float(size) * 16 >= 12


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_cli_web_prints_address_warns_and_serves():
    import socket
    import time

    import httpx

    port = _free_port()
    # 127.0.0.2 is this machine too, but not the default: beleidstaal warns for every address but localhost
    proc = subprocess.Popen(
        [sys.executable, "-c", "from beleidstaal.cli import main; main()",
         "web", "--no-browser", "--host", "127.0.0.2", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = proc.stdout.readline()
        assert line.strip() == f"beleidstaal web draait op http://127.0.0.2:{port}/"
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.2:{port}/health", timeout=5)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.2)
        assert r.text == "ok"
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert "Let op" in stderr and "127.0.0.2" in stderr and "Traceback" not in stderr

    # a port that is taken: a Dutch message and exit code 2, without a traceback
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-c", "from beleidstaal.cli import main; main()", "web", "--no-browser", "--port", str(busy)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert done.returncode == 2
    assert "poort" in done.stderr and "Traceback" not in done.stderr


def test_concurrent_requests_get_the_same_answer(client):
    from concurrent.futures import ThreadPoolExecutor

    texts = [TEXT, "Middels dit stuk.", TEXT, "Een gewone zin zonder problemen.", TEXT, "Teneinde dit."]
    expected = [client.post("/api/check", json={"text": t}).json() for t in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(lambda t: client.post("/api/check", json={"text": t}).json(), texts))
    assert got == expected
