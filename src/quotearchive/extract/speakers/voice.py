"""One voice throughout: a profile or an interview, where the quotes no sentence credits are its subject's.

A profile names its subject, quotes them with a cue now and then ("she says"), and in
between sets their answers as paragraphs of quotation with no cue at all: the writer's
question is paraphrased or left out, and the reader knows who answers.  An interview
written as prose does the same.  The rules, reading one sentence and its neighbours,
find no one for those quotes; the article as a whole does: one person is both the one
it names most and the one most of its attributed quotes belong to.

:func:`one_voice` runs last, after the rules and the parse, and fills only quotes for
which no evidence at all was found (no speaker, no cue, no mention): a quote whose
sentence has a cue with an unresolved subject ("They said: ...") stays with no one.
An ordinary news story quotes several people in turn, so no one holds the share
asked for here, and nothing changes.
"""

from __future__ import annotations

import re
from collections import Counter

from ...text.sentences import sentence_starts
from .clauses import has_cue, is_headline
from .model import Attribution, Candidate
from .names import Names

# The subject must be the speaker of at least this many of the quotes the rules credited...
MIN_VOICE_QUOTES = 3
# ...and of at least this share of them: a profile's subject speaks most; a news story's
# speakers take turns (the second speaker of a two-person story holds well under this).
MIN_VOICE_SHARE = 0.6
# ...and be named at least this many times more than the next person: the article is about
# them, not about an exchange between two people.
MIN_NAMED_LEAD = 2.0
# A first-person narrative (a memoir, a book excerpt, a column) quotes its narrator as often as
# anyone, with no name: its writer's own text says "I" and "my" often (an excerpt read on
# PolNeAR train: 7% of its words outside quotes), a profile's writer rarely (the profile on
# web dev: 0.2%).  Above this share of the words outside quotes, there is no one voice.
MAX_NARRATOR_SHARE = 0.01
# (and more than this many: a profile's writer may say "meets me" or "I ask" once or twice)
MAX_NARRATOR_WORDS = 3
NARRATOR_RE = re.compile(r"\b(?:I|me|my|My|myself)\b")
WORD_RE = re.compile(r"\S+")
# A quote of fewer words is a term or a scare quote ("raunchy", "agency model"), not an answer.
MIN_ANSWER_WORDS = 3


def voice_of(result: list[Attribution], names: Names) -> str | None:
    """The one person who speaks throughout the article, or None when no one does."""
    if all(found.speaker for found in result):
        return None  # every quote credited already: nothing to give (most articles)
    credited = Counter(found.speaker for found in result if found.speaker)
    if not credited:
        return None
    speaker, count = credited.most_common(1)[0]
    if count < MIN_VOICE_QUOTES or count < MIN_VOICE_SHARE * sum(credited.values()):
        return None
    most = runner_up = 0
    most_named = None
    for entity in names.entities:
        if entity.kind != "person":
            continue
        named = len(entity.mentions)
        if named > most:
            most, runner_up, most_named = named, most, entity.name
        elif named > runner_up:
            runner_up = named
    if most_named != speaker:
        return None
    return speaker if most >= MIN_NAMED_LEAD * runner_up else None


def narrated(body: str, candidates: list[Candidate]) -> bool:
    """Does the writer's own text (outside the quotes) speak in the first person, as a
    narrator does (:data:`MAX_NARRATOR_SHARE`)?"""
    words = first = 0
    at = 0
    for cand in [*candidates, Candidate(len(body) + 1, len(body) + 1, 0, 0, 0)]:
        gap = body[at : max(at, cand.start - 1)]
        words += len(WORD_RE.findall(gap))
        first += len(NARRATOR_RE.findall(gap))
        at = cand.end + 1
    return first > max(MAX_NARRATOR_WORDS, MAX_NARRATOR_SHARE * words)


# A sentence handing the next quote to another voice: a contrast ("Not everyone agrees", "Others
# disagree"), another person or a text as its subject ("Her brother thought ...", "Her first review
# ... was brutal", "The sign reads").
OTHER_VOICE_BEFORE_RE = re.compile(
    r"[ \t]*(?:But[ \t]+)?(?:Not[ \t]+(?:everyone|everybody|all)|Others?|Critics|Opponents|Some|One[ \t]+\w+|"
    r"(?:Her|His|Their)[ \t]+(?:\w+[ \t]+)?(?:brother|sister|mother|father|husband|wife|son|daughter|partner|friend|"
    r"colleague|critic|rival|review|headline|verdict|sign|note|letter|menu))\b"
)


def _previous_sentence_start(body: str, cand: Candidate, paragraphs: list[tuple[int, int]]) -> int:
    """Where the sentence before the quote's starts, within its paragraph (its start if none)."""
    para_start = paragraphs[cand.para][0] if 0 <= cand.para < len(paragraphs) else 0
    before = [start for start in sentence_starts(body, para_start, cand.sent_start) if start < cand.sent_start]
    return before[-1] if before else para_start


def one_voice(body: str, candidates: list[Candidate], paragraphs: list[tuple[int, int]],
              result: list[Attribution], names: Names) -> None:
    """Give the article's one voice (:func:`voice_of`) the quotes, after the subject is first
    named and outside the headline, that open their own sentence with a capital (an answer,
    not words borrowed inside the writer's sentence), for which no rule found any evidence
    and whose sentence reports no one's speech (in place)."""
    speaker = voice_of(result, names)
    if speaker is None or narrated(body, candidates):
        return
    model = next(found for found in result if found.speaker == speaker)
    first_named = min((min(e.mentions) for e in names.entities if e.name == speaker and e.mentions), default=0)
    for i, cand in enumerate(candidates):
        found = result[i]
        if found.speaker or found.cue or found.as_written or cand.start < first_named:
            continue
        if len(body[cand.start : cand.end].split()) < MIN_ANSWER_WORDS or is_headline(body, paragraphs, cand.para):
            continue
        before = body[cand.sent_start : cand.start - 1].rstrip()
        if before or not body[cand.start : cand.start + 1].isupper():
            continue  # a partial inside the writer's sentence borrows words; an answer stands as its own sentence
            # (not after a colon: "Q:", "The menu's last line:" label words that are not the voice's)
        if body[cand.start : cand.end].rstrip(" \"”’'").endswith("?"):
            continue  # a question in a profile or an interview is the interviewer's
        if OTHER_VOICE_BEFORE_RE.match(body, _previous_sentence_start(body, cand, paragraphs), cand.sent_start):
            continue  # "Not everyone agrees. "...": the sentence before hands the quote to another voice
        if has_cue(body, cand, speech_only=True):
            continue  # the sentence says someone spoke, one the rules could not read: not the voice
        result[i] = Attribution(speaker, model.speaker_type, model.role, None, None, -1, "one-voice")
