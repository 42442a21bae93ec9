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

# A "phrase" (its closing mark optional, a leading - and a trailing * allowed), or a word.
TOKEN_RE = re.compile(r'(-?)"([^"]*)"?(\*?)|([^\s"]+)')
MIN_PREFIX = 2  # letters before a "*"
NOTHING = '""'  # an empty phrase: a valid query that matches nothing (an empty one is a syntax error)


def fts_query(text: str) -> str:
    clauses: list[list[str]] = []  # AND of ORs
    excluded: list[str] = []
    want_or = want_not = False
    for match in TOKEN_RE.finditer(text or ""):
        minus, phrase, star, word = match.groups()
        if word is not None:
            if word == "OR" and clauses and not want_not:
                want_or = True
                continue
            if word == "AND":
                continue
            if word == "NOT":
                want_not = True
                continue
            minus, star = ("-" if word.startswith("-") and len(word) > 1 else ""), ("*" if word.endswith("*") else "")
            phrase = word[len(minus) : len(word) - len(star)]
        term = _term(phrase, bool(star))
        if term is None:
            continue
        if minus or want_not:
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
    return fts_query(text) == NOTHING and any(
        m.group(1) == "-" or (m.group(4) or "").startswith("-") and len(m.group(4)) > 1 or m.group(4) == "NOT"
        for m in TOKEN_RE.finditer(text or "")
    )


def mark_words(text: str, query: str) -> str:
    """``text`` with the query's wanted terms between \\x02 and \\x03, as FTS5's highlight() marks them.

    For the exact index, which keeps no text to highlight from: its words
    match as written (any case), a phrase's words in a row, ``clim*`` any
    ending; left-out words are not marked.
    """
    patterns = []
    excluded_next = False
    for match in TOKEN_RE.finditer(query or ""):
        minus, phrase, star, word = match.groups()
        if word is not None:
            if word in ("OR", "AND"):
                continue
            if word == "NOT":
                excluded_next = True
                continue
            minus, star = ("-" if word.startswith("-") and len(word) > 1 else ""), ("*" if word.endswith("*") else "")
            phrase = word[len(minus): len(word) - len(star)]
        words = re.findall(r"\w+", phrase or "")
        if minus or excluded_next or not words:
            excluded_next = False
            continue
        ending = r"\w*" if star and len(phrase.strip()) >= MIN_PREFIX else ""
        patterns.append(r"\W+".join(map(re.escape, words)) + ending)
    if not patterns:
        return text
    found = re.compile(r"(?<!\w)(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
    return found.sub(lambda m: "\x02" + m.group(0) + "\x03", text)


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
