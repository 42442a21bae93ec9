"""Who said each quote: attribution and in-article coreference.

``attribute(body, candidates, paragraphs)`` takes the quote spans that
:mod:`quotearchive.quotes` found and returns, for each, the speaker the text
gives.  The rules follow how English news attributes speech, nearest first:

1. right after the closing mark: ``"...," said Mr Blair`` / ``"...," he said``
   / ``"...?" Putin asked`` / ``"..." a spokesman told the BBC.`` /
   ``"..." - Commissioner Jane Smith``;
2. right before the opening mark: ``Mr Blair said: "...`` / ``He added: "``
   / ``And from Chairwoman Ann Lee: "`` / ``according to X, "...``;
3. a reporting verb elsewhere in the quote's sentence, the one before the
   quote first (``X described it as "..."``, ``While Clinton said that he
   "didn't mind," ..., Putin said``) then the one after it; a participle
   (``adding that ...``) or a coordinated verb (``... and vowed:``) speaks
   for the sentence's subject;
4. the context: a paragraph reopening an unfinished quote, or a quote
   standing alone after another quote or after ``X said that ...`` (in its
   paragraph or closing the one before), takes that speaker; a quote
   paragraph may be claimed by the next one (``Mr Smith, the coach, said.``).

The subject of a verb is the noun phrase before it, read right to left up to
a clause boundary: ``X, a doctor, said`` and ``X, who ..., said`` give X
(the aside becomes the role), ``The Shadow Secretary, Theresa May, said``
gives the name in apposition, ``researchers were told`` gives no one.

The mention found (``speaker_as_written``: "he", "the Russian leader",
"Mr Blair") is then resolved to the fullest name the article gives
("Vladimir Putin") from a table of the names in the article, built in one
pass: surnames point to the fullest name; "he"/"she"/"it" walk back through
the sentences and take the first fitting mention (subjects come first, a
quote counts as a mention of its speaker, gender from titles, role words and
common first names); "the president"/"the Tory leader" match a role given
with a name, else the person in focus.  Nothing is guessed: no rule firing
means ``speaker=None``.

Costs: one regular-expression pass over the body for names, then fixed-size
windows around each quote, so the work is linear in the body's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

# ---------------------------------------------------------------- vocabulary

# Reporting verbs that attribute a quote to their subject.  Plain forms
# ("analysts warn") only where the word is no common noun: "call", "claim",
# "show" and "note" would turn "call centres" into a speech verb.
SPEECH_VERB_LIST = (
    "reported as saying|quoted as saying|issued a statement|released a statement|said|warn|argue|insist|believe|admit|suggest|"
    "predict|explain|declare|acknowledge|agree|concede|confirm|maintain|says|say|told|tells|tell|added|adds|stressed|stresses|asked|asks|noted|notes|replied|replies|"
    "explained|explains|warned|warns|insisted|insists|argued|argues|claimed|claims|continued|continues|"
    "wrote|writes|declared|declares|announced|announces|admitted|admits|acknowledged|acknowledges|"
    "agreed|agrees|suggested|suggests|commented|remarked|remarks|observed|observes|confirmed|"
    "confirms|recalled|recalls|conceded|concedes|urged|urges|predicted|predicts|concluded|concludes|"
    "underlined|underlines|emphasised|emphasized|emphasises|emphasizes|cautioned|cautions|revealed|"
    "reveals|responded|responds|answered|answers|maintained|maintains|reiterated|reiterates|complained|"
    "complains|joked|jokes|stated|states|assured|assures|countered|counters|testified|promised|promises|"
    "vowed|vows|confessed|confesses|boasted|boasts|shouted|shouts|wondered|wonders|demanded|demands|"
    "pleaded|pleads|announced|estimated|estimates|forecast|forecasts|reported|reports|recounted|"
    "recounts|elaborated|mused|quipped|retorted|snapped|sighed|whispered|yelled|screamed|tweeted|"
    "posted|told|advised|advises|added|believes|believed|thinks|"
    "pointed out|points out|went on|goes on|went on to say|summed up|spelled out|put it"
)
# Verbs that report speech only when a quote follows them in their sentence.
WEAK_VERB_LIST = (
    "accuse|describe|dismiss|condemn|criticise|criticize|praise|denounce|showed|"
    "described|describes|called|calls|branded|brands|dismissed|dismisses|accused|accuses|attacked|"
    "attacks|condemned|condemns|criticised|criticized|criticises|criticizes|labelled|labeled|hailed|"
    "hails|praised|praises|welcomed|welcomes|jeered|found|finds|urging|denounced|denounces|slammed|"
    "slams|blasted|blasts|rejected|rejects|termed|terms|characterised|characterized|likened|"
    "expressed|voiced|highlighted|blamed|pledged|vowed|insisting|argued|recommended|recommends|"
    "questioned|stated|decried|lamented|celebrated|defended|defends|promised|"
    "saying|adding|noting|telling|stressing|arguing|claiming|warning|calling|describing|insisting|"
    "asking|explaining|pointing out|suggesting|accusing|branding|dismissing|urging|admitting|"
    "acknowledging|conceding|declaring|emphasising|emphasizing|underlining|promising|vowing|"
    "complaining|confessing|stating|replying|responding|revealing|predicting|concluding"
)
PARTICIPLE_RE = re.compile(r"\w+ing$")


def _trie_pattern(words: list[str]) -> str:
    """One regex alternative per shared prefix ("sa(?:id|ys)"): Python's re tries
    alternatives one by one at every position, so a flat list of 200 verbs is slow."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # optional tail: the longest form wins

    return build(trie)


