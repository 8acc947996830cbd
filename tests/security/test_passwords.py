"""Strong passwords, wherever one is chosen: at sign-up and from a reset link."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from tests.accounts.conftest import link_in, signup_data  # noqa: F401

WEAK = {
    "too short": "kelinci-9",
    "common": "password123",
    "only digits": "4815162342108",
    "like the address": "dewi.example.org",
}
TOO_SHORT = "This password is too short. It must contain at least 10 characters."


@pytest.mark.parametrize("password", WEAK.values(), ids=WEAK.keys())
def test_sign_up_refuses_a_weak_password(client, signup_data, password):  # noqa: F811
    response = client.post(
        "/en/accounts/signup/",
        {**signup_data, "password1": password, "password2": password},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["password1"]
    assert not get_user_model().objects.exists()


def test_sign_up_names_the_rule_in_the_reader_s_language(client, signup_data):  # noqa: F811
    short = WEAK["too short"]
    response = client.post(
        "/id/accounts/signup/", {**signup_data, "password1": short, "password2": short}
    )

    (error,) = response.context["form"].errors["password1"]
    assert "10" in error
    assert error != TOO_SHORT


@pytest.mark.parametrize("password", WEAK.values(), ids=WEAK.keys())
def test_a_reset_link_refuses_a_weak_password(client, approved_trainee, password):
    approved_trainee.email = "dewi.example.org@example.org"
    approved_trainee.save()
    client.post("/en/accounts/password/reset/", {"email": approved_trainee.email})
    form_page = client.get(urlsplit(link_in(mail.outbox[0])).path, follow=True)

    response = client.post(
        form_page.redirect_chain[-1][0], {"password1": password, "password2": password}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["password1"]
    approved_trainee.refresh_from_db()
    assert not approved_trainee.check_password(password)
