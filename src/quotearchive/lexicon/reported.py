"""Words that shape reported speech (``extract/reported.py``): data only.

The reporting verbs themselves, with their stances, are in :mod:`.verbs`;
these lists say how a verb takes its clause, and what around it is not one.
"""

from __future__ import annotations

# Verbs whose clause may come without "that" ("said the deal is dead", "The Post reported
# the email came hours after ...").  The others take a plain object as often ("posted a
# comment", "announced his bid", "denied the charges", "found the body") and report a clause
# only with "that".
BARE_CLAUSE_BASES = (
    "say", "tell", "add", "think", "believe", "know", "feel", "hope", "fear", "worry", "reckon", "warn", "argue",
    "insist", "admit", "claim", "suggest", "acknowledge", "concede", "predict", "stress", "agree",
    "complain", "assure", "contend", "assert", "allege", "explain", "note", "write", "tweet", "caution", "boast",
    "promise", "vow", "confirm", "recall", "emphasise", "emphasize", "report", "indicate", "reveal", "make clear",
)
# Intention takes an infinitive: "she wants to run", "he hopes to win".
# (Measured on PolNeAR train and left out: "pledged to" 0.34, "agreed to" 0.50, "decided to" 0.56 of
# their infinitives annotated; "sought to" 0.46.)
INTENTION_BASES = ("want", "intend", "hope", "expect", "plan", "vow", "promise", "threaten", "refuse", "decline")
# ("plan", "threaten", "refuse", "decline" are in no list of bare clauses: alone they
# take a plain object, "planned the attack", "declined the offer", so they report only before "to" or "that".)
# A reported question: "asked whether ...", "wondered if ...".
QUESTION_BASES = ("ask", "wonder")
QUESTION_WORDS = ("whether", "if", "why", "how", "what", "when", "where", "who")
# Speech acts with an addressee or a target and what is asked of them or charged:
# "accused Clinton of ducking", "urged voters to stay home", "blamed the court for the delay".
# The statement is the object with its complement, as PolNeAR marks it.
OBJECT_COMPLEMENTS = {"accuse": "of", "urge": "to", "ask": "to", "blame": "for", "implore": "to", "call on": "to"}
# Evaluative speech acts whose object is what they are about ("criticized the plan", "described
# the field as very good", "announced his candidacy").  Left out, measured on PolNeAR train:
# attack, blast, slam, mock, tout, call and express (their object is marked in two cases of three
# or fewer: "attacked the building", "called a meeting" are no speech; the past forms of all but
# "call" are in TARGET_EXTRA_FORMS since the sixth round), and report (its bare clause, "reported
# the deal is dead", is the better reading).
TARGET_BASES = (
    "criticize", "criticise", "praise", "defend", "denounce", "condemn", "dismiss", "reject", "hail", "welcome",
    "applaud", "describe", "announce", "call for", "question",
)
# Forms of stances the verb table does not hold (it lists verbs that report speech), whose
# object is what the stance is about: "opposed [the trade deal]"; and the past forms of
# attacks, mockery, boasts and feelings voiced, whose present forms are as often nouns ("the
# Paris attacks changed ...", "blasts"): "Clinton slammed [the proposal]", "Trump touted [his
# victories]", "Obama expressed [frustration]" (sixth round: PolNeAR marks the object in about
# three cases of five; where it does not, the act is mostly speech still, its span cut elsewhere).
# So are endorsing, warning of, talking about and pointing to something (the same round).
TARGET_EXTRA_FORMS = (
    "opposed", "opposes", "opposing", "attacked", "slammed", "blasted", "mocked", "touted", "expressed", "endorsed",
    "warned of", "warned against", "warns of", "warns against", "talked about", "talks about", "spoke about",
    "speaks about", "pointed to", "cited", "cites", "citing",
    # Session 18: what a speaker refers or points to, rails or pushes for (PolNeAR train: a gold span
    # after "referring to" 40 times in 58, "pointing to" 8 in 12, "railed against" 9 in 13,
    # "pushed/pushing for" 10 in 14).
    "referring to", "pointing to", "railed against", "rails against", "railing against", "pushed for", "pushing for",
    # and forms of acts with a target the lists above left out (train, a gold span after the form:
    # "decried" 8 in 10, "assailed" 5 in 6, "slams" 7 in 9, "endorses" 6 in 9).  Measured and left out:
    # "criticizing" 15 in 26, "denouncing" 12 in 17, "thanking" 6 in 6, "invoked", "referenced" (as
    # rules +33 matched of +61: the participles' targets run on over a second act).
    "decried", "assailed", "slams", "endorses",
)
# Participles of those acts that carry the sentence subject's act on, as "..., saying" does
# ("..., citing [a poll by the Center for ...]"), where the verb table holds no form of them: a
# quote after "citing" is the document's words, not the subject's, so the quotes' rules keep
# away from it.
TARGET_PARTICIPLES = ("citing", "referring to", "pointing to", "railing against", "pushing for")
# Verbs that report a clause with "that" only (none is in BARE_CLAUSE_BASES): "learned that ...", "the
# judge ruled that ..." (session 18, PolNeAR train: a gold span after "VERB that" about 6 times in 10).
# Read by reported speech only, not in the verb table: a one-word verb with a stance there is one the
# speaker parse reads as reporting before direct quotes ("proposed that Americans "wake up ...""), so
# their cue class is "other", as "endorsed".
THAT_CLAUSE_FORMS = (
    "learned", "learns", "learnt", "realize", "realized", "realizes", "realise", "realised", "realises", "suspected",
    "doubted", "recognize", "recognized", "recognizes", "recognise", "recognised", "recognises", "ruled", "clarified",
    "signaled", "signalled", "proposed",
)
# "mention" has a target only when it is denied ("never mentioned [Trump]", "did not mention [the
# tax]": PolNeAR train 16 in 21); "mentioned X" alone is as often a passing reference (19 in 40).
NEGATED_TARGET_FORMS = ("mention", "mentioned", "mentions", "mentioning")
# Of the target forms, those that take an object and never a clause: "that" after them is a
# determiner ("Downing Street cited that comment when reporters suggested ..."), no statement.
OBJECT_ONLY_FORMS = ("cited", "cites", "citing")
# What reports a finding: "a new poll shows Clinton ahead", "the survey found most voters undecided".
SURVEY_WORDS = (
    "poll", "polls", "survey", "surveys", "study", "studies", "analysis", "data", "figures", "results", "research",
    "report", "census", "numbers", "polling", "records", "filings", "documents", "emails", "e-mails", "statistics",
    "estimates", "projections", "returns", "reports",
)
# What a picture or a post shows, with or without "that": "A video of the rally shows [her
# pushing through the crowd]", "News footage showed [the square empty]" (read only before "show",
# never "find": a video finds nothing).  PolNeAR marks it (train: 12 of 15 without "that").  Not
# "chart" or "map": "the revamped chart show" is a programme.
IMAGE_WORDS = (
    "video", "videos", "footage", "photo", "photos", "photograph", "photographs", "image", "images", "picture",
    "pictures", "email", "e-mail", "post", "clip", "recording", "tape", "outcome",
)
# The plural subject's forms of the finding verbs ("polls show ...", "studies find ..."), which
# the verb table leaves out ("show" is as often a noun): a finding only after a survey word.
FINDING_PLURAL_FORMS = ("show", "find")
# Verb forms that are as often plural nouns ("in most states, ...", "in his opening remarks, ..."):
# before a comma they attribute only after a short subject with no preposition.
NOUN_LIKE_FORMS = (
    "states", "remarks", "answers", "claims", "reports", "notes", "estimates", "forecasts", "forecast", "comments",
    "posts", "demands", "concerns", "responds",
)
# Of those, the ones whose noun says nothing ("the states that vote in March", "in three other
# states"; "reports that ...", "remarks that ..." are speech as nouns too): a verb only after a
# subject, a name or a capitalised word, a pronoun, or a noun that states things ("the suit states").
NOUN_NOT_SPEECH_FORMS = ("states", "posts")
# Capitalised words that make "X states" a noun ("Gulf states", "the Rust Belt states", "Member
# states"): before "states" any other capitalised name is its subject ("..., Johnson states").
STATES_MODIFIERS = frozenset(
    "United Member Gulf Baltic Arab Western Eastern Southern Northern Central Midwestern German Balkan Nordic "
    "Muslim Islamic European African Asian Pacific Island Swing Battleground Red Blue Border Coastal Nation "
    "Belt Rust Sun Frontline Successor Client Satellite Rogue Sovereign Malay Caribbean Mountain Plains New "
    "Confederate Union Slave Free Republican Democratic Early Primary Key Blue-collar Other Some Many Most".split()
)
NOUN_LIKE_SUBJECTS = (
    "he", "she", "it", "they", "who", "also", "report", "paper", "newspaper", "suit", "lawsuit", "study", "statement",
    "law", "document", "website", "article", "bill", "letter", "memo", "filing", "complaint", "campaign", "government",
    "candidate", "analysis", "survey", "poll", "agency", "ruling", "order", "policy", "rule", "section", "constitution",
    "amendment", "platform", "book", "column", "editorial", "author", "writer", "spokesman", "spokeswoman",
)
# Number words: "declined to nine mln", "rose to seven pct" is a quantity's movement, no infinitive.
NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "half", "zero",
)
# Degree words before a participle or an adjective: "so promising that", "more expected": the form
# describes, it reports nothing ("The response has been so promising that ...").
DEGREE_WORDS = ("so", "very", "too", "highly", "quite", "increasingly")
# ("more", "most", "less" left out: "most thought it was unlikely", "with more saying they ...": a quantity's subject.)
# Prepositions before a noun of speech or belief whose holder the sentence does not name: "the
# pound fell on fears that ...", "Sentiment was aided by suggestions that ...", "responded to
# claims that ...": the sentence's subject is no speaker of the noun's clause.
NOUN_HOLDER_PREPOSITIONS = ("by", "amid", "despite", "over", "on", "about", "after", "following", "against", "of")
# ("to" left out: "went on to promise that ...", "wishing to claim that ..." are verbs.)
# Adverbs between "is" and "expected to" ("is now expected to extend ...").
EXPECTED_ADVERBS = ("also", "still", "now", "generally", "already", "not", "again", "then", "even")

