"""A photo's credit line left in a web page's text, never a sentence about someone (session 18).

Saved pages keep the line under a picture as a paragraph of its own: "Jessica Kourkounis for The
New York Times", "Photo: Silver Screen Collection/Getty Images", "Credit: Karl Tate, SPACE.com".
Read as a sentence, its subject is the photographer, and a quote opening the next paragraph went to
them ("previous-subject").  A paragraph that is only a credit line names no speaker.
"""

from __future__ import annotations

import re

# Agencies and picture libraries a credit ends with: "Name/Getty Images", "Name/AP".
AGENCIES = (r"(?:Getty(?:\s+Images)?|AP|AFP|Reuters|EPA(?:-EFE)?|Shutterstock|PA(?:\s+Wire)?|Alamy|Bloomberg|"
            r"Corbis|Rex(?:\s+Features)?|Zuma(?:\s+Press)?|SIPA|ANP|Xinhua|NurPhoto|Instagram|Twitter|Facebook)")
CREDIT_RE = re.compile(
    # "Jessica Kourkounis for The New York Times", "Max Whittaker for the Guardian"
    r"(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+for[ \t]+(?:The[ \t]+|the[ \t]+)?[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4}"
    # "Photo: ...", "Image credit: Getty", "Photograph by Jane Doe", "Credit: Karl Tate, SPACE.com"
    r"|(?:Photo(?:graph)?s?|Images?|Pictures?|Credits?|Illustrations?)(?:[ \t]+(?:by|credit|courtesy(?:[ \t]+of)?))?[ \t]*[:|][^\n]{1,80}"
    r"|(?:Photo(?:graph)?s?|Images?|Pictures?|Illustrations?)[ \t]+(?:by|courtesy(?:[ \t]+of)?)[ \t]+[^\n]{1,80}"
    # "Silver Screen Collection/Getty Images", "Jane Doe / AP"
    rf"|[^\n]{{1,60}}[ \t]*/[ \t]*{AGENCIES}(?:[ \t]+via[ \t]+[^\n]{{1,40}})?)"
    r"[ \t]*\.?[ \t]*"
)


def is_credit_line(paragraph: str) -> bool:
    """Is ``paragraph`` (a whole paragraph's text) only a photo's credit line?"""
    text = paragraph.strip()
    return len(text) <= 120 and CREDIT_RE.fullmatch(text) is not None
