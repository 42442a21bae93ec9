"""A learned content-span tagger stacked on the patterns (issue 15, seventh round).

A linear-chain CRF (python-crfsuite, the optional ``tagger`` extra) labels the tokens of
each sentence of the body as B, I or O of a reported statement's content, trained
on PolNeAR train by ``tools/train_reported``.  Its features are the patterns' own reading
(inside a statement they found, its first token, which pattern), the cue lexicon around
each token, the token's shape, ending and punctuation, the nearest cue on each side (its class,
its stance, the word after it, the distance and the clause marks between: session 20),
quotation marks, parentheses and its place in the sentence.  Words are known by name only when they are in the
project's closed lists (``lexicon.reported.FUNCTION_WORDS`` and the cue forms; the people and
role lexicons give a class, not the word): the model file holds no corpus vocabulary.

Its spans go on as the patterns' do (``Found``, then the same ``keep`` and the same
speaker resolver): one that overlaps a pattern's statement by half their union takes that
statement's cue and kind with the tagger's boundaries; a new one takes the nearest cue of
its sentence outside it, or none.  Two-apostrophe quotations (kept whole, as PolNeAR files
them) and clauses holding a direct quotation (linked to it) stay the patterns'.  Without crfsuite, without the model file, or with ``QUOTEARCHIVE_TAGGER=off``, the
patterns run alone, exactly as before.  ``QUOTEARCHIVE_TAGGER=cued`` tags only the sentences that
hold a cue (no statement without one: fewer spans, better speakers, less CPU).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ...lexicon import people
from ...lexicon.reported import FUNCTION_WORDS
from ..cues import cue_class
from .frames import CLAUSE_FORMS, INTENTION_FORMS, NOUN_FORMS, PARTICIPLES, SPEECH_FORMS, TARGET_FORMS
from .spans import Found, Reading, keep

MODEL = Path(__file__).with_name("tagger.crfsuite")
SETTING = "QUOTEARCHIVE_TAGGER"  # "off": the patterns alone; "on": the tagger where it can run
DEFAULT = "off"
# "cued": the tagger reads only the sentences holding a cue.  The spans it finds in sentences with
# none (an interview's answer, a report going on from the sentence before) have no speaker the
# rules can read: PolNeAR dev speaker accuracy 0.803 -> 0.850 and about half the tagger's CPU,
# for span F1 0.567 -> 0.544 (docs/reported-speech.md, ninth round).
CUED = "cued"
# A token: two apostrophes (NYT's quotation mark), a word with its inner apostrophes, dots and
# hyphens ("U.S", "don't", "well-known"), or one character of punctuation.
TOKEN_RE = re.compile(r"''|[^\W_]+(?:['’.-][^\W_]+)*|\S")
QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "«", "»"})
# The word classes the cue lexicon gives, in the order one is chosen for a word.
CUE_CLASSES = (
    ("part", PARTICIPLES), ("noun", NOUN_FORMS), ("target", TARGET_FORMS), ("intent", INTENTION_FORMS),
    ("speech", SPEECH_FORMS), ("clause", CLAUSE_FORMS),
)
CUE_WORDS = frozenset(w.lower() for _, forms in CUE_CLASSES for f in forms for w in f.split()) | {"according", "asked"}
KNOWN_WORDS = FUNCTION_WORDS | CUE_WORDS
PEOPLE_CLASSES = (
    ("title", people.ALL_TITLES), ("role", people.ROLE_WORDS), ("person", people.PERSON_HEADS),
    ("org", frozenset(w.lower() for w in people.ORG_WORDS) | people.ORG_HEADS),
)
FIRST_NAMES = people.FIRST_NAMES
# Endings of English morphology (not words): how a word unknown by name may still show its kind.
SUFFIXES = ("ing", "ed", "ly", "tion", "s")
DISTANCES = (0, 1, 2, 3, 5, 8, 12, 20)  # token distances to the nearest cue, as buckets
# More endings, a feature of their own (the word's shape keeps the five above): a noun ("-ment",
# "-ness", "-ity"), an adjective ("-al", "-ive", "-ous", "-able"), an agent ("-er", "-ers").
ENDINGS = ("ing", "ed", "ly", "tion", "ment", "ness", "ity", "ies", "ers", "ize", "ise", "al", "ive", "ous", "able", "es", "er", "s")
# What follows a cue, as a feature of every token after it: a clause ("that"), an infinitive ("to"),
# a target ("of", "for", "about", "on", "in"), a pause or the end; any other word is "other".
AFTER_CUE = frozenset({"that", "to", "of", "for", "about", "on", "in", ",", "."})
# Marks that end a clause: how many stand between a token and the cue before it.
CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–"})
PARENTHESES = ("par=0", "par=1")  # outside, inside
QUOTE_STATE = ("q=0", "q=1")  # outside quotation marks, inside


def cued_only() -> bool:
    """Is the tagger set to read only the sentences holding a cue (``QUOTEARCHIVE_TAGGER=cued``)?"""
    return os.environ.get(SETTING, DEFAULT).lower() == CUED


def enabled() -> bool:
    """Is the tagger to run: set on, crfsuite importable and the model file shipped?"""
    return os.environ.get(SETTING, DEFAULT).lower() not in ("off", "0", "no", "") and _tagger() is not None


@lru_cache(maxsize=1)
def _tagger():
    """The model, loaded once per process on first use; None where it cannot be."""
    try:
        import pycrfsuite
    except ImportError:
        return None
    if not MODEL.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def reload() -> None:
    """Forget the loaded model (after ``tools/train_reported`` wrote a new one)."""
    _tagger.cache_clear()


def tokens(body: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in TOKEN_RE.finditer(body, start, end)]


def _bucket(n: int) -> str:
    for d in DISTANCES:
        if n <= d:
            return str(d)
    return "far"


BUCKETS = [_bucket(n) for n in range(DISTANCES[-1] + 1)]
# A token's place from the sentence's start and from its end, as features (the last: "far").
POSITIONS = tuple("pos=" + b for b in BUCKETS) + ("pos=far",)
ENDS = tuple("end=" + b for b in BUCKETS) + ("end=far",)


@lru_cache(maxsize=65536)
def _word_class(word: str) -> tuple[str, str]:
    """(what the features call the word, its lexicon class)."""
    low = word.lower()
    lex = next((name for name, forms in CUE_CLASSES if word in forms or low in forms), "")
    if not lex:
        lex = next((name for name, forms in PEOPLE_CLASSES if low in forms), "")
        if not lex and word in FIRST_NAMES:
            lex = "first"
    if low in KNOWN_WORDS:
        return low, lex
    if not word[0].isalnum():
        return word, lex  # punctuation is a closed class
    if word[0].isdigit():
        shape = "D"
    elif word.isupper() and len(word) > 1:
        shape = "XX"
    elif word[0].isupper():
        shape = "Xx"
    else:
        shape = "x"
    return shape + next(("~" + s for s in SUFFIXES if low.endswith(s) and len(low) > len(s) + 2), ""), lex


def _rule_kind(f: Found) -> str:
    if f.quoted:
        return "quoted"
    if f.unattributed:
        return "unnamed"
    if f.short:
        return "short"
    if f.cue.lower() == "according to":
        return "according"
    return next((name for name, forms in CUE_CLASSES if f.cue in forms), "clause")


def sentence_features(body: str, toks: list[tuple[int, int]], cues: list[tuple[str, int, int]], found: list[Found],
                      para: int) -> list[list[str]]:
    """The features of each token of one sentence (``toks``), given its cues and the
    patterns' statements (``found``, those in or around the sentence)."""
    n = len(toks)
    words = [_word_class(body[a:b]) for a, b in toks]
    cue_starts = {c[1] for c in cues}
    is_cue = [a in cue_starts for a, _ in toks]
    rule = ["O"] * n
    kind = [""] * n
    starts = [a for a, _ in toks]
    for f in found:
        k = _rule_kind(f)
        first = True
        for i in range(bisect_left(starts, f.start), n):
            a, b = toks[i]
            if b > f.end:
                break
            rule[i] = "B" if first else "I"
            kind[i] = k
            first = False
    left = [99] * n
    last = -99
    for i in range(n):
        if is_cue[i]:
            last = i
        left[i] = i - last
    right = [99] * n
    nxt = 10**6
    for i in range(n - 1, -1, -1):
        if is_cue[i]:
            nxt = i
        right[i] = nxt - i
    lex = [l for _, l in words]
    context = _cue_context(body, toks, cues, lex, bool(found))
    quotes = depth = 0  # quotation marks seen; parentheses open
    pad = ("<s>", "")
    out = []
    for i in range(n):
        w0, l0 = words[i]
        wm1, lm1 = words[i - 1] if i else pad
        wm2, lm2 = words[i - 2] if i > 1 else pad
        wp1, lp1 = words[i + 1] if i + 1 < n else ("</s>", "")
        wp2, lp2 = words[i + 2] if i + 2 < n else ("</s>", "")
        r0, rm1, rp1 = rule[i], rule[i - 1] if i else "<s>", rule[i + 1] if i + 1 < n else "</s>"
        dl = BUCKETS[left[i]] if left[i] < len(BUCKETS) else "far"
        feats = [
            "b", "w=" + w0, "w-1=" + wm1, "w+1=" + wp1, "w-2=" + wm2, "w+2=" + wp2,
            "w-1|w=" + wm1 + "|" + w0, "w|w+1=" + w0 + "|" + wp1,
            "l=" + l0, "l-1=" + lm1, "l+1=" + lp1, "l-2=" + lm2, "l+2=" + lp2,
            "r=" + r0, "r-1=" + rm1, "r+1=" + rp1, "r-1|r=" + rm1 + r0, "r|r+1=" + r0 + rp1, "rk=" + kind[i],
            "dl=" + dl, "dr=" + (BUCKETS[right[i]] if right[i] < len(BUCKETS) else "far"), "dl|w-1=" + dl + "|" + wm1,
            POSITIONS[min(i, len(BUCKETS))], ENDS[min(n - 1 - i, len(BUCKETS))], QUOTE_STATE[quotes % 2],
        ]
        if para == 0:
            feats.append("title")
        token = body[toks[i][0]:toks[i][1]]
        depth += token == "("
        feats += ["l-3=" + (lex[i - 3] if i > 2 else "<s>"), "l+3=" + (lex[i + 3] if i + 3 < n else "</s>"),
                  "l-1|l+1=" + lm1 + "|" + lp1, PARENTHESES[depth > 0]]
        depth -= token == ")" and depth > 0
        feats += context[i]
        if ending := _ending(token):
            feats += ["suf=" + ending, "suf|l-1=" + ending + "|" + lm1]
        out.append(feats)
        quotes += token in QUOTE_TOKENS
    return out


