"""What one request may ask of the site, checked before Datasette or a page runs (issue 18).

An ASGI middleware (``guard``, installed by ``plugin.asgi_wrapper``) in front
of every page:

- **Bad parameters get a 400 that says which and why**, instead of a 500 or a
  200 with an aborted body: a NUL character anywhere, a whole number beyond
  SQLite's 64-bit range (``year=99999999999999999999``), a table page's
  ``_sort``/``_sort_desc`` naming no sortable column, a ``_through`` that is
  not Datasette's JSON object.  The search page's and the export's own
  filters are checked by ``check_search_args`` (called by those pages).
- **Only GET and HEAD**: the site writes nothing, and Datasette 0.65 answers
  a POST to a canned query with a 500; a POST gets a 405.
- **Facets per request are bounded**: a repeated ``_facet=X`` is counted once
  (100 copies used to run the same GROUP BY 100 times), and more than
  ``MAX_FACETS`` distinct ones is a 400.
- **Time per request is bounded** (``REQUEST_TIME_LIMIT_S``) for every page
  but the streamed CSV exports: a page that has not started answering by
  then gets a 503.  Each SQL statement keeps its own, shorter limit
  (``sql_time_limit_ms``), so no statement outlives its request by long.
- **Datasette's streamed CSV pages by 1,000 rows**: 0.65 streams
  ``.csv?_stream=on`` in pages of the table's page size (30 for quotes)
  unless ``_size`` is given, a statement per 30 rows; ``_size=max`` is added.
- **Work stops when the client goes away**: the client's ``http.disconnect``
  is watched while the response is sent, and the next ``send`` after it
  raises ``ClientDisconnected``, which ends a streamed export (the site's
  ``/-/quotes.csv`` and Datasette's ``.csv?_stream=on``) at its next chunk.
  uvicorn drops what is sent to a closed connection without an error, so
  without this an abandoned download ran to its end.
"""

from __future__ import annotations

import asyncio
import json
import re
import urllib.parse
from collections.abc import Iterable

from datasette.utils.asgi import BadRequest

from ..archive.schema import DB_NAME

MAX_FACETS = 10  # distinct _facet* parameters in one request
REQUEST_TIME_LIMIT_S = 20.0  # a whole page (facets included); streamed CSV is exempt but stops on disconnect
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INTEGER_RE = re.compile(r"[+-]?[0-9]+")
FACET_PARAMS = ("_facet", "_facet_indexed", "_facet_through", "_facet_array", "_facet_date")
TABLE_PATH_RE = re.compile(rf"^/{DB_NAME}/(?P<table>[^/]+?)(?:\.(?P<format>\w+))?$")


class ClientDisconnected(BaseException):
    """The client closed the connection: stop producing its response.

    A BaseException (as ``asyncio.CancelledError`` is), so that Datasette's
    ``except Exception`` handlers (its CSV stream writes the error into the
    body, its error page logs a traceback) let it through to ``guard``.
    """


def bad(name: str, why: str) -> BadRequest:
    return BadRequest(f"Bad parameter {name!r}: {why}")


def check_integer(name: str, value: str) -> int:
    """``value`` as a whole number SQLite can hold, else BadRequest naming ``name``."""
    if not INTEGER_RE.fullmatch(value):
        raise bad(name, f"{value!r} is not a whole number")
    number = int(value)
    if not INT64_MIN <= number <= INT64_MAX:
        raise bad(name, "the number is too large")
    return number


def check_pairs(pairs: Iterable[tuple[str, str]]) -> None:
    """What holds for every parameter of every page: no NUL character (SQLite and FTS5 end a string there)."""
    for name, value in pairs:
        if "\x00" in name or "\x00" in value:
            raise bad(name.replace("\x00", "\\x00"), "contains a NUL character")


def check_table_numbers(pairs: Iterable[tuple[str, str]]) -> None:
    """A table page's filter values that look like numbers must fit SQLite (Datasette binds them as integers)."""
    for name, value in pairs:
        if name == "q" or name.startswith("_search"):
            continue  # words, bound as text
        if len(value.strip()) > 18 and INTEGER_RE.fullmatch(value.strip()):
            check_integer(name, value.strip())


