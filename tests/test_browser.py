"""A journalist's visit, in a real browser against a real server.

`quotearchive serve` runs in a subprocess over a database ingested from
seeds/, and Debian's Chromium (installed by `make browser`) is driven by
Playwright.  Playwright cannot download its own browser here, so these tests
launch the system binary; they skip, saying why, where it cannot be had.

The visit writes the README's screenshots to docs/screenshots/.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from . import site_fixture

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "docs" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
VIEWPORT = {"width": 1200, "height": 900}
PHRASE = '"nuclear balance"'
STARTUP_TIMEOUT_S = 30
# The footer's "Queries took 8.1ms" would change the committed PNGs on every run.
SCREENSHOT_STYLE = "footer.ft { visibility: hidden; }"


def quotearchive_command() -> str:
    beside_python = Path(sys.executable).parent / "quotearchive"
    return str(beside_python) if beside_python.exists() else shutil.which("quotearchive") or "quotearchive"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`quotearchive serve` on a free localhost port, over seeds/ ingested by the CLI."""
    db = tmp_path_factory.mktemp("browser") / "quotes.db"
    subprocess.run([quotearchive_command(), "ingest", "-s", str(db), str(ROOT / "seeds")], check=True, capture_output=True)
    yield from serving(db)


@pytest.fixture(scope="module")
def fixture_server(tmp_path_factory):
    """`quotearchive serve` over the small invented archive of tests/site_fixture.py."""
    yield from serving(site_fixture.build(tmp_path_factory.mktemp("fixture")))