@lru_cache(maxsize=65536)
def _ending(word: str) -> str:
    low = word.lower()
    if not low[:1].isalpha():
        return ""
    return next((s for s in ENDINGS if low.endswith(s) and len(low) > len(s) + 2), "")


def _cue_context(body: str, toks: list[tuple[int, int]], cues: list[tuple[str, int, int]], lex: list[str],
                 read: bool) -> list[list[str]]:
    """Each token's place relative to the sentence's cues: the class, stance and next word of the
    nearest cue before it with their distance and the clause marks between; the class and
    stance of the nearest cue after it; how many cues the sentence holds, and whether the patterns
    read a statement in it (``read``)."""
    n = len(toks)
    starts = [a for a, _ in toks]
    info: dict[int, tuple[str, str, str]] = {}
    for form, a, b in cues:
        i = bisect_left(starts, a)
        if i < n and starts[i] == a:
            j = bisect_left(starts, b)
            after = _word_class(body[toks[j][0]:toks[j][1]])[0] if j < n else "</s>"
            info[i] = (lex[i] or "cue", cue_class(form) or "none", after if after in AFTER_CUE else "other")
    out = [list(_sentence_context(len(cues), read)) for _ in range(n)]
    last, marks = -1, 0
    for i in range(n):
        if i in info:
            last, marks = i, 0
        out[i] += _after_cue(*info[last], min(i - last, len(BUCKETS)), min(marks, 3)) if last >= 0 else NO_CUE_BEFORE
        if body[toks[i][0]:toks[i][1]] in CLAUSE_MARKS:
            marks += 1
    nxt = -1
    for i in range(n - 1, -1, -1):
        if i in info:
            nxt = i
        out[i] += _before_cue(*info[nxt], min(nxt - i, len(BUCKETS))) if nxt > i else NO_CUE_AFTER
    return out