SPEECH_WORDS = set(SPEECH_VERB_LIST.split("|"))
SPEECH_VERBS = _trie_pattern(sorted(SPEECH_WORDS))
WEAK_VERBS = _trie_pattern(sorted(set(WEAK_VERB_LIST.split("|"))))
CUE_RE = re.compile(rf"\b(?:{SPEECH_VERBS}|{WEAK_VERBS})\b")
SPEECH_CUE_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
# "(?<!\w.)" after the first letter is the "\b" before it, where the engine can
# skip ahead to an "a" instead of testing the boundary at every offset.
ACCORDING_RE = re.compile(r"[Aa](?<!\w.)ccording to\s+")
# A headline naming its speaker first: "Campbell: E-mail row 'silly fuss'".
HEADLINE_SPEAKER_RE = re.compile(r"^([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}):[ \t]")

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
TITLES_M = {"mr", "sir", "lord", "king", "prince", "father", "brother", "mister", "baron", "duke", "earl"}
TITLES_F = {"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "baroness", "sister", "madam", "duchess"}
TITLES_N = {"dr", "prof", "professor", "judge", "rabbi", "rev", "reverend", "president", "senator", "sen", "gov",
            "governor", "gen", "general", "col", "capt", "captain", "cllr", "justice", "imam", "bishop",
            "archbishop", "cardinal", "ambassador", "chancellor", "minister", "premier", "mayor", "pope",
            "sheikh", "commissioner", "superintendent", "supt", "constable", "insp", "det", "secretary", "inspector", "detective", "officer", "chief", "coach",
            "agent", "sergeant", "sgt", "lt", "lieutenant", "major", "admiral", "chairman", "chairwoman"}
# Titles that are part of a British name ("Sir Digby Jones").
NAME_TITLES = {"sir", "lord", "lady", "dame", "baroness", "baron"}
ALL_TITLES = TITLES_M | TITLES_F | TITLES_N
MALE_WORDS = set(
    "spokesman chairman actor congressman businessman father husband son brother man boy grandfather uncle "
    "nephew king prince boyfriend sportsman".split()
)
FEMALE_WORDS = set(
    "spokeswoman chairwoman actress congresswoman businesswoman mother wife daughter sister woman girl "
    "grandmother aunt niece queen princess girlfriend sportswoman mother-of-nine mother-of-two "
    "mother-of-three mother-of-four".split()
)
# Common first names, so "he" and "she" skip the wrong person when no title says.
MALE_NAMES = set(
    "John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony "
    "Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan "
    "Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander "
    "Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle "
    "Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse "
    "Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene "
    "Vincent Russell Elijah Louis Bobby Philip Johnny Tony Gordon Ian Colin Neil Graham Simon Martin Alastair "
    "Nick Ken Ed Liam Barry Mike Jim Tim Bill Bob Steve Dave Tom Rob Andy Vladimir Dmitry Boris "
    "Sergei Sergey Mikhail Nikolai Ivan Jacques Pierre Jean Francois Hans Klaus Wolfgang Luis Carlos Pedro "
    "Giovanni Marco Luca Ahmed Mohammed Muhammad Ali Hassan Omar Xi Rupert Nigel Malcolm Geoffrey Kofi "
    "Guy Josh Robbie Alex Sven Rafael Arsene Thierry Jermain Gareth Rio Frank Jonny Lawrence Clive "
    "Ronan Brian Dean Lee Craig Darren Stuart Jamie Danny Harry Charlie Oliver Hugh Toby Max Eddie Matt "
    "Sundar".split()
)
FEMALE_NAMES = set(
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra "
    "Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura "
    "Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine "
    "Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly "
    "Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Anne "
    "Teresa Theresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn "
    "Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Tessa "
    "Harriet Gillian Hilary Hillary Nicola Jackie Tessa Clare Claire Fiona Kate Jane Lucy Sue Sally "
    "Yulia Natalia Olga Irina Angela Ursula Marine Segolene Theresa".split()
)
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
# Organisation words that are also surnames, after a first name.
SURNAME_ORG_WORDS = {"Chambers", "Post", "Press", "Trust", "Mail", "Times"}
# Honorifics always followed by a name, even one that is also a title word ("Mr King").
SURNAME_NEXT = {"mr", "mrs", "ms", "miss", "dr", "mister", "madam"}
# Titles kept with a lone surname ("Mr Jones"), unlike roles ("President Putin" is "Putin").
HONORIFICS = TITLES_M | TITLES_F | {"dr", "prof", "professor"}
# Words of a role: "Russian President", "deputy chief executive", "state prosecutor".
ROLE_WORDS = set(
    "president minister prime secretary chancellor chairman chairwoman chair chief executive director governor "
    "senator leader spokesman spokeswoman spokesperson analyst economist strategist professor prof judge lawyer "
    "prosecutor mp mep msp commissioner ambassador head official manager editor correspondent founder boss "
    "general king queen prince princess pope mayor premier deputy shadow vice foreign home interior defence "
    "defense finance trade health education economy justice culture environment transport energy state "
    "former acting interim senior principal managing co-chairman co-founder ceo cfo coo chancellor attorney "
    "filmmaker author singer actor actress researcher scientist doctor campaigner inspector adviser advisor "
    "consultant partner member representative spokesmen officials analysts economists representative rabbi "
    "bishop archbishop detective officer captain coach sergeant chairperson congressman congresswoman "
    "lawmaker legislator envoy diplomat delegate general-secretary secretary-general commander admiral "
    "speaker whip auditor treasurer president-elect owner investor trader broker banker expert historian "
    "professor teacher principal governor-general first shadow striker midfielder defender goalkeeper "
    "winger skipper forward exchequer superintendent supt constable dj songwriter composer producer "
    "presenter musician novelist playwright comedian designer under-secretary sheriff star".split()
)
# "the Dutchman", "the 23-year-old", "the striker": a description standing for a person
# named nearby, resolved to the person in focus (only once someone has been named).
STANDS_FOR_PERSON_HEADS = set(
    "dutchman frenchman irishman scotsman englishman welshman scot american spaniard german australian "
    "italian brazilian argentine argentinian portuguese swede norwegian dane belgian croat serb russian "
    "canadian kenyan nigerian south-african new-zealander kiwi briton veteran striker midfielder defender "
    "goalkeeper keeper winger skipper forward manager coach boss youngster teenager".split()
) | {"dutchwoman", "frenchwoman", "irishwoman", "scotswoman", "englishwoman", "welshwoman"}
AGE_HEAD_RE = re.compile(r"^\d{1,2}-year-old$")
NATIONALITY_RE = re.compile(
    r"^(?:(?:Ex|ex|Former|former)-)?(?:US|UK|EU|UN|Russian|American|British|Chinese|French|German|Italian|Spanish|Japanese|Indian|"
    r"Irish|Scottish|Welsh|English|Iranian|Iraqi|Israeli|Palestinian|Syrian|Turkish|Ukrainian|Polish|"
    r"Canadian|Australian|Mexican|Brazilian|Korean|North|South|European|Soviet|Vietnamese|Venezuelan|"
    r"Indonesian|Pakistani|Afghan|Egyptian|Saudi|Dutch|Belgian|Swiss|Swedish|Norwegian|Danish|Finnish|"
    r"Greek|Portuguese|Argentine|Chilean|Nigerian|Kenyan|African|Asian|Arab|Western|Eastern|Federal|"
    r"Conservative|Labour|Liberal|Democrat|Democratic|Republican|Tory|Lib|Dem|then-US|former-US|\w+-based)$"
)
# Words that make a capitalised run an organisation.
ORG_WORDS = set(
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
    "Wanderers Albion Hotspur Villa Celtic Rangers Inter Juventus Sporting Dynamo Olympique AC".split()
)
# Capitalised words that never start a person's name (sentence starts, places, dates).
NON_NAME = set(
    "The A An But And Or So Yet In On At For If When While As After Before Since Although Though However "
    "Meanwhile He She It They We I You This That These Those His Her Its Their Our My Your Asked Speaking "
    "Earlier Later Now Then Also According Under Over With Without From To By Of Not No Yes There Here "
    "What Why How Who Where Which Some Many Most All Both Each Every One Two Three Such Other Last Next "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March July "
    "September October November December Mr Mrs Ms Dr Prof Sir Lord Lady United New Northern "
    "Southern Western Eastern Central Great Once Only Perhaps Never Ever Britain England Scotland Wales Ireland Europe America Africa "
    "Asia Russia China India Japan France Germany Iraq Iran Israel London Moscow Washington Beijing Brussels "
    "Paris Berlin Tokyo Indeed Still Even Just Only Instead Despite Following During Until Unless Because "
    "Let Please Well Oh Thank Thanks Mrs Ms Miss Chancellor Minister Secretary President Government "
    "Internet Christmas Easter God Today Tonight Yesterday Tomorrow BBC Reuters OK".split()
)
STOP_LEAD = set(
    "but and however meanwhile earlier later separately now also yet so then still instead indeed in on at "
    "speaking asked writing interviewed while when as after before although though because and".split()
)
CONNECTIVES = {"of", "for", "and"}  # words joining a name run: "Bank of England"
PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "ibn"}
NUMBER_WORDS = set("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Hundred Thousand".split())
# Capitalised words naming places, events and things, never people.
PLACE_WORDS = set(
    "Street Road Avenue Lane House Hall Square Village Budget Report Act Treaty Today Business World "
    "Airport Station Stadium Park Games Cup Olympic Olympics Primary School Church Palace Castle Tower Bridge "
    "River Island Islands Mountains Valley City County State Province Region Republic Kingdom Empire Day "
    "Week Year Prize Award Awards Festival Show Series Interviews Summit Conference Questions War Wars Paper "
    "Link Programme Plan Strategy Review Agreement Deal Ball Gala".split()
)

# "the president", "the Russian leader": with no role to match, the article's main person.
LEADER_HEADS = {"leader", "president", "premier", "minister", "chancellor"}
# A mention followed by its speech verb ("Mr Howard has said") or preceded by one ("argued Mr Howard").
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
# A name followed by a plural verb or referred to as "it" is a group, not a person.
PLURAL_AFTER_RE = re.compile(r"[ \t]+(?:are|were|have|say|believe|insist|claim)\b|['’]s[ \t]+(?:board|shares|fans|players|chairman)\b")
# First words of a phrase fronted before the subject: "At a conference, he said".
FRONTED_WORDS = set(
    "at in on during after before despite with under following from for by since until upon among "
    "amid within without over through like unlike".split()
)

# Words of a definite description that point at a person ("the Russian leader").
PERSON_HEADS = set(
    "president leader minister premier chancellor secretary chairman chairwoman chief boss judge governor "
    "senator mayor king queen prince pope commissioner ambassador prosecutor director executive head "
    "founder coach manager general spokesman spokeswoman economist analyst professor lawyer star actor "
    "actress singer player captain".split()
)
ORG_HEADS = set(
    "firm company group bank committee report government party ministry agency commission council union "
    "board organisation organization authority court study survey association institute department office "
    "paper newspaper regulator watchdog treasury executive airline carrier club team".split()
)
# "the firm said": these point back at an organisation named before.
REFERRING_ORG_HEADS = {"firm", "company", "group", "bank", "report", "study", "survey", "airline", "carrier", "watchdog", "regulator", "organisation", "organization"}
# Unions built once: written inline in a test they were rebuilt at every call.
ROLE_OR_TITLE_WORDS = ROLE_WORDS | ALL_TITLES
ROLE_OR_PERSON_HEADS = ROLE_WORDS | PERSON_HEADS
NAME_HONORIFICS = NAME_TITLES | TITLES_M | TITLES_F | {"dr", "prof", "professor", "rabbi"}

# Names of people and organisations: runs of capitalised words on one line.
# The first capital comes before the check that no word character precedes it
# ("(?<![\w’'].)" looks back from after the capital): a pattern opening with a
# lookbehind makes the engine try it at every offset of the body, one opening
# with a capital lets it skip ahead to the next capital (twice as fast).
CAP_RUN_RE = re.compile(
    r"[A-Z](?<![\w’'].)(?:\.|[\w’'-]*)(?:[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|ibn|of|for|and)[ \t]+)*"
    r"(?:[A-Z](?:\.|[\w’'-]*)))*"
)
POSSESSIVE_RE = re.compile(r"['’]s?$")
RUN_WORD_RE = re.compile(r"\S+")  # the words of a run, as ``str.split`` finds them
# The end of a clause, looking left from a verb for its subject.
CLAUSE_STOP_RE = re.compile(
    r"(?:\.(?!\w)|[;!?\"“”()\[\]>—–|]|\s-\s|:|\b(?:that|but|while|when|because|although|though|if|so|then|which|"
    r"where|whom|whose|whether|since|after|before|until|once|unless|as|how|why|what|and|or)\b)",
)
# Auxiliaries and adverbs between a subject and its verb: "Putin has repeatedly said".
AUX_TAIL_RE = re.compile(
    r"(?:\s+(?:also|later|then|has|have|had|was|is|were|are|did|does|do|would|will|could|should|may|might|"
    r"must|had|previously|recently|once|earlier|further|again|not|never|always|just|often|even|still|"
    r"already|quickly|himself|herself|themselves|itself|too|however|in turn|,\s*in turn|[a-z]+ly|"
    r"went on to|go on to|goes on to|continued to|wanted to|wants to|was quoted as|were quoted as|"
    r"is quoted as|is expected to|was expected to|used to|tried to|has been|had been|went on|is|was))+\s*$"
)
MAX_NP_WORDS = 12
BARE_VERB_WORDS = ("to", "will", "would", "could", "should", "may", "might", "must", "can", "cannot", "did", "does", "do", "not", "never")
BARE_VERB_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(BARE_VERB_WORDS)})\s+$", re.I)
BARE_VERB_REACH = max(map(len, BARE_VERB_WORDS))
AFFILIATION_RE = re.compile(r"\s+(?:of|from|at|with|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}")
ACRONYM_RE = re.compile(r"\(([A-Z]{2,8})\)")
ACRONYM_WORDS_RE = re.compile(r"((?:[A-Z][\w'-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*){1,8})$")
COORDINATED_RE = re.compile(r"[^,]\s+(?:and|but)\s*$")
AS_SAYING_AUX_RE = re.compile(r"\s+(?:is|was|were|are|has been|have been|had been)\s*$")
PAREN_RE = re.compile(r"\([^()\n]{0,80}\)")
PASSIVE_WORDS = ("was", "were", "is", "are", "been", "being", "be", "get", "got", "gets")
PASSIVE_RE = re.compile(rf"\b(?:{'|'.join(PASSIVE_WORDS)})\s+$")
PASSIVE_REACH = max(map(len, PASSIVE_WORDS))
# How far back a pronoun looks for whom it means (characters).
LOOKBACK = 1500
# A stop, optional closing mark, space and a capital; or line breaks.  Written as
# one leading character class, then which kind it was (the lookbehinds test the
# character just matched): Python's engine skips ahead only to a pattern's first
# character class, so "[.!?]...|\n+" made it try both branches at every offset.
SENTENCE_END_RE = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<!\n)[\"”’']?\s+(?=[\"“‘']?[A-Z]))")
# How far from a quote its attribution may sit (characters).
WINDOW = 260

