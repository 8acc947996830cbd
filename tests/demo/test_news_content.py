"""The demo centre news: five stories in four languages, with their centres,
topics and drawn pictures; loaded once for this module."""

import io
from urllib.parse import unquote

from django.utils import translation
from django.utils.html import escape
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from demo.content.centres import CENTRES
from demo.content.news import NEWS_INDEX, STORIES
from demo.content.topics import TOPICS
from demo.illustrations import HEIGHT, WIDTH, illustration_jpeg
from news.models import NewsIndexPage, NewsPage
from portal.centres.models import Centre
from portal.i18n.languages import language_codes, localized_field
from portal.topics.models import Topic

from .conftest import run_load_demo_content
from .texts import demo_texts

PICTURE_TITLES = {story.picture.title for story in STORIES}


def story_page(content):
    return NewsPage.objects.get(slug_en=content.slug.en)


def pictures():
    return get_image_model().objects.filter(title__in=PICTURE_TITLES)


def news_state():
    """Everything about the news that a second load must leave alone."""
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "id",
                "live",
                "has_unpublished_changes",
                "latest_revision_id",
                "last_published_at",
            )
        ),
        "revisions": Revision.objects.count(),
        "stories": list(NewsPage.objects.order_by("pk").values()),
        "story_centres": list(
            NewsPage.centres.through.objects.order_by("pk").values_list(
                "newspage_id", "centre_id"
            )
        ),
        "story_topics": list(
            NewsPage.topics.through.objects.order_by("pk").values_list(
                "newspage_id", "topic_id"
            )
        ),
        "centres": list(Centre.objects.order_by("pk").values()),
        "topics": list(Topic.objects.order_by("pk").values()),
        "images": list(
            get_image_model()
            .objects.order_by("pk")
            .values("id", "title", "file", "file_hash", "description")
        ),
    }


def test_it_builds_the_news_section_under_the_home_page(demo_site):
    index = NewsIndexPage.objects.child_of(demo_site).live().in_menu().get()
    for code in language_codes():
        slug = getattr(index, localized_field("slug", code))
        assert slug == NEWS_INDEX.slug.in_language(code)
        assert getattr(index, localized_field("intro", code))
    stories = NewsPage.objects.child_of(index).live()
    assert sorted(stories.values_list("slug_en", flat=True)) == sorted(
        story.slug.en for story in STORIES
    )


def test_it_files_each_story_under_its_centres_and_topics(demo_site):
    assert set(Centre.objects.values_list("slug", flat=True)) == {
        centre.slug for centre in CENTRES
    }
    assert set(Topic.objects.values_list("slug", flat=True)) == {
        topic.slug for topic in TOPICS
    }
    for content in STORIES:
        story = story_page(content)
        assert {c.slug for c in story.centres.all()} == set(content.centres)
        assert {t.slug for t in story.topics.all()} == set(content.topics)
        assert story.date == content.date


def test_each_story_has_a_drawn_hero_picture_and_alt_text_in_every_language(
    demo_site,
):
    assert pictures().count() == len(STORIES)
    for content in STORIES:
        story = story_page(content)
        image = story.hero_image
        assert image.title == content.picture.title
        assert image.description == content.hero_alt.en
        assert (image.width, image.height) == (WIDTH, HEIGHT)
        with image.open_file() as stored:
            data = stored.read()
        assert data == illustration_jpeg(content.picture.drawing)
        assert PillowImage.open(io.BytesIO(data)).format == "JPEG"
        assert image.file_size == len(data) < 150_000
        for code in language_codes():
            alt = getattr(story, localized_field("hero_alt", code))
            assert alt == content.hero_alt.in_language(code)


def test_the_drawings_are_the_same_bytes_every_time():
    for content in STORIES:
        first = illustration_jpeg(content.picture.drawing)
        illustration_jpeg.cache_clear()
        assert illustration_jpeg(content.picture.drawing) == first


def test_each_story_answers_in_each_language_at_its_translated_address(
    client, demo_site
):
    for code in language_codes():
        index_slug = NEWS_INDEX.slug.in_language(code)
        for content in STORIES:
            address = f"/{code}/{index_slug}/{content.slug.in_language(code)}/"
            with translation.override(code):
                assert unquote(story_page(content).get_url()) == address
            response = client.get(address)
            assert response.status_code == 200, address
            html = response.content.decode()
            assert f'<html lang="{code}"' in html, address
            assert escape(content.title.in_language(code)) in html, address
            assert f'alt="{escape(content.hero_alt.in_language(code))}"' in html
            for centre in story_page(content).centres.all():
                name = getattr(centre, localized_field("name", code))
                assert escape(name) in html, address


def test_the_news_index_lists_every_story_in_each_language(client, demo_site):
    for code in language_codes():
        address = f"/{code}/{NEWS_INDEX.slug.in_language(code)}/"
        response = client.get(address)
        assert response.status_code == 200, address
        html = unquote(response.content.decode())
        for content in STORIES:
            assert escape(content.title.in_language(code)) in html, address
            assert f'href="{address}{content.slug.in_language(code)}/"' in html


def test_each_centre_page_lists_its_stories(client, demo_site):
    for content in STORIES:
        for slug in content.centres:
            response = client.get(f"/en/{NEWS_INDEX.slug.en}/centre/{slug}/")
            assert response.status_code == 200, slug
            assert escape(content.title.en) in response.content.decode(), slug


def test_the_checked_texts_include_the_stories_centres_and_topics(demo_site):
    """The language checks (test_demo_content, the glossary test) read every
    translated text of the news, down to a quote's attribution."""
    labels = {label for label, _by_code in demo_texts(demo_site)}
    for content in STORIES:
        slug = content.slug.en
        assert {f"{slug}.title", f"{slug}.summary", f"{slug}.hero_alt"} <= labels
        quote = next(
            index for index, block in enumerate(content.body) if block.type == "quote"
        )
        assert f"{slug}.body[{quote}].quote.attribution" in labels
    for centre in CENTRES:
        assert f"centre.{centre.slug}.place" in labels
    for topic in TOPICS:
        assert f"topic.{topic.slug}.name" in labels
    assert f"{NEWS_INDEX.slug.en}.intro" in labels


def test_loading_again_changes_nothing(demo_site):
    before = news_state()
    output = run_load_demo_content(no_accounts=True)
    assert news_state() == before
    assert "The demo content is up to date." in output


def test_it_restores_a_story_whose_topics_an_editor_changed(demo_site):
    content = STORIES[0]
    story = story_page(content)
    story.topics.set([])
    story.save_revision().publish()

    output = run_load_demo_content(no_accounts=True)

    story = story_page(content)
    assert {t.slug for t in story.topics.all()} == set(content.topics)
    assert not story.has_unpublished_changes
    assert f"updated page: {content.slug.en}" in output


def test_it_stores_a_picture_again_when_its_file_is_missing(demo_site):
    content = STORIES[1]
    image = story_page(content).hero_image
    name = image.file.name
    image.file.storage.delete(name)

    output = run_load_demo_content(no_accounts=True)

    image.refresh_from_db()
    assert image.file.name == name
    assert image.file.storage.exists(name)
    assert pictures().count() == len(STORIES)
    assert story_page(content).hero_image_id == image.pk
    assert f"updated picture: {content.picture.file_name}" in output
