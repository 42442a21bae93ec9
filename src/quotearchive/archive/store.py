"""Step 7: write Articles into SQLite.

``ensure_db_shape`` is idempotent and runs before every ingest.
``save_article`` writes one article with its quotes, speakers and topics; the
caller owns the transaction (ingest commits a batch of whole articles at a
time), so a crash never leaves half an article behind.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import sqlite_utils

from ..extract import topics as topics_lib
from ..extract.cues import cue_class
from ..model import Article, Quote
from .schema import FTS_COLUMNS, FTS_TOKENIZE, ID_DATE_FACTOR, TABLES, Table

# Titles that do not distinguish one person from another in a speaker key.
HONORIFICS_RE = re.compile(r"^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor)\.?\s+", re.I)

WORD_RE = re.compile(r"\w+")

SAVED, UPDATED, UNCHANGED, DUPLICATE = "added", "updated", "unchanged", "duplicates"


def open_db(path: Any) -> sqlite_utils.Database:
    """Open (creating if needed) a database tuned for a single writer.

    WAL lets Datasette read while ingest writes; synchronous=NORMAL keeps
    every committed transaction safe from a process crash (kill -9) and only
    risks the last commits on power loss, which a re-run restores.
    """
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    return db


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create whatever tables, indexes, FTS tables and topic rows are missing."""
    existing = set(db.table_names())
    for table in TABLES:
        if table.name not in existing:
            _create(db, table)
        else:
            _upgrade(db, table)
    for table in TABLES:
        if table.fts and not db.table(table.name).detect_fts():
            db.table(table.name).enable_fts(list(table.fts), tokenize=FTS_TOKENIZE, create_triggers=True)
    rows = topics_lib.topic_rows()
    with db.conn:
        db.conn.executemany(
            "insert into topics (slug, name, description, quote_count, article_count) values (?, ?, ?, 0, 0) "
            "on conflict(slug) do update set name = excluded.name, description = excluded.description",
            [(r["slug"], r["name"], r["description"]) for r in rows],
        )




class FtsBatch:
    """Keeps the FTS5 indexes in step with their tables for one transaction.

    sqlite-utils' per-row triggers are exact but slow in bulk: FTS5 flushes
    its pending terms at every statement savepoint, so each trigger-indexed
    row becomes its own tiny segment (0.8 s of 1.3 s writing the BBC corpus).
    ``batch()`` drops the triggers inside the transaction and this class
    indexes the batch's new rows with one ``INSERT ... SELECT`` per table at
    the end; the triggers are recreated before the commit, so every committed
    state has both triggers and an index matching the rows.

    ``pending[table]`` holds rowids whose current content is not indexed yet.
    Before a row is changed or deleted, ``unindex`` removes its old content
    from the index (or just forgets it, if it was never indexed).
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.pending: dict[str, set[int]] = {table: set() for table in FTS_COLUMNS}

    def added(self, table: str, rowid: int) -> None:
        self.pending[table].add(rowid)

    def unindex(self, table: str, where: str, params: Iterable[Any]) -> list[int]:
        """Take the rows matching ``where`` out of the index; returns their rowids."""
        rowids = [r[0] for r in self.conn.execute(f"select rowid from {table} where {where}", list(params))]
        pending = self.pending[table]
        indexed = [r for r in rowids if r not in pending]
        pending.difference_update(rowids)
        if indexed:
            cols = FTS_COLUMNS[table]
            col_list = ", ".join(f'"{c}"' for c in cols)
            self.conn.execute(
                f'insert into "{table}_fts" ("{table}_fts", rowid, {col_list}) '
                f"select 'delete', rowid, {col_list} from {table} where rowid in (select value from json_each(?))",
                [json.dumps(indexed)],
            )
        return rowids

    def flush(self, at_least: int = 0) -> None:
        """Index the pending rows (if there are ``at_least`` that many)."""
        if at_least and sum(map(len, self.pending.values())) < at_least:
            return
        for table, rowids in self.pending.items():
            if not rowids:
                continue
            col_list = ", ".join(f'"{c}"' for c in FTS_COLUMNS[table])
            self.conn.execute(
                f'insert into "{table}_fts" (rowid, {col_list}) '
                f"select rowid, {col_list} from {table} where rowid in (select value from json_each(?))",
                [json.dumps(sorted(rowids))],
            )
            rowids.clear()


def fts_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, sql) of the FTS sync triggers sqlite-utils created."""
    names = [f"{t}_{suffix}" for t in FTS_COLUMNS for suffix in ("ai", "ad", "au")]
    marks = ",".join("?" * len(names))
    return conn.execute(
        f"select name, sql from sqlite_master where type = 'trigger' and name in ({marks}) order by name", names
    ).fetchall()


