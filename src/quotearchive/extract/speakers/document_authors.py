"""A letter or statement named again speaks for the author the text gave it (session 23).

News names a letter or statement once with its author and then lets the document speak:
``The Conservatives' letter to the standards commissioner said: "..." The letter also said that
"..."``; ``Acme issued a statement on Monday. ... The statement said: "..."``; ``In a letter to
the council, Ann Lee said ... The letter added: "..."``.  "The letter" is the author's voice (a
letter and a statement are written in their author's first person, "we", "I"), and the labels of
the news sets name the author.  Reports, studies and surveys are not read so: the labels keep
them as written ("The report", "a World Bank report"), their words being the document's findings.

:func:`document_author` looks back from a definite "the letter" / "the statement" for the nearest
earlier mention of the same noun and reads its author there, from one of five shapes:

* an owner's possessive: "The Conservatives' letter", "Acme's statement", "his letter";
* a sender after the noun: "a letter from Ann Lee", "a statement signed by the party's leaders",
  "the letter to the minister from the chief medical officer";
* a subject that sent it: "Ann Lee wrote a letter to ...", "Acme issued a statement";
* a writer who said it in the document: "Acme said in a statement", '"...," she wrote in a letter';
* an opening "In a letter (to X), Ann Lee said";

and a "the letter" opening the sentence after "Ann Lee wrote to the council." is hers.

The nearest earlier mention decides: one that names no author ("a leaked letter", "a joint
statement", "a statement on its website") keeps the document as written, and a bare "the letter"
before is passed over for the mention it points back to.  The mention as written stays the
document, so a scorer that reads sources as written (PolNeAR) still sees "The letter".
"""

from __future__ import annotations

import re

from ...lexicon.people import POSSESSIVE_SUBJECTS
from .fragments import without_sentence_stop

# The nouns of what one author writes in its own voice.
AUTHOR_VOICE_NOUNS = frozenset({"letter", "statement"})

# The mention this reads: "the letter", "The statement", "the open letter", "this letter".
ANAPHOR_RE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(letter|statement)")
# Modifiers that say the document has several authors or is not theirs to speak: "joint", "leaked".
NO_AUTHOR_WORDS = frozenset({"joint", "leaked", "anonymous", "unsigned", "draft", "separate", "earlier",
                             "previous", "first", "second", "another", "other", "court"})
LOOK_BACK = 2500  # characters before the mention searched for the document named with its author
MAX_MENTIONS = 6  # earlier mentions of the noun read at most (each read is a few bounded regexes)

