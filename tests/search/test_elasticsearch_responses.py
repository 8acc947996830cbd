"""Elasticsearch's answers read back: response bodies of the shape Elasticsearch 8
documents, sent through the engine and elasticsearch-dsl's own Response, as a
server would send them."""

import datetime
from types import SimpleNamespace

import pytest
from elasticsearch_dsl.response import Response
from wagtail.models import PageViewRestriction

from portal.home.factories import ContentPageFactory
from portal.search.backends import elasticsearch as es
from portal.search.query import FACETS, Search

pytestmark = pytest.mark.django_db

SHARDS = {"total": 1, "successful": 1, "skipped": 0, "failed": 0}


def response_body(hits=(), total=None, aggregations=None, suggest=None):
    body = {
        "took": 4,
        "timed_out": False,
        "_shards": SHARDS,
        "hits": {
            "total": total or {"value": len(hits), "relation": "eq"},
            "max_score": max((hit["_score"] for hit in hits), default=None),
            "hits": list(hits),
        },
    }
    if aggregations is not None:
        body["aggregations"] = aggregations
    if suggest is not None:
        body["suggest"] = suggest
    return body


def terms(*buckets):
    return {
        "doc_count_error_upper_bound": 0,
        "sum_other_doc_count": 0,
        "buckets": [{"key": key, "doc_count": count} for key, count in buckets],
    }


def no_facets():
    return {facet: terms() for facet in FACETS}


STORY = {
    "_index": "portal-search-en",
    "_id": "7-en",
    "_score": 7.1,
    "_source": {
        "page_id": 7,
        "kind": "news",
        "language": "en",
        "title": "A hospital visit in Jambi",
        "url": "/en/news/hospital-visit/",
        "date": "2024-05-01",
        "topics": ["referral"],
        "countries": ["ID"],
        "path": "000100020001",
    },
    "highlight": {
        "summary": ["A \x02hospital\x03 social worker & a family"],
        "body": ["The \x02hospital\x03 referred the child", "second fragment"],
    },
}
GUIDE = {
    "_index": "portal-search-en",
    "_id": "9-en",
    "_score": 3.2,
    "_source": {
        "page_id": 9,
        "kind": "resource",
        "language": "en",
        "title": "Hospital referral form",
        "url": "/en/library/referral-form/",
        "resource_type": "form",
        "year": 2023,
        "path": "000100030001",
    },
}


class FakeClient:
    """Elasticsearch as far as a search goes: it answers with the body it is
    given and records the requests."""

    def __init__(self, body):
        self.body = body
        self.requests = []

    def search(self, index, body, **params):
        self.requests.append((index, body))
        return SimpleNamespace(body=self.body)


def backend_answering(body):
    backend = es.ElasticsearchBackend("http://127.0.0.1:9")
    backend._client = FakeClient(body)
    return backend


def test_hits_become_results_with_highlights_dates_and_facets():
    aggregations = no_facets() | {
        "kind": terms(("news", 8), ("resource", 4)),
        "topic": terms(("referral", 5)),
        "year": terms((2024, 3), (2023, 1)),
    }
    backend = backend_answering(
        response_body(
            [STORY, GUIDE],
            total={"value": 12, "relation": "eq"},
            aggregations=aggregations,
        )
    )

    results = backend.search(Search("hospital", "en", page=2))

    story, guide = results.hits
    assert (
        story.page_id == 7
        and story.kind == "news"
        and story.title == STORY["_source"]["title"]
    )
    assert story.snippet == (
        "A <mark>hospital</mark> social worker &amp; a family … "
        "The <mark>hospital</mark> referred the child"
    )
    assert story.date == datetime.date(2024, 5, 1)
    assert type(story.date) is datetime.date  # as the database backend gives it
    assert story.resource_type == "" and story.year is None
    assert guide.snippet == ""  # matched in the title only: no highlight
    assert guide.date is None
    assert (guide.resource_type, guide.year) == ("form", 2023)
    assert results.total == 12
    assert (results.page, results.num_pages) == (2, 2)
    assert results.facets["kind"] == {"news": 8, "resource": 4}
    assert results.facets["year"] == {"2024": 3, "2023": 1}
    assert results.facets["country"] == {}


def test_a_page_beyond_the_last_shows_the_last():
    backend = backend_answering(
        response_body(
            [STORY], total={"value": 11, "relation": "eq"}, aggregations=no_facets()
        )
    )
    assert backend.search(Search("hospital", "en", page=40)).page == 2


