"""What every reader's news pages share (the story at an address, what a story
shows around it, a page of the listing, the filters) is cached until content
changes, and never holds what only an editor may see."""

import datetime

import pytest

from news.factories import NewsPageFactory

from .helpers import card_titles, url_in


@pytest.fixture
def reader(client):
    """A reader whose pages are never cached whole, so shared data shows."""
    client.cookies["sessionid"] = "no-such-session"
    return client


def page(reader, url):
    response = reader.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_published_story_is_listed_at_once(reader, news_index, case_conference):
    page(reader, url_in("en", news_index))

    NewsPageFactory(parent=news_index, title="Mentors meet in Jambi")

    assert "Mentors meet in Jambi" in card_titles(
        page(reader, url_in("en", news_index))
    )


def test_a_new_related_story_shows_at_once(reader, news_index, case_conference, jambi):
    page(reader, url_in("en", case_conference))

    NewsPageFactory(
        parent=news_index,
        title="Jambi staff visit families",
        date=datetime.date(2024, 3, 1),
        centres=[jambi],
    )

    html = page(reader, url_in("en", case_conference))
    assert card_titles(html[html.index('id="related"') :]) == [
        "Jambi staff visit families"
    ]


def test_an_unpublished_story_is_gone_at_once(reader, case_conference):
    page(reader, url_in("id", case_conference))

    case_conference.unpublish()

    assert reader.get(url_in("id", case_conference)).status_code == 404


def test_a_published_slug_change_answers_at_once(reader, case_conference):
    old_address = url_in("id", case_conference)
    page(reader, old_address)

    case_conference.slug_ind = "konferensi-kasus-daring"
    case_conference.save_revision().publish()

    assert reader.get(old_address).status_code == 404
    page(reader, "/id/berita/konferensi-kasus-daring/")


def test_a_renamed_centre_shows_at_once_in_the_filters(reader, news_index, jambi):
    page(reader, url_in("vi", news_index))

    jambi.name_vi = "Trung tâm bảo trợ trẻ em Jambi"
    jambi.save()

    assert "Trung tâm bảo trợ trẻ em Jambi" in page(reader, url_in("vi", news_index))


def test_a_previewed_drafts_centres_never_reach_readers(
    reader, case_conference, mataram
):
    mataram_link = '<a href="/en/news/centre/mataram-rehabilitation-centre/">'
    assert mataram_link not in page(reader, url_in("en", case_conference))
    draft = case_conference.get_latest_revision_as_object()
    draft.centres.add(mataram)

    preview = draft.make_preview_request(preview_mode="en").content.decode()

    assert mataram_link in preview
    assert mataram_link not in page(reader, url_in("en", case_conference))


def test_readers_after_the_first_never_make_its_renditions_again(
    client, news_index, photo, monkeypatch
):
    """The first reader of a new picture makes its renditions after the story's
    shared data was read: the next readers must find them."""
    story = NewsPageFactory(
        parent=news_index, hero_image=photo, hero_alt_en="Staff around a table"
    )
    first = client.get(url_in("en", story))
    assert first.status_code == 200

    def make_again(*args, **kwargs):
        raise AssertionError("a rendition was made again")

    monkeypatch.setattr(type(photo), "generate_rendition_file", make_again)
    response = client.get(url_in("en", story) + "?reader=next")

    assert response["X-Page-Cache"] == "miss"
    assert response.content.count(b"<source") == first.content.count(b"<source")
