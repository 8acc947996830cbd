import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape

from portal.moderation.models import SafeguardingCheck

from .admin_forms import full_checklist, post_edit, publish_checklist, workflow_action

# The admin's date-time widget format (WAGTAIL_DATETIME_FORMAT's default).
ADMIN_DATETIME = "%Y-%m-%d %H:%M"


@pytest.fixture
def go_live_at():
    """Tomorrow, to the minute: the admin's widget drops seconds."""
    return (timezone.now() + datetime.timedelta(days=1)).replace(
        second=0, microsecond=0
    )


def admin_datetime(moment):
    return timezone.localtime(moment).strftime(ADMIN_DATETIME)


def publish_scheduled(at):
    """Run the scheduler's command as if the clock showed `at`."""
    with mock.patch("django.utils.timezone.now", return_value=at):
        call_command("publish_scheduled", verbosity=0)


def is_listed(client, news_index, story):
    response = client.get(f"/en/{news_index.slug}/")
    assert response.status_code == 200
    return escape(story.title) in response.content.decode()


def assert_waits_until(client, news_index, story, go_live_at):
    story.refresh_from_db()
    assert not story.live
    assert story.status_string == "scheduled"
    assert not is_listed(client, news_index, story)
    assert client.get(f"/en/{news_index.slug}/{story.slug}/").status_code == 404

    publish_scheduled(at=go_live_at - datetime.timedelta(minutes=1))
    story.refresh_from_db()
    assert not story.live

    publish_scheduled(at=go_live_at + datetime.timedelta(minutes=1))
    story.refresh_from_db()
    assert story.live
    assert is_listed(client, news_index, story)
    assert client.get(f"/en/{news_index.slug}/{story.slug}/").status_code == 200


def test_a_story_published_for_later_goes_live_when_its_time_comes(
    client, moderator, news_index, story, go_live_at
):
    client.force_login(moderator)
    response = post_edit(
        client,
        story,
        "publish",
        go_live_at=admin_datetime(go_live_at),
        **publish_checklist(),
    )
    assert response.status_code == 302
    client.logout()

    assert_waits_until(client, news_index, story, go_live_at)
    check = SafeguardingCheck.objects.get(revision=story.live_revision)
    assert check.confirmed_by == moderator


def test_an_approved_story_scheduled_by_its_editor_waits_for_its_time(
    client, editor, moderator, news_index, story, go_live_at
):
    client.force_login(editor)
    response = post_edit(client, story, "submit", go_live_at=admin_datetime(go_live_at))
    assert response.status_code == 302
    story.refresh_from_db()
    client.force_login(moderator)
    response = workflow_action(client, story, "approve", full_checklist())
    assert response.status_code == 302
    client.logout()

    assert_waits_until(client, news_index, story, go_live_at)