# The context features are a few strings per cue and distance, built once (the feature function is
# most of the tagger's cost: crfsuite's tagging is the smaller part).
NO_CUE_BEFORE, NO_CUE_AFTER = ("lc=none",), ("rc=none",)


def _far(distance: int) -> str:
    return BUCKETS[distance] if distance < len(BUCKETS) else "far"


@lru_cache(maxsize=None)
def _sentence_context(cues: int, read: bool) -> tuple[str, ...]:
    return "nc=" + str(min(cues, 3)), "hf=" + str(int(read))


@lru_cache(maxsize=None)
def _after_cue(cls: str, stance: str, after: str, distance: int, marks: int) -> tuple[str, ...]:
    far, m = _far(distance), str(marks)
    return ("lc=" + cls, "lcs=" + stance, "lca=" + after, "lc|d=" + cls + "|" + far, "lca|d=" + after + "|" + far,
            "cm=" + m, "cm|lca=" + m + "|" + after)


@lru_cache(maxsize=None)
def _before_cue(cls: str, stance: str, after: str, distance: int) -> tuple[str, ...]:
    return "rc=" + cls, "rcs=" + stance, "rc|d=" + cls + "|" + _far(distance)


def spans_of(labels: list[str], toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) of each run of B/I labels."""
    out: list[tuple[int, int]] = []
    start = end = -1
    for (a, b), label in zip(toks, labels):
        if label == "B" or label == "I" and start < 0:
            if start >= 0:
                out.append((start, end))
            start, end = a, b
        elif label == "I":
            end = b
        elif start >= 0:
            out.append((start, end))
            start = -1
    if start >= 0:
        out.append((start, end))
    return out


def _holds_quote(f: Found, quoted: list[tuple[int, int]]) -> bool:
    return any(f.start <= a and b <= f.end for a, b in quoted)


def _overlap_ok(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and 2 * shared >= max(a[1], b[1]) - min(a[0], b[0])


def split_found(reading: Reading) -> tuple[list[Found], list[Found]]:
    """The patterns' statements kept as they found them (the two-apostrophe quotations, and the
    clauses that hold a direct quotation: a partial quote and its statement are linked by their
    words), and the others, whose reading the tagger's features see (in training as in tagging)."""
    whole = [f for f in reading.found if f.quoted or _holds_quote(f, reading.quoted)]
    return whole, [f for f in reading.found if f not in whole]


