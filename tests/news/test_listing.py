"""The news listing: newest first, paginated, filtered, every story in every
language."""

import datetime
import re
from urllib.parse import urljoin

import pytest
from django.utils import translation

from news.factories import NewsPageFactory
from news.models import NewsIndexPage

from .helpers import card_titles, url_in

UNKNOWN_FILTER = (
    "There is no centre, country or topic with that name. Choose one from the lists."
)


@pytest.fixture
def two_per_page(monkeypatch):
    monkeypatch.setattr(NewsIndexPage, "per_page", 2)


@pytest.fixture
def five_jambi_stories(news_index, jambi, reintegration):
    """Five stories of the Jambi centre, one a day from March 1st to 5th."""
    return [
        NewsPageFactory(
            parent=news_index,
            title=f"Jambi case review, week {day}",
            date=datetime.date(2024, 3, day),
            centres=[jambi],
            topics=[reintegration],
        )
        for day in range(1, 6)
    ]


def listing(client, news_index, query="", code="en"):
    response = client.get(url_in(code, news_index) + query)
    assert response.status_code == 200
    return response.content.decode()


def next_link(html):
    found = re.search(r'<a rel="next" href="([^"]+)"', html)
    return found and found.group(1).replace("&amp;", "&")


def follow(client, url, href):
    """Open a link as a browser does, relative to the page's address."""
    return client.get(urljoin(url, href)).content.decode()


def test_newest_stories_come_first(client, news_index, case_conference, jambi):
    NewsPageFactory(
        parent=news_index,
        title="Jambi centre reopens its doors after the pandemic",
        date=datetime.date(2021, 6, 1),
        centres=[jambi],
    )
    NewsPageFactory(
        parent=news_index,
        title="Jambi mentors plan the first home visits",
        date=datetime.date(2020, 5, 10),
        centres=[jambi],
    )

    assert card_titles(listing(client, news_index)) == [
        "Jambi centre reopens its doors after the pandemic",
        "Jambi mentors plan the first home visits",
        "Jambi centre holds its case conference online",
    ]


def test_stories_are_paginated(client, news_index, five_jambi_stories, two_per_page):
    html = listing(client, news_index, "?page=2")

    assert card_titles(html) == [
        "Jambi case review, week 3",
        "Jambi case review, week 2",
    ]
    assert "Page 2 of 3" in html


def test_a_page_that_is_not_a_number_shows_the_first(
    client, news_index, five_jambi_stories, two_per_page
):
    html = listing(client, news_index, "?page=abc")

    assert card_titles(html) == [
        "Jambi case review, week 5",
        "Jambi case review, week 4",
    ]


def test_a_page_past_the_end_shows_the_last(
    client, news_index, five_jambi_stories, two_per_page
):
    html = listing(client, news_index, "?page=999999")

    assert card_titles(html) == ["Jambi case review, week 1"]
    assert "Page 3 of 3" in html


def test_centre_and_topic_filters_combine(
    client, news_index, case_conference, jambi, gatekeeping
):
    NewsPageFactory(
        parent=news_index,
        title="Jambi team reviews new referrals before any placement",
        centres=[jambi],
        topics=[gatekeeping],
    )

    html = listing(
        client, news_index, "?centre=jambi-childrens-centre&topic=gatekeeping"
    )

    assert card_titles(html) == [
        "Jambi team reviews new referrals before any placement"
    ]


def test_country_and_topic_filters_combine(
    client, news_index, case_conference, nghe_an_training, mataram, gatekeeping
):
    NewsPageFactory(
        parent=news_index,
        title="Mataram checks each referral before admitting a child",
        centres=[mataram],
        topics=[gatekeeping],
    )

    html = listing(client, news_index, "?country=ID&topic=gatekeeping")

    assert card_titles(html) == [
        "Mataram checks each referral before admitting a child"
    ]


def test_a_story_of_two_centres_is_listed_once(client, news_index, jambi, mataram):
    NewsPageFactory(
        parent=news_index,
        title="Jambi and Mataram share their gatekeeping checklists",
        centres=[jambi, mataram],
    )

    html = listing(client, news_index, "?country=id")

    assert card_titles(html) == ["Jambi and Mataram share their gatekeeping checklists"]


