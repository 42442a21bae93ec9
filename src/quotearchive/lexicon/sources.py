"""The kinds of source a statement comes from, as data: what the head noun of an
unnamed source makes it.  A source named by no one ("a senior official",
"traders") is told apart from a document ("the report", "a joint statement"),
so a researcher can facet on named people, organisations, unnamed people and
documents (USERS.md: "source types as facets").  Read by
:mod:`quotearchive.extract.speakers.sources`.
"""

from __future__ import annotations

# The speaker_type values the archive stores, and what each means (the schema's column doc).
SOURCE_TYPES = {
    "person": "a person named",
    "organisation": "a body named (a company, ministry, party, team)",
    "unnamed": "people described but not named: \"a senior official\", \"traders\", \"a BA spokesman\"",
    "document": "a text that speaks: \"the report\", \"a joint statement\", \"the ruling\"",
    "description": "any other description: \"the talks\"",
}

# How the site names each type in its facets ("Source").
SOURCE_TYPE_LABELS = {
    "person": "Named person",
    "organisation": "Organisation",
    "unnamed": "Unnamed source",
    "document": "Document",
    "description": "Other description",
}

# Nouns of texts that "say", "found" or "warned": a source that is a document.
DOCUMENT_NOUNS = frozenset(
    "report reports study studies survey surveys poll polls statement statements memo memos memorandum letter "
    "letters release communique communiqué declaration transcript filing filings ruling rulings judgment judgement "
    "verdict indictment affidavit complaint lawsuit suit petition motion proposal proposals document documents "
    "paper papers analysis analyses review audit assessment estimate estimates forecast forecasts figures data minutes "
    "bill law legislation regulation regulations resolution agreement treaty draft plan budget guidelines guidance "
    "notice order decree directive manifesto platform website site article editorial column book email e-mail "
    "message tweet tweets post blog newsletter brochure leaflet advert advertisement ad research "
    "findings summary prospectus circular bulletin announcement note results video videos film documentary "
    "footage recording broadcast programme program testimony".split()
)

# Of those, the texts someone wrote to state a finding ("the audit report found", "the study
# concluded"): the source of the words they "found", where figures, data or a plan only show.
AUTHORED_DOCUMENT_NOUNS = frozenset(
    "report reports study studies survey surveys poll polls audit review analysis analyses assessment inquiry "
    "statement statements memo memos letter letters ruling judgment judgement verdict indictment editorial".split()
)

# Works whose words a writer borrows without their speaking: "in the words of the old song",
# "as the slogan put it".  A lyric, a line of verse or a motto quoted in an aside is the
# writer's flourish, not a statement; the work is no source of it, nor of the quotes after it.
# (Documents that do state things, "the report", "the ruling", are DOCUMENT_NOUNS, not these.)
WORK_NOUNS = frozenset(
    "song songs lyric lyrics anthem anthems hymn hymns carol ballad chorus refrain tune jingle chant chants "
    "poem poems verse verses rhyme limerick sonnet psalm prayer scripture scriptures gospel commandment "
    "slogan slogans motto mottos mottoes catchphrase proverb proverbs saying sayings adage maxim aphorism "
    "cliche cliché idiom phrase expression quip joke meme hashtag title headline line lines".split()
)

# Nouns of people, besides the role, group and description words of lexicon/people.py (the
# extractor adds those): a source with one of these heads is people described, not named.
PEOPLE_NOUNS = frozenset(
    "source sources insider insiders negotiator negotiators spokesmen spokeswomen person people man men woman "
    "women family relative relatives friend friends neighbour neighbor neighbours neighbors colleague colleagues "
    "wife husband mother father son daughter brother sister fan fans dealer owner owners resident spectator "
    "employee employees staff worker player players manager managers official economist analyst trader expert "
    "observer witness victim survivor passenger passengers customer customers shopper shoppers consumer "
    "consumers patient patients pupil pupils farmer farmers driver drivers pilot pilots soldier soldiers "
    "officer officers agent agents executive chief chiefs director directors member members leader leaders "
    "diplomat minister ministers regulator regulators banker broker investor someone somebody reporter journalist "
    "trustee participant delegate congressman congresswoman lawmaker shareholder stockholder personnel "
    "perpetrator suspect staffer staffers lawyers attorneys guy guys politician programmer blogger advocate "
    "plaintiff defendant associate mom dad grower commentator pundit user users citizen citizens ally allies".split()
)

# "A number of researchers", "one of these analyses": the head is the noun after "of".
QUANTITY_HEADS = frozenset(
    "number group handful majority minority one two three some most many few several couple lot lots dozens "
    "hundreds thousands millions both all each either neither none any".split()
)

# Words after a source's head noun that begin what qualifies it ("a report BY the ministry",
# "officials FAMILIAR with", "a negotiator TAKING part"): the head is the word before.
HEAD_ENDERS = frozenset(
    "of for by at in from with on to who whom whose which that close familiar involved under about "
    "inside within near over among responsible here there above below present".split()
)

# Last words of a company's name without its legal form ("Gulf States Utilities", "Texas Air",
# "Bethlehem Steel"): a speaker the resolver read as a person's name (two capitalised words)
# is a firm when its last word is one of these and its first is no first name or title.
# (Words a surname often is, "Power", "Bank", "Gas", are left out: "Samantha Power".)
COMPANY_NAME_ENDS = frozenset(
    "Utilities Utility Air Airlines Airways Aviation Steel Petroleum Resources Mining Chemical Chemicals "
    "Pharmaceuticals Foods Stores Insurance Bancorp Bancshares Financial Savings Trucking Railroad Railroads "
    "Railway Railways Shipping Lines Semiconductor Semiconductors Electronics Computer Computers Software "
    "Instruments Products Manufacturing Brands Beverages Brewing Breweries Airlines Motors Industries "
    "Telecommunications Telephone Cellular Wireless Petrochemicals Refining Pipeline Minerals Metals "
    "Textiles Mills Realty Properties Stores Supermarkets".split()
)
