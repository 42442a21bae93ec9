"""Words of a sentence that are no speaker, as data: what opens a clause before its subject, and what
makes a phrase read as a subject a clause or a fragment.

The speaker rules read a subject back from its verb (:mod:`quotearchive.extract.speakers.mentions`)
and vet what they found (``speakers.fragments``, ``speakers.resolve``): these lists say which
words are dropped from the front of a subject ("But Mr Blair said", "At a conference, he said")
and which make the phrase no one at all ("to the 35", "said its board", "an email").  The words
of people, bodies and names are in :mod:`.people`.  Lower-case lists are compared with
``word.lower()``; capitalised ones with the word as written.
"""

from __future__ import annotations

# ---------------------------------------------------------------- sentence openings

# Words opening a clause before its subject ("But Mr Blair said"): dropped from a noun phrase.
STOP_LEAD = frozenset(
    "but and however meanwhile earlier later separately now also yet so then still instead indeed in on at "
    "speaking asked writing interviewed while when as after before although though because and".split()
)

# First words of a phrase fronted before the subject: "At a conference, he said".
FRONTED_WORDS = frozenset(
    "at in on during after before despite with under following from for by since until upon among "
    "amid within without over through like unlike".split()
)
# Words opening a fronted time or manner phrase before a sentence's subject ("Hours later,
# Trump ...", "Early in his campaign, Trump ..."); participles ("Reached by ...,") and
# "-ly" adverbs are told by their endings.
FRONTED_ADVERBS = frozenset(
    "hours days weeks months years minutes moments early late soon shortly earlier later last next "
    "separately afterward afterwards once back when while although though because whereas if".split()
)
# Nouns that end in "-ly" like an adverb: "the royal family said" is not "the royal" said family-ly.
LY_NOUNS = frozenset(
    "family ally assembly supply monopoly duopoly oligopoly rally anomaly homily belly bully jelly lily tally "
    "folly fly butterfly reply panoply melancholy".split()
)
# A subordinate clause fronted before the subject ("As the crowd began to chant, Silverman ...").
FRONTED_SUBORDINATORS = frozenset({"As", "When", "While", "Although", "Though", "Because", "If", "Once", "Whereas"})

# ---------------------------------------------------------------- not speakers (issues 14, 16)

# First words of a phrase that names no speaker: "this", "there", "nobody", "what".
NO_SPEAKER_OPENERS = frozenset({
    "i", "you", "we", "this", "there", "it's", "that", "what", "which", "who", "these", "those", "one", "nobody",
    "everyone",
})
# First words of a phrase that is a clause or a fragment, never someone who speaks:
# prepositions, verbs of report, adverbs ("to the 35", "said its board", "Already").
NOT_SPEAKER_LEAD = frozenset(
    "to for of in on at by from with about into onto than as like via per despite against after before "
    "said says say told tells added asked wrote warned noted claimed argued already also even just still "
    "then now later earlier again only never ever very more most less least much so too not no and or but "
    "if when while because although though whether where how why what which who whom whose that this these "
    "those there here is was are were be been being has have had do does did can could will would should may "
    "might must shall level favorably".split()
)
# Words that make a phrase a clause wherever they stand in it ("the population was overwhelmingly
# white", "she has dropped direct", "he won't"): a finite verb or a subject pronoun.
CLAUSE_WORDS = frozenset(
    "was were is are has have had will won't would wants wanted does did doesn't didn't wasn't isn't "
    "he she they we i you he's she's they're".split()
)
# Last words that leave a phrase unfinished ("the", "a candidate who", "pulverizing the rights of the").
NOT_SPEAKER_TAIL = frozenset(
    "the a an of to for in on at by from with and or but that which who whom whose his her their its our my "
    "your is was are were has have had be as than into about said says ever never also always already just even "
    "still now despite after before under against without during since via amid upon within through".split()
)
# Days and months: "Friday" is when, not who.
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tonight tomorrow week month year".split()
)
# Capitals and a colon that head a paragraph of news copy without naming a speaker
# ("UPDATE: The bank later said ..."): no transcript label, and never a speaker.
NOT_LABELS = frozenset(
    "VIDEO AUDIO PHOTO PHOTOS WATCH LISTEN READ MORE RELATED UPDATE UPDATED NOTE EDITOR'S EDITOR’S CORRECTION "
    "CLARIFICATION BREAKING EXCLUSIVE ANALYSIS OPINION COMMENTARY EDITORIAL SOURCE SOURCES CREDIT GRAPHIC MAP "
    "CHART TRANSCRIPT DISCLAIMER DISCLOSURE WARNING ALERT LIVE FACT CHECK TRUTH VERDICT RATING CLAIM THE AND "
    "BOTTOM LINE PS P.S. FYI NB N.B. RE FW FWD SUBJECT DATE TO FROM CC".split()
)
# Things that carry words but are no speaker: "an email", "the explanatory" (note).
NON_SPEAKER_NOUNS = frozenset(
    "email e-mail emails memo note letter book books page website site document documents text message "
    "explanatory".split()
)

# Words a tabloid or a lede sets in capitals that spell no body ("NOBODY said", "THIS is ..."),
# unlike "WHO" ("The WHO said", "WHO officials said").
CAPITALS_NO_ACRONYM = frozenset(
    "this that these those nobody everyone everybody someone somebody anyone anybody none all some many "
    "most few both each every they we you she he it there here what why how".split()
)
