"""Sentence adverbs that open a sentence before its subject ("Privately, ministers said ...").

A subject read with one of these glued to it ("Privately ministers", "Hilariously") is cut after
it (``speakers.hangs``).  A list, not a suffix: surnames end as adverbs do (Connally, Whately).
Adverbs of quantity belong to the phrase they open ("Virtually all analysts") and are not here.
"""

from __future__ import annotations

SENTENCE_ADVERBS = frozenset(
    "privately publicly hilariously ironically interestingly surprisingly unsurprisingly predictably "
    "naturally ultimately unfortunately fortunately sadly happily tragically crucially notably "
    "importantly significantly separately additionally similarly previously originally initially "
    "eventually finally recently currently locally nationally internationally globally officially "
    "unofficially reportedly allegedly apparently evidently obviously clearly frankly honestly "
    "seriously personally generally typically usually normally traditionally historically politically "
    "economically financially technically legally critically worryingly alarmingly remarkably "
    "strikingly tellingly curiously oddly strangely bizarrely amusingly incredibly understandably "
    "admittedly arguably presumably undoubtedly certainly definitely conversely alternatively "
    "consequently accordingly subsequently immediately independently jointly collectively "
    "individually simultaneously increasingly repeatedly frequently occasionally hopefully thankfully "
    "disappointingly reassuringly encouragingly confusingly shockingly famously notoriously "
    "controversially astonishingly predictably paradoxically fittingly appropriately".split()
)
