"""Stand-off labels for the shared HTML pages (tools/html_labels.py, tools/html_labels.tsv)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from quotearchive.tools.evaluation_html import load_rows, split_of
from quotearchive.tools.html_labels import (
    LABELS,
    LabelError,
    build,
    check_cell,
    find_ranges,
    label_counts,
    page_charset,
    read_labels,
    resolve,
    resolve_all,
    text_of,
)

SHARED = Path(os.environ.get("QUOTEARCHIVE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpora" / "html"
PAGE = (
    '<html><head><title>Rain &amp; shine | The Daily</title>'
    '<meta property="og:title" content="Rain &amp; shine"></head>'
    "<body><h1>Rain &amp;\n  <em>shine</em></h1>"
    '<p class="byline">By Zoë Ward and Sam Ng</p></body></html>'
).encode("utf-8")


def _folder(tmp_path: Path, page: bytes = PAGE) -> Path:
    (tmp_path / "a.html").write_bytes(page)
    (tmp_path / "INDEX.tsv").write_text(
        "file\turl\ttitle\tbyline\tdate\tcharset\tsha1\n"
        f"a.html\thttps://x.example/2014/12/29/a\tOld title\tOld Byline\t\tutf-8\t{hashlib.sha1(page).hexdigest()}\n",
        encoding="utf-8",
    )
    return tmp_path


def test_find_ranges_finds_a_text_in_an_attribute_and_across_inline_tags():
    spans = find_ranges(PAGE, "Rain & shine")
    assert [PAGE[s:e] for s, e in spans] == [
        b"Rain &amp; shine",  # the <title>'s start
        b"Rain &amp; shine",  # og:title's content
        b"Rain &amp;\n  <em>shine",  # the <h1>, across <em>
    ]
    assert [text_of(PAGE[s:e], "utf-8") for s, e in spans] == ["Rain & shine"] * 3


def test_find_ranges_counts_bytes_not_characters():
    [(start, end)] = find_ranges(PAGE, "Zoë Ward")
    assert PAGE[start:end].decode("utf-8") == "Zoë Ward"
    assert end - start == len("Zoë Ward") + 1


def test_a_page_declaring_latin1_but_written_in_utf8_is_read_as_utf8():
    assert page_charset("Zoë".encode("utf-8"), "iso-8859-15") == "utf-8"
    assert page_charset("Zoë".encode("cp1252"), "iso-8859-1") == "iso-8859-1"
    page = "<p>By Ángeles Escrivá</p>".encode("cp1252")
    [(start, end)] = find_ranges(page, "Ángeles Escrivá", "iso-8859-1")
    assert text_of(page[start:end], "iso-8859-1") == "Ángeles Escrivá"


@pytest.mark.parametrize("column, cell", [("title", "Rain & shine"), ("byline", "12-40;Sam Ng"),
                                          ("date", "29 Dec 2014"), ("title", "40-12"), ("byline", "none;3-4")])
def test_a_cell_holding_text_is_refused(column, cell):
    with pytest.raises(LabelError):
        check_cell(column, cell)


def test_build_turns_read_text_into_ranges_and_resolve_reads_them_back(tmp_path):
    folder = _folder(tmp_path)
    notes = tmp_path / "read.tsv"
    notes.write_text("a.html\tRain & shine || Rain & shine | The Daily\tZoë Ward;Sam Ng\t2014-12-29\n", encoding="utf-8")
    labels = tmp_path / "labels.tsv"
    assert build(folder, notes, labels) == []
    [row] = read_labels(labels)
    assert [row["title"].count("|"), row["byline"].count(";"), row["date"]] == [1, 1, "2014-12-29"]
    label = resolve(folder, row)
    assert [label.title, label.byline, label.date] == ["Rain & shine || Rain & shine | The Daily",
                                                       "Zoë Ward; Sam Ng", "2014-12-29"]


def test_build_prefers_the_range_in_the_body_and_reports_a_text_not_in_the_page(tmp_path):
    folder = _folder(tmp_path)
    notes = tmp_path / "read.tsv"
    notes.write_text("a.html\tRain & shine\tJo Bloggs\tnone\n", encoding="utf-8")
    labels = tmp_path / "labels.tsv"
    assert build(folder, notes, labels) == ["a.html\tbyline\tJo Bloggs"]
    [row] = read_labels(labels)
    start = int(row["title"].split("-")[0])
    assert [start > PAGE.find(b"<body"), row["byline"], row["date"]] == [True, "", "none"]


def test_a_label_whose_page_changed_is_refused(tmp_path):
    folder = _folder(tmp_path)
    row = {"file": "a.html", "sha1": "0" * 40, "title": "1-5", "byline": "", "date": ""}
    with pytest.raises(LabelError, match="changed"):
        resolve(folder, row)


def test_evaluator_lays_stand_off_labels_over_the_index_and_flags_none(tmp_path):
    folder = _folder(tmp_path)
    notes = tmp_path / "read.tsv"
    notes.write_text("a.html\tRain & shine\tnone\tnone\n", encoding="utf-8")
    labels = tmp_path / "labels.tsv"
    build(folder, notes, labels)
    [row] = load_rows(folder, stand_off=labels)
    # "none": not the index's byline, and not the address's day either.
    assert [row["title"], row["byline"], row["byline_none"], row["date"], row["date_none"]] == \
        ["Rain & shine", "", "1", "", "1"]
    assert label_counts([row]) == {"pages": 1, "title": 1, "byline": 0, "byline_none": 1, "date": 0, "date_none": 1}
    [index_only] = load_rows(folder, stand_off=None)
    assert [index_only["title"], index_only["byline"], index_only["date"]] == ["Old title", "Old Byline", "2014-12-29"]


def test_evaluator_refuses_a_stand_off_label_whose_page_changed(tmp_path):
    folder = _folder(tmp_path)
    labels = tmp_path / "labels.tsv"
    labels.write_text("file\tsha1\ttitle\tbyline\tdate\na.html\t" + "0" * 40 + "\t1-5\tnone\t2001-01-01\n",
                      encoding="utf-8")
    warnings: list[str] = []
    [row] = load_rows(folder, stand_off=labels, warnings=warnings)
    assert [row["title"], row["byline"], len(warnings)] == ["Old title", "Old Byline", 1]


def test_the_repository_labels_hold_no_corpus_text():
    """Every cell is a file name, a SHA-1, byte ranges, ``none``, an ISO date or empty."""
    rows = read_labels(LABELS)  # check_cell on every title, byline and date cell
    assert all(len(row["sha1"]) == 40 and int(row["sha1"], 16) >= 0 for row in rows)
    assert all(set(row) == {"file", "sha1", "title", "byline", "date"} for row in rows)
    assert len({row["file"] for row in rows}) == len(rows) == 222


@pytest.mark.corpus
@pytest.mark.skipif(not (CORPUS / "INDEX.tsv").exists(), reason=f"no shared HTML corpus at {CORPUS}")
def test_every_label_slices_to_text_on_the_shared_pages():
    labels = resolve_all(CORPUS)  # raises on a changed page or an empty slice
    assert len(labels) == 222
    assert all(label.title for label in labels.values() if label.title is not None)
    assert all(all(name.strip() for name in label.byline.split("; ")) for label in labels.values() if label.byline)
    rows = load_rows(CORPUS)
    counts = {split: label_counts([r for r in rows if split_of(r["file"]) == split]) for split in ("dev", "check")}
    assert counts == {
        "dev": {"pages": 107, "title": 107, "byline": 90, "byline_none": 17, "date": 102, "date_none": 5},
        "check": {"pages": 115, "title": 114, "byline": 86, "byline_none": 29, "date": 106, "date_none": 9},
    }


def test_htmldate_pages_with_no_date_are_expected_none(tmp_path):
    """htmldate's set marks a page with no date NaN: it is scored on the "no date where none" row."""
    from quotearchive.tools.evaluation_html import evaluate_htmldate, split_of

    names = [n for n in (f"page{i}.html" for i in range(40)) if split_of(n) == "dev"][:2]
    (tmp_path / "eval").mkdir()
    for name in names:
        (tmp_path / "eval" / name).write_text(
            "<html><head><title>A page</title></head><body><h1>A page</h1><p>Published: 7 March 2021</p>"
            "<p>The council met on Monday and agreed the budget for the coming year.</p></body></html>")
    (tmp_path / "eval_default.json").write_text(
        '{"https://a.example/one": {"file": "%s", "date": "2021-03-07"},'
        ' "https://a.example/two": {"file": "%s", "date": NaN}}' % tuple(names))
    scores = evaluate_htmldate(tmp_path, lambda data, url: {"published": "2021-03-07"}, "dev")
    assert ([1.0], [0.0]) == (scores.hits["date"], scores.hits["date_none"])


