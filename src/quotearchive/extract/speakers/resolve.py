"""Who a mention names: ``resolve_mention`` turns the phrase a reporting verb points at
("he", "Mr Blair", "the Russian leader", "a BA spokesman") into an :class:`Attribution`, by
the article's name table.  A name becomes the fullest name the article gives (a surname
named before, a person after a possessive, someone speaking for an organisation), a
pronoun goes to :mod:`.coreference`, a description to :mod:`.descriptions`, "another" to
:mod:`.ellipsis`.

:mod:`.mentions` finds the phrase (the subject before a verb, the phrase after an inverted
one or "according to") and calls this; nothing here looks for a phrase, so the two are
separate rooms: this one imports nothing of :mod:`.mentions`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon.people import (
    ALWAYS_ORG_HEADS,
    COUNTRY_ABBREVIATIONS,
    DEMONSTRATIVES,
    FIRST_NAMES,
    GROUP_SPEAKERS,
    HONORIFICS,
    NAME_TITLES,
    NON_NAME,
    ORG_VOICE_WORDS,
    PRONOUNS,
    ROLE_OR_PERSON_HEADS,
    ROLE_WORDS,
    SURNAME_NEXT,
)
from ...lexicon.not_speakers import CAPITALS_NO_ACRONYM, FRONTED_WORDS, NO_SPEAKER_OPENERS
from ...lexicon.referents import ELLIPTIC_QUANTIFIERS
from .addressees import document_owner
from .affiliations import after_named_person
from .coreference import resolve_pronoun
from .descriptions import resolve_description
from .body_names import name_with_in
from .document_authors import document_author
from .ellipsis import elliptic
from .fragments import clean_role, quoted_title
from .glued_names import glued_name, glued_surname
from .hangs import glued_outlet
from .joint_speakers import joint_speakers
from .model import Attribution
from .names import Names
from .newspapers import newspaper_before
from .reporters import reporter_instead
from .possessives import INNER_POSSESSIVE_RE, owned_word
from .runs import CAP_RUN_RE, POSSESSIVE_RE, ParsedName, is_org, owned_name, parse_run, possessive_inside

__all__ = ["resolve_mention"]
# A person's affiliation between their name and an organisation's: "X from the CEA".
AFFILIATION_RE = re.compile(r"\s+(?:of|from|at|with|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}")
# "a spokesman for Mr Blair", "an aide to the senator": someone speaking for another.
SPEAKS_FOR_RE = re.compile(
    r"^(?:a|an|one|another|the)\s+(?:[\w-]+\s+)?(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|"
    r"representative|lawyer|attorney|friend|source|official|ally|associate)\s+(?:for|to|of|close to)\s+\S"
    r"|^the\s+(?:family|parents|relatives)\s+of\s+\S",  # (session 19: "the family of Ronnie Smith said")
    re.I,
)
# "I'm", "Let's", "We'd", not "Moody's": a contraction opens no name.
CONTRACTION_RE = re.compile(r"^(?:I|Let)['’]|['’](?:m|d|ll|ve|re)$")
# "this source told the Post", "that official said": a person the text pointed at before.
POINTED_PEOPLE = (ROLE_OR_PERSON_HEADS | GROUP_SPEAKERS | {"source", "insider", "aide", "person"}) - {"state", "home"}
# "Madrid midfielder Guti": a lower-case role word, then one name.
ROLE_THEN_ONE_NAME_RE = re.compile(r"(?:^|\s)([a-z][\w-]*)[ \t]+([A-Z][a-z][\w'’-]*)$")


# "the U.S. Embassy", "The U.S. Mint": a country's abbreviation with stops and one capitalised
# word (no body's word the run parser knows) name a body of that country.
COUNTRY_BODY_RE = re.compile(
    r"(?:[Tt]he[ \t]+)?((?:" + "|".join(re.escape(a) for a in sorted(COUNTRY_ABBREVIATIONS) if "." in a) + r")[ \t]+[A-Z][a-z]+)"
)

# A phrase about people spread over a place, the place's name last: "Shops all over the UK".
SPREAD_OVER_RE = re.compile(r"\S\s+(?:all\s+)?(?:over|across|throughout|around)(?:\s+the)?$")

# Lower-case prepositions opening a mention: the object of a fronted participle the reader cut
# off ("Speaking to the Daily Mail Tom Reed", "Talking with CNN Ann Lee"), its comma missing.
PARTICIPLE_OBJECT_OPENERS = ("to", "with")


def resolve_mention(np_text: str, pos: int, cue_word: str | None, role: str | None, names: Names) -> Attribution | None:
    """Who ``np_text`` (the mention at ``pos`` next to the cue) names: ``_resolve_mention``'s
    reading, or, where that reading is a participle's object glued to a name ("the match
    Henman", :mod:`.glued_names`), the name's."""
    found = _resolve_mention(np_text, pos, cue_word, role, names)
    read = found.speaker if found is not None and found.speaker else np_text  # (no one: "about it Lee")
    glued = glued_name(read)
    at = np_text.rfind(read[glued:]) if glued else -1
    if at <= 0 and (found is None or found.speaker_type != "person") and not SPEAKS_FOR_RE.match(np_text):
        opened = found is not None and found.speaker_type == "organisation"
        at = glued_surname(np_text, lambda word: _named_in_full(word, names), opened)  # ("to the BBC Smith")
    return resolve_mention(np_text[at:], pos + at, cue_word, role, names) if at > 0 else found