# The irregular past forms common in news: with the auxiliaries and the "-ed" and "-s" forms, the
# signs that a stretch after a verb holds a clause ("added [Waze data on traffic]" holds none: an object).
IRREGULAR_PASTS = (
    "won", "lost", "made", "took", "gave", "came", "went", "got", "ran", "left", "kept", "held", "paid", "sold",
    "bought", "brought", "thought", "told", "said", "saw", "knew", "felt", "met", "put", "set", "cut", "hit", "let",
    "led", "fell", "rose", "grew", "began", "became", "stood", "spent", "sent", "built", "broke", "chose", "drove",
    "fought", "found", "forgot", "heard", "hid", "meant", "read", "shut", "spoke", "stole", "struck", "taught",
    "threw", "understood", "wore", "wrote", "dealt", "lay", "sought", "bore", "beat", "bid", "quit", "slid", "swore",
    "am", "be", "been", "being", "do", "need", "needs", "ought", "shall", "cannot",
)
# Of the verbs of BARE_CLAUSE_BASES, those whose plain object is the content of the act itself
# ("predicted [a drop in output]", "promised [a firm policy]", "suggested [a line-item veto]": PolNeAR
# marks it); the others need a verb in the words after them to report a clause ("added [a second
# goal]", "reported [a loss]", "agreed [a deal]", "wrote [the musical]" are objects, no report).
OBJECT_CONTENT_BASES = (
    "predict", "suggest", "promise", "vow", "warn", "fear", "hope", "admit", "acknowledge", "stress", "emphasise",
    "emphasize", "caution", "boast", "concede",
)
# Verbs of telling: an addressee comes between the verb and its clause ("told reporters that").
TELL_FORMS = (
    "tell", "tells", "told", "assured", "assures", "advised", "advises", "warned", "warns", "warn", "promised",
    "promises", "reminded", "urged",
)
# Addressees written in lower case ("told reporters", "told the crowd").
ADDRESSEES = (
    "him", "her", "them", "us", "me", "you", "reporters", "journalists", "supporters", "voters", "lawmakers",
    "delegates", "listeners", "viewers",
)
ADDRESSEE_NOUNS = (
    "crowd", "audience", "newspaper", "paper", "committee", "court", "panel", "jury", "magazine", "station", "network",
    "press", "rally", "conference", "senators", "members", "programme", "program", "show", "website", "channel", "agency",
)
# Words that open a setting, not a statement, before ", X said": "In a 1963 speech,
# Kennedy declared ...", "Asked about it, he said ...".
SETTING_OPENERS = (
    "In", "At", "On", "After", "Before", "During", "Despite", "Because", "Later", "Earlier", "Shortly", "Asked",
    "Speaking", "With", "Since", "When", "While", "If", "Although", "Though", "As", "For", "From", "Under", "Over",
    "Like", "Unlike", "Meanwhile", "Instead", "Separately", "Still", "Then", "Today", "Yesterday", "Last", "This",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)
