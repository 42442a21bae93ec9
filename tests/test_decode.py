"""Decoding bytes (text.decode): one module, two doors, the same results as the two decoders it replaced.

``decode_text`` was the plain-text decoder and ``decode_html`` (with
``declared_charset``, ``_best_charset``, ``_chaos`` and ``_checked``) the web
page decoder of ``extract/webpage.py``; they are copied below as they were
before the merge, and the merged module must give the same text, or the same
RejectedInput message, on every input.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from charset_normalizer import from_bytes
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotearchive.model import RejectedInput
from quotearchive.text import decode
from quotearchive.text.decode import decode_page, decode_text

from .conftest import SHARED

FIXTURE_PAGES = sorted((Path(__file__).parent / "fixtures" / "html").glob("*.html"))
CORPUS_PAGES = sorted((SHARED / "corpora" / "html").glob("*.html"))

# --- the decoders as they were before the merge -----------------------------
OLD_CONTROL_CHARS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v")
OLD_CONTROL_RE = re.compile("[" + re.escape("".join(sorted(OLD_CONTROL_CHARS))) + "]")
OLD_CONTROL_BYTES = "".join(sorted(OLD_CONTROL_CHARS)).encode("ascii")
OLD_MAX_CONTROL_SHARE = 0.01
OLD_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
OLD_DECLARED_CHARSET_RE = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
OLD_CHARSET_SCAN_BYTES = 16_384
OLD_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs", "unicode": "utf-8", "utf8": "utf-8",
}
OLD_MARKUP_RE = re.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)
OLD_DETECTION_SAMPLE_BYTES = 200_000
OLD_CHAOS_MARGIN = 0.05
OLD_CHAOS_TIE = 0.01
OLD_COMMON_CHARSETS = ["cp1252", "gb18030", "cp1251", "cp932", "cp1250", "iso8859_2", "cp949", "big5hkscs", "cp1254", "cp874"]


def old_decode_text(data: bytes) -> str:
    if not data.strip():
        raise RejectedInput("empty file")
    has_control = len(data.translate(None, OLD_CONTROL_BYTES)) != len(data)
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
    if len(OLD_CONTROL_RE.findall(sample)) > OLD_MAX_CONTROL_SHARE * len(sample):
        raise RejectedInput("binary file (control characters)")
    return text.replace("\x00", "")


def old_decode_html(data: bytes) -> str:
    if not data.strip():
        raise RejectedInput("empty file")
    for bom, encoding in OLD_BOMS:
        if data.startswith(bom):
            return old_checked(data[len(bom):].decode(encoding, errors="replace"))
    if b"\x00" in data[:8192]:
        raise RejectedInput("binary file (NUL bytes)")
    try:
        return old_checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = old_declared_charset(data)
    if declared == "utf-8":
        declared = None
    return old_checked(data.decode(old_best_charset(data, declared), errors="replace"))


def old_declared_charset(data: bytes) -> str | None:
    for match in OLD_DECLARED_CHARSET_RE.finditer(data[:OLD_CHARSET_SCAN_BYTES]):
        label = (match.group(1) or match.group(2)).decode("ascii", "replace").strip().lower()
        label = OLD_CHARSET_ALIASES.get(label, label)
        try:
            name = codecs.lookup(label).name
        except LookupError:
            continue
        return "utf-8" if name in ("utf-8", "utf-16", "utf-16-le", "utf-16-be") else name
    return None


def old_best_charset(data: bytes, declared: str | None) -> str:
    sample = OLD_MARKUP_RE.sub(b" ", data)[:OLD_DETECTION_SAMPLE_BYTES]
    if not sample.strip():
        sample = data[:OLD_DETECTION_SAMPLE_BYTES]
    results = list(from_bytes(sample))
    if not results:
        if declared:
            return declared
        raise RejectedInput("binary file or unknown text encoding")
    if declared:
        try:
            sample.decode(declared)
        except UnicodeDecodeError:
            declared = None
    best_chaos = min(match.chaos for match in results)
    if declared and old_chaos(sample, declared) <= best_chaos + OLD_CHAOS_MARGIN:
        return declared
    tied = {OLD_CHARSET_ALIASES.get(m.encoding, m.encoding) for m in results if m.chaos <= best_chaos + OLD_CHAOS_TIE}
    for encoding in OLD_COMMON_CHARSETS:
        if encoding in tied:
            return encoding
    best = min(results, key=lambda match: match.chaos)
    return OLD_CHARSET_ALIASES.get(best.encoding, best.encoding)


def old_chaos(sample: bytes, encoding: str) -> float:
    match = from_bytes(sample, cp_isolation=[encoding]).best()
    return 1.0 if match is None else match.chaos


def old_checked(text: str) -> str:
    sample = text[:100_000]
    if sum(ch in OLD_CONTROL_CHARS for ch in sample) > OLD_MAX_CONTROL_SHARE * len(sample):
        raise RejectedInput("binary file (control characters)")
    return text.replace("\x00", "")


# --- random inputs from the pieces that steer decoding ----------------------
FRENCH = "La bibliothèque rouvrira ses portes après l'été, a annoncé le maire. "
POLISH = "Żółty tramwaj zatrzymał się na moście. "
RUSSIAN = "Президент заявил журналистам в среду. "
CHINESE = "市政府星期三宣布，城市图书馆将重新开放。"
JAPANESE = "東京の図書館は水曜日に再開した。"
PIECES = [
    # byte-order marks, and the bytes that follow one
    *(bom for bom, _ in OLD_BOMS), FRENCH.encode("utf-16-le"), FRENCH.encode("utf-16-be"), FRENCH.encode("utf-32-le"),
    # ASCII text and markup
    b"text ", b"The minister said. ", b"\n", b"\r\n", b"\t", b"  ", b"<p>", b"</p>", b"<html><head>", b"</head><body>",
    b"<title>News</title>", b"<script>var a = '\xe9';</script>", b"<style>p{}</style>", b"<!-- \xff -->",
    # declared charsets, true, lying, unknown and malformed
    *(b'<meta charset="%s">' % label for label in (b"utf-8", b"UTF8", b"iso-8859-1", b"windows-1252", b"windows-1250",
      b"iso-8859-2", b"gb2312", b"shift_jis", b"koi8-r", b"windows-1251", b"utf-16", b"euc-kr", b"big5", b"bogus-x", b"")),
    b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    b'<meta http-equiv="Content-Type" content="text/html; charset=\'gbk\'">',
    b'<?xml version="1.0" encoding="windows-1251"?>', b"<?xml version='1.0' encoding='utf-8'?>",
    # text in UTF-8 and in single- and multi-byte legacy codecs
    FRENCH.encode("utf-8"), "“quoted” — €5 😀 ".encode("utf-8"), b"\xc2\xa3", b"\xe2\x80\x9c", CHINESE.encode("utf-8"),
    FRENCH.encode("cp1252"), POLISH.encode("cp1250"), POLISH.encode("iso8859_2"), RUSSIAN.encode("cp1251"),
    RUSSIAN.encode("koi8_r"), CHINESE.encode("gb18030"), JAPANESE.encode("cp932"), JAPANESE.encode("euc_jp"),
    # stray and broken bytes
    b"\xe9", b"\xe8", b"\xa3", b"\x80", b"\x93", b"\x9d", b"\xff", b"\xfe", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80",
    # control bytes, NUL among them
    b"\x00", b"\x00\x00\x00", b"\x01", b"\x08", b"\x0b", b"\x0c", b"\x1b", b"\x1f", b"\x7f",
]
# Long runs put a NUL past the first 8,192 bytes, or dilute control characters below 1%.
LONG_PIECES = [b" " * 8192, b"a" * 5000, FRENCH.encode("cp1252") * 150]
random_bytes = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(LONG_PIECES), st.binary(max_size=12)), max_size=40
).map(b"".join)


def outcome(decoder, data: bytes) -> str:
    """The decoded text, or the rejection's message."""
    try:
        return decoder(data)
    except RejectedInput as error:
        return f"RejectedInput: {error}"


