"""flairNLP/fundus's parser test pages as labelled pages for ``make eval-html``: each page's address,
title, authors and publishing date as fundus's tests expect them.  Scored in ``tools/evaluation_html.py``.

The labels are what fundus's per-publisher parsers read from each page (mostly its JSON-LD or meta
tags, some from a CSS selector on the byline), recorded by fundus's maintainers as the parser's
expected output: not read by hand, so a few are wrong (a day-first date read month-first) or keep a
site's furniture.  Nothing of fundus's pages is in the repository.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

# fundus's parser tests: one folder per country, "<Publisher>_<crawl day>.html.gz" pages, "<Publisher>.json"
# with the expected fields per parser version, "meta.info" with each page's address and crawl time.
FUNDUS_TEST_DATA = Path("tests/resources/parser/test_data")
# Countries whose publishers in fundus's tests write in English (fundus names India "ind"): one of
# India's pages is in Hindi and one of Canada's in French, kept, since the country is what fundus records.
ENGLISH_COUNTRIES = frozenset({"us", "uk", "ca", "au", "ind", "ie", "nz", "za", "na", "ls", "tz"})


@dataclass
class FundusPage:
    name: str  # "<country>_<page file without .gz>": what the split is drawn from
    country: str
    url: str
    path: Path  # gzip-compressed
    title: str | None
    authors: list[str] | None  # None: no label; [] fundus's parser found no author (not scored)
    published: str | None  # as fundus wrote it ("2023-04-28 17:40:08+00:00")


def read_fundus_pages(folder: Path) -> list[FundusPage]:
    """fundus's parser test pages, each with the fields its tests expect.

    Each publisher's versions (V1, V1_1, V2...) and its pages are matched in order: oldest version,
    earliest crawl; a publisher with more versions than pages (or fewer) is left out.
    """
    found = []
    for meta_path in sorted((folder / FUNDUS_TEST_DATA).glob("*/meta.info")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        country = meta_path.parent.name
        for cases_path in sorted(meta_path.parent.glob("*.json")):
            cases = json.loads(cases_path.read_text(encoding="utf-8"))
            pages = sorted((p for p in meta_path.parent.glob(f"{cases_path.stem}_*.html.gz")
                            if re.fullmatch(re.escape(cases_path.stem) + r"_\d{4}_\d\d_\d\d\.html\.gz", p.name)),
                           key=lambda p: meta.get(p.name, {}).get("crawl_date", ""))
            versions = sorted(cases, key=lambda v: [int(n) for n in re.findall(r"\d+", v)])
            if len(pages) != len(versions):
                continue
            for version, path in zip(versions, pages):
                if path.name not in meta:
                    continue
                case = cases[version] or {}
                authors = case.get("authors")
                title = case.get("title")
                day = case.get("publishing_date")
                found.append(FundusPage(
                    f"{country}_{path.name[:-3]}", country, meta[path.name]["url"], path,
                    title if isinstance(title, str) and title.strip() else None,
                    [a for a in authors if isinstance(a, str)] if isinstance(authors, list) else None,
                    day if isinstance(day, str) else None))
    return found
