"""Every page in four languages, at its own translated address."""

from urllib.parse import unquote

import pytest
from django.conf import settings
from django.utils import translation


class TestLanguageRedirect:
    def test_it_sends_a_visitor_without_preference_to_english(self, client, home_page):
        response = client.get("/")
        assert response.status_code == 302
        assert response["Location"] == "/en/"

    def test_it_follows_the_accept_language_header(self, client, home_page):
        response = client.get(
            "/", headers={"accept-language": "vi-VN,vi;q=0.9,en;q=0.5"}
        )
        assert response["Location"] == "/vi/"

    def test_the_language_cookie_wins_over_the_header(self, client, home_page):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
        response = client.get("/", headers={"accept-language": "id"})
        assert response["Location"] == "/ar/"

    @pytest.mark.parametrize(
        "header",
        [
            ";;;q=garbage,,",
            "x" * 500,
            "id;q=abc",
            "*;q=-1",
            "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
        ],
    )
    def test_a_malformed_accept_language_header_falls_back_to_english(
        self, client, home_page, header
    ):
        response = client.get("/", headers={"accept-language": header})
        assert response.status_code == 302
        assert response["Location"] == "/en/"

    @pytest.mark.parametrize("cookie", ["<script>", "xx", "ar;drop", "", "a" * 300])
    def test_a_garbage_language_cookie_is_ignored(self, client, home_page, cookie):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
        response = client.get("/", headers={"accept-language": "id"})
        assert response["Location"] == "/id/"


class TestTranslatedSlugs:
    @pytest.mark.parametrize(
        "url,title",
        [
            ("/en/about/", "About the portal"),
            ("/id/tentang-portal/", "Tentang portal"),
            ("/vi/gioi-thieu/", "Giới thiệu cổng thông tin"),
            ("/ar/عن-البوابة/", "عن البوابة"),
        ],
    )
    def test_each_language_has_its_own_address(self, client, about_page, url, title):
        response = client.get(url)
        assert response.status_code == 200
        assert f"<h1>{title}</h1>" in response.content.decode()

    def test_page_urls_use_the_slug_of_the_current_language(self, about_page):
        with translation.override("ar"):
            assert unquote(about_page.get_url()) == "/ar/عن-البوابة/"
        with translation.override("id"):
            assert about_page.get_url() == "/id/tentang-portal/"


class TestNotFound:
    @pytest.mark.parametrize(
        "url",
        [
            "/ar/لا-توجد-صفحة/",
            "/vi/khong-co-trang-nay/",
            "/en/no-such-page/",
            "/id/tidak-ada/",
        ],
    )
    def test_an_unknown_slug_gets_a_404_in_that_language(self, client, home_page, url):
        response = client.get(url)
        assert response.status_code == 404
        code = url.split("/")[1]
        assert f'<html lang="{code}"' in response.content.decode()

    def test_the_404_page_is_translated(self, client, home_page):
        response = client.get("/ar/لا-توجد-صفحة/")
        assert "الصفحة غير موجودة" in response.content.decode()

    def test_an_unknown_language_prefix_ends_in_a_404_not_a_500(
        self, client, home_page
    ):
        response = client.get("/xx/about/", follow=True)
        assert response.status_code == 404
        assert response.redirect_chain == [("/en/xx/about/", 302)]