class Batch:
    """One write transaction of whole articles (see ``batch``)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.fts = FtsBatch(conn)
        self.touched_speakers: set[int] = set()


@contextmanager
def batch(conn: sqlite3.Connection) -> Iterator[Batch]:
    """A transaction for bulk writes: FTS indexed once at the end, counts refreshed once.

    On any exception the transaction rolls back, triggers included.
    """
    conn.execute("begin")
    try:
        triggers = fts_triggers(conn)
        for name, _ in triggers:
            conn.execute(f'drop trigger "{name}"')
        current = Batch(conn)
        yield current
        refresh_counts(conn, current.touched_speakers, current.fts)
        current.fts.flush()
        for _, sql in triggers:
            conn.execute(sql)
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise


def _create(db: sqlite_utils.Database, table: Table) -> None:
    db.table(table.name).create(
        {c.name: c.type for c in table.columns},
        pk=table.pk,
        foreign_keys=list(table.foreign_keys),
        if_not_exists=True,
    )
    create_indexes(db, table)


def create_indexes(db: sqlite_utils.Database, table: Table) -> None:
    """Create whichever of the table's declared indexes are missing."""
    for columns in table.indexes:
        db.table(table.name).create_index(list(columns), if_not_exists=True)
    for columns in table.unique_indexes:
        db.table(table.name).create_index(list(columns), unique=True, if_not_exists=True)


# The indexes the writer's own queries read: an article by source or content
# hash (re-runs, duplicates), a speaker's quotes (counts), an article's quotes
# (updates), a surname (speaker identity).  A bulk load keeps them.
WRITER_INDEXES = {
    ("articles", ("source",)), ("articles", ("content_hash",)),
    ("quotes", ("speaker_id",)), ("quotes", ("article_id",)), ("speakers", ("surname",)),
}


@contextmanager
def site_indexes_built_after(db: sqlite_utils.Database) -> Iterator[list[str]]:
    """Load an empty archive first and build the indexes only the site reads after.

    Inserting rows in id order (hashes, so scattered) into a dozen facet
    indexes costs ~10% of the writer on the BBC corpus and more as they outgrow
    the cache (25% of a million-quote build); building one afterwards is a
    single sort.  Only when the archive has no quotes yet: an index rebuilt over
    millions of rows for a few new ones would cost more than it saves.  They
    are built on the way out, on error or Ctrl-C too; after a kill -9 the next
    run's ``ensure_db_shape`` builds whatever is missing.  Yields the names of
    the indexes dropped (none when the archive is not empty).
    """
    conn = db.conn
    dropped: list[str] = []
    if conn.execute("select not exists (select 1 from quotes) and not exists (select 1 from articles)").fetchone()[0]:
        with conn:
            for table in TABLES:
                declared = set(table.indexes) - {columns for name, columns in WRITER_INDEXES if name == table.name}
                for index in db.table(table.name).indexes:
                    # Only what create_indexes builds again: never an index added by hand.
                    if index.unique or tuple(index.columns) not in declared:
                        continue
                    conn.execute(f'drop index "{index.name}"')
                    dropped.append(index.name)
    try:
        yield dropped
    finally:
        if dropped:
            with conn:
                for table in TABLES:
                    create_indexes(db, table)


