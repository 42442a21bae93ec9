"""The archive's facet classes agree with plain GROUP BYs, filtered or not, immutable or live."""

import json
import sqlite3
import urllib.parse

import pytest

from quotearchive.site import make_datasette

COLUMNS = ("speaker_id", "outlet", "kind", "year", "speaker_type", "cue_class")


def group_by(db_path, column, where="", params=()):
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        f"select {column}, count(*) from quotes {where} {'and' if where else 'where'} {column} is not null group by 1",
        params,
    ).fetchall()
    return {value: count for value, count in rows}


async def facets(ds, query=""):
    r = await ds.client.get(f"/quotes/quotes.json?{query}")
    assert 200 == r.status_code
    data = r.json()
    # A facet that timed out is missing from the JSON (0.65 lists timeouts only in HTML).
    assert {*COLUMNS, "topics"} <= set(data["facet_results"])
    return {name: {v["value"]: v["count"] for v in f["results"]} for name, f in data["facet_results"].items()}


@pytest.mark.asyncio
@pytest.mark.parametrize("immutable", [True, False])
async def test_indexed_facets_equal_group_by(seeds_db, immutable):
    ds = make_datasette(seeds_db, immutable=immutable)
    whole = await facets(ds)
    by_kind = await facets(ds, "kind=full")
    searched = await facets(ds, "_search=nuclear")
    for column in COLUMNS:
        assert group_by(seeds_db, column) == whole[column]
        assert group_by(seeds_db, column, "where kind = ?", ["full"]) == by_kind[column]
        assert group_by(
            seeds_db, column, "where rowid in (select rowid from quotes_fts where quotes_fts match ?)", ["nuclear"]
        ) == searched[column]


@pytest.mark.asyncio
async def test_unfiltered_pages_use_precomputed_counts(seeds_db):
    ds = make_datasette(seeds_db)
    cache = ds._quotearchive_facet_counts
    assert ("quotes", "speaker_id") in cache and ("quotes", "topics") in cache
    cache[("quotes", "kind")] = [("sentinel", 7)]  # proves the page read the cache
    assert {"sentinel": 7} == (await facets(ds))["kind"]
    assert {"sentinel": 7} == (await facets(ds, "_size=2&_sort=id"))["kind"]  # not a filter
    assert "sentinel" not in (await facets(ds, "year=2017"))["kind"]


@pytest.mark.asyncio
async def test_topic_facet_counts_through_quote_topics_and_filters_by_it(seeds_db):
    ds = make_datasette(seeds_db)
    conn = sqlite3.connect(seeds_db)
    expected = dict(conn.execute("select topic, count(*) from quote_topics group by 1").fetchall())
    r = await ds.client.get("/quotes/quotes.json?_facet_size=max")
    topics = r.json()["facet_results"]["topics"]
    assert expected == {v["value"]: v["count"] for v in topics["results"]}
    assert "through" == topics["type"]
    nato = next(v for v in topics["results"] if v["value"] == "nato")
    assert "NATO" == nato["label"]
    # Following the facet link shows exactly the quotes on that topic.
    url = urllib.parse.urlsplit(nato["toggle_url"])
    rows = (await ds.client.get(f"{url.path}?{url.query}&_shape=array&_size=max")).json()
    assert expected["nato"] == len(rows) and all("nato" in json.loads(row["topics"]) for row in rows)
    # ...and the facet, filtered, is selected and counted over the filtered rows.
    filtered = (await ds.client.get(f"{url.path}?{url.query}")).json()["facet_results"]["topics"]
    assert {"value": "nato", "count": expected["nato"], "selected": True} == {
        k: v for k, v in next(x for x in filtered["results"] if x["value"] == "nato").items() if k in ("value", "count", "selected")
    }


@pytest.mark.asyncio
async def test_immutable_site_has_inspect_counts(seeds_db):
    ds = make_datasette(seeds_db)
    conn = sqlite3.connect(seeds_db)
    assert conn.execute("select count(*) from quotes").fetchone()[0] == ds.inspect_data["quotes"]["tables"]["quotes"]["count"]
    r = await ds.client.get("/quotes/quotes.json")
    assert ds.inspect_data["quotes"]["tables"]["quotes"]["count"] == r.json()["filtered_table_rows_count"]


