"""What a subject read back from its verb drags in with it, cut off (session 18).

A subject is read from the verb back to where its clause seems to open.  Three kinds of words
that are no part of the speaker's name come along when no comma stands between:

- a time after the name ("said Deputy Prime Minister Abdullatif Sener earlier this month", "said Nadal afterwards",
  "Obama at the time called", "said Castaignede ahead of the 12 March tie");
- a time before it ("Last month the governor said", "Last week the LSE said"), or the end of a wire
  dateline the subject follows ("SEOUL, Aug. 20 (Yonhap) -- North Korea's official newspaper blasted",
  read from the verb back as "20 -- North Korea's official newspaper");
- a fronted document phrase without its "In" and comma ("In a filing to US regulators the
  airline warned", "In a report published last July the cross-party committee stated"): the
  speaker is the noun phrase after the document phrase, where a determiner or a title opens a
  new phrase right after a word that is no preposition or participle ("regulators the airline"),
  not one the phrase itself holds ("a statement from the discount phone firm", "a statement by
  a Sussex spokesperson confirming the eviction");
- a fronted participle phrase without its comma, BBC and tabloid style ("Speaking in Harrogate Mr
  Kennedy said", "Writing in the Guardian the minister said", "Asked why he thought so Lord Butler
  said"): the speaker is the phrase after it, found the same way; where the reader kept only the
  participle's object glued to the subject ("Harrogate Mr Kennedy", "the Guardian the minister"), a
  run of capitalised words right before a title or "the" is that object, cut off; and (session 19)
  a newspaper or a show glued to a first name ("Writing in The Mirror Linda said", "Speaking on the
  Today Show Kelly said": "the Mirror Linda"), the outlet cut off before the first name;
- (session 19) a sentence adverb opening the sentence without its comma ("Privately ministers
  admit", "Hilariously referred to as ..."): a word in -ously, -ically, -ingly, -edly, -ately,
  -fully or -ally is no name's first word; cut, and when nothing is left there is no speaker.
"""

from __future__ import annotations

import re

from ...lexicon.adverbs import SENTENCE_ADVERBS
from ...lexicon.people import FEMALE_NAMES, MALE_NAMES, NON_NAME, OUTLET_TITLE_WORDS

# "earlier", "earlier this month", "at the time", "ahead of the 12 March tie", "in July"; British sport
# copy's "said Nadal afterwards", wire copy's "Taft Broadcasting yesterday said" (session 19).
TIME_AFTER_RE = re.compile(
    r"\s+(?:earlier(?:\s+(?:this|last)\s+(?:week|month|year))?|afterwards?|later|yesterday|today|tonight|at\s+the\s+time|ahead(?:\s+of\s+.+)?|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))$"
)
# "Last month the governor", "Earlier this week Marsh".
TIME_BEFORE_RE = re.compile(r"^(?:Last|Earlier\s+this|Later\s+that|Early\s+last)\s+(?:week|month|year|night|spring|summer|autumn|fall|winter)\s+(?=[A-Z]|(?:the|a|an)\s)")
# "20 -- ", "Aug. 20 (Yonhap) -- ", "April 25 (Reuters) - ": a dateline's day and agency before the subject.
DATELINE_TAIL_RE = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}\s*(?:\([^)]{1,30}\)\s*)?(?:--|—|–|-)\s+(?=[A-Z])")
# A document phrase a sentence fronts with "In": "a filing to US regulators", "his New Year message".
DOCUMENT_OPEN_RE = re.compile(
    r"^(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]oday's|[A-Z][\w.-]*['’]s?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:statement|report|filing|message|letter|speech|interview|submission|memo|email|e-mail|release|briefing|"
    r"article|column|op-ed|blog\s+post|post|broadcast|address|"
    # (session 23) an occasion fronted the same way: "At a press conference in London the chairwoman
    # said", "In a meeting with Mr Brown the minister said", "In its annual review the commission said"
    r"review|conference|meeting|debate|hearing|session|rally|appearance|visit|summit|tweet|podcast|reply)\b"
    # (lower case: "an ABC News-Washington Post poll" is none)
)
# "Speaking in Harrogate", "Writing in the Guardian", "Asked why ...": a participle opening the sentence.
FRONTED_PARTICIPLE_RE = re.compile(
    r"^(?:Speaking|Writing|Talking|Responding|Commenting|Appearing|Addressing|Asked|Interviewed|During)\s+\S")