def check_table_args(datasette, table: str, pairs: list[tuple[str, str]]) -> None:
    """A table page's ``_sort``, ``_sort_desc`` and ``_through`` (Datasette 0.65 answers 500 for bad ones)."""
    sortable = _sortable(datasette, table)
    for name, value in pairs:
        if name in ("_sort", "_sort_desc") and sortable is not None and value not in sortable and value != "rowid":
            raise bad(name, f"Cannot sort {table} by {value}: it has no index, so sorting would read and order every row. "
                            f"Sort by one of: {', '.join(sortable)}.")
        if name == "_through":
            try:
                through = json.loads(value)
            except ValueError:
                through = None
            if not (isinstance(through, dict) and {"table", "column", "value"} <= set(through)
                    and all(isinstance(through[k], str) for k in ("table", "column"))):
                raise bad(name, 'expected JSON {"table": ..., "column": ..., "value": ...}')


def _sortable(datasette, table: str) -> list[str] | None:
    """The columns a table page may sort by, in the metadata's order (``rowid`` is always allowed)."""
    try:
        options = datasette.metadata("tables", database=DB_NAME)[table] or {}
    except (KeyError, TypeError):
        return None  # a view or a table the metadata does not describe: Datasette decides
    return list(options.get("sortable_columns") or options.get("columns") or []) or None


def bounded_facets(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs with repeated facets dropped; BadRequest past ``MAX_FACETS`` distinct ones."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for pair in pairs:
        if pair[0] in FACET_PARAMS:
            if pair in seen:
                continue
            seen.add(pair)
        kept.append(pair)
    if len(seen) > MAX_FACETS:
        raise BadRequest(f"Bad parameter '_facet': {len(seen)} facets asked for; at most {MAX_FACETS} per request")
    return kept


def is_stream(scope: dict, pairs: list[tuple[str, str]]) -> bool:
    path = scope.get("path", "")
    return path == "/-/quotes.csv" or (path.endswith(".csv") and any(k == "_stream" and v for k, v in pairs))


async def _answer(send, status: int, text: str, headers: list | None = None) -> None:
    body = (text + "\n").encode("utf-8")
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


def guard(datasette):
    def wrap(app):
        async def limited(scope, receive, send):
            if scope.get("type") != "http":
                await app(scope, receive, send)
                return
            if scope.get("method", "GET") not in ("GET", "HEAD", "OPTIONS"):
                await _answer(send, 405, "This site is read-only: only GET and HEAD requests.",
                              [(b"allow", b"GET, HEAD")])
                return
            query = scope.get("query_string", b"").decode("latin-1")
            pairs = urllib.parse.parse_qsl(query, keep_blank_values=True, encoding="utf-8", errors="replace")
            try:
                check_pairs(pairs)
                m = TABLE_PATH_RE.match(scope.get("path", ""))
                if m:
                    check_table_numbers(pairs)
                    check_table_args(datasette, m["table"], pairs)
                kept = bounded_facets(pairs)
            except BadRequest as error:
                await _answer(send, 400, str(error))
                return
            if is_stream(scope, kept) and not scope.get("path", "").startswith("/-/") and not any(k == "_size" for k, _ in kept):
                kept.append(("_size", "max"))
            if len(kept) != len(pairs):
                scope = {**scope, "query_string": urllib.parse.urlencode(kept).encode("latin-1")}
            await _run(app, scope, receive, send, None if is_stream(scope, kept) else REQUEST_TIME_LIMIT_S)

        return limited

    return wrap


async def _run(app, scope, receive, send, time_limit: float | None) -> None:
    """``app`` with the client's disconnect watched, and under ``time_limit`` until it starts answering."""
    gone = asyncio.Event()
    inbox: asyncio.Queue = asyncio.Queue()
    started = False

    async def listen():
        while True:
            message = await receive()
            await inbox.put(message)
            if message["type"] == "http.disconnect":
                gone.set()
                return

    async def app_receive():
        return await inbox.get()

    async def app_send(message):
        nonlocal started
        if gone.is_set():
            raise ClientDisconnected()
        started = True
        await send(message)

    listener = asyncio.ensure_future(listen())
    try:
        task = asyncio.ensure_future(app(scope, app_receive, app_send))
        if time_limit is not None:
            done, _ = await asyncio.wait({task}, timeout=time_limit)
            if not done and not started:
                task.cancel()
                await _answer(send, 503, f"This request took longer than {time_limit:g} s and was stopped; "
                              "ask for less (fewer facets, a narrower search).")
                return
        await task
    except ClientDisconnected:
        pass
    finally:
        listener.cancel()
