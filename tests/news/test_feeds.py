"""RSS and Atom feeds in each language, of all news or of one centre."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from .helpers import url_in

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed(client, news_index, code, kind, query=""):
    response = client.get(url_in(code, news_index) + f"feed/{kind}/" + query)
    assert response.status_code == 200
    return ET.fromstring(response.content)  # noqa: S314 - our own feed


@pytest.mark.parametrize("code", ["en", "id", "vi", "ar"])
def test_the_rss_feed_is_in_the_language_of_its_address(
    client, news_index, case_conference, nghe_an_training, code
):
    channel = feed(client, news_index, code, "rss").find("channel")

    assert channel.findtext("language") == code
    with translation.override(code):
        assert channel.findtext("title") == news_index.title
    items = channel.findall("item")
    assert [item.findtext("link") for item in items] == [
        "http://testserver" + url_in(code, nghe_an_training),
        "http://testserver" + url_in(code, case_conference),
    ]


def test_the_rss_feed_carries_titles_summaries_and_topics(
    client, news_index, nghe_an_training
):
    item = feed(client, news_index, "vi", "rss").find("channel/item")

    assert item.findtext("title") == "Hơn 500 cán bộ được tập huấn tại Nghệ An"
    assert item.findtext("description").startswith("Cán bộ huyện và xã")
    assert item.findtext("category") == "Kiểm soát đầu vào chăm sóc thay thế"


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_atom_feed_is_in_the_language_of_its_address(
    client, news_index, nghe_an_training, code
):
    root = feed(client, news_index, code, "atom")

    assert root.tag == f"{ATOM}feed"
    assert root.get(XML_LANG) == code
    entry = root.find(f"{ATOM}entry")
    expected = {"en": "More than 500 officers trained in Nghe An"}
    assert entry.findtext(f"{ATOM}title") == expected.get(
        code, "تدريب أكثر من 500 موظف في نغيه آن"
    )


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_centre_feed_has_only_that_centres_news(
    client, news_index, case_conference, nghe_an_training, kind
):
    root = feed(client, news_index, "id", kind, "?centre=jambi-childrens-centre")

    text = ET.tostring(root, encoding="unicode")
    with translation.override("id"):
        title = translation.gettext("News from %(centre)s")
    assert title % {"centre": "Sentra Anak Jambi"} in text
    assert "Sentra Jambi menggelar konferensi kasus secara daring" in text
    assert "Nghe An" not in text


def test_a_centre_feed_links_to_the_centre_page_and_to_itself(
    client, news_index, case_conference
):
    channel = feed(client, news_index, "en", "rss", "?centre=jambi-childrens-centre")

    assert channel.findtext("channel/link") == (
        "http://testserver/en/news/centre/jambi-childrens-centre/"
    )
    assert channel.findtext("channel/title") == "News from Jambi Children's Centre"
    assert channel.find(f"channel/{ATOM}link").get("href") == (
        "http://testserver/en/news/feed/rss/?centre=jambi-childrens-centre"
    )


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize(
    "query", ["?centre=surabaya-centre", "?topic=adoption", "?country=XX"]
)
def test_a_feed_of_an_unknown_filter_is_not_found(
    client, news_index, case_conference, kind, query
):
    url = url_in("en", news_index) + f"feed/{kind}/" + query

    assert client.get(url).status_code == 404


@pytest.mark.parametrize("prefix", ["fr", "xx", "zh-hans"])
def test_a_feed_in_a_language_the_portal_does_not_have_is_not_found(
    client, news_index, case_conference, prefix
):
    response = client.get(f"/{prefix}/news/feed/rss/", follow=True)

    # The language middleware takes the prefix for a page address in English.
    assert response.redirect_chain == [(f"/en/{prefix}/news/feed/rss/", 302)]
    assert response.status_code == 404


def test_the_listing_announces_its_feeds_with_its_filters(
    client, news_index, case_conference
):
    html = client.get("/en/news/?centre=jambi-childrens-centre").content.decode()

    query = "?centre=jambi-childrens-centre"
    rss = f'href="/en/news/feed/rss/{query}"'
    assert f'type="application/rss+xml" title="News (RSS)" {rss}' in html
    assert f'href="/en/news/feed/atom/{query}"' in html


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_atom_entry_has_an_author_and_the_story_s_own_date(
    client, news_index, case_conference, nghe_an_training, code
):
    root = feed(client, news_index, code, "atom")

    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    with translation.override(code):
        authors = [
            nghe_an_training.centres.get().name,
            case_conference.centres.get().name,
        ]
    assert [entry.findtext(f"{ATOM}author/{ATOM}name") for entry in entries] == authors
    assert [entry.findtext(f"{ATOM}published")[:10] for entry in entries] == [
        "2022-12-15",
        "2020-04-28",
    ]
    assert root.findtext(f"{ATOM}author/{ATOM}name")


def test_an_rss_item_is_dated_by_its_story(client, news_index, case_conference):
    item = feed(client, news_index, "vi", "rss").find("channel/item")

    assert item.findtext("pubDate").startswith("Tue, 28 Apr 2020")
