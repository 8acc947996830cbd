"""The Elasticsearch engine: its mappings, analyzers and request bodies checked
here; against a live server (ELASTICSEARCH_URL) the relevance cases too."""

import os
from types import SimpleNamespace

import pytest
from django.test import override_settings
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portal.home.factories import ContentPageFactory
from portal.search.backends import elasticsearch as es
from portal.search.backends import get_backend
from portal.search.entries import SearchEntry
from portal.search.privacy import Hidden, hidden_now
from portal.search.query import FACETS, Search

from .relevance import CASES
from .test_relevance import run_cases


def mapping(language):
    return es.DOCUMENTS[language]._index.to_dict()


def test_each_language_has_its_own_index_and_analyzer():
    for language, name in [
        ("en", "portal_english"),
        ("id", "portal_indonesian"),
        ("vi", "portal_vietnamese"),
        ("ar", "portal_arabic"),
    ]:
        index = mapping(language)
        assert es.DOCUMENTS[language]._index._name == f"portal-search-{language}"
        for field in ("title", "summary", "body"):
            assert index["mappings"]["properties"][field]["analyzer"] == name
        assert name in index["settings"]["analysis"]["analyzer"]


def test_the_analyzers_stem_and_normalise_per_language():
    analysis = {code: mapping(code)["settings"]["analysis"] for code in es.DOCUMENTS}
    assert analysis["en"]["filter"]["english_stemmer"] == {
        "type": "stemmer",
        "language": "english",
    }
    assert analysis["id"]["filter"]["indonesian_stemmer"]["language"] == "indonesian"
    arabic = analysis["ar"]["analyzer"]["portal_arabic"]
    # Folded (a char filter) before the stop words and the stemmer read it, as
    # Lucene's own Arabic analyzer normalises before stemming.
    assert arabic["char_filter"] == ["portal_arabic_folding"]
    assert arabic["filter"] == ["lowercase", "arabic_stop", "arabic_stemmer"]
    assert "علي" in analysis["ar"]["filter"]["arabic_stop"]["stopwords"]
    # No stemmer for Vietnamese: words are syllables; folded so "tre em" finds
    # "trẻ em".
    vietnamese = analysis["vi"]["analyzer"]["portal_vietnamese"]
    assert vietnamese["char_filter"] == ["portal_vietnamese_folding"]
    assert vietnamese["filter"] == ["lowercase", "vietnamese_stop"]
    assert analysis["vi"]["char_filter"]["portal_vietnamese_folding"]["type"] == (
        "mapping"
    )


def test_facets_and_suggestions_have_fields_of_their_own():
    properties = mapping("en")["mappings"]["properties"]
    for field in ("kind", "topics", "countries", "resource_type"):
        assert properties[field]["type"] == "keyword"
    assert properties["year"]["type"] == "integer"
    assert properties["title_suggest"]["type"] == "completion"
    assert properties["title"]["fields"]["plain"]["analyzer"] == "portal_typing"
    assert properties["url"]["index"] is False


def test_a_search_asks_for_one_page_with_facets_and_highlights():
    body = es.build_search(
        Search("child & (protection", "id", (("topic", "referral"),), page=3)
    ).to_dict()
    query = body["query"]["bool"]
    assert query["must"][0]["simple_query_string"]["query"] == "child & (protection"
    assert query["must"][0]["simple_query_string"]["default_operator"] == "and"
    assert query["filter"] == [{"term": {"topics": "referral"}}]
    assert set(body["aggs"]) == {"kind", "topic", "resource_type", "country", "year"}
    assert body["aggs"]["country"] == {"terms": {"field": "countries", "size": 50}}
    assert body["from"] == 20 and body["size"] == 10
    assert set(body["highlight"]["fields"]) == {"summary", "body"}
    assert body["highlight"]["fields"]["body"]["pre_tags"] == ["\x02"]


def test_deep_pages_stay_within_the_result_window():
    body = es.build_search(Search("child", "en", page=99_999)).to_dict()
    assert body["from"] + body["size"] <= es.MAX_RESULT_WINDOW


def test_suggestion_and_did_you_mean_bodies():
    suggest = es.build_suggest("gate", "vi", 8).to_dict()["suggest"]["titles"]
    assert suggest == {
        "prefix": "gate",
        "completion": {
            "field": "title_suggest",
            "size": 8 * es.SUGGESTIONS_ASKED,
            "skip_duplicates": True,
        },
    }
    did_you_mean = es.build_did_you_mean("gatekeepign", "en").to_dict()
    assert did_you_mean["suggest"]["did_you_mean"]["term"]["field"] == "title.plain"
    counts = es.build_count_by_language("hospital", ["id", "vi"]).to_dict()
    assert counts["size"] == 0
    assert counts["aggs"]["languages"]["terms"]["field"] == "language"


def test_a_misspelt_word_is_replaced_by_the_suggesters_best():
    suggestions = {
        "did_you_mean": [
            {"text": "gatekeepign", "options": [{"text": "gatekeeping"}]},
            {"text": "care", "options": []},
        ]
    }
    assert es.corrected_text("Gatekeepign care", suggestions, "en") == (
        "gatekeeping care"
    )
    assert es.corrected_text("care", {"did_you_mean": []}, "en") is None


