"""Step 2: split a plain-text article into header, body and trailer.

Saved news text carries the site around the story: navigation ("Back to Main
page", "Listen Live"), a headline block, "Related Topics" lists of other
stories, READ MORE links, embedded tweets, tag lists, comment-section links.
Only the body is searched for quotes, so everything else is set aside here,
but kept (``TextParts.header``/``trailer``/``removed``) because the metadata
step reads dates, bylines, outlets and tags from it.

The rules follow the shape of news pages, not the seed files: a header is the
run of short, unpunctuated lines before the first real paragraph; a trailer is
the run of short headline-like lines after the last one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.dates import is_date_line
from ..text.sentences import ends_sentence

# Whole lines that are site furniture wherever they appear.
NAV_LINE_RE = re.compile(
    r"^(?:back to main page|listen live|get short url|share|share this( article)?|"
    r"print|email|tweet|comments?|discussion|community standards(?:\s*discussion)?|"
    r"advertisement|subscribe|sign up|log ?in|follow us.*|click here.*|"
    r"\(?end\)?|photo:.*|image caption.*|getty images|skip to (?:main )?content)$",
    re.IGNORECASE,
)
# Furniture glued onto a real line: " date 2017-06-14 Back to Main page".
NAV_SUFFIX_RE = re.compile(
    r"\s*(?:back to main page|listen live|get short url|community standards\s*discussion)\s*$",
    re.IGNORECASE,
)
NAV_SUFFIX_ENDINGS = ("page", "live", "url", "discussion")  # how every NAV_SUFFIX_RE match ends
# A photo credit, a line of its own: "Photo: Reuters / 2 June 2017".
PHOTO_CREDIT_RE = re.compile(r"^(?:photo|image|picture)(?: credit)?:", re.IGNORECASE)
# "READ MORE: <headline of another story>" and its kin.
READ_MORE_RE = re.compile(
    r"^(?:read more|read also|see also|also read|related|more|watch|listen)\s*[:|\-–—]\s*\S",
    re.IGNORECASE,
)
# A heading after which the page lists other stories, never this one.
RELATED_BLOCK_RE = re.compile(
    r"^(?:related (?:topics|stories|articles|news|content|coverage)|more (?:on this story|stories|from \w+)|"
    r"you may also like|most (?:read|popular|viewed)|recommended(?: for you)?|top stories|trending)\s*:?$",
    re.IGNORECASE,
)
# Stray markup left by a bad HTML-to-text conversion: "p >", "</p>", "<br/>".
STRAY_MARKUP_RE = re.compile(
    r"^(?:\s*<?/?\s*(?:p|br|div|span|li|ul|ol|em|b|i|u|strong|h[1-6]|td|tr)\s*/?\s*>\s*)+", re.IGNORECASE
)
# "(End)" and "(ends)" closing a wire story.
END_MARK_RE = re.compile(r"\s*\((?:end|ends|endit)\)\s*$", re.IGNORECASE)
# An embedded tweet: its text ends in a t.co / pic.twitter.com link, and the
# next line credits it: "— RT (@RT_com) 3 июня 2017 г."
TWEET_LINK_RE = re.compile(r"(?:https?://t\.co/\S+|pic\.twitter\.com/\S+)\s*$")
TWEET_CREDIT_RE = re.compile(r"^[—–-]\s*(?P<author>[^()\n]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>.*)$")
# Other embedded posts' credit lines, which stand alone (their post's text may
# be an image): "A post shared by RT (@rt_com) on Jun 3, 2017 at 5:12am PDT",
# "Posted by RT on Saturday, June 3, 2017".
EMBED_CREDIT_RES = (
    re.compile(r"^an? (?:post|photo|video) shared by (?P<author>[^()\n]{1,80}?)\s*(?:\(@(?P<handle>[\w.]{1,30})\))?\s+on\s+(?P<date>.{4,60})$", re.I),
    re.compile(r"^posted by (?P<author>[^\n]{1,80}?) on (?P<date>(?:\w+day,\s*)?\w+\.? \d{1,2},? \d{4}.{0,20})$", re.I),
)
EMBED_CREDIT_STARTS = ("a post", "a photo", "a video", "posted by")  # how every EMBED_CREDIT_RES match starts (lower case)
BYLINE_RE = re.compile(r"^(?:by|written by|reporting by|text by)\s+(?P<name>[^\d]{2,80})$", re.IGNORECASE)
TAG_LIST_RE = re.compile(r"^(?:tags?\s*:\s*)?[^.!?:]{1,60}(?:,\s*[^.!?,:]{1,60}){2,}$", re.IGNORECASE)

# A paragraph of at least this many words that ends a sentence starts the body.
MIN_BODY_WORDS = 8
# Fewer words still open the body after the headline when they end as a sentence.
MIN_SENTENCE_WORDS = 3
# Headline-like lines in a trailer are shorter than this.
MAX_TRAILER_HEADLINE_WORDS = 20


@dataclass
class TextParts:
    body: str
    header: list[str] = field(default_factory=list)  # lines before the body
    trailer: list[str] = field(default_factory=list)  # related headlines after it
    tags: list[str] = field(default_factory=list)
    tweets: list[dict] = field(default_factory=list)  # {"text", "author", "handle", "date"}: embedded posts
    removed: list[str] = field(default_factory=list)  # other furniture, for the record


def split_text(raw: str, has_title: bool = False) -> TextParts:
    """Split raw article text into header, clean body and trailer.

    ``has_title`` says the container already gave the headline (Reuters
    <TITLE>, a crawler's "title"), so the first line is body, not headline.
    """
    parts = TextParts(body="")
    lines = _strip_furniture(_lines(raw), parts)
    first_body = 0 if has_title else _first_body_line(lines)
    parts.header = lines[:first_body]
    body_lines = lines[first_body:]
    body_lines = _cut_related_block(body_lines, parts)
    body_lines = _cut_trailer(body_lines, parts)
    title = _headline(parts.header)
    if title:
        # A headline repeated inside the body (a layout artefact) is not text.
        folded = title.casefold()
        body_lines = [ln for ln in body_lines if not _same_folded(ln, folded)]
    parts.body = "\n\n".join(body_lines)
    return parts


def _same_folded(line: str, folded: str) -> bool:
    """``line.casefold() == folded``; an ASCII line folds to as many characters,
    so one of another length is told apart without folding the paragraph."""
    if line.isascii() and len(line) != len(folded):
        return False
    return line.casefold() == folded


def headline(parts: TextParts) -> str | None:
    return _headline(parts.header)


# Every character str.split() (and \s) splits on but the space and the newline.
OTHER_ASCII_WHITESPACE = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f"
OTHER_WHITESPACE = OTHER_ASCII_WHITESPACE + "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def _lines(raw: str) -> list[str]:
    text = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    text = text.replace("\u00a0", " ")
    lines = text.split("\n")
    if _is_tidy(text, lines):
        # Each line is already " ".join(line.split()): splitting and joining
        # every word was a third of split_text's time on the BBC corpus.
        return [line for line in lines if line]
    out = []
    for line in lines:
        line = " ".join(line.split())  # tabs, runs of spaces, indentation
        if line:
            out.append(line)
    return out


def _is_tidy(text: str, lines: list[str]) -> bool:
    """No whitespace in ``text`` (split into ``lines``) but single spaces between words."""
    # Substring tests run in C, one-character ones at memchr speed; a regex
    # for the same would visit every character (and is slower than the split
    # it saves).  Line ends are looked at line by line: cheaper than
    # searching the text for " \n" and "\n ".
    return not (
        "  " in text
        or any(c in text for c in (OTHER_ASCII_WHITESPACE if text.isascii() else OTHER_WHITESPACE))
        or any(line[:1] == " " or line[-1:] == " " for line in lines)
    )


def _strip_furniture(lines: list[str], parts: TextParts) -> list[str]:
    kept: list[str] = []
    skip_next_credit = False
    for line in lines:
        if skip_next_credit:
            skip_next_credit = False
            credit = TWEET_CREDIT_RE.match(line)
            if credit:
                parts.tweets[-1].update(credit.groupdict())
                continue
        # A character every TWEET_LINK_RE and STRAY_MARKUP_RE match holds
        # first: the regexes scan whole paragraphs, a one-character test is a
        # hundred times cheaper and rules out almost every line.
        if "/" in line and TWEET_LINK_RE.search(line):
            parts.tweets.append({"text": line})
            skip_next_credit = True
            continue
        if line[:9].lower().startswith(EMBED_CREDIT_STARTS):
            credit = _embed_credit(line)
            if credit:
                parts.tweets.append({"text": line, **credit})
                continue
        cleaned = STRAY_MARKUP_RE.sub("", line) if ">" in line else line
        # The two suffix patterns scan from every position of the line; test
        # the line's end first (same result, a tenth of the time).
        if cleaned[-12:].rstrip().lower().endswith(NAV_SUFFIX_ENDINGS):
            cleaned = NAV_SUFFIX_RE.sub("", cleaned)
        if cleaned.rstrip().endswith(")"):
            cleaned = END_MARK_RE.sub("", cleaned)
        cleaned = cleaned.strip()
        if not cleaned or NAV_LINE_RE.match(cleaned) or READ_MORE_RE.match(cleaned):
            parts.removed.append(line)
            continue
        kept.append(cleaned)
    return kept


def _embed_credit(line: str) -> dict | None:
    for pattern in EMBED_CREDIT_RES:
        m = pattern.match(line)
        if m:
            return m.groupdict()
    return None


def is_body_paragraph(line: str) -> bool:
    return word_count(line, MIN_BODY_WORDS) >= MIN_BODY_WORDS and ends_sentence(line)


def _short_sentence(line: str) -> bool:
    """A short line under the headline that is a sentence ("Jamie Costin should be paralysed.")
    opens the story: a rubric, byline or date line does not end as a sentence does."""
    return (ends_sentence(line) and word_count(line, MIN_SENTENCE_WORDS) >= MIN_SENTENCE_WORDS
            and not BYLINE_RE.match(line) and not is_date_line(line))


def word_count(line: str, limit: int) -> int:
    """``len(line.split())``, but any count above ``limit`` is ``limit + 1``:
    a long paragraph is not split into all its words to learn it is long."""
    return len(line.split(None, limit))


def _first_body_line(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if is_body_paragraph(line) or i > 0 and _short_sentence(line):
            return i
    # No line looks like prose: keep everything after a one-line headline.
    return 1 if len(lines) > 1 else 0


def _cut_related_block(lines: list[str], parts: TextParts) -> list[str]:
    for i, line in enumerate(lines):
        if RELATED_BLOCK_RE.match(line):
            parts.trailer.extend(lines[i:])
            return lines[:i]
    return lines


def _cut_trailer(lines: list[str], parts: TextParts) -> list[str]:
    """Drop the tag list and the run of other stories' headlines at the end."""
    end = len(lines)
    trailer: list[str] = []
    while end > 1:
        line = lines[end - 1]
        # Cheap tests first: TAG_LIST_RE backtracks heavily on long comma-rich
        # paragraphs (it was 30% of ingest time on the BBC corpus).
        if not parts.tags and not ends_sentence(line) and TAG_LIST_RE.match(line):
            parts.tags = [t.strip() for t in re.sub(r"^tags?\s*:\s*", "", line, flags=re.I).split(",") if t.strip()]
        elif not ends_sentence(line) and word_count(line, MAX_TRAILER_HEADLINE_WORDS) <= MAX_TRAILER_HEADLINE_WORDS:
            trailer.append(line)
        else:
            break
        end -= 1
    # A single short unpunctuated last line may be a closing subhead or a
    # sign-off; only a run of them is a related-stories list.
    if len(trailer) == 1 and not parts.tags:
        return lines
    parts.trailer[:0] = list(reversed(trailer))
    return lines[:end]


def _headline(header: list[str]) -> str | None:
    for line in header:
        if BYLINE_RE.match(line) or is_date_line(line):
            continue
        if len(line.split()) >= 3:
            return line
    return None

