"""The summary in the HTML report and on the web page, in headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright): *Eerst verbeteren* on top, a repeated finding listed once with links to its other places, the
per-paragraph heat strip, and no WCAG 2.1 AA violations (axe)."""

from __future__ import annotations

import re
import shutil

import pytest

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# the same Chromium, flags and skip markers as the web page's own browser tests (and their fixture "server": the web
# page in a thread); importing that module skips this one too where Chromium or Playwright is missing
from test_web_browser import (  # noqa: E402, F401
    CHROMIUM,
    playwright_sync,  # noqa: E402
    pytestmark,
)
from test_web_browser import LAUNCH_ARGS as ARGS  # noqa: E402
from test_web_browser import server as web_server  # noqa: E402, F401

#: three paragraphs; 'middels' three times, 'teneinde' once, one long hard paragraph
TEXT = (
    "# Plan voor de buurt\n\n"
    "Wij schrijven u middels deze brief. Middels een enquête vragen wij uw mening over het park.\n\n"
    "Teneinde de verkeersveiligheid in de wijk op een structurele wijze te verbeteren, wordt door de gemeente in "
    "samenwerking met de betrokken ketenpartners een integraal uitvoeringsprogramma opgesteld, waarbij de "
    "implementatie van de maatregelen gefaseerd zal worden gerealiseerd.\n\n"
    "Wij houden u middels de nieuwsbrief op de hoogte. De buurt is blij met het park.\n"
)


@pytest.fixture(scope="module")
def browser():
    with playwright_sync.sync_playwright() as p:
        b = p.chromium.launch(executable_path=shutil.which("chromium") or CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _axe_violations(page) -> tuple[int, str]:
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe is not installed")
    result = axe_module.Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    return result.violations_count, result.generate_report()


def _core_priorities() -> list[str]:
    from beleidstaal import check_document
    from beleidstaal.readers import document_from_text

    return [p.label for p in check_document(document_from_text(TEXT, path="plan.md")).summary.priorities]


def _assert_summary_on_top(page, findings_selector: str) -> None:
    priorities = page.locator("section.priorities")
    assert priorities.is_visible()
    items = priorities.locator("ol.pr-list > li")
    # exactly the core result's priorities, in its order (each item names its pattern)
    expected = _core_priorities()
    assert items.count() == len(expected) == 5
    texts = items.all_inner_texts()
    assert all(
        label.split(": ")[-1].strip("'").lower() in text.lower()
        for label, text in zip(expected, texts, strict=True)
    )
    first = items.first.inner_text()
    assert "middels" in first.lower() and "3 keer" in first and "met" in first.lower()
    # the priorities stand above the text and the list of findings
    top = priorities.bounding_box()["y"]
    assert top < page.locator(findings_selector).first.bounding_box()["y"]
    # the heat strip: one labelled cell per paragraph of running text (not the heading)
    heat = page.locator("section.heat")
    assert heat.is_visible() and top < heat.bounding_box()["y"]
    cells = heat.locator(".heat-cell")
    assert cells.count() == 3
    labels = cells.evaluate_all("els => els.map(e => e.textContent)")
    assert all(re.match(r"regel \d+: niveau (A2|B1|B2|C1), \d+ woorden", label) for label in labels)
    # the hardest paragraph is the long one (regel 5) and says why
    hardest = heat.locator(".heat-hardest li").first.inner_text()
    assert "regel 5" in hardest and "lange zin" in hardest


def test_report_shows_priorities_grouped_findings_and_heat(browser, tmp_path):
    from beleidstaal import check_path
    from beleidstaal.outputs import html as html_report

    nota = tmp_path / "plan.md"
    nota.write_text(TEXT, encoding="utf-8")
    result = check_path(nota)
    page_file = tmp_path / "rapport.html"
    page_file.write_text(html_report.render([result]), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1100, "height": 1000}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(page_file.as_uri())
        _assert_summary_on_top(page, "ol.findings")
        # 'middels' is listed once, with links to its two other marks
        listed = page.locator("ol.findings > li", has_text="'middels'")
        assert listed.count() == 1
        assert page.locator("mark.bt", has_text="iddels").count() == 3
        note = listed.locator(".repeat-note")
        assert "Komt 3 keer voor" in note.inner_text()
        links = note.locator("a")
        assert links.count() == 2
        target = links.last.get_attribute("href")
        links.last.click()
        assert page.evaluate("location.hash") == target
        assert "iddels" in page.locator(target).inner_text()
        page.screenshot(path=str(tmp_path / "rapport.png"), full_page=True)
        assert page.locator("mark.bt mark.bt").count() >= 1  # findings inside findings: marks nest
        count, report = _axe_violations(page)  # the whole report, also the text with nested marks
        assert count == 0, report
    finally:
        context.close()


def _check_markdown(page, server) -> None:
    page.goto(server + "/")
    page.get_by_label("Uw tekst", exact=True).fill(TEXT)
    page.get_by_label("Soort tekst").select_option("markdown")
    page.get_by_role("button", name="Controleer").click()
    page.wait_for_selector("section.priorities")


def test_web_page_shows_priorities_grouped_findings_and_heat(browser, web_server, tmp_path):  # noqa: F811
    server = web_server
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(60_000)
    csp = []
    page.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
    try:
        _check_markdown(page, server)
        _assert_summary_on_top(page, "li.finding")
        assert csp == []  # the summary's styles come from a file, not inline
        # the first 'middels' card explains and lists the others; the other cards point back to it
        cards = page.locator('li.finding[data-cat="ambtelijk"]', has_text="iddels", has_not_text="Teneinde")
        assert cards.count() == 3
        assert "Komt 3 keer voor" in cards.first.inner_text()
        first_number = cards.first.locator(".num").inner_text()
        for i in (1, 2):
            text = cards.nth(i).inner_text()
            assert f"Dezelfde melding als nummer {first_number}" in text and "Waarom?" not in text
        page.screenshot(path=str(tmp_path / "web.png"), full_page=True)
    finally:
        context.close()
    context = browser.new_context(bypass_csp=True)  # axe injects its own script
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        _check_markdown(page, server)
        count, report = _axe_violations(page)
        assert count == 0, report
    finally:
        context.close()
