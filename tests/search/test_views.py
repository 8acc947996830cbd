import pytest
from django.urls import reverse
from django.utils import translation

from news.factories import NewsPageFactory
from portal.search import indexing

pytestmark = pytest.mark.django_db


def search_url(language, **params):
    with translation.override(language):
        return reverse("search:search")


def get(client, language="en", **params):
    return client.get(search_url(language), params)


def test_it_finds_pages_in_the_readers_language_with_marked_snippets(client, corpus):
    response = get(client, "ar", q="المدرسه")
    assert response.status_code == 200
    html = response.content.decode()
    assert "مدارس أكثر أماناً" in html
    assert "<mark>" in html
    assert "Safer schools" not in html


def test_vietnamese_readers_find_words_typed_without_diacritics(client, corpus):
    html = get(client, "vi", q="tre em tro ve").content.decode()
    assert "Mười hai trẻ em trở về với gia đình ở Jambi" in html


def test_it_counts_results_per_facet_and_filters_by_them(client, corpus):
    response = get(client, "en", q="children")
    facets = {group["name"]: group for group in response.context["facets"]}
    kinds = {value["label"]: value["count"] for value in facets["kind"]["values"]}
    assert kinds["news story"] >= 3
    topics = {value["label"]: value for value in facets["topic"]["values"]}
    family = topics["Family care"]
    filtered = client.get(search_url("en") + family["url"])
    titles = [hit["hit"].title for hit in filtered.context["hits"]]
    assert titles
    assert len(titles) == family["count"]
    assert "Hospital social work desk opens for children" not in titles
    selected = {group["name"]: group for group in filtered.context["facets"]}
    assert any(value["selected"] for value in selected["topic"]["values"])


def test_it_filters_by_country(client, corpus):
    response = get(client, "en", q="children", country="VN")
    titles = [hit["hit"].title for hit in response.context["hits"]]
    assert titles == ["Case conferences move online in remote districts"]


def test_it_offers_other_languages_when_the_readers_has_nothing(client, corpus):
    response = get(client, "vi", q="hospital")
    html = response.content.decode()
    assert response.context["outcome"].results.total == 0
    others = response.context["outcome"].other_languages
    assert [other["code"] for other in others] == ["en"]
    assert 'href="/en/search/?q=hospital"' in html


def test_it_searches_the_closest_words_when_a_word_is_misspelt(client, corpus):
    response = get(client, "en", q="gatekeepign")
    outcome = response.context["outcome"]
    assert outcome.corrected == "gatekeeping"
    assert outcome.results.hits[0].title == "Gatekeeping: care only when necessary"


def test_results_are_paginated(client, home_page, corpus):
    news_index = corpus["reunification"].get_parent()
    for number in range(12):
        NewsPageFactory(parent=news_index, title=f"Monthly caseload report {number}")
    indexing.rebuild()
    first = get(client, "en", q="caseload report")
    assert first.context["outcome"].results.total == 12
    assert len(first.context["hits"]) == 10
    assert "page=2" in first.context["pages"]["next"]
    second = client.get(search_url("en") + first.context["pages"]["next"])
    assert len(second.context["hits"]) == 2
    assert second.context["pages"]["previous"]


def test_suggestions_are_titles_in_the_readers_language(client, corpus):
    with translation.override("vi"):
        url = reverse("search:suggest")
    response = client.get(url, {"q": "kiem soat"})
    assert response.json()["suggestions"][0]["title"] == (
        "Kiểm soát đầu vào: chỉ chăm sóc thay thế khi cần thiết"
    )
    with translation.override("en"):
        url = reverse("search:suggest")
    assert client.get(url, {"q": ""}).json() == {"suggestions": []}


def test_an_empty_search_asks_for_words(client, home_page):
    response = get(client, "en", q="   ")
    assert response.status_code == 200
    assert "Type a word or two" in response.content.decode()


def test_a_suggestion_leads_to_the_page_itself(client, corpus):
    with translation.override("vi"):
        url = reverse("search:suggest")
    (first, *_) = client.get(url, {"q": "kiem soat"}).json()["suggestions"]

    page = client.get(first["url"])
    assert first["url"].startswith("/vi/")
    assert page.status_code == 200
    assert f"<h1>{first['title']}</h1>" in page.content.decode()
