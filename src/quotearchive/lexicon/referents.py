"""Words that decide whom a pronoun, a description or a quantifier stands for, beyond :mod:`.people`.

Plain data, read by the pronoun, description and ellipsis rules of
:mod:`quotearchive.extract.speakers` (``antecedents``, ``coreference``, ``kinds``,
``ellipsis``; ``names`` and ``resolve`` ask the same of an office and a quantifier): "they"
for a body of people written as one word or a plural subject; the offices a description never
gives to the person in focus; the heads of a description that re-names a person named before
("the Russian leader", "the Dutchman", "the two-time champion"); the nouns of people a
quantifier stands for ("Another said").  Lower-case, compared with ``word.lower()``, but for
``ELLIPSIS_STOPS``, compared as written.
"""

from __future__ import annotations

# Plural bodies of people that speak as one, written as one word ("MPs said. They called for
# ...", "the law lords ruled. They said"): a "they" right after may stand for them (only the
# pronoun rule reads this list; GROUP_SPEAKERS also decides mentions and source types).
PLURAL_SPEAKER_HEADS = frozenset(
    "mps peers lords councillors unions judges lawyers fans correspondents commentators pundits academics "
    "delegates members manufacturers retailers landlords farmers nurses unionists environmentalists "
    # Session 18: "Gallagher and his colleagues asked ... "...," they wrote"; "The authors write".
    "colleagues senators allies authors co-authors".split()
)
# Plural nouns of bodies a "they" may stand for as a sentence's subject ("Phone companies refuse
# to pay because they say ...").
PLURAL_BODY_HEADS = frozenset(
    "companies firms manufacturers makers retailers banks airlines carriers operators insurers lenders "
    "broadcasters publishers parties groups charities organisations organizations councils governments "
    "authorities unions clubs studios labels bands".split()
)

# Offices of a court that stand apart from the story's people: "the judge" is the one named
# with the office ("Judge Letitia Clark"), never the defendant in focus re-named.
COURT_OFFICE_HEADS = frozenset({"judge", "magistrate", "coroner", "prosecutor", "juror", "recorder"})

# A description that may stand for any company ("the company said", "the firm warned"), and the
# kind words business news names a company with, once, right before its name ("insurance broker
# Marsh & McLennan", "carmaker DaimlerChrysler", "equipment supplier Ericsson"): read only by
# ``speakers.kinds``.  Any word ending in "maker" is one too ("drugmaker", "Bookmaker").
GENERIC_COMPANY_HEADS = frozenset({"company", "firm", "group"})
COMPANY_KIND_WORDS = frozenset(
    "firm company group broker retailer airline bank insurer operator supplier producer giant chain "
    "manufacturer publisher developer provider conglomerate carrier brewer lender distributor exporter "
    "miner utility".split()
)

# ---------------------------------------------------------------- descriptions of a person named before

# "the president", "the Russian leader": with no role to match, the article's main person.
LEADER_HEADS = frozenset({"leader", "president", "premier", "minister", "chancellor"})
# Words before an office that make it another office: the "shadow chancellor" is not "the chancellor".
OFFICE_QUALIFIERS = frozenset({"shadow", "deputy", "vice", "former", "ex", "assistant", "junior", "under", "opposition"})
# Offices: heads a qualifying word makes another office ("foreign secretary", "police chief"),
# unlike epithets ("heavy metal star" and "rock star" are one person).
OFFICE_HEADS = LEADER_HEADS | frozenset(
    {"secretary", "chief", "director", "commissioner", "governor", "mayor", "chairman", "chairwoman"}
)
# Words before an office that leave it the same office: "the new chancellor" is the chancellor
# (other words name another office: "the foreign secretary" is not "Home Secretary X").
SAME_OFFICE_WORDS = frozenset(
    {"new", "current", "outgoing", "incoming", "then", "acting", "embattled", "beleaguered", "veteran", "same"}
)

# "the Dutchman", "the striker" (and "the 23-year-old", a pattern in the rules): a
# description standing for the person in focus, once someone has been named.
STANDS_FOR_PERSON_HEADS = frozenset(
    "dutchman frenchman irishman scotsman englishman welshman scot american spaniard german australian "
    "italian brazilian argentine argentinian portuguese swede norwegian dane belgian croat serb russian "
    "canadian kenyan nigerian south-african new-zealander zealander kiwi briton veteran striker midfielder defender "
    "goalkeeper keeper winger skipper forward manager coach boss youngster teenager "
    # more nationals and locals news calls a named player or performer by ("the Finn", "the Czech",
    # "the Yorkshireman"): with "the" and alone, never a people or a team
    "finn pole czech slovak slovenian hungarian romanian bulgarian ukrainian georgian austrian ethiopian "
    "moroccan algerian jamaican zimbabwean zambian ugandan colombian mexican chilean peruvian uruguayan "
    "venezuelan cuban turk cypriot lithuanian latvian estonian bosnian albanian yorkshireman lancastrian "
    "cornishman londoner glaswegian geordie ulsterman".split()
) | {"dutchwoman", "frenchwoman", "irishwoman", "scotswoman", "englishwoman", "welshwoman"}

