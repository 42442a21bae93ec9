"""A speaker asked for by name in a search or export link (``?speaker=Jens Stoltenberg``).

Readers write links with the names the pages show; the filter took only the speaker's row id,
so such a link was a 400 ("is not a whole number"). A name that is one speaker's now redirects to
the same request with its id; no such speaker, or two, is a 400 that says how to find them.
Served by a real Datasette over the seeds' real SQLite file.
"""

import sqlite3
import urllib.parse

import pytest

from quotearchive.site import make_datasette


@pytest.fixture
def ds(seeds_db):
    return make_datasette(seeds_db)


def most_quoted(db) -> tuple[int, str]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("select id, name from speakers where type = 'person' order by quote_count desc limit 1").fetchone()
    finally:
        conn.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/search", "/-/quotes.csv"])
async def test_a_speakers_name_redirects_to_their_id_keeping_the_other_arguments(ds, seeds_db, path):
    speaker_id, name = most_quoted(seeds_db)
    r = await ds.client.get(f"{path}?q=nato&speaker={urllib.parse.quote(name.upper())}")
    assert r.status_code == 302
    target = urllib.parse.urlsplit(r.headers["location"])
    assert target.path == path
    assert urllib.parse.parse_qs(target.query) == {"q": ["nato"], "speaker": [str(speaker_id)]}
    followed = await ds.client.get(r.headers["location"])
    assert followed.status_code == 200


@pytest.mark.asyncio
@pytest.mark.parametrize("value", ["Nobody Here At All", '"""', "AND OR NOT", "*"])
async def test_a_name_no_speaker_has_is_a_400_pointing_to_the_search(ds, value):
    r = await ds.client.get("/search?speaker=" + urllib.parse.quote(value))
    assert r.status_code == 400
    assert "no speaker has that name" in r.text and "/search?q=" in r.text


@pytest.mark.asyncio
async def test_a_name_typed_without_its_accents_or_in_another_case_finds_the_speaker(seeds_db, tmp_path):
    # SQLite's nocase folds ASCII only: "jose angel" and "JOSÉ ÁNGEL" are "José Ángel" to a reader.
    import shutil

    db = tmp_path / "accents.db"
    shutil.copy(seeds_db, db)
    conn = sqlite3.connect(db)
    conn.execute("insert into speakers (id, name, type, quote_count) values (77, 'José Ángel', 'person', 1)")
    conn.execute("insert into speakers_fts (rowid, name, roles) values (77, 'José Ángel', '')")
    conn.commit()
    conn.close()
    ds = make_datasette(db)
    for typed in ("jose angel", "JOSÉ ÁNGEL", "José Ángel"):
        r = await ds.client.get("/search?speaker=" + urllib.parse.quote(typed))
        assert r.status_code == 302, typed
        assert urllib.parse.parse_qs(urllib.parse.urlsplit(r.headers["location"]).query) == {"speaker": ["77"]}
