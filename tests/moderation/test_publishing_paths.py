"""Every way to put a news story live passes the safeguarding check, stored with
the revision that goes live; other pages publish as before."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page

from news.models import NewsPage
from portal.centres.factories import CentreFactory
from portal.i18n.languages import language_codes, localized_field
from portal.moderation.models import SafeguardingCheck
from portal.moderation.services import (
    SafeguardingCheckMissing,
    safeguarding_check_confirm,
)

from .admin_forms import (
    CHECKLIST,
    full_checklist,
    page_form_data,
    post_edit,
    publish_checklist,
    workflow_action,
)

CHECK_MISSING = (
    "Publishing needs the safeguarding check: confirm that no child can be "
    "identified by name, face, school or home place."
)
ALL_BUT_ONE = [tuple(name for name in CHECKLIST if name != left) for left in CHECKLIST]


def messages_of(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def assert_check_of(revision, user):
    check = SafeguardingCheck.objects.get(revision=revision)
    assert all(getattr(check, name) for name in CHECKLIST)
    assert check.confirmed_by == user


def publish_checked(story, user):
    """Publish the story's latest revision as a moderator who did the check."""
    revision = story.save_revision(user=user)
    safeguarding_check_confirm(
        revision=revision, user=user, confirmations=dict.fromkeys(CHECKLIST, True)
    )
    revision.publish(user=user)
    story.refresh_from_db()
    return revision


@pytest.fixture
def live_story(story, moderator):
    publish_checked(story, moderator)
    return story


# The editor's Publish button.


def test_publishing_from_the_editor_without_the_checklist_is_refused(
    moderator_client, story
):
    response = post_edit(moderator_client, story, "publish")

    assert response.status_code == 302
    assert response.url == edit_url(story)
    assert messages_of(response) == [CHECK_MISSING]
    story.refresh_from_db()
    assert not story.live
    assert not SafeguardingCheck.objects.exists()


@pytest.mark.parametrize("ticked", ALL_BUT_ONE)
def test_publishing_with_part_of_the_checklist_is_refused(
    moderator_client, story, ticked
):
    response = post_edit(
        moderator_client, story, "publish", **publish_checklist(ticked)
    )

    assert messages_of(response) == [CHECK_MISSING]
    story.refresh_from_db()
    assert not story.live


def test_publishing_with_the_checklist_stores_it_with_the_live_revision(
    moderator, moderator_client, story
):
    response = post_edit(moderator_client, story, "publish", **publish_checklist())

    assert response.status_code == 302
    story.refresh_from_db()
    assert story.live
    assert_check_of(story.live_revision, moderator)


def test_a_superuser_needs_the_checklist_too(admin_user, admin_client, story):
    refused = post_edit(admin_client, story, "publish")
    story.refresh_from_db()
    assert not story.live
    assert messages_of(refused) == [CHECK_MISSING]

    post_edit(admin_client, story, "publish", **publish_checklist())

    story.refresh_from_db()
    assert story.live
    assert_check_of(story.live_revision, admin_user)


def test_the_editors_publish_button_opens_the_checklist(moderator_client, story):
    html = moderator_client.get(edit_url(story)).content.decode()

    assert 'data-a11y-dialog-show="safeguarding-publish-dialog"' in html
    for name in CHECKLIST:
        assert f'name="safeguarding-{name}"' in html
    assert "No child&#x27;s school is named or can be recognised." in html
    assert "Confirm and publish" in html


def test_a_new_story_published_from_the_create_view_needs_the_checklist(
    moderator_client, news_index
):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.id])
    html = moderator_client.get(url).content.decode()
    data = page_form_data(
        moderator_client,
        url,
        title_en="Nghe An staff train in family tracing",
        slug_en="family-tracing-training",
        summary_en="Twelve social workers practised family tracing.",
        centres=str(CentreFactory().pk),
        **{"action-publish": "1"},
    )

    response = moderator_client.post(url, data)

    draft = NewsPage.objects.get(slug_en="family-tracing-training")
    assert 'name="safeguarding-no_child_name"' in html
    assert response.url == edit_url(draft)
    assert messages_of(response) == [CHECK_MISSING]
    assert not draft.live


# Other ways to publish.


def test_publishing_in_code_for_a_person_needs_the_check(moderator, story):
    revision = story.save_revision(user=moderator)

    with pytest.raises(SafeguardingCheckMissing):
        revision.publish(user=moderator)

    story.refresh_from_db()
    assert not story.live


def test_bulk_publishing_a_story_without_the_check_is_refused(
    moderator_client, story, news_index
):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    next_url = reverse("wagtailadmin_explore", args=[news_index.id])

    response = moderator_client.post(f"{url}?id={story.id}&next={next_url}", {})

    assert response.status_code == 302
    assert response.url == next_url
    assert messages_of(response) == [
        f"Nothing was published: {escape(story.title)} still need the safeguarding "
        "check. Open each one and publish it from the editor."
    ]
    story.refresh_from_db()
    assert not story.live


def test_bulk_publishing_the_index_with_its_stories_is_refused(
    moderator_client, story, news_index
):
    news_index.save_revision().publish()
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])

    response = moderator_client.post(
        f"{url}?id={news_index.id}", {"include_descendants": "on"}
    )

    assert response.status_code == 302
    assert escape(story.title) in messages_of(response)[0]
    story.refresh_from_db()
    assert not story.live


