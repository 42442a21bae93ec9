"""The URL helper: every link the archive's pages draw, written out in full."""

import pytest
from datasette.utils.asgi import Request

from quotearchive.site import make_datasette
from quotearchive.site.urls import ArchiveUrls, external, query_string, through, with_args, with_query, without_args


@pytest.fixture(scope="module")
def urls(seeds_db):
    return ArchiveUrls(make_datasette(seeds_db))


@pytest.fixture(scope="module")
def prefixed(seeds_db):
    return ArchiveUrls(make_datasette(seeds_db, settings={"base_url": "/archive/"}))


def test_instance_database_and_tables(urls):
    assert "/" == urls.home()
    assert "/quotes" == urls.database()
    assert "/quotes/speakers" == urls.table("speakers")
    assert "/quotes/quotes?speaker_id=213972474958719&cue=went+on" == urls.table(
        "quotes", {"speaker_id": 213972474958719, "cue": "went on"})
    assert "/quotes/quotes.csv?_stream=on&_labels=on&_sort=id&_dl=on" == urls.table(
        "quotes", {"_stream": "on", "_labels": "on", "_sort": "id", "_dl": "on"}, format="csv")
    assert "/quotes/quotes.json?_search=nuclear&_shape=array&_labels=on" == urls.table(
        "quotes", {"_search": "nuclear", "_shape": "array", "_labels": "on"}, format="json")
    assert "/quotes/quotes?cue_class=approving" == urls.table("quotes", {"cue_class": "approving"})


def test_row_pages(urls):
    assert "/quotes/quotes/2017060310009181" == urls.quote(2017060310009181)
    assert "/quotes/speakers/213972474958719" == urls.speaker(213972474958719)
    assert "/quotes/articles/61592507718" == urls.article("61592507718")
    assert "/quotes/topics/nuclear-weapons" == urls.topic("nuclear-weapons")
    assert "/quotes/topics/nato" == urls.row("topics", "nato")


def test_row_keys_are_tilde_encoded_as_datasette_encodes_them(urls):
    # "." would read as a format (.json), "/" as another path segment.
    assert "/quotes/topics/a~2Eb~2Fc+d" == urls.topic("a.b/c d")
    assert "/quotes/topics/caf~C3~A9~7E~25~3F~23~26" == urls.topic("café~%?#&")
    assert "/quotes/topics/under_score-dash" == urls.topic("under_score-dash")


def test_search_arguments_keep_their_order_and_drop_empty_values(urls):
    assert "/search" == urls.search()
    assert "/search" == urls.search({"q": "", "sort": None})
    assert "/search?q=nuclear+treaty" == urls.search({"q": "nuclear treaty"})
    state = {"q": "arms", "speaker": "12", "topic": "nato", "sort": "newest"}
    assert "/search?q=arms&speaker=12&topic=nato&sort=newest&page=2" == urls.search(state, page=2)
    assert "/search?q=arms&speaker=12&topic=nato" == urls.search(state, sort=None)
    assert "/search?q=arms&speaker=12&topic=arms-control&sort=newest" == urls.search(state, topic="arms-control")
    assert "/search?q=arms&topic=nato&sort=newest" == urls.search(state, **{"speaker": None, "page": None})
    assert {"q": "arms", "speaker": "12", "topic": "nato", "sort": "newest"} == state  # not changed
    assert "/search?speaker=12&month=2017-06" == urls.search({"speaker": 12}, month="2017-06")
    assert "/search?topic=nato&year=2017" == urls.search({"topic": "nato"}, year="2017")
    assert "/search?speaker=0" == urls.search({"speaker": 0})  # 0 is a value


def test_search_escapes_odd_values(urls):
    assert "/search?q=a%26b%3Dc" == urls.search({"q": "a&b=c"})
    assert "/search?q=%22arms+race%22+-sport+clim%2A" == urls.search({"q": '"arms race" -sport clim*'})
    assert "/search?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E" == urls.search({"q": "<script>alert(1)</script>"})
    assert "/search?q=%C3%9Cber+%E2%80%9Cquoted%E2%80%9D" == urls.search({"q": "Über “quoted”"})
    assert "/search?outlet=A%2FB+%23+C%3F" == urls.search({"outlet": "A/B # C?"})


