"""Storing articles: schema, idempotent re-runs, edits in place, stable ids."""

import shutil
import signal
import sqlite3
import subprocess
import sys

import pytest

import sqlite_utils

from quotearchive import ingest
from quotearchive.archive import fts, store
from quotearchive.archive.schema import QUOTES_COVERING, RETIRED_INDEXES, TABLES, Column, Insert, Table, index_name
from quotearchive.archive.shape import ensure_db_shape, open_db
from quotearchive.extract import pipeline
from quotearchive.model import Document

from quotearchive.site import check_database, missing_indexes

from .conftest import SEEDS
from .test_ingest import fts_ok


def counts(path):
    db = sqlite_utils.Database(path)
    return {t: db.table(t).count for t in ("articles", "quotes", "speakers", "quote_topics", "article_topics")}


def test_schema_declared_tables_and_fts(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    for table in TABLES:
        assert set(table.column_names) == set(db.table(table.name).columns_dict)
    assert "quotes_fts" == db.table("quotes").detect_fts()
    assert "articles_fts" == db.table("articles").detect_fts()
    assert "speakers_fts" == db.table("speakers").detect_fts()
    assert {("speaker_id", "speakers"), ("article_id", "articles")} == {
        (fk.column, fk.other_table) for fk in db.table("quotes").foreign_keys
    }
    assert "wal" == db.execute("pragma journal_mode").fetchone()[0]


def test_offsets_slice_the_stored_body(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    rows = db.execute(
        "select quotes.text, substr(articles.body, quotes.start + 1, quotes.end - quotes.start) "
        "from quotes join articles on articles.id = quotes.article_id"
    ).fetchall()
    assert rows and all(text == sliced for text, sliced in rows)


def test_ids_sort_newest_first(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    dated = db.execute("select published from articles where year is not null order by id desc").fetchall()
    assert ["2020-07-08T23:29:00+00:00", "2017-06-14T06:11:00+03:00"] == [r[0] for r in dated]


def test_reingest_changes_nothing(tmp_path):
    path = tmp_path / "q.db"
    first = ingest.ingest(path, [SEEDS])
    before = counts(path)
    ids = sqlite_utils.Database(path).execute("select id from quotes order by id").fetchall()
    again = ingest.ingest(path, [SEEDS])
    forced = ingest.ingest(path, [SEEDS], force=True)
    assert (5, 0, 0) == (first.added, again.added, forced.added)
    assert 5 == again.skipped_files and 5 == forced.unchanged
    assert before == counts(path)
    assert ids == sqlite_utils.Database(path).execute("select id from quotes order by id").fetchall()


def test_stable_ids_across_databases(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ingest.ingest(a, [SEEDS])
    ingest.ingest(b, [SEEDS])
    sql = "select id, text from quotes order by id"
    assert sqlite_utils.Database(a).execute(sql).fetchall() == sqlite_utils.Database(b).execute(sql).fetchall()


def test_edited_file_updates_article_in_place(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    path = tmp_path / "q.db"
    ingest.ingest(path, [folder])
    db = sqlite_utils.Database(path)
    target = next(folder.glob("000_*.txt"))
    (article_id,) = db.execute("select id from articles where source like '%000_%'").fetchone()
    text = target.read_text("utf-8")
    target.write_text(text + '\n"We will never give up," Putin said.\n', "utf-8")
    summary = ingest.ingest(path, [folder])
    assert (0, 1) == (summary.added, summary.updated)
    db = sqlite_utils.Database(path)
    assert 5 == db.table("articles").count
    assert article_id == db.execute("select id from articles where source like '%000_%'").fetchone()[0]
    assert 1 == db.execute("select count(*) from quotes where text = 'We will never give up,'").fetchone()[0]


def test_same_text_under_two_names_is_stored_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SEEDS / next(SEEDS.glob("000_*.txt")).name).read_text("utf-8")
    (folder / "a.txt").write_text(text, "utf-8")
    (folder / "b.txt").write_text(text, "utf-8")
    summary = ingest.ingest(tmp_path / "q.db", [folder])
    assert (1, 1) == (summary.added, summary.duplicates)


def test_same_speaker_across_articles_is_one_row(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    rows = db.execute("select name from speakers where name like '%Putin%'").fetchall()
    assert 1 == len(rows)


def test_speaker_ids_follow_the_speaker_key():
    assert store.speaker_id("Dr. Jane Smith") == store.speaker_id("Jane Smith") == store.speaker_key_id("jane smith")
    assert store.speaker_id("Jane Smith") != store.speaker_id("John Smith")


def test_inserts_are_built_from_the_schema():
    table = Table("t", "", (Column("id", int, ""), Column("end", str, ""), Column("added", str, "")))
    insert = Insert(table, "insert or ignore")
    assert 'insert or ignore into "t" ("id", "end", "added") values (?, ?, ?)' == insert.sql
    assert (1, "e", "new") == insert.values({"added": "new", "id": 1, "end": "e", "not a column": 0})
    with pytest.raises(KeyError):
        insert.values({"id": 1, "end": "e"})  # a column the row does not give is an error, not a NULL
    one = Insert(Table("u", "", (Column("slug", str, ""),)))
    assert ('insert into "u" ("slug") values (?)', ("x",)) == (one.sql, one.values({"slug": "x"}))


def test_stored_rows_are_what_extraction_gave(tmp_path):
    db = store.open_db(tmp_path / "q.db")
    store.ensure_db_shape(db)
    article = pipeline.parse_document(pipeline.Document(source="a.txt", text='Talks\n\n"NATO must go," Ann Lee claimed.\n'))
    (quote,) = article.quotes
    # Values no stage of the archive could have computed: stored as given.
    quote.cue_stance, quote.topics, quote.statement_key = "made-up stance", ["economy"], "made-up key"
    quote.speaker_key = "someone else"
    with db.conn:
        store.save_article(db, article)
    row = db.execute("select cue_class, topics, statement_key, speaker_id from quotes").fetchone()
    assert ("made-up stance", '["economy"]', "made-up key", store.speaker_key_id("someone else")) == row
    assert [("economy",)] == db.execute("select topic from quote_topics").fetchall()
    assert [("Ann Lee", "else")] == db.execute("select name, surname from speakers").fetchall()


def test_topics_table_from_taxonomy(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    assert {"arms-control", "nuclear-weapons", "nato", "missile-defence", "terrorism",
            "us-russia-relations", "cyber-security"} <= {r[0] for r in db.execute("select slug from topics")}
    (nato,) = db.execute("select article_count from topics where slug = 'nato'").fetchone()
    assert 4 == nato


SURNAME_ONLY = 'Talks stall\n\nRussian President Putin spoke on Monday.\n"We are ready to talk," Putin said.\n'
FULL_NAME = 'Leader speaks\n\nPresident Vladimir Putin spoke on Tuesday.\n"Nobody wants a war," Putin said.\n'


def _speakers_after(tmp_path, *texts):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, "utf-8")
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [folder])
    return sqlite_utils.Database(db_path).execute("select name, quote_count from speakers order by name").fetchall()


@pytest.mark.parametrize("order", [(SURNAME_ONLY, FULL_NAME), (FULL_NAME, SURNAME_ONLY)])
def test_surname_only_mention_joins_the_one_person_of_that_name(tmp_path, order):
    assert [("Vladimir Putin", 2)] == _speakers_after(tmp_path, *order)


def test_surname_shared_by_two_people_is_not_guessed(tmp_path):
    two_blairs = (
        'Blairs\n\nTony Blair spoke.\n"We will win," Tony Blair said.\n'
        'Cherie Blair spoke too.\n"I agree," Cherie Blair said.\n'
    )
    rows = _speakers_after(tmp_path, two_blairs, 'Later\n\nMr Blair spoke.\n"No comment," Mr Blair said.\n')
    assert [("Cherie Blair", 1), ("Mr Blair", 1), ("Tony Blair", 1)] == rows


DESCRIBED_SURNAME = 'Reply\n\nThe reply came on Wednesday.\n"It was nothing," Putin said.\n'


def _speaker_rows_written(tmp_path, name: str, one_batch: bool) -> list[tuple]:
    """Three articles: a surname-only person, the full name taking that row's quote over, then a
    mention of the surname typed otherwise, written in one batch or each in its own."""
    articles = [pipeline.parse_document(Document(source=f"{i}.txt", text=text))
                for i, text in enumerate([SURNAME_ONLY, FULL_NAME, DESCRIBED_SURNAME])]
    for q in articles[2].quotes:
        q.speaker_type = "description"  # as the resolver types a surname it cannot place
    db = open_db(tmp_path / name)
    ensure_db_shape(db)
    conn = db.conn
    if one_batch:
        with store.batch(conn) as current:
            for article in articles:
                store.save_article(conn, article, batch=current)
    else:
        for article in articles:
            with store.batch(conn) as current:
                store.save_article(conn, article, batch=current)
    return conn.execute("select name, type, quote_count from speakers order by name").fetchall()


def test_the_same_articles_give_the_same_speakers_however_the_writes_are_batched(tmp_path):
    expected = [("Putin", "description", 1), ("Vladimir Putin", "person", 2)]
    assert expected == _speaker_rows_written(tmp_path, "one.db", one_batch=True)
    assert expected == _speaker_rows_written(tmp_path, "each.db", one_batch=False)


def test_a_mention_repeated_after_a_full_name_follows_the_full_name(tmp_path):
    # The same mention again in an article reuses its row (speakers.save_speakers), but
    # not once a row changed since: here the full name took the surname-only row over.
    text = 'Bridge plan\n\n"We will build it," Smith said.\n"It is done," Smith said.\n"Next year," Smith said.\n'
    article = pipeline.parse_document(Document(source="a.txt", text=text))
    assert 3 == len(article.quotes)
    for q, name in zip(article.quotes, ("Smith", "John Smith", "Smith")):
        q.speaker, q.speaker_key, q.speaker_type, q.speaker_role = name, name.lower(), "person", None
    db = open_db(tmp_path / "q.db")
    ensure_db_shape(db)
    with store.batch(db.conn) as current:
        store.save_article(db.conn, article, batch=current)
    assert [("John Smith", 3)] == db.execute("select name, quote_count from speakers").fetchall()


UPGRADED = {
    "articles": "select id, reprint_key from articles order by id",
    "quotes": "select id, statement_key, cue_class from quotes order by id",
    "speakers": "select id, surname from speakers order by id",
}


def _older_database(tmp_path):
    """A database from before articles.reprint_key, quotes.statement_key, quotes.cue_class, speakers.surname and the
    wider covering index (an upgrade drops the old one: RETIRED_INDEXES);
    returns its path and what the upgrade must give back."""
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [SEEDS])
    db = sqlite_utils.Database(db_path)
    expected = {table: db.execute(sql).fetchall() for table, sql in UPGRADED.items()}
    # Its search-facet index was the narrower one a later version retired.
    db.execute(f"drop index {index_name('quotes', QUOTES_COVERING)}")
    (retired,) = RETIRED_INDEXES
    db.execute(f'create index "{retired}" on quotes (id, speaker_id, outlet, kind, year, topics)')
    for table, column in (("articles", "reprint_key"), ("quotes", "statement_key"), ("quotes", "cue_class"), ("speakers", "surname")):
        db.execute(f"drop index if exists idx_{table}_{column}")
        db.execute(f"alter table {table} drop column {column}")
    db.conn.commit()
    db.close()
    return db_path, expected


def test_older_database_is_upgraded_in_place(tmp_path, monkeypatch):
    from quotearchive.archive import shape

    monkeypatch.setattr(shape, "BACKFILL_ROWS", 2)  # the backfill reads its rows in several ranges
    db_path, expected = _older_database(tmp_path)
    db = store.open_db(db_path)
    store.ensure_db_shape(db, pipeline.BACKFILLS)
    assert expected == {table: db.execute(sql).fetchall() for table, sql in UPGRADED.items()}
    fresh = tmp_path / "fresh.db"
    store.ensure_db_shape(store.open_db(fresh))
    assert _indexes(fresh) == _indexes(db_path)


def test_an_interrupted_backfill_leaves_no_empty_column_behind(tmp_path):
    """Ctrl-C during a new column's backfill (a long pass over a big archive's bodies): the column is
    not left there empty, which no later run would fill; the next upgrade adds and fills it."""
    db_path, expected = _older_database(tmp_path)
    calls = []

    def interrupted(*values):
        calls.append(values)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return pipeline.BACKFILLS[("quotes", "cue_class")](*values)

    with pytest.raises(KeyboardInterrupt):
        store.ensure_db_shape(store.open_db(db_path), {**pipeline.BACKFILLS, ("quotes", "cue_class"): interrupted})
    assert "cue_class" not in sqlite_utils.Database(db_path)["quotes"].columns_dict
    db = store.open_db(db_path)
    store.ensure_db_shape(db, pipeline.BACKFILLS)
    assert expected == {table: db.execute(sql).fetchall() for table, sql in UPGRADED.items()}


def test_an_upgrade_that_needs_extraction_changes_nothing_without_it(tmp_path):
    db_path, _ = _older_database(tmp_path)
    before = sqlite_utils.Database(db_path).execute("select sql from sqlite_master order by name").fetchall()
    with pytest.raises(RuntimeError, match="quotes.cue_class"):
        store.ensure_db_shape(store.open_db(db_path))
    assert before == sqlite_utils.Database(db_path).execute("select sql from sqlite_master order by name").fetchall()


def test_ingest_upgrades_an_older_database(tmp_path):
    db_path, expected = _older_database(tmp_path)
    summary = ingest.ingest(db_path, [SEEDS])
    assert 5 == summary.skipped_files
    db = sqlite_utils.Database(db_path)
    assert expected == {table: db.execute(sql).fetchall() for table, sql in UPGRADED.items()}


def _indexes(path) -> set[tuple[str, str]]:
    db = sqlite_utils.Database(path)
    return set(db.execute("select name, sql from sqlite_master where type = 'index' and sql is not null").fetchall())


def test_a_new_archive_ends_with_every_declared_index(tmp_path):
    # Its facet indexes are built after the load (new_archive_load):
    # the result is the same set an empty archive is created with.
    empty = tmp_path / "empty.db"
    store.ensure_db_shape(store.open_db(empty))
    loaded = tmp_path / "loaded.db"
    ingest.ingest(loaded, [SEEDS], batch_size=1)
    declared = _indexes(empty)
    assert len(declared) >= sum(len(t.indexes) + len(t.unique_indexes) for t in TABLES)
    assert declared == _indexes(loaded)


def test_indexes_are_built_even_when_a_new_archive_load_is_interrupted(tmp_path, monkeypatch):
    db_path = tmp_path / "q.db"
    store.ensure_db_shape(store.open_db(db_path))
    declared = _indexes(db_path)
    saved = []
    real_save = store.save_article

    def save_then_interrupt(*args, **kwargs):
        if len(saved) == 2:
            raise KeyboardInterrupt
        saved.append(1)
        return real_save(*args, **kwargs)

    monkeypatch.setattr(store, "save_article", save_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        ingest.ingest(db_path, [SEEDS], batch_size=1, workers=1)
    assert declared == _indexes(db_path)
    assert _schema(tmp_path / "empty.db", shaped=True) == _schema(db_path)  # the sync triggers are back too
    assert 2 == sqlite_utils.Database(db_path).table("articles").count  # the committed batches stay


def test_only_an_empty_archive_defers_and_only_its_own_facet_indexes(seeds_db, tmp_path):
    before = _indexes(seeds_db)
    with store.new_archive_load(store.open_db(seeds_db)) as deferred:
        assert store.Deferred() == deferred
        assert before == _indexes(seeds_db)
    empty = store.open_db(tmp_path / "empty.db")
    store.ensure_db_shape(empty)
    empty.table("quotes").create_index(["speaker_as_written"], index_name="users_own")  # not ours to drop
    with store.new_archive_load(empty) as deferred:
        dropped = deferred.indexes
        assert "users_own" not in dropped
        assert "idx_quotes_year" in dropped and "idx_quotes_speaker_id" not in dropped
        assert not set(dropped) & {name for name, _ in _indexes(tmp_path / "empty.db")}
    after = _indexes(tmp_path / "empty.db")
    assert "users_own" in {name for name, _ in after}
    assert {(name, sql) for name, sql in after if name != "users_own"} == _indexes(seeds_db)


def test_indexes_missing_after_a_kill_are_built_by_the_next_run(tmp_path):
    # kill -9 during a new archive's load leaves it without its facet indexes.
    db_path = tmp_path / "q.db"
    ingest.ingest(db_path, [SEEDS])
    declared = _indexes(db_path)
    db = sqlite_utils.Database(db_path)
    for name in ("idx_quotes_year", "idx_quotes_outlet", "idx_articles_year"):
        db.execute(f'drop index "{name}"')
    db.close()
    ingest.ingest(db_path, [SEEDS])
    assert declared == _indexes(db_path)


def _schema(path, shaped: bool = False) -> list[tuple]:
    """Every table, index and trigger with its SQL (of a new archive at ``path``, if ``shaped``)."""
    if shaped:
        store.ensure_db_shape(store.open_db(path))
    conn = sqlite3.connect(path)
    try:
        return conn.execute(  # sqlite_stat1: ingest ends with PRAGMA optimize
            "select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_stat%' order by type, name"
        ).fetchall()
    finally:
        conn.close()


def test_a_new_archive_ends_with_the_schema_it_was_created_with(tmp_path):
    # Its sync triggers are held during the load (fts.hold_triggers) and made again
    # after, from their own SQL: the same text, the same 12, the index kept in step.
    loaded = tmp_path / "loaded.db"
    ingest.ingest(loaded, [SEEDS], batch_size=2)
    assert _schema(tmp_path / "empty.db", shaped=True) == _schema(loaded)
    fts_ok(loaded)
    db = store.open_db(loaded)
    with db.conn:  # outside a batch, as another program would write: the triggers index it
        db.conn.execute("update articles set title = 'Cabbages and kings' where rowid = (select min(rowid) from articles)")
    assert 1 == db.execute("select count(*) from articles_fts where articles_fts match 'cabbages'").fetchone()[0]
    db.close()
    fts_ok(loaded)


# A new archive's load killed after its first batch: what the site reads meanwhile, and
# what the next run makes of it.  A real process, killed as a user or the OOM killer would.
KILLED_LOAD = """
import os, signal, sys
from quotearchive.archive import store
from quotearchive.extract import pipeline
from quotearchive.model import Document
db = store.open_db(sys.argv[1])
store.ensure_db_shape(db)
texts = ['Talks go on\\n\\n"We will meet again," Ann Lee said.', 'Port reopens\\n\\n"Ships are back," Bo Rahn said.']
with store.new_archive_load(db):
    for k, text in enumerate(texts):
        with store.batch(db.conn) as current:
            store.save_article(db.conn, pipeline.parse_document(Document(source=f"{k}.txt", text=text)), batch=current)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_new_archive_load_killed_is_readable_and_made_whole_by_the_next_run(tmp_path):
    db_path = tmp_path / "q.db"
    killed = subprocess.run([sys.executable, "-c", KILLED_LOAD, str(db_path)], capture_output=True, text=True)
    assert -signal.SIGKILL == killed.returncode, killed.stderr
    # The site reads it as it is: both committed batches, searchable, the index in step.
    check_database(db_path, immutable=False)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    assert 2 == conn.execute("select count(*) from articles").fetchone()[0]
    assert 1 == conn.execute("select count(*) from quotes_fts where quotes_fts match 'ships'").fetchone()[0]
    assert [] == store.fts_triggers(conn)  # held, not lost:
    assert 12 == conn.execute(f'select count(*) from "{fts.HELD_TABLE}"').fetchone()[0]
    conn.close()
    conn = sqlite3.connect(db_path)  # an integrity check is written as an insert, and changes nothing
    for index in ("articles_fts", "quotes_fts", "speakers_fts", "quotes_exact_fts"):
        conn.execute(f"insert into {index}({index}, rank) values('integrity-check', 1)")
    conn.close()
    assert "idx_quotes_year" in missing_indexes(db_path)
    # The next run's ensure_db_shape makes it whole: the schema of a new archive.
    ingest.ingest(db_path, [SEEDS])
    assert _schema(tmp_path / "empty.db", shaped=True) == _schema(db_path)
    assert [] == missing_indexes(db_path)
    fts_ok(db_path)


def test_a_new_archive_load_changes_its_shape_in_one_transaction_at_each_end(tmp_path):
    # A reader (the site, --live) sees the archive loading or whole, never with half its
    # indexes or triggers: no CREATE or DROP of the load runs outside a transaction.
    db = store.open_db(tmp_path / "q.db")
    store.ensure_db_shape(db)
    traced: list[tuple[str, bool]] = []
    db.conn.set_trace_callback(lambda sql: traced.append((sql, db.conn.in_transaction)))
    with store.new_archive_load(db) as deferred:
        assert deferred.indexes and 12 == len(deferred.triggers)
    db.conn.set_trace_callback(None)
    shape_changes = [(sql, inside) for sql, inside in traced if sql.lstrip().upper().startswith(("CREATE", "DROP"))]
    assert len(shape_changes) >= len(deferred.indexes) * 2 + 12 * 2
    assert all(inside for _, inside in shape_changes), [sql for sql, inside in shape_changes if not inside]
