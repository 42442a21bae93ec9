"""How far to trust an attribution: ``speaker_confidence``, calibrated on data.

An attribution's evidence is the rule that found it (``Attribution.rule``:
"trailing", "leading", "sentence", "continues", ...) and the kind of mention
it found ("name", "pronoun", "description", "organisation"): a name right
after the closing mark is nearly always right, a pronoun two sentences back
less often.  ``calibration.json`` (beside this module, data, written by
``python -m quotearchive.tools.calibrate``) holds, for each evidence key, the
share of right speakers measured on the development sets (PolNeAR train, the
BBC dev gold and the BBC training set), smoothed towards the rule's share when a key is rare.
Across those sets' quotes that share matches the share of right speakers;
on other news it is too high, hence the layer below (``make eval`` prints the
calibration error on every set).  A quote with no speaker gets 0: there is
no attribution to trust.

Reported statements (kind ``indirect``) have a table of their own,
``calibration_indirect.json``, fitted on PolNeAR train's indirect spans: the
same rule finds a clause's subject less surely than a quote's ("X wants to"
is not "X said"), so the quote table overstated them.  Their keys fall back
to the quote table only where the indirect one has none.

**Transfer to news the rules were not written on.**  The shares above are
measured on the sets the rules were developed against, and so promise too much
on other news: on BBC entertainment, sport and tech copy the rules had not seen,
attributions the table gave 0.965 on average were right 0.916 of the time.  Direct quotes therefore pass
the share through a small logistic layer, ``transfer`` in ``calibration.json``::

    confidence = 1 / (1 + exp(-(bias + base * logit(share) + epithet * [epithet])))

fitted on attributions made by rules that had never seen their articles (the
hand-labelled BBC training set scored with the rules as they stood before any
rule was written against it: ``tools/calibration_unseen.jsonl``, docs/speakers.md,
"A confidence for news the rules were not written on").  One piece of evidence
beyond rule and mention enters it: an **epithet kept as written**, a definite
description left as the speaker ("said the world champion", "his wife said"),
which stands for someone the article has named, where the speaker should have
been the name; the key then ends ``:epithet`` (``"trailing:description:epithet"``)
and the table is read by the two-part key.  Other evidence from the article (how
many people it names, how many speakers it quotes, how far the mention stands from
the quote, other names in between, a pronoun's antecedent named in passing) was
studied and did not transfer from one set to another; it is not used.
Reported statements keep their own table without the layer.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from ...lexicon.people import PRONOUNS
from .model import Attribution

CALIBRATION_FILE = "calibration.json"
INDIRECT_FILE = "calibration_indirect.json"
# A definite description whose head is a common noun: "the world indoor champion", "his wife".
EPITHET_RE = re.compile(r"(?:the|his|her|its|their)\s+(?:\S+\s+)*[a-z][\w-]*", re.IGNORECASE)
# A share of exactly 0 or 1 has no logit: clipped this far inside (0, 1).
EDGE = 1e-3


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
    return with_epithet(f"{found.rule or 'other'}:{mention}", found.speaker, written)


def with_epithet(key: str, speaker: str | None, as_written: str | None) -> str:
    """``key`` ("rule:mention") with ``:epithet`` added when its description is an epithet kept as written."""
    return key + ":epithet" if key.endswith(":description") and is_epithet(speaker, as_written) else key


def is_epithet(speaker: str | None, as_written: str | None) -> bool:
    """A definite description kept as the speaker ("the world champion", "his wife"):
    "the" points back at someone the article has introduced, most often by name."""
    written = (as_written or "").strip()
    return (bool(speaker) and speaker.strip().casefold() == written.casefold()
            and EPITHET_RE.fullmatch(written) is not None and written.split()[-1][:1].islower())


@lru_cache(maxsize=2)
def _fitted(name: str = CALIBRATION_FILE) -> dict:
    try:
        return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
    except FileNotFoundError:  # not fitted yet: every key falls back to the default
        return {}


@lru_cache(maxsize=2)
def _table(name: str = CALIBRATION_FILE) -> dict[str, float]:
    return {key: float(value) for key, value in _fitted(name).get("confidence", {}).items()}


@lru_cache(maxsize=1)
def transfer_layer() -> dict[str, float]:
    """The layer's coefficients (``bias``, ``base``, ``epithet``); empty: no layer."""
    return {k: float(v) for k, v in _fitted().get("transfer", {}).get("coefficients", {}).items()}


def transferred(share: float, epithet: bool, layer: dict[str, float]) -> float:
    """``share`` (the table's, for development news) as the chance on news the rules were not written on."""
    if not layer:
        return share
    p = min(max(share, EDGE), 1 - EDGE)
    z = layer.get("bias", 0.0) + layer.get("base", 1.0) * math.log(p / (1 - p)) + layer.get("epithet", 0.0) * epithet
    return 1 / (1 + math.exp(-z))


def confidence(found: Attribution, kind: str | None = None) -> float:
    """The calibrated chance that ``found.speaker`` is right (0 without a speaker);
    ``kind="indirect"`` reads the reported statements' table first."""
    key = evidence(found)
    if key is None:
        return 0.0
    if kind == "indirect":
        return share(key, _table(INDIRECT_FILE), _table())
    return round(transferred(share(key, _table()), key.endswith(":epithet"), transfer_layer()), 3)


def share(key: str, *tables: dict[str, float]) -> float:
    """The share right a table gives ``key``: the key, its first two parts, its rule, overall."""
    parts = key.split(":")
    for table in tables:
        for k in (key, ":".join(parts[:2]), parts[0], "*"):
            if k in table:
                return table[k]
    return 0.5
