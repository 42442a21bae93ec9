"""Words about people, organisations and places, as the speaker resolver reads them.

Plain data: the rules in :mod:`quotearchive.extract.speakers` decide, these
lists only say what a word is: a pronoun, a title, a first name, a role, an
organisation's word, a word that never opens a name, a name's particle.  What
only the pronoun, description and ellipsis rules read (whom "the Dutchman" or
"Another" stands for) is in :mod:`.referents`; the words of a sentence that
are no speaker (its openings, the words of a clause) in :mod:`.not_speakers`.  Each list is closed on purpose (news uses a
few hundred such words over and over); a word missing from one makes the
resolver fall back to "no one named", never to a guess, so adding one is safe
and can be checked with ``make eval``.

Lower-case lists are compared with ``word.lower()``; capitalised ones with the
word as written (a capital is part of what makes "Bank" an organisation).
"""

from __future__ import annotations
from importlib.resources import files

# ---------------------------------------------------------------- pronouns

# A pronoun's referent: m(ale), f(emale), o(bject: an organisation), p(lural: no one
# person), s(peaker: "I" is the one quoted).
PRONOUNS = {
    "he": "m",
    "she": "f",
    "him": "m",
    "her": "f",
    "his": "m",
    "it": "o",
    "its": "o",
    "they": "p",
    "them": "p",
    "their": "p",
    "we": "p",
    "i": "s",
}

# The subject pronoun a possessive stands for ("His letter said" -> "he", whoever he is).
POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "its": "it", "their": "they"}

# Pronouns the resolver never reads as speakers, which a run of capitals may open ("Us Weekly").
OBJECT_PRONOUNS = frozenset({"me", "us", "you"})

# ---------------------------------------------------------------- titles

