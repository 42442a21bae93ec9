"""Reporting verbs: the one table of the words that report speech, and the stance each gives.

Each verb, by its base form ("say", "point out"), has

* a **stance**: what the reporter's choice of verb says about the speech.
  "said" is neutral; "claimed" keeps a distance; "admitted" concedes;
  "warned" and "insisted" add force; "accused" and "branded" report an
  attack.  It is the ``cue_class`` facet on quotes, so a researcher can find
  every quote a paper chose to report as a claim;
* the **forms** the speaker resolver looks for in text, in two kinds:
  ``speech`` forms attribute a quote to their subject wherever they stand
  (``"...," said X``, ``X said: "...``); ``weak`` forms report speech only
  when a quote follows them in their sentence ("X described it as "..."",
  "adding that ...") because alone they are as often about something else
  ("called a meeting", "found the body").

The forms are listed as written, not derived, because which ones count is a
judgement per word: plain present forms ("warn", "say") only where the word is
no common noun ("call", "claim", "show" and "note" would turn "call centres"
into a speech verb).  A verb with no forms is never looked for in text but is
still classed when it comes as a cue: "according to" has its own pattern in the
resolver, and "allege" or "reckon" are there for a resolver that finds them.
``cue_class`` reads any form back to its base ("alleges" -> "allege") by its
ending, or through ``IRREGULAR_FORMS``.
"""

from __future__ import annotations

from typing import NamedTuple

# The stances, in the order the facet lists them; "other" is a verb not in the table.
NEUTRAL = "neutral"
EMPHATIC = "emphatic"
DISTANCING = "distancing"
CONCESSIVE = "concessive"
CRITICAL = "critical"
APPROVING = "approving"
QUESTION = "question"
HUMOROUS = "humorous"
# Not speech at all: what someone believes, fears or wants ("Trump believes the
# deal is dead"); reported statements only, so a researcher can keep or drop them.
THOUGHT = "thought"
OTHER = "other"
STANCES = (NEUTRAL, EMPHATIC, DISTANCING, CONCESSIVE, CRITICAL, APPROVING, QUESTION, HUMOROUS, THOUGHT, OTHER)
# How the site names each stance in its facets ("Reporting verb"), with a verb of it.
STANCE_LABELS = {
    NEUTRAL: "neutral (said)", EMPHATIC: "emphatic (warned)", DISTANCING: "distancing (claimed)",
    CONCESSIVE: "concessive (admitted)", CRITICAL: "critical (accused)", APPROVING: "approving (praised)",
    QUESTION: "question (asked)", HUMOROUS: "humorous (joked)", THOUGHT: "thought (believes)", OTHER: "other verbs",
}


class Verb(NamedTuple):
    stance: str
    speech: tuple[str, ...] = ()  # forms whose subject said the quote, wherever they stand
    weak: tuple[str, ...] = ()  # forms that report speech only before a quote in their sentence
    # Forms that introduce a reported clause ("denied that ...", "hopes the ...")
    # but attribute no quote: read only by extract/reported/, so the direct-quote
    # resolver's cues stay as they were.  Reported speech also reads every speech form.
    clause: tuple[str, ...] = ()


# What "go on" enters when it reports nothing: "the Senate goes on recess", "workers went on strike".
GO_ON_STATES = frozenset({"recess", "vacation", "holiday", "leave", "strike", "trial", "sale", "display", "tour", "hiatus", "break"})