ROLE_BEFORE_RE = re.compile(r"(?:(?<=\s)|^)((?:[\w'’-]+\s+){1,4})$")
CLAUSE_START_RE = re.compile(r"^\s*(?:but|and|while|whereas|although|though|as|because|yet|so|if|when)\b", re.I)
# A dash and a name after the closing mark, ending the paragraph or sentence.
DASH_TRAIL_RE = re.compile(r"^[\"”’»]?[.,!?]?[\"”’»]?[ \t]*[-–—][ \t]*([^\n.;:\"“”]{2,80}?)[ \t]*(?:[.,;]|$)")
# "And from Chairwoman Ann Lee:" -- a name right before the colon.
COLON_NAME_RE = re.compile(r"(?:^|\bfrom\s+|^\W*)((?:[A-Z][\w'’.-]*[ \t]*){1,5})$")
# "- Brentford boss Martin Allen:" -- a name after capitalised and role words.
COLON_ROLE_NAME_RE = re.compile(r"^\W*((?:(?:[A-Z][\w'’.-]*|[a-z][\w-]*)[ \t]+){1,4}(?:[A-Z][\w'’.-]*[ \t]*){1,3})$")
# Right after the closing mark: optional punctuation, then the attribution.
TRAIL_LEAD_RE = re.compile(r"^[\"”’'»]?[,.!?…]?[\"”’'»]?[ \t]+")
INVERTED_RE = re.compile(rf"^({SPEECH_VERBS})\b[ \t]+")
VERB_NEXT_RE = re.compile(rf"\s*({SPEECH_VERBS})\b")
# "Jim Reed, the team coach, said." opening the paragraph after a quote.
CLAIM_RE = re.compile(rf"^([^.\"“”]{{1,80}}?)\s+({SPEECH_VERBS})\b[.,]")


@dataclass
class Candidate:
    """A quote span and the sentence holding it, from quotes.py."""

    start: int
    end: int
    para: int
    sent_start: int
    sent_end: int
    continues: bool = False


@dataclass
class Attribution:
    speaker: str | None = None
    speaker_type: str | None = None
    role: str | None = None
    as_written: str | None = None
    cue: str | None = None
    pos: int = -1  # where the mention sits, for coreference


@dataclass
class Entity:
    name: str
    kind: str  # person | organisation
    gender: str = "?"  # m | f | ?
    role: str | None = None
    mentions: list[int] = field(default_factory=list)
    # Known to be a person, not a band or a product: a title, a role, a common
    # first name, a speech verb next to it, or the surname used on its own.
    confirmed: bool = False


# ---------------------------------------------------------------- the name table


