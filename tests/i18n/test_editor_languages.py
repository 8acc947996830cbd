"""The editor in four languages: choices ticked, missing translations named,
new pages' slugs made in each language by one rule."""

import re

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from library.models import ResourcePage
from news.factories import NewsIndexPageFactory
from news.models import NewsPage
from portal.centres.factories import CentreFactory
from portal.home.models import ContentPage
from portal.i18n.slugs import translated_slug
from portal.topics.factories import TopicFactory
from tests.moderation.admin_forms import edit_form_data, page_form_data
from training.models import TrainingModulePage


def add_url(app, model, parent):
    return reverse("wagtailadmin_pages:add", args=[app, model, parent.pk])


def warnings(response):
    return [
        str(message)
        for message in get_messages(response.wsgi_request)
        if message.level_tag == "warning"
    ]


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page, title="News", slug="news")


def test_a_story_s_centres_and_topics_are_checkboxes_not_a_ctrl_click_list(
    admin_client, news_index
):
    CentreFactory(slug="jambi", name="Jambi children's centre")
    TopicFactory(slug="gatekeeping", name="Gatekeeping")

    html = admin_client.get(add_url("news", "newspage", news_index)).content.decode()

    for field in ("centres", "topics"):
        assert f'type="checkbox" name="{field}"' in html
        assert f'<select name="{field}"' not in html
    # Long lists get a filter box (pages/js/checklist.js), named in this language.
    assert 'data-checklist-filter="Find in the list"' in html
    assert re.search(r'<script src="/static/pages/js/checklist[^"]*\.js"', html)


@pytest.mark.parametrize(
    "model,fields",
    [
        (NewsPage, ["centres", "topics"]),
        (ResourcePage, ["topics"]),
        (TrainingModulePage, ["prerequisites", "related_resources"]),
    ],
)
def test_every_many_to_many_field_of_the_editors_is_a_checklist(model, fields):
    form_class = model.get_edit_handler().get_form_class()
    for field in fields:
        widget = form_class.base_fields[field].widget
        assert isinstance(widget, forms.CheckboxSelectMultiple), field


def test_a_story_is_saved_with_every_centre_ticked(admin_client, news_index):
    jambi = CentreFactory(slug="jambi", name="Jambi children's centre")
    mataram = CentreFactory(slug="mataram", name="Mataram rehabilitation centre")
    url = add_url("news", "newspage", news_index)
    data = page_form_data(
        admin_client,
        url,
        title_en="Two centres train their mentors together",
        slug_en="two-centres-train-mentors",
        summary_en="Mentors from Jambi and Mataram met for three days.",
    )
    data.setlist("centres", [str(jambi.pk), str(mataram.pk)])
    data["action-publish"] = "1"

    # A QueryDict's items() are its last values: send every ticked box.
    response = admin_client.post(url, dict(data.lists()))

    assert response.status_code == 302
    story = NewsPage.objects.get(slug_en="two-centres-train-mentors")
    assert set(story.centres.all()) == {jambi, mataram}


def test_saving_a_page_names_the_languages_still_in_english(admin_client, about_page):
    """The intro is written in English and Indonesian only."""
    data = edit_form_data(admin_client, about_page)
    data["action-publish"] = "1"

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[about_page.id]), data
    )

    assert response.status_code == 302
    (warning,) = warnings(response)
    assert "Vietnamese, Arabic" in warning
    assert "Indonesian" not in warning


def test_the_warning_speaks_the_editor_s_language(admin_client, about_page):
    data = edit_form_data(admin_client, about_page)
    data["action-publish"] = "1"
    admin_client.cookies["portal_language"] = "ar"
    with translation.override("ar"):
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[about_page.id]),
            data,
            HTTP_ACCEPT_LANGUAGE="ar",
        )

    (warning,) = warnings(response)
    assert "لم تُترجم بعد" in warning
    assert "، " in warning


def test_a_fully_translated_page_is_saved_without_a_warning(admin_client, about_page):
    data = edit_form_data(
        admin_client,
        about_page,
        intro_vi="Cổng thông tin đào tạo đội ngũ bảo vệ trẻ em.",
        intro_ar="تدرّب البوابة العاملين في حماية الطفل.",
    )
    data["action-publish"] = "1"

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[about_page.id]), data
    )

    assert response.status_code == 302
    assert warnings(response) == []
    about_page.refresh_from_db()
    assert about_page.intro_ar == "تدرّب البوابة العاملين في حماية الطفل."


@pytest.mark.parametrize(
    "title,code,slug",
    [
        ("Đào tạo về chăm sóc thay thế", "vi", "dao-tao-ve-cham-soc-thay-the"),
        ("Chuẩn bị cho trẻ tái hòa nhập", "vi", "chuan-bi-cho-tre-tai-hoa-nhap"),
        ("الرعاية البديلة", "ar", "الرعاية-البديلة"),
        ("عَنِ البوابة", "ar", "عن-البوابة"),  # vowel marks dropped
        ("UNICEF يدعم المراكز", "ar", "unicef-يدعم-المراكز"),
    ],
)
def test_one_rule_makes_each_language_s_slug(title, code, slug):
    assert translated_slug(title, code) == slug


def add_content_page(client, home_page, **fields):
    url = add_url("home", "contentpage", home_page)
    data = page_form_data(client, url, **fields)
    data["action-publish"] = "1"
    return client.post(url, data)


def test_a_new_page_gets_vietnamese_and_arabic_slugs_from_its_titles(
    admin_client, client, home_page
):
    response = add_content_page(
        admin_client,
        home_page,
        title_en="Alternative care",
        slug_en="alternative-care",
        title_vi="Chăm sóc thay thế",
        title_ar="الرعاية البديلة",
    )

    assert response.status_code == 302
    page = ContentPage.objects.get(slug_en="alternative-care")
    assert page.slug_vi == "cham-soc-thay-the"
    assert page.slug_ar == "الرعاية-البديلة"
    assert page.slug_ind in ("", None)  # no Indonesian title: English slug serves
    for code in ("vi", "ar"):
        with translation.override(code):
            url = page.get_url()
        assert client.get(url).status_code == 200


def test_an_editor_s_own_slug_and_a_sibling_s_are_respected(
    admin_client, home_page, about_page
):
    """The about page already answers to "gioi-thieu" in Vietnamese."""
    response = add_content_page(
        admin_client,
        home_page,
        title_en="Introduction",
        slug_en="introduction",
        title_vi="Giới thiệu",
        title_ar="مقدمة",
        slug_ar="مقدمة-البوابة",
    )

    assert response.status_code == 302
    page = ContentPage.objects.get(slug_en="introduction")
    assert page.slug_vi == "gioi-thieu-2"
    assert page.slug_ar == "مقدمة-البوابة"


def test_a_snippet_saved_in_two_languages_names_the_other_two(admin_client):
    url = reverse("wagtailsnippets_glossary_glossaryterm:add")
    data = {
        "key": "kinship-care",
        "term_en": "kinship care",
        "definition_en": "Care of a child by relatives or close family friends.",
        "term_vi": "chăm sóc bởi người thân thích",
        "definition_vi": "Việc trẻ được họ hàng hoặc bạn thân của gia đình chăm sóc.",
    }

    response = admin_client.post(url, data)

    assert response.status_code == 302
    (warning,) = warnings(response)
    assert "Indonesian, Arabic" in warning
