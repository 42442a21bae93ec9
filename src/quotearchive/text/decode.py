"""Bytes of unknown encoding to text: the one place that decides how input is decoded.

Two doors, because a text file and a web page carry different evidence:

* ``decode_text`` (plain-text articles, crawler dumps): UTF-8 (with or without
  its BOM) strictly, else detection.  NUL bytes make the file binary unless it
  starts with a UTF-16 byte-order mark.
* ``decode_page`` (saved web pages): any byte-order mark decides, then strict
  UTF-8 (valid UTF-8 is almost never anything else, whatever the page
  declares), then the charset the page declares, read as browsers read it and
  checked against detection, because pages lie about it.

Both reject empty input and text with too many control characters (PDFs,
images, archives saved under a text name), and drop NUL characters.
"""

from __future__ import annotations

import codecs
import os
import re
from os import PathLike

from charset_normalizer import CharsetMatches, from_bytes

from ..model import RejectedInput

# A text whose decoded form has more of these than this share is binary, not
# an article (PDFs, images, archives saved under a .txt name).
CONTROL_CHARS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v")
CONTROL_RE = re.compile("[" + re.escape("".join(sorted(CONTROL_CHARS))) + "]")
CONTROL_BYTES = "".join(sorted(CONTROL_CHARS)).encode("ascii")
MAX_CONTROL_SHARE = 0.01
CONTROL_SAMPLE_CHARS = 100_000
# NUL bytes this early in a file mean binary (text encodings other than
# UTF-16/32 have none).
NUL_SCAN_BYTES = 8192
DETECTION_SAMPLE_BYTES = 200_000

# Byte-order marks and their codecs; UTF-32-LE's begins with UTF-16-LE's, so it is tried first.
BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# A plain text starting with these is full of NUL bytes by design (UTF-16, and
# UTF-32-LE whose mark starts with UTF-16-LE's): not binary.
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# UTF-16 without a mark: at least this share of its character pairs have a zero
# byte on the same side (Latin text: nearly all of them).
UTF16_ZERO_SHARE = 0.6

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml version="1.0" encoding="x"?>; looked for in the head only.
DECLARED_CHARSET_RE = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
CHARSET_SCAN_BYTES = 16_384
# Labels browsers read as a wider codec (the WHATWG Encoding Standard): a page
# saying ISO-8859-1 is decoded as windows-1252, GB2312 as GB18030, and so on.
CHARSET_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs", "unicode": "utf-8", "utf8": "utf-8",
}
# A page is detected on its text (tags, scripts and styles cut out), so that
# kilobytes of ASCII markup do not drown the few letters that tell.
MARKUP_RE = re.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)
# The declared charset stands unless detection finds one clearly less messy.
CHAOS_MARGIN = 0.05
CHAOS_TIE = 0.01
# Detection's tie-break (single-byte codecs often read a text equally cleanly):
# the codecs most used on the web first (W3Techs' ranking, roughly).
# Detection on a few non-ASCII bytes is a guess ("\xa3" read as Central
# European "Ł" rather than "£"): below this many, a single-byte guess other
# than windows-1252 yields to windows-1252 when that reads the bytes.
FEW_NON_ASCII_BYTES = 8
MULTIBYTE_CODECS = frozenset(["gb18030", "cp932", "cp949", "big5hkscs", "euc_jp", "euc_kr", "shift_jis", "big5",
                              "gb2312", "gbk", "hz", "iso2022_jp", "iso2022_kr", "utf_8", "utf_16", "utf_32"])
NON_ASCII_RE = re.compile(rb"[\x80-\xff]")
ISOLATED_HIGH_BYTE_RE = re.compile(rb"(?<![\x80-\xff])[\x80-\xff](?![\x80-\xff])")
# A UTF-8 file with this many broken sequences at most (a multibyte character
# cut in two by a truncation or a byte-limited field) is still UTF-8, when it
# has more valid multibyte characters than broken ones.
MAX_BROKEN_UTF8 = 1
COMMON_CHARSETS = ["cp1252", "gb18030", "cp1251", "cp932", "cp1250", "iso8859_2", "cp949", "big5hkscs", "cp1254", "cp874"]