def _named_in_full(surname: str, names: Names) -> bool:
    """Is ``surname`` the surname of the one person the article names with a first name too ("Jane
    Smith"; not when two people share it, "John Smith and his wife Mary Smith")."""
    index = names.by_surname.get(surname)
    if index is None or names.entities[index].kind != "person" or surname in names.shared_surname:
        return False
    words = names.entities[index].name.split()
    # (a known first name: "Iowa Democrat", a confirmed person's reading of a place and a party, is none)
    return len(words) > 1 and words[0] in FIRST_NAMES and words[-1] == surname


def _resolve_mention(np_text: str, pos: int, cue_word: str | None, role: str | None, names: Names) -> Attribution | None:
    """Turn a mention ("he", "Mr Blair", "a spokesman") at ``pos`` into an Attribution;
    ``role``: one an apposition gave, used when the phrase gives none."""
    np_text = np_text.strip().strip(",").strip()
    if np_text.endswith(("Jr.", "Sr.")):
        np_text = np_text[:-1]  # "Joseph R. Biden Jr.": the name's stop, as the name table reads it
    np_text = re.sub(r"^(?:p\s*>|>)\s*", "", np_text) if np_text.startswith(("p", ">")) else np_text
    if not np_text:
        return None
    low = np_text.lower()
    if low in PRONOUNS:
        return reporter_instead(resolve_pronoun(low, np_text, pos, cue_word, names), low, names)
    if quoted_title(np_text, pos, names.body):
        return None  # 'the co-author of "Going Viral," ... said': a title in its marks names no speaker
    if low in ELLIPTIC_QUANTIFIERS:
        return elliptic(np_text, pos, cue_word, names)
    words = np_text.split()
    # (an acronym that spells one of those words is the body the article names so: "WHO officials said")
    spelled = (len(words[0]) > 1 and words[0].isupper() and words[0] in names.by_org
               and words[0].lower() not in CAPITALS_NO_ACRONYM)
    if words[0].lower() in NO_SPEAKER_OPENERS and not spelled and not (words[0].lower() == "one" and len(words) > 1) and not (
            words[0].lower() in DEMONSTRATIVES and len(words) == 2 and words[1].lower().rstrip("s") in POINTED_PEOPLE):
        return None  # ("one district leader", "one of his aides", "this source": a described person)
    if (words[0].lower() in FRONTED_WORDS or words[0] in PARTICIPLE_OBJECT_OPENERS) and len(words) > 2:
        # "For the Lib Dems David Laws said": the fronted phrase names the side; the
        # person is the first-name-and-surname at the end. So for what a fronted participle
        # left without its comma ("[Speaking] to the Daily Mail Tom Reed claimed").
        k = next((k for k in range(len(words) - 2, 0, -1) if words[k] in FIRST_NAMES and words[k + 1][:1].isupper()), None)
        if k is not None and all(w[:1].isupper() or w == "the" for w in words[1:k]):
            offset = np_text.find(" ".join(words[k:]))
            if offset > 0:
                return resolve_mention(np_text[offset:], pos + offset, cue_word, role, names)
    if glued := glued_outlet(np_text):
        # "Writing in The Mirror Linda said": the outlet the participle named, glued to the speaker.
        return resolve_mention(np_text[glued:], pos + glued, cue_word, role, names)
    if SPEAKS_FOR_RE.match(np_text):
        # "a spokesman for Mr Blair": the spokesman spoke, for Blair; never Blair himself.
        return Attribution(np_text, "description", None, np_text, cue_word, pos)
    if (sent := document_owner(np_text)) is not None:
        # "The Conservatives' letter to Daniel Greenberg": the sender's, never the addressee's.
        owner = resolve_mention(sent[0], pos, cue_word, None, names) if sent[0] else None
        if owner is None or not owner.speaker:
            return Attribution(np_text, "description", None, np_text, cue_word, pos)
        return replace(owner, as_written=np_text)
    if (author := document_author(np_text, pos, names.body)) is not None:
        # "The letter said" after "Ann Lee wrote a letter": the author's, the document as written.
        found = resolve_mention(author[0], author[1], cue_word, None, names)
        if found is not None and found.speaker and found.speaker_type in ("person", "organisation"):
            return replace(found, as_written=np_text, pos=pos)
    if (whole := name_with_in(np_text)) is not None:
        # "The Committee on Standards in Public Life said": the body's whole name, not "Public Life".
        return Attribution(whole, "organisation", None, np_text, cue_word, pos)
    if (pair := joint_speakers(np_text, pos, names)) is not None:
        # "Tom Reed and Ann Lee said in a joint statement": both, not the first alone.
        return Attribution(pair, "person", None, np_text, cue_word, pos)
    # A name in the phrase: the last run of capitalised words that parses as one.
    best: ParsedName | None = None
    best_at: re.Match | None = None  # where ``best`` was found
    for m in CAP_RUN_RE.finditer(np_text):
        owned = (_owned_person(np_text, m, names) or _owned_surname(np_text, m, pos, names)
                 if not np_text[m.end() :].strip() else None)
        if owned is not None:
            return Attribution(owned[0], "person", owned[1], np_text, cue_word, pos)
        parsed = parse_run(m.group())
        if not parsed:
            continue
        # (a run after "the" names no person: "Larry Johnson of the Corn Growers")
        body = parsed.kind == "organisation" or np_text[: m.start()].rstrip().endswith((" the", " The"))
        if best is not None and best_at is not None and (
                # "Kirsten Pfeifer from the Consumer Electronics Association": the person speaks for it;
                best.kind == "person" and body and AFFILIATION_RE.fullmatch(np_text, best_at.end(), m.start())
                # "Lauren Nel from Natural Justice in Cape Town": the person, then her body and its town.
                or not np_text[: best_at.start()].strip()
                and after_named_person(np_text, best, best_at.end(), m.start(), names)):
            entity = names.person(best.tokens, best.title)
            name = entity.name if entity else " ".join(best.tokens)
            return Attribution(name, "person", np_text[best_at.end() :].strip() or best.role, np_text, cue_word, pos)
        best, best_at = parsed, m
    if best is None or best_at is None:
        return _no_full_name(np_text, pos, cue_word, names)
    prefix = np_text[: best_at.start()].strip()
    trailing = np_text[best_at.end() :].strip()
    if best.kind == "person" and not best.title and not best.role and possessive_inside(best_at.group(), best):
        # "The People's Daily", "Hudson's Bay": a person's name holds no possessive, so a run with
        # one inside that is no owner's person ("Oxfam's Barbara Stocking") is a body's name.
        best = ParsedName(None, None, best.tokens, best.offset, "organisation")
    if best.kind == "person":
        return _person(np_text, pos, cue_word, role, names, best, best_at, prefix, trailing)
    return _organisation(np_text, pos, cue_word, names, best, best_at, prefix, trailing)


