"""A learned choice of speaker over the rules' candidates (issue 14), off unless switched on.

The rules give each quote one speaker (or none).  The article offers others nearby: the
people and organisations of the name table named in the quote's sentence, the sentences
around it and the paragraphs around it, and the speakers of the quotes before and after.
This module scores each of those options with a small logistic model over features that
name phenomena of news writing, never words of one article: which rule proposed the
option and with which kind of mention, how far the option's nearest mention stands from
the quote and on which side, whether it is in the quote's sentence or paragraph, whether
a reporting verb stands next to it, whether it opens its sentence, how often the article
names it and quotes it, whether it spoke the quote before or after, whether a pronoun the
rules read agrees with it in sex.

The model is data (``ranker.json`` beside this module, written by
``python -m quotearchive.tools.train_ranker`` from the development labels only).  It may
override the rules only when the best other option's score beats the rules' option's by the
file's ``margin``, and give a speaker to a quote the rules left without one only above its
``threshold`` (both chosen by cross-validation by article); such a choice carries the rule name
``ranker`` (``ranker-fill`` for a filled gap), so its confidence is fitted like the rules'.

Switched by ``QUOTEARCHIVE_RANKER`` (``on``; default ``off``: the rules alone, exactly as
before).  ``RECORDER``, when a list, receives every quote's options and features (training).
"""

from __future__ import annotations

import json
import math
import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ...lexicon.people import PRONOUNS
from ..cues import SPEECH_CUE_RE, SPEECH_VERBS
from .confidence import confidence, evidence
from .model import Attribution, Candidate
from .names import Names

SETTING = "QUOTEARCHIVE_RANKER"
DEFAULT = "off"
MODEL_FILE = "ranker.json"
OVERRIDE_RULE = "ranker"
FILL_RULE = "ranker-fill"
# How far around the quote the options are looked for: the paragraphs before and after, cut at
# this many characters each side (a long paragraph's far end names no one the quote is about).
REACH = 700
# At most this many named options per quote, the nearest first.
MAX_OPTIONS = 8
# A run of capitals at a mention's start: its end, for the distance after it.
RUN_RE = re.compile(r"[A-Z][\w'’.&-]*(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|de|van|von|al|bin))*")
# A reporting verb right after a mention ("X said", "X, the minister, said", "X has said").
CUE_AFTER_RE = re.compile(
    rf"(?:[ \t]*,[^,.\n\"“”]{{0,80}},)?[ \t]+(?:(?:has|had|also|then|later|again|later|once|would|will)[ \t]+)*(?:{SPEECH_VERBS})\b")
# A reporting verb right before it ('," said X', "according to X", "told X" is the addressee's).
CUE_BEFORE_RE = re.compile(rf"(?:\b(?:{SPEECH_VERBS})|\baccording[ \t]+to)[ \t]+(?:the[ \t]+)?(?:[\w.'’-]+[ \t]+){{0,3}}$")
# A sentence's end before an offset: its next word opens the sentence.
SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s+|\n")
DISTANCE_BUCKETS = (0, 20, 60, 150, 300, 700)
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|we|We|us|our|Our|My)\b")
# A name this many characters past the end of the rules' phrase is still in apposition to it.
APPOSITION_GAP = 40
# Features of a named option read again, apart, where the rules found no one.
NO_RULES_CROSSED = ("alt_q_first_person", "alt_q_cue_in_sentence", "alt_q_words_log", "alt_q_short", "alt_q_full_sentence", "alt_q_mid_sentence", "same_sentence", "prev_sentence", "next_sentence", "cue_after_mention", "cue_before_mention",
                    "opens_sentence", "prev_speaker", "next_speaker", "kind_person", "after", "dist_log", "spoke_before_log")


def enabled() -> bool:
    """Is the ranker switched on (``QUOTEARCHIVE_RANKER=on``) and its model shipped?"""
    return os.environ.get(SETTING, DEFAULT).lower() in ("on", "1", "yes") and bool(_model())


