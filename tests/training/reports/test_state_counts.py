"""The report counts assignment states in the database, by role and completion
date; the counts are those of judging each person and module one by one."""

import datetime
from collections import Counter

import pytest
from django.utils import timezone

from portal.accounts.models import JobRole, StaffProfile
from training.assignments import selectors as assignment_selectors
from training.factories import TrainingModulePageFactory
from training.models import Assignment
from training.reports.forms import ReportFilters
from training.reports.selectors import ReportScope

from .conftest import complete, make_staff

TODAY = datetime.date(2026, 6, 15)


def at(day, hour, minute=0):
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(hour, minute))
    )


def per_person(assignments, staff, today=TODAY):
    counts = {}
    for (_user, module_id), found in assignment_selectors.standings_by_person(
        assignments, list(staff), today
    ).items():
        counts.setdefault(module_id, Counter())[found.state] += 1
    return counts


def counted(assignments, staff):
    counts = assignment_selectors.state_counts_by_module(assignments, staff, TODAY)
    return {module_id: +counter for module_id, counter in counts.items() if +counter}


@pytest.fixture
def staff(centre):
    return StaffProfile.objects.filter(
        centre=centre, status=StaffProfile.Status.APPROVED
    )


@pytest.fixture
def mixed(centre, training_index, settings):
    """Three modules; whole-centre, role and named assignments that overlap;
    completions early, on the due day (late evening, Jakarta time), the day after
    and never."""
    settings.TIME_ZONE = "Asia/Jakarta"
    timezone.activate("Asia/Jakarta")
    modules = [TrainingModulePageFactory(parent=training_index) for _ in range(3)]
    roles = [JobRole.SOCIAL_WORKER, JobRole.COUNSELLOR, JobRole.NURSE]
    people = [
        make_staff(centre, f"Person {n:02}", role=roles[n % 3]) for n in range(12)
    ]
    make_staff(centre, "Pending Person", status=StaffProfile.Status.PENDING)
    due = datetime.date(2026, 6, 1)
    everybody = Assignment.objects.create(centre=centre, due_on=due)
    everybody.modules.set(modules[:2])
    counsellors = Assignment.objects.create(
        centre=centre, job_role=JobRole.COUNSELLOR, due_on=due - datetime.timedelta(7)
    )
    counsellors.modules.set(modules[1:])
    nurses_later = Assignment.objects.create(
        centre=centre, job_role=JobRole.NURSE, due_on=TODAY + datetime.timedelta(5)
    )
    nurses_later.modules.set([modules[2]])
    named = Assignment.objects.create(
        centre=centre, due_on=TODAY + datetime.timedelta(60)
    )
    named.modules.set(modules)
    named.people.set([people[0], people[1], people[9]])
    when = [
        at(due - datetime.timedelta(10), 9),
        at(due, 23, 30),  # the due day in Jakarta, the next day nowhere
        at(due + datetime.timedelta(1), 0, 30),
        None,
    ]
    for n, user in enumerate(people):
        for m, module in enumerate(modules):
            completed = when[(n + m) % 4]
            if completed is not None:
                complete(user, module, completed)
    yield assignment_selectors.assignments_of([centre.pk])
    timezone.deactivate()


@pytest.mark.django_db
def test_counted_in_the_database_as_person_by_person(mixed, staff):
    expected = per_person(mixed, staff)
    assert counted(mixed, staff) == expected
    assert {state for counts in expected.values() for state in counts} >= {
        "done_in_time",
        "done_late",
        "overdue",
        "due_soon",
        "assigned",
    }


@pytest.mark.django_db
def test_counted_for_one_role_as_person_by_person(mixed, staff):
    counsellors = staff.filter(job_role=JobRole.COUNSELLOR)
    assert counted(mixed, counsellors) == per_person(mixed, counsellors)


@pytest.mark.django_db
def test_whole_centre_assignments_are_counted_without_roles(mixed, staff):
    whole_centre = [a for a in mixed if not a.job_role and not a.named_ids]
    assert counted(whole_centre, staff) == per_person(whole_centre, staff)


@pytest.mark.django_db
def test_a_refresher_is_left_to_the_person_by_person_count(mixed, staff):
    mixed[0].refresh_months = 12
    assert assignment_selectors.state_counts_by_module(mixed, staff, TODAY) is None


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["", JobRole.COUNSELLOR])
def test_the_report_counts_them_in_its_one_pass_over_the_summary_rows(
    mixed, staff, centre, role
):
    scope = ReportScope.build(centre, ReportFilters(role=role))
    shown = staff.filter(job_role=role) if role else staff
    expected = per_person(mixed, shown, timezone.localdate())
    counts = scope.assignment_counts()
    assert scope.state_count is not None  # not person by person
    assert {m: +c for m, c in counts.items() if +c} == expected