@pytest.mark.asyncio
async def test_big_facet_values_get_their_page_precomputed(seeds_db, monkeypatch):
    from quotearchive.site import precompute

    monkeypatch.setattr(precompute, "HEAVY_ROWS", 1)
    monkeypatch.setattr(precompute, "HEAVY_SHARE", 0.0)
    ds = make_datasette(seeds_db)
    page = ds._quotearchive_facet_counts[("quotes", "kind", "full")]
    assert {*COLUMNS, "topics"} == set(page)
    by_kind = await facets(ds, "kind=full")
    for column in COLUMNS:
        assert group_by(seeds_db, column, "where kind = ?", ["full"]) == by_kind[column]
    page["year"] = [("sentinel", 3)]  # proves the page read the cache
    assert {"sentinel": 3} == (await facets(ds, "kind=full"))["year"]
    assert "sentinel" not in (await facets(ds, "kind=full&year=2017"))["year"]


@pytest.mark.asyncio
async def test_low_cardinality_values_get_their_page_precomputed(seeds_db):
    ds = make_datasette(seeds_db)
    cache = ds._quotearchive_facet_counts
    conn = sqlite3.connect(seeds_db)
    for (year,) in conn.execute("select distinct year from quotes where year is not null"):
        page = cache[("quotes", "year", str(year))]
        for column in COLUMNS:
            assert group_by(seeds_db, column, "where year = ?", [year]) == dict(page[column])
        expected = dict(conn.execute(
            "select topic, count(*) from quote_topics join quotes on quotes.id = quote_id where year = ? group by 1", [year]
        ).fetchall())
        assert expected == dict(page["topics"])


@pytest.mark.asyncio
async def test_big_search_counted_in_two_halves_gives_the_same_facets(seeds_db, monkeypatch):
    from quotearchive.site import facets as facets_module

    monkeypatch.setattr(facets_module, "SPLIT_ABOVE", 0)
    ds = make_datasette(seeds_db)
    for query, where, params in (
        ("_search=nuclear", "", []),
        ("_search=nuclear&kind=full", "and kind = ?", ["full"]),
    ):
        found = await facets(ds, query)
        for column in COLUMNS:
            assert group_by(
                seeds_db, column, f"where rowid in (select rowid from quotes_fts where quotes_fts match ?) {where}", ["nuclear", *params]
            ) == found[column]


@pytest.mark.asyncio
async def test_topic_pages_are_precomputed_and_counted_from_the_join_table(seeds_db):
    from quotearchive.site import facets as facets_module
    from quotearchive.site.database import count_from_index

    ds = make_datasette(seeds_db)
    cache = ds._quotearchive_facet_counts
    conn = sqlite3.connect(seeds_db)
    for (topic,) in conn.execute("select distinct topic from quote_topics"):
        through = {"table": "quote_topics", "column": "topic", "value": topic}
        where = "where id in (select quote_id from quote_topics where topic = ?)"
        page = await facets(ds, "_through=" + urllib.parse.quote(json.dumps(through)))
        for column in COLUMNS:
            assert group_by(seeds_db, column, where, [topic]) == page[column]
        expected = dict(conn.execute(
            "select b.topic, count(*) from quote_topics a join quote_topics b on a.quote_id = b.quote_id "
            "where a.topic = ? group by 1", [topic]).fetchall())
        assert expected == page["topics"]
        # The same page whatever the JSON's spacing or key order.
        key = facets_module.through_key("quotes", facets_module.THROUGH[("quotes", "topics")], topic)
        assert key in cache
    cache[key]["year"] = [("sentinel", 1)]  # proves the page read the cache
    other = json.dumps({"value": topic, "column": "topic", "table": "quote_topics"}, separators=(",", ":"))
    assert {"sentinel": 1} == (await facets(ds, "_through=" + urllib.parse.quote(other)))["year"]
    # The count comes from the join table, and equals Datasette's own.
    sql = "select count(*) from quotes where id in (select quote_id from quote_topics where topic = :p0)"
    assert "select count(*) from quote_topics where topic = :p0" == count_from_index(sql)
    for (topic,) in conn.execute("select distinct topic from quote_topics"):
        assert conn.execute(sql, {"p0": topic}).fetchone() == conn.execute(count_from_index(sql), {"p0": topic}).fetchone()
    r = await ds.client.get("/quotes/quotes.json?_through=" + urllib.parse.quote(other))
    assert conn.execute(sql, {"p0": topic}).fetchone()[0] == r.json()["filtered_table_rows_count"]


