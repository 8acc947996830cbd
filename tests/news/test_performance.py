"""A story and the listing cost a fixed number of queries, whatever their size, and
a story's first visit stays light.

Each is counted twice: rendered with the cache emptied (the first reader after a
publish, who builds what readers share) and on a page-cache miss, what readers
share already cached (a new query string, a reader with a session)."""

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

# Both: view restrictions (1); hero image's renditions (1); body images and all
# their renditions (2).
# Cache emptied, also: the site and its root page (2); routing: the news index and
# its specific page, the story by its slug (3); the story's ancestors' aliases
# (1); centres, topics, hero image, its picture for link previews (4); related
# stories, their centres (2); news index (1); site root paths for the 4 languages
# (4); main menu (1).
STORY_QUERIES = {"cache emptied": 22, "cache miss": 4}


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


@pytest.fixture(params=["cache emptied", "cache miss"])
def uncached_visit(request):
    """After a first visit, a visit the page cache does not answer."""
    mode = request.param

    def visit(client, url):
        if mode == "cache emptied":
            cache.clear()
        return client.get(f"{url}?reader=counted")

    return mode, visit


@pytest.mark.parametrize("count", [1, 20])
@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_story_takes_a_fixed_number_of_queries(
    client,
    news_index,
    media_root,
    django_assert_num_queries,
    uncached_visit,
    count,
    code,
):
    """Renditions are made by the first visit ever (one write per picture and
    size, which no later reader pays again), so the story is visited once to make
    them. The count is then the same for 1 and for 20 centres, topics, pictures
    and related stories."""
    story = crowded_story(news_index, count)
    url = url_in(code, story)
    assert client.get(url).status_code == 200
    mode, visit = uncached_visit

    with django_assert_num_queries(STORY_QUERIES[mode]):
        response = visit(client, url)

    assert response["X-Page-Cache"] == "miss"
    html = response.content.decode()
    assert html.count('loading="lazy"') == count
    assert html.count("/centre/centre-") == count
    related = html[html.index('id="related"') :]
    assert len(card_titles(related)) == min(count, 3)


# Both: view restrictions (1).
# Cache emptied, also: the site and its root page (2); routing: the news index and
# its specific page (2); its ancestors' aliases (1); centres and topics for the
# filters (2); count, stories, their centres (3); main menu (1); site root paths
# for the 4 languages (4).
LISTING_QUERIES = {"cache emptied": 16, "cache miss": 1}


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
    client,
    news_index,
    monkeypatch,
    django_assert_num_queries,
    uncached_visit,
    count,
    code,
):
    """Every story is on the one page shown."""
    monkeypatch.setattr(NewsIndexPage, "per_page", 50)
    many_stories(news_index, count)
    url = url_in(code, news_index)
    assert client.get(url).status_code == 200
    mode, visit = uncached_visit

    with django_assert_num_queries(LISTING_QUERIES[mode]):
        response = visit(client, url)

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
