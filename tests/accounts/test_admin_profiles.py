"""Admins set in Wagtail's admin which centres a supervisor follows."""

import pytest
from django.urls import reverse

from portal.centres.factories import CentreFactory
from tests.security.two_factor import enrol


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        "admin", "admin@example.org", "not-a-secret-1"
    )
    enrol(admin)
    client.force_login(admin)
    return client


def test_an_admin_lists_profiles_and_sets_the_supervised_centres(
    admin_client, supervisor, approved_trainee
):
    other = CentreFactory(slug="hanoi", name="Hanoi social-affairs office")
    profile = supervisor.staff_profile

    listing = admin_client.get(reverse("staff_profiles:index"))
    assert listing.status_code == 200
    assert "Budi Santoso" in listing.content.decode()
    assert "Siti Rahma" in listing.content.decode()

    response = admin_client.post(
        reverse("staff_profiles:edit", args=[profile.pk]),
        {
            "full_name": "Budi Santoso",
            "centre": profile.centre_id,
            "job_role": "supervisor",
            "preferred_language": "en",
            "supervised_centres": [profile.centre_id, other.pk],
        },
    )
    assert response.status_code == 302
    assert set(profile.supervised_centres.all()) == {profile.centre, other}


def test_profiles_are_made_by_signing_up_not_in_the_admin(admin_client):
    listing = admin_client.get(reverse("staff_profiles:index"))
    assert listing.status_code == 200
    add_url = reverse("staff_profiles:add")
    assert f'href="{add_url}"' not in listing.content.decode()
    assert admin_client.get(add_url).status_code in (302, 403)


def test_editors_and_supervisors_cannot_open_the_profiles(client, editor, supervisor):
    for user in (editor, supervisor):
        client.force_login(user)
        response = client.get(reverse("staff_profiles:index"))
        assert response.status_code == 302
        assert response.url != reverse("staff_profiles:index")