def decode_text(data: bytes) -> str:
    """Decode a plain-text file: UTF-8 (BOM or not), then detection.

    UTF-8 is tried strictly first because detection on short texts guesses
    wrong more often than valid UTF-8 is not UTF-8.
    """
    _reject_empty(data)
    # Most files have no control byte (NUL included), which bytes.translate
    # tells in a microsecond: then there is no NUL to look for and, if they
    # are UTF-8 (a control character in the text is that byte in the file),
    # no control character to count either.
    has_control = len(data.translate(None, CONTROL_BYTES)) != len(data)
    if has_control and b"\x00" in data[:NUL_SCAN_BYTES] and not data.startswith(UTF16_BOMS):
        return _utf16_or_binary(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if nearly_utf8(data):
            return _checked(data.decode("utf-8-sig", errors="replace"))
        best = _detect(data[:DETECTION_SAMPLE_BYTES]).best()
        if best is None:
            raise RejectedInput("binary file or unknown text encoding") from None
        encoding = _unless_few_bytes(data[:DETECTION_SAMPLE_BYTES], best.encoding)
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise RejectedInput(f"undecodable as {encoding}") from None
    else:
        if not has_control:
            return text
    return _checked(text)


def decode_page(data: bytes) -> str:
    """Decode a web page: BOM, then strict UTF-8, then the declared charset checked by detection."""
    _reject_empty(data)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom):].decode(encoding, errors="replace"))
    if b"\x00" in data[:NUL_SCAN_BYTES]:
        return _utf16_or_binary(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if nearly_utf8(data):
            return _checked(data.decode("utf-8", errors="replace"))
        declared = declared_charset(data)
        if declared == "utf-8":
            declared = None  # it said UTF-8 and is not: the declaration lies
        text = data.decode(_page_charset(data, declared), errors="replace")
    return _checked(text)


def declared_charset(data: bytes) -> str | None:
    """The codec name a page's head declares, mapped as browsers map it, or None."""
    for match in DECLARED_CHARSET_RE.finditer(data[:CHARSET_SCAN_BYTES]):
        label = (match.group(1) or match.group(2)).decode("ascii", "replace").strip().lower()
        label = CHARSET_ALIASES.get(label, label)
        try:
            name = codecs.lookup(label).name
        except LookupError:
            continue
        return "utf-8" if name in ("utf-8", "utf-16", "utf-16-le", "utf-16-be") else name
    return None


def _page_charset(data: bytes, declared: str | None) -> str:
    """The codec to read a page that is not UTF-8 with: the declared one unless detection clearly disagrees."""
    sample = MARKUP_RE.sub(b" ", data)[:DETECTION_SAMPLE_BYTES]
    if not sample.strip():
        sample = data[:DETECTION_SAMPLE_BYTES]
    results = list(_detect(sample))
    if not results:
        if declared:
            return declared
        raise RejectedInput("binary file or unknown text encoding")
    if declared:
        try:
            sample.decode(declared)
        except UnicodeDecodeError:
            declared = None  # bytes the declared codec has no letter for: it lies
    best_chaos = min(match.chaos for match in results)
    if declared and _chaos(sample, declared) <= best_chaos + CHAOS_MARGIN:
        return declared
    # Codecs that read the bytes equally cleanly: the web's commonest wins.
    tied = {CHARSET_ALIASES.get(m.encoding, m.encoding) for m in results if m.chaos <= best_chaos + CHAOS_TIE}
    for encoding in COMMON_CHARSETS:
        if encoding in tied:
            return _unless_few_bytes(sample, encoding)
    best = min(results, key=lambda match: match.chaos)
    return _unless_few_bytes(sample, CHARSET_ALIASES.get(best.encoding, best.encoding))


def nearly_utf8(data: bytes) -> bool:
    """UTF-8 but for MAX_BROKEN_UTF8 broken sequence(s), among more valid multibyte characters (or at the very end)."""
    broken, valid, start = 0, 0, 0
    while True:
        try:
            text = data[start:].decode("utf-8")
        except UnicodeDecodeError as error:
            valid += sum(1 for c in data[start:start + error.start].decode("utf-8") if ord(c) > 127)
            broken += 1
            if broken > MAX_BROKEN_UTF8:
                return False
            if error.reason == "unexpected end of data" and start + error.end >= len(data):
                return True  # the file stops inside its last character
            start += error.end
        else:
            valid += sum(1 for c in text if ord(c) > 127)
            return valid > broken


def _unless_few_bytes(sample: bytes, encoding: str) -> str:
    """windows-1252 for a single-byte guess made on a few non-ASCII bytes, if it reads them."""
    name = codecs.lookup(encoding).name.replace("-", "_") if encoding else encoding
    if name in ("cp1252", "windows_1252") or name.startswith("utf"):
        return encoding
    if name in MULTIBYTE_CODECS and not ISOLATED_HIGH_BYTE_RE.search(sample):
        return encoding  # every high byte has a neighbour: maybe double-byte characters
    if len(NON_ASCII_RE.findall(sample, 0, DETECTION_SAMPLE_BYTES)) >= FEW_NON_ASCII_BYTES:
        return encoding
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return encoding
    return "cp1252"


def _chaos(sample: bytes, encoding: str) -> float:
    """How messy ``sample`` reads in ``encoding`` (0 clean, 1 unreadable)."""
    match = _detect(sample, only=encoding).best()
    return 1.0 if match is None else match.chaos


def _detect(sample: bytes, only: str | None = None) -> CharsetMatches:
    """charset_normalizer's readings of ``sample``, best first; ``only``: try that codec alone."""
    return from_bytes(sample, cp_isolation=[only] if only else None)


def utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 written without a byte-order mark, told by its zero bytes, else None.

    Latin text in UTF-16 has a zero in every other byte: the high byte of each
    character, second (LE) or first (BE).  A binary file's zeros fall anywhere.
    """
    sample = data[:NUL_SCAN_BYTES]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    for zeros, other, codec in ((zeros_odd, zeros_even, "utf-16-le"), (zeros_even, zeros_odd, "utf-16-be")):
        if zeros >= UTF16_ZERO_SHARE * pairs and other <= (1 - UTF16_ZERO_SHARE) * zeros * 0.1:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _utf16_or_binary(data: bytes) -> str:
    """A file with NUL bytes and no byte-order mark: UTF-16 by its zero pattern, else binary."""
    wide = utf16_without_bom(data)
    if wide is None:
        raise RejectedInput("binary file (NUL bytes)")
    if not wide.strip():
        raise RejectedInput("empty file")
    return _checked(wide)


def _reject_empty(data: bytes) -> None:
    """Empty, blank, or a byte-order mark and nothing else."""
    for bom, _ in BOMS:
        if data.startswith(bom):
            data = data[len(bom):]
            break
    if not data.strip():
        raise RejectedInput("empty file")


def _checked(text: str) -> str:
    """``text`` without NULs; RejectedInput if control characters make it binary."""
    sample = text[:CONTROL_SAMPLE_CHARS]
    # Counted in C (a regex), not char by char in Python: this runs for every file.
    if len(CONTROL_RE.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise RejectedInput("binary file (control characters)")
    return text.replace("\x00", "")


# How surely bytes were decoded, surest first (``decoding_certainty``).
CERTAINTIES = ("utf-8", "utf-8 repaired", "guessed")


def decoding_certainty(data: bytes) -> str:
    """How surely ``decode_text`` / ``decode_page`` decode these bytes: as UTF-8 (or
    by a byte-order mark), as UTF-8 with a broken character replaced, or by a guess.

    Ingest keeps a stored article rather than replace it with a less sure reading
    of its file (a UTF-8 file that gained two stray bytes is not re-read as cp1252).
    """
    if data.startswith(tuple(bom for bom, _ in BOMS)):
        return "utf-8"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "utf-8 repaired" if nearly_utf8(data) else "guessed"
    return "utf-8"


def less_certain(new: str | None, stored: str | None) -> bool:
    """Is the ``new`` decoding less sure than the ``stored`` one?  (None: unknown, never less.)"""
    if new not in CERTAINTIES or stored not in CERTAINTIES:
        return False
    return CERTAINTIES.index(new) > CERTAINTIES.index(stored)


def path_text(path: str | bytes | PathLike[str]) -> str:
    """A file name as text that SQLite and a terminal accept: bytes that are not
    UTF-8 (Linux names are bytes; Python keeps them as lone surrogates, which
    SQLite refuses) become a visible ``\\xe9`` escape.

    Used for the names stored (``files.path``, ``articles.source``) and printed;
    the file is still opened by its real name.
    """
    name = os.fsdecode(path)
    if name.isascii():
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")
