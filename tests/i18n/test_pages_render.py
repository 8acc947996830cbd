"""Every page type renders in every language, with the right lang and dir."""

import pytest
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from library.models import LibraryIndexPage
from news.models import NewsIndexPage
from portal.home.models import ContentPage, HomePage
from training.models import TrainingIndexPage

LANGUAGES = [("en", "ltr"), ("id", "ltr"), ("vi", "ltr"), ("ar", "rtl")]


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_home_page_renders_in_each_language(client, home_page, code, direction):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in html
    with translation.override(code):
        assert f"<h1>{home_page.hero_heading}</h1>" in html


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_content_page_renders_in_each_language(client, about_page, code, direction):
    with translation.override(code):
        url, title = about_page.get_url(), about_page.title
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert f"<h1>{title}</h1>" in html


class TestPageTypes(WagtailPageTestCase):
    def test_the_tree_allows_only_sensible_parents(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        # Every section, the library's too; the home page names none of them
        # (tests/portal/test_page_tree.py), so Wagtail's uncreatable root type is
        # listed as well.
        self.assertAllowedSubpageTypes(
            HomePage,
            {Page, ContentPage, NewsIndexPage, TrainingIndexPage, LibraryIndexPage},
        )