# (the singular only: "the statements" before are other documents, not the one "the statement" is)
NOUN_RE = {noun: re.compile(rf"\b{noun}\b") for noun in AUTHOR_VOICE_NOUNS}
# A name as a capitalised run, with "the" before it: "the Conservatives", "NPHET", "Mr Jones".
NAME = r"(?:[Tt]he[ \t]+)?(?:[A-Z][\w.&’'-]*[ \t]+){0,5}[A-Z][\w.&-]*"
# Before the noun: an owner's possessive and up to two modifiers ("The Conservatives' open letter").
POSSESSIVE_BEFORE_RE = re.compile(
    rf"(?:(?<![\w’'])(?P<owner>{NAME})(?:['’]s|s['’])|(?<!\w)(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))"
    r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$"
)
# After the noun: "from X", "by X", "signed by X", "to Y from X".
SENDER_AFTER_RE = re.compile(
    rf"s?,?[ \t]+(?:to[ \t]+(?:[\w.’'-]+[ \t]+){{1,6}}?)?(?:from|by|signed[ \t]+by|issued[ \t]+by|sent[ \t]+by|written[ \t]+by)"
    rf"[ \t]+(?P<owner>{NAME})(?![\w’'])"
)
# After the noun: one of many signers ("signed by Dr Ann Lee and 99 other GPs", "along with 100 MPs").
MANY_SIGNERS_RE = re.compile(
    r"s?,?[ \t]+(?:signed|written|sent)[ \t]+by[^.;:\n\"“”]{1,80}?\b(?:and[ \t]+(?:\d+|[a-z]+)[ \t]+(?:other|more)|"
    r"along[ \t]+with|among|together[ \t]+with)\b"
)
# After the noun: any sender, named or described ("a statement from the family of Tom Reed",
# "a letter on behalf of residents"): the subject of "released" or "sent" is not its author.
SENDER_ANY_RE = re.compile(
    r"s?,?[ \t]+(?:to[ \t]+(?:[\w.’'-]+[ \t]+){1,6}?)?(?:from|by|on[ \t]+behalf[ \t]+of|signed[ \t]+by|issued[ \t]+by"
    r"|sent[ \t]+by|written[ \t]+by)\b"
)
# Before the noun: a sentence whose subject sent it ("The new committee sent a letter",
# "Acme issued a statement"): the subject, up to eight words with no comma, opens the sentence.
# ("Miller sent the letter" is not read: a letter named before may be another's, passed on.)
SENT_BY_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t\"“”]*(?P<owner>[A-Z][^.;:!?\n\"“”]{0,80}?)[ \t]+(?:(?:has|have|had|also|then|later)[ \t]+)*"
    r"(?:wrote|sent|issued|released|published|signed|posted|delivered|penned|put[ \t]+out)"
    r"(?:[ \t]+[A-Z]?[a-z]+day)?[ \t]+(?:an?|its|his|her|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$"
)
# Before the noun: "Acme said in a statement", '"...," Ann Lee wrote in a letter to': the subject
# of a reporting verb whose words were in the document, after a sentence's start or a quote.
SAID_IN_RE = re.compile(
    r"(?:^|(?<=[.!?\n])|(?<=[\"”])|(?<=[ \t]and))[ \t\"“”]*(?P<owner>[A-Z][^,.;:!?\n\"“”]{0,60}?|he|she|it|they)"
    r"[ \t]+(?:(?:has|have|had|also)[ \t]+)*(?:said|says|wrote|writes|warned|added|stated|argued|insisted|claimed|replied|responded)"
    r"(?:[ \t]+on[ \t]+[A-Z][a-z]+day)?[ \t]+in[ \t]+(?:an?|its|his|her|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$"
)
# The sentence before: "Ann Lee wrote to the council." (the letter no noun named): its subject.
WROTE_TO_RE = re.compile(
    r"[ \t\"“”]*(?P<owner>[A-Z][^.;:!?\n\"“”]{0,80}?)[ \t]+(?:(?:has|have|had|also|then|later)[ \t]+)*wrote[ \t]+to[ \t]"
)
REPLY_RE = re.compile(r"\b(?:repl(?:y|ied|ies)|response|responded|received|got|answer(?:ed)?|back)\b")
# Around the noun: "In a letter (to X), Ann Lee said": the opening document, then its writer.
IN_BEFORE_RE = re.compile(r"(?:^|(?<=[.!?\n]))[ \t\"“”]*[Ii]n[ \t]+(?:an?|the|his|her|its|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")
IN_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:to|on|from|about|released|issued|published|sent)\b[^,.;:\n\"“”]{0,80})?,[ \t]+"
    r"(?P<owner>[A-Z][^,.;:!?\n\"“”]{0,60}?)[ \t]+(?:said|says|wrote|writes|warned|added|argued|stated|urged|told|called|claimed|insisted|noted|asked)\b"
)
SENTENCE_CUTS = (". ", "\n", '"', "“", "”")
# After a definite mention: its own relative clause or writer ("the statement Ann Lee gave", "the
# letter which she wrote"): a document named by who made it, which the author search must not pass.
OWN_CLAUSE_RE = re.compile(r"[ \t]+(?:(?:that|which)[ \t]|(?:[A-Z][\w’'-]*[ \t]+){1,3}(?:gave|made|wrote|signed|sent|read|issued))")
TAIL = 120  # characters before the noun that hold its determiner, modifiers and an owner's possessive
DETERMINER_END_RE = re.compile(r"(?<!\w)(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")
# Capitalised words that name a time, not an owner or sender: "Monday's statement", "a letter by Friday".
TIME_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Today Yesterday Tomorrow Christmas Easter".split()
)
# What the earlier mention may be inside of (the text before it in its sentence, at most).
SENTENCE_BACK = 300


def document_author(np_text: str, pos: int, body: str) -> tuple[str, int] | None:
    """For a mention "the letter" / "the statement" at ``pos`` of ``body``: the author's words and
    where they stand, as the nearest earlier mention of that document names them; None when that
    mention names none or ``np_text`` is no such mention."""
    m = ANAPHOR_RE.fullmatch(np_text)
    if m is None or set(np_text.lower().split()) & NO_AUTHOR_WORDS or not body:
        return None
    noun = m.group(1)
    start = max(0, pos - LOOK_BACK)
    end = min(len(body), pos + len(np_text))
    found = [k for k in NOUN_RE[noun].finditer(body, start, end)][-MAX_MENTIONS:]
    if noun == "letter" and (wrote := _wrote_to_before(body, pos)) is not None:
        if len(found) < 2 or found[-2].start() < wrote[1]:
            return wrote  # "Ann Lee wrote to the council. The letter said": no other letter between
    for hit in reversed(found):
        author = _author_at(body, hit.start(), hit.end())
        if author is not None:
            return author
        if hit.end() < pos and OWN_CLAUSE_RE.match(body, hit.end()):
            return None  # "the statement Ann Lee gave", "the letter that X wrote": another's document, named so
        before = body[max(0, hit.start() - 40) : hit.start()]
        if not re.search(r"(?:^|[^\w])(?:[Tt]he|[Tt]his|[Tt]hat)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$", before):
            return None  # "a leaked letter", "a statement on its website": named without an author
        if set(before.lower().split()[-3:]) & NO_AUTHOR_WORDS:
            return None  # "the joint statement" before: no one author
    return None