def test_no_hits_are_no_results():
    backend = backend_answering(response_body(aggregations=no_facets()))
    results = backend.search(Search("zebra", "en"))
    assert (results.hits, results.total, results.page) == ([], 0, 1)


def test_a_total_is_read_in_either_of_elasticsearchs_forms():
    search = Search("hospital", "en")
    for total in ({"value": 3, "relation": "eq"}, 3):
        body = response_body([STORY], total=total, aggregations=no_facets())
        response = Response(es.build_search(search), body)
        assert es.results_of(response, search).total == 3


def test_a_date_stored_with_a_time_is_still_a_date():
    hit = {**STORY, "_source": {**STORY["_source"], "date": "2024-05-01T00:00:00"}}
    search = Search("hospital", "en")
    response = Response(
        es.build_search(search), response_body([hit], aggregations=no_facets())
    )
    assert es.results_of(response, search).hits[0].date == datetime.date(2024, 5, 1)


def test_titles_as_the_reader_types_come_from_the_completion_suggester(home_page):
    section = ContentPageFactory(parent=home_page, title="Staff area")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )

    def option(title, path, **source):
        return {
            "text": title,
            "_index": "portal-search-en",
            "_id": f"{len(title)}-en",
            "_score": 1.0,
            "_source": {"title": title, "url": f"/en/{len(title)}/", "path": path}
            | source,
        }

    backend = backend_answering(
        response_body(
            suggest={
                "titles": [
                    {
                        "text": "gate",
                        "offset": 0,
                        "length": 4,
                        "options": [
                            option("Gatekeeping", f"{home_page.path}0091"),
                            option("Gate rota", f"{section.path}0001"),
                            option("Gatekeeping forms", f"{home_page.path}0092"),
                        ],
                    }
                ]
            }
        )
    )

    suggestions = backend.suggest("gate", "en", limit=1)

    assert [(one.title, one.url) for one in suggestions] == [("Gatekeeping", "/en/11/")]
    assert [one.title for one in backend.suggest("gate", "en", limit=5)] == [
        "Gatekeeping",
        "Gatekeeping forms",
    ]


def test_did_you_mean_reads_the_term_suggesters_entries():
    def entry(text, offset, *options):
        return {
            "text": text,
            "offset": offset,
            "length": len(text),
            "options": [
                {"text": option, "score": 0.8, "freq": 4} for option in options
            ],
        }

    backend = backend_answering(
        response_body(
            suggest={
                "did_you_mean": [
                    entry("gatekeepign", 0, "gatekeeping"),
                    entry("care", 12),
                ],
                "did_you_mean_body": [entry("gatekeepign", 0, "gatekeepers")],
            }
        )
    )

    assert backend.did_you_mean("Gatekeepign care", "en") == "gatekeeping care"


def test_did_you_mean_finds_the_readers_words_as_the_suggester_folded_them():
    """The suggester answers with analysed words: Arabic without its short
    vowels, Vietnamese without its marks."""
    suggestions = {
        "did_you_mean": [
            {
                "text": "التدريبب",
                "offset": 0,
                "length": 9,
                "options": [{"text": "التدريب", "score": 0.9, "freq": 3}],
            }
        ]
    }
    assert es.corrected_text("التَّدريبب", suggestions, "ar") == "التدريب"
    vietnamese = {
        "did_you_mean": [
            {
                "text": "gai",
                "offset": 0,
                "length": 3,
                "options": [{"text": "gia", "score": 0.7, "freq": 9}],
            }
        ]
    }
    assert es.corrected_text("Gái đình", vietnamese, "vi") == "gia đình"


def test_nothing_to_correct_is_no_suggestion():
    backend = backend_answering(
        response_body(suggest={"did_you_mean": [], "did_you_mean_body": []})
    )
    assert backend.did_you_mean("care", "en") is None


def test_counts_in_other_languages_come_from_the_languages_buckets():
    backend = backend_answering(
        response_body(
            total={"value": 5, "relation": "eq"},
            aggregations={"languages": terms(("id", 3), ("vi", 2))},
        )
    )

    assert backend.count_by_language("hospital", ["id", "vi", "ar"]) == {
        "id": 3,
        "vi": 2,
    }
    ((index, _body),) = backend.client.requests
    assert index == ["portal-search-id,portal-search-vi,portal-search-ar"]
