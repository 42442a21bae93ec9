"""Shards written separately and merged equal one ingest of everything."""

import sqlite3

import pytest

from quotearchive import ingest
from quotearchive.ingest import dask as shards

from .conftest import EDITED, SEEDS, WIRE_STORY, two_copies

TABLES = {
    "articles": "select id, source, title, body, content_hash, reprint_key from articles order by id",
    "quotes": "select id, text, speaker_id, article_id, topics from quotes order by id",
    "speakers": "select id, name, quote_count, article_count, first_seen, last_seen from speakers order by id",
    "quote_topics": "select * from quote_topics order by 1, 2",
    "article_topics": "select * from article_topics order by 1, 2",
    "topics": "select slug, quote_count, article_count from topics order by slug",
}


def dump(path):
    conn = sqlite3.connect(path, isolation_level=None)  # autocommit: the check must not hold a lock
    for table in ("articles", "quotes", "speakers"):
        conn.execute(f"insert into {table}_fts({table}_fts, rank) values('integrity-check', 1)")
    out = {name: conn.execute(sql).fetchall() for name, sql in TABLES.items()}
    conn.close()
    return out


def test_merged_shards_equal_one_ingest(tmp_path):
    files = sorted(SEEDS.glob("*.txt"))
    whole = tmp_path / "whole.db"
    ingest.ingest(whole, files)
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shards.write_shard(a, files[:3])
    shards.write_shard(b, files[2:])  # one file in both shards
    merged = tmp_path / "merged.db"
    added = shards.merge_shards(merged, [a, b])
    assert dump(whole) == dump(merged)
    assert 5 == added["articles"]
    # Merging again adds nothing; searching works through the merged index.
    assert {"articles": 0, "quotes": 0, "speakers": 0, "skipped_articles": 6, "updated": 0} == shards.merge_shards(merged, [a, b])
    assert dump(whole) == dump(merged)
    conn = sqlite3.connect(merged)
    assert conn.execute("select count(*) from quotes_fts where quotes_fts match 'genie'").fetchone()[0] >= 1
    conn.close()
    # The merged files table lets a later ingest skip everything.
    assert 5 == ingest.ingest(merged, files).skipped_files


