"""Where one person stands with one assigned module, from the dates alone.

A refresher is judged from the last completion: it holds for `refresh_months`,
after which a new one is due. A completion counts once, in whichever
assignments name its module.
"""

import calendar
import datetime
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

ASSIGNED, DUE_SOON, OVERDUE = "assigned", "due_soon", "overdue"
DONE_IN_TIME, DONE_LATE = "done_in_time", "done_late"
STATES = (ASSIGNED, DUE_SOON, OVERDUE, DONE_IN_TIME, DONE_LATE)
PENDING = (ASSIGNED, DUE_SOON, OVERDUE)
LABELS = {
    ASSIGNED: _("Assigned"),
    DUE_SOON: _("Due soon"),
    OVERDUE: _("Overdue"),
    DONE_IN_TIME: _("Done in time"),
    DONE_LATE: _("Done late"),
}
# Most urgent first: the order a person's list and a merge of assignments use.
URGENCY = {OVERDUE: 0, DUE_SOON: 1, ASSIGNED: 2, DONE_LATE: 3, DONE_IN_TIME: 4}
DUE_SOON_DAYS = 14


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` moved by whole months, on the month's last day if it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


@dataclass(frozen=True)
class Standing:
    state: str
    due_on: datetime.date  # the due date that applies now
    completed_on: datetime.date | None = None  # the completion that counts

    @property
    def label(self):
        return LABELS[self.state]

    @property
    def is_pending(self):
        return self.state in PENDING

    @property
    def is_overdue(self):
        return self.state == OVERDUE

    def urgency(self):
        return (URGENCY[self.state], self.due_on)


def standing(
    *,
    due_on: datetime.date,
    refresh_months: int | None,
    completions: Sequence[datetime.date],
    today: datetime.date,
) -> Standing:
    """The state of one person in one module of an assignment.

    `completions` are the dates the person completed the module, oldest first:
    the completion itself, then each later pass of its knowledge check.
    """
    return _standing(due_on, refresh_months, tuple(completions), today)


# A report judges thousands of people whose dates repeat: each worked out once.
@functools.lru_cache(maxsize=4096)
def _standing(due_on, refresh_months, completions, today):
    if not completions:
        return _pending(due_on, today)
    first = completions[0]
    if refresh_months is None:
        return Standing(DONE_IN_TIME if first <= due_on else DONE_LATE, due_on, first)
    last = completions[-1]
    renew_by = add_months(last, refresh_months)
    if renew_by < due_on:  # lapses before the assignment is even due
        return _pending(due_on, today)
    if today > renew_by:
        return Standing(OVERDUE, renew_by, last)
    if today >= renew_by - datetime.timedelta(days=DUE_SOON_DAYS):
        return Standing(DUE_SOON, renew_by, last)
    answered = due_on
    if len(completions) > 1:
        answered = max(due_on, add_months(completions[-2], refresh_months))
    return Standing(DONE_IN_TIME if last <= answered else DONE_LATE, renew_by, last)


def _pending(due_on, today):
    if today > due_on:
        return Standing(OVERDUE, due_on)
    if today >= due_on - datetime.timedelta(days=DUE_SOON_DAYS):
        return Standing(DUE_SOON, due_on)
    return Standing(ASSIGNED, due_on)
