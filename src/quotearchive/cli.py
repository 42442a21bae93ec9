"""The command line: a thin click layer over the library API.

Each command parses its options, makes one library call and turns library
errors into click errors.  No extraction or storage logic lives here.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import time
from pathlib import Path

import click

from . import __version__
from .archive.schema import CUE_CLASSES, NO_VALUE, SPEAKER_TYPES
from .archive.lock import DEFAULT_LOCK_TIMEOUT
from .readers.files import DEFAULT_MAX_BYTES

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# Characters that would split an error line or garble the terminal (a file may
# be named "a\nb.txt"), and lone surrogates (bytes of a name that is not UTF-8).
UNPRINTABLE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _printable(text: str) -> str:
    return UNPRINTABLE_RE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def _report(source: str, reason: str) -> None:
    """The library's ``on_error``: one line on stderr per rejected file, record or input line."""
    click.echo(f"error: {_printable(source)}: {_printable(reason)}", err=True)


def _notice(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="quotearchive")
def cli() -> None:
    """Build a searchable archive of news quotations.

    Point `ingest` at a folder of news articles to get a SQLite database of
    articles, quotes, speakers and topics; `serve` publishes it with
    Datasette.  Run `quotearchive COMMAND --help` for each command.
    """


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False, path_type=Path))
@click.option("-s", "--silent", is_flag=True, help="Do not show the progress bar.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Parse in this many processes (default: the number of CPU cores), at low CPU priority (nice "
    "10) so a site served from the same machine stays responsive. One process writes.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    show_default=f"{DEFAULT_MAX_BYTES // 2**20} MB",
    help="Reject input files larger than this many bytes instead of parsing them. A JSON Lines file "
    "(.jsonl) is read in parts of whole lines, whatever its size: the limit is then on each line. "
    "Web archives (.warc, .warc.gz, .arc), gzipped dumps (.jsonl.gz) and packed folders (.zip, .tar...) are read as "
    "streams: not limited (each page, line or member is, at 20 MB).",
)
@click.option("--force", is_flag=True, help="Re-parse every file, even those unchanged since the last run.")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=None,
    show_default="2000",
    help="Commit after this many articles (or 2 seconds). A crash loses at most one batch; a re-run redoes it.",
)
@click.option(
    "--dask",
    "dask_scheduler",
    metavar="SCHEDULER",
    default=None,
    help="Parse on a Dask cluster, in shards merged into DB_PATH: 'local' starts one on this machine "
    "(--workers processes), or give a scheduler address (tcp://host:8786) whose workers share this "
    "file system. Needs: pip install 'dask[distributed]'. Not yet with --outlet, --manifest or --exclude.",
)
@click.option("--outlet", metavar="NAME", default=None, help='The outlet of every article read (a corpus from one outlet: --outlet "BBC News"); a manifest row overrides it.')
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A CSV (with a header) or JSON Lines file of rows, each with a path (below the folder given) or an id "
    "(an article's source, reut2-000.sgm#5) and any of url, outlet, published, title, byline, language: "
    "they fill or override what the text gives.",
)
@click.option(
    "--exclude",
    metavar="GLOB",
    multiple=True,
    help="Do not read files matching this pattern (below the folder given, or a file name: '*.lc.txt', 'notes/*'); repeatable.",
)
@click.option(
    "--wait",
    "wait_seconds",
    metavar="SECONDS",
    type=click.FloatRange(min=0),
    default=DEFAULT_LOCK_TIMEOUT,
    show_default=True,
    help="While another ingest writes DB_PATH, wait this many seconds for it to finish, then refuse "
    "without writing (0: refuse at once). A scheduled run that may overlap a long one wants more.",
)
def ingest(
    db_path: Path,
    paths: tuple[Path, ...],
    silent: bool,
    workers: int | None,
    max_bytes: int | None,
    force: bool,
    batch_size: int | None,
    dask_scheduler: str | None,
    outlet: str | None,
    manifest: Path | None,
    exclude: tuple[str, ...],
    wait_seconds: float,
) -> None:
    """Parse news articles into the SQLite database DB_PATH.

    PATHS are files or folders (searched recursively): plain text (.txt),
    saved web pages (.html, .htm), Reuters-21578 SGML (.sgm) and crawler
    JSON Lines (.jsonl); in folders, hidden files and a corpus's README,
    LICENSE and the like are skipped. Each article becomes one row in
    `articles`, with its quotes, speakers and topics.  Re-running
    on the same files changes nothing; a changed file updates its article in
    place, and so does one whose --outlet or manifest row changed.  A file that
    cannot be read is reported on stderr, one line each, and the rest go on;
    the exit status is 1 when any file was rejected.  A file that is not
    prose (a list of names, source code) is skipped with one line saying so.
    Articles are stored by their path from the folder given (its name first:
    bbc/politics/209.txt), never by where they lie on this machine.

    \b
    Examples:
        quotearchive ingest data/quotes.db seeds/ ~/crawl/2024/
        quotearchive ingest data/bbc.db ~/corpora/bbc --outlet "BBC News"
        quotearchive ingest data/crawl.db ~/crawl --manifest ~/crawl/urls.csv --exclude 'drafts/*'
    """
    from . import ingest as ingest_lib
    from .ingest.manifest import ManifestError, load_manifest
    from .ingest.supplied import Supplied

    loaded = None
    if manifest is not None:
        try:
            loaded = load_manifest(manifest, on_error=_report)
        except ManifestError as error:
            raise click.ClickException(str(error)) from None
    supplied = Supplied(outlet=(outlet or "").strip() or None, manifest=loaded, exclude=exclude)
    if supplied and dask_scheduler:
        raise click.UsageError("--outlet, --manifest and --exclude do not work with --dask yet.")
    summary = ingest_lib.Summary()
    options = {"workers": workers, "force": force, "dask": dask_scheduler, "supplied": supplied, "summary": summary,
               "lock_timeout": wait_seconds}
    if max_bytes is not None:
        options["max_bytes"] = max_bytes
    if batch_size is not None:
        options["batch_size"] = batch_size

    started = time.perf_counter()

    def progressbar(total_bytes: int):
        # Bytes move the bar (one big dump as steadily as many small files); beside
        # it, files and articles done and the rate, from the run's live Summary.
        return click.progressbar(
            length=total_bytes, label="Ingesting", file=sys.stderr,
            item_show_func=lambda _: summary.progress_line(time.perf_counter() - started),
        )

    def skipped(source: str, reason: str) -> None:
        click.echo(f"skipped: {source}: {reason}", err=True)

    try:
        summary = ingest_lib.ingest(
            db_path, list(paths), progress=None if silent else progressbar, on_error=_report, on_skip=skipped,
            on_wait=_notice, **options
        )
    except ingest_lib.IngestBusy as error:
        raise click.ClickException(f"{db_path}: {error}, or wait longer with --wait SECONDS") from None
    except ingest_lib.DaskNotInstalled:
        raise click.ClickException("--dask needs Dask: pip install 'dask[distributed]'") from None
    except KeyboardInterrupt:
        click.echo("\ninterrupted: every article committed so far is kept whole; run the same command to continue", err=True)
        sys.exit(130)
    except (sqlite3.Error, OSError) as error:
        raise click.ClickException(f"{db_path}: {error}") from error
    click.echo(summary.describe(), err=True)
    if summary.rejected:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, readable=False, path_type=Path))
