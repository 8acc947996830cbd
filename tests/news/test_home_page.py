"""The home page of the demo site: its newest stories, its featured training
modules with their pictures, and the resource library."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape

from library.models import ResourcePage
from portal.search import indexing
from tests.demo.conftest import demo_loaded, demo_site  # noqa: F401 - fixtures
from training.models import TrainingModulePage


@pytest.fixture
def home_html(client, demo_site):  # noqa: F811 - the fixture
    def get(code):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        return response.content.decode()

    return get


def module_cards(html):
    return re.findall(r'<article class="module-card">(.*?)</article>', html, re.S)


@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_the_home_page_features_the_demo_modules_with_pictures(home_html, code):
    html = home_html(code)
    cards = module_cards(html)
    assert len(cards) == TrainingModulePage.objects.live().count() == 4
    assert "No training modules have been published yet" not in html
    for card in cards:
        assert re.search(r'<img [^>]*alt=""', card), card
        assert re.search(r'<h3><a href="/' + code + r"/", card), card


@pytest.mark.parametrize("code", ["en", "vi", "ar"])
def test_the_home_page_opens_the_library_with_its_newest_resources(home_html, code):
    html = home_html(code)
    assert "The resource library is not open yet" not in html
    section = html.split('aria-labelledby="library-search"')[1].split("</section>")[0]
    assert 'name="kind" value="resource"' in section
    assert section.count('<article class="resource-card">') == 3
    with translation.override(code):
        newest = ResourcePage.objects.live().order_by("-year", "-pk").first()
        assert escape(newest.title) in section
    assert re.search(r'<a href="/' + code + r'/[^"]+">', section)


def test_the_library_search_on_the_home_page_finds_resources(client, demo_site):  # noqa: F811
    indexing.rebuild()
    response = client.get("/en/search/", {"q": "gatekeeping", "kind": "resource"})
    assert response.status_code == 200
    kinds = re.findall(r'<p class="result-meta">([^<·]+)', response.content.decode())
    assert kinds and {kind.strip() for kind in kinds} == {"Resource"}
