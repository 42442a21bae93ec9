"""Step 6: assign topics from a small, editable taxonomy (data/topics.json).

A topic matches an article when one of its terms occurs in the body or one of
the article's own tags names it; it matches a quote when a term occurs in the
quote's text or its context sentence.  Terms are whole words, case-insensitive,
with ``*`` for "any ending".
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import Article


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    description: str
    pattern: re.Pattern[str]
    names: frozenset[str]  # lower-cased name and terms, for matching tags
    # For each term, its longest literal piece, case-folded: the pattern can
    # only match a text containing one of them, and ``in`` is far cheaper than
    # the regex (topic matching was a third of ingest time on the BBC corpus).
    needles: tuple[str, ...] = ()
    # The same test split in two, for texts free of UNSAFE_FOR_LOWER: the
    # case-insensitive terms, lower-cased, run case-sensitively on the
    # lower-cased text (several times faster in Python's re), and the
    # acronyms on the text itself.  None where a topic has no such terms.
    loose: re.Pattern[str] | None = None
    exact: re.Pattern[str] | None = None


# The only characters for which "(?i:x) matches c" differs from
# "c.lower() == x" for an ASCII letter x, or whose lower() is not a single
# character of the same \w class (checked over every code point): İ, ı, ſ.
UNSAFE_FOR_LOWER = re.compile("[\u0130\u0131\u017f]")


def _term_regex(term: str) -> str:
    stem = re.escape(term.rstrip("*")).replace(r"\ ", r"[\s-]+")
    return stem + (r"\w*" if term.endswith("*") else r"\b")


@lru_cache(maxsize=1)
def taxonomy() -> tuple[Topic, ...]:
    data = json.loads(resources.files("quotearchive").joinpath("data/topics.json").read_text("utf-8"))
    topics = []
    for t in data["topics"]:
        # Acronyms (NATO, INF) match case-sensitively so "inf" inside prose does not.
        exact = [term for term in t["terms"] if term.rstrip("*").isupper()]
        loose = [term for term in t["terms"] if not term.rstrip("*").isupper()]
        parts = []
        if loose:
            parts.append("(?i:" + "|".join(_term_regex(x) for x in loose) + ")")
        if exact:
            parts.append("|".join(_term_regex(x) for x in exact))
        pattern = re.compile(r"\b(?:" + "|".join(parts) + ")")
        names = frozenset(x.lower().rstrip("*") for x in [t["name"], *t["terms"]])
        needles = tuple(sorted({max(_fold(x.rstrip("*")).split(), key=len) for x in t["terms"]}))
        loose_re = re.compile(r"\b(?:" + "|".join(_term_regex(x.lower()) for x in loose) + ")") if loose else None
        exact_re = re.compile(r"\b(?:" + "|".join(_term_regex(x) for x in exact) + ")") if exact else None
        topics.append(Topic(t["slug"], t["name"], t.get("description", ""), pattern, names, needles, loose_re, exact_re))
    return tuple(topics)


def topic_rows() -> list[dict[str, Any]]:
    return [{"slug": t.slug, "name": t.name, "description": t.description} for t in taxonomy()]


def _fold(text: str) -> str:
    # casefold() maps every character that (?i:) matches to an ASCII letter
    # onto that letter, except two: the dotless i (kept as is) and the dotted
    # capital I (to "i" plus a combining dot), which re both matches to "i".
    return text.casefold().replace("\u0131", "i").replace("i\u0307", "i")


def match_text(text: str, only: Collection[str] | None = None) -> list[str]:
    """Slugs of the topics whose terms occur in ``text`` (of those in ``only``, if given)."""
    candidates = taxonomy() if only is None else [t for t in taxonomy() if t.slug in only]
    if UNSAFE_FOR_LOWER.search(text):
        folded = _fold(text)
        return [t.slug for t in candidates if any(n in folded for n in t.needles) and t.pattern.search(text)]
    lowered = text.lower()  # here the same as casefold() for every needle and term
    return [
        t.slug
        for t in candidates
        if any(n in lowered for n in t.needles)
        and ((t.loose is not None and t.loose.search(lowered)) or (t.exact is not None and t.exact.search(text)))
    ]


def assign_topics(article: Article) -> list[str]:
    """Topic slugs for the article, from its tags, title and body (quotes: ``quote_topics``)."""
    tags = {tag.lower() for tag in article.tags}
    found = {t.slug for t in taxonomy() if t.names & tags}
    found.update(match_text(article.title or ""))
    found.update(match_text(article.body))
    return [t.slug for t in taxonomy() if t.slug in found]


def quote_topics(text: str, context: str | None, article_topics: Collection[str] | None = None) -> list[str]:
    """Topics of a quote, from its words and its sentence.

    Both are body text, so a quote can only be on topics its article's body
    matched: passing ``article_topics`` skips testing the others.
    """
    return match_text(text + "\n" + (context or ""), only=article_topics)