class Names:
    """The people and organisations an article names, and where."""

    def __init__(self, body: str, quotes: list[tuple[int, int]] = ()):
        self.body = body
        self.entities: list[Entity] = []
        self.by_surname: dict[str, int] = {}
        self.by_first: dict[str, int] = {}
        self.by_org: dict[str, int] = {}
        self.acronyms: dict[str, str] = {}
        self.quoted_full: dict[str, str] = {}  # surname -> full name, from names inside quotes
        self.events: list[tuple[int, Attribution]] = []  # quotes attributed so far
        self.event_pos: list[int] = []
        self.positions: list[int] = []  # person/org mention starts, sorted
        self.mention_entity: list[int] = []
        raw = []
        lone: set[str] = set()  # single capitalised words, to confirm surnames
        lone_at: dict[str, list[int]] = {}  # where each lone word (outside quotes) stands
        q = 0  # names inside quotes are what was said, not who said it
        n_quotes = len(quotes)
        for match in CAP_RUN_RE.finditer(body):
            g = match.group()
            at = match.start()
            if " " not in g:
                lone.add(POSSESSIVE_RE.sub("", g) if g.endswith(("'s", "’s")) else g)
            while q < n_quotes and quotes[q][1] <= at:
                q += 1
            if q < n_quotes and quotes[q][0] <= at < quotes[q][1]:
                words = g.split()
                if 1 < len(words) < 6 and any(w in FIRST_NAMES for w in words[:-1]):
                    # "I thank Frank Arnesen": not who speaks, but who "Arnesen" is later.
                    inner = parse_name_run(g, at)
                    if inner and inner[4] == "person" and len(inner[2]) > 1:
                        self.quoted_full.setdefault(inner[2][-1], " ".join(inner[2]))
                continue
            single, parsed = _run_facts(g)
            if single is not None:
                lone_at.setdefault(single[0], []).append(at + single[1])
            if parsed is None:
                continue  # most runs: a capitalised word opening a sentence
            title, role, tokens, offset, kind = parsed
            if kind == "person":
                if not title and not role and body[max(0, at - 4) : at].lower() == "the ":
                    continue  # "the Weakest Link", "the White Paper": things, not people (but "the Exchequer Gordon Brown")
                before = _role_before(body, at)
                if before:
                    role = f"{before} {role}" if role else before
            raw.append((title, role, tokens, at + offset, kind))
            if kind == "person" and " and " in g:
                # "Matt Lucas and David Walliams": the second person too.
                cut = g.rindex(" and ") + 5
                second = parse_name_run(g[cut:], at + cut)
                if second and second[4] == "person" and (second[0] or second[1] or second[2][0] in FIRST_NAMES):
                    raw.append(second)
        # People first by fullness, so "Putin" resolves to "Vladimir Putin".
        for title, role, tokens, pos, kind in sorted(raw, key=lambda r: -len(r[2])):
            entity = self._add(title, role, tokens, pos, kind)
            if entity is not None and kind == "person" and not entity.confirmed:
                entity.confirmed = bool(
                    title or role or tokens[0] in MALE_NAMES or tokens[0] in FEMALE_NAMES
                    or tokens[-1] in lone or SPOKE_AFTER_RE.match(body, pos, pos + 90)
                    or INVERTED_BEFORE_RE.search(body, max(0, pos - 30), pos)
                    or _role_after(body, pos + len(" ".join(tokens)))
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
            match = ACRONYM_WORDS_RE.search(body, max(0, paren.start() - 120), paren.start())
            if match is None:
                continue
            words = match.group(1).split()
            initials = [w[0] for w in words if w[0].isupper()]
            acronym = paren.group(1)
            if len(initials) >= len(acronym):
                full = words[-_span_for(words, acronym):]
                self.acronyms[acronym] = " ".join(full)

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
                if self.entities[index].kind == "person" and len(self.entities[index].name.split()) > 1:
                    known = set(self.entities[index].mentions)
                    for at in spots:
                        if at not in known and not DETERMINER_BEFORE_RE.search(body, max(0, at - 20), at):
                            self.entities[index].mentions.append(at)
                            self.positions.append(at)
                            self.mention_entity.append(index)
                continue
            if word in self.by_org:
                continue
            if _never_a_lone_name(word):
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
            gender = _gender_of(title, role, tokens[0] if len(tokens) > 1 else None)
            key = tokens[-1]
            index = self.by_surname.get(key)
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
                self.by_surname[key] = index
                if len(tokens) > 1:
                    self.by_first.setdefault(tokens[0], index)
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

    def person(self, tokens: list[str], title: str | None = None) -> Entity | None:
        if not tokens:
            return None
        index = self.by_surname.get(tokens[-1])
        if index is None and len(tokens) == 1 and title and title.lower() in NAME_TITLES:
            index = self.by_first.get(tokens[0])
        if index is None:
            return None
        entity = self.entities[index]
        if len(tokens) > 1 and tokens[0] not in entity.name:
            return None  # another person with the same surname
        return entity

    def previous(self, pos: int, want: str, gender: str = "?", role_head: str | None = None, floor: int = 0) -> Entity | None:
        """The nearest entity mentioned before ``pos`` that fits."""
        i = bisect_left(self.positions, pos) - 1
        while i >= 0 and self.positions[i] >= floor:
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

    def salient(self, pos: int, want: str, gender: str = "?", describe: bool = True, past_pronouns: bool = False) -> tuple[str, str, str | None] | None:
        """Like ``_salient``, trying people known to be people first."""
        found = self._salient(pos, want, gender, describe, confirmed_only=True, past_pronouns=past_pronouns)
        if found is None and want == "person":
            found = self._salient(pos, want, gender, describe, confirmed_only=False, past_pronouns=past_pronouns)
        return found

    def _salient(self, pos: int, want: str, gender: str, describe: bool, confirmed_only: bool, past_pronouns: bool = False) -> tuple[str, str, str | None] | None:
        """(name, kind, role) of the entity a pronoun at ``pos`` most likely means.

        Sentences are searched backwards from the pronoun's own; in each, the
        first fitting mention wins (subjects come first in English), and a
        quote already attributed counts as a mention of its speaker.
        """
        lo = max(0, pos - LOOKBACK)
        # Already sorted and distinct: matches do not overlap and none is empty.
        bounds = [lo] + [m.end() for m in SENTENCE_END_RE.finditer(self.body, lo, pos)]
        found = []
        for k in range(bisect_left(self.positions, lo), bisect_left(self.positions, pos)):
            entity = self.entities[self.mention_entity[k]]
            if entity.kind == "person" and not entity.confirmed and confirmed_only:
                continue  # "Black Sabbath" is no "he" while a known person fits
            found.append((self.positions[k], entity.name, entity.kind, entity.gender, entity.role))
        for at, who in self.events[bisect_left(self.event_pos, lo) :]:
            if at >= pos:
                break
            kind = "organisation" if who.speaker_type == "organisation" else who.speaker_type
            found.append((at, who.speaker, kind, self._gender_of_speaker(who), who.role))
        found.sort(key=lambda f: f[0])
        found_at = [f[0] for f in found]  # to cut out each sentence's mentions by bisection
        for b in range(len(bounds) - 1, -1, -1):
            s_lo = bounds[b]
            s_hi = bounds[b + 1] if b + 1 < len(bounds) else pos
            s_lo, opener = self._sentence_opening(s_lo, s_hi)
            if opener is not None and want == "person":
                subject = self.body[opener : opener + 60].split()
                named = any(opener <= f[0] < opener + 80 and f[2] == "person" for f in found)
                if subject and subject[0].lower() == "the" and (not describe or named):
                    opener = None  # "The chief inspector, David Bell, said": the name is right there
                elif subject and subject[0].lower() == "the":
                    entity = self._described(opener, subject)
                    opener = None
                    if entity is not None and (gender == "?" or entity.gender in ("?", gender)):
                        return entity.name, entity.kind, entity.role
                elif subject and PRONOUNS.get(subject[0].lower()) != gender and not (
                    past_pronouns and subject[0].lower() in ("he", "she")
                ):
                    opener = None
            in_sentence = found[bisect_left(found_at, s_lo) : bisect_left(found_at, s_hi)]
            if len(in_sentence) > 1:
                # The one the sentence says spoke ("..., argued Mr Howard") comes first.
                in_sentence.sort(key=lambda f: not self._speaks(f[0]))
            for at, name, kind, g, role in in_sentence:
                if not s_lo <= at < s_hi:
                    continue
                if want == "person" and kind not in ("person", "description"):
                    continue
                if want == "person" and kind == "description" and g == "?":
                    continue
                if want == "organisation" and kind != "organisation":
                    continue
                if gender != "?" and g not in ("?", gender):
                    continue
                if opener is not None and opener < at:
                    break  # the sentence's subject is a pronoun or description: look further back
                return name, kind, role

    def _speaks(self, at: int) -> bool:
        """Is the mention at ``at`` the subject or object of a speech verb?"""
        if SPOKE_AFTER_RE.match(self.body, at, at + 90):
            return True
        # '"...," argued Mr Howard' -- but not "Parry admits Gerrard will ...", where the
        # name after the verb is what was said.
        return bool(INVERTED_BEFORE_RE.search(self.body, max(0, at - 30), at))

    def _sentence_opening(self, s_lo: int, s_hi: int) -> tuple[int, int | None]:
        """Skip a fronted phrase ("At a conference hosted by X, he said");
        and say where the subject starts when it is a pronoun or "the ..." description."""
        text = self.body[s_lo : min(s_hi, s_lo + 160)]
        first = text.split(" ", 1)[0].strip("\"“")
        if first.lower() in FRONTED_WORDS or first.endswith("ing") and first[:1].isupper():
            comma = text.find(", ")
            if comma > 0:
                s_lo += comma + 2
                text = text[comma + 2 :]
        word = text.split(" ", 1)[0].strip("\"“").lower()
        if word in ("he", "she", "the"):
            return s_lo, s_lo + (len(text) - len(text.lstrip()))
        return s_lo, None

    def _described(self, pos: int, words: list[str]) -> Entity | None:
        """The person "the Tory leader" or "the judge" at ``pos`` means."""
        for w in words[1:5]:
            head = re.sub(r"^co-|['’]s?$|[.,;:]$", "", w.lower())
            if head in PERSON_HEADS:
                entity = self.previous(pos, "person", role_head=head)
                if entity is None:
                    # "The Tory co-chairman attacked ...": news re-names the person in focus by role.
                    found = self.salient(pos, "person", _gender_of(None, head), describe=False)
                    if found is not None:
                        return self.person(found[0].split()) or Entity(found[0], found[1], role=found[2])
                if entity is None and head in LEADER_HEADS:
                    entity = self.main_person()
                return entity
            if w[-1:] in ",.;:" or w.lower() in SPEECH_WORDS:
                return None
        return None

    def _gender_of_speaker(self, who: Attribution) -> str:
        if who.speaker_type == "person" and who.speaker:
            entity = self.person(who.speaker.split())
            if entity is not None:
                return entity.gender
            return _gender_of(who.as_written.split()[0] if who.as_written else None, None)
        return _gender_of(None, who.speaker)

    def last_speaker(self, pos: int, gender: str) -> tuple[str, str, str | None] | None:
        """The person quoted last before ``pos`` anywhere in the article, gender permitting:
        for a "he said" whose man was named too far back for the sentence walk."""
        for at, who in reversed(self.events[: bisect_left(self.event_pos, pos)]):
            if who.speaker_type == "person" and (gender == "?" or self._gender_of_speaker(who) in ("?", gender)):
                return who.speaker, "person", who.role
        return None

    def add_event(self, pos: int, who: Attribution) -> None:
        self.events.append((pos, who))
        self.event_pos.append(pos)

    def main_person(self) -> Entity | None:
        people = [e for e in self.entities if e.kind == "person"]
        return max(people, key=lambda e: len(e.mentions), default=None)


def _role_before(body: str, start: int) -> str | None:
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


POSSESSIVE_S_RE = re.compile(r"['’]s$")


def _strip_possessive(word: str) -> str:
    """``re.sub(r"['’]s$", "", word)`` for a word without line breaks, skipping the
    pattern-cache lookup and the substitution when there is nothing to strip."""
    return POSSESSIVE_S_RE.sub("", word) if word.endswith(("'s", "’s")) else word


DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|his|her|their|its|[\w-]+-old)[ \t]+$")
ROLE_THEN_ONE_NAME_RE = re.compile(r"(?:^|\s)([a-z][\w-]*)[ \t]+([A-Z][a-z][\w'’-]*)$")
# "The prime minister's official spokesman said ...", opening a sentence.
SPOKESPERSON_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))((?:A|An|The)[ \t]+(?:[\w'’-]+[ \t]+){{0,4}}?(spokesman|spokeswoman|spokesperson)"
    rf"(?:[ \t]+(?:for|at|from)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’&-]*[ \t]*){{1,5}})?)[ \t]+(?:(?:has|had|also)[ \t]+)?(?:{SPEECH_VERBS})\b"
)
# Role words that only modify a role ("former", "acting"): alone they make no one a person.
ROLE_MODIFIERS = {"former", "acting", "interim", "senior", "deputy", "vice", "shadow", "first", "state", "home",
                  "foreign", "principal", "managing", "general"}
# "(?<!\w.)" after the capital is the "\b" before it, placed where the engine can
# skip ahead to capitals instead of testing the boundary at every offset.
NICKNAME_RE = re.compile(r"([A-Z](?<!\w.)[a-z]+)[ \t]+['\"‘“][A-Z][\w .-]{0,15}['\"’”][ \t]+([A-Z][a-z][\w'-]+)")
# What every nickname holds: a short capitalised phrase in quote marks after a
# space, then a capitalised word.  Searching for it first skips the scan at
# every capital in the many articles with no nickname (quote marks are rarer).
NICKNAME_HINT_RE = re.compile(r"['\"‘“](?<=[ \t].)[A-Z][\w .-]{0,15}['\"’”][ \t]+[A-Z][a-z]")
ROLE_AFTER_RE = re.compile(r",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[\w-]+[ \t]+){0,2}?([a-z][\w-]*)\b")


def _role_after(body: str, end: int) -> bool:
    """"Robbie Keane, skipper for the night, ...": a role in apposition shows a person."""
    m = ROLE_AFTER_RE.match(body, end, end + 60)
    return bool(m) and m.group(1) in ROLE_WORDS and m.group(1) not in ("state", "first", "home", "trade")


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for every lone word of every article
def _never_a_lone_name(word: str) -> bool:
    """A capitalised word that is a function word, place, number, title, role,
    organisation or nationality, so no surname standing alone."""
    return bool(word in NON_NAME or word in PLACE_WORDS or word in NUMBER_WORDS or word.lower() in ALL_TITLES
                or word.lower() in ROLE_WORDS or _is_org([word]) or NATIONALITY_RE.match(word))


@lru_cache(maxsize=1 << 16)
def _run_facts(run: str) -> tuple[tuple[str, int] | None, tuple | None]:
    """What the name table takes from a capitalised run outside quotes wherever it
    stands, cached by its text (an article's ~40 runs are mostly the same few:
    "The", "He", "Mr Blair"): the lone word it may be, as (word, offset in the run)
    ("Parry", "But Parry's"), and ``parse_name_run(run, 0)``.
    """
    if " " not in run:
        w = run[:-2] if run.endswith(("'s", "’s")) else run
        single = (w, 0) if len(w) > 2 and w[1:].islower() and w not in NON_NAME and w.isalpha() else None
    else:
        single = _single_word(run, 0) if run[: run.find(" ")] in NON_NAME else None
    return single, _parse_run(run)


def _single_word(run: str, pos: int) -> tuple[str, int] | None:
    """The one name word of a run like "Parry" or "But Parry's", with where it starts."""
    if " " not in run:
        tokens = [run]
    else:
        tokens = run.split()
        if len(tokens) > 3:
            return None
    offset = pos
    while len(tokens) > 1 and tokens[0] in NON_NAME:
        offset += len(tokens[0]) + 1
        tokens = tokens[1:]
    if len(tokens) != 1:
        return None
    word = tokens[0]
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word in NON_NAME or len(word) < 3 or not word[1:].islower() or not word.isalpha():
        return None
    return word, offset


def _span_for(words: list[str], acronym: str) -> int:
    """How many trailing words "(ABC)" abbreviates: the run with that many capitals."""
    capitals = 0
    for n, word in enumerate(reversed(words), 1):
        if word[0].isupper():
            capitals += 1
        if capitals == len(acronym):
            return n
    return len(words)


@lru_cache(maxsize=1 << 14)  # a pure function of strings, called for every name found
def _gender_of(title: str | None, role: str | None, first: str | None = None) -> str:
    """"m", "f" or "?" from a title, role words ("spokeswoman", "mother") or a common first name."""
    words = {re.sub(r"['’]s$", "", w.lower().strip(".,")) for w in f"{title or ''} {role or ''}".split()}
    if words & TITLES_M or words & MALE_WORDS:
        return "m"
    if words & TITLES_F or words & FEMALE_WORDS:
        return "f"
    if first:
        if first in MALE_NAMES:
            return "m"
        if first in FEMALE_NAMES:
            return "f"
    return "?"


def _role_fits(role: str | None, head: str) -> bool:
    if not role:
        return False
    words = {re.sub(r"^co-", "", w.lower()) for w in role.split()}
    if head in words:
        return True
    if head in {"leader", "head"}:
        return bool(words & {"president", "minister", "premier", "leader", "chancellor", "chief", "head", "chairman"})
    return False


def parse_name_run(run: str, pos: int):
    """(title, role, name tokens, position, kind) for a capitalised run, or None."""
    parsed = _parse_run(run)
    if parsed is None or pos == 0:
        return parsed
    title, role, tokens, offset, kind = parsed
    return (title, role, tokens, offset + pos, kind)


@lru_cache(maxsize=1 << 16)
def _parse_run(run: str):
    """``parse_name_run`` at position 0.

    A pure function of the run's text, so cached: an article names the same
    people again and again and most runs are the same sentence-opening words
    ("The", "But Mr Blair"), which made parsing them a fifth of the parse.
    The token list in a result is shared between calls: callers only read it.
    """
    pos = 0
    if " " not in run:
        # One word (most runs: sentence starts): only an acronym or an org word names anyone.
        word = POSSESSIVE_RE.sub("", run) if run.endswith(("'s", "’s")) else run
        return (None, None, [word], pos, "organisation") if _is_org([word]) else None
    tokens = run.split()
    offset = pos
    for k, token in enumerate(tokens[:-2]):
        if token.endswith(("'s", "’s")) and token[:-2] not in ("Mr", "Mrs", "Ms", "Dr", "It", "He", "She"):
            # "Oxfam's Barbara Stocking": the organisation's person, the name after it.
            # Parsed from its words joined by single spaces, as a run written so; but
            # its offset is read from the run, whose words may be apart by a tab or
            # several spaces, so the joined words need not occur in it.
            rest = " ".join(tokens[k + 1 :])
            rest_at = [m.start() for m in RUN_WORD_RE.finditer(run)][k + 1]
            parsed = parse_name_run(rest, pos + rest_at)
            if parsed and parsed[4] == "person" and (parsed[0] or parsed[1] or parsed[2][0] in FIRST_NAMES):
                owner = " ".join(tokens[: k + 1])[:-2]
                return (parsed[0], f"{owner} {parsed[1]}" if parsed[1] else owner, parsed[2], parsed[3], "person")
            break
    # Leading function words: "But Mr Blair", "The OECD".
    while tokens and tokens[0] in NON_NAME and tokens[0] not in ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Lord", "Lady", "President", "Chancellor", "Minister", "Secretary") and not (tokens[0] in ("The",) and len(tokens) > 1 and _is_org(tokens[1:])):
        offset += len(tokens[0]) + 1
        tokens = tokens[1:]
    if tokens and tokens[0] == "The":
        tokens = tokens[1:]
        if not _is_org(tokens):
            return None  # "The Weakest Link": a title, not a person
    if "'" in run or "’" in run:
        tokens = [POSSESSIVE_RE.sub("", t) if t.endswith(("'s", "’s")) else t for t in tokens]
    while tokens and tokens[-1].lower() in ("of", "for", "and"):
        tokens = tokens[:-1]
    if not tokens:
        return None
    whole = list(tokens)
    whole_is_org = _is_org(whole)
    split = _org_role_name(whole, whole_is_org)
    if split is not None:
        # "Commissioner Sir John Stevens": a British title stays with the name.
        title = whole[split - 1] if whole[split - 1].lower() in NAME_TITLES else None
        role_part = whole[: split - 1] if title else whole[:split]
        return (title, " ".join(role_part) or None, whole[split:], offset, "person")
    if not whole_is_org:
        # "Nick Van den Brul of BNP Paribas": the person is the part before "of".
        for k, t in enumerate(tokens):
            if t in ("of", "for", "and"):
                tokens = tokens[:k]
                break
        if not tokens:
            return None
    role_words = []
    title = None
    while tokens:
        low = tokens[0].lower().strip(".")
        if not (low in ROLE_OR_TITLE_WORDS or NATIONALITY_RE.match(tokens[0])):
            break
        word = tokens.pop(0)
        if low in ALL_TITLES and tokens:
            title = word.strip(".")
        role_words.append(word)
        if title and title.lower() in SURNAME_NEXT and tokens:
            break  # "Mr King", "Dr Chancellor": what follows an honorific is a name
    # Words are only ever cut off, so the same length means the whole run again.
    if not tokens or (whole_is_org if len(tokens) == len(whole) else _is_org(tokens)):
        return (None, None, whole, offset, "organisation") if whole_is_org else None
    if not NON_NAME.isdisjoint(tokens) or not CONNECTIVES.isdisjoint(t.lower() for t in tokens):
        return None
    if title and title.lower() in NAME_HONORIFICS:
        role_words = role_words[:-1] if role_words and role_words[-1].strip(".") == title else role_words
    role = " ".join(role_words) or None
    if len(tokens) == 1 and not title and not role:
        return None
    if len(tokens) == 1 and not title and not any(w.lower() in ROLE_WORDS and w.lower() not in ROLE_MODIFIERS for w in role_words):
        return None  # "Former Chelsea", "European Championship": a modifier makes no person
    if len(tokens) > 4:
        return None
    if tokens[0] in NUMBER_WORDS or not PLACE_WORDS.isdisjoint(tokens):  # "Henk Ten Cate" is a name
        return None
    if not title and not role and not all(t in PARTICLES or t[0].isupper() and (t[1:2].islower() or len(t) <= 2 or "'" in t or "’" in t) for t in tokens):
        return None
    return (title, role, tokens, offset, "person")


def _org_role_name(tokens: list[str], tokens_are_org: bool) -> int | None:
    """Where the name starts in "Treasury Under Secretary John Taylor" or "East Midlands
    MEP Robert Kilroy-Silk" (words, a role, then two or three name words), or None.
    ``tokens_are_org`` is ``_is_org(tokens)``, which the caller has at hand."""
    if len(tokens) < 4:
        return None
    for k in range(len(tokens) - 3, 0, -1):
        if tokens[k].lower().strip(".") in ROLE_OR_TITLE_WORDS or (not tokens_are_org and NATIONALITY_RE.match(tokens[k])):
            rest = tokens[k + 1 :]
            if 2 <= len(rest) <= 3 and not _is_org(rest) and all(
                t[:1].isupper() and t[1:2].islower() and t not in NON_NAME and t not in PLACE_WORDS
                and t.lower() not in ROLE_WORDS and t.lower() not in ALL_TITLES for t in rest
            ):
                return k + 1
            return None
    return None


def _is_org(tokens: list[str]) -> bool:
    if (len(tokens) >= 2 and tokens[-1] in SURNAME_ORG_WORDS and tokens[-2] in FIRST_NAMES
            and not any(t in ORG_WORDS for t in tokens[:-1])):
        return False  # "Guy Chambers", "Emily Post": a first name makes the org word a surname
    if not ORG_WORDS.isdisjoint(tokens):
        return True
    if len(tokens) == 2 and tokens[1] in ("Street", "House"):
        return True  # Downing Street, the White House: the government speaking
    return len(tokens) == 1 and len(tokens[0]) >= 2 and tokens[0].isupper() and tokens[0].isalpha()


# ---------------------------------------------------------------- attribution


def has_cue(body: str, cand: Candidate) -> bool:
    """Does the quote's sentence (outside the quote) say someone said it?"""
    before = body[cand.sent_start : max(cand.sent_start, cand.start - 1)]
    if HEADLINE_SPEAKER_RE.match(before):
        return True
    after = body[min(cand.end + 1, cand.sent_end) : cand.sent_end]
    return bool(CUE_RE.search(before) or CUE_RE.search(after) or ACCORDING_RE.search(before) or ACCORDING_RE.search(after))


def attribute(body: str, candidates: list[Candidate], paragraphs: list[tuple[int, int]]) -> list[Attribution]:
    """The speaker of each candidate quote, in order."""
    if not candidates:
        return []
    names = Names(body, [(c.start, c.end) for c in candidates])
    result: list[Attribution] = []
    for i, cand in enumerate(candidates):
        found = _attribute_one(body, cand, names, candidates, i, result, paragraphs)
        found = found or Attribution()
        result.append(found)
        if found.speaker:
            names.add_event(cand.start, found)
    # A quote standing alone may be claimed by the next paragraph.
    for i, cand in enumerate(candidates):
        if result[i].speaker is None and result[i].cue is None:
            nxt = _next_paragraph_claim(body, cand, names, paragraphs, candidates, i, result)
            if nxt:
                result[i] = nxt
    return result


def _attribute_one(body, cand, names, candidates, i, done, paragraphs):
    """The rules of the module docstring, nearest evidence first; None when none fires."""
    para_start, para_end = paragraphs[cand.para]
    prev = candidates[i - 1] if i else None
    if cand.continues and prev is not None:
        return _copy(done[i - 1])
    found = _trailing(body, cand, names, candidates, i, para_end)
    if found:
        return found
    found = _leading(body, cand, names)
    if found:
        return found
    found = _in_sentence(body, cand, names, candidates, i, done)
    if found:
        return found
    headline = HEADLINE_SPEAKER_RE.match(body, cand.sent_start, cand.start)
    if headline:
        found = _resolve_np(headline.group(1), headline.start(1), None, None, names, body=body)
        if found and found.speaker:
            return found
    # A quote standing as its own sentence continues the speech around it:
    # the speaker of the sentence just before ("X said that ...") ...
    paragraph_opening = not body[para_start : cand.start - 1].strip()
    found = _previous_sentence(body, cand, names, paragraphs, paragraph_opening)
    if found:
        return found
    # ... or of the quote just before, with no one else named in between.
    if prev is not None and done[i - 1].speaker and (prev.para == cand.para or prev.para == cand.para - 1 and paragraph_opening):
        between = body[prev.end + 1 : cand.start - 1]
        if len(between) < 400:  # (tested first: no need to split a long gap into sentences)
            breaks = list(SENTENCE_END_RE.finditer(between))
            last = between[breaks[-1].end() :] if breaks else ""
            if not SPEECH_CUE_RE.search(last) and not _has_name(last):
                return _copy(done[i - 1])
    return None


def _copy(a: Attribution) -> Attribution:
    return Attribution(a.speaker, a.speaker_type, a.role, a.as_written, a.cue, a.pos)


def _trailing(body, cand, names, candidates, i, para_end):
    close = cand.end
    dash = DASH_TRAIL_RE.match(body[close : min(para_end, close + 120)])
    if dash and _has_name(dash.group(1)):
        # '"We will fight on." - Commissioner Jane Smith'
        found = _inverted_np(dash.group(1), close + dash.start(1), None, names, body)
        if found and found.speaker_type == "person":
            return found
    lead = TRAIL_LEAD_RE.match(body[close : close + 4])
    if not lead:
        return None
    text_end = body[cand.start : cand.end].rstrip()[-1:]
    pos = close + lead.end()
    limit = min(cand.sent_end, pos + WINDOW)
    if limit <= pos and text_end in "?!":
        # '"...aimed?" Putin asked': the question mark ends no sentence here.
        limit = min(para_end, pos + 60)
    nxt = candidates[i + 1].start - 1 if i + 1 < len(candidates) else len(body)
    limit = min(limit, nxt)
    window = body[pos:limit]
    sentence_ended = text_end in ".!?" or body[close : close + 2].startswith(("\".", "”."))
    inverted = INVERTED_RE.match(window)
    if inverted:
        np_text = window[inverted.end() :]
        return _inverted_np(np_text, pos + inverted.end(), inverted.group(1), names, body)
    cue = SPEECH_CUE_RE.search(window)
    if not cue:
        return None
    subject = window[: cue.start()]
    if len(subject.split()) > MAX_NP_WORDS or not subject.strip():
        return None
    if CLAUSE_START_RE.match(subject):
        return None  # '"..." but the government said': a new clause with its own quote
    if "," in subject.strip().rstrip(",") and not subject.rstrip().endswith(","):
        return None  # a clause, not a name: "didn't mind," the delegation was shocked, Putin said
    if re.search(r"[.;!?\"“”]", subject):
        return None
    if sentence_ended and subject[:1].isupper():
        # A new sentence: an attribution only if nothing much follows the verb.
        rest = window[cue.end() :]
        stop = re.search(r"[.!?]", rest)
        rest = rest[: stop.start()] if stop else rest
        if len(subject.split()) > 5 or re.search(r"[\"“”:]", rest):
            return None
    aux = AUX_TAIL_RE.search(subject)
    if aux:
        subject = subject[: aux.start()]  # '"..." Bono recently said'
    return _subject_np(subject, pos, cue.group(), names, body)


def _leading(body, cand, names):
    """``X said: "...`` and ``X said "...`` right before the opening mark."""
    open_mark = cand.start - 1
    lo = max(cand.sent_start, open_mark - WINDOW)
    before = body[lo:open_mark]
    stripped = before.rstrip()
    if not stripped:
        return None
    colon = stripped[-1] in ":—–" or stripped.endswith(" -")
    tail = stripped.rstrip(",:—–-").rstrip()
    tail = re.sub(r"\s+that$", "", tail)
    cues = list(SPEECH_CUE_RE.finditer(tail))
    # The verb ends the lead-in ("X said"), or a colon does ("X told the BBC:").
    if cues and (colon or not tail[cues[-1].end() :].strip()):
        found = _subject_before(tail, lo, cues[-1], names, body)
        if found:
            return found
    according = list(ACCORDING_RE.finditer(tail))
    if according and colon:
        return _according(tail, lo, according[-1], names, body)
    if colon:
        named = COLON_NAME_RE.search(tail)
        if named is None:
            named = COLON_ROLE_NAME_RE.search(tail)
            if named and not all(w[:1].isupper() or w.lower() in ROLE_WORDS for w in named.group(1).split()):
                named = None
        if named and len(tail.split()) <= 8 and _has_name(named.group(1)):
            found = _resolve_np(named.group(1), lo + named.start(1), None, None, names, body=body)
            if found and found.speaker_type == "person":
                return found
        # "His message to the chancellor was:" / "Putin:" -- the sentence's subject speaks.
        subject = _sentence_subject(body, lo, tail, names)
        if subject:
            return subject
    return None


def _sentence_subject(body, lo, tail, names):
    """``His message to the chancellor was: "`` -- the owner speaks."""
    words = tail.split()
    if not words:
        return None
    low = words[0].lower()
    if low in ("his", "her", "their", "its"):
        pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}[low]
        return _resolve_pronoun(pronoun, words[0], lo + tail.find(words[0]), None, names)
    return None


def _in_sentence(body, cand, names, candidates, i, done):
    """A reporting verb elsewhere in the sentence: before the quote first."""
    lo = max(cand.sent_start, cand.start - 1 - WINDOW)
    before = body[lo : cand.start - 1]
    # Don't reach back past another quote in the sentence.
    if i and candidates[i - 1].end > lo:
        prev = candidates[i - 1]
        if prev.end + 1 <= cand.start - 1 and prev.end >= cand.sent_start:
            lo = prev.end + 1
            before = body[lo : cand.start - 1]
    according = list(ACCORDING_RE.finditer(before))
    cues = list(CUE_RE.finditer(before))
    if according and (not cues or according[-1].start() > cues[-1].start()):
        found = _according(before, lo, according[-1], names, body)
        if found:
            return found
    for cue in reversed(cues):
        same_sentence_prev = i and candidates[i - 1].end >= cand.sent_start and done[i - 1].speaker
        if same_sentence_prev and COORDINATED_RE.search(before[: cue.start()]):
            # 'X conceded there were "grey areas" but said "..."': the same speaker.
            a = _copy(done[i - 1])
            a.cue = cue.group()
            return a
        if PARTICIPLE_RE.search(cue.group()):
            # "adding that ..." / "calling X a ...": the sentence's speaker.
            if i and candidates[i - 1].end >= cand.sent_start and done[i - 1].speaker:
                a = _copy(done[i - 1])
                a.cue = cue.group()
                return a
            found = _main_clause_speaker(body, cand, names, lo, cue)
            if found:
                return found
            continue
        found = _cue_subject(before, lo, cue, names, body)
        if found:
            return found
    hi = min(cand.sent_end, cand.end + 1 + WINDOW)
    after_lo = cand.end + 1
    if i + 1 < len(candidates) and candidates[i + 1].start - 1 < hi:
        hi = candidates[i + 1].start - 1
    after = body[after_lo:hi]
    according = ACCORDING_RE.search(after)
    if according:
        found = _according(after, after_lo, according, names, body)
        if found:
            return found
    for cue in CUE_RE.finditer(after):
        if PARTICIPLE_RE.search(cue.group()):
            continue
        if VERB_NEXT_RE.match(after, cue.end()):
            continue
        inv = INVERTED_RE.match(after[cue.start() :])
        if inv and (cue.start() == 0 or after[: cue.start()].rstrip().endswith(",")) and not after[: cue.start()].strip(" ,\"”"):
            return _inverted_np(after[cue.start() + inv.end() :], after_lo + cue.start() + inv.end(), cue.group(), names, body)
        found = _subject_before(after, after_lo, cue, names, body)
        if found:
            return found
    return None


def _main_clause_speaker(body, cand, names, lo, participle):
    """The subject of the sentence's first reporting verb, for "adding that ..."."""
    text = body[cand.sent_start : lo + participle.start()]
    for cue in SPEECH_CUE_RE.finditer(text):
        found = _cue_subject(text, cand.sent_start, cue, names, body)
        if found:
            found.cue = participle.group()
            return found
    return None


def _previous_sentence(body, cand, names, paragraphs, paragraph_opening):
    """A full quote after ``Putin said that ...`` speaks for that subject.

    The sentence may end the previous paragraph when the quote opens its own.
    """
    if body[cand.sent_start : cand.start - 1].strip():
        return None
    para_start = paragraphs[cand.para][0]
    if cand.sent_start <= para_start:
        if not paragraph_opening or cand.para == 0:
            return None
        para_start = paragraphs[cand.para - 1][0]
        end = paragraphs[cand.para - 1][1]
    else:
        end = cand.sent_start
    lo = max(para_start, end - 600)
    text = body[lo:end].rstrip()
    if text.endswith(("\"", "”")):
        return None  # that sentence is a quote with its own speaker
    breaks = [m.end() for m in SENTENCE_END_RE.finditer(text)]
    start = lo + (breaks[-1] if breaks else 0)
    sentence = body[start : lo + len(text)]
    if re.search(r"[\"“”]", sentence):
        return None
    for cue in SPEECH_CUE_RE.finditer(sentence):
        found = _cue_subject(sentence, start, cue, names, body)
        if found and found.speaker:
            return found
    return None


def _cue_subject(text, text_start, cue, names, body):
    """Who the verb ``cue`` says spoke: "Mr Thomas said" or ", said Mr Thomas."."""
    found = _subject_before(text, text_start, cue, names, body)
    if found and found.speaker_type in ("person", "organisation") and found.speaker:
        return found
    left = text[: cue.start()].rstrip()
    if not left or left.endswith(","):
        inverted = INVERTED_RE.match(text[cue.start() :])
        tail = text[cue.end() :]
        if inverted and len(re.split(r"[.;!?]", tail)[0].split()) <= 14:
            named = _inverted_np(text[cue.start() + inverted.end() :], text_start + cue.start() + inverted.end(), cue.group(), names, body)
            if named and named.speaker_type in ("person", "organisation"):
                return named
    return found


def _next_paragraph_claim(body, cand, names, paragraphs, candidates, i, result):
    """A quote paragraph whose speaker is named at the start of the next one."""
    para_start, para_end = paragraphs[cand.para]
    if body[para_start:cand.start - 1].strip() or body[cand.end + 1 : para_end].strip(" \"”.,"):
        return None
    if cand.para + 1 >= len(paragraphs):
        return None
    nstart, nend = paragraphs[cand.para + 1]
    text = body[nstart : min(nend, nstart + 200)]
    m = CLAIM_RE.match(text)
    if m:
        return _subject_np(m.group(1) + " ", nstart, m.group(2), names, body)
    return None


# ---------------------------------------------------------------- noun phrases


def _ends_with_word(pattern, reach, text):
    """``pattern.search(text)`` for PASSIVE_RE or BARE_VERB_BEFORE_RE: a word of at
    most ``reach`` letters and the spaces ending ``text``.  Only the end can match,
    so only the end is searched (the left text of a verb can be a whole sentence)."""
    return pattern.search(text, max(0, len(text.rstrip()) - reach)) is not None


def _subject_before(text, text_start, cue, names, body):
    """The subject noun phrase ending right before ``cue`` in ``text``."""
    left = text[: cue.start()]
    if _ends_with_word(PASSIVE_RE, PASSIVE_REACH, left):
        return None  # "researchers were told", "he is said to be": not who spoke
    if cue.group().startswith("continu") and text[cue.end() : cue.end() + 4] == " to ":
        return None  # "continues to insist": the verb that follows decides
    if _ends_with_word(BARE_VERB_BEFORE_RE, BARE_VERB_REACH, left) and not cue.group().endswith(("s", "ed", "ld", "ote", "ught")):
        return None  # "continues to insist", "would say": an infinitive, not a report
    aux = AUX_TAIL_RE.search(left)
    if aux:
        left = left[: aux.start()]
    if COORDINATED_RE.search(left):
        # "Redknapp, 57, quit his post and vowed:": the sentence's subject speaks.
        return _sentence_start_subject(left, text_start, cue.group(), names, body)
    return _subject_np(left, text_start, cue.group(), names, body)


def _sentence_start_subject(text, text_start, cue_word, names, body):
    """The name or pronoun opening ``text``, when it opens with one."""
    words = text.split()
    while len(words) > 1 and words[0].strip(",") in ("But", "And", "Yet", "So", "Meanwhile", "However"):
        words = words[1:]  # "But Dunne is keen ... and said:": the name after the conjunction
    if not words:
        return None
    first = words[0].strip(",")
    if first.lower() in ("he", "she", "it", "they"):
        return _resolve_pronoun(first.lower(), first, text_start + text.find(words[0]), cue_word, names)
    if first in NON_NAME or not first[:1].isupper():
        return None
    # The opening noun phrase: capitalised words and role words, up to the first other word.
    subject = []
    for word in words[:8]:
        bare = word.rstrip(",")
        if not (bare[:1].isupper() or bare.lower() in ROLE_WORDS or bare.lower() in PARTICLES):
            break
        subject.append(bare)
        if bare != word:
            break  # "Redknapp, 57, quit": the comma ends the name
    found = _resolve_np(" ".join(subject), text_start + text.find(words[0]), cue_word, None, names, body=body)
    if found and found.speaker_type in ("person", "organisation"):
        return found
    return None


def _subject_np(left, text_start, cue_word, names, body):
    if cue_word and cue_word.endswith("as saying"):
        left = AS_SAYING_AUX_RE.sub(" ", left)  # "Mr Kapor is reported as saying": he said it
    if _ends_with_word(PASSIVE_RE, PASSIVE_REACH, left):
        return None  # "researchers were told": the subject heard it
    # "(CSA)" asides: blanked, not cut, so offsets still point into the body.
    left = PAREN_RE.sub(lambda m: " " * len(m.group()), left).rstrip()
    role = None
    if left.endswith(","):
        # "X, a doctor, said" / "X, who ..., said": the head comes before the appositive.
        inner = left[:-1]
        comma = inner.rfind(",")
        if comma > 0:
            appositive = inner[comma + 1 :].strip()
            head = inner[:comma]
            found = _np_tail(head, text_start, cue_word, names, body, role=_appositive_role(appositive))
            if (found is None or found.speaker_type != "person") and _has_name(appositive):
                # "The Shadow Secretary for the Family, Theresa May, said"
                named = _resolve_np(appositive, text_start + comma + 1, cue_word, None, names, body=body)
                if named and named.speaker_type == "person":
                    if found is not None:
                        named.role = _clean_role(found.as_written)
                    return named
            if found and found.speaker:
                return found
            return None
        # '"...," Kirsten Pfeifer from the CEA, told BBC News': a stray comma.
        return _np_tail(inner, text_start, cue_word, names, body, role=role)
    return _np_tail(left, text_start, cue_word, names, body, role=role)


def _appositive_role(appositive: str) -> str | None:
    if re.match(r"^(?:who|which|whose|where|when)\b", appositive):
        return None
    if re.match(r"^\d+$", appositive):
        return None
    return appositive or None


def _np_tail(left, text_start, cue_word, names, body, role=None):
    """The noun phrase at the end of ``left``, resolved."""
    stops = list(CLAUSE_STOP_RE.finditer(left))
    start = 0
    for stop in reversed(stops):
        word = stop.group()
        if word == "and" and _and_inside_np(left, stop):
            continue
        start = stop.end()
        break
    last = left.split()[-1:] if left.split() else []
    if last and last[0].lower() in PRONOUNS:
        return _resolve_np(last[0], text_start + left.rfind(last[0]), cue_word, role, names, body=body)
    comma = left.rfind(",", start)
    if comma >= 0 and re.match(r"^\s*who\b", left[comma + 1 :]):
        # "Professor Chris Woodhead, who has said": the relative points back.
        return _np_tail(left[:comma], text_start, cue_word, names, body, role)
    if comma >= 0:
        found = _np_tail(left[comma + 1 :], text_start + comma + 1, cue_word, names, body, role)
        if found and found.speaker_type != "person" and _has_name(left[start:comma]):
            # "Colin Asplin, Blackpool Hotel Association said": the person speaks.
            named = _resolve_np(left[start:comma].strip(), text_start + start, cue_word, None, names, body=body)
            if named and named.speaker_type == "person":
                named.role = found.as_written
                return named
        return found
    np_text = re.sub(r"^.*\b[Aa]ccording to\s+", "", left[start:]).strip()
    words = np_text.split()
    while words and words[0].lower() in STOP_LEAD:
        words = words[1:]
    if not words or len(words) > MAX_NP_WORDS:
        return None
    np_text = " ".join(words)
    np_pos = text_start + max(left.find(words[0], start), 0)
    return _resolve_np(np_text, np_pos, cue_word, role, names, body=body)


def _and_inside_np(left, stop):
    before = left[: stop.start()].split()
    after = left[stop.end() :].split()
    if not before or not after:
        return False
    b, a = before[-1], after[0]
    if b[:1].isupper() and a[:1].isupper():
        return True
    return b.lower() in ROLE_WORDS and a.lower() in ROLE_WORDS


def _inverted_np(text, pos, cue_word, names, body):
    """``said Robert Sinche, head of currency strategy at Bank of America``."""
    m = re.match(r"^([^,.;:!?\"“”()\n]{1,120})", text)
    if not m:
        return None
    np_text = m.group(1)
    np_text = re.split(r"\s+(?:when|as|in an?|in the|on|after|before|during|while|adding|noting|who|which|to|at the)\b", np_text)[0]
    role = None
    rest = text[m.end() :]
    if rest.startswith(","):
        appositive = re.match(r"^,\s*([^,.;:!?\"“”\n]{1,120})", rest)  # to the next comma
        if appositive:
            role = appositive.group(1).strip().rstrip(",")
    head = np_text
    cut = re.search(r"\s+(?:of|at|from|with|for)\s+", head)
    if cut and CAP_RUN_RE.search(head[: cut.start()]) and _has_name(head[: cut.start()]):
        head = head[: cut.start()]
    found = _resolve_np(head.strip(), pos, cue_word, None, names, body=body)
    if found and found.speaker and role:
        inner = _has_name(role) and found.speaker_type != "person"
        if inner:
            # "said its chairman, Sir Anthony Greener": the name is in the appositive.
            named = _resolve_np(role, pos + len(np_text) + 2, cue_word, None, names, body=body)
            if named and named.speaker_type == "person":
                named.role = head.strip()
                return named
        if not found.role:
            found.role = role
    return found


def _has_name(text: str) -> bool:
    for m in CAP_RUN_RE.finditer(text):
        if parse_name_run(m.group(), 0):
            return True
    return False


def _according(text, text_start, match, names, body):
    rest = text[match.end() :]
    m = re.match(r"^([^,.;:!?\"“”()\n]{1,100})", rest)
    if not m:
        return None
    head = m.group(1)
    head = re.split(r"\s+(?:who|which|in|on|at)\b", head)[0]
    found = _resolve_np(head.strip(), text_start + match.end(), "according to", None, names, body=body)
    return found


def _resolve_np(np_text, pos, cue_word, role, names, body=None):
    """Turn a mention ("he", "Mr Blair", "a spokesman") into an Attribution."""
    np_text = np_text.strip().strip(",").strip()
    np_text = re.sub(r"^(?:p\s*>|>)\s*", "", np_text)
    if not np_text:
        return None
    low = np_text.lower()
    if low in PRONOUNS:
        return _resolve_pronoun(low, np_text, pos, cue_word, names)
    words = np_text.split()
    if words[0].lower() in ("i", "you", "we", "this", "there", "it's", "that", "what", "which", "who", "these", "those", "one", "nobody", "everyone"):
        return None
    # A name in the phrase: the last run of capitalised words that parses as one.
    best = None
    for m in CAP_RUN_RE.finditer(np_text):
        parsed = parse_name_run(m.group(), pos + m.start())
        if not parsed:
            continue
        if best and best[0][4] == "person" and parsed[4] == "organisation" and AFFILIATION_RE.fullmatch(np_text, best[1].end(), m.start()):
            # "Kirsten Pfeifer from the Consumer Electronics Association": the person speaks for it.
            (title, run_role, tokens, _, _), pm = best
            entity = names.person(tokens, title)
            name = entity.name if entity else " ".join(tokens)
            return Attribution(name, "person", np_text[pm.end() :].strip() or run_role, np_text, cue_word, pos)
        best = (parsed, m)
    if best is None:
        # "Ten Cate said": a run that parses as no name but ends a known person's name.
        runs = list(CAP_RUN_RE.finditer(np_text))
        if runs and " " in runs[-1].group() and not np_text[runs[-1].end() :].strip():
            tokens = [POSSESSIVE_RE.sub("", t) if t.endswith(("'s", "’s")) else t for t in runs[-1].group().split()]
            while len(tokens) > 1 and tokens[0] in NON_NAME:
                tokens = tokens[1:]
            entity = names.person(tokens) if len(tokens) > 1 else None
            if entity is not None and entity.kind == "person" and entity.name.endswith(" ".join(tokens)):
                return Attribution(entity.name, "person", entity.role, np_text, cue_word, pos)
    if best is None:
        # A lone capitalised word: a person named before ("Putin"), else an organisation.
        lone = [m for m in CAP_RUN_RE.finditer(np_text) if m.group() not in NON_NAME]
        if len(lone) == 1 and " " not in lone[0].group() and not np_text[lone[0].end() :].strip():
            token = POSSESSIVE_RE.sub("", lone[0].group()) if lone[0].group().endswith(("'s", "’s")) else lone[0].group()
            prefix = np_text[: lone[0].start()].strip()
            entity = names.person([token])
            if entity is not None:
                return Attribution(entity.name, "person", _clean_role(prefix) or entity.role, np_text, cue_word, pos)
            if token in names.quoted_full:
                # Named in full only inside a quote ("I thank Frank Arnesen"): still a person.
                return Attribution(names.quoted_full[token], "person", _clean_role(prefix), np_text, cue_word, pos)
            if not prefix and np_text == lone[0].group():
                return Attribution(names.acronyms.get(token, token), "organisation", None, np_text, cue_word, pos)
    if best is None:
        # "Madrid midfielder Guti", "Barcelona star Ronaldinho": a role word, then one name.
        m = ROLE_THEN_ONE_NAME_RE.search(np_text)
        if m and m.group(1) in ROLE_WORDS and m.group(2) not in NON_NAME and not _is_org([m.group(2)]):
            entity = names.person([m.group(2)])
            prefix = np_text[: m.start(2)].strip()
            return Attribution(entity.name if entity else m.group(2), "person", _clean_role(prefix), np_text, cue_word, pos)
    if best:
        (title, run_role, tokens, mpos, kind), m = best
        prefix = np_text[: m.start()].strip()
        trailing = np_text[m.end() :].strip()
        if kind == "person":
            if trailing and not re.match(r"^(?:['’]s)?$", trailing):
                possessive = m.group().endswith(("'s", "’s", "s'", "s’"))
                if trailing.split()[0].lower() in ROLE_WORDS and not prefix and not possessive:
                    # "Dr Mike Watts head of exploration said": a name, then its role.
                    entity = names.person(tokens, title)
                    full = entity.name if entity else " ".join(tokens)
                    return Attribution(full, "person", trailing, np_text, cue_word, pos)
                titled = (title and title.lower() in SURNAME_NEXT and m.start() == 0 and not possessive
                          and trailing.split()[0].lower() not in ROLE_OR_PERSON_HEADS)
                if re.match(r"^(?:of|at|from|with)\b", trailing) is None and not (titled and trailing[:1].islower()):
                    # "the Gartner analyst" style phrase ending in a common noun: a description
                    # (but "Mr Howard last week" is Mr Howard).
                    return _description(np_text, pos, cue_word, names)
            entity = names.person(tokens, title)
            with_title = title and (title.lower() in NAME_TITLES or len(tokens) == 1 and title.lower() in HONORIFICS)
            full = entity.name if entity else " ".join(([title] if with_title else []) + tokens)
            written_role = " ".join(x for x in (prefix, run_role) if x) or None
            written_role = _clean_role(written_role)
            role = written_role or role or (entity.role if entity else None)
            return Attribution(full, "person", role, np_text, cue_word, pos)
        known = names.person(tokens) if len(tokens) == 1 and not prefix.lower().startswith("the") else None
        if known is not None and known.kind == "person" and " " in known.name:
            # "Chambers said" after "Guy Chambers": the surname, not the org word.
            return Attribution(known.name, "person", _clean_role(prefix) or known.role, np_text, cue_word, pos)
        # An organisation: expand "the QCA" from "(QCA)".
        org = " ".join(tokens)
        if org in names.acronyms:
            org = names.acronyms[org]
        if prefix.lower() == "the" or m.group().startswith("The "):
            org = "the " + org if not org.startswith(("the ", "The ")) else org
        if trailing and trailing.split()[0].lower() in ("spokesman", "spokeswoman", "spokesperson", "source", "official", "officials", "analyst", "analysts", "executive", "chief", "boss", "statement", "report"):
            return Attribution(np_text, "description", None, np_text, cue_word, pos)
        if prefix and prefix.lower() not in ("the", "a", "an"):
            if re.search(r"\b(?:spokesman|spokeswoman|spokesperson|source|official|analyst|statement|report)\b", prefix, re.I):
                return Attribution(np_text, "description", None, np_text, cue_word, pos)
        if trailing.lower() in ("said", ""):
            return Attribution(org, "organisation", None, np_text, cue_word, pos)
        return Attribution(np_text, "organisation", None, np_text, cue_word, pos)
    return _description(np_text, pos, cue_word, names)


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(), flags=re.I).strip(" ,")
    role = re.sub(r"\s+(?:the|a|an)$", "", role)
    return role or None


