"""Folders packed as one file (.zip, .tar, .tar.gz, .tar.bz2, .tar.xz): each member read by its own format's reader.

Corpora travel packed (the BBC corpus is a .zip, Reuters-21578 a .tar.gz); a
user points ingest at the file as at the folder it holds.  Nothing is
unpacked to disk: member names are labels, never paths to write to.
"""

from __future__ import annotations

import logging
import os
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from ..model import Document, NotAnArticle, RejectedInput
from .files import DEFAULT_MAX_BYTES, Parts, is_article_name, read_documents, sha256_of_file
from .registry import PartReading, is_streamed, register

LOGGER = logging.getLogger(__name__)

# One member, unpacked: an article file is well under it, and a member
# that says (or turns out) to be larger is one rejected record.
MAX_MEMBER_BYTES = DEFAULT_MAX_BYTES
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")


NO_ARTICLE = "no article in the packed folder"


def member_parts(path: str | Path, part_bytes: int, before: tuple[int, str] | None = None) -> Parts | None:
    """Hash the zip file and cut its wanted members (in name order) into parts of
    about ``part_bytes`` packed; None when its directory cannot be read (read
    whole, which says why).  A zip file is not appended to: ``before`` is unused.

    A zip's directory says where each member is, so a part is a list of
    members, each carried as "position in the directory:which copy of its
    name" (the second member of a name is labelled ``name~2`` wherever it
    falls).  The parts' byte ranges are the members' packed sizes laid end to
    end, the last ending at the file's size: they measure work and progress.
    """
    size = os.path.getsize(path)
    try:
        with zipfile.ZipFile(path) as packed:
            members = _zip_order(packed)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None
    if not members:
        return None
    parts: list[tuple] = []
    copies: dict[str, int] = {}
    labels: list[str] = []
    start = held = first = 0
    for k, (position, info) in enumerate(members):
        copies[info.filename] = copies.get(info.filename, 0) + 1
        if labels and held + info.compress_size > part_bytes:
            parts.append((start, start + held, first + 1, tuple(labels)))
            start, held, first, labels = start + held, 0, k, []
        labels.append(f"{position}:{copies[info.filename]}")
        held += info.compress_size
    parts.append((start, max(size, start + held), first + 1, tuple(labels)))
    return Parts(size, sha256_of_file(path), tuple(parts))


def _read_members_part(
    path: Path, byte_range: tuple[int, int], first: int, labels: tuple[str, ...], max_bytes: int, bad: list[int],
) -> Iterator[Document]:
    """One part of a big zip file: its members' Documents, as reading it whole gives them."""
    try:
        with zipfile.ZipFile(path) as packed:
            directory = packed.infolist()
            for label in labels:
                position, copy = map(int, label.split(":"))
                info = directory[position]
                yield from _member_documents(path, info.filename, _zip_member_data(packed, info), copy)
    except (zipfile.BadZipFile, ValueError, IndexError, OSError, EOFError) as error:  # changed since it was cut
        raise RejectedInput(f"the zip file cannot be read on ({error})".splitlines()[0]) from None


IN_MEMBERS = PartReading(unit="member", cut=member_parts, read=_read_members_part, nothing_usable=lambda first_bad, reason: NO_ARTICLE)


@register(*ZIP_SUFFIXES, streamed=True, parts=IN_MEMBERS)
def read_zip_file(path: Path) -> Iterator[Document]:
    """A folder packed as a zip file: each member of a format above read by its reader, in name order, `source` = `path#MEMBER`; other members are passed over, as a folder's are.

    As ``read_tar_file`` reads a tar file, with the zip's own limits: a
    member encrypted or packed by a method Python lacks is one rejected record.
    """
    yield from _packed_folder(path, "zip")


@register(*TAR_SUFFIXES, streamed=True)
def read_tar_file(path: Path) -> Iterator[Document]:
    """A folder packed as a tar file, compressed or not: each member of a format above read by its reader, in the order packed, `source` = `path#MEMBER`; other members are passed over. One worker reads the whole file (a compressed tar is one stream).

    A member that is no article (a list of names) is passed over; one its reader rejects, or larger than 20 MB
    unpacked, is one rejected record; the others go on.  Archives inside
    archives are not opened.  ``--max-bytes`` limits neither the file nor its
    members (20 MB each).
    """
    yield from _packed_folder(path, "tar")


def _packed_folder(path: Path, kind: str) -> Iterator[Document]:
    if not path.stat().st_size:
        raise RejectedInput("empty file")
    articles = 0
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
        raise RejectedInput(NO_ARTICLE)


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
        for _, info in _zip_order(packed):
            yield info.filename, _zip_member_data(packed, info)


def _zip_order(packed: zipfile.ZipFile) -> list[tuple[int, zipfile.ZipInfo]]:
    """(position in the directory, entry) of the wanted members, in name order, as
    a folder is walked (the same archive either way; members of one name as packed)."""
    wanted = [(k, info) for k, info in enumerate(packed.infolist()) if not info.is_dir() and _wanted(info.filename)]
    return sorted(wanted, key=lambda member: member[1].filename)


def _zip_member_data(packed: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes | str:
    """The member's bytes, or why they cannot be read."""
    if info.file_size > MAX_MEMBER_BYTES:
        return _too_large()
    try:
        with packed.open(info) as member:
            data = member.read(MAX_MEMBER_BYTES + 1)
    except (RuntimeError, NotImplementedError, ValueError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        # Encrypted, packed by a method Python lacks, or damaged: this member only.
        return f"member cannot be unpacked ({error})".splitlines()[0]
    return data if len(data) <= MAX_MEMBER_BYTES else _too_large()


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