# Titles before a name, and the gender they give (TITLES_N: none).
TITLES_M = frozenset({"mr", "sir", "lord", "king", "prince", "father", "brother", "mister", "baron", "duke", "earl"})
TITLES_F = frozenset({"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "baroness", "sister", "madam", "duchess"})
TITLES_N = frozenset({
    "dr", "prof", "professor", "judge", "rabbi", "rev", "reverend", "president", "senator", "sen", "gov",
    "governor", "gen", "general", "col", "capt", "captain", "cllr", "justice", "imam", "bishop",
    "archbishop", "cardinal", "ambassador", "chancellor", "minister", "premier", "mayor", "pope",
    "sheikh", "commissioner", "superintendent", "supt", "constable", "insp", "det", "secretary", "inspector", "detective", "officer", "chief", "coach",
    "agent", "sergeant", "sgt", "lt", "lieutenant", "major", "admiral", "chairman", "chairwoman",
    "rep", "representative", "congressman", "congresswoman",
})

# Titles that are part of a British name ("Sir Digby Jones"), kept with it.
NAME_TITLES = frozenset({"sir", "lord", "lady", "dame", "baroness", "baron"})

# Honorifics always followed by a name, even one that is also a title word ("Mr King").
SURNAME_NEXT = frozenset({"mr", "mrs", "ms", "miss", "dr", "mister", "madam"})

# ---------------------------------------------------------------- gender

# Role and family words that give a person's gender ("spokeswoman", "mother-of-two").
MALE_WORDS = frozenset(
    "spokesman chairman actor congressman businessman father husband son brother man boy grandfather uncle "
    "nephew king prince boyfriend sportsman".split()
)
FEMALE_WORDS = frozenset(
    "spokeswoman chairwoman actress congresswoman businesswoman mother wife daughter sister woman girl "
    "grandmother aunt niece queen princess girlfriend sportswoman mother-of-nine mother-of-two "
    "mother-of-three mother-of-four".split()
)

# Common first names, so "he" and "she" skip the wrong person when no title says (and first_names.txt).
_WORLD = [[w for line in part.splitlines() if not line.startswith("#") for w in line.split()]
          for part in files(__package__).joinpath("first_names.txt").read_text("utf-8").split("\n= women\n")]
MALE_NAMES = frozenset(_WORLD[0]) | frozenset(
    "John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony "
    "Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan "
    "Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander "
    "Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle "
    "Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse "
    "Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene "
    "Vincent Russell Elijah Louis Bobby Philip Johnny Tony Gordon Ian Colin Neil Graham Simon Martin Alastair "
    "Nick Ken Ed Liam Barry Mike Jim Tim Bill Bob Steve Dave Tom Rob Andy Vladimir Dmitry Boris "
    "Giovanni Marco Luca Ahmed Mohammed Muhammad Ali Hassan Omar Xi Rupert Nigel Malcolm Geoffrey Kofi "
    "Guy Josh Robbie Alex Sven Rafael Arsene Thierry Jermain Gareth Rio Frank Jonny Lawrence Clive "
    "Ronan Brian Dean Lee Craig Darren Stuart Jamie Danny Harry Charlie Oliver Hugh Toby Max Eddie Matt "
    "Sundar "
    # Common in US news, the short forms above all ("Ted Cruz", "Jeb Bush", "Newt Gingrich").
    "Ted Bernie Jeb Mitt Chris Ben Rudy Corey Newt Barack Reince Jake Luke Sam Greg Phil Rick Ron Don Jon Dan "
    "Fred Jeff Brad Chad Todd Kurt Glenn Chuck Mitch Hank Stan Pete Marty Rand Rahm Bernard Elliott "
    # Diminutives that stage and sports names keep ("Jimmy Page", "Ronnie O'Sullivan").
    "Jimmy Tommy Freddie Kenny Ronnie Sammy Ricky Mickey Stevie Joey Teddy Benny Lenny".split()
)
FEMALE_NAMES = frozenset(_WORLD[1]) | frozenset(
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra "
    "Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura "
    "Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine "
    "Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly "
    "Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Anne "
    "Teresa Theresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn "
    "Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Tessa "
    "Harriet Gillian Hilary Hillary Nicola Jackie Tessa Clare Claire Fiona Kate Jane Lucy Sue Sally "
    "Stacy Carly Megyn Debbie Ivanka Melania Huma Kellyanne Jill Katie Kathy Cathy Peggy Becky Wendy Tammy "
    "Tina Gina Erin Kristen Kirsten Tara Molly Holly Beth Liz Jenny Nikki Dianne Maxine Sheila Valerie Sylvia "
    "Loretta Kamala Tulsi Cecile Nina Nora Gwen Jenna Sheryl Patty Tammy Elise Donna Dana".split()
)

# ---------------------------------------------------------------- roles

# Words of a role: "Russian President", "deputy chief executive", "state prosecutor".
ROLE_WORDS = frozenset(
    "president minister prime secretary chancellor chairman chairwoman chair chief executive director governor "
    "senator leader spokesman spokeswoman spokesperson analyst economist strategist professor prof judge lawyer "
    "prosecutor mp mep msp commissioner ambassador head official manager editor correspondent founder boss "
    "general king queen prince princess pope mayor premier deputy shadow vice foreign home interior defence "
    "defense finance trade health education economy justice culture environment transport energy state "
    "former acting interim senior principal managing co-chairman co-founder ceo cfo coo chancellor attorney "
    "filmmaker film-maker author singer actor actress researcher scientist doctor campaigner inspector adviser advisor "
    "consultant partner member representative spokesmen officials analysts economists representative rabbi "
    "bishop archbishop detective officer captain coach sergeant chairperson congressman congresswoman "
    "lawmaker legislator envoy diplomat delegate general-secretary secretary-general commander admiral "
    "speaker whip auditor treasurer president-elect owner investor trader broker banker expert historian "
    "professor teacher principal governor-general first shadow striker midfielder defender goalkeeper "
    "winger skipper forward exchequer superintendent supt constable dj songwriter composer producer "
    "presenter musician novelist playwright comedian designer under-secretary sheriff star councillor councilor "
    "alderman "
    # sport: "Prop Jones", "Olympic sprinter Kostas Kenteris"
    "athlete sprinter hurdler heptathlete decathlete full-back fly-half scrum-half prop flanker".split()
)

# Role words that only modify a role ("former", "acting"): alone they make no one a person.
ROLE_MODIFIERS = frozenset({
    "former", "acting", "interim", "senior", "deputy", "vice", "shadow", "first", "state", "home",
    "foreign", "principal", "managing", "general",
})

# Heads of a definite description that points at a person named before ("the Russian leader").
PERSON_HEADS = frozenset(
    "president leader minister premier chancellor secretary chairman chairwoman chief boss judge governor "
    "senator mayor king queen prince pope commissioner ambassador prosecutor director executive head "
    "founder coach manager general spokesman spokeswoman economist analyst professor lawyer star actor "
    "actress singer player captain".split()
)

# Nationality, region and party words, read as part of a role ("Russian President",
# "Tory leader"); the rules also take "Ex-" or "Former-" before one, and any "X-based".
NATIONALITIES = (
    "US", "UK", "EU", "UN", "U.S.", "U.K.", "E.U.", "U.N.", "Russian", "American", "British", "Chinese", "French", "German", "Italian",
    "Spanish", "Japanese", "Indian", "Irish", "Scottish", "Welsh", "English", "Iranian", "Iraqi", "Israeli",
    "Palestinian", "Syrian", "Turkish", "Ukrainian", "Polish", "Canadian", "Australian", "Mexican",
    "Brazilian", "Korean", "North", "South", "European", "Soviet", "Vietnamese", "Venezuelan", "Indonesian",
    "Pakistani", "Afghan", "Egyptian", "Saudi", "Dutch", "Belgian", "Swiss", "Swedish", "Norwegian",
    "Danish", "Finnish", "Greek", "Portuguese", "Argentine", "Chilean", "Nigerian", "Kenyan", "African",
    "Asian", "Arab", "Western", "Eastern", "Federal", "Conservative", "Labour", "Liberal", "Democrat",
    "Democratic", "Republican", "Tory", "Lib", "Dem", "then-US", "former-US",
)

# Lower-case words inside a role before a name ("Democratic presidential candidate Sen. X"),
# beside the role words themselves.
ROLE_ADJECTIVES = frozenset(
    "presidential gubernatorial congressional vice-presidential republican democratic gop party campaign top press "
    "longtime conservative liberal progressive national".split()
)

# Lower-case one-word speakers that are people or groups ("officials", "critics").
GROUP_SPEAKERS = frozenset(
    "officials analysts critics experts economists aides advisers advisors supporters opponents sources "
    "residents voters protesters demonstrators lawmakers legislators democrats republicans observers "
    "researchers scientists investigators prosecutors police authorities organisers organizers campaigners "
    "activists leaders ministers diplomats witnesses doctors teachers parents students workers someone somebody "
    "traders dealers bankers brokers investors executives".split()
)

# Heads of a description opening a sentence as its subject ("The retired neurosurgeon
# sought ...", "The crowd chanted"), beside the role words.
SUBJECT_DESCRIPTION_HEADS = frozenset(
    "candidate nominee businessman businesswoman billionaire mogul neurosurgeon surgeon crowd audience campaign "
    "senator congressman congresswoman governor frontrunner front-runner hopeful contender challenger incumbent "
    "lawmaker official spokesman spokeswoman woman man veteran activist"
    .split()
)

# ---------------------------------------------------------------- organisations

# Capitalised words that make a run of capitals an organisation.
ORG_WORDS = frozenset(
    "Bank Group Association Agency Committee Commission Council Party Office Department Ministry Service "
    "Services Authority Organisation Organization Institute Union Fund Reserve Corporation Corp Inc Ltd "
    "plc PLC LLC Company Co Airways Airlines Capital Securities Data Network News Times Post Journal "
    "University College Court Government Executive Board Trust Federation Foundation Society League "
    "Centre Center Club Commons Parliament Congress Senate Assembly Cabinet Treasury Tories Conservatives "
    "Democrats Republicans Kremlin Pentagon Exchange Motors Industries Holdings Partners Associates "
    "Chamber Chambers Forum Council Watch Alliance Coalition Movement Front Army Navy Police Reuters BBC "
    "Programme Labour Newsnight Scotsman Guardian Telegraph Express Mail Mirror Sun Economist Brothers "
    "Electric Energy Oil Gas Telecom Communications Systems Technologies Solutions Media Broadcasting "
    "Radio Television TV Studios Pictures Records Research Institute Laboratories Labs Press Herald Dems "
    "Greens Nationalists Liberals Unionists Socialists FC AFC Real Athletic Athletico Atletico Rovers "
    "Wanderers Albion Hotspur Villa Celtic Rangers Inter Juventus Sporting Dynamo Olympique AC "
    # company legal forms: "N.V. Philips", "Pincus Capital Co L.P.", "Siemens AG"
    "N.V. NV S.A. SA AG GmbH SpA S.p.A. L.P. LP LLP Plc Cos "
    # newspapers' names ("the Star Tribune", "the Sun Sentinel", "the Philadelphia Inquirer")
    "Tribune Gazette Chronicle Sentinel Inquirer Dispatch Examiner Bulletin "
    # public bodies: "the Federal Aviation Administration", "the Census Bureau"
    "Administration Bureau Directorate Secretariat Tribunal Commissioners Inspectorate".split()
)

# The words a newspaper's or a programme's name ends with ("the Mirror", "The Sunday Times", "the Today
# Programme"): an outlet glued to the speaker's name after a fronted participle ("Writing in the Mirror Linda").
OUTLET_TITLE_WORDS = (
    "Times", "Post", "Herald", "Journal", "Telegraph", "Gazette", "Tribune", "Chronicle", "Guardian", "Independent",
    "Observer", "Mail", "Express", "Mirror", "Sun", "Star", "Standard", "Record", "Echo", "Show", "Podcast", "Programme",
)

# Organisation words that are also surnames, after a first name ("Guy Chambers").
SURNAME_ORG_WORDS = frozenset({"Chambers", "Post", "Press", "Trust", "Mail", "Times"})

# Heads of a description that is an organisation ("the firm", "the committee").
ORG_HEADS = frozenset(
    "firm company group bank committee report government party ministry agency commission council union "
    "board organisation organization authority court study survey association institute department office "
    "paper newspaper regulator watchdog treasury executive airline carrier club team".split()
)

# Heads that are an organisation whatever comes before them ("Labour", "his government").
ALWAYS_ORG_HEADS = frozenset({"tories", "conservatives", "democrats", "labour", "government", "kremlin", "pentagon", "police"})
# After an organisation's name, words that make the phrase someone speaking for it
# ("BA spokesman", "Treasury officials", "the OECD report"): a description, not the organisation.
ORG_VOICE_WORDS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "source", "official", "officials", "analyst", "analysts",
    "executive", "chief", "boss", "statement", "report",
})
# "Video game firm Bioware", "human rights watchdog Reporters Without Borders": a kind of
# body, in lower case right before a capitalised run, makes the run that body's name.
BODY_KIND_WORDS = frozenset(
    "firm company group watchdog giant maker developer publisher retailer charity broadcaster "
    "organisation organization agency network label studio operator airline bank regulator".split()
)
# Organisation names hold lower-case function words a person's name never does ("People for the
# Ethical Treatment of Animals", "Committee to Protect Journalists", "Council on Foreign Relations",
# "Stop the War Coalition"): these words may join a run of capitals into one body's name ...
ORG_NAME_JOINERS = ("of", "for", "and", "the", "on", "to", "against", "without")
# ... when the run opens with a word that heads such names (an institution's noun, or the
# people or cause a campaign is named for), or follows a body-kind word in lower case ("the
# group People for ..."): "Tony Blair of the Labour Party" and "Sol Campbell of Arsenal" open
# with a person and stay apart.  ("in" is left out: "Labour in Scotland" is a body and a place.)
ORG_NAME_OPENERS = (
    "Society Committee Council Commission Association Federation Foundation Institute Union League "
    "Coalition Alliance Movement Fund Trust Campaign Citizens Stop Save Action Royal National International "
    "Organisation Organization Centre Center Bank Ministry Department Office Agency Board Court Church "
    "Order Party Confederation Congress Fellowship Brotherhood"
).split()
# The institution nouns of ORG_NAME_OPENERS that take capitalised qualifiers before them and
# a joining word after ("Joint Committee on Human Rights", "Royal Commission on the Press",
# "Senate Committee on Foreign Relations"): the qualifiers belong to the one name.
ORG_NAME_QUALIFIED_HEADS = (
    "Committee Commission Council Board Institute Foundation Association Federation Centre Center Office Agency"
).split()
# People nouns that open a campaign's name ("Friends of the Earth", "Doctors Without Borders",
# "Mothers Against Drunk Driving") but also plain phrases ("Lawyers for Mr Smith", "Friends of
# Tony Blair"): they open a name only with a joining word no person's phrase holds ("the",
# "to", "on", "against", "without"), never by "of", "for" or "and" alone.
ORG_NAME_PEOPLE_OPENERS = (
    "Friends Doctors Reporters Mothers Fathers Physicians Veterans Parents Families Survivors Scientists "
    "Lawyers Nurses Women"
).split()
# "the firm said": these point back at an organisation named before.
# Countries written as abbreviations, which the name table reads as organisations: never what
# "the firm" or "the report" refers to.
COUNTRY_ABBREVIATIONS = frozenset({"US", "UK", "U.S.", "U.K.", "USA", "U.S.A."})
REFERRING_ORG_HEADS = frozenset({
    "firm", "company", "group", "bank", "report", "study", "survey", "airline", "carrier", "watchdog", "regulator",
    "organisation", "organization",
})

