"""Formula-safe CSV from Datasette's own ``.csv`` exports.

A cell that starts with ``= + - @``, a tab or a carriage return is run as a
formula by Excel and LibreOffice when the file is opened (CSV injection).
The archive's own export (``/-/quotes.csv``, ``quotearchive export``) writes
such cells with a leading ``'``; Datasette's ``.csv`` of a table, a row or a
query (the "CSV" link of every table page) did not.  This ASGI middleware
rewrites those responses record by record as they stream: the same rows and
columns, the same quoting, the risky cells prefixed.  A cell that is a plain
number ("-5", "+1.5e3") is left alone: it is data, not a formula.

Every ``.csv`` request is rewritten, whatever its parameters.  Datasette's
``_trace`` (any non-empty value, even with ``trace_debug`` off) wraps a CSV in
an HTML page that still downloads as ``NAME.csv`` with ``_dl``; the guard used
to skip any query containing ``_trace=``, so ``&_trace=`` got raw formulas
through.  ``_trace`` is now dropped from a CSV request before Datasette reads
it (decided on the parsed parameters, not the query text).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import urllib.parse

from ..archive.export import FORMULA_PREFIXES

PLAIN_NUMBER_RE = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
# Reading back what Datasette wrote: an article body may be longer than the
# csv module's default field limit (128 KB), which would end the download.
csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))


def safe_cell(cell: str) -> str:
    if cell.startswith(FORMULA_PREFIXES) and not PLAIN_NUMBER_RE.fullmatch(cell):
        return "'" + cell
    return cell


class CsvCells:
    """Rewrites a CSV text arriving in chunks; ``feed`` returns what is complete.

    A record ends at a line end outside quotes: with CSV's doubled-quote
    escape, a line end after an even number of quote marks in the record so
    far, which ``str.count`` tells without a loop over characters.
    """

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
        self.pending = ""  # the start of a record not yet complete
        self.scanned = self.quotes = 0  # how much of it was looked at, and its quote marks

    def feed(self, chunk: bytes, final: bool = False) -> bytes:
        text = self.pending + self.decoder.decode(chunk, final)
        out = io.StringIO()
        writer = csv.writer(out)  # Datasette's dialect: minimal quoting, "\r\n"
        start, pos, quotes = 0, self.scanned, self.quotes  # a long record is not scanned twice
        while (end := text.find("\n", pos)) >= 0:
            quotes += text.count('"', pos, end)
            pos = end + 1
            if quotes % 2 == 0:
                _write(writer, text[start:end].removesuffix("\r"))
                start, quotes = pos, 0
        self.pending = text[start:]
        self.scanned, self.quotes = len(text) - start, quotes + text.count('"', pos)
        if final and self.pending:  # a last line with no line end (Datasette's own error text)
            _write(writer, self.pending)
            out.seek(out.tell() - 2)
            out.truncate()
            self.pending, self.scanned, self.quotes = "", 0, 0
        return out.getvalue().encode("utf-8", "surrogateescape")


def _write(writer, record: str) -> None:
    row = next(csv.reader([record]), [])
    writer.writerow([safe_cell(cell) for cell in row])


def is_datasette_csv(scope: dict) -> bool:
    path = scope.get("path", "")
    return scope.get("type") == "http" and path.endswith(".csv") and not path.startswith("/-/")


def without_trace(scope: dict) -> dict:
    """The request without its ``_trace`` parameters (HTML debug output is not CSV)."""
    query = scope.get("query_string", b"").decode("latin-1")
    pairs = urllib.parse.parse_qsl(query, keep_blank_values=True, encoding="latin-1")
    kept = [(k, v) for k, v in pairs if k != "_trace"]
    if len(kept) == len(pairs):
        return scope
    return {**scope, "query_string": urllib.parse.urlencode(kept, encoding="latin-1").encode("latin-1")}


def guard(app):
    """ASGI middleware: Datasette's CSV responses, made formula-safe as they stream."""

    async def formula_safe_csv(scope, receive, send):
        if not is_datasette_csv(scope):
            await app(scope, receive, send)
            return
        scope = without_trace(scope)
        cells = None

        async def rewrite(message):
            nonlocal cells
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                content_type = dict((k.lower(), v) for k, v in headers).get(b"content-type", b"")
                if message.get("status") == 200 and content_type.startswith((b"text/plain", b"text/csv")):
                    cells = CsvCells()
                    # The body changes length: let it be sent chunked.
                    message = {**message, "headers": [(k, v) for k, v in headers if k.lower() != b"content-length"]}
            elif message["type"] == "http.response.body" and cells is not None:
                more = message.get("more_body", False)
                message = {**message, "body": cells.feed(message.get("body", b""), final=not more)}
            await send(message)

        await app(scope, receive, rewrite)

    return formula_safe_csv