def test_a_search_facet_pass_reads_the_covering_index(seeds_db):
    from quotearchive.site import facets as facets_module

    conn = sqlite3.connect(seeds_db)
    conn.create_function("escape_fts", 1, lambda s: s)
    inner = "select * from quotes where rowid in (select rowid from quotes_fts where quotes_fts match escape_fts(:search))"
    sql, _ = facets_module.facet_counts_sql("quotes", inner, list(COLUMNS), ["topics"], 31)
    covered = facets_module._via_covering_index(sql, "quotes")
    plan = " / ".join(row[3] for row in conn.execute("explain query plan " + covered, {"search": "nuclear"}))
    assert f"USING COVERING INDEX {facets_module.COVERING['quotes']}" in plan
    assert conn.execute(sql, {"search": "nuclear"}).fetchall() == conn.execute(covered, {"search": "nuclear"}).fetchall()
    # Not for a filtered search, whose own index is better.
    assert facets_module._via_covering_index(sql.replace("where rowid in", "where year = 1 and rowid in"), "quotes") is None


@pytest.mark.asyncio
async def test_a_database_without_the_covering_index_still_gets_search_facets(seeds_db, tmp_path):
    import shutil

    from quotearchive.site import facets as facets_module

    old = tmp_path / "old.db"
    shutil.copy(seeds_db, old)
    conn = sqlite3.connect(old)
    conn.execute(f"drop index {facets_module.COVERING['quotes']}")
    conn.commit()
    found = await facets(make_datasette(old), "_search=nuclear")
    for column in COLUMNS:
        assert group_by(old, column, "where rowid in (select rowid from quotes_fts where quotes_fts match ?)", ["nuclear"]) == found[column]


@pytest.mark.asyncio
async def test_facet_by_this_on_an_indexed_column_adds_no_second_copy(seeds_db):
    ds = make_datasette(seeds_db)
    default = set((await ds.client.get("/quotes/quotes.json")).json()["facet_results"])
    full = (await ds.client.get("/quotes/quotes.json?kind=full")).json()["filtered_table_rows_count"]
    for column in COLUMNS:
        # What Datasette's column menu ("Facet by this") links to.
        r = (await ds.client.get(f"/quotes/quotes.json?_facet={column}&kind=full")).json()
        assert default == set(r["facet_results"])
        assert full == r["filtered_table_rows_count"]  # the other arguments are kept
    # A column not faceted by default still gets its facet.
    assert "cue" in (await ds.client.get("/quotes/quotes.json?_facet=cue")).json()["facet_results"]
    html = (await ds.client.get("/quotes/quotes?_facet=speaker_id")).text
    assert "speaker_id_2" not in html