def _owned_person(np_text: str, run: re.Match, names: Names) -> tuple[str, str | None] | None:
    """A person after a possessive in one capitalised run, and whose: "the Congressional Budget
    Office's Rudolph Penner", "Microsoft's Bill Gates" (the person, the body as their role)."""
    owned = owned_name(run.group())
    if owned is None or " ".join(owned[2].tokens) != run.group()[owned[1] :].strip():
        return None
    entity = names.person(owned[2].tokens)
    if entity is None or entity.kind != "person":
        return None  # the name table did not take it for a person ("France's Pernod Ricard")
    owner = np_text[: run.start() + owned[0]].strip()
    return entity.name, (owner or None)


def _no_full_name(np_text: str, pos: int, cue_word: str | None, names: Names) -> Attribution:
    """A phrase with no run that parses as a name: a surname named before, a role
    and one name, an acronym, else a description."""
    country_body = COUNTRY_BODY_RE.fullmatch(np_text)
    if country_body and country_body.group(1).split()[-1].lower() not in ROLE_OR_PERSON_HEADS:
        # (Not an office: "the U.S. Ambassador" is a person whose name is not given.)
        return Attribution(country_body.group(1), "organisation", None, np_text, cue_word, pos)
    runs = list(CAP_RUN_RE.finditer(np_text))
    if runs and " " in runs[-1].group() and not np_text[runs[-1].end() :].strip():
        # "Ten Cate said": a run that parses as no name but ends a known person's name.
        tokens = [POSSESSIVE_RE.sub("", t) if t.endswith(("'s", "’s")) else t for t in runs[-1].group().split()]
        while len(tokens) > 1 and tokens[0] in NON_NAME:
            tokens = tokens[1:]
        entity = names.person(tokens) if len(tokens) > 1 else None
        if entity is not None and entity.kind == "person" and entity.name.endswith(" ".join(tokens)):
            return Attribution(entity.name, "person", entity.role, np_text, cue_word, pos)
    # A lone capitalised word: a person named before ("Putin"), else an organisation.
    lone = [m for m in runs if m.group() not in NON_NAME]
    if len(lone) == 1 and " " not in lone[0].group() and not np_text[lone[0].end() :].strip():
        token = POSSESSIVE_RE.sub("", lone[0].group()) if lone[0].group().endswith(("'s", "’s")) else lone[0].group()
        prefix = np_text[: lone[0].start()].strip()
        entity = names.person([token], at=pos)
        if entity is not None:
            return Attribution(entity.name, "person", clean_role(prefix) or entity.role, np_text, cue_word, pos)
        if token in names.quoted_full:
            # Named in full only inside a quote ("I thank Frank Arnesen"): still a person.
            return Attribution(names.quoted_full[token], "person", clean_role(prefix), np_text, cue_word, pos)
        if not prefix and np_text == lone[0].group():
            if token.lower() in GROUP_SPEAKERS and token.lower() not in ALWAYS_ORG_HEADS:
                # "Analysts said": a people noun capitalised by the sentence start, not a body's name.
                return resolve_description(np_text, pos, cue_word, names)
            if CONTRACTION_RE.search(lone[0].group()):
                return None  # "Let's say", "I'd argue", "I'm aware that": no body at all
            # "Moody's said": a firm's name that ends in a possessive, as written.
            return Attribution(names.acronyms.get(token, lone[0].group().replace("’", "'")), "organisation", None, np_text, cue_word, pos)
    # "Madrid midfielder Guti", "Barcelona star Ronaldinho": a role word, then one name.
    m = ROLE_THEN_ONE_NAME_RE.search(np_text)
    if m and m.group(1) in ROLE_WORDS and m.group(2) not in NON_NAME and not is_org([m.group(2)]):
        entity = names.person([m.group(2)], at=pos)
        prefix = np_text[: m.start(2)].strip()
        return Attribution(entity.name if entity else m.group(2), "person", clean_role(prefix), np_text, cue_word, pos)
    return newspaper_before(np_text, pos, cue_word, names.body) or resolve_description(np_text, pos, cue_word, names)