@click.option(
    "--jsonl",
    "jsonl",
    type=click.File("r", encoding="utf-8"),
    default=None,
    help='Read articles from this JSON Lines file ("-" for stdin), one {"id", "text"} object a line.',
)
def extract(paths: tuple[Path, ...], jsonl) -> None:
    """Print the quotes and reported statements in articles as JSON, without a database.

    With PATHS (files or folders): one JSON object per article on stdout,
    with its metadata and quotes; offsets are into the cleaned body.
    Reported speech (no quote marks: "X said the plan would fail") comes
    with kind "indirect", its text the reported clause.

    With --jsonl: each input line {"id": ..., "text": ...} is one article's
    raw text; each output line, in input order, is {"id": ..., "quotes":
    [...]} with start/end offsets into that input text. A line may carry a
    saved page as "html" instead: its output adds the extracted "body" the
    offsets point into.  Use it to run the
    extractor over your own corpus:

    \b
        quotearchive extract --jsonl corpus.jsonl > quotes.jsonl

    Speakers come from the rules, and, where they find no one and spaCy is
    installed (pip install '.[parse]' from a checkout), from a dependency parse
    of the quote's sentence; QUOTEARCHIVE_PARSER=off keeps to the rules. The
    last line on stderr says which ran.
    """
    from .ingest import extracting

    if bool(paths) == bool(jsonl):
        raise click.UsageError("Give either PATHS or --jsonl, not both and not neither.")

    if jsonl is not None:
        errors = extracting.extract_lines(jsonl, sys.stdout, on_error=_report)
    else:
        errors = extracting.extract_files(paths, sys.stdout, on_error=_report)
    click.echo(extracting.speaker_mode(), err=True)  # which resolver ran: rules alone, or with the parse
    sys.exit(1 if errors else 0)


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; 0.0.0.0 to accept outside connections.")
@click.option("-p", "--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option(
    "--live",
    is_flag=True,
    help="Serve a database that ingest is still writing: opened read-only and re-read on change, "
    "instead of immutable (no locking, counts computed once, HTTP caching safe).",
)
@click.option("--allow-sql", is_flag=True, help="Let visitors run their own read-only SQL. Off by default: a public site needs only the canned queries.")
@click.option("--sql-time-limit-ms", type=click.IntRange(min=10), default=None, help="Stop any query after this long (default 3000 ms).")
@click.option("--owner", is_flag=True, help="Serve for the archive's owner: show the local paths of ingested files (hidden by default).")
def serve(db_path: Path, host: str, port: int, live: bool, allow_sql: bool, sql_time_limit_ms: int | None, owner: bool) -> None:
    """Publish the archive at DB_PATH with Datasette.

    Full-text search, faceted browsing of quotes by speaker, outlet, topic,
    kind and year, a page per quote showing it in its article, and CSV/JSON
    export of every table.  The defaults are those of a public site:
    read-only, arbitrary SQL off, time-limited queries, bounded pages.
    The counts computed at start are kept in DB_PATH.serve-cache.json, so the
    next start (or a copy made with the file's time kept) is quick.
    While an ingest writes DB_PATH, serve it with --live; what a stopped
    ingest committed to DB_PATH-wal is moved into the file first.

    \b
    Example:
        quotearchive serve data/quotes.db --port 8001
    """
    from . import site

    settings = {"sql_time_limit_ms": sql_time_limit_ms} if sql_time_limit_ms else None
    site.serve(db_path, host=host, port=port, immutable=not live, allow_sql=allow_sql, settings=settings, owner=owner,
               # Only once the file is known to be servable: one that is not is one line, "Error: ...".
               on_ready=lambda: click.echo(f"Serving {db_path} at http://{host}:{port}/ (Ctrl+C to stop)", err=True),
               on_warning=lambda line: click.echo(f"Warning: {line}", err=True),
               # A first start of a big archive counts for a minute or more before it serves: say so.
               on_counting=lambda cache: click.echo(
                   f"Counting the rows and facets of {db_path} for its first start (a minute or two per million quotes); "
                   f"kept in {cache} for the next start", err=True))


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="csv", show_default=True,
    help="Output format. Parquet (typed columns, compressed; for pandas, polars, R or DuckDB) needs -o and the export extra.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-", help="Write here instead of stdout.")
