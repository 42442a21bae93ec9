"""Step 2 for web pages: decode HTML, extract the main text and the metadata.

Three steps, each measured on real pages (``make eval-html``, and
docs/html-extraction.md for the figures and the choice of library):

1. **Decode**: byte-order mark, then strict UTF-8 (valid UTF-8 is almost never
   anything else, whatever the page declares), then the page's declared
   charset, checked against detection because pages lie about it.
2. **Metadata** from the page's own data, best source first: JSON-LD
   (NewsArticle and kin), Open Graph and ``article:*`` meta tags, Dublin Core /
   ``citation_*`` / other named meta tags, ``<time datetime>``, byline markup,
   then the visible text.
3. **Main text** with trafilatura (lxml underneath), walked element by element
   so that paragraphs, subheadings, lists and blockquotes stay paragraphs;
   leading headings (headline, standfirst) are dropped because the title is
   its own field, and a pull quote repeating a body paragraph is kept once.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import warnings
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

import lxml.html
from charset_normalizer import from_bytes
from dateutil import parser as date_parser
from lxml import etree

from .metadata import canonical_outlet
from ..model import RejectedInput
from ..text.decode import CONTROL_CHARS, MAX_CONTROL_SHARE
from ..text.dates import normalise_date, numeric_date

LOGGER = logging.getLogger(__name__)

# --- decoding ---------------------------------------------------------------
BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml version="1.0" encoding="x"?>; looked for in the head only.
DECLARED_CHARSET_RE = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
CHARSET_SCAN_BYTES = 16_384
# Labels browsers read as a wider codec (the WHATWG Encoding Standard): a page
# saying ISO-8859-1 is decoded as windows-1252, GB2312 as GB18030, and so on.
CHARSET_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs", "unicode": "utf-8", "utf8": "utf-8",
}
# Detection runs on the page's text (tags, scripts and styles cut out), so
# that kilobytes of ASCII markup do not drown the few letters that tell.
MARKUP_RE = re.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)
DETECTION_SAMPLE_BYTES = 200_000
# The declared charset stands unless detection finds one clearly less messy.
CHAOS_MARGIN = 0.05
CHAOS_TIE = 0.01
# Detection's tie-break (single-byte codecs often read a text equally cleanly):
# the codecs most used on the web first (W3Techs' ranking, roughly).
COMMON_CHARSETS = ["cp1252", "gb18030", "cp1251", "cp932", "cp1250", "iso8859_2", "cp949", "big5hkscs", "cp1254", "cp874"]
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")

# --- metadata ---------------------------------------------------------------
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
META_PUBLISHED = [
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "citation_publication_date", "citation_date", "citation_online_date", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "publish-date", "publish_date", "publishdate", "pubdate", "pub_date", "publication_date", "date",
    "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime", "displaydate", "og:pubdate",
]
META_MODIFIED = [
    "article:modified_time", "og:updated_time", "article:modified", "datemodified", "dcterms.modified",
    "dc.date.modified", "last-modified", "lastmod", "article_date_updated", "revised",
]
META_AUTHOR = [
    "article:author", "author", "og:author", "citation_author", "dc.creator", "dcterms.creator",
    "sailthru.author", "parsely-author", "byl", "byline", "article_author", "article.author", "creator",
]
META_SECTION = ["article:section", "section", "article.section", "parsely-section", "dc.subject", "category"]
META_TAGS = ["article:tag", "news_keywords", "keywords", "parsely-tags", "citation_keywords", "dc.subject"]
META_SITE = ["og:site_name", "application-name", "al:android:app_name", "twitter:site", "dc.publisher", "citation_publisher"]
META_LANGUAGE = ["og:locale", "content-language", "dc.language", "dcterms.language", "language", "citation_language"]
META_URL = ["og:url", "twitter:url", "citation_public_url"]
# Visible byline markup, read only when the page's data names no author.
BYLINE_XPATH = (
    "//*[@itemprop='author']//*[@itemprop='name'] | //*[@rel='author'] | "
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' author ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' author-name ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' byline__name ')]"
)
BYLINE_PREFIX_RE = re.compile(r"^\s*(?:by|from|von|par|por|di|door|av|af|przez)\s*:?\s+", re.IGNORECASE)
BYLINE_SUFFIX_RE = re.compile(r"\s*(?:,|\||—|–|-)\s*(?:CNN|Reuters|AP|AFP|Associated Press|Staff Writer|Staff Reporter|Contributor).*$", re.IGNORECASE)
# A name: one to five words, each starting with an upper-case letter (particles allowed).
NAME_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*|de|del|della|der|van|von|da|di|la|le|bin|al|y)(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’\"“”-]*|\"[^\"]+\"|de|del|della|der|van|von|da|di|la|le|bin|al|y)){0,5}$")
AUTHOR_SPLIT_RE = re.compile(r"\s*(?:;|\||,\s*and\s+|\s+and\s+|\s+&\s+|,)\s*")
URL_LIKE_RE = re.compile(r"^(?:https?:|www\.|/)|\.(?:com|org|net)\b", re.IGNORECASE)
# Title tails and heads naming the site: "Headline | CNN Politics", "TechCrunch | Headline".
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:\||-|–|—|::|»|·|/|:)\s+|\s*(?:\||«|»)\s*")
SITE_SEGMENT_MAX_WORDS = 5
TITLE_EDGE_SEPARATORS = "|-–—:»·/_ "
ALNUM_RE = re.compile(r"[\W_]+")
MAX_TAGS = 30
# --- main text --------------------------------------------------------------
TRAFILATURA_OPTIONS = dict(
    with_metadata=False,
    include_comments=False,
    include_tables=True,
    include_images=False,
    include_links=False,
    include_formatting=False,
    deduplicate=False,
)
BLOCK_TAGS = frozenset(["p", "head", "quote", "list", "table", "code", "lb"])
# Paragraphs shorter than this (letters and digits only) are never treated
# as a repeat of another one: "He said." may well occur twice.
MIN_REPEAT_CHARS = 20
# Short lines before the first real paragraph are captions, kickers, dates and
# labels ("Courtesy G4", "Main Content", "04/19/13"), not the article.
LEADING_LABEL_MAX_WORDS = 5
WORD_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[^\W_]+")
SENTENCE_END_RE = re.compile(r"[.!?。！？…\"”’»)]$")
# Paragraphs that are page furniture wherever they stand.
FURNITURE_PARAGRAPH_RE = re.compile(
    r"^(?:advertisement|advertising|anzeige|publicidad|publicité|story continues below(?: advertisement)?|"
    r"continue reading(?: below)?|read more|related(?: stories| articles| coverage)?:?|share this(?: article)?|"
    r"click here|more:?|see also:?|getty images|image:? getty|skip (?:to )?(?:main )?content|main content)$",
    re.IGNORECASE,
)
# Fallback when trafilatura finds nothing: every <p> outside page furniture.
FALLBACK_DROP_TAGS = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg"]


# ============================================================================
# Public API
# ============================================================================


def parse_html(data: str | bytes, url: str | None = None) -> dict[str, Any]:
    """``{"body": main text, paragraphs separated by blank lines, **metadata}``.

    Keys match :class:`~quotearchive.model.Article` fields; unknown ones are
    left out.  Raises :class:`RejectedInput` for what cannot be an article
    (binary, empty, no text); never anything else on broken HTML.
    """
    text = decode_html(data) if isinstance(data, bytes) else data
    tree = parse_tree(text)
    meta = extract_metadata(tree, url)
    body = extract_body(tree, title=meta.get("title"))
    if not body:
        raise RejectedInput("no article text in page")
    result = {"body": body, **meta}
    if "published" not in result:
        result.update(date_from_text(body, tree))
    return {key: value for key, value in result.items() if value not in (None, "", [])}


# ============================================================================
# 1. Decoding
# ============================================================================


def decode_html(data: bytes) -> str:
    """Decode a page: BOM, then strict UTF-8, then the declared charset checked by detection."""
    if not data.strip():
        raise RejectedInput("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom):].decode(encoding, errors="replace"))
    if b"\x00" in data[:8192]:
        raise RejectedInput("binary file (NUL bytes)")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared == "utf-8":
        declared = None  # it said UTF-8 and is not: the declaration lies
    return _checked(data.decode(_best_charset(data, declared), errors="replace"))


def declared_charset(data: bytes) -> str | None:
    """The codec name a page's head declares, mapped as browsers map it, or None."""
    for match in DECLARED_CHARSET_RE.finditer(data[:CHARSET_SCAN_BYTES]):
        label = (match.group(1) or match.group(2)).decode("ascii", "replace").strip().lower()
        label = CHARSET_ALIASES.get(label, label)
        try:
            name = codecs.lookup(label).name
        except LookupError:
            continue
        return "utf-8" if name in ("utf-8", "utf-16", "utf-16-le", "utf-16-be") else name
    return None


