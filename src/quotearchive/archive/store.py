"""Step 7: write Articles into SQLite.

``save_article`` writes one article with its quotes, speakers and topics; the
caller owns the transaction (ingest commits a batch of whole articles at a
time), so a crash never leaves half an article behind.  ``ensure_db_shape``
(``shape``) is idempotent and runs before every ingest.

Extraction decides, the archive stores: every value a row holds about the
text (a cue's stance, a quote's topics, its statement key, a speaker's key)
comes with the Article from ``pipeline.parse_document``.  What is worked out
here is the archive's own bookkeeping: ids (``ids``), which stored speaker row
a mention belongs to (``speakers``), counts.

This module is the archive's door: what ingest, shard merging and the tools
call is reachable as ``store.<name>``, the database's shape and the search
index included.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

import sqlite_utils

from ..model import Article, Quote, speaker_key
from .fts import FtsBatch, fts_triggers, pause_triggers
from .ids import article_id, date_prefix, hash_int, speaker_id, speaker_key_id
from .schema import FTS_COLUMNS, ID_DATE_FACTOR, TABLES_BY_NAME, Insert, fts_indexes
from .shape import Deferred, ensure_db_shape, forget_files, new_archive_load, open_db
from .speakers import save_speakers, upsert_speaker

__all__ = [
    "FTS_COLUMNS", "Batch", "Deferred", "FtsBatch", "article_id", "fts_indexes", "batch", "date_prefix",
    "delete_article", "ensure_db_shape", "fts_triggers", "new_archive_load", "open_db", "quote_key", "refresh_counts",
    "refresh_topic_counts", "save_article", "speaker_id", "speaker_key",
    "speaker_key_id", "upsert_speaker",
]

SAVED, UPDATED, UNCHANGED, DUPLICATE = "added", "updated", "unchanged", "duplicates"

INSERT_ARTICLE = Insert(TABLES_BY_NAME["articles"])
INSERT_QUOTE = Insert(TABLES_BY_NAME["quotes"])
INSERT_ARTICLE_TOPIC = Insert(TABLES_BY_NAME["article_topics"], "insert or ignore")
INSERT_QUOTE_TOPIC = Insert(TABLES_BY_NAME["quote_topics"], "insert or ignore")


class Batch:
    """One write transaction of whole articles (see ``batch``)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.fts = FtsBatch(conn)
        self.touched_speakers: set[int] = set()
        # Files holding copies of an article whose text the batch changed (``take_copies_of``).
        self.copies_to_read: set[str] = set()


@contextmanager
def batch(conn: sqlite3.Connection) -> Iterator[Batch]:
    """A transaction for bulk writes: FTS indexed once at the end, counts refreshed once.

    On any exception the transaction rolls back, triggers included.
    """
    conn.execute("begin")
    try:
        pause_triggers(conn, True)
        current = Batch(conn)
        yield current
        refresh_counts(conn, current.touched_speakers, current.fts)
        current.fts.flush()
        pause_triggers(conn, False)
        conn.execute("commit")
    except BaseException:
        # SQLite may already have rolled back the whole transaction (on "database
        # or disk is full", for one): a second rollback would fail and its
        # "no transaction is active" would hide the cause.
        if conn.in_transaction:
            try:
                conn.execute("rollback")
            except sqlite3.Error:
                pass  # the error being raised says more
        raise


