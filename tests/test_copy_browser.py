"""The copy view (issue #24) in the HTML report and on the web page, in headless Chromium (Debian's chromium, driven
by Playwright): the share and the largest sources on top, a legend of the kinds of reuse, the copied passages
marked by kind (a line style and a visible label, not colour alone), each label a link to its finding that works
with the keyboard, and no WCAG 2.1 AA violations (axe).

The reference collection is the planted two-organisation archive of ``test_copy_organisation``.
"""

from __future__ import annotations

import shutil

import pytest
from test_copy_organisation import FOLDER
from test_copy_organisation import archive as archive  # noqa: F401 (the fixture)
from test_copy_rule import pytestmark as ud_marks  # noqa: E402

# the same Chromium, flags and skip markers as the web page's own browser tests
from test_web_browser import CHROMIUM, LAUNCH_ARGS, playwright_sync, serving  # noqa: E402
from test_web_browser import pytestmark as browser_marks  # noqa: E402

from beleidstaal.config import Config  # noqa: E402

pytestmark = [*browser_marks, ud_marks]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _config(archive) -> Config:
    return Config(reference=(str(archive["index"]),), organisation="utrecht", organisation_pattern=FOLDER)


def _text(archive) -> str:
    """The planted draft (own text, a passage of its own organisation, one of the other), and its first paragraph
    once more at the end: a repeat inside the document."""
    text = archive["text"]
    return text + "\n" + text.split("\n\n")[0] + "\n"


@pytest.fixture(scope="module")
def browser():
    with playwright_sync.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=shutil.which("chromium") or CHROMIUM, args=LAUNCH_ARGS, headless=True
        )
        yield b
        b.close()


def _axe(page) -> None:
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe is not installed")
    result = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    assert result.violations_count == 0, result.generate_report()


def _assert_copy_view(page, text_selector: str) -> None:
    view = page.locator("section.copyview")
    assert view.is_visible()
    assert view.bounding_box()["y"] < page.locator(text_selector).bounding_box()["y"]  # above the text
    share = view.locator(".cv-share").inner_text()
    assert "% van de tekst" in share and "3 passages" in share
    sources = view.locator("ol.cv-top > li").all_inner_texts()
    assert sources == [
        "zwolle/nota-verkeer.txt",
        "utrecht/nota-wonen.txt",
    ]  # the largest first; not the repeat
    legend = view.locator("ul.cv-legend").inner_text()
    for line in ("eigen eerdere tekst (info): 1 passage", "overgenomen van een andere organisatie (waarschuwing): 1",
                 "herhaling in dit document (info): 1", "sjabloontekst (waarschuwing): 0"):  # fmt: skip
        assert line in legend, legend
    marks = view.locator("mark.cv")
    assert marks.evaluate_all("els => els.map(e => e.dataset.kind)") == ["eigen", "kopie", "herhaling"]
    # not colour alone: each kind has its own line, and a visible label says its kind
    styles = marks.evaluate_all(
        "els => els.map(e => { const s = getComputedStyle(e); return s.textDecorationLine + ' ' + s.textDecorationStyle; })"
    )
    assert len(set(styles)) == 3, styles
    assert [t.split("\u00a0")[1].split()[0] for t in marks.locator(".cv-tag").all_inner_texts()] == [
        "eigen", "kopie", "herhaling",
    ]  # fmt: skip


def _follow_with_keyboard(page) -> None:
    """Tab to the label of the second passage (the other organisation's) and follow it with Enter."""
    tags = page.locator("section.copyview .cv-tag")
    tags.first.focus()
    page.keyboard.press("Tab")
    assert "kopie (melding" in page.evaluate("document.activeElement.textContent")
    target = tags.nth(1).get_attribute("href")
    page.keyboard.press("Enter")
    page.wait_for_function(f"location.hash === {target!r}")
    assert "Overgenomen van een andere organisatie" in page.locator(target).inner_text()


def test_report_copy_view(browser, archive, tmp_path):  # noqa: F811
    from beleidstaal import check_path
    from beleidstaal.outputs import html as html_report

    draft = tmp_path / "concept.txt"
    draft.write_text(_text(archive), encoding="utf-8")
    result = check_path(draft, config=_config(archive))
    report = tmp_path / "rapport.html"
    report.write_text(html_report.render([result]), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1100, "height": 1000}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(report.as_uri())
        _assert_copy_view(page, "#b1-t")
        _follow_with_keyboard(page)
        page.screenshot(path=str(tmp_path / "rapport.png"), full_page=True)
        _axe(page)
    finally:
        context.close()


def _check_on_the_web_page(page, server: str, text: str) -> None:
    page.set_default_timeout(60_000)
    page.goto(server + "/")
    page.get_by_label("Uw tekst", exact=True).fill(text)
    page.get_by_role("button", name="Controleer").click()
    page.wait_for_selector("section.copyview")


def test_web_page_copy_view(browser, archive, tmp_path):  # noqa: F811
    with serving(_config(archive)) as server:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        page = context.new_page()
        csp: list[str] = []
        page.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
        try:
            _check_on_the_web_page(page, server, _text(archive))
            _assert_copy_view(page, "#tekst")
            _follow_with_keyboard(page)
            page.screenshot(path=str(tmp_path / "web.png"), full_page=True)
            assert csp == []  # the copy view's styles come from a file, not inline
            # the filter hides the copy view with the category of copied text, and shows it again
            box = page.locator("#filter input[name=cat][value=kopie]")
            box.uncheck()
            assert not page.locator("section.copyview").is_visible()
            box.check()
            assert page.locator("section.copyview").is_visible()
        finally:
            context.close()
        context = browser.new_context(bypass_csp=True)  # axe injects its own script
        try:
            page = context.new_page()
            _check_on_the_web_page(page, server, _text(archive))
            _axe(page)
        finally:
            context.close()
