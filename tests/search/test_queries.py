"""The number of database queries a search takes does not grow with the
results."""

import pytest
from django.urls import reverse
from django.utils import translation

from news.factories import NewsPageFactory
from portal.search import indexing

pytestmark = pytest.mark.django_db

# Topics (facet labels), the facet counts (which give the total), the page of
# results.
WITH_RESULTS = 3
# Topics, the facet counts, "did you mean", the count in other languages.
WITHOUT_RESULTS = 4


@pytest.fixture
def warm(client, corpus):
    """The site and its menu, read once per process and then from the cache."""
    search(client, q="warm")
    return corpus


def search(client, **params):
    with translation.override("en"):
        return client.get(reverse("search:search"), params)


def test_a_search_takes_the_same_queries_for_one_result_or_many(
    client, warm, django_assert_num_queries
):
    with django_assert_num_queries(WITH_RESULTS):
        one = search(client, q="hospital")
    assert one.context["outcome"].results.total == 1
    news_index = warm["reunification"].get_parent()
    for number in range(15):
        NewsPageFactory(parent=news_index, title=f"Hospital visit {number}")
    indexing.rebuild()
    search(client, q="warm")  # new pages: the site's menu is read again
    with django_assert_num_queries(WITH_RESULTS):
        search(client, q="hospital", kind="news", country="ID", page="2")
    with django_assert_num_queries(WITH_RESULTS):
        many = search(client, q="hospital", page="2")
    assert many.context["outcome"].results.total == 16


def test_a_search_without_results_takes_a_fixed_number_of_queries(
    client, warm, django_assert_num_queries
):
    with django_assert_num_queries(WITHOUT_RESULTS):
        response = search(client, q="zebra crossing")
    assert response.context["outcome"].results.total == 0


def test_an_empty_search_takes_no_query(client, warm, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = search(client, q="")
    assert response.status_code == 200
