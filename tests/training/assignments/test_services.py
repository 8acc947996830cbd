"""Assigning training: who it covers, and bad input refused with a clear message
in the supervisor's language, writing nothing."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from portal.accounts.models import JobRole
from training.assignments import selectors, services
from training.assignments.services import AssignmentInput
from training.factories import TrainingModulePageFactory
from training.models import Assignment, ModuleCompletion

from ..reports.conftest import complete, on
from .conftest import assign, days, make_staff, make_supervisor


def covered_names(assignment):
    return [profile.full_name for profile in selectors.covered_profiles(assignment)]


def refusal(by, **fields):
    with pytest.raises(ValidationError) as raised:
        services.assignment_create(by=by, data=AssignmentInput(**fields))
    return raised.value.message_dict


@pytest.mark.django_db
def test_a_centre_assignment_covers_its_approved_staff_and_later_arrivals(
    supervisor_of, centre, gatekeeping, staff
):
    assignment = assign(supervisor_of, centre, [gatekeeping])
    assert covered_names(assignment) == ["Ana Wijaya", "Bao Nguyen", "Budi Santoso"]
    make_staff(centre, "Cita Baru")
    assert "Cita Baru" in covered_names(assignment)


@pytest.mark.django_db
def test_a_role_assignment_covers_that_role_only(
    supervisor_of, centre, gatekeeping, staff
):
    assignment = assign(
        supervisor_of, centre, [gatekeeping], job_role=JobRole.COUNSELLOR
    )
    assert covered_names(assignment) == ["Bao Nguyen"]


@pytest.mark.django_db
def test_named_people_are_covered_while_they_work_at_the_centre(
    supervisor_of, centre, other_centre, gatekeeping, staff
):
    assignment = assign(supervisor_of, centre, [gatekeeping], people=[staff["ana"]])
    assert covered_names(assignment) == ["Ana Wijaya"]
    profile = staff["ana"].staff_profile
    profile.centre = other_centre
    profile.save()
    assert covered_names(assignment) == []


@pytest.mark.django_db
def test_a_due_date_in_the_past_is_refused_in_the_supervisors_language(
    supervisor_of, centre, gatekeeping
):
    with translation.override("vi"):
        errors = refusal(
            supervisor_of, centre=centre, modules=[gatekeeping], due_on=days(-1)
        )
    assert errors["due_on"] == [
        "Hạn hoàn thành đã ở trong quá khứ: hãy chọn hôm nay hoặc một ngày sau đó."
    ]
    assert not Assignment.objects.exists()


@pytest.mark.django_db
def test_a_module_that_is_not_live_is_refused(supervisor_of, centre, training_index):
    draft = TrainingModulePageFactory(parent=training_index, title="Draft module")
    draft.unpublish()
    errors = refusal(supervisor_of, centre=centre, modules=[draft], due_on=days(5))
    assert errors["modules"] == [
        "“Draft module” is not published: only live training modules can be assigned."
    ]


@pytest.mark.django_db
def test_a_person_of_another_centre_is_refused(
    supervisor_of, centre, gatekeeping, staff
):
    errors = refusal(
        supervisor_of,
        centre=centre,
        modules=[gatekeeping],
        due_on=days(5),
        people=[staff["ana"], staff["far"]],
    )
    assert errors["people"] == ["Far Away does not work at Jambi children's centre."]
    assert not Assignment.objects.exists()


@pytest.mark.django_db
def test_a_supervisor_assigns_for_their_own_centres_only(
    supervisor_of, other_centre, gatekeeping
):
    errors = refusal(
        supervisor_of, centre=other_centre, modules=[gatekeeping], due_on=days(5)
    )
    assert errors["centre"] == ["You do not supervise this centre."]


@pytest.mark.django_db
def test_an_admin_assigns_anywhere(django_user_model, other_centre, gatekeeping):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    assert assign(admin, other_centre, [gatekeeping]).centre == other_centre


@pytest.mark.django_db
def test_a_role_and_named_people_together_are_refused(
    supervisor_of, centre, gatekeeping, staff
):
    errors = refusal(
        supervisor_of,
        centre=centre,
        modules=[gatekeeping],
        due_on=days(5),
        job_role=JobRole.NURSE,
        people=[staff["ana"]],
    )
    assert errors["job_role"] == ["Choose a role or named people, not both."]


@pytest.mark.django_db
def test_a_refresher_needs_a_module_with_a_knowledge_check(
    supervisor_of, centre, gatekeeping, reintegration
):
    errors = refusal(
        supervisor_of,
        centre=centre,
        modules=[gatekeeping, reintegration],
        due_on=days(5),
        refresh_months=12,
    )
    assert len(errors["modules"]) == 1
    assert (
        "“Preparing children for reintegration” has no knowledge check"
        in (errors["modules"][0])
    )


def _update(assignment, by, **changes):
    current = {
        "centre": assignment.centre,
        "modules": list(assignment.modules.all()),
        "due_on": assignment.due_on,
        "job_role": assignment.job_role,
        "people": list(assignment.people.all()),
        "refresh_months": assignment.refresh_months,
    }
    return services.assignment_update(
        by=by, assignment=assignment, data=AssignmentInput(**(current | changes))
    )


@pytest.mark.django_db
def test_after_completions_an_assignment_may_only_grow(
    supervisor_of, centre, gatekeeping, reintegration, staff
):
    assignment = assign(supervisor_of, centre, [gatekeeping])
    complete(staff["ana"], gatekeeping, on(2026, 3, 10))
    completions = list(ModuleCompletion.objects.values_list("pk", "completed_at"))
    refused = {
        "modules": {"modules": [reintegration]},
        "due_on": {"due_on": assignment.due_on - datetime.timedelta(1)},
        "people": {"job_role": JobRole.NURSE},
    }
    for field, change in refused.items():
        with pytest.raises(ValidationError) as raised:
            _update(assignment, supervisor_of, **change)
        assert field in raised.value.message_dict, field
    assignment.refresh_from_db()
    assert list(assignment.modules.all()) == [gatekeeping]

    grown = _update(
        assignment,
        supervisor_of,
        modules=[gatekeeping, reintegration],
        due_on=days(60),
    )
    assert set(grown.modules.all()) == {gatekeeping, reintegration}
    assert list(ModuleCompletion.objects.values_list("pk", "completed_at")) == (
        completions
    )


@pytest.mark.django_db
def test_before_any_completion_an_assignment_may_change_freely(
    supervisor_of, centre, gatekeeping, reintegration, staff
):
    assignment = assign(supervisor_of, centre, [gatekeeping])
    changed = _update(
        assignment,
        supervisor_of,
        modules=[reintegration],
        due_on=days(3),
        job_role=JobRole.COUNSELLOR,
    )
    assert list(changed.modules.all()) == [reintegration]
    assert covered_names(changed) == ["Bao Nguyen"]


@pytest.mark.django_db
def test_an_overdue_assignment_keeps_its_due_date_when_edited(
    supervisor_of, centre, gatekeeping, reintegration, staff
):
    assignment = assign(supervisor_of, centre, [gatekeeping])
    Assignment.objects.filter(pk=assignment.pk).update(due_on=days(-3))
    assignment.refresh_from_db()
    changed = _update(assignment, supervisor_of, modules=[gatekeeping, reintegration])
    assert changed.due_on == days(-3)


@pytest.mark.django_db
def test_one_completion_counts_once_where_two_assignments_overlap(
    supervisor_of, centre, gatekeeping, staff
):
    assign(supervisor_of, centre, [gatekeeping], due_in=10)
    assign(supervisor_of, centre, [gatekeeping], due_in=40, people=[staff["ana"]])
    rows = selectors.my_assignments(staff["ana"])
    assert [(row.module, row.standing.due_on) for row in rows] == [
        (gatekeeping, days(10))
    ]


@pytest.mark.django_db
def test_a_supervisor_of_two_centres_assigns_at_both(centre, other_centre, gatekeeping):
    both = make_supervisor("Dua Balai", centre, other_centre)
    assert assign(both, other_centre, [gatekeeping]).centre == other_centre


@pytest.mark.django_db
def test_a_refresher_is_renewed_by_passing_the_check_again(
    supervisor_of, centre, gatekeeping, staff
):
    from django.utils import timezone

    from ..reports.conftest import attempt

    assign(supervisor_of, centre, [gatekeeping], refresh_months=12)
    long_ago = timezone.now() - datetime.timedelta(days=400)
    complete(staff["ana"], gatekeeping, long_ago)
    attempt(staff["ana"], gatekeeping, 100, long_ago)  # the pass that completed it
    (row,) = selectors.my_assignments(staff["ana"])
    assert row.standing.state == "assigned"  # lapsed: to be taken again
    attempt(staff["ana"], gatekeeping, 30, timezone.now())  # failed: no renewal
    attempt(staff["ana"], gatekeeping, 100, timezone.now())
    (row,) = selectors.my_assignments(staff["ana"])
    assert (row.standing.state, row.standing.completed_on) == (
        "done_in_time",
        timezone.localdate(),
    )
    assert ModuleCompletion.objects.filter(user=staff["ana"]).count() == 1
