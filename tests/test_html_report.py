"""``--format html``: a self-contained report that renders in headless Chromium with highlights, legend and counts."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beleidstaal import Config, check_path
from beleidstaal.cli import app
from beleidstaal.outputs import html as html_report

LEXICON = str(Path(__file__).resolve().parent / "data" / "documenten_lexicon.toml")
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TEXT = (
    "# Nota over de wijk\n\n"
    "Wij informeren u middels deze nota. Teneinde de wachttijd te verkorten, openen wij een loket.\n\n"
    "- Thans werken drie teams in de wijk, alsmede een vrijwilliger.\n\n"
    "Een regel met <script>alert('x')</script> als tekst & een teken.\n"
)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    nota = folder / "nota.md"
    nota.write_text(TEXT, encoding="utf-8")
    broken = folder / "kapot.docx"
    broken.write_bytes(b"geen word")
    config = Config(lexicons=(LEXICON,))
    results = [check_path(nota, config=config), check_path(broken, config=config)]
    page = folder / "rapport.html"
    page.write_text(html_report.render(results, config), encoding="utf-8")
    return page, results


def test_report_is_self_contained_and_escapes_the_text(report):
    page, results = report
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!doctype html>") and '<html lang="nl">' in text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)  # nothing from the network
    assert "<script>alert" not in text and "&lt;script&gt;alert" in text
    findings = results[0].findings
    assert text.count('<mark class="bt ') == len(findings) >= 4
    assert "Legenda" in text and "Meldingen per soort" in text
    assert "Word-bestand" in text  # the file that could not be read


def test_readability_figures_when_stats_is_there(report):
    text = report[0].read_text(encoding="utf-8")
    assert "Leesbaarheid" in text and "Taalniveau (schatting)" in text and "Flesch-Douma" in text


def test_the_same_report_from_the_command_line(tmp_path):
    nota = tmp_path / "nota.md"
    nota.write_text(TEXT, encoding="utf-8")
    (tmp_path / ".beleidstaal.toml").write_text(f'lexicons = ["{LEXICON}"]\n', encoding="utf-8")
    out = tmp_path / "rapport.html"
    result = CliRunner().invoke(app, ["check", str(nota), "--format", "html", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert out.read_text(encoding="utf-8").count('<mark class="bt ') >= 4


def test_nested_and_crossing_findings_stay_well_formed():
    from beleidstaal.findings import Finding

    source = "een twee drie vier"
    fs = [
        Finding("BT401", "lange-zin", "zinslengte", "info", "lang", 0, 0, offset=0, end_offset=18),
        Finding("BT101", "x", "ambtelijk", "warning", "a", 0, 0, offset=4, end_offset=13),
        Finding("BT102", "y", "jargon", "warning", "b", 0, 0, offset=9, end_offset=18),
    ]
    out = html_report.highlighted_text(source, fs, "t")
    assert out.count("<mark") == out.count("</mark>") == 3
    import lxml.html

    tree = lxml.html.fragment_fromstring(out, create_parent="div")
    for el in tree.xpath('//span[@class="tag" or @class="sr" or @class="tip"]'):
        el.drop_tree()
    assert tree.text_content() == source
    # the jargon finding that crosses the ambtelijk one is cut at its end, inside it
    inner = tree.xpath("//mark[@data-category='ambtelijk']/mark[@data-category='jargon']")
    assert inner and inner[0].text_content() == "drie"


@pytest.mark.chromium
@pytest.mark.skipif(
    not Path(CHROMIUM).exists() and shutil.which("chromium") is None,
    reason="Debian chromium is niet geïnstalleerd",
)
@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_report_renders_in_headless_chromium(report, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is niet geïnstalleerd")
    page_file, results = report
    findings = results[0].findings
    requests = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium") or CHROMIUM, args=ARGS, headless=True
        )
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 1200})
            page.on("request", lambda r: requests.append(r.url))
            dialogs = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(page_file.as_uri())
            marks = page.locator("mark.bt")
            assert marks.count() == len(findings)
            categories = set(page.eval_on_selector_all("mark.bt", "els => els.map(e => e.dataset.category)"))
            assert {"ambtelijk"} <= categories
            # a highlight has a real background colour and a visible label (not colour alone)
            first = marks.first
            bg = first.evaluate("e => getComputedStyle(e).backgroundColor")
            assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
            assert first.locator(".tag").is_visible()
            # the explanation is hidden, and shows on click and on keyboard focus
            tip = first.locator(".tip")
            assert not tip.is_visible()
            button = first.locator(":scope > .tag")  # the label is the button (marks nest; buttons may not)
            first.click()
            assert tip.is_visible() and "Ambtelijke taal" in tip.inner_text()
            assert button.get_attribute("aria-expanded") == "true"
            page.keyboard.press("Escape")
            assert button.get_attribute("aria-expanded") == "false"
            button.focus()
            assert tip.is_visible()
            page.keyboard.press("Enter")
            assert button.get_attribute("aria-expanded") == "true"
            # every label points at an existing description; the script in the text did not run
            for cid in page.eval_on_selector_all(
                "mark.bt > .tag", "els => els.map(e => e.getAttribute('aria-describedby'))"
            ):
                assert page.locator(f"#{cid}").count() == 1
            assert dialogs == []
            assert page.get_by_role("heading", name="Legenda").is_visible()
            shot = tmp_path / "rapport.png"
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
    assert all(url.startswith("file://") for url in requests)
