"""A story answers at its slug in the reader's language, or at its English slug
until it has one."""

from urllib.parse import unquote

import pytest
from django.db.models.signals import post_init
from wagtail.models import Page

from news.factories import NewsPageFactory
from news.models import NewsPage

from .helpers import url_in


@pytest.mark.parametrize(
    "code,address",
    [
        ("en", "/en/news/jambi-case-conference-online/"),
        ("id", "/id/berita/konferensi-kasus-jambi-daring/"),
        ("vi", "/vi/tin-tuc/jambi-case-conference-online/"),
    ],
)
def test_a_story_answers_at_its_address_in_each_language(
    client, case_conference, code, address
):
    assert url_in(code, case_conference) == address
    response = client.get(address)

    assert response.status_code == 200
    assert f'<html lang="{code}"' in response.content.decode()


@pytest.mark.parametrize(
    "story,address",
    [
        ("nghe_an_training", "/ar/الأخبار/تدريب-موظفي-نغيه-آن/"),
        ("case_conference", "/ar/الأخبار/jambi-case-conference-online/"),
    ],
)
def test_a_story_answers_at_its_arabic_address(db, client, request, story, address):
    story = request.getfixturevalue(story)
    assert unquote(url_in("ar", story)) == address

    response = client.get(url_in("ar", story))

    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_a_translated_story_does_not_answer_at_its_english_slug_in_that_language(
    client, case_conference
):
    assert client.get("/id/berita/jambi-case-conference-online/").status_code == 404


def test_a_slug_finds_the_story_translated_to_it_not_one_that_falls_back(
    client, news_index, case_conference
):
    """In Indonesian, a story whose English slug is another's Indonesian slug."""
    NewsPageFactory(
        parent=news_index,
        title="Online case conferences, one year on",
        slug="konferensi-kasus-jambi-daring",
        slug_ind="konferensi-kasus-setahun-kemudian",
    )

    html = client.get("/id/berita/konferensi-kasus-jambi-daring/").content.decode()

    assert "Sentra Jambi menggelar konferensi kasus secara daring" in html


@pytest.mark.parametrize("code", ["en", "ar"])
def test_an_unknown_or_unpublished_story_is_not_found(
    client, news_index, case_conference, code
):
    draft = NewsPageFactory(parent=news_index, title="Draft: new referral forms")
    draft.unpublish()

    assert client.get(url_in(code, news_index) + "no-such-story/").status_code == 404
    assert client.get(url_in(code, draft)).status_code == 404


def test_finding_a_story_loads_no_other_story(client, news_index, case_conference):
    """The address is matched in the database, not by loading every story."""
    for number in range(3):
        NewsPageFactory(parent=news_index, title=f"Mentors' training, day {number}")
    loaded = []

    def remember(sender, instance, **kwargs):
        loaded.append(instance.pk)

    for model in (Page, NewsPage):
        post_init.connect(remember, sender=model, dispatch_uid="loaded-pages")
    try:
        assert client.get(url_in("vi", case_conference)).status_code == 200
    finally:
        for model in (Page, NewsPage):
            post_init.disconnect(sender=model, dispatch_uid="loaded-pages")

    others = NewsPage.objects.exclude(pk=case_conference.pk).values_list(
        "pk", flat=True
    )
    assert case_conference.pk in loaded
    assert not set(loaded) & set(others)


def test_the_switcher_keeps_a_centre_page_and_the_readers_filters(
    client, news_index, case_conference, jambi
):
    html = client.get(f"/ar/الأخبار/centre/{jambi.slug}/?page=1").content.decode()
    assert f'href="/language/vi/?next=/vi/tin-tuc/centre/{jambi.slug}/%3Fpage%3D1"' in (
        html
    )
    assert (
        '<link rel="alternate" hreflang="id" '
        f'href="http://testserver/id/berita/centre/{jambi.slug}/">'
    ) in html


def test_the_switcher_of_a_listing_points_at_the_listing(client, news_index):
    html = client.get("/en/news/").content.decode()
    assert 'href="/language/id/?next=/id/berita/"' in html