# ---------------------------------------------------------------- not names

# Words of ``NON_NAME`` kept before an organisation's word ("United Airlines", "Reuters Holdings Plc").
NAME_WORDS_OPENING_BODIES = frozenset("United New Northern Southern Western Eastern Central Great Britain England Scotland Wales "
    "Ireland Europe America Africa Asia Russia China India Japan France Germany Iraq Iran Israel London Moscow "
    "Washington Beijing Brussels Paris Berlin Tokyo Internet Christmas Easter BBC Reuters Government".split())
# Capitalised words that never start a person's name: sentence openers, places (NAME_WORDS_OPENING_BODIES),
# months and days, titles standing alone.
NON_NAME = NAME_WORDS_OPENING_BODIES | frozenset(
    "The A An But And Or So Yet In On At For If When While As After Before Since Although Though However "
    "Meanwhile He She It They We I You This That These Those His Her Its Their Our My Your Asked Speaking "
    "Earlier Later Now Then Also According Under Over With Without From To By Of Not No Yes There Here "
    "What Why How Who Where Which Some Many Most All Both Each Every One Two Three Such Other Another Last Next "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March July "
    "September October November December Mr Mrs Ms Dr Prof Sir Lord Lady Once Only Perhaps Never Ever "
    "Indeed Still Even Just Instead Despite Following During Until Unless Because Let Please Well Oh Thank Thanks "
    "Besides Unlike Like Against Among Amongst Amid Including Excluding Except Behind Beside Throughout Towards Toward "
    "Regarding Concerning Considering Notwithstanding Whereas Whilst Miss Chancellor Minister Secretary President "
    "God Today Tonight Yesterday Tomorrow OK "
    # A headline word before a name ("Is Sanders", "More Hillary Clinton emails"); a verb to the reader ("Ask Damien Chazelle").
    "Is Was Are Were Does Did Has Have Had Can Could Should Would More Ask Meet Imagine Consider Remember Watch Listen".split()
)