def same_or_issue16(old, new, data: bytes) -> bool:
    """The old decoder's outcome, or one of issue 16's two rules: UTF-8 with one broken
    sequence replaced (``nearly_utf8``), or windows-1252 for a guess made on a few bytes."""
    before, after = outcome(old, data), outcome(new, data)
    if before == after or same_or_issue18(before, after, data):
        return True
    as_utf8 = outcome(lambda d: decode._checked(d.decode("utf-8-sig", errors="replace")), data)
    as_cp1252 = outcome(lambda d: decode._checked(d.decode("cp1252", errors="replace")), data)
    return (decode.nearly_utf8(data) and after == as_utf8) or after == as_cp1252


def same_or_issue18(before: str, after: str, data: bytes) -> bool:
    """Issue 18's two rules: a byte-order mark alone is an empty file; NUL bytes
    in a UTF-16 pattern are UTF-16 without its mark."""
    bom_only = any(data.startswith(bom) and not data[len(bom):].strip() for bom, _ in decode.BOMS)
    if bom_only:
        return after == "RejectedInput: empty file"
    wide = decode.utf16_without_bom(data)
    return wide is not None and before == "RejectedInput: binary file (NUL bytes)" and after == outcome(decode._utf16_or_binary, data)


EXAMPLES = [
    b"", b"  \n", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", b"\xef\xbb\xbf\x00text", b"\xff\xfe" + b"\x01" * 50,
    b"<meta charset=utf-8>" + FRENCH.encode("cp1252"), b"<meta charset=gb2312>" + CHINESE.encode("gb18030"),
    b"<meta charset=iso-8859-1>" + CHINESE.encode("gb18030"), b" " * 9000 + b"\x00", b"a\x01" * 100,
    b"a" * 200 + b"\x01\xe9", b"<meta charset=bogus>\xe9\x01", FRENCH.encode("utf-32-be"),
]


