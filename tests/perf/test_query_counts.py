"""Rendering the home page costs the same number of queries and cache reads
whatever the amount of content: menu pages, news stories, their centres and
topics, translations."""

import contextlib
import itertools
from unittest import mock

import pytest
from django.core.cache import caches

from .content import add_menu_pages, add_news

# With the page cache off: the site; the page; its view restrictions (2); the
# menu; the latest stories (view restrictions checked in the same query) and
# their centres. On a page-cache miss only the view restrictions: the site and
# its root page, the menu, the latest stories and which pages' view restrictions
# apply come from the shared cache.
HOME_PAGE_QUERIES = {"cache off": 7, "cache miss": 1}
# With the page cache off: the site's root paths in each language
# (wagtail-modeltranslation keeps them in the cache). On a miss: the page, the
# site, the pages whose view restrictions apply, the page's address in every
# language, the menu, the latest stories and the root paths of the page's
# language. With Redis each read is a round trip.
HOME_PAGE_CACHE_READS = {"cache off": 4, "cache miss": 7}
CONTENT_SIZES = [(1, 1), (30, 12)]  # (menu pages, news stories)
unique = itertools.count()


@contextlib.contextmanager
def cache_round_trips():
    """Count reads of the default cache as Redis sees them: one per get_many."""
    backend, reads, in_get_many = caches["default"], [], [False]
    get, get_many = backend.get, backend.get_many

    def counting_get(*args, **kwargs):
        if not in_get_many[0]:  # local memory's get_many calls get for each key
            reads.append(args[0])
        return get(*args, **kwargs)

    def counting_get_many(keys, *args, **kwargs):
        reads.append(keys)
        in_get_many[0] = True
        try:
            return get_many(keys, *args, **kwargs)
        finally:
            in_get_many[0] = False

    with (
        mock.patch.object(backend, "get", counting_get),
        mock.patch.object(backend, "get_many", counting_get_many),
    ):
        yield reads


@pytest.fixture(params=HOME_PAGE_QUERIES)
def uncached_home(request, settings):
    """A way to ask for the home page that the page cache does not answer."""
    if request.param == "cache off":
        settings.PAGE_CACHE_SECONDS = 0
    return request.param, lambda code: f"/{code}/?reader={next(unique)}"


@pytest.fixture(params=CONTENT_SIZES, ids=["little content", "much content"])
def content(request, home_page):
    menu_pages, stories = request.param
    add_menu_pages(home_page, menu_pages)
    add_news(home_page, stories)
    return request.param


@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_home_page_takes_a_fixed_number_of_queries(
    client, content, uncached_home, django_assert_num_queries, code
):
    mode, url = uncached_home
    # Wagtail keeps the sites' root paths in the cache from the first request on.
    client.get(url(code))
    with django_assert_num_queries(HOME_PAGE_QUERIES[mode]):
        response = client.get(url(code))
    html = response.content.decode()
    menu_pages, stories = content
    menu = html[html.index('<nav class="main-menu"') : html.index("</nav>")]
    assert menu.count('<li><a href="') == menu_pages + 1
    assert html.count('<article class="story-card">') == min(stories, 3)


def test_home_page_makes_a_fixed_number_of_cache_reads(client, content, uncached_home):
    mode, url = uncached_home
    client.get(url("en"))
    with cache_round_trips() as reads:
        client.get(url("en"))
    assert len(reads) == HOME_PAGE_CACHE_READS[mode], reads
