"""Guessing passwords: an account is locked out from one address, not everywhere.

django-axes counts failures per (account, address) pair: five wrong passwords
pause that pair for fifteen minutes, while colleagues behind the same office
address, and the owner from another address, still sign in. The username and
the e-mail address of one account are one name. Wrong two-factor codes are
counted per account, from every address.
"""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client

from portal.accounts.factories import PASSWORD, StaffProfileFactory

from .two_factor import totp_code

OFFICE = "203.0.113.7"
ELSEWHERE = "198.51.100.20"


def sign_in(client, login, password, address=OFFICE, path="/en/accounts/login/"):
    return client.post(
        path, {"login": login, "password": password}, REMOTE_ADDR=address
    )


def fail_five_times(client, login, address=OFFICE):
    for _attempt in range(5):
        response = sign_in(client, login, "wrong-password-1", address)
        assert response.status_code in (200, 429)
    return response


@pytest.fixture
def colleague(staff_centre):
    return StaffProfileFactory(
        approved=True, centre=staff_centre, user__username="ana"
    ).user


def test_five_wrong_passwords_lock_the_username_at_that_address(
    client, approved_trainee
):
    for _attempt in range(4):
        assert sign_in(client, "siti", "wrong-password-1").status_code == 200

    fifth = sign_in(client, "siti", "wrong-password-1")
    right_password = sign_in(client, "siti", PASSWORD)

    assert fifth.status_code == 429
    assert right_password.status_code == 429
    assert "security/locked_out.html" in [t.name for t in right_password.templates]
    assert "_auth_user_id" not in client.session


def test_the_lock_out_is_explained_in_the_reader_s_language(client, approved_trainee):
    fail_five_times(client, "siti")

    response = sign_in(client, "siti", PASSWORD, path="/ar/accounts/login/")

    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<a href="/ar/accounts/password/reset/">' in html


def test_a_colleague_at_the_same_office_address_still_signs_in(
    client, approved_trainee, colleague
):
    fail_five_times(client, "siti")

    response = sign_in(client, "ana", PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(colleague.pk)


def test_the_owner_still_signs_in_from_another_address(client, approved_trainee):
    fail_five_times(client, "siti")

    response = sign_in(client, "siti", PASSWORD, address=ELSEWHERE)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(approved_trainee.pk)


def test_the_e_mail_address_and_its_capitals_count_as_one_name(
    client, approved_trainee
):
    for login in ("siti@example.org", "SITI@example.org", "Siti@Example.org"):
        sign_in(client, login, "wrong-password-1")
    sign_in(client, "siti@example.org ", "wrong-password-1")
    sign_in(client, "siti@EXAMPLE.org", "wrong-password-1")

    assert sign_in(client, "siti@example.org", PASSWORD).status_code == 429


def test_a_successful_sign_in_starts_the_count_again(client, approved_trainee):
    for _attempt in range(4):
        sign_in(client, "siti", "wrong-password-1")
    assert sign_in(client, "siti", PASSWORD).status_code == 302
    client.logout()

    for _attempt in range(4):
        assert sign_in(client, "siti", "wrong-password-1").status_code == 200


def test_wagtail_s_sign_in_cannot_be_used_to_go_around_it(client, editor):
    fail_five_times(client, "editor")

    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "not-a-secret-1"},
        REMOTE_ADDR=OFFICE,
    )

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert "_auth_user_id" not in client.session
    assert sign_in(client, "editor", "not-a-secret-1").status_code == 429


def test_password_reset_requests_are_rate_limited(client, approved_trainee):
    """Three links per address in ten minutes: a mailbox cannot be flooded."""
    for _request in range(3):
        response = client.post(
            "/en/accounts/password/reset/", {"email": "siti@example.org"}
        )
        assert response.status_code == 302

    response = client.post(
        "/en/accounts/password/reset/", {"email": "siti@example.org"}
    )

    assert response.status_code == 429
    assert len(mail.outbox) == 3


def test_behind_a_proxy_the_address_it_received_counts(
    client, settings, approved_trainee, colleague
):
    """With TRUSTED_PROXY_COUNT=1 the proxy's own entry in X-Forwarded-For is
    the client; addresses written before it may be forged and do not count."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxy = "127.0.0.1"
    for forged in ("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"):
        client.post(
            "/en/accounts/login/",
            {"login": "siti", "password": "wrong-password-1"},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=f"{forged}, {OFFICE}",
        )

    def attempt(login, forwarded_for):
        return client.post(
            "/en/accounts/login/",
            {"login": login, "password": PASSWORD},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=forwarded_for,
        )

    assert attempt("siti", f"10.9.9.9, {OFFICE}").status_code == 429
    assert attempt("ana", OFFICE).status_code == 302
    client.logout()
    assert attempt("siti", ELSEWHERE).status_code == 302


def test_failures_for_made_up_names_do_not_lock_out_the_office(
    client, approved_trainee, colleague
):
    """Many people sharing one address mistype, or someone tries made-up names:
    the colleagues behind that address still sign in."""
    for number in range(40):
        response = sign_in(client, f"nobody{number}@example.org", "wrong-password-1")
        assert response.status_code == 200

    response = sign_in(client, "ana", PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(colleague.pk)


@pytest.mark.parametrize("then", ["siti", "siti@example.org", "SITI"])
def test_the_username_and_the_e_mail_address_are_one_account(
    client, approved_trainee, then
):
    for login in ("siti", "siti", "Siti", "siti@example.org", "SITI@example.org"):
        assert sign_in(client, login, "wrong-password-1").status_code in (200, 429)

    response = sign_in(client, then, PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_wrong_codes_are_counted_per_account_from_every_address(client, editor):
    """Ten wrong codes in a quarter of an hour, from however many addresses, and
    the account takes no more codes for a while, not even the right one."""
    EmailAddress.objects.create(
        user=editor, email=editor.email, verified=True, primary=True
    )
    for address in ("192.0.2.1", "192.0.2.2"):
        browser = Client()
        assert sign_in(browser, "editor", PASSWORD, address).status_code == 302
        for _guess in range(5):
            response = browser.post(
                "/en/accounts/2fa/authenticate/",
                {"code": "000000"},
                REMOTE_ADDR=address,
            )
            assert response.context["form"].errors["code"]

    sign_in(client, "editor", PASSWORD, "192.0.2.3")
    response = client.post(
        "/en/accounts/2fa/authenticate/",
        {"code": totp_code(editor.totp_secret)},
        REMOTE_ADDR="192.0.2.3",
    )

    assert response.status_code == 200
    assert response.context["form"].errors["code"] == [
        "Too many attempts to sign in. Please try again later."
    ]
    assert "_auth_user_id" not in client.session