def _description(np_text, pos, cue_word, names):
    words = np_text.split()
    det = words[0].lower()
    head = re.sub(r"['’]s$", "", words[-1].lower())
    if det == "the" and len(words) <= 4 and (
        head in STANDS_FOR_PERSON_HEADS or any(AGE_HEAD_RE.match(w) for w in words[1:])
    ):
        # "the Dutchman said": the person in focus, if the article has named one.
        gender = "m" if head.endswith("man") else "f" if head.endswith("woman") else "?"
        if names.previous(pos, "person", gender) is not None:
            # A sentence opening "He ..." is about the one meant: look past it.
            found = names.salient(pos, "person", gender, describe=False, past_pronouns=True)
            if found is not None and found[1] == "person":
                return Attribution(found[0], "person", found[2], np_text, cue_word, pos)
    if det == "the" and len(words) <= 5:
        head = re.sub(r"^co-", "", head)
        if head in PERSON_HEADS and not any(w.lower() in ("spokesman", "spokeswoman", "spokesperson") for w in words):
            entity = names._described(pos, words)
            if entity is not None:
                return Attribution(entity.name, "person", entity.role, np_text, cue_word, pos)
        if head in REFERRING_ORG_HEADS and len(words) == 2:
            # "the firm said", "the report warned": the organisation last speaking or named.
            found = names.salient(pos, "organisation")
            if found is not None:
                return Attribution(found[0], "organisation", None, np_text, cue_word, pos)
    if det in ("his", "her", "its", "their") and len(words) > 1:
        pass
    kind = "organisation" if head in ORG_HEADS and det in ("the",) else "description"
    if head in ("tories", "conservatives", "democrats", "labour", "government", "kremlin", "pentagon", "police"):
        kind = "organisation"
    return Attribution(np_text, kind, None, np_text, cue_word, pos)


