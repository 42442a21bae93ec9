"""Folders packed as one file (.zip, .tar, .tar.gz, .tar.bz2, .tar.xz): each member read by its own format's reader.

Corpora travel packed (the BBC corpus is a .zip, Reuters-21578 a .tar.gz); a
user points ingest at the file as at the folder it holds.  Nothing is
unpacked to disk: member names are labels, never paths to write to.
"""

from __future__ import annotations

import logging
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from ..model import Document, NotAnArticle, RejectedInput
from .files import DEFAULT_MAX_BYTES, is_article_name, read_documents
from .registry import is_streamed, register, registered_suffix

LOGGER = logging.getLogger(__name__)

# One member, unpacked: an article file is well under it, and a member
# that says (or turns out) to be larger is one rejected record.
MAX_MEMBER_BYTES = DEFAULT_MAX_BYTES
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")


@register(*ZIP_SUFFIXES, *TAR_SUFFIXES, streamed=True)
def read_packed_folder(path: Path) -> Iterator[Document]:
    """A folder packed as one file (zip or tar, compressed or not): each member of a format above read by its reader, `source` = `path#MEMBER`; other members are passed over, as a folder's are. One worker reads the whole file.

    A zip's members come in name order, as a folder's files; a tar's as
    packed (it is read as a stream).  A member that is no article (a list of
    names) is passed over; one its reader rejects, or larger than 20 MB
    unpacked, is one rejected record; the others go on.  Archives inside
    archives are not opened.  ``--max-bytes`` limits neither the file nor its
    members (20 MB each).
    """
    if not path.stat().st_size:
        raise RejectedInput("empty file")
    articles = 0
    kind = "zip" if registered_suffix(path.name) in ZIP_SUFFIXES else "tar"
    members = _zip_members(path) if kind == "zip" else _tar_members(path)
    seen: dict[str, int] = {}
    try:
        for name, data in members:
            # A name packed twice (zip allows it, tar -r appends) is two articles:
            # the second is labelled name~2, never stored over the first.
            seen[name] = seen.get(name, 0) + 1
            for document in _member_documents(path, name, data, seen[name]):
                articles += document.rejected is None
                yield document
    except RejectedInput:
        raise
    except Exception as error:  # zipfile's and tarfile's errors on damaged input are of many types
        if not articles:
            raise RejectedInput(f"not a readable {kind} file ({error})".splitlines()[0]) from None
        yield Document(source=f"{path}#", rejected=f"the {kind} file cannot be read on ({error})".splitlines()[0])
    if not articles:
        raise RejectedInput("no article in the packed folder")


def _member_documents(path: Path, name: str, data: bytes | str, copy: int = 1) -> Iterator[Document]:
    """The member's Documents; ``data`` as a string is why it cannot be read; ``copy``:
    which member of that name it is."""
    source = f"{path}#{name}"
    label = source if copy == 1 else f"{source}~{copy}"
    if isinstance(data, str):
        yield Document(source=label, rejected=data)
        return
    try:
        for document in read_documents(Path(source), data):
            if copy > 1 and document.source.startswith(source):
                document.source = label + document.source[len(source):]
            yield document
    except NotAnArticle as reason:
        LOGGER.debug("%s passed over: %s", label, reason)
    except RejectedInput as error:
        yield Document(source=label, rejected=str(error))


def _wanted(name: str) -> bool:
    """A member a folder walk would read: a format's file, not hidden, not the
    corpus's own README, not a packed or streamed file inside this one."""
    member = PurePosixPath(name)
    if any(part.startswith(".") for part in member.parts) or name.startswith("__MACOSX/"):
        return False
    return is_article_name(member.name) and not is_streamed(Path(member.name))


def _zip_members(path: Path) -> Iterator[tuple[str, bytes | str]]:
    """(name, bytes, or why they cannot be read) of the wanted members."""
    with zipfile.ZipFile(path) as packed:
        # In name order, as a folder is walked: the same archive either way.
        for info in sorted(packed.infolist(), key=lambda info: info.filename):
            if info.is_dir() or not _wanted(info.filename):
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                yield info.filename, _too_large()
                continue
            try:
                with packed.open(info) as member:
                    data = member.read(MAX_MEMBER_BYTES + 1)
            except (RuntimeError, NotImplementedError, ValueError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
                # Encrypted, packed by a method Python lacks, or damaged: this member only.
                yield info.filename, f"member cannot be unpacked ({error})".splitlines()[0]
                continue
            yield info.filename, data if len(data) <= MAX_MEMBER_BYTES else _too_large()


def _too_large() -> str:
    return f"member larger than {MAX_MEMBER_BYTES:,} bytes unpacked"


def _tar_members(path: Path) -> Iterator[tuple[str, bytes | str]]:
    # "r|*": read as a stream, compressed or not, without seeking back.
    with tarfile.open(path, "r|*") as packed:
        for info in packed:
            if not info.isfile() or not _wanted(info.name):
                continue
            if info.size > MAX_MEMBER_BYTES:
                yield info.name, _too_large()
                continue
            member = packed.extractfile(info)
            yield info.name, member.read() if member is not None else b""
