"""Everyone who can reach the Wagtail admin signs in with a second factor.

They set up an authenticator app before any admin page opens, and from then on
the portal's sign-in (the only one: Wagtail's leads to it) asks for its code.
Supervisors give it too (tests/security/test_records_two_factor.py); trainees
are not asked.
"""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.contrib.auth.models import Group

from portal.accounts.factories import PASSWORD
from portal.accounts.roles import EDITORS

from .test_headers import inline_code
from .two_factor import enrol, totp_code

ACTIVATE = "/en/accounts/2fa/totp/activate/"
AUTHENTICATE = "/en/accounts/2fa/authenticate/"


def with_verified_address(user):
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    return user


@pytest.fixture
def new_editor(django_user_model):
    """An editor who has never set up two-factor authentication."""
    user = django_user_model.objects.create_user("nadia", "nadia@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=EDITORS))
    return with_verified_address(user)


def sign_in(client, login, password=PASSWORD, next_url="/admin/"):
    return client.post(
        f"/en/accounts/login/?next={next_url}", {"login": login, "password": password}
    )


def test_an_editor_sets_up_an_authenticator_before_using_the_admin(client, new_editor):
    assert sign_in(client, "nadia")["Location"] == "/admin/"

    blocked = client.get("/admin/pages/")
    assert blocked.status_code == 302
    assert blocked["Location"] == ACTIVATE

    # The password again first: a stolen session cannot enrol a thief's phone.
    ask = client.get(ACTIVATE)
    assert ask["Location"].startswith("/en/accounts/reauthenticate/")
    assert client.post(ask["Location"], {"password": PASSWORD})["Location"] == ACTIVATE
    page = client.get(ACTIVATE)
    assert page.status_code == 200
    html = page.content.decode()
    assert inline_code(html) == []
    assert 'src="data:image/svg+xml;base64,' in html
    assert "Set up two-factor authentication before using" in html
    secret = page.context["form"].secret
    assert secret in html

    wrong = client.post(ACTIVATE, {"code": "000000"})
    assert wrong.status_code == 200
    assert wrong.context["form"].errors["code"]
    assert not Authenticator.objects.filter(user=new_editor).exists()
    assert client.get("/admin/")["Location"] == ACTIVATE

    enrolled = client.post(ACTIVATE, {"code": totp_code(secret)})
    assert enrolled.status_code == 302
    codes = client.get(enrolled["Location"])  # recovery codes, to keep safe
    assert codes.status_code == 200
    assert inline_code(codes.content.decode()) == []
    assert set(
        Authenticator.objects.filter(user=new_editor).values_list("type", flat=True)
    ) == {Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES}
    assert client.get("/admin/").status_code == 200


def test_signing_in_asks_an_enrolled_editor_for_the_code(client, editor):
    with_verified_address(editor)

    response = sign_in(client, "editor")
    assert response["Location"] == AUTHENTICATE
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith("/admin/login/")

    wrong = client.post(AUTHENTICATE, {"code": "123456"})
    assert wrong.status_code == 200
    assert wrong.context["form"].errors["code"]
    assert "_auth_user_id" not in client.session

    response = client.post(AUTHENTICATE, {"code": totp_code(editor.totp_secret)})
    assert response["Location"] == "/admin/"
    assert client.session["_auth_user_id"] == str(editor.pk)
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_stands_in_for_a_lost_phone(client, new_editor):
    enrol(new_editor)
    (code, *_rest) = RecoveryCodes.activate(new_editor).get_unused_codes()

    sign_in(client, "nadia")
    response = client.post(AUTHENTICATE, {"code": code})

    assert response["Location"] == "/admin/"
    assert client.session["_auth_user_id"] == str(new_editor.pk)


def test_the_code_page_speaks_the_reader_s_language(client, editor):
    with_verified_address(editor)
    client.post("/ar/accounts/login/", {"login": "editor", "password": PASSWORD})

    response = client.get("/ar/accounts/2fa/authenticate/")

    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_a_superuser_without_an_authenticator_is_sent_to_set_one_up(
    client, django_user_model
):
    admin = django_user_model.objects.create_superuser(
        "root", "root@example.org", "not-a-secret-1"
    )
    client.force_login(admin)

    assert client.get("/admin/")["Location"] == ACTIVATE


def test_trainees_are_not_asked(client, approved_trainee, home_page):
    user = approved_trainee

    response = sign_in(client, user.username, next_url="/en/")

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.get("/en/accounts/profile/").status_code == 200
    assert not Authenticator.objects.filter(user=user).exists()
    # The admin stays closed to them, by Wagtail's own rule.
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
