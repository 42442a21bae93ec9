"""How each verb takes its content: the cue forms, read off ``lexicon.verbs``
(every reporting verb, with its stance) and ``lexicon.reported`` (which verbs
need "that", addressees, settings), and the regexes the patterns read around a
cue.  Data as patterns: no function here."""

from __future__ import annotations

import re

from ...lexicon import reported as words
from ...lexicon.verbs import REPORTING_VERBS, SPEECH_NOUNS, THOUGHT
from ...text.patterns import trie_pattern

PARAGRAPH_RE = re.compile(r"[^\n]+")
# A quotation in those two-apostrophe marks, within its paragraph.  The direct extractor
# does not read them as quotes, so the statement they hold is kept as reported; but a
# clause that starts inside one ("''I think [we will win,'' he said]") is the quote's words.
# An opening mark follows no letter and comes before one; a closing mark the reverse.
APOSTROPHES_RE = re.compile(r"''")
# Verbs whose subject speaks (or thinks) the clause after them.
SPEECH_FORMS = frozenset(f for v in REPORTING_VERBS.values() for f in v.speech)
CLAUSE_FORMS = (frozenset(f for v in REPORTING_VERBS.values() for f in v.clause) | frozenset(words.THAT_CLAUSE_FORMS)) - SPEECH_FORMS
VERB_FORMS = SPEECH_FORMS | CLAUSE_FORMS  # a noun's form that is also a verb's: "claims", "warning"
# Participles that carry the sentence subject's speech on: "..., saying the plan failed".
# (of several words, the first: "pointing out that ...")
PARTICIPLES = frozenset(f for v in REPORTING_VERBS.values() for f in v.speech + v.weak if f.split()[0].endswith("ing")) | frozenset(words.TARGET_PARTICIPLES)
# "accused X of ...", "urged X to ...": the form -> the word that opens the complement after the object.
OBJECT_FORMS = {
    f: prep for b, prep in words.OBJECT_COMPLEMENTS.items() for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].weak + REPORTING_VERBS[b].clause
}
# "Asked whether ..., he said ...": the question put to the speaker, by someone unnamed.
ASKED = "Asked"
# "X was asked if ...", "..., when asked what ...": a question put to the subject, mid-sentence.
ASKED_PUT_RE = re.compile(r"\b(?:was|were|been|being|is|are|be|when|When)\s+$")
ASKER_RE = re.compile(r"by\s+(?:an?\s+|the\s+)?\w+(?:\s+[A-Z]\w+)?\s+")  # "asked by a reporter", "asked by Jane Lee"
ASKED_LEAD_RE = re.compile(r"\s*(?:But|And|Yet)?\s*(?:When|If|Once|After being)\s+")  # "When asked whether ..."
# "the claim that ...": a noun of speech or belief and its that-clause (lexicon.verbs: each noun's verb, for its stance).
NOUN_FORMS = frozenset(SPEECH_NOUNS)
# Evaluative speech acts and their target: "criticized [Clinton's record]", "described [the
# field as all very good]" (PolNeAR marks the object); past and present forms only.
TARGET_FORMS = frozenset(
    [f for b in words.TARGET_BASES for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].weak + REPORTING_VERBS[b].clause]
    + list(words.TARGET_EXTRA_FORMS)
)
# A sum of money that opens a target: "announced $5 million more".
CURRENCY_RE = re.compile(r"[$£€]\d")
# "called for tougher rules": a demand and what it demands.
DEMAND_FORMS = frozenset(REPORTING_VERBS["call for"].clause)
NOUN_OBJECT_RE = re.compile(rf"(?:[\w'’-]+\s+){{0,3}}?(?:{trie_pattern(sorted(NOUN_FORMS))})\s+that\b")
# A target's verb only after a negation ("never mentioned [Trump]").
NEGATED_TARGET_FORMS = frozenset(words.NEGATED_TARGET_FORMS)
NEGATION_BEFORE_RE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:even\s+|once\s+)?$")  # "didn't": no boundary before n't
CUE_FORMS = sorted(SPEECH_FORMS | CLAUSE_FORMS | PARTICIPLES | set(OBJECT_FORMS) | NOUN_FORMS | TARGET_FORMS | NEGATED_TARGET_FORMS | set(words.FINDING_PLURAL_FORMS))
CUE_RE = re.compile(rf"\b(?:{trie_pattern(CUE_FORMS)}|[Aa]ccording to|{ASKED})\b")
CUE_SCAN_RE = re.compile(rf"\W({trie_pattern(CUE_FORMS)}|[Aa]ccording to|{ASKED})\b")  # the same, with the character before
# Verbs that may take their clause without "that" (lexicon: which, and why).
BARE_CLAUSE_FORMS = frozenset(
    f for b in words.BARE_CLAUSE_BASES for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].clause + REPORTING_VERBS[b].weak
)
# A question reported: "asked whether ...", "wondered if ...".
QUESTION_FORMS = frozenset(f for b in words.QUESTION_BASES for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].weak)
# Verbs only a clause has, as regex alternations (lexicon/reported.py).
AUXILIARY = "|".join(words.AUXILIARIES)
CLAUSE_AUXILIARY = "|".join(words.CLAUSE_AUXILIARIES)
AUXILIARY_WORDS = frozenset(words.CLAUSE_AUXILIARIES)
# A clause before ", X said" is no statement when it opens with a setting:
# "In a 1963 speech, Kennedy declared ...", "Asked about it, he said ...".
# ("This has been a concern, X said": an opener with a verb after it is the clause's subject.)
SETTING_START_RE = re.compile(rf"(?:{trie_pattern(sorted(words.SETTING_OPENERS))})\b(?!\s+(?:{AUXILIARY})\b)")
# "In Ohio, the turnout was the highest in years, officials said": a setting, then its clause
# (a comma and a few words, one of them a verb only a clause has).
SETTING_THEN_CLAUSE_RE = re.compile(rf",\s+(?:[\w.'’-]+\s+){{1,12}}?(?:{CLAUSE_AUXILIARY})(?:n['’]t)?\b")
# The first half of an attribution set inside its statement that is a setting alone ("[Under one
# agreement], the airline said, fares would fall"): a preposition or an adverb of time or manner
# opens it (not a subordinator: "If it fails" is a clause), and no verb is in it.
SETTING_ALONE_RE = re.compile(rf"(?:(?:But|And|Yet|So)\s+(?i:{trie_pattern(sorted(words.SETTING_ALONE_OPENERS))})|{trie_pattern(sorted(words.SETTING_ALONE_OPENERS))})\b")
SETTING_VERB_RE = re.compile(
    rf"\b(?:{AUXILIARY}|{trie_pattern(sorted(words.IRREGULAR_PASTS))}|not|never|[a-z]{{2,}}ed)\b|n['’]t\b|['’](?:re|ll|d|ve)\s|"
    r"(?:(?<=\bit)|(?<=\bhe)|(?<=she)|(?<=hat)|(?<=ere)|(?<=who))['’]s\s"  # not a possessive: "At last week's talks"
)
# What may follow the verb of ", X said": nothing, or a time, a place, a manner.
TRAIL_TAIL_RE = re.compile(
    r"\s*(?:$|[a-z]+ly\b|in\b|on\b|at\b|during\b|after\b|before\b|to\b|from\b|of\b|with\b|as\b|when\b|while\b|last\b|"
    r"this\b|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|recently|"
    r"\(|,|—|–)"
)
# "say" itself: after it, a clause may start with any noun ("said down-ballot races ...").
SAY_FORMS = frozenset(REPORTING_VERBS["say"].speech + REPORTING_VERBS["tell"].speech)
# "..., saying [airstrikes have failed]", "was quoted as saying [talks would resume]": as after "said",
# any word but a preposition's or a setting's opens the clause (a participle of "say" reports one).
AS_SAYING_FORMS = frozenset(f for v in REPORTING_VERBS.values() for f in v.speech if f.endswith(" as saying"))
ANY_START_FORMS = SAY_FORMS | frozenset(REPORTING_VERBS["say"].weak) | AS_SAYING_FORMS
# "The agency quoted Ann Lee as saying ...": the one quoted is the speaker, not the sentence's
# subject; read before the participle "saying" (the resolver is given "Ann Lee said").
# "Ann Lee was quoted in a local paper as saying ...": a passive, the subject speaks ("Ann Lee said").
QUOTED_AS_RE = re.compile(r"\b(?P<passive>(?:is|was|were|are|been|being)\s+)?(?:quoted|cited)\s+(?=[^;:\"“”]{2,120}?\s+as\s+$)")
SETTING_WORDS = frozenset(words.SETTING_WORDS)
QUESTION_RE = re.compile(rf"(?:{'|'.join(words.QUESTION_WORDS)})\b")
# Intention takes an infinitive: "she wants to run", "he hopes to win".
INTENTION_FORMS = frozenset(f for b in words.INTENTION_BASES for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].weak + REPORTING_VERBS[b].clause)
# "what he wants to do", "the campaign she plans to run": the infinitive's object is
# the noun before its subject, a relative clause, not an intention reported.
RELATIVE_BEFORE_RE = re.compile(r"\b(?!(?:and|but|or|so|because|that|if|when|as|while|since|now|then|also|said|says|where|though|although)\b)"
                                r"[a-z]+\s+(?:he|she|they|we|I|you|it)\s+(?:\w+\s+)?$")