def _owned_surname(np_text: str, run: re.Match, pos: int, names: Names) -> tuple[str, str | None] | None:
    """A surname alone after a possessive, of a person the article names: "Capel's Murtha said"
    after "Peter Murtha of James Capel" (the analyst, the firm as his role); "Arsenal's Edu", a
    player known by one name, which the name table files with the club as his role."""
    possessive = owned_word(run.group())
    if possessive is None:
        return None
    surname = run.group()[possessive.end() :]
    entity = names.person([surname], at=pos)
    if entity is None or entity.kind != "person":
        return None  # ("Hudson's Bay": no one the article names)
    owner = np_text[: run.start() + possessive.start()].strip()
    return entity.name, (owner or None)


def _written_org(parsed: ParsedName, run: str) -> list[str]:
    """An organisation's words with the possessives inside its name as written ("Moody's
    Investors Service", "Standard and Poor's Corp"): the run parser strips every possessive,
    which only a name's last word may carry as an owner's."""
    words = run[parsed.offset :].split()
    if len(words) != len(parsed.tokens) or not INNER_POSSESSIVE_RE.search(run):
        return parsed.tokens
    # (one apostrophe, so "Moody’s" and "Moody's" are one speaker: the key is the name's letters)
    return [t + "'s" if w[:-2] == t and w.endswith(("'s", "’s")) else t for w, t in zip(words, parsed.tokens)]