def test_fundus_pages_pair_each_parser_version_with_its_page(tmp_path):
    """fundus's tests: versions V1, V1_1 and the publisher's pages in crawl order; title, authors and the
    expected day as written; an empty author list is no label."""
    import gzip
    import json

    from quotearchive.tools.evaluation_html import FUNDUS_TEST_DATA, evaluate_fundus_sets, fundus_pages, split_of
    from quotearchive.tools.fundus_pages import FundusPage

    folder = tmp_path / FUNDUS_TEST_DATA / "uk"
    folder.mkdir(parents=True)
    pages = {"Gazette_2023_04_28.html.gz": "2023-04-28 20:32:23", "Gazette_2024_08_05.html.gz": "2024-08-05 10:00:00"}
    for name, crawled in pages.items():
        (folder / name).write_bytes(gzip.compress(f"<html><body><p>{name}</p></body></html>".encode()))
    (folder / "meta.info").write_text(json.dumps({n: {"url": f"https://gazette.example/{n[:-8]}", "crawl_date": c}
                                                   for n, c in pages.items()}))
    (folder / "Gazette.json").write_text(json.dumps({
        "V1_1": {"publishing_date": "2024-08-04 13:23:00+00:00", "title": "Second", "authors": []},
        "V1": {"publishing_date": "2023-04-28 17:40:08+00:00", "title": "First", "authors": ["Jane Roe", "John Doe"]}}))
    found = [page for split in ("dev", "check") for page in fundus_pages(tmp_path, split)]
    assert sorted([
        FundusPage("uk_Gazette_2023_04_28.html", "uk", "https://gazette.example/Gazette_2023_04_28",
                   folder / "Gazette_2023_04_28.html.gz", "First", ["Jane Roe", "John Doe"], "2023-04-28 17:40:08+00:00"),
        FundusPage("uk_Gazette_2024_08_05.html", "uk", "https://gazette.example/Gazette_2024_08_05",
                   folder / "Gazette_2024_08_05.html.gz", "Second", [], "2024-08-04 13:23:00+00:00"),
    ], key=lambda p: p.name) == sorted(found, key=lambda p: p.name)
    split = split_of("uk_Gazette_2023_04_28.html")
    both = split_of("uk_Gazette_2024_08_05.html") == split

    def extract(data, url):
        if b"2023" in data:
            return {"published": "2023-04-28", "title": "First | The Gazette", "byline": "Jane Roe, John Doe"}
        return {"title": "Second"}

    sets = evaluate_fundus_sets(tmp_path, extract, split)
    assert ["English-language countries", "all countries"] == list(sets)
    scores = sets["all countries"]
    assert ([1.0] + ([0.0] if both else []), [1.0] + ([1.0] if both else []), [1.0]) == (
        scores.hits["date"], scores.hits["title"], scores.hits["byline"])


