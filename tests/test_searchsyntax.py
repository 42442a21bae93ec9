"""The search box's syntax: prefixes, OR, exclusions, phrases; never an FTS5 error."""

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotearchive.site import make_datasette
from quotearchive.site.searchsyntax import fts_query, has_words_as_written, snippet_as_written

DOCS = ["climate change is real", "putin and blair met", "the arms race", "sport and politics", "a climber's view"]


@pytest.fixture(scope="module")
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(x, tokenize='porter unicode61 remove_diacritics 2')")
    conn.executemany("insert into t (rowid, x) values (?, ?)", list(enumerate(DOCS)))
    return conn


def found(fts, typed: str) -> list[str]:
    return [DOCS[r[0]] for r in fts.execute("select rowid from t where t match ? order by rowid", [fts_query(typed)])]


def test_what_researchers_type(fts):
    assert ["climate change is real", "a climber's view"] == found(fts, "clim*")
    assert ["climate change is real"] == found(fts, "climate")  # a word is a word, with its endings
    assert ["putin and blair met", "the arms race"] == found(fts, "putin OR race")
    assert ["the arms race"] == found(fts, '"arms race"')
    assert [] == found(fts, '"race arms"')
    assert ["putin and blair met"] == found(fts, "and -sport")
    assert ["putin and blair met"] == found(fts, "and NOT sport")
    assert ["putin and blair met"] == found(fts, "putin AND blair")
    assert [] == found(fts, "-sport")  # nothing wanted: nothing found, not everything
    assert [] == found(fts, '""')
    # Lower-case "or", and operators where no operator fits, are words.
    assert [] == found(fts, "putin or race")
    assert ["sport and politics"] == found(fts, "politics OR")


def test_simple_words_and_phrases_read_as_datasette_reads_them():
    from datasette.utils import escape_fts

    for typed in ["nuclear", "nuclear balance", '"nuclear balance"', "Putin's", "co-operation"]:
        assert escape_fts(typed).replace('" "', '" AND "') == fts_query(typed)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet='ab "*-():^+ORNTAD\t\'é.,', max_size=20))
def test_anything_typed_is_a_valid_query(fts, typed):
    fts.execute("select count(*) from t where t match ?", [fts_query(typed)]).fetchone()


@pytest.mark.asyncio
async def test_the_site_and_its_table_pages_read_the_same_syntax(seeds_db):
    ds = make_datasette(seeds_db)
    whole = (await ds.client.get("/quotes/quotes.json?_search=mistake")).json()["filtered_table_rows_count"]
    prefix = (await ds.client.get("/quotes/quotes.json?_search=mistak*")).json()["filtered_table_rows_count"]
    assert 0 < whole <= prefix
    assert f"{prefix} quotes matching" in (await ds.client.get("/search?q=mistak*")).text
    ranked = (await ds.client.get("/quotes/search_ranked.json?q=mistak*&_shape=array")).json()
    assert len(ranked) == prefix
    # What used to be an FTS5 syntax error (HTTP 400, or a broken CSV stream) is no match.
    for url in ('/quotes/quotes.json?_search=""', '/-/quotes.csv?q=""', '/search?q=""', "/search?q=-"):
        assert 200 == (await ds.client.get(url)).status_code


def test_a_one_letter_prefix_is_read_as_the_letter(fts):
    assert fts_query("t") == fts_query("t*")
    assert '"cl" *' == fts_query("cl*")


@pytest.mark.parametrize(("text", "query", "expected"), [
    ("Interest rates will stay", '"interest rates"', True),
    ("The interest rate is", '"interest rates"', False),
    ("rates rose; the rate", "rate", True),
    ("rates rose", "rate", False),
    ("rates rose", "rate OR rates", True),
    ("rates rose", "rate rates", False),  # both words, as written
    ("climatic rates", "clim* rates", True),
    ("rates rose", "rates -rose", True),  # a left-out word is not asked for
])
def test_words_as_written_ask_for_each_wanted_term(text, query, expected):
    assert expected is has_words_as_written(text, query)


def test_snippet_as_written_marks_the_words_and_cuts_around_the_first():
    body = " ".join(f"w{i}" for i in range(40)) + " the interest rate held " + " ".join(f"v{i}" for i in range(40))
    assert ("…w35 w36 w37 w38 w39 the \x02interest rate\x03 held v0 v1 v2 v3 v4 v5 v6 v7 v8 v9 v10 v11 v12 v13 v14…"
            == snippet_as_written(body, '"interest rate"'))
    assert "Short \x02rate\x03 text" == snippet_as_written("Short rate text", "rate")
