"""Signing up: a pending account and its profile, confirmed by e-mail."""

import re
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.test import Client

from portal.accounts.models import StaffProfile

from .conftest import STRONG_PASSWORD, link_in, mail_to

User = get_user_model()


def test_signup_creates_a_pending_profile_and_mails_in_the_chosen_language(
    client, signup_data, staff_centre
):
    response = client.post("/en/accounts/signup/", signup_data)

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    profile = StaffProfile.objects.get(user__email="dewi@example.org")
    assert profile.status == StaffProfile.Status.PENDING
    assert (profile.full_name, profile.centre, profile.job_role) == (
        "Dewi Lestari",
        staff_centre,
        "social_worker",
    )
    assert profile.preferred_language == "id"
    assert not profile.user.groups.exists()
    (message,) = mail.outbox
    assert message.to == ["dewi@example.org"]
    assert "Konfirmasi alamat e-mail Anda" in message.subject
    # The link leads to the Indonesian version of the confirmation page.
    assert urlsplit(link_in(message)).path.startswith("/id/accounts/confirm-email/")


def test_confirming_the_address_shows_the_waiting_page_and_tells_the_supervisor(
    client, signup_data, supervisor, django_capture_on_commit_callbacks
):
    client.post("/en/accounts/signup/", signup_data)
    confirm_path = urlsplit(link_in(mail.outbox[0])).path
    mail.outbox.clear()

    assert client.get(confirm_path).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(confirm_path)

    assert response.status_code == 302
    assert response["Location"] == "/id/accounts/waiting/"
    assert EmailAddress.objects.get(email="dewi@example.org").verified
    (notice,) = mail_to(supervisor.email)
    assert "Dewi Lestari" in notice.body
    assert "/en/accounts/approvals/" in notice.body


def test_the_signup_form_offers_the_centres_roles_and_languages(client, staff_centre):
    page = client.get("/vi/accounts/signup/").content.decode()

    assert f'<option value="{staff_centre.pk}">Jambi children' in page
    assert '<option value="counsellor">' in page
    assert '<option value="ar">العربيّة</option>' in page
    # The reader's language is chosen until they pick another.
    assert '<option value="vi" selected>' in page


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("centre", "999999"),
        ("centre", "jambi"),
        ("preferred_language", "fr"),
        ("job_role", "director"),
        ("password1", "password"),
        ("password2", "another-password-77"),
        ("full_name", ""),
        ("email", "not-an-address"),
    ],
)
def test_bad_input_is_refused_and_creates_nothing(client, signup_data, field, value):
    response = client.post("/en/accounts/signup/", {**signup_data, field: value})

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not User.objects.exists()
    assert not StaffProfile.objects.exists()
    assert mail.outbox == []


def test_an_address_already_registered_is_not_revealed_and_its_owner_is_told(
    client, signup_data, approved_trainee
):
    """Whether an address has an account is not revealed (issue 6): the sign-up
    answers as for a new address, creates nothing, and the owner is mailed, in
    their language, a link to choose a new password."""
    signup_data["email"] = approved_trainee.email.upper()

    response = client.post("/en/accounts/signup/", signup_data)

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert User.objects.count() == 1
    assert StaffProfile.objects.count() == 1
    (message,) = mail.outbox
    assert message.to == [approved_trainee.email]
    assert "/id/accounts/password/reset/" in message.body


@pytest.fixture
def hashings(monkeypatch):
    """How many times a password is hashed (the slow part of a sign-up)."""
    calls = []
    encode = MD5PasswordHasher.encode

    def counted(self, password, salt):
        calls.append(password)
        return encode(self, password, salt)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counted)
    return calls


def answer(client, data):
    """What the sign-up shows, the address it names written the same way."""
    response = client.post("/en/accounts/signup/", data, follow=True)
    html = response.content.decode().replace(data["email"], "ADDRESS")
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return (
        response.status_code,
        response.redirect_chain,
        [template.name for template in response.templates],
        html,
    )