def _upgrade(db: sqlite_utils.Database, table: Table) -> None:
    """Bring a database made by an older version up to the declared schema.

    New columns are added (and filled where they can be derived from what is
    stored), new indexes created; nothing is ever dropped.
    """
    have = set(db.table(table.name).columns_dict)
    for column in table.columns:
        if column.name not in have:
            db.table(table.name).add_column(column.name, column.type)
            backfill = BACKFILLS.get((table.name, column.name))
            if backfill:
                with db.conn:
                    backfill(db.conn)
    create_indexes(db, table)


def _backfill_statement_keys(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "update quotes set statement_key = ? where id = ?",
        ((statement_key(text), qid) for qid, text in conn.execute("select id, text from quotes").fetchall()),
    )


def _backfill_cue_classes(conn: sqlite3.Connection) -> None:
    cues = [row[0] for row in conn.execute("select distinct cue from quotes where cue is not null")]
    conn.executemany("update quotes set cue_class = ? where cue = ?", ((cue_class(c), c) for c in cues))


def _backfill_surnames(conn: sqlite3.Connection) -> None:
    rows = conn.execute("select id, name from speakers where type = 'person'").fetchall()
    conn.executemany("update speakers set surname = ? where id = ?", ((speaker_key(n).split()[-1], i) for i, n in rows if speaker_key(n)))


BACKFILLS = {
    ("quotes", "statement_key"): _backfill_statement_keys,
    ("quotes", "cue_class"): _backfill_cue_classes,
    ("speakers", "surname"): _backfill_surnames,
}


def _hash_int(*parts: str, modulo: int = ID_DATE_FACTOR) -> int:
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % modulo


def date_prefix(published: str | None) -> int:
    """YYYYMMDD of an ISO date; MMDD for a date without a year; 0 for none."""
    if not published:
        return 0
    if published.startswith("--"):
        digits = published[2:7].replace("-", "")
    else:
        digits = published[:10].replace("-", "")
    return int(digits) if digits.isdigit() else 0


def article_id(article: Article) -> int:
    return date_prefix(article.published) * ID_DATE_FACTOR + _hash_int(article.source)


@lru_cache(maxsize=65536)  # a batch names the same speakers over and over
def speaker_key(name: str) -> str:
    """The identity of a speaker name: case, spacing and honorifics ignored."""
    key = " ".join(name.split()).strip(" ,.")
    while HONORIFICS_RE.match(key):
        key = HONORIFICS_RE.sub("", key, count=1)
    return key.casefold()


@lru_cache(maxsize=65536)
def speaker_id(name: str) -> int:
    return _hash_int(speaker_key(name), modulo=10**15)


def save_article(
    db: sqlite_utils.Database | sqlite3.Connection,
    article: Article,
    touched_speakers: set[int] | None = None,
    *,
    batch: Batch | None = None,
    quote_topics: list[list[str]] | None = None,
) -> str:
    """Write one article and everything extracted from it.

    Returns "added", "updated", "unchanged" or "duplicates" (the same title
    and body already stored from another source, so not stored twice).

    Speaker counts are refreshed at once, or, when the caller passes a
    ``touched_speakers`` set or a ``batch``, once per batch (a popular
    speaker's count is not recomputed for every article).  Inside a
    ``batch()`` the FTS indexes are written at its end instead of by triggers.
    ``quote_topics`` (one slug list per quote) may be computed beforehand, in
    a worker process; otherwise it is computed here.
    """
    conn = db.conn if isinstance(db, sqlite_utils.Database) else db
    fts = batch.fts if batch else None
    if batch is not None and touched_speakers is None:
        touched_speakers = batch.touched_speakers
    row = conn.execute("select id, content_hash from articles where source = ?", [article.source]).fetchone()
    content_hash = article.content_hash
    if row and row[1] == content_hash:
        return UNCHANGED
    if not row and conn.execute("select 1 from articles where content_hash = ?", [content_hash]).fetchone():
        # The same text under another name (a re-saved page, a reprint): count it once.
        return DUPLICATE
    if row:
        old_speakers = delete_article(conn, row[0], fts=fts)
        new_id = row[0]  # an edited article keeps its id, and so its permalink
    else:
        old_speakers = set()
        new_id = _free_id(conn, "articles", article_id(article))
    year = _year(article.published)
    conn.execute(
        "insert into articles (id, source, url, title, outlet, published, published_precision, year, modified, "
        "dateline, byline, language, section, tags, body, quote_count, content_hash) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new_id, article.source, article.url, article.title, article.outlet, article.published,
            article.published_precision, year, article.modified, article.dateline, article.byline,
            article.language, article.section, json.dumps(article.tags, ensure_ascii=False), article.body,
            len(article.quotes), content_hash,
        ],
    )
    if fts:
        fts.added("articles", new_id)
    conn.executemany(
        "insert or ignore into article_topics (article_id, topic) values (?, ?)",
        [(new_id, slug) for slug in article.topics],
    )
    speakers, merged_away = _save_speakers(conn, article.quotes, fts)
    _save_quotes(conn, new_id, article, speakers, fts, quote_topics)
    changed = set(speakers.values()) | old_speakers | merged_away
    if touched_speakers is None:
        refresh_counts(conn, changed)
    else:
        touched_speakers.update(changed)
    return UPDATED if row else SAVED


