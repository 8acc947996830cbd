"""Where a person stands with an assigned module, from dates alone."""

import datetime

from training.assignments.states import (
    ASSIGNED,
    DONE_IN_TIME,
    DONE_LATE,
    DUE_SOON,
    OVERDUE,
    add_months,
    standing,
)

DUE = datetime.date(2027, 3, 31)


def at(today, completions=(), refresh_months=None):
    return standing(
        due_on=DUE, refresh_months=refresh_months, completions=completions, today=today
    )


def test_it_is_assigned_until_two_weeks_before_the_due_date():
    assert at(datetime.date(2027, 3, 16)).state == ASSIGNED
    assert at(datetime.date(2027, 3, 17)).state == DUE_SOON


def test_it_is_due_soon_on_the_due_date_and_overdue_the_day_after():
    assert at(DUE).state == DUE_SOON
    late = at(datetime.date(2027, 4, 1))
    assert (late.state, late.due_on) == (OVERDUE, DUE)


def test_a_completion_on_or_before_the_due_date_is_in_time():
    done = at(datetime.date(2027, 5, 1), [DUE])
    assert (done.state, done.completed_on) == (DONE_IN_TIME, DUE)


def test_a_completion_after_the_due_date_is_late_and_stays_done():
    assert at(datetime.date(2030, 1, 1), [datetime.date(2027, 4, 1)]).state == DONE_LATE


def test_a_refresher_falls_due_the_period_after_the_last_completion():
    done = datetime.date(2027, 3, 1)
    assert at(datetime.date(2027, 9, 1), [done], 12).state == DONE_IN_TIME
    soon = at(datetime.date(2028, 2, 20), [done], 12)
    assert (soon.state, soon.due_on) == (DUE_SOON, datetime.date(2028, 3, 1))
    assert at(datetime.date(2028, 3, 2), [done], 12).state == OVERDUE


def test_a_refresher_passed_again_is_done_again():
    first, renewed = datetime.date(2027, 3, 1), datetime.date(2028, 2, 25)
    again = at(datetime.date(2028, 6, 1), [first, renewed], 12)
    assert (again.state, again.due_on) == (DONE_IN_TIME, datetime.date(2029, 2, 25))
    late = at(datetime.date(2028, 6, 1), [first, datetime.date(2028, 4, 1)], 12)
    assert late.state == DONE_LATE


def test_an_old_completion_that_lapses_before_the_due_date_does_not_count():
    old = at(datetime.date(2027, 3, 20), [datetime.date(2025, 1, 1)], 12)
    assert (old.state, old.due_on) == (DUE_SOON, DUE)


def test_months_are_added_to_the_end_of_a_shorter_month():
    assert add_months(datetime.date(2027, 1, 31), 1) == datetime.date(2027, 2, 28)
    assert add_months(datetime.date(2027, 11, 30), 3) == datetime.date(2028, 2, 29)
    assert add_months(datetime.date(2027, 12, 15), 12) == datetime.date(2028, 12, 15)
