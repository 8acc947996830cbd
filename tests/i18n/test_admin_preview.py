"""The editor previews a page, unsaved edits included, in each of its languages."""

import re
import unicodedata

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from portal.i18n.languages import localized_field

LANGUAGES = [("en", "ltr"), ("id", "ltr"), ("vi", "ltr"), ("ar", "rtl")]
EDITED_TITLES = {
    "en": "How training works",
    "id": "Cara kerja pelatihan",
    "vi": "Cách đào tạo diễn ra",
    "ar": "كيف يعمل التدريب",
}


def edit_form_data(page):
    """The page's edit form as the editor submits it, with every title changed."""
    data = {"comments": inline_formset([])}
    for code, title in EDITED_TITLES.items():
        data[localized_field("title", code)] = title
        data[localized_field("body", code)] = streamfield([])
        for field in ["slug", "intro"]:
            data[localized_field(field, code)] = (
                getattr(page, localized_field(field, code)) or ""
            )
    return nested_form_data(data)


def test_the_preview_panel_offers_each_language(admin_client, about_page):
    response = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[about_page.id])
    )

    select = re.search(
        r'<select id="id_preview_mode".*?</select>', response.content.decode(), re.S
    )
    options = re.findall(
        r'<option value="(\w+)"( selected)?>\s*([^<]+?)\s*<', select[0]
    )
    # Django spells "Tiếng Việt" with combining accents (NFD).
    modes = [(value, unicodedata.normalize("NFC", name)) for value, _, name in options]
    assert modes == [
        ("en", "English"),
        ("id", "Bahasa Indonesia"),
        ("vi", "Tiếng Việt"),
        ("ar", "العربيّة"),
    ]
    assert [value for value, selected, _ in options if selected] == ["en"]


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_the_preview_shows_unsaved_edits_in_the_chosen_language(
    admin_client, about_page, code, direction
):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[about_page.id])
    saved = admin_client.post(url, edit_form_data(about_page))
    assert saved.json() == {"is_valid": True, "is_available": True}

    response = admin_client.get(url, {"mode": code})

    assert response.status_code == 200
    assert response["Content-Language"] == code
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert f"<h1>{EDITED_TITLES[code]}</h1>" in html


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_a_saved_revision_previews_in_the_chosen_language(
    admin_client, about_page, code, direction
):
    revision = about_page.save_revision()
    url = reverse(
        "wagtailadmin_pages:revisions_view", args=[about_page.id, revision.id]
    )

    response = admin_client.get(url, {"mode": code})

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert f"<h1>{getattr(about_page, localized_field('title', code))}</h1>" in html