def _author_at(body: str, start: int, end: int) -> tuple[str, int] | None:
    """The author a mention of the document (the noun at ``start``..``end``) names in its sentence."""
    found = _shaped_author(body, start, end)
    if found is None or found[0].split()[-1].rstrip("'’s") in TIME_WORDS or found[0].split()[-1] in TIME_WORDS:
        return None
    return found


def _shaped_author(body: str, start: int, end: int) -> tuple[str, int] | None:
    """The author one of the five shapes gives, before any guard."""
    back = max(0, start - SENTENCE_BACK)
    # (the sentence, or the words since the last quote mark: an owner stands outside the quote)
    cut = max(body.rfind(sep, back, start) for sep in SENTENCE_CUTS)
    back = cut + 1 if cut >= 0 else back
    before = body[back:start]
    if set(before.lower().split()[-3:]) & NO_AUTHOR_WORDS:
        return None
    tail = max(0, len(before) - TAIL)
    if MANY_SIGNERS_RE.match(body, end, min(len(body), end + 200)):
        return None  # "The letter, signed by Dr Ann Lee and 99 other GPs,": no one author speaks
    if m := SENDER_AFTER_RE.match(body, end, min(len(body), end + 200)):
        owner = m.group("owner")  # (before a possessive: "his letter from the Home Office")
        return without_sentence_stop(owner), m.start("owner")
    if SENDER_ANY_RE.match(body, end, min(len(body), end + 200)):
        return None  # "Police released a statement from the family", "her letter from the council": a sender named
    if m := POSSESSIVE_BEFORE_RE.search(before, tail):
        if m.group("pronoun"):
            return POSSESSIVE_SUBJECTS[m.group("pronoun").lower()], back + m.start("pronoun")
        owner = m.group("owner")
        if owner and owner.split()[-1] not in ("It", "That", "This"):
            plural = body[back + m.end("owner") : back + m.end("owner") + 1] == "s"
            return owner + ("s" if plural else ""), back + m.start("owner")
    if not DETERMINER_END_RE.search(before, tail):
        return None  # (every shape left has a determiner before the noun: "issued a", "In its")
    if m := SENT_BY_SUBJECT_RE.search(before):
        # "Ann Lee, the council leader, wrote": the subject before its apposition
        owner = m.group("owner").split(",")[0].strip()
        if len(owner.split()) <= 8:
            return owner, back + m.start("owner")
    if m := SAID_IN_RE.search(before):
        return m.group("owner").strip(), back + m.start("owner")
    if IN_BEFORE_RE.search(before) and (m := IN_AFTER_RE.match(body, end, min(len(body), end + 200))):
        return m.group("owner").strip(), m.start("owner")
    return None


def _wrote_to_before(body: str, pos: int) -> tuple[str, int] | None:
    """The subject of "X wrote to Y" opening the sentence before the one at ``pos``."""
    here = max(body.rfind(". ", 0, pos), body.rfind("\n", 0, pos))
    if here < 0 or body[here + 1 : pos].strip():
        return None  # (the mention opens its sentence: "The letter said")
    while here > 0 and body[here - 1] in "\n ":
        here -= 1  # (past blank lines between paragraphs)
    prev = max(body.rfind(". ", max(0, here - SENTENCE_BACK), here), body.rfind("\n", max(0, here - SENTENCE_BACK), here))
    if prev < 0 and here > SENTENCE_BACK:
        return None
    m = WROTE_TO_RE.match(body, prev + 1, here)
    if m is None or REPLY_RE.search(body, m.end(), here):
        return None  # ("wrote to the council to complain, and got a reply": the letter may be the reply)
    owner = m.group("owner").split(",")[0].strip()
    return (owner, m.start("owner")) if len(owner.split()) <= 8 else None
