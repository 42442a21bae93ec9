"""What a byline's markup or record holds that is no writer's credit, and the byline's text as a reader sees it.

Session 17's byline rules (issue 16), found on the dev splits' unlabelled pages; kept apart from
:mod:`.page_byline` and :mod:`.page_names` (both long), which call them:

- a byline element's text with the spaces the page shows between its elements ("Howard Blume" in a link,
  "Staff Writer" in the next span: "Howard Blume Staff Writer", not "Howard BlumeStaff Writer");
- a credit for building the site ("Developed by", "Designed by", "Powered by", "Website by") is no byline;
- a role title-cased after the name with nothing between ("Howard Blume Staff Writer") is cut, as a role after a
  comma is; a station's or outlet's call letters before "By" ("WABC By Eyewitness News") are its logo's;
- the words that say "written by" in more languages, before the name: "Piše:"/"Pišu:" (Bosnian, Croatian,
  Serbian), "Napisao:", "Szerző:" (Hungarian), "Yazar:" (Turkish), "Oleh:"/"Penulis:" (Indonesian, Malay),
  "Kirjoittaja:" (Finnish), "Text:"/"Tekst:"; a colon is asked of the words that also start names or phrases;
- the prefix written twice, a screen reader's or an icon's "By" beside the visible "by" ("<span>By</span><span>by
  JOSH ROE</span>"), is one prefix; a Japanese or Chinese "posted by"/"writer" word ("投稿者", "執筆者", "作者")
  before a name in Latin letters is cut as it is before a name in its own script;
- a CMS's desk or system account written lower-case as a record's author name ("redaktion", "admin") is
  no writer, in the data as in the markup.
"""

from __future__ import annotations

import re

import lxml.html

from ..lexicon.people import FIRST_NAMES
from .page_strings import collapse_space

# The site's makers credited where a CMS writes its creator ("DC.Creator", "author" meta, a footer):
# a web agency or developer, not the story's writer.  Anchored at the credit's start.
SITE_CREDIT_RE = re.compile(
    r"^\s*(?:(?:web\s*)?(?:developed|designed|powered|hosted|maintained|programmed|coded|built|made)|"
    r"website|web\s*site|webdesign|web\s+design|site|theme|template|entwickelt|gestaltet|umgesetzt|"
    r"réalisé|conçu|desarrollado|diseñado)\s+(?:by|von|par|por)\b",
    re.IGNORECASE,
)
# A CMS's desk or system account ("redaktion", "admin", "wordpressadmin", "webmaster"): a record naming it names no
# writer.  Lower-case, one word, as CMSs write logins (a desk written as a name, "Redaktion", is left to the desk rules).
DESK_LOGIN_RE = re.compile(
    r"[a-z._-]*(?:admin|webmaster|redaktion|redaction|redaccion|redazione|redacao|newsdesk|editor|editors|"
    r"staff|webredaktion|onlineredaktion)[a-z._-]*"
)

# A role title-cased after the name, nothing between: with a rank or a desk's adjective ("Jane Roe Staff Writer",
# "Jane Roe Senior Washington Correspondent": a beat's word allowed after the adjective), or the role word alone.
_ROLE_ADJECTIVES = (r"(?:senior|junior|chief|staff|contributing|special|political|business|sports|news|opinion|deputy|"
                    r"managing|executive|associate|assistant|national|foreign|investigative)")
