import json
import re

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from portal.accounts.roles import MODERATORS
from portal.moderation.models import SafeguardingApprovalTask, SafeguardingTaskState

from .admin_forms import (
    CHECKLIST,
    approve_in_editor,
    full_checklist,
    post_edit,
    workflow_action,
)


def current_task_state(page):
    return SafeguardingTaskState.objects.get(
        workflow_state__object_id=str(page.id), status=TaskState.STATUS_IN_PROGRESS
    )


def assert_refused(response):
    """Wagtail's admin turns a PermissionDenied into a redirect with an error."""
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert [str(m).strip() for m in get_messages(response.wsgi_request)] == [
        "Sorry, you do not have permission to access this area."
    ]


def test_every_page_goes_through_the_safeguarding_check_by_moderators(story):
    workflow = Page.get_first_root_node().get_workflow()
    task = workflow.tasks.get().specific

    assert workflow.name == "News moderation"
    assert isinstance(task, SafeguardingApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]
    assert story.get_workflow() == workflow


def test_an_editor_submits_a_story_for_moderation(editor_client, story):
    response = post_edit(editor_client, story, "submit")

    assert response.status_code == 302
    story.refresh_from_db()
    assert not story.live
    assert story.workflow_in_progress
    task_state = current_task_state(story)
    assert task_state.revision == story.get_latest_revision()
    assert task_state.workflow_state.requested_by.username == "editor"


def test_the_moderator_is_only_offered_approval_through_the_checklist(
    moderator_client, submitted_story
):
    dashboard = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    modal_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[submitted_story.id, "approve", current_task_state(submitted_story).id],
    )

    modal = json.loads(moderator_client.get(modal_url).content)["html"]

    approve_buttons = re.findall(
        r'<button data-workflow-action-url="[^"]*/approve/[^"]*"([^>]*)>([^<]*)<',
        dashboard,
    )
    assert approve_buttons == [
        (" data-launch-modal", "Approve after safeguarding check")
    ]
    for name in CHECKLIST:
        assert f'name="{name}"' in modal
    assert "No child&#x27;s school is named or can be recognised." in modal


ALL_BUT_ONE = [tuple(name for name in CHECKLIST if name != left) for left in CHECKLIST]


@pytest.mark.parametrize("ticked", [(), *ALL_BUT_ONE])
def test_approval_without_the_whole_checklist_is_refused(
    moderator_client, submitted_story, ticked
):
    data = {"comment": "Fine by me.", **dict.fromkeys(ticked, "on")}

    response = workflow_action(moderator_client, submitted_story, "approve", data)

    assert response.status_code == 302
    submitted_story.refresh_from_db()
    assert not submitted_story.live
    assert current_task_state(submitted_story).status == TaskState.STATUS_IN_PROGRESS


def test_approval_with_the_checklist_publishes_and_records_it(
    moderator, moderator_client, submitted_story
):
    task_state = current_task_state(submitted_story)

    response = workflow_action(
        moderator_client,
        submitted_story,
        "approve",
        full_checklist(comment="No child can be recognised."),
    )

    assert response.status_code == 302
    submitted_story.refresh_from_db()
    task_state.refresh_from_db()
    assert submitted_story.live
    assert task_state.status == TaskState.STATUS_APPROVED
    assert task_state.finished_by == moderator
    assert task_state.comment == "No child can be recognised."
    assert all(getattr(task_state, name) for name in CHECKLIST)
    assert task_state.revision == submitted_story.live_revision


def test_an_editor_cannot_approve(editor_client, submitted_story):
    response = workflow_action(
        editor_client, submitted_story, "approve", full_checklist()
    )

    assert_refused(response)
    submitted_story.refresh_from_db()
    assert not submitted_story.live


def test_a_crafted_approval_from_the_editor_without_the_checklist_is_refused(
    moderator_client, submitted_story
):
    response = approve_in_editor(
        moderator_client, submitted_story, {"comment": "Looks fine."}
    )

    assert_refused(response)
    submitted_story.refresh_from_db()
    assert not submitted_story.live
    assert current_task_state(submitted_story).status == TaskState.STATUS_IN_PROGRESS


@pytest.mark.parametrize("ticked", [(), *ALL_BUT_ONE])
def test_the_task_checks_the_checklist_whichever_view_calls_it(
    moderator, submitted_story, ticked
):
    task_state = current_task_state(submitted_story)
    confirmations = dict.fromkeys(ticked, True)

    with pytest.raises(PermissionDenied, match="needs the safeguarding check"):
        task_state.task.specific.on_action(
            task_state, moderator, "approve", comment="", **confirmations
        )

    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


def test_approving_from_the_editor_records_the_revision_that_goes_live(
    moderator_client, submitted_story
):
    task_state = current_task_state(submitted_story)
    submitted_revision = task_state.revision
    new_title = "Sixteen staff join Jambi's first online case conference"

    response = approve_in_editor(
        moderator_client,
        submitted_story,
        {**dict.fromkeys(CHECKLIST, True), "comment": ""},
        title_en=new_title,
    )

    assert response.status_code == 302
    submitted_story.refresh_from_db()
    task_state.refresh_from_db()
    assert submitted_story.live
    assert submitted_story.title == new_title
    assert task_state.status == TaskState.STATUS_APPROVED
    assert all(getattr(task_state, name) for name in CHECKLIST)
    assert task_state.revision == submitted_story.live_revision != submitted_revision


def test_requesting_changes_with_a_comment(moderator_client, submitted_story):
    task_state = current_task_state(submitted_story)

    response = workflow_action(
        moderator_client,
        submitted_story,
        "reject",
        {"comment": "The second photo shows a child's school uniform and badge."},
    )

    assert response.status_code == 302
    submitted_story.refresh_from_db()
    task_state.refresh_from_db()
    assert not submitted_story.live
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == (
        "The second photo shows a child's school uniform and badge."
    )
    assert not any(getattr(task_state, name) for name in CHECKLIST)
    assert (
        submitted_story.current_workflow_state.status
        == WorkflowState.STATUS_NEEDS_CHANGES
    )