def _best_charset(data: bytes, declared: str | None) -> str:
    sample = MARKUP_RE.sub(b" ", data)[:DETECTION_SAMPLE_BYTES]
    if not sample.strip():
        sample = data[:DETECTION_SAMPLE_BYTES]
    results = list(from_bytes(sample))
    if not results:
        if declared:
            return declared
        raise RejectedInput("binary file or unknown text encoding")
    if declared:
        try:
            sample.decode(declared)
        except UnicodeDecodeError:
            declared = None  # bytes the declared codec has no letter for: it lies
    best_chaos = min(match.chaos for match in results)
    if declared and _chaos(sample, declared) <= best_chaos + CHAOS_MARGIN:
        return declared
    # Codecs that read the bytes equally cleanly: the web's commonest wins.
    tied = {CHARSET_ALIASES.get(m.encoding, m.encoding) for m in results if m.chaos <= best_chaos + CHAOS_TIE}
    for encoding in COMMON_CHARSETS:
        if encoding in tied:
            return encoding
    best = min(results, key=lambda match: match.chaos)
    return CHARSET_ALIASES.get(best.encoding, best.encoding)


def _chaos(sample: bytes, encoding: str) -> float:
    match = from_bytes(sample, cp_isolation=[encoding]).best()
    return 1.0 if match is None else match.chaos


