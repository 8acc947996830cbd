"""The demo's staff accounts: profiles at a demo centre, confirmed addresses."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from demo.content.centres import JAMBI
from demo.loader import accounts_load
from demo.upsert import Changes
from portal.accounts.models import StaffProfile
from portal.centres.factories import CentreFactory
from tests.security.two_factor import enrol, totp_code

User = get_user_model()


@pytest.fixture
def demo_accounts(db):
    CentreFactory(slug=JAMBI.slug, name=JAMBI.name.en)
    accounts_load(changes=Changes())


def test_staff_accounts_get_profiles_and_every_address_is_confirmed(demo_accounts):
    trainee = StaffProfile.objects.get(user__username="trainee")
    supervisor = StaffProfile.objects.get(user__username="supervisor")
    newcomer = StaffProfile.objects.get(user__username="newcomer")

    assert (trainee.status, trainee.preferred_language) == ("approved", "id")
    assert trainee.centre.slug == JAMBI.slug
    assert [c.slug for c in supervisor.supervised_centres.all()] == [JAMBI.slug]
    assert newcomer.status == StaffProfile.Status.PENDING
    assert not StaffProfile.objects.filter(user__username="editor").exists()
    assert EmailAddress.objects.filter(verified=True, primary=True).count() == 6


def test_loading_again_changes_nothing(demo_accounts):
    changes = Changes()
    accounts_load(changes=changes)
    assert changes.lines == []


def test_loading_again_restores_what_was_changed(demo_accounts):
    StaffProfile.objects.filter(user__username="trainee").update(
        preferred_language="vi"
    )
    EmailAddress.objects.filter(user__username="supervisor").update(verified=False)

    changes = Changes()
    accounts_load(changes=changes)

    assert changes.lines == ["updated account: supervisor", "updated account: trainee"]
    assert StaffProfile.objects.get(user__username="trainee").preferred_language == "id"
    assert EmailAddress.objects.get(user__username="supervisor").verified


def test_the_demo_supervisor_finds_the_newcomer_waiting(client, demo_accounts):
    """Once they have set up their authenticator app, as the approvals need."""
    secret = enrol(User.objects.get(username="supervisor"))
    client.post(
        "/en/accounts/login/",
        {"login": "supervisor", "password": "supervisor-demo-pass"},
    )
    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})

    page = client.get("/en/accounts/approvals/").content.decode()

    assert "Dewi Lestari" in page
    assert "Siti Rahma" not in page


def test_the_demo_trainee_signs_in_to_the_indonesian_site(client, demo_accounts):
    response = client.post(
        "/en/accounts/login/",
        {"login": "trainee@example.org", "password": "trainee-demo-pass"},
    )

    assert response["Location"] == "/id/"