REPORTING_VERBS: dict[str, Verb] = {
    # ---- neutral: the reporter only reports
    "say": Verb(NEUTRAL, ("said", "say", "says"), ("saying",)),
    "tell": Verb(NEUTRAL, ("tell", "tells", "told"), ("telling",)),
    "add": Verb(NEUTRAL, ("added", "adds"), ("adding",)),
    "explain": Verb(NEUTRAL, ("explain", "explained", "explains"), ("explaining",)),
    "note": Verb(NEUTRAL, ("noted", "notes"), ("noting",)),
    "state": Verb(NEUTRAL, ("stated", "states"), ("stating",)),
    "reply": Verb(NEUTRAL, ("replied", "replies"), ("replying",)),
    "respond": Verb(NEUTRAL, ("responded", "responds"), ("responding",)),
    "continue": Verb(NEUTRAL, ("continued", "continues")),
    "go on": Verb(NEUTRAL, ("goes on", "went on")),
    "go on to say": Verb(NEUTRAL, ("went on to say", "goes on to say")),
    "write": Verb(NEUTRAL, ("writes", "wrote"), ("writing",)),
    "report": Verb(NEUTRAL, ("reported", "reports")),
    "describe": Verb(NEUTRAL, (), ("describe", "described", "describes", "describing")),
    "remark": Verb(NEUTRAL, ("remarked", "remarks"), ("remarking",)),
    "chant": Verb(NEUTRAL, ("chanted",), ("chanting",)),
    "comment": Verb(NEUTRAL, ("commented",)),
    "announce": Verb(NEUTRAL, ("announced", "announces"), ("announcing",)),
    "declare": Verb(NEUTRAL, ("declare", "declared", "declares"), ("declaring",)),
    "according to": Verb(NEUTRAL),  # found by the resolver's own pattern
    "quote as saying": Verb(NEUTRAL, ("quoted as saying",)),
    "report as saying": Verb(NEUTRAL, ("reported as saying",)),
    "point out": Verb(NEUTRAL, ("pointed out", "points out"), ("pointing out",)),
    "spell out": Verb(NEUTRAL, ("spelled out",)),
    "sum up": Verb(NEUTRAL, ("summed up",)),
    "put it": Verb(NEUTRAL, ("put it", "puts it")),
    "observe": Verb(NEUTRAL, ("observed", "observes")),
    "answer": Verb(NEUTRAL, ("answered", "answers")),
    "recall": Verb(NEUTRAL, ("recalled", "recalls"), ("recalling",)),
    "conclude": Verb(NEUTRAL, ("concluded", "concludes"), ("concluding",)),
    "indicate": Verb(NEUTRAL, clause=("indicated", "indicates")),
    "call": Verb(NEUTRAL, (), ("called", "calling", "calls")),
    "term": Verb(NEUTRAL, (), ("termed", "terms")),
    "label": Verb(NEUTRAL, (), ("labeled", "labelled", "labeling", "labelling")),
    "characterise": Verb(NEUTRAL, (), ("characterised",)),
    "characterize": Verb(NEUTRAL, (), ("characterized",)),
    "liken": Verb(NEUTRAL, (), ("likened",)),
    "find": Verb(NEUTRAL, (), ("finds", "found"), ("finds", "found")),
    "show": Verb(NEUTRAL, (), ("showed",), ("showed", "shows")),
    "express": Verb(NEUTRAL, (), ("expressed",)),
    "voice": Verb(NEUTRAL, (), ("voiced",)),
    "reiterate": Verb(NEUTRAL, ("reiterated", "reiterates")),
    "recount": Verb(NEUTRAL, ("recounted", "recounts")),
    "elaborate": Verb(NEUTRAL, ("elaborated",)),
    "muse": Verb(NEUTRAL, ("mused",)),
    "sigh": Verb(NEUTRAL, ("sighed",)),
    "assure": Verb(NEUTRAL, ("assured", "assures")),
    "advise": Verb(NEUTRAL, ("advised", "advises"), ("advising",)),
    "recommend": Verb(NEUTRAL, (), ("recommended", "recommends"), ("recommended",)),
    "estimate": Verb(NEUTRAL, ("estimated", "estimates")),
    "forecast": Verb(NEUTRAL, ("forecast", "forecasts")),
    "testify": Verb(NEUTRAL, ("testified",)),
    "make clear": Verb(EMPHATIC, clause=("made clear", "made it clear", "makes clear", "makes it clear", "make clear", "make it clear")),
    "issue a statement": Verb(NEUTRAL, ("issued a statement",)),
    "release a statement": Verb(NEUTRAL, ("released a statement", "released the following statement",
                                          "issued the following statement", "put out a statement")),
    "have this to say": Verb(NEUTRAL, ("had this to say", "has this to say")),
    "post": Verb(NEUTRAL, ("posted",), ("posting",)),
    "tweet": Verb(NEUTRAL, ("tweeted",), ("tweeting",)),
    # Wider, for news the rules were not written against (issue 14): US political
    # and web news report speech with these too.
    "interject": Verb(NEUTRAL, ("interjected",)),
    "chime in": Verb(NEUTRAL, ("chimed in",)),
    "opine": Verb(NEUTRAL, ("opined",)),
    "text": Verb(NEUTRAL, ("texted",)),
    "email": Verb(NEUTRAL, ("emailed",)),
    "reason": Verb(NEUTRAL, ("reasoned",)),
    "remind": Verb(NEUTRAL, ("reminded",)),
    "refer": Verb(NEUTRAL, (), ("referred to",)),
    "refer to": Verb(NEUTRAL),  # no forms, as "point to": a target's cue in reported speech ("referring to [the tax]")
    "talk about": Verb(NEUTRAL, (), ("talked about", "spoke about", "spoke of")),
    "point to": Verb(NEUTRAL),  # no forms: a target's cue in reported speech ("pointed to [the polls]")
    "cite": Verb(NEUTRAL),  # no forms, the same: "cited [a 2013 memo]", "..., citing [fears of terrorism]"
    "write in": Verb(NEUTRAL, ("wrote in",)),
    # Web writing's verbs of writing (issue 14, session 21): '"...," she penned in an article' (not
    # "pens", a noun); "As researchers posited in 1985:".  ("uttered" was dropped: as a weak form it
    # made a clause a speaker, "spoke to a boy who uttered, ...".)
    "pen": Verb(NEUTRAL, ("penned",)),
    "posit": Verb(DISTANCING, ("posited",)),
    # A document speaks by what it reads ("..." read the statement; the email reads:).
    "read": Verb(NEUTRAL, ("read", "reads")),
    "repeat": Verb(NEUTRAL, ("repeated",)),
    "interrupt": Verb(NEUTRAL, ("interrupted",)),
    "cut in": Verb(NEUTRAL, ("cut in",)),
    "press": Verb(EMPHATIC, ("pressed",)),
    "bark": Verb(EMPHATIC, ("barked",)),
    "lecture": Verb(NEUTRAL, ("lectured",), ("lecturing",)),
    "beam": Verb(APPROVING, ("beamed",)),
    # How loud is the speaker's manner, not the reporter's stance.
    "shout": Verb(NEUTRAL, ("shouted", "shouts"), ("shouting",)),
    "yell": Verb(NEUTRAL, ("yelled",), ("yelling",)),
    "scream": Verb(NEUTRAL, ("screamed",), ("screaming",)),
    "whisper": Verb(NEUTRAL, ("whispered",)),
    "mutter": Verb(NEUTRAL, ("muttered",)),
    "boom": Verb(EMPHATIC, ("boomed",)),
    "thunder": Verb(EMPHATIC, ("thundered",)),
    "bellow": Verb(EMPHATIC, ("bellowed",)),
    # Echoing another's words, marvelling, gushing, sniping, chiding: speech in news copy.
    "echo": Verb(NEUTRAL, ("echoed",)),
    "marvel": Verb(APPROVING, ("marveled", "marvelled")),
    "gush": Verb(APPROVING, ("gushed",)),
    "snipe": Verb(CRITICAL, ("sniped",)),
    "chide": Verb(CRITICAL, ("chided",), ("chiding",)),
    # ---- emphatic: the speech has force
    "stress": Verb(EMPHATIC, ("stressed", "stresses"), ("stressing",)),
    "insist": Verb(EMPHATIC, ("insist", "insisted", "insists"), ("insisting",)),
    "warn": Verb(EMPHATIC, ("warn", "warned", "warns"), ("warning",)),
    # No forms: classed when reported speech reads them as a target's cue ("warned of [a long winter]").
    "warn of": Verb(EMPHATIC),
    "warn against": Verb(EMPHATIC),
    "urge": Verb(EMPHATIC, ("urged", "urges"), ("urging",)),
    "call for": Verb(EMPHATIC, clause=("call for", "called for", "calling for", "calls for")),
    "call on": Verb(EMPHATIC, clause=("called on", "calls on", "calling on")),
    "push for": Verb(EMPHATIC),  # the same: "pushed for [a vote]"
    "plead": Verb(EMPHATIC, ("pleaded", "pleads")),
    "emphasise": Verb(EMPHATIC, ("emphasised", "emphasises"), ("emphasising",)),
    "emphasize": Verb(EMPHATIC, ("emphasized", "emphasizes"), ("emphasizing",)),
    "underline": Verb(EMPHATIC, ("underlined", "underlines"), ("underlining",)),
    "highlight": Verb(EMPHATIC, (), ("highlighted",)),
    "argue": Verb(EMPHATIC, ("argue", "argued", "argues"), ("arguing",)),
    "assert": Verb(EMPHATIC, ("asserted", "asserts"), ("asserting",)),
    "maintain": Verb(EMPHATIC, ("maintain", "maintained", "maintains")),
    "vow": Verb(EMPHATIC, ("vowed", "vows"), ("vowing",)),
    "pledge": Verb(EMPHATIC, (), ("pledged",), ("pledged", "pledges", "pledging")),
    "threaten": Verb(EMPHATIC, clause=("threatened", "threatens", "threatening")),
    "promise": Verb(EMPHATIC, ("promised", "promises"), ("promising",)),
    "demand": Verb(EMPHATIC, ("demanded", "demands")),
    "predict": Verb(EMPHATIC, ("predict", "predicted", "predicts"), ("predicting",)),
    "caution": Verb(EMPHATIC, ("cautioned", "cautions")),
    "boast": Verb(EMPHATIC, ("boasted", "boasts")),
    "brag": Verb(EMPHATIC, ("bragged",)),
    "implore": Verb(EMPHATIC, ("implored",)),
    "exclaim": Verb(EMPHATIC, ("exclaimed",)),
    "proclaim": Verb(EMPHATIC, ("proclaimed",)),
    # ---- distancing: the reporter does not vouch for it
    "claim": Verb(DISTANCING, ("claimed", "claims"), ("claiming",)),
    "allege": Verb(DISTANCING, clause=("alleged", "alleges")),
    "suggest": Verb(DISTANCING, ("suggest", "suggested", "suggests"), ("suggesting",)),
    "purport": Verb(DISTANCING),
    "contend": Verb(DISTANCING, ("contended", "contends"), ("contending",)),
    "hint": Verb(DISTANCING, ("hinted",)),
    "speculate": Verb(DISTANCING, ("speculated",)),
    "surmise": Verb(DISTANCING, ("surmised",)),
    "believe": Verb(THOUGHT, ("believe", "believed", "believes")),
    "think": Verb(THOUGHT, ("thinks",), clause=("think", "thought")),
    "reckon": Verb(THOUGHT, clause=("reckons", "reckoned")),
    # ---- thought and intention: attributed, but not said (reported statements only)
    "hope": Verb(THOUGHT, clause=("hoped", "hopes", "hoping")),
    "fear": Verb(THOUGHT, clause=("feared", "fears")),
    "expect": Verb(THOUGHT, clause=("expected", "expects")),
    "feel": Verb(THOUGHT, clause=("feels", "felt")),
    "know": Verb(THOUGHT, clause=("knew", "knows")),
    "worry": Verb(THOUGHT, clause=("worried", "worries")),
    "want": Verb(THOUGHT, clause=("wanted", "wants")),
    "intend": Verb(THOUGHT, clause=("intended", "intends")),
    # Intention ("plans to run", "decided that ..."):
    # read by extract/reported/ only (they attribute no quote).
    "plan": Verb(THOUGHT, clause=("plans", "planned", "planning")),
    "decide": Verb(THOUGHT, clause=("decided", "decides")),
    # ---- concessive: the speaker gives something up
    "admit": Verb(CONCESSIVE, ("admit", "admits", "admitted"), ("admitting",)),
    "concede": Verb(CONCESSIVE, ("concede", "conceded", "concedes"), ("conceding",)),
    "acknowledge": Verb(CONCESSIVE, ("acknowledge", "acknowledged", "acknowledges"), ("acknowledging",)),
    "confess": Verb(CONCESSIVE, ("confessed", "confesses"), ("confessing",)),
    "accept": Verb(CONCESSIVE, clause=("accepted", "accepts")),
    "agree": Verb(CONCESSIVE, ("agree", "agreed", "agrees")),
    # A refusal reported with its infinitive ("refused to rule it out", "declined to say whether").
    "refuse": Verb(NEUTRAL, clause=("refused", "refuses", "refusing")),
    "decline": Verb(NEUTRAL, clause=("declined", "declines")),
    "confirm": Verb(CONCESSIVE, ("confirm", "confirmed", "confirms")),
    "reveal": Verb(CONCESSIVE, ("revealed", "reveals"), ("revealing",)),
    "confide": Verb(CONCESSIVE, ("confided",)),
    # ---- critical: the speech is an attack or a complaint
    "accuse": Verb(CRITICAL, (), ("accuse", "accused", "accuses", "accusing")),
    "brand": Verb(CRITICAL, (), ("branded", "branding", "brands")),
    "attack": Verb(CRITICAL, (), ("attacked", "attacks")),
    "blast": Verb(CRITICAL, (), ("blasted", "blasts")),
    "criticise": Verb(CRITICAL, (), ("criticise", "criticised", "criticises")),
    "criticize": Verb(CRITICAL, (), ("criticize", "criticized", "criticizes")),
    "blame": Verb(CRITICAL, (), ("blamed",)),
    "condemn": Verb(CRITICAL, (), ("condemn", "condemned", "condemns")),
    "denounce": Verb(CRITICAL, (), ("denounce", "denounced", "denounces")),
    "decry": Verb(CRITICAL, (), ("decried",)),
    "dismiss": Verb(CRITICAL, (), ("dismiss", "dismissed", "dismisses", "dismissing")),
    "reject": Verb(CRITICAL, (), ("rejected", "rejects")),
    "oppose": Verb(CRITICAL, (), ("opposed", "opposes")),
    "slam": Verb(CRITICAL, (), ("slammed", "slams")),
    "jeer": Verb(CRITICAL, (), ("jeered",)),
    "rail against": Verb(CRITICAL),  # the same: "railed against [the deal]"
    "counter": Verb(CRITICAL, ("countered", "counters")),
    "retort": Verb(CRITICAL, ("retorted",)),
    "snap": Verb(CRITICAL, ("snapped",)),
    "complain": Verb(CRITICAL, ("complained", "complains"), ("complaining",)),
    "lament": Verb(CRITICAL, ("lamented",)),
    "charge": Verb(CRITICAL, (), ("charged",), ("charged",)),
    "fume": Verb(CRITICAL, ("fumed",)),
    "scoff": Verb(CRITICAL, ("scoffed",)),
    "grouse": Verb(CRITICAL, ("groused",)),
    "gripe": Verb(CRITICAL, ("griped",)),
    "shoot back": Verb(CRITICAL, ("shot back",)),
    "fire back": Verb(CRITICAL, ("fired back",)),
    "mock": Verb(CRITICAL, (), ("mocked", "mocking")),
    "taunt": Verb(CRITICAL, (), ("taunted",)),
    "deny": Verb(CRITICAL, (), ("denied",), ("denied", "denies")),
    # ---- approving: the speech praises
    "praise": Verb(APPROVING, (), ("praise", "praised", "praises", "praising")),
    "hail": Verb(APPROVING, (), ("hailed", "hails")),
    "welcome": Verb(APPROVING, (), ("welcomed", "welcomes")),
    "defend": Verb(APPROVING, (), ("defended", "defends")),
    "celebrate": Verb(APPROVING, (), ("celebrated",)),
    "tout": Verb(APPROVING, (), ("touted", "touting")),
    "thank": Verb(APPROVING, (), ("thanked",)),
    "applaud": Verb(APPROVING, (), ("applauded",)),
    # ---- question
    "ask": Verb(QUESTION, ("asked", "asks"), ("asking",)),
    "wonder": Verb(QUESTION, ("wondered", "wonders")),
    "question": Verb(QUESTION, (), ("questioned",)),
    "query": Verb(QUESTION),
    # ---- humorous
    "joke": Verb(HUMOROUS, ("joked", "jokes"), ("joking",)),
    "quip": Verb(HUMOROUS, ("quipped",), ("quipping",)),
    "riff": Verb(HUMOROUS, ("riffed",)),
    "tease": Verb(HUMOROUS, ("teased",)),
}

