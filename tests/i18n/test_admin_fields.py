"""Translated fields in the admin: labelled with their language, typed in it."""

import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from portal.i18n.fields import localized_verbose_name

FIELD_LANGUAGES = {
    "en": {"lang": "en", "dir": "ltr", "name": "English"},
    "ind": {"lang": "id", "dir": "ltr", "name": "Bahasa Indonesia"},
    "vi": {"lang": "vi", "dir": "ltr", "name": "Tiếng Việt"},
    "ar": {"lang": "ar", "dir": "rtl", "name": "العربيّة"},
}


def editor_field_languages(html):
    data = re.search(
        r'<script id="i18n-field-languages" type="application/json">(.*?)</script>',
        html,
    )
    return json.loads(data[1])["languages"]


@pytest.mark.parametrize(
    "suffix,label",
    [
        ("en", "Title · English [en]"),
        ("ind", "Title · Bahasa Indonesia [id]"),
        ("ar", "Title · العربيّة [ar]"),
    ],
)
def test_each_title_is_labelled_with_its_language_and_the_code_the_toggle_knows(
    admin_client, about_page, suffix, label
):
    response = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[about_page.id])
    )

    assert f'<label for="id_title_{suffix}"' in response.content.decode()
    assert label in response.content.decode()


def test_no_label_carries_the_indonesian_field_suffix():
    assert localized_verbose_name("definition", "ind").endswith(" [id]")
    assert "[ind]" not in localized_verbose_name("definition", "ind")


@pytest.fixture(params=["edit page", "add page", "add glossary term"])
def editor_url(request, home_page, about_page):
    return {
        "edit page": reverse("wagtailadmin_pages:edit", args=[about_page.id]),
        "add page": reverse(
            "wagtailadmin_pages:add", args=["home", "contentpage", home_page.id]
        ),
        "add glossary term": reverse("wagtailsnippets_glossary_glossaryterm:add"),
    }[request.param]


def test_page_and_snippet_editors_tell_the_script_each_fields_language(
    admin_client, editor_url
):
    response = admin_client.get(editor_url)

    assert response.status_code == 200
    html = response.content.decode()
    assert editor_field_languages(html) == FIELD_LANGUAGES
    script = re.search(r'<script defer src="/static/(i18n/[^"]+)">', html)
    assert finders.find(script[1])


def test_every_admin_page_loads_the_field_language_stylesheet(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))

    stylesheet = re.search(
        r'<link rel="stylesheet" href="/static/(i18n/[^"]+)">',
        response.content.decode(),
    )
    assert finders.find(stylesheet[1])