@settings(max_examples=1000, deadline=None)
@given(random_bytes)
def test_decode_text_decodes_as_the_plain_text_decoder_did(data):
    assert same_or_issue16(old_decode_text, decode_text, data)


@settings(max_examples=1000, deadline=None)
@given(random_bytes)
def test_decode_page_decodes_as_the_web_page_decoder_did(data):
    assert same_or_issue16(old_decode_html, decode_page, data)


@pytest.mark.parametrize("data", EXAMPLES)
def test_both_decoders_on_chosen_cases(data):
    assert same_or_issue16(old_decode_text, decode_text, data)
    assert same_or_issue16(old_decode_html, decode_page, data)


@settings(max_examples=300, deadline=None)
@given(random_bytes)
def test_declared_charset_reads_as_before(data):
    assert old_declared_charset(data) == decode.declared_charset(data)


def test_real_pages_decode_as_before():
    """The test fixtures and the saved-page corpus, if here (several encodings, lying declarations), as pages and as text."""
    for path in FIXTURE_PAGES + CORPUS_PAGES:
        data = path.read_bytes()
        assert same_or_issue16(old_decode_html, decode_page, data), path
        assert same_or_issue16(old_decode_text, decode_text, data), path


def test_long_texts_count_control_characters_in_their_first_100000():
    clean_start = ("a" * 100_000 + "\x01" * 5000).encode()
    dirty_start = ("\x01" * 2000 + "a" * 100_000).encode()
    for data in (clean_start, dirty_start, b"\xef\xbb\xbf" + clean_start, b"\xef\xbb\xbf" + dirty_start):
        assert outcome(old_decode_text, data) == outcome(decode_text, data)
        assert outcome(old_decode_html, data) == outcome(decode_page, data)
    assert outcome(decode_text, dirty_start) == "RejectedInput: binary file (control characters)"


# --- decode_text's shortcut --------------------------------------------------
SHORTCUT_PIECES = [b"text ", b"\n", b"\t", b"\x00", b"\x01", b"\x1b", b"\x7f", b"\xc2\xa3", b"\xe2\x80\x9c", b"\xef\xbb\xbf", b"\xff"]


def decode_by_the_rules(data: bytes) -> str:
    """decode_text without its shortcut: the control characters always counted."""
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        raise RejectedInput("empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return decode._utf16_or_binary(data)  # issue 18: UTF-16 without a byte-order mark
    text = data.decode("utf-8-sig")
    sample = text[:100_000]
    if len(decode.CONTROL_RE.findall(sample)) > decode.MAX_CONTROL_SHARE * len(sample):
        raise RejectedInput("binary file (control characters)")
    return text.replace("\x00", "")


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(SHORTCUT_PIECES), max_size=400).map(b"".join))
@example(b"a" * 99 + b"\x01")
def test_decode_text_equals_the_full_rules_on_utf8(data):
    """Control-free UTF-8 is returned without counting control characters: the rules say the same."""
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return  # detection: the same code path either way
    assert outcome(decode_by_the_rules, data) == outcome(decode_text, data)


# --- issue 16 -------------------------------------------------------------------


def test_short_text_with_a_pound_byte_is_windows_1252_not_a_rare_guess():
    """Detection on one non-ASCII byte guessed a Japanese code page ("｣10"); windows-1252 reads it."""
    assert decode_text(b"Tickets \xa310") == "Tickets £10"
    assert decode_page(b"<p>Tickets \xa310</p>") == "<p>Tickets £10</p>"


def test_utf8_with_one_truncated_sequence_is_decoded_with_a_replacement():
    data = "Le café coûte 3 €".encode() + "€".encode()[:2]
    assert decode_text(data) == "Le café coûte 3 €\ufffd"
    assert decode_page(data) == "Le café coûte 3 €\ufffd"
    assert decode.nearly_utf8(data)
    assert not decode.nearly_utf8("café olé".encode("cp1252"))
