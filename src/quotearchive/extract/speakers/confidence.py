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
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ...lexicon.people import PRONOUNS
from .model import Attribution

CALIBRATION_FILE = "calibration.json"


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


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    try:
        text = resources.files(__package__).joinpath(CALIBRATION_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:  # not fitted yet: every key falls back to the default
        return {}
    return {key: float(value) for key, value in json.loads(text)["confidence"].items()}


def confidence(found: Attribution) -> float:
    """The calibrated chance that ``found.speaker`` is right (0 without a speaker)."""
    key = evidence(found)
    if key is None:
        return 0.0
    table = _table()
    rule = key.split(":", 1)[0]
    for k in (key, rule, "*"):
        if k in table:
            return table[k]
    return 0.5
