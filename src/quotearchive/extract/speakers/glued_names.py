"""A name glued to the common noun before it, no comma between (session 20).

A fronted participle's phrase loses its comma in quick copy, and the mention read back from the
verb keeps the phrase's object with the speaker's name: "Speaking after the match Henman said"
gives "the match Henman", "Writing in his blog Smith said" "his blog Smith", "Speaking to
reporters Smith said" "to reporters Smith", "When asked about it Lee said" "about it Lee".  The
speaker is the capitalised run that ends the mention; the lower-case words before it are the
participle's object, not an epithet ("the singer Madonna" keeps its reading: a role word is an
epithet of the name, and the role rules read it).

Only when every word before the run is lower case (a determiner opening it may be capitalised,
and a day's or month's name), none is a name's particle ("Jan de Vries"), none is a preposition
inside the phrase (a preposition may open it: "to reporters"), and none is a possessive ("the
company's Smith" is read by the possessive rules), so "the ex-wife of Smith" stays a description.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...lexicon.not_speakers import FRONTED_WORDS, TIME_WORDS
from ...lexicon.people import (
    FIRST_NAMES, NAME_TITLES, OUTLET_TITLE_WORDS, PARTICLES, ROLE_OR_PERSON_HEADS, SURNAME_NEXT,
)
from ...lexicon.reported import SPEAKING_OCCASIONS

# Words that open the participle's object: a preposition (the participle itself was cut off).
OPENERS = FRONTED_WORDS | {"to", "about"}
# A determiner or pronoun the object may open with ("The" at a sentence's start included).
DETERMINERS = frozenset("the a an his her its their this that these those our my your it them".split())
# Words that tie the name to the words before it ("residents near Heathrow", "people around Blair",
# "the fans who support Arsenal"): the phrase is a description, the name no speaker.
LINKS = frozenset("and or of near across around against outside inside behind beyond toward towards into onto "
                  "throughout between along beside via versus than as close who whom whose which that".split())
# Months that are first names too ("June Whitfield", "April Ashley"): no day glued to a name.
FIRST_NAME_MONTHS = frozenset({"May", "June", "April", "August"})
QUANTIFIERS = frozenset("many more most some few fewer several all both other others no".split())
WORD_RE = re.compile(r"\S+")  # (the words as ``str.split`` cuts them, with their offsets)
CAPITALISED_RE = re.compile(r"[A-Z][\w'’.-]*$")
# Nouns in -ing a participle's object may end with ("at a briefing", "this morning"); any other
# word in -ing is a participle taking the name as its object ("a doctor treating the Belgian").
ING_NOUNS = frozenset(w for w in SPEAKING_OCCASIONS if w.endswith("ing")) | {"morning", "evening"}


def glued_name(np_text: str) -> int:
    """Where the name starts in a mention that is a participle's object glued to it ("the match
    Henman" -> 10); 0 when ``np_text`` is no such mention."""
    words = np_text.split()
    k = len(words)
    while k > 0 and CAPITALISED_RE.match(words[k - 1]):
        k -= 1
    # "on Tuesday Smith", "January Henkel": the day is the object's ("the report published Tuesday":
    # no name left); not in a name ("the Sunday Times", "May Department Stores").
    while (k < len(words) and words[k].lower() in TIME_WORDS and words[k] not in FIRST_NAME_MONTHS
           and (k == 0 or words[k - 1] in OPENERS)):
        k += 1
    if k == 0 or k == len(words) or all(w.lower() in TIME_WORDS for w in words[k:]):
        return 0
    before = [w.lower() for w in words[:k]]
    if any(not w[:1].islower() and w.lower() not in TIME_WORDS for w in words[1:k]) or not (
            words[0][:1].islower() or before[0] in DETERMINERS or before[0] in TIME_WORDS):
        return 0
    if any(w in PARTICLES for w in before):
        return 0  # "Jan de Vries", "Rio de Janeiro": a particle inside a name
    if any(w.endswith(("'s", "’s", "'", "’")) for w in before):
        return 0
    opener = before[0] in OPENERS
    inner = before[1:] if opener else before
    if any(w in OPENERS or w in LINKS or w.endswith("ing") and w not in ING_NOUNS for w in inner):
        return 0  # ("a doctor treating the Belgian": the participle's phrase is the speaker's)
    if inner and inner[-1] == "the":
        k, inner = k - 1, inner[:-1]  # "animal charity the RSPCA": the name with its article
    if any(w in DETERMINERS for w in inner[1:]) or any(w in QUANTIFIERS or w[:1].isdigit() for w in inner):
        return 0  # ("many more Latinos": a group counted, no object glued to a name)
    if inner and all(w in TIME_WORDS for w in inner):
        pass  # "Tuesday Smith": a day glued to the name
    elif not inner or not opener and (
            inner[-1] in ROLE_OR_PERSON_HEADS or inner[-1].rstrip("s") in ROLE_OR_PERSON_HEADS or len(inner) == 1):
        return 0  # "the singer Madonna": an epithet, read by the role rules; "the Smith": no object
    return [m.start() for m in WORD_RE.finditer(np_text)][k]


