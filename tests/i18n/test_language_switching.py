"""The switcher, hreflang alternates and the sitemap agree on every page's languages."""

import re
from urllib.parse import unquote

import pytest
from django.conf import settings

ABOUT_URLS = {
    "en": "/en/about/",
    "id": "/id/tentang-portal/",
    "vi": "/vi/gioi-thieu/",
    "ar": "/ar/عن-البوابة/",
}


def hreflang_links(html):
    return {
        code: unquote(href)
        for code, href in re.findall(
            r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html
        )
    }


def switcher_links(html):
    return {
        code: unquote(href).replace("&amp;", "&")
        for code, href in re.findall(
            r'<a lang="(\w+)" hreflang="\w+" href="([^"]+)">', html
        )
    }


@pytest.mark.parametrize("code", ABOUT_URLS)
def test_every_page_lists_its_four_languages_and_x_default(client, about_page, code):
    html = client.get(ABOUT_URLS[code]).content.decode()
    expected = {lang: f"http://testserver{url}" for lang, url in ABOUT_URLS.items()}
    expected["x-default"] = "http://testserver/en/about/"
    assert hreflang_links(html) == expected


def test_the_switcher_offers_the_same_page_in_the_other_languages(client, about_page):
    html = client.get(ABOUT_URLS["ar"]).content.decode()
    links = switcher_links(html)
    assert links == {
        code: f"/language/{code}/?next={url}"
        for code, url in ABOUT_URLS.items()
        if code != "ar"
    }
    assert '<span lang="ar" aria-current="true">' in html


@pytest.mark.parametrize("target", ["en", "id", "vi"])
def test_switching_lands_on_the_same_page_and_remembers_the_choice(
    client, about_page, target
):
    html = client.get(ABOUT_URLS["ar"]).content.decode()
    response = client.get(switcher_links(html)[target], follow=True)
    assert response.status_code == 200
    assert unquote(response.redirect_chain[-1][0]) == ABOUT_URLS[target]
    assert response.context["page"].pk == about_page.pk
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == target
    assert client.get("/")["Location"] == f"/{target}/"


def test_switching_refuses_to_redirect_off_site(client, home_page):
    response = client.get("/language/vi/?next=https://example.org/phish")
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/")["Location"] == "/vi/"


def test_switching_to_an_unknown_language_is_a_404(client, home_page):
    response = client.get("/language/xx/?next=/en/", follow=True)
    assert response.status_code == 404
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_the_sitemap_lists_every_language_version_with_alternates(client, about_page):
    xml = unquote(client.get("/sitemap.xml").content.decode())
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    for url in [*ABOUT_URLS.values(), "/en/", "/id/", "/vi/", "/ar/"]:
        assert f"http://testserver{url}" in locations
    assert len(locations) == 8
    assert xml.count('hreflang="x-default" href="http://testserver/en/about/"') == 4
    assert xml.count('hreflang="ar" href="http://testserver/ar/عن-البوابة/"') == 4


class TestUntranslatedNotice:
    NOTICE = 'class="notice" role="note"'

    @pytest.mark.parametrize("code", ["vi", "ar"])
    def test_it_appears_where_a_field_falls_back_to_english(
        self, client, about_page, code
    ):
        html = client.get(ABOUT_URLS[code]).content.decode()
        assert self.NOTICE in html
        assert 'data-untranslated="intro"' in html
        assert "The portal trains the child-protection workforce." in html

    @pytest.mark.parametrize("code", ["en", "id"])
    def test_it_is_absent_where_every_field_is_translated(
        self, client, about_page, code
    ):
        assert self.NOTICE not in client.get(ABOUT_URLS[code]).content.decode()

    @pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
    def test_a_fully_translated_home_page_has_no_notice(self, client, home_page, code):
        assert self.NOTICE not in client.get(f"/{code}/").content.decode()

    def test_an_empty_translated_title_also_counts(self, client, about_page):
        about_page.title_vi = ""
        about_page.save_revision().publish()
        html = client.get("/vi/gioi-thieu/").content.decode()
        assert 'data-untranslated="title intro"' in html
        assert "<h1>About the portal</h1>" in html
