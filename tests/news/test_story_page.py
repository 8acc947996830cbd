"""A story's page: its centres, topics, related stories, languages and metadata."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from news.factories import NewsPageFactory

from .helpers import card_titles, image_block, url_in


def json_ld(html):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert found, "the page has no JSON-LD"
    return json.loads(found.group(1))


def meta(html, name):
    found = re.search(rf'<meta property="{re.escape(name)}" content="([^"]*)">', html)
    assert found, f"no {name} meta tag"
    return found.group(1)


def test_it_links_each_of_its_centres_to_the_centre_page(
    client, case_conference, mataram
):
    case_conference.centres.add(mataram)
    case_conference.save_revision().publish()

    html = client.get(url_in("en", case_conference)).content.decode()

    jambi_link = '<a href="/en/news/centre/jambi-childrens-centre/">'
    assert f"{jambi_link}Jambi Children&#x27;s Centre</a>" in html
    assert '<a href="/en/news/centre/mataram-rehabilitation-centre/">' in html
    centre_page = client.get("/en/news/centre/jambi-childrens-centre/")
    assert case_conference.title in centre_page.content.decode()


def test_it_links_its_topics_to_the_filtered_listing_in_the_readers_language(
    client, news_index, case_conference
):
    html = client.get(url_in("ar", case_conference)).content.decode()

    topic_link = f'<a href="{url_in("ar", news_index)}?topic=reintegration">'
    assert f"{topic_link}إعداد الأطفال لإعادة الإدماج</a>" in html


def test_it_shows_the_three_newest_stories_sharing_a_centre_or_a_topic(
    client, news_index, case_conference, jambi, mataram, reintegration, gatekeeping
):
    def story(title, day, **relations):
        return NewsPageFactory(
            parent=news_index,
            title=title,
            date=datetime.date(2024, 3, day),
            **relations,
        )

    story("Jambi staff visit families before reintegration", 1, centres=[jambi])
    story("Parents' meeting on positive parenting", 2, topics=[reintegration])
    story("Jambi centre trains two new mentors", 3, centres=[jambi])
    story("Mataram opens a halfway house", 4, centres=[mataram], topics=[gatekeeping])
    story("Home visits resume in Jambi", 5, centres=[jambi], topics=[reintegration])

    html = client.get(url_in("en", case_conference)).content.decode()

    related = html[html.index('id="related"') :]
    assert card_titles(related) == [
        "Home visits resume in Jambi",
        "Jambi centre trains two new mentors",
        "Parents&#x27; meeting on positive parenting",
    ]


def test_it_offers_only_the_languages_the_story_is_written_in(client, case_conference):
    html = client.get(url_in("vi", case_conference)).content.decode()

    languages = html[html.index('class="story-languages"') :]
    languages = languages[: languages.index("</ul>")]
    assert re.findall(r'hreflang="(\w+)" href="([^"]+)"', languages) == [
        ("en", url_in("en", case_conference)),
        ("id", url_in("id", case_conference)),
    ]


def test_a_story_is_readable_in_a_language_only_once_its_body_is_translated(
    case_conference,
):
    paragraph = {"type": "paragraph", "value": "<p>Sixteen staff took part.</p>"}
    case_conference.body_en = [paragraph]

    assert case_conference.readable_languages == ["en"]


def test_structured_data_is_a_news_article_in_the_pages_language(
    client, nghe_an_training
):
    html = client.get(url_in("vi", nghe_an_training)).content.decode()

    data = json_ld(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Hơn 500 cán bộ được tập huấn tại Nghệ An"
    assert data["inLanguage"] == "vi"
    assert data["datePublished"] == "2022-12-15"
    assert data["url"] == "http://testserver" + url_in("vi", nghe_an_training)
    assert data["author"] == [
        {"@type": "Organization", "name": "Sở Lao động - Thương binh và Xã hội Nghệ An"}
    ]


def test_structured_data_of_an_untranslated_story_says_it_is_in_english(
    client, case_conference
):
    data = json_ld(client.get(url_in("ar", case_conference)).content.decode())

    assert data["headline"] == "Jambi centre holds its case conference online"
    assert data["inLanguage"] == "en"


def test_a_title_cannot_close_the_structured_data_script(client, case_conference):
    title = "Case review </script><script>alert('jambi')</script> & <!-- notes"
    case_conference.title_en = title
    case_conference.save_revision().publish()

    html = client.get(url_in("en", case_conference)).content.decode()

    assert "<script>alert(" not in html
    assert json_ld(html)["headline"] == title


def test_open_graph_describes_the_story_in_the_readers_language(
    client, nghe_an_training, photo
):
    nghe_an_training.hero_image = photo
    nghe_an_training.hero_alt_en = "Officers listen to a trainer in a hall"
    nghe_an_training.save_revision().publish()
    url = url_in("ar", nghe_an_training)

    html = client.get(url).content.decode()

    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == "تدريب أكثر من 500 موظف في نغيه آن"
    assert meta(html, "og:description").startswith("تعلّم موظفو المناطق")
    assert meta(html, "og:url") == "http://testserver" + url
    assert meta(html, "og:locale") == "ar_AR"
    assert re.fullmatch(
        r"http://testserver/media/images/.+\.jpg", meta(html, "og:image")
    )
    assert meta(html, "og:image:width") == "1200"
    assert meta(html, "og:image:alt") == "Officers listen to a trainer in a hall"
    assert json_ld(html)["image"] == meta(html, "og:image")


def test_the_hero_is_a_responsive_picture_loaded_at_once(
    client, case_conference, photo
):
    case_conference.hero_image = photo
    case_conference.hero_alt_en = "Sixteen staff on a video call"
    case_conference.save_revision().publish()

    html = client.get(url_in("en", case_conference)).content.decode()

    hero = html[html.index('class="story-hero"') :]
    hero = hero[: hero.index("</picture>")]
    webp = re.search(r'<source [^>]*srcset="([^"]+)"[^>]*type="image/webp"', hero)
    assert webp, hero
    assert [width for width in re.findall(r" (\d+)w", webp.group(1))] == [
        "400",
        "800",
        "1200",
    ]
    assert 'alt="Sixteen staff on a video call"' in hero
    assert 'fetchpriority="high"' in hero
    assert "loading=" not in hero


def test_pictures_in_the_body_load_lazily(client, case_conference, media_root):
    from wagtail_factories import ImageFactory

    pictures = [ImageFactory(title=f"Home visit {n}") for n in range(2)]
    case_conference.body_en = [
        image_block(pictures[0], "A mentor and a counsellor prepare a home visit"),
        {"type": "paragraph", "value": "<p>Short visits home come first.</p>"},
        image_block(pictures[1], "Parents at a meeting on positive parenting"),
    ]
    case_conference.save_revision().publish()

    html = client.get(url_in("en", case_conference)).content.decode()

    figures = re.findall(r"<figure>.*?</figure>", html, re.S)
    assert len(figures) == 2
    for figure, alt in zip(
        figures,
        [
            "A mentor and a counsellor prepare a home visit",
            "Parents at a meeting on positive parenting",
        ],
        strict=True,
    ):
        assert 'type="image/webp"' in figure
        assert 'loading="lazy"' in figure
        assert f'alt="{alt}"' in figure


def test_a_reader_gets_the_english_alt_text_marked_as_english(
    client, nghe_an_training, photo
):
    nghe_an_training.hero_image = photo
    nghe_an_training.hero_alt_en = "Officers listen to a trainer in a hall"
    nghe_an_training.save_revision().publish()

    html = client.get(url_in("ar", nghe_an_training)).content.decode()

    assert '<div class="story-hero" lang="en" dir="ltr">' in html
    assert 'alt="Officers listen to a trainer in a hall"' in html


def test_a_reader_gets_the_alt_text_in_their_language_once_written(
    client, nghe_an_training, photo
):
    nghe_an_training.hero_image = photo
    nghe_an_training.hero_alt_en = "Officers listen to a trainer in a hall"
    nghe_an_training.hero_alt_ar = "موظفون يستمعون إلى مدرب في قاعة"
    nghe_an_training.save_revision().publish()

    html = client.get(url_in("ar", nghe_an_training)).content.decode()

    assert '<div class="story-hero">' in html
    assert 'alt="موظفون يستمعون إلى مدرب في قاعة"' in html


def test_untranslated_text_is_marked_with_its_language(client, case_conference):
    html = client.get(url_in("ar", case_conference)).content.decode()

    assert '<h1 lang="en" dir="ltr">Jambi centre holds' in html
    assert '<p class="summary" lang="en" dir="ltr">Sixteen staff' in html


def test_a_hero_image_needs_english_alt_text(case_conference, photo):
    case_conference.hero_image = photo
    case_conference.hero_alt_en = " "

    with pytest.raises(ValidationError) as error:
        case_conference.full_clean()

    with translation.override("en"):
        assert error.value.message_dict["hero_alt_en"] == [
            "Describe the hero image: alternative text is required."
        ]


def test_a_hero_image_needs_no_alt_text_in_other_languages(case_conference, photo):
    case_conference.hero_image = photo
    case_conference.hero_alt_en = "Sixteen staff on a video call"

    case_conference.full_clean()
