"""A lost database gives a short 503 with Retry-After, never a 500."""

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client

from portal.resilience.unavailable import RETRY_AFTER_SECONDS
from tests.portal.test_settings import show_setting

pytestmark = pytest.mark.django_db


def page_serve_raises(patch, error):
    """Every page raises `error` while it is served, as a dropped connection does."""

    def serve(*args, **kwargs):
        raise error

    patch.setattr("wagtail.models.Page.serve", serve)


@pytest.fixture
def database_lost(monkeypatch):
    return lambda error: page_serve_raises(
        monkeypatch, error("server closed the connection unexpectedly")
    )


def assert_unavailable(response):
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert response["Cache-Control"] == "no-store"
    assert b"Briefly unavailable" in response.content


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_page_whose_database_is_gone_answers_503(home_page, database_lost, error):
    database_lost(error)
    response = Client(raise_request_exception=False).get("/en/")
    assert_unavailable(response)


def test_the_503_page_is_in_the_readers_language_and_direction(home_page, monkeypatch):
    page_serve_raises(monkeypatch, OperationalError("gone"))
    response = Client(raise_request_exception=False).get("/ar/")
    assert response.status_code == 503
    assert b'<html lang="ar" dir="rtl">' in response.content


def test_an_error_outside_any_view_answers_503_too(home_page, monkeypatch):
    """The session is read in middleware, before any view runs."""

    def lost_session(self, *args, **kwargs):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(
        "django.contrib.sessions.backends.cached_db.SessionStore.load", lost_session
    )
    monkeypatch.setattr(
        "django.contrib.sessions.backends.db.SessionStore.load", lost_session
    )
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "some-session"
    response = client.get("/en/")
    assert_unavailable(response)


def test_other_errors_stay_500(home_page, monkeypatch):
    page_serve_raises(monkeypatch, ValueError("a bug"))
    response = Client(raise_request_exception=False).get("/en/")
    assert response.status_code == 500
    assert not response.has_header("Retry-After")


def test_the_page_is_served_again_once_the_database_is_back(home_page):
    with pytest.MonkeyPatch.context() as patch:
        page_serve_raises(patch, OperationalError("gone"))
        assert Client(raise_request_exception=False).get("/en/").status_code == 503
    assert Client().get("/en/").status_code == 200


def test_kept_connections_are_checked_before_reuse():
    result = show_setting(
        "settings.DATABASES['default']['CONN_MAX_AGE'], "
        "settings.DATABASES['default']['CONN_HEALTH_CHECKS']",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal",
    )
    assert result.stdout.strip() == "(60, True)", result.stderr
