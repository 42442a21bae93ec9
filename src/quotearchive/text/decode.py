"""Bytes of unknown encoding to text: the one place that decides how a file is decoded."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from ..model import RejectedInput

# A text whose decoded form has more of these than this share is binary, not
# an article (PDFs, images, archives saved under a .txt name).
CONTROL_CHARS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v")
CONTROL_RE = re.compile("[" + re.escape("".join(sorted(CONTROL_CHARS))) + "]")
CONTROL_BYTES = "".join(sorted(CONTROL_CHARS)).encode("ascii")
MAX_CONTROL_SHARE = 0.01



def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOM, then UTF-8, then detection.

    UTF-8 is tried strictly first because detection on short texts guesses
    wrong more often than valid UTF-8 is not UTF-8.
    """
    if not data.strip():
        raise RejectedInput("empty file")
    # Most files have no control byte (NUL included), which bytes.translate
    # tells in a microsecond: then there is no NUL to look for and, if they
    # are UTF-8 (a control character in the text is that byte in the file),
    # no control character to count either.
    has_control = len(data.translate(None, CONTROL_BYTES)) != len(data)
    if has_control and b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RejectedInput("binary file (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data[:200_000]).best()
        if best is None:
            raise RejectedInput("binary file or unknown text encoding") from None
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            raise RejectedInput(f"undecodable as {best.encoding}") from None
    else:
        if not has_control:
            return text
    sample = text[:100_000]
    # Counted in C (a regex), not char by char in Python: this ran for every file.
    if len(CONTROL_RE.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise RejectedInput("binary file (control characters)")
    return text.replace("\x00", "")