def test_an_entry_becomes_a_document_of_its_languages_index():
    entry = SearchEntry(
        language="ar", title="التعرّف والإحالة", topics=("referral",), year=2024
    )
    document = es.to_document(7, "lesson", entry).to_dict(include_meta=True)
    assert document["_index"] == "portal-search-ar"
    assert document["_id"] == "7-ar"
    assert document["_source"]["title_suggest"] == {"input": ["التعرّف والإحالة"]}
    assert document["_source"]["topics"] == ["referral"]


def test_the_database_is_the_engine_unless_elasticsearch_is_configured():
    with override_settings(ELASTICSEARCH_URL=""):
        assert type(get_backend()).__name__ == "DatabaseBackend"
    with override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9"):
        assert type(get_backend()).__name__ == "ElasticsearchBackend"


LIVE_URL = os.environ.get("ELASTICSEARCH_URL", "")


@pytest.fixture
def elasticsearch():
    with override_settings(ELASTICSEARCH_URL=LIVE_URL):
        yield get_backend()
        get_backend().clear()


@pytest.mark.skipif(
    not LIVE_URL,
    reason="no Elasticsearch server: set ELASTICSEARCH_URL to run the relevance "
    "cases against one",
)
def test_relevance_cases_on_a_live_elasticsearch(elasticsearch, corpus):
    failures = run_cases(corpus, CASES)
    score = 1 - len(failures) / len(CASES)
    print(f"\nRelevance (Elasticsearch): {score:.0%} in the top 3", *failures, sep="\n")
    assert score >= 0.9


def test_a_search_leaves_out_private_pages_and_private_files_text():
    hidden = Hidden(page_paths=("000100020003",), collection_ids=(4, 9))
    body = es.build_search(Search("ecomap", "en"), hidden).to_dict()
    counts = es.build_count_by_language("ecomap", ["id", "vi"], hidden).to_dict()

    for query in (body["query"]["bool"], counts["query"]["bool"]):
        assert query["must_not"] == [
            {"prefix": {"path": "000100020003"}},
            {"terms": {"file_collection": [4, 9]}},
        ]
    assert "must_not" not in es.build_search(Search("ecomap", "en")).to_dict()


def test_what_is_private_is_read_as_the_search_runs(home_page):
    """A restriction on a section and on a collection, read from the database:
    the section's path, and the collection with those under it."""
    section = ContentPageFactory(parent=home_page, title="Staff area")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    staff = Collection.get_first_root_node().add_child(name="Staff only")
    below = staff.add_child(name="Supervision")
    Collection.get_first_root_node().add_child(name="Public forms")
    CollectionViewRestriction.objects.create(
        collection=staff, restriction_type=CollectionViewRestriction.LOGIN
    )

    hidden = hidden_now()

    assert hidden.page_paths == (section.path,)
    assert set(hidden.collection_ids) == {staff.pk, below.pk}
    body = es.build_search(Search("notes", "en"), hidden).to_dict()
    assert {"prefix": {"path": section.path}} in body["query"]["bool"]["must_not"]


class FakeClient:
    """Elasticsearch as far as one search goes: it records the request body."""

    def __init__(self, response):
        self.response = response
        self.bodies = []

    def search(self, index, body, **params):
        self.bodies.append(body)
        return SimpleNamespace(body=self.response)


def test_the_engine_sends_what_is_private_with_every_search(home_page):
    section = ContentPageFactory(parent=home_page, title="Staff area")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    backend = es.ElasticsearchBackend("http://127.0.0.1:9")
    empty = {facet: {"buckets": []} for facet in FACETS}
    backend._client = FakeClient(
        {"hits": {"total": {"value": 0}, "hits": []}, "aggregations": empty}
    )

    backend.search(Search("notes", "en"))

    (body,) = backend._client.bodies
    assert body["query"]["bool"]["must_not"] == [{"prefix": {"path": section.path}}]


def test_suggestions_of_private_pages_or_files_are_left_out():
    def option(title, path, collection=None):
        source = {"title": title, "url": "/", "path": path}
        if collection:
            source["file_collection"] = collection
        return SimpleNamespace(_source=SimpleNamespace(**source))

    options = [
        option("Public guide", "000100010001"),
        option("Staff rota", "000100020001"),
        option("Notes", "000100010002", collection=9),
        option("Form", "000100010003", collection=3),
    ]
    hidden = Hidden(page_paths=("00010002",), collection_ids=(9,))

    shown = es.visible_suggestions(options, hidden)

    assert [one.title for one in shown] == ["Public guide", "Form"]
    asked = es.build_suggest("gu", "en", 8).to_dict()["suggest"]["titles"]
    assert asked["completion"]["size"] > 8


def test_an_entry_carries_its_pages_path_and_its_files_collection():
    entry = SearchEntry(language="en", title="Notes", file_collection_id=9)
    document = es.to_document(7, "resource", entry, "000100020003").to_dict()
    assert document["path"] == "000100020003"
    assert document["file_collection"] == 9
    properties = mapping("en")["mappings"]["properties"]
    assert properties["path"]["type"] == "keyword"