# "Archbishop Desmond Tutu ... The South African archbishop said": titles a person is named
# with that news then uses alone, in lower case, for the same person (not the offices of
# PERSON_HEADS, matched by role, nor "chief", "officer": words of many people).
TITLE_DESCRIPTION_HEADS = frozenset(
    "archbishop bishop cardinal rabbi imam sheikh cleric vicar canon chaplain colonel lieutenant sergeant "
    "admiral commander inspector detective superintendent constable".split()
)

# "the two-time champion", "the world 400m record holder", "the Oscar winner": sport,
# arts and business copy re-name the person in focus by what they have won or hold
# (not "nominee": "the Democratic nominee" is a party's candidate, often not the one in
# focus; not a lone "holder": "the account holder").
EPITHET_HEADS = frozenset(
    "champion winner record-holder titleholder title-holder medallist medalist laureate finalist olympian".split()
) | {"record holder", "title holder"}

# "the Sale full-back", "the tournament debutant", "the long-running presenter", "the
# Uruguayan-born researcher": the sport or trade of the person in focus, re-named by it (as
# EPITHET_HEADS, only when that person is also the last one named).
FOCUS_ROLE_HEADS = frozenset(
    "athlete sprinter runner hurdler heptathlete decathlete cyclist swimmer rower boxer golfer jockey "
    "full-back fly-half scrum-half prop flanker debutant seed presenter host dj founder producer "
    "entrepreneur researcher agent rapper rocker "
    # a place in a team or a band, an art or a fortune a person is known by ("the Wasps wing",
    # "the Surrey batsman", "the Oasis guitarist", "the Booker-winning novelist", "the billionaire
    # businessman"); not trades many in one story share ("said the designer, who works for ...",
    # "the gambling tycoon", "editor", "columnist": each read wrong on PolNeAR train or BBC copy)
    "wing hooker batsman bowler spinner all-rounder wicketkeeper guitarist drummer bassist frontman "
    "frontwoman singer-songwriter songwriter novelist film-maker filmmaker comedian pianist violinist "
    "composer magnate businessman businesswoman writer broadcaster playwright poet musician photographer".split()
)
# "the Waterford man", "the Bolton-born woman": with a word before it, a person in focus too.
FOCUS_PERSON_NOUNS = frozenset({"man", "woman"})

# ---------------------------------------------------------------- a quantifier standing for a noun

# "One user wrote ... Another said", "Supporters cheered. Some chanted": a quantifier standing
# for a noun named just before; the nouns of people it may stand for, besides the role and group words.
ELLIPTIC_QUANTIFIERS = frozenset({"another", "yet another", "some", "several", "most", "many", "others"})
ELLIPSIS_HEADS = frozenset(
    "user commenter poster person people resident voter supporter delegate source aide member candidate "
    "republican democrat protester demonstrator caller reader viewer participant attendee worker student "
    "parent woman man".split()
)
# "Someone", "somebody": group speakers, but no noun a quantifier stands for.
INDEFINITES = frozenset({"someone", "somebody"})
# What comes before the noun a quantifier stands for: "one user", "the candidates", "nine of 10 Republicans".
ELLIPSIS_DETERMINERS = frozenset(
    {"one", "another", "a", "an", "the", "some", "many", "several", "other", "two", "three", "of"}
)
# Capitalised words that open the noun phrase rather than modify its noun.
ELLIPSIS_STOPS = frozenset({"The", "A", "An", "One", "Another", "Some", "Several", "Most", "Many", "Other", "Others"})

# ---------------------------------------------------------------- a description a relative clause speaks for

# "in front of my then 8-year-old who exclaimed, "...", "a neighbour who shouted:": the nouns of
# people (besides the role, family and gender words) whose relative "who" carries their speech.
WHO_SPEAKER_HEADS = frozenset(
    "kid kids child children teenager teen toddler friend friends neighbour neighbor witness witnesses "
    "fan fans passer-by bystander customer patient passenger guest visitor onlooker".split()
)

# ---------------------------------------------------------------- a company is no public body

# The nouns of a company ("the company said", "the firm", "the bank", "the airline"): a government
# department, a court, a party or a club is never what they re-name.
BUSINESS_HEADS = frozenset({"company", "firm", "bank", "airline", "carrier"})
# The head word of a body's name that makes it a public body, a party, a federation, an institute or
# a club, not a company (not "Union" nor "Association": "Western Union", "Union Oil", a US thrift's
# "Savings and Loan Association" are companies) ("Home Office", "Ministry of Defence", "European Commission", "Treasury",
# "Labour Party"): the name's last word, or its word before "of"/"for" ("Department of Health").
NOT_BUSINESS_NAME_HEADS = frozenset(
    "Office Ministry Department Commission Treasury Parliament Government Council Committee Court Police "
    "Constabulary Authority Executive Assembly Senate Congress Agency Inquiry Tribunal Cabinet Whitehall "
    "Pentagon Kremlin Commons Lords Administration Ombudsman Party Federation Confederation Institute Foundation "
    "University College School Church Club Army Navy".split()
)
# Companies whose names end in one of those words ("the Post Office said ... The company said").
BUSINESS_NAMES_WITH_PUBLIC_HEADS = frozenset({"Post Office", "Diners Club", "Sotheby's Institute"})
