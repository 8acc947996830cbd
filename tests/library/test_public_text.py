"""Text on the public pages in the reader's language: publishers, list commas,
plural forms, a resource's own year in search results, and addresses written
with another language's slugs."""

from urllib.parse import quote, unquote

import pytest
from django.template import Context, Template
from django.utils import timezone, translation
from django.utils.html import escape

from demo.content.centres import UGANDA_NETWORK
from library.models import ResourcePage
from news.models import NewsIndexPage
from portal.search import indexing
from tests.demo.conftest import demo_loaded, demo_site  # noqa: F401 - fixtures
from tests.news.helpers import url_in


@pytest.fixture
def uganda_resource(demo_site):  # noqa: F811 - the fixture
    resource = ResourcePage.objects.live().filter(publisher_en=UGANDA_NETWORK.name.en)
    return resource.order_by("path").first()


@pytest.mark.parametrize("code", ["id", "vi", "ar"])
def test_a_resource_names_its_publisher_in_the_reader_s_language(
    client, uganda_resource, code
):
    html = client.get(url_in(code, uganda_resource)).content.decode()

    assert f"<dd>{escape(UGANDA_NETWORK.name.in_language(code))}</dd>" in html
    assert escape(UGANDA_NETWORK.name.en) not in html


def test_arabic_lists_are_joined_with_the_arabic_comma(client, demo_site):  # noqa: F811
    library = client.get(url_in("ar", demo_site.get_children().get(slug_en="library")))
    html = library.content.decode()

    assert '</span>، <span lang="' in html
    assert '</span>, <span lang="' not in html
    english = client.get(url_in("en", demo_site.get_children().get(slug_en="library")))
    assert '</span>, <span lang="' in english.content.decode()


@pytest.mark.parametrize(
    ("code", "counts"),
    [
        ("ar", {1: "نتيجة واحدة", 2: "نتيجتان", 5: "5 نتائج", 11: "11 نتيجةً"}),
        ("id", {1: "1 hasil", 5: "5 hasil"}),
        ("vi", {1: "1 kết quả", 5: "5 kết quả"}),
    ],
)
def test_result_counts_take_the_language_s_plural_forms(db, code, counts):
    with open("templates/search/search_page.html") as template_file:
        (count_tag,) = [
            line.strip()
            for line in template_file
            if "blocktranslate count counter=results.total" in line
        ]
    template = Template("{% load i18n %}" + count_tag)
    with translation.override(code):
        for number, text in counts.items():
            rendered = template.render(Context({"results": {"total": number}}))
            assert f">{text}</p>" in rendered


def test_search_results_show_a_resource_s_own_year(client, uganda_resource):
    indexing.rebuild()
    assert uganda_resource.year != timezone.localdate().year

    response = client.get(
        "/en/search/", {"q": uganda_resource.title, "kind": "resource"}
    )
    html = response.content.decode()
    result = html.split(f">{escape(uganda_resource.title)}</a></h2>")[1]
    meta = result.split("</p>")[0]
    year = uganda_resource.year
    assert f'<time datetime="{year}">{year}</time>' in meta
    assert str(timezone.localdate().year) not in meta


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("/vi/news/", "vi"),
        ("/ar/news/", "ar"),
        ("/en/tin-tuc/", "en"),
        ("/id/tin-tuc/", "id"),
    ],
)
def test_another_language_s_slug_leads_to_the_page_in_this_language(
    client,
    demo_site,  # noqa: F811 - the fixture
    address,
    code,
):
    news = NewsIndexPage.objects.get()
    response = client.get(address, {"centre": "jambi"})

    assert response.status_code == 301
    expected = url_in(code, news)
    assert response["Location"] == f"{expected}?centre=jambi"
    assert client.get(response["Location"]).status_code == 200


def test_a_story_under_another_language_s_slugs_is_found_too(client, demo_site):  # noqa: F811
    news = NewsIndexPage.objects.get()
    story = news.get_children().live().first().specific
    english = url_in("en", story)

    response = client.get("/vi/" + english.removeprefix("/en/"))

    assert response.status_code == 301
    assert unquote(response["Location"]) == unquote(url_in("vi", story))


def test_an_address_no_language_has_is_still_not_found(client, demo_site):  # noqa: F811
    assert client.get("/vi/no-such-page/").status_code == 404
    assert client.get(quote("/ar/لا-توجد/")).status_code == 404
