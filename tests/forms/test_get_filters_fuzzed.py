"""Random query strings sent to every listing, feed, search, report and export
that reads one: never a server error, and a file is only ever sent whole.

Hypothesis draws each address's own parameters (and stray ones) with any text,
NUL and other control characters, huge numbers, far dates, 10,000-character
values, the real values of the test data and lists of several values.
"""

import datetime

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ..training.helpers import url_in
from .helpers import news_address, reverse_in

pytestmark = pytest.mark.django_db
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
languages = st.sampled_from(["en", "id", "vi", "ar"])

dates = st.dates(min_value=datetime.date(1, 1, 1)).map(datetime.date.isoformat)
nasty = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "a\x00b",
        "\x1b[0m",
        "\u202e",
        "0",
        "-1",
        "9" * 40,
        "1e309",
        "NaN",
        "null",
        "[]",
        "%00",
        "9999-12-31",
        "0001-01-01",
        "99999-01-01",
        "2026-02-30",
        "x" * 10_000,
        "١٢٣",  # Arabic-Indic digits
    ]
)


def values(known=()):
    """Any text, or (two times in three) one of the values the address knows:
    a nonsense value among sensible ones reaches deeper than nonsense alone."""
    anything = st.one_of(
        st.text(max_size=300),  # never a lone surrogate: that is not text
        st.text(alphabet="0123456789-", max_size=40),
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        dates,
        nasty,
    )
    if not known:
        return anything
    return st.one_of(st.sampled_from(known), st.sampled_from(known), anything)


def query_strings(params):
    """{name: value or [values]} for `params` ({name: known values}), each
    parameter present or not, plus a few stray ones."""
    one_or_more = {
        name: st.one_of(values(known), st.lists(values(known), min_size=2, max_size=3))
        for name, known in params.items()
    }
    own = st.fixed_dictionaries({}, optional=one_or_more)
    stray = st.dictionaries(st.text(max_size=20), values(), max_size=2)
    return st.builds(lambda own, stray: {**stray, **own}, own, stray)


def assert_answered(client, url, query):
    """A GET never fails with a 5xx; a file that is sent is sent whole."""
    cache.clear()  # every example reaches the view, not a cached page
    response = client.get(url, query)
    assert response.status_code < 500, (url, response.status_code, query)
    if response.streaming:
        assert response.status_code == 200, (url, query)
        b"".join(response.streaming_content)  # the whole body, to its end
    return response


NEWS_PARAMS = {
    "centre": ["jambi"],
    "country": ["ID", "id", "VN"],
    "topic": ["gatekeeping"],
    "page": ["1", "2"],
}


@FUZZ
@given(code=languages, sent=query_strings(NEWS_PARAMS))
@example(code="en", sent={"centre": "\x00"})  # once a 500 on PostgreSQL
@example(code="id", sent={"country": "\x00", "topic": "a\x00b"})
def test_news_listing_centre_page_and_feeds(news_index, code, sent):
    client = Client()
    for url in (
        news_address(news_index, code),
        news_address(news_index, code, "centre", "jambi"),
        news_address(news_index, code, "feed_rss"),
        news_address(news_index, code, "feed_atom"),
    ):
        assert_answered(client, url, sent)


LIBRARY_PARAMS = {
    "type": ["toolkit", "guide"],
    "topic": ["reintegration"],
    "country": ["ID", "VN"],
    "year": ["2024", "1900", "99999"],
    "mine": ["1"],
    "page": ["1", "2"],
}


@FUZZ
@given(code=languages, sent=query_strings(LIBRARY_PARAMS))
def test_library_listing(library, code, sent):
    assert_answered(Client(), url_in(code, library), sent)


SEARCH_PARAMS = {
    "q": ["gatekeeping", "pengasuhan"],
    "page": ["1", "2"],
    "kind": ["news", "resource", "module"],
    "topic": ["gatekeeping"],
    "resource_type": ["toolkit"],
    "country": ["ID"],
    "year": ["2024", "1899", "2101"],
}


@FUZZ
@given(code=languages, sent=query_strings(SEARCH_PARAMS))
def test_search_and_suggestions(home_page, code, sent):
    client = Client()
    for name in ("search:search", "search:suggest"):
        assert_answered(client, reverse_in(code, name), sent)


@FUZZ
@given(code=languages, sent=query_strings({"code": ["ABCD-EFGH-JKMN", "abcd efgh"]}))
def test_certificate_verification(home_page, code, sent):
    assert_answered(Client(), reverse_in(code, "certificates:verify"), sent)


# The report's own ids are only known once its fixtures exist: named here.
CENTRE, MODULE, OTHER_MODULE = "<centre>", "<module>", "<other module>"
REPORT_PARAMS = {
    "centre": [CENTRE, "987654"],
    "module": [MODULE, OTHER_MODULE],
    "role": ["social_worker", "counsellor"],
    "language": ["en", "id", "vi", "ar"],
    "completed_from": ["2026-03-01", "0001-01-01", "9999-12-31"],
    "completed_to": ["2026-06-01", "0001-01-01", "9999-12-31"],
    "state": ["completed", "in_progress", "not_started"],
    "page": ["1", "2"],
}
REPORT_VIEWS = ("report", "detail_csv", "detail_xlsx", "activity_csv")


@FUZZ
@given(code=languages, sent=query_strings(REPORT_PARAMS))
@example(code="en", sent={"completed_to": "9999-12-31"})  # once a 500, a cut CSV
@example(code="vi", sent={"completed_from": "0001-01-01"})
def test_supervision_report_drill_down_and_exports(
    supervisor_client,
    small_centre,
    centre,
    gatekeeping,
    reintegration,
    code,
    sent,
):
    ids = {CENTRE: centre.pk, MODULE: gatekeeping.pk, OTHER_MODULE: reintegration.pk}

    def with_ids(value):
        if isinstance(value, list):
            return [with_ids(item) for item in value]
        return str(ids.get(value, value))

    sent = {name: with_ids(value) for name, value in sent.items()}
    for name, args in (
        *((name, ()) for name in REPORT_VIEWS),
        ("module", (gatekeeping.pk,)),
    ):
        url = reverse_in(code, f"reports:{name}", args)
        assert_answered(supervisor_client, url, sent)


TRANSLATION_STATUS_PARAMS = {
    "language": ["id", "vi", "ar"],
    "state": ["missing", "outdated", "complete"],
    "content_type": ["home.contentpage", "glossary.glossaryterm"],
    "page": ["1", "2"],
    "export": ["csv", "xlsx"],
    "ordering": ["title", "-title"],
    "q": ["About"],
}


@FUZZ
@given(sent=query_strings(TRANSLATION_STATUS_PARAMS))
def test_translation_status_report(editor_client, about_page, sent):
    for name in ("translation_status:report", "translation_status:report_results"):
        assert_answered(editor_client, reverse(name), sent)