# Capitalised words naming places, events and things, never people.
PLACE_WORDS = frozenset(
    "Street Road Avenue Lane House Hall Square Village Budget Report Act Treaty Today Business World "
    "Airport Station Stadium Park Games Cup Olympic Olympics Primary School Church Palace Castle Tower Bridge "
    "River Island Islands Mountains Valley City County State Province Region Republic Kingdom Empire Day "
    "Week Year Prize Award Awards Festival Show Series Interviews Summit Conference Questions War Wars Paper "
    "Link Programme Plan Strategy Review Agreement Deal Ball Gala Constitution Charter "
    # sporting events: "the European Indoor Championships" is no person a "he" or "the 28-year-old" means
    "Championship Championships Marathon Prix Trophy Tournament Trials Finals".split()
)

# Place words that are surnames after a known first name or honorific ("Richard Lane", "Mr Hall").
PLACE_SURNAMES = frozenset("Lane Hall Park Day Ball Church Castle".split())
# Numbers written as words: "Two Labour MPs" names no one.
NUMBER_WORDS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Hundred Thousand".split())

# Words pointing back at someone the text named before: "this source", "that official"
# is a described person, though a phrase opening with them usually names no speaker.
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})

# ---------------------------------------------------------------- the words of a name

# Words joining a run of capitals into one name: "Bank of England".
CONNECTIVES = frozenset({"of", "for", "and"})

