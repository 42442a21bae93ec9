"""A web page's metadata, from the page's own data, best source first.

JSON-LD (NewsArticle and kin), Open Graph and ``article:*`` meta tags, Dublin
Core / ``citation_*`` / other named meta tags, ``<time datetime>``, byline
markup, then the visible text.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

import lxml.html

from .metadata import canonical_outlet
from .page_agencies import visible_agency_credit
from .page_byline import URL_LIKE_RE, authors_byline
from .page_dates import META_MODIFIED, first_date, is_home_page, published_date
from .page_headline import headline_teaser_byline
from .page_signature import foot_signature
from .page_title import heading_names_site
from .page_strings import alnum_key, collapse_space, name_of, strings_of

LOGGER = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    t.lower()
    for t in [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
        "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "SocialMediaPosting", "Report", "Review",
    ]
)
PAGE_TYPES = frozenset(["webpage", "itempage", "collectionpage"])
# Named meta tags, best first, for each field (og: and article: before the rest).
META_TITLE = ["og:title", "twitter:title", "citation_title", "dc.title", "dcterms.title", "headline", "title"]
META_SECTION = ["article:section", "section", "article.section", "parsely-section", "dc.subject", "category"]
META_TAGS = ["article:tag", "news_keywords", "keywords", "parsely-tags", "citation_keywords", "dc.subject"]
META_SITE = ["og:site_name", "application-name", "al:android:app_name", "twitter:site", "dc.publisher", "citation_publisher"]
META_LANGUAGE = ["og:locale", "content-language", "dc.language", "dcterms.language", "language", "citation_language"]
META_URL = ["og:url", "twitter:url", "citation_public_url"]
# Title tails and heads naming the site: "Headline | CNN Politics", "TechCrunch | Headline".
# A dash between two numbers is a range or a score ("Wochenbericht 14. - 20. Januar", "Arsenal 2 - 1 Chelsea"),
# not a separator between a headline and a site's name.
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:\||::|»|·|/|:)\s+|(?<!\d)(?<!\d\.)\s+(?:--|-|–|—)\s+|\s+(?:--|-|–|—)\s+(?!\d)"
                                r"|\s*(?:\||«|»)\s*")
SITE_SEGMENT_MAX_WORDS = 5
TITLE_EDGE_SEPARATORS = "|-–—:»·/_ "
# "en", "en-GB", "pt_BR", "zh-Hans-CN": a language tag, not a language's name.
LANGUAGE_CODE_RE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
# "//<![CDATA[ {...} //]]>", "<!-- {...} -->": wrappers some CMSs put around JSON-LD.
JSON_LD_WRAPPER_RE = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
# Soft hyphens (where a German headline may break: "Ver&shy;fas&shy;sung") and zero-width spaces and joiners
# are invisible in the headline and no part of its text.
INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
TAG_SEPARATOR_RE = re.compile(r"\s*[,;]\s*")
MAX_TAGS = 30


def extract_metadata(tree: lxml.html.HtmlElement, url: str | None = None) -> dict[str, Any]:
    """Title, url, outlet, byline, dates, language, section and tags, best source first."""
    ld = json_ld_article(tree)
    meta = meta_tags(tree)
    result: dict[str, Any] = {}
    result["url"] = _first(
        _link(tree, "canonical"), *(meta.get(k, [None])[0] for k in META_URL), _ld_url(ld), url
    )
    result["title"] = INVISIBLE_RE.sub("", choose_title(tree, ld, meta, result["url"]) or "")
    publisher = ld.get("publisher")
    result["outlet"] = canonical_outlet(
        _first(name_of(publisher), *(_clean_site(v) for k in META_SITE for v in meta.get(k, [])))
    )
    # A one-person site publishes as its writer (Yoast's "Person" publisher): that name is no site name.
    publisher_site = None if _is_person(publisher) else name_of(publisher)
    sites = [_clean_site(v) for k in META_SITE for v in meta.get(k, [])] + [publisher_site, _host_name(result["url"])]
    # The writer's signature at the story's foot, when nothing else names anyone (page_signature); then a byline
    # in the headline's own teaser-named block (page_headline); then a news agency or a desk the byline markup
    # credits (page_agencies).
    named = [s for s in sites if s]
    result["byline"] = (authors_byline(tree, ld, meta, named) or foot_signature(tree)
                        or headline_teaser_byline(tree) or visible_agency_credit(tree, named))
    modified = first_date([ld.get("dateModified")], meta, META_MODIFIED, tree, "modified")
    published = published_date(ld, meta, tree, modified, result["url"] or url)
    if is_home_page(result["url"]) and is_home_page(url or result["url"]):
        published = None  # a site's front page by every address it has: its records date the site, no story
    if published:
        result["published"], result["published_precision"] = published
    if modified:
        result["modified"] = modified[0]
    result["language"] = _language(tree, ld, meta)
    result["section"] = _first(
        *strings_of(ld.get("articleSection")), *(v for k in META_SECTION for v in meta.get(k, []))
    )
    result["tags"] = _tags(ld, meta)
    return {key: value for key, value in result.items() if value not in (None, "", [])}


def _is_person(value: Any) -> bool:
    """Whether a JSON-LD node is typed ``Person`` (alone or beside other types)."""
    types = value.get("@type") if isinstance(value, dict) else None
    return "person" in {str(t).lower() for t in (types if isinstance(types, list) else [types])}


def json_ld_article(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The page's main JSON-LD article object (merged with its WebPage's fields), or {}."""
    articles, pages, by_id = [], [], {}
    for script in tree.xpath("//script[@type='application/ld+json' or @type='application/json+ld']"):
        data = _read_json_ld(script.text or "")
        if data is None:
            continue
        for item in _ld_items(data):
            if isinstance(item.get("@id"), str):
                by_id.setdefault(item["@id"], item)
            types = item.get("@type")
            types = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if types & ARTICLE_TYPES:
                articles.append(item)
            elif types & PAGE_TYPES:
                pages.append(item)
    if not articles and not pages:
        return {}
    # The article with a headline wins; page-level fields fill its gaps.
    articles.sort(key=lambda a: not a.get("headline"))
    merged: dict[str, Any] = {}
    for item in [*articles[:1], *pages]:
        for key, value in item.items():
            merged.setdefault(key, value)
    # {"@id": ...} references (a @graph's Person node for the author) resolved.
    for key in ("author", "creator", "publisher"):
        merged[key] = _resolve(merged.get(key), by_id)
    return merged


