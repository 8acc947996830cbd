"""Admins manage assignments of every centre in the Wagtail admin, held to the
same checks as supervisors."""

import pytest
from django.urls import reverse

from tests.security.two_factor import enrol
from training.models import Assignment

from .conftest import days


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "training-lead", "training-lead@example.org", "not-a-secret-1"
    )
    enrol(user)
    client.force_login(user)
    return client


def data(centre, module, due_on):
    return {
        "centre": centre.pk,
        "modules": [module.pk],
        "job_role": "",
        "due_on": due_on.isoformat(),
        "refresh_months": "",
    }


@pytest.mark.django_db
def test_an_admin_assigns_at_any_centre(admin_client, other_centre, gatekeeping):
    add_url = reverse("training_assignments:add")
    assert admin_client.get(add_url).status_code == 200
    response = admin_client.post(add_url, data(other_centre, gatekeeping, days(9)))
    assert response.status_code == 302
    assignment = Assignment.objects.get()
    assert (assignment.centre, list(assignment.modules.all())) == (
        other_centre,
        [gatekeeping],
    )
    assert assignment.created_by.username == "training-lead"


@pytest.mark.django_db
def test_the_admin_refuses_a_due_date_in_the_past(admin_client, centre, gatekeeping):
    response = admin_client.post(
        reverse("training_assignments:add"), data(centre, gatekeeping, days(-1))
    )
    assert response.status_code == 200
    assert "The due date is in the past" in response.content.decode()
    assert not Assignment.objects.exists()
