"""What people type in a search box, as an FTS5 query that is always valid.

Datasette's ``escape_fts`` quotes every word, so nothing a user types is a
syntax error, and also nothing but words and "phrases" works: ``clim*``
finds nothing, and ``putin OR blair`` looks for the word "or".
``fts_query`` keeps that safety and understands the few things researchers
type into search boxes everywhere:

- ``nuclear treaty``: both words (with their endings: the index stems them)
- ``"arms race"``: the phrase
- ``clim*``: any word starting with "clim" (two letters or more before the star)
- ``putin OR blair``: either
- ``-sport`` or ``NOT sport``: not that word (with at least one wanted term:
  alone, or with nothing searchable at all, the query matches nothing)

Anything else is a word: every term is quoted, so FTS5 never sees an
operator or a column name the user did not mean.  The site registers it as
the SQL function ``escape_fts``, so table pages' ``?_search=`` and the canned
ranked search read the same syntax as ``/search``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# A "phrase" (its closing mark optional, a leading - and a trailing * allowed), or a word.
TOKEN_RE = re.compile(r'(-?)"([^"]*)"?(\*?)|([^\s"]+)')
OPERATORS = ("OR", "AND", "NOT")  # as bare words, in capitals
MIN_PREFIX = 2  # letters before a "*"
NOTHING = '""'  # an empty phrase: a valid query that matches nothing (an empty one is a syntax error)


class Token(NamedTuple):
    """One thing typed: a word or "phrase" (``text``), with its ``-`` and ``*``;
    a bare OR, AND or NOT also says so in ``operator`` (whether it acts as one
    is the reader's call: "OR" opening a query is a word)."""

    text: str
    minus: bool
    star: bool
    operator: str | None


def tokens(query: str) -> Iterator[Token]:
    """What ``query`` holds, in order: the one reading of the syntax above."""
    for match in TOKEN_RE.finditer(query or ""):
        minus, phrase, star, word = match.groups()
        if word is None:
            yield Token(phrase, bool(minus), bool(star), None)
            continue
        minus = word.startswith("-") and len(word) > 1
        star = word.endswith("*")
        yield Token(word[minus : len(word) - star], minus, star, word if word in OPERATORS else None)


def fts_query(text: str) -> str:
    clauses: list[list[str]] = []  # AND of ORs
    excluded: list[str] = []
    want_or = want_not = False
    for token in tokens(text):
        if token.operator == "OR" and clauses and not want_not:
            want_or = True
            continue
        if token.operator == "AND":
            continue
        if token.operator == "NOT":
            want_not = True
            continue
        term = _term(token.text, token.star)
        if term is None:
            continue
        if token.minus or want_not:
            excluded.append(term)
        elif want_or:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        want_or = want_not = False
    if not clauses:
        return NOTHING  # only exclusions, or only punctuation: FTS5 has no query for "everything but"
    query = " AND ".join(c[0] if len(c) == 1 else "(" + " OR ".join(c) + ")" for c in clauses)
    if excluded:
        query = (f"({query})" if len(clauses) > 1 else query) + "".join(f" NOT {t}" for t in excluded)
    return query


def _term(text: str, prefix: bool) -> str | None:
    if not text.strip(" *"):
        return None
    quoted = '"' + text.replace('"', '""') + '"'
    # A one-letter prefix ("t*") expands to most of the index, slower than the
    # commonest word: it is read as the word.
    return quoted + " *" if prefix and len(text.strip()) >= MIN_PREFIX else quoted


def left_out_only(text: str) -> bool:
    """True when the words only leave terms out (``-sport``, ``NOT sport``): nothing is there to find."""
    return fts_query(text) == NOTHING and any(token.minus or token.operator == "NOT" for token in tokens(text))


def _wanted_patterns(query: str) -> tuple[list[str], bool]:
    """The regexes of the query's wanted terms as written, and whether any one of them is enough (OR)."""
    patterns = []
    any_one = False
    excluded_next = False
    for token in tokens(query):
        if token.operator in ("OR", "AND"):
            any_one = any_one or token.operator == "OR"
            continue
        if token.operator == "NOT":
            excluded_next = True
            continue
        words = re.findall(r"\w+", token.text)
        if token.minus or excluded_next or not words:
            excluded_next = False
            continue
        ending = r"\w*" if token.star and len(token.text.strip()) >= MIN_PREFIX else ""
        patterns.append(r"\W+".join(map(re.escape, words)) + ending)
    return patterns, any_one


def _as_written(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)


def mark_words(text: str, query: str) -> str:
    """``text`` with the query's wanted terms between \\x02 and \\x03, as FTS5's highlight() marks them.

    For the exact index, which keeps no text to highlight from: its words
    match as written (any case), a phrase's words in a row, ``clim*`` any
    ending; left-out words are not marked.
    """
    patterns, _ = _wanted_patterns(query)
    if not patterns:
        return text
    return _as_written(patterns).sub(lambda m: "\x02" + m.group(0) + "\x03", text)


def has_words_as_written(text: str, query: str) -> bool:
    """Does ``text`` hold the query's wanted terms as written (each of them; any one after OR)?

    The speakers and articles listed beside an exact-words search come from
    stemmed indexes; this keeps those that hold the words themselves.
    """
    patterns, any_one = _wanted_patterns(query)
    if not patterns:
        return True
    found = [_as_written([pattern]).search(text) for pattern in patterns]
    return any(found) if any_one else all(found)


def snippet_as_written(text: str, query: str, words: int = 24) -> str:
    """About ``words`` words of ``text`` around the first of the query's terms as written, marked
    as ``mark_words`` marks them, with "…" where text was cut (as FTS5's snippet() writes it)."""
    marked = mark_words(text, query)
    at = marked.find("\x02")
    if at < 0:
        at = 0
    before = marked[:at].split()
    after = marked[at:].split()
    start = max(0, len(before) - words // 4)
    kept = before[start:] + after[: words - (len(before) - start)]
    cut_after = len(before) - start + len(after) > len(kept)
    return ("…" if start else "") + " ".join(kept) + ("…" if cut_after else "")


def shown_query(q: str) -> str:
    """The words as the heading quotes them: “climate”, or “interest rates” for "interest rates", not “"…"”."""
    if '"' not in q:
        return f"“{q}”"
    opened = False
    out = []
    for ch in q:
        if ch == '"':
            out.append("”" if opened else "“")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out) + ("”" if opened else "")


def nothing_to_find(q: str) -> str:
    """Why a search with no word to look for finds nothing (``-sport`` alone)."""
    if left_out_only(q):
        return (f"{shown_query(q)} only leaves words out: a search needs at least one word to find. "
                f"Add one, as in “climate {q.strip()}”.")
    return f"{shown_query(q)} has no word to search for."
