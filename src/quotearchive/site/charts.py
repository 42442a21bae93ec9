"""Timeline charts drawn as SVG on the server.

No JavaScript and nothing to vendor: the chart is in the HTML, so it works
offline, without JavaScript, in screenshots and in print, and every bar is a
link to the quotes it counts.  This module only computes geometry; the
template ``_qa_macros.html`` draws it, so every label is escaped by Jinja.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH = 720
HEIGHT = 160
PLOT_TOP = 14
PLOT_BOTTOM = 130  # bars stand on this line; year labels go below it
PLOT_LEFT = 34
PLOT_RIGHT = WIDTH - 6
# Beyond this many months a bar per month gets too thin to see or click.
MAX_MONTH_BARS = 120
MIN_LABEL_GAP = 24  # px between month labels ("Jun"): closer, label every quarter, then none
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


@dataclass(frozen=True)
class Bar:
    key: str  # "2017-06", or "2017" when bars are years
    label: str  # "June 2017"
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Timeline:
    bars: list[Bar]
    ticks: list[Tick]
    max_count: int
    unit: str  # "month" or "year"
    total: int
    month_ticks: tuple[Tick, ...] = ()  # "Jun" under its bar; the year labels go on the line below
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: int = PLOT_LEFT
    plot_right: int = PLOT_RIGHT
    plot_top: int = PLOT_TOP
    plot_bottom: int = PLOT_BOTTOM


def _month_range(first: int, last: int) -> list[int]:
    """Every YYYYMM from first to last inclusive, so empty months show as gaps."""
    months, year, month = [], first // 100, first % 100
    while year * 100 + month <= last:
        months.append(year * 100 + month)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months


def timeline(counts: dict[int, int]) -> Timeline | None:
    """Bars for quote counts keyed by YYYYMM; None when there is nothing dated."""
    counts = {ym: n for ym, n in counts.items() if 100001 <= ym <= 999912 and 1 <= ym % 100 <= 12 and n}
    if not counts:
        return None
    months = _month_range(min(counts), max(counts))
    if len(months) > MAX_MONTH_BARS:
        per_year: dict[int, int] = {}
        for ym, n in counts.items():
            per_year[ym // 100] = per_year.get(ym // 100, 0) + n
        keys = list(range(min(per_year), max(per_year) + 1))
        series = [(str(y), str(y), per_year.get(y, 0)) for y in keys]
        unit = "year"
    else:
        series = [
            (f"{ym // 100:04d}-{ym % 100:02d}", f"{MONTH_NAMES[ym % 100 - 1]} {ym // 100}", counts.get(ym, 0))
            for ym in months
        ]
        unit = "month"
    max_count = max(n for _, _, n in series)
    slot = (PLOT_RIGHT - PLOT_LEFT) / len(series)
    bar_width = max(1.0, slot * 0.8) if len(series) > 1 else min(60.0, slot * 0.8)
    plot_height = PLOT_BOTTOM - PLOT_TOP
    bars, ticks = [], []
    for i, (key, label, n) in enumerate(series):
        x = PLOT_LEFT + i * slot + (slot - bar_width) / 2
        height = plot_height * n / max_count if n else 0
        bars.append(Bar(key, label, n, round(x, 2), round(PLOT_BOTTOM - height, 2), round(bar_width, 2), round(height, 2)))
        # Label each year once: at its first bar (January, or the first month shown).
        if unit == "year" or key.endswith("-01") or i == 0:
            ticks.append(Tick(round(PLOT_LEFT + i * slot + slot / 2, 2), key[:4]))
    ticks = _thin(ticks)
    month_ticks: list[Tick] = []
    if unit == "month":
        every = 1 if slot >= MIN_LABEL_GAP else 3 if 3 * slot >= MIN_LABEL_GAP else 0
        for i, (key, _, _) in enumerate(series):
            month = int(key[5:7])
            if every and (month - 1) % every == 0:
                month_ticks.append(Tick(round(PLOT_LEFT + i * slot + slot / 2, 2), MONTH_NAMES[month - 1][:3]))
    return Timeline(bars=bars, ticks=ticks, max_count=max_count, unit=unit, total=sum(n for _, _, n in series),
                    month_ticks=tuple(month_ticks))


def _thin(ticks: list[Tick], min_gap: float = 34) -> list[Tick]:
    """Drop year labels that would overlap the one before."""
    kept: list[Tick] = []
    for tick in ticks:
        if not kept or tick.x - kept[-1].x >= min_gap:
            kept.append(tick)
    return kept
