"""Every public page of the demo site, in every language: a description for
search engines and link previews, and headings that go down one level at a time;
search results are not for indexing, and their alternates keep the search."""

import re
from html import unescape
from urllib.parse import quote

import pytest

from library.models import LibraryIndexPage, ResourcePage
from news.models import NewsIndexPage, NewsPage
from tests.demo.conftest import demo_loaded, demo_site  # noqa: F401 - fixtures
from training.models import TrainingIndexPage, TrainingModulePage

from .helpers import url_in

CODES = ["en", "id", "vi", "ar"]


def public_addresses(code):
    news = NewsIndexPage.objects.get()
    pages = [
        news,
        NewsPage.objects.live().order_by("-date").first(),
        LibraryIndexPage.objects.get(),
        ResourcePage.objects.live().order_by("path").first(),
        TrainingIndexPage.objects.get(),
        TrainingModulePage.objects.live().order_by("path").first(),
    ]
    return [
        f"/{code}/",
        *(url_in(code, page) for page in pages),
        url_in(code, news) + "feed/",
        f"/{code}/search/?q=" + quote("gatekeeping"),
        f"/{code}/accounts/login/",
        f"/{code}/accounts/signup/",
    ]


def heading_levels(html):
    main = html.split('<main id="main">')[1].split("</main>")[0]
    return [int(level) for level in re.findall(r"<h([1-6])[\s>]", main)]


@pytest.mark.parametrize("code", CODES)
def test_every_public_page_has_a_description_and_headings_in_order(
    client,
    demo_site,  # noqa: F811 - the fixture
    code,
):
    for address in public_addresses(code):
        response = client.get(address)
        if response.status_code == 404:  # the listing has no feed/ page
            continue
        assert response.status_code == 200, address
        html = response.content.decode()
        (description,) = re.findall(
            r'<meta name="description" content="([^"]*)">', html
        )
        assert len(unescape(description).strip()) > 20, address
        levels = heading_levels(html)
        assert levels[0] == 1 and levels.count(1) == 1, (address, levels)
        jumps = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        assert jumps == [], (address, levels)


def test_search_results_are_not_indexed_and_their_alternates_keep_the_search(
    client,
    demo_site,  # noqa: F811 - the fixture
):
    html = client.get(
        "/vi/search/", {"q": "gia đình", "kind": "resource"}
    ).content.decode()

    assert '<meta name="robots" content="noindex">' in html
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    )
    query = "?q=gia+%C4%91%C3%ACnh&amp;kind=resource"
    assert alternates == {
        "en": f"http://testserver/en/search/{query}",
        "x-default": f"http://testserver/en/search/{query}",
        "id": f"http://testserver/id/search/{query}",
        "vi": f"http://testserver/vi/search/{query}",
        "ar": f"http://testserver/ar/search/{query}",
    }


def test_other_pages_are_indexed_and_name_themselves_without_filters(
    client,
    demo_site,  # noqa: F811 - the fixture
):
    news = NewsIndexPage.objects.get()
    html = client.get(url_in("id", news), {"topic": "gatekeeping"}).content.decode()

    assert 'name="robots"' not in html
    assert f'hreflang="id" href="http://testserver{url_in("id", news)}"' in html