def _year(published: str | None) -> int | None:
    if published and published[:4].isdigit():
        return int(published[:4])
    return None


def _free_id(conn: sqlite3.Connection, table: str, wanted: int, also_taken: Collection[int] = ()) -> int:
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


def _save_speakers(
    conn: sqlite3.Connection, quotes: Iterable[Quote], fts: FtsBatch | None = None
) -> tuple[dict[str, int], set[int]]:
    """Upsert the quoted speakers; return (name -> speaker id, ids merged away).

    One person is one row across articles: a surname-only mention ("Putin",
    from an article that never gives the first name) joins the one person
    already stored with that surname, and a full name arriving later takes
    over an earlier surname-only row.  With two people of that surname the
    mention stays on its own, rather than being given to the wrong one.
    """
    ids: dict[str, int] = {}
    merged: set[int] = set()
    for q in quotes:
        if q.speaker:
            roles = [q.speaker_role] if q.speaker_role else []
            ids[q.speaker], away = upsert_speaker(conn, q.speaker, q.speaker_type, roles, fts)
            merged |= away
    return ids, merged


def upsert_speaker(
    conn: sqlite3.Connection, name: str, kind: str | None, roles: list[str], fts: FtsBatch | None = None
) -> tuple[int, set[int]]:
    """Store one mention of a speaker by the identity rules above; returns the
    id of the row it belongs to and the ids of rows merged away.

    Also what merging a shard does with each of its speakers (``shards``).
    """
    tokens = speaker_key(name).split()
    person = kind == "person"
    sid = speaker_id(name)
    if person and len(tokens) == 1:
        sid = _only_person_named(conn, tokens[0], exclude=sid) or sid
    row = conn.execute("select name, roles from speakers where id = ?", [sid]).fetchone()
    if row is None:
        conn.execute(
            "insert into speakers (id, name, type, surname, roles, quote_count, article_count) values (?, ?, ?, ?, ?, 0, 0)",
            [sid, name, kind, tokens[-1] if person and tokens else None, json.dumps(roles, ensure_ascii=False)],
        )
        if fts:
            fts.added("speakers", sid)
        if person and len(tokens) > 1:
            return sid, _take_over_surname_row(conn, sid, tokens[-1])
        return sid, set()
    stored_name, stored_roles = row[0], json.loads(row[1] or "[]")
    new_roles = stored_roles + [r for r in roles if r not in stored_roles]
    new_name = name if len(name) > len(stored_name) and speaker_id(name) == sid else stored_name  # the fullest form seen
    if (new_name, new_roles) != (stored_name, stored_roles):
        if fts:
            fts.unindex("speakers", "id = ?", [sid])
            fts.added("speakers", sid)
        conn.execute("update speakers set name = ?, roles = ? where id = ?", [new_name, json.dumps(new_roles, ensure_ascii=False), sid])
    return sid, set()