def test_an_existing_address_gets_the_same_page_after_the_same_work(
    client, signup_data, approved_trainee, hashings
):
    """The page, and the time it takes (one password hashing each), are those of
    a new address: nothing tells that the address has an account."""
    new = answer(client, signup_data)
    assert len(hashings) == 1
    mail.outbox.clear()

    existing = answer(Client(), {**signup_data, "email": approved_trainee.email})

    assert existing == new
    assert len(hashings) == 2
    (message,) = mail.outbox
    assert message.to == [approved_trainee.email]
    assert User.objects.count() == 2


def test_an_address_too_long_is_refused_not_cut(client, signup_data):
    address = f"{'a' * 64}@{'b' * 63}.{'c' * 63}.{'d' * 63}.org"  # 259 characters

    response = client.post("/id/accounts/signup/", {**signup_data, "email": address})

    assert response.status_code == 200
    assert response.context["form"].errors["email"] == [
        "Alamat e-mail paling banyak 254 karakter."
    ]
    assert not User.objects.exists()
    assert mail.outbox == []


def test_direction_marks_are_taken_out_of_the_name(client, signup_data):
    """Invisible marks that reverse the text after them (pasted along, or put there
    to make a list or a certificate show something else) are not kept."""
    name = "\u202eDewi\u2066 Lestari\u2069\u200f"

    client.post("/en/accounts/signup/", {**signup_data, "full_name": name})

    assert StaffProfile.objects.get().full_name == "Dewi Lestari"


def test_the_supervisor_s_notice_links_to_the_address_the_portal_was_reached_at(
    client,
    signup_data,
    supervisor,
    settings,
    home_page,
    django_capture_on_commit_callbacks,
):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "portal.example.org"]
    client.post("/en/accounts/signup/", signup_data)
    confirm_path = urlsplit(link_in(mail.outbox[0])).path

    with django_capture_on_commit_callbacks(execute=True):
        client.post(confirm_path, HTTP_HOST="portal.example.org", secure=True)

    (notice,) = mail_to(supervisor.email)
    assert link_in(notice) == "https://portal.example.org/en/accounts/approvals/"


@pytest.mark.parametrize("code", ["en", "vi"])
def test_no_centre_or_role_is_chosen_beforehand(client, staff_centre, code):
    page = client.get(f"/{code}/accounts/signup/").content.decode()

    for name in ("centre", "job_role"):
        select = page.split(f'name="{name}"')[1].split("</select>")[0]
        assert re.search(r'<option value="" selected>[^<]+…</option>', select)
        assert select.count(" selected") == 1
        assert " required" in select.split(">")[0]


@pytest.mark.parametrize("field", ["centre", "job_role"])
def test_a_sign_up_without_a_centre_or_role_is_asked_for_it(client, signup_data, field):
    response = client.post("/vi/accounts/signup/", {**signup_data, field: ""})

    assert response.context["form"].errors[field] == ["Trường này là bắt buộc."]
    assert not User.objects.exists()


@pytest.mark.parametrize(
    ("code", "password", "password2", "message"),
    [
        (
            "vi",
            "xanh-la-7",
            None,
            "Mật khẩu này quá ngắn. Mật khẩu phải có ít nhất 10 ký tự.",
        ),
        ("ar", "xanh-la-7", None, "يجب أن تتكوّن من 10 أحرف على الأقل."),
        ("vi", "1029384756", None, "Mật khẩu này hoàn toàn là số."),
        ("ar", "password123", None, "كلمة المرور هذه شائعة جداً."),
        (
            "vi",
            STRONG_PASSWORD,
            "kelinci-biru-2024",
            "Hãy nhập cùng một mật khẩu ở cả hai ô.",
        ),
        (
            "ar",
            STRONG_PASSWORD,
            "kelinci-biru-2024",
            "اكتب كلمة المرور نفسها في الخانتين.",
        ),
    ],
)
def test_password_rules_are_explained_in_the_reader_s_language(
    client, signup_data, code, password, password2, message
):
    data = {**signup_data, "password1": password, "password2": password2 or password}
    response = client.post(f"/{code}/accounts/signup/", data)

    html = response.content.decode()
    assert message in html
    assert "This password" not in html and "You must type" not in html
    assert not User.objects.exists()
