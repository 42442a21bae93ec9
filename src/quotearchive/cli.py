"""The command line: a thin click layer over the library API.

Each command parses its options, makes one library call and turns library
errors into click errors.  No extraction or storage logic lives here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


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
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-s", "--silent", is_flag=True, help="Do not show the progress bar.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Parse in this many processes (default: the number of CPU cores). One process writes.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    show_default="50 MB",
    help="Reject input files larger than this many bytes instead of parsing them.",
)
@click.option("--force", is_flag=True, help="Re-parse every file, even those unchanged since the last run.")
def ingest(db_path: Path, paths: tuple[Path, ...], silent: bool, workers: int | None, max_bytes: int | None, force: bool) -> None:
    """Parse news articles into the SQLite database DB_PATH.

    PATHS are files or folders (searched recursively). Each article becomes
    one row in `articles`, with its quotes, speakers and topics.  Re-running
    on the same files changes nothing; a changed file updates its article in
    place.  A file that cannot be read is reported on stderr, one line each,
    and the rest go on; the exit status is 1 when any file was rejected.

    \b
    Example:
        quotearchive ingest data/quotes.db seeds/ ~/crawl/2024/
    """
    from . import ingest as ingest_lib

    options = {"workers": workers, "force": force}
    if max_bytes is not None:
        options["max_bytes"] = max_bytes

    def report(source: str, reason: str) -> None:
        click.echo(f"error: {source}: {reason}", err=True)

    summary = ingest_lib.ingest(db_path, list(paths), progress=not silent, on_error=report, **options)
    click.echo(summary.describe(), err=True)
    if summary.rejected:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--jsonl",
    "jsonl",
    type=click.File("r", encoding="utf-8"),
    default=None,
    help='Read articles from this JSON Lines file ("-" for stdin), one {"id", "text"} object a line.',
)
def extract(paths: tuple[Path, ...], jsonl) -> None:
    """Print the quotes found in articles as JSON, without a database.

    With PATHS (files or folders): one JSON object per article on stdout,
    with its metadata and quotes; offsets are into the cleaned body.

    With --jsonl: each input line {"id": ..., "text": ...} is one article's
    raw text; each output line, in input order, is {"id": ..., "quotes":
    [...]} with start/end offsets into that input text.  Use it to run the
    extractor over your own corpus:

    \b
        quotearchive extract --jsonl corpus.jsonl > quotes.jsonl
    """
    from . import pipeline, read

    if bool(paths) == bool(jsonl):
        raise click.UsageError("Give either PATHS or --jsonl, not both and not neither.")
    out = sys.stdout
    failed = False
    if jsonl is not None:
        for number, line in enumerate(jsonl, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                quotes = pipeline.extract_record(record)
            except (ValueError, TypeError, KeyError) as error:
                click.echo(f"error: line {number}: {error}", err=True)
                failed = True
                continue
            out.write(json.dumps({"id": record.get("id"), "quotes": quotes}, ensure_ascii=False) + "\n")
        sys.exit(1 if failed else 0)
    for path in read.iter_input_files(paths):
        try:
            for doc in read.read_documents(path):
                article = pipeline.parse_document(doc)
                out.write(json.dumps(pipeline.article_summary(article), ensure_ascii=False) + "\n")
        except (OSError, ValueError) as error:
            click.echo(f"error: {path}: {error}", err=True)
            failed = True
    sys.exit(1 if failed else 0)
