"""The profile page: name, role and language; the centre is for an admin."""

from django.conf import settings

from portal.accounts.models import StaffProfile


def test_the_profile_shows_the_centre_without_letting_it_change(
    client, approved_trainee, other_centre
):
    client.force_login(approved_trainee)

    page = client.get("/en/accounts/profile/").content.decode()
    assert "Jambi children" in page
    assert 'name="centre"' not in page

    client.post(
        "/en/accounts/profile/",
        {
            "full_name": "Siti Rahmawati",
            "job_role": "counsellor",
            "preferred_language": "id",
            "centre": str(other_centre.pk),
        },
    )
    profile = StaffProfile.objects.get(user=approved_trainee)
    assert (profile.full_name, profile.job_role) == ("Siti Rahmawati", "counsellor")
    assert profile.centre.slug == "jambi"


def test_changing_the_language_moves_the_person_to_it(client, approved_trainee):
    client.force_login(approved_trainee)

    response = client.post(
        "/id/accounts/profile/",
        {
            "full_name": "Siti Rahma",
            "job_role": "social_worker",
            "preferred_language": "ar",
        },
    )

    assert response["Location"] == "/ar/accounts/profile/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    assert StaffProfile.objects.get(user=approved_trainee).preferred_language == "ar"
    page = client.get("/ar/accounts/profile/").content.decode()
    assert '<ul class="messages" role="status">' in page


def test_bad_input_changes_nothing(client, approved_trainee):
    client.force_login(approved_trainee)

    response = client.post(
        "/en/accounts/profile/",
        {"full_name": "", "job_role": "director", "preferred_language": "fr"},
    )

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {
        "full_name",
        "job_role",
        "preferred_language",
    }
    profile = StaffProfile.objects.get(user=approved_trainee)
    assert (profile.full_name, profile.preferred_language) == ("Siti Rahma", "id")


def test_an_account_without_a_profile_sees_its_username(client, editor):
    client.force_login(editor)

    response = client.get("/en/accounts/profile/")

    assert response.status_code == 200
    assert response.context["form"] is None
    assert "editor" in response.content.decode()


def test_signed_out_readers_are_sent_to_sign_in(client, db):
    response = client.get("/vi/accounts/profile/")

    assert response["Location"] == "/vi/accounts/login/?next=/vi/accounts/profile/"


def test_direction_marks_are_taken_out_of_the_name(client, approved_trainee):
    client.force_login(approved_trainee)

    client.post(
        "/en/accounts/profile/",
        {
            "full_name": "\u202bSiti\u202c Rahma\u061c",
            "job_role": "social_worker",
            "preferred_language": "id",
        },
    )

    assert StaffProfile.objects.get(user=approved_trainee).full_name == "Siti Rahma"
