"""The listing and a resource's page cost a fixed number of queries, whatever
their size.

Each is counted twice: with the cache emptied (the first reader after a publish,
who builds what readers share) and on a page-cache miss, what readers share
already cached (a new query string, a reader with a session)."""

import pytest
from django.core.cache import cache

from library.factories import ResourcePageFactory
from library.models import LibraryIndexPage
from portal.topics.factories import TopicFactory
from tests.news.helpers import url_in

from .documents import pdf_document
from .test_listing import titles

# Both: view restrictions (1).
# Cache emptied, also: the site and its root page (2); routing: the library and
# its specific page (2); its ancestors' aliases (1); filter options: topics,
# years (2); the listing: count and page (2); site root paths for the 4
# languages (4); main menu (1).
LISTING_QUERIES = {"cache emptied": 15, "cache miss": 1}
# Cache emptied: the site and its root page (2); routing (3); the ancestors'
# aliases (1); topics, files, library, training modules (4); site root paths (4);
# main menu (1); view restrictions (1). Cache miss: view restrictions (1).
RESOURCE_QUERIES = {"cache emptied": 16, "cache miss": 1}


@pytest.fixture(params=["cache emptied", "cache miss"])
def uncached_visit(request):
    """After a first visit, a visit the page cache does not answer."""
    mode = request.param

    def visit(client, url):
        if mode == "cache emptied":
            cache.clear()
        return client.get(f"{url}?reader=counted")

    return mode, visit


def many_resources(library, count):
    topics = [TopicFactory(slug=f"topic-{n}", name=f"Topic {n}") for n in range(3)]
    for number in range(count):
        ResourcePageFactory(
            parent=library,
            title=f"Home-visit form, version {number}",
            year=2000 + number % 20,
            countries=["ID", "VN"] if number % 2 else ["UG"],
            topics=topics[: number % 3 + 1],
            link_ar="https://example.org/ar/form.pdf" if number % 2 else "",
        )


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_listing_takes_a_fixed_number_of_queries(
    client,
    library,
    monkeypatch,
    django_assert_num_queries,
    uncached_visit,
    count,
    code,
):
    """Every resource is on the one page shown."""
    monkeypatch.setattr(LibraryIndexPage, "per_page", 50)
    many_resources(library, count)
    url = url_in(code, library)
    assert client.get(url).status_code == 200
    mode, visit = uncached_visit

    with django_assert_num_queries(LISTING_QUERIES[mode]):
        response = visit(client, url)

    assert response["X-Page-Cache"] == "miss"
    html = response.content.decode()
    assert len(titles(html)) == count
    assert html.count('class="available-in"') == count


@pytest.mark.parametrize("count", [1, 4])
def test_a_resource_takes_a_fixed_number_of_queries(
    client, library, media_root, django_assert_num_queries, uncached_visit, count
):
    """The same count for a file in one language and in all four, and for one
    topic or four."""
    files = {
        f"document_{suffix}": pdf_document(code, f"Checklist {code}", "A point.")
        for code, suffix in [("en", "en"), ("id", "ind"), ("vi", "vi"), ("ar", "ar")][
            :count
        ]
    }
    topics = [TopicFactory(slug=f"topic-{n}", name=f"Topic {n}") for n in range(count)]
    resource = ResourcePageFactory(parent=library, link_en="", topics=topics, **files)
    url = url_in("en", resource)
    assert client.get(url).status_code == 200
    mode, visit = uncached_visit

    with django_assert_num_queries(RESOURCE_QUERIES[mode]):
        response = visit(client, url)

    assert response["X-Page-Cache"] == "miss"
    assert response.content.decode().count(" download>") == count
