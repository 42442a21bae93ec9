"""A web page's byline: the authors its data names, else its visible byline markup.

JSON-LD authors are kept as written; a visible byline is read only outside
navigation, lists, related-story, comment and author-bio blocks (a related
story's teaser byline is not this page's), and asides and footers only as a
last resort.  Names with digits are accounts' and never read; a login or initials
in markup that says author outright are read last; "By", dates and times glued to a
name are cut; several authors are joined.

Which source gives the byline is decided here; what a name looks like (prefixes, separators, places,
roles, particles) is :mod:`.page_names`, which every source's strings go through alike.  One piece, though
long: the sources' order and each source's reader (records, marked markup, links, the unmarked lines read
last) share the walk that says which block of the page an element is in, and split apart they would import
each other.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import Any

import lxml.html

from .page_names import (
    AGENCY_RE, AUTHOR_SPLIT_RE, BYLINE_PREFIX_RE, NOT_NAME_WORDS, URL_LIKE_RE, _is_name, _is_visible_name, _names,
)
from .page_blocks import block_marks, contributor_head, is_page_form, is_photo_block
from .page_credits import spaced_text, written_by_prefix
from .page_desks import DESK_RE, ORGANISATION_TYPES, organisation_desks
from .page_trailer import reporting_trailer
from .page_lines import PHRASE_WORD_RE, PLAIN_BY_RE, PREFIXED_BYLINE_MAX_CHARS, _first_line, plain_lines
from .page_posted import without_date_before_by
from .page_strings import alnum_key, collapse_space, name_of

META_AUTHOR = [
    "article:author", "og:article:author", "author", "og:author", "citation_author", "dc.creator", "dcterms.creator",
    "sailthru.author", "parsely-author", "byl", "byline", "article_author", "article.author", "creator",
]
META_AUTHOR_KEY_RE = re.compile(r"(?:[.:_-]|article|post)(?:byline|author|authors)$")
# A smart app banner's tags ("smartbanner:author" beside "smartbanner:price") describe the outlet's phone app:
# their author is the app's maker ("KSF Media", "Handball-Bundesliga GmbH"), never the story's writer.
NOT_ARTICLE_META_RE = re.compile(r"^(?:smartbanner|apple-itunes|google-play|al:)", re.IGNORECASE)
# Visible byline markup, read only when the page's data names no author: a
# marker as part of a class or id ("pb-byline", "article__author",
# "FeatureByline", French "auteur", German/Spanish "autor"), itemprop or rel.
BYLINE_MARKER_RE = re.compile(r"byline|author|auteur|autor|writer|journalist|posted-?by|submitted-?by", re.IGNORECASE)
# Script-built pages mark their parts in test and component attributes where class names are generated
# (data-testid="byline", data-qa="author-name", data-component="byline-block").
MARKER_ATTRIBUTES = ("class", "id", "data-testid", "data-qa", "data-component", "data-test", "data-test-id", "data-cy")
NOT_BYLINE_TAGS = frozenset(["script", "style", "meta", "link", "html", "body", "head", "title"])
# A link to the writer's page ("/author/jane-roe", "/profile/jane-roe-1910837", "/contributors/jane-roe"):
# the byline where class names are generated ("NU", "sc-1out364-0") and say nothing.
AUTHOR_HREF_RE = re.compile(
    r"/(?:authors?|profiles?|contributors?|writers?|journalists?|reporters?|columnists?|editors?|"
    r"autor(?:en|es)?|auteurs?)/[^/?#\s]+", re.IGNORECASE)
# A CMS's default account as the author ("/author/admin/", WordPress's first user, renamed "Ilanga D"): whoever
# pressed "publish", not the writer, who small papers' pages name in the story's first lines instead.
ACCOUNT_HREF_RE = re.compile(r"/(?:author|authors|user|users|profile)/(?:admin|administrator|webmaster|root)/?(?:[?#]|$)",
                             re.IGNORECASE)
# Blocks whose bylines are another story's or the author's biography: a
# related story's teaser, a list of stories, navigation, comments, the footer.
OTHER_BLOCK_TAGS = frozenset(["nav", "li", "form", "script", "style"])
OTHER_BLOCK_RE = re.compile(
    r"related|recommend|teaser|more-from|morefrom|read-more|readmore|comment|"
    r"\bbio\b|[-_]bio\b|\bbio[-_]|biography|newsletter|outbrain|taboola",
    re.IGNORECASE,
)
# Side blocks (asides, sidebars, footers: an article's own footer often
# holds its byline; <noscript>, a blog template's script-less copy of the post): read only when the article's own
# markup names no author.
SIDE_BLOCK_TAGS = frozenset(["aside", "footer", "noscript"])
SIDE_BLOCK_RE = re.compile(r"sidebar|leftbar|rightbar|\brail\b|widget", re.IGNORECASE)
# "12.24.14 9:00AM Jane Roe": a date and time before the name.
BYLINE_HEAD_DATE_RE = re.compile(r"^[\d\s.:/,-]+(?:[ap]\.?m\.?\b)?\s*", re.IGNORECASE)
VISIBLE_BYLINE_MAX_CHARS = 200
VISIBLE_BYLINE_MAX = 40
# Where a visible byline's name ends: a date or time glued on ("By Jane Roe2014-01-01",
# "By Jane Roe on December 4, 2014", "Jane Roe | Posted Feb. 27"); digits never belong to a name.
BYLINE_TAIL_RE = re.compile(
    r"\s*(?:\b(?:posted|published|updated|last updated|on|at|am|um|le|el|il|vom|stand|aktualisiert|veröffentlicht|"
    r"publié|mis à jour|actualizado|publicado)\b\s*:?\s*)?"
    r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d|\d).*$",
    re.IGNORECASE | re.DOTALL,
)
ORGANISATION_SUFFIX_RE = re.compile(r"\s*(?:magazine|media|online|newspaper|group|\.com)$", re.IGNORECASE)


def authors_byline(
    tree: lxml.html.HtmlElement, ld: dict[str, Any], meta: dict[str, list[str]], sites: Iterable[str] = ()
) -> str | None:
    """Authors joined with ", ": JSON-LD (names as written), then meta tags, then visible byline markup.

    A "name" that is the site's own name (the publisher as author) is passed
    over for the next source, and is the byline only if no source names a
    person and it names a desk ("Motley Fool Staff"); a JSON-LD author typed
    as an organisation is no person; one with digits (a username) or an
    e-mail is never a name.
    """
    site_keys = {alnum_key(s) for s in sites if s and alnum_key(s)}
    sources: list[tuple[list[str], bool]] = [
        (_ld_authors(ld.get("author")), True), (_ld_authors(ld.get("creator")), True)
    ]
    sources += [([_author_page_name(v, tree) for v in meta.get(k, [])], False) for k in META_AUTHOR]
    # Other namespaces' byline tags ("Search.Byline", "cXenseParse:author"), after the known ones.
    sources += [(values, False) for k, values in meta.items()
                if k not in META_AUTHOR and META_AUTHOR_KEY_RE.search(k) and not NOT_ARTICLE_META_RE.match(k)]
    sources.append((labelled_authors(meta), False))
    page_text = _PageText(tree)
    sources = [([_reading_order(c, page_text) for c in candidates], as_written) for candidates, as_written in sources]
    recorded = [people for candidates, as_written in sources
                if (people := [n for n in _names(candidates, as_written) if not _is_site_name(n, site_keys)])]
    if recorded and all(AGENCY_RE.match(n.strip()) for people in recorded for n in people) \
            and (writers := _writers_beside_agency(tree, site_keys) or reporting_trailer(tree, _block_of)):
        return ", ".join(writers)
    if len({tuple(p) for p in recorded}) > 1:
        return ", ".join(_shown_in_byline(recorded, tree))
    if recorded and (shown := _more_in_byline(recorded[0], tree, site_keys)):
        return ", ".join(shown)
    site_authors: list[str] = []
    for candidates, as_written, linked in _then_visible(sources, tree):
        if linked and any(DESK_RE.search(n) for n in site_authors):
            break  # the page credits its desk; links to writers' pages are other stories' (a list of them)
        names = _names(candidates, as_written)
        people = [n for n in names if not _is_site_name(n, site_keys)]
        if people:
            return ", ".join(people)
        site_authors = site_authors or names
    # No one named: a desk's credit (the outlet's bare name is none), one typed as an organisation in JSON-LD last
    # (page_desks); else an agency the data credits; either gives way to a wire story's "(Reporting by ...)" line.
    credited = [n for n in site_authors if DESK_RE.search(n)] or organisation_desks(ld) or _agencies(ld, meta, site_keys)
    if credited and (writers := reporting_trailer(tree, _block_of)):
        return ", ".join(writers)
    return ", ".join(credited) or None


class _PageText:
    """All of a page's text, joined once and only when a rule asks for it."""

    def __init__(self, tree: lxml.html.HtmlElement) -> None:
        self.tree = tree
        self.text: str | None = None

    def __call__(self) -> str:
        if self.text is None:
            self.text = " ".join(self.tree.itertext())
        return self.text