def test_a_joined_byline_matches_a_list_of_names_when_every_name_on_both_sides_does():
    """fundus's authors are a list; ours one string: cut into names, each side's names all found in the other's."""
    from quotearchive.tools.evaluation_html import authors_match

    assert [True, True, True, False, False, False, False] == [
        authors_match("Jane Roe and John Doe", ["JOHN DOE", "Jane Roe"]),
        authors_match("The Associated Press", ["Associated Press"]),
        authors_match("Jane Roe, John Doe", ["Jane Roe; John Doe"]),
        authors_match("Jane Roe", ["Jane Roe", "John Doe"]),
        authors_match("Jane Roe, Ann Poe", ["Jane Roe"]),
        authors_match("Roe", ["Jane Monroe"]),
        authors_match(None, ["Jane Roe"]),
    ]



def test_the_enumeration_comma_of_chinese_and_japanese_separates_names_as_the_comma_does():
    """A label "王小明、李华" and a byline "王小明, 李华" name the same two writers (both extractors scored alike)."""
    from quotearchive.tools.evaluation_html import authors_match, byline_matches

    assert byline_matches("王小明, 李华", "王小明、李华") and authors_match("王小明、李华", ["王小明", "李华"])
    assert not byline_matches("王小明", "李华、张伟")


MERCURY_TEST = """
describe('TokyoExtractor', () => {
  describe('initial test case', () => {
    beforeAll(() => {
      url = 'https://news.example.jp/2019/04/03/one';
      const html = fs.readFileSync('./fixtures/news.example.jp.html');
    });
    it('returns the title', async () => {
      assert.equal(title, 'It\\'s One');
    });
    it('returns the author', async () => {
      assert.equal(author, `Kenji\\xa0Abe and Mari Sato`);
    });
    it('returns the date_published', async () => {
      assert.equal(date_published, '2019-04-03T15:00:00.000Z');
    });
  });
  it('works with a second page', async () => {
    const html = fs.readFileSync('./fixtures/news.example.jp--two.html');
    const uri = 'https://news.example.jp/two';
    assert.equal(date_published, null);
  });
});
"""