def _only_person_named(conn: sqlite3.Connection, surname: str, exclude: int) -> int | None:
    """The id of the one full-named person with this surname, if exactly one."""
    rows = conn.execute(
        "select id from speakers where surname = ? and type = 'person' and id != ? limit 2", [surname, exclude]
    ).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def _take_over_surname_row(conn: sqlite3.Connection, sid: int, surname: str) -> set[int]:
    """Move a surname-only speaker's quotes to the newly stored full name, if unambiguous."""
    single = speaker_id(surname)
    if not conn.execute("select 1 from speakers where id = ? and type = 'person'", [single]).fetchone():
        return set()
    if _only_person_named(conn, surname, exclude=single) != sid:
        return set()
    conn.execute("update quotes set speaker_id = ? where speaker_id = ?", [sid, single])
    return {single}  # now without quotes: refresh_counts removes it


def statement_key(text: str) -> str:
    """The same words in any case, punctuation or quote marks give the same key,
    so one statement reprinted by twenty outlets can be found as one."""
    words = WORD_RE.findall(text.casefold())
    return hashlib.blake2b(" ".join(words).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def quote_key(article: Article, quote: Quote, occurrence: int) -> str:
    return f"{article.source}\x1f{quote.text}\x1f{occurrence}"


def all_quote_topics(article: Article) -> list[list[str]]:
    """Topic slugs of each of the article's quotes (pure: workers compute it)."""
    return [topics_lib.quote_topics(q.text, q.context, article.topics or None) for q in article.quotes]


def _save_quotes(
    conn: sqlite3.Connection,
    article_id_: int,
    article: Article,
    speakers: dict[str, int],
    fts: FtsBatch | None = None,
    quote_topics: list[list[str]] | None = None,
) -> None:
    prefix = date_prefix(article.published) * ID_DATE_FACTOR
    published = article.published
    year = _year(published)
    month = published[:7] if year is not None and len(published) >= 7 else None
    if quote_topics is None:
        quote_topics = all_quote_topics(article)
    seen: dict[str, int] = {}
    wanted = []
    for q in article.quotes:
        occurrence = seen[q.text] = seen.get(q.text, -1) + 1
        wanted.append(prefix + _hash_int(quote_key(article, q, occurrence)))
    # One query for the whole article: a taken id (a hash collision) is rare.
    taken = {r[0] for r in conn.execute("select id from quotes where id in (select value from json_each(?))", [json.dumps(wanted)])}
    rows, topic_rows = [], []
    for q, qid, slugs in zip(article.quotes, wanted, quote_topics):
        if qid in taken:
            qid = _free_id(conn, "quotes", qid + 1, taken)
        taken.add(qid)
        rows.append((
            qid, q.text, speakers.get(q.speaker) if q.speaker else None, q.speaker_as_written, q.speaker_role,
            q.speaker_type, q.cue, cue_class(q.cue), q.kind, article_id_, article.outlet, published, year,
            month, json.dumps(slugs), q.start, q.end, q.context, statement_key(q.text),
        ))
        topic_rows.extend((qid, slug) for slug in slugs)
        if fts:
            fts.added("quotes", qid)
    conn.executemany(
        "insert into quotes (id, text, speaker_id, speaker_as_written, speaker_role, speaker_type, cue, cue_class, "
        "kind, article_id, outlet, published, year, month, topics, start, end, context, statement_key) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany("insert or ignore into quote_topics (quote_id, topic) values (?, ?)", topic_rows)


def refresh_counts(conn: sqlite3.Connection, speaker_ids: Iterable[int] = (), fts: FtsBatch | None = None) -> None:
    """Recompute the denormalised counts and date ranges of the given speakers."""
    ids = list(speaker_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"""update speakers set
                quote_count = (select count(*) from quotes where speaker_id = speakers.id),
                article_count = (select count(distinct article_id) from quotes where speaker_id = speakers.id),
                first_seen = (select min(published) from quotes where speaker_id = speakers.id and year is not null),
                last_seen = (select max(published) from quotes where speaker_id = speakers.id and year is not null)
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