def serving(db: Path):
    port = free_port()
    process = subprocess.Popen(
        [quotearchive_command(), "serve", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                output = process.stdout.read().decode(errors="replace") if process.stdout else ""
                pytest.fail(f"quotearchive serve did not start on {base}:\n{output}")
            time.sleep(0.2)
    yield {"base": base, "db": db}
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium not found: `make browser` installs it (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        except Exception as error:  # any launch failure means no browser here, not a site bug
            pytest.skip(f"could not launch {chromium} with Playwright: {error}")
        yield browser
        browser.close()


def new_page(browser, javascript: bool = True, viewport: dict | None = None, permissions: list[str] | None = None):
    context = browser.new_context(viewport=viewport or VIEWPORT, java_script_enabled=javascript, accept_downloads=True,
                                  permissions=permissions or [])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    return page, errors


def result_count(page) -> int:
    text = page.locator('[data-testid="result-count"]').inner_text()
    return int(re.match(r"([\d,]+) quotes?", text).group(1).replace(",", ""))


def test_search_facets_by_source_type_and_the_verbs_stance(browser, server):
    # USERS.md: "source types as facets", "the reporting verb as a facet", on the search page.
    page, errors = new_page(browser)
    page.goto(server["base"] + "/search?q=nuclear")
    source = page.locator('[data-facet="source_type"]')
    stance = page.locator('[data-facet="stance"]')
    assert "SOURCE" in source.locator("h3").inner_text().upper() and "REPORTING VERB" in stance.locator("h3").inner_text().upper()
    assert "Named person" in source.locator("li a").all_inner_texts()
    option = stance.locator("li a").first
    label = option.inner_text()
    count = int(stance.locator("li .qa-count").first.inner_text().replace(",", ""))
    option.click()
    page.wait_for_url(re.compile(r"stance=\w+"))
    assert count == result_count(page)
    assert f"Reporting verb: {label}" in page.locator(".qa-chip").first.inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".qa-search-layout").screenshot(path=str(SCREENSHOTS / "search.png"), style=SCREENSHOT_STYLE)
    assert [] == errors


def test_search_facet_quote_speaker_and_csv(browser, server):
    page, errors = new_page(browser)
    page.goto(server["base"] + "/")
    assert page.locator('[data-testid="home"]').is_visible()

    # Search a phrase from the home page's box.
    page.fill("#qa-home-q", PHRASE)
    page.press("#qa-home-q", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    total = result_count(page)
    assert total >= 1
    marks = page.locator('[data-testid="quote-results"] mark').all_inner_texts()
    assert marks and all("nuclear balanc" in m.lower() for m in marks)  # the phrase, highlighted whole

    # Click the first speaker facet: results narrow to that speaker.
    facet = page.locator('[data-facet="speaker"] li a').first
    speaker_name = facet.inner_text()
    facet_count = int(page.locator('[data-facet="speaker"] li .qa-count').first.inner_text().replace(",", ""))
    facet.click()
    page.wait_for_url(re.compile(r"speaker=\d+"))
    assert facet_count == result_count(page)
    assert page.locator('[data-facet="speaker"] li.qa-selected').count() == 1
    shown = page.locator('[data-testid="quote-results"] .qa-card .qa-speaker').all_inner_texts()
    assert shown and {speaker_name} == set(shown)

    # Leave with a CSV of exactly those quotes.
    with page.expect_download() as download_info:
        page.click('[data-testid="csv-link"]')
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert facet_count == len(rows)
    assert {speaker_name} == {row["speaker"] for row in rows}
    card_ids = {int(i) for i in page.locator('[data-testid="quote-results"] .qa-card').evaluate_all(
        "cards => cards.map(c => c.dataset.quoteId)")}
    assert card_ids <= {int(row["id"]) for row in rows}

    # Open a quote: big quote, its paragraph with the quote highlighted.
    first_card = page.locator('[data-testid="quote-results"] .qa-card').first
    quote_id = first_card.get_attribute("data-quote-id")
    first_card.locator(".qa-card-link").click()
    page.wait_for_url(re.compile(rf"/quotes/quotes/{quote_id}$"))
    assert page.locator('[data-testid="quote-page"]').is_visible()
    assert page.locator(".qa-context mark").inner_text().strip()
    assert page.locator('[data-testid="article-link"]').is_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "quote.png"), style=SCREENSHOT_STYLE)

    # Follow it to the speaker: name, counts, a timeline chart, quotes newest first.
    page.click('[data-testid="speaker-link"]')
    page.wait_for_url(re.compile(r"/quotes/speakers/\d+$"))
    assert speaker_name == page.locator("h1").inner_text()
    assert page.locator(".qa-timeline svg rect.qa-bar").count() >= 1
    ids = page.locator('[data-testid="speaker-quotes"] .qa-card').evaluate_all("cards => cards.map(c => Number(c.dataset.quoteId))")
    assert ids == sorted(ids, reverse=True)
    page.screenshot(path=str(SCREENSHOTS / "speaker.png"), style=SCREENSHOT_STYLE)

    # The chart's bars are links to that month's quotes.
    page.locator(".qa-timeline a").first.click()
    page.wait_for_url(re.compile(r"/search\?speaker=\d+&month=\d{4}-\d{2}"))
    assert result_count(page) >= 1
    assert [] == errors


def test_every_step_works_without_javascript(browser, server):
    page, errors = new_page(browser, javascript=False)
    page.goto(server["base"] + "/")
    page.fill("#qa-home-q", "mistake")
    page.click(".qa-big-search button")
    page.wait_for_url(re.compile(r"/search\?q=mistake"))
    assert result_count(page) >= 1
    page.locator('[data-facet="year"] li a').first.click()
    page.wait_for_url(re.compile(r"year=\d{4}"))
    page.locator(".qa-card-link").first.click()
    page.wait_for_url(re.compile(r"/quotes/quotes/\d+$"))
    article = page.locator('[data-testid="article-link"]')
    article.click()
    page.wait_for_url(re.compile(r"/quotes/articles/\d+$"))
    assert page.locator(".qa-inline-quote mark").count() >= 1
    page.goto(server["base"] + "/")
    page.locator('[data-testid="top-topics"] a').first.click()
    page.wait_for_url(re.compile(r"/quotes/topics/[\w-]+$"))
    assert page.locator('[data-testid="topic-quotes"] .qa-card').count() >= 1
    assert [] == errors


def texts(page, selector: str) -> list[str]:
    """The inner texts of what ``selector`` finds in a page or an element, spaces collapsed."""
    return [" ".join(t.split()) for t in page.locator(selector).all_inner_texts()]


def test_a_fact_checkers_five_tasks(browser, fixture_server):
    """Issue 20's five tasks, on the invented archive, as a visitor does them."""
    base = fixture_server["base"]
    page, errors = new_page(browser, permissions=["clipboard-read", "clipboard-write"])

    # 1. Everything a politician said about the economy in a year.
    page.goto(base + "/")
    page.fill("#qa-home-q", "Holloway")
    page.press("#qa-home-q", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=Holloway"))
    page.locator('[data-testid="speaker-results"] a').first.click()
    page.wait_for_url(re.compile(r"/quotes/speakers/\d+$"))
    assert "Jane Holloway" == page.locator("h1").inner_text()
    assert ["Economy 4", "Economy, business and finance 4", "Politics 4", "Elections 3"] == texts(page, '[data-testid="speaker-topics"] li')
    page.get_by_role("link", name="Economy", exact=True).click()
    page.wait_for_url(re.compile(r"/search\?speaker=\d+&topic=economy$"))
    assert "4 quotes" == page.locator('[data-testid="result-count"]').inner_text()
    page.fill("#qa-from", "2005")
    page.fill("#qa-to", "2005")
    page.click(".qa-big-search button")
    page.wait_for_url(re.compile(r"from=2005&to=2005"))
    assert "3 quotes" == page.locator('[data-testid="result-count"]').inner_text()
    assert ["Speaker: Jane Holloway ×", "Topic: Economy ×", "From: 2005 ×", "To: 2005 ×"] == texts(page, ".qa-chip")
    assert {"Jane Holloway"} == set(texts(page, '[data-testid="quote-results"] .qa-speaker'))

    # 2. Who is quoted most on a topic.
    page.goto(base + "/")
    assert ["Jane Holloway Finance Minister 7", "Ann Carver Police Chief 3", "Tom Brennan Defence Minister 1",
            "Mark Evans Councillor 1"] == texts(page, '[data-testid="top-speakers"] li')
    assert ["a spokesman for the ministry 1"] == texts(page, '[data-testid="top-described"] li')
    page.locator('[data-testid="top-topics"] a', has_text="Terrorism").click()
    page.wait_for_url(re.compile(r"/quotes/topics/terrorism$"))
    who = texts(page, '[data-testid="topic-speakers"] li')
    assert "Ann Carver 3" == who[0] and ["Tom Brennan 1", "a spokesman for the ministry 1"] == sorted(who[1:])

    # 3. Every quote mentioning "terror", as CSV.
    page.fill("#qa-nav-q", "terror*")
    page.press("#qa-nav-q", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=terror"))
    assert "5 quotes matching “terror*”" == page.locator('[data-testid="result-count"]').inner_text()
    with page.expect_download() as download_info:
        page.click('[data-testid="csv-link"]')
    rows = list(csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text(encoding="utf-8"))))
    assert 5 == len(rows)
    assert ["Ann Carver"] * 3 + ["Tom Brennan", "a spokesman for the ministry"] == sorted(row["speaker"] for row in rows)
    assert all(row["permalink"] == f"{base}/quotes/quotes/{row['id']}" for row in rows)
    assert "article_source" not in rows[0] and str(fixture_server["db"].parent) not in Path(download_info.value.path()).read_text()

    # 4. Check a quote against its source, and cite it.
    page.locator(".qa-card-link", has_text="Terror threats").click()
    page.wait_for_url(re.compile(r"/quotes/quotes/\d+$"))
    quote_url = page.url
    assert "Terror threats will not change the budget," == page.locator(".qa-quote-text").inner_text()
    assert "Terror threats will not change the budget," == page.locator(".qa-context mark").inner_text()
    assert "https://example.org/herald/tax-pledge" == page.locator('[data-testid="source-link"]').get_attribute("href")
    cite = page.locator('[data-testid="cite-text"]').inner_text()
    assert cite.startswith("a spokesman for the ministry, “Terror threats will not change the budget”, quoted in "
                           "“Tax pledge reported abroad”, Example Herald, 6 March 2005. "
                           "https://example.org/herald/tax-pledge. Archived ")
    assert cite.endswith(f" in Quote Archive: {quote_url}")
    page.locator('button[data-copy="qa-cite-text"]').click()
    # The clipboard answers asynchronously: wait for the button to say so.
    page.wait_for_function("document.querySelector('button[data-copy=\"qa-cite-text\"]').textContent === 'Copied'")
    assert "Copied" == page.locator('button[data-copy="qa-cite-text"]').inner_text()
    assert cite == page.evaluate("navigator.clipboard.readText()")
    assert '"archive_location": "' + quote_url + '"' in page.locator('[data-testid="cite-csl"]').inner_text()
    page.locator('[data-testid="citation"]').scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "citation.png"), style=SCREENSHOT_STYLE, full_page=True)
    page.click('[data-testid="article-link"]')
    page.wait_for_url(re.compile(r"/quotes/articles/\d+$"))
    assert ["We will not raise taxes before the election,", "Terror threats will not change the budget,"] == \
        page.locator(".qa-inline-quote mark").all_inner_texts()

    # 5. Quotes reported in more than one article.
    page.goto(base + "/")
    page.click('[data-testid="repeated-link"]')
    page.wait_for_url(re.compile(r"/repeated$"))
    assert "2 statements reported in more than one article." == page.locator('[data-testid="repeated-count"]').inner_text()
    assert ["Jane Holloway · 3 articles, 3 outlets · first seen 3 March 2005 (Example Wire)",
            "Ann Carver · 2 articles, 1 outlet · first seen 1 August 2006 (Daily Example)"] == texts(page, ".qa-statement .qa-card-meta")
    first = page.locator(".qa-statement").first
    assert ["3 March 2005 · Example Wire · Holloway promises steady growth",
            "4 March 2005 · Daily Example · Minister repeats tax pledge",
            "6 March 2005 · Example Herald · Tax pledge reported abroad"] == texts(first, ".qa-reports li")
    page.screenshot(path=str(SCREENSHOTS / "repeated.png"), style=SCREENSHOT_STYLE)
    page.click("text=most outlets")
    page.wait_for_url(re.compile(r"/repeated\?sort=outlets$"))
    assert "most outlets" == page.locator('[data-testid="sort"] strong').inner_text()
    page.locator(".qa-statement .qa-card-link").first.click()
    page.wait_for_url(re.compile(r"/repeated\?key=\w+$"))
    assert 1 == page.locator(".qa-statement").count()
    page.locator(".qa-reports li a").first.click()
    page.wait_for_url(re.compile(r"/quotes/quotes/\d+$"))
    assert "The same words, reported 2 more times" == page.locator('[data-testid="same-statement"] h2').inner_text()
    assert [] == errors


def test_search_on_a_phone_shows_a_quote_in_the_first_screen(browser, fixture_server):
    phone = {"width": 375, "height": 667}
    page, errors = new_page(browser, viewport=phone)
    page.goto(fixture_server["base"] + "/search?q=taxes")
    assert "3 quotes matching “taxes”" == page.locator('[data-testid="result-count"]').inner_text()
    card = page.locator('[data-testid="quote-results"] .qa-card').first.bounding_box()
    assert card["y"] + card["height"] <= phone["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= phone["width"]  # no sideways scrolling
    assert [] == errors


def test_table_pages_fold_their_column_descriptions(browser, fixture_server):
    page, errors = new_page(browser)
    page.goto(fixture_server["base"] + "/quotes/quotes")
    assert "What the 20 columns mean" == page.locator('[data-testid="column-descriptions"] summary').inner_text()
    assert not page.locator("dl.qa-column-descriptions").is_visible()
    assert not page.locator("dl.column-descriptions").is_visible()
    assert page.locator("table.rows-and-columns").bounding_box()["y"] < VIEWPORT["height"]
    page.click('[data-testid="column-descriptions"] summary')
    assert page.locator("dl.qa-column-descriptions").is_visible()
    assert [] == errors