def test_mercury_pages_read_each_fixture_with_the_first_test_that_reads_it(tmp_path):
    """postlight/parser's tests: the address set beside the page, the asserted strings unescaped, null left out."""
    from quotearchive.tools.evaluation_html import MERCURY_TESTS, MercuryPage, mercury_pages

    site = tmp_path / MERCURY_TESTS / "news.example.jp"
    site.mkdir(parents=True)
    (site / "index.test.js").write_text(MERCURY_TEST)
    (site / "index.js").write_text("export const TokyoExtractor = { date_published: { timezone: 'Asia/Tokyo' } };")
    (tmp_path / "fixtures").mkdir()
    for name in ("news.example.jp.html", "news.example.jp--two.html"):
        (tmp_path / "fixtures" / name).write_text("<html></html>")
    found = sorted((page for split in ("dev", "check") for page in mercury_pages(tmp_path, split)),
                   key=lambda page: page.name)
    fixtures = tmp_path / "fixtures"
    assert [MercuryPage("news.example.jp--two.html", "https://news.example.jp/two", fixtures / "news.example.jp--two.html",
                        None, None, None, "Asia/Tokyo"),
            MercuryPage("news.example.jp.html", "https://news.example.jp/2019/04/03/one",
                        fixtures / "news.example.jp.html", "It's One", "Kenji\xa0Abe and Mari Sato",
                        "2019-04-03T15:00:00.000Z", "Asia/Tokyo")] == found


def test_mercury_day_is_the_day_the_page_gives_for_the_instant():
    """The UTC instant told in the page's own zone: its local stamp, the site's zone, the day it shows, else UTC."""
    from pathlib import Path

    from quotearchive.tools.evaluation_html import MercuryPage, mercury_day

    def day(published, zone, html):
        return mercury_day(MercuryPage("p.html", "https://p.example/", Path("p.html"), None, None, published, zone),
                           html)

    evening = "2016-12-20T00:08:44.000Z"
    assert [("2016-12-19", "stamp"), ("2019-04-04", "site zone"), ("2016-12-19", "shown"), ("2016-12-20", "utc"),
            ("2016-12-20", "utc"), (None, "none")] == [
        day(evening, None, '<meta content="2016-12-19T19:08:44-05:00">'),
        day("2019-04-03T15:00:00.000Z", "Asia/Tokyo", "<p>2019年4月4日</p>"),
        day(evening, None, '<meta content="2016-12-20T00:08:44+00:00"><p>December 19, 2016 | 7:08pm</p>'),
        day(evening, None, "<p>no day shown</p>"),
        # Written in UTC by the page: the site's zone is not applied, and a script's day is not shown.
        day(evening, "America/New_York", '<meta content="2016-12-20T00:08:44Z"><script>"December 19, 2016"</script>'),
        day(None, None, ""),
    ]


def test_mercury_fixtures_get_their_meta_content_back():
    """Mercury saved its pages with each meta tag's "content" renamed "value": renamed back, other tags untouched."""
    from quotearchive.tools.evaluation_html import undo_mercury_meta

    page = (b'<meta data-rh="true" value="2016-09-19T11:46:01.000Z" name="article:published_time">'
            b'<meta name="a" content="b" value="c"><input value="x">')
    assert (b'<meta data-rh="true" content="2016-09-19T11:46:01.000Z" name="article:published_time">'
            b'<meta name="a" content="b" value="c"><input value="x">') == undo_mercury_meta(page)
