"""The fifth page set of ``make eval-html``: snacktory's test pages (``tools/snacktory_pages.py``).

A small checkout in snacktory's layout is written here (a test class and three pages of our own), so the
reader is tested without the real one; one test reads the real checkout (``../snacktory-eval/checkout``
beside the shared corpora, or ``$QUOTEARCHIVE_SNACKTORY``) and is skipped when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotearchive.tools.evaluation_html import evaluate_snacktory, main, snacktory_pages
from quotearchive.tools.snacktory_pages import (
    SNACKTORY_RESOURCES,
    SNACKTORY_TESTS,
    SnacktoryPage,
    asserted_instant,
    outlet_of,
    read_snacktory_pages,
    snacktory_day,
)

JAVA = r'''package de.jetwick.snacktory;

public class ArticleTextExtractorTest {
    @Test
    public void testTown() throws Exception {
        // http://www.towngazette.co.uk/news/2016/mill-reopens
        JResult res = new JResult();
        res.setUrl("http://www.towngazette.co.uk/news/2016/mill-reopens");
        res = extractor.extractContent(res, c.streamToString(getClass().getResourceAsStream("towngazette.html")));
        assertEquals("Mill reopens after \"long\" winter", res.getTitle());
        assertEquals("Jane Holloway and Tom Reyes", res.getAuthorName());
        compareDates("2016-03-02 02:15:00", res.getDate());
    }

    @Test
    public void testHarbour() throws Exception {
        // http://news.gazette.co.uk/local/ferry-times
        JResult res = extractor.extractContent(c.streamToString(getClass().getResourceAsStream("harbourpost1.html")));
        //assertEquals("Old headline", res.getTitle());
        assertEquals(StringUtils.EMPTY, res.getAuthorName());
        compareDates("2015-07-09 00:00:00", res.getDate());
    }

    @Test
    public void testData1() throws Exception {
        JResult res = extractor.extractContent(readFileAsString("test_data/1.html"));
        assertEquals("Caf\u00e9 owners cheer new square", res.getTitle());
        compareDates("2017-06-19 21:49:20 -05:00", res.getDate());
    }

    @Test
    public void testTownAgain() throws Exception {
        JResult res = extractor.extractContent(c.streamToString(getClass().getResourceAsStream("towngazette.html")));
        assertEquals("Another title", res.getTitle());
    }

    @Test
    public void testGooseCopy() throws Exception {
        JResult res = extractor.extractContent(c.streamToString(getClass().getResourceAsStream("politico.html")));
        assertEquals("A page the shared corpus holds", res.getTitle());
    }
}
'''
# The town page writes the asserted instant (02:15 UTC on 2 March) in its newsroom's zone: 1 March.
TOWN_PAGE = b"""<html><head><title>Mill reopens after "long" winter | Town Gazette</title>
<meta property="article:published_time" content="2016-03-01T21:15:00-05:00"></head>
<body><h1>Mill reopens after "long" winter</h1><p class="byline">By Jane Holloway and Tom Reyes</p>
<p>The mill opened its doors again on Tuesday.</p></body></html>"""
HARBOUR_PAGE = b"<html><head><title>Ferry times change</title></head><body><p>Ferries leave later.</p></body></html>"
DATA_PAGE = "<html><head><title>Café owners cheer new square</title></head><body><p>Cafés cheer.</p></body></html>"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    (tmp_path / SNACKTORY_TESTS).parent.mkdir(parents=True)
    (tmp_path / SNACKTORY_TESTS).write_text(JAVA, encoding="utf-8")
    resources = tmp_path / SNACKTORY_RESOURCES
    resources.mkdir(parents=True)
    (resources / "towngazette.html").write_bytes(TOWN_PAGE)
    (resources / "harbourpost1.html").write_bytes(HARBOUR_PAGE)
    (resources / "politico.html").write_bytes(HARBOUR_PAGE)
    (tmp_path / "test_data").mkdir()
    (tmp_path / "test_data" / "1.html").write_text(DATA_PAGE, encoding="utf-8")
    return tmp_path


def _by_name(pages: list[SnacktoryPage]) -> dict[str, SnacktoryPage]:
    return {Path(page.name).name: page for page in pages}


def test_reader_takes_each_page_once_with_its_asserted_fields(checkout):
    pages = _by_name(read_snacktory_pages(checkout))
    assert sorted(pages) == ["1.html", "harbourpost1.html", "towngazette.html"]
    town = pages["towngazette.html"]
    assert (town.url, town.title, town.author, town.published, town.outlet) == (
        "http://www.towngazette.co.uk/news/2016/mill-reopens", 'Mill reopens after "long" winter',
        "Jane Holloway and Tom Reyes", "2016-03-02 02:15:00", "towngazette")


def test_commented_assertions_and_empty_authors_are_no_labels(checkout):
    harbour = _by_name(read_snacktory_pages(checkout))["harbourpost1.html"]
    assert (harbour.title, harbour.author, harbour.published) == (None, None, "2015-07-09 00:00:00")
    assert harbour.url == "http://news.gazette.co.uk/local/ferry-times"


def test_a_file_read_from_test_data_with_java_escapes_and_no_address(checkout):
    data = _by_name(read_snacktory_pages(checkout))["1.html"]
    assert (data.name, data.url, data.title, data.outlet) == ("test_data/1.html", None, "Café owners cheer new square", "1")


def test_outlet_is_the_brand_of_the_address_else_of_the_file_name():
    assert outlet_of("http://news.gazette.co.uk/local/ferry-times", "x.html") == "gazette"
    assert outlet_of("https://nation.foxnews.com/2017/06/13/x", "foxnews1.html") == "foxnews"
    assert outlet_of(None, "cnbc2.html") == "cnbc"
    assert outlet_of(None, "bbc_nocss.html") == "bbc"
    # a copy named by its file and the page named by its address are one outlet, so one split
    assert outlet_of(None, "cio2.com.html") == outlet_of("http://www.cio.com/article/1", "cio.com.html") == "cio"


def test_asserted_instants_are_utc_unless_written_with_an_offset():
    assert asserted_instant("2017-01-19 00:14:00") == ("2017-01-19T00:14:00+00:00", False)
    assert asserted_instant("2017-05-10 00:00:00") == ("2017-05-10T00:00:00+00:00", True)
    assert asserted_instant("2016-07-20") == ("2016-07-20T00:00:00+00:00", True)
    assert asserted_instant("2017-06-19 21:49:20 -05:00") == ("2017-06-20T02:49:20+00:00", False)
    assert asserted_instant("June 19") is None


def test_the_expected_day_is_the_one_the_page_shows(checkout):
    pages = _by_name(read_snacktory_pages(checkout))
    town, harbour, data = pages["towngazette.html"], pages["harbourpost1.html"], pages["1.html"]
    assert snacktory_day(town, TOWN_PAGE.decode()) == ("2016-03-01", "stamp")
    assert snacktory_day(harbour, HARBOUR_PAGE.decode()) == ("2015-07-09", "day")
    assert snacktory_day(data, DATA_PAGE) == ("2017-06-19", "written zone")


def test_split_is_by_outlet(checkout):
    pages = read_snacktory_pages(checkout)
    dev, check = snacktory_pages(checkout, "dev"), snacktory_pages(checkout, "check")
    assert sorted(p.name for p in dev + check) == sorted(p.name for p in pages)
    assert [Path(p.name).name for p in dev] == ["towngazette.html"]
    assert sorted(Path(p.name).name for p in check) == ["1.html", "harbourpost1.html"]


def test_scores_titles_dates_and_bylines_beside_any_extractor(checkout):
    def extract(data: bytes, url: str | None) -> dict:
        return {"title": "Mill reopens after “long” winter", "published": "2016-03-01",
                "byline": "Jane Holloway, Tom Reyes"} if b"Mill" in data else {"title": "Ferry times change"}

    # towngazette falls in dev; gazette (the harbour page's address) and the address-less "1" in check.
    dev, check = (evaluate_snacktory(checkout, extract, split) for split in ("dev", "check"))
    assert (dev.pages, dev.hits["title"], dev.hits["date"], dev.hits["byline"]) == (1, [1.0], [1.0], [1.0])
    assert (check.pages, check.hits["title"], check.hits["date"], check.hits["byline"]) == (2, [0.0], [0.0, 0.0], [])


def test_eval_html_skips_an_absent_checkout(tmp_path, capsys):
    corpus = tmp_path / "html"
    corpus.mkdir()
    (corpus / "INDEX.tsv").write_text("file\trepo\tpath\tbytes\tutf8\tcharset\tlang\turl\ttitle\tbyline\tdate"
                                      "\texpected_text\tsha1\n", encoding="utf-8")
    assert main([str(corpus), "--no-stand-off", "--extractor", "bs4-paragraphs", "--split", "dev",
                 "--snacktory", str(tmp_path / "absent")]) == 0
    assert f"(no snacktory tests at {tmp_path / 'absent'}: skipped)" in capsys.readouterr().out


REAL = Path(os.environ.get("QUOTEARCHIVE_SNACKTORY")
            or Path(__file__).resolve().parents[1].parent / "snacktory-eval" / "checkout")


@pytest.mark.skipif(not (REAL / SNACKTORY_TESTS).is_file(), reason=f"no snacktory checkout at {REAL}")
def test_the_real_checkout_at_skyshard_master():
    pages = read_snacktory_pages(REAL)
    dev, check = snacktory_pages(REAL, "dev"), snacktory_pages(REAL, "check")
    assert len(pages) == len(dev) + len(check) == 278
    assert not {p.outlet for p in dev} & {p.outlet for p in check}  # no outlet on both sides
    assert (sum(bool(p.title) for p in dev), sum(bool(p.author) for p in dev), sum(bool(p.published) for p in dev)) \
        == (108, 48, 97)


def test_a_checkout_at_another_commit_is_named(checkout, capsys):
    snacktory_pages(checkout, "dev")
    assert "holds 3 test pages, not 278" in capsys.readouterr().out