def _read_json_ld(raw: str) -> Any:
    """A JSON-LD script's data, or None: CDATA and comment wrappers, trailing ";" tolerated."""
    raw = JSON_LD_WRAPPER_RE.sub("", raw).strip()
    if not raw:
        return None
    for text in (raw, raw.strip("; \n")):
        try:
            return json.loads(text, strict=False)
        except ValueError:
            continue
    LOGGER.debug("unreadable JSON-LD block skipped")
    return None


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        return [_resolve(item, by_id) for item in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return by_id.get(value["@id"], value)
    return value


def _ld_items(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _ld_items(data[key], depth + 1)


MICRODATA_KEYS = ("datepublished", "datemodified", "headline")


def meta_tags(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Lower-cased meta name/property/itemprop/http-equiv -> its contents, in page order."""
    found: dict[str, list[str]] = {}
    # Microdata dates and headlines in the body (<meta itemprop> included): kept
    # apart, since lists of stories carry one each.
    visible: dict[str, list[str]] = {}
    for tag in tree.iter("meta"):
        content = tag.get("content")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = tag.get(attribute)
            if key:
                key = key.strip().lower()
                in_body = attribute == "itemprop" and key in MICRODATA_KEYS and tag.getparent() is not None \
                    and tag.getparent().tag != "head"
                (visible if in_body else found).setdefault(key, []).append(" ".join(content.split()))
    for tag in tree.xpath("//*[@itemprop and not(self::meta)]"):
        key = tag.get("itemprop").lower()
        if key in MICRODATA_KEYS:
            value = tag.get("datetime") or tag.get("content") or tag.text_content()
            if value and value.strip():
                visible.setdefault(key, []).append(" ".join(value.split()))
    for key, values in visible.items():
        # Several different values: a list of stories (related, latest), each
        # with its own date or headline, not this page's.
        if len(set(values)) == 1:
            found.setdefault(key, []).extend(values[:1])
    for key, values in parsely_page(found.get("parsely-page", [])).items():
        found.setdefault(key, []).extend(values)
    return found


# Parse.ly's "parsely-page" meta tag: one JSON object standing for the separate
# parsely-* tags (its own documentation says so); its authors and its publication
# stamp are read. The stamp under a key of its own, not "parsely-pub-date": an
# analytics plugin's copy, often in UTC where the page's own records write the
# newsroom's zone, it is the last record a date is taken from (``page_dates``).
PARSELY_PAGE_FIELDS = {"author": "parsely-author", "authors": "parsely-author", "pub_date": "parsely-page:pub_date"}


def parsely_page(contents: list[str]) -> dict[str, list[str]]:
    """The parsely-* meta tags that a ``parsely-page`` JSON object stands for (its authors, its date)."""
    found: dict[str, list[str]] = {}
    for content in contents[:1]:
        try:
            data = json.loads(content)
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        for field, key in PARSELY_PAGE_FIELDS.items():
            values = data.get(field)
            values = [values] if isinstance(values, str) else values if isinstance(values, list) else []
            found.setdefault(key, []).extend(" ".join(v.split()) for v in values if isinstance(v, str) and v.strip())
    return {key: values for key, values in found.items() if values}


# The headline as the page's records give it for sharing and search engines.
META_HEADLINE = ["og:title", "twitter:title"]
KICKER_TAGS = frozenset(["span", "small", "em", "strong", "b", "div"])
# A host name this short ("ap", "ft") could be part of any headline's word.
HOST_SITE_MIN_CHARS = 5
# An <h1> that starts a longer title ("Headline (AAPL, FB)", "Headline for faster pages") has this many words at least.
TITLE_PREFIX_MIN_WORDS = 3


def choose_title(
    tree: lxml.html.HtmlElement, ld: dict[str, Any], meta: dict[str, list[str]], url: str | None = None
) -> str | None:
    """The headline, by agreement between the page's sources.

    1. the ``<h1>`` that the page's records (og:title, twitter:title,
       JSON-LD headline; site name cut) name as the headline, or marked
       ``itemprop="headline"`` (a section's ``<h1>`` may come first); an
       ``<h1>`` that holds the headline and then its standfirst gives the
       headline;
    2. the ``<h1>`` that is one end of the ``<title>``, or starts it;
    3. og:title / twitter:title (site name cut): what the editors wrote
       for sharing, where the ``<title>`` is often worded for search engines;
    4. the ``<title>`` with the site name cut; JSON-LD headline; other meta titles.
    """
    page_title = collapse_space(_first(*(t.text_content() for t in tree.iter("title"))))
    site_names = [s for s in [_clean_site(v) for k in META_SITE for v in meta.get(k, [])] + [name_of(ld.get("publisher"))] if s]
    # The name the site's address spells ("tageszeitung"), for pages that name the site nowhere else: a title's
    # segment holding it ("Die Neue Südtiroler Tageszeitung") is the site's, even when longer than the headline.
    host = _host_name(url)
    if host and len(host) >= HOST_SITE_MIN_CHARS:
        site_names.append(host)
    shared = _headlines([v for k in META_HEADLINE for v in meta.get(k, [])], site_names)
    records = shared + _headlines(strings_of(ld.get("headline")), site_names)
    # A record that is the site's own name ("twitter:title" "News.az" beside og:title's headline) names no
    # headline: it would pick the logo's <h1>.
    site_keys = {alnum_key(s) for s in site_names} | {alnum_key(_full_host(url))}
    records = [r for r in records if alnum_key(r) not in site_keys]
    shared = [r for r in shared if alnum_key(r) not in site_keys]
    h1s = [h for h in tree.iter("h1") if len(collapse_space(h.text_content())) <= 400]
    headings = [_heading_text(h) for h in h1s]
    keys = {alnum_key(r) for r in records if alnum_key(r)}
    for heading in headings:
        if heading and alnum_key(heading) in keys:
            return heading
    for heading in headings:
        for record in records:
            if heading and _starts_with_words(heading, record):
                return record
    # An <h1> holding a kicker in its first element and then the headline the records give ("<h1><span
    # class='roofline'>Wurmkiste</span> Wurmkiste selber bauen</h1>"): the kicker is a label above it.
    for h1 in h1s:
        first = next((c for c in h1 if isinstance(c.tag, str)), None)
        if first is None or collapse_space(h1.text) or first.tag not in KICKER_TAGS:
            continue
        kicker = collapse_space(first.text_content())
        rest = collapse_space(h1.text_content()).removeprefix(kicker).lstrip(TITLE_EDGE_SEPARATORS)
        if kicker and rest and any(alnum_key(rest) == alnum_key(record) for record in records):
            return rest  # as the page shows it (the records may have lost its quote marks to a site-name cut)
    for h1, heading in zip(h1s, headings):
        if heading and (h1.get("itemprop") == "headline" or "headline" in (h1.get("class") or "").lower()):
            return heading
    if page_title:
        # The <h1> at one end of the <title>, as written or once the site's segment is cut ("Kicker: Headline -
        # Site"); an <h1> that is the site's own name is no headline (page_title).
        site_cut = strip_site_name(page_title, site_names)
        title_key = _loose(page_title)  # (once: per heading, 10,000 <h1>s under a long <title> took 22 s)
        for heading in headings:
            if heading_names_site(heading, host, page_title):
                continue
            if heading and (_is_title_edge(page_title, heading) or _is_title_edge(site_cut, heading) or (
                    len(heading.split()) >= TITLE_PREFIX_MIN_WORDS and _starts_with_words(page_title, heading, title_key))):
                return heading
    if shared:
        return shared[0]
    if page_title:
        return strip_site_name(page_title, site_names)
    for candidate in [*records, *(v for k in META_TITLE for v in meta.get(k, [])), *headings]:
        cleaned = collapse_space(candidate)
        if cleaned:
            return strip_site_name(cleaned, [])
    return None


def _heading_text(h1: lxml.html.HtmlElement) -> str:
    """An ``<h1>``'s headline: a kicker in its first element, glued to the headline with no space between
    ("<h1><span>Nationale Demo</span>Der 9. Juli naht: ...</h1>", set on a line of its own by the page's
    style, or readers would see "DemoDer"), is a label above the headline, not part of it."""
    whole = collapse_space(h1.text_content())
    first = next((c for c in h1 if isinstance(c.tag, str)), None)
    if first is None or collapse_space(h1.text) or first.tag not in KICKER_TAGS:
        return whole
    kicker, tail = collapse_space(first.text_content()), first.tail or ""
    if kicker and tail[:1].isalnum() and tail[:1].isupper() and kicker[-1:].isalnum():
        return collapse_space(whole[len(kicker):]) or whole
    # A kicker ending in a colon, in its own element, glued to the headline ("<span>Police catch two:</span>Two
    # days after the theft ..."): the space the page's records write after the colon.
    if kicker and kicker[-1:] == ":" and tail[:1].isalnum() and whole.startswith(kicker):
        return collapse_space(f"{kicker} {whole[len(kicker):]}")
    return whole


# "Don???t": a record whose typography was lost to a wrong decoding on the way in.
LOST_CHARACTERS = "???"


def _headlines(values: list[str], site_names: list[str]) -> list[str]:
    """Headline records as text (entities read: "Don&#8217;t"), site name cut, mis-decoded ones left out."""
    found = [strip_site_name(collapse_space(html.unescape(v)), site_names) for v in values]
    return [f for f in found if f and LOST_CHARACTERS not in f]


def _starts_with_words(text: str, start: str, text_key: str | None = None) -> bool:
    """Whether ``text`` begins with ``start`` and goes on past a word boundary (typography unified); ``text_key``:
    ``_loose(text)`` when the caller has it."""
    text_key, start_key = text_key if text_key is not None else _loose(text), _loose(start)
    return len(start_key) < len(text_key) and text_key.startswith(start_key) and len(start_key.split()) >= TITLE_PREFIX_MIN_WORDS


def _loose(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split()) + " "


def _is_title_edge(page_title: str, heading: str) -> bool:
    """True if ``heading`` is all of ``page_title`` or one end of it, cut at a separator."""
    if page_title == heading:
        return True
    if page_title.startswith(heading):
        rest = page_title[len(heading):]
        return rest[:1] in TITLE_EDGE_SEPARATORS and len(rest) < len(heading)
    if page_title.endswith(heading):
        rest = page_title[: -len(heading)]
        return rest[-1:] in TITLE_EDGE_SEPARATORS and len(rest) < len(heading)
    return False


def strip_site_name(title: str, site_names: Iterable[str]) -> str:
    """Cut "| Site Name" off either end of a page title; the headline itself stays whole."""
    parts = [p for p in TITLE_SEPARATOR_RE.split(title) if p and p.strip()]
    if len(parts) < 2:
        return title
    sites = {alnum_key(s) for s in site_names if s}
    longest = max(parts, key=len)

    def is_site(part: str) -> bool:
        key = alnum_key(part)
        return key in sites or any(key and (key in s or s in key) for s in sites) or (
            part is not longest and len(part.split()) <= SITE_SEGMENT_MAX_WORDS and len(part) < len(longest)
        )

    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1]):
        end -= 1
    while end - start > 1 and is_site(parts[start]):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    # Cut the original string, so that separators inside the headline survive.
    first, last = parts[start], parts[end - 1]
    begin = title.find(first)
    finish = title.rfind(last) + len(last)
    return title[begin:finish].strip(TITLE_EDGE_SEPARATORS) or title


def _language(tree: lxml.html.HtmlElement, ld: dict[str, Any], meta: dict[str, list[str]]) -> str | None:
    candidates = [*strings_of(ld.get("inLanguage"))]
    candidates += [v for k in META_LANGUAGE for v in meta.get(k, [])]
    candidates.append(tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"))
    for candidate in candidates:
        if candidate and LANGUAGE_CODE_RE.fullmatch(candidate.strip()):
            return candidate.strip().replace("_", "-")
    return None


def _tags(ld: dict[str, Any], meta: dict[str, list[str]]) -> list[str]:
    sources = [strings_of(ld.get("keywords"))] + [meta.get(k, []) for k in META_TAGS]
    for values in sources:
        tags: list[str] = []
        for value in values:
            for tag in TAG_SEPARATOR_RE.split(value) if "," in value or ";" in value else [value]:
                tag = collapse_space(tag)
                if tag and len(tag) <= 80 and tag.lower() not in {t.lower() for t in tags}:
                    tags.append(tag)
        if tags:
            return tags[:MAX_TAGS]
    return []


def _ld_url(ld: dict[str, Any]) -> str | None:
    for key in ("url", "mainEntityOfPage", "@id"):
        value = ld.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.startswith("http"):
            return value
    return None


def _link(tree: lxml.html.HtmlElement, rel: str) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower().split() == [rel] and link.get("href", "").startswith("http"):
            return link.get("href").strip()
    return None


def _host_name(url: str | None) -> str | None:
    """"theglobeandmail" from https://www.theglobeandmail.com/...: the site's name as its address spells it."""
    match = re.match(r"https?://([^/:]+)", url or "")
    if not match:
        return None
    labels = [p for p in match.group(1).lower().split(".") if p not in ("www", "m", "amp")]
    return max(labels[:-1] or labels, key=len) if labels else None


def _full_host(url: str | None) -> str:
    """"news.az" from https://www.news.az/...: the address's name whole, which some sites take as their name."""
    match = re.match(r"https?://(?:www\.)?([^/:]+)", url or "")
    return match.group(1).lower() if match else ""


def _clean_site(value: str | None) -> str | None:
    value = collapse_space(value)
    if not value or URL_LIKE_RE.match(value):
        return None
    return value.lstrip("@") or None



def _first(*values: str | None) -> str | None:
    for value in values:
        if value and isinstance(value, str) and value.strip():
            return value.strip()
    return None