# A record in a catalogue's order ("Roe, Jana", "ROE, Jana Maria": a surname, a comma, the given names), which
# library and SEO plugins write into author tags. Flipped only where the page shows the name in reading order
# ("Jana Roe"): two writers ("Smith, Jones") are never shown as one name, so the comma between them stays.
CATALOGUE_ORDER_RE = re.compile(r"^\s*([^\s,;|/&][^,;|/&]{0,40}?)\s*,\s*([^\s,;|/&][^,;|/&]{0,40}?)\s*$")
CATALOGUE_NAME_MAX_WORDS = 3


def _reading_order(value: str, page_text: _PageText) -> str:
    """"Roe, Jana" -> "Jana Roe" as the page writes it, when the page shows it so; else the value."""
    match = CATALOGUE_ORDER_RE.match(value) if isinstance(value, str) else None
    if match is None:
        return value
    surname, given = match.group(1).split(), match.group(2).split()
    if len(surname) > CATALOGUE_NAME_MAX_WORDS or len(given) > CATALOGUE_NAME_MAX_WORDS:
        return value
    shown = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, given + surname)) + r"(?!\w)", page_text(), re.IGNORECASE)
    return collapse_space(shown.group(0)) if shown else value


# WordPress SEO plugins (Yoast, Rank Math) give a page's writer as a labelled pair of Twitter card tags
# ("twitter:label1" "Written by", "twitter:data1" the name), or as "twitter:misc:Written by".
TWITTER_LABEL_RE = re.compile(r"twitter:label(\d)")
WRITTEN_BY_LABELS = frozenset(["written by", "author", "by", "verfasst von", "geschrieben von", "écrit par", "escrito por"])


