"""How far to trust an attribution: ``speaker_confidence``, calibrated on data.

An attribution's evidence is the rule that found it (``Attribution.rule``:
"trailing", "leading", "sentence", "continues", ...) and the kind of mention
it found ("name", "pronoun", "description", "organisation"): a name right
after the closing mark is nearly always right, a pronoun two sentences back
less often.  ``calibration.json`` (beside this module, data, written by
``python -m quotearchive.tools.calibrate``) holds, for each evidence key, the
share of right speakers measured on the development sets (PolNeAR train and
the BBC dev gold), smoothed towards the rule's share when a key is rare.
The confidence of a quote is that share, so across quotes the mean confidence
matches the share of right speakers (``make eval`` prints the calibration
error on a set it was not fitted on).  A quote with no speaker gets 0: there is
no attribution to trust.

Reported statements (kind ``indirect``) have a table of their own,
``calibration_indirect.json``, fitted on PolNeAR train's indirect spans: the
same rule finds a clause's subject less surely than a quote's ("X wants to"
is not "X said"), so the quote table overstated them.  Their keys fall back
to the quote table only where the indirect one has none.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ...lexicon.people import PRONOUNS
from .model import Attribution

CALIBRATION_FILE = "calibration.json"
INDIRECT_FILE = "calibration_indirect.json"


def evidence(found: Attribution) -> str | None:
    """``rule:mention`` (``"trailing:name"``), the key confidence is looked up by."""
    if not found.speaker:
        return None
    written = (found.as_written or "").strip()
    if written.lower() in PRONOUNS:
        mention = "pronoun"
    elif found.speaker_type == "organisation":
        mention = "organisation"
    elif found.speaker_type == "description" or not written[:1].isupper():
        mention = "description"
    else:
        mention = "name"
    return f"{found.rule or 'other'}:{mention}"


@lru_cache(maxsize=2)
def _table(name: str = CALIBRATION_FILE) -> dict[str, float]:
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:  # not fitted yet: every key falls back to the default
        return {}
    return {key: float(value) for key, value in json.loads(text)["confidence"].items()}


def confidence(found: Attribution, kind: str | None = None) -> float:
    """The calibrated chance that ``found.speaker`` is right (0 without a speaker);
    ``kind="indirect"`` reads the reported statements' table first."""
    key = evidence(found)
    if key is None:
        return 0.0
    rule = key.split(":", 1)[0]
    for table in ([_table(INDIRECT_FILE)] if kind == "indirect" else []) + [_table()]:
        for k in (key, rule, "*"):
            if k in table:
                return table[k]
    return 0.5
