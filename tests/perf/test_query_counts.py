"""Rendering a page costs the same number of queries whatever the amount of content."""

import pytest

from portal.home.factories import ContentPageFactory

# Site, the page itself, its view restrictions (2), the menu's restrictions and
# the menu's pages.
HOME_PAGE_QUERIES = 6


def add_menu_pages(home_page, count):
    for number in range(count):
        topic = ContentPageFactory(
            parent=home_page,
            show_in_menus=True,
            title=f"Training topic {number}",
            title_ind=f"Topik pelatihan {number}",
            slug_ind=f"topik-{number}",
            title_vi=f"Chủ đề đào tạo {number}",
            slug_vi=f"chu-de-{number}",
            title_ar=f"موضوع التدريب {number}",
            slug_ar=f"موضوع-{number}",
            intro_ind="Pengantar.",
        )
        ContentPageFactory(parent=topic, show_in_menus=True)


@pytest.fixture
def uncached(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.mark.parametrize("menu_pages", [1, 30])
@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_home_page_takes_a_fixed_number_of_queries(
    client, home_page, uncached, django_assert_num_queries, menu_pages, code
):
    add_menu_pages(home_page, menu_pages)
    # Wagtail keeps the sites' root paths in the cache from the first request on.
    client.get(f"/{code}/")
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        response = client.get(f"/{code}/")
    assert response.content.decode().count('<li><a href="') == menu_pages