def test_a_reprint_under_another_headline_in_another_shard_is_merged_as_a_copy(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Harbour board votes to close ferry terminal\n\n" + WIRE_STORY, "utf-8")
    (folder / "b.txt").write_text("Opinion | Ferry terminal to close after a century\n\n" + WIRE_STORY, "utf-8")
    whole = tmp_path / "whole.db"
    ingest.ingest(whole, [folder])
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shards.write_shard(a, [folder / "a.txt"])
    shards.write_shard(b, [folder / "b.txt"])
    merged = tmp_path / "merged.db"
    added = shards.merge_shards(merged, [a, b])
    assert (1, 1) == (added["articles"], added["skipped_articles"])
    assert dump(whole) == dump(merged)
    with sqlite3.connect(merged) as conn:
        assert [("b.txt", "a.txt")] == [
            tuple(p.rsplit("/", 1)[-1] for p in row) for row in conn.execute("select source, original from copies")]


def test_an_article_edited_into_another_stored_story_is_updated_by_the_merge_as_by_ingest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    a, c = folder / "a.txt", folder / "c.txt"
    a.write_text("Harbour board to meet\n\nThe harbour board will meet on Tuesday, a spokesman said.\n", "utf-8")
    c.write_text("Harbour board votes to close ferry terminal\n\n" + WIRE_STORY, "utf-8")
    whole, merged = tmp_path / "whole.db", tmp_path / "merged.db"
    ingest.ingest(whole, [folder])
    shards.write_shard(tmp_path / "s1.db", [folder])
    shards.merge_shards(merged, [tmp_path / "s1.db"])
    a.write_text("Ferry terminal to close after a century\n\n" + WIRE_STORY, "utf-8")  # the brief grown into the story
    ingest.ingest(whole, [folder])
    shards.write_shard(tmp_path / "s2.db", [a])
    added = shards.merge_shards(merged, [tmp_path / "s2.db"])
    assert (1, 1, 0) == (added["articles"], added["updated"], added["skipped_articles"])
    assert dump(whole) == dump(merged)


def test_a_shard_written_before_a_column_was_added_is_merged(tmp_path):
    files = sorted(SEEDS.glob("*.txt"))
    whole = tmp_path / "whole.db"
    ingest.ingest(whole, files)
    old = tmp_path / "old.db"
    shards.write_shard(old, files)
    with sqlite3.connect(old) as conn:  # as a shard from before reprint_key was
        conn.execute("drop index if exists idx_articles_reprint_key")
        conn.execute("alter table articles drop column reprint_key")
    merged = tmp_path / "merged.db"
    assert 5 == shards.merge_shards(merged, [old])["articles"]
    assert dump(whole) == dump(merged)


def test_ingest_with_dask_equals_ingest(tmp_path):
    pytest.importorskip("dask.distributed")
    files = sorted(SEEDS.glob("*.txt"))
    whole = tmp_path / "whole.db"
    ingest.ingest(whole, files)
    dasked = tmp_path / "dask.db"
    summary = shards.ingest_with_dask(dasked, files, "local", workers=2, partition_files=2)
    assert (5, 0) == (summary.added, summary.rejected)
    assert dump(whole) == dump(dasked)
    again = shards.ingest_with_dask(dasked, files, "local", workers=1)
    assert (0, 5) == (again.added, again.skipped_files)
    # One file a partition, two partitions out at a time: merged in input order all the same.
    one_by_one = tmp_path / "one-by-one.db"
    shards.ingest_with_dask(one_by_one, list(reversed(files)), "local", workers=1, partition_files=1)
    reversed_whole = tmp_path / "reversed.db"
    ingest.ingest(reversed_whole, list(reversed(files)))
    assert dump(reversed_whole) == dump(one_by_one)


def test_a_shard_with_an_edited_article_updates_it_and_its_copy_is_read_again(tmp_path):
    folder = two_copies(tmp_path)
    merged = tmp_path / "merged.db"
    first = tmp_path / "first.db"
    shards.write_shard(first, [folder / "a.txt", folder / "b.txt"])
    shards.merge_shards(merged, [first])
    (folder / "a.txt").write_text(EDITED, "utf-8")
    second = tmp_path / "second.db"
    shards.write_shard(second, [folder / "a.txt"])
    added = shards.merge_shards(merged, [second])
    assert (1, 1, 0) == (added["articles"], added["updated"], added["skipped_articles"])
    conn = sqlite3.connect(merged)
    assert [("the plan lives",)] == conn.execute("select text from quotes").fetchall()  # the edit, not the old text
    assert [] == conn.execute("select * from copies").fetchall()  # the copy's file forgotten: its text is stored nowhere
    assert [(None,)] == conn.execute("select sha256 from files where path = 'in/b.txt'").fetchall()
    conn.close()
    # A plain ingest after it reads the copy the edit left without its text.
    ingest.ingest(merged, [folder])
    conn = sqlite3.connect(merged)
    assert [("the plan is dead",), ("the plan lives",)] == conn.execute("select text from quotes order by text").fetchall()
    conn.close()


def test_a_stored_article_the_shard_reads_as_a_copy_keeps_no_stale_text(tmp_path):
    """z stored with one story; its file then holds another, which a.txt (same outlet, another headline)
    also holds and the shard stored first: z is a copy in the shard.  The merge must not keep z's
    old text (nor file it as read with it): its text is a's now, as the shard says."""
    folder = tmp_path / "in"
    folder.mkdir()
    z, a = folder / "z.txt", folder / "a.txt"
    z.write_text("Harbour board to meet\n\nThe harbour board will meet on Tuesday, a spokesman said. " * 3 + "\n", "utf-8")
    merged = tmp_path / "merged.db"
    shards.write_shard(tmp_path / "s1.db", [z])
    shards.merge_shards(merged, [tmp_path / "s1.db"])
    with sqlite3.connect(merged) as conn:
        (z_id,) = conn.execute("select id from articles").fetchone()
    a.write_text("Opinion | Ferry terminal to close after a century\n\n" + WIRE_STORY, "utf-8")
    z.write_text("Ferry terminal to close after a century\n\n" + WIRE_STORY, "utf-8")
    shards.write_shard(tmp_path / "s2.db", [a, z])  # a first: z is its copy in the shard
    shards.merge_shards(merged, [tmp_path / "s2.db"])
    with sqlite3.connect(merged) as conn:
        bodies = [body for (body,) in conn.execute("select body from articles")]
        copies = [tuple(p.rsplit("/", 1)[-1] for p in row) for row in conn.execute("select source, original from copies")]
    assert not any("will meet on Tuesday" in body for body in bodies)
    assert [("z.txt", "a.txt")] == copies
    with sqlite3.connect(merged) as conn:  # z's permalink leads to the article holding its text now
        moved = conn.execute("select new_id from moved_ids where old_id = ?", [z_id]).fetchall()
        a_id = conn.execute("select id from articles where source like '%a.txt'").fetchone()[0]
    assert [(a_id,)] == moved
    assert 0 == ingest.ingest(merged, [folder]).added  # nothing left to read again, nothing lost


def test_a_shard_article_whose_id_a_stored_article_holds_gets_the_next_free_id(tmp_path):
    """Ids are a date and a hash of the source; two sources may meet (undated articles share the
    date). The merge gives the newcomer the next free id, as one ingest does, never drops it."""
    folder = tmp_path / "in"
    folder.mkdir()
    x, y = folder / "x.txt", folder / "y.txt"
    x.write_text("Harbour board to meet\n\nThe harbour board will meet on Tuesday, a spokesman said.\n", "utf-8")
    y.write_text("Ferry terminal to close\n\n" + WIRE_STORY, "utf-8")
    merged = tmp_path / "merged.db"
    shards.write_shard(tmp_path / "s1.db", [x])
    shards.merge_shards(merged, [tmp_path / "s1.db"])
    shards.write_shard(tmp_path / "s2.db", [y])
    with sqlite3.connect(merged) as conn:
        (x_id,) = conn.execute("select id from articles").fetchone()
    with sqlite3.connect(tmp_path / "s2.db") as conn:  # as if y's hash met x's
        (y_id,) = conn.execute("select id from articles").fetchone()
        conn.execute("update quotes set article_id = ? where article_id = ?", [x_id, y_id])
        conn.execute("update article_topics set article_id = ? where article_id = ?", [x_id, y_id])
        conn.execute("update articles set id = ? where id = ?", [x_id, y_id])
    added = shards.merge_shards(merged, [tmp_path / "s2.db"])
    assert (1, 0) == (added["articles"], added["skipped_articles"])
    with sqlite3.connect(merged) as conn:
        stored = dict(conn.execute("select substr(source, -5), id from articles"))
        quotes = conn.execute("select count(*) from quotes where article_id = ?", [stored["y.txt"]]).fetchone()[0]
    assert stored["x.txt"] == x_id and stored["y.txt"] == x_id + 1
    assert quotes >= 1  # its quotes came with it


def test_a_copy_of_a_copy_points_at_the_stored_article(tmp_path):
    """b stored first; then a shard holding a and z, the same outlet's story under other headlines, the
    shard's z filed as a's copy: a is b's copy here, so z is too (as one ingest files both), and an
    edit of b reads both files again."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, title in (("b.txt", "Ferry terminal to close"), ("a.txt", "Opinion | Ferry terminal to close"),
                        ("z.txt", "Ferry terminal to close after a century")):
        (folder / name).write_text(title + "\n\n" + WIRE_STORY, "utf-8")
    merged, whole = tmp_path / "merged.db", tmp_path / "whole.db"
    shards.write_shard(tmp_path / "s1.db", [folder / "b.txt"])
    shards.write_shard(tmp_path / "s2.db", [folder / "a.txt", folder / "z.txt"])
    shards.merge_shards(merged, [tmp_path / "s1.db"])
    shards.merge_shards(merged, [tmp_path / "s2.db"])
    ingest.ingest(whole, [folder / "b.txt"])
    ingest.ingest(whole, [folder / "a.txt", folder / "z.txt"])

    def copies(path):
        with sqlite3.connect(path) as conn:
            return sorted(tuple(p.rsplit("/", 1)[-1] for p in row) for row in conn.execute("select source, original from copies"))

    assert [("a.txt", "b.txt"), ("z.txt", "b.txt")] == copies(merged) == copies(whole)


def test_an_ingest_on_dask_holds_the_same_lock_as_a_local_one(tmp_path):
    # A second ingest waits for it, and serve sees it writing (review, session 16): before, the
    # Dask path wrote without the lock, and serve folded its live WAL and served it immutable.
    from quotearchive.archive.lock import IngestBusy, ingest_lock

    db_path = tmp_path / "q.db"
    with ingest_lock(db_path, timeout=1):
        with pytest.raises(IngestBusy):
            ingest.ingest(db_path, sorted(SEEDS.glob("*.txt")), dask="local", lock_timeout=0.3)
