"""Completions per month as a bar chart: plain numbers for an inline SVG, drawn
on the server (no script), with the same figures as a table beside it."""

import datetime
from dataclasses import dataclass

from django.utils.formats import date_format

# Drawn for a phone's width (the SVG scales to its box, labels with it): on a
# 360px screen one unit is about a pixel, so the labels stay readable.
WIDTH, HEIGHT = 360, 200
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_SIDE = 20, 36, 32
MAX_LABELS = 4
GAP = 0.2  # share of each slot left empty between bars


@dataclass(frozen=True)
class Bar:
    month: datetime.date
    count: int
    label: str  # the month in full, for the table
    short_label: str  # under the bar
    x: float
    y: float
    width: float
    height: float

    @property
    def middle(self):
        return self.x + self.width / 2


@dataclass(frozen=True)
class Chart:
    bars: list
    peak: int
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def baseline(self):
        return self.height - MARGIN_BOTTOM

    @property
    def top(self):
        return MARGIN_TOP

    @property
    def left(self):
        return MARGIN_SIDE

    @property
    def right(self):
        return self.width - MARGIN_SIDE / 2

    @property
    def label_every(self):
        """Label every n-th month so that at most four labels share the axis."""
        return -(-len(self.bars) // MAX_LABELS)

    @property
    def total(self):
        return sum(bar.count for bar in self.bars)


def months_between(first, last):
    month = first.replace(day=1)
    while month <= last:
        yield month
        month = (month + datetime.timedelta(days=32)).replace(day=1)


def completions_chart(counts):
    """A Chart of [(first day of month, count)] with the empty months filled in;
    None when there is nothing to draw."""
    if not counts:
        return None
    by_month = dict(counts)
    months = list(months_between(counts[0][0], counts[-1][0]))
    peak = max(by_month.values())
    slot = (WIDTH - MARGIN_SIDE * 1.5) / len(months)
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    bars = []
    for index, month in enumerate(months):
        count = by_month.get(month, 0)
        height = plot_height * count / peak
        bars.append(
            Bar(
                month=month,
                count=count,
                label=date_format(month, "YEAR_MONTH_FORMAT"),
                short_label=date_format(month, "M Y"),
                x=round(MARGIN_SIDE + index * slot + slot * GAP / 2, 1),
                y=round(HEIGHT - MARGIN_BOTTOM - height, 1),
                width=round(slot * (1 - GAP), 1),
                height=round(height, 1),
            )
        )
    return Chart(bars=bars, peak=peak)


@dataclass(frozen=True)
class StateBar:
    state: str
    label: str
    count: int
    y: float
    width: float


@dataclass(frozen=True)
class StatesChart:
    """Assigned modules by state: one horizontal bar each."""

    bars: list
    width: int = WIDTH
    bar_height: int = 24
    label_width: int = 140

    @property
    def height(self):
        return len(self.bars) * (self.bar_height + 8)

    @property
    def total(self):
        return sum(bar.count for bar in self.bars)


def assignment_chart(totals):
    """A StatesChart of [(state, label, count)]; None when nothing is assigned."""
    peak = max((count for _state, _label, count in totals), default=0)
    if not peak:
        return None
    chart = StatesChart(bars=[])
    room = WIDTH - chart.label_width - MARGIN_SIDE
    for index, (state, label, count) in enumerate(totals):
        chart.bars.append(
            StateBar(
                state=state,
                label=str(label),
                count=count,
                y=index * (chart.bar_height + 8),
                width=round(room * count / peak, 1),
            )
        )
    return chart
