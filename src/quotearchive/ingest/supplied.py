"""What the user supplies at ingest: ``--outlet``, ``--manifest``, ``--exclude``.

Applied in the ingesting process between the parsers and the writer
(``apply_supplied``): a manifest of a million rows is held once, not copied
to every worker, and a worker's ``Article`` stays what the text gave.  Each
value supplied is recorded in ``Article.provenance`` ("option", "manifest").
Files that are not articles (``FileResult.not_article``) are reported and
counted here and never reach the writer, so nothing stored is touched.
"""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..model import Article
from ..readers import InputFile
from .manifest import Manifest
from .results import IDLE, FileResult, Summary


@dataclass(frozen=True)
class Supplied:
    outlet: str | None = None  # every article of the run: the corpus's outlet
    manifest: Manifest | None = None  # per file or article, beats ``outlet``
    exclude: tuple[str, ...] = ()  # glob patterns of files not to read

    def __bool__(self) -> bool:
        return bool(self.outlet or self.manifest or self.exclude)

    def fingerprint(self, found: InputFile) -> str:
        """A hash of what is supplied for the file (recorded in ``files.supplied``):
        when it changes, the file is parsed again though its bytes did not, so a
        corrected --outlet or manifest row reaches the articles.  "" for nothing."""
        if not self.outlet and self.manifest is None:
            return ""
        row = self.manifest.by_path.get(found.inner) if self.manifest is not None else None
        ids = self.manifest.ids_digest if self.manifest is not None else ""
        if not (self.outlet or row or ids):
            return ""
        text = repr((self.outlet, sorted(row.values.items()) if row else None, ids))
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def included(files: Iterable[InputFile], exclude: tuple[str, ...], summary: Summary) -> Iterator[InputFile]:
    """The files no ``--exclude`` pattern matches; the others are counted in ``summary.excluded``.

    A pattern is matched against the path below the folder given
    (``*.lc.txt``, ``notes/*``) and the stored name (``reuters/*.lc.txt``); a
    pattern without "/" also against the file's own name, wherever it lies.
    """
    for found in files:
        candidates = (found.inner, found.name, found.path.name)
        if any(fnmatch.fnmatchcase(c, pattern) for pattern in exclude for c in candidates):
            summary.excluded += 1
            summary.files += 1  # found, as the files read are counted (``tasks.changed_tasks``)
            continue
        yield found


def apply_supplied(
    results: Iterator[FileResult | None], supplied: Supplied, summary: Summary,
    on_skip: Callable[[str, str], None] | None, on_progress: Callable[[int], None],
) -> Iterator[FileResult | None]:
    """Each result with the user's values applied to its articles; not-articles reported and held back.

    Also counts the files done (``summary.files_done``) for the progress line.
    """
    for result in results:
        if result is IDLE:
            yield result
            continue
        if result.part is None or result.part[0] == result.part[1] - 1:
            summary.files_done += 1
        if result.not_article is not None:
            summary.not_articles += 1
            if on_skip:
                on_skip(result.path, result.not_article)
            on_progress(result.input_bytes)
            continue
        for article in result.articles:
            supply(article, supplied)
        yield result


def supply(article: Article, supplied: Supplied) -> None:
    """Fill or override ``article``'s metadata with what the user gave, recording where it came from."""
    if supplied.outlet:
        article.outlet = supplied.outlet
        article.provenance["outlet"] = "option"
    if supplied.manifest is None:
        return
    source = article.source
    below = source.partition("/")[2] if "/" in source.partition("#")[0] else source  # below the folder given
    row = supplied.manifest.row_for(below, source) or supplied.manifest.row_for(source, source)
    if row is None:
        return
    for name, value in row.values.items():
        setattr(article, name, value)
        article.provenance[name] = "manifest"
    if "published" in row.values:
        article.published_precision = row.precision
        article.published_not_before = None  # a lower bound guessed from embeds yields to the date the user knows
