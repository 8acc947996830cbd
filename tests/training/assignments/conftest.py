"""Assignments at the small centre of the report tests: the same people."""

import datetime

import pytest
from django.utils import timezone

from portal.accounts.models import JobRole
from training.assignments import services
from training.assignments.services import AssignmentInput

from ..reports.conftest import (  # noqa: F401 - fixtures
    centre,
    make_staff,
    make_supervisor,
    other_centre,
    reintegration,
    small_centre,
    supervisor_client,
    supervisor_of,
)


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def assign(by, centre, modules, due_in=30, **fields):  # noqa: F811
    """An assignment made through the service, due in `due_in` days."""
    return services.assignment_create(
        by=by,
        data=AssignmentInput(
            centre=centre, modules=list(modules), due_on=days(due_in), **fields
        ),
    )


@pytest.fixture
def staff(centre, other_centre):  # noqa: F811
    return {
        "ana": make_staff(centre, "Ana Wijaya", language="id"),
        "bao": make_staff(centre, "Bao Nguyen", role=JobRole.COUNSELLOR, language="vi"),
        "far": make_staff(other_centre, "Far Away"),
    }