def save_article(
    db: sqlite_utils.Database | sqlite3.Connection,
    article: Article,
    touched_speakers: set[int] | None = None,
    *,
    batch: Batch | None = None,
) -> str:
    """Write one article and everything extracted from it.

    Returns "added", "updated", "unchanged" or "duplicates" (the same title
    and body already stored from another source, so not stored twice).

    Speaker counts are refreshed at once, or, when the caller passes a
    ``touched_speakers`` set or a ``batch``, once per batch (a popular
    speaker's count is not recomputed for every article).  Inside a
    ``batch()`` the FTS indexes are written at its end instead of by triggers.
    """
    conn = db.conn if isinstance(db, sqlite_utils.Database) else db
    fts = batch.fts if batch else None
    if batch is not None and touched_speakers is None:
        touched_speakers = batch.touched_speakers
    row = conn.execute("select id, content_hash from articles where source = ?", [article.source]).fetchone()
    content_hash, reprint_key = article.content_hash, article.reprint_key
    if row and row[1] == content_hash:
        return UNCHANGED
    same = None if row else _stored_copy(conn, content_hash, reprint_key)
    if same:
        if _renamed_record(same[1], article.source):
            # A JSON Lines record stored under its line number by an older version:
            # it takes its new name and keeps its id, so its permalinks still work.
            conn.execute("update articles set source = ? where id = ?", [article.source, same[0]])
            conn.execute("update copies set original = ? where original = ?", [article.source, same[1]])
            if same[2] == content_hash:
                return UNCHANGED
            row, same = (same[0], same[2]), None  # its headline was edited since: updated, under its new name
    if same:
        # The same text under another name (a re-saved page, a reprint): count it once,
        # and remember the copy, so an edit of the original does not lose the text (``take_copies_of``).
        conn.execute("insert or replace into copies (source, original) values (?, ?)", [article.source, same[1]])
        return DUPLICATE
    if not row:
        conn.execute("delete from copies where source = ?", [article.source])  # stored now in its own right
    old_quote_ids: list[int] = []
    if row:
        new_id = row[0]  # an edited article keeps its id, and so its permalink
        copied = _copied_text(conn, article.source)
        if copied is not None and copied != (article.title, article.body, article.reprint_key):
            # Its text changed (not only what the user supplied for it), or its outlet did (a
            # reprint is the same outlet's story): its copies hold text stored nowhere now, or are
            # no copies any more, and their files are read again (``Batch.copies_to_read``).
            forgotten = take_copies_of(conn, article.source)
            if batch is not None:
                batch.copies_to_read.update(forgotten)
        redated = row[0] // ID_DATE_FACTOR != date_prefix(article.published)
        if redated:
            old_quote_ids = [r[0] for r in conn.execute("select id from quotes where article_id = ?", [row[0]])]
        old_speakers = delete_article(conn, row[0], fts=fts)
        if redated:
            # Ids begin with the date, so that id order is date order: a date supplied or
            # corrected later gives new ids, and the old ones lead to them (moved_ids).
            new_id = free_id(conn, "articles", article_id(article))
            record_moved(conn, "articles", {row[0]: new_id})
    else:
        old_speakers = set()
        new_id = free_id(conn, "articles", article_id(article))
    # A column is written from the Article's field of the same name; what the
    # archive adds or encodes is listed here.
    conn.execute(INSERT_ARTICLE.sql, INSERT_ARTICLE.values({
        **vars(article),
        "id": new_id,
        "year": _year(article.published),
        "tags": json.dumps(article.tags, ensure_ascii=False),
        "provenance": json.dumps(article.provenance, ensure_ascii=False) if article.provenance else None,
        "quote_count": len(article.quotes),
        "content_hash": content_hash,
        "reprint_key": reprint_key,
    }))
    if fts:
        fts.added("articles", new_id)
    conn.executemany(
        INSERT_ARTICLE_TOPIC.sql, [INSERT_ARTICLE_TOPIC.values({"article_id": new_id, "topic": slug}) for slug in article.topics]
    )
    speakers, merged_away = save_speakers(conn, article.quotes, fts)
    quote_ids = _save_quotes(conn, new_id, article, speakers, fts)
    if old_quote_ids:
        now = {qid % ID_DATE_FACTOR: qid for qid in quote_ids}
        record_moved(conn, "quotes", {old: now[old % ID_DATE_FACTOR] for old in old_quote_ids if old % ID_DATE_FACTOR in now})
    changed = set(speakers.values()) | old_speakers | merged_away
    if touched_speakers is None:
        refresh_counts(conn, changed)
    else:
        touched_speakers.update(changed)
    return UPDATED if row else SAVED


