"""The speaker after the verb: an inverted verb's subject and the source after "according to".

News inverts the verb after a quote (``"...," said Robert Sinche, head of
currency strategy at Bank of America``): ``inverted_np`` reads the noun phrase
after it, up to its clause's punctuation (a US title's full stop, "Sen.", is
part of the phrase), cuts it where an affiliation or a time starts, and keeps
an appositive as the role, or as the name when it holds one ("said its
chairman, Sir Anthony Greener").  ``according`` reads the source after
"according to".  The subject before a verb is :mod:`.mentions`' part.
"""

from __future__ import annotations

import re

from .mentions import ORG_WITH_COMMAS_RE, names_anyone, org_before_of
from .model import Attribution
from .names import Names
from .resolve import resolve_mention
from .runs import CAP_RUN_RE, first_cut_outside, has_name, joined_org_spans

# A noun phrase up to its clause's punctuation, where a full stop after a US-style title ("Sen.",
# "Rep.", "Gov."), a suffix ("Jr.") or an initial ("John Q. Smith", "U.S.") is part of the phrase.
ABBREVIATION_STOP = r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Rev|Jr|Sr|Lt|Col|Capt|Sgt|St|Prof|Maj|Adm|Cmdr|Supt|Det|Atty|Lt|Gens)\.|\b[A-Z]\.)"
NP_RE = re.compile(rf"^((?:{ABBREVIATION_STOP}|[^,.;:!?\"“”()\n]){{1,120}})")
# The same, shorter: the source after "according to".
NP_SHORT_RE = re.compile(rf"^((?:{ABBREVIATION_STOP}|[^,.;:!?\"“”()\n]){{1,100}})")
# Words ending the phrase after an inverted verb ("said Mr Blair when ...", "said Lee on Monday").
NP_END_RE = re.compile(r"\s+(?:when|as|in an?|in the|on|after|before|during|while|adding|noting|who|which|to|at the)\b")
# Where a name's affiliation starts ("said Robert Sinche of Bank of America").
AFFILIATION_CUT_RE = re.compile(r"\s+(?:of|at|from|with|for)\s+")
# A quoted title closing a phrase that needs it ("the authors of the", "the host of").
TITLE_BEFORE_RE = re.compile(r"\b(?:of|of the|for|for the|on)[ \t]*$")
TITLE_IN_NP_RE = re.compile(r"([\"“][A-Z][^\"“”\n]{1,60}?)[,.]?[\"”]")
# An appositive after the phrase, to the next comma ("said Robert Sinche, head of ..."): its role, or its name.
APPOSITIVE_RE = re.compile(rf"^,\s*((?:{ABBREVIATION_STOP}|[^,.;:!?\"“”\n]){{1,120}})")


def inverted_np(text: str, pos: int, cue_word: str | None, names: Names) -> Attribution | None:
    """The speaker after an inverted verb: ``said Robert Sinche, head of currency
    strategy at Bank of America`` (``text`` starts after the verb, at ``pos``)."""
    org = ORG_WITH_COMMAS_RE.match(text)
    if org and org_before_of(org.group(1)):
        # "said Smith, Barney, Harris Upham and Co": the commas are inside the firm's name.
        name = org.group(1).rstrip(",")
        return Attribution(name, "organisation", None, name, cue_word, pos)
    m = NP_RE.match(text)
    if not m:
        return None
    np_text = m.group(1)
    rest = text[m.end() :]
    title = TITLE_IN_NP_RE.match(rest) if TITLE_BEFORE_RE.search(np_text) else None
    if title:
        # 'wrote the authors of the “Growth and Opportunity Project,”': a quoted title inside the phrase.
        np_text, rest = np_text + title.group(1)[1:], rest[title.end() :]
    # (a word inside an organisation's name ends no phrase: "said the Committee to Protect Journalists")
    org_spans = joined_org_spans(np_text)
    end = first_cut_outside(NP_END_RE, np_text, org_spans)
    np_text = np_text[: end.start()] if end else np_text
    role = None
    if rest.startswith(","):
        appositive = APPOSITIVE_RE.match(rest)  # to the next comma
        if appositive:
            role = appositive.group(1).strip().rstrip(",")
    head = np_text
    cut = first_cut_outside(AFFILIATION_CUT_RE, head, org_spans)
    if cut and CAP_RUN_RE.search(head[: cut.start()]) and has_name(head[: cut.start()]):
        head = head[: cut.start()]
    found = resolve_mention(head.strip(), pos, cue_word, None, names)
    if found and found.speaker and role:
        # (A description resolved by salience yields to a name in apposition: "said the
        # host, actress Jamie Lee Curtis" is Curtis, not the person in focus.)
        inner = has_name(role) and (found.speaker_type != "person" or not names_anyone(head))
        if inner:
            # "said its chairman, Sir Anthony Greener": the name is in the appositive.
            named = resolve_mention(role, pos + len(np_text) + 2, cue_word, None, names)
            if named and named.speaker_type == "person":
                named.role = head.strip()
                return named
        if not found.role:
            found.role = role
    return found


def according(text: str, text_start: int, match: re.Match, names: Names) -> Attribution | None:
    """The source after "according to" (``match``, in ``text`` starting at ``text_start``)."""
    rest = text[match.end() :]
    m = NP_SHORT_RE.match(rest)
    if not m:
        return None
    head = m.group(1)
    head = re.split(r"\s+(?:who|which|in|on|at)\b", head)[0]
    return resolve_mention(head.strip(), text_start + match.end(), "according to", None, names)