# "Harrogate Mr Kennedy", "the Guardian the minister": a capitalised run, then a title or "the".
# (Not "Obama the realist": a name with an epithet; "the" opens the subject only after "the X".)
GLUED_OBJECT_RE = re.compile(r"^(?:[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*\s+(?=(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\s+\S)"
                             r"|the\s+[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*\s+(?=the\s+\S))")
# "the Mirror Linda", "The Sunday Times Kelly Smith": an outlet whose name ends with a newspaper's
# or a programme's word, then a capitalised word (tested for a first name below).
GLUED_OUTLET_RE = re.compile(
    r"^[Tt]he\s+(?:[A-Z][\w'’.&-]*\s+){0,3}?(?:" + "|".join(OUTLET_TITLE_WORDS) + r")\s+"
    r"(?=([A-Z][a-z]+)\b)")
FIRST_NAMES = FEMALE_NAMES | MALE_NAMES
# "Privately ministers", "Hilariously": a sentence adverb, then lower case or nothing.  One of
# the list (``lexicon.adverbs``), since surnames end as adverbs do ("Connally, the governor");
# any word of an adverb's ending when a lower-case word follows it with no comma ("Nervously officials").
OPENING_ADVERB_RE = re.compile(r"^([A-Z][a-z]{2,}ly)\b,?(?:\s+(?=[a-z])|$)")
# (Not an adverb of quantity, which belongs to the phrase: "Virtually all analysts".)
GLUED_ADVERB_RE = re.compile(
    r"^(?!(?:Virtually|Practically|Approximately|Nearly|Roughly)\b)[A-Z][a-z]{2,}(?:ously|ically|ingly|edly|ately|fully|ally)\s+(?=[a-z])")
# A new phrase: a determiner or a title.
NEW_PHRASE_RE = re.compile(r"\s(?=(?:the|a|an|The|Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\s+\S)")
# Role words a title may follow in one name: "Prime Minister Mr Blair", "Lord Chancellor Lord Falconer".
TITLE_ROLES = frozenset("minister secretary chancellor president chairman leader mayor governor judge justice "
                        "speaker general colonel captain commissioner chief".split())
# A subject that ends with a verb is a noun and its relative clause ("A review the board
# commissioned", "A statement the White House issued"), not a fronted phrase and a subject.
RELATIVE_VERB_RE = re.compile(
    r"\s(?:[a-z]+ed|held|made|sent|gave|took|wrote|put|set\s+up|carried\s+out|ordered|posted|hired|"
    r"released|published|issued|won|ran|led|saw|read|brought|got|kept|left|found|built|sold|bought|paid|told)$")
# Words after which a determiner still belongs to the document phrase.
LINKS = frozenset("to from by of on in into at for with about over under after before against between "
                  "and or as than".split())


def glued_outlet(name: str) -> int:
    """Where the person starts in "the Mirror Linda" (a newspaper or a show glued to a first
    name); 0 when ``name`` is no such phrase."""
    outlet = GLUED_OUTLET_RE.match(name)
    return outlet.end() if outlet and outlet.group(1) in FIRST_NAMES else 0


def cut_hangs(name: str) -> str:
    """``name`` without a time around it or a fronted document phrase before it."""
    name = TIME_AFTER_RE.sub("", name)
    name = TIME_BEFORE_RE.sub("", name)
    name = DATELINE_TAIL_RE.sub("", name)
    adverb = OPENING_ADVERB_RE.match(name)
    if adverb and adverb.group(1).lower() in SENTENCE_ADVERBS:
        name = name[adverb.end():]
    elif glued_adverb := GLUED_ADVERB_RE.match(name):
        name = name[glued_adverb.end():]
    outlet = glued_outlet(name)
    if outlet:
        return name[outlet:]
    glued = GLUED_OBJECT_RE.match(name)
    run = glued.group().split() if glued else []
    if glued and run[-1].lower() not in TITLE_ROLES and run[0] not in NON_NAME:
        return name[glued.end() :]
    if DOCUMENT_OPEN_RE.match(name) or FRONTED_PARTICIPLE_RE.match(name):
        for at in reversed([m.start() for m in NEW_PHRASE_RE.finditer(name)]):
            if re.search(r"\s[-–—]\s", name[:at]):
                break  # "... poll last week - virtually the same as": a dash ends the phrase's sentence part
            before = name[:at].split()[-1] if name[:at].split() else ""
            if before.lower() in LINKS or before.endswith("ing"):
                continue
            if len(name[at + 1 :].split()) > 2 and RELATIVE_VERB_RE.search(name):
                return name  # "A review the board commissioned": a relative clause, no fronted phrase
                # (not "In a joint statement the bereaved said": "the bereaved" is the subject)
            return name[at + 1 :]
        return name
    return name