def _copied_text(conn: sqlite3.Connection, source: str) -> tuple[str | None, str, str | None] | None:
    """The (title, body, reprint_key) stored from ``source`` when a copy of it is known (``DUPLICATE``), else None."""
    if conn.execute("select 1 from copies where original = ? limit 1", [source]).fetchone() is None:
        return None
    return conn.execute("select title, body, reprint_key from articles where source = ?", [source]).fetchone()


def take_copies_of(conn: sqlite3.Connection, source: str) -> list[str]:
    """The files holding copies of the article stored from ``source``, forgotten as copies and
    as files (their state cleared, so the next ingest reads them whole): called when that
    article's text changed, so the text they hold is stored nowhere now."""
    files = [f for (f,) in conn.execute("select distinct file from copies where original = ? and file is not null", [source])]
    conn.execute("delete from copies where original = ?", [source])
    forget_files(conn, files)
    return files


def record_moved(conn: sqlite3.Connection, table: str, moves: dict[int, int]) -> None:
    """Record ``{old id: new id}`` for ``table``; ids that had moved to an old id move on with it."""
    for old, new in moves.items():
        conn.execute("update moved_ids set new_id = ? where table_name = ? and new_id = ?", [new, table, old])
        conn.execute("insert or replace into moved_ids (table_name, old_id, new_id) values (?, ?, ?)", [table, old, new])
        conn.execute("delete from moved_ids where table_name = ? and old_id = ?", [table, new])  # back where it was


def writes_content(conn: sqlite3.Connection, article: Article) -> bool:
    """Would ``save_article`` store ``article``'s quotes and topics (added or updated)?  Not when
    its text is stored already, under its source (unchanged) or another (a duplicate): those
    outcomes read only its source, ``content_hash`` and ``reprint_key``."""
    row = conn.execute("select content_hash from articles where source = ?", [article.source]).fetchone()
    if row is not None:
        return row[0] != article.content_hash
    same = _stored_copy(conn, article.content_hash, article.reprint_key)
    if same is None:
        return True
    return _renamed_record(same[1], article.source) and same[2] != article.content_hash


def _stored_copy(conn: sqlite3.Connection, content_hash: str, reprint_key: str | None) -> tuple[int, str, str] | None:
    """(id, source, content_hash) of an article stored from another source with the same title
    and body, or the same outlet's long body under another headline (``model.reprint_key_of``)."""
    same = conn.execute("select id, source, content_hash from articles where content_hash = ?", [content_hash]).fetchone()
    if same is None and reprint_key is not None:
        same = conn.execute("select id, source, content_hash from articles where reprint_key = ?", [reprint_key]).fetchone()
    return same


def _renamed_record(stored: str, new: str) -> bool:
    """Is ``stored`` the line-number name (``path#12``) of a record of the file ``new`` names?"""
    path, _, line = stored.rpartition("#")
    return bool(path) and line.isdigit() and new.startswith(path + "#") and not new[len(path) + 1 :].isdigit()


def _year(published: str | None) -> int | None:
    if published and published[:4].isdigit():
        return int(published[:4])
    return None


def free_id(conn: sqlite3.Connection, table: str, wanted: int, also_taken: Collection[int] = ()) -> int:
    """``wanted``, or the next id after it that is neither stored nor in ``also_taken``
    (ids handed out but not yet inserted).  Hash collisions are rare, not impossible."""
    while wanted in also_taken or conn.execute(f"select 1 from {table} where id = ?", [wanted]).fetchone():
        wanted += 1
    return wanted


def delete_article(conn: sqlite3.Connection, article_id_: int, fts: FtsBatch | None = None) -> set[int]:
    speaker_ids = {r[0] for r in conn.execute("select distinct speaker_id from quotes where article_id = ? and speaker_id is not null", [article_id_])}
    if fts:
        fts.unindex("quotes", "article_id = ?", [article_id_])
        fts.unindex("articles", "id = ?", [article_id_])
    conn.execute("delete from quote_topics where quote_id in (select id from quotes where article_id = ?)", [article_id_])
    conn.execute("delete from quotes where article_id = ?", [article_id_])
    conn.execute("delete from article_topics where article_id = ?", [article_id_])
    conn.execute("delete from articles where id = ?", [article_id_])
    return speaker_ids


