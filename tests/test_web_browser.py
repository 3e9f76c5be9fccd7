"""End-to-end tests of the web page in headless Chromium (Debian's chromium, driven by Playwright).

The server runs in a background thread on 127.0.0.1 with a free port. A small test word list keeps the tests
independent of lexicons/. Each test saves a screenshot of the result page in its tmp_path.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import socket
import threading
import time

import pytest

CHROMIUM = "/usr/bin/chromium"

pytestmark = [
    pytest.mark.chromium,
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("chromium") is None and not os.path.exists(CHROMIUM),
        reason="Debian's chromium (/usr/bin/chromium) is not installed: apt-get install chromium",
    ),
]

playwright_sync = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
uvicorn = pytest.importorskip("uvicorn")

from beleidstaal.config import Config  # noqa: E402
from beleidstaal.web import create_app  # noqa: E402

LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

TEST_LEXICON = """
[lexicon]
category = "ambtelijk"

[[entry]]
term = "middels"
alternatives = ["met", "via"]
reason = "Een ouderwets woord."

[[entry]]
term = "teneinde"
alternatives = ["om"]
reason = "Een ouderwets woord."
"""

#: middels, and a passive sentence (wordt ... geïnformeerd)
TEXT = "Middels deze nota wordt de raad door het college geïnformeerd over de plannen voor de wijk."


def _has_rule_for(category: str) -> bool:
    from beleidstaal.rules.registry import all_rules

    return any(r.category == category and r.check is not None for r in all_rules())


@contextlib.contextmanager
def serving(config: Config):
    """The web app with ``config`` in a background thread on a free port of 127.0.0.1; yields its address."""
    app = create_app(config, preload=True)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("webserver")
    lexicon = folder / "test-woorden.toml"
    lexicon.write_text(TEST_LEXICON, encoding="utf-8")
    with serving(Config(lexicons=(str(lexicon),))) as address:
        yield address


@pytest.fixture(scope="module")
def browser():
    with playwright_sync.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(
        accept_downloads=True, viewport={"width": 1280, "height": 900}, locale="nl-NL"
    )
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    # the page must never break its own Content-Security-Policy (no inline script or style)
    pg.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    pg.errors = errors
    yield pg
    assert errors == [], errors
    context.close()


def check_text(page, server, text: str) -> None:
    page.goto(server + "/")
    page.get_by_label("Uw tekst", exact=True).fill(text)
    page.get_by_role("button", name="Controleer").click()
    page.wait_for_selector("#resultaat")


def upload_nota_docx(page, server, tmp_path, *, heading: bool = True) -> None:
    """Make a small Word file (a heading, a paragraph with *middels*, one with *teneinde*) and check it."""
    import docx

    original = docx.Document()
    if heading:
        original.add_heading("Nota wijkaanpak", level=1)
    original.add_paragraph("Middels deze nota informeert het college de raad over de wijkaanpak.")
    original.add_paragraph("Teneinde de wijk te versterken, werken wij samen met de partners.")
    path = tmp_path / "nota.docx"
    original.save(path)
    page.goto(server + "/")
    page.get_by_label("Of kies een bestand").set_input_files(str(path))
    page.get_by_role("button", name="Controleer").click()
    page.wait_for_selector("#resultaat")


def test_paste_highlight_and_apply_suggestion(page, server, tmp_path):
    check_text(page, server, TEXT)
    first = page.locator("#tekst mark.cat-ambtelijk").first
    assert first.is_visible()
    assert "Middels" in first.inner_text()
    # the highlight carries a text label, not colour alone
    assert "Ambtelijke taal" in first.locator(".tag").inner_text()
    if _has_rule_for("passief"):
        assert page.locator("#tekst mark.cat-passief").count() >= 1
    assert page.locator("li.finding").count() >= 1
    page.screenshot(path=str(tmp_path / "resultaat.png"), full_page=True)

    suggestion = page.locator("button.suggestion").first
    assert suggestion.inner_text().lower() == "met"
    suggestion.click()
    page.wait_for_load_state()
    page.wait_for_selector("#resultaat")
    text = page.locator("#tekst").inner_text()
    assert "Met deze nota" in text and "Middels" not in text
    assert page.get_by_label("Uw tekst", exact=True).input_value().startswith("Met deze nota")
    page.screenshot(path=str(tmp_path / "na-verbetering.png"), full_page=True)

    with page.expect_download() as download:
        page.locator("#download-tekst").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "tekst-verbeterd.txt"
    assert saved.read_text(encoding="utf-8").startswith("Met deze nota")
    assert page.errors == []


def test_pasted_script_is_text_and_never_runs(page, server, tmp_path):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    evil = (
        "Middels <script>window.__pwned = 1; alert('script')</script> deze tekst. "
        '<img src=x onerror="window.__pwned = 2; alert(2)"> <b onmouseover=alert(3)>vet</b>'
    )
    check_text(page, server, evil)
    shown = page.locator("#tekst").inner_text()
    assert "<script>window.__pwned = 1; alert('script')</script>" in shown
    assert '<img src=x onerror="window.__pwned = 2; alert(2)">' in shown
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#tekst script, #tekst img, #tekst b").count() == 0
    page.screenshot(path=str(tmp_path / "script.png"), full_page=True)
    assert dialogs == []


def test_filter_and_keyboard(page, server, tmp_path):
    check_text(page, server, "Middels deze nota. Teneinde de wijk te versterken, werken wij samen.")
    findings = page.locator("li.finding.cat-ambtelijk")
    assert findings.count() == 2
    box = page.get_by_label("Ambtelijke taal (2)")
    box.focus()
    page.keyboard.press("Space")  # the filter works with the keyboard
    assert not box.is_checked()
    assert findings.first.is_hidden()
    assert "off" in (page.locator("#m1").get_attribute("class") or "")
    page.keyboard.press("Space")
    assert findings.first.is_visible()
    # a suggestion button can be used with the keyboard too
    page.locator("button.suggestion").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#resultaat")
    assert "Met deze nota" in page.locator("#tekst").inner_text()


def test_docx_upload_and_commented_copy(page, server, tmp_path):
    import docx

    upload_nota_docx(page, server, tmp_path)
    assert "nota.docx" in page.locator("#resultaat-kop").inner_text()
    assert page.locator("#tekst mark.cat-ambtelijk").count() == 2
    findings = page.locator("li.finding").count()
    page.screenshot(path=str(tmp_path / "word-resultaat.png"), full_page=True)
    with page.expect_download() as download:
        page.locator("#download-docx").click()
    assert download.value.suggested_filename == "nota-met-opmerkingen.docx"
    saved = tmp_path / "nota-met-opmerkingen.docx"
    download.value.save_as(saved)
    copy = docx.Document(io.BytesIO(saved.read_bytes()))
    comments = list(copy.comments)
    # one per finding, and first the priorities (issue #19)
    assert len(comments) == findings + 1 and findings >= 2
    assert comments[0].text.startswith("Eerst verbeteren (beleidstaal)")
    assert any("middels" in c.text.lower() for c in comments[1:])


def test_works_without_javascript(browser, server, tmp_path):
    context = browser.new_context(java_script_enabled=False, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        check_text(page, server, TEXT + "\n\nTeneinde de wijk te versterken, werken wij samen.")
        assert page.locator("#tekst mark.cat-ambtelijk").count() == 2
        page.locator("button.suggestion").first.click()
        page.wait_for_selector("#resultaat")
        assert "Met deze nota" in page.locator("#tekst").inner_text()
        # the filter button is there without JavaScript and filters on the server
        page.locator("input[name=cat][value=ambtelijk]").uncheck()
        page.locator("#filter-knop").click()
        page.wait_for_selector("#resultaat")
        hidden = page.locator("li.finding.cat-ambtelijk")
        assert hidden.count() == 1 and hidden.first.is_hidden()
        assert "off" in (page.locator("#tekst mark.cat-ambtelijk").first.get_attribute("class") or "")
        page.screenshot(path=str(tmp_path / "zonder-javascript.png"), full_page=True)
    finally:
        context.close()


def test_accessibility_axe(browser, server, tmp_path):
    """WCAG 2.1 A/AA checks with axe-core, when axe-playwright-python is installed (it is not a dependency)."""
    axe_module = pytest.importorskip(
        "axe_playwright_python.sync_playwright", reason="axe-playwright-python is not installed (optional)"
    )
    context = browser.new_context(bypass_csp=True)  # axe injects its own script
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
        axe = axe_module.Axe()
        page.goto(server + "/")
        empty = axe.run(page, options={"runOnly": {"type": "tag", "values": tags}})
        assert empty.violations_count == 0, empty.generate_report()
        check_text(page, server, TEXT + "\n\nTeneinde de wijk te versterken, werken wij samen.")
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": tags}})
        assert result.violations_count == 0, result.generate_report()
        # the notice about HTML that was not checked, and a 404 page
        page.get_by_label("Uw tekst", exact=True).fill(
            "<div>\nMiddels dit blok.\n</div>\n\nMiddels deze nota.\n"
        )
        page.get_by_label("Soort tekst").select_option("markdown")
        page.get_by_role("button", name="Controleer").click()
        page.wait_for_selector("#niet-gecontroleerd")
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": tags}})
        assert result.violations_count == 0, result.generate_report()
        page.goto(server + "/static/bestaat-niet.css")
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": tags}})
        assert result.violations_count == 0, result.generate_report()
    finally:
        context.close()


def test_docx_result_stays_docx_after_apply(page, server, tmp_path):
    import docx

    upload_nota_docx(page, server, tmp_path, heading=False)

    def counts():
        rows = page.locator(".figures div").all_inner_texts()
        return [r for r in rows if r.split("\n")[0] in ("Woorden", "Zinnen")]

    figures = counts()
    assert len(figures) == 2
    findings = page.locator("li.finding").count()
    page.locator("button.suggestion").first.click()
    page.wait_for_selector("#resultaat")
    assert "nota.docx" in page.locator("#resultaat-kop").inner_text()
    assert "Met deze nota" in page.locator("#tekst").inner_text()
    assert counts() == figures  # one word for one word: the same words and sentences (not 2 × as many)
    assert page.locator("li.finding").count() == findings - 1
    with page.expect_download() as download:
        page.locator("#download-docx").click()
    saved = tmp_path / "kopie.docx"
    download.value.save_as(saved)
    copy = docx.Document(io.BytesIO(saved.read_bytes()))
    assert copy.paragraphs[0].text.startswith("Met deze nota")
    assert (
        len(list(copy.comments)) == findings
    )  # one per finding left (findings - 1), and the priorities first


def test_unchecked_html_block_is_reported_without_a_score(page, server, tmp_path):
    page.goto(server + "/")
    page.get_by_label("Uw tekst", exact=True).fill("<script>\nMiddels deze regel.\n</script>\n")
    page.get_by_label("Soort tekst").select_option("markdown")
    page.get_by_role("button", name="Controleer").click()
    page.wait_for_selector("#resultaat")
    assert page.locator("#niet-gecontroleerd").is_visible()
    assert "regel 1 tot en met 3" in page.locator("#niet-gecontroleerd").inner_text()
    figures = page.locator(".figures").inner_text()
    assert "Flesch" not in figures and "Taalniveau" not in figures
    assert "Goed geschreven" not in page.locator("#resultaat").inner_text()
    page.screenshot(path=str(tmp_path / "html-blok.png"), full_page=True)


def test_focus_and_scroll_stay_on_the_next_card(page, server, tmp_path):
    page.set_viewport_size({"width": 1280, "height": 600})
    lines = [f"Dit is gewone zin nummer {i} over de wijk." for i in range(12)]
    text = "\n\n".join(["Middels deze nota.", *lines, "Teneinde de wijk te versterken, werken wij samen."])
    check_text(page, server, text)
    cards = page.locator("li.finding")
    assert cards.count() == 2
    page.locator("#f1 button.suggestion").first.click()
    page.wait_for_selector("#resultaat")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'f1'")
    active = page.evaluate("document.activeElement.innerText")
    assert "teneinde" in active.lower()  # the card after the one worked on (now number 1)
    box = page.evaluate(
        "(() => { const r = document.activeElement.getBoundingClientRect(); return [r.top, r.bottom]; })()"
    )
    assert 0 <= box[0] < 600, box  # in view, not back at the top of the results
    assert page.evaluate("window.scrollY") > 0


@pytest.mark.parametrize("width", [320, 390])
def test_no_sideways_scroll_on_a_phone(page, server, tmp_path, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(server + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    check_text(page, server, TEXT + "\n\nTeneinde de wijk te versterken, werken wij samen.")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(tmp_path / f"telefoon-{width}.png"), full_page=True)


def test_static_404_is_styled(page, server):
    response = page.goto(server + "/static/bestaat-niet.js")
    assert response.status == 404
    assert "Deze pagina bestaat niet" in page.locator("#fout").inner_text()
    # the style sheet loaded: the header has its blue background
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.top')).backgroundColor")
        == "rgb(21, 66, 115)"
    )


def test_markdown_panel_shows_no_syntax(page, server):
    page.goto(server + "/")
    page.get_by_label("Uw tekst", exact=True).fill(
        "---\ntitel: Nota\n---\n# Aanpak middels overleg\n\nWij werken **samen**.\n"
    )
    page.get_by_label("Soort tekst").select_option("markdown")
    page.get_by_role("button", name="Controleer").click()
    page.wait_for_selector("#resultaat")
    shown = page.locator("#tekst").inner_text()
    assert "Aanpak" in shown and "middels" in shown and "Wij werken samen." in shown
    assert "#" not in shown.replace("1", "") and "**" not in shown and "titel" not in shown
