import re

import pytest
from django.core import mail

from portal.centres.factories import CentreFactory

STRONG_PASSWORD = "kelinci-hijau-2024"  # noqa: S105 - a test sign-up's password


@pytest.fixture
def other_centre(db):
    return CentreFactory(slug="hanoi", name="Hanoi social protection centre")


@pytest.fixture
def signup_data(staff_centre):
    """A complete sign-up of an Indonesian-speaking social worker at `staff_centre`."""
    return {
        "full_name": "Dewi Lestari",
        "email": "dewi@example.org",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
        "centre": str(staff_centre.pk),
        "job_role": "social_worker",
        "preferred_language": "id",
    }


def link_in(message):
    """The only address in an e-mail's body."""
    (url,) = re.findall(r"https?://\S+", message.body)
    return url


def mail_to(address):
    return [message for message in mail.outbox if address in message.to]
