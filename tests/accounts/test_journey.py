"""From sign-up to the first page in the person's own language."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import mail

from portal.accounts.models import StaffProfile

from .conftest import STRONG_PASSWORD, link_in, mail_to


def test_a_new_social_worker_signs_up_waits_for_approval_then_reads_in_indonesian(
    client, home_page, signup_data, supervisor, django_capture_on_commit_callbacks
):
    credentials = {"login": "dewi@example.org", "password": STRONG_PASSWORD}
    client.post("/en/accounts/signup/", signup_data)
    (confirmation,) = mail.outbox

    # Before confirming the address: asked to confirm it (a fresh e-mail).
    response = client.post("/en/accounts/login/", credentials)
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session

    with django_capture_on_commit_callbacks(execute=True):
        client.post(urlsplit(link_in(confirmation)).path)

    # Confirmed but not approved yet: told so, in Indonesian, and not signed in.
    response = client.post("/en/accounts/login/", credentials)
    assert response["Location"] == "/id/accounts/waiting/"
    assert "_auth_user_id" not in client.session
    waiting = client.get(response["Location"])
    assert waiting.status_code == 200
    assert '<html lang="id"' in waiting.content.decode()

    # The supervisor approves from their page.
    client.force_login(supervisor)
    profile = StaffProfile.objects.get(user__email="dewi@example.org")
    page = client.get("/en/accounts/approvals/").content.decode()
    assert "Dewi Lestari" in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/accounts/approvals/{profile.pk}/approve/")
    (approved,) = mail_to("dewi@example.org")
    assert urlsplit(link_in(approved)).path == "/id/accounts/login/"
    client.logout()

    # Signed in: the Indonesian home page, and the cookie remembers the language.
    response = client.post("/en/accounts/login/", credentials)
    assert response.status_code == 302
    assert response["Location"] == "/id/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "id"
    assert client.session["_auth_user_id"] == str(profile.user.pk)
    home = client.get("/id/")
    assert "Pelatihan dan pengetahuan" in home.content.decode()