@lru_cache(maxsize=1)
def _model() -> dict:
    try:
        return json.loads(resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


@dataclass
class Option:
    """One speaker the article offers for a quote, with the features it is scored on."""

    name: str
    found: Attribution  # what the quote gets if this option is chosen
    rules: bool = False  # the rules' own answer
    features: dict[str, float] = field(default_factory=dict)


# Training: when a list, ``rerank`` appends (body, candidate, rules' attribution, options) per quote.
RECORDER: list | None = None


def rerank(body: str, candidates: list[Candidate], paragraphs: list[tuple[int, int]],
           found: list[Attribution], names: Names) -> None:
    """Replace, in place, the rules' speakers the model is confident are wrong."""
    recording = RECORDER is not None
    apply = enabled()
    if not recording and not apply:
        return
    model = _model()
    weights = model.get("weights", {})
    # A margin of 1 or more can never be met (chances differ by less): the rules' answers stand,
    # and only the quotes they left without a speaker need their options gathered.
    overrides = model.get("margin", 2.0) < 1.0
    chosen: list[Attribution | None] = [None] * len(found)
    spoken: dict[str, int] = {}  # how often each speaker was quoted before the quote at hand
    for i, cand in enumerate(candidates):
        if i:
            who = found[i - 1].speaker
            if who:
                spoken[who] = spoken.get(who, 0) + 1
        if not recording and found[i].speaker and not overrides:
            continue
        options = gather(body, candidates, paragraphs, found, names, i, spoken)
        if recording:
            RECORDER.append((body, cand, found[i], options))
        if not apply or not weights or not options:
            continue
        chosen[i] = decide(options, weights, model)
    for i, pick in enumerate(chosen):  # after every quote was scored on the rules' own answers
        if pick is not None:
            found[i] = pick


def score(features: dict[str, float], weights: dict[str, float]) -> float:
    """The option's score: its features' weighted sum (the "no one" option scores 0)."""
    return sum(v * weights.get(k, 0.0) for k, v in features.items())


def chances(options: list[Option], weights: dict[str, float]) -> list[float]:
    """Each option's chance of being the speaker, against the others and "no one named here"."""
    scores = [score(o.features, weights) for o in options]
    top = max(scores + [0.0])
    exps = [math.exp(z - top) for z in scores]
    total = sum(exps) + math.exp(-top)
    return [e / total for e in exps]


def choose(options: list[Option], weights: dict[str, float], margin: float, threshold: float) -> tuple[int | None, str]:
    """(the index of the option to use instead of the rules' answer, "override" | "fill"),
    or (None, "keep")."""
    p = chances(options, weights)
    rules = next((k for k, o in enumerate(options) if o.rules), None)
    others = [k for k, o in enumerate(options) if not o.rules]
    if not others:
        return None, "keep"
    best = max(others, key=lambda k: p[k])
    if rules is None:
        return (best, "fill") if p[best] >= threshold else (None, "keep")
    return (best, "override") if p[best] - p[rules] >= margin else (None, "keep")


def decide(options: list[Option], weights: dict[str, float], model: dict) -> Attribution | None:
    """The attribution to use instead of the rules' answer, or None to keep it."""
    k, what = choose(options, weights, model.get("margin", 2.0), model.get("threshold", 2.0))
    if k is None:
        return None
    return options[k].found.copy(FILL_RULE if what == "fill" else OVERRIDE_RULE)


def gather(body: str, candidates: list[Candidate], paragraphs: list[tuple[int, int]],
           found: list[Attribution], names: Names, i: int, spoken: dict[str, int] | None = None) -> list[Option]:
    """The rules' answer and the named people and bodies around quote ``i``, with features."""
    cand = candidates[i]
    rules = found[i]
    para_start, para_end = paragraphs[cand.para] if 0 <= cand.para < len(paragraphs) else (cand.sent_start, cand.sent_end)
    lo = paragraphs[cand.para - 1][0] if cand.para > 0 else para_start
    hi = paragraphs[cand.para + 1][1] if cand.para + 1 < len(paragraphs) else para_end
    lo, hi = max(lo, cand.start - REACH), min(hi, cand.end + REACH)
    prev_sent = _sentence_start(body, cand.sent_start - 1, para_start) if cand.sent_start > para_start else None
    next_sent_end = _sentence_end(body, cand.sent_end + 1, para_end) if cand.sent_end < para_end else None
    rules_conf = confidence(rules) if rules.speaker else 0.0
    rules_key = evidence(rules) or "none"
    rule_name = (rules.rule or "none").split(":")[0]
    written = (rules.as_written or "").strip().lower()
    pronoun_sex = PRONOUNS.get(written)
    prev_speaker = found[i - 1].speaker if i > 0 else None
    next_speaker = found[i + 1].speaker if i + 1 < len(found) else None
    standalone = not body[para_start:cand.start - 1].strip() and not body[cand.end + 1:para_end].strip(" \t\n\"”’'.,")
    quoted = body[cand.start:cand.end].strip()
    words = len(quoted.split())
    shared = {
        # What the quote is: a few words inside a sentence are often a term or a sign's text, not speech.
        "q_words_log": math.log1p(words) / 4.0,
        "q_short": 1.0 if words < 5 else 0.0,
        "q_full_sentence": 1.0 if quoted[:1].isupper() and quoted[-1:] in ".!?," else 0.0,
        "q_mid_sentence": 1.0 if body[cand.sent_start:cand.start - 1].strip(" \t\"“‘'") else 0.0,
        # Speech, not a term: the speaker's own "I"/"we", and a reporting verb in the sentence outside the marks.
        "q_first_person": 1.0 if FIRST_PERSON_RE.search(quoted) else 0.0,
        "q_cue_in_sentence": 1.0 if (SPEECH_CUE_RE.search(body, cand.sent_start, max(cand.sent_start, cand.start - 1))
                                     or SPEECH_CUE_RE.search(body, min(cand.end + 1, cand.sent_end), cand.sent_end)) else 0.0,
        "rules_conf": _logit(rules_conf) if rules.speaker else 0.0,
        "no_rules": 0.0 if rules.speaker else 1.0,
        "continues": 1.0 if cand.continues else 0.0,
        "standalone": 1.0 if standalone else 0.0,
        "n_entities": math.log1p(len(names.entities)),
    }
    options: list[Option] = []
    by_key: dict[str, Option] = {}
    if rules.speaker:
        feats = {"is_rules": 1.0, f"rule={rule_name}": 1.0, f"key={rules_key}": 1.0,
                 "rules_x_conf": shared["rules_conf"]}
        feats.update({f"rules_{k}": v for k, v in shared.items() if k != "rules_conf" and k != "no_rules"})
        if prev_speaker and _same(prev_speaker, rules.speaker):
            feats["rules_prev_speaker"] = 1.0
        if next_speaker and _same(next_speaker, rules.speaker):
            feats["rules_next_speaker"] = 1.0
        if rules.pos >= 0:
            feats["rules_dist_log"] = math.log1p(abs(rules.pos - cand.start)) / 7.0
        if any(_same(rules.speaker, e.name) for e in names.entities):
            feats["rules_in_table"] = 1.0
        opt = Option(rules.speaker, rules, True, feats)
        options.append(opt)
        by_key[rules.speaker.casefold()] = opt
    # Named options: each entity by its nearest mention in the window.
    left = bisect_left(names.positions, lo)
    right = bisect_right(names.positions, hi)
    nearest: dict[int, tuple[int, int]] = {}  # entity -> (distance, position)
    for k in range(left, right):
        pos = names.positions[k]
        if cand.start - 1 <= pos < cand.end + 1:
            continue  # inside the quote: what was said
        e = names.mention_entity[k]
        d = _distance(body, pos, cand)
        if e not in nearest or d < nearest[e][0]:
            nearest[e] = (d, pos)
    ranked = sorted(nearest.items(), key=lambda item: item[1][0])[:MAX_OPTIONS]
    speakers_before = spoken if spoken is not None else _speaker_counts(found[:i])
    rank = -1
    for e, (d, pos) in ranked:
        entity = names.entities[e]
        key = entity.name.casefold()
        if key in by_key or (rules.speaker and _same(rules.speaker, entity.name)):
            target = by_key.get(key) or options[0]
            target.features["also_named_near"] = 1.0
            continue
        after = pos >= cand.end
        rank += 1
        end = pos + (len(m.group()) if (m := RUN_RE.match(body, pos)) else len(entity.name))
        feats = {"alt": 1.0, "alt_x_conf": shared["rules_conf"], "alt_no_rules": shared["no_rules"],
                 "alt_q_words_log": shared["q_words_log"], "alt_q_short": shared["q_short"],
                 "alt_q_full_sentence": shared["q_full_sentence"], "alt_q_mid_sentence": shared["q_mid_sentence"],
                 "alt_q_first_person": shared["q_first_person"], "alt_q_cue_in_sentence": shared["q_cue_in_sentence"],
                 "alt_continues": shared["continues"], "alt_standalone": shared["standalone"],
                 f"alt_rule={rule_name}": 1.0,
                 "dist_log": math.log1p(d) / 7.0, f"dist<{_bucket(d)}": 1.0,
                 "after": 1.0 if after else 0.0,
                 "kind_person": 1.0 if entity.kind == "person" else 0.0,
                 "confirmed": 1.0 if entity.confirmed else 0.0,
                 "mentions_log": math.log1p(len(entity.mentions)),
                 "has_role": 1.0 if entity.role else 0.0}
        if cand.sent_start <= pos < cand.sent_end:
            feats["same_sentence"] = 1.0
        elif prev_sent is not None and prev_sent <= pos < cand.sent_start:
            feats["prev_sentence"] = 1.0
        elif next_sent_end is not None and cand.sent_end <= pos < next_sent_end:
            feats["next_sentence"] = 1.0
        if para_start <= pos < para_end:
            feats["same_paragraph"] = 1.0
        elif pos < para_start:
            feats["prev_paragraph"] = 1.0
        else:
            feats["next_paragraph"] = 1.0
        if CUE_AFTER_RE.match(body, end):
            feats["cue_after_mention"] = 1.0
        if CUE_BEFORE_RE.search(body, max(0, pos - 60), pos):
            feats["cue_before_mention"] = 1.0
        if _opens_sentence(body, pos):
            feats["opens_sentence"] = 1.0
        if body.startswith(("'s", "’s"), end):
            feats["possessor"] = 1.0
        if prev_speaker and _same(prev_speaker, entity.name):
            feats["prev_speaker"] = 1.0
        if next_speaker and _same(next_speaker, entity.name):
            feats["next_speaker"] = 1.0
        times = sum(n for s, n in speakers_before.items() if _same(s, entity.name))
        if times:
            feats["spoke_before_log"] = math.log1p(times)
        if pronoun_sex in ("m", "f"):
            if entity.gender == pronoun_sex:
                feats["pronoun_agrees"] = 1.0
            elif entity.gender in ("m", "f"):
                feats["pronoun_disagrees"] = 1.0
            else:
                feats["pronoun_unknown_sex"] = 1.0
            if entity.kind != "person":
                feats["pronoun_org"] = 1.0
        elif pronoun_sex in ("o", "p") and entity.kind == "organisation":
            feats["it_org"] = 1.0
        if rules.speaker and rules.pos >= 0:
            feats["rules_mention_nearer"] = 1.0 if abs(rules.pos - cand.start) < abs(pos - cand.start) else 0.0
        if rules.speaker and rules.pos >= 0 and rules.pos <= pos <= rules.pos + len(rules.as_written or "") + APPOSITION_GAP:
            feats["in_rules_phrase"] = 1.0  # "The Shadow Secretary, Theresa May,": the name the rules' phrase holds
        feats[f"rank={min(rank, 3)}"] = 1.0
        if not rules.speaker:  # what shows a speaker where the rules found none
            for k in NO_RULES_CROSSED:
                if k in feats:
                    feats[f"nr_{k}"] = feats[k]
        opt = Option(entity.name, Attribution(entity.name, entity.kind, entity.role, body[pos:end], rules.cue, pos), False, feats)
        options.append(opt)
        by_key[key] = opt
    return options


def _speaker_counts(found: list[Attribution]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for a in found:
        if a.speaker:
            counts[a.speaker] = counts.get(a.speaker, 0) + 1
    return counts


def _same(a: str, b: str) -> bool:
    """One name holds the other's last word ("Blair", "Tony Blair"): the evaluation's sense of the same speaker."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    last_a, last_b = a.split()[-1:] or [a], b.split()[-1:] or [b]
    return last_b[0] in a.split() or last_a[0] in b.split()


def _distance(body: str, pos: int, cand: Candidate) -> int:
    if pos < cand.start:
        m = RUN_RE.match(body, pos)
        end = pos + (len(m.group()) if m else 1)
        return max(0, cand.start - 1 - end)
    return max(0, pos - cand.end - 1)


def _bucket(d: int) -> int:
    for b in DISTANCE_BUCKETS[1:]:
        if d < b:
            return b
    return 10_000


def _logit(p: float) -> float:
    p = min(max(p, 1e-3), 1 - 1e-3)
    return math.log(p / (1 - p))


def _sentence_start(body: str, at: int, floor: int) -> int:
    """Where the sentence holding ``at`` starts (not before ``floor``)."""
    window = body[max(floor, at - 400):at]
    last = None
    for m in SENTENCE_END_RE.finditer(window):
        last = m
    return max(floor, at - 400) + last.end() if last else max(floor, at - 400)


def _sentence_end(body: str, at: int, ceiling: int) -> int:
    m = SENTENCE_END_RE.search(body, at, min(ceiling, at + 400))
    return m.end() if m else min(ceiling, at + 400)


def _opens_sentence(body: str, pos: int) -> bool:
    before = body[max(0, pos - 6):pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"”" or before.endswith(("But", "And", "So"))
