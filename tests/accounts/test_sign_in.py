"""Signing in and out: by e-mail or username, approved staff only."""

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt
from django.conf import settings

from portal.accounts.factories import PASSWORD, StaffProfileFactory
from portal.accounts.models import StaffProfile
from tests.security.two_factor import totp_code


def sign_in(client, login, password=PASSWORD, path="/en/accounts/login/", **extra):
    return client.post(path, {"login": login, "password": password, **extra})


@pytest.mark.parametrize(
    ("code", "password_label"),
    [
        ("en", "Password"),
        ("id", "Kata sandi"),
        ("vi", "Mật khẩu"),
        ("ar", "كلمة المرور"),
    ],
)
def test_the_sign_in_page_speaks_the_readers_language(client, db, code, password_label):
    html = client.get(f"/{code}/accounts/login/").content.decode()

    assert f'<html lang="{code}"' in html
    assert f">{password_label}:</label>" in html


@pytest.mark.parametrize("login", ["siti@example.org", "SITI@example.org", "siti"])
def test_an_approved_trainee_signs_in_by_email_or_username(
    client, approved_trainee, login
):
    response = sign_in(client, login)

    assert response.status_code == 302
    assert response["Location"] == "/id/"  # a first visit: her own language
    assert client.session["_auth_user_id"] == str(approved_trainee.pk)


def test_the_next_address_wins_over_the_home_page(client, approved_trainee):
    response = sign_in(client, "siti", next="/en/training/")

    assert response["Location"] == "/en/training/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "id"


def test_a_foreign_next_address_is_ignored(client, approved_trainee):
    response = sign_in(client, "siti", next="https://example.com/")

    assert response["Location"] == "/id/"


def test_a_wrong_password_is_a_form_error(client, approved_trainee):
    response = sign_in(client, "siti", password="wrong-password-1")

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("status", "page"),
    [
        (StaffProfile.Status.PENDING, "waiting"),
        (StaffProfile.Status.REFUSED, "refused"),
    ],
)
def test_an_undecided_or_refused_person_cannot_sign_in(
    client, staff_centre, status, page
):
    StaffProfileFactory(
        centre=staff_centre,
        status=status,
        preferred_language="ar",
        user__username="rana",
    )

    response = sign_in(client, "rana")

    assert response["Location"] == f"/ar/accounts/{page}/"
    assert "_auth_user_id" not in client.session
    html = client.get(response["Location"]).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert {"waiting": "حسابك بانتظار الموافقة", "refused": "لم تتم الموافقة"}[
        page
    ] in html


def test_accounts_without_a_profile_need_no_approval(client, editor):
    """Editors and admins are made in the admin, with no sign-up to approve; their
    address is confirmed once, like everyone's, and they give their second factor
    (tests/security covers it)."""
    response = sign_in(client, "editor", path="/vi/accounts/login/")
    assert response["Location"] == "/vi/accounts/confirm-email/"
    EmailAddress.objects.filter(user=editor).update(verified=True)

    response = sign_in(client, "editor", path="/vi/accounts/login/")
    assert response["Location"] == "/vi/accounts/2fa/authenticate/"
    response = client.post(
        "/vi/accounts/2fa/authenticate/", {"code": totp_code(editor.totp_secret)}
    )

    assert response["Location"] == "/vi/"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_signing_out_takes_a_post(client, approved_trainee):
    client.force_login(approved_trainee)

    client.get("/en/accounts/logout/")
    assert "_auth_user_id" in client.session

    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("login", ["a" * 300, f"{'a' * 250}@example.org"])
def test_a_login_too_long_is_a_form_error_in_the_reader_s_language(
    client, approved_trainee, login
):
    """Not a server error (django-axes keeps 255 characters of it)."""
    response = sign_in(client, login, path="/id/accounts/login/")

    assert response.status_code == 200
    assert response.context["form"].errors["login"] == [
        "Alamat e-mail atau nama pengguna paling banyak 254 karakter."
    ]
    assert not AccessAttempt.objects.exists()


def test_the_next_person_on_a_shared_computer_signs_in_afresh(
    client, editor, approved_trainee
):
    """An editor gave their password, not their code, and walked away: the sign-in
    page no longer leads to their code prompt, and the next person signs in."""
    EmailAddress.objects.create(
        user=editor, email=editor.email, verified=True, primary=True
    )
    assert sign_in(client, "editor")["Location"] == "/en/accounts/2fa/authenticate/"

    page = client.get("/en/accounts/login/")
    assert page.status_code == 200
    assert "account/login.html" in [template.name for template in page.templates]
    response = sign_in(client, "siti")

    assert response["Location"] == "/id/"
    assert client.session["_auth_user_id"] == str(approved_trainee.pk)
    # The editor's half sign-in is gone, not waiting for a code.
    assert "account_login" not in client.session


@pytest.mark.parametrize("code", ["vi", "ar", "en"])
def test_signing_in_keeps_the_language_being_read(client, approved_trainee, code):
    """Siti prefers Indonesian, but she was reading in another language."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = code
    response = sign_in(client, "siti", path=f"/{code}/accounts/login/")

    assert response["Location"] == f"/{code}/"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies  # her choice stays
    home = client.get(response["Location"])
    assert f'<html lang="{code}"' in home.content.decode()


def test_the_sign_in_link_leads_back_to_the_page_being_read(
    client, home_page, approved_trainee
):
    html = client.get("/vi/").content.decode()
    assert 'href="/vi/accounts/login/?next=/vi/"' in html

    response = sign_in(client, "siti", path="/vi/accounts/login/", next="/vi/")
    assert response["Location"] == "/vi/"


def test_a_first_visit_sets_the_preferred_language_for_the_site_address(
    client, home_page, approved_trainee
):
    """With no language chosen on this device, the site's bare address leads to
    the language Siti chose at sign-up, while she stays on the page she read."""
    response = sign_in(client, "siti", path="/vi/accounts/login/", next="/vi/")

    assert response["Location"] == "/vi/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "id"
    assert client.get("/")["Location"] == "/id/"


def test_signing_out_returns_to_the_page_and_its_language(
    client, home_page, approved_trainee
):
    client.force_login(approved_trainee)
    html = client.get("/ar/").content.decode()
    assert '<input type="hidden" name="next" value="/ar/">' in html

    response = client.post("/ar/accounts/logout/", {"next": "/ar/"})
    assert response["Location"] == "/ar/"
    client.force_login(approved_trainee)
    response = client.post("/vi/accounts/logout/")
    assert response["Location"] == "/vi/"