def test_outlet_links_write_spaces_as_percent_20(urls):
    assert "/search?outlet=China%20News%20Service" == urls.outlet("China News Service")
    assert "/search?outlet=A/B%20%26%20C%3F%23" == urls.outlet("A/B & C?#")
    assert "/search?outlet=RT" == urls.outlet("RT")


def test_the_search_csv(urls):
    assert "/-/quotes.csv?q=nuclear&speaker=12" == urls.export_csv({"q": "nuclear", "speaker": "12"})
    assert "/-/quotes.csv?speaker=213972474958719" == urls.export_csv({"q": "", "speaker": 213972474958719})
    assert "/-/quotes.csv?article=61592507718" == urls.export_csv({"article": 61592507718})
    assert "/-/quotes.csv?q=a%2Bb+%3D1" == urls.export_csv({"q": "a+b =1"})
    assert "/-/quotes.csv" == urls.export_csv()


def test_topic_filter_and_stylesheet(urls):
    assert '{"table": "quote_topics", "column": "topic", "value": "nato"}' == through("nato")
    assert ("/quotes/quotes?_through=%7B%22table%22%3A+%22quote_topics%22%2C+%22column%22%3A+%22topic%22%2C"
            "+%22value%22%3A+%22nato%22%7D") == urls.table("quotes", {"_through": through("nato")})
    assert "/-/static-plugins/quotearchive/quotearchive.css" == urls.stylesheet()


def test_a_base_url_prefixes_every_link(prefixed):
    assert "/archive/" == prefixed.home()
    assert "/archive/quotes" == prefixed.database()
    assert "/archive/quotes/quotes?year=2017" == prefixed.table("quotes", {"year": 2017})
    assert "/archive/quotes/quotes/1" == prefixed.quote(1)
    assert "/archive/search?q=x" == prefixed.search({"q": "x"})
    assert "/archive/search?outlet=RT%20News" == prefixed.outlet("RT News")
    assert "/archive/-/quotes.csv?q=x" == prefixed.export_csv({"q": "x"})
    assert "/archive/-/static-plugins/quotearchive/quotearchive.css" == prefixed.stylesheet()


def test_query_strings():
    assert "" == query_string(None)
    assert "a=1&b=x+y" == query_string([("a", 1), ("b", "x y"), ("c", None), ("d", "")])
    assert "b=x%20y/z" == query_string({"b": "x y/z"}, spaces="%20")
    assert "/p" == with_query("/p", {"a": None})
    assert "/p?a=%E2%82%AC" == with_query("/p", {"a": "€"})


def test_external_links_are_http_only():
    assert "https://x.org/a?b=1" == external("  https://x.org/a?b=1 ")
    assert "HTTP://X.ORG" == external("HTTP://X.ORG")
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//x.org", "ftp://x.org", "", None):
        assert external(bad) is None


def test_table_page_facet_links_change_the_current_query(seeds_db):
    ds = make_datasette(seeds_db)
    request = Request.fake("/quotes/quotes?year=2017&_facet=cue")
    assert "http://localhost/quotes/quotes?year=2017&_facet=cue&outlet=China+News+Service" == with_args(
        ds, request, {"outlet": "China News Service"})
    assert "http://localhost/quotes/quotes?_facet=cue" == without_args(ds, request, {"year": "2017"})
    assert "/quotes/quotes?year=2017" == without_args(ds, request, {"_facet": "cue"}, absolute=False)
    assert "http://localhost/quotes/quotes?year=2017&_facet=cue" == without_args(ds, request, {"year": "2018"})


@pytest.mark.asyncio
async def test_templates_reach_the_helper_on_datasette_error_pages_too(seeds_db):
    ds = make_datasette(seeds_db)
    r = await ds.client.get("/quotes/topics/no-such-topic")
    assert 404 == r.status_code
    assert 'action="/search"' in r.text and 'class="qa-brand" href="/"' in r.text