def _checked(text: str) -> str:
    sample = text[:100_000]
    if sum(ch in CONTROL_CHARS for ch in sample) > MAX_CONTROL_SHARE * len(sample):
        raise RejectedInput("binary file (control characters)")
    return text.replace("\x00", "")


def parse_tree(text: str) -> lxml.html.HtmlElement:
    """An lxml tree of the page; lxml's parser recovers from any broken markup."""
    text = XML_DECLARATION_RE.sub("", text, count=1)
    if not text.strip():
        raise RejectedInput("empty page")
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise RejectedInput(f"unparseable HTML ({error})") from None


# ============================================================================
# 2. Metadata
# ============================================================================


def extract_metadata(tree: lxml.html.HtmlElement, url: str | None = None) -> dict[str, Any]:
    """Title, url, outlet, byline, dates, language, section and tags, best source first."""
    ld = json_ld_article(tree)
    meta = meta_tags(tree)
    result: dict[str, Any] = {}
    result["title"] = choose_title(tree, ld, meta)
    result["url"] = _first(
        _link(tree, "canonical"), *(meta.get(k, [None])[0] for k in META_URL), _ld_url(ld), url
    )
    publisher = ld.get("publisher")
    result["outlet"] = canonical_outlet(
        _first(_name(publisher), *(_clean_site(v) for k in META_SITE for v in meta.get(k, [])))
    )
    result["byline"] = authors_byline(tree, ld, meta)
    published = _first_date([ld.get("datePublished"), ld.get("dateCreated")], meta, META_PUBLISHED, tree, "published")
    if published:
        result["published"], result["published_precision"] = published
    modified = _first_date([ld.get("dateModified")], meta, META_MODIFIED, tree, "modified")
    if modified:
        result["modified"] = modified[0]
    result["language"] = _language(tree, ld, meta)
    result["section"] = _first(
        *_strings(ld.get("articleSection")), *(v for k in META_SECTION for v in meta.get(k, []))
    )
    result["tags"] = _tags(ld, meta)
    return {key: value for key, value in result.items() if value not in (None, "", [])}


def json_ld_article(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The page's main JSON-LD article object (merged with its WebPage's fields), or {}."""
    articles, pages = [], []
    for script in tree.xpath("//script[@type='application/ld+json' or @type='application/json+ld']"):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            try:  # a trailing semicolon or comma, an HTML comment wrapper
                data = json.loads(raw.strip("; \n").removeprefix("<!--").removesuffix("-->"), strict=False)
            except ValueError:
                LOGGER.debug("unreadable JSON-LD block skipped")
                continue
        for item in _ld_items(data):
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
    return merged


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


def meta_tags(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Lower-cased meta name/property/itemprop/http-equiv -> its contents, in page order."""
    found: dict[str, list[str]] = {}
    for tag in tree.iter("meta"):
        content = tag.get("content")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = tag.get(attribute)
            if key:
                found.setdefault(key.strip().lower(), []).append(" ".join(content.split()))
    for tag in tree.xpath("//*[@itemprop and not(self::meta)]"):
        key = tag.get("itemprop").lower()
        if key in ("datepublished", "datemodified", "headline"):
            value = tag.get("datetime") or tag.get("content") or tag.text_content()
            if value and value.strip():
                found.setdefault(key, []).append(" ".join(value.split()))
    return found