@pytest.mark.asyncio
async def test_start_up_counts_are_kept_beside_the_database_for_the_next_start(seeds_db, tmp_path, monkeypatch):
    import os
    import shutil

    from quotearchive.site import precompute as precompute_module
    from quotearchive.site import startup

    db = tmp_path / "quotes.db"
    shutil.copy2(seeds_db, db)
    first = await facets(make_datasette(db))
    assert startup.cache_path(db).exists()
    computed = []
    real_precompute = precompute_module.precompute
    monkeypatch.setattr(precompute_module, "precompute", lambda *a, **k: computed.append(1) or real_precompute(*a, **k))
    assert first == await facets(make_datasette(db))  # from the cache
    assert [] == computed
    os.utime(db, ns=(1, 1))  # another file now (or the same one rewritten): computed again
    assert first == await facets(make_datasette(db))
    assert [1] == computed
    startup.cache_path(db).write_text("{not json", "utf-8")  # a broken cache is recomputed, not trusted
    assert first == await facets(make_datasette(db))
    assert [1, 1] == computed
    # A read-only copy cannot write its cache: it just computes at every start.
    startup.cache_path(db).unlink()
    monkeypatch.setattr(startup.os, "replace", lambda *a: (_ for _ in ()).throw(PermissionError(13, "read-only")))
    assert first == await facets(make_datasette(db))
    assert not startup.cache_path(db).exists() and not list(tmp_path.glob("*.tmp"))


# --- the search page counts with the same engine ----------------------------------
SEARCH_FACETS = {"speaker": "speaker_id", "outlet": "outlet", "year": "year", "kind": "kind",
                 "source_type": "speaker_type", "stance": "cue_class"}


def expected_search_facets(db_path, where, params):
    """Each facet as the search page lists it: the 8 biggest, equal counts in reverse value order."""
    conn = sqlite3.connect(db_path)
    out = {}
    for name, column in SEARCH_FACETS.items():
        rows = conn.execute(
            f"select {column}, count(*) from quotes where {where} and {column} is not null group by 1", params
        ).fetchall()
        out[name] = rows
    out["topic"] = conn.execute(
        f"select topic, count(*) from quote_topics where quote_id in (select id from quotes where {where}) group by 1",
        params).fetchall()
    ordered = {}
    for name, rows in out.items():
        rows = sorted(sorted(rows, key=lambda r: r[0], reverse=True), key=lambda r: -r[1])[:8]
        if rows:
            ordered[name] = [(str(v), n) for v, n in rows]
    # Quotes without a year, an outlet, a speaker or a reporting verb: counted too, listed last as
    # "-" (Undated, No outlet, No speaker, No reporting verb), so each facet adds up to the matches.
    for name, column in (("year", "year"), ("outlet", "outlet"), ("source_type", "speaker_type"), ("stance", "cue_class")):
        (missing,) = conn.execute(f"select count(*) from quotes where {where} and {column} is null", params).fetchone()
        if missing and column not in where:
            ordered[name] = ordered.get(name, []) + [("-", missing)]
    return ordered


async def search_facets(ds, args):
    from quotearchive.site.pages.search import search

    result = await search(ds, args)
    assert not result["facets_skipped"]
    return {f["name"]: [(o["value"], o["count"]) for o in f["options"]] for f in result["facets"]}


SEARCHES = [
    ({"q": "nuclear"}, "id in (select rowid from quotes_fts where quotes_fts match ?)", ['"nuclear"']),
    ({"q": "the", "kind": "full"}, "id in (select rowid from quotes_fts where quotes_fts match ?) and kind = ?", ['"the"', "full"]),
    ({"kind": "full"}, "kind = ?", ["full"]),
    ({"year": "2017"}, "year = ?", [2017]),
    ({"outlet": "RT"}, "outlet = ?", ["RT"]),
    ({"topic": "nato"}, "id in (select quote_id from quote_topics where topic = ?)", ["nato"]),
    ({"month": "2017-06"}, "month = ?", ["2017-06"]),
    ({"source_type": "person"}, "speaker_type = ?", ["person"]),
    ({"q": "the", "stance": "emphatic"}, "id in (select rowid from quotes_fts where quotes_fts match ?) and cue_class = ?", ['"the"', "emphatic"]),
]


@pytest.mark.asyncio
@pytest.mark.parametrize("immutable", [True, False])
@pytest.mark.parametrize("args,where,params", SEARCHES)
async def test_search_page_facets_equal_group_by(seeds_db, immutable, args, where, params):
    ds = make_datasette(seeds_db, immutable=immutable)
    assert expected_search_facets(seeds_db, where, params) == await search_facets(ds, args)


