"""Who may open each private address: every role against every one, in one table.

The data belongs to Siti, a trainee at the Jambi centre: her training record,
her certificate and her check attempt. A refusal is a redirect to a sign-in, a
403 or a 404, and never shows her name.
"""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from portal.accounts.factories import StaffProfileFactory
from portal.accounts.roles import SUPERVISORS
from portal.centres.factories import CentreFactory
from tests.training.certificates.conftest import complete
from training.models import CheckAttempt

from .two_factor import enrol

OWNER_NAME = "Siti Rahma"
SIGN_IN_PAGES = ("/en/accounts/login/", "/admin/login/")

OPEN = "open"  # 200, her data may show
OWN = "own"  # 200, the person's own page: her data must not show
SHUT = "shut"

ROLES = [
    "anonymous",
    "owner",
    "other_trainee",
    "other_supervisor",
    "supervisor",
    "editor",
    "moderator",
    "superuser",
]

# address -> what each role (in ROLES' order) gets.
TABLE = {
    "admin": [SHUT, SHUT, SHUT, SHUT, SHUT, OWN, OWN, OWN],
    "approvals": [SHUT, SHUT, SHUT, OWN, OPEN, SHUT, SHUT, OPEN],
    "report": [SHUT, SHUT, SHUT, OWN, OPEN, SHUT, SHUT, OPEN],
    "export": [SHUT, SHUT, SHUT, OWN, OPEN, SHUT, SHUT, OPEN],
    "my_training": [SHUT, OPEN, OWN, OWN, OWN, OWN, OWN, OWN],
    "certificate": [SHUT, OPEN, SHUT, SHUT, SHUT, SHUT, SHUT, OPEN],
    "attempt": [SHUT, OPEN, SHUT, SHUT, SHUT, SHUT, SHUT, SHUT],
}

# Where an open address proves it holds her data (the others show counts, a PDF
# or her answers).
LISTS_HER_BY_NAME = {("export", "supervisor"), ("export", "superuser")}

CASES = [
    pytest.param(address, role, expected, id=f"{address}-{role}")
    for address, row in TABLE.items()
    for role, expected in zip(ROLES, row, strict=True)
]


@pytest.fixture
def owner_record(approved_trainee, gatekeeping, supervisor):
    """Siti completed gatekeeping: a certificate and a check attempt of hers."""
    completion = complete(approved_trainee, gatekeeping)
    attempt = CheckAttempt.objects.get(user=approved_trainee)
    return completion, attempt


def addresses(training_index, gatekeeping, completion, attempt):
    with translation.override("en"):
        return {
            "admin": "/admin/",
            "approvals": "/en/accounts/approvals/",
            "report": "/en/supervision/",
            "export": "/en/supervision/export/report.csv",
            "my_training": training_index.get_url()
            + training_index.reverse_subpage("my_training"),
            "certificate": completion.get_absolute_url(),
            "attempt": gatekeeping.get_url()
            + gatekeeping.reverse_subpage("check_result", args=[attempt.pk]),
        }


def person(role, request, django_user_model):
    if role == "anonymous":
        return None
    if role == "owner":
        return request.getfixturevalue("approved_trainee")
    if role == "other_trainee":
        centre = request.getfixturevalue("staff_centre")
        return StaffProfileFactory(approved=True, centre=centre).user
    if role == "other_supervisor":
        far = CentreFactory(slug="hanoi", name="Hanoi social-affairs office")
        user = StaffProfileFactory(
            approved=True, centre=far, supervised_centres=[far]
        ).user
        user.groups.add(Group.objects.get(name=SUPERVISORS))
        enrol(user)
        return user
    if role == "superuser":
        return request.getfixturevalue("admin_user")
    return request.getfixturevalue(role)


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


@pytest.mark.parametrize(("address", "role", "expected"), CASES)
def test_every_role_against_every_private_address(
    client,
    request,
    django_user_model,
    training_index,
    gatekeeping,
    owner_record,
    address,
    role,
    expected,
):
    url = addresses(training_index, gatekeeping, *owner_record)[address]
    user = person(role, request, django_user_model)
    if user is not None:
        client.force_login(user)

    response = client.get(url)

    if expected == SHUT:
        assert response.status_code in (302, 403, 404), response.status_code
        if response.status_code == 302:
            assert response["Location"].startswith(SIGN_IN_PAGES)
        assert OWNER_NAME not in body(response)
    else:
        assert response.status_code == 200
        if expected == OWN:
            assert OWNER_NAME not in body(response)
        if (address, role) in LISTS_HER_BY_NAME:
            assert OWNER_NAME in body(response)