def _person(np_text: str, pos: int, cue_word: str | None, role: str | None, names: Names,
            parsed: ParsedName, m: re.Match, prefix: str, trailing: str) -> Attribution:
    """A phrase whose last name run (``parsed``, matched by ``m``) is a person's."""
    title, run_role, tokens = parsed.title, parsed.role, parsed.tokens
    if trailing and not re.match(r"^(?:['’]s)?$", trailing):
        possessive = m.group().endswith(("'s", "’s", "s'", "s’"))
        if trailing.split()[0].lower() in ROLE_WORDS and not prefix and not possessive and not m.group().startswith("The "):
            # (but "The She Hate Me director", "The Harry Potter star": after "The", the capitals
            # are a work's title modifying the role, a description of the person in focus)
            # "Dr Mike Watts head of exploration said": a name, then its role.
            entity = names.person(tokens, title, at=pos)
            full = entity.name if entity else " ".join(tokens)
            return Attribution(full, "person", trailing, np_text, cue_word, pos)
        titled = (title and title.lower() in SURNAME_NEXT and m.start() == 0 and not possessive
                  and trailing.split()[0].lower() not in ROLE_OR_PERSON_HEADS)
        if re.match(r"^(?:of|at|from|with)\b", trailing) is None and not (titled and trailing[:1].islower()):
            # "the Gartner analyst" style phrase ending in a common noun: a description
            # (but "Mr Howard last week" is Mr Howard).
            return resolve_description(np_text, pos, cue_word, names)
    entity = names.person(tokens, title, at=pos)
    with_title = title and (title.lower() in NAME_TITLES or len(tokens) == 1 and title.lower() in HONORIFICS)
    full = entity.name if entity else " ".join(([title] if title and with_title else []) + tokens)
    written_role = " ".join(x for x in (prefix, run_role) if x) or None
    written_role = clean_role(written_role)
    role = written_role or role or (entity.role if entity else None)
    return Attribution(full, "person", role, np_text, cue_word, pos)


def _organisation(np_text: str, pos: int, cue_word: str | None, names: Names,
                  parsed: ParsedName, m: re.Match, prefix: str, trailing: str) -> Attribution:
    """A phrase whose last name run is an organisation's: the organisation, or someone speaking for it."""
    if SPREAD_OVER_RE.search(prefix):
        # "Shops all over the UK", "farmers across the EU": people spread over a place, no body speaking.
        return Attribution(np_text, "description", None, np_text, cue_word, pos)
    tokens = _written_org(parsed, m.group())
    known = names.person(parsed.tokens, at=pos) if len(tokens) == 1 and not prefix.lower().startswith("the") else None
    if known is not None and known.kind == "person" and " " in known.name:
        # "Chambers said" after "Guy Chambers": the surname, not the org word.
        return Attribution(known.name, "person", clean_role(prefix) or known.role, np_text, cue_word, pos)
    # An organisation: expand "the QCA" from "(QCA)".
    org = " ".join(tokens)
    if org in names.acronyms:
        org = names.acronyms[org]
    if prefix.lower() == "the" or m.group().startswith("The "):
        org = "the " + org if not org.startswith(("the ", "The ")) else org
    if trailing and trailing.split()[0].lower() in ORG_VOICE_WORDS:
        return Attribution(np_text, "description", None, np_text, cue_word, pos)
    if prefix and prefix.lower() not in ("the", "a", "an"):
        if re.search(r"\b(?:spokesman|spokeswoman|spokesperson|source|official|analyst|statement|report)\b", prefix, re.I):
            return Attribution(np_text, "description", None, np_text, cue_word, pos)
    if trailing.lower() in ("said", ""):
        return Attribution(org, "organisation", None, np_text, cue_word, pos)
    return Attribution(np_text, "organisation", None, np_text, cue_word, pos)