# Of the openers, those that make a setting with no clause of its own ("In his state", "At one
# point", "Under one agreement", "Still"): read before an attribution set inside its statement.
SETTING_ALONE_OPENERS = (
    "In", "At", "On", "After", "Before", "During", "Despite", "Under", "Over", "For", "From", "With", "Without",
    "Like", "Unlike", "Meanwhile", "Instead", "Separately", "Still", "Later", "Earlier", "Shortly", "Then", "Today",
    "Yesterday", "Last", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Among",
    "Beyond", "Within", "By", "Through", "As a result", "Because of", "At the same time", "In addition",
)
# After an attribution set off by commas (", Lee said, ..."), the words that open a phrase of the
# act, not the statement's second half: "..., he said, without naming anyone", "..., she said, in a
# statement", "..., he said, as the crowd cheered" (not "to", "by", "with": "it is his job, he said,
# [to talk to Congress]" is the statement's half).
MANNER_OPENERS = ("without", "in", "on", "at", "during", "as", "outside", "amid")
# Participles after ", X said," that say what the words were about: PolNeAR marks them as content
# ("..., he said, referring to the two resorts"); the others are the act's manner ("holding back tears").
REFERENCE_PARTICIPLES = (
    "referring", "referencing", "repeating", "invoking", "underscoring", "echoing", "including", "breaking", "quoting",
    "paraphrasing", "talking", "mentioning", "blaming", "alluding", "describing", "showing",
    # and the figures a source gives ("..., the company said, estimating reserves at ...")
    "estimating", "assuming", "forecasting", "projecting", "calculating",
)
# After "said", a word that starts no clause: a preposition, an adverb, an answer ("said in", "said yes").
SETTING_WORDS = (
    "in", "on", "at", "for", "to", "with", "by", "from", "during", "after", "before", "of", "about", "when", "where",
    "while", "as", "so", "and", "but", "or", "nothing", "little", "much", "something", "anything", "yes", "no", "goodbye",
    "hello", "thanks", "sorry", "otherwise", "earlier", "later", "repeatedly", "recently", "again", "also", "too",
    "privately", "publicly", "only", "just", "then", "though", "last", "this", "through", "via", "over", "under",
)
# A second clause after a comma ends the reported one ("..., while 22 percent said ...").
# Verbs only a clause has (its auxiliaries and copulas): "This has been ...", "the turnout was ...".
AUXILIARIES = ("is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "should", "can", "may",
               "might", "must", "did", "does")