# Lower-case words an outlet's or an occasion's name holds ("BBC Radio 4's Today programme").
OUTLET_NOUNS = frozenset(SPEAKING_OCCASIONS) | {"newspaper", "paper", "magazine", "channel", "website", "blog", "network"}
# Words of outlets' and broadcasters' names ("the Guardian", "BBC Scotland", "Sky News").
OUTLET_NAME_WORDS = frozenset(OUTLET_TITLE_WORDS) | frozenset(
    "BBC CNN ITV Sky NBC CBS ABC Fox NPR Radio TV Television News".split())
# Titles and particles that belong to the name before a surname ("Mr Smith", "de Vries"): the run
# then is the name, no outlet glued to it.
_NAME_JOINERS = PARTICLES | SURNAME_NEXT | NAME_TITLES


def glued_surname(np_text: str, surname_of_person: Callable[[str], bool], opened: bool = False) -> int:
    """Where the speaker starts in a participle's object that names an outlet, a programme or a
    place glued to a surname the article gave a person in full ("to the BBC Smith" -> 11, "in
    the Guardian Smith", "on BBC Radio 4's Today programme Smith"); 0 when ``np_text`` is no
    such mention.  The outlet's words go on in too many ways to list ("the South Florida Sun
    Sentinel"), so the speaker is only the surname the article already named a person by.

    ``surname_of_person(word)``: is ``word`` the surname of a person the article names in full;
    ``opened``: the mention reader already cut the participle's preposition ("BBC Radio 4's Today
    programme Smith", read as one body's name)."""
    words = np_text.split()
    if len(words) < 3 or "," in np_text:
        return 0
    # A participle's object: opened by its preposition ("to the BBC Smith"), or read as a body's name
    # that holds an outlet's or programme's word ("BBC Radio 4's Today programme Smith").  Never a
    # name that merely ends in the surname ("the Methodist Church" after "Charlotte Church").
    if not (words[0].lower() in OPENERS or opened and any(w.lower() in OUTLET_NOUNS or w.rstrip("'’s") in OUTLET_NAME_WORDS
                                                           for w in words[1:-1])):
        return 0
    last, before = words[-1], words[-2]
    if not CAPITALISED_RE.match(last) or not surname_of_person(last):
        return 0
    if before.lower().rstrip(".") in _NAME_JOINERS or before in FIRST_NAMES or not before[:1].isalnum():
        return 0  # "the Tony Smith", "Mr Smith": the surname is tied to what precedes
    if any(w.lower() in LINKS for w in words[:-1]):
        return 0  # "a spokesman for the National Ballet", "Byrd of West Virginia": a name inside a phrase
    if not any(w[:1].isupper() for w in words[1:-1]):
        return 0  # all lower case: :func:`glued_name`'s case ("the match Henman")
    if any(w[:1].islower() and w not in DETERMINERS and w not in OUTLET_NOUNS for w in words[1:-1]):
        return 0  # "the Register backed Warren": a clause, no outlet's or programme's name
    return [m.start() for m in WORD_RE.finditer(np_text)][-1]