# Lower-case words inside a person's name: "Nick Van den Brul", "Osama bin Laden".
PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "ibn"})

# A byline's name particles (issue 16): lower-case words inside a writer's name ("Michelle de Oliveira", "Maria dos
# Santos", "Jan ter Horst", "Fatima bint Ahmed", "Elena della Valle"); never a name's last word. Not "du", "des",
# "das", "zum", "den" alone: French and German articles between two capitals make an outlet's or a byline's
# furniture look like a name ("Le Journal du Port", "Über das Projekt").
BYLINE_PARTICLES = frozenset({
    "de", "del", "della", "delle", "dei", "degli", "der", "van", "von", "da", "di", "dos", "la", "le", "ter", "ten",
    "bin", "binti", "bint", "ibn", "al", "y",
})
# Articles a name's particle takes ("Pieter van den Berg", "María de los Ángeles", "Jan van 't Hof"): only after one.
BYLINE_PARTICLE_ARTICLES = frozenset({"den", "der", "los", "las", "het", "'t", "’t"})
# Particles written onto the surname: with an apostrophe ("Giulia d'Amico", "Piero dell'Orto") or a hyphen
# ("Abu Bakr al-Baghdadi", "Ahmed el-Sayed").
ELIDED_PARTICLES = frozenset({"d", "l", "dell", "dall", "degl"})
HYPHENED_PARTICLES = frozenset({"al", "el"})

