"""The story editor refuses a hero image without alternative text, and says why."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from news.models import NewsPage
from portal.i18n.languages import language_codes, localized_field
from tests.moderation.admin_forms import publish_checklist
from tests.security.two_factor import enrol

ALT_REQUIRED = "Describe the hero image: alternative text is required."


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "communications", "communications@example.org", "not-a-secret-1"
    )
    enrol(user)
    client.force_login(user)
    return client


def add_story(client, news_index, action, **fields):
    """Fill in the new-story form as the browser sends it, and press `action`."""
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])
    page = client.get(url)
    assert page.status_code == 200
    data = querydict_from_html(page.content.decode(), form_id="page-edit-form")
    # The body's inputs are written by the editor's JavaScript.
    for code in language_codes():
        data[f"{localized_field('body', code)}-count"] = "0"
    data.update(fields)
    data[f"action-{action}"] = "1"
    return client.post(url, data)


@pytest.mark.parametrize("action", ["publish", "save"])
def test_the_editor_shows_that_a_hero_image_needs_alt_text(
    admin_client, news_index, jambi, photo, action
):
    response = add_story(
        admin_client,
        news_index,
        action,
        title_en="Jambi centre holds its case conference online",
        slug_en="jambi-case-conference-online",
        summary_en="Sixteen staff reviewed each child's plan by video call.",
        centres=str(jambi.pk),
        hero_image=str(photo.pk),
        hero_alt_en="",
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors[localized_field("hero_alt", "en")] == [ALT_REQUIRED]
    assert ALT_REQUIRED in response.content.decode()
    assert not NewsPage.objects.exists()


def test_the_editor_publishes_a_story_whose_hero_image_is_described(
    admin_client, news_index, jambi, photo
):
    response = add_story(
        admin_client,
        news_index,
        "publish",
        title_en="Jambi centre holds its case conference online",
        slug_en="jambi-case-conference-online",
        summary_en="Sixteen staff reviewed each child's plan by video call.",
        centres=str(jambi.pk),
        hero_image=str(photo.pk),
        hero_alt_en="A social worker presents a child's plan on a video call",
        **publish_checklist(),
    )

    assert response.status_code == 302
    story = NewsPage.objects.get()
    assert story.live
    assert (
        story.hero_alt_en == "A social worker presents a child's plan on a video call"
    )
