import pytest
from django.urls import reverse
from django.utils.html import escape

from .admin_forms import edit_form_data
from .stories import CASE_CONFERENCE


@pytest.mark.parametrize(
    ("mode", "direction", "title"),
    [
        ("en", "ltr", CASE_CONFERENCE["title"]),
        ("id", "ltr", CASE_CONFERENCE["title_ind"]),
        ("vi", "ltr", CASE_CONFERENCE["title_vi"]),
        ("ar", "rtl", CASE_CONFERENCE["title_ar"]),
    ],
)
def test_a_draft_story_previews_in_each_language(
    client, editor, story, mode, direction, title
):
    client.force_login(editor)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[story.id])
    stored = client.post(preview_url, edit_form_data(client, story))
    assert stored.json()["is_valid"]

    response = client.get(preview_url, {"mode": mode})

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{mode}" dir="{direction}">' in html
    assert f"<h1>{escape(title)}</h1>" in html


@pytest.mark.parametrize(("mode", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_the_news_index_previews_in_each_language(
    client, editor, news_index, mode, direction
):
    """The index is a routable page too: its preview must still take the language."""
    client.force_login(editor)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[news_index.id])
    stored = client.post(preview_url, edit_form_data(client, news_index))
    assert stored.json()["is_valid"]

    response = client.get(preview_url, {"mode": mode})

    assert response.status_code == 200
    assert f'<html lang="{mode}" dir="{direction}">' in response.content.decode()