def quote_key(article: Article, quote: Quote, occurrence: int) -> str:
    return f"{article.source}\x1f{quote.text}\x1f{occurrence}"


def _save_quotes(
    conn: sqlite3.Connection,
    article_id_: int,
    article: Article,
    speakers: dict[str, int],
    fts: FtsBatch | None = None,
) -> list[int]:
    """Insert the article's quotes; returns their ids."""
    prefix = date_prefix(article.published) * ID_DATE_FACTOR
    published = article.published
    year = _year(published)
    month = published[:7] if year is not None and len(published) >= 7 else None
    seen: dict[str, int] = {}
    wanted = []
    for q in article.quotes:
        occurrence = seen[q.text] = seen.get(q.text, -1) + 1
        wanted.append(prefix + hash_int(quote_key(article, q, occurrence)))
    # One query for the whole article: a taken id (a hash collision) is rare.
    # (A join reads the list once and looks each id up: ~30% cheaper than ``id in (select value ...)``.)
    taken = {r[0] for r in conn.execute("select q.id from json_each(?) j join quotes q on q.id = j.value", [json.dumps(wanted)])}
    rows, topic_rows, stored = [], [], []
    for q, qid in zip(article.quotes, wanted):
        if qid in taken:
            qid = free_id(conn, "quotes", qid + 1, taken)
        taken.add(qid)
        stored.append(qid)
        # A column is written from the Quote's field of the same name; the rest
        # is the archive's: ids, the article's facets copied onto the quote, and
        # the stance under the column's name.
        rows.append(INSERT_QUOTE.values({
            **vars(q),
            "id": qid,
            "speaker_id": speakers.get(q.speaker) if q.speaker else None,
            "cue_class": q.cue_stance,
            "article_id": article_id_,
            "outlet": article.outlet,
            "published": published,
            "year": year,
            "month": month,
            "topics": _slugs_json(tuple(q.topics)),
        }))
        topic_rows.extend(INSERT_QUOTE_TOPIC.values({"quote_id": qid, "topic": slug}) for slug in q.topics)
        if fts:
            fts.added("quotes", qid)
    conn.executemany(INSERT_QUOTE.sql, rows)
    conn.executemany(INSERT_QUOTE_TOPIC.sql, topic_rows)
    return stored


@lru_cache(maxsize=4096)  # a corpus's quotes share a few hundred topic lists: 115 in the BBC's 19,897
def _slugs_json(slugs: tuple[str, ...]) -> str:
    """A topic list as the quotes table stores it: a JSON array (``json.dumps`` of a tuple is the list's)."""
    return json.dumps(slugs)


def refresh_counts(conn: sqlite3.Connection, speaker_ids: Iterable[int] = (), fts: FtsBatch | None = None) -> None:
    """Recompute the denormalised counts and date ranges of the given speakers."""
    ids = list(speaker_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        # One pass over a speaker's quotes for the four values (not one each); the dates
        # are those of quotes whose date has a year.
        conn.execute(
            f"""update speakers set (quote_count, article_count, first_seen, last_seen) = (
                select count(*), count(distinct article_id),
                       min(case when year is not null then published end), max(case when year is not null then published end)
                from quotes where speaker_id = speakers.id)
            where id in ({marks})""",
            chunk,
        )
        if fts:
            fts.unindex("speakers", f"id in ({marks}) and quote_count = 0", chunk)
        conn.execute(f"delete from speakers where id in ({marks}) and quote_count = 0", chunk)


def refresh_topic_counts(conn: sqlite3.Connection) -> None:
    """Recompute topic counts (cheap: a few dozen topics, indexed join tables)."""
    conn.execute(
        """update topics set
            quote_count = (select count(*) from quote_topics where topic = topics.slug),
            article_count = (select count(*) from article_topics where topic = topics.slug)"""
    )
