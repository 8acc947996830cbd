"""Nobody with a session gets the anonymous page, and their page is never stored."""

import pytest

USERBAR = "wagtail-userbar"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        username="nurul", email="nurul@example.org", password="long-enough-pass"
    )


def test_logged_in_reader_never_gets_the_cached_page(client, home_page, editor):
    client.get("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    client.force_login(editor)
    response = client.get("/en/")
    assert "X-Page-Cache" not in response
    assert USERBAR in response.content.decode()


def test_logged_in_readers_page_is_never_stored(client, home_page, editor):
    client.force_login(editor)
    for code in ("en", "ar"):
        assert USERBAR in client.get(f"/{code}/").content.decode()
    client.logout()
    for code in ("en", "ar"):
        response = client.get(f"/{code}/")
        assert response["X-Page-Cache"] == "miss"
        assert USERBAR not in response.content.decode()


def test_session_cookie_without_a_session_bypasses_the_cache(client, home_page):
    client.get("/en/")
    client.cookies["sessionid"] = "no-such-session"
    response = client.get("/en/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def test_waiting_flash_messages_bypass_the_cache(client, home_page):
    client.get("/en/")
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get("/en/")