_ROLE_WORD = r"(?:writer|reporter|correspondent|editor|columnist|contributor|photographer|journalist)s?"
ROLE_TAIL_RE = re.compile(
    rf"(?<=\S)\s+(?:(?P<ranked>(?:{_ROLE_ADJECTIVES}\s+){{1,2}}(?:[A-Z][\w-]+\s+)?)|){_ROLE_WORD}$",
    re.IGNORECASE,
)
# An outlet's or station's call letters, the logo's text, before the "By" of the byline beside it.
LOGO_BEFORE_BY_RE = re.compile(r"^\s*[A-Z][A-Z0-9&]{1,7}\s+(?=(?:By|BY|by)\s+[A-Z])")
# "Written by" in more languages: "Piše Marko Roe" and "Piše: Marko Roe"; the others only with their colon
# ("Oleh" is also a Ukrainian first name, "Text" starts headings); "Author:", "Auteur :", "Autor:" (session 18: an
# unmarked labelled line under the headline, "<p>Auteur : Jana Roe</p>"), and the credit for words and pictures
# at once ("Text & Fotos: Jana Roe", "Texte et photos : ...").
WRITTEN_BY_PREFIX_RE = re.compile(
    r"^\s*(?:(?:piše|pišu|napisao|napisala|napisal|napisała)(?:\s*:\s*|\s+)|"
    r"(?:szerző|szerzők|yazar|yazan|oleh|penulis|kirjoittaja|text|tekst|teksti|texto|testo|"
    r"authors?|auteurs?|autor|autorin|autoren|autores|"
    r"(?:text|texte|texto|testo)\s*(?:&|\+|/|und|and|et|y|e)\s*(?:fotos?|photos?|bilder?|photographies))"
    r"\s*:\s*)(?=\S)",
    re.IGNORECASE,
)

# "Byby JOSH ROE": the same prefix twice, glued or spaced.
DOUBLED_PREFIX_RE = re.compile(r"^\s*(by|von|par|por)\s*(?=(?i:\1)\b)", re.IGNORECASE)
# A CJK "posted by"/"writer" word before a name written in Latin letters ("投稿者 Masafumi Roe").
CJK_WRITER_BEFORE_LATIN_RE = re.compile(r"^\s*(?:投稿者|執筆者|筆者|著者|作者|撰文|文)\s*[:：/／]?\s*(?=[A-Za-z])")


def spaced_text(element: lxml.html.HtmlElement) -> str:
    """``element``'s text, its pieces joined as ``text_content`` joins them except where one element's text ends
    on a letter and the next element's text starts with a capital: the page shows a gap there (separate
    blocks, a styled role after a linked name), and a space is put in ("WABC" + "By Eyewitness News",
    "Howard Blume" + "Staff Writer").  A lower-case continuation ("<b>J</b>ane") is one word, as before."""
    out: list[str] = []
    for piece in element.itertext():
        if out and piece[:1].isupper() and out[-1][-1:].isalpha():
            out.append(" ")
        if piece:
            out.append(piece)
    return collapse_space("".join(out))


def is_site_credit(candidate: str) -> bool:
    """A credit for building the site ("Developed By Heba Musa"), not for writing the story."""
    return bool(SITE_CREDIT_RE.match(candidate))


def is_desk_login(name: str) -> bool:
    """A CMS's desk or system login written as an author's name ("redaktion", "admin")."""
    return bool(DESK_LOGIN_RE.fullmatch(name.strip()))


def without_role_tail(part: str) -> str:
    """"Howard Blume Staff Writer" -> "Howard Blume".  The role word alone is cut only after a known first name
    ("Jane Roe Reporter"; "Antrim Court Reporter" is a desk); the part as it is if less than two words would be left."""
    match = ROLE_TAIL_RE.search(part)
    if match is None:
        return part
    cut = part[:match.start()]
    if len(cut.split()) < 2 or not (match.group("ranked") or cut.split()[0] in FIRST_NAMES):
        return part
    return cut


def without_logo(candidate: str) -> str:
    """"WABC By Eyewitness News" -> "By Eyewitness News" (the prefix is cut after)."""
    return LOGO_BEFORE_BY_RE.sub("", candidate)



def written_by_prefix(text: str) -> re.Match[str] | None:
    """The "written by" words of another language at the start of a byline ("Piše: ", "Yazar: "), or None."""
    return WRITTEN_BY_PREFIX_RE.match(text)


def without_written_by(candidate: str) -> str:
    """"Piše: Marko Roe" -> "Marko Roe"; "Byby JOSH ROE" -> "by JOSH ROE"; "投稿者 Masafumi Roe" -> "Masafumi Roe"."""
    candidate = DOUBLED_PREFIX_RE.sub("", candidate)
    return CJK_WRITER_BEFORE_LATIN_RE.sub("", WRITTEN_BY_PREFIX_RE.sub("", candidate))