def choose_title(tree: lxml.html.HtmlElement, ld: dict[str, Any], meta: dict[str, list[str]]) -> str | None:
    """The headline, by agreement between the page's sources.

    Measured on real pages, the page's own ``<title>`` (with the site's name
    cut off) is the title editors chose more often than JSON-LD's headline,
    which is often the shorter on-page display headline; so:
    the ``<h1>`` when it agrees with og:title or starts/ends the ``<title>``
    (keeping the visible typography), else the ``<title>`` with the site
    name cut off, else JSON-LD headline, og:title and the other meta titles.
    """
    page_title = _clean(_first(*(t.text_content() for t in tree.iter("title"))))
    og_titles = meta.get("og:title", [])
    headings = [_clean(h.text_content()) for h in tree.iter("h1")]
    headings = [h for h in headings if h and len(h) <= 400]
    keys = {_alnum(t) for t in og_titles if _alnum(t)}
    for heading in headings:
        if _alnum(heading) in keys:
            return heading
    if page_title:
        for heading in headings:
            if _is_title_edge(page_title, heading):
                return heading
        site_names = [_clean_site(v) for k in META_SITE for v in meta.get(k, [])] + [_name(ld.get("publisher"))]
        return strip_site_name(page_title, [s for s in site_names if s])
    for candidate in [*_strings(ld.get("headline")), *(v for k in META_TITLE for v in meta.get(k, [])), *headings]:
        cleaned = _clean(candidate)
        if cleaned:
            return strip_site_name(cleaned, [])
    return None


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
    sites = {_alnum(s) for s in site_names if s}
    longest = max(parts, key=len)

    def is_site(part: str) -> bool:
        key = _alnum(part)
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


def authors_byline(tree: lxml.html.HtmlElement, ld: dict[str, Any], meta: dict[str, list[str]]) -> str | None:
    """Authors joined with ", ": JSON-LD, then meta tags, then visible byline markup."""
    sources: list[list[str]] = [_ld_authors(ld.get("author")), _ld_authors(ld.get("creator"))]
    sources += [[v for v in meta.get(k, [])] for k in META_AUTHOR]
    sources.append([_clean(e.text_content()) for e in tree.xpath(BYLINE_XPATH)[:10]])
    for candidates in sources:
        names = _names(candidates)
        if names:
            return ", ".join(names)
    return None


def _ld_authors(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _ld_authors(item)]
    name = _name(value)
    return [name] if name else []


def _names(candidates: Iterable[str]) -> list[str]:
    names: list[str] = []
    for candidate in candidates:
        if not candidate or URL_LIKE_RE.search(candidate) or candidate.startswith("@"):
            continue
        candidate = BYLINE_SUFFIX_RE.sub("", BYLINE_PREFIX_RE.sub("", _clean(candidate)))
        for name in AUTHOR_SPLIT_RE.split(candidate):
            name = BYLINE_PREFIX_RE.sub("", name).strip(" .,:;|")
            if name and len(name) <= 60 and (NAME_RE.match(name) or not name.isascii()):
                if name.lower() not in {n.lower() for n in names}:
                    names.append(name)
    return names


def _first_date(
    ld_values: list[Any], meta: dict[str, list[str]], keys: list[str], tree: lxml.html.HtmlElement, kind: str
) -> tuple[str, str] | None:
    candidates = [v for v in ld_values if isinstance(v, str)]
    candidates += [v for k in keys for v in meta.get(k, [])]
    if kind == "published":
        times = tree.xpath("//time[@datetime][@pubdate or @itemprop='datePublished' or contains(@class, 'publish')]")
        times += tree.xpath("//time[@datetime]")[:1]
        candidates += [t.get("datetime") for t in times]
    for candidate in candidates:
        parsed = normalise_date(candidate)
        if parsed:
            return parsed
    return None


