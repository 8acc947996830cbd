"""Anonymous readers get pages from the cache; content changes show at once."""

import gzip

import pytest
from django.core.management import call_command
from django.utils import translation

from portal.glossary.models import GlossaryTerm
from portal.home.factories import ContentPageFactory


def page_url(page, code="en"):
    with translation.override(code):
        return page.get_url()


def test_second_anonymous_request_is_a_hit_without_queries(
    client, home_page, django_assert_num_queries
):
    first = client.get("/en/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/en/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_head_request_is_served_from_the_cache(client, home_page):
    client.get("/en/")
    assert client.head("/en/")["X-Page-Cache"] == "hit"


def test_published_change_shows_at_once(client, home_page):
    client.get("/en/")
    home_page.hero_heading_en = "Case management training opens in March"
    home_page.save_revision().publish()
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "Case management training opens in March" in response.content.decode()


def test_published_title_shows_at_once_in_the_cached_menu(client, about_page):
    client.get("/en/")
    about_page.title_en = "About this portal and its trainers"
    about_page.save_revision().publish()
    assert "About this portal and its trainers" in client.get("/en/").content.decode()


def test_unpublished_page_is_gone_at_once(client, about_page):
    url = page_url(about_page)
    assert client.get(url).status_code == 200
    assert client.get(url)["X-Page-Cache"] == "hit"
    about_page.unpublish()
    assert client.get(url).status_code == 404
    assert url not in client.get("/en/").content.decode()


def test_deleted_page_leaves_the_cached_menu(client, about_page):
    url = page_url(about_page)
    assert url in client.get("/en/").content.decode()
    about_page.delete()
    assert url not in client.get("/en/").content.decode()


def test_moved_page_is_served_at_its_new_address(client, about_page, home_page):
    team = ContentPageFactory(parent=home_page, title="Our team", slug="team")
    old_url = page_url(about_page)
    assert client.get(old_url).status_code == 200
    about_page.move(team, pos="last-child")
    about_page.refresh_from_db()
    new_url = page_url(about_page)
    assert new_url == "/en/team/about/"
    assert client.get(old_url)["Location"] == new_url
    assert client.get(new_url).status_code == 200


def test_snippet_change_refreshes_cached_pages(client, home_page):
    client.get("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    term = GlossaryTerm.objects.create(key="gatekeeping", term="Gatekeeping")
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    term.delete()
    assert client.get("/en/")["X-Page-Cache"] == "miss"


def test_pages_cached_before_a_change_commits_are_dropped_after(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        home_page.hero_heading_en = "Reintegration starts with short visits home"
        home_page.save_revision().publish()
        # Another reader could render the old rows before the commit.
        client.get("/en/")
        assert client.get("/en/")["X-Page-Cache"] == "hit"
    assert client.get("/en/")["X-Page-Cache"] == "miss"


def test_each_language_has_its_own_entry(client, home_page):
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    arabic = client.get("/ar/")
    assert arabic["X-Page-Cache"] == "miss"
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    assert client.get("/ar/")["X-Page-Cache"] == "hit"
    assert '<html lang="ar" dir="rtl">' in client.get("/ar/").content.decode()
    assert '<html lang="en" dir="ltr">' in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    "accept_language,cookie,expected",
    [("ar", None, "/ar/"), ("vi", None, "/vi/"), ("en", "id", "/id/")],
)
def test_language_choice_at_the_root_is_never_cached(
    client, home_page, accept_language, cookie, expected
):
    client.get("/", headers={"Accept-Language": "en"})
    if cookie:
        client.cookies["portal_language"] = cookie
    response = client.get("/", headers={"Accept-Language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "X-Page-Cache" not in response


def test_gzip_and_plain_readers_get_their_own_entry(client, home_page):
    zipped = client.get("/en/", headers={"Accept-Encoding": "gzip, deflate"})
    plain = client.get("/en/", headers={"Accept-Encoding": "identity"})
    assert (zipped["X-Page-Cache"], plain["X-Page-Cache"]) == ("miss", "miss")

    zipped = client.get("/en/", headers={"Accept-Encoding": "gzip, deflate"})
    plain = client.get("/en/", headers={"Accept-Encoding": "identity"})
    assert (zipped["X-Page-Cache"], plain["X-Page-Cache"]) == ("hit", "hit")
    assert zipped["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in plain
    assert gzip.decompress(zipped.content) == plain.content


def test_http_and_https_readers_get_their_own_entry(client, home_page):
    """Behind a proxy that also answers plain HTTP, the two must never mix: a
    page names its own address (its language versions' links)."""
    plain = client.get("/en/")
    secure = client.get("/en/", secure=True)
    assert (plain["X-Page-Cache"], secure["X-Page-Cache"]) == ("miss", "miss")

    again = client.get("/en/", secure=True)
    assert again["X-Page-Cache"] == "hit"
    assert 'hreflang="ar" href="https://testserver/ar/"' in again.content.decode()
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    assert 'href="http://testserver/ar/"' in client.get("/en/").content.decode()


def test_post_is_never_served_from_or_stored_in_the_cache(client, home_page):
    assert "X-Page-Cache" not in client.post("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    assert "X-Page-Cache" not in client.post("/en/")


def test_cache_seconds_are_read_at_request_time(client, home_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/")
    assert "X-Page-Cache" not in client.get("/en/")
    settings.PAGE_CACHE_SECONDS = 60
    client.get("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "hit"


def test_cache_is_off_under_debug(client, home_page, settings):
    settings.DEBUG = True
    client.get("/en/")
    assert "X-Page-Cache" not in client.get("/en/")


def test_clear_page_cache_command_forgets_every_page(client, home_page):
    client.get("/en/")
    client.get("/ar/")
    call_command("clear_page_cache")
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    assert client.get("/ar/")["X-Page-Cache"] == "miss"


def test_switching_language_leads_to_the_cached_page_in_that_language(
    client, home_page
):
    client.get("/en/")
    client.get("/ar/")
    switched = client.get("/language/ar/?next=/ar/", follow=True)
    assert switched["X-Page-Cache"] == "hit"
    assert '<html lang="ar" dir="rtl">' in switched.content.decode()
    back = client.get("/language/en/?next=/en/", follow=True)
    assert back["X-Page-Cache"] == "hit"
    assert '<html lang="en" dir="ltr">' in back.content.decode()
