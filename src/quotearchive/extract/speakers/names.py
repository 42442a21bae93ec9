"""The name table of an article: who and what it names, under which aliases, where.

Built in one pass over the body's capitalised runs (:mod:`.runs` reads each):
people are keyed by surname so "Putin" finds "Vladimir Putin", organisations
by name, "(EOC)" expands to the words before it, a nickname in quote marks
("Brian 'Head' Welch") and a full name said inside a quote ("I thank Frank
Arnesen") teach what a later surname means, and a surname standing alone
becomes a person when the article has it do what people do ("Parry, 57,
said").  The table also records, as the resolver goes, which quotes were
given to whom: coreference (:mod:`.salience`, the walk of pronouns and descriptions)
reads both.  Two people named in full with one surname ("Jason Robinson", "Andy Robinson")
are two entries, and a lone surname is told between them by where it stands and whom the
article has been quoting.

One piece, though long: the table is built in one pass whose steps read each other's
results (surnames confirm lone words, namesakes need every full name first), and the
resolver asks it by position.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ...lexicon.people import (
    BODY_KIND_WORDS,
    FEMALE_NAMES,
    FIRST_NAMES,
    HONORIFICS,
    MALE_NAMES,
    NAME_TITLES,
    NON_NAME,
    OBJECT_PRONOUNS,
    PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_OR_PERSON_HEADS,
    ROLE_WORDS,
)
from ...lexicon.referents import OFFICE_QUALIFIERS
from ..cues import SPEECH_VERBS
from .namesakes import another_namesake, by_gender, kin_gender, shown_by_kin_or_age, title_gender
from .model import Attribution, Candidate, Entity
from .datelines import in_dateline
from .first_names import lone_first_name
from .possessives import owned_word
from .pronoun_genders import shown_genders
from .runs import CAP_RUN_RE, NATIONALITY_RE, POSSESSIVE_RE, gender_of, owned_name, parse_run, possessive_inside
from .lone_names import never_a_lone_name, run_facts, surname_key

# A mention followed by its speech verb ("Mr Howard has said").
SPOKE_AFTER_RE = re.compile(
    rf"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|van|von|de|den|der))*[ \t]+(?:(?:has|had|also|then|later|again)[ \t]+)*(?:{SPEECH_VERBS})\b"
)
# Only an inverted attribution ('," said X') shows X is a person: in "Parry revealed
# Real Madrid did ask", the name after the verb is what was said, not who said it.
INVERTED_BEFORE_RE = re.compile(rf"[,\"”][ \t]*(?:{SPEECH_VERBS})[ \t]+$")
# A lone surname ("Parry") doing what only people do: "Parry, speaking to ...",
# "Parry admits", "Parry joined Liverpool as chief executive", "Parry, 57,".
HUMAN_AFTER_RE = re.compile(
    r"[ \t]*(?:,[ \t]*(?:speaking\b|talking\b|writing\b|\d{2},)|[ \t]+(?:also[ \t]+|has[ \t]+|had[ \t]+|then[ \t]+|later[ \t]+)*"
    r"(?:admits|admitted|confessed|confesses|joined\b[^.,;\n]{0,40}[ \t]as|resigned|was[ \t]+born|married|"
    r"smiled|laughed|insisted[ \t]+he|insisted[ \t]+she|was[ \t]+(?:axed|sacked|dropped|injured|booked|fined|banned|"
    r"married|arrested|jailed|charged|knighted|elected|appointed|named[ \t]+as))\b)"
)
# A speech verb after the name and "he"/"she" opening a following sentence: a person.
SAID_THEN_PRONOUN_RE = re.compile(
    rf"[ \t]+(?:(?:also|has|had|then|later)[ \t]+)*(?:{SPEECH_VERBS})\b[^.!?\n]{{0,250}}[.!?][\"”]?\s+[\"“]?(He|She|his|His|Her)\b"
)
# After "Wenger's Bayern", a noun the capitalised word modifies ("counterpart", "team"): the
# word is no person the possessive owns.
MODIFIED_AFTER_OWNED = ROLE_WORDS | ROLE_OR_PERSON_HEADS | frozenset(
    {"counterpart", "counterparts", "team", "side", "squad", "club", "fans", "players", "board", "shares", "stock"})
# A name followed by a plural verb or referred to as "it" is a group, not a person.
PLURAL_AFTER_RE = re.compile(r"[ \t]+(?:are|were|have|say|believe|insist|claim)\b|['’]s[ \t]+(?:board|shares|fans|players|chairman)\b")
# "the 25-year-old Dubliner", "his Dubliner": a noun, not a name.
DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|his|her|their|its|[\w-]+-old)[ \t]+$")
# "(?<!\w.)" after the capital is the "\b" before it, placed where the engine can
# skip ahead to capitals instead of testing the boundary at every offset.
NICKNAME_RE = re.compile(r"([A-Z](?<!\w.)[a-z]+)[ \t]+['\"‘“][A-Z][\w .-]{0,15}['\"’”][ \t]+([A-Z][a-z][\w'-]+)")
# What every nickname holds: a short capitalised phrase in quote marks after a
# space, then a capitalised word.  Searching for it first skips the scan at
# every capital in the many articles with no nickname (quote marks are rarer).
NICKNAME_HINT_RE = re.compile(r"['\"‘“](?<=[ \t].)[A-Z][\w .-]{0,15}['\"’”][ \t]+[A-Z][a-z]")
# An acronym right before an opening parenthesis: "IPO (Initial Public Offering)".
ACRONYM_BEFORE_RE = re.compile(r"\b[A-Z]{2,}[ \t]*$")
ACRONYM_RE = re.compile(r"\(([A-Z]{2,8})\)")
ACRONYM_WORDS_RE = re.compile(r"((?:[A-Z][\w'-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*){1,8})$")
ROLE_BEFORE_RE = re.compile(r"(?:(?<=\s)|^)((?:[\w'’-]+\s+){1,4})$")
# (a word may be an owner's possessive: "Ann Lee, Al Jazeera's manager of communications,", "Tom Ruiz,
# the council's finance director,": a role that belongs to a body shows a person as well)
ROLE_AFTER_RE = re.compile(r",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?((?:[\w-]+(?:['’]s)?[ \t]+){0,2}[\w-]+)")
# Role words that in apposition show no person ("Paris, the state capital").
NOT_APPOSITIVE_ROLES = frozenset({"state", "first", "home", "trade"})
# Words ending an apposition's noun phrase before its role could come ("Leeds, where the director").
APPOSITION_STOPS = frozenset(
    "who whom whose which where when while that but and or as said says is was are were has had have will would "
    "could can of for in on at to from with by after before".split()
)
POSSESSIVE_S_RE = re.compile(r"['’]s$")
# "Hazel Gilbert, 23, ...": an age in apposition shows a person.
AGE_AFTER_RE = re.compile(r",[ \t]*\d{1,3}[ \t]*,")
# The lower-case word right before a run ("firm" in "games firm Bioware").
WORD_BEFORE_RE = re.compile(r"(?:^|\s)([a-z]+)[ \t]+$")


# A dateline after its place in capitals: an optional date after a comma, an optional agency in
# brackets, then a dash ("SEOUL, Aug. 20 (Yonhap) --", "DALLAS (AP) —", "LONDON (Reuters) - ").
# The story's first sentence opens after the dash: "NATO -- the alliance said" and "UNICEF -
# which runs ..." are a body in apposition, not a dateline.
DATELINE_TAIL_RE = re.compile(
    r"(?:,[^\n,]{1,20}){0,2}?[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:--|—|–|-(?=[ \t]))[ \t]*(?=[A-Z0-9\"“‘])")


# An umlaut written out ("Mueller", "Goetze", "Baer") or dropped ("Muller"): English copy spells a
# German name two or three ways in one article.
UMLAUT_WRITTEN_OUT_RE = re.compile(r"(?<=\w)([uoa])e")
UMLAUTS = str.maketrans("üöäÜÖÄ", "uoaUOA")


def has_umlaut(surname: str) -> bool:
    return surname != surname.translate(UMLAUTS)


def umlaut_key(surname: str) -> str:
    """``surname`` with its umlauts read as the plain letter, written out or not ("Müller",
    "Mueller", "Muller": "Muller")."""
    return UMLAUT_WRITTEN_OUT_RE.sub(r"\1", surname.translate(UMLAUTS))


def is_dateline(body: str, start: int, end: int) -> bool:
    """Is the run ``body[start:end]``, opening a line, the place of a dateline (in capitals, a
    dash after it)?  Wire copy opens with where it was filed; the place is no speaker, and no
    "it" later in the copy means it."""
    run = body[start:end]
    return run.isupper() and len(run) >= 3 and DATELINE_TAIL_RE.match(body, end, end + 60) is not None


class Names:
    """The people and organisations an article names, and where."""

    def __init__(self, body: str, quotes: Sequence[Candidate] = ()) -> None:
        self.body = body
        self.quote_spans: list[tuple[int, int]] = [(c.start, c.end) for c in quotes]  # (sorted, as the quotes)
        self.entities: list[Entity] = []
        self.by_surname: dict[str, int] = {}
        self.by_first: dict[str, int] = {}
        self.shared_first: set[str] = set()  # first names of two people or more: "John said" names neither
        # Surnames two people named in full share ("Jason Robinson", "Andy Robinson"): the surname
        # -> (position, entity) of each full mention; a lone "Robinson" is one of them by
        # ``nearest_namesake``.
        self.shared_surname: dict[str, list[tuple[int, int]]] = {}
        self.by_org: dict[str, int] = {}
        self.acronyms: dict[str, str] = {}
        self.quoted_full: dict[str, str] = {}  # surname -> full name, from names inside quotes
        self._umlaut_keys: dict[str, int] | None = None  # surnames spelled with umlauts, read plain (on demand)
        self.events: list[tuple[int, Attribution]] = []  # quotes attributed so far
        self.event_pos: list[int] = []
        self.positions: list[int] = []  # person/org mention starts, sorted
        self.mention_entity: list[int] = []
        # (title, role, name words, position, kind) of every name outside quotes: a
        # plain tuple, only ever unpacked (a NamedTuple's constructor is a Python
        # function call, and this loop is the resolver's busiest).
        raw: list[tuple[str | None, str | None, list[str], int, str]] = []
        lone: set[str] = set()  # single capitalised words, to confirm surnames
        lone_at: dict[str, list[int]] = {}  # where each lone word (outside quotes) stands
        bodies: list[tuple[str, int]] = []  # "firm Bioware": names of bodies no org word shows
        # "the Budget Office's Rudolph Penner" (the owner as role, when one surname is all the
        # run gives): after the loop, once ``lone`` is whole
        owned_people: list[tuple[list[str], int, str | None]] = []
        q = 0  # names inside quotes are what was said, not who said it
        n_quotes = len(quotes)
        for match in CAP_RUN_RE.finditer(body):
            g = match.group()
            at = match.start()
            if " " not in g:
                lone.add(POSSESSIVE_RE.sub("", g) if g.endswith(("'s", "’s")) else g)
            while q < n_quotes and quotes[q].end <= at:
                q += 1
            if q < n_quotes and quotes[q].start <= at < quotes[q].end:
                words = g.split()
                if 1 < len(words) < 6 and any(w in FIRST_NAMES for w in words[:-1]):
                    # "I thank Frank Arnesen": not who speaks, but who "Arnesen" is later.
                    inner = parse_run(g)
                    if inner and inner.kind == "person" and len(inner.tokens) > 1:
                        self.quoted_full.setdefault(inner.tokens[-1], " ".join(inner.tokens))
                continue
            if (at == 0 or body[at - 1] == "\n") and is_dateline(body, at, match.end()) or g.isupper() and in_dateline(body, at):
                continue  # "SEOUL, Aug. 20 (Yonhap) --": where the copy was filed, no one who speaks
            single, parsed = run_facts(g)
            if parsed is not None and parsed[3] and not _opens_sentence(body, at):
                # "tennis great Billie Jean King": mid-sentence, a capital before a first name is
                # a name's own ("Billie", a first name the lexicon lacks), not a headline's word.
                parsed = parse_run(g, unglue=False) or parsed
            if single is not None:
                lone_word, lone_offset = single
                lone_at.setdefault(lone_word, []).append(at + lone_offset)
            if ("'s " in g or "’s " in g) and (parsed is None or parsed[4] != "person"):
                # "the Congressional Budget Office's Rudolph Penner", "Britain's Paula Radcliffe":
                # a person after a body's or a place's possessive ("France's Pernod Ricard" is a firm).
                owned = owned_name(g)
                if owned is not None:
                    owned_people.append((owned[2].tokens, at + owned[1] + owned[2].offset, None))
            if parsed is None:
                body_name = _body_named(body, at, g)
                if body_name:
                    bodies.append((body_name, at))
                continue  # most runs: a capitalised word opening a sentence
            title, role, tokens, offset, kind = parsed
            if kind == "person":
                if body[at - 1 : at] == "(" and ACRONYM_BEFORE_RE.search(body, max(0, at - 12), at - 1):
                    continue  # "IPO (Initial Public Offering)": an acronym spelled out, no one's name
                if not title and not role and body[max(0, at - 4) : at].lower() == "the ":
                    continue  # "the Weakest Link", "the White Paper": things, not people (but "the Exchequer Gordon Brown")
                if not title and not role and possessive_inside(g, parsed):
                    # "The People's Daily", "Hudson's Bay": a body's name, no one's; but "Merrill's
                    # Bradford" is the Bradford the article names, if it names one (as below).
                    last = owned_word(g)
                    after = body[match.end() : match.end() + 30].split(None, 1)
                    # (not "Wenger's Bayern counterpart Felix Magath": a word modifying a role)
                    if last is not None and not (after and after[0].lower() in MODIFIED_AFTER_OWNED):
                        owner = g[parsed[3] : last.start()].strip()
                        owned_people.append(([g[last.end() :]], at + last.end(), owner or None))
                    continue
                before = role_before(body, at)
                if before:
                    role = f"{before} {role}" if role else before
            raw.append((title, role, tokens, at + offset, kind))
            if kind == "person" and " and " in g:
                # "Matt Lucas and David Walliams": the second person too.
                cut = g.rindex(" and ") + 5
                second = parse_run(g[cut:])
                if second and second.kind == "person" and (second.title or second.role or second.tokens[0] in FIRST_NAMES):
                    raw.append((second.title, second.role, second.tokens, at + cut + second.offset, second.kind))
        for tokens, pos, owner in owned_people:
            if (tokens[0] in FIRST_NAMES and len(tokens) > 1) or tokens[-1] in lone:
                raw.append((None, owner, tokens, pos, "person"))
        for name in dict.fromkeys(name for name, _ in bodies):
            # Named once after its kind ("watchdog Reporters Without Borders"), the body is
            # the same words wherever they stand outside quotes (each name looked for once:
            # an article naming "firm Acme" a thousand times is not read a thousand times).
            raw.extend((None, None, name.split(), k, "organisation") for k in _outside(body, name, quotes))
        # People first by fullness, so "Putin" resolves to "Vladimir Putin".
        # ... and the headline's last: "Classy Henman", "Fuming Robinson" there put an adjective
        # before the surname, so "Tim Henman" in the text below is the name "Henman" means.
        headline_end = body.find("\n")
        for title, role, tokens, pos, kind in sorted(raw, key=lambda entry: (_fewer_words_last(entry), _headline_guess(entry, headline_end))):
            entity = self._add(title, role, tokens, pos, kind)
            if entity is not None and kind == "person" and not entity.confirmed:
                entity.confirmed = bool(
                    title or role or tokens[0] in MALE_NAMES or tokens[0] in FEMALE_NAMES
                    or tokens[-1] in lone or SPOKE_AFTER_RE.match(body, pos, pos + 90)
                    or INVERTED_BEFORE_RE.search(body, max(0, pos - 30), pos)
                    or role_after(body, pos + len(" ".join(tokens)))
                    or AGE_AFTER_RE.match(body, pos + len(" ".join(tokens))) is not None
                )
        nicknames = NICKNAME_RE.finditer(body) if NICKNAME_HINT_RE.search(body) else ()
        for nick in nicknames:
            # "Brian 'Head' Welch": "Welch" later means Brian Welch.
            self.quoted_full.setdefault(nick.group(2), f"{nick.group(1)} {nick.group(2)}")
        self._add_lone_people(lone_at)
        order = sorted(zip(self.positions, self.mention_entity))
        self.positions = [p for p, _ in order]
        self.mention_entity = [e for _, e in order]
        for paren in ACRONYM_RE.finditer(body):
            # "the Equal Opportunities Commission (EOC)": the words before spell it.
            spelled = ACRONYM_WORDS_RE.search(body, max(0, paren.start() - 120), paren.start())
            if spelled is None:
                continue
            words = spelled.group(1).split()
            initials = [w[0] for w in words if w[0].isupper()]
            acronym = paren.group(1)
            if len(initials) >= len(acronym):
                full = words[-_span_for(words, acronym):]
                self.acronyms[acronym] = " ".join(full)
        # "Kirby Smith arrived with his wife": a sex no first name gave, which a pronoun may not contradict
        self.shown_gender: dict[str, str] = shown_genders(body, self.entities, self.positions, self.quote_spans)

    def _add_lone_people(self, lone_at: dict[str, list[int]]) -> None:
        """A surname used alone ("Parry") is a person when the article has him do what
        people do ("Parry, speaking to ...", "Parry joined X as chief executive") or says
        "X said ... He ...", and nothing (a plural verb, an org word) says it is a group."""
        body = self.body
        for word, spots in lone_at.items():
            if word in self.by_surname:
                # "Ferguson was also upset ...": the surname alone is a mention of the
                # person named in full, so "he" after it finds him.
                index = self.by_surname[word]
                # (or one word filed with its owner as role: "Arsenal's Edu", then "Edu was"; not
                # "The Reagan administration" after "President Reagan")
                entity = self.entities[index]
                one_word = " " not in entity.name
                if entity.kind == "person" and (not one_word or entity.role):
                    known = set(entity.mentions)
                    for at in spots:
                        if one_word and body[max(0, at - 4) : at].lower() == "the ":
                            continue
                        if at not in known and not DETERMINER_BEFORE_RE.search(body, max(0, at - 20), at):
                            owner = self.nearest_namesake(word, at, title_gender(body, at)) if word in self.shared_surname else index
                            self.entities[owner].mentions.append(at)
                            self.positions.append(at)
                            self.mention_entity.append(owner)
                continue
            if word in self.by_org:
                continue
            if never_a_lone_name(word):
                continue
            gender = "?"
            human = False
            for at in spots:
                end = at + len(word)
                said = SAID_THEN_PRONOUN_RE.match(body, end, end + 400)
                if not (said or HUMAN_AFTER_RE.match(body, end, end + 80)):
                    continue
                if DETERMINER_BEFORE_RE.search(body, max(0, at - 20), at):
                    continue  # "the 25-year-old Dubliner": a noun, not a name
                human = True
                if said:
                    gender = "f" if said.group(1).lower() in ("she", "her") else "m"
            first = None if human else lone_first_name(word, body, spots)  # "said Jared, an undergraduate"
            human, gender = (True, first) if first else (human, gender)
            if not human or any(PLURAL_AFTER_RE.match(body, at + len(word)) for at in spots):
                continue
            index = len(self.entities)
            self.entities.append(Entity(word, "person", gender, None, confirmed=True))
            self.by_surname[word] = index
            for at in spots:
                self.entities[index].mentions.append(at)
                self.positions.append(at)
                self.mention_entity.append(index)

    def _add(self, title: str | None, role: str | None, tokens: list[str], pos: int, kind: str) -> Entity | None:
        if kind == "person":
            gender = gender_of(title, role, tokens[0] if len(tokens) > 1 else None)
            gender = kin_gender(self.body, pos) if gender == "?" and len(tokens) > 1 else gender  # "his mother, Ann Lee"
            key = surname_key(tokens)
            index = self.by_surname.get(key)
            if index is not None and len(tokens) > 1 and self.entities[index].kind == "person":
                index = self._namesake(key, tokens, index, pos, bool(title or role) or self._shown_person(tokens, pos))
            elif index is not None and key in self.shared_surname:
                index = self.nearest_namesake(key, pos, gender)
            if index is None and len(tokens) == 1:
                index = self.by_first.get(key) if title and title.lower() in NAME_TITLES else None
            if index is None and len(tokens) == 1 and not title and not role:
                return None  # a lone capitalised word: not known to be a person
            if index is None:
                index = len(self.entities)
                name = " ".join(tokens)
                if title and (title.lower() in NAME_TITLES or len(tokens) == 1 and title.lower() in HONORIFICS):
                    name = title + " " + name  # "Sir Digby Jones"; "Mr Jones" when that is all we have
                self.entities.append(Entity(name, "person", gender, role))
                self.by_surname.setdefault(key, index)
                if key in self.shared_surname:
                    self.shared_surname[key].append((pos, index))
                if len(tokens) > 1 and self.by_first.setdefault(tokens[0], index) != index:
                    self.shared_first.add(tokens[0])
            entity = self.entities[index]
            if entity.gender == "?":
                entity.gender = gender
            if not entity.role and role:
                entity.role = role
        else:
            name = " ".join(tokens)
            index = self.by_org.get(name)
            if index is None:
                index = len(self.entities)
                self.entities.append(Entity(name, "organisation"))
                self.by_org[name] = index
        self.entities[index].mentions.append(pos)
        self.positions.append(pos)
        self.mention_entity.append(index)
        return self.entities[index]

    def _namesake(self, key: str, tokens: list[str], index: int, pos: int, evidenced: bool = False) -> int | None:
        """The entity a full name (``tokens``) with a surname already in the table is: the same
        person, or None for another one with that surname ("Andy Robinson" after "Jason
        Robinson": first names split them), whose full mentions are then kept by position."""
        spots = self.shared_surname.get(key)
        candidates = dict.fromkeys([index] + [i for _, i in spots or ()])
        for i in candidates:
            named = [w for w in self.entities[i].name.split() if w.lower() not in NAME_TITLES]
            shown = bool(self.entities[i].role) or self._shown_person(named, self.entities[i].mentions[0])
            if _same_person(named, tokens) and not another_namesake(named, shown, tokens, evidenced):
                if spots is not None:
                    spots.append((pos, i))
                return i
        if spots is None:
            self.shared_surname[key] = [(p, index) for p in self.entities[index].mentions]
        return None

    def _shown_person(self, tokens: list[str], pos: int) -> bool:
        """An age or a role in apposition after the name at ``pos`` ("Blake Snyder, 33,"), a kinship word
        before it ("his mother, Adrianne Fischer")."""
        end = pos + len(" ".join(tokens))
        return AGE_AFTER_RE.match(self.body, end) is not None or role_after(self.body, end) or shown_by_kin_or_age(self.body, pos, end)

    def nearest_namesake(self, key: str, at: int, gender: str = "?") -> int:
        """Of the people sharing the surname ``key``, the one a lone surname at ``at`` means: the
        one named in full last before it in its paragraph ("Writer Tony Cowell ... said Cowell"),
        else the last of them a quote was given to, else the one the surname meant before
        namesakes were told apart (the fullest name, the first named).  Not the one named most: an article about Hillary Clinton names her in full
        as seldom as Bill Clinton in passing, and "Clinton" alone is still her.  A title's sex
        keeps only the namesakes of that sex ("Mrs Snyder"), when there are any."""
        spots = by_gender(sorted(self.shared_surname[key]), self.entities, gender)
        paragraph = self.body.rfind("\n", 0, max(at, 0)) + 1
        k = bisect_left(spots, (at, -1)) - 1
        if k >= 0 and spots[k][0] >= paragraph:
            return spots[k][1]
        namesakes = {self.entities[index].name: index for _, index in spots}
        if gender in ("m", "f") and len(spots) < len(self.shared_surname[key]) and len(namesakes) == 1:
            return spots[0][1]  # the one namesake of the title's sex
        for e in range(bisect_left(self.event_pos, at) - 1, -1, -1):
            # The one the article has been quoting: "said Cowell" paragraphs after "Writer Tony
            # Cowell ... said Cowell" is Tony still, though Simon was named first.
            speaker = self.events[e][1].speaker
            if speaker in namesakes:
                return namesakes[speaker]
        # The fullest name, then the one named first in the text (not the first the table took in:
        # "said Tanner Fischer" in the first paragraph, "his mother, Adrianne Fischer" late on).
        return min(self.shared_surname[key], key=lambda spot: (-len(self.entities[spot[1]].name.split()), spot[0]))[1]

    def person(self, tokens: list[str], title: str | None = None, at: int = -1) -> Entity | None:
        """The person these name words (a surname, a full name, "Sir Digby") mean, if named."""
        if not tokens:
            return None
        key = surname_key(tokens)
        index = self.by_surname.get(key)
        if index is not None and key in self.shared_surname:
            if len(tokens) > 1:
                spots = self.shared_surname[key]
                exact = next((i for _, i in spots if tokens[0] in self.entities[i].name.split()), None)
                index = exact if exact is not None else next(
                    (i for _, i in spots if _same_person(self.entities[i].name.split(), tokens)), index)
            elif at >= 0:
                index = self.nearest_namesake(key, at, gender_of(title, None) if title else "?")
        if index is None and len(tokens) == 1:
            index = self._umlaut_variant(key)  # "Mueller" or "Muller" after "Gerhard Müller"
        if index is None and len(tokens) == 1 and title and title.lower() in NAME_TITLES:
            index = self.by_first.get(tokens[0])  # "Sir Digby"
        if index is None and len(tokens) == 1 and not title:
            return self._by_first_name(tokens[0])
        if index is None:
            return None
        entity = self.entities[index]
        if len(tokens) > 1 and tokens[0] not in entity.name:
            return None  # another person with the same surname
        return entity

    def _umlaut_variant(self, key: str) -> int | None:
        """The person filed under another spelling of the surname ``key``: "Müller", "Mueller"
        and "Muller" are one name (:func:`umlaut_key`)."""
        # Only where one spelling has the umlaut itself: "ue" and "oe" are English too ("Lue" is
        # not "Lu", "Hoey" not "Hoy").
        if self._umlaut_keys is None:
            self._umlaut_keys = {}
            for known, index in self.by_surname.items():
                if has_umlaut(known):
                    self._umlaut_keys.setdefault(umlaut_key(known), index)
        if has_umlaut(key):
            target = umlaut_key(key)
            return next((index for known, index in self.by_surname.items() if known != key and umlaut_key(known) == target), None)
        # (Most articles file no surname with an umlaut: nothing to spell plain.)
        return self._umlaut_keys.get(umlaut_key(key)) if self._umlaut_keys else None

    def _by_first_name(self, word: str) -> Entity | None:
        """The person a lone ``word`` names by their first name, as features and sport do after
        the full name ("her daughter Zoe Slater ... Zoe said", "But Serena added"): only when
        no one else named has it, and it opens a plain "First Last" or is a common first name
        (not "Producers" of a run read as "Producers Barbara Broccoli")."""
        index = self.by_first.get(word)
        if (index is None or word in self.shared_first or not word.isalpha() or never_a_lone_name(word)
                or word.lower() in PRONOUNS or word.lower() in OBJECT_PRONOUNS):
            return None
        entity = self.entities[index]
        if word not in FIRST_NAMES and len(entity.name.split()) != 2:
            return None
        # ("According to Tessa" names a source, not a place: session 18.)
        if re.search(rf"\b(?:in|at|from|(?<![Aa]ccording )to|against|of|for|beat|visit(?:ed|ing|s)?)\s+{re.escape(word)}\b(?!\s+[A-Z])", self.body):
            return None  # "in Virginia", "against Chelsea": the word names a place or a club here too
        first = re.search(rf"\b{re.escape(word)}\b", self.body)
        if first and entity.mentions and first.start() < entity.mentions[0] and not self.body[: first.start()].rstrip()[-1:].islower():
            # The word stood alone before the full name, opening a sentence: "Orange told ... those
            # with Orange Smartphones" (but "R&B star Jamelia ... full name Jamelia Davis": a role before it).
            return None
        return entity

    def previous(self, pos: int, want: str, gender: str = "?", role_head: str | None = None) -> Entity | None:
        """The nearest entity mentioned before ``pos`` that fits."""
        i = bisect_left(self.positions, pos) - 1
        while i >= 0:
            entity = self.entities[self.mention_entity[i]]
            i -= 1
            if entity.kind != want:
                continue
            if gender != "?" and entity.gender not in ("?", gender):
                continue
            if role_head and not _role_fits(entity.role, role_head):
                continue
            return entity
        return None

    def add_event(self, pos: int, who: Attribution) -> None:
        """Record that the quote at ``pos`` was said by ``who``: a mention of them there.

        Kept in position order (the resolver bisects them): reported speech's statements,
        resolved after every quote of the article, go in among the quotes' events."""
        k = bisect_right(self.event_pos, pos)
        self.events.insert(k, (pos, who))
        self.event_pos.insert(k, pos)

    def main_person(self) -> Entity | None:
        """The person the article names most often."""
        people = [e for e in self.entities if e.kind == "person"]
        return max(people, key=lambda e: len(e.mentions), default=None)


def _opens_sentence(body: str, at: int) -> bool:
    """Does the run at ``at`` open the body, a line, or a sentence (where a word is capitalised
    whatever it is)?"""
    before = body[max(0, at - 40) : at]
    stripped = before.rstrip()
    return not stripped or "\n" in before[len(stripped) :] or stripped[-1] in ".!?:\"“”'‘’"


def _same_person(named: list[str], tokens: list[str]) -> bool:
    """Are ``tokens`` (a full name) the person already named ``named`` with the same surname?
    Yes unless both give a known first name and the first names differ ("Andy" is not
    "Jason"; an initial, "G. Bush", or a name given with its title only, decides nothing)."""
    first = tokens[0]
    if first in named or first not in FIRST_NAMES:
        return True
    # (both first names known ones: "Rolling Stone" after "Oliver Stone" is a magazine, and
    # "Switzerland Federer" a run across a sentence, not a namesake)
    return not any(w in FIRST_NAMES for w in named[:-1])


def _body_named(body: str, at: int, run: str) -> str | None:
    """The name of a body that the run at ``at`` gives after its kind in lower case
    ("software firm Macrovision"), else None (the common case: no kind word before)."""
    if at < 2 or not body[at - 1 : at].isspace() or not body[at - 2 : at - 1].islower():
        return None
    m = WORD_BEFORE_RE.search(body, max(0, at - 20), at)
    if m is None or m.group(1) not in BODY_KIND_WORDS:
        return None
    words = [POSSESSIVE_S_RE.sub("", w) for w in run.split()]
    if words[0] in NON_NAME or len(words) > 5:
        return None
    return " ".join(words)


def _outside(body: str, name: str, quotes: Sequence[Candidate]) -> list[int]:
    """Where ``name`` stands as whole words in ``body``, outside the quotes."""
    found = []
    starts = [q.start for q in quotes]  # in body order, apart
    # ``re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body)`` without compiling a
    # pattern for each name: a failed start moves one character on, a match past its end.
    size = len(name)
    at = body.find(name)
    while at >= 0:
        end = at + size
        before, after = body[at - 1 : at], body[end : end + 1]
        if _word_or_hyphen(before) or _word_or_hyphen(after):
            at = body.find(name, at + 1)
            continue
        k = bisect_right(starts, at) - 1
        if k < 0 or at >= quotes[k].end:
            found.append(at)
        at = body.find(name, end)
    return found


def _word_or_hyphen(char: str) -> bool:
    """Is ``char`` (one character or none) what ``[\\w-]`` matches?"""
    return bool(char) and (char.isalnum() or char in "_-")


def _headline_guess(entry: tuple[str | None, str | None, list[str], int, str], headline_end: int) -> bool:
    """A run in the headline whose first word is no first name, title or role ("Classy Henman")."""
    title, role, tokens, pos, _ = entry
    return pos < headline_end and not title and not role and tokens[0] not in FIRST_NAMES


def _fewer_words_last(entry: tuple[str | None, str | None, list[str], int, str]) -> int:
    _, _, tokens, _, _ = entry
    return -len(tokens)


def role_before(body: str, start: int) -> str | None:
    """Lower-case role words right before a name: "Tory leader", "BA chairman"."""
    lo = max(0, start - 50)
    # The words are read from the name leftwards and the first one must be a role
    # or nationality: most names follow "said" or "the", so test that last word
    # (the last whitespace-separated piece, which is what the regex's last word
    # would be) before the regex search, which tries every offset of the window.
    last = body[lo:start].rsplit(None, 1)[-1:]
    if not last or not (_strip_possessive(last[0].lower()) in ROLE_WORDS or NATIONALITY_RE.match(last[0])):
        return None
    m = ROLE_BEFORE_RE.search(body, lo, start)
    if not m:
        return None
    words = m.group(1).split()
    kept: list[str] = []
    for word in reversed(words):
        low = _strip_possessive(word.lower())
        if low in ROLE_WORDS or NATIONALITY_RE.match(word) or (kept and word[:1].isupper() and word not in NON_NAME):
            kept.insert(0, word)
        else:
            break
    if not kept or not any(re.sub(r"^co-", "", w.lower()) in ROLE_WORDS for w in kept):
        return None
    return " ".join(kept)


def role_after(body: str, end: int) -> bool:
    """"Robbie Keane, skipper for the night, ...": a role in apposition shows a person."""
    m = ROLE_AFTER_RE.match(body, end, end + 60)
    if m is None:
        return False
    # "Robbie Keane, skipper for the night": the first lower-case word; "Rory Armes, studio
    # general manager for EA": a role after words qualifying it, within the noun phrase
    # (not past "who", "where", "said" ...).
    first = True
    for word in m.group(1).split():
        if not word[:1].islower():
            continue  # "Sue Ray, BBC editor": a capitalised word before the role
        if word in APPOSITION_STOPS or word in NOT_APPOSITIVE_ROLES:
            return False
        if word in ROLE_WORDS and (first or word not in ROLE_MODIFIERS):
            return True
        first = False
    return False


def _strip_possessive(word: str) -> str:
    """``re.sub(r"['’]s$", "", word)`` for a word without line breaks, skipping the
    pattern-cache lookup and the substitution when there is nothing to strip."""
    return POSSESSIVE_S_RE.sub("", word) if word.endswith(("'s", "’s")) else word


def _span_for(words: list[str], acronym: str) -> int:
    """How many trailing words "(ABC)" abbreviates: the run with that many capitals."""
    capitals = 0
    for n, word in enumerate(reversed(words), 1):
        if word[0].isupper():
            capitals += 1
        if capitals == len(acronym):
            return n
    return len(words)


def _role_fits(role: str | None, head: str) -> bool:
    """Does a person's ``role`` fit a description's head ("the chancellor", "the leader";
    "shadow chancellor" when the description says "the shadow chancellor")?  A qualified
    office is another office: Tory "shadow chancellor" Oliver Letwin is not "the chancellor"."""
    if not role:
        return False
    *qualifier, head = head.split()
    sequence = [re.sub(r"^co-|[,.;:]$", "", w.lower()) for w in role.split()]
    words = set(sequence)
    if head in words:
        before = sequence[sequence.index(head) - 1] if sequence.index(head) > 0 else ""
        if qualifier:
            # ("Tottenham sporting director Frank Arnesen" recorded as "director": a bare office
            # fits a qualified description of it; another qualifier does not.)
            return before in (qualifier[0], "")
        return before not in OFFICE_QUALIFIERS
    if head in {"leader", "head"} and not qualifier:
        return bool(words & {"president", "minister", "premier", "leader", "chancellor", "chief", "head", "chairman"})
    return False