def date_from_text(body: str, tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The last resort: a numeric date in the page's visible text, if any."""
    texts = [tree.findtext(".//title") or ""]
    for element in tree.xpath("//*[contains(@class, 'date') or contains(@class, 'time') or contains(@id, 'date') or contains(@class, 'info')]")[:20]:
        texts.append(element.text_content()[:200])
    texts.append(body[:500])
    for text in texts:
        found = numeric_date(text or "")
        if found:
            return {"published": found[0], "published_precision": found[1]}
    return {}


def _language(tree: lxml.html.HtmlElement, ld: dict[str, Any], meta: dict[str, list[str]]) -> str | None:
    candidates = [*_strings(ld.get("inLanguage"))]
    candidates += [v for k in META_LANGUAGE for v in meta.get(k, [])]
    candidates.append(tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"))
    for candidate in candidates:
        if candidate and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", candidate.strip()):
            return candidate.strip().replace("_", "-")
    return None


def _tags(ld: dict[str, Any], meta: dict[str, list[str]]) -> list[str]:
    sources = [_strings(ld.get("keywords"))] + [meta.get(k, []) for k in META_TAGS]
    for values in sources:
        tags: list[str] = []
        for value in values:
            for tag in re.split(r"\s*[,;]\s*", value) if "," in value or ";" in value else [value]:
                tag = _clean(tag)
                if tag and len(tag) <= 80 and tag.lower() not in {t.lower() for t in tags}:
                    tags.append(tag)
        if tags:
            return tags[:MAX_TAGS]
    return []


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            return _clean(name)
        if isinstance(name, list) and name and isinstance(name[0], str):
            return _clean(name[0])
    if isinstance(value, list) and value:
        return _name(value[0])
    return None


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


def _clean_site(value: str | None) -> str | None:
    value = _clean(value)
    if not value or URL_LIKE_RE.match(value):
        return None
    return value.lstrip("@") or None


def _clean(value: str | None) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _alnum(text: str) -> str:
    return ALNUM_RE.sub("", text).lower()


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and isinstance(value, str) and value.strip():
            return value.strip()
    return None


# ============================================================================
# 3. Main text
# ============================================================================


def extract_body(tree: lxml.html.HtmlElement, title: str | None = None) -> str:
    """Main text, one paragraph per block, paragraphs separated by blank lines."""
    import trafilatura  # imported here: plain-text ingest never loads it

    try:
        document = trafilatura.bare_extraction(tree, **TRAFILATURA_OPTIONS)
    except Exception as error:  # noqa: BLE001 - a third-party parser on hostile input
        LOGGER.warning("trafilatura failed (%s); falling back to <p> elements", error)
        document = None
    body = getattr(document, "body", None)
    blocks = list(_blocks(body)) if body is not None else []
    if not any(kind != "head" for kind, _ in blocks):
        blocks = [("p", text) for text in _fallback_paragraphs(tree)]
    return "\n\n".join(clean_blocks(blocks, title))


def _blocks(body: etree._Element) -> Iterator[tuple[str, str]]:
    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "list":
            for item in element.iter("item"):
                text = _clean("".join(item.itertext()))
                if text:
                    yield "item", text
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_clean("".join(cell.itertext())) for cell in row]
                text = " | ".join(c for c in cells if c)
                if text:
                    yield "row", text
        else:
            text = _clean("".join(element.itertext()))
            if text:
                yield tag or "p", text


def clean_blocks(blocks: list[tuple[str, str]], title: str | None = None) -> list[str]:
    """Drop the leading headline/standfirst headings and repeated paragraphs (pull quotes)."""
    title_key = _alnum(title or "")
    blocks = [(kind, text) for kind, text in blocks if not FURNITURE_PARAGRAPH_RE.match(text)]
    while len(blocks) > 1 and (
        blocks[0][0] == "head"
        or (title_key and _alnum(blocks[0][1]) == title_key)
        or (len(WORD_RE.findall(blocks[0][1])) <= LEADING_LABEL_MAX_WORDS and not SENTENCE_END_RE.search(blocks[0][1]))
    ):
        blocks = blocks[1:]
    texts = [text for _, text in blocks if not (title_key and _alnum(text) == title_key)]
    keys = [_alnum(text) for text in texts]
    # One string of every paragraph: a paragraph found in it twice repeats
    # (part of) another one, as a pull quote repeats a body quote.
    joined = "\x00".join(keys)
    kept, seen = [], set()
    for text, key in zip(texts, keys):
        if key in seen:
            continue
        if len(key) >= MIN_REPEAT_CHARS and joined.count(key) > keys.count(key):
            continue  # contained in a longer paragraph
        seen.add(key)
        kept.append(text)
    return kept


def _fallback_paragraphs(tree: lxml.html.HtmlElement) -> list[str]:
    texts = []
    for paragraph in tree.iter("p", "blockquote", "pre"):
        if any(ancestor.tag in FALLBACK_DROP_TAGS for ancestor in paragraph.iterancestors()):
            continue
        text = _clean(paragraph.text_content())
        if text:
            texts.append(text)
    return texts
