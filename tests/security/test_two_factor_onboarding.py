"""Setting up two-factor authentication, page by page, in the editor's language:
the portal's layout and words on every page, and the last one leads to the admin."""

import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.contrib.auth.models import Group

from portal.accounts.factories import PASSWORD
from portal.accounts.roles import EDITORS

from .test_headers import inline_code
from .two_factor import enrol, totp_code

STYLESHEET = re.compile(r'<link rel="stylesheet" href="/static/css/portal[^"]*\.css">')

# Each page's heading, and English that must not show through (allauth's own
# templates, or its catalogue, which has no Vietnamese).
PAGES = {
    "vi": {
        "reauthenticate": "Nhập lại mật khẩu của bạn",
        "activate": "Thiết lập xác thực hai yếu tố",
        "recovery codes": "Mã khôi phục",
        "generate": "Tạo mã khôi phục mới",
        "overview": "Xác thực hai yếu tố",
        "authenticate": "Xác thực hai yếu tố",
        "labels": ("Mật khẩu", "Mã xác thực"),
    },
    "ar": {
        "reauthenticate": "أدخل كلمة المرور مرة أخرى",
        "activate": "إعداد المصادقة الثنائية",
        "recovery codes": "رموز الاسترداد",
        "generate": "إنشاء رموز استرداد جديدة",
        "overview": "المصادقة الثنائية",
        "authenticate": "المصادقة الثنائية",
        "labels": ("كلمة المرور", "رمز المصادقة"),
    },
}
ENGLISH = (
    "Confirm Access",
    "Recovery Codes",
    "Authenticator App",
    "Authenticator code",
    "Unused codes",
    "Download codes",
    "Continue to the administration",
)


@pytest.fixture
def newcomer(django_user_model):
    """An editor who has never set up two-factor authentication."""
    user = django_user_model.objects.create_user("nadia", "nadia@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=EDITORS))
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    return user


def assert_portal_page(response, language, heading):
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert STYLESHEET.search(html)
    assert re.search(rf"<h1>\s*{re.escape(heading)}\s*</h1>", html)
    assert inline_code(html) == []
    for english in ENGLISH:
        assert english not in html
    return html


@pytest.mark.parametrize("language", ["vi", "ar"])
def test_an_editor_sets_up_two_factor_in_their_language_and_reaches_the_admin(
    client, newcomer, language
):
    words = PAGES[language]
    client.cookies["portal_language"] = language
    client.force_login(newcomer)

    activate = client.get("/admin/")["Location"]
    assert activate == f"/{language}/accounts/2fa/totp/activate/"
    password_page = client.get(activate, follow=True)
    html = assert_portal_page(password_page, language, words["reauthenticate"])
    assert words["labels"][0] in html

    reauthenticate = password_page.redirect_chain[-1][0]
    assert client.post(reauthenticate, {"password": PASSWORD})["Location"] == activate
    page = client.get(activate)
    html = assert_portal_page(page, language, words["activate"])
    assert words["labels"][1] in html

    enrolled = client.post(activate, {"code": totp_code(page.context["form"].secret)})
    assert enrolled["Location"] == f"/{language}/accounts/2fa/recovery-codes/"
    codes = client.get(enrolled["Location"])
    html = assert_portal_page(codes, language, words["recovery codes"])
    authenticator = Authenticator.objects.get(
        user=newcomer, type=Authenticator.Type.RECOVERY_CODES
    )
    for code in RecoveryCodes(authenticator).get_unused_codes():
        assert f'<code dir="ltr">{code}</code>' in html
    assert 'href="/admin/"' in html

    assert client.get("/admin/").status_code == 200

    for url, heading in [
        (f"/{language}/accounts/2fa/", words["overview"]),
        (f"/{language}/accounts/2fa/recovery-codes/generate/", words["generate"]),
    ]:
        assert_portal_page(client.get(url), language, heading)


@pytest.mark.parametrize("language", ["vi", "ar"])
def test_the_code_asked_at_sign_in_is_asked_in_the_editor_s_language(
    client, newcomer, language
):
    secret = enrol(newcomer)
    client.post(
        f"/{language}/accounts/login/?next=/admin/",
        {"login": "nadia", "password": PASSWORD},
    )

    page = client.get(f"/{language}/accounts/2fa/authenticate/")
    assert_portal_page(page, language, PAGES[language]["authenticate"])

    response = client.post(
        f"/{language}/accounts/2fa/authenticate/", {"code": totp_code(secret)}
    )
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
