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


def new_page(browser, javascript: bool = True):
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=javascript, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    return page, errors


def result_count(page) -> int:
    text = page.locator('[data-testid="result-count"]').inner_text()
    return int(re.match(r"([\d,]+) quotes?", text).group(1).replace(",", ""))


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
