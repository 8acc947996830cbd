"""Other people's records take a second factor, on every path, not only /admin/.

Supervisors, editors, moderators and admins set up an authenticator app before
the supervision report, its drill-down and files, the sign-up approvals, the
staff profiles and anybody's certificate; a session signed in with the password
alone (the person enrolled later, on another device) gives the code first. Each
person signs in for real here: no forced sign-in stands in for the code.
"""

import pytest

from portal.accounts.factories import PASSWORD, StaffProfileFactory, UserFactory
from portal.accounts.models import StaffProfile
from portal.accounts.roles import EDITORS, MODERATORS
from tests.training.certificates.conftest import complete

from .two_factor import enrol, totp_code

ACTIVATE = "/en/accounts/2fa/totp/activate/"
REAUTHENTICATE = "/en/accounts/2fa/reauthenticate/"

REPORT_PAGES = [
    "report",
    "drill_down",
    "export_csv",
    "export_xlsx",
    "activity_csv",
    "assignments",
    "new_assignment",
    "approvals",
    "approve",
]
# role -> the pages with other people's records it may open (once it gave its code).
ROLE_PAGES = {
    "supervisor": REPORT_PAGES,
    "superuser": [*REPORT_PAGES, "admin", "staff_profiles", "certificate"],
    "editor": ["admin"],
    "moderator": ["admin"],
}
NO_AUTHENTICATOR = "no authenticator"
PASSWORD_ONLY = "password only"
CODE_GIVEN = "code given"

CASES = [
    pytest.param(role, page, state, id=f"{role}-{page}-{state}")
    for role, pages in ROLE_PAGES.items()
    for page in pages
    for state in (NO_AUTHENTICATOR, PASSWORD_ONLY, CODE_GIVEN)
]


@pytest.fixture
def records(approved_trainee, gatekeeping, staff_centre):
    """Siti's certificate, and a sign-up waiting for a decision."""
    return {
        "certificate": complete(approved_trainee, gatekeeping),
        "pending": StaffProfileFactory(centre=staff_centre, full_name="Lan Nguyen"),
    }


def person(role, staff_centre):
    """A person in `role` without an authenticator app yet."""
    if role == "supervisor":
        return StaffProfileFactory(
            supervisor=True, centre=staff_centre, supervised_centres=[staff_centre]
        ).user
    if role == "superuser":
        return UserFactory(is_superuser=True, is_staff=True)
    return UserFactory(groups=[{"editor": EDITORS, "moderator": MODERATORS}[role]])


def address(page, gatekeeping, records):
    return {
        "report": "/en/supervision/",
        "drill_down": f"/en/supervision/modules/{gatekeeping.pk}/",
        "export_csv": "/en/supervision/export/report.csv",
        "export_xlsx": "/en/supervision/export/report.xlsx",
        "activity_csv": "/en/supervision/export/activity.csv",
        "assignments": "/en/supervision/assignments/",
        "new_assignment": "/en/supervision/assignments/new/",
        "approvals": "/en/accounts/approvals/",
        "approve": f"/en/accounts/approvals/{records['pending'].pk}/approve/",
        "admin": "/admin/",
        "staff_profiles": "/admin/staff_profiles/",
        "certificate": records["certificate"].get_absolute_url(),
    }[page]


def sign_in(client, user, secret=None):
    """Password, then the code if the person has an authenticator app."""
    response = client.post(
        "/en/accounts/login/", {"login": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    if secret is not None:
        assert response["Location"] == "/en/accounts/2fa/authenticate/"
        response = client.post(
            "/en/accounts/2fa/authenticate/", {"code": totp_code(secret)}
        )
    assert client.session["_auth_user_id"] == str(user.pk)


def visit(client, page, url):
    return client.post(url) if page == "approve" else client.get(url)


def opened(page, response, records):
    if page == "approve":
        assert response.status_code == 302
        assert response["Location"] == "/en/accounts/approvals/"
        return StaffProfile.objects.get(pk=records["pending"].pk).is_approved
    return response.status_code == 200


@pytest.mark.parametrize(("role", "page", "state"), CASES)
def test_pages_with_others_records_take_a_second_factor(
    client, staff_centre, gatekeeping, records, role, page, state
):
    user = person(role, staff_centre)
    url = address(page, gatekeeping, records)
    secret = enrol(user) if state == CODE_GIVEN else None
    sign_in(client, user, secret)
    if state == PASSWORD_ONLY:
        secret = enrol(user)  # on another device, after this session began

    response = visit(client, page, url)

    if state == CODE_GIVEN:
        assert opened(page, response, records)
        return
    assert response.status_code == 302
    pending = StaffProfile.objects.get(pk=records["pending"].pk)
    assert pending.status == StaffProfile.Status.PENDING
    if state == NO_AUTHENTICATOR:
        assert response["Location"] == ACTIVATE
        return
    # The code, once, opens the page it was asked for.
    assert response["Location"].startswith(f"{REAUTHENTICATE}?next=")
    prompt = client.get(response["Location"])
    assert prompt.status_code == 200
    assert 'autocomplete="one-time-code"' in prompt.content.decode()
    given = client.post(response["Location"], {"code": totp_code(secret)})
    assert given["Location"] == url
    assert opened(page, visit(client, page, url), records)


def test_a_wrong_code_opens_nothing(client, staff_centre, gatekeeping, records):
    supervisor = person("supervisor", staff_centre)
    sign_in(client, supervisor)
    enrol(supervisor)

    prompt = client.get("/en/supervision/")["Location"]
    wrong = client.post(prompt, {"code": "000000"})

    assert wrong.status_code == 200
    assert wrong.context["form"].errors["code"]
    assert client.get("/en/supervision/")["Location"] == prompt


def test_the_code_prompt_speaks_the_reader_s_language(client, staff_centre, records):
    supervisor = person("supervisor", staff_centre)
    sign_in(client, supervisor)
    enrol(supervisor)

    prompt = client.get("/ar/supervision/")["Location"]
    html = client.get(prompt).content.decode()

    assert prompt.startswith("/ar/accounts/2fa/reauthenticate/")
    assert '<html lang="ar" dir="rtl">' in html
    assert "المصادقة الثنائية" in html


def test_a_trainee_downloads_her_own_certificate_without_one(
    client, approved_trainee, records
):
    sign_in(client, approved_trainee)

    response = client.get(records["certificate"].get_absolute_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_whoever_needs_an_authenticator_cannot_remove_it(client, staff_centre):
    supervisor = person("supervisor", staff_centre)
    secret = enrol(supervisor)
    sign_in(client, supervisor, secret)

    # Removing it asks for the password again first.
    client.post(
        "/en/accounts/reauthenticate/?next=/en/accounts/2fa/totp/deactivate/",
        {"password": PASSWORD},
    )
    response = client.post("/en/accounts/2fa/totp/deactivate/")

    assert response.status_code == 200
    assert response.context["form"].errors
    assert supervisor.authenticator_set.filter(type="totp").exists()