def _spokesperson_before(gender, pos, names):
    """"A spokesman for the OUP said that ... "...," he said": the unnamed spokesman,
    when he opened one of the last sentences and no one has been named since."""
    lo = max(0, pos - 600)
    if names.body.find("spokes", lo, pos) < 0:
        return None  # the common case, at the cost of one substring search
    found = None
    for m in SPOKESPERSON_SUBJECT_RE.finditer(names.body, lo, pos):
        found = m
    if found is None:
        return None
    head = found.group(2).lower()
    if gender != {"spokesman": "m", "spokeswoman": "f"}.get(head, gender):
        return None
    for k in range(bisect_left(names.positions, found.end()), bisect_left(names.positions, pos)):
        if names.entities[names.mention_entity[k]].kind == "person":
            return None  # someone named in between
    if bisect_left(names.event_pos, pos) != bisect_left(names.event_pos, found.end()):
        return None  # a quote attributed in between
    np_text = found.group(1).strip()
    return Attribution(np_text, "description", None, np_text, None, found.start(1))


def _resolve_pronoun(low, written, pos, cue_word, names):
    gender = PRONOUNS[low]
    if gender in ("m", "f"):
        spokes = _spokesperson_before(gender, pos, names)
        if spokes is not None:
            return Attribution(spokes.speaker, "description", None, written, cue_word, pos)
    if gender in ("m", "f", "o"):
        want = "organisation" if gender == "o" else "person"
        found = names.salient(pos, want, gender if gender != "o" else "?")
        if found is None and want == "person":
            found = names.last_speaker(pos, gender)
        if found is not None:
            name, kind, role = found
            return Attribution(name, kind, role, written, cue_word, pos)
    return Attribution(None, None, None, written, cue_word, pos)