@pytest.mark.asyncio
async def test_search_page_reads_the_precomputed_counts_of_the_same_table_page(seeds_db):
    ds = make_datasette(seeds_db)
    cache = ds._quotearchive_facet_counts
    cache[("quotes", "kind", "full")]["outlet"] = [("sentinel", 7)]  # proves the page read the cache
    assert [("sentinel", 7), ("-", 3)] == (await search_facets(ds, {"kind": "full"}))["outlet"]  # "-": counted apart
    assert ("sentinel", 7) not in (await search_facets(ds, {"kind": "full", "year": "2017"})).get("outlet", [])


@pytest.mark.asyncio
async def test_a_big_search_counted_in_halves_gives_the_search_page_the_same_facets(seeds_db, monkeypatch):
    from quotearchive.site import facets as facets_module

    ds = make_datasette(seeds_db, immutable=False)
    whole = [await search_facets(ds, args) for args, _, _ in SEARCHES[:2]]
    monkeypatch.setattr(facets_module, "SPLIT_ABOVE", 0)
    assert whole == [await search_facets(ds, args) for args, _, _ in SEARCHES[:2]]
    source = __import__("quotearchive.site.pages.search", fromlist=["facet_source"]).facet_source({"kind": "full"}, True)
    assert facets_module._split_search(source) is not None  # the engine recognises the page's full-text condition


def test_equal_counts_in_either_order_and_cut_lists():
    from collections import Counter

    from quotearchive.site import facets as facets_module

    counts = Counter({"b": 2, "a": 2, "c": 5, "d": 1})
    assert [("c", 5), ("a", 2), ("b", 2), ("d", 1)] == facets_module.sorted_counts(counts)
    assert [("c", 5), ("b", 2), ("a", 2), ("d", 1)] == facets_module.sorted_counts(counts, ties="desc")
    precomputed = facets_module.sorted_counts(counts)  # as start-up keeps them: equal counts by value
    assert [("c", 5), ("a", 2)] == facets_module.first(precomputed, 2)
    assert [("c", 5), ("b", 2)] == facets_module.first(precomputed, 2, ties="desc")
    # Cut inside the group of equal counts it needs: it cannot tell, the page counts them itself.
    assert facets_module.first(precomputed[:3], 2, ties="desc") is None
    assert [("c", 5), ("b", 2), ("a", 2)] == facets_module.first(precomputed, 3, ties="desc")


def test_serve_names_the_indexes_an_older_archive_lacks(seeds_db, tmp_path):
    import shutil

    from quotearchive.site import missing_indexes

    assert [] == missing_indexes(seeds_db)
    old = tmp_path / "old.db"
    shutil.copy(seeds_db, old)
    conn = sqlite3.connect(old)
    conn.execute("drop index idx_quotes_speaker_type")
    conn.commit()
    conn.close()
    assert ["idx_quotes_speaker_type"] == missing_indexes(old)


def test_serve_live_sees_the_indexes_an_upgrade_committed_to_the_wal(seeds_db, tmp_path):
    """``serve --live`` reads the file with its WAL, as its pages do: an index committed but not yet
    checkpointed (an ingest upgrading the archive meanwhile) is there, not missing."""
    import shutil

    from quotearchive.site import missing_indexes

    live = tmp_path / "live.db"
    shutil.copy(seeds_db, live)
    writer = sqlite3.connect(live)
    writer.execute("pragma journal_mode = wal")
    writer.execute("pragma wal_autocheckpoint = 0")
    sql = writer.execute("select sql from sqlite_master where name = 'idx_quotes_speaker_type'").fetchone()[0]
    writer.execute("drop index idx_quotes_speaker_type")
    writer.commit()
    writer.execute("pragma wal_checkpoint(truncate)")
    writer.execute(sql)  # committed to the WAL only: the writer stays open, so nothing folds it back
    writer.commit()
    try:
        assert [] == missing_indexes(live, immutable=False)
        assert ["idx_quotes_speaker_type"] == missing_indexes(live)  # immutable: the main file alone
    finally:
        writer.close()
