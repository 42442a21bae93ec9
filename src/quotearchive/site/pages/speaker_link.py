"""A speaker asked for by name in a link (``/search?speaker=James Baker``, the CSV export too).

The filter reads a speaker's row id; readers write links with the names the pages show.  A name
that is one speaker's redirects to the same request with its id; none or two is a 400 that says
how to find them.
"""

from __future__ import annotations

import unicodedata

from datasette.utils.asgi import Response

from .. import limits
from ..urls import ArchiveUrls, with_query
from .common import NO_VALUE, archive_db, rows

# A speaker asked for by name (``?speaker=James Baker``, as a reader writes a link): the rows of
# that name, read through the name index, most quoted first.
SPEAKER_BY_NAME_SQL = (
    "select speakers.id, speakers.name from speakers_fts join speakers on speakers.id = speakers_fts.rowid "
    "where speakers_fts match :match order by speakers.quote_count desc limit 200"
)


def folded(name: str) -> str:
    """A name as a reader may type it: any case, accents and apostrophe styles ("jose angel" is
    "José Ángel"; SQLite's nocase folds ASCII only)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


async def speaker_named(datasette, request) -> Response | None:
    """For ``speaker=`` given as a name, a redirect to the same request with that speaker's id;
    None when it is a number (or absent).  No speaker of that name, or two: a 400 saying how to
    find them (the site's names are what its pages show, so a name is as good as a link)."""
    value = (request.args.get("speaker") or "").strip()
    if not value or value == NO_VALUE or limits.INTEGER_RE.fullmatch(value):
        return None
    limits.check_pairs([("speaker", value)])
    words = value.split()
    if len(value) > 200 or not words:
        raise limits.bad("speaker", "give a speaker's id or name")
    match = "name : " + " ".join('"' + w.replace('"', '""') + '"' for w in words)
    want = folded(value)
    found = [r for r in await rows(archive_db(datasette), SPEAKER_BY_NAME_SQL, {"match": match}) if folded(r["name"]) == want]
    if len(found) != 1:
        why = "no speaker has that name" if not found else "more than one speaker has that name"
        raise limits.bad("speaker", f"{why}; search for it: {ArchiveUrls(datasette).search(q=value)}")
    args = [(k, str(found[0]["id"]) if k == "speaker" else v) for k in request.args.keys() for v in request.args.getlist(k)]
    return Response.redirect(with_query(request.path, args))
