"""Which stored speaker row a mention belongs to: one person is one row across articles.

The archive's own bookkeeping (``store``): extraction gives each quote its
speaker's name, kind and key; here they are matched to the rows stored
before, written, and merged when a full name takes a surname-only row over.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ..model import Quote, speaker_key
from .fts import FtsBatch
from .ids import speaker_id, speaker_key_id
from .schema import TABLES_BY_NAME, Insert

INSERT_SPEAKER = Insert(TABLES_BY_NAME["speakers"])


def save_speakers(
    conn: sqlite3.Connection, quotes: Iterable[Quote], fts: FtsBatch | None = None
) -> tuple[dict[str, int], set[int]]:
    """Upsert the quoted speakers; return (name -> speaker id, ids merged away).

    One person is one row across articles: a surname-only mention ("Putin",
    from an article that never gives the first name) joins the one person
    already stored with that surname, and a full name arriving later takes
    over an earlier surname-only row.  With two people of that surname the
    mention stays on its own, rather than being given to the wrong one.

    An article quotes the same speaker again and again (half the BBC corpus's
    mentions repeat one earlier in their article): a mention like one already
    stored goes to the same row, with no query, as long as no mention since
    changed a row (which could give a surname to another person).
    """
    ids: dict[str, int] = {}
    merged: set[int] = set()
    stored: dict[tuple[str, str | None, str | None, str | None], int] = {}  # mention -> its row, while no row changed
    for q in quotes:
        if q.speaker:
            mention = (q.speaker, q.speaker_type, q.speaker_role, q.speaker_key)
            if mention in stored:
                ids[q.speaker] = stored[mention]
                continue
            roles = [q.speaker_role] if q.speaker_role else []
            done = _upsert_speaker(conn, q.speaker, q.speaker_type, roles, fts, key=q.speaker_key, this_article=ids.values())
            ids[q.speaker] = done.id
            merged |= done.merged
            if done.wrote:
                stored.clear()
            if done.settled:
                stored[mention] = done.id
    return ids, merged


@dataclass(frozen=True)
class _Upserted:
    """What ``_upsert_speaker`` did with one mention."""

    id: int  # the row it belongs to
    merged: set[int]  # rows merged away (their quotes moved to ``id``)
    wrote: bool  # a row was inserted, changed or deleted
    # The row holds the mention as the same mention again would leave it: of its
    # kind, with its role and at least as full a name.  The same mention again,
    # with no row changed since, goes to it and changes nothing.
    settled: bool


def upsert_speaker(
    conn: sqlite3.Connection,
    name: str,
    kind: str | None,
    roles: list[str],
    fts: FtsBatch | None = None,
    key: str | None = None,
    this_article: Collection[int] = (),
) -> tuple[int, set[int]]:
    """Store one mention of a speaker by the identity rules above; returns the
    id of the row it belongs to and the ids of rows merged away.

    ``key`` is the name's identity as extraction gave it (``Quote.speaker_key``);
    without it (a speaker row read back from a shard: ``ingest.dask``) the
    model's ``speaker_key`` of the name.  ``this_article``: the rows the article's
    earlier quotes went to (their quotes are not stored yet).
    """
    done = _upsert_speaker(conn, name, kind, roles, fts, key, this_article)
    return done.id, done.merged


def _upsert_speaker(
    conn: sqlite3.Connection,
    name: str,
    kind: str | None,
    roles: list[str],
    fts: FtsBatch | None = None,
    key: str | None = None,
    this_article: Collection[int] = (),
) -> _Upserted:
    if key is None:
        key = speaker_key(name)
    tokens = key.split()
    person = kind == "person"
    sid = speaker_key_id(key)
    if person and len(tokens) == 1:
        sid = _only_person_named(conn, tokens[0], exclude=sid) or sid
    row = conn.execute("select name, roles, type from speakers where id = ?", [sid]).fetchone()
    if row is not None and row[2] != kind and sid not in this_article and _holds_no_quote(conn, sid):
        # A row emptied earlier in this write (its quotes taken over by the full name) waits
        # for refresh_counts to delete it; whether it still stands depends on when a batch
        # ends, so it is stored anew, as if gone: the same input always gives the same rows.
        if fts:
            fts.unindex("speakers", "id = ?", [sid])
        conn.execute("delete from speakers where id = ?", [sid])
        row = None
    if row is None:
        conn.execute(INSERT_SPEAKER.sql, INSERT_SPEAKER.values({
            "id": sid,
            "name": name,
            "type": kind,
            "surname": tokens[-1] if person and tokens else None,
            "roles": json.dumps(roles, ensure_ascii=False),
            "quote_count": 0,
            "article_count": 0,
            "first_seen": None,
            "last_seen": None,
        }))
        if fts:
            fts.added("speakers", sid)
        if person and len(tokens) > 1:
            return _Upserted(sid, _take_over_surname_row(conn, sid, tokens[-1]), wrote=True, settled=True)
        return _Upserted(sid, set(), wrote=True, settled=True)
    stored_name, stored_roles = row[0], json.loads(row[1] or "[]")
    new_roles = stored_roles + [r for r in roles if r not in stored_roles]
    new_name = name if len(name) > len(stored_name) and speaker_key_id(key) == sid else stored_name  # the fullest form seen
    changed = (new_name, new_roles) != (stored_name, stored_roles)
    if changed:
        if fts:
            fts.unindex("speakers", "id = ?", [sid])
            fts.added("speakers", sid)
        conn.execute("update speakers set name = ?, roles = ? where id = ?", [new_name, json.dumps(new_roles, ensure_ascii=False), sid])
    # A row of another kind is kept (not stored anew) only while this article's
    # quotes or stored ones hold it: the same mention again must ask again.
    return _Upserted(sid, set(), wrote=changed, settled=row[2] == kind)


def _holds_no_quote(conn: sqlite3.Connection, sid: int) -> bool:
    return conn.execute("select 1 from quotes where speaker_id = ? limit 1", [sid]).fetchone() is None


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
