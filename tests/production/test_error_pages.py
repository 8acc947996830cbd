"""Error pages under production settings: in the reader's language (from the
address), right to left in Arabic, self-contained and kept by no cache."""

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from .conftest import HOST

LANGUAGES = ["en", "id", "vi", "ar"]
TITLES = {
    400: "Bad request",
    403: "Access denied",
    "csrf": "The form could not be sent",
    429: "Too many attempts",
    500: "Something went wrong",
}


def assert_error_page(response, status, code, title):
    assert response.status_code == status
    html = response.content.decode()
    with translation.override(code):
        translated = gettext(title)
        home = gettext("Go to the home page")
    if code != "en":
        assert translated != title, f"{title!r} is not translated into {code}"
    assert f"<h1>{translated}</h1>" in html
    assert home in html
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert f'href="/{code}/"' in html
    # Nothing to load: the failure may be the static files or the database.
    assert settings.STATIC_URL not in html
    assert response["Cache-Control"] == "no-store"


def client(**options):
    return Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https", **options)


@pytest.fixture
def failing_views(settings):
    settings.ROOT_URLCONF = "tests.production.urls"


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_bad_request_is_answered_in_the_reader_s_language(production, db, code):
    # A Host header the portal does not serve.
    response = client().get(f"/{code}/", HTTP_HOST="attacker.example")

    assert_error_page(response, 400, code, TITLES[400])


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_refusal_is_answered_in_the_reader_s_language(
    production, db, failing_views, code
):
    response = client().get(f"/{code}/refused-on-purpose/")

    assert_error_page(response, 403, code, TITLES[403])


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_form_without_its_csrf_token_is_refused_in_the_reader_s_language(
    production, db, code
):
    strict = client(enforce_csrf_checks=True)
    response = strict.post(
        f"/{code}/accounts/login/", {"login": "siti", "password": "not-a-secret-1"}
    )

    assert_error_page(response, 403, code, TITLES["csrf"])


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_rate_limit_is_answered_in_the_reader_s_language(
    production, db, settings, code
):
    settings.ACCOUNT_RATE_LIMITS = {"reset_password": "1/m/ip"}
    reader = client()
    url = f"/{code}/accounts/password/reset/"
    first = reader.post(url, {"email": "siti@example.org"})
    assert first.status_code == 302

    response = reader.post(url, {"email": "siti@example.org"})

    assert_error_page(response, 429, code, TITLES[429])


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_server_error_is_answered_in_the_reader_s_language(
    production, db, failing_views, code
):
    response = client(raise_request_exception=False).get(f"/{code}/failing-on-purpose/")

    assert_error_page(response, 500, code, TITLES[500])
