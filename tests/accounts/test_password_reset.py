"""Choosing a new password, by a link sent in the person's language."""

from urllib.parse import urlsplit

from django.core import mail

from .conftest import link_in


def test_the_reset_link_comes_in_the_persons_language_and_sets_the_password(
    client, approved_trainee
):
    response = client.post(
        "/en/accounts/password/reset/", {"email": "siti@example.org"}
    )

    assert response["Location"] == "/en/accounts/password/reset/done/"
    (message,) = mail.outbox
    assert message.to == ["siti@example.org"]
    assert "Pilih kata sandi baru" in message.subject
    link = urlsplit(link_in(message)).path
    assert link.startswith("/id/accounts/password/reset/key/")

    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    client.post(
        form_page.redirect_chain[-1][0],
        {"password1": "sungai-batanghari-9", "password2": "sungai-batanghari-9"},
    )

    approved_trainee.refresh_from_db()
    assert approved_trainee.check_password("sungai-batanghari-9")


def test_an_unknown_address_gets_the_same_answer_and_its_owner_is_told(
    client, approved_trainee
):
    """Whether an address has an account is not revealed (issue 6): the page says
    "check your e-mail" either way, and the address's owner learns there is none."""
    response = client.post(
        "/en/accounts/password/reset/", {"email": "nobody@example.org"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/password/reset/done/"
    (message,) = mail.outbox
    assert message.to == ["nobody@example.org"]
    assert "/en/accounts/signup/" in message.body
    assert "/password/reset/key/" not in message.body


def test_a_used_or_forged_link_is_refused(client, approved_trainee):
    response = client.get("/en/accounts/password/reset/key/1-forged-token/")

    assert response.status_code == 200
    assert response.context["token_fail"]
