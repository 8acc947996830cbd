"""Every write to an assignment: checked first, in one transaction.

Bad input raises ValidationError (by field) and writes nothing. An assignment
never changes a completion; once people covered by it completed a module, it
may only grow (more modules, more people, a later due date), so that nobody's
"done in time" turns into "late" or disappears.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import StaffProfile
from portal.accounts.supervision import supervised_centres

from ..models.assignments import Assignment
from ..models.checks import CheckQuestion
from . import selectors

NOT_YOUR_CENTRE = _("You do not supervise this centre.")
NO_MODULE = _("Choose at least one training module.")
NOT_LIVE = _(
    "“%(title)s” is not published: only live training modules can be assigned."
)
DUE_IN_THE_PAST = _("The due date is in the past: choose today or a later date.")
ROLE_AND_PEOPLE = _("Choose a role or named people, not both.")
OTHER_CENTRE = _("%(name)s does not work at %(centre)s.")
NO_CHECK_TO_RENEW = _(
    "“%(title)s” has no knowledge check: a refresher is taken by passing the "
    "check again, so this module cannot have one."
)
KEPT_MODULE = _(
    "People have already completed “%(title)s” for this assignment: it cannot be "
    "taken out. Make a new assignment instead."
)
KEPT_DUE_DATE = _(
    "People have already completed this assignment: the due date can only move "
    "later, so that nobody who finished in time is counted late."
)
KEPT_AUDIENCE = _(
    "People have already completed this assignment: it can be given to more "
    "people, but nobody can be taken off it."
)
KEPT_REFRESHER = _(
    "People have already completed this assignment: its refresher cannot change."
)


@dataclass
class AssignmentInput:
    """What a supervisor asks for, before it is checked."""

    centre: object
    modules: list
    due_on: datetime.date
    job_role: str = ""
    people: list = field(default_factory=list)
    refresh_months: int | None = None


def assignment_create(*, by, data: AssignmentInput) -> Assignment:
    """A new assignment by `by`, a supervisor of its centre or an admin."""
    with transaction.atomic():
        assignment_validate(by=by, data=data)
        assignment = Assignment.objects.create(
            centre=data.centre,
            job_role=data.job_role,
            due_on=data.due_on,
            refresh_months=data.refresh_months,
            created_by=by,
        )
        _write_relations(assignment, data)
    return assignment


def assignment_update(*, by, assignment: Assignment, data: AssignmentInput):
    """Change `assignment` as `by` asks, within what completions allow."""
    with transaction.atomic():
        # Two supervisors editing at once: the second sees the first's change.
        locked = Assignment.objects.select_for_update().get(pk=assignment.pk)
        assignment_validate(by=by, data=data, existing=locked)
        locked.centre = data.centre
        locked.job_role = data.job_role
        locked.due_on = data.due_on
        locked.refresh_months = data.refresh_months
        locked.save()
        _write_relations(locked, data)
    return locked


def _write_relations(assignment, data):
    assignment.modules.set(data.modules)
    assignment.people.set(data.people)


def assignment_validate(*, by, data: AssignmentInput, existing=None, today=None):
    """Raise ValidationError, by field, for anything wrong with `data`."""
    today = today or timezone.localdate()
    errors = {}
    if data.centre is None or not _may_assign_at(by, data.centre):
        errors["centre"] = [ValidationError(NOT_YOUR_CENTRE, code="not_supervised")]
    modules = list(data.modules)
    module_errors = [
        ValidationError(NOT_LIVE, code="not_live", params={"title": module.title})
        for module in modules
        if not module.live
    ]
    if not modules:
        module_errors.append(ValidationError(NO_MODULE, code="required"))
    if data.refresh_months:
        with_check = _modules_with_a_check(modules)
        module_errors += [
            ValidationError(
                NO_CHECK_TO_RENEW, code="no_check", params={"title": module.title}
            )
            for module in modules
            if module.pk not in with_check
        ]
    if module_errors:
        errors["modules"] = module_errors
    if data.due_on < today and not (existing and existing.due_on == data.due_on):
        errors["due_on"] = [ValidationError(DUE_IN_THE_PAST, code="past")]
    if data.job_role and data.people:
        errors["job_role"] = [ValidationError(ROLE_AND_PEOPLE, code="role_and_people")]
    if data.centre is not None and "centre" not in errors:
        elsewhere = _people_elsewhere(data.people, data.centre)
        if elsewhere:
            errors["people"] = [
                ValidationError(
                    OTHER_CENTRE,
                    code="other_centre",
                    params={"name": name, "centre": data.centre.name},
                )
                for name in elsewhere
            ]
    if existing is not None and not errors:
        errors.update(_what_completions_keep(existing, data))
    if errors:
        raise ValidationError(errors)


def _may_assign_at(user, centre):
    return supervised_centres(user).filter(pk=centre.pk).exists()


def _modules_with_a_check(modules):
    return set(
        CheckQuestion.objects.filter(module__in=modules).values_list(
            "module_id", flat=True
        )
    )


def _people_elsewhere(people: Iterable, centre):
    """Names of the chosen people who are not approved staff of `centre`."""
    chosen = {person.pk: person for person in people}
    at_centre = set(
        StaffProfile.objects.filter(
            user_id__in=chosen,
            centre=centre,
            status=StaffProfile.Status.APPROVED,
        ).values_list("user_id", flat=True)
    )
    return sorted(
        _name_of(person) for pk, person in chosen.items() if pk not in at_centre
    )


def _name_of(user):
    profile = getattr(user, "staff_profile", None)
    return (profile and profile.full_name) or user.get_full_name() or user.username


def _what_completions_keep(existing, data):
    completed = selectors.completed_module_ids(existing)
    if not completed:
        return {}
    errors = {}
    kept_out = [
        module
        for module in existing.modules.all()
        if module.pk in completed and module not in data.modules
    ]
    if kept_out:
        errors["modules"] = [
            ValidationError(KEPT_MODULE, code="kept", params={"title": module.title})
            for module in kept_out
        ]
    if data.due_on < existing.due_on:
        errors["due_on"] = [ValidationError(KEPT_DUE_DATE, code="kept")]
    if data.refresh_months != existing.refresh_months:
        errors["refresh_months"] = [ValidationError(KEPT_REFRESHER, code="kept")]
    if _narrows(existing, data):
        errors["people"] = [ValidationError(KEPT_AUDIENCE, code="kept")]
    return errors


def _narrows(existing, data):
    """Whether somebody `existing` covers would not be covered by `data`."""
    if data.centre.pk != existing.centre_id:
        return True
    before = {p.user_id for p in selectors.covered_profiles(existing)}
    after = Assignment(centre=data.centre, job_role=data.job_role, due_on=data.due_on)
    after.named_ids = {person.pk for person in data.people}
    return bool(before - {p.user_id for p in selectors.covered_profiles(after)})
