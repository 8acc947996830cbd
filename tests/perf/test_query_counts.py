"""Pages cost a fixed number of queries whatever the amount of content; a count
that grows with the content is an N+1 query.

QUERIES pins every kind of page (tests/perf/pages.py: every page model, and
the routes and files outside the page tree) at SMALL and LARGE amounts of
content (stories, resources, modules, lessons), in each language. It is
measured on the cold path with the tests' real cache settings (local memory,
or Redis with REDIS_URL): one request first, which compiles templates and
fills the process' own caches (content types), then the cache emptied, then
the measured request. So the page cache misses and everything shared through
the cache (the site, its root paths, the menu, listings, the session with
Redis) comes from the database: the most a request costs.

The home page is also pinned with the shared data warm (a page-cache miss)
and with the page cache off, together with its cache reads.
"""

import contextlib
import itertools
from unittest import mock

import pytest
from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from .content import add_menu_pages, add_news
from .pages import CASE_IDS, CASES, every_page_type, page_types
from .site import LARGE, SMALL

# Queries of one cold request. A number holds for both amounts of content, every
# language and both databases; where they differ, a dict keyed by database
# vendor, amount of content or language says so. SQLite and PostgreSQL (with
# Redis) make the same queries. Change a number deliberately, saying why.
QUERIES = {
    # The site, the page, its view restrictions (2), the menu, the latest
    # stories and their centres, and the sites' root paths once per language (4,
    # which wagtail-modeltranslation otherwise keeps in the cache); the featured
    # modules, their lessons' first pictures, the pictures of stories on their
    # topics, the library and its newest resources (5).
    "home": 16,
    "content page": 11,
    "news index": 16,
    "centre page": 15,
    "RSS feed": 12,
    "Atom feed": 12,
    "news story": 17,
    "training index": 13,
    "module": 17,
    "lesson": 17,
    "knowledge check (to sign-in)": 8,
    "library index": 15,
    "resource page": 15,
    # Only the English index has the word: in the other languages the search
    # finds nothing and asks what the reader may have meant and how many hits
    # the other languages have.
    "search results": {"en": 7, "id": 8, "vi": 9, "ar": 8},
    "search form": 4,
    "suggestions": 3,
    "sign-in page": 4,
    "sign-up page": 5,
    "password reset": 4,
    "certificate check": 4,
    "offline page": 4,
    "web app manifest": 2,
    "language switch": 2,
    # ... and the pages whose slug in another language is the address asked for,
    # to send the reader there (3).
    "missing page": 9,
    "sitemap": 18,
    "robots.txt": 2,
    "favicon": 2,
    "service worker": 2,
    # Signed in: the session and the user on top, and the reader's progress.
    "home, signed in": 22,
    "my training": 28,
    "module, signed in": 28,
    "lesson, signed in": 25,
    "knowledge check, signed in": 23,
    "profile, signed in": 12,
}


def expected_queries(name, amount, code):
    expected = QUERIES[name]
    for key in (connection.vendor, amount, code):
        if isinstance(expected, dict) and key in expected:
            expected = expected[key]
    return expected


def cold_request(client, url):
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.get("X-Page-Cache") != "hit", url
    return response, [query["sql"] for query in queries.captured_queries]


def measure(client, site, trainee):
    """{case: {language: queries}}, and the queries of each request."""
    counts, made = {}, {}
    for case in CASES:
        client.logout()
        if case.signed_in:
            client.force_login(trainee)
        counts[case.name] = {}
        for code in case.languages:
            with translation.override(code):
                url = case.address(site)
            response, made[case.name, code] = cold_request(client, url)
            assert response.status_code == case.status, url
            counts[case.name][code] = len(made[case.name, code])
    return counts, made


def test_every_page_type_and_case_is_counted():
    assert page_types(CASES) == every_page_type()
    assert list(QUERIES) == CASE_IDS


@pytest.mark.parametrize(
    "full_site", [SMALL, LARGE], indirect=True, ids=["small", "large"]
)
def test_every_page_takes_a_fixed_number_of_queries(
    client, full_site, approved_trainee
):
    counts, made = measure(client, full_site, approved_trainee)
    expected = {
        case.name: {
            code: expected_queries(case.name, full_site.content_count, code)
            for code in case.languages
        }
        for case in CASES
    }
    wrong = [
        (name, code)
        for name, by_language in expected.items()
        for code, number in by_language.items()
        if counts[name][code] != number
    ]
    # The queries of the first request that differs, to see what changed.
    assert counts == expected, (
        "\n".join([f"{wrong[0]}:", *made[wrong[0]]]) if wrong else ""
    )


# With the page cache off: the site; the page; its view restrictions (2); the
# menu; the latest stories (view restrictions checked in the same query) and
# their centres. On a page-cache miss only the view restrictions: the site and
# its root page, the menu, the latest stories and which pages' view restrictions
# apply come from the shared cache. Then, with the cache off, the featured
# modules, the library and its newest resources (3: this content has neither
# modules nor a library).
HOME_PAGE_QUERIES = {"cache off": 10, "cache miss": 1}
# With the page cache off: the site's root paths in each language
# (wagtail-modeltranslation keeps them in the cache). On a miss: the page, the
# site, the pages whose view restrictions apply, the page's address in every
# language, the menu, the latest stories and the root paths of the page's
# language, the featured modules and the library's newest resources. With Redis
# each read is a round trip.
HOME_PAGE_CACHE_READS = {"cache off": 4, "cache miss": 9}
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
