"""A credit whose labels and names are paired by their order ("Autor / Redakteur: Jana Roe / Max Muster", "Text /
Fotos: Jana Roe / Max Muster"; session 23): German trade and regional press credit the writer beside the desk
editor or the photographer so, each label matched with the name in its place.  Split at the slash alone, the line
gave every name as a writer and the writer's own part ("Autor / Redakteur: Jana Roe") no name at all, so the byline
was the editor's.  The writers are the names in a writer's label's place; a line of other labels is left as it is.
"""

from __future__ import annotations

import re

# Labels joined by slashes, a colon, names joined by slashes ("| Autor / Redakteur: ..." after a date's cut).
PAIRED_CREDIT_RE = re.compile(r"^[\s|•·,;-]*(?P<labels>[^\W\d_]+(?:\s*/\s*[^\W\d_]+)+)\s*:\s*(?P<names>\S.*)$")
NAME_SLASH_RE = re.compile(r"\s+/\s+|\s*／\s*")
# A writer's label (the others are a desk editor's, a photographer's, a graphic's: "Redakteur", "Fotos", "Grafik").
WRITER_LABELS = frozenset(["autor", "autorin", "autoren", "author", "authors", "text", "texte", "reporter", "reporterin"])


def writers_of_paired_credit(credit: str) -> str:
    """"Autor / Redakteur: Jana Roe / Max Muster" -> "Jana Roe"; any other credit as it is (labels and names must
    pair one to one, and one label at least must be a writer's)."""
    match = PAIRED_CREDIT_RE.match(credit)
    if match is None:
        return credit
    labels = [label.strip().lower() for label in match.group("labels").split("/")]
    names = [name.strip() for name in NAME_SLASH_RE.split(match.group("names"))]
    if len(labels) != len(names) or not any(label in WRITER_LABELS for label in labels) or not all(names):
        return credit
    return ", ".join(name for label, name in zip(labels, names) if label in WRITER_LABELS)