def labelled_authors(meta: dict[str, list[str]]) -> list[str]:
    """The writer a page's labelled Twitter card tags give ("Written by": "Jane Roe"), or []."""
    found = [v for label in WRITTEN_BY_LABELS for v in meta.get(f"twitter:misc:{label}", [])]
    for key, labels in meta.items():
        match = TWITTER_LABEL_RE.fullmatch(key)
        if match and any(label.strip().lower() in WRITTEN_BY_LABELS for label in labels):
            found += meta.get(f"twitter:data{match.group(1)}", [])[:1]
    return found


# An author page's address ends in the writer's name as a slug ("/editors/jon-fingas", "/author/jane-roe-1910837").
SLUG_WORDS_RE = re.compile(r"[a-z][a-z'’]+")
# Open Graph meant article:author to be the writer's profile: "https://www.facebook.com/christoph.hein89/".
PROFILE_HREF_RE = re.compile(r"//(?:www\.)?facebook\.com/[^/?#\s]+/?$", re.IGNORECASE)


def _author_page_name(value: str, tree: lxml.html.HtmlElement) -> str:
    """A meta author given as the address of the writer's page (``article:author`` is meant to hold a profile's
    address): the name its slug spells, as the page writes it, when the page names it; else the value."""
    match = (AUTHOR_HREF_RE.search(value) or PROFILE_HREF_RE.search(value)) if URL_LIKE_RE.match(value.strip()) else None
    if match is None:
        return value
    words = SLUG_WORDS_RE.findall(match.group(0).rstrip("/").rsplit("/", 1)[-1].lower())
    if len(words) < 2:
        return value
    shown = re.search(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", " ".join(tree.itertext()), re.IGNORECASE)
    return collapse_space(shown.group(0)) if shown else value


def _agencies(ld: dict[str, Any], meta: dict[str, list[str]], site_keys: set[str]) -> list[str]:
    """News agencies the page's data credits ("dpa" as an ``Organization``-typed JSON-LD author or in an author
    meta tag), other than the site itself: the byline when no source names a person, since the story is the
    agency's.  Other organisations (the publisher, a radio station) are no byline."""
    found: list[str] = []
    for value in (ld.get("author"), ld.get("creator")):
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and str(item.get("@type", "")).lower() in ORGANISATION_TYPES:
                found += [n for n in [name_of(item)] if n and AGENCY_RE.match(n.strip())]
    found += [v for k in META_AUTHOR for v in meta.get(k, []) if AGENCY_RE.match(v.strip())]
    kept: list[str] = []
    for name in found:
        name = collapse_space(name)
        if name and not _is_site_name(name, site_keys) and _is_name(name, True) \
                and name.lower() not in {k.lower() for k in kept}:
            kept.append(name)
    return kept


def _shown_in_byline(recorded: list[list[str]], tree: lxml.html.HtmlElement) -> list[str]:
    """When the page's records name different authors (a meta tag left at a desk editor's name,
    Parse.ly and the byline naming the writer), the ones its visible byline shows; else the first."""
    shown = " ".join(visible_bylines(tree)).lower()
    # Of the records the byline shows whole, the one naming most writers: a record keeping the first of two
    # writers ("April Roe" in JSON-LD, "April Roe, Dan Doe" in meta author, both shown) tells less.
    whole = [people for people in recorded if shown and all(name.lower() in shown for name in people)]
    return max(whole, key=len) if whole else recorded[0]


def _more_in_byline(people: list[str], tree: lxml.html.HtmlElement, site_keys: set[str]) -> list[str]:
    """The page's visible byline when it names every author its records name and more people (the records
    keep the first or the last of several writers; the byline shows them all), else [].  The site's name and
    a role beside the name ("| Fox News", ", News Reporter") are no more people."""
    marked, _ = visible_byline_tiers(tree)
    for text in marked[:1]:
        shown = [n for n in _names([text]) if _is_visible_name(n) and not _is_site_name(n, site_keys)
                 and not DESK_RE.search(n)]
        keys = {n.lower() for n in shown}
        if len(shown) > len(people) and all(n.lower() in keys for n in people):
            return shown
    return []


def _writers_beside_agency(tree: lxml.html.HtmlElement, site_keys: set[str]) -> list[str]:
    """A wire story's writer where the page's records credit only the agency ("AP", "dpa"): the unmarked "By" line
    under the headline, when it names a person (with the agency, if it credits it too); else [].  Marked bylines
    are not asked: where the records name an agency, the marked ones seen are other stories' writers."""
    for text in prefixed_byline(tree):
        names = [n for n in _names([text]) if not _is_site_name(n, site_keys) and not DESK_RE.search(n)]
        if any(_is_visible_name(n) and not AGENCY_RE.match(n) for n in names):
            return names
    return []


def _then_visible(
    sources: list[tuple[list[str], bool]], tree: lxml.html.HtmlElement
) -> Iterator[tuple[list[str], bool, bool]]:
    """The data's sources, then (only if asked for: walking the page costs) visible markup,
    where the first element that holds a name is the byline (later ones repeat it or
    belong to other blocks), then links to an author's page; each with whether it is such a link."""
    for candidates, as_written in sources:
        yield candidates, as_written, False
    marked, linked = visible_byline_tiers(tree)
    for texts, is_link in ((marked, False), (linked, True), (bold_lead_byline(tree), False),
                           (prefixed_byline(tree), False)):
        for text in texts:
            yield [t for t in [text] if any(_is_visible_name(n) for n in _names([t]))], False, is_link
    # Last, a login or initials the author markup gives, taken as written (as a JSON-LD record's are).
    yield handle_bylines(tree), True, False


def byline_elements(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Elements marked as a byline (class or id containing a marker, itemprop or rel author) and links to an
    author's page, in page order."""
    found = []
    marked = links = 0  # each kind capped on its own: a menu of writers' links pushes out no byline
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in NOT_BYLINE_TAGS:
            continue
        if _is_marked(element):
            marked += 1
            found.append(element)
            if marked >= VISIBLE_BYLINE_MAX * 3:
                break
        elif tag == "a" and links < VISIBLE_BYLINE_MAX * 3 and AUTHOR_HREF_RE.search(element.get("href", "")):
            links += 1
            found.append(element)
    return found


def visible_bylines(tree: lxml.html.HtmlElement) -> list[str]:
    """Texts of byline markup, dates and times cut off, in the order ``visible_byline_tiers`` reads them."""
    marked, linked = visible_byline_tiers(tree)
    return (marked + linked)[:VISIBLE_BYLINE_MAX]


def visible_byline_tiers(tree: lxml.html.HtmlElement) -> tuple[list[str], list[str]]:
    """Texts of byline markup, dates and times cut off: first those outside side blocks, then those in one;
    apart, the texts of links to an author's page that carry no byline marker.

    Another story's block (related stories, teasers, lists, navigation,
    footers, comments, author biographies) is never read; a side block
    (``aside``, a sidebar) holds this page's byline on some pages, so it is
    read only when the article's own markup names no one.
    """
    main: list[str] = []
    side: list[str] = []
    links: list[str] = []
    for element in byline_elements(tree):
        where = _block_of(element)
        if not _is_marked(element):
            # A link to an author's page alone: read after every marked byline (a list of other
            # stories' writers links them too), and never from a side block.
            where = "link" if where == "main" else "other"
        if where == "other" or _is_account(element):
            continue
        text = _byline_text(element)
        if not text or len(text) > VISIBLE_BYLINE_MAX_CHARS:
            continue  # a container holding the article, not a byline
        text = BYLINE_TAIL_RE.sub("", BYLINE_PREFIX_RE.sub("", BYLINE_HEAD_DATE_RE.sub("", without_date_before_by(text))))
        if text:
            {"main": main, "side": side, "link": links}[where].append(text)
    return (main + side)[:VISIBLE_BYLINE_MAX], links[:VISIBLE_BYLINE_MAX]


def _is_account(element: lxml.html.HtmlElement) -> bool:
    """A byline whose links all lead to a CMS's default account ("/author/admin/")."""
    hrefs = [element.get("href", "")] if element.tag == "a" else [a.get("href", "") for a in element.iter("a")]
    return bool(hrefs) and all(ACCOUNT_HREF_RE.search(h) for h in hrefs)


def _byline_text(element: lxml.html.HtmlElement) -> str:
    """A byline element's text; several authors written as list items or as several ``itemprop="name"``
    elements joined with ", " (their texts touch: "Jane RoeJohn Doe"); one ``itemprop="name"`` alone."""
    whole = spaced_text(element)
    items = [t for t in (collapse_space(li.text_content()) for li in element.xpath(".//li")) if t]
    # List items only when they hold all of the byline's text (not a row of share buttons beside a name).
    if len(items) > 1 and alnum_key("".join(items)) == alnum_key(whole):
        return ", ".join(items)
    names = [t for t in (collapse_space(n.text_content()) for n in element.xpath(
        ".//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' name ')]")) if t]
    if len(names) > 1:
        return ", ".join(names)
    return names[0] if names else whole


# A writer signing with a login or initials ("doumae", "srf/hosb; kesm"): lower-case letters, no digits (a name with
# digits is an account's, never read as a byline), an outlet's short name before a slash.
HANDLE_RE = re.compile(r"[a-z][a-z._-]{1,19}(?:/[a-z][a-z._-]{1,19})?")
# Logins that are the CMS's own, not a writer's ("admin", "wordpressadmin", "oradmin", "webmaster").
SYSTEM_LOGIN_RE = re.compile(r"admin|webmaster|root|editor|redaktion|staff|user|guest|system|anonym|unknown|newsdesk|desk|nobody",
                             re.IGNORECASE)


def handle_bylines(tree: lxml.html.HtmlElement) -> list[str]:
    """The writer's login or initials where the page's author markup gives nothing else: CMSs print the account's
    name when the writer set no display name (``<a rel="author" href="/author/doumae">doumae</a>``), and Swiss and
    German newsrooms sign with initials (``<span itemprop="author">srf/hosb;kesm</span>``).  Read only from markup
    that says author outright (``itemprop``/``rel`` author, or a link whose text is its author page's own slug),
    outside other stories' blocks; [] when no such element holds only handles."""
    for element in byline_elements(tree):
        if not _says_author(element) or _block_of(element) != "main" or _is_account(element):
            continue
        text = BYLINE_PREFIX_RE.sub("", collapse_space(element.text_content()))
        parts = [p for p in (part.strip(" .,:;|") for part in AUTHOR_SPLIT_RE.split(text)) if p]
        if parts and all(HANDLE_RE.fullmatch(p) and not SYSTEM_LOGIN_RE.search(p) and p not in NOT_NAME_WORDS
                         for p in parts):
            return [", ".join(parts)]
    return []


def _says_author(element: lxml.html.HtmlElement) -> bool:
    """``itemprop`` or ``rel`` author, or a link to an author's page whose text is that page's slug."""
    if "author" in (element.get("itemprop") or "").split() or "author" in (element.get("rel") or "").split():
        return True
    href = element.get("href", "") if element.tag == "a" else ""
    slug = href.rstrip("/").rsplit("/", 1)[-1] if AUTHOR_HREF_RE.search(href) else ""
    return bool(slug) and slug.lower() == collapse_space(element.text_content()).lower()


BOLD_TAGS = frozenset(["strong", "b"])
LEAD_WORDS_MAX = 6


def bold_lead_byline(tree: lxml.html.HtmlElement) -> list[str]:
    """The article's first paragraph after its headline when it is wholly bold and short ("<p><strong>Jane
    Roe</strong></p>", "<p><b>By JANE ROE</b></p>"): small papers' CMSs put the writer there, their data
    naming an account ("admin") or no one.  [] otherwise; read after every marked byline and link."""
    seen_headline = False
    for element in tree.iter("h1", "p"):
        if element.tag == "h1":
            seen_headline = True
            continue
        text = collapse_space(element.text_content().replace("\xa0", " "))
        if not seen_headline or not text or any(isinstance(e.tag, str) and _is_marked(e) for e in element.iter()):
            continue  # the headline's meta line ("by <span class='author'>admin</span> | 5 November 2024")
        children = [c for c in element if isinstance(c.tag, str)]
        bold = len(children) == 1 and children[0].tag in BOLD_TAGS and not collapse_space(element.text) \
            and not collapse_space(children[0].tail)
        if bold and len(text.split()) <= LEAD_WORDS_MAX and _block_of(element) == "main":
            return [BYLINE_PREFIX_RE.sub("", text)]
        return []
    return []


def prefixed_byline(tree: lxml.html.HtmlElement) -> list[str]:
    """An unmarked "By" line after the headline ("<p><i>Von Jana Roe</i></p>", "<span class='bold'>By JANA
    ROE</span>"): an element whose whole text is a byline's prefix and a name, no link in it (a linked "By
    Invitation" is a column's name), outside other stories' blocks.  Regional papers' and wire pages' CMSs write
    the writer so, their data naming no one or only the agency.  [] otherwise; read after every marked byline."""
    for element, _, prose in plain_lines(tree):
        if prose >= 2:
            return []  # the second paragraph of prose: the story has begun
        text = _first_line(element)
        text = contributor_head(text) or text if PLAIN_BY_RE.match(text) else text  # "By Jane Roe, VP of Sales, Acme"
        prefix = PLAIN_BY_RE.match(text) or written_by_prefix(text) if text and len(text) <= PREFIXED_BYLINE_MAX_CHARS else None
        if prefix is None:
            continue
        if PHRASE_WORD_RE.search(text, prefix.end()) or any(
                (node.tag if isinstance(node.tag, str) else "") in ("blockquote", "figcaption") for node in element.iterancestors()):
            continue
        if element.find(".//a") is None and _block_of(element) == "main" \
                and any(_is_visible_name(n) for n in _names([text])):
            return [text]
    return []


def _is_marked(element: lxml.html.HtmlElement) -> bool:
    """Whether the element's class or id holds a byline marker, or its itemprop or rel says author; or its tag is a
    custom element named for one (``<byline>``, ``<article-author>``: no HTML tag holds a marker)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    marks = " ".join(element.get(attribute, "") for attribute in MARKER_ATTRIBUTES) + " " + tag
    return bool(BYLINE_MARKER_RE.search(marks)) or "author" in (element.get("itemprop") or "").split() \
        or "author" in (element.get("rel") or "").split()


def _block_of(element: lxml.html.HtmlElement) -> str:
    """"other" (another story's block), "side" (aside, sidebar) or "main"."""
    where = "main"
    for node in [element, *element.iterancestors()]:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("html", "body"):
            break
        # A page-wide form (ASP.NET) holds the story's byline markup; a bare link to a profile in it is the login's.
        if tag in OTHER_BLOCK_TAGS and not (tag == "li" and _is_author_list_item(node)) \
                and not (is_page_form(node) and _is_marked(element)):
            return "other"
        if (tag == "article" and _is_story_card(node)) or is_photo_block(node):
            return "other"  # a teaser card; a photo's caption, its "author" the photographer
        marks = block_marks(node)  # less "withRelated", "has-comments": what the story's wrapper sits beside
        if marks.strip():
            if OTHER_BLOCK_RE.search(marks):
                return "other"
            if SIDE_BLOCK_RE.search(marks):
                where = "side"
        if tag in SIDE_BLOCK_TAGS:
            where = "side"
    return where


def _is_author_list_item(item: lxml.html.HtmlElement) -> bool:
    """A list item that is one of this page's authors (``<li class="authors__list-item">``, or any item of a
    ``<ul class="byline">``): several authors are written as a list, where other lists are other stories."""
    parent = item.getparent()
    return any(node is not None and BYLINE_MARKER_RE.search(f"{node.get('class', '')} {node.get('id', '')}")
               for node in (item, parent))


# An <article> this short whose heading links elsewhere is a teaser card, even alone: another story embedded in the
# text or a live blog ("<section class='inline-article'><article><h4><a href=...>"), its byline that story's.
STORY_CARD_MAX_CHARS = 400


def _is_story_card(article: lxml.html.HtmlElement) -> bool:
    """An ``<article>`` whose heading links elsewhere, beside other ``<article>`` elements (one card of a list of
    stories) or short (a teaser embedded in the text): its byline is that story's, not the page's."""
    if not article.xpath("(.//h1|.//h2|.//h3|.//h4)//a[@href]"):
        return False
    beside = any(isinstance(n.tag, str) and n.tag == "article" for n in (article.getprevious(), article.getnext())
                 if n is not None)
    return beside or len(collapse_space(article.text_content())) <= STORY_CARD_MAX_CHARS


def _is_site_name(name: str, site_keys: set[str]) -> bool:
    key = alnum_key(ORGANISATION_SUFFIX_RE.sub("", name))
    return bool(key) and any(key == s or (len(s) >= 4 and len(key) >= 4 and (s in key or key in s)) for s in site_keys)


def _ld_authors(value: Any) -> list[str]:
    """Person names of a JSON-LD author value; HTML entities read ("H&#233;ctor": CMSs escape JSON-LD strings
    as they escape HTML, and the ";" of an entity split a name in two)."""
    if isinstance(value, list):
        return [name for item in value for name in _ld_authors(item)]
    if isinstance(value, dict) and str(value.get("@type", "")).lower() in ORGANISATION_TYPES:
        return []
    if isinstance(value, dict) and any(isinstance(value.get(k), str) and ACCOUNT_HREF_RE.search(value[k]) for k in ("@id", "url")):
        return []
    name = name_of(value)
    return [html.unescape(name)] if name else []