# Bylines in other scripts name the writer's role beside the name: before it in Chinese ("记者 王小明", "本报记者王小明",
# "责任编辑：李华"), Russian and Ukrainian ("Автор: Иван Петров"), Arabic ("بقلم" "by the pen of"); after it in Korean
# ("김민준 기자", "reporter") and Japanese ("山田太郎 記者", "特派員"). Chinese and Japanese write them glued to the name.
OTHER_SCRIPT_ROLE_PREFIXES = frozenset({
    "本报记者", "本報記者", "特约记者", "特約記者", "实习记者", "實習記者", "见习记者", "记者", "記者", "通讯员", "通訊員",
    "责任编辑", "責任編輯", "编辑", "編輯", "作者", "撰文", "撰稿",
})
# Scripts that space their words write the role apart from the name ("Автор: Иван Петров", "بقلم أحمد علي"): only then
# a role ("Текстов" is a surname).
SPACED_ROLE_PREFIXES = frozenset({"Автор", "Авторы", "Автори", "Текст", "Автор текста", "Автор статті", "بقلم", "كتب", "كتبت"})
# Role words written only with a separator after them ("文/王小明", "文｜李华"): alone they are also names' characters.
OTHER_SCRIPT_SHORT_ROLE_PREFIXES = frozenset({"文", "图", "圖", "摄", "攝"})
OTHER_SCRIPT_ROLE_SUFFIXES = frozenset({
    "기자", "선임기자", "객원기자", "수습기자", "특파원", "통신원", "논설위원", "전문기자", "에디터",
    "記者", "特派員", "編集委員", "解説委員", "记者", "報導", "报道",
})

# ---------------------------------------------------------------- unions

# Built once here: the rules test them for every word of every name.
ALL_TITLES = TITLES_M | TITLES_F | TITLES_N
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
ROLE_OR_TITLE_WORDS = ROLE_WORDS | ALL_TITLES
ROLE_OR_PERSON_HEADS = ROLE_WORDS | PERSON_HEADS
# Titles kept with a lone surname ("Mr Jones"), unlike roles ("President Putin" is "Putin").
HONORIFICS = TITLES_M | TITLES_F | {"dr", "prof", "professor"}
# Titles that are no role: "Mr", "Sir", "Dr" before a name are not kept as its role.
NAME_HONORIFICS = NAME_TITLES | TITLES_M | TITLES_F | {"dr", "prof", "professor", "rabbi"}