def retag(body: str, reading: Reading) -> list[Found]:
    """The statements of ``reading`` as the tagger bounds them (see the module's docstring)."""
    tagger = _tagger()
    whole, rules = split_found(reading)
    out: list[Found] = []
    j = 0
    for s_start, s_end, para, cues in reading.sentences:
        while j < len(rules) and rules[j].end <= s_start:
            j += 1
        near = [f for f in rules[j:] if f.start < s_end]
        if not cues and cued_only():
            continue  # "cued": a sentence with no cue is not tagged, and none of its spans kept
        toks = tokens(body, s_start, s_end)
        if not toks:
            continue
        labels = tagger.tag(sentence_features(body, toks, cues, near, para))
        for span in spans_of(labels, toks):
            if any(q.start < span[1] and span[0] < q.end for q in whole):
                continue
            match = next((f for f in near if _overlap_ok(span, (f.start, f.end))), None)
            if match is not None:
                item = replace(match, start=span[0], end=span[1])
            else:
                # Its cue is the nearest of its sentence; in a sentence with none (an interview's
                # answer, a report going on from the sentence before) it has no cue, and the
                # resolver looks for its speaker as it does for a quote's in such a sentence.
                # (a cue outside the span first: "X said [the plan will allay fears]" is X's saying)
                cue = min(cues, key=lambda c: (span[0] <= c[1] < span[1], min(abs(c[1] - span[1]), abs(span[0] - c[2]))))[0] if cues else ""
                # (as a clause, ``MIN_WORDS`` at least: "[which] he wrote", "[A decision] is expected")
                item = Found(span[0], span[1], cue, para, s_start, s_end)
            if keep(body, item, reading.quoted):
                out.append(item)
    return sorted(out + whole, key=lambda f: f.start)