def test_republishing_the_checked_revision_after_unpublishing(
    moderator, moderator_client, live_story
):
    checked_revision = live_story.live_revision
    live_story.unpublish(user=moderator)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])

    response = moderator_client.post(f"{url}?id={live_story.id}", {})

    assert response.status_code == 302
    live_story.refresh_from_db()
    assert live_story.live
    assert live_story.live_revision == checked_revision


def test_republishing_from_the_editor_after_unpublishing_needs_the_checklist(
    moderator, moderator_client, live_story
):
    live_story.unpublish(user=moderator)

    response = post_edit(moderator_client, live_story, "publish")

    assert messages_of(response) == [CHECK_MISSING]
    live_story.refresh_from_db()
    assert not live_story.live


def copy_names(title, slug):
    """The copy form's new title and slug, one field per language."""
    names = {}
    for code in language_codes():
        names[f"new_{localized_field('title', code)}"] = title
        names[f"new_{localized_field('slug', code)}"] = f"{slug}-{code}"
    return names


def test_copying_a_story_with_publish_copies_is_refused(
    moderator_client, live_story, news_index
):
    url = reverse("wagtailadmin_pages:copy", args=[live_story.id])

    response = moderator_client.post(
        url,
        {
            **copy_names("A copy", "a-copy"),
            "new_parent_page": str(news_index.id),
            "publish_copies": "on",
        },
    )

    assert response.status_code == 302
    assert messages_of(response) == [
        "A copy of a news story starts as a draft: publish it after the "
        "safeguarding check."
    ]
    assert not NewsPage.objects.filter(slug_en="a-copy-en").exists()


def test_a_copied_story_is_a_draft(moderator_client, live_story, news_index):
    url = reverse("wagtailadmin_pages:copy", args=[live_story.id])

    response = moderator_client.post(
        url,
        {
            **copy_names("A copy", "a-copy"),
            "new_parent_page": str(news_index.id),
        },
    )

    assert response.status_code == 302
    copy = NewsPage.objects.get(slug_en="a-copy-en")
    assert not copy.live


def revert_and_publish(client, page, revision, **extra):
    """Open an earlier revision in the editor and press "Publish this version"."""
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.id, revision.id])
    data = page_form_data(client, url, **{"action-publish": "1", **extra})
    return client.post(edit_url(page), data)


def test_reverting_to_an_earlier_version_and_publishing_needs_the_checklist(
    moderator, moderator_client, live_story
):
    first = live_story.live_revision
    live_story.title_en = "A second title"
    publish_checked(live_story, moderator)

    refused = revert_and_publish(moderator_client, live_story, first)

    assert messages_of(refused) == [CHECK_MISSING]
    live_story.refresh_from_db()
    assert live_story.title_en == "A second title"

    revert_and_publish(moderator_client, live_story, first, **publish_checklist())

    live_story.refresh_from_db()
    assert live_story.title_en == first.as_object().title_en
    assert live_story.live_revision != first
    assert_check_of(live_story.live_revision, moderator)


def test_the_admin_api_refuses_to_publish_without_the_check(moderator_client, story):
    url = reverse("wagtailadmin_api:pages:action", args=[story.id, "publish"])

    response = moderator_client.post(url, {}, content_type="application/json")

    assert response.status_code == 403
    assert response.json()["detail"] == CHECK_MISSING
    story.refresh_from_db()
    assert not story.live


def test_the_admin_api_refuses_to_copy_a_story_live(moderator_client, live_story):
    url = reverse("wagtailadmin_api:pages:action", args=[live_story.id, "copy"])

    response = moderator_client.post(
        url, {"slug": "api-copy"}, content_type="application/json"
    )

    assert response.status_code == 403
    assert not NewsPage.objects.filter(slug="api-copy").exists()


# Scheduled publishing.


def admin_datetime(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def test_scheduling_without_the_checklist_is_refused(moderator_client, story):
    tomorrow = timezone.now() + datetime.timedelta(days=1)

    response = post_edit(
        moderator_client, story, "publish", go_live_at=admin_datetime(tomorrow)
    )

    assert messages_of(response) == [CHECK_MISSING]
    story.refresh_from_db()
    assert story.status_string == "draft"
    assert not story.revisions.filter(approved_go_live_at__isnull=False).exists()


# The workflow, and pages other than news.


def test_approving_in_the_workflow_stores_the_check_with_the_live_revision(
    moderator, moderator_client, submitted_story
):
    workflow_action(moderator_client, submitted_story, "approve", full_checklist())

    submitted_story.refresh_from_db()
    assert submitted_story.live
    assert_check_of(submitted_story.live_revision, moderator)


def test_other_pages_publish_without_the_checklist(moderator_client, about_page):
    about_page.live = False
    about_page.save()
    html = moderator_client.get(edit_url(about_page)).content.decode()

    response = post_edit(moderator_client, about_page, "publish")

    assert "safeguarding-publish-dialog" not in html
    assert response.status_code == 302
    assert Page.objects.get(id=about_page.id).live