@click.option("--speaker", help="Only quotes by this speaker (name as in the speakers table, any case).")
@click.option("--topic", help="Only quotes on this topic (slug or name, e.g. nato).")
@click.option("--since", help="Only quotes published on or after this date: a year, month or day (2017, 2017-06, 2017-06-01).")
@click.option("--until", help="Only quotes published on or before this date (a year or month: its last day).")
@click.option(
    "--kind",
    "kinds",
    type=click.Choice(["full", "partial", "indirect"]),
    multiple=True,
    help="Only quotes of this kind: full and partial are in quote marks, indirect is reported speech. Repeat for several.",
)
@click.option(
    "--source-type",
    "source_types",
    type=click.Choice([*SPEAKER_TYPES, NO_VALUE]),
    multiple=True,
    help="Only quotes whose speaker is of this type: a named person, an organisation, an unnamed source, a document, another description; none: no speaker. Repeat for several.",
)
@click.option(
    "--stance",
    "stances",
    type=click.Choice([*CUE_CLASSES, NO_VALUE]),
    multiple=True,
    help="Only quotes whose reporting verb has this stance (neutral: said; distancing: claimed; ...; none: no reporting verb). Repeat for several.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    help="Only quotes whose speaker_confidence is at least this (0.8 keeps the attributions the site does not mark uncertain; quotes with no speaker have 0).",
)
@click.option("--sample", type=click.IntRange(min=1), help="Export this many of the matching quotes, chosen at random (for manual coding).")
@click.option("--seed", type=int, default=0, show_default=True, help="With --sample: the same seed gives the same sample.")
@click.option(
    "--no-formula-escape",
    is_flag=True,
    help="Write cells starting with = + - @ verbatim. By default they get a leading ' so spreadsheets do not run them as formulas.",
)
def export(db_path: Path, fmt: str, output, speaker, topic, since, until, kinds, source_types, stances, min_confidence,
           sample, seed, no_formula_escape: bool) -> None:
    """Export quotes with their speaker and article, every matching row.

    Oldest first, one row per quote: its stable id (the site's permalink is
    /quotes/quotes/ID), text, speaker (name, type, role and the words the
    article used), cue verb and its stance, kind, date, outlet, article (id,
    title, URL, source file), topics, offsets into the article body and the
    sentence around it. The README's schema describes each column.

    \b
    Examples:
        quotearchive export data/quotes.db --speaker "Vladimir Putin" --since 2017-01-01 > putin.csv
        quotearchive export data/quotes.db --format jsonl --topic nato -o nato.jsonl
        quotearchive export data/quotes.db --format parquet -o quotes.parquet
        quotearchive export data/quotes.db --sample 200 --seed 7 > to-code.csv
        quotearchive export data/quotes.db --kind full --kind partial > direct.csv
        quotearchive export data/quotes.db --source-type unnamed --stance distancing > anonymous-claims.csv
    """
    from .archive import export as export_lib
    from .archive import store

    db = store.open_db(db_path)
    try:
        # Checked before the first row: a value that matches nothing is an error, not "0 quotes".
        rows = export_lib.iter_quotes(
            db, speaker=speaker, topic=topic, since=since, until=until, kinds=kinds, source_types=source_types,
            stances=stances, min_confidence=min_confidence, sample=sample, seed=seed,
        )
    except export_lib.BadFilter as error:
        raise click.BadParameter(error.message, param_hint=f"'{error.option}'") from None
    if fmt == "parquet":
        if output == "-":
            raise click.BadParameter("Parquet is a binary file: name one with -o FILE.parquet", param_hint="'--output'")
        try:
            count = export_lib.write_parquet(rows, output)
        except export_lib.ParquetUnavailable as error:
            raise click.ClickException(str(error)) from None
        except OSError as error:
            raise click.FileError(output, error.strerror or str(error)) from None
    else:
        try:
            out = click.open_file(output, "w", encoding="utf-8")
        except OSError as error:
            raise click.FileError(output, error.strerror or str(error)) from None
        with out:
            if fmt == "csv":
                count = export_lib.write_csv(rows, out, formula_safe=not no_formula_escape)
            else:
                count = export_lib.write_jsonl(rows, out)
    click.echo(f"{count} quotes exported", err=True)


if __name__ == "__main__":  # python -m quotearchive.cli, as the crash test runs it
    cli()
