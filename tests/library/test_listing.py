"""The library listing: newest first, filtered by type, topic, country, year and
"available in my language", the filters combined and kept across pages; each
resource says which languages it exists in."""

import re
from urllib.parse import urljoin

import pytest
from django.core.cache import cache
from django.utils import translation

from library.factories import ResourcePageFactory
from library.models import LibraryIndexPage
from tests.news.helpers import url_in

UNKNOWN_FILTER = (
    "There is no type, topic, country or year with that name. Choose one from the "
    "lists."
)
NOTHING = "No resource matches these filters yet."


def titles(html):
    """The titles of the resource cards on a page, in order."""
    return re.findall(
        r'<article class="resource-card">\s*<h[23][^>]*><a [^>]*>([^<]+)</a>', html
    )


def listing(client, library, query="", code="en"):
    response = client.get(url_in(code, library) + query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def shelf(library, gatekeeping, reintegration):
    """Four resources of different types, topics, countries, years and languages."""
    return [
        ResourcePageFactory(
            parent=library,
            title="Gatekeeping decision checklist",
            resource_type="toolkit",
            year=2023,
            countries=["ID", "VN"],
            topics=[gatekeeping],
            link_ar="https://example.org/ar/checklist.pdf",
        ),
        ResourcePageFactory(
            parent=library,
            title="Reintegration readiness assessment",
            resource_type="form",
            year=2024,
            countries=["ID", "UG"],
            topics=[reintegration],
            link_ind="https://example.org/id/readiness.docx",
        ),
        ResourcePageFactory(
            parent=library,
            title="Parents' meeting guide",
            resource_type="guide",
            year=2025,
            countries=["UG"],
            topics=[reintegration],
        ),
        ResourcePageFactory(
            parent=library,
            title="Study of referral paths",
            resource_type="research",
            year=2022,
            countries=["VN"],
            topics=[gatekeeping, reintegration],
            link_en="",
            link_ar="https://example.org/ar/study.pdf",
        ),
    ]


def test_newest_resources_come_first(client, library, shelf):
    assert titles(listing(client, library)) == [
        "Parents&#x27; meeting guide",
        "Reintegration readiness assessment",
        "Gatekeeping decision checklist",
        "Study of referral paths",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?type=form", ["Reintegration readiness assessment"]),
        (
            "?topic=gatekeeping",
            ["Gatekeeping decision checklist", "Study of referral paths"],
        ),
        (
            "?country=ug",
            ["Parents&#x27; meeting guide", "Reintegration readiness assessment"],
        ),
        ("?year=2022", ["Study of referral paths"]),
        ("?topic=reintegration&country=VN", ["Study of referral paths"]),
        (
            "?topic=reintegration&country=UG&type=guide&year=2025",
            ["Parents&#x27; meeting guide"],
        ),
    ],
)
def test_filters_narrow_the_list_and_combine(client, library, shelf, query, expected):
    html = listing(client, library, query)

    assert titles(html) == expected
    assert UNKNOWN_FILTER not in html


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "en",
            [
                "Parents&#x27; meeting guide",
                "Reintegration readiness assessment",
                "Gatekeeping decision checklist",
            ],
        ),
        ("id", ["Reintegration readiness assessment"]),
        ("vi", []),
        ("ar", ["Gatekeeping decision checklist", "Study of referral paths"]),
    ],
)
def test_available_in_my_language_keeps_resources_with_a_file_or_link_in_it(
    client, library, shelf, code, expected
):
    html = listing(client, library, "?mine=1", code)

    assert titles(html) == expected
    with translation.override(code):
        nothing = translation.gettext(NOTHING)
    assert (nothing in html) == (not expected)


def test_each_resource_shows_the_languages_it_exists_in(client, library, shelf):
    html = listing(client, library, code="ar")

    languages = re.findall(r'<p class="available-in">(.*?)</p>', html, re.S)
    names = [re.findall(r'<span lang="(\w+)">', entry) for entry in languages]
    assert names == [["en"], ["en", "id"], ["en", "ar"], ["ar"]]


def test_filters_survive_paging(client, library, gatekeeping, monkeypatch):
    monkeypatch.setattr(LibraryIndexPage, "per_page", 2)
    for year in range(2019, 2024):
        ResourcePageFactory(
            parent=library, title=f"Toolkit {year}", year=year, topics=[gatekeeping]
        )
    ResourcePageFactory(parent=library, title="A guide", resource_type="guide")
    url = url_in("en", library)
    first = listing(client, library, "?type=toolkit&topic=gatekeeping")

    next_href = re.search(r'<a rel="next" href="([^"]+)"', first).group(1)
    second = client.get(urljoin(url, next_href.replace("&amp;", "&")))

    assert "type=toolkit" in next_href and "topic=gatekeeping" in next_href
    assert titles(first) == ["Toolkit 2023", "Toolkit 2022"]
    assert titles(second.content.decode()) == ["Toolkit 2021", "Toolkit 2020"]
    assert "selected>Toolkit</option>" in second.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "?type=novel",
        "?topic=astrology",
        "?country=XX",
        "?year=last",
        "?year=%D9%A2%D9%A0%D9%A2%D9%A3",  # Arabic-Indic digits
        "?mine=yes",
        "?type=guide&year=20x5",
    ],
)
def test_unknown_filters_get_a_clear_message_and_no_results(
    client, library, shelf, query
):
    html = listing(client, library, query)

    assert UNKNOWN_FILTER in html
    assert titles(html) == []


@pytest.mark.parametrize("page", ["-1", "0", "abc", "999", "1" * 40])
def test_any_page_number_gives_a_page(client, library, shelf, page):
    assert len(titles(listing(client, library, f"?page={page}"))) == 4


def test_a_year_no_resource_has_is_an_empty_list_not_an_error(client, library, shelf):
    html = listing(client, library, "?year=1999")

    assert titles(html) == []
    assert NOTHING in html
    assert UNKNOWN_FILTER not in html


def test_the_year_list_offers_the_years_of_live_resources(client, library, shelf):
    shelf[0].unpublish()
    cache.clear()
    html = listing(client, library)

    years = re.findall(r'<option value="(\d{4})"', html)
    assert years == ["2025", "2024", "2022"]