# Participles that open a sentence and take another's words or name as their object, without
# being reporting verbs themselves: "Quoting Churchill's line that ...", "Echoing Thatcher, ...".
# Capitalised at a sentence's start, they are no first word of the name after them.
CITING_PARTICIPLES = frozenset(
    "quoting misquoting citing echoing paraphrasing invoking evoking borrowing repeating mimicking parodying "
    "channelling channeling deriding ridiculing lampooning recalling mocking praising criticising criticizing "
    "slamming blasting attacking rejecting dismissing defying challenging thanking blaming".split()
)

# Nouns of speech and belief that take a that-clause ("the claim that ...", "her belief that ..."),
# each with the verb whose stance it has (read back to it by ``cue_class``, as IRREGULAR_FORMS are).
SPEECH_NOUNS = {
    "claim": "claim", "claims": "claim", "assertion": "assert", "assertions": "assert", "belief": "believe",
    "notion": "think", "suggestion": "suggest", "suggestions": "suggest", "fear": "fear", "fears": "fear",
    "concern": "worry", "concerns": "worry", "complaint": "complain", "complaints": "complain", "warning": "warn",
    "warnings": "warn", "allegation": "allege", "allegations": "allege", "argument": "argue", "insistence": "insist",
    "assurance": "assure", "assurances": "assure", "accusation": "accuse", "accusations": "accuse",
    "admission": "admit", "prediction": "predict", "predictions": "predict", "contention": "contend", "hope": "hope",
    "hopes": "hope", "promise": "promise", "pledge": "pledge", "vow": "vow", "view": "think", "conviction": "believe",
}

# Forms that no regular ending (-s, -es, -ed, -d, -ing, -ies, -ied) reads back
# to their base; a phrase is looked up whole, then by its first word.
IRREGULAR_FORMS: dict[str, str] = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "found": "find",
    "felt": "feel",
    "knew": "know",
    "went on": "go on",
    "goes on": "go on",
    "went on to say": "go on to say",
    "goes on to say": "go on to say",
    "released the following statement": "release a statement",
    "issued the following statement": "release a statement",
    "put out a statement": "release a statement",
    "had this to say": "have this to say",
    "has this to say": "have this to say",
    "puts it": "put it",
    "shot back": "shoot back",
    "wrote in": "write in",
    "referred to": "refer",
    "made clear": "make clear",
    "made it clear": "make clear",
    "makes it clear": "make clear",
    "make it clear": "make clear",
    "talked about": "talk about",
    "spoke about": "talk about",
    "spoke of": "talk about",
    "speaks about": "talk about",
    **{noun: verb for noun, verb in SPEECH_NOUNS.items() if noun != verb},
}