def test_filters_survive_pagination(
    client, news_index, five_jambi_stories, nghe_an_training, gatekeeping, two_per_page
):
    five_jambi_stories[0].topics.add(gatekeeping)
    five_jambi_stories[0].save_revision().publish()
    query = "?centre=jambi-childrens-centre&topic=reintegration"
    url = url_in("en", news_index) + query

    first = listing(client, news_index, query)
    second = follow(client, url, next_link(first))
    third = follow(client, url, next_link(second))

    assert next_link(first) == query + "&page=2"
    assert card_titles(first + second + third) == [
        f"Jambi case review, week {day}" for day in range(5, 0, -1)
    ]
    assert next_link(third) is None


@pytest.mark.parametrize(
    "query",
    ["?centre=surabaya-centre", "?topic=adoption", "?country=XX", "?centre=<b>"],
)
@pytest.mark.parametrize("code", ["en", "id", "ar"])
def test_an_unknown_filter_shows_an_empty_list_and_says_why(
    client, news_index, case_conference, query, code
):
    html = listing(client, news_index, query, code)

    assert card_titles(html) == []
    with translation.override(code):
        assert translation.gettext(UNKNOWN_FILTER) in html


def test_an_untranslated_story_is_listed_with_the_languages_it_can_be_read_in(
    client, news_index, case_conference, nghe_an_training
):
    html = listing(client, news_index, code="ar")

    cards = re.findall(r'<article class="story-card">.*?</article>', html, re.S)
    translated, untranslated = cards
    assert "تدريب أكثر من 500 موظف في نغيه آن" in translated
    assert "available-in" not in translated
    assert "Jambi centre holds its case conference online" in untranslated
    available = re.search(r'<p class="available-in">(.*?)</p>', untranslated, re.S)
    assert re.findall(r'<span lang="(\w+)">([^<]+)</span>', available.group(1)) == [
        ("en", "English"),
        ("id", "Bahasa Indonesia"),
    ]


def test_the_filter_lists_are_in_the_readers_language(
    client, news_index, case_conference, nghe_an_training
):
    html = listing(client, news_index, "?topic=gatekeeping", code="vi")

    assert '<option value="gatekeeping" selected>Kiểm soát đầu vào chăm sóc' in html
    assert '<option value="nghe-an-social-affairs">Sở Lao động' in html
    assert card_titles(html) == ["Hơn 500 cán bộ được tập huấn tại Nghệ An"]


def test_a_centre_page_shows_all_of_its_news(
    client, news_index, five_jambi_stories, nghe_an_training, two_per_page
):
    url = url_in("id", news_index) + "centre/jambi-childrens-centre/"

    pages = [client.get(url + f"?page={number}") for number in (1, 2, 3)]

    assert all(page.status_code == 200 for page in pages)
    html = "".join(page.content.decode() for page in pages)
    assert "<h1>Sentra Anak Jambi</h1>" in html
    assert card_titles(html) == [
        f"Jambi case review, week {day}" for day in range(5, 0, -1)
    ]


def test_a_centre_page_with_a_bad_page_number_shows_the_first(
    client, news_index, five_jambi_stories, two_per_page
):
    url = url_in("en", news_index) + "centre/jambi-childrens-centre/?page=abc"

    html = client.get(url).content.decode()

    assert card_titles(html) == [
        "Jambi case review, week 5",
        "Jambi case review, week 4",
    ]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_an_unknown_centre_page_is_not_found(client, news_index, code):
    url = url_in(code, news_index) + "centre/surabaya-centre/"

    assert client.get(url).status_code == 404


def test_a_story_whose_body_is_not_yet_translated_is_marked_so(
    client, news_index, case_conference
):
    paragraph = "<p>Each social worker presented each child's needs.</p>"
    case_conference.body_en = [{"type": "paragraph", "value": paragraph}]
    case_conference.save_revision().publish()
    assert 'class="available-in"' in listing(client, news_index, code="id")

    paragraph = "<p>Setiap pekerja sosial memaparkan kebutuhan setiap anak.</p>"
    case_conference.body_ind = [{"type": "paragraph", "value": paragraph}]
    case_conference.save_revision().publish()
    assert 'class="available-in"' not in listing(client, news_index, code="id")
