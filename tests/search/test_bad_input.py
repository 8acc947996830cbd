"""Whatever arrives in the address, the search answers: results or a clear
message, never an error."""

import pytest
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

BAD_QUERIES = [
    "",
    "   ",
    "x" * 10_000,
    "child " * 2_000,
    '& | ! : * ( ) " ~ ^ AND OR NOT',
    "gatekeeping AND NOT (care | !foster) ~2 ^3 field:value *",
    '"unbalanced quote',
    "it's 'half quoted",
    "\u200f\u202eحماية\u202c الأطفال\u200e",
    "\x00\x01\x1b[31mnull\x7f",
    "😀🧒🏽👨‍👩‍👧",
    "<script>alert(1)</script>",
    "'; DROP TABLE search_indexentry; --",
    "\\",
    "%_%",
    ":*",
    "!!!",
]


def search(client, language="en", **params):
    with translation.override(language):
        url = reverse("search:search")
    return client.get(url, params)


def test_odd_queries_get_a_page_never_an_error(client, corpus):
    # One corpus for every case: building it takes longer than the searches.
    for language in ("en", "id", "vi", "ar"):
        for query in BAD_QUERIES:
            response = search(client, language, q=query)
            assert response.status_code == 200, (language, query)
            assert b"<script>alert" not in response.content


def test_a_long_query_is_shortened_with_a_notice(client, corpus):
    response = search(client, q="gatekeeping " + "x" * 10_000)
    assert response.status_code == 200
    assert len(response.context["query"]) <= 200
    assert response.context["parsed"].notices


UNKNOWN_FILTERS = [
    {"topic": "no-such-topic"},
    {"kind": "spaceship"},
    {"country": "ZZ"},
    {"year": "-1"},
    {"year": "²"},
    {"resource_type": "poster"},
]


def test_unknown_filters_are_left_out_with_a_notice(client, corpus):
    for params in UNKNOWN_FILTERS:
        response = search(client, q="children", **params)
        assert response.status_code == 200
        assert response.context["parsed"].search.filters == (), params
        assert response.context["parsed"].notices
        assert response.context["outcome"].results.total > 0


def test_any_page_number_shows_a_page_of_results(client, corpus):
    for page in ["-1", "0", "abc", "99999", "1e3", "٣", ""]:
        response = search(client, q="children", page=page)
        assert response.status_code == 200
        assert response.context["outcome"].results.hits, page


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    query=st.text(max_size=300),
    page=st.text(max_size=6),
    topic=st.text(max_size=20),
    language=st.sampled_from(["en", "id", "vi", "ar"]),
)
def test_random_input_never_breaks_the_search(
    client, corpus, query, page, topic, language
):
    response = search(client, language, q=query, page=page, topic=topic)
    assert response.status_code == 200
    suggestions = search_suggest(client, language, query)
    assert suggestions.status_code == 200


def search_suggest(client, language, query):
    with translation.override(language):
        url = reverse("search:suggest")
    return client.get(url, {"q": query})
