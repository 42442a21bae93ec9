"""A quote's citation in three formats: plain text, BibTeX and CSL JSON.

Each gives who spoke, the words, the outlet, the date, the article's URL,
the quote's permanent link on this site and the date it was archived (the
archive's database file's date: when it was last built).  Pure functions of
the quote page's data; the template shows them with a "Copy" button each.
"""

from __future__ import annotations

import json
import re
from typing import Any

BIBTEX_SPECIAL_RE = re.compile(r"([\\{}&%$#_^~])")
BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def bibtex_escape(value: str) -> str:
    return BIBTEX_SPECIAL_RE.sub(lambda m: BIBTEX_ESCAPES.get(m.group(1), "\\" + m.group(1)), value)


def date_parts(iso: str | None) -> list[int] | None:
    """[2005, 3, 3] from '2005-03-03...', as precise as the date is; None without a year."""
    if not iso or iso.startswith("--"):
        return None
    parts = []
    for piece in (iso[:4], iso[5:7], iso[8:10]):
        if not piece.isdigit():
            break
        parts.append(int(piece))
    return parts or None


def citations(q: dict[str, Any], permalink: str, archived: str, archive_name: str) -> dict[str, str]:
    """{"text", "bibtex", "csl"} for a quote page's data ``q`` (see pages.quote)."""
    speaker = q.get("speaker") or q.get("speaker_as_written") or "Unnamed speaker"
    words = (q.get("text") or "").strip().rstrip(",;:").strip()
    outlet = q.get("outlet") or "outlet unknown"
    when = q.get("date") or "date unknown"
    url = q.get("safe_url")
    title = q.get("title") or ""
    # Reported speech is the reporter's words, never cited inside quote marks.
    reported = q.get("kind") == "indirect"
    said = f"reported as saying {words}" if reported else f"“{words}”"
    text = (
        f"{speaker}, {said}, {'in' if reported else 'quoted in'} “{title}”, {outlet}, {when}."
        + (f" {url}." if url else "")
        + f" Archived {archived} in {archive_name}: {permalink}"
    )
    fields = [
        ("author", f"{{{bibtex_escape(speaker)}}}"),
        ("title", f"{{{bibtex_escape(words)}}}"),
        ("howpublished", bibtex_escape(f"{'Reported' if reported else 'Quoted'} in ``{title}'', {outlet}")),
    ]
    issued = date_parts(q.get("published"))
    if issued:
        fields.append(("date", "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(issued))))
        fields.append(("year", str(issued[0])))
    if url:
        fields.append(("url", url))
    fields += [("urldate", archived), ("note", bibtex_escape(f"Archived in {archive_name}: ") + f"\\url{{{permalink}}}")]
    bibtex = f"@misc{{quote{q['id']},\n" + ",\n".join(f"  {k} = {{{v}}}" for k, v in fields) + "\n}"
    csl: dict[str, Any] = {
        "id": f"quote-{q['id']}",
        "type": "article-newspaper",
        "title": title,
        "container-title": q.get("outlet"),
        "note": f"{speaker}, {said}" if reported else f"{speaker}: “{words}”",
        "archive": archive_name,
        "archive_location": permalink,
        "accessed": {"date-parts": [date_parts(archived)]},
    }
    if issued:
        csl["issued"] = {"date-parts": [issued]}
    if url:
        csl["URL"] = url
    if q.get("byline"):
        csl["author"] = [{"literal": q["byline"]}]
    csl = {k: v for k, v in csl.items() if v is not None}
    # Indented, with a date's parts on one line: [[2005, 3, 6]].
    csl_json = json.dumps([csl], ensure_ascii=False, indent=2)
    csl_json = re.sub(r"\[\s+((?:\d+,\s+)*\d+)\s+\]", lambda m: "[" + ", ".join(m.group(1).replace(",", " ").split()) + "]", csl_json)
    csl_json = re.sub(r"\[\s+(\[[\d, ]+\])\s+\]", r"[\1]", csl_json)
    return {"text": text, "bibtex": bibtex, "csl": csl_json}