# The same, with "do", where a clause's verb is looked for anywhere in a stretch of words.
CLAUSE_AUXILIARIES = (*AUXILIARIES, "do")
CLAUSE_ENDERS = ("while", "though", "although", "but", "however", "whereas", "even though", "even as", "compared", "said", "which")

# The closed classes of English (determiners, pronouns, prepositions, conjunctions, auxiliaries,
# complementisers, question words, negation and a few adverbs of degree and time): the only words,
# with the cue forms and the people lexicon, that the reported-speech tagger
# (extract/reported/tagger.py) knows by name; every other word it sees by its shape only, so the
# model it ships holds no corpus vocabulary.
FUNCTION_WORDS = frozenset(
    "a an the this that these those some any no every each all both either neither another other such "
    "i me my mine we us our you your he him his she her it its they them their one ones "
    "myself himself herself itself themselves ourselves yourself "
    "who whom whose which what when where why how whether if "
    "in on at for to with by from of about into onto over under after before during since until "
    "through against among between without within across behind beyond near toward towards upon "
    "despite amid than as like per via around out up down off "
    "and but or nor so yet because although though while whereas unless also "
    "is are was were be been being am has have had do does did will would shall should can could "
    "may might must not n't never no "
    "there here now then just only even still already again too very more most less least much many "
    "few several last next ago today yesterday tomorrow".split()
)
# Conjunctions that open a subordinate clause before the sentence's main clause ("While Ramos said
# that journalists cannot take sides, he appears uneasy"): a report inside it ends at its comma.
SUBORDINATORS = (
    "while", "though", "although", "even though", "even as", "when", "after", "because", "if", "since", "before",
    "once", "whereas", "until", "even if", "as soon as", "now that",
)
# Words that may come before such a conjunction with no comma ("But while ...", "Not long after
# ...", "Two days before ..."): no verb among them, so no main clause comes first.
SUBORDINATE_LEADERS = (
    "and", "but", "yet", "so", "or", "then", "even", "just", "only", "not", "long", "shortly", "soon", "right",
    "moments", "minutes", "hours", "days", "weeks", "months", "years", "a", "an", "few", "one", "two", "three",
    "four", "five", "six", "several",
)
# Nouns of the occasions and texts a person speaks in, after "in", "on", "at" or "during": "but in a
# later interview said", "and in a statement on Tuesday said" (the settings of a second predicate).
SPEAKING_OCCASIONS = (
    "interview", "interviews", "speech", "speeches", "statement", "hearing", "debate", "remarks", "appearance",
    "conference", "briefing", "call", "session", "address", "rally", "meeting", "visit", "podcast", "broadcast",
    "letter", "email", "e-mail", "tweet", "post", "message", "video", "op-ed", "column", "testimony", "deposition",
    "filing", "memo", "release", "radio", "television", "program", "programme", "show", "talk", "event",
)
# What opens a comparison, not the subject of an attribution closing a sentence, though a verb of speech ends it ("a loss
# of $5 million, more than analysts had forecast", "beating the market forecast", "well below what
# most analysts predicted"): words, or word sequences, at the comma.
COMPARISON_OPENERS = (
    "more than", "less than", "fewer than", "higher than", "lower than", "better than", "worse than", "rather than",
    "than", "what", "ahead of", "against", "beating", "missing", "topping", "exceeding", "above", "below", "as",
    "well", "far", "short of", "in line with", "compared with", "compared to", "contrary to", "unlike", "like",
)
# The calendar's names, in order (a day's or a month's word after a conjunction or a preposition).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)
# Words after such a conjunction that make it open a fronted phrase, not a clause ("Since then
# Lee has said ...", "Until now officials have said ...", "Before long the mayor said ...",
# "While in London the minister said ..."): a time word or a preposition of place (a number or a
# bare participle, "If elected", does so too: boundaries.py reads those by their shape).
FRONTED_AFTER_CONJUNCTION = (
    "then", "now", "long", "recently", "lately", "today", "yesterday", "tomorrow", "tonight", "last", "next",
    "early", "late", "later", "earlier", "soon",
    # (not "May", "March": a name, a verb)
    *WEEKDAYS, *(month for month in MONTHS if month not in ("May", "March")),
)
# Verbs whose subject "that" is, a pronoun, after a clause of "said that" ("said that prices would
# rise, but that proved wrong"), with the auxiliaries (a determiner "that" comes before a noun).
PRONOUN_THAT_VERBS = (
    "proved", "proves", "seemed", "seems", "turned", "changed", "changes", "happened", "happens", "came", "comes",
    "meant", "means", "remained", "remains", "made", "makes", "sounded", "sounds", "looked", "looks", "depended",
    "depends", "helped", "helps", "did", "does", "went", "goes", "led", "leads",
)
# The first words of a subject after a second "that" (extract/reported/spans.py: "predicted
# [that wages would fall, but that overtime would offset it]"): a pronoun, "there", a determiner.
SECOND_THAT_SUBJECT_WORDS = (
    "he", "she", "it", "they", "we", "I", "you", "there", "the", "a", "an", "his", "her", "its", "their", "our",
    "this", "these", "those", "some", "many", "most", "no",
)
# Nouns of documents and bodies a relative "which said" may hang on (extract/reported/which_said.py),
# each also read with its plural "s".
WHICH_SAID_HEADS = (
    "statement", "report", "ruling", "judgment", "weblog", "blog", "survey", "study", "poll", "website", "article",
    "letter", "email", "memo", "document", "filing", "committee", "commission", "agency", "ministry", "department",
    "group", "company", "firm", "bank",
)
# Times before a name that make it the sentence's own subject ("Last year MAB, which opposed ..., urged").
WHICH_SAID_TIME_WORDS = ("year", "week", "month", "night", "day", "morning", "afternoon", "evening", "time", "weekend")
# Verbs of speech before the name: the relative is inside another's statement.
WHICH_SAID_SPEECH_BEFORE = ("said", "says", "say", "told", "tells", "added", "stated", "argued", "claimed", "announced")
# The time of an act after a short target, where the target ends (extract/reported/adjuncts.py:
# "endorsed [Sanders] in February", "announced [his candidacy] last spring"): a month after one of
# these prepositions ("May" and "March" too: after "in" or "since" they are months), and one of
# the spans after "last", "this" or "earlier this".
TARGET_TIME_PREPOSITIONS = ("in", "since", "until", "through", "during")
TARGET_TIME_SPANS = ("month", "year", "summer", "spring", "fall", "autumn", "winter")
# Words after such a time that leave it the act's time ("endorsed [Clinton] in March at a rally",
# "... in December after the attack"); any other lower-case word makes the month part of the target's
# noun phrase ("welcomed [a new docket in October studded with cases]", "in March primaries").
TARGET_TIME_FOLLOWERS = ("at", "in", "on", "after", "before", "when", "and", "but", "during", "while")
# Honorifics a one- or two-word target may open with (extract/reported/frames.py SHORT_SPAN_RE:
# "endorsed [Mr. Sanders]", as "endorsed [Bernie Sanders]"): their stop is no sentence's end.
SHORT_SPAN_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr")
# The verb forms whose short target is dated by the act's time after it (extract/reported/adjuncts.py:
# "endorsed [Clinton] in February", "rejected [his approach] last year").  Not "announce", "call
# for", "warn of", "point to", "predict": their target is a plan, a demand or a forecast, whose time
# is as often its own ("announced [layoffs in March]", "warned of [lower margins this year]").
TARGET_TIME_FORMS = (
    "endorsed", "endorses", "praised", "praises", "hailed", "hails", "welcomed", "welcomes", "thanked", "criticised",
    "criticized", "criticises", "criticizes", "condemned", "condemns", "denounced", "attacked", "slammed", "blasted",
    "mocked", "defended", "defends", "rejected", "rejects", "dismissed", "denied", "opposed", "opposes", "described",
    "describes",
)
# Lower-case words after an inverted "said" that are no title before a name (extract/reported/
# inverted.py: "..., said former governor Ed Rendell" is a title; "..., said goodbye to Ed Rendell",
# "said yes to Tom Reed", "said nothing about Ann Lee" are not).
INVERTED_NOT_TITLE_WORDS = ("goodbye", "hello", "yes", "nothing", "something", "everything", "sorry", "thanks", "thank")
# After an inverted "said" (extract/reported/inverted.py): heads of a group that speaks beside
# lexicon.people.GROUP_SPEAKERS ("..., said people familiar with the matter"), the words that may
# follow such a head before the rest of its phrase, and the quantities that may open it ("said two
# people briefed on the talks").
INVERTED_GROUP_HEADS = ("people", "officers", "staff", "members", "insiders", "spokesmen")
# Of those, the heads no speaker is made of alone (review 2: "..., said staff at the plant", "said
# insiders", "said people in the room" went to the last person named): a word before them ("senior
# staff", "party insiders") or a follower ("people familiar with ...") makes the group.
INVERTED_GROUP_HEADS_NOT_BARE = ("people", "staff", "insiders")
INVERTED_GROUP_FOLLOWERS = ("familiar", "close", "briefed", "involved", "knowledgeable", "speaking")
INVERTED_GROUP_QUANTITIES = (
    "two", "three", "four", "five", "several", "some", "many", "most", "other", "both", "senior", "local", "industry",
)