# "to" and a verb, not "to a settlement", "to the party", "to 10 percent".
INFINITIVE_RE = re.compile(
    r"to\s+(?!(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|some|any|no|all|each|every|"
    rf"{'|'.join(words.NUMBER_WORDS)})\b)[a-z]"
)
# "Ford's plans to", "with plans to": the verb form is a noun after a possessive or a determiner.
NOUN_BEFORE_RE = re.compile(r"(?:['’]s|\b(?:the|with|his|her|their|its|our|new|no|of|for|and|U\.S\.))\s+$")
# "the saying", "his warning that": the participle's form is a noun after a determiner or a possessive.
# After a degree word the form is an adjective: "so promising that", "very moving".
PARTICIPLE_NOUN_RE = re.compile(
    rf"(?:['’]s|\b(?:a|an|the|his|her|their|its|our|my|your|this|that|old|{'|'.join(words.DEGREE_WORDS)}))\s+$", re.I
)
# "the announced expansion", "an expressed wish": a target verb's form as an adjective after an article.
ADJECTIVE_BEFORE_RE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
# "than expected", "as planned", "more hoped": a thought's form as an adjective or an adverb of comparison.
COMPARISON_BEFORE_RE = re.compile(r"\b(?:than|as)\s+$", re.I)
# "fell on fears that ...", "aided by suggestions that ...": a noun of speech whose holder is unnamed.
NOUN_HOLDER_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(words.NOUN_HOLDER_PREPOSITIONS)})\s+(?:(?:the|a|an|new|fresh|growing|renewed|widespread|mounting|"
    r"persistent|such|these|those|recent|earlier)\s+){0,2}$"
)
NOUN_THAT_RE = re.compile(r"\s+that\s+")
DETERMINER_BEFORE_RE = re.compile(r"\b(?:a|an|this|these|those|such|any|its|my|your)\s+$")
# An infinitive ends at the first comma, dash or quotation mark ("vowed to fight on, and ...").
INFINITIVE_END_RE = re.compile(r",(?!\d)|[;:—–\"“”]|''|\s-\s")
# The object: a few words with no punctuation (not "by": a passive), then the complement's first word.
OBJECT_RE = re.compile(r"(?!by\b)((?:[\w.'’-]+\s+){1,6}?)(of|to|for)\s+(?=[a-z])")
# "defended his father on Tuesday on Facebook", "criticized Cruz in a recent interview": the act's time and setting.
TARGET_END_RE = re.compile(
    r"\s(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend)\b|"
    r"\s(?:in|during)\s+(?:an?|his|her|their)\s+(?:\w+\s+)?(?:interview|statement|speech|debate|letter|post|tweet|op-ed|address)\b|"
    r"\son\s+(?:Twitter|Facebook|Instagram|television|TV|CNN|Fox)\b"
)
# Its complement runs to a comma, a dash or a second verb of the subject's ("... and said",
# "questioned [the science] and criticized [the agreement]": a noun phrase holds no past tense after "and").
OBJECT_END_RE = re.compile(r",(?!\d)|[;:—–]|\s-\s|\b(?:and|but)\s+(?:said|says|added|has|had|[a-z]+ed)\b")
# What polls, surveys and studies do: they show or find, with or without "that".
FINDING_FORMS = frozenset(
    [f for b in ("show", "find") for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].weak + REPORTING_VERBS[b].clause]
    + list(words.FINDING_PLURAL_FORMS)
)
SURVEY_RE = re.compile(rf"\b(?:{trie_pattern(sorted(words.SURVEY_WORDS))})\b\W+(?:\w+\W+){{0,8}}$", re.I)
SURVEY_REACH = 90  # characters before the verb where the survey is named
# "A video of the episode shows ...", "A recent post getting clicks shows ...": a picture or a post
# named within a few words before "show" (IMAGE_WORDS), this far back.
SHOW_FORMS = frozenset(REPORTING_VERBS["show"].speech + REPORTING_VERBS["show"].weak + REPORTING_VERBS["show"].clause + ("show",))
IMAGE_RE = re.compile(rf"\b(?:{trie_pattern(sorted(words.IMAGE_WORDS))})\b\W+(?:[\w.-]+\W+){{0,8}}$", re.I)
IMAGE_REACH = 90
SHOWS_NOUN_RE = re.compile(r"\s+(?:whose|which|who|on|in|and|or|of)\b")  # "shows whose ...", "shows on cable": a noun
# "..., records show." / "..., the poll found." / "..., Fox found.": a finding reported after its
# clause.  "shows" is as often a noun ("the talk shows."): its subject must name a survey; "found"
# may have a named body for one (a capitalised word).
FINDER_NAME_RE = re.compile(r"\b[A-Z][\w.&'’-]*\s+(?:[\w.&'’-]+\s+){0,2}$")
# Verbs of telling: an addressee comes between the verb and the clause.
TELL_FORMS = frozenset(words.TELL_FORMS)
TOLD_FORMS = frozenset(REPORTING_VERBS["tell"].speech + REPORTING_VERBS["tell"].weak)
# What may come between a verb and its clause: an addressee, a time, a manner.
# A named addressee.  Up to four capitalised words ("told Sky News", "told Ann Lee"), or, when
# it ends at the kind of outlet ("programme", "newspaper") or right before "that" or a pronoun,
# a longer run with a channel's number in it: "told BBC Radio 4's Today programme that", "told
# US TV show 60 Minutes that", "told the BBC's Newsnight he ...".  The outlet's own name may
# follow its kind before "that" or a pronoun ("told the Argentine newspaper Clarin it ...").
# A number elsewhere opens the clause: "told CNN 3 Americans were hurt".
NAME_WORD = r"(?:[A-Z][\w.&'’-]*|\d+(?:['’]s\b|(?=\s+[A-Z])))"
CLAUSE_OPENER = r"(?=\s+(?:that|he|she|it|they|we|I|there|how|why|what|whether)\b)"
OUTLET = (
    rf"(?:{trie_pattern(sorted(words.ADDRESSEE_NOUNS))})\b"
    rf"(?:\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}{CLAUSE_OPENER})?"
)
# A channel's number with a possessive is a programme's name, wherever the run ends: "told BBC
# Radio 4's World at One", "told Radio 4's Today the government's response ...".
CHANNEL_NAME = (
    r"(?:[A-Z][\w.&'’-]*\s+){1,3}\d+['’]s(?:\s+(?:[A-Z][\w.&'’-]*|at|of|with|and)){0,6}\s+[A-Z][\w.&'’-]*"
    rf"(?:\s+(?:{trie_pattern(sorted(words.ADDRESSEE_NOUNS))})\b)?"
)
LONG_NAME = rf"(?:[A-Z][\w.&'’-]*|\d+(?=\s+[A-Z]))(?:\s+{NAME_WORD}){{0,6}}"
ADDRESSEE_RE = re.compile(
    rf"(?:(?:{trie_pattern(sorted(words.ADDRESSEES))}|(?:the\s+)?(?:"
    rf"(?:{LONG_NAME}\s+)?{OUTLET}|{LONG_NAME}{CLAUSE_OPENER}|{CHANNEL_NAME}|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}"
    rf"))(?<=[\w.'’])(?![\w'’])\s*,?\s*)"
)
# "told Ann Lee, a state representative, that ...": the addressee's apposition, then the clause.
ADDRESSEE_APPOSITION_RE = re.compile(r"(?:an?|the)\s[^,.;:!?\"“”\n]{1,80},\s*(?=that\b)")
# Time and setting phrases right after a verb ("said Tuesday", "said in a statement").
AFTER_VERB_RE = re.compile(
    r"(?:(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:night|morning|afternoon|evening)|"
    r"(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|"
    r"morning|evening)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|recently|repeatedly|"
    r"privately|publicly|earlier|later|again|also|previously|often|onstage|afterward|afterwards)|"
    # "in a statement", "in a recent telephone interview with CNN", "on Twitter"
    r"in an? (?:[a-z-]+\s+){0,2}?(?:statement|interview|speech|letter|email|e-mail|tweet|post|report|press release|memo|filing|op-ed)"
    r"(?:\s+with\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?|"
    r"on\s+(?:Twitter|Facebook|Instagram|television|TV|CNN|MSNBC|Fox News|Fox))(?![’'\w])\s*,?\s*"  # not "said Monday's vote ..."
)
# A word only a clause has: after ", said" it means the verb leads a clause, not names its speaker.
# A gerund's clause: its object, then a verb only a clause has, before any punctuation.
GERUND_CLAUSE_RE = re.compile(rf"(?:\s+[\w'’$.%-]+){{0,8}}?\s+(?:{AUXILIARY})\b")
CLAUSE_VERB_RE = re.compile(rf"\b(?:{CLAUSE_AUXILIARY})\b")
# A sign that the words after a verb hold a clause of their own (a verb), not the verb's object:
# an auxiliary, a negation, a contraction (not a possessive's "'s"), a form in "-ed" or "-s", or an irregular past ("added [the plan had
# failed]" against "added [Waze data on traffic]").  Read only where no "that" opens the clause.
CLAUSE_VERB_SIGN_RE = re.compile(
    rf"\b(?:{AUXILIARY}|{trie_pattern(sorted(words.IRREGULAR_PASTS))}|not|never|[a-z]{{2,}}ed|[a-z]+[^s\W]s)\b|n['’]t\b|['’](?:re|ll|d|ve)\s|(?:(?<=\bit)|(?<=\bhe)|(?<=she)|(?<=hat)|(?<=ere)|(?<=who))['’]s\s"
)
# The verbs that read CLAUSE_VERB_SIGN_RE: a bare clause's verbs but those whose object is their content.
OBJECT_NEEDS_VERB_FORMS = BARE_CLAUSE_FORMS - SAY_FORMS - frozenset(
    f for b in words.OBJECT_CONTENT_BASES for f in REPORTING_VERBS[b].speech + REPORTING_VERBS[b].clause + REPORTING_VERBS[b].weak
)
THAT_RE = re.compile(r"that\s+")
THAT_WORD_RE = re.compile(r"\bthat\b")
# A subject of ", X said" that is the end or the start of a clause, not a speaker.
SUBJECT_JOIN_RE = re.compile(
    r"\b(?:and|but|or|that|which|who|while|because|as|if|when)\s*$|^\s*(?:and|but|or|nor|while|as|because|although|though|so|yet|which|who|if|when)\b"
)
# A subject of ", X said" that ends in a determiner is no subject: "..., made the claims in ...": a noun.
DETERMINER_END_RE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your|these|those|this|such)\s*$", re.I)
# "The candidates, Clinton and Sanders, have promised to ...": between the comma and the verb
# only an auxiliary or an adverb, so the comma closes the subject's apposition, no clause.
AUXILIARY_ONLY_RE = re.compile(
    r"\s*(?:(?:has|have|had|will|would|could|should|can|may|might|must|did|does|do|also|now|then|again|already|not|never|[a-z]+ly|[a-z]+n['’]t)\s+)+"
)
# After ", said X": the speaker's apposition or relative clause ("said Ann Lee, an expert who has
# written on it"), whose verbs are not the sentence's.
APPOSITION_AFTER_RE = re.compile(r",\s+(?:a|an|the|who|whose|which)\s")
# ", said Mindy Romero, director of ...": a name alone before the comma; its apposition follows.
NAME_BEFORE_APPOSITION_RE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?=,\s)")
# A name and the comma opening its apposition, at a sentence's start ("Mr. Prasad, a former official, said").
NAME_THEN_COMMA_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*,")
# A clause before ", X said" whose last quotation mark opens one: the comma is inside the quotation.
UNCLOSED_QUOTE_RE = re.compile(r"(?:^|\s)[\"“][^\"“”]*$")
# The tail of ", X said" ends at a semicolon or a participle of speech, whose statement is its own:
# "..., Porter said, adding that ...", "..., his aides argued in interviews; rather, ...".
# After ", X said," a phrase of the act's manner or setting, no statement: a preposition of
# manner or time, or a participle that reports nothing ('"...," Lee said, holding back tears';
# not "referring to", "repeating", which PolNeAR marks as what was said).
MANNER_PHRASE_RE = re.compile(
    rf"(?:{trie_pattern(sorted(words.MANNER_OPENERS))})\b|(?!(?:{trie_pattern(sorted(PARTICIPLES | set(words.REFERENCE_PARTICIPLES)))})\b)[a-z]+ing\b"
)
# (A gerund with a verb of its own after it is the second half's subject: "..., Lee said, digging up
# roads can take weeks".)
GERUND_SUBJECT = rf"[a-z]+ing(?:\s+[\w'’$.%-]+){{0,8}}?(?<!\bshe)(?<!\bhe)(?<!\bthey)(?<!\bwe)(?<!\bit)\s+(?:{AUXILIARY})\b"  # not "she has": a relative's
TAIL_END_RE = re.compile(rf";|,\s+(?:(?:{trie_pattern(sorted(PARTICIPLES))})\b|(?={MANNER_PHRASE_RE.pattern})(?!{GERUND_SUBJECT}))")
TAIL_CLAUSE_RE = re.compile(r"[,;:]\s*\w+\s+\w+\s+\w+")  # a clause after the attribution's tail
# A clause starts with its subject: a pronoun, a determiner, a name or a number
# (a verb followed by "in", "to" or "for" has no clause: "said in a statement.").
CLAUSE_START_RE = re.compile(
    r"(?:I|he|she|it|they|we|you|there|this|these|those|the|a|an|his|her|its|their|our|my|your|some|many|most|no|none|all|"
    r"every|any|both|each|if|whether|what|how|why|[A-Z0-9][\w'’.-]*)\b",
)
# ("said when asked", "said on Monday": a setting, no clause.)
NOT_CLAUSE_START = frozenset({"In", "On", "At", "For", "To", "With", "By", "From", "During", "After", "Before", "Of", "That", "When", "Where", "While"})
# The last of these before a verb starts its subject ("The plan failed, officials said").
# (Splitting at "and", "but", "while" too was measured: it lost train recall, 0.198 -> 0.193.)
CLAUSE_JOIN_RE = re.compile(r"[,;:—–]")
# "is said to", "was told", "were asked": the subject heard it, or a passive.
PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|was|were|are|be|been|being|get|got)\s+$")
# "is expected to", "are widely expected to": a passive expectation with its infinitive.
EXPECTED_FORMS = frozenset({"expected"})
EXPECTED_BEFORE_RE = re.compile(
    rf"\b(?:is|are|was|were|be|been|being|not|n't)\s+(?:(?:[a-z]+ly|{'|'.join(words.EXPECTED_ADVERBS)})\s+){{0,2}}$"
)
EXPECTED_REACH = 32  # characters: "were not now widely expected"
PROGRESSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|am|been)\s+$")
# A participle's chain of its own subject's verbs ("have been urging", "isn't saying", "began urging"): the
# resolver reads the chain and the participle as "said" after that subject.
PARTICIPLE_CHAIN_RE = re.compile(
    r"\b(?:(?:is|are|was|were|am)(?:n['’]t|\s+not)?|(?:has|have|had)\s+been|began|begun|begins|started|starts|keeps|kept|"
    r"took\s+turns|take\s+turns|takes\s+turns)\s+(?:[a-z]+ly\s+)?$"
)
PARTICIPLE_CHAIN_REACH = 28  # characters: "have been gently urging"
# A quoted question or exclamation right before the verb ('"... newspapers?" said X'): the verb is
# the quote's attribution, inverted, and what follows it names the speaker.
QUESTION_QUOTE_BEFORE_RE = re.compile(r"[?!](?:[\"”’]|'')\s*$")
# "to say", "would argue", "did not say": no report.
BARE_BEFORE_RE = re.compile(r"\b(?:to|will|would|could|should|may|might|must|can|cannot|not|never|n't)\s+$", re.I)
# A modal or a negation before a verb ("did not ", "would "), written over for the resolver.
BARE_CHAIN_RE = re.compile(r"\b(?:(?:did|does|do|would|will|could|should|can|must|might|may)(?:\s+not|n't)?|cannot|not|never)\s+$", re.I)
BEFORE_REACH = 8  # characters: the longest word of the two, and the boundary before it
# Forms that are as often plural nouns: "states, ..." is no attribution after "In each of those".
NOUN_LIKE_FORMS = frozenset(words.NOUN_LIKE_FORMS)
NOUN_LIKE_SUBJECT_RE = re.compile(rf"(?:\b(?:{trie_pattern(sorted(words.NOUN_LIKE_SUBJECTS))})|\b[A-Z][\w.'’-]*|[—–])\s*$")
# After its clause ("..., the suit states.") such a form is a verb only after a pronoun or a noun that
# states things: a capitalised word there is the plural noun's adjective ("more diverse states.",
# "Western states this week", "all battleground states.").
NOUN_WORD_SUBJECT_RE = re.compile(rf"\b(?:{trie_pattern(sorted(words.NOUN_LIKE_SUBJECTS))})\s*$")
# A name alone as the subject after the comma: "..., Johnson states", "..., Dr. Anna Lee states".
NAME_SUBJECT_RE = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov)\.?[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){0,2}")
# "say" that reports no one's words: "it is too soon to say whether ...", "it's fair to say that ..." (no one is
# named as saying it), and "say" as a noun after a determiner ("the final say on", "their say").
IMPERSONAL_SAY_BEFORE_RE = re.compile(r"\b[Ii]t(?:['’]s|\s+(?:is|was|would be|will be|may be|might be))\s+(?:[\w-]+\s+){1,2}to\s+$")
SAY_NOUN_BEFORE_RE = re.compile(r"\b(?:their|his|its|our|my|your|a|the|final|no|any|larger|greater|bigger|more|equal)\s+$", re.I)
# "that" with an auxiliary right after it is a relative clause's, no complement: "states that have ...".
RELATIVE_THAT_RE = re.compile(rf"\s+that\s+(?:{AUXILIARY})\b")
PARENTHETICAL_WORDS = 6  # ", the Times said, ...": the subject of an attribution inside its statement
PREPOSITION_RE = re.compile(r"\b(?:in|of|for|on|at|by|from|with|to|into|than)\b")
# "X, who says ..., said ...": the verb of a relative clause set off by commas, and the end
# of its statement (the comma closing the relative), looked for this far before the verb.
RELATIVE_CUE_RE = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
RELATIVE_OPEN_RE = re.compile(r",\s+(?:who|which)\s")
# An apposition opening after a comma or a dash: ", a Republican who ...", "— which has endorsed ...".
APPOSITION_OPEN_RE = re.compile(r"(?:,|\s[—–])\s+(?:a|an|the|who|which)\s")
RELATIVE_END_RE = re.compile(r",(?!\d)|[;—–]|\s-\s")
RELATIVE_REACH = 200  # characters
APPOSITION_WORDS = 20  # "X, the chairman of ..., said": a subject with its apposition
SUBJECT_WORDS = 10  # a longer stretch before the verb is a clause, not a subject
TAIL_WORDS = 16  # "..., officials said on condition of anonymity." -- at most this after the verb
MAX_SENTENCE = 1500  # characters; news sentences run to a few hundred
# A title-case line (a headline): at most this long, this many words, this share capitalised.
TITLE_CASE_MAX = 250
TITLE_CASE_WORDS = 4
TITLE_CASE_SHARE = 0.75
# A title-case line writes no word of five letters or more in lower case ("with", "from", "to"
# may be): one such word and the line is prose.
PROSE_WORD_RE = re.compile(r"\b[a-z]{5,}")
TITLE_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MIN_WORDS = 3  # a reported clause has at least a subject, a verb and something
# A target or an infinitive under MIN_WORDS: a word or two with no quotation mark ("criticized
# [Cruz]", "declined [to comment]"), the last no determiner or question word without its noun
# ("described [how], growing up, ...", "described [his] weekend outburst").
SHORT_SPAN_WORD = r"[^\W_]+(?:['’-][^\W_]+)*"
SHORT_SPAN_RE = re.compile(rf"(?:(?:{'|'.join(words.SHORT_SPAN_HONORIFICS)})\.\s)?{SHORT_SPAN_WORD}(?:\s{SHORT_SPAN_WORD})?(?<!\bhis)(?<!\btheir)(?<!\bits)(?<!\bthe)(?<!\ba)(?<!\ban)"
                           r"(?<!\bhow)(?<!\bwhat)(?<!\bwhy)")
WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
QUOTE_MARKS = "\"“”„«»"
# The past and present forms of the verbs of speech, not those that are as often nouns ("and claims"),
# nor thought: "said she was tired and wanted a change" coordinates inside the clause as often.
SECOND_VERB_FORMS = frozenset(
    f for v in REPORTING_VERBS.values() if v.stance != THOUGHT for f in v.speech + v.weak if not f.endswith("ing") and " " not in f
) - set(words.NOUN_LIKE_FORMS)
# A participle or a second attribution ends the clause: "..., adding that ...", "..., according to X";
# so does the subject's evidence ("..., pointing to the sale of ...", "..., citing ...").
# So does a second clause joined by a comma and a conjunction ("..., while 22 percent
# said ...") or a semicolon: news writing ends a reported clause there.
CLAUSE_CUT_RE = re.compile(
    rf",\s+(?:according to\b|(?:pointing|referring)\s+to\b|citing\b|(?:{trie_pattern(sorted(PARTICIPLES))})\b|(?:he|she|they|it|we)\s+(?:said|says|added|told)\b|"
    rf"(?:{trie_pattern(sorted(words.CLAUSE_ENDERS))})\b)|;\s|"
    # "said the plan failed and urged a review": the subject's second verb; "said they were worried,
    # and more than 4 in 10 said ...": a second speaker's (a few words, then the verb).
    rf",?\s+(?:and|but)\s+(?:[\w’'.-]+\s+){{0,6}}?(?:{trie_pattern(sorted(SECOND_VERB_FORMS))})\b"
)
