"""A story and the listing cost a fixed number of queries, whatever their size, and
a story's first visit stays light."""

import datetime

import pytest
from django.core.cache import cache
from wagtail_factories import ImageFactory

from news.factories import NewsPageFactory
from news.models import NewsIndexPage
from portal.centres.factories import CentreFactory
from portal.topics.factories import TopicFactory
from tests.perf.test_page_weight import FIRST_VISIT_LIMIT, first_visit_bytes

from .helpers import card_titles, image_block, url_in

# Site (1); routing: home page, its children, news index, the story by its slug,
# the specific story (5); ancestors' aliases and view restrictions (2); centres,
# topics (2); hero image and all its renditions (2); body images and all their
# renditions (2); view restrictions for `public()`, related stories, their centres
# (3); news index (1); site root paths for the 4 languages, cold cache (4); main
# menu (1).
STORY_QUERIES = 23


def crowded_story(news_index, count):
    """A story with `count` centres, topics, body pictures and related stories."""
    centres = [
        CentreFactory(slug=f"centre-{n}", name=f"Children's centre {n}")
        for n in range(count)
    ]
    topics = [TopicFactory(slug=f"topic-{n}", name=f"Topic {n}") for n in range(count)]
    for number in range(count):
        NewsPageFactory(
            parent=news_index,
            title=f"Home visits before reintegration, round {number}",
            centres=[centres[number]],
            topics=[topics[number]],
        )
    images = [ImageFactory(title=f"Training day {n}") for n in range(count)]
    return NewsPageFactory(
        parent=news_index,
        title="Jambi centre holds its case conference online",
        date=datetime.date(2030, 4, 28),
        hero_image=ImageFactory(title="Case conference by video call"),
        hero_alt_en="A social worker presents a child's plan on a video call",
        body_en=[image_block(image) for image in images],
        centres=centres,
        topics=topics,
    )


@pytest.mark.parametrize("count", [1, 20])
@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_story_takes_a_fixed_number_of_queries(
    client, news_index, media_root, django_assert_num_queries, count, code
):
    """Renditions are made by the first visit ever (one write per picture and
    size, which no later reader pays again), so the story is visited once to make
    them, then the cache is emptied: the counted visit renders the page anew and
    finds no rendition and no site root path in the cache. The count is then the
    same for 1 and for 20 centres, topics, pictures and related stories."""
    story = crowded_story(news_index, count)
    url = url_in(code, story)
    assert client.get(url).status_code == 200
    cache.clear()

    with django_assert_num_queries(STORY_QUERIES):
        response = client.get(url)

    assert response["X-Page-Cache"] == "miss"
    html = response.content.decode()
    assert html.count('loading="lazy"') == count
    assert html.count("/centre/centre-") == count
    related = html[html.index('id="related"') :]
    assert len(card_titles(related)) == min(count, 3)


# Site (1); routing: home page, its children, news index (3); ancestors' aliases
# and view restrictions (2); centres and topics for the filters (2); view
# restrictions for `public()`, count, stories, their centres (4); main menu (1);
# site root paths for the 4 languages, cold cache (4).
LISTING_QUERIES = 17


def many_stories(news_index, count):
    """`count` stories of two centres, every other one also written in Arabic."""
    jambi = CentreFactory(slug="jambi-childrens-centre", name="Jambi Children's Centre")
    mataram = CentreFactory(slug="mataram-rehabilitation-centre", name="Mataram Centre")
    for number in range(count):
        translated = {"title_ar": f"زيارة منزلية {number}", "summary_ar": "ملخص."}
        NewsPageFactory(
            parent=news_index,
            title=f"Home visits before reintegration, round {number}",
            centres=[jambi, mataram] if number % 3 else [jambi],
            **(translated if number % 2 else {}),
        )


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_listing_takes_a_fixed_number_of_queries(
    client, news_index, monkeypatch, django_assert_num_queries, count, code
):
    """Every story is on the one page shown. The cache is emptied before the
    counted visit: it renders the page anew, with no site root path cached."""
    monkeypatch.setattr(NewsIndexPage, "per_page", 50)
    many_stories(news_index, count)
    cache.clear()

    with django_assert_num_queries(LISTING_QUERIES):
        response = client.get(url_in(code, news_index))

    assert response["X-Page-Cache"] == "miss"
    html = response.content.decode()
    assert len(card_titles(html)) == count
    untranslated_cards = html.count('class="available-in"')
    assert untranslated_cards == (count - count // 2 if code == "ar" else 0)


CASE_CONFERENCE_PARAGRAPHS = [
    "<p>The children's centre in Jambi held its case conference online this month. "
    "Sixteen people took part by video call: heads of sections, social workers, "
    "counsellors, mentors, nurses and administrators.</p>",
    "<h2>Each child's plan, one by one</h2><p>Every social worker presented the "
    "needs of each child in their care and recommended one of two plans: a return "
    "to the family, or a longer stay at the centre while the family prepares.</p>",
    "<p>Before any return, the team assesses whether the family and the local "
    "agencies are ready. Short visits home come first; parents are invited to "
    "meetings on positive parenting and on what to expect when the child "
    "returns.</p>",
    "<p>Where families cannot be traced because documents are missing, the centre "
    "works with community networks and local media. Where stigma stands in the "
    "way, local leaders are asked to help.</p>",
]


def test_a_story_first_visit_stays_under_60_kb(client, news_index, media_root):
    """HTML and stylesheets as sent compressed; pictures are counted apart."""
    story = crowded_story(news_index, 3)
    story.body_en = [
        {"type": "paragraph", "value": paragraph}
        for paragraph in CASE_CONFERENCE_PARAGRAPHS * 6
    ] + list(story.body_en.raw_data)
    story.save_revision().publish()

    assert first_visit_bytes(client, url_in("en", story)) < FIRST_VISIT_LIMIT
